use leptos::prelude::*;

use crate::app::{t, use_locale};
use crate::components::{use_catalog, PageMeta};
use crate::i18n::{lang_of_name, Key};

/// `/{lang}/parks`: the list of parks.
#[component]
pub fn ParksPage() -> impl IntoView {
    let catalog = use_catalog();
    let locale = use_locale();
    view! {
        <PageMeta title=t(Key::ParksTitle) description=t(Key::ParksDescription)/>
        <h1 tabindex="-1">{t(Key::ParksTitle)}</h1>
        <p class="lead">{t(Key::ParksIntro)}</p>
        <ul class="card-grid" data-list="parks">
            {catalog.data().parks.iter().map(|park| {
                let name = park.name.clone();
                let local = park.local_name.clone();
                let city = park.city.clone();
                view! {
                    <li class="card" data-id=park.id.clone()>
                        <h2>{move || name.get(locale.get()).to_string()}</h2>
                        <p>{move || city.get(locale.get()).to_string()}</p>
                        <p lang=lang_of_name(&local)>{local.clone()}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
