//! Pieces of the interface that several pages share.

mod calendar_link;
mod data_gate;
mod document_head;
pub mod filter_bar;
mod footer;
mod header;
mod language_switcher;
pub mod list_page;
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
pub use share_panel::share_panel;
