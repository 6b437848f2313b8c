//! Pieces of the interface that several pages share.

mod footer;
mod header;
mod language_switcher;
mod page_meta;

pub use footer::Footer;
pub use header::Header;
pub use language_switcher::LanguageSwitcher;
pub use page_meta::PageMeta;
