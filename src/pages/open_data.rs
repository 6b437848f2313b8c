//! `/{lang}/data/`: what the dataset is, its JSON and CSV downloads with
//! their record counts, the calendars, the licence and a word on the fields.
//! Nothing on it runs: its text is drawn at build time, and the app shows it
//! from the page file (`components::page_text`).

use leptos::prelude::*;

use crate::components::page_text::page_text;
use crate::context::{t, use_locale};
use portal_core::Key;

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let locale = use_locale();
    let text = move || {
        let l = locale.get();
        #[cfg(not(target_arch = "wasm32"))]
        let text = page_text(|| text(l));
        #[cfg(target_arch = "wasm32")]
        let text = page_text(&portal_core::Route::OpenData, l);
        text
    };
    view! {
        <h1 tabindex="-1">{t(Key::OpenDataTitle)}</h1>
        {text}
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn text(l: portal_core::Locale) -> AnyView {
    use crate::components::events_calendar_link;
    use crate::context::{href, use_base};
    use crate::data::use_catalog;
    use portal_core::address::files::{self, Table};
    use portal_core::csv::Separator;
    use portal_core::i18n::format_count;
    use portal_core::Route;
    let catalog = use_catalog();
    let base = use_base();
    {
        let data = catalog.data();
        let rows = Table::ALL
            .into_iter()
            .map(|table| {
                let count = table.count(data);
                let file = table.file_name();
                let semicolon = table.file_name_for(Separator::Semicolon);
                view! {
                    <tr data-table=table.name() data-count=count.to_string()>
                        <th scope="row">{l.text(table.label())}</th>
                        <td class="number" data-label=l.text(Key::OpenDataColumnCount)>{format_count(count, l)}</td>
                        <td data-label=l.text(Key::OpenDataColumnFile)>
                            <a href=base.join(&table.path()) download=file.clone() type="text/csv">
                                {file.clone()}
                            </a>
                        </td>
                        <td data-label=l.text(Key::OpenDataColumnSemicolon)>
                            <a href=base.join(&table.path_for(Separator::Semicolon)) download=semicolon.clone() type="text/csv" data-separator="semicolon">
                                {semicolon.clone()}
                            </a>
                        </td>
                    </tr>
                }
            })
            .collect_view();
        let sources = data
            .sources
            .iter()
            .map(|source| {
                let target = format!("{}#{}", href(&Route::Sources, l), source.id);
                let publisher = match &source.publisher {
                    Some(p) => p.get(l).to_string(),
                    None => l.text(Key::OpenDataPublisherUnknown).to_string(),
                };
                view! {
                    <li data-source=source.id.clone()>
                        <a href=target>{source.title.get(l).to_string()}</a>
                        <span class="muted">" — "{publisher}</span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="lead">{l.text(Key::OpenDataIntro)}</p>
            <div class="open-data">
                <section aria-labelledby="about">
                    <h2 id="about">{l.text(Key::OpenDataAboutTitle)}</h2>
                    <p>{l.text(Key::OpenDataAbout)}</p>
                </section>
                <section aria-labelledby="downloads" data-section="downloads">
                    <h2 id="downloads">{l.text(Key::OpenDataDownloadsTitle)}</h2>
                    <p class="download-json">
                        <a class="button" href=base.join(files::DATASET) download="portal.json" type="application/json" data-download="json">
                            {l.text(Key::OpenDataJsonLink)}
                        </a>
                        " "
                        <span class="muted">{l.text(Key::OpenDataJsonDetail)}</span>
                    </p>
                    <p>
                        {l.text(Key::OpenDataSchemaIntro)}" "
                        // A file, not a page of the app: with a target, the
                        // router leaves the click to the browser.
                        <a href=base.join(files::DATASET_SCHEMA) type="application/schema+json" target="_self" data-download="schema">
                            {l.text(Key::OpenDataSchemaLink)}
                        </a>
                    </p>
                    <p>{l.text(Key::OpenDataCsvIntro)}</p>
                    <div class="table-wrap">
                        <table class="records" data-list="downloads">
                            <thead>
                                <tr>
                                    <th scope="col">{l.text(Key::OpenDataColumnTable)}</th>
                                    <th scope="col" class="number">{l.text(Key::OpenDataColumnCount)}</th>
                                    <th scope="col">{l.text(Key::OpenDataColumnFile)}</th>
                                    <th scope="col">{l.text(Key::OpenDataColumnSemicolon)}</th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                    <p>{l.text(Key::OpenDataCsvSemicolon)}</p>
                    <p class="download-calendar">
                        {l.text(Key::OpenDataCalendar)}" "{events_calendar_link(l)}
                    </p>
                </section>
                {licence(l, sources)}
                <section aria-labelledby="fields">
                    <h2 id="fields">{l.text(Key::OpenDataFieldsTitle)}</h2>
                    <p>{l.text(Key::OpenDataFields)}</p>
                </section>
            </div>
        }
        .into_any()
    }
}

/// The dataset's licence, and the source articles it does not cover.
#[cfg(not(target_arch = "wasm32"))]
fn licence(l: portal_core::Locale, sources: impl IntoView) -> impl IntoView {
    view! {
        <section aria-labelledby="licence" data-section="licence">
            <h2 id="licence">{l.text(Key::OpenDataLicenceTitle)}</h2>
            <p>{l.text(Key::OpenDataLicence)}</p>
            <p>
                <a rel="license noopener noreferrer" href=l.text(Key::OpenDataLicenceUrl)>{l.text(Key::OpenDataLicenceLink)}</a>
            </p>
            <p>{l.text(Key::OpenDataCredit)}</p>
            <p>{l.text(Key::OpenDataSourcesRights)}</p>
            <ul class="link-list" data-list="source-rights">{sources}</ul>
        </section>
    }
}
