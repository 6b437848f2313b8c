//! One file per page, named after the page's address.

mod agreements;
mod events;
mod home;
mod not_found;
mod parks;

pub use agreements::AgreementsPage;
pub use events::EventsPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use parks::ParksPage;
