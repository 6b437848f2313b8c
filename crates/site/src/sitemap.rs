//! `sitemap.xml`, with each page's language versions, and `robots.txt`.

use portal_core::address::Site;
use portal_core::{Locale, Route};

use crate::escape::{attr, text};

/// The sitemap of every page in every language.
pub fn sitemap(routes: &[Route], site: &Site) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for route in routes {
        for locale in Locale::ALL {
            xml.push_str(&format!(
                "  <url>\n    <loc>{}</loc>\n",
                text(&site.page(route, locale))
            ));
            for alternate in Locale::ALL {
                xml.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    alternate.html_lang(),
                    attr(&site.page(route, alternate))
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

/// `robots.txt`: everything may be crawled; the sitemap says what there is.
pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        site.url("/sitemap.xml")
    )
}
