//! Pieces of the interface that several pages share.

mod data_gate;
mod footer;
mod header;
mod language_switcher;
mod page_meta;

pub use data_gate::{provide_catalog, use_catalog, DataGate};
pub use footer::Footer;
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
pub use page_meta::PageMeta;
