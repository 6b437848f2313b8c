use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use portal_core::Vocabulary;

use crate::context::{href, use_base};
use portal_core::address::files::Table;
use portal_core::address::route::query_string;
use portal_core::csv::Separator;
use portal_core::filters::{counts, most_frequent, Facet, Filterable, Filters, MAX_FACET_VALUES};
use portal_core::i18n::format_count;
use portal_core::Catalog;
use portal_core::Route;
use portal_core::{Key, Locale};

/// The filters in the current address's query.
pub fn use_filters() -> Memo<Filters> {
    let params = use_query_map();
    Memo::new(move |_| params.with(|p| Filters::from_query(|key| p.get(key))))
}

/// The choices of one facet: its label and each value with its label and count.
pub struct FacetChoices {
    pub facet: Facet,
    pub label: Key,
    pub options: Vec<(String, String, usize)>,
    /// Values not offered, beyond the [`MAX_FACET_VALUES`] most frequent.
    pub left_out: usize,
}

impl FacetChoices {
    /// The choices of `facet` over `records` given the other filters in
    /// force: its most frequent values, each named by `name`, in the
    /// language's collation order.
    fn new<T: Filterable>(
        records: &[T],
        filters: &Filters,
        catalog: &Catalog,
        (facet, label): (Facet, Key),
        name: impl Fn(&str) -> String,
        l: Locale,
    ) -> FacetChoices {
        let all = counts(records, filters, facet, catalog);
        let (kept, left_out) = most_frequent(all, MAX_FACET_VALUES, filters.get(facet));
        let mut options: Vec<(String, String, usize)> = kept
            .into_iter()
            .map(|(value, count)| {
                let label = name(&value);
                (value, label, count)
            })
            .collect();
        portal_core::ordering::sort_by(&mut options, |a, b| catalog.compare_names(&a.1, &b.1, l));
        FacetChoices {
            facet,
            label,
            options,
            left_out,
        }
    }
}

/// The list as filtered, as a CSV file: the published table's rows for the
/// records shown, made when a visitor asks for it.
pub struct Export {
    /// The table of the list's records; its reading version in the page's
    /// language is what the links name without scripts.
    pub table: Table,
    /// The list's name, which names the file.
    pub list: Key,
    /// How many records the table has (the dataset's).
    pub total: usize,
    /// The places in the dataset of the records the filters show, in the list's order.
    pub shown: Arc<dyn Fn() -> Vec<usize> + Send + Sync>,
}

/// What the list shows: how many records of how many, and how many undated
/// ones its range of years hides.
pub struct Shown {
    pub shown: usize,
    pub total: usize,
    pub undated_hidden: usize,
}

/// Selects for each facet and the year range; a change opens the filtered
/// list at its own address (so the view can be shared and the back button
/// undoes it). Below them, what they show, and its export.
pub fn filter_bar(
    route: Route,
    locale: Locale,
    filters: &Filters,
    facets: Vec<FacetChoices>,
    years: Vec<i32>,
    counts: Shown,
    export: Option<Export>,
) -> impl IntoView {
    // Page files only: where scripts run the stylesheet hides it, so the app
    // does not draw it (nor carry its code).
    #[cfg(not(target_arch = "wasm32"))]
    let without_scripts = Some(without_scripts(&facets, locale).into_any());
    #[cfg(target_arch = "wasm32")]
    let without_scripts: Option<AnyView> = None;
    let Shown {
        shown,
        total,
        undated_hidden,
    } = counts;
    let l = locale;
    let navigate = use_navigate();
    let open = {
        let route = route.clone();
        move |next: Filters| {
            let query = query_string(next.to_pairs());
            let path = route.path(l);
            let target = if query.is_empty() {
                path
            } else {
                format!("{path}?{query}")
            };
            navigate(
                &target,
                NavigateOptions {
                    scroll: false,
                    ..Default::default()
                },
            );
        }
    };
    let selects = facets
        .into_iter()
        .map(|choices| {
            let facet = choices.facet;
            let current = filters.get(facet).map(str::to_string);
            let filters = filters.clone();
            let open = open.clone();
            let id = format!("filter-{}", facet.key());
            view! {
                <div class="filter">
                    <label for=id.clone()>{l.text(choices.label)}</label>
                    <select id=id name=facet.key() on:change=move |ev| {
                        let value = event_target_value(&ev);
                        open(filters.with(facet, (!value.is_empty()).then_some(value)));
                    }>
                        <option value="" selected=current.is_none()>{l.text(Key::FiltersAll)}</option>
                        {choices.options.into_iter().map(|(value, label, count)| {
                            let selected = current.as_deref() == Some(value.as_str());
                            view! { <option value=value selected=selected>{format!("{label} ({count})")}</option> }
                        }).collect_view()}
                        {(choices.left_out > 0).then(|| view! {
                            <option disabled>{l.plural(Key::FiltersMoreValues, choices.left_out, &[])}</option>
                        })}
                    </select>
                </div>
            }
        })
        .collect_view();
    // A range chosen the wrong way round is put in order (`with_years`).
    let year_select = |key: Key,
                       id: &'static str,
                       current: Option<i32>,
                       set: fn(&Filters, Option<i32>) -> Filters| {
        let filters = filters.clone();
        let open = open.clone();
        let years = years.clone();
        view! {
            <div class="filter filter--year">
                <label for=id>{l.text(key)}</label>
                <select id=id name=id on:change=move |ev| {
                    open(set(&filters, event_target_value(&ev).parse().ok()));
                }>
                    <option value="" selected=current.is_none()>{l.text(Key::FiltersAnyYear)}</option>
                    {years.into_iter().map(|y| view! { <option value=y.to_string() selected=current == Some(y)>{y.to_string()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let year_range = (!years.is_empty()).then(|| {
        view! {
            // One year, or a range: a year is the range from it to itself.
            {year_select(Key::FiltersYear, "year", filters.single_year(), |f, y| f.with_years(y, y))}
            {year_select(Key::FiltersFrom, "from", filters.from, |f, y| f.with_years(y, f.to))}
            {year_select(Key::FiltersTo, "to", filters.to, |f, y| f.with_years(f.from, y))}
        }
    });
    // Clearing removes this link with the filters: the focus goes to the
    // first filter, not back to the top of the page.
    let clear = (!filters.is_empty()).then(|| {
        view! {
            <a class="filters__clear" href=href(&route, l)
                on:click=|_| request_animation_frame(|| crate::browser::focus_first("form.filters select"))>
                {l.text(Key::FiltersClear)}
            </a>
        }
    });
    view! {
        {without_scripts}
        <form id="filters" class="filters needs-script" aria-label=l.text(Key::FiltersLabel) on:submit=|ev| ev.prevent_default()>
            {selects}
            {year_range}
            {clear}
        </form>
        <p class="filters__count needs-script" role="status" aria-live="polite" data-shown=shown>
            {l.plural(Key::FiltersShown, shown, &[("total", &format_count(total, l))])}
        </p>
        {years_note(filters, undated_hidden, l)}
        {export
            .filter(|_| shown > 0)
            .map(|export| export_links(export, shown, !filters.is_empty(), l))}
    }
}

/// On a phone, the filters are folded behind this button, which says how
/// many are in force, so that the list starts on the first screen; wider
/// screens show the filters and not the button (`style/main.css`). The
/// filter bar goes after it, in a `.filter-fold` that `unfolded` opens.
pub fn fold_toggle(filters: &Filters, unfolded: RwSignal<bool>, l: Locale) -> impl IntoView {
    let active = filters.active_count();
    let label = if active == 0 {
        l.text(Key::FiltersToggle).to_string()
    } else {
        l.plural(Key::FiltersToggleActive, active, &[])
    };
    view! {
        <button type="button" class="button filters-toggle needs-script" aria-controls="filters"
            aria-expanded=move || if unfolded.get() { "true" } else { "false" }
            on:click=move |_| unfolded.update(|open| *open = !*open)>
            {label}
        </button>
    }
}

/// What a page file offers instead of the filters where scripts do not run
/// (the stylesheet shows it only there): the topic pages and the park pages
/// of the list's records, which hold what the filters would have shown.
#[cfg(not(target_arch = "wasm32"))]
fn without_scripts(facets: &[FacetChoices], l: Locale) -> impl IntoView {
    let links = |facet: Facet, title: Key, route: fn(String) -> Route| {
        facets.iter().find(|c| c.facet == facet).map(|choices| {
            let items = choices
                .options
                .iter()
                .map(|(value, label, count)| {
                    view! { <li><a href=href(&route(value.clone()), l)>{format!("{label} ({count})")}</a></li> }
                })
                .collect_view();
            // Folded: on a phone, dozens of links would push the list off the first screen.
            view! {
                <details>
                    <summary>{l.plural(title, choices.options.len(), &[])}</summary>
                    <ul class="tags">{items}</ul>
                </details>
            }
        })
    };
    view! {
        <div class="without-script notice" data-without-script="filters">
            <p>{l.text(Key::FiltersNoScript)}</p>
            {links(Facet::Topic, Key::FiltersNoScriptTopics, Route::Topic)}
            {links(Facet::Park, Key::FiltersNoScriptParks, Route::Park)}
        </div>
    }
}

/// What the range of years did beyond choosing: put its ends in order, hide
/// the undated records. Announced like the count, since a visitor who hears
/// "3 of 7" should hear why.
fn years_note(filters: &Filters, undated_hidden: usize, l: Locale) -> Option<AnyView> {
    let swapped = filters.swapped.then(|| {
        let year = |y: Option<i32>| y.map(|y| y.to_string()).unwrap_or_default();
        view! {
            <span data-note="swapped">
                {l.format(Key::FiltersYearsSwapped, &[("from", &year(filters.from)), ("to", &year(filters.to))])}
            </span>
        }
    });
    let undated = (undated_hidden > 0).then(|| {
        view! {
            <span data-note="undated" data-count=undated_hidden>
                {l.plural(Key::FiltersUndatedHidden, undated_hidden, &[])}
            </span>
        }
    });
    let space = (swapped.is_some() && undated.is_some()).then_some(" ");
    (filters.swapped || undated_hidden > 0).then(|| {
        view! { <p class="filters__note" role="status" aria-live="polite">{swapped}{space}{undated}</p> }
            .into_any()
    })
}

/// Links to the records shown as CSV, with commas and with semicolons, in
/// the page's language (`csv::reading_table`). They name the published
/// reading tables, which is what a page without scripts can offer (the whole
/// list, which it shows); with the app, a click downloads that table's rows
/// for the records the filters show, in their order, or says why it cannot.
fn export_links(export: Export, shown: usize, filtered: bool, l: Locale) -> impl IntoView {
    let base = use_base();
    let Export {
        table,
        list,
        total,
        shown: positions,
    } = export;
    let failed = RwSignal::new(false);
    let link = move |separator: Separator, label: Key| {
        let published = base.join(&table.reading_path(l, separator));
        let mut file = l.text(list).to_string();
        if filtered {
            file = l.format(Key::FiltersExportFile, &[("list", &file)]);
        }
        if separator == Separator::Semicolon {
            file = l.format(Key::FiltersExportFileSemicolon, &[("name", &file)]);
        }
        let file = format!("{file}.csv");
        let positions = positions.clone();
        let kind = match separator {
            Separator::Comma => "comma",
            Separator::Semicolon => "semicolon",
        };
        let (url, name) = (published.clone(), file.clone());
        view! {
            <a href=published download=file type="text/csv" data-export=kind on:click=move |ev| {
                ev.prevent_default();
                failed.set(false);
                let (url, name, positions) = (url.clone(), name.clone(), positions());
                #[cfg(target_arch = "wasm32")]
                leptos::task::spawn_local(async move {
                    let table = crate::loader::fetch_text(&url).await.ok();
                    match table.and_then(|t| portal_core::csv::select_rows_at(&t, &positions, total)) {
                        Some(file) => crate::browser::download(&name, &file),
                        None => failed.set(true),
                    }
                });
                #[cfg(not(target_arch = "wasm32"))]
                let _ = (url, name, positions, total);
            }>{l.text(label)}</a>
        }
    };
    view! {
        <p class="filters__export">
            {l.plural(Key::FiltersExport, shown, &[])}" "
            {link(Separator::Comma, Key::FiltersExportCsv)}
            // A no-break space keeps the dot with the first link when the line wraps.
            "\u{A0}· "
            {link(Separator::Semicolon, Key::FiltersExportSemicolon)}
            <span class="filters__export-status" role="status">
                {move || failed.get().then(|| format!(" {}", l.text(Key::FiltersExportFailed)))}
            </span>
        </p>
    }
}

/// The label of a vocabulary value named in an address (`sister-parks`), or the value itself.
pub fn vocabulary_label<V: Vocabulary>(value: &str, locale: Locale) -> String {
    V::from_key(value).map_or_else(|| value.to_string(), |v| locale.text(v.label()).to_string())
}

/// "No record matches these filters."
pub fn none_match(locale: Locale) -> AnyView {
    view! { <p class="notice" data-state="no-match">{locale.text(Key::FiltersNoneMatch)}</p> }
        .into_any()
}

/// Links to the previous and next pages of a long list, keeping its filters.
pub fn pager(
    route: &Route,
    locale: Locale,
    filters: &Filters,
    page: usize,
    pages: usize,
) -> Option<AnyView> {
    if pages <= 1 {
        return None;
    }
    let l = locale;
    let link = |to: usize| {
        let query = query_string(
            Filters {
                page: Some(to),
                ..filters.clone()
            }
            .to_pairs(),
        );
        let path = href(route, l);
        if query.is_empty() {
            path
        } else {
            format!("{path}?{query}")
        }
    };
    let previous = (page > 1)
        .then(|| view! { <a rel="prev" href=link(page - 1)>{l.text(Key::FiltersPrevious)}</a> });
    let next = (page < pages)
        .then(|| view! { <a rel="next" href=link(page + 1)>{l.text(Key::FiltersNext)}</a> });
    Some(
        view! {
            <nav class="pager" aria-label=l.text(Key::FiltersPagesLabel)>
                {previous}
                <span aria-current="page">{l.format(Key::FiltersPageOf, &[("page", &page.to_string()), ("pages", &pages.to_string())])}</span>
                {next}
            </nav>
        }
        .into_any(),
    )
}

/// The country choices of a list: each country named in the visitor's language.
pub fn country_facet<T: Filterable>(
    records: &[T],
    filters: &Filters,
    catalog: &Catalog,
    l: Locale,
) -> FacetChoices {
    let name = |code: &str| catalog.country_name(code, l).to_string();
    FacetChoices::new(
        records,
        filters,
        catalog,
        (Facet::Country, Key::FiltersCountry),
        name,
        l,
    )
}

/// The park choices of a list (the parks its records' parties stand for):
/// each park by its name in the visitor's language.
pub fn park_facet<T: Filterable>(
    records: &[T],
    filters: &Filters,
    catalog: &Catalog,
    l: Locale,
) -> FacetChoices {
    let name = |id: &str| {
        catalog
            .park(id)
            .map_or(id.to_string(), |park| park.name.get(l).to_string())
    };
    FacetChoices::new(
        records,
        filters,
        catalog,
        (Facet::Park, Key::FiltersPark),
        name,
        l,
    )
}

/// The topic choices of a list: each topic by its name in the visitor's language.
pub fn topic_facet<T: Filterable>(
    records: &[T],
    filters: &Filters,
    catalog: &Catalog,
    l: Locale,
) -> FacetChoices {
    let name = |id: &str| {
        catalog
            .topic(id)
            .map_or(id.to_string(), |t| t.name.get(l).to_string())
    };
    FacetChoices::new(
        records,
        filters,
        catalog,
        (Facet::Topic, Key::FiltersTopic),
        name,
        l,
    )
}

/// The choices of a vocabulary facet (a kind or a format), labelled by `label`.
pub fn vocabulary_facet<T: Filterable, V: Vocabulary>(
    records: &[T],
    filters: &Filters,
    facet: Facet,
    catalog: &Catalog,
    l: Locale,
) -> FacetChoices {
    let key = if facet == Facet::Format {
        Key::FiltersFormat
    } else {
        Key::FiltersKind
    };
    FacetChoices::new(
        records,
        filters,
        catalog,
        (facet, key),
        |v| vocabulary_label::<V>(v, l),
        l,
    )
}
