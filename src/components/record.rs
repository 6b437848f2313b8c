//! Building blocks of the record pages: links to records, facts lists,
//! sources, notes and topic tags. Each takes the language as a plain value:
//! pages re-render as a whole when the language changes, which keeps these
//! pieces simple and is cheap at the size of a record page.

use leptos::prelude::*;

use crate::context::href;
use portal_core::dates::{format_span, span_parts, SpanText};
use portal_core::i18n::lang_of_name;
use portal_core::model::{Localized, Party};
use portal_core::Route;
use portal_core::{Catalog, RecordRef};
use portal_core::{Key, Locale};

/// The page of a record.
pub fn route_of(record: RecordRef<'_>) -> Option<Route> {
    match record {
        RecordRef::Park(id) => Some(Route::Park(id.to_string())),
        RecordRef::Organisation(id) => Some(Route::Organisation(id.to_string())),
        RecordRef::Agreement(id) => Some(Route::Agreement(id.to_string())),
        RecordRef::Event(id) => Some(Route::Event(id.to_string())),
        RecordRef::Person(id) => Some(Route::Person(id.to_string())),
    }
}

/// The name of a record in `locale`.
pub fn record_name(catalog: &Catalog, record: RecordRef<'_>, locale: Locale) -> String {
    match record {
        RecordRef::Park(id) => catalog.park(id).map(|r| r.name.get(locale).to_string()),
        RecordRef::Organisation(id) => catalog
            .organisation(id)
            .map(|r| r.name.get(locale).to_string()),
        RecordRef::Agreement(id) => catalog
            .agreement(id)
            .map(|r| r.title.get(locale).to_string()),
        RecordRef::Event(id) => catalog.event(id).map(|r| r.title.get(locale).to_string()),
        RecordRef::Person(id) => catalog.person(id).map(|p| p.name_in(locale)),
    }
    .unwrap_or_default()
}

pub fn party_ref(party: &Party) -> RecordRef<'_> {
    match party {
        Party::Park(id) => RecordRef::Park(id),
        Party::Organisation(id) => RecordRef::Organisation(id),
    }
}

/// A link to a record, named in `locale`.
pub fn record_link(catalog: &Catalog, record: RecordRef<'_>, locale: Locale) -> AnyView {
    let name = record_name(catalog, record, locale);
    match route_of(record) {
        Some(route) => view! { <a href=href(&route, locale)>{name}</a> }.into_any(),
        None => view! { <span>{name}</span> }.into_any(),
    }
}

/// A list of links to records; "None recorded" when empty.
pub fn record_links(catalog: &Catalog, records: Vec<RecordRef<'_>>, locale: Locale) -> AnyView {
    if records.is_empty() {
        return view! { <p class="muted">{locale.text(Key::ValueNone)}</p> }.into_any();
    }
    view! {
        <ul class="link-list">
            {records.into_iter().map(|r| view! { <li>{record_link(catalog, r, locale)}</li> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The lead paragraph of a record: its description or summary.
pub fn lead(text: &str) -> AnyView {
    view! { <p class="record-lead">{text.to_string()}</p> }.into_any()
}

/// One section of a record page: a heading and its content, left out when empty.
pub fn section(title: Key, locale: Locale, id: &'static str, content: AnyView) -> AnyView {
    view! {
        <section class="record-section" aria-labelledby=id>
            <h2 id=id>{locale.text(title)}</h2>
            {content}
        </section>
    }
    .into_any()
}

/// A list of label / value pairs (the facts box at the top of a record page).
pub fn facts(locale: Locale, rows: Vec<(Key, AnyView)>) -> AnyView {
    view! {
        <dl class="facts">
            {rows.into_iter().map(|(label, value)| view! {
                <div><dt>{locale.text(label)}</dt><dd>{value}</dd></div>
            }).collect_view()}
        </dl>
    }
    .into_any()
}

/// A date span at its precision, or "date not given".
pub fn date_text(span: Option<&portal_core::model::DateSpan>, locale: Locale) -> String {
    match span {
        Some(span) => format_span(span, locale),
        None => locale.text(Key::ValueDateUnknown).to_string(),
    }
}

/// A date span as `<time>` elements that machines can read: one, or one per
/// end with the dash between (`<time datetime="2016-07-02">July 2</time> –
/// <time datetime="2016-07-05">5, 2016</time>`); "date not given" as text.
pub fn date_view(span: Option<&portal_core::model::DateSpan>, locale: Locale) -> AnyView {
    let Some(span) = span else {
        return view! { <span>{locale.text(Key::ValueDateUnknown)}</span> }.into_any();
    };
    match span_parts(span, locale) {
        SpanText::One(date) => view! { <time datetime=date.iso>{date.text}</time> }.into_any(),
        SpanText::Two { from, dash, to } => view! {
            <span>
                <time datetime=from.iso>{from.text}</time>
                {dash}
                <time datetime=to.iso>{to.text}</time>
            </span>
        }
        .into_any(),
    }
}

/// An official name in its own language, marked with that language (`lang`)
/// so that screen readers pronounce it and browsers pick a suitable font.
pub fn foreign_name(name: &str, lang: Option<&str>) -> AnyView {
    let lang = lang
        .map(str::to_string)
        .or_else(|| lang_of_name(name).map(str::to_string));
    view! { <span lang=lang>{name.to_string()}</span> }.into_any()
}

/// What the sources leave open about a record, when they do.
pub fn note(note: Option<&Localized>, locale: Locale) -> Option<AnyView> {
    note.map(|n| {
        view! {
            <div class="note" role="note">
                <h2>{locale.text(Key::FieldNote)}</h2>
                <p>{n.get(locale).to_string()}</p>
            </div>
        }
        .into_any()
    })
}

/// Topic names as tags, each a link to its topic's page (`/en/topics/biomedicine/`).
pub fn topic_tags(catalog: &Catalog, topics: &[String], locale: Locale) -> AnyView {
    view! {
        <ul class="tags">
            {topics.iter().filter_map(|id| catalog.topic(id)).map(|t| {
                view! { <li><a href=href(&Route::Topic(t.id.clone()), locale)>{t.name.get(locale).to_string()}</a></li> }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// The articles a record is drawn from, each linked to its entry on the sources page.
pub fn source_list(catalog: &Catalog, sources: &[String], locale: Locale) -> AnyView {
    let items = sources
        .iter()
        .filter_map(|id| catalog.source(id))
        .map(|source| {
            let target = format!("{}#{}", href(&Route::Sources, locale), source.id);
            let title = source.title.get(locale).to_string();
            // The article's own title, when the page's language shows another.
            let original = (source.original_title != title).then(|| {
                let lang = source.languages.first().cloned().unwrap_or_default();
                view! { <span class="muted">" · "<span lang=lang>{source.original_title.clone()}</span></span> }
            });
            view! {
                <li>
                    <a href=target>{title}</a>
                    {original}
                </li>
            }
        })
        .collect_view();
    section(
        Key::FieldSources,
        locale,
        "sources",
        view! { <ol class="source-list">{items}</ol> }.into_any(),
    )
}

/// Breadcrumbs from the home page to the current page.
pub fn breadcrumbs(locale: Locale, trail: Vec<(String, Option<Route>)>) -> AnyView {
    let last = trail.len().saturating_sub(1);
    view! {
        <nav class="breadcrumbs" aria-label=locale.text(Key::BreadcrumbLabel)>
            <ol>
                <li><a href=href(&Route::Home, locale)>{locale.text(Key::NavHome)}</a></li>
                {trail.into_iter().enumerate().map(|(i, (label, route))| match route {
                    Some(route) if i != last => view! { <li><a href=href(&route, locale)>{label}</a></li> }.into_any(),
                    _ => view! { <li aria-current="page">{label}</li> }.into_any(),
                }).collect_view()}
            </ol>
        </nav>
    }
    .into_any()
}

/// A number as the source qualifies it: `2 000`, `environ 230`, `400多`.
pub fn qualified_number(
    value: f64,
    qualifier: Option<portal_core::model::Qualifier>,
    locale: Locale,
) -> String {
    use portal_core::model::Qualifier;
    let number = portal_core::i18n::format_number(value, locale);
    match qualifier {
        None => number,
        Some(Qualifier::About) => locale.format(Key::ValueApproximate, &[("value", &number)]),
        Some(Qualifier::MoreThan) => locale.format(Key::ValueMoreThan, &[("value", &number)]),
    }
}

/// People with their role, each name a link to their page, as on park,
/// organisation, event and agreement pages.
pub fn people_list(people: &[&portal_core::model::Person], locale: Locale) -> AnyView {
    view! {
        <ul class="people">
            {people.iter().map(|p| view! {
                <li>
                    <a href=href(&Route::Person(p.id.clone()), locale)>{person_name(p, locale)}</a>
                    " — "{p.role.get(locale).to_string()}
                </li>
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// People under the organisation or park they come from, with its country
/// (`Catalog::by_affiliation`), as on event and agreement pages.
pub fn people_by_affiliation(
    catalog: &Catalog,
    people: &[&portal_core::model::Person],
    locale: Locale,
) -> AnyView {
    let groups = catalog.by_affiliation(people);
    view! {
        <div class="people-groups">
            {groups.into_iter().map(|group| {
                let heading = match group.affiliation {
                    Some(affiliation) => view! {
                        {record_link(catalog, affiliation, locale)}
                        // No-break spaces: the country stays with the name's last word.
                        {group.country.map(|code| format!("\u{A0}·\u{A0}{}", catalog.country_name(code, locale)))}
                    }.into_any(),
                    None => view! { {locale.text(Key::PeopleUnaffiliated)} }.into_any(),
                };
                view! {
                    <div class="people-group" data-group=group.country.unwrap_or("none").to_string()>
                        <h3 class="people-group__name">{heading}</h3>
                        {people_list(&group.people, locale)}
                    </div>
                }
            }).collect_view()}
        </div>
    }
    .into_any()
}

/// A person's name as `Person::name_in` writes it, the characters marked
/// as Chinese (`lang`) for screen readers and fonts.
pub fn person_name(person: &portal_core::model::Person, locale: Locale) -> AnyView {
    let native = || {
        let lang = lang_of_name(&person.native_name);
        view! { <span lang=lang>{person.native_name.clone()}</span> }
    };
    if person.native_name == person.latin_name || locale == Locale::Zh {
        native().into_any()
    } else {
        view! { {person.latin_name.clone()}" ("{native()}")" }.into_any()
    }
}
