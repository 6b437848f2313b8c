//! One file per page, named after the page's address.

mod agreement;
mod agreements;
mod event;
mod events;
mod home;
mod not_found;
mod organisation;
mod organisations;
mod park;
mod parks;
mod sources;

pub use agreement::AgreementPage;
pub use agreements::AgreementsPage;
pub use event::EventPage;
pub use events::EventsPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use organisation::OrganisationPage;
pub use organisations::OrganisationsPage;
pub use park::ParkPage;
pub use parks::ParksPage;
pub use sources::SourcesPage;
