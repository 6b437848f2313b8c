//! The published JSON Schema (`public/data/portal.schema.json`) is the one
//! generated from the model, and the dataset names it for editors' tools.
//! (`tests/tools/schema.test.mjs` checks it with another validator.)

use std::path::Path;

const REGENERATE: &str =
    "cargo run -p portal-site --bin validate -- --schema > public/data/portal.schema.json";

fn repository_file(path: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn the_published_schema_is_the_models() {
    assert!(
        repository_file("public/data/portal.schema.json")
            == portal_core::schema::dataset_schema_text(),
        "public/data/portal.schema.json is not the schema of the model; regenerate it: {REGENERATE}"
    );
}

#[test]
fn the_dataset_names_its_schema() {
    let data: serde_json::Value =
        serde_json::from_str(&repository_file("public/data/portal.json")).unwrap();
    assert_eq!(data["$schema"], portal_core::schema::FILE_NAME);
}
