//! Names of named properties (`MAPINAMEID`): owned [`NameId`], views
//! ([`NameIdRef`]) of the arrays `GetIDsFromNames` takes, and the writer of
//! the arrays `GetNamesFromIDs` returns ([`write_name_ids`]).

use super::alloc::{Allocator, Heap, MapiBuffer, Need, unicode_room};
use super::strings::read_unicode;
use super::view::each;
use super::{ViewError, count32, no_memory};
use crate::{
    GUID, Hresult, LPMAPINAMEID, MAPINAMEID, MAPINAMEID_0, MNID_ID, MNID_STRING, ULONG, WCHAR,
};
use core::ptr::addr_of;

/// The name within its property set: an integer (`MNID_ID`) or a string
/// (`MNID_STRING`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NameKind {
    /// `MNID_ID`: the integer name (`Kind.lID`).
    Id(i32),
    /// `MNID_STRING`: the string name (`Kind.lpwstrName`, always UTF-16 in
    /// MAPI memory).
    Name(String),
}

/// An owned property name: a property set and a name in it, what
/// `GetNamesFromIDs` returns for each tag.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_name_ids, NameId, NameKind};
/// use mapi_sys::GUID;
///
/// // PS_PUBLIC_STRINGS.
/// let public_strings = GUID::from_u128(0x00020329_0000_0000_c000_000000000046);
/// let keywords = NameId { guid: public_strings, kind: NameKind::Name("Keywords".into()) };
/// let counting = CountingAllocator::new();
/// // Names for two tags, the second without one.
/// let written = write_name_ids(&counting.allocator(), &[Some(keywords.clone()), None])?;
/// assert_eq!(written.count(), 2);
/// let back = written.name_ids()?;
/// assert_eq!(back[0].as_ref().map(|n| n.to_name_id()), Some(keywords));
/// assert!(back[1].is_none());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct NameId {
    /// The property set (`PS_PUBLIC_STRINGS`, `PS_MAPI`, a private GUID).
    pub guid: GUID,
    /// The name in the set.
    pub kind: NameKind,
}

/// The name of a [`NameIdRef`], borrowed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NameKindRef<'a> {
    /// `MNID_ID`.
    Id(i32),
    /// `MNID_STRING`, the UTF-16 units without the NUL.
    Name(&'a [u16]),
}

/// A property name read from a peer's `MAPINAMEID`.
///
/// ```
/// use mapi_sys::value::{NameIdRef, NameKindRef, ViewError};
/// use mapi_sys::*;
///
/// let mut set = GUID::from_u128(0x00020329_0000_0000_c000_000000000046);
/// let mut by_id = MAPINAMEID { lpguid: &mut set, ulKind: MNID_ID, Kind: MAPINAMEID_0 { lID: 0x8501 } };
/// let names = [&raw mut by_id];
/// // SAFETY: one readable name whose set outlives the view.
/// let read = unsafe { NameIdRef::array_from_raw(names.as_ptr(), 1) }?;
/// assert_eq!(read[0].kind, NameKindRef::Id(0x8501));
/// // A null name in the array is an error, not a crash.
/// let hostile = [std::ptr::null_mut()];
/// // SAFETY: a readable array (of one null pointer).
/// assert_eq!(unsafe { NameIdRef::array_from_raw(hostile.as_ptr(), 1) }, Err(ViewError::NullPointer));
/// # Ok::<(), ViewError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct NameIdRef<'a> {
    /// The property set.
    pub guid: GUID,
    /// The name in the set.
    pub kind: NameKindRef<'a>,
}

impl<'a> NameIdRef<'a> {
    /// Reads one `MAPINAMEID`; `None` for null. [`ViewError::NullPointer`]
    /// for a null property set or string, [`ViewError::Malformed`] for an
    /// unknown `ulKind`, a string's own errors as [`StrRef`](super::StrRef)
    /// says.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `MAPINAMEID` whose
    /// non-null `lpguid` points to a readable `GUID` and whose string, for
    /// `MNID_STRING`, is NUL-terminated (or at least
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) units), for `'a`.
    pub unsafe fn from_raw(ptr: *const MAPINAMEID) -> Result<Option<NameIdRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable `MAPINAMEID` (the caller's contract), its fields
        // read apart and unaligned; `ulKind` selects the union member read.
        unsafe {
            let guid = addr_of!((*ptr).lpguid).read_unaligned();
            if guid.is_null() {
                return Err(ViewError::NullPointer);
            }
            let guid = guid.read_unaligned();
            let kind = addr_of!((*ptr).ulKind).read_unaligned();
            let name = addr_of!((*ptr).Kind).read_unaligned();
            let kind = match kind {
                MNID_ID => NameKindRef::Id(name.lID),
                MNID_STRING => NameKindRef::Name(read_unicode(name.lpwstrName)?),
                _ => return Err(ViewError::Malformed),
            };
            Ok(Some(NameIdRef { guid, kind }))
        }
    }

    /// Reads `count` pointers to `MAPINAMEID`s at `ptr`, as
    /// `GetIDsFromNames` takes them: empty for 0, [`ViewError::NullPointer`]
    /// for a null array with a count or a null name in it.
    ///
    /// # Safety
    /// A non-null `ptr` must point to `count` readable pointers, each null
    /// or as in [`NameIdRef::from_raw`], for `'a`.
    pub unsafe fn array_from_raw(
        ptr: *const LPMAPINAMEID,
        count: ULONG,
    ) -> Result<Vec<NameIdRef<'a>>, ViewError> {
        // SAFETY: forwarded; `each` checks the count and null, reads the
        // pointers unaligned.
        unsafe {
            each(ptr, count, |p| {
                NameIdRef::from_raw(p)?.ok_or(ViewError::NullPointer)
            })
        }
    }

    /// An owned copy (UTF-16 names with U+FFFD for unpaired surrogates).
    pub fn to_name_id(&self) -> NameId {
        NameId {
            guid: self.guid,
            kind: match self.kind {
                NameKindRef::Id(i) => NameKind::Id(i),
                NameKindRef::Name(s) => NameKind::Name(String::from_utf16_lossy(s)),
            },
        }
    }
}

/// Adds what [`name_id_raw`] puts in the heap for `n` (its GUID and
/// string) to `need`.
pub(crate) fn name_id_need(need: &mut Need, n: &NameId) -> Result<(), Hresult> {
    need.array::<GUID>(1)?;
    if let NameKind::Name(s) = &n.kind {
        need.add(unicode_room(s.len())?, align_of::<WCHAR>())?;
    }
    Ok(())
}

/// `n` as a `MAPINAMEID` whose GUID and string are written in `heap`.
pub(crate) fn name_id_raw(heap: &mut Heap<'_>, n: &NameId) -> Result<MAPINAMEID, Hresult> {
    let guid = heap.slice(core::slice::from_ref(&n.guid))?;
    // SAFETY: every member of the union (integers, a raw pointer) is valid
    // all-zero; the one `ulKind` selects is written below.
    let mut kind: MAPINAMEID_0 = unsafe { core::mem::zeroed() };
    let ul_kind = match &n.kind {
        NameKind::Id(id) => {
            kind.lID = *id;
            MNID_ID
        }
        NameKind::Name(s) => {
            kind.lpwstrName = heap.unicode(s)?;
            MNID_STRING
        }
    };
    Ok(MAPINAMEID {
        lpguid: guid,
        ulKind: ul_kind,
        Kind: kind,
    })
}

/// An array of names in MAPI memory, as `GetNamesFromIDs` returns it: the
/// pointers in one root block (null where a tag has no name), every
/// `MAPINAMEID`, its GUID and its string in one block chained to it. The
/// count is the number of entries.
pub fn write_name_ids(
    alloc: &Allocator,
    names: &[Option<NameId>],
) -> Result<MapiBuffer<LPMAPINAMEID>, Hresult> {
    let count = count32(names.len())?;
    let mut need = Need::default();
    for n in names.iter().flatten() {
        need.array::<MAPINAMEID>(1)?;
        name_id_need(&mut need, n)?;
    }
    let size = names
        .len()
        .checked_mul(size_of::<LPMAPINAMEID>())
        .ok_or_else(no_memory)?;
    let mut buffer = alloc.buffer(size)?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        for (i, n) in names.iter().enumerate() {
            let Some(n) = n else { continue };
            let raw = name_id_raw(&mut heap, n)?;
            let p = heap.slice(core::slice::from_ref(&raw))?;
            root.put(i * size_of::<LPMAPINAMEID>(), p)?;
        }
    }
    // SAFETY: `count` pointers, each null or into the chained heap.
    Ok(unsafe { buffer.into_mapi(count) })
}

/// The names `GetNamesFromIDs` returns, in MAPI memory: one entry per tag
/// (null where a tag has no name), freed on drop; read them with
/// [`MapiBuffer::name_ids`].
pub type NameIdBuffer = MapiBuffer<LPMAPINAMEID>;

impl MapiBuffer<LPMAPINAMEID> {
    /// Views of the names (`None` where a tag has none).
    pub fn name_ids(&self) -> Result<Vec<Option<NameIdRef<'_>>>, ViewError> {
        // SAFETY: a `MapiBuffer<LPMAPINAMEID>` holds `count` pointers, each
        // null or to a name (written here, or its `from_raw` contract),
        // unchanged while borrowed.
        unsafe { each(self.as_ptr(), self.count(), |p| NameIdRef::from_raw(p)) }
    }
}
