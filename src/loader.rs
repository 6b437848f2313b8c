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
    format!("{}/data/portal.json", crate::app::base_path())
}

/// Fetches, validates and indexes the dataset.
pub async fn fetch_catalog() -> Result<Catalog, LoadError> {
    let response = Request::get(&dataset_url())
        .send()
        .await
        .map_err(|_| LoadError::Network)?;
    if !response.ok() {
        return Err(LoadError::Status(response.status()));
    }
    // A body cut off mid-way surfaces here as a network error in some browsers.
    let text = response.text().await.map_err(|_| LoadError::Network)?;
    match load(&text) {
        Ok(dataset) => Ok(Catalog::new(dataset)),
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
