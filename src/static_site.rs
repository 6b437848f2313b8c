//! The static files that let a plain file host (GitHub Pages) serve every
//! address of the portal: one `index.html` per page and language, with that
//! page's title, description, language, canonical address, language
//! alternates and link-preview tags; a `404.html`; `sitemap.xml`; `robots.txt`;
//! and the files made from the dataset for download: calendars and CSV tables.
//!
//! Each page file is Trunk's `index.html` with its head rewritten and the
//! start of the page already in its body ([`crate::prerender`]), so it shows
//! at once and then loads the same app, which renders the whole page. Plain Rust: the `static-pages`
//! command does the file input and output, the tests call it directly.

use crate::calendar;
use crate::data::Catalog;
use crate::document::{page_head, PageHead};
use crate::i18n::{Key, Locale};
use crate::open_data;
use crate::prerender;
use crate::route::Route;

/// Where the site is published, e.g. `https://owner.github.io/repo/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// Scheme and host, without a trailing slash: `https://owner.github.io`.
    pub origin: String,
    /// The public path, with leading and trailing slash: `/repo/` or `/`.
    pub base: String,
}

impl Site {
    /// Reads a site URL such as `https://owner.github.io/repo/` (the trailing slash is optional).
    pub fn parse(url: &str) -> Result<Site, String> {
        let (scheme, rest) = url
            .split_once("://")
            .filter(|(scheme, _)| matches!(*scheme, "http" | "https"))
            .ok_or_else(|| format!("`{url}` is not an http(s) address"))?;
        let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
        if host.is_empty() {
            return Err(format!("`{url}` has no host"));
        }
        let path = path.trim_matches('/');
        let base = if path.is_empty() {
            "/".to_string()
        } else {
            format!("/{path}/")
        };
        Ok(Site {
            origin: format!("{scheme}://{host}"),
            base,
        })
    }

    /// The absolute address of a path relative to the base (`/fr/parks/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}{}", self.origin, self.base.trim_end_matches('/'), path)
    }

    /// The host name, without scheme or port: `owner.github.io`.
    pub fn host(&self) -> &str {
        let authority = self
            .origin
            .split_once("://")
            .map_or(self.origin.as_str(), |(_, rest)| rest);
        match authority.rsplit_once(':') {
            Some((host, port)) if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) => {
                host
            }
            _ => authority,
        }
    }
}

/// One file to write under `dist/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to `dist/`, e.g. `fr/parks/index.html`.
    pub path: String,
    pub contents: String,
}

/// Every page of the portal: the sections, then each record.
pub fn all_routes(catalog: &Catalog) -> Vec<Route> {
    let data = catalog.data();
    let mut routes = vec![
        Route::Home,
        Route::Parks,
        Route::Agreements,
        Route::Events,
        Route::Organisations,
        Route::Sources,
        Route::Search,
        Route::Map,
        Route::Timeline,
        Route::OpenData,
    ];
    routes.extend(data.parks.iter().map(|r| Route::Park(r.id.clone())));
    routes.extend(
        data.agreements
            .iter()
            .map(|r| Route::Agreement(r.id.clone())),
    );
    routes.extend(data.events.iter().map(|r| Route::Event(r.id.clone())));
    routes.extend(
        data.organisations
            .iter()
            .map(|r| Route::Organisation(r.id.clone())),
    );
    routes
}

/// All the files: a page per route and language, `404.html`, `sitemap.xml`, `robots.txt`.
pub fn generate(template: &str, catalog: &Catalog, site: &Site) -> Vec<OutputFile> {
    let routes = all_routes(catalog);
    let mut files = Vec::with_capacity(routes.len() * 3 + 3);
    for route in &routes {
        for locale in Locale::ALL {
            let head = page_head(route, locale, catalog);
            let path = route.path(locale);
            let mut contents = page_html(template, &head, route, locale, site);
            if let Some(body) = prerender::page_body(route, locale, catalog, &site.base) {
                insert_body(&mut contents, &body);
            }
            files.push(OutputFile {
                path: format!("{}index.html", path.trim_start_matches('/')),
                contents,
            });
        }
    }
    files.push(OutputFile {
        path: "index.html".into(),
        contents: root_html(template, site),
    });
    files.push(OutputFile {
        path: "404.html".into(),
        contents: not_found_html(template, site),
    });
    files.push(OutputFile {
        path: "sitemap.xml".into(),
        contents: sitemap(&routes, site),
    });
    files.push(OutputFile {
        path: "robots.txt".into(),
        contents: format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}\n",
            site.url("/sitemap.xml")
        ),
    });
    files
}

/// The downloadable files made from the dataset: in each language, the
/// calendar of every dated event (`<lang>/events/calendar.ics`) and one per
/// dated event (`<lang>/events/<id>/event.ics`); and one CSV table per record
/// type (`data/<type>.csv`). `unix_seconds` is the build time, the calendars' `DTSTAMP`.
pub fn data_files(catalog: &Catalog, site: &Site, unix_seconds: u64) -> Vec<OutputFile> {
    let data = catalog.data();
    let mut files = Vec::new();
    for locale in Locale::ALL {
        files.push(OutputFile {
            path: relative(&calendar::events_file_path(locale)),
            contents: calendar::events_calendar(&data.events, locale, site, unix_seconds),
        });
        for event in &data.events {
            if let Some(contents) = calendar::event_calendar(event, locale, site, unix_seconds) {
                files.push(OutputFile {
                    path: relative(&calendar::event_file_path(&event.id, locale)),
                    contents,
                });
            }
        }
    }
    for table in open_data::Table::ALL {
        files.push(OutputFile {
            path: relative(&table.path()),
            contents: table.csv(data),
        });
    }
    files
}

/// A path relative to the base (`/data/parks.csv`) as a path under `dist/`.
fn relative(path: &str) -> String {
    path.trim_start_matches('/').to_string()
}

/// The language tag Open Graph uses.
fn og_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "fr_FR",
        Locale::En => "en_GB",
        Locale::Zh => "zh_CN",
    }
}

fn page_html(
    template: &str,
    head: &PageHead,
    route: &Route,
    locale: Locale,
    site: &Site,
) -> String {
    let title = head.document_title(locale);
    let url = site.url(&route.path(locale));
    let mut tags = String::new();
    tags.push_str(&format!(
        "<meta name=\"description\" content=\"{}\">\n",
        attr(&head.description)
    ));
    tags.push_str(&format!(
        "<link rel=\"canonical\" href=\"{}\">\n",
        attr(&url)
    ));
    for alternate in Locale::ALL {
        tags.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            alternate.html_lang(),
            attr(&site.url(&route.path(alternate)))
        ));
    }
    tags.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
        attr(&site.url("/"))
    ));
    let og_type = if matches!(route, Route::Home) {
        "website"
    } else {
        "article"
    };
    for (property, value) in [
        ("og:type", og_type),
        ("og:site_name", locale.text(Key::PortalLongName)),
        ("og:title", head.title.as_str()),
        ("og:description", head.description.as_str()),
        ("og:url", url.as_str()),
        ("og:locale", og_locale(locale)),
    ] {
        let value = if property == "og:title" && value.is_empty() {
            title.as_str()
        } else {
            value
        };
        tags.push_str(&format!(
            "<meta property=\"{property}\" content=\"{}\">\n",
            attr(value)
        ));
    }
    for alternate in Locale::ALL.into_iter().filter(|l| *l != locale) {
        tags.push_str(&format!(
            "<meta property=\"og:locale:alternate\" content=\"{}\">\n",
            og_locale(alternate)
        ));
    }
    rewrite_head(template, locale.html_lang(), &title, &tags)
}

/// Trunk's loader, changed so that the app's downloads start after the first
/// paint instead of competing with the page's stylesheets for the network:
/// the page start is already in the HTML ([`crate::prerender`]), and on a slow
/// connection a wasm download racing the CSS delays what the visitor could
/// already read.
///
/// Trunk preloads the wasm with a `<link rel="preload" integrity=…>`; that link
/// goes, and the loader fetches the wasm itself with the same integrity hash,
/// once a frame has been painted. It then preloads the dataset, so both
/// downloads run side by side. Fails if the template's loader is not the one
/// this expects (after a Trunk upgrade, say), rather than ship it unchanged.
pub fn defer_app_start(template: &str) -> Result<String, String> {
    let (link_start, link_end) = find_tag(
        template,
        "<link rel=\"preload\"",
        "type=\"application/wasm\"",
    )
    .ok_or("no wasm preload link in index.html (is it a Trunk build?)")?;
    let link = &template[link_start..link_end];
    let integrity =
        attribute(link, "integrity").ok_or("the wasm preload link has no integrity hash")?;
    let wasm = attribute(link, "href").ok_or("the wasm preload link has no href")?;
    let call = format!("const wasm = await init({{ module_or_path: '{wasm}' }});");
    if !template.contains(&call) {
        return Err(format!("Trunk's loader does not contain `{call}`"));
    }
    let deferred = format!(
        "// The page start is in the HTML already: let it paint before the app's
// downloads compete with it for the network (see src/static_site.rs).
if (document.visibilityState === 'visible') await new Promise((paint) => requestAnimationFrame(() => setTimeout(paint)));
document.head.append(Object.assign(document.createElement('link'),
  {{ rel: 'preload', href: '{dataset}', as: 'fetch', type: 'application/json', crossOrigin: 'anonymous' }}));
const wasm = await init({{ module_or_path: fetch('{wasm}', {{ integrity: '{integrity}' }}) }});",
        dataset = crate::data::DATASET_PATH,
    );
    let mut html = template.to_string();
    html.replace_range(link_start..link_end, "");
    Ok(html.replacen(&call, &deferred, 1))
}

/// The byte range of the first tag that starts with `start` and contains `containing`.
fn find_tag(html: &str, start: &str, containing: &str) -> Option<(usize, usize)> {
    html.match_indices(start).find_map(|(i, _)| {
        let end = i + html[i..].find('>')? + 1;
        html[i..end].contains(containing).then_some((i, end))
    })
}

/// The value of `name="…"` in one tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(&tag[start..start + len])
}

/// Marks a file as written by this generator, so it is never taken for Trunk's template.
pub const GENERATED_MARK: &str = "<meta name=\"generator\" content=\"static-pages\">";

/// The site root: the app sends the visitor on to their language; search
/// engines learn the three language versions from the alternates.
fn root_html(template: &str, site: &Site) -> String {
    let locale = Locale::En;
    let mut tags = format!(
        "<meta name=\"description\" content=\"{}\">\n",
        attr(locale.text(Key::HomeDescription))
    );
    for alternate in Locale::ALL {
        tags.push_str(&format!(
            "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">\n",
            alternate.html_lang(),
            attr(&site.url(&Route::Home.path(alternate)))
        ));
    }
    tags.push_str(&format!(
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n",
        attr(&site.url("/"))
    ));
    rewrite_head(
        template,
        locale.html_lang(),
        locale.text(Key::PortalName),
        &tags,
    )
}

/// Unknown addresses: GitHub Pages answers them with this file and status 404;
/// the app then shows its not-found page in the visitor's language.
fn not_found_html(template: &str, _site: &Site) -> String {
    let titles: Vec<&str> = Locale::ALL
        .iter()
        .map(|l| l.text(Key::NotFoundTitle))
        .collect();
    rewrite_head(
        template,
        "en",
        &titles.join(" · "),
        "<meta name=\"robots\" content=\"noindex\">\n",
    )
}

/// The Content-Security-Policy of every page, as a `<meta>` (GitHub Pages sets
/// no headers): everything from the portal's own origin, no inline script but
/// Trunk's loader (allowed by its hash), WebAssembly allowed to compile, no
/// plug-ins, no other site as a form target or base.
pub fn content_security_policy(template: &str) -> String {
    use base64::Engine;
    use sha2::{Digest, Sha256};
    let scripts: Vec<String> = inline_scripts(template)
        .map(|body| {
            format!(
                "'sha256-{}'",
                base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body))
            )
        })
        .collect();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {}; style-src 'self'; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; \
         base-uri 'self'; form-action 'self'",
        scripts.join(" ")
    )
}

/// The contents of the page's inline `<script>` elements.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(move |(start, _)| {
        let open_end = start + html[start..].find('>')?;
        if html[start..open_end].contains("src=") {
            return None;
        }
        let body_end = open_end + 1 + html[open_end + 1..].find("</script>")?;
        Some(&html[open_end + 1..body_end])
    })
}

/// Sets `<html lang>` and `<title>`, puts the Content-Security-Policy first in
/// the head (it only governs what follows it) and adds `tags` before `</head>`.
fn rewrite_head(template: &str, lang: &str, title: &str, tags: &str) -> String {
    let mut html = replace_between(template, "<html", ">", &format!(" lang=\"{lang}\""));
    let csp = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        attr(&content_security_policy(template))
    );
    if let Some(charset) = html.find("<meta charset=\"utf-8\">") {
        html.insert_str(charset + "<meta charset=\"utf-8\">".len(), &csp);
    }
    html = replace_between(&html, "<title>", "</title>", &text(title));
    if let Some(end) = html.find("</head>") {
        html.insert_str(
            end,
            &format!(
                "{GENERATED_MARK}\n<meta name=\"{}\" content=\"{}\">\n{tags}",
                crate::offline::WORKER_META,
                crate::offline::WORKER_FILE
            ),
        );
    }
    html
}

/// Puts `body` at the start of the page's `<body>`, before anything Trunk placed there.
fn insert_body(html: &mut String, body: &str) {
    if let Some(start) = html.find("<body") {
        if let Some(end) = html[start..].find('>') {
            html.insert_str(start + end + 1, &format!("\n{body}\n"));
        }
    }
}

/// Replaces what stands between the first `open` and the next `close`.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> String {
    match html.find(open) {
        Some(start) => {
            let inner = start + open.len();
            match html[inner..].find(close) {
                Some(len) => format!("{}{with}{}", &html[..inner], &html[inner + len..]),
                None => html.to_string(),
            }
        }
        None => html.to_string(),
    }
}

fn sitemap(routes: &[Route], site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in routes {
        for locale in Locale::ALL {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                text(&site.url(&route.path(locale)))
            ));
            for alternate in Locale::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    alternate.html_lang(),
                    attr(&site.url(&route.path(alternate)))
                ));
            }
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
                attr(&site.url("/"))
            ));
        }
    }
    xml.push_str("</urlset>\n");
    xml
}

/// Escapes text for an HTML attribute value in double quotes.
pub fn attr(value: &str) -> String {
    text(value).replace('"', "&quot;")
}

/// Escapes text for HTML or XML element content.
pub fn text(value: &str) -> String {
    value
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_urls() {
        let site = Site::parse("https://owner.github.io/portal").unwrap();
        assert_eq!(site.base, "/portal/");
        assert_eq!(
            site.url("/fr/parks/"),
            "https://owner.github.io/portal/fr/parks/"
        );
        let root = Site::parse("http://127.0.0.1:8080/").unwrap();
        assert_eq!(root.base, "/");
        assert_eq!(root.url("/"), "http://127.0.0.1:8080/");
        assert!(Site::parse("ftp://x/").is_err());
        assert_eq!(site.host(), "owner.github.io");
        assert_eq!(root.host(), "127.0.0.1");
        assert_eq!(Site::parse("http://[::1]:8080/").unwrap().host(), "[::1]");
        assert!(Site::parse("https:///x").is_err());
    }

    #[test]
    fn the_policy_allows_the_inline_loader_by_its_hash_only() {
        let template = "<head><meta charset=\"utf-8\"><script type=\"module\">init()</script><script src=\"x.js\"></script></head>";
        let csp = content_security_policy(template);
        // sha256 of "init()".
        assert!(csp.contains("'sha256-"), "{csp}");
        assert_eq!(csp.matches("'sha256-").count(), 1);
        assert!(!csp.contains("unsafe-inline") && !csp.contains("'unsafe-eval'"));
        let html = rewrite_head(template, "fr", "t", "");
        assert!(html.starts_with(
            "<head><meta charset=\"utf-8\">\n    <meta http-equiv=\"Content-Security-Policy\""
        ));
    }

    #[test]
    fn head_is_rewritten_and_escaped() {
        let template =
            "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body></body></html>";
        let html = rewrite_head(template, "zh-Hans", "A <b> & \"c\"", "<meta name=\"a\">\n");
        assert!(html.contains("<html lang=\"zh-Hans\">"));
        assert!(html.contains("<title>A &lt;b&gt; &amp; \"c\"</title>"));
        assert!(html.contains("<meta name=\"a\">\n</head>"));
        assert!(html.contains(GENERATED_MARK));
        assert_eq!(attr("\"<x>\""), "&quot;&lt;x&gt;&quot;");
    }
}
