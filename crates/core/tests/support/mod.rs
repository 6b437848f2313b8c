//! What the core's integration tests share: the shipped dataset, read and indexed.

use portal_core::load::load;
use portal_core::Catalog;

/// The catalog of `public/data/portal.json`, with names in code-point order
/// (the collation order is the site generator's, tested there).
pub fn catalog() -> Catalog {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../public/data/portal.json"
    ))
    .unwrap();
    Catalog::new(
        load(&text).expect("the shipped dataset reads"),
        portal_core::i18n::Names::default(),
    )
}
