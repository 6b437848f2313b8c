//! The one skeleton of the list pages (parks, organisations, agreements,
//! events): title and introduction, the filters with their counts (and the
//! undated records a range of years hides), the records shown as a CSV file,
//! the records of the current page or a word that none matches, the pager,
//! and the share panel.
//! Each list page gives only what is its own: which records, which filters,
//! in what order, and how one page of records looks.

use std::sync::Arc;

use leptos::prelude::*;
use portal_core::address::files::Table;
use portal_core::filters::{apply, page_of, undated_hidden, years, Filterable, Filters};
use portal_core::model::Dataset;
use portal_core::{Catalog, Key, Locale, Route};

use crate::components::filter_bar::{
    filter_bar, fold_toggle, none_match, pager, use_filters, Export, FacetChoices, Shown,
};
use crate::components::list_share_panel;
use crate::context::{t, use_locale};
use crate::data::use_catalog;

/// What makes one list page.
pub struct List<T: 'static> {
    /// The page's address, which its filters and pages keep.
    pub route: Route,
    pub title: Key,
    pub intro: Key,
    /// The records it lists.
    pub records: fn(&Dataset) -> &[T],
    /// The choices of each filter, over all its records given the filters in force.
    pub facets: fn(&[T], &Filters, &Catalog, Locale) -> Vec<FacetChoices>,
    /// Whether a range of years can be chosen.
    pub by_year: bool,
    /// Puts the filtered records in the list's order.
    pub order: fn(&mut Vec<&T>, &Catalog, Locale),
    /// One page of records, as the list shows them.
    pub show: fn(Vec<&T>, &Catalog, Locale) -> AnyView,
    /// Whether the records shown can be downloaded as CSV ([`csv_export`]):
    /// the lists whose filters choose among many records (agreements,
    /// events); the others' tables are on the open-data page.
    pub export: Option<Table>,
}

/// A list page. `before` goes between the introduction and the filters.
pub fn list_page<T: Filterable + Send + Sync>(list: List<T>, before: Option<AnyView>) -> AnyView {
    let catalog = use_catalog();
    // The export writes its file on a click, outside any rendering: with
    // this owner, the list's order reads its context (today's date) as here.
    let owner = Owner::current();
    let locale = use_locale();
    let filters = use_filters();
    // Whether a phone shows the filters: kept while they change.
    let unfolded = RwSignal::new(false);
    let List {
        route,
        title,
        intro,
        records,
        facets,
        by_year,
        order,
        show,
        export,
    } = list;
    let body = move || {
        let l = locale.get();
        let f = filters.get();
        let all = records(catalog.data());
        let mut shown = apply(all, &f, &catalog);
        order(&mut shown, &catalog, l);
        let choices = facets(all, &f, &catalog, l);
        let year_range = if by_year { years(all) } else { Vec::new() };
        let counts = Shown {
            shown: shown.len(),
            total: all.len(),
            undated_hidden: undated_hidden(all, &f, &catalog),
        };
        let export = export.map(|table| {
            let (catalog, f, owner) = (catalog.clone(), f.clone(), owner.clone());
            let shown_positions = move || {
                let positions = || {
                    let all = records(catalog.data());
                    let mut shown = apply(all, &f, &catalog);
                    order(&mut shown, &catalog, l);
                    shown
                        .into_iter()
                        .filter_map(|r| all.iter().position(|a| std::ptr::eq(a, r)))
                        .collect()
                };
                match &owner {
                    Some(owner) => owner.with(positions),
                    None => positions(),
                }
            };
            Export {
                table,
                list: title,
                total: all.len(),
                shown: Arc::new(shown_positions),
            }
        });
        let bar = view! {
            {fold_toggle(&f, unfolded, l)}
            <div class="filter-fold" class:filter-fold--unfolded=move || unfolded.get()>
                {filter_bar(route.clone(), l, &f, choices, year_range, counts, export)}
            </div>
        };
        if shown.is_empty() {
            return view! { {bar} {none_match(l)} }.into_any();
        }
        let (page_records, page, pages) = page_of(shown, f.page);
        view! {
            {bar}
            {show(page_records, &catalog, l)}
            {pager(&route, l, &f, page, pages)}
        }
        .into_any()
    };
    view! {
        <h1 tabindex="-1">{t(title)}</h1>
        <p class="lead">{t(intro)}</p>
        {before}
        {body}
        {move || list_share_panel(locale.get(), &filters.get())}
    }
    .into_any()
}

/// Records as a table: a header row of column names, then `rows`, each a
/// `<th scope="row">` (the record) and one `<td data-label=…>` per column, the
/// label that column's name: phones show each row as a card, every value
/// beside its label (`style/main.css`), where columns would squeeze the text.
pub fn records_table(
    list: &'static str,
    columns: &[(Key, bool)],
    rows: AnyView,
    l: Locale,
) -> AnyView {
    let header = columns
        .iter()
        .map(|(key, number)| {
            view! { <th scope="col" class=number.then_some("number")>{l.text(*key)}</th> }
        })
        .collect_view();
    view! {
        <div class="table-wrap">
            <table class="records" data-list=list>
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}
