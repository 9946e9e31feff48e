//! Entry identifiers in the layout MAPI routes by: four flag bytes, the
//! provider's `MAPIUID`, then the provider's own bytes.

use crate::value::EntryId;
use crate::{Hresult, MAPI_E_INVALID_ENTRYID, MAPI_E_UNKNOWN_ENTRYID, MAPIUID};

/// The first 20 bytes of every identifier: flags and the provider's UID.
const HEAD: usize = 4 + 16;

/// A provider's entry identifier format: `[flags; 4]`, the provider's
/// `MAPIUID` (registered with `IMAPISupport::SetProviderUID`, so that MAPI
/// routes `OpenEntry` and `CompareEntryIDs` of these identifiers back to
/// it), then a payload of the provider's choosing.
///
/// ```
/// use mapi_sys::kit::EntryIdFormat;
/// use mapi_sys::MAPIUID;
///
/// let ids = EntryIdFormat::new(MAPIUID { ab: *b"my-store-uid-16b" });
/// let id = ids.make(b"folder:7");
/// assert_eq!(ids.payload(id.as_bytes()), Ok(&b"folder:7"[..]));
/// // Another provider's identifier is not ours; a truncated one is invalid.
/// let theirs = EntryIdFormat::new(MAPIUID { ab: [9; 16] }).make(b"folder:7");
/// assert_eq!(ids.payload(theirs.as_bytes()), Err(mapi_sys::Hresult(mapi_sys::MAPI_E_UNKNOWN_ENTRYID)));
/// assert_eq!(ids.payload(&id.as_bytes()[..10]), Err(mapi_sys::Hresult(mapi_sys::MAPI_E_INVALID_ENTRYID)));
/// // CompareEntryIDs ignores the flag bytes.
/// let mut short_term = id.as_bytes().to_vec();
/// short_term[0] = 0x80;
/// assert_eq!(ids.same(id.as_bytes(), &short_term), Ok(true));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct EntryIdFormat {
    uid: [u8; 16],
}

impl EntryIdFormat {
    /// The format of the provider whose UID is `uid`.
    pub const fn new(uid: MAPIUID) -> EntryIdFormat {
        EntryIdFormat { uid: uid.ab }
    }

    /// The provider's UID.
    pub const fn uid(&self) -> MAPIUID {
        MAPIUID { ab: self.uid }
    }

    /// A long-term identifier (flags zero) with `payload`.
    pub fn make(&self, payload: &[u8]) -> EntryId {
        let mut data = Vec::with_capacity(16 + payload.len());
        data.extend_from_slice(&self.uid);
        data.extend_from_slice(payload);
        EntryId::new([0; 4], &data)
    }

    /// The payload of one of this provider's identifiers:
    /// `MAPI_E_INVALID_ENTRYID` if `id` is shorter than the flags and UID,
    /// `MAPI_E_UNKNOWN_ENTRYID` if it carries another provider's UID.
    pub fn payload<'a>(&self, id: &'a [u8]) -> Result<&'a [u8], Hresult> {
        if id.len() < HEAD {
            return Err(Hresult(MAPI_E_INVALID_ENTRYID));
        }
        if id[4..HEAD] != self.uid {
            return Err(Hresult(MAPI_E_UNKNOWN_ENTRYID));
        }
        Ok(&id[HEAD..])
    }

    /// Whether `id` is one of this provider's identifiers.
    pub fn is_ours(&self, id: &[u8]) -> bool {
        self.payload(id).is_ok()
    }

    /// What `CompareEntryIDs` answers for two of this provider's
    /// identifiers: whether they name the same object (same payload; the
    /// flag bytes, such as `MAPI_SHORTTERM`, do not count). An identifier
    /// that is not ours is [`EntryIdFormat::payload`]'s error.
    pub fn same(&self, a: &[u8], b: &[u8]) -> Result<bool, Hresult> {
        Ok(self.payload(a)? == self.payload(b)?)
    }
}
