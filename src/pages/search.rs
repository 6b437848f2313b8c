use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use wasm_bindgen::JsCast;

use crate::components::record::{record_name, route_of};
use crate::context::{href, t, use_locale};
use crate::data::use_catalog;
use portal_core::address::route::{query_string, MAIN_NAVIGATION};
use portal_core::search::{Hit, Snippet};
use portal_core::vocabulary::language_name;
use portal_core::Catalog;
use portal_core::RecordKind;
use portal_core::Route;
use portal_core::{Key, Locale};

/// The most results shown per query.
const MAX_RESULTS: usize = 200;

/// `/{lang}/search/?q=…`: results for the query in the address, grouped by
/// type, with the matching text highlighted. Typing updates the address, so a
/// search can be shared.
#[component]
pub fn SearchPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let params = use_query_map();
    let query = Memo::new(move |_| params.read().get("q").unwrap_or_default());
    let navigate = use_navigate();
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let target = format!(
            "{}?{}",
            Route::Search.path(locale.get_untracked()),
            query_string([("q", value)])
        );
        navigate(
            &target,
            NavigateOptions {
                replace: true,
                scroll: false,
                ..Default::default()
            },
        );
    };
    // The index is built on first use: start when the field gets the focus.
    let warm_index = {
        let catalog = catalog.clone();
        move |_| {
            catalog.search_index();
        }
    };
    let results = move || {
        let l = locale.get();
        let q = query.get();
        if q.trim().is_empty() {
            return view! { <p class="muted">{l.text(Key::SearchEmpty)}</p> }.into_any();
        }
        let hits = catalog.search_index().search(&q, l, MAX_RESULTS);
        results_view(&catalog, &hits, &q, l)
    };
    view! {
        // The heading too: a search from the header lands on it.
        <h1 tabindex="-1" on:keydown=move_through_results>{t(Key::SearchTitle)}</h1>
        <p class="lead needs-script">{t(Key::SearchIntro)}</p>
        // Page files only: where scripts run the stylesheet hides it.
        {cfg!(not(target_arch = "wasm32")).then(|| without_scripts(locale.get_untracked()))}
        <div class="search-page__box needs-script" role="search" aria-label=t(Key::SearchPageLabel)>
            <label for="search-page-input" class="visually-hidden">{t(Key::SearchLabel)}</label>
            <input id="search-page-input" type="search" autocomplete="off" spellcheck="false"
                prop:value=move || query.get()
                placeholder=t(Key::SearchPlaceholder)
                // The keyboard tip describes the box where there is a keyboard
                // (the page file, without scripts, always names it).
                aria-describedby=(!crate::browser::touch_only()).then_some("search-hint")
                on:input=on_input
                on:focus=warm_index
                on:keydown=move_through_results/>
            <p id="search-hint" class="muted search-hint">{t(Key::SearchKeyboardHint)}</p>
        </div>
        <div class="search-results needs-script" data-list="search" on:keydown=move_through_results>{results}</div>
    }
}

/// What the page file says where scripts do not run (the stylesheet shows it
/// only there): search runs in the browser; the sections and the topic pages
/// lead to every record.
fn without_scripts(l: Locale) -> impl IntoView {
    let sections = MAIN_NAVIGATION
        .into_iter()
        .filter(|(route, _)| *route != Route::Home)
        .chain([
            (Route::Topics, Key::TopicsNav),
            (Route::People, Key::PeopleNav),
        ])
        .map(|(route, label)| view! { <li><a href=href(&route, l)>{l.text(label)}</a></li> })
        .collect_view();
    view! {
        <div class="without-script notice" data-without-script="search">
            <p>{l.text(Key::SearchNoScript)}</p>
            <ul class="tags">{sections}</ul>
        </div>
    }
}

fn results_view(catalog: &Catalog, hits: &[Hit], query: &str, l: Locale) -> AnyView {
    if hits.is_empty() {
        return view! {
            <p class="notice" role="status" data-state="no-results">{l.format(Key::SearchNoResults, &[("query", query)])}</p>
        }
        .into_any();
    }
    let count = l.plural(Key::SearchResults, hits.len(), &[("query", query)]);
    let groups = [
        (RecordKind::Park, Key::NavParks),
        (RecordKind::Organisation, Key::NavOrganisations),
        (RecordKind::Agreement, Key::NavAgreements),
        (RecordKind::Event, Key::NavEvents),
        (RecordKind::Person, Key::SearchPeople),
    ];
    let sections = groups
        .into_iter()
        .filter_map(|(kind, heading)| {
            let in_group: Vec<&Hit> = hits.iter().filter(|h| h.kind == kind).collect();
            (!in_group.is_empty()).then(|| {
                view! {
                    <section class="search-group" data-group=kind.code()>
                        <h2>{l.text(heading)}" "<span class="muted">"("{in_group.len()}")"</span></h2>
                        <ul class="summary-list">
                            {in_group.into_iter().map(|hit| hit_view(catalog, hit, l)).collect_view()}
                        </ul>
                    </section>
                }
            })
        })
        .collect_view();
    view! {
        <p role="status" class="search-count">{count}</p>
        {sections}
    }
    .into_any()
}

fn hit_view(catalog: &Catalog, hit: &Hit, l: Locale) -> impl IntoView {
    let name = record_name(catalog, hit.record(), l);
    let target = route_of(hit.record()).map(|route| href(&route, l));
    // A match in the name as shown is highlighted in the name itself; any
    // other match gets a line of its own under the name, saying which of the
    // portal's other languages it is in.
    let in_name = hit.snippet.as_ref().is_some_and(|s| s.text == name);
    let title = match &hit.snippet {
        Some(snippet) if in_name => marked(snippet).into_any(),
        _ => view! { {name} }.into_any(),
    };
    let detail = hit.snippet.as_ref().filter(|_| !in_name).map(|snippet| {
        let found_in = snippet
            .locale
            .filter(|other| *other != l)
            .and_then(|other| language_name(other.code()))
            .map(|key| l.format(Key::SearchFoundIn, &[("language", l.text(key))]));
        view! {
            <p class="summary__detail">
                {marked(snippet)}
                {found_in.map(|f| view! { " " <span class="muted">"("{f}")"</span> })}
            </p>
        }
    });
    // Found through a party, a city or a place: say which.
    let reason = hit.reason.as_ref().map(|reason| {
        view! { <p class="summary__detail" data-reason=reason.relation.name()>{marked(&reason.text)}</p> }
    });
    view! {
        <li class="summary search-hit">
            <h3>
                {match target {
                    Some(target) => view! { <a href=target data-result="">{title}</a> }.into_any(),
                    None => view! { <span>{title}</span> }.into_any(),
                }}
            </h3>
            {reason}
            {detail}
        </li>
    }
}

/// The snippet as text with `<mark>` around the matches, in its own language.
fn marked(snippet: &Snippet) -> impl IntoView {
    let text = &snippet.text;
    let mut parts = Vec::new();
    let mut at = 0;
    for mark in &snippet.marks {
        if mark.start > at {
            parts.push(view! { {text[at..mark.start].to_string()} }.into_any());
        }
        parts.push(view! { <mark>{text[mark.clone()].to_string()}</mark> }.into_any());
        at = mark.end;
    }
    if at < text.len() {
        parts.push(view! { {text[at..].to_string()} }.into_any());
    }
    let lang = snippet.locale.map(Locale::html_lang);
    view! { <span lang=lang>{parts}</span> }
}

/// ↓ and ↑ move the focus through the result links (from the search box or
/// the heading, ↓ goes to the first); Escape leaves the results for the search
/// box, and in the box clears it (as the keyboard tip says).
fn move_through_results(ev: leptos::ev::KeyboardEvent) {
    let step: i32 = match ev.key().as_str() {
        "ArrowDown" => 1,
        "ArrowUp" => -1,
        "Escape" => return back_to_the_box(&ev),
        _ => return,
    };
    let Ok(links) = document().query_selector_all("a[data-result]") else {
        return;
    };
    let links: Vec<web_sys::HtmlElement> = (0..links.length())
        .filter_map(|i| links.item(i)?.dyn_into().ok())
        .collect();
    if links.is_empty() {
        return;
    }
    let active = document().active_element();
    let current = links.iter().position(|a| {
        active
            .as_ref()
            .is_some_and(|el| el == a.unchecked_ref::<web_sys::Element>())
    });
    let next = match current {
        None if step > 0 => Some(0),
        None => None,
        Some(i) => {
            let j = i as i32 + step;
            (0..links.len() as i32).contains(&j).then_some(j as usize)
        }
    };
    if let Some(next) = next {
        ev.prevent_default();
        let _ = links[next].focus();
    } else if step < 0 && current == Some(0) {
        ev.prevent_default();
        if let Some(input) = search_field() {
            let _ = input.focus();
        }
    }
}

fn search_field() -> Option<web_sys::HtmlInputElement> {
    document()
        .get_element_by_id("search-page-input")?
        .dyn_into()
        .ok()
}

/// Escape: from the results or the heading, to the search box; in the box,
/// empties it, as if the visitor had deleted the text (the address and the
/// results follow), the same in every browser.
fn back_to_the_box(ev: &leptos::ev::KeyboardEvent) {
    let Some(input) = search_field() else {
        return;
    };
    let in_box = document().active_element().as_ref() == Some(input.unchecked_ref());
    if !in_box {
        ev.prevent_default();
        let _ = input.focus();
    } else if !input.value().is_empty() {
        ev.prevent_default();
        input.set_value("");
        crate::browser::dispatch_change(&input, "input");
    }
}
