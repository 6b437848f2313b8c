//! Checks that need the whole document: references between records, the
//! agreements their events list, sources nobody cites and topics nobody uses.

use std::collections::{BTreeSet, HashMap};

use portal_core::load::Problem;
use serde_json::Value;

#[allow(unused_imports)]
use super::{dates::*, shape::*, text::*, walk::*, *};

impl Checker {
    /// Checks that need the whole document: agreements and their events,
    /// sources nobody cites and topics nobody uses.
    pub(super) fn cross_checks(&mut self, root: &Value) {
        let events = root.get("events").and_then(Value::as_array);
        let event_lists: HashMap<&str, BTreeSet<&str>> = events
            .into_iter()
            .flatten()
            .filter_map(|e| {
                let id = e.get("id")?.as_str()?;
                let listed = e
                    .get("agreements")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                Some((id, listed))
            })
            .collect();
        if let Some(agreements) = root.get("agreements").and_then(Value::as_array) {
            for (i, a) in agreements.iter().enumerate() {
                let (Some(id), Some(event)) = (
                    a.get("id").and_then(Value::as_str),
                    a.get("event").and_then(Value::as_str),
                ) else {
                    continue;
                };
                if let Some(listed) = event_lists.get(event) {
                    if !listed.contains(id) {
                        self.push(
                            &format!("$.agreements[{i}].event"),
                            format!(
                                "the event `{event}` does not list the agreement `{id}` in its `agreements`"
                            ),
                        );
                    }
                }
            }
        }
        for (coll, used, what) in [
            (
                Coll::Sources,
                &self.cited_sources,
                "no record cites this source",
            ),
            (Coll::Topics, &self.used_topics, "no record uses this topic"),
        ] {
            let Some(items) = root.get(coll.key()).and_then(Value::as_array) else {
                continue;
            };
            for (i, item) in items.iter().enumerate() {
                if let Some(id) = item.get("id").and_then(Value::as_str) {
                    if !used.contains(id) {
                        self.problems.push(Problem::new(
                            format!("$.{}[{i}]", coll.key()),
                            format!("{what} (`{id}`)"),
                        ));
                    }
                }
            }
        }
    }
}
