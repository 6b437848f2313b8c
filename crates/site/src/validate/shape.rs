//! The dataset's format, as data the walk checks a document against: every
//! record type's fields, which are required, and the vocabularies. It mirrors
//! `portal_core::model`; the tests check that a document it accepts is one the
//! model reads.

/// The record collections, i.e. the things an id can refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Coll {
    Sources,
    Topics,
    Parks,
    Organisations,
    People,
    Agreements,
    Events,
}

pub(super) const COLLS: [Coll; 7] = [
    Coll::Sources,
    Coll::Topics,
    Coll::Parks,
    Coll::Organisations,
    Coll::People,
    Coll::Agreements,
    Coll::Events,
];

impl Coll {
    /// The collection's key in the document.
    pub(super) fn key(self) -> &'static str {
        match self {
            Coll::Sources => "sources",
            Coll::Topics => "topics",
            Coll::Parks => "parks",
            Coll::Organisations => "organisations",
            Coll::People => "people",
            Coll::Agreements => "agreements",
            Coll::Events => "events",
        }
    }

    /// One record of the collection, for messages.
    pub(super) fn singular(self) -> &'static str {
        match self {
            Coll::Sources => "source",
            Coll::Topics => "topic",
            Coll::Parks => "park",
            Coll::Organisations => "organisation",
            Coll::People => "person",
            Coll::Agreements => "agreement",
            Coll::Events => "event",
        }
    }
}

pub(super) enum Shape {
    /// The schema version number.
    Version,
    /// A non-empty string.
    Text,
    /// The `id` of a record of the collection: a slug.
    Id,
    /// The id of a record of the collection.
    Ref(Coll),
    /// `{ "fr", "en", "zh" }`, all non-empty.
    Localized,
    /// ISO 3166-1 alpha-2.
    Country,
    /// BCP 47 language code.
    Language,
    /// The BCP 47 tag of a name's language, of the simple kind the portal
    /// uses: `fr`, `ca`, `zh-Hans`, `zh-Hans-CN` (see [`language_tag_problem`]).
    LanguageTag,
    /// A file name in the seed collection.
    Seed,
    /// Any number.
    Number,
    /// A number within a range; `what` names it in messages.
    Range {
        min: f64,
        max: f64,
        what: &'static str,
    },
    /// A whole number of at least 1 that fits in 32 bits.
    Count,
    /// How a source qualifies a number: one of [`QUALIFIERS`].
    Qualifier,
    /// One of the strings.
    Enum(&'static [&'static str]),
    /// `{ year, month?, day? }`, a date that exists.
    Date,
    /// `{ from, to? }`, with `to` not before `from`.
    Span,
    /// `{ "park": id }` or `{ "organisation": id }`.
    Party,
    /// An array.
    List {
        item: &'static Shape,
        min: usize,
        /// Items must not repeat.
        unique: bool,
        /// Message when there are fewer than `min` items.
        too_few: &'static str,
    },
    /// An object with exactly these fields.
    Object(&'static [Field]),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Presence {
    /// Must be there, and not `null`.
    Required,
    /// May be left out or be `null` (an `Option` in the model).
    Optional,
}

pub(super) struct Field {
    pub(super) name: &'static str,
    pub(super) shape: Shape,
    pub(super) presence: Presence,
}

pub(super) const fn req(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Required,
    }
}

pub(super) const fn opt(name: &'static str, shape: Shape) -> Field {
    Field {
        name,
        shape,
        presence: Presence::Optional,
    }
}

pub(super) const fn list(item: &'static Shape) -> Shape {
    Shape::List {
        item,
        min: 0,
        unique: true,
        too_few: "",
    }
}

pub(super) const fn sources_list() -> Shape {
    Shape::List {
        item: &Shape::Ref(Coll::Sources),
        min: 1,
        unique: true,
        too_few:
            "a record needs at least one source: list the ids of the sources it was drawn from",
    }
}

pub(super) const fn records(item: &'static Shape) -> Shape {
    Shape::List {
        item,
        min: 0,
        unique: false,
        too_few: "",
    }
}

pub(super) const ORGANISATION_KINDS: &[&str] = &[
    "foundation",
    "association",
    "innovation-centre",
    "university",
    "company",
    "government",
    "network",
];
pub(super) const AGREEMENT_KINDS: &[&str] = &[
    "sister-parks",
    "strategic-cooperation",
    "cooperation",
    "declaration",
    "intention",
];
pub(super) const EVENT_KINDS: &[&str] = &[
    "forum",
    "summit",
    "meeting",
    "fair",
    "delegation",
    "competition",
    "roadshow",
    "exhibition",
    "signing",
];
pub(super) const EVENT_FORMATS: &[&str] = &["on-site", "online", "hybrid"];
pub(super) const EVENT_STATUSES: &[&str] = &["held", "announced"];
/// How a source qualifies a number ([`super::model::Qualifier`]); left out for an exact count.
pub(super) const QUALIFIERS: &[&str] = &["about", "more-than"];

/// Fields the schema no longer has, with what replaces them: the message for
/// an old file says what to write instead.
pub(super) const RETIRED_FIELDS: &[(&str, &str)] = &[(
    "approximate",
    "`approximate` was replaced by `qualifier`: write \"qualifier\": \"about\" or \"more-than\" as the source words it, or leave it out for an exact count",
)];

/// Missing required fields whose purpose is not obvious from their name, with
/// what to write.
pub(super) const MISSING_HINTS: &[(&str, &str)] = &[(
    "local_name_lang",
    "give the language `local_name` is written in, as a BCP 47 tag such as \"fr\", \"ca\" or \"zh-Hans\"",
)];

/// Optional fields that go in pairs: the second (the language of a name) is
/// present exactly when the first (the name) is.
pub(super) const PAIRED_FIELDS: &[(&str, &str)] = &[("local_name", "local_name_lang")];

pub(super) static DATASET: &[Field] = &[
    req("version", Shape::Version),
    req("sources", records(&Shape::Object(SOURCE))),
    req("topics", records(&Shape::Object(TOPIC))),
    req("parks", records(&Shape::Object(PARK))),
    req("organisations", records(&Shape::Object(ORGANISATION))),
    req("people", records(&Shape::Object(PERSON))),
    req("agreements", records(&Shape::Object(AGREEMENT))),
    req("events", records(&Shape::Object(EVENT))),
];

pub(super) static SOURCE: &[Field] = &[
    req("id", Shape::Id),
    req("original_title", Shape::Text),
    req("title", Shape::Localized),
    opt("publisher", Shape::Localized),
    req(
        "languages",
        Shape::List {
            item: &Shape::Language,
            min: 1,
            unique: true,
            too_few: "give the language code(s) of the article, e.g. [\"en\"]",
        },
    ),
    opt("date", Shape::Date),
    req("seed", Shape::Seed),
    opt("note", Shape::Localized),
];

pub(super) static TOPIC: &[Field] = &[req("id", Shape::Id), req("name", Shape::Localized)];

pub(super) static COORDINATES: &[Field] = &[
    req(
        "lat",
        Shape::Range {
            min: -90.0,
            max: 90.0,
            what: "a latitude",
        },
    ),
    req(
        "lon",
        Shape::Range {
            min: -180.0,
            max: 180.0,
            what: "a longitude",
        },
    ),
];

pub(super) static KEY_FIGURE: &[Field] = &[
    req("value", Shape::Number),
    req("label", Shape::Localized),
    opt("qualifier", Shape::Qualifier),
    req("sources", sources_list()),
];

pub(super) static PARK: &[Field] = &[
    req("id", Shape::Id),
    req("name", Shape::Localized),
    req("local_name", Shape::Text),
    req("local_name_lang", Shape::LanguageTag),
    req("city", Shape::Localized),
    req("region", Shape::Localized),
    req("country", Shape::Country),
    req("location", Shape::Object(COORDINATES)),
    opt("founded", Shape::Date),
    req("figures", records(&Shape::Object(KEY_FIGURE))),
    req("sectors", list(&Shape::Ref(Coll::Topics))),
    req("description", Shape::Localized),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

pub(super) static ORGANISATION: &[Field] = &[
    req("id", Shape::Id),
    req("name", Shape::Localized),
    opt("local_name", Shape::Text),
    opt("local_name_lang", Shape::LanguageTag),
    opt("acronym", Shape::Text),
    req("kind", Shape::Enum(ORGANISATION_KINDS)),
    req("country", Shape::Country),
    opt("park", Shape::Ref(Coll::Parks)),
    req("description", Shape::Localized),
    req("sectors", list(&Shape::Ref(Coll::Topics))),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

pub(super) static PERSON: &[Field] = &[
    req("id", Shape::Id),
    req("native_name", Shape::Text),
    req("latin_name", Shape::Text),
    req("role", Shape::Localized),
    opt("organisation", Shape::Ref(Coll::Organisations)),
    opt("park", Shape::Ref(Coll::Parks)),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

pub(super) static AGREEMENT: &[Field] = &[
    req("id", Shape::Id),
    req("title", Shape::Localized),
    req("kind", Shape::Enum(AGREEMENT_KINDS)),
    req(
        "parties",
        Shape::List {
            item: &Shape::Party,
            min: 2,
            unique: true,
            too_few: "an agreement needs at least two parties",
        },
    ),
    opt("date", Shape::Span),
    opt("place", Shape::Localized),
    req("summary", Shape::Localized),
    req("topics", list(&Shape::Ref(Coll::Topics))),
    opt("event", Shape::Ref(Coll::Events)),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

pub(super) static ATTENDANCE: &[Field] = &[
    req("count", Shape::Count),
    opt("qualifier", Shape::Qualifier),
];

pub(super) static EVENT: &[Field] = &[
    req("id", Shape::Id),
    req("title", Shape::Localized),
    req("kind", Shape::Enum(EVENT_KINDS)),
    req("status", Shape::Enum(EVENT_STATUSES)),
    opt("date", Shape::Span),
    req("format", Shape::Enum(EVENT_FORMATS)),
    opt("place", Shape::Localized),
    opt("location", Shape::Object(COORDINATES)),
    req("organisers", list(&Shape::Party)),
    req("participants", list(&Shape::Party)),
    req("people", list(&Shape::Ref(Coll::People))),
    opt("attendance", Shape::Object(ATTENDANCE)),
    req("summary", Shape::Localized),
    req(
        "outcomes",
        Shape::List {
            item: &Shape::Localized,
            min: 0,
            unique: false,
            too_few: "",
        },
    ),
    req("agreements", list(&Shape::Ref(Coll::Agreements))),
    req("parks", list(&Shape::Ref(Coll::Parks))),
    req("topics", list(&Shape::Ref(Coll::Topics))),
    opt("note", Shape::Localized),
    req("sources", sources_list()),
];

pub(super) const LANGUAGES: [&str; 3] = ["fr", "en", "zh"];
