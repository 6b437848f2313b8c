//! Pieces of the interface that several pages share.
//!
//! When a piece is a `#[component]` and when a plain function:
//!
//! - A **`#[component]`** is a page (`crate::pages`), or a piece that finds
//!   what it needs in context (the header, the footer, the language switcher,
//!   the search box, the data gate), or one that keeps state of its own
//!   (signals, effects, listeners, as the map's figure, panel and list do).
//!   Its props are owned values, each with a `///` line, set by name in `view!`.
//! - A **plain function returning `AnyView`** draws data it is handed by
//!   reference (`&Catalog`, a record, the locale) from inside a component's
//!   reactive closure, which draws it again when the language or the data
//!   changes; it keeps no state of its own. Borrowing is why it is not a
//!   component: a component's props are owned and `'static`, and passing
//!   records that way would copy the dataset into every list item.

mod calendar_link;
mod data_gate;
mod document_head;
pub mod filter_bar;
mod footer;
mod header;
mod language_switcher;
pub mod list_page;
pub mod page_text;
pub mod record;
pub mod record_page;
mod search_box;
mod share_panel;
pub mod summaries;

pub use calendar_link::{event_calendar_link, events_calendar_link};
pub use data_gate::{DataGate, DataNotice};
pub use document_head::DocumentHead;
pub use footer::Footer;
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
pub use search_box::SearchBox;
pub use share_panel::{list_share_panel, share_link, share_panel};
