//! The dataset's closed vocabularies (kinds of agreement, event and
//! organisation; event formats and statuses): each value's key, as the file
//! and the addresses write it (`sister-parks`), and its name in the interface.

use crate::i18n::Key;
use crate::model::{AgreementKind, EventFormat, EventKind, EventStatus, OrganisationKind};

/// A closed vocabulary of the dataset.
pub trait Vocabulary: Copy + Sized + 'static {
    /// Every value, in the order lists offer them.
    const ALL: &'static [Self];

    /// The value as the file and the addresses write it: `sister-parks`.
    fn key(self) -> &'static str;

    /// The interface string that names the value.
    fn label(self) -> Key;

    /// The value a key names.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.key() == key)
    }
}

/// Implements [`Vocabulary`]: each value with its key and label.
macro_rules! vocabulary {
    ($type:ident { $($value:ident => $key:literal, $label:ident;)+ }) => {
        impl Vocabulary for $type {
            const ALL: &'static [Self] = &[$($type::$value),+];

            fn key(self) -> &'static str {
                match self { $($type::$value => $key),+ }
            }

            fn label(self) -> Key {
                match self { $($type::$value => Key::$label),+ }
            }
        }
    };
}

vocabulary!(AgreementKind {
    SisterParks => "sister-parks", AgreementKindSisterParks;
    StrategicCooperation => "strategic-cooperation", AgreementKindStrategicCooperation;
    Cooperation => "cooperation", AgreementKindCooperation;
    Declaration => "declaration", AgreementKindDeclaration;
    Intention => "intention", AgreementKindIntention;
});

vocabulary!(EventKind {
    Forum => "forum", EventKindForum;
    Summit => "summit", EventKindSummit;
    Meeting => "meeting", EventKindMeeting;
    Fair => "fair", EventKindFair;
    Delegation => "delegation", EventKindDelegation;
    Competition => "competition", EventKindCompetition;
    Roadshow => "roadshow", EventKindRoadshow;
    Exhibition => "exhibition", EventKindExhibition;
    Signing => "signing", EventKindSigning;
});

vocabulary!(EventFormat {
    OnSite => "on-site", EventFormatOnSite;
    Online => "online", EventFormatOnline;
    Hybrid => "hybrid", EventFormatHybrid;
});

vocabulary!(EventStatus {
    Held => "held", EventStatusHeld;
    Announced => "announced", EventStatusAnnounced;
});

vocabulary!(OrganisationKind {
    Foundation => "foundation", OrganisationKindFoundation;
    Association => "association", OrganisationKindAssociation;
    InnovationCentre => "innovation-centre", OrganisationKindInnovationCentre;
    University => "university", OrganisationKindUniversity;
    Company => "company", OrganisationKindCompany;
    Government => "government", OrganisationKindGovernment;
    Network => "network", OrganisationKindNetwork;
});

/// Every vocabulary label in `locale`: what the site generator puts in the
/// order of names, since the filters sort their choices by name.
pub fn all_labels(locale: crate::Locale) -> Vec<&'static str> {
    fn of<V: Vocabulary>(locale: crate::Locale) -> impl Iterator<Item = &'static str> {
        V::ALL.iter().map(move |v| locale.text(v.label()))
    }
    of::<AgreementKind>(locale)
        .chain(of::<EventKind>(locale))
        .chain(of::<EventFormat>(locale))
        .chain(of::<EventStatus>(locale))
        .chain(of::<OrganisationKind>(locale))
        .collect()
}

/// The name of an article's language (`en`, `fr`, `zh`) in the interface language.
pub fn language_name(code: &str) -> Option<Key> {
    match code {
        "en" => Some(Key::LanguageNameEn),
        "fr" => Some(Key::LanguageNameFr),
        "zh" => Some(Key::LanguageNameZh),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys are the file's own names for the values (serde's).
    fn same_as_the_file<
        V: Vocabulary + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    >() {
        for value in V::ALL {
            let written = serde_json::to_value(value).unwrap();
            assert_eq!(written.as_str(), Some(value.key()));
            assert_eq!(V::from_key(value.key()), Some(*value));
            let read: V = serde_json::from_value(written).unwrap();
            assert_eq!(read, *value);
        }
        assert_eq!(V::from_key("no-such-value"), None);
    }

    #[test]
    fn keys_are_the_files_names() {
        same_as_the_file::<AgreementKind>();
        same_as_the_file::<EventKind>();
        same_as_the_file::<EventFormat>();
        same_as_the_file::<EventStatus>();
        same_as_the_file::<OrganisationKind>();
    }
}
