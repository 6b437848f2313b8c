//! The one place that talks to the network for data: fetches the dataset and
//! the names the build computed for it, reads them and builds the [`Catalog`]
//! the pages read; and the map's base geometry, for the map page.

use std::sync::Arc;

use gloo_net::http::Request;
use leptos::prelude::*;
use portal_core::address::{files, Base};
use portal_core::i18n::{NameTable, Names};
use portal_core::load::{load, LoadError};
use portal_core::map::parse_geometry;
use portal_core::Catalog;

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

/// Fetches, reads and indexes the dataset, each stage in a task of its own so
/// that the page stays responsive between them.
async fn fetch_catalog(base: &Base) -> Result<Catalog, Failure> {
    mark("portal:fetch:start");
    let dataset_url = base.join(files::DATASET);
    let (text, names) = futures::join!(fetch_text(&dataset_url), fetch_names(base));
    let text = text?;
    mark("portal:fetch:end");
    next_task().await;
    let dataset = load(&text).map_err(|error| match error {
        LoadError::NotJson(_) => Failure::Damaged,
        LoadError::Invalid(problem) => Failure::Invalid(problem),
    })?;
    mark("portal:validate:end");
    next_task().await;
    let catalog = Catalog::new(dataset, names);
    mark("portal:index:end");
    next_task().await;
    Ok(catalog)
}

async fn fetch_text(url: &str) -> Result<String, Failure> {
    let response = Request::get(url)
        .send()
        .await
        .map_err(|_| Failure::Network)?;
    if !response.ok() {
        return Err(Failure::Status(response.status()));
    }
    // A body cut off mid-way surfaces here as a network error in some browsers.
    response.text().await.map_err(|_| Failure::Network)
}

/// The names file; without it (the development server, a failed request)
/// names sort by code point and countries show their code.
async fn fetch_names(base: &Base) -> Names {
    let text = fetch_text(&base.join(files::NAMES)).await.ok();
    let table = text
        .and_then(|t| serde_json::from_str::<NameTable>(&t).ok())
        .unwrap_or_default();
    Names::new(table)
}

/// Fetches the map's base geometry into `map_base`, unless it is there or on its way.
pub fn load_map_base(base: &Base, map_base: MapBase, done: impl FnOnce() + 'static) {
    let url = base.join(files::MAP_GEOMETRY);
    leptos::task::spawn_local(async move {
        let result = async {
            let response = Request::get(&url)
                .send()
                .await
                .map_err(|_| GeometryFailure::Network)?;
            if !response.ok() {
                return Err(GeometryFailure::Status(response.status()));
            }
            let text = response
                .text()
                .await
                .map_err(|_| GeometryFailure::Network)?;
            parse_geometry(&text)
                .map(Arc::new)
                .ok_or(GeometryFailure::Damaged)
        }
        .await;
        map_base.0.set(Some(result));
        done();
    });
}
