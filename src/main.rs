//! Browser entry point: mounts the portal on `<body>`, behind the page file
//! that is already on screen (see `takeover`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use sophia_china_portal::app::{locale_of_path, App, Holds, Start};
    use sophia_china_portal::browser::{mark, next_task};
    use sophia_china_portal::data::{Data, MapBase};
    use sophia_china_portal::{browser, languages, loader, takeover};

    // A panic's message and place on the console, where the browser tests look
    // for them. (The JavaScript stack a fuller hook adds names nothing in a
    // release build, whose function names are stripped.)
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
    }));
    // `scripts/bench.sh` reads these marks to split start-up into its stages.
    mark("portal:main");
    // Building the page in a task after the one that compiled and started the
    // module: two shorter tasks instead of one long one, so a tap or a key
    // press on the page already shown is served in between.
    wasm_bindgen_futures::spawn_local(async {
        next_task().await;
        let base = browser::base();
        let root_locale = browser::preferred_locale();
        languages::guard(base.clone(), root_locale);
        // The page's interface strings, with the data's requests beside them.
        loader::prefetch(&base);
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let locale = locale_of_path(&base, &path, root_locale);
        if let Err(failure) = languages::load(&base, locale).await {
            // The page file stays as it is, with the notice in the address's
            // language (the offline shell, written in English, stands in for
            // pages of every language).
            browser::set_document_language(locale);
            takeover::show_start_failure(failure);
            return;
        }
        mark("portal:strings");
        browser::drop_static_head_tags();
        let page_file = takeover::has_page_file();
        let start = Start {
            base,
            data: Data::loading(),
            map_base: MapBase(RwSignal::new(None)),
            holds: Holds(RwSignal::new(0)),
            today: browser::today(),
            root_locale,
            defer_chrome: page_file,
            publication: browser::publication(),
        };
        // Mounting in a task of its own, too.
        next_task().await;
        leptos::mount::mount_to_body(move || view! { <App start/> });
        mark("portal:mounted");
    });
}

/// The app runs in the browser; natively, the site generator renders it.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The portal's app runs in the browser: build it with `trunk build` (see README).");
    std::process::exit(2);
}
