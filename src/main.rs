//! Browser entry point: mounts the portal on `<body>`.

use sophia_china_portal::browser::next_task;
use sophia_china_portal::loader::mark;

fn main() {
    console_error_panic_hook::set_once();
    // `scripts/bench.sh` reads these marks to split start-up into its stages.
    mark("portal:main");
    // Building the page in a task after the one that compiled and started the
    // module: two shorter tasks instead of one long one, so a tap or a key
    // press on the page already shown is served in between.
    wasm_bindgen_futures::spawn_local(async {
        next_task().await;
        sophia_china_portal::browser::drop_static_head_tags();
        leptos::mount::mount_to_body(sophia_china_portal::app::App);
        mark("portal:mounted");
    });
}
