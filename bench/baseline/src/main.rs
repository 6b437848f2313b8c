//! The benchmark's baseline: two routes and a counter, the least a Leptos
//! 0.8 client-side app with a router does. Nothing else, on purpose.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes, A};
use leptos_router::path;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}

#[component]
fn App() -> impl IntoView {
    view! {
        <Router>
            <header>
                <nav>
                    <A href="/">"Counter"</A>" · "<A href="/about/">"About"</A>
                </nav>
            </header>
            <main>
                <Routes fallback=|| view! { <h1>"Not found"</h1> }>
                    <Route path=path!("/") view=Counter/>
                    <Route path=path!("/about") view=About/>
                </Routes>
            </main>
        </Router>
    }
}

#[component]
fn Counter() -> impl IntoView {
    let count = RwSignal::new(0);
    view! {
        <h1>"Counter"</h1>
        <p>
            <button type="button" on:click=move |_| count.update(|n| *n += 1)>"Add one"</button>
            " "<output>{count}</output>
        </p>
    }
}

#[component]
fn About() -> impl IntoView {
    view! {
        <h1>"About"</h1>
        <p>"A minimal Leptos app, the baseline of the portal's benchmark."</p>
    }
}
