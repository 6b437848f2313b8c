//! The pages about the portal itself (about, contact, legal notice, privacy,
//! accessibility): the editors write their texts in Markdown, one file per
//! page and language (`content/<lang>/<page>.md`, compiled in), and the
//! site's configuration (`site.toml`) names who publishes it. The build turns
//! them into HTML that the app's `InfoPage` shows in the page files; the
//! app's wasm does not carry them (docs/BENCHMARK.md, "Trades measured").
//!
//! In a text, `{base}` is the site's base path (for links to the portal's
//! pages, `{base}/fr/sources/`), `{form}` the correction form and
//! `{repository}` the repository. A paragraph holding only `{publisher}`,
//! `{host}` or `{contact}` becomes that part of the configuration, each
//! detail labelled, one not set said so.

use std::collections::HashMap;

use portal_core::address::route::{Info, INFO_PAGES};
use portal_core::address::share::Publication;
use portal_core::{Key, Locale};
use serde::Deserialize;

use crate::escape;

/// `site.toml`: who publishes the portal and who hosts it. Every field may
/// be left out; the build then warns, and the pages say it is not set.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    #[serde(default)]
    pub publisher: Publisher,
    #[serde(default)]
    pub host: Host,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Publisher {
    /// The person or organisation that publishes the portal.
    pub name: Option<String>,
    /// Its postal address.
    pub address: Option<String>,
    /// The director of publication (« directeur de la publication », whom
    /// French law requires a legal notice to name).
    pub director: Option<String>,
    /// Where readers write.
    pub email: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    pub name: Option<String>,
    pub address: Option<String>,
    pub url: Option<String>,
}

impl SiteConfig {
    /// Reads `site.toml`'s text.
    pub fn parse(text: &str) -> Result<SiteConfig, String> {
        toml::from_str(text).map_err(|e| format!("site.toml: {e}"))
    }

    /// The fields left unset (empty counts as unset), by their names in the file.
    pub fn missing(&self) -> Vec<&'static str> {
        let p = &self.publisher;
        let h = &self.host;
        [
            ("publisher.name", &p.name),
            ("publisher.address", &p.address),
            ("publisher.director", &p.director),
            ("publisher.email", &p.email),
            ("host.name", &h.name),
            ("host.address", &h.address),
        ]
        .into_iter()
        .filter(|(_, value)| set(value).is_none())
        .map(|(name, _)| name)
        .collect()
    }
}

fn set(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// The Markdown of a page in a language, as the editors wrote it.
fn source(info: Info, locale: Locale) -> &'static str {
    macro_rules! texts {
        ($($lang:ident => $code:literal),*) => {
            match (locale, info) {
                $(
                    (Locale::$lang, Info::About) => include_str!(concat!("../content/", $code, "/about.md")),
                    (Locale::$lang, Info::Contact) => include_str!(concat!("../content/", $code, "/contact.md")),
                    (Locale::$lang, Info::LegalNotice) => include_str!(concat!("../content/", $code, "/legal-notice.md")),
                    (Locale::$lang, Info::Privacy) => include_str!(concat!("../content/", $code, "/privacy.md")),
                    (Locale::$lang, Info::Accessibility) => include_str!(concat!("../content/", $code, "/accessibility.md")),
                )*
            }
        };
    }
    texts!(Fr => "fr", En => "en", Zh => "zh")
}

/// Every page's text as HTML, by language and page.
pub fn info_texts(
    config: &SiteConfig,
    publication: &Publication,
    base: &str,
) -> HashMap<(Locale, Info), String> {
    let mut texts = HashMap::new();
    for locale in Locale::ALL {
        for info in INFO_PAGES {
            let html = info_html(source(info, locale), config, publication, base, locale);
            texts.insert((locale, info), html);
        }
    }
    texts
}

/// One page's text as HTML: placeholders filled, Markdown rendered.
pub fn info_html(
    markdown: &str,
    config: &SiteConfig,
    publication: &Publication,
    base: &str,
    l: Locale,
) -> String {
    let repository = publication.repository.as_ref();
    let markdown = markdown
        .replace("{base}", base.trim_end_matches('/'))
        .replace(
            "{form}",
            &repository.map(|r| r.correction_form()).unwrap_or_default(),
        )
        .replace(
            "{repository}",
            repository.map(|r| r.url()).unwrap_or_default(),
        );
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(&markdown));
    html.replace("<p>{publisher}</p>", &publisher(config, l))
        .replace("<p>{host}</p>", &host(config, l))
        .replace("<p>{contact}</p>", &contact(config, publication, l))
}

/// A list of labelled details; a detail not set says so.
fn details(rows: &[(Key, Option<String>)], l: Locale) -> String {
    let mut html = String::from("<dl class=\"info-details\">");
    for (label, value) in rows {
        let value = value.clone().unwrap_or_else(|| {
            format!(
                "<em class=\"not-set\">{}</em>",
                escape::text(l.text(Key::InfoNotSet))
            )
        });
        html.push_str(&format!(
            "<dt>{}</dt><dd>{value}</dd>",
            escape::text(l.text(*label))
        ));
    }
    html.push_str("</dl>");
    html
}

fn plain(value: &Option<String>) -> Option<String> {
    set(value).map(escape::text)
}

/// An address over several lines, as written in the file.
fn lines(value: &Option<String>) -> Option<String> {
    set(value).map(|v| {
        v.lines()
            .map(|line| escape::text(line.trim()))
            .collect::<Vec<_>>()
            .join("<br>")
    })
}

fn email(value: &Option<String>) -> Option<String> {
    set(value).map(|address| {
        format!(
            "<a href=\"mailto:{}\">{}</a>",
            escape::attr(address),
            escape::text(address)
        )
    })
}

fn link(url: &str, text: &str) -> String {
    format!(
        "<a href=\"{}\">{}</a>",
        escape::attr(url),
        escape::text(text)
    )
}

fn publisher(config: &SiteConfig, l: Locale) -> String {
    let p = &config.publisher;
    details(
        &[
            (Key::InfoPublisher, plain(&p.name)),
            (Key::InfoPublisherAddress, lines(&p.address)),
            (Key::InfoDirector, plain(&p.director)),
            (Key::InfoEmail, email(&p.email)),
        ],
        l,
    )
}

fn host(config: &SiteConfig, l: Locale) -> String {
    let h = &config.host;
    let name = set(&h.name).map(|name| match set(&h.url) {
        Some(url) => link(url, name),
        None => escape::text(name),
    });
    details(
        &[
            (Key::InfoHost, name),
            (Key::InfoHostAddress, lines(&h.address)),
        ],
        l,
    )
}

fn contact(config: &SiteConfig, publication: &Publication, l: Locale) -> String {
    let form = publication.repository.as_ref().map(|r| {
        let url = r.correction_form();
        link(&url, &url)
    });
    details(
        &[
            (Key::InfoForm, form),
            (Key::InfoEmail, email(&config.publisher.email)),
        ],
        l,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn publication() -> Publication {
        Publication {
            site: None,
            repository: Some(
                portal_core::address::share::Repository::parse("https://github.com/o/r").unwrap(),
            ),
        }
    }

    #[test]
    fn every_page_has_a_text_in_every_language_with_a_heading_and_no_placeholder_left() {
        let texts = info_texts(&SiteConfig::default(), &publication(), "/portal/");
        assert_eq!(texts.len(), 15);
        for ((locale, info), html) in &texts {
            assert!(html.contains("<h2>"), "{locale:?} {info:?}: {html}");
            assert!(
                !html.contains('{'),
                "{locale:?} {info:?} keeps a placeholder"
            );
        }
    }

    #[test]
    fn the_configuration_fills_the_details_escaped_and_says_what_is_not_set() {
        let config = SiteConfig::parse(
            "[publisher]\nname = \"A & B\"\naddress = \"1 rue X\\n06560 Valbonne\"\nemail = \"contact@example.org\"\n",
        )
        .unwrap();
        assert_eq!(
            config.missing(),
            ["publisher.director", "host.name", "host.address"]
        );
        let html = info_html("{publisher}\n", &config, &publication(), "/", Locale::En);
        assert!(html.contains("<dd>A &amp; B</dd>"), "{html}");
        assert!(html.contains("1 rue X<br>06560 Valbonne"), "{html}");
        assert!(
            html.contains("<a href=\"mailto:contact@example.org\">"),
            "{html}"
        );
        assert!(html.contains(Locale::En.text(Key::InfoNotSet)), "{html}");
        let unset = info_html(
            "{publisher}\n",
            &SiteConfig::default(),
            &publication(),
            "/",
            Locale::Fr,
        );
        assert_eq!(unset.matches(Locale::Fr.text(Key::InfoNotSet)).count(), 4);
    }

    #[test]
    fn an_unknown_field_is_refused() {
        assert!(SiteConfig::parse("[publisher]\nnom = \"x\"\n").is_err());
    }
}
