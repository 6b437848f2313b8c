use leptos::prelude::*;
use leptos::text_prop::TextProp;
use leptos_meta::{Meta, Title};

/// Sets the document title and meta description of the page it is placed on.
#[component]
pub fn PageMeta(
    /// The page's own title; the shell appends the portal's name. Empty on the home page.
    #[prop(into)]
    title: TextProp,
    /// One or two sentences for search engines and link previews.
    #[prop(into)]
    description: TextProp,
) -> impl IntoView {
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
    }
}
