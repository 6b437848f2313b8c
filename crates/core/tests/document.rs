//! Titles and descriptions of every page in every language, as the app and the
//! generated static pages show them.

use portal_core::document::page_head;
use portal_core::Route;
use portal_core::{Key, Locale};

use crate::support::catalog;

#[test]
fn every_record_page_is_titled_with_the_record_name() {
    let c = catalog();
    for locale in Locale::ALL {
        for park in &c.data().parks {
            let head = page_head(&Route::Park(park.id.clone()), locale, &c);
            assert!(head.found);
            assert_eq!(head.title, park.name.get(locale));
            assert!(!head.description.is_empty() && head.description.chars().count() <= 161);
            assert!(head
                .document_title(locale)
                .ends_with(locale.text(Key::PortalName)));
        }
        for event in &c.data().events {
            let head = page_head(&Route::Event(event.id.clone()), locale, &c);
            assert_eq!(head.title, event.title.get(locale));
        }
    }
}

#[test]
fn the_home_page_is_titled_with_the_portal_name_alone() {
    let c = catalog();
    let head = page_head(&Route::Home, Locale::Zh, &c);
    assert_eq!(
        head.document_title(Locale::Zh),
        Locale::Zh.text(Key::PortalName)
    );
}

#[test]
fn unknown_records_are_not_found_and_not_indexed() {
    let c = catalog();
    for route in [
        Route::Park("nowhere".into()),
        Route::Organisation("x".into()),
        Route::NotFound("a/b".into()),
    ] {
        let head = page_head(&route, Locale::Fr, &c);
        assert!(!head.found);
        assert_eq!(head.title, Locale::Fr.text(Key::NotFoundTitle));
    }
}
