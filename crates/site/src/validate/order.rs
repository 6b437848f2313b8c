//! The order problems are listed in: the model's, as its schema gives it.

use serde_json::Value;

use super::text::{steps, Step};

/// The order problems are listed in: by the path's place in the format,
/// field by field in the model's order (so the collections in the file's
/// order, then each record by its index), a field the format does not know
/// after the others.
pub(super) fn file_order(a: &str, b: &str) -> std::cmp::Ordering {
    order_key(a).cmp(&order_key(b))
}

/// For each step of `path`, its index: in a list, the item's; in an object,
/// the field's in the schema.
pub(super) fn order_key(path: &str) -> Vec<usize> {
    let schema = super::shape::dataset();
    let mut node = Some(schema);
    let mut key = Vec::new();
    for step in steps(path) {
        // Through references and optional values, to the node that describes the value.
        while let Some(n) = node {
            if let Some(name) = n
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix("#/$defs/"))
            {
                node = schema.get("$defs").and_then(|d| d.get(name));
            } else if let Some(first) = n.get("anyOf").and_then(|b| b.get(0)) {
                node = Some(first);
            } else {
                break;
            }
        }
        match step {
            Step::Index(i) => {
                key.push(i);
                node = node.and_then(|n| n.get("items"));
            }
            Step::Key(name) => {
                let properties = node
                    .and_then(|n| n.get("properties"))
                    .and_then(Value::as_object);
                key.push(
                    properties
                        .and_then(|p| p.keys().position(|k| *k == name))
                        .unwrap_or(usize::MAX),
                );
                node = properties.and_then(|p| p.get(&name));
            }
        }
    }
    key
}
