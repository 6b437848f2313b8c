//! Browser entry point: mounts the portal on `<body>`, behind the page file
//! that is already on screen (see `takeover`).

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use sophia_china_portal::app::{App, Start};
    use sophia_china_portal::browser::{mark, next_task};
    use sophia_china_portal::data::{Data, Holds, MapBase};
    use sophia_china_portal::{browser, loader, takeover};

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
        // The data's requests, started before the app is built.
        loader::prefetch(&base);
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
