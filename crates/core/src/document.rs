//! What each page says about itself in the document head: its title and its
//! description, in each language. The titles serve the app (which sets the
//! document's as the visitor moves around) and the build-time page generator
//! alike, so the two can never disagree; the descriptions only the generator
//! writes, into each page file for search engines and link previews.

use crate::i18n::{Key, Locale};
use crate::text::excerpt;
use crate::Catalog;
use crate::Route;

/// The longest meta description, in characters: about what search results
/// show, which is half as many characters in Chinese.
fn description_chars(locale: Locale) -> usize {
    match locale {
        Locale::Zh => 80,
        Locale::Fr | Locale::En => 160,
    }
}

/// A page's title, and whether the address names a page: what the app keeps
/// in step as the visitor moves. The description is the build's alone: the
/// search engines and link previews that read it read the page files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageTitle {
    /// The page's own title, without the portal's name; empty on the home page.
    pub title: String,
    /// False for an address that names no page: it must not be indexed.
    pub found: bool,
}

impl PageTitle {
    /// The document title: the page's title followed by the portal's name.
    pub fn document_title(&self, locale: Locale) -> String {
        let portal = locale.text(Key::PortalName);
        if self.title.is_empty() {
            portal.to_string()
        } else {
            format!("{} · {portal}", self.title)
        }
    }
}

/// A page's title and description, as its page file's head gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageHead {
    /// The page's own title, without the portal's name; empty on the home page.
    pub title: String,
    pub description: String,
    /// False for an address that names no page: it must not be indexed.
    pub found: bool,
}

impl PageHead {
    /// The document title: the page's title followed by the portal's name.
    pub fn document_title(&self, locale: Locale) -> String {
        PageTitle {
            title: self.title.clone(),
            found: self.found,
        }
        .document_title(locale)
    }
}

/// The head of `route` in `locale`; an unknown record id gives the not-found head.
pub fn page_head(route: &Route, locale: Locale, catalog: &Catalog) -> PageHead {
    let PageTitle { title, found } = page_title(route, locale, catalog);
    if !found {
        return not_found(locale);
    }
    PageHead {
        title,
        description: description(route, locale, catalog).unwrap_or_default(),
        found,
    }
}

/// The title of `route` in `locale`; an unknown record id gives the not-found title.
pub fn page_title(route: &Route, locale: Locale, catalog: &Catalog) -> PageTitle {
    let fixed = |key: Key| Some(locale.text(key).to_string());
    let title = match route {
        Route::Home => Some(String::new()),
        Route::Parks => fixed(Key::ParksTitle),
        Route::Agreements => fixed(Key::AgreementsTitle),
        Route::Events => fixed(Key::EventsTitle),
        Route::Organisations => fixed(Key::OrganisationsTitle),
        Route::People => fixed(Key::PeopleTitle),
        Route::Sources => fixed(Key::SourcesTitle),
        Route::Search => fixed(Key::SearchTitle),
        Route::Map => fixed(Key::MapTitle),
        Route::Timeline => fixed(Key::TimelineTitle),
        Route::OpenData => fixed(Key::OpenDataTitle),
        Route::Info(info) => fixed(info.title()),
        Route::Topics => fixed(Key::TopicsTitle),
        Route::Topic(id) => catalog.topic(id).map(|t| t.name.get(locale).to_string()),
        Route::Park(id) => catalog.park(id).map(|p| p.name.get(locale).to_string()),
        Route::Agreement(id) => catalog
            .agreement(id)
            .map(|a| a.title.get(locale).to_string()),
        Route::Event(id) => catalog.event(id).map(|e| e.title.get(locale).to_string()),
        Route::Organisation(id) => catalog
            .organisation(id)
            .map(|o| o.name.get(locale).to_string()),
        Route::Person(id) => catalog.person(id).map(|p| p.name_in(locale)),
        Route::NotFound(_) => None,
    };
    match title {
        Some(title) => PageTitle { title, found: true },
        None => PageTitle {
            title: locale.text(Key::NotFoundTitle).to_string(),
            found: false,
        },
    }
}

/// The description of a page that exists.
fn description(route: &Route, locale: Locale, catalog: &Catalog) -> Option<String> {
    let text = |key: Key| Some(locale.text(key).to_string());
    let cut = |text: &str| excerpt(text, description_chars(locale));
    match route {
        Route::Home => text(Key::HomeDescription),
        Route::Parks => text(Key::ParksDescription),
        Route::Agreements => text(Key::AgreementsDescription),
        Route::Events => text(Key::EventsDescription),
        Route::Organisations => text(Key::OrganisationsDescription),
        Route::People => text(Key::PeopleDescription),
        Route::Sources => text(Key::SourcesDescription),
        Route::Search => text(Key::SearchDescription),
        Route::Map => text(Key::MapDescription),
        Route::Timeline => text(Key::TimelineDescription),
        Route::OpenData => text(Key::OpenDataDescription),
        Route::Info(info) => text(info.description()),
        Route::Topics => text(Key::TopicsDescription),
        Route::Topic(id) => catalog
            .topic(id)
            .map(|t| locale.format(Key::TopicDescription, &[("topic", t.name.get(locale))])),
        Route::Park(id) => catalog.park(id).map(|p| cut(p.description.get(locale))),
        Route::Agreement(id) => catalog.agreement(id).map(|a| cut(a.summary.get(locale))),
        Route::Event(id) => catalog.event(id).map(|e| cut(e.summary.get(locale))),
        Route::Organisation(id) => catalog
            .organisation(id)
            .map(|o| cut(o.description.get(locale))),
        // The role alone ("法国前总理") is too short to describe the page.
        Route::Person(id) => catalog.person(id).map(|p| {
            cut(&locale.format(
                Key::PersonDescription,
                &[("name", &p.name_in(locale)), ("role", p.role.get(locale))],
            ))
        }),
        Route::NotFound(_) => None,
    }
}

pub fn not_found(locale: Locale) -> PageHead {
    PageHead {
        title: locale.text(Key::NotFoundTitle).to_string(),
        description: locale.text(Key::NotFoundDescription).to_string(),
        found: false,
    }
}
