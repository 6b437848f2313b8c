//! A record of any type, named by its kind and id: what a source lists, what
//! search returns, what a page links to.

/// The types of record a visitor can look up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    Park,
    Organisation,
    Agreement,
    Event,
    Person,
}

impl RecordKind {
    /// The kind in lower case, as the search page's groups name it in their
    /// `data-group` attribute.
    pub fn code(self) -> &'static str {
        match self {
            RecordKind::Park => "park",
            RecordKind::Organisation => "organisation",
            RecordKind::Agreement => "agreement",
            RecordKind::Event => "event",
            RecordKind::Person => "person",
        }
    }
}

/// A record of any type, by id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordRef<'a> {
    Park(&'a str),
    Organisation(&'a str),
    Agreement(&'a str),
    Event(&'a str),
    Person(&'a str),
}

impl<'a> RecordRef<'a> {
    pub fn of(kind: RecordKind, id: &'a str) -> RecordRef<'a> {
        match kind {
            RecordKind::Park => RecordRef::Park(id),
            RecordKind::Organisation => RecordRef::Organisation(id),
            RecordKind::Agreement => RecordRef::Agreement(id),
            RecordKind::Event => RecordRef::Event(id),
            RecordKind::Person => RecordRef::Person(id),
        }
    }

    pub fn kind(self) -> RecordKind {
        match self {
            RecordRef::Park(_) => RecordKind::Park,
            RecordRef::Organisation(_) => RecordKind::Organisation,
            RecordRef::Agreement(_) => RecordKind::Agreement,
            RecordRef::Event(_) => RecordKind::Event,
            RecordRef::Person(_) => RecordKind::Person,
        }
    }

    pub fn id(self) -> &'a str {
        match self {
            RecordRef::Park(id)
            | RecordRef::Organisation(id)
            | RecordRef::Agreement(id)
            | RecordRef::Event(id)
            | RecordRef::Person(id) => id,
        }
    }
}
