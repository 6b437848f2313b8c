//! What a preview image says, in the words the record's page uses: the
//! record's type and kind as its page writes them above the heading and in
//! its facts, its name, and its date as the portal writes dates.

use portal_core::dates::{format_date, format_span};
use portal_core::{Catalog, Key, Locale, Route, Vocabulary};

/// The text of one preview image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub locale: Locale,
    /// Above the title: the record's type, and its kind where it has one
    /// ("Événement · Forum"); empty on the portal's own image.
    pub kind: String,
    /// The record's name, as the page's title gives it.
    pub title: String,
    /// Below the title: the record's date (a park's founding), or on the
    /// portal's image its sections; none for an undated record.
    pub below: Option<String>,
}

/// Between the record's type and its kind, and between sections: in Chinese
/// the dot is as wide as a character already.
fn separator(locale: Locale) -> &'static str {
    match locale {
        Locale::Zh => "·",
        Locale::Fr | Locale::En => " · ",
    }
}

/// The name of a record page's type, as the page writes it above its heading.
pub fn record_type(route: &Route) -> Option<Key> {
    match route {
        Route::Park(_) => Some(Key::RecordPark),
        Route::Organisation(_) => Some(Key::RecordOrganisation),
        Route::Agreement(_) => Some(Key::RecordAgreement),
        Route::Event(_) => Some(Key::RecordEvent),
        Route::Person(_) => Some(Key::PersonRecord),
        _ => None,
    }
}

/// The card of a record page; none for another page or an unknown id.
pub fn record_card(route: &Route, locale: Locale, catalog: &Catalog) -> Option<Card> {
    let l = locale;
    // A person's name is made for the language (`Zhu Hongyu (朱红宇)`), not stored.
    let person_name;
    let (kind, title, below) = match route {
        Route::Park(id) => {
            let park = catalog.park(id)?;
            let founded = park
                .founded
                .as_ref()
                .map(|date| l.format(Key::PreviewFounded, &[("date", &format_date(date, l))]));
            (None, park.name.get(l), founded)
        }
        Route::Organisation(id) => {
            let org = catalog.organisation(id)?;
            (Some(org.kind.label()), org.name.get(l), None)
        }
        Route::Agreement(id) => {
            let agreement = catalog.agreement(id)?;
            let date = agreement.date.as_ref().map(|span| format_span(span, l));
            (Some(agreement.kind.label()), agreement.title.get(l), date)
        }
        Route::Event(id) => {
            let event = catalog.event(id)?;
            let date = event.date.as_ref().map(|span| format_span(span, l));
            (Some(event.kind.label()), event.title.get(l), date)
        }
        Route::Person(id) => {
            let person = catalog.person(id)?;
            person_name = person.name_in(l);
            (
                None,
                person_name.as_str(),
                Some(person.role.get(l).to_string()),
            )
        }
        _ => return None,
    };
    let mut kind_line = l.text(record_type(route)?).to_string();
    if let Some(kind) = kind {
        kind_line.push_str(separator(l));
        kind_line.push_str(l.text(kind));
    }
    Some(Card {
        locale,
        kind: kind_line,
        title: title.to_string(),
        below,
    })
}

/// The portal's own card, for every page that is not a record's: the home
/// page's title and the sections a visitor finds.
pub fn portal_card(locale: Locale) -> Card {
    let sections = [
        Key::NavParks,
        Key::NavAgreements,
        Key::NavEvents,
        Key::NavOrganisations,
    ]
    .map(|key| locale.text(key));
    Card {
        locale,
        kind: String::new(),
        title: locale.text(Key::HomeTitle).to_string(),
        below: Some(sections.join(separator(locale))),
    }
}

/// The image's text alternative (`og:image:alt`): the record's type and its
/// title, the title being the page's (`og:title`); for the portal's image,
/// its name and the home page's title.
pub fn alt_text(route: &Route, locale: Locale, title: &str) -> String {
    let (kind, title) = match record_type(route) {
        Some(kind) => (locale.text(kind), title),
        None => (locale.text(Key::PortalName), locale.text(Key::HomeTitle)),
    };
    locale.format(Key::PreviewAlt, &[("kind", kind), ("title", title)])
}
