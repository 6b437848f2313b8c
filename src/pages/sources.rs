use leptos::prelude::*;

use crate::components::filter_bar::{pager, use_filters};
use crate::components::record::{facts, note, record_links};
use crate::context::{t, use_locale};
use crate::data::use_catalog;
use portal_core::dates::format_date;
use portal_core::filters::page_of;
use portal_core::vocabulary::language_name;
use portal_core::Key;
use portal_core::Route;

/// `/{lang}/sources`: every source article and the records drawn from it.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    let filters = use_filters();
    let list = move || {
        let l = locale.get();
        let f = filters.get();
        // In pages, like the other lists: each source lists its records.
        let (sources, page, pages) = page_of(catalog.data().sources.iter().collect(), f.page);
        let articles = sources
            .into_iter()
            .map(|source| {
                let languages = source
                    .languages
                    .iter()
                    .filter_map(|code| language_name(code))
                    .map(|k| l.text(k))
                    .collect::<Vec<_>>()
                    .join(", ");
                let lang = source.languages.first().cloned().unwrap_or_default();
                let mut rows = vec![(
                    Key::FieldOriginalTitle,
                    view! { <span lang=lang>{source.original_title.clone()}</span> }.into_any(),
                )];
                if let Some(publisher) = &source.publisher {
                    rows.push((
                        Key::FieldPublisher,
                        view! { {publisher.get(l).to_string()} }.into_any(),
                    ));
                }
                if let Some(date) = &source.date {
                    rows.push((
                        Key::FieldPublished,
                        view! { {format_date(date, l)} }.into_any(),
                    ));
                }
                rows.push((Key::FieldLanguage, view! { {languages} }.into_any()));
                // The dataset has no field for an article's address: none of
                // the articles as kept carries one, and a reader should not
                // look for a link that cannot be there.
                rows.push((
                    Key::SourceAddress,
                    view! { <span data-address="missing">{l.text(Key::SourceAddressMissing)}</span> }.into_any(),
                ));
                let records = catalog.records_citing(&source.id);
                view! {
                    <article class="source" id=source.id.clone() data-id=source.id.clone()>
                        <h2>{source.title.get(l).to_string()}</h2>
                        {facts(l, rows)}
                        {note(source.note.as_ref(), l)}
                        <h3>{l.text(Key::FieldRecords)}</h3>
                        {record_links(&catalog, records, l)}
                    </article>
                }
            })
            .collect_view();
        view! { {articles} {pager(&Route::Sources, l, &f, page, pages)} }
    };
    view! {
        <h1 tabindex="-1">{t(Key::SourcesTitle)}</h1>
        <p class="lead">{t(Key::SourcesIntro)}</p>
        <div data-list="sources">{list}</div>
    }
}
