//! The one place that talks to the network: fetches the dataset file, checks
//! it, and builds the [`Catalog`] the pages read.

use gloo_net::http::Request;

use crate::data::{load, Catalog, ValidationError};

/// Why the dataset could not be used, in terms the visitor's message needs.
#[derive(Debug, Clone)]
pub enum LoadError {
    /// No answer: offline, DNS, connection reset, blocked request.
    Network,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The body is not JSON (empty, truncated, an HTML error page...).
    Damaged,
    /// Valid JSON that breaks the dataset's rules.
    Invalid(ValidationError),
}

/// The dataset's address, under the site's base path.
pub fn dataset_url() -> String {
    format!("{}/{}", crate::app::base_path(), crate::data::DATASET_PATH)
}

/// Fetches, validates and indexes the dataset.
pub async fn fetch_catalog() -> Result<Catalog, LoadError> {
    mark("portal:fetch:start");
    let response = Request::get(&dataset_url())
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // A body cut off mid-way surfaces here as a network error in some browsers.
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    mark("portal:fetch:end");
    let loaded = load(&text);
    mark("portal:validate:end");
    match loaded {
        Ok(dataset) => {
            // Each stage in a task of its own, so the page stays responsive
            // between them (a click or a key press is served in the gaps).
            crate::browser::next_task().await;
            let catalog = Catalog::new(dataset);
            mark("portal:index:end");
            crate::browser::next_task().await;
            Ok(catalog)
        }
        Err(problems) => {
            let is_json = serde_json::from_str::<serde::de::IgnoredAny>(&text).is_ok();
            Err(if is_json {
                LoadError::Invalid(problems)
            } else {
                LoadError::Damaged
            })
        }
    }
}

/// A User Timing mark, so `scripts/bench.sh` can split start-up into fetching,
/// validating and indexing the dataset (read back with
/// `performance.getEntriesByType("mark")`). Costs nothing a visitor notices.
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
