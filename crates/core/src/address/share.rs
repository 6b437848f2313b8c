//! The addresses of the share panel: where the portal is published (for each
//! page's canonical address and QR code), the e-mail link, and the
//! repository whose issue form takes corrections from readers.
//!
//! The site generator knows the site's address (`SITE_URL`) and the
//! repository (`PORTAL_REPOSITORY`, or derived from a GitHub Pages address)
//! and writes both into each page file's head ([`SITE_URL_META`],
//! [`REPOSITORY_META`]), where the app reads them: the page files and the app
//! then build the same links.

use super::route::Route;
use super::{percent_encode, Site};

/// The `<meta name>` that carries the site's address (`https://owner.github.io/repo/`).
pub const SITE_URL_META: &str = "site-url";

/// The `<meta name>` that carries the repository's address (`https://github.com/owner/repo`).
pub const REPOSITORY_META: &str = "portal-repository";

/// The issue form for corrections, `.github/ISSUE_TEMPLATE/correction.yml`.
pub const CORRECTION_FORM: &str = "correction.yml";

/// Whether a page has a share panel (and a QR code file): the five lists,
/// every record and the topic pages, the pages a reader would pass on.
pub fn has_share_panel(route: &Route) -> bool {
    matches!(
        route,
        Route::Parks
            | Route::Park(_)
            | Route::Agreements
            | Route::Agreement(_)
            | Route::Events
            | Route::Event(_)
            | Route::Organisations
            | Route::Organisation(_)
            | Route::People
            | Route::Person(_)
            | Route::Topics
            | Route::Topic(_)
    )
}

/// The id of the record a page shows, for which a correction can be
/// suggested; `None` on any other page.
pub fn record_id(route: &Route) -> Option<&str> {
    match route {
        Route::Park(id)
        | Route::Agreement(id)
        | Route::Event(id)
        | Route::Organisation(id)
        | Route::Person(id) => Some(id),
        _ => None,
    }
}

/// Where the portal is published, as far as it is known: the development
/// server knows neither the site's address nor the repository, a build on
/// loopback knows its address but has no repository.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Publication {
    pub site: Option<Site>,
    pub repository: Option<Repository>,
}

/// A repository on GitHub (or a GitHub Enterprise host): `https://github.com/owner/repo`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repository(String);

impl Repository {
    /// Reads a repository address, `https://<host>/<owner>/<name>` (a
    /// trailing slash or `.git` is dropped).
    pub fn parse(url: &str) -> Result<Repository, String> {
        let wrong =
            || format!("`{url}` is not a repository address like https://github.com/owner/repo");
        let rest = url.strip_prefix("https://").ok_or_else(wrong)?;
        let rest = rest.trim_end_matches('/');
        let rest = rest.strip_suffix(".git").unwrap_or(rest);
        let parts: Vec<&str> = rest.split('/').collect();
        let [host, owner, name] = parts.as_slice() else {
            return Err(wrong());
        };
        let fits = |part: &str, extra: &[u8]| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || extra.contains(&b))
        };
        if !fits(host, b".") || !fits(owner, b"") || !fits(name, b"._") {
            return Err(wrong());
        }
        Ok(Repository(format!("https://{host}/{owner}/{name}")))
    }

    /// The repository of a site on GitHub Pages: `https://<owner>.github.io/<repo>/`
    /// is published from `<owner>/<repo>`, and a user site `https://<owner>.github.io/`
    /// from `<owner>/<owner>.github.io`. `None` for any other host.
    pub fn of_site(site: &Site) -> Option<Repository> {
        let host = site.host().to_ascii_lowercase();
        let owner = host.strip_suffix(".github.io")?;
        let name = site.base.trim_matches('/').split('/').next().unwrap_or("");
        let name = if name.is_empty() { host.as_str() } else { name };
        Repository::parse(&format!("https://github.com/{owner}/{name}")).ok()
    }

    /// The repository's address, without a trailing slash.
    pub fn url(&self) -> &str {
        &self.0
    }

    /// A new issue from the correction form, blank.
    pub fn correction_form(&self) -> String {
        format!("{}/issues/new?template={CORRECTION_FORM}", self.0)
    }

    /// A new issue from the correction form, its title and its fields
    /// `record` (the record's id) and `page` (the page's address) filled in.
    pub fn correction_issue(&self, title: &str, record: &str, page: &str) -> String {
        format!(
            "{}/issues/new?template={CORRECTION_FORM}&title={}&record={}&page={}",
            self.0,
            percent_encode(title),
            percent_encode(record),
            percent_encode(page)
        )
    }
}

/// A link that opens the visitor's mail program with a new message, with
/// no recipient: `mailto:?subject=…&body=…` (RFC 6068).
pub fn mail_link(subject: &str, body: &str) -> String {
    format!(
        "mailto:?subject={}&body={}",
        percent_encode(subject),
        percent_encode(body)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(url: &str) -> Site {
        Site::parse(url).unwrap()
    }

    #[test]
    fn the_repository_of_a_github_pages_site() {
        let of = |url| Repository::of_site(&site(url)).map(|r| r.url().to_string());
        assert_eq!(
            of("https://owner.github.io/sophia-china-portal/").as_deref(),
            Some("https://github.com/owner/sophia-china-portal")
        );
        assert_eq!(
            of("https://Owner.GitHub.io/repo").as_deref(),
            Some("https://github.com/owner/repo")
        );
        assert_eq!(
            of("https://owner.github.io/").as_deref(),
            Some("https://github.com/owner/owner.github.io")
        );
        // Elsewhere the repository is not known.
        assert_eq!(of("http://127.0.0.1/sophia-china-portal/"), None);
        assert_eq!(of("http://127.0.0.1:8080/"), None);
        assert_eq!(of("https://portal.example.org/"), None);
        assert_eq!(of("https://github.io/repo/"), None);
    }

    #[test]
    fn repository_addresses_are_checked() {
        let parsed = |url| Repository::parse(url).map(|r| r.url().to_string());
        assert_eq!(
            parsed("https://github.com/owner/repo/").as_deref(),
            Ok("https://github.com/owner/repo")
        );
        assert_eq!(
            parsed("https://github.com/owner/my.repo_2.git").as_deref(),
            Ok("https://github.com/owner/my.repo_2")
        );
        for bad in [
            "http://github.com/owner/repo",
            "https://github.com/owner",
            "https://github.com/owner/repo/issues",
            "https://github.com/own er/repo",
            "https://github.com/owner/\"repo",
            "",
        ] {
            assert!(Repository::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn a_correction_issue_is_prefilled() {
        let repository = Repository::parse("https://github.com/owner/repo").unwrap();
        assert_eq!(
            repository.correction_issue(
                "Correction : Parc & zone « 成都 »",
                "chengdu-hi-tech-zone",
                "https://owner.github.io/repo/fr/parks/chengdu-hi-tech-zone/"
            ),
            "https://github.com/owner/repo/issues/new?template=correction.yml\
             &title=Correction%20%3A%20Parc%20%26%20zone%20%C2%AB%20%E6%88%90%E9%83%BD%20%C2%BB\
             &record=chengdu-hi-tech-zone\
             &page=https%3A%2F%2Fowner.github.io%2Frepo%2Ffr%2Fparks%2Fchengdu-hi-tech-zone%2F"
        );
    }

    #[test]
    fn mail_links_encode_subject_and_body() {
        assert_eq!(
            mail_link("Parcs · A+B?", "https://x.org/fr/?a=1&b=2"),
            "mailto:?subject=Parcs%20%C2%B7%20A%2BB%3F&body=https%3A%2F%2Fx.org%2Ffr%2F%3Fa%3D1%26b%3D2"
        );
    }
}
