//! What a JSON Schema cannot say, checked in Rust: ids used once per
//! collection, references that name a record (`x-references` in the schema
//! says which fields are references, to which collection), items listed
//! twice, dates that exist and spans that end after they start, agreements
//! their event lists, sources every record cites and topics some record
//! uses, and texts short enough to show.
//!
//! The walk follows the schema through the document, so that a new
//! reference field needs only its `x-references` in the model.

use std::collections::{BTreeSet, HashMap, HashSet};

use portal_core::dates::days_in_month;
use portal_core::load::{Problem, MAX_STRING_CHARS};
use serde_json::{Map, Value};

use super::dates::{ends_before, show_date, Ymd};
use super::text::{child, short};
use super::COLLECTIONS;

/// Optional fields that go in pairs: the second (the language of a name) is
/// present exactly when the first (the name) is.
const PAIRED_FIELDS: &[(&str, &str)] = &[("local_name", "local_name_lang")];

pub(super) struct Rules<'s> {
    schema: &'s Value,
    /// The ids of each collection, as found in the document.
    ids: HashMap<&'static str, HashSet<String>>,
    cited_sources: HashSet<String>,
    used_topics: HashSet<String>,
    pub(super) problems: Vec<Problem>,
}

impl<'s> Rules<'s> {
    /// Checks `root` against the rules, reading the fields' roles from `schema`.
    pub(super) fn check(root: &Value, schema: &'s Value) -> Vec<Problem> {
        let mut rules = Rules {
            schema,
            ids: HashMap::new(),
            cited_sources: HashSet::new(),
            used_topics: HashSet::new(),
            problems: Vec::new(),
        };
        rules.collect_ids(root);
        rules.walk("$", schema, root);
        rules.cross_checks(root);
        rules.problems
    }

    fn push(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::new(path, message));
    }

    /// Collects the ids of every collection and reports those used twice.
    fn collect_ids(&mut self, root: &Value) {
        for (collection, singular) in COLLECTIONS {
            let mut first_seen: HashMap<&str, usize> = HashMap::new();
            let items = root.get(collection).and_then(Value::as_array);
            for (i, item) in items.into_iter().flatten().enumerate() {
                let Some(id) = item.get("id").and_then(Value::as_str) else {
                    continue;
                };
                if let Some(first) = first_seen.get(id) {
                    self.push(
                        &format!("$.{collection}[{i}].id"),
                        format!("duplicate {singular} id `{id}`: $.{collection}[{first}] already uses it"),
                    );
                } else {
                    first_seen.insert(id, i);
                }
            }
            let ids = first_seen.keys().map(|id| id.to_string()).collect();
            self.ids.insert(collection, ids);
        }
    }

    /// The definition a `$ref` names, with its name.
    fn definition(&self, reference: &str) -> Option<(&'s str, &'s Value)> {
        let name = reference.strip_prefix("#/$defs/")?;
        let (name, node) = self.schema.get("$defs")?.as_object()?.get_key_value(name)?;
        Some((name.as_str(), node))
    }

    /// Checks `value` at `path` against what its schema `node` says of it.
    fn walk(&mut self, path: &str, node: &'s Value, value: &Value) {
        if let Value::String(text) = value {
            let chars = text.chars().count();
            if chars > MAX_STRING_CHARS {
                self.push(
                    path,
                    format!("text of {chars} characters is over the limit of {MAX_STRING_CHARS} characters"),
                );
            }
        }
        if let Some((name, definition)) = node
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| self.definition(r))
        {
            match name {
                "PartialDate" => {
                    self.date(path, value);
                }
                "DateSpan" => self.span(path, value),
                _ => {}
            }
            return self.walk(path, definition, value);
        }
        // An optional value, or a party: the branch the value is meant as.
        for alternatives in ["anyOf", "oneOf"] {
            if let Some(branches) = node.get(alternatives).and_then(Value::as_array) {
                if let Some(branch) = branch_for(branches, value) {
                    self.walk(path, branch, value);
                }
                return;
            }
        }
        if let Some(collection) = node.get("x-references").and_then(Value::as_str) {
            match value {
                Value::String(id) => self.reference(path, collection, id),
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        if let Some(id) = item.as_str() {
                            self.reference(&format!("{path}[{i}]"), collection, id);
                        }
                    }
                }
                _ => {}
            }
        }
        match value {
            Value::Object(map) => {
                self.pairs(path, node, map);
                let properties = node.get("properties").and_then(Value::as_object);
                for (key, field) in map {
                    if let Some(field_node) = properties.and_then(|p| p.get(key)) {
                        self.walk(&child(path, key), field_node, field);
                    }
                }
            }
            Value::Array(items) => {
                if node.get("uniqueItems") == Some(&Value::Bool(true)) {
                    // Compared by their JSON text: ids and parties are small.
                    let mut seen = HashSet::new();
                    for (i, item) in items.iter().enumerate() {
                        if !seen.insert(item.to_string()) {
                            self.push(
                                &format!("{path}[{i}]"),
                                format!("{} is listed twice", short(item)),
                            );
                        }
                    }
                }
                if let Some(item_node) = node.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.walk(&format!("{path}[{i}]"), item_node, item);
                    }
                }
            }
            _ => {}
        }
    }

    /// Checks that each of [`PAIRED_FIELDS`] the object's schema has as
    /// optional fields is given both or neither (`null` counts as left out).
    fn pairs(&mut self, path: &str, node: &Value, map: &Map<String, Value>) {
        let required = |name: &str| {
            node.get("required")
                .and_then(Value::as_array)
                .is_some_and(|r| r.iter().any(|f| f == name))
        };
        let has = |name: &str| node.get("properties").and_then(|p| p.get(name)).is_some();
        let given = |name: &str| !matches!(map.get(name), None | Some(Value::Null));
        for &(first, second) in PAIRED_FIELDS {
            if !(has(first) && has(second)) || required(first) || required(second) {
                continue;
            }
            match (given(first), given(second)) {
                (true, false) => self.push(
                    &child(path, second),
                    format!(
                        "missing field `{second}`: a record with a `{first}` must say which language it is in, as a BCP 47 tag such as \"fr\", \"ca\" or \"zh-Hans\""
                    ),
                ),
                (false, true) => self.push(
                    &child(path, second),
                    format!(
                        "`{second}` is given without a `{first}`: add the `{first}` it describes, or leave `{second}` out"
                    ),
                ),
                _ => {}
            }
        }
    }

    /// A reference to a record of `collection`.
    fn reference(&mut self, path: &str, collection: &str, id: &str) {
        match collection {
            "sources" => {
                self.cited_sources.insert(id.to_string());
            }
            "topics" => {
                self.used_topics.insert(id.to_string());
            }
            _ => {}
        }
        let known = self.ids.get(collection).is_some_and(|ids| ids.contains(id));
        if !known {
            let singular = COLLECTIONS
                .iter()
                .find(|(c, _)| *c == collection)
                .map_or(collection, |(_, s)| *s);
            self.push(
                path,
                format!("no {singular} has the id `{id}` (it must match the `id` of a record in `{collection}`)"),
            );
        }
    }

    /// A partial date whose parts are in range (the schema's part): that it
    /// is a date, reported at its day.
    fn date(&mut self, path: &str, value: &Value) {
        if let Some(Err(why)) = read_date(value) {
            self.push(&child(path, "day"), why);
        }
    }

    /// A span whose ends are dates: that it does not end before it starts.
    /// (The ends themselves are checked as the walk reaches them.)
    fn span(&mut self, path: &str, value: &Value) {
        let end = |name: &str| match value.get(name).and_then(read_date) {
            Some(Ok(date)) => Some(date),
            _ => None,
        };
        if let (Some(from), Some(to)) = (end("from"), end("to")) {
            if ends_before(from, to) {
                self.push(
                    &child(path, "to"),
                    format!(
                        "the span ends ({}) before it starts ({})",
                        show_date(to),
                        show_date(from)
                    ),
                );
            }
        }
    }

    /// Checks that need the whole document: agreements and their events,
    /// sources nobody cites and topics nobody uses.
    fn cross_checks(&mut self, root: &Value) {
        let records = |name: &str| {
            root.get(name)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
        };
        let field = |record: &'_ Value, name: &str| {
            record.get(name).and_then(Value::as_str).map(str::to_string)
        };
        let event_lists: HashMap<String, BTreeSet<String>> = records("events")
            .filter_map(|e| {
                let listed = e
                    .get("agreements")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect();
                Some((field(e, "id")?, listed))
            })
            .collect();
        for (i, agreement) in records("agreements").enumerate() {
            let (Some(id), Some(event)) = (field(agreement, "id"), field(agreement, "event"))
            else {
                continue;
            };
            if event_lists
                .get(&event)
                .is_some_and(|listed| !listed.contains(&id))
            {
                self.push(
                    &format!("$.agreements[{i}].event"),
                    format!("the event `{event}` does not list the agreement `{id}` in its `agreements`"),
                );
            }
        }
        let unused = [
            (
                "sources",
                self.cited_sources.clone(),
                "no record cites this source",
            ),
            (
                "topics",
                self.used_topics.clone(),
                "no record uses this topic",
            ),
        ];
        for (collection, used, what) in unused {
            for (i, item) in records(collection).enumerate() {
                if let Some(id) = field(item, "id") {
                    if !used.contains(&id) {
                        self.push(&format!("$.{collection}[{i}]"), format!("{what} (`{id}`)"));
                    }
                }
            }
        }
    }
}

/// A partial date as (year, month, day), or why it is none: a day without a
/// month, or a day its month does not have. `None` when its parts are not
/// numbers in range, which the schema reports.
fn read_date(value: &Value) -> Option<Result<Ymd, String>> {
    let map = value.as_object()?;
    let part = |name: &str| map.get(name).and_then(Value::as_i64);
    let year = part("year").filter(|y| (1..=9999).contains(y))?;
    let month = part("month").filter(|m| (1..=12).contains(m));
    let day = part("day");
    if map.get("month").is_some_and(|m| !m.is_null()) && month.is_none() {
        return None;
    }
    match (month, day) {
        (None, Some(_)) => {
            return Some(Err(
                "a day needs a month: give the month too, or leave the day out".into(),
            ))
        }
        (Some(m), Some(d)) => {
            let last = i64::from(days_in_month(year as i32, m as u8));
            if !(1..=last).contains(&d) {
                return Some(Err(format!(
                    "impossible date {year}-{m:02}-{d:02}: {} {year} has {last} days",
                    portal_core::dates::format::month_name(m as u8, portal_core::Locale::En)
                )));
            }
        }
        _ => {}
    }
    Some(Ok((year, month.map(|m| m as u32), day.map(|d| d as u32))))
}

/// The branch of an `anyOf`/`oneOf` a value is meant as: none for `null`
/// (an optional value left empty), the one branch that is not `null`, or for
/// a party the branch whose field the object has.
fn branch_for<'s>(branches: &'s [Value], value: &Value) -> Option<&'s Value> {
    if value.is_null() {
        return None;
    }
    let not_null: Vec<&Value> = branches
        .iter()
        .filter(|b| b.get("type") != Some(&Value::String("null".into())))
        .collect();
    if not_null.len() == 1 {
        return not_null.into_iter().next();
    }
    let object: &Map<String, Value> = value.as_object()?;
    not_null.into_iter().find(|branch| {
        branch
            .get("required")
            .and_then(Value::as_array)
            .and_then(|r| r.first())
            .and_then(Value::as_str)
            .is_some_and(|field| object.contains_key(field))
    })
}
