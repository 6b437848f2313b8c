//! The one place that talks to the network for data: fetches the dataset and
//! the names the build computed for it, reads them and builds the [`Catalog`]
//! the pages read; and the map's base geometry, for the map page.

use std::cell::RefCell;
use std::sync::Arc;

use gloo_net::http::{Request, Response};
use leptos::prelude::*;
use portal_core::address::{files, Base};
use portal_core::i18n::{NameTable, Names};
use portal_core::load::{load, LoadError};
use portal_core::map::parse_geometry;
use portal_core::Catalog;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::browser::{mark, next_task};
use crate::data::{Data, DataState, Failure, GeometryFailure, MapBase};

/// Loads the dataset into `data` now, and again whenever the visitor asks
/// for a retry (`data.attempt`).
pub fn load_data(base: Base, data: Data) {
    Effect::new(move |_| {
        data.attempt.track();
        data.state.set(DataState::Loading);
        let base = base.clone();
        leptos::task::spawn_local(async move {
            let result = fetch_catalog(&base).await;
            data.state.set(match result {
                Ok(catalog) => DataState::Ready(Arc::new(catalog)),
                Err(failure) => DataState::Failed(failure),
            });
        });
    });
}

thread_local! {
    /// The dataset's and the names' requests, started before the app is
    /// built (see `prefetch`), for the first attempt to take.
    static STARTED: RefCell<Option<(Option<JsFuture>, Option<JsFuture>)>> =
        const { RefCell::new(None) };
}

/// Starts the requests for the dataset and the names now, before the app is
/// built, so that they run while it is.
pub fn prefetch(base: &Base) {
    STARTED.set(Some(data_requests(base)));
}

/// Starts the dataset's and the names' requests, side by side.
fn data_requests(base: &Base) -> (Option<JsFuture>, Option<JsFuture>) {
    mark("portal:fetch:start");
    (
        start(&base.join(files::DATASET)),
        start(&base.join(files::NAMES)),
    )
}

/// Fetches, reads and indexes the dataset, each stage in a task of its own so
/// that the page stays responsive between them.
async fn fetch_catalog(base: &Base) -> Result<Catalog, Failure> {
    // Started by `prefetch` for the first attempt, here for a retry.
    let (dataset, names) = STARTED.take().unwrap_or_else(|| data_requests(base));
    let text = text_of(dataset).await?;
    let names = names_of(names).await;
    mark("portal:fetch:end");
    next_task().await;
    let dataset = load(&text).map_err(|error| match error {
        LoadError::NotJson(_) => Failure::Damaged,
        LoadError::Invalid(problem) => Failure::Invalid(problem),
    })?;
    mark("portal:validate:end");
    next_task().await;
    let catalog = Catalog::new(dataset, Names::new(names));
    mark("portal:index:end");
    next_task().await;
    Ok(catalog)
}

/// Starts a GET request at once (a gloo-net request sent through the
/// window's `fetch`, which begins before anything awaits it: two requests
/// started one after the other run side by side). Its outcome is watched from
/// the start, so a request that fails before it is awaited is not reported
/// as an unhandled rejection.
fn start(url: &str) -> Option<JsFuture> {
    let request: web_sys::Request = Request::get(url).build().ok()?.into();
    Some(JsFuture::from(
        web_sys::window()?.fetch_with_request(&request),
    ))
}

/// The text of a response, or why there is none.
async fn text_of(request: Option<JsFuture>) -> Result<String, Failure> {
    let response: Response = request
        .ok_or(Failure::Network)?
        .await
        .ok()
        .and_then(|r| r.dyn_into::<web_sys::Response>().ok())
        .ok_or(Failure::Network)?
        .into();
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    // A body cut off mid-way surfaces here as a network error in some browsers.
    response.text().await.map_err(|_| Failure::Network)
}

/// The text of the file at `url`, or why there is none.
pub async fn fetch_text(url: &str) -> Result<String, Failure> {
    text_of(start(url)).await
}

/// The names file; without it (the development server, a failed request)
/// names sort by code point and countries show their code.
async fn names_of(request: Option<JsFuture>) -> NameTable {
    text_of(request)
        .await
        .ok()
        .and_then(|t| serde_json::from_str::<NameTable>(&t).ok())
        .unwrap_or_default()
}

/// Fetches the map's base geometry into `map_base`, unless it is there or on its way.
pub fn load_map_base(base: &Base, map_base: MapBase, done: impl FnOnce() + 'static) {
    let url = base.join(files::MAP_GEOMETRY);
    leptos::task::spawn_local(async move {
        let result = match text_of(start(&url)).await {
            Ok(text) => parse_geometry(&text)
                .map(Arc::new)
                .ok_or(GeometryFailure::Damaged),
            Err(Failure::Status(code)) => Err(GeometryFailure::Status(code)),
            Err(_) => Err(GeometryFailure::Network),
        };
        map_base.0.set(Some(result));
        done();
    });
}
