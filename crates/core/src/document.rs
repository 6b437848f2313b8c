//! What each page says about itself in the document head: its title and its
//! description, in each language. One function serves the app (which sets
//! them as the visitor moves around) and the build-time page generator (which
//! writes them into each page's static HTML for search engines and link
//! previews), so the two can never disagree.

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

/// A page's title and description.
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
        let portal = locale.text(Key::PortalName);
        if self.title.is_empty() {
            portal.to_string()
        } else {
            format!("{} · {portal}", self.title)
        }
    }
}

/// The head of `route` in `locale`; an unknown record id gives the not-found head.
pub fn page_head(route: &Route, locale: Locale, catalog: &Catalog) -> PageHead {
    let text = |key: Key| locale.text(key).to_string();
    let fixed = |title: Key, description: Key| PageHead {
        title: text(title),
        description: text(description),
        found: true,
    };
    let record = |title: Option<&str>, description: Option<&str>| match (title, description) {
        (Some(title), Some(description)) => PageHead {
            title: title.to_string(),
            description: excerpt(description, description_chars(locale)),
            found: true,
        },
        _ => not_found(locale),
    };
    match route {
        Route::Home => PageHead {
            title: String::new(),
            description: text(Key::HomeDescription),
            found: true,
        },
        Route::Parks => fixed(Key::ParksTitle, Key::ParksDescription),
        Route::Agreements => fixed(Key::AgreementsTitle, Key::AgreementsDescription),
        Route::Events => fixed(Key::EventsTitle, Key::EventsDescription),
        Route::Organisations => fixed(Key::OrganisationsTitle, Key::OrganisationsDescription),
        Route::People => fixed(Key::PeopleTitle, Key::PeopleDescription),
        Route::Sources => fixed(Key::SourcesTitle, Key::SourcesDescription),
        Route::Search => fixed(Key::SearchTitle, Key::SearchDescription),
        Route::Map => fixed(Key::MapTitle, Key::MapDescription),
        Route::Timeline => fixed(Key::TimelineTitle, Key::TimelineDescription),
        Route::OpenData => fixed(Key::OpenDataTitle, Key::OpenDataDescription),
        Route::Info(info) => fixed(info.title(), info.description()),
        Route::Topics => fixed(Key::TopicsTitle, Key::TopicsDescription),
        Route::Topic(id) => match catalog.topic(id) {
            Some(topic) => {
                let name = topic.name.get(locale);
                PageHead {
                    title: name.to_string(),
                    description: locale.format(Key::TopicDescription, &[("topic", name)]),
                    found: true,
                }
            }
            None => not_found(locale),
        },
        Route::Park(id) => {
            let park = catalog.park(id);
            record(
                park.map(|p| p.name.get(locale)),
                park.map(|p| p.description.get(locale)),
            )
        }
        Route::Agreement(id) => {
            let agreement = catalog.agreement(id);
            record(
                agreement.map(|a| a.title.get(locale)),
                agreement.map(|a| a.summary.get(locale)),
            )
        }
        Route::Event(id) => {
            let event = catalog.event(id);
            record(
                event.map(|e| e.title.get(locale)),
                event.map(|e| e.summary.get(locale)),
            )
        }
        Route::Organisation(id) => {
            let org = catalog.organisation(id);
            record(
                org.map(|o| o.name.get(locale)),
                org.map(|o| o.description.get(locale)),
            )
        }
        Route::Person(id) => {
            let person = catalog.person(id);
            let name = person.map(|p| p.name_in(locale));
            // The role alone ("法国前总理") is too short to describe the page.
            let description = person.map(|p| {
                locale.format(
                    Key::PersonDescription,
                    &[("name", &p.name_in(locale)), ("role", p.role.get(locale))],
                )
            });
            record(name.as_deref(), description.as_deref())
        }
        Route::NotFound(_) => not_found(locale),
    }
}

pub fn not_found(locale: Locale) -> PageHead {
    PageHead {
        title: locale.text(Key::NotFoundTitle).to_string(),
        description: locale.text(Key::NotFoundDescription).to_string(),
        found: false,
    }
}
