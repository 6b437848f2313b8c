//! One file per page, named after the page's address.

mod agreement;
mod agreements;
mod event;
mod events;
mod home;
mod info;
mod map;
mod not_found;
mod open_data;
mod organisation;
mod organisations;
mod park;
mod parks;
mod people;
mod person;
mod search;
mod sources;
mod timeline;
mod topic;
mod topics;

pub use agreement::AgreementPage;
pub use agreements::AgreementsPage;
pub use event::EventPage;
pub use events::EventsPage;
pub use home::HomePage;
pub use info::InfoPage;
#[cfg(not(target_arch = "wasm32"))]
pub use info::InfoTexts;
pub use map::MapPage;
pub use not_found::NotFoundPage;
pub use open_data::OpenDataPage;
pub use organisation::OrganisationPage;
pub use organisations::OrganisationsPage;
pub use park::ParkPage;
pub use parks::ParksPage;
pub use people::PeoplePage;
pub use person::PersonPage;
pub use search::SearchPage;
pub use sources::SourcesPage;
pub use timeline::TimelinePage;
pub use topic::TopicPage;
pub use topics::TopicsPage;
