//! Every address of the portal, in one place: the pages ([`route`]), the files
//! to download ([`files`]), the links of the share panel ([`share`]), and the
//! site they live under ([`Base`] for the path every link starts with,
//! [`Site`] for absolute URLs).
//!
//! Paths here are relative to the site's base and start with `/`
//! (`/fr/parks/`, `/data/parks.csv`); [`Base`] puts the base in front.

pub mod files;
pub mod route;
pub mod share;

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use crate::i18n::Locale;
use route::Route;

/// What a URL component may carry as it is: RFC 3986's unreserved characters.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Percent-encodes every byte but RFC 3986's unreserved characters, a space
/// as `%20` (a `+` stays a plus sign in a `mailto:` link).
pub fn percent_encode(text: &str) -> String {
    utf8_percent_encode(text, UNRESERVED).to_string()
}

/// The base path the portal is served under, without its trailing slash: `""`
/// at a host's root, `/<repo>` on GitHub Pages. The app reads it from the page's
/// `<base href>`; the site generator from the site URL.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Base(String);

impl Base {
    /// The base of a public path such as `/repo/`, `/repo` or `/`.
    pub fn new(public_path: &str) -> Base {
        Base(public_path.trim_end_matches('/').to_string())
    }

    /// The base path without its trailing slash (`""` or `/repo`), as the router takes it.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// An address under the base, from a path relative to it (starting with `/`).
    pub fn join(&self, path: &str) -> String {
        format!("{}{path}", self.0)
    }

    /// The link to a page in a language.
    pub fn page(&self, route: &Route, locale: Locale) -> String {
        self.join(&route.path(locale))
    }

    /// A browser path (`/repo/fr/parks/`) relative to the base (`/fr/parks/`), or as given when outside it.
    pub fn strip<'a>(&self, path: &'a str) -> &'a str {
        path.strip_prefix(self.0.as_str()).unwrap_or(path)
    }
}

/// Where the site is published, e.g. `https://owner.github.io/repo/`: for the
/// absolute addresses of canonical links, the sitemap, calendars and feeds.
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

    /// The base path links start with.
    pub fn base(&self) -> Base {
        Base::new(&self.base)
    }

    /// The absolute address of a path relative to the base (`/fr/parks/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.origin, self.base().join(path))
    }

    /// The absolute address of a page in a language.
    pub fn page(&self, route: &Route, locale: Locale) -> String {
        self.url(&route.path(locale))
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
    fn links_start_with_the_base() {
        let base = Base::new("/repo/");
        assert_eq!(base.as_str(), "/repo");
        assert_eq!(base.page(&Route::Parks, Locale::Zh), "/repo/zh/parks/");
        assert_eq!(base.strip("/repo/fr/"), "/fr/");
        assert_eq!(Base::new("/").page(&Route::Home, Locale::Fr), "/fr/");
        assert_eq!(Base::new("/").strip("/fr/"), "/fr/");
    }
}
