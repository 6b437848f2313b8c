//! The share panel of the list and record pages: the page's canonical
//! address with a copy button, the browser's own sharing where it has one, an
//! e-mail link and a QR code; on a record page, a link to suggest a
//! correction to the portal's editors.
//!
//! The QR code is a file the site generator draws beside each page file
//! (`crates/site/src/qr.rs`): the app only links to it, so no QR encoder is
//! in the wasm, and it shows after client-side navigation too. Where the
//! site's address is unknown (the development server) the panel shows the
//! address in the address bar and no QR code.
//!
//! The copy and share buttons need scripts: the stylesheet hides the copy
//! button where scripts do not run (`@media (scripting: none)`), and the share
//! button is `hidden` unless the browser has `navigator.share`, which only the
//! app can know (the page file always has it hidden).

use leptos::prelude::*;
use portal_core::address::files;
use portal_core::address::route::query_string;
use portal_core::address::share::{mail_link, record_id, Publication};
use portal_core::document::page_title;
use portal_core::filters::Filters;
use portal_core::{Key, Locale};

use crate::browser;
use crate::context::{href, use_base, CurrentRoute};
use crate::data::use_catalog;

/// The QR code's side in CSS pixels: large enough for a phone camera held
/// at arm's length from a screen (some 4 px a module for a typical address).
const QR_SIZE: &str = "192";

/// A link to the current page's share panel, for the top of a long page
/// (a record's, read on a phone).
pub fn share_link(l: Locale) -> AnyView {
    let Some(route) = expect_context::<CurrentRoute>().0.get_untracked() else {
        return ().into_any();
    };
    // The whole address: with the page's `<base href>`, a bare `#share`
    // would name the site's root.
    let target = format!("{}#share", href(&route, l));
    view! { <a class="record-share" href=target>{l.text(Key::ShareTitle)}</a> }.into_any()
}

/// The share panel of the page being shown, in `l`.
pub fn share_panel(l: Locale) -> AnyView {
    panel(l, String::new())
}

/// The share panel of a list: its address carries the filters in force, so
/// what is shared is what is shown.
pub fn list_share_panel(l: Locale, filters: &Filters) -> AnyView {
    panel(l, query_string(filters.to_pairs()))
}

/// The panel of the current page, whose address is its canonical address
/// followed by `query` (without `?`; empty for none).
fn panel(l: Locale, query: String) -> AnyView {
    let Some(route) = expect_context::<CurrentRoute>().0.get_untracked() else {
        return ().into_any();
    };
    let publication = expect_context::<Publication>();
    let head = page_title(&route, l, &use_catalog());
    let title = head.document_title(l);
    let canonical = match &publication.site {
        Some(site) => site.page(&route, l),
        None => browser::current_address(),
    };
    let filtered = !query.is_empty() && publication.site.is_some();
    let address = if filtered {
        format!("{canonical}?{query}")
    } else {
        canonical.clone()
    };
    let qr = publication.site.as_ref().map(|_| {
        // The code is drawn at build time for the page's own address: on a
        // filtered list, the panel says which address it opens.
        let unfiltered = filtered.then(|| {
            view! {
                <p class="share-qr__unfiltered">
                    {l.text(Key::ShareQrUnfiltered)}" "<span translate="no">{canonical.clone()}</span>
                </p>
            }
        });
        // A page never visited has no copy of its code on the device: offline,
        // a sentence instead of a broken image.
        let missing = RwSignal::new(false);
        let src = use_base().join(&files::page_qr(&route, l));
        view! {
            <figure class="share-qr">
                {move || if missing.get() {
                    view! { <p class="share-qr__missing">{l.text(Key::ShareQrMissing)}</p> }.into_any()
                } else {
                    view! {
                        <img src=src.clone() alt=l.text(Key::ShareQrAlt) width=QR_SIZE height=QR_SIZE
                            on:error=move |_| missing.set(true)/>
                    }
                    .into_any()
                }}
                <figcaption>
                    <span class="share-qr__hint">{l.text(Key::ShareQrHint)}</span>
                    <span class="share-qr__hint share-qr__hint--phone">{l.text(Key::ShareQrHintPhone)}</span>
                    {unfiltered}
                </figcaption>
            </figure>
        }
        .into_any()
    });
    let correction =
        record_id(&route)
            .zip(publication.repository.as_ref())
            .map(|(id, repository)| {
                let issue_title = l.format(Key::ShareCorrectionTitle, &[("name", &head.title)]);
                let issue = repository.correction_issue(&issue_title, id, &address);
                view! {
                    <p class="share-correction">
                        <a href=issue rel="noopener noreferrer">{l.text(Key::ShareCorrection)}</a>
                        <span>{l.text(Key::ShareCorrectionHint)}</span>
                    </p>
                }
                .into_any()
            });

    // One handler for both buttons, in the browser module: less code in the
    // wasm than a closure and a signal each.
    let act = {
        let (title, address) = (title.clone(), address.clone());
        move |ev: leptos::ev::MouseEvent| {
            browser::share_panel_click(
                &ev,
                &title,
                &address,
                l.text(Key::ShareCopied),
                l.text(Key::ShareCopyFailed),
            )
        }
    };
    view! {
        <section id="share" class="share-panel" aria-labelledby="share-title">
            <h2 id="share-title">{l.text(Key::ShareTitle)}</h2>
            <p class="share-address">
                {l.text(if filtered { Key::ShareAddressFiltered } else { Key::ShareAddress })}
                <span translate="no">{address.clone()}</span>
            </p>
            <div class="share-actions" on:click=act>
                <button type="button" class="share-action share-action--copy needs-script" data-share="copy">
                    {l.text(Key::ShareCopy)}
                </button>
                <button type="button" class="share-action" hidden=!browser::can_share() data-share="share">
                    {l.text(Key::ShareNative)}
                </button>
                <a class="share-action" href=mail_link(&title, &address) rel="noopener noreferrer">
                    {l.text(Key::ShareMail)}
                </a>
            </div>
            <p class="share-status" role="status"></p>
            {qr}
            {correction}
        </section>
    }
    .into_any()
}
