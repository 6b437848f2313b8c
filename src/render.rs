//! The native renderer: a page of the app as HTML, for the site generator,
//! drawn by the same components as in the browser (Leptos' `ssr` features,
//! which this package turns on off wasm32).

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use leptos_router::location::RequestUrl;
use portal_core::address::route::Info;
use portal_core::address::share::Publication;
use portal_core::address::Base;
use portal_core::map::Geometry;
use portal_core::model::PartialDate;
use portal_core::{Catalog, Locale};

use crate::app::{App, Start};
use crate::data::Holds;
use crate::data::{Data, MapBase};

/// What every page of a build is rendered from.
#[derive(Clone)]
pub struct Site {
    pub base: Base,
    pub catalog: Arc<Catalog>,
    /// The map's base geometry, drawn into the map page's file.
    pub geometry: Option<Arc<Geometry>>,
    /// The build's date, for what is upcoming and what is past.
    pub today: PartialDate,
    /// The site's address and repository, for the share panel.
    pub publication: Publication,
    /// The pages about the portal: each one's text as HTML, by language
    /// (the site generator's, from the editors' Markdown).
    pub info_texts: Arc<HashMap<(Locale, Info), String>>,
}

/// The body of the page at `path` (relative to the base, e.g. `/fr/parks/`),
/// as the app renders it: skip link, header, main content, footer.
pub fn render_page(path: &str, site: &Site) -> String {
    let owner = Owner::new();
    owner.with(|| {
        provide_context(RequestUrl::new(&site.base.join(path)));
        provide_context(crate::pages::InfoTexts(site.info_texts.clone()));
        let start = Start {
            base: site.base.clone(),
            data: Data::ready(site.catalog.clone()),
            map_base: MapBase(RwSignal::new(site.geometry.clone().map(Ok))),
            holds: Holds(RwSignal::new(0)),
            today: site.today,
            root_locale: Locale::En,
            defer_chrome: false,
            publication: site.publication.clone(),
        };
        view! { <App start/> }.to_html()
    })
}
