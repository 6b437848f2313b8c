//! What the share panel needs from the build: where the portal is published
//! (`SITE_URL`) and the repository that takes corrections, written into the
//! head of every page file for the app to read, and the QR codes ([`crate::qr`]).
//!
//! The repository is `PORTAL_REPOSITORY` when set (any host, e.g. a custom
//! domain), else the one GitHub Pages publishes the site from; a build for
//! another address (loopback, say) has none, and its record pages no
//! correction link.

use portal_core::address::share::{Publication, Repository, REPOSITORY_META, SITE_URL_META};
use portal_core::address::Site;

use crate::escape::attr;

/// The environment variable that names the repository: `https://github.com/owner/repo`.
pub const REPOSITORY_ENV: &str = "PORTAL_REPOSITORY";

/// The publication of a build for `site`, `explicit` being the value of
/// [`REPOSITORY_ENV`] (empty is unset).
pub fn publication(site: &Site, explicit: Option<&str>) -> Result<Publication, String> {
    let repository = match explicit.map(str::trim).filter(|v| !v.is_empty()) {
        Some(url) => Some(Repository::parse(url).map_err(|e| format!("{REPOSITORY_ENV}: {e}"))?),
        None => Repository::of_site(site),
    };
    Ok(Publication {
        site: Some(site.clone()),
        repository,
    })
}

/// `template` with the site's address and the repository in `<meta>` tags
/// before `</head>`, so every page file (and `404.html`, the offline shell)
/// tells the app where it is published.
pub fn name_publication(template: &str, publication: &Publication) -> String {
    let mut tags = String::new();
    if let Some(site) = &publication.site {
        tags.push_str(&format!(
            "<meta name=\"{SITE_URL_META}\" content=\"{}\">\n",
            attr(&site.url("/"))
        ));
    }
    if let Some(repository) = &publication.repository {
        tags.push_str(&format!(
            "<meta name=\"{REPOSITORY_META}\" content=\"{}\">\n",
            attr(repository.url())
        ));
    }
    match template.find("</head>") {
        Some(end) => format!("{}{tags}{}", &template[..end], &template[end..]),
        None => template.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(url: &str) -> Site {
        Site::parse(url).unwrap()
    }

    #[test]
    fn the_repository_comes_from_the_environment_or_from_github_pages() {
        let pages = site("https://owner.github.io/sophia-china-portal/");
        let repository = |p: Publication| p.repository.map(|r| r.url().to_string());
        assert_eq!(
            repository(publication(&pages, None).unwrap()).as_deref(),
            Some("https://github.com/owner/sophia-china-portal")
        );
        let custom = site("https://portal.example.org/");
        assert_eq!(repository(publication(&custom, None).unwrap()), None);
        assert_eq!(repository(publication(&custom, Some(" ")).unwrap()), None);
        assert_eq!(
            repository(publication(&custom, Some("https://github.com/org/portal")).unwrap())
                .as_deref(),
            Some("https://github.com/org/portal")
        );
        let local = site("http://127.0.0.1/sophia-china-portal/");
        assert_eq!(repository(publication(&local, None).unwrap()), None);
        let wrong = publication(&local, Some("github.com/org/portal")).unwrap_err();
        assert!(wrong.starts_with("PORTAL_REPOSITORY: "), "{wrong}");
    }

    #[test]
    fn the_head_names_the_site_and_the_repository() {
        let template = "<html><head><title>x</title></head><body></body></html>";
        let pages = publication(&site("https://owner.github.io/repo"), None).unwrap();
        assert_eq!(
            name_publication(template, &pages),
            "<html><head><title>x</title>\
             <meta name=\"site-url\" content=\"https://owner.github.io/repo/\">\n\
             <meta name=\"portal-repository\" content=\"https://github.com/owner/repo\">\n\
             </head><body></body></html>"
        );
        let local = publication(&site("http://127.0.0.1:8080/"), None).unwrap();
        let html = name_publication(template, &local);
        assert!(html.contains("<meta name=\"site-url\" content=\"http://127.0.0.1:8080/\">"));
        assert!(!html.contains("portal-repository"));
    }
}
