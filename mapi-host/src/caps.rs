//! What a store says it can do, and which groups of checks that runs.
//!
//! A store declares its capabilities in `PR_STORE_SUPPORT_MASK` (the
//! `STORE_*` bits); an author may instead pass the list
//! ([`Options::capabilities`](crate::Options::capabilities), or `--capability`
//! on the command line). The checks of a capability the store does not
//! declare are reported "skipped (not supported)"; a declared one that
//! misbehaves fails.

use mapi_sys::{
    STORE_ATTACH_OK, STORE_CREATE_OK, STORE_MODIFY_OK, STORE_NOTIFY_OK, STORE_READONLY,
    STORE_RESTRICTION_OK, STORE_SORT_OK,
};
use std::fmt;
use std::str::FromStr;

/// A group of checks a store may or may not support.
///
/// The store's required properties, logon, `StoreLogoff`, release,
/// `Logoff` and `Shutdown` are always checked: every store has them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Capability {
    /// `SetProps` on the store object itself. Declared unless
    /// `STORE_READONLY` ("every `IMAPIProp` of the store is read-only").
    StoreWrites,
    /// The root folder (`OpenEntry` with no entry ID), `CreateFolder`,
    /// hierarchy tables, folders opened by entry ID. Declared by
    /// `STORE_CREATE_OK` ("new messages and folders may be created"), as the
    /// checks create a folder.
    Folders,
    /// `CreateMessage`, `SaveChanges`, reading messages back, contents
    /// tables, opening and comparing messages by entry ID. Declared by
    /// `STORE_CREATE_OK`; needs [`Folders`](Capability::Folders).
    Messages,
    /// Changing and deleting saved messages. Declared by `STORE_MODIFY_OK`;
    /// needs [`Messages`](Capability::Messages).
    Modify,
    /// `CreateAttach`, attachment tables, `OpenAttach`. Declared by
    /// `STORE_ATTACH_OK`; needs [`Messages`](Capability::Messages).
    Attachments,
    /// `IMAPITable::SortTable`. Declared by `STORE_SORT_OK`; needs
    /// [`Messages`](Capability::Messages) (it sorts a contents table).
    Sort,
    /// `IMAPITable::Restrict`. Declared by `STORE_RESTRICTION_OK`; needs
    /// [`Messages`](Capability::Messages).
    Restrictions,
    /// `IMsgStore::Advise` and `Unadvise` and the notifications they
    /// deliver. Declared by `STORE_NOTIFY_OK`.
    Notifications,
    /// `SetReceiveFolder` and `GetReceiveFolder`. No bit of its own: assumed
    /// with `STORE_CREATE_OK` (a store that takes new messages is where they
    /// are delivered); pass an explicit list to say otherwise. Needs
    /// [`Folders`](Capability::Folders).
    ReceiveFolders,
}

impl Capability {
    /// Every capability, in report order.
    pub const ALL: [Capability; 9] = [
        Capability::StoreWrites,
        Capability::Folders,
        Capability::Messages,
        Capability::Modify,
        Capability::Attachments,
        Capability::Sort,
        Capability::Restrictions,
        Capability::Notifications,
        Capability::ReceiveFolders,
    ];

    /// The name used in reports and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Capability::StoreWrites => "store-writes",
            Capability::Folders => "folders",
            Capability::Messages => "messages",
            Capability::Modify => "modify",
            Capability::Attachments => "attachments",
            Capability::Sort => "sort",
            Capability::Restrictions => "restrictions",
            Capability::Notifications => "notifications",
            Capability::ReceiveFolders => "receive-folders",
        }
    }

    /// The capability the checks of this one cannot run without.
    pub fn needs(self) -> Option<Capability> {
        match self {
            Capability::StoreWrites | Capability::Folders | Capability::Notifications => None,
            Capability::Messages | Capability::ReceiveFolders => Some(Capability::Folders),
            Capability::Modify
            | Capability::Attachments
            | Capability::Sort
            | Capability::Restrictions => Some(Capability::Messages),
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

impl fmt::Display for Capability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a [`Capability`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownCapability(pub String);

impl fmt::Display for UnknownCapability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = Capability::ALL.iter().map(|c| c.name()).collect();
        write!(
            f,
            "unknown capability `{}` (one of: {})",
            self.0,
            names.join(", ")
        )
    }
}

impl std::error::Error for UnknownCapability {}

impl FromStr for Capability {
    type Err = UnknownCapability;

    fn from_str(s: &str) -> Result<Capability, UnknownCapability> {
        Capability::ALL
            .into_iter()
            .find(|c| c.name() == s)
            .ok_or_else(|| UnknownCapability(s.to_string()))
    }
}

/// A set of [`Capability`]s.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Capabilities(u16);

impl Capabilities {
    /// No capability: only what every store must do is checked.
    pub const NONE: Capabilities = Capabilities(0);

    /// Every capability.
    pub fn all() -> Capabilities {
        Capability::ALL.into_iter().collect()
    }

    /// What a `PR_STORE_SUPPORT_MASK` declares (see each [`Capability`]).
    pub fn from_support_mask(mask: u32) -> Capabilities {
        let mut c = Capabilities::NONE;
        let has = |bit: u32| mask & bit != 0;
        let writable = !has(STORE_READONLY);
        if writable {
            c.insert(Capability::StoreWrites);
        }
        if writable && has(STORE_CREATE_OK) {
            c.insert(Capability::Folders);
            c.insert(Capability::Messages);
            c.insert(Capability::ReceiveFolders);
        }
        if writable && has(STORE_MODIFY_OK) {
            c.insert(Capability::Modify);
        }
        if writable && has(STORE_ATTACH_OK) {
            c.insert(Capability::Attachments);
        }
        for (bit, cap) in [
            (STORE_SORT_OK, Capability::Sort),
            (STORE_RESTRICTION_OK, Capability::Restrictions),
            (STORE_NOTIFY_OK, Capability::Notifications),
        ] {
            if has(bit) {
                c.insert(cap);
            }
        }
        c
    }

    /// Adds `cap`.
    pub fn insert(&mut self, cap: Capability) {
        self.0 |= cap.bit();
    }

    /// Whether `cap` is in the set (declared, whether or not it can run).
    pub fn contains(self, cap: Capability) -> bool {
        self.0 & cap.bit() != 0
    }

    /// Whether the checks of `cap` run: it is declared, and so is what it
    /// needs ([`Capability::needs`]).
    pub fn runs(self, cap: Capability) -> bool {
        self.contains(cap) && cap.needs().is_none_or(|n| self.runs(n))
    }

    /// The capabilities in the set.
    pub fn iter(self) -> impl Iterator<Item = Capability> {
        Capability::ALL
            .into_iter()
            .filter(move |c| self.contains(*c))
    }

    /// Why the checks of `cap` do not run, or `None` when they do.
    pub fn why_not(self, cap: Capability) -> Option<String> {
        if !self.contains(cap) {
            return Some(format!("skipped (not supported: {cap})"));
        }
        let need = cap.needs()?;
        if self.runs(need) {
            return None;
        }
        Some(format!("skipped (not supported: {cap} needs {need})"))
    }
}

impl FromIterator<Capability> for Capabilities {
    fn from_iter<I: IntoIterator<Item = Capability>>(iter: I) -> Capabilities {
        let mut c = Capabilities::NONE;
        for cap in iter {
            c.insert(cap);
        }
        c
    }
}

impl fmt::Debug for Capabilities {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl fmt::Display for Capabilities {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Capability::name).collect();
        if names.is_empty() {
            f.write_str("none")
        } else {
            f.write_str(&names.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mask_decides_and_prerequisites_gate() {
        let sample = Capabilities::from_support_mask(
            STORE_MODIFY_OK
                | STORE_CREATE_OK
                | STORE_ATTACH_OK
                | STORE_NOTIFY_OK
                | STORE_RESTRICTION_OK
                | STORE_SORT_OK,
        );
        assert_eq!(sample, Capabilities::all());
        let ro = Capabilities::from_support_mask(STORE_READONLY | STORE_CREATE_OK | STORE_SORT_OK);
        assert!(!ro.contains(Capability::StoreWrites) && !ro.contains(Capability::Folders));
        // Sort is declared but cannot run without messages.
        assert!(ro.contains(Capability::Sort) && !ro.runs(Capability::Sort));
        assert_eq!(
            ro.why_not(Capability::Sort).as_deref(),
            Some("skipped (not supported: sort needs messages)")
        );
        assert_eq!(
            "receive-folders".parse::<Capability>(),
            Ok(Capability::ReceiveFolders)
        );
        assert!("folder".parse::<Capability>().is_err());
    }
}
