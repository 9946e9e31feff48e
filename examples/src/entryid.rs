//! Entry identifiers: the provider's own format, carrying its `MAPIUID`.
//!
//! Every identifier is 48 bytes, long-term (the four `abFlags` bytes are
//! zero when made here and ignored when read):
//!
//! | bytes | content |
//! |---|---|
//! | 0..4 | `abFlags` |
//! | 4..20 | [`PROVIDER_UID`], the `MAPIUID` this provider registers |
//! | 20 | format version, 1 |
//! | 21 | object kind: 1 store, 2 folder, 3 message |
//! | 22..24 | zero |
//! | 24..40 | the store's instance identifier (one per in-memory store) |
//! | 40..48 | the object's number in the store, little-endian (0 for the store) |
//!
//! So an identifier names one object of one store forever: identifiers of
//! deleted objects are never reused, and two identifiers designate the same
//! object exactly when everything but `abFlags` is equal.

use mapi_sys::kit::EntryIdFormat;
use mapi_sys::{Hresult, MAPI_E_UNKNOWN_ENTRYID, MAPIUID};

/// The `MAPIUID` of this provider: the bytes 4..20 of each of its entry
/// identifiers, and its `PR_MDB_PROVIDER`.
pub const PROVIDER_UID: MAPIUID = MAPIUID {
    ab: [
        0x5a, 0x2e, 0x6b, 0x1c, 0x8d, 0x4f, 0x4b, 0x77, 0x9a, 0x01, 0x53, 0x41, 0x4d, 0x50, 0x4c,
        0x45,
    ],
};

/// The layout MAPI routes by (flags, [`PROVIDER_UID`], a payload), from the
/// provider kit.
pub const FORMAT: EntryIdFormat = EntryIdFormat::new(PROVIDER_UID);

/// Size in bytes of every entry identifier of this provider.
pub const ENTRY_ID_LEN: usize = 48;

const VERSION: u8 = 1;

/// The kind of object an identifier designates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// The message store itself.
    Store,
    /// A folder.
    Folder,
    /// A message.
    Message,
}

impl Kind {
    fn byte(self) -> u8 {
        match self {
            Kind::Store => 1,
            Kind::Folder => 2,
            Kind::Message => 3,
        }
    }

    fn from_byte(b: u8) -> Option<Kind> {
        match b {
            1 => Some(Kind::Store),
            2 => Some(Kind::Folder),
            3 => Some(Kind::Message),
            _ => None,
        }
    }
}

/// A decoded entry identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryId {
    /// What it designates.
    pub kind: Kind,
    /// The instance identifier of the store it belongs to.
    pub store: [u8; 16],
    /// The object's number in its store (0 for the store).
    pub id: u64,
}

/// Why bytes are not an entry identifier of this provider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryIdError {
    /// Too short or too long, or fields out of range: not an identifier
    /// at all.
    Malformed,
    /// Well formed, but another provider's (another `MAPIUID`) or a newer
    /// format.
    Foreign,
}

impl EntryIdError {
    /// The MAPI code for the error: `MAPI_E_UNKNOWN_ENTRYID` either way,
    /// the code the reference gives `OpenEntry` and `CompareEntryIDs` for
    /// "an entry identifier of a format the provider does not recognize".
    pub fn hresult(self) -> Hresult {
        Hresult(MAPI_E_UNKNOWN_ENTRYID)
    }
}

impl From<EntryIdError> for Hresult {
    fn from(e: EntryIdError) -> Hresult {
        e.hresult()
    }
}

impl EntryId {
    /// The identifier of a store.
    pub fn store(store: [u8; 16]) -> EntryId {
        EntryId {
            kind: Kind::Store,
            store,
            id: 0,
        }
    }

    /// The identifier of a folder.
    pub fn folder(store: [u8; 16], id: u64) -> EntryId {
        EntryId {
            kind: Kind::Folder,
            store,
            id,
        }
    }

    /// The identifier of a message.
    pub fn message(store: [u8; 16], id: u64) -> EntryId {
        EntryId {
            kind: Kind::Message,
            store,
            id,
        }
    }

    /// The 48 bytes, with `abFlags` zero (a long-term identifier).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut payload = Vec::with_capacity(ENTRY_ID_LEN - 20);
        payload.extend_from_slice(&[VERSION, self.kind.byte(), 0, 0]);
        payload.extend_from_slice(&self.store);
        payload.extend_from_slice(&self.id.to_le_bytes());
        FORMAT.make(&payload).into_bytes()
    }

    /// Decodes an identifier; `abFlags` is ignored.
    pub fn parse(bytes: &[u8]) -> Result<EntryId, EntryIdError> {
        let payload = FORMAT.payload(bytes).map_err(|e| {
            if e.0 == MAPI_E_UNKNOWN_ENTRYID {
                EntryIdError::Foreign
            } else {
                EntryIdError::Malformed
            }
        })?;
        if payload.len() != ENTRY_ID_LEN - 20 {
            return Err(EntryIdError::Malformed);
        }
        if payload[0] != VERSION {
            return Err(EntryIdError::Foreign);
        }
        let kind = Kind::from_byte(payload[1]).ok_or(EntryIdError::Malformed)?;
        if payload[2..4] != [0, 0] {
            return Err(EntryIdError::Malformed);
        }
        let mut store = [0; 16];
        store.copy_from_slice(&payload[4..20]);
        let mut id = [0; 8];
        id.copy_from_slice(&payload[20..28]);
        let id = u64::from_le_bytes(id);
        if (kind == Kind::Store) != (id == 0) {
            return Err(EntryIdError::Malformed);
        }
        Ok(EntryId { kind, store, id })
    }

    /// The record key (`PR_RECORD_KEY`): binary-comparable, unique in the
    /// store, the same in every session. For the store, its instance
    /// identifier.
    pub fn record_key(&self) -> Vec<u8> {
        match self.kind {
            Kind::Store => self.store.to_vec(),
            _ => {
                let mut b = vec![self.kind.byte()];
                b.extend_from_slice(&self.store);
                b.extend_from_slice(&self.id.to_le_bytes());
                b
            }
        }
    }
}

/// Whether two identifiers of this provider designate the same object
/// (`CompareEntryIDs`); an identifier it cannot decode is an error.
pub fn compare(a: &[u8], b: &[u8]) -> Result<bool, EntryIdError> {
    Ok(EntryId::parse(a)? == EntryId::parse(b)?)
}

/// Whether two store identifiers designate the same store
/// (`CompareStoreIDs`); only store identifiers are accepted.
pub fn compare_stores(a: &[u8], b: &[u8]) -> Result<bool, EntryIdError> {
    let (a, b) = (EntryId::parse(a)?, EntryId::parse(b)?);
    if a.kind != Kind::Store || b.kind != Kind::Store {
        return Err(EntryIdError::Malformed);
    }
    Ok(a.store == b.store)
}
