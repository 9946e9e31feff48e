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
use mapi_sys::{Hresult, MAPI_E_UNKNOWN_ENTRYID, MAPI_FOLDER, MAPI_MESSAGE, MAPI_STORE, MAPIUID};

/// The `MAPIUID` of this provider: the bytes 4..20 of each of its entry
/// identifiers, and its `PR_MDB_PROVIDER`.
pub const PROVIDER_UID: MAPIUID = MAPIUID {
    ab: *b"\x5a\x2e\x6b\x1c\x8d\x4f\x4b\x77\x9a\x01SAMPLE",
};

/// The layout MAPI routes by (flags, [`PROVIDER_UID`], a payload), from the
/// provider kit.
pub const FORMAT: EntryIdFormat = EntryIdFormat::new(PROVIDER_UID);

/// Size in bytes of every entry identifier of this provider.
pub const ENTRY_ID_LEN: usize = 48;

const VERSION: u8 = 1;

/// The kind of object an identifier designates (its byte 21).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Kind {
    /// The message store itself.
    Store = 1,
    /// A folder.
    Folder = 2,
    /// A message.
    Message = 3,
}

impl Kind {
    /// Its `PR_OBJECT_TYPE`: `MAPI_STORE`, `MAPI_FOLDER` or `MAPI_MESSAGE`.
    pub fn object_type(self) -> u32 {
        match self {
            Kind::Store => MAPI_STORE,
            Kind::Folder => MAPI_FOLDER,
            Kind::Message => MAPI_MESSAGE,
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

impl EntryId {
    /// The identifier of a store.
    pub fn store(store: [u8; 16]) -> EntryId {
        let kind = Kind::Store;
        EntryId { kind, store, id: 0 }
    }

    /// The identifier of a folder.
    pub fn folder(store: [u8; 16], id: u64) -> EntryId {
        let kind = Kind::Folder;
        EntryId { kind, store, id }
    }

    /// The identifier of a message.
    pub fn message(store: [u8; 16], id: u64) -> EntryId {
        let kind = Kind::Message;
        EntryId { kind, store, id }
    }

    /// The 48 bytes, with `abFlags` zero (a long-term identifier).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut payload = vec![VERSION, self.kind as u8, 0, 0];
        payload.extend_from_slice(&self.store);
        payload.extend_from_slice(&self.id.to_le_bytes());
        FORMAT.make(&payload).into_bytes()
    }

    /// Decodes an identifier, ignoring `abFlags`. Anything that is not one
    /// of this provider's identifiers (another provider's, a newer format,
    /// bytes out of range) is `MAPI_E_UNKNOWN_ENTRYID`, the code the
    /// reference gives `OpenEntry` and `CompareEntryIDs` for an identifier
    /// the provider does not recognize.
    pub fn parse(bytes: &[u8]) -> Result<EntryId, Hresult> {
        let unknown = Hresult(MAPI_E_UNKNOWN_ENTRYID);
        let p = FORMAT.payload(bytes).map_err(|_| unknown)?;
        if p.len() != ENTRY_ID_LEN - 20 || p[0] != VERSION || p[2..4] != [0, 0] {
            return Err(unknown);
        }
        let kind = match p[1] {
            1 => Kind::Store,
            2 => Kind::Folder,
            3 => Kind::Message,
            _ => return Err(unknown),
        };
        let store: [u8; 16] = p[4..20].try_into().map_err(|_| unknown)?;
        let id = u64::from_le_bytes(p[20..28].try_into().map_err(|_| unknown)?);
        if (kind == Kind::Store) != (id == 0) {
            return Err(unknown);
        }
        Ok(EntryId { kind, store, id })
    }

    /// The record key (`PR_RECORD_KEY`): binary-comparable, unique in the
    /// store, the same in every session. For the store, its instance
    /// identifier.
    pub fn record_key(&self) -> Vec<u8> {
        match self.kind {
            Kind::Store => self.store.to_vec(),
            _ => [&[self.kind as u8][..], &self.store, &self.id.to_le_bytes()].concat(),
        }
    }
}

/// Whether two store identifiers designate the same store
/// (`CompareStoreIDs`); only store identifiers are accepted.
pub fn compare_stores(a: &[u8], b: &[u8]) -> Result<bool, Hresult> {
    match (EntryId::parse(a)?, EntryId::parse(b)?) {
        (a, b) if a.kind == Kind::Store && b.kind == Kind::Store => Ok(a.store == b.store),
        _ => Err(Hresult(MAPI_E_UNKNOWN_ENTRYID)),
    }
}
