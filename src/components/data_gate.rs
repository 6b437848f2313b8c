use std::sync::Arc;

use leptos::prelude::*;

use crate::app::{t, use_locale};
use crate::data::Catalog;
use crate::i18n::Key;
use crate::loader::{fetch_catalog, LoadError};

/// The dataset as the shell loaded it: `None` while it is on its way.
#[derive(Clone, Copy)]
pub struct CatalogResource {
    resource: LocalResource<Result<Arc<Catalog>, LoadError>>,
    attempt: RwSignal<u32>,
}

/// Starts loading the dataset once, for the whole visit, and shares it through context.
pub fn provide_catalog() {
    let attempt = RwSignal::new(0u32);
    let resource = LocalResource::new(move || {
        attempt.track();
        async { fetch_catalog().await.map(Arc::new) }
    });
    provide_context(CatalogResource { resource, attempt });
}

/// The loaded dataset. Only valid inside [`DataGate`]'s children, which render once it is there.
pub fn use_catalog() -> Arc<Catalog> {
    expect_context::<CatalogResource>()
        .resource
        .get_untracked()
        .and_then(Result::ok)
        .expect("use_catalog outside DataGate")
}

/// The dataset once loaded, reactively; `None` while loading or after a failure.
pub fn loaded_catalog() -> Signal<Option<Arc<Catalog>>> {
    let resource = expect_context::<CatalogResource>().resource;
    Signal::derive(move || resource.get().and_then(Result::ok))
}

/// Shows its children once the dataset is loaded; until then a loading
/// message, and if loading fails a message in the visitor's language with a retry.
#[component]
pub fn DataGate(children: ChildrenFn) -> impl IntoView {
    let CatalogResource { resource, attempt } = expect_context();
    let locale = use_locale();
    // The page start written at build time stays in front until the data is
    // loaded (or has failed) and the shell has its header: the visitor never
    // sees a loading message on a page that already shows its heading.
    let chrome = expect_context::<crate::app::ChromeBuilt>().0;
    Effect::new(move |_| {
        if !resource.with(Option::is_some) {
            crate::browser::show_prerendered_loading();
        } else if chrome.get() {
            crate::browser::drop_prerendered();
        }
    });
    move || match resource.get() {
        None => view! {
            <p class="data-status" role="status" aria-live="polite">{t(Key::DataLoading)}</p>
        }
        .into_any(),
        Some(Ok(_)) => children().into_any(),
        Some(Err(error)) => {
            let details = match &error {
                LoadError::Invalid(problems) => {
                    problems.first(5).iter().map(|p| p.to_string()).collect()
                }
                _ => Vec::new(),
            };
            let message = move || {
                let l = locale.get();
                match &error {
                    LoadError::Network => l.text(Key::DataErrorNetwork).to_string(),
                    LoadError::Status(code) => {
                        l.format(Key::DataErrorStatus, &[("status", &code.to_string())])
                    }
                    LoadError::Damaged => l.text(Key::DataErrorDamaged).to_string(),
                    LoadError::Invalid(problems) => {
                        l.plural(Key::DataErrorInvalid, problems.len(), &[])
                    }
                }
            };
            view! {
                <section class="data-error" role="alert" data-state="error">
                    <h1 tabindex="-1">{t(Key::DataErrorTitle)}</h1>
                    <p>{message}</p>
                    <p>
                        <button class="button" type="button" on:click=move |_| attempt.update(|n| *n += 1)>
                            {t(Key::DataRetry)}
                        </button>
                    </p>
                    {(!details.is_empty()).then(|| view! {
                        <details>
                            <summary>{t(Key::DataDetails)}</summary>
                            // The validator's messages are written for the editors, in English.
                            <ul lang="en">{details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}</ul>
                        </details>
                    })}
                </section>
            }
            .into_any()
        }
    }
}
