//! The head of every page file, and what it needs around the body: Trunk's
//! `index.html` with the page's language, title, description, canonical and
//! alternate addresses, link-preview tags and Content-Security-Policy; and
//! Trunk's loader changed to start the app after the first paint.

use portal_core::address::{files, Site};
use portal_core::document::PageHead;
use portal_core::{Key, Locale, Route};

use crate::escape::{attr, text};

/// The language tag Open Graph uses.
fn og_locale(locale: Locale) -> &'static str {
    match locale {
        Locale::Fr => "fr_FR",
        Locale::En => "en_GB",
        Locale::Zh => "zh_CN",
    }
}

/// A page file's head: Trunk's, with the page's language, title,
/// description, canonical address, language alternates, Open Graph tags and
/// `more` (the feed's link, the preview image's tags).
pub fn page_head_html(
    template: &str,
    head: &PageHead,
    route: &Route,
    locale: Locale,
    site: &Site,
    more: &str,
) -> String {
    let title = head.document_title(locale);
    let url = site.page(route, locale);
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
            attr(&site.page(route, alternate))
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
    tags.push_str(more);
    rewrite_head(template, locale.html_lang(), &title, &tags)
}

/// Trunk's loader, changed so that the app's downloads start after the first
/// paint instead of competing with the page's stylesheets for the network:
/// the whole page is already in the HTML, and on a slow
/// connection a wasm download racing the CSS delays what the visitor could
/// already read.
///
/// Trunk preloads the wasm with a `<link rel="preload" integrity=…>`; that link
/// goes, and the loader fetches the wasm itself with the same integrity hash,
/// once a frame has been painted. It then preloads the dataset and the names,
/// so the downloads run side by side. Fails if the template's loader is not the one this expects (after a
/// Trunk upgrade, say), rather than ship it unchanged.
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
    // The wasm is compiled, then started in a later task: two shorter tasks
    // than one. (No comments in the template: every page file carries it.)
    let literal = |value: &str| serde_json::Value::from(value).to_string();
    let deferred = crate::template::fill(
        include_str!("../templates/loader.js"),
        &[
            ("dataset", literal(files::DATASET.trim_start_matches('/'))),
            ("names", literal(files::NAMES.trim_start_matches('/'))),
            ("wasm", literal(wasm)),
            ("integrity", literal(integrity)),
        ],
    );
    let deferred = deferred.trim_end();
    let mut html = template.to_string();
    html.replace_range(link_start..link_end, "");
    Ok(html.replacen(&call, deferred, 1))
}

/// Trunk's template without its comments (notes for the portal's
/// maintainers, in `index.html`) and without blank lines: every page file
/// carries its head.
pub fn without_comments(template: &str) -> String {
    let mut html = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("<!--") {
        html.push_str(&rest[..start]);
        match rest[start..].find("-->") {
            Some(end) => rest = &rest[start + end + 3..],
            // Not a comment after all: kept as it is.
            None => {
                html.push_str(&rest[start..]);
                rest = "";
            }
        }
    }
    html.push_str(rest);
    html.lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect()
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

/// The contents of the page's inline `<script>` elements. Data blocks (the
/// structured data, `application/ld+json`) are never run, so they need no hash.
fn inline_scripts(html: &str) -> impl Iterator<Item = &str> {
    html.match_indices("<script").filter_map(move |(start, _)| {
        let open_end = start + html[start..].find('>')?;
        let tag = &html[start..open_end];
        if tag.contains("src=") || tag.contains("application/ld+json") {
            return None;
        }
        let body_end = open_end + 1 + html[open_end + 1..].find("</script>")?;
        Some(&html[open_end + 1..body_end])
    })
}

/// Sets `<html lang>` and `<title>`, puts the Content-Security-Policy first in
/// the head (it only governs what follows it) and adds `tags` before `</head>`.
pub fn rewrite_head(template: &str, lang: &str, title: &str, tags: &str) -> String {
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
                files::WORKER.trim_start_matches('/')
            ),
        );
    }
    html
}

/// Puts `body` at the start of the page's `<body>`, before anything Trunk placed there.
pub fn insert_body(html: &mut String, body: &str) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_loses_its_comments_and_blank_lines_only() {
        let template = "<head>\n  <!-- a note\n  on two lines -->\n  <title>T</title>\n\n  <script>go()</script>\n</head>\n<body></body>\n";
        assert_eq!(
            without_comments(template),
            "<head>\n  <title>T</title>\n  <script>go()</script>\n</head>\n<body></body>\n"
        );
        assert_eq!(without_comments("a <!-- b"), "a <!-- b\n");
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
    }
}
