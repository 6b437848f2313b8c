//! Browser entry point: mounts the portal on `<body>`.

fn main() {
    console_error_panic_hook::set_once();
    sophia_china_portal::browser::drop_static_head_tags();
    leptos::mount::mount_to_body(sophia_china_portal::app::App);
}
