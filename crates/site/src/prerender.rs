//! The start of each page as plain HTML, written into its `index.html` at
//! build time: the header, the page's heading and lead text, the footer.
//!
//! A visitor sees this as soon as the HTML and CSS arrive, before the wasm
//! has downloaded and started; it also stays readable where scripts are
//! blocked. The markup repeats the components' classes and structure, so the
//! app's first full render lands on the same layout: the app renders hidden
//! behind it (see `style/main.css`, `#prerendered`) and removes it once the
//! dataset is loaded (`browser::drop_prerendered`).
//!
//! Plain Rust from the same strings, routes and records as the app, so the
//! native tests check it.

use crate::data::Catalog;
use crate::i18n::{Key, Locale};
use crate::open_data::Table;
use crate::route::{Route, FOOTER_LINKS, MAIN_NAVIGATION};
use crate::static_site::{attr, text};

/// The element the prerendered page lives in; the app removes it when it takes over.
pub const CONTAINER_ID: &str = "prerendered";

/// The body of `route` in `locale`, links under `base` (`/` or `/repo/`).
/// `None` for an unknown record id (that address is not generated).
pub fn page_body(route: &Route, locale: Locale, catalog: &Catalog, base: &str) -> Option<String> {
    let links = Links { base, locale };
    let main = main_content(route, locale, catalog, &links)?;
    Some(format!(
        "<div id=\"{CONTAINER_ID}\">\n\
         <a class=\"skip-link\" href=\"{}#main\">{}</a>\n{}\n\
         <main id=\"main\" tabindex=\"-1\">\n{main}\n{}\n{}\n</main>\n{}\n</div>",
        attr(&links.to(route)),
        text(locale.text(Key::SkipToContent)),
        header(route, locale, &links),
        loading_status(locale),
        without_scripts(locale, &links),
        footer(locale, &links),
    ))
}

/// "Loading the data…", hidden: the app shows it once it runs and the data is
/// still on its way, so a visitor without scripts is never told to wait.
fn loading_status(locale: Locale) -> String {
    format!(
        "<p class=\"data-status\" role=\"status\" aria-live=\"polite\" hidden>{}</p>",
        text(locale.text(Key::DataLoading))
    )
}

/// For a visitor whose scripts are blocked: only the page start shows, so
/// point to the dataset's files, which need nothing but a download.
fn without_scripts(locale: Locale, links: &Links) -> String {
    let file = |path: &str, label: &str| {
        format!(
            "<li><a href=\"{}{path}\">{}</a></li>",
            attr(links.base.trim_end_matches('/')),
            text(label)
        )
    };
    let mut files = file(
        &format!("/{}", crate::data::DATASET_PATH),
        locale.text(Key::OpenDataJsonLink),
    );
    for table in Table::ALL {
        files.push_str(&file(
            &table.path(),
            &format!("{} (CSV)", locale.text(table.label())),
        ));
    }
    format!(
        "<noscript><section class=\"noscript-note\"><p>{}</p><ul>{files}</ul></section></noscript>",
        text(locale.text(Key::OpenDataNoscript))
    )
}

/// Addresses of pages in one language, under the site's base.
struct Links<'a> {
    base: &'a str,
    locale: Locale,
}

impl Links<'_> {
    fn to(&self, route: &Route) -> String {
        self.in_language(route, self.locale)
    }

    fn in_language(&self, route: &Route, locale: Locale) -> String {
        format!("{}{}", self.base.trim_end_matches('/'), route.path(locale))
    }

    fn anchor(&self, route: &Route, label: &str) -> String {
        format!("<a href=\"{}\">{}</a>", attr(&self.to(route)), text(label))
    }
}

/// As `components::Header`: brand, search form, language switcher, navigation.
fn header(route: &Route, locale: Locale, links: &Links) -> String {
    let languages: String = Locale::ALL
        .into_iter()
        .map(|target| {
            let current = if target == locale {
                " aria-current=\"true\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\" hreflang=\"{lang}\" lang=\"{lang}\" title=\"{}\"{current}>{}</a></li>",
                attr(&links.in_language(route, target)),
                attr(&target.format(Key::LanguageSwitchTo, &[("language", target.native_name())])),
                text(target.native_name()),
                lang = target.html_lang(),
            )
        })
        .collect();
    let section = route.section();
    let navigation: String = MAIN_NAVIGATION
        .iter()
        .map(|(target, label)| {
            let current = if *target == section {
                " aria-current=\"page\""
            } else {
                ""
            };
            format!(
                "<li><a href=\"{}\"{current}>{}</a></li>",
                attr(&links.to(target)),
                text(locale.text(*label))
            )
        })
        .collect();
    let search = locale.text(Key::SearchSubmit);
    format!(
        "<header class=\"site-header\"><div class=\"site-header__inner\">\
         <a class=\"brand\" href=\"{home}\"><span class=\"brand__mark\" aria-hidden=\"true\">SA</span>\
         <span class=\"brand__name\">{name}</span></a>\
         <div class=\"site-header__tools\">\
         <form class=\"search-box\" role=\"search\" aria-label=\"{search_label_attr}\" method=\"get\" action=\"{search_page}\">\
         <label for=\"header-search\" class=\"visually-hidden\">{search_label}</label>\
         <input id=\"header-search\" type=\"search\" name=\"q\" autocomplete=\"off\" placeholder=\"{search_attr}\">\
         <button type=\"submit\" class=\"search-box__button\">{search_text}</button></form>\
         <nav class=\"language-switcher\" aria-label=\"{language_label}\"><ul>{languages}</ul></nav>\
         </div></div>\
         <nav class=\"site-nav\" aria-label=\"{nav_label}\"><ul>{navigation}</ul></nav></header>",
        home = attr(&links.to(&Route::Home)),
        name = text(locale.text(Key::PortalName)),
        search_page = attr(&links.to(&Route::Search)),
        search_label = text(locale.text(Key::SearchLabel)),
        search_label_attr = attr(locale.text(Key::SearchLabel)),
        search_attr = attr(search),
        search_text = text(search),
        language_label = attr(locale.text(Key::LanguageLabel)),
        nav_label = attr(locale.text(Key::NavLabel)),
    )
}

/// As `components::Footer`.
fn footer(locale: Locale, links: &Links) -> String {
    let items: String = FOOTER_LINKS
        .iter()
        .map(|(route, label)| format!("<li>{}</li>", links.anchor(route, locale.text(*label))))
        .collect();
    format!(
        "<footer class=\"site-footer\"><div class=\"site-footer__inner\">\
         <p class=\"site-footer__name\">{}</p><p>{}</p><p>{}</p>\
         <ul class=\"footer-links\">{items}</ul></div></footer>",
        text(locale.text(Key::PortalLongName)),
        text(locale.text(Key::FooterAbout)),
        text(locale.text(Key::FooterSources)),
    )
}

/// The top of the page as its page component renders it: heading and lead.
fn main_content(route: &Route, l: Locale, catalog: &Catalog, links: &Links) -> Option<String> {
    let titled = |title: Key, intro: Key| {
        format!(
            "<h1 tabindex=\"-1\">{}</h1>\n<p class=\"lead\">{}</p>",
            text(l.text(title)),
            text(l.text(intro))
        )
    };
    let content = match route {
        Route::Home => format!(
            "<section class=\"hero\"><h1 tabindex=\"-1\">{}</h1><p class=\"hero__lead\">{}</p></section>",
            text(l.text(Key::HomeTitle)),
            text(l.text(Key::HomeIntro))
        ),
        Route::Parks => titled(Key::ParksTitle, Key::ParksIntro),
        Route::Agreements => titled(Key::AgreementsTitle, Key::AgreementsIntro),
        Route::Events => titled(Key::EventsTitle, Key::EventsIntro),
        Route::Organisations => titled(Key::OrganisationsTitle, Key::OrganisationsIntro),
        Route::Sources => titled(Key::SourcesTitle, Key::SourcesIntro),
        Route::Search => titled(Key::SearchTitle, Key::SearchIntro),
        Route::Map => titled(Key::MapTitle, Key::MapIntro),
        Route::Timeline => titled(Key::TimelineTitle, Key::TimelineIntro),
        Route::OpenData => titled(Key::OpenDataTitle, Key::OpenDataIntro),
        Route::Park(id) => {
            let park = catalog.park(id)?;
            let name = park.name.get(l);
            record(
                links,
                (Route::Parks, Key::ParksTitle),
                ("park", Key::RecordPark),
                name,
                &lead(park.description.get(l)),
            )
        }
        Route::Organisation(id) => {
            let org = catalog.organisation(id)?;
            record_with_trail(
                links,
                (Route::Organisations, Key::OrganisationsTitle),
                ("organisation", Key::RecordOrganisation),
                org.name.get(l),
                &org.heading(l),
                &lead(org.description.get(l)),
            )
        }
        Route::Agreement(id) => {
            let agreement = catalog.agreement(id)?;
            // The agreement page shows its summary under a "Scope" heading.
            let scope = format!(
                "<section class=\"record-section\" aria-labelledby=\"scope\"><h2 id=\"scope\">{}</h2>{}</section>",
                text(l.text(Key::FieldScope)),
                lead(agreement.summary.get(l))
            );
            record(
                links,
                (Route::Agreements, Key::AgreementsTitle),
                ("agreement", Key::RecordAgreement),
                agreement.title.get(l),
                &scope,
            )
        }
        Route::Event(id) => {
            let event = catalog.event(id)?;
            record(
                links,
                (Route::Events, Key::EventsTitle),
                ("event", Key::RecordEvent),
                event.title.get(l),
                &lead(event.summary.get(l)),
            )
        }
        Route::NotFound(_) => return None,
    };
    Some(content)
}

fn lead(value: &str) -> String {
    format!("<p class=\"record-lead\">{}</p>", text(value))
}

/// A record page whose heading is its name.
fn record(links: &Links, list: (Route, Key), kind: (&str, Key), name: &str, main: &str) -> String {
    record_with_trail(links, list, kind, name, name, main)
}

/// As a record page: breadcrumbs, the record's kind and heading, its lead.
fn record_with_trail(
    links: &Links,
    (list, list_title): (Route, Key),
    (kind, kind_label): (&str, Key),
    name: &str,
    heading: &str,
    main: &str,
) -> String {
    let l = links.locale;
    format!(
        "<nav class=\"breadcrumbs\" aria-label=\"{}\"><ol><li>{}</li><li>{}</li><li aria-current=\"page\">{}</li></ol></nav>\n\
         <article class=\"record\" data-record=\"{kind}\"><header class=\"record-header\">\
         <p class=\"record-kind\">{}</p><h1 tabindex=\"-1\">{}</h1></header>\
         <div class=\"record-body\"><div class=\"record-main\">{main}</div></div></article>",
        attr(l.text(Key::BreadcrumbLabel)),
        links.anchor(&Route::Home, l.text(Key::NavHome)),
        links.anchor(&list, l.text(list_title)),
        text(name),
        text(l.text(kind_label)),
        text(heading),
    )
}
