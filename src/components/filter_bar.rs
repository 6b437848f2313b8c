use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use portal_core::Vocabulary;

use crate::app::href;
use portal_core::address::route::query_string;
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

/// Selects for each facet and the year range; a change opens the filtered
/// list at its own address (so the view can be shared and the back button
/// undoes it).
pub fn filter_bar(
    route: Route,
    locale: Locale,
    filters: &Filters,
    facets: Vec<FacetChoices>,
    years: Vec<i32>,
    shown: usize,
    total: usize,
) -> impl IntoView {
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
    let year_select = |key: Key,
                       id: &'static str,
                       current: Option<i32>,
                       set: fn(&mut Filters, Option<i32>)| {
        let filters = filters.clone();
        let open = open.clone();
        let years = years.clone();
        view! {
            <div class="filter filter--year">
                <label for=id>{l.text(key)}</label>
                <select id=id name=id on:change=move |ev| {
                    let mut next = Filters { page: None, ..filters.clone() };
                    set(&mut next, event_target_value(&ev).parse().ok());
                    open(next);
                }>
                    <option value="" selected=current.is_none()>{l.text(Key::FiltersAnyYear)}</option>
                    {years.into_iter().map(|y| view! { <option value=y.to_string() selected=current == Some(y)>{y.to_string()}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    let year_range = (!years.is_empty()).then(|| {
        view! {
            {year_select(Key::FiltersFrom, "from", filters.from, |f, y| f.from = y)}
            {year_select(Key::FiltersTo, "to", filters.to, |f, y| f.to = y)}
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
        <form class="filters" aria-label=l.text(Key::FiltersLabel) on:submit=|ev| ev.prevent_default()>
            {selects}
            {year_range}
            {clear}
        </form>
        <p class="filters__count" role="status" aria-live="polite" data-shown=shown>
            {l.plural(Key::FiltersShown, shown, &[("total", &format_count(total, l))])}
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
