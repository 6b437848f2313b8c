//! What a page shows before it has its data: nothing while it loads, and if
//! loading fails a message in the visitor's language with a retry.

use leptos::prelude::*;

use crate::context::t;
use crate::data::{Data, DataState, Failure};
use portal_core::Key;

/// Shows its children once the dataset is loaded. Behind a page file (see
/// `crate::takeover`) the app is hidden until then; on the development server,
/// or after a failure on a page file's notice, the visitor sees the messages.
#[component]
pub fn DataGate(children: ChildrenFn) -> impl IntoView {
    let data = expect_context::<Data>();
    let loading = move || data.state.with(|s| matches!(s, DataState::Loading));
    let ready = move || data.state.with(|s| matches!(s, DataState::Ready(_)));
    move || {
        if ready() {
            view! {
                // Where a page file shows a failure of the data (`takeover`).
                <div class="data-notice"></div>
                {children()}
            }
            .into_any()
        } else if loading() {
            view! {
                <p class="data-status" role="status" aria-live="polite">{t(Key::DataLoading)}</p>
            }
            .into_any()
        } else {
            view! { <DataNotice data/> }.into_any()
        }
    }
}

/// The data's failure, if any: what went wrong, a retry, and the technical
/// details of a file that breaks the format.
#[component]
pub fn DataNotice(
    data: Data,
    /// Whether it is shown on a page file, which stays readable meanwhile.
    #[prop(optional)]
    on_page_file: bool,
) -> impl IntoView {
    let locale = use_locale_or_page();
    move || {
        let DataState::Failed(failure) = data.state.get() else {
            return None;
        };
        let l = locale();
        let message = match &failure {
            // Offline is not a fault of the portal's: say which it is.
            Failure::Network if crate::browser::offline() => {
                l.text(Key::DataErrorOffline).to_string()
            }
            Failure::Network => l.text(Key::DataErrorNetwork).to_string(),
            Failure::Status(code) => {
                l.format(Key::DataErrorStatus, &[("status", &code.to_string())])
            }
            Failure::Damaged => l.text(Key::DataErrorDamaged).to_string(),
            Failure::Invalid(_) => l.text(Key::DataErrorInvalid).to_string(),
        };
        let details = match &failure {
            Failure::Invalid(problem) => Some(view! {
                <details>
                    <summary>{l.text(Key::DataDetails)}</summary>
                    // The file's problems are written for its editors, in English.
                    <ul lang="en"><li><code>{problem.to_string()}</code></li></ul>
                </details>
            }),
            _ => None,
        };
        Some(view! {
            <section class="data-error" role="alert" data-state="error">
                <h2 class="data-error__title">{l.text(Key::DataErrorTitle)}</h2>
                <p>{message}</p>
                {on_page_file.then(|| view! { <p>{l.text(Key::DataErrorEffect)}</p> })}
                <p>
                    <button class="button" type="button" on:click=move |_| data.attempt.update(|n| *n += 1)>
                        {l.text(Key::DataRetry)}
                    </button>
                </p>
                {details}
            </section>
        })
    }
}

/// The page's language: the shell's, or, for a notice mounted into a page
/// file outside the shell, the document's.
fn use_locale_or_page() -> impl Fn() -> portal_core::Locale + Copy {
    let shell = use_context::<crate::context::CurrentLocale>().map(|c| c.0);
    let page = crate::browser::document_locale();
    move || shell.map_or(page, |l| l.get())
}
