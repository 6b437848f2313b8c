//! The interface string that names each value of the dataset's vocabularies.

use super::Key;
use crate::data::model::{AgreementKind, EventFormat, EventKind, EventStatus, OrganisationKind};

impl AgreementKind {
    pub fn label(self) -> Key {
        match self {
            AgreementKind::SisterParks => Key::AgreementKindSisterParks,
            AgreementKind::StrategicCooperation => Key::AgreementKindStrategicCooperation,
            AgreementKind::Cooperation => Key::AgreementKindCooperation,
            AgreementKind::Declaration => Key::AgreementKindDeclaration,
            AgreementKind::Intention => Key::AgreementKindIntention,
        }
    }
}

impl EventKind {
    pub fn label(self) -> Key {
        match self {
            EventKind::Forum => Key::EventKindForum,
            EventKind::Summit => Key::EventKindSummit,
            EventKind::Meeting => Key::EventKindMeeting,
            EventKind::Fair => Key::EventKindFair,
            EventKind::Delegation => Key::EventKindDelegation,
            EventKind::Competition => Key::EventKindCompetition,
            EventKind::Roadshow => Key::EventKindRoadshow,
            EventKind::Exhibition => Key::EventKindExhibition,
            EventKind::Signing => Key::EventKindSigning,
        }
    }
}

impl EventFormat {
    pub fn label(self) -> Key {
        match self {
            EventFormat::OnSite => Key::EventFormatOnSite,
            EventFormat::Online => Key::EventFormatOnline,
            EventFormat::Hybrid => Key::EventFormatHybrid,
        }
    }
}

impl EventStatus {
    pub fn label(self) -> Key {
        match self {
            EventStatus::Held => Key::EventStatusHeld,
            EventStatus::Announced => Key::EventStatusAnnounced,
        }
    }
}

impl OrganisationKind {
    pub fn label(self) -> Key {
        match self {
            OrganisationKind::Foundation => Key::OrganisationKindFoundation,
            OrganisationKind::Association => Key::OrganisationKindAssociation,
            OrganisationKind::InnovationCentre => Key::OrganisationKindInnovationCentre,
            OrganisationKind::University => Key::OrganisationKindUniversity,
            OrganisationKind::Company => Key::OrganisationKindCompany,
            OrganisationKind::Government => Key::OrganisationKindGovernment,
            OrganisationKind::Network => Key::OrganisationKindNetwork,
        }
    }
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
