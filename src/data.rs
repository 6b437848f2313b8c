//! The dataset as the pages get it: loading, loaded or failed, shared through
//! context. In the browser the loader fills it in; the native renderer starts
//! with it loaded.

use std::sync::Arc;

use leptos::prelude::*;
use portal_core::load::Problem;
use portal_core::map::Geometry;
use portal_core::Catalog;

/// Why the dataset could not be used, in terms the visitor's message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// No answer: offline, DNS, connection reset, blocked request.
    Network,
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The body is not JSON (empty, truncated, an HTML error page…).
    Damaged,
    /// JSON that is not a dataset the portal can read.
    Invalid(Problem),
}

/// Where the dataset stands.
#[derive(Clone)]
pub enum DataState {
    Loading,
    Ready(Arc<Catalog>),
    Failed(Failure),
}

/// The dataset for the whole visit, in context; `attempt` counts the
/// visitor's retries, which the loader watches.
#[derive(Clone, Copy)]
pub struct Data {
    pub state: RwSignal<DataState>,
    pub attempt: RwSignal<u32>,
}

impl Data {
    pub fn loading() -> Data {
        Data {
            state: RwSignal::new(DataState::Loading),
            attempt: RwSignal::new(0),
        }
    }

    pub fn ready(catalog: Arc<Catalog>) -> Data {
        Data {
            state: RwSignal::new(DataState::Ready(catalog)),
            attempt: RwSignal::new(0),
        }
    }

    /// The catalog once loaded, tracked; `None` while loading or after a failure.
    pub fn catalog(&self) -> Option<Arc<Catalog>> {
        self.state.with(|s| match s {
            DataState::Ready(catalog) => Some(catalog.clone()),
            _ => None,
        })
    }
}

/// The loaded dataset. Only valid inside `DataGate`'s children, which render once it is there.
pub fn use_catalog() -> Arc<Catalog> {
    expect_context::<Data>()
        .state
        .with_untracked(|s| match s {
            DataState::Ready(catalog) => Some(catalog.clone()),
            _ => None,
        })
        .expect("use_catalog outside DataGate")
}

/// Why the map's base geometry is missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GeometryFailure {
    Network,
    Status(u16),
    Damaged,
}

/// The map's land and borders (`/map/geometry.json`), fetched once the map
/// page first needs it: `None` until then.
#[derive(Clone, Copy)]
pub struct MapBase(pub RwSignal<Option<Result<Arc<Geometry>, GeometryFailure>>>);

/// Work a page still has before the app may take the page file's place
/// (the map's base geometry): a count, in context.
#[derive(Clone, Copy)]
pub struct Holds(pub RwSignal<u32>);
