//! The patterns and sets the model's fields are held to (ids, texts,
//! language tags, country codes), named in `crate::model`'s schema
//! attributes and written into the published schema.

use schemars::{json_schema, Schema, SchemaGenerator};

/// An id: lower-case letters, digits and single hyphens (`chengdu-hi-tech-zone`).
pub const ID: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";
/// A text with at least one character that is not a space.
pub const NOT_BLANK: &str = "\\S";
/// An ISO 639 language code, as the source articles' languages are given (`zh`).
pub const LANGUAGE_CODE: &str = "^[a-z]{2,3}$";
/// The language tag of a name, a simple subset of BCP 47: `fr`, `ca`,
/// `zh-Hans`, `zh-Hans-CN`.
pub const LANGUAGE_TAG: &str = "^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$";
/// A plain file name, without a folder: `000_0275e5c52c08726a.txt`.
pub const FILE_NAME_PATTERN: &str = "^[^/\\\\.][^/\\\\]*$";
/// The file name of the published schema, beside the dataset.
pub const FILE_NAME: &str = "portal.schema.json";

/// The ISO 3166-1 alpha-2 country codes, with `EU`, which ISO reserves for
/// the European Union and the dataset uses for its institutions.
pub const COUNTRIES: [&str; 250] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "EU", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE",
    "GF", "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK",
    "HM", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE",
    "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB",
    "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH",
    "MK", "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ",
    "NA", "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF",
    "PG", "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU",
    "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR",
    "SS", "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN",
    "TO", "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG",
    "VI", "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

/// The schema of a country field: one of [`COUNTRIES`].
pub fn country(_: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "string",
        "description": "ISO 3166-1 alpha-2 country code (EU for the European Union)",
        "enum": COUNTRIES.as_slice(),
    })
}
