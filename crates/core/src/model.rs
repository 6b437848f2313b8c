//! The dataset's record types, exactly as they appear in `public/data/portal.json`.
//!
//! Plain structs with no Leptos in sight, and the one description of the
//! file's format: the app, the site generator and the validator read them
//! with serde, and the JSON Schema is generated from them. Every struct
//! denies unknown fields: a misspelt key in a contributed record is an error
//! the editor sees, not a field that silently disappears.
//!
//! Conventions:
//! - `id`s are URL slugs (`[a-z0-9]+(-[a-z0-9]+)*`) and never change with the language.
//! - Every text a visitor reads is a [`Localized`] with `fr`, `en` and `zh` (Simplified Chinese).
//! - Every record lists the [`Source`] ids it was drawn from in `sources`.

use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::Locale;

/// The longest text accepted in the file, in characters. The texts a page
/// lays out (translations, and the names of parks, people and sources) are refused beyond it when the file is
/// read, each at its path: a longer one would freeze the page. The validator
/// holds every string of the file to it.
pub const MAX_STRING_CHARS: usize = 10_000;

/// Reads a text a page lays out, refusing one over [`MAX_STRING_CHARS`].
fn bounded<'de, D: Deserializer<'de>>(reader: D) -> Result<String, D::Error> {
    let text = String::deserialize(reader)?;
    let chars = text.chars().count();
    if chars > MAX_STRING_CHARS {
        return Err(serde::de::Error::custom(format!(
            "{chars} characters is over the limit of {MAX_STRING_CHARS}"
        )));
    }
    Ok(text)
}

/// The whole dataset: one file, loaded once at start-up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// The JSON Schema that describes the file (`portal.schema.json`), for
    /// editors' tools; the portal itself does not read it.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Schema version, bumped when a change breaks older readers.
    #[cfg_attr(feature = "schema", schemars(extend("const" = 1)))]
    pub version: u32,
    /// The day the editors last changed the records: the portal shows it as
    /// the data's last update (footers, feeds, structured data). Set by hand
    /// with each change, since the build's own time says nothing of the data.
    #[cfg_attr(feature = "schema", schemars(extend("type" = "object", "required" = ["year", "month", "day"])))]
    pub updated: PartialDate,
    pub sources: Vec<Source>,
    pub topics: Vec<Topic>,
    pub parks: Vec<Park>,
    pub organisations: Vec<Organisation>,
    pub people: Vec<Person>,
    pub agreements: Vec<Agreement>,
    pub events: Vec<Event>,
}

/// A text in the portal's three languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    #[serde(deserialize_with = "bounded")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    pub fr: String,
    #[serde(deserialize_with = "bounded")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    pub en: String,
    #[serde(deserialize_with = "bounded")]
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    pub zh: String,
}

impl Localized {
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
            Locale::Zh => &self.zh,
        }
    }
}

/// A source article from which records are drawn.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    /// The article's own title, in its own language, as published.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    #[serde(deserialize_with = "bounded")]
    pub original_title: String,
    /// The title rendered in the portal's three languages.
    pub title: Localized,
    /// Who published it, where the article says so.
    pub publisher: Option<Localized>,
    /// BCP 47 code(s) of the article's language(s), e.g. `["zh", "fr"]`.
    #[cfg_attr(feature = "schema", schemars(length(min = 1), inner(regex(pattern = crate::schema::patterns::LANGUAGE_CODE)), extend("uniqueItems" = true)))]
    pub languages: Vec<String>,
    /// Publication date, where the article gives one.
    pub date: Option<PartialDate>,
    /// File name of the article in the project's seed collection.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::FILE_NAME_PATTERN)))]
    pub seed: String,
    /// What the portal could not establish from this article (e.g. a missing year).
    pub note: Option<Localized>,
}

/// A shared vocabulary of sectors and topics (biomedicine, IoT, AI...).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Topic {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    pub name: Localized,
}

/// A technology park, hi-tech zone or demonstration zone.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Park {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    pub name: Localized,
    /// Official name in the park's own language (Chinese characters for Chinese zones).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    #[serde(deserialize_with = "bounded")]
    pub local_name: String,
    /// BCP 47 tag of `local_name`'s language (`fr`, `zh-Hans`, `ca`), so pages
    /// in other languages can mark it for screen readers and font selection.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::LANGUAGE_TAG)))]
    pub local_name_lang: String,
    pub city: Localized,
    pub region: Localized,
    /// ISO 3166-1 alpha-2 country code.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::patterns::country")
    )]
    pub country: String,
    /// City-level position of the park.
    pub location: Coordinates,
    pub founded: Option<PartialDate>,
    pub figures: Vec<KeyFigure>,
    /// Topic ids.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "topics")))]
    pub sectors: Vec<String>,
    pub description: Localized,
    pub note: Option<Localized>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true, "x-references" = "sources")))]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Coordinates {
    #[cfg_attr(feature = "schema", schemars(range(min = -90, max = 90)))]
    pub lat: f64,
    #[cfg_attr(feature = "schema", schemars(range(min = -180, max = 180)))]
    pub lon: f64,
}

/// A number an article gives about a park or a city ("2.8 million professionals").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub value: f64,
    /// What is counted, e.g. "incubators".
    pub label: Localized,
    /// How the article qualifies the number ("about 230", "more than 2,000"); absent for an exact count.
    pub qualifier: Option<Qualifier>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true, "x-references" = "sources")))]
    pub sources: Vec<String>,
}

/// How a source qualifies a number that is not an exact count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Qualifier {
    /// "about", "some", "around".
    About,
    /// "more than", "over".
    MoreThan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum OrganisationKind {
    Foundation,
    Association,
    InnovationCentre,
    University,
    Company,
    Government,
    Network,
}

/// A foundation, association, innovation centre, university, company or public body.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    pub name: Localized,
    /// Name in the organisation's own language, where it differs from the translations.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    pub local_name: Option<String>,
    /// BCP 47 tag of `local_name`'s language; present exactly when `local_name` is.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::LANGUAGE_TAG)))]
    pub local_name_lang: Option<String>,
    /// Acronym used by the sources (FSA, AIFC, EUPIC...).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    pub acronym: Option<String>,
    pub kind: OrganisationKind,
    /// ISO 3166-1 alpha-2 country code.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::schema::patterns::country")
    )]
    pub country: String,
    /// The park it belongs to or is based in, if any.
    #[cfg_attr(feature = "schema", schemars(extend("x-references" = "parks")))]
    pub park: Option<String>,
    pub description: Localized,
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "topics")))]
    pub sectors: Vec<String>,
    pub note: Option<Localized>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true, "x-references" = "sources")))]
    pub sources: Vec<String>,
}

/// Someone the sources name, in their own script and in transliteration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Person {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    /// The name in the person's own script (朱红宇 / Pierre Laffitte).
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    #[serde(deserialize_with = "bounded")]
    pub native_name: String,
    /// Latin transliteration (pinyin for Chinese names); equal to `native_name` for Latin-script names.
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::NOT_BLANK)))]
    #[serde(deserialize_with = "bounded")]
    pub latin_name: String,
    pub role: Localized,
    #[cfg_attr(feature = "schema", schemars(extend("x-references" = "organisations")))]
    pub organisation: Option<String>,
    #[cfg_attr(feature = "schema", schemars(extend("x-references" = "parks")))]
    pub park: Option<String>,
    /// What the sources leave open about the person, e.g. a name spelt
    /// differently in two languages of the same article.
    pub note: Option<Localized>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true, "x-references" = "sources")))]
    pub sources: Vec<String>,
}

/// A reference to a party of an agreement or an organiser or participant of an event.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Party {
    Park(#[cfg_attr(feature = "schema", schemars(extend("x-references" = "parks")))] String),
    Organisation(
        #[cfg_attr(feature = "schema", schemars(extend("x-references" = "organisations")))] String,
    ),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum AgreementKind {
    SisterParks,
    StrategicCooperation,
    Cooperation,
    Declaration,
    Intention,
}

/// An agreement, declaration or statement of intent between parks or organisations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    pub title: Localized,
    pub kind: AgreementKind,
    #[cfg_attr(feature = "schema", schemars(length(min = 2), extend("uniqueItems" = true)))]
    pub parties: Vec<Party>,
    pub date: Option<DateSpan>,
    pub place: Option<Localized>,
    /// What the agreement covers.
    pub summary: Localized,
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "topics")))]
    pub topics: Vec<String>,
    /// The event at which it was signed or adopted.
    #[cfg_attr(feature = "schema", schemars(extend("x-references" = "events")))]
    pub event: Option<String>,
    pub note: Option<Localized>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true, "x-references" = "sources")))]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Forum,
    Summit,
    Meeting,
    Fair,
    Delegation,
    Competition,
    Roadshow,
    Exhibition,
    Signing,
}

/// Where an event happens: on site, online, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventFormat {
    OnSite,
    Online,
    Hybrid,
}

/// Whether the sources report the event as having taken place or as announced.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum EventStatus {
    Held,
    Announced,
}

/// A forum, summit, meeting, fair, delegation visit or announced future event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    #[cfg_attr(feature = "schema", schemars(regex(pattern = crate::schema::patterns::ID), length(max = 100)))]
    pub id: String,
    pub title: Localized,
    pub kind: EventKind,
    pub status: EventStatus,
    pub date: Option<DateSpan>,
    pub format: EventFormat,
    /// Venue and city, where the sources give them.
    pub place: Option<Localized>,
    /// Where a position can be given (city level), for the map and the calendar.
    pub location: Option<Coordinates>,
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub organisers: Vec<Party>,
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true)))]
    pub participants: Vec<Party>,
    /// Person ids.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "people")))]
    pub people: Vec<String>,
    /// Number of attendees, where the sources give it.
    pub attendance: Option<Attendance>,
    pub summary: Localized,
    pub outcomes: Vec<Localized>,
    /// Agreement ids signed or discussed at the event.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "agreements")))]
    pub agreements: Vec<String>,
    /// Park ids the event concerns.
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "parks")))]
    pub parks: Vec<String>,
    #[cfg_attr(feature = "schema", schemars(extend("uniqueItems" = true, "x-references" = "topics")))]
    pub topics: Vec<String>,
    pub note: Option<Localized>,
    #[cfg_attr(feature = "schema", schemars(length(min = 1), extend("uniqueItems" = true, "x-references" = "sources")))]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Attendance {
    #[cfg_attr(feature = "schema", schemars(range(min = 1)))]
    pub count: u32,
    /// How the source qualifies the count; absent for an exact count.
    pub qualifier: Option<Qualifier>,
}

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PartialDate {
    #[cfg_attr(feature = "schema", schemars(range(min = 1900, max = 2100)))]
    pub year: i32,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 12)))]
    pub month: Option<u8>,
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 31)))]
    pub day: Option<u8>,
}

/// A date, or a span between two dates (`2021/22`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct DateSpan {
    pub from: PartialDate,
    pub to: Option<PartialDate>,
}
