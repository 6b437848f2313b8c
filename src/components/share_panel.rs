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
use portal_core::address::share::{mail_link, record_id, Publication};
use portal_core::document::page_head;
use portal_core::{Key, Locale};

use crate::browser;
use crate::context::{use_base, CurrentRoute};
use crate::data::use_catalog;

/// The QR code's side in CSS pixels: large enough for a phone camera held
/// at arm's length from a screen (some 4 px a module for a typical address).
const QR_SIZE: &str = "192";

/// The share panel of the page being shown, in `l`.
pub fn share_panel(l: Locale) -> AnyView {
    let Some(route) = expect_context::<CurrentRoute>().0.get_untracked() else {
        return ().into_any();
    };
    let publication = expect_context::<Publication>();
    let head = page_head(&route, l, &use_catalog());
    let title = head.document_title(l);
    let address = match &publication.site {
        Some(site) => site.page(&route, l),
        None => browser::current_address(),
    };
    let qr = publication.site.as_ref().map(|_| {
        view! {
            <figure class="share-qr">
                <img src=use_base().join(&files::page_qr(&route, l)) alt=l.text(Key::ShareQrAlt)
                    width=QR_SIZE height=QR_SIZE/>
                <figcaption>{l.text(Key::ShareQrHint)}</figcaption>
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
        <section class="share-panel" aria-labelledby="share-title">
            <h2 id="share-title">{l.text(Key::ShareTitle)}</h2>
            <p class="share-address">
                {l.text(Key::ShareAddress)}
                <span translate="no">{address.clone()}</span>
            </p>
            <div class="share-actions" on:click=act>
                <button type="button" class="share-action share-action--copy" data-share="copy">
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
