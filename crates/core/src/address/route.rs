//! Every page of the portal as a [`Route`]: the one place that turns routes
//! into paths and paths back into routes, so the language switcher, the links
//! and the build-time page generator agree on every address.
//!
//! Paths here are relative to the site's base (`/` locally, `/<repo>/` on
//! GitHub Pages); [`super::Base`] adds the base.

use crate::i18n::{Key, Locale};
use crate::Catalog;

/// The header's navigation, in order, with each entry's label.
pub const MAIN_NAVIGATION: [(Route, Key); 8] = [
    (Route::Home, Key::NavHome),
    (Route::Parks, Key::NavParks),
    (Route::Agreements, Key::NavAgreements),
    (Route::Events, Key::NavEvents),
    (Route::Organisations, Key::NavOrganisations),
    (Route::Map, Key::NavMap),
    (Route::Timeline, Key::NavTimeline),
    (Route::Sources, Key::NavSources),
];

/// The footer's links.
pub const FOOTER_LINKS: [(Route, Key); 5] = [
    (Route::Topics, Key::TopicsNav),
    (Route::People, Key::PeopleNav),
    (Route::Sources, Key::NavSources),
    (Route::OpenData, Key::NavOpenData),
    (Route::Search, Key::NavSearch),
];

/// The pages about the portal itself, in the footer's order.
pub const INFO_PAGES: [Info; 5] = [
    Info::About,
    Info::Contact,
    Info::LegalNotice,
    Info::Privacy,
    Info::Accessibility,
];

/// A page about the portal itself rather than the partnerships: who publishes
/// it and how to reach them, the legal notice, what it stores, how accessible
/// it is. Their texts are the editors' (`crates/site/content/`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Info {
    About,
    Contact,
    LegalNotice,
    Privacy,
    Accessibility,
}

impl Info {
    /// The page's path segment, the same in every language, and its text's file name.
    pub fn slug(self) -> &'static str {
        match self {
            Info::About => "about",
            Info::Contact => "contact",
            Info::LegalNotice => "legal-notice",
            Info::Privacy => "privacy",
            Info::Accessibility => "accessibility",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Info> {
        INFO_PAGES.into_iter().find(|info| info.slug() == slug)
    }

    /// The page's title (its heading, and its link in the footer).
    pub fn title(self) -> Key {
        match self {
            Info::About => Key::InfoAboutTitle,
            Info::Contact => Key::InfoContactTitle,
            Info::LegalNotice => Key::InfoLegalNoticeTitle,
            Info::Privacy => Key::InfoPrivacyTitle,
            Info::Accessibility => Key::InfoAccessibilityTitle,
        }
    }

    /// The page's description, for its head and link previews.
    pub fn description(self) -> Key {
        match self {
            Info::About => Key::InfoAboutDescription,
            Info::Contact => Key::InfoContactDescription,
            Info::LegalNotice => Key::InfoLegalNoticeDescription,
            Info::Privacy => Key::InfoPrivacyDescription,
            Info::Accessibility => Key::InfoAccessibilityDescription,
        }
    }
}

/// A page of the portal, independent of its language.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Route {
    Home,
    Parks,
    Park(String),
    Agreements,
    Agreement(String),
    Events,
    Event(String),
    Organisations,
    Organisation(String),
    /// The people the sources name; not in the header (it names what the
    /// partnerships are made of), but in the footer and each person's breadcrumbs.
    People,
    Person(String),
    /// The fields the partnerships cover; each topic's page lists its parks,
    /// agreements, events and organisations.
    Topics,
    Topic(String),
    Sources,
    /// The search page; the query is in the address's `?q=`.
    Search,
    Map,
    Timeline,
    OpenData,
    Info(Info),
    /// A path under a language that names no page; kept so that switching
    /// language on the not-found page stays on it.
    NotFound(String),
}

impl Route {
    /// Every page of the portal: the sections, then each record.
    pub fn all(catalog: &Catalog) -> Vec<Route> {
        let data = catalog.data();
        let mut routes = vec![
            Route::Home,
            Route::Parks,
            Route::Agreements,
            Route::Events,
            Route::Organisations,
            Route::People,
            Route::Topics,
            Route::Sources,
            Route::Search,
            Route::Map,
            Route::Timeline,
            Route::OpenData,
        ];
        routes.extend(INFO_PAGES.map(Route::Info));
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
        routes.extend(data.people.iter().map(|r| Route::Person(r.id.clone())));
        routes.extend(data.topics.iter().map(|r| Route::Topic(r.id.clone())));
        routes
    }

    /// A page with nothing to run, whose text only the page file has (the
    /// pages about the portal, the open-data page): the app shows it from
    /// there, and links to it load it (`components::page_text` in the app).
    pub fn is_document(&self) -> bool {
        matches!(self, Route::Info(_) | Route::OpenData)
    }

    /// The navigation section a page belongs to, so a park page highlights "Parks".
    pub fn section(&self) -> Route {
        match self {
            Route::Park(_) | Route::Parks => Route::Parks,
            Route::Agreement(_) | Route::Agreements => Route::Agreements,
            Route::Event(_) | Route::Events => Route::Events,
            Route::Organisation(_) | Route::Organisations => Route::Organisations,
            Route::Person(_) | Route::People => Route::People,
            Route::Topic(_) | Route::Topics => Route::Topics,
            other => other.clone(),
        }
    }

    /// The path of this page in `locale`, starting with `/` and without the site base.
    /// Every page path ends with `/`: static hosts serve it from that folder's
    /// `index.html` without a redirect.
    pub fn path(&self, locale: Locale) -> String {
        let lang = locale.code();
        match self {
            Route::Home => format!("/{lang}/"),
            Route::Parks => format!("/{lang}/parks/"),
            Route::Park(id) => format!("/{lang}/parks/{id}/"),
            Route::Agreements => format!("/{lang}/agreements/"),
            Route::Agreement(id) => format!("/{lang}/agreements/{id}/"),
            Route::Events => format!("/{lang}/events/"),
            Route::Event(id) => format!("/{lang}/events/{id}/"),
            Route::Organisations => format!("/{lang}/organisations/"),
            Route::Organisation(id) => format!("/{lang}/organisations/{id}/"),
            Route::People => format!("/{lang}/people/"),
            Route::Person(id) => format!("/{lang}/people/{id}/"),
            Route::Topics => format!("/{lang}/topics/"),
            Route::Topic(id) => format!("/{lang}/topics/{id}/"),
            Route::Sources => format!("/{lang}/sources/"),
            Route::Search => format!("/{lang}/search/"),
            Route::Map => format!("/{lang}/map/"),
            Route::Timeline => format!("/{lang}/timeline/"),
            Route::OpenData => format!("/{lang}/data/"),
            Route::Info(info) => format!("/{lang}/{}/", info.slug()),
            Route::NotFound(rest) => format!("/{lang}/{rest}"),
        }
    }

    /// The route and language of a path relative to the site base
    /// (`/zh/parks/chengdu`). `None` when the path has no valid language prefix.
    pub fn parse(path: &str) -> Option<(Locale, Route)> {
        let path = path.strip_prefix('/').unwrap_or(path);
        let (lang, rest) = path.split_once('/').unwrap_or((path, ""));
        let locale = Locale::from_code(lang)?;
        let rest = rest.strip_suffix('/').unwrap_or(rest);
        let segments: Vec<&str> = rest.split('/').collect();
        let route = match segments.as_slice() {
            [""] => Route::Home,
            ["parks"] => Route::Parks,
            ["parks", id] if is_slug(id) => Route::Park(id.to_string()),
            ["agreements"] => Route::Agreements,
            ["agreements", id] if is_slug(id) => Route::Agreement(id.to_string()),
            ["events"] => Route::Events,
            ["events", id] if is_slug(id) => Route::Event(id.to_string()),
            ["organisations"] => Route::Organisations,
            ["organisations", id] if is_slug(id) => Route::Organisation(id.to_string()),
            ["people"] => Route::People,
            ["people", id] if is_slug(id) => Route::Person(id.to_string()),
            ["topics"] => Route::Topics,
            ["topics", id] if is_slug(id) => Route::Topic(id.to_string()),
            ["sources"] => Route::Sources,
            ["search"] => Route::Search,
            ["map"] => Route::Map,
            ["timeline"] => Route::Timeline,
            ["data"] => Route::OpenData,
            [slug] if Info::from_slug(slug).is_some() => Route::Info(Info::from_slug(slug)?),
            _ => Route::NotFound(rest.to_string()),
        };
        Some((locale, route))
    }
}

/// Record ids are URL slugs: lower-case ASCII letters and digits in groups
/// joined by single hyphens. Anything else in an id position is a not-found page.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 80
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// The same page in another language: what the language switcher links to.
/// Keeps the query string and fragment of `path_and_query`, which is relative
/// to the site base. A path without a language prefix opens the home page.
pub fn switch_language(path_and_query: &str, to: Locale) -> String {
    let split_at = path_and_query
        .find(['?', '#'])
        .unwrap_or(path_and_query.len());
    let (path, tail) = path_and_query.split_at(split_at);
    match Route::parse(path) {
        Some((_, route)) => format!("{}{tail}", route.path(to)),
        None => Route::Home.path(to),
    }
}

/// Encodes a value for a URL query string (`?q=成都` → `?q=%E6%88%90%E9%83%BD`),
/// a space as `+`, as forms write it.
pub fn encode_query_value(value: &str) -> String {
    super::percent_encode(value).replace("%20", "+")
}

/// A query string (`a=1&b=x`) from pairs, leaving out empty values.
pub fn query_string<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    pairs
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, v)| format!("{k}={}", encode_query_value(&v)))
        .collect::<Vec<_>>()
        .join("&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_round_trip_in_every_language() {
        let routes = [
            Route::Home,
            Route::Parks,
            Route::Park("chengdu-hi-tech-zone".into()),
            Route::Agreements,
            Route::Agreement("a-2016".into()),
            Route::Events,
            Route::Event("forum-2016".into()),
            Route::Organisations,
            Route::Organisation("fondation-sophia-antipolis".into()),
            Route::People,
            Route::Person("pierre-laffitte".into()),
            Route::Topics,
            Route::Topic("biomedicine".into()),
            Route::Sources,
            Route::Search,
            Route::Map,
            Route::Timeline,
            Route::OpenData,
            Route::Info(Info::About),
            Route::Info(Info::LegalNotice),
            Route::Info(Info::Accessibility),
        ];
        for locale in Locale::ALL {
            for route in &routes {
                assert_eq!(
                    Route::parse(&route.path(locale)),
                    Some((locale, route.clone()))
                );
            }
        }
    }

    #[test]
    fn trailing_slash_is_the_same_page() {
        assert_eq!(Route::parse("/fr/parks"), Some((Locale::Fr, Route::Parks)));
        assert_eq!(Route::parse("/zh"), Some((Locale::Zh, Route::Home)));
    }

    #[test]
    fn unknown_language_is_not_a_route() {
        assert_eq!(Route::parse("/de/parks"), None);
        assert_eq!(Route::parse("/FR/parks"), None);
        assert_eq!(Route::parse("/"), None);
    }

    #[test]
    fn malformed_ids_and_unknown_sections_are_not_found() {
        for rest in [
            "parks/Chengdu",
            "parks/a b",
            "parks/..",
            "parks/a/b",
            "nowhere",
            "parks/a--b",
        ] {
            let (_, route) = Route::parse(&format!("/en/{rest}")).unwrap();
            assert!(matches!(route, Route::NotFound(_)), "{rest} gave {route:?}");
        }
    }

    #[test]
    fn switching_language_keeps_the_page_and_query() {
        assert_eq!(
            switch_language("/fr/parks/chengdu/?x=1#top", Locale::Zh),
            "/zh/parks/chengdu/?x=1#top"
        );
        assert_eq!(switch_language("/en/", Locale::Fr), "/fr/");
        assert_eq!(
            switch_language("/en/nowhere/at/all", Locale::Fr),
            "/fr/nowhere/at/all"
        );
        assert_eq!(switch_language("/xx/parks", Locale::Fr), "/fr/");
    }

    #[test]
    fn query_values_are_encoded() {
        assert_eq!(encode_query_value("成都"), "%E6%88%90%E9%83%BD");
        assert_eq!(encode_query_value("a b&c=d"), "a+b%26c%3Dd");
        assert_eq!(
            query_string([("q", "x y".to_string()), ("empty", String::new())]),
            "q=x+y"
        );
    }

    #[test]
    fn slugs() {
        assert!(is_slug("sophia-antipolis"));
        assert!(is_slug("forum-2016"));
        for bad in ["", "-a", "a-", "A", "a_b", "a/b", "..", "é", "a b"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
