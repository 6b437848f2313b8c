//! The head of every page file, and what it needs around the body: Trunk's
//! `index.html` with the page's language, title, description, canonical and
//! alternate addresses, link-preview tags and Content-Security-Policy; and
//! Trunk's loader changed to start the app after the first paint.

use portal_core::address::{files, Site};
use portal_core::document::PageHead;
use portal_core::{Key, Locale, Route};

use std::cell::{Cell, RefCell};

use lol_html::html_content::ContentType;
use lol_html::{doc_comments, element, text, RewriteStrSettings};

use crate::escape::attr;

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
    // Trunk's wasm preload link: taken out, its address and hash kept.
    let preload = RefCell::new(None::<(Option<String>, Option<String>)>);
    let html = rewrite(
        template,
        vec![element!(
            r#"link[rel="preload"][type="application/wasm"]"#,
            |link| {
                preload
                    .borrow_mut()
                    .get_or_insert((link.get_attribute("href"), link.get_attribute("integrity")));
                link.remove();
                Ok(())
            }
        )],
    );
    let (wasm, integrity) = preload
        .into_inner()
        .ok_or("no wasm preload link in index.html (is it a Trunk build?)")?;
    let integrity = integrity.ok_or("the wasm preload link has no integrity hash")?;
    let wasm = wasm.ok_or("the wasm preload link has no href")?;
    let call = format!("const wasm = await init({{ module_or_path: '{wasm}' }});");
    // The app starts after the first paint, or after a second if the browser
    // paints no frame (frames are its to give: a browser too busy, or a
    // headless one, may give none for a while, and the start must not hang on
    // one). The wasm is compiled, then started in a later task: two shorter
    // tasks than one. (No comments in the template: every page file carries it.)
    let literal = |value: &str| serde_json::Value::from(value).to_string();
    let deferred = crate::template::fill(
        include_str!("../templates/loader.js"),
        &[
            ("dataset", literal(files::DATASET.trim_start_matches('/'))),
            ("names", literal(files::NAMES.trim_start_matches('/'))),
            ("wasm", literal(&wasm)),
            ("integrity", literal(&integrity)),
        ],
    );
    // The call that starts the app, in Trunk's module script, replaced.
    let replaced = Cell::new(false);
    let html = rewrite_scripts(&html, "script[type=\"module\"]", |script| {
        if !script.contains(&call) {
            return None;
        }
        replaced.set(true);
        Some(script.replacen(&call, deferred.trim_end(), 1))
    });
    if !replaced.get() {
        return Err(format!("Trunk's loader does not contain `{call}`"));
    }
    Ok(html)
}

/// Trunk's template without its comments (notes for the portal's
/// maintainers, in `index.html`) and without blank lines: every page file
/// carries its head.
pub fn without_comments(template: &str) -> String {
    comments_removed(template)
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("{line}\n"))
        .collect()
}

/// `html` without its comments. In a rendered page these are Leptos' `<!>`
/// markers, where the app would hydrate the page; it replaces the page file
/// instead (`takeover`), and to an HTML parser they are bogus comments.
pub fn comments_removed(html: &str) -> String {
    rewrite_document(html, |settings| {
        settings.append_document_content_handler(doc_comments!(|comment| {
            comment.remove();
            Ok(())
        }))
    })
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
        .iter()
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
fn inline_scripts(html: &str) -> Vec<String> {
    let scripts = RefCell::new(Vec::new());
    rewrite_scripts(
        html,
        r#"script:not([src]):not([type="application/ld+json"])"#,
        |script| {
            scripts.borrow_mut().push(script.to_string());
            None
        },
    );
    scripts.into_inner()
}

/// Sets `<html lang>` and `<title>`, puts the Content-Security-Policy first in
/// the head (it only governs what follows it) and adds `tags` at the end of it.
pub fn rewrite_head(template: &str, lang: &str, title: &str, tags: &str) -> String {
    let csp = format!(
        "\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        attr(&content_security_policy(template))
    );
    let end_of_head = format!(
        "{GENERATED_MARK}\n<meta name=\"{}\" content=\"{}\">\n{tags}",
        crate::offline::WORKER_META,
        files::WORKER.trim_start_matches('/')
    );
    rewrite(
        template,
        vec![
            element!("html", |html| {
                html.set_attribute("lang", lang)?;
                Ok(())
            }),
            element!("meta[charset]", |meta| {
                meta.after(&csp, ContentType::Html);
                Ok(())
            }),
            element!("title", |element| {
                element.set_inner_content(title, ContentType::Text);
                Ok(())
            }),
            element!("head", |head| {
                head.append(&end_of_head, ContentType::Html);
                Ok(())
            }),
        ],
    )
}

/// Puts `body` at the start of the page's `<body>`, before anything Trunk placed there.
pub fn insert_body(html: &mut String, body: &str) {
    *html = rewrite(
        html,
        vec![element!("body", |element| {
            element.prepend(&format!("\n{body}\n"), ContentType::Html);
            Ok(())
        })],
    );
}

/// `html` rewritten by lol_html's element handlers. The generator rewrites
/// Trunk's template and its own pages, so a failure is a bug: it panics.
fn rewrite<'h>(
    html: &str,
    handlers: Vec<(
        std::borrow::Cow<'static, lol_html::Selector>,
        lol_html::ElementContentHandlers<'h>,
    )>,
) -> String {
    rewrite_document(html, |settings| {
        handlers.into_iter().fold(settings, |settings, handler| {
            settings.append_element_content_handler(handler)
        })
    })
}

/// `html` rewritten with the handlers `configure` adds.
fn rewrite_document<'h>(
    html: &str,
    configure: impl FnOnce(RewriteStrSettings<'h, 'static>) -> RewriteStrSettings<'h, 'static>,
) -> String {
    lol_html::rewrite_str(html, configure(RewriteStrSettings::new()))
        .unwrap_or_else(|e| panic!("cannot rewrite the page's HTML: {e}"))
}

/// Hands the text of each script `selector` matches to `change`, whole, and
/// puts back the text it returns (`None` leaves the script as it is).
fn rewrite_scripts(
    html: &str,
    selector: &str,
    mut change: impl FnMut(&str) -> Option<String>,
) -> String {
    let mut text = String::new();
    rewrite(
        html,
        vec![text!(selector, |chunk| {
            text.push_str(chunk.as_str());
            if chunk.last_in_text_node() {
                let whole = std::mem::take(&mut text);
                let new = change(&whole).unwrap_or(whole);
                chunk.replace(&new, ContentType::Html);
            } else {
                chunk.remove();
            }
            Ok(())
        })],
    )
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
        // As HTML reads it, a comment left open runs to the end.
        assert_eq!(without_comments("a <!-- b"), "a \n");
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
