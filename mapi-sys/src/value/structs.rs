//! The other MAPI structures a provider reads or returns: tag arrays,
//! problem arrays, row sets and address lists, entry identifiers,
//! `MAPIERROR` and sort orders, each with its view and its writer.

use super::alloc::{Allocator, Buffer, Heap, MapiBuffer, Need, tail_size, unicode_room};
use super::prop::Prop;
use super::strings::{StrRef, string_to_ansi};
use super::tag::PropTag;
use super::view::{PropRef, array, bytes, checked_count, each};
use super::write::{self, write_props};
use super::{MAX_BYTES, ViewError, count32, no_memory};
use crate::{
    ADRENTRY, ADRLIST, ENTRYID, Hresult, MAPI_ERROR_VERSION, MAPIERROR, NOTIFKEY, SBinary,
    SBinaryArray, SPropProblem, SPropProblemArray, SPropTagArray, SPropValue, SRow, SRowSet,
    SSortOrder, SSortOrderSet, TCHAR, ULONG,
};
#[cfg(feature = "exchange")]
use crate::{READSTATE, ROWENTRY, ROWLIST};
use core::mem::offset_of;
use core::ops::Deref;
use core::ptr::addr_of;
use std::borrow::Cow;
use std::fmt;

// ---------------------------------------------------------------- tag arrays

/// A view of a peer's `SPropTagArray` (the tags a caller asks `GetProps`
/// or `SetColumns` for, the tags `GetPropList` returned): a `[PropTag]`,
/// borrowed when aligned, copied when not.
///
/// ```
/// use mapi_sys::value::{PropTag, TagArray, TagArrayBuf};
/// use mapi_sys::{PR_SUBJECT_W, PR_BODY_W};
///
/// let tags = TagArrayBuf::new(&[PropTag(PR_SUBJECT_W), PropTag(PR_BODY_W)])?;
/// // SAFETY: a tag array that outlives the view.
/// let view = unsafe { TagArray::from_raw(tags.as_ptr()) }?.expect("non-null");
/// assert_eq!(&view[..], tags.tags());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TagArray<'a>(Cow<'a, [PropTag]>);

impl<'a> TagArray<'a> {
    /// Reads a tag array; `None` for null (`GetProps`' "every property").
    /// [`ViewError::TooLarge`] beyond [`MAX_COUNT`](super::MAX_COUNT) tags.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `SPropTagArray` followed by
    /// its `cValues` tags, unchanged for `'a`.
    pub unsafe fn from_raw(ptr: *const SPropTagArray) -> Result<Option<TagArray<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable header, then `cValues` tags (the caller's
        // contract); `array` checks the count and the alignment.
        unsafe {
            let n = addr_of!((*ptr).cValues).read_unaligned();
            let first = ptr
                .cast::<u8>()
                .add(offset_of!(SPropTagArray, aulPropTag))
                .cast::<PropTag>();
            array(first, n).map(|tags| Some(TagArray(tags)))
        }
    }

    /// The tags.
    pub fn as_slice(&self) -> &[PropTag] {
        &self.0
    }

    /// The tags, owned.
    pub fn into_vec(self) -> Vec<PropTag> {
        self.0.into_owned()
    }
}

impl<'a> From<&'a [PropTag]> for TagArray<'a> {
    /// Tags made in Rust, borrowed (for a view sent to a peer, as in an
    /// object notification's changed properties).
    fn from(tags: &'a [PropTag]) -> TagArray<'a> {
        TagArray(Cow::Borrowed(tags))
    }
}

impl From<Vec<PropTag>> for TagArray<'static> {
    /// Tags made in Rust, owned.
    fn from(tags: Vec<PropTag>) -> TagArray<'static> {
        TagArray(Cow::Owned(tags))
    }
}

impl Deref for TagArray<'_> {
    type Target = [PropTag];

    fn deref(&self) -> &[PropTag] {
        &self.0
    }
}

/// An `SPropTagArray` on the Rust heap, for passing tags into a MAPI call
/// (`GetProps`, `SetColumns`, `DeleteProps` on the caller side); no MAPI
/// memory involved.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TagArrayBuf(Vec<PropTag>);

impl TagArrayBuf {
    /// The array of `tags`; `MAPI_E_NOT_ENOUGH_MEMORY` beyond `ULONG::MAX`
    /// tags.
    pub fn new(tags: &[PropTag]) -> Result<TagArrayBuf, Hresult> {
        let mut v = Vec::with_capacity(tags.len() + 2);
        // The count, then the tags: `PropTag` is a transparent `ULONG`.
        v.push(PropTag(count32(tags.len())?));
        v.extend_from_slice(tags);
        // Never shorter than the declared structure, whose array has one tag.
        v.resize(v.len().max(2), PropTag(0));
        Ok(TagArrayBuf(v))
    }

    /// The tags.
    pub fn tags(&self) -> &[PropTag] {
        self.0.get(1..=self.0[0].0 as usize).unwrap_or_default()
    }

    /// The array, valid while `self` lives and is not changed.
    pub fn as_ptr(&self) -> *const SPropTagArray {
        self.0.as_ptr().cast()
    }

    /// The array as MAPI's signatures take it (`LPSPropTagArray`); MAPI
    /// does not write through it.
    pub fn as_mut_ptr(&mut self) -> *mut SPropTagArray {
        self.0.as_mut_ptr().cast()
    }
}

impl fmt::Debug for TagArrayBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TagArrayBuf").field(&self.tags()).finish()
    }
}

/// A tag array in MAPI memory (one root block), as `GetPropList` returns it.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_tags, PropTag};
///
/// let counting = CountingAllocator::new();
/// let tags = [PropTag(mapi_sys::PR_SUBJECT_W)];
/// let written = write_tags(&counting.allocator(), &tags)?;
/// assert_eq!(&written.tags()?[..], &tags);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_tags(
    alloc: &Allocator,
    tags: &[PropTag],
) -> Result<MapiBuffer<SPropTagArray>, Hresult> {
    let count = count32(tags.len())?;
    let head = offset_of!(SPropTagArray, aulPropTag);
    let size = tail_size(
        head,
        tags.len(),
        size_of::<PropTag>(),
        size_of::<SPropTagArray>(),
    )?;
    let mut buffer = alloc.buffer(size)?;
    let r = buffer.region();
    r.put(offset_of!(SPropTagArray, cValues), count)?;
    r.put_slice(head, tags)?;
    // SAFETY: an `SPropTagArray` with its `count` tags.
    Ok(unsafe { buffer.into_mapi(1) })
}

impl MapiBuffer<SPropTagArray> {
    /// A view of the tags.
    pub fn tags(&self) -> Result<TagArray<'_>, ViewError> {
        // SAFETY: a `MapiBuffer<SPropTagArray>` holds a tag array (written
        // here, or its `from_raw` contract), unchanged while borrowed.
        unsafe { TagArray::from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

// ------------------------------------------------------------ problem arrays

/// A property an operation failed on, the element of `SPropProblemArray`
/// (what `SetProps`, `DeleteProps` and `CopyTo` report).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Problem {
    /// The index of the property in the caller's array.
    pub index: u32,
    /// The property's tag.
    pub tag: PropTag,
    /// Why it failed (`MAPI_E_COMPUTED`, `MAPI_E_NO_ACCESS`...).
    pub scode: Hresult,
}

impl Problem {
    /// Reads a problem array; `None` for null.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `SPropProblemArray` with
    /// its `cProblem` problems.
    pub unsafe fn array_from_raw(
        ptr: *const SPropProblemArray,
    ) -> Result<Option<Vec<Problem>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable header, then `cProblem` problems (the caller's
        // contract); `each` checks the count and reads unaligned.
        unsafe {
            let n = addr_of!((*ptr).cProblem).read_unaligned();
            let first = ptr
                .cast::<u8>()
                .add(offset_of!(SPropProblemArray, aProblem))
                .cast::<SPropProblem>();
            each(first, n, |p| {
                Ok(Problem {
                    index: p.ulIndex,
                    tag: PropTag(p.ulPropTag),
                    scode: Hresult(p.scode),
                })
            })
            .map(Some)
        }
    }
}

/// A problem array in MAPI memory (one root block), as `SetProps` returns
/// it. A thunk leaves the caller's `lppProblems` null when there are no
/// problems or the caller passed null, and writes this otherwise.
pub fn write_problems(
    alloc: &Allocator,
    problems: &[Problem],
) -> Result<MapiBuffer<SPropProblemArray>, Hresult> {
    let count = count32(problems.len())?;
    let head = offset_of!(SPropProblemArray, aProblem);
    let size = tail_size(
        head,
        problems.len(),
        size_of::<SPropProblem>(),
        size_of::<SPropProblemArray>(),
    )?;
    let mut buffer = alloc.buffer(size)?;
    let r = buffer.region();
    r.put(offset_of!(SPropProblemArray, cProblem), count)?;
    for (i, p) in problems.iter().enumerate() {
        let raw = SPropProblem {
            ulIndex: p.index,
            ulPropTag: p.tag.0,
            scode: p.scode.0,
        };
        r.put(head + i * size_of::<SPropProblem>(), raw)?;
    }
    // SAFETY: an `SPropProblemArray` with its `count` problems.
    Ok(unsafe { buffer.into_mapi(1) })
}

impl MapiBuffer<SPropProblemArray> {
    /// The problems.
    pub fn problems(&self) -> Result<Vec<Problem>, ViewError> {
        // SAFETY: a `MapiBuffer<SPropProblemArray>` holds a problem array.
        unsafe { Problem::array_from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

// ------------------------------------------------------------------- rows

/// A view of a peer's `SRowSet` (what `QueryRows` returns) or `ADRLIST`
/// (what `ModifyRecipients` takes; its entries are laid out as rows): the
/// values of each row.
#[derive(Clone, Debug, PartialEq)]
pub struct RowSetRef<'a> {
    rows: Vec<Vec<PropRef<'a>>>,
}

/// Reads `n` row-shaped entries (`SRow`, `ADRENTRY`) at `first`, whose
/// count and values are at `count_at` and `props_at` bytes into each.
///
/// # Safety
/// A non-null `first` must point to `n` readable entries whose values are
/// as in [`PropRef::slice_from_raw`], for `'a`.
unsafe fn read_rows<'a>(
    first: *const u8,
    n: ULONG,
    entry: usize,
    count_at: usize,
    props_at: usize,
) -> Result<Vec<Vec<PropRef<'a>>>, ViewError> {
    let n = checked_count(n)?;
    let mut rows = Vec::with_capacity(n);
    for i in 0..n {
        // SAFETY: entry `i < n` (the caller's contract); the two fields are
        // read apart, as the padding before them may be uninitialized.
        let (count, props) = unsafe {
            let e = first.add(i * entry);
            (
                e.add(count_at).cast::<ULONG>().read_unaligned(),
                e.add(props_at).cast::<*const SPropValue>().read_unaligned(),
            )
        };
        // SAFETY: the row's values (the caller's contract).
        rows.push(unsafe { PropRef::slice_from_raw(props, count) }?);
    }
    Ok(rows)
}

impl<'a> RowSetRef<'a> {
    /// Reads a row set; `None` for null. A row with values at null is
    /// [`ViewError::NullPointer`] for the whole set.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `SRowSet` with its `cRows`
    /// rows, each with `cValues` values as in [`PropRef::slice_from_raw`],
    /// unchanged for `'a`.
    pub unsafe fn from_raw(ptr: *const SRowSet) -> Result<Option<RowSetRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: the caller's contract.
        let rows = unsafe {
            read_rows(
                ptr.cast::<u8>().add(offset_of!(SRowSet, aRow)),
                addr_of!((*ptr).cRows).read_unaligned(),
                size_of::<SRow>(),
                offset_of!(SRow, cValues),
                offset_of!(SRow, lpProps),
            )
        }?;
        Ok(Some(RowSetRef { rows }))
    }

    /// Reads an address list (`ADRLIST`), whose entries are rows of
    /// recipient properties; `None` for null.
    ///
    /// # Safety
    /// As for [`RowSetRef::from_raw`], for an `ADRLIST` and its `cEntries`
    /// entries.
    pub unsafe fn from_raw_adr_list(
        ptr: *const ADRLIST,
    ) -> Result<Option<RowSetRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: the caller's contract.
        let rows = unsafe {
            read_rows(
                ptr.cast::<u8>().add(offset_of!(ADRLIST, aEntries)),
                addr_of!((*ptr).cEntries).read_unaligned(),
                size_of::<ADRENTRY>(),
                offset_of!(ADRENTRY, cValues),
                offset_of!(ADRENTRY, rgPropVals),
            )
        }?;
        Ok(Some(RowSetRef { rows }))
    }

    /// The rows.
    pub fn rows(&self) -> &[Vec<PropRef<'a>>] {
        &self.rows
    }

    /// The rows, as a vector.
    pub fn into_rows(self) -> Vec<Vec<PropRef<'a>>> {
        self.rows
    }

    /// The rows as owned properties; the first reason a value is invalid.
    pub fn to_rows(&self) -> Result<Vec<Vec<Prop>>, ViewError> {
        self.rows
            .iter()
            .map(|row| row.iter().map(PropRef::to_prop).collect())
            .collect()
    }
}

impl<'a> Deref for RowSetRef<'a> {
    type Target = [Vec<PropRef<'a>>];

    fn deref(&self) -> &[Vec<PropRef<'a>>] {
        &self.rows
    }
}

/// Writes a list of rows: each row's values with [`write_props`] (a root
/// block each), then the list (a root block) holding them, as `entry(count,
/// values)` records from `head` on.
fn write_list<R: AsRef<[Prop]>, E: Copy>(
    alloc: &Allocator,
    rows: &[R],
    head: usize,
    min_size: usize,
    entry: impl Fn(ULONG, *mut SPropValue) -> E,
) -> Result<Buffer, Hresult> {
    let count = count32(rows.len())?;
    // Until the list holds them, the rows are owned here: an error frees
    // them.
    let written = rows
        .iter()
        .map(|r| write_props(alloc, r.as_ref()))
        .collect::<Result<Vec<_>, _>>()?;
    let size = tail_size(head, rows.len(), size_of::<E>(), min_size)?;
    let mut list = alloc.buffer(size)?;
    let r = list.region();
    r.put(0, count)?;
    for (i, props) in written.iter().enumerate() {
        r.put(
            head + i * size_of::<E>(),
            entry(props.count(), props.as_ptr().cast_mut()),
        )?;
    }
    // The list now owns the rows (and frees them as `FreeProws` does).
    for props in written {
        props.into_raw();
    }
    Ok(list)
}

/// A row set in MAPI memory, as `QueryRows` returns it.
///
/// As MAPI lays row sets out (and `FreeProws` frees them), each row's
/// values are a root block of their own (written as [`write_props`] does),
/// and the set another; the [`MapiBuffer<SRowSet>`] frees them all on drop,
/// and a caller that receives it frees it with `FreeProws`. The count of
/// the result is 1.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_row_set, Prop, PropValue};
/// use mapi_sys::PR_DISPLAY_NAME_W;
///
/// let counting = CountingAllocator::new();
/// let rows = vec![
///     vec![Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Inbox"))],
///     vec![Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Outbox"))],
/// ];
/// let set = write_row_set(&counting.allocator(), &rows)?;
/// assert_eq!(counting.live_roots(), 3); // the set and each row
/// assert_eq!(set.rows()?.to_rows()?, rows);
/// drop(set);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_row_set<R: AsRef<[Prop]>>(
    alloc: &Allocator,
    rows: &[R],
) -> Result<MapiBuffer<SRowSet>, Hresult> {
    let list = write_list(
        alloc,
        rows,
        offset_of!(SRowSet, aRow),
        size_of::<SRowSet>(),
        |count, props| SRow {
            ulAdrEntryPad: 0,
            cValues: count,
            lpProps: props,
        },
    )?;
    // SAFETY: a row set whose rows each own a root block of `alloc`.
    Ok(unsafe { list.into_mapi(1) })
}

/// An address list in MAPI memory, as a caller passes recipients to
/// `IMessage::ModifyRecipients`: laid out as a row set (each entry's values
/// a root block of its own, so a callee may replace them, and
/// `FreePadrlist` frees them).
pub fn write_adr_list<R: AsRef<[Prop]>>(
    alloc: &Allocator,
    rows: &[R],
) -> Result<MapiBuffer<ADRLIST>, Hresult> {
    let list = write_list(
        alloc,
        rows,
        offset_of!(ADRLIST, aEntries),
        size_of::<ADRLIST>(),
        |count, props| ADRENTRY {
            ulReserved1: 0,
            cValues: count,
            rgPropVals: props,
        },
    )?;
    // SAFETY: an address list whose entries each own a root block.
    Ok(unsafe { list.into_mapi(1) })
}

impl MapiBuffer<SRowSet> {
    /// A view of the rows.
    pub fn rows(&self) -> Result<RowSetRef<'_>, ViewError> {
        // SAFETY: a `MapiBuffer<SRowSet>` holds a row set.
        unsafe { RowSetRef::from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

impl MapiBuffer<ADRLIST> {
    /// A view of the entries.
    pub fn entries(&self) -> Result<RowSetRef<'_>, ViewError> {
        // SAFETY: a `MapiBuffer<ADRLIST>` holds an address list.
        unsafe { RowSetRef::from_raw_adr_list(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

// ---------------------------------------------------------- entry identifiers

/// The four flag bytes every entry identifier starts with.
const FLAGS_LEN: usize = 4;

/// A borrowed entry identifier: its bytes, the 4 flag bytes (`abFlags`)
/// first, then the provider's own (`ab`).
///
/// ```
/// use mapi_sys::value::EntryIdRef;
///
/// let bytes = [0u8, 0, 0, 0, 0xAB, 0xCD];
/// // SAFETY: `bytes` holds the 6 bytes and outlives the view.
/// let id = unsafe { EntryIdRef::from_raw(6, bytes.as_ptr().cast()) }?.expect("non-empty");
/// assert_eq!(id.flags(), [0; 4]);
/// assert_eq!(id.data(), [0xAB, 0xCD]);
/// // SAFETY: `OpenEntry(0, NULL)` asks for the root.
/// assert_eq!(unsafe { EntryIdRef::from_raw(0, std::ptr::null()) }?, None);
/// assert!(EntryIdRef::from_bytes(&[1, 2]).is_err());
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryIdRef<'a>(&'a [u8]);

impl<'a> EntryIdRef<'a> {
    /// Reads the entry identifier of `cb` bytes at `ptr`, as a caller
    /// passes one (`OpenEntry`, `CompareEntryIDs`); `None` when `cb` is 0
    /// (`OpenEntry`'s "the root"). [`ViewError::NullPointer`] for null with
    /// bytes, [`ViewError::Malformed`] for fewer than the 4 flag bytes,
    /// [`ViewError::TooLarge`] beyond [`MAX_BYTES`].
    ///
    /// # Safety
    /// A non-null `ptr` must point to `cb` readable bytes, unchanged for
    /// `'a`.
    pub unsafe fn from_raw(
        cb: ULONG,
        ptr: *const ENTRYID,
    ) -> Result<Option<EntryIdRef<'a>>, ViewError> {
        if cb == 0 {
            return Ok(None);
        }
        // SAFETY: the caller's contract; `bytes` checks null and size.
        let b = unsafe { bytes(ptr.cast(), cb) }?;
        EntryIdRef::from_bytes(b).map(Some)
    }

    /// The entry identifier in `bytes`; [`ViewError::Malformed`] for fewer
    /// than 4 bytes.
    pub fn from_bytes(bytes: &'a [u8]) -> Result<EntryIdRef<'a>, ViewError> {
        if bytes.len() < FLAGS_LEN {
            return Err(ViewError::Malformed);
        }
        if bytes.len() > MAX_BYTES {
            return Err(ViewError::TooLarge);
        }
        Ok(EntryIdRef(bytes))
    }

    /// All the bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The flag bytes (`abFlags`: `MAPI_SHORTTERM`, `MAPI_NOTRECIP`...).
    pub fn flags(&self) -> [u8; 4] {
        let mut f = [0; FLAGS_LEN];
        f.copy_from_slice(&self.0[..FLAGS_LEN]);
        f
    }

    /// The provider's bytes after the flags (`ab`).
    pub fn data(&self) -> &'a [u8] {
        &self.0[FLAGS_LEN..]
    }

    /// An owned copy.
    pub fn to_entry_id(&self) -> EntryId {
        EntryId(self.0.to_vec())
    }
}

impl fmt::Debug for EntryIdRef<'_> {
    /// The bytes in hexadecimal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EntryId(")?;
        for b in self.0 {
            write!(f, "{b:02X}")?;
        }
        f.write_str(")")
    }
}

/// An owned entry identifier: 4 flag bytes, then the provider's bytes.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, EntryId};
///
/// let id = EntryId::new([0; 4], b"store:1");
/// let counting = CountingAllocator::new();
/// let written = id.write(&counting.allocator())?; // for an `LPENTRYID` out-parameter
/// assert_eq!(written.count(), 11); // its `cbEntryID`
/// assert_eq!(written.entry_id()?, id.as_ref());
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(Vec<u8>);

impl EntryId {
    /// The identifier of flags `flags` and provider bytes `data`.
    pub fn new(flags: [u8; 4], data: &[u8]) -> EntryId {
        let mut v = Vec::with_capacity(FLAGS_LEN + data.len());
        v.extend_from_slice(&flags);
        v.extend_from_slice(data);
        EntryId(v)
    }

    /// The identifier in `bytes` (flags first); [`ViewError::Malformed`]
    /// for fewer than 4 bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<EntryId, ViewError> {
        EntryIdRef::from_bytes(&bytes)?;
        Ok(EntryId(bytes))
    }

    /// A view.
    pub fn as_ref(&self) -> EntryIdRef<'_> {
        EntryIdRef(&self.0)
    }

    /// All the bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// The bytes, owned.
    pub fn into_bytes(self) -> Vec<u8> {
        self.0
    }

    /// The flag bytes.
    pub fn flags(&self) -> [u8; 4] {
        self.as_ref().flags()
    }

    /// The provider's bytes.
    pub fn data(&self) -> &[u8] {
        self.as_ref().data()
    }

    /// The identifier in MAPI memory ([`write_entry_id`]).
    pub fn write(&self, alloc: &Allocator) -> Result<MapiBuffer<ENTRYID>, Hresult> {
        write_entry_id(alloc, self.as_ref())
    }
}

impl fmt::Debug for EntryId {
    /// The bytes in hexadecimal.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_ref(), f)
    }
}

/// An entry identifier in MAPI memory (one root block), for an
/// `LPENTRYID` out-parameter; the count is its size in bytes (the
/// `cbEntryID` that goes with it).
pub fn write_entry_id(
    alloc: &Allocator,
    id: EntryIdRef<'_>,
) -> Result<MapiBuffer<ENTRYID>, Hresult> {
    let b = id.as_bytes();
    let count = count32(b.len())?;
    let mut buffer = alloc.buffer(b.len().max(size_of::<ENTRYID>()))?;
    buffer.region().put_slice(0, b)?;
    // SAFETY: `count` bytes of entry identifier.
    Ok(unsafe { buffer.into_mapi(count) })
}

impl MapiBuffer<ENTRYID> {
    /// The identifier, of `count` bytes; [`ViewError::Malformed`] for an
    /// adopted one shorter than its 4 flag bytes.
    pub fn entry_id(&self) -> Result<EntryIdRef<'_>, ViewError> {
        // SAFETY: a `MapiBuffer<ENTRYID>` holds `count` bytes of identifier
        // (written here, or its `from_raw` contract), unchanged while
        // borrowed.
        let b = unsafe { bytes(self.as_ptr().cast(), self.count()) }?;
        EntryIdRef::from_bytes(b)
    }
}

/// Bytes in MAPI memory (one root block), for an `LPBYTE` out-parameter
/// with its size (`IMSProvider::Logon`'s spooler logon data); the count is
/// the size.
pub fn write_bytes(alloc: &Allocator, data: &[u8]) -> Result<MapiBuffer<u8>, Hresult> {
    let count = count32(data.len())?;
    let mut buffer = alloc.buffer(data.len())?;
    buffer.bytes_mut().copy_from_slice(data);
    // SAFETY: `count` bytes.
    Ok(unsafe { buffer.into_mapi(count) })
}

/// A view of a peer's `ENTRYLIST` (an `SBinaryArray` of entry
/// identifiers, as `CopyMessages`, `DeleteMessages` and
/// `SetSearchCriteria` take it): each identifier's bytes, as given (an empty
/// or short one is the callee's to judge).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryList<'a>(Vec<&'a [u8]>);

impl<'a> EntryList<'a> {
    /// Reads an entry list; `None` for null. [`ViewError::NullPointer`] for
    /// a null array with a count or a null identifier with a size,
    /// [`ViewError::TooLarge`] beyond [`MAX_COUNT`](super::MAX_COUNT)
    /// identifiers or [`MAX_BYTES`] bytes in one.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `SBinaryArray` whose
    /// `cValues` `SBinary`s each point to `cb` readable bytes, unchanged for
    /// `'a`.
    pub unsafe fn from_raw(ptr: *const SBinaryArray) -> Result<Option<EntryList<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable header (the caller's contract); `each` checks the
        // count and null, and reads the `SBinary`s unaligned; `bytes` checks
        // each identifier's size and pointer.
        unsafe {
            let list = ptr.read_unaligned();
            each(list.lpbin.cast_const(), list.cValues, |b: SBinary| {
                bytes(b.lpb.cast_const(), b.cb)
            })
        }
        .map(|ids| Some(EntryList(ids)))
    }

    /// The identifiers.
    pub fn as_slice(&self) -> &[&'a [u8]] {
        &self.0
    }
}

impl<'a> Deref for EntryList<'a> {
    type Target = [&'a [u8]];

    fn deref(&self) -> &[&'a [u8]] {
        &self.0
    }
}

// ----------------------------------------------------------------- MAPIERROR

/// An owned `MAPIERROR`: what `GetLastError` returns.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct MapiError {
    /// A message describing the error.
    pub error: Option<String>,
    /// The component that produced it.
    pub component: Option<String>,
    /// A lower-level error code, or 0.
    pub low_level_error: u32,
    /// Where in the component it happened (provider-defined).
    pub context: u32,
}

/// A `MAPIERROR` in MAPI memory, its strings in the width `unicode` (the
/// call's `MAPI_UNICODE` flag) asks for, in one block chained to it; for
/// `GetLastError`'s `lppMAPIError`. `ulVersion` is `MAPI_ERROR_VERSION`.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_mapi_error, MapiError};
///
/// let counting = CountingAllocator::new();
/// let e = MapiError { error: Some("disk full".into()), component: Some("Sample".into()), ..Default::default() };
/// let written = write_mapi_error(&counting.allocator(), &e, true)?;
/// assert_eq!(written.view()?.to_error(), e);
/// let for_the_caller: *mut mapi_sys::MAPIERROR = written.into_raw(); // *lppMAPIError
/// # drop(unsafe { mapi_sys::value::MapiErrorBuffer::from_raw(counting.allocator(), for_the_caller, true) });
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_mapi_error(
    alloc: &Allocator,
    e: &MapiError,
    unicode: bool,
) -> Result<MapiErrorBuffer, Hresult> {
    let strings = [e.error.as_deref(), e.component.as_deref()];
    let ansi = strings.map(|s| s.map(string_to_ansi));
    let mut need = Need::default();
    for (s, a) in strings.iter().zip(&ansi) {
        match (s, a) {
            (Some(s), _) if unicode => need.add(unicode_room(s.len())?, 2)?,
            (_, Some(a)) => need.add(a.as_bytes_with_nul().len(), 1)?,
            _ => {}
        }
    }
    let mut buffer = alloc.buffer(size_of::<MAPIERROR>())?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        let mut ptrs = [core::ptr::null_mut::<TCHAR>(); 2];
        for ((s, a), p) in strings.iter().zip(&ansi).zip(&mut ptrs) {
            *p = match (s, a) {
                (Some(s), _) if unicode => heap.unicode(s)?,
                (_, Some(a)) => heap.ansi(a.as_bytes())?.cast(),
                _ => core::ptr::null_mut(),
            };
        }
        let raw = MAPIERROR {
            ulVersion: MAPI_ERROR_VERSION,
            lpszError: ptrs[0],
            lpszComponent: ptrs[1],
            ulLowLevelError: e.low_level_error,
            ulContext: e.context,
        };
        root.put(0, raw)?;
    }
    Ok(MapiErrorBuffer {
        // SAFETY: a `MAPIERROR` whose strings are in its chained heap.
        buffer: unsafe { buffer.into_mapi(1) },
        unicode,
    })
}

/// A view of a peer's `MAPIERROR` (what a callee's `GetLastError` returned).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MapiErrorRef<'a> {
    /// `ulVersion`.
    pub version: u32,
    /// The message, if any.
    pub error: Option<StrRef<'a>>,
    /// The component, if any.
    pub component: Option<StrRef<'a>>,
    /// `ulLowLevelError`.
    pub low_level_error: u32,
    /// `ulContext`.
    pub context: u32,
}

impl<'a> MapiErrorRef<'a> {
    /// Reads a `MAPIERROR` whose strings are UTF-16 when `unicode` (the
    /// `MAPI_UNICODE` flag passed to `GetLastError`); `None` for null.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `MAPIERROR` whose non-null
    /// strings are as in [`StrRef::from_raw`], for `'a`.
    pub unsafe fn from_raw(
        ptr: *const MAPIERROR,
        unicode: bool,
    ) -> Result<Option<MapiErrorRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable `MAPIERROR` (the caller's contract), read field
        // by field; its strings as `StrRef::from_raw` asks.
        unsafe {
            Ok(Some(MapiErrorRef {
                version: addr_of!((*ptr).ulVersion).read_unaligned(),
                error: StrRef::from_raw(addr_of!((*ptr).lpszError).read_unaligned(), unicode)?,
                component: StrRef::from_raw(
                    addr_of!((*ptr).lpszComponent).read_unaligned(),
                    unicode,
                )?,
                low_level_error: addr_of!((*ptr).ulLowLevelError).read_unaligned(),
                context: addr_of!((*ptr).ulContext).read_unaligned(),
            }))
        }
    }

    /// An owned copy (strings converted as [`StrRef::to_string_lossy`]).
    pub fn to_error(&self) -> MapiError {
        MapiError {
            error: self.error.map(|s| s.to_string_lossy().into_owned()),
            component: self.component.map(|s| s.to_string_lossy().into_owned()),
            low_level_error: self.low_level_error,
            context: self.context,
        }
    }
}

/// A `MAPIERROR` in MAPI memory and the width of its strings, which the
/// structure does not record: what [`write_mapi_error`] returns, and what a
/// caller adopts from `GetLastError` with the flag it passed.
#[derive(Debug)]
pub struct MapiErrorBuffer {
    buffer: MapiBuffer<MAPIERROR>,
    unicode: bool,
}

impl MapiErrorBuffer {
    /// Takes ownership of a `MAPIERROR` a callee returned; `None` for null.
    ///
    /// # Safety
    /// As for [`MapiBuffer::from_raw`], with the strings in UTF-16 when
    /// `unicode`, else 8-bit (the `MAPI_UNICODE` flag passed to
    /// `GetLastError`).
    pub unsafe fn from_raw(
        alloc: Allocator,
        ptr: *mut MAPIERROR,
        unicode: bool,
    ) -> Option<MapiErrorBuffer> {
        // SAFETY: forwarded.
        unsafe { MapiBuffer::from_raw(alloc, ptr, 1) }
            .map(|buffer| MapiErrorBuffer { buffer, unicode })
    }

    /// Whether the strings are UTF-16.
    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// The structure's address, still owned by `self`.
    pub fn as_ptr(&self) -> *const MAPIERROR {
        self.buffer.as_ptr()
    }

    /// A view.
    pub fn view(&self) -> Result<MapiErrorRef<'_>, ViewError> {
        // SAFETY: the buffer holds a `MAPIERROR` whose strings have the width
        // recorded with it (written here, or `from_raw`'s contract).
        unsafe { MapiErrorRef::from_raw(self.as_ptr(), self.unicode) }?
            .ok_or(ViewError::NullPointer)
    }

    /// Hands the structure over: the receiver frees it with
    /// `MAPIFreeBuffer`.
    pub fn into_raw(self) -> *mut MAPIERROR {
        self.buffer.into_raw()
    }

    /// The structure without its width.
    pub fn into_buffer(self) -> MapiBuffer<MAPIERROR> {
        self.buffer
    }
}

// --------------------------------------------------------------- sort orders

/// One sort key: a column and a `TABLE_SORT_*` order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SortOrder {
    /// The column (for a categorized sort, the category column).
    pub tag: PropTag,
    /// `TABLE_SORT_ASCEND`, `TABLE_SORT_DESCEND` or `TABLE_SORT_COMBINE`,
    /// possibly with `TABLE_SORT_CATEG_MAX`/`TABLE_SORT_CATEG_MIN`.
    pub order: u32,
}

/// An `SSortOrderSet`, what `SortTable` takes and `QuerySortOrder`
/// returns: sort keys, the leading `categories` of them category columns,
/// `expanded` of those expanded. Read by copy (it is small and plain).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct SortOrderSet {
    /// The sort keys, most significant first.
    pub sorts: Vec<SortOrder>,
    /// How many leading keys are categories (0 for a plain sort).
    pub categories: u32,
    /// How many categories start expanded.
    pub expanded: u32,
}

impl SortOrderSet {
    /// Reads a sort order set; `None` for null. [`ViewError::Malformed`] if
    /// it has more categories than keys or more expanded categories than
    /// categories.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `SSortOrderSet` with its
    /// `cSorts` keys.
    pub unsafe fn from_raw(ptr: *const SSortOrderSet) -> Result<Option<SortOrderSet>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: the caller's contract; `each` checks the count.
        let (n, categories, expanded, sorts) = unsafe {
            let n = addr_of!((*ptr).cSorts).read_unaligned();
            let first = ptr
                .cast::<u8>()
                .add(offset_of!(SSortOrderSet, aSort))
                .cast::<SSortOrder>();
            (
                n,
                addr_of!((*ptr).cCategories).read_unaligned(),
                addr_of!((*ptr).cExpanded).read_unaligned(),
                each(first, n, |s| {
                    Ok(SortOrder {
                        tag: PropTag(s.ulPropTag),
                        order: s.ulOrder,
                    })
                })?,
            )
        };
        if categories > n || expanded > categories {
            return Err(ViewError::Malformed);
        }
        Ok(Some(SortOrderSet {
            sorts,
            categories,
            expanded,
        }))
    }

    /// The set in MAPI memory (one root block), as `QuerySortOrder`
    /// returns it.
    pub fn write(&self, alloc: &Allocator) -> Result<MapiBuffer<SSortOrderSet>, Hresult> {
        let count = count32(self.sorts.len())?;
        let head = offset_of!(SSortOrderSet, aSort);
        let size = tail_size(
            head,
            self.sorts.len(),
            size_of::<SSortOrder>(),
            size_of::<SSortOrderSet>(),
        )?;
        let mut buffer = alloc.buffer(size)?;
        let r = buffer.region();
        r.put(offset_of!(SSortOrderSet, cSorts), count)?;
        r.put(offset_of!(SSortOrderSet, cCategories), self.categories)?;
        r.put(offset_of!(SSortOrderSet, cExpanded), self.expanded)?;
        for (i, s) in self.sorts.iter().enumerate() {
            let raw = SSortOrder {
                ulPropTag: s.tag.0,
                ulOrder: s.order,
            };
            r.put(head + i * size_of::<SSortOrder>(), raw)?;
        }
        // SAFETY: an `SSortOrderSet` with its `count` keys.
        Ok(unsafe { buffer.into_mapi(1) })
    }
}

impl MapiBuffer<SSortOrderSet> {
    /// The set.
    pub fn sort_order_set(&self) -> Result<SortOrderSet, ViewError> {
        // SAFETY: a `MapiBuffer<SSortOrderSet>` holds a sort order set.
        unsafe { SortOrderSet::from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

// ------------------------------------------------------------- single rows

/// One row in MAPI memory, as `ITableData::HrQueryRow` and `HrEnumRow`
/// return it: the `SRow` in one root block, its values and everything they
/// point to in one block chained to it, so one `MAPIFreeBuffer` frees it.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_row, Prop, PropValue};
/// use mapi_sys::{PR_DISPLAY_NAME_W, PR_INSTANCE_KEY};
///
/// let counting = CountingAllocator::new();
/// let row = vec![
///     Prop::new(PR_INSTANCE_KEY, PropValue::Binary(vec![1, 2, 3, 4])),
///     Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Inbox")),
/// ];
/// let written = write_row(&counting.allocator(), &row)?; // for an `LPSRow *`
/// assert_eq!(counting.live_roots(), 1);
/// assert_eq!(written.row()?.iter().map(|p| p.to_prop()).collect::<Result<Vec<_>, _>>()?, row);
/// drop(written);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_row(alloc: &Allocator, props: &[Prop]) -> Result<MapiBuffer<SRow>, Hresult> {
    let count = count32(props.len())?;
    let mut need = Need::default();
    need.array::<SPropValue>(props.len())?;
    for p in props {
        write::measure(&mut need, p.value())?;
    }
    let mut buffer = alloc.buffer(size_of::<SRow>())?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        let (region, at, array) = heap.array::<SPropValue>(props.len())?;
        for (i, p) in props.iter().enumerate() {
            let raw = write::write_prop(&mut heap, p)?;
            region.put(at + i * size_of::<SPropValue>(), raw)?;
        }
        root.put(
            0,
            SRow {
                ulAdrEntryPad: 0,
                cValues: count,
                lpProps: array,
            },
        )?;
    }
    // SAFETY: an `SRow` whose values are in its chained heap.
    Ok(unsafe { buffer.into_mapi(1) })
}

impl MapiBuffer<SRow> {
    /// Views of the row's values.
    pub fn row(&self) -> Result<Vec<PropRef<'_>>, ViewError> {
        // SAFETY: a `MapiBuffer<SRow>` holds a row (written here, or its
        // `from_raw` contract), unchanged while borrowed.
        unsafe { PropRef::row_from_raw(self.as_ptr()) }
    }
}

// ------------------------------------------------------ entry lists, written

/// An entry list (`ENTRYLIST`, an `SBinaryArray`) in MAPI memory, as
/// `GetSearchCriteria` returns its containers: the header in one root
/// block, the `SBinary` array and every identifier's bytes in one block
/// chained to it.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_entry_list, EntryId};
///
/// let counting = CountingAllocator::new();
/// let ids = [EntryId::new([0; 4], b"inbox"), EntryId::new([0; 4], b"sent")];
/// let written = write_entry_list(&counting.allocator(), &ids)?;
/// assert_eq!(written.entry_list()?.as_slice(), [ids[0].as_bytes(), ids[1].as_bytes()]);
/// assert_eq!(counting.live_roots(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_entry_list(
    alloc: &Allocator,
    ids: &[EntryId],
) -> Result<MapiBuffer<SBinaryArray>, Hresult> {
    let count = count32(ids.len())?;
    let mut need = Need::default();
    need.array::<SBinary>(ids.len())?;
    for id in ids {
        need.add(id.as_bytes().len(), 1)?;
    }
    let mut buffer = alloc.buffer(size_of::<SBinaryArray>())?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        let (region, at, array) = heap.array::<SBinary>(ids.len())?;
        for (i, id) in ids.iter().enumerate() {
            let b = id.as_bytes();
            let bin = SBinary {
                cb: count32(b.len())?,
                lpb: heap.slice(b)?,
            };
            region.put(at + i * size_of::<SBinary>(), bin)?;
        }
        root.put(
            0,
            SBinaryArray {
                cValues: count,
                lpbin: array,
            },
        )?;
    }
    // SAFETY: an `SBinaryArray` whose identifiers are in its chained heap.
    Ok(unsafe { buffer.into_mapi(1) })
}

impl MapiBuffer<SBinaryArray> {
    /// A view of the identifiers.
    pub fn entry_list(&self) -> Result<EntryList<'_>, ViewError> {
        // SAFETY: a `MapiBuffer<SBinaryArray>` holds an entry list (written
        // here, or its `from_raw` contract), unchanged while borrowed.
        unsafe { EntryList::from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

// ------------------------------------------------------- notification keys

/// The bytes of a peer's `NOTIFKEY` (what `IMAPISupport::Subscribe` and
/// `Notify` take); `None` for null. [`ViewError::TooLarge`] beyond
/// [`MAX_BYTES`].
///
/// ```
/// use mapi_sys::value::notif_key_from_raw;
///
/// // A NOTIFKEY of 3 bytes: the count, then the bytes.
/// let raw: [u32; 2] = [3, u32::from_le_bytes([7, 8, 9, 0])];
/// // SAFETY: a readable key that outlives the view.
/// let key = unsafe { notif_key_from_raw(raw.as_ptr().cast()) }?;
/// assert_eq!(key, Some(&[7u8, 8, 9][..]));
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
///
/// # Safety
/// A non-null `ptr` must point to a readable `NOTIFKEY` followed by its
/// `cb` bytes, unchanged for `'a`.
pub unsafe fn notif_key_from_raw<'a>(ptr: *const NOTIFKEY) -> Result<Option<&'a [u8]>, ViewError> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: a readable header, then `cb` bytes (the caller's contract);
    // `bytes` checks the size.
    unsafe {
        let cb = addr_of!((*ptr).cb).read_unaligned();
        let first = ptr.cast::<u8>().add(offset_of!(NOTIFKEY, ab));
        bytes(first, cb).map(Some)
    }
}

// --------------------------------------------------------- counted bytes

/// The bytes of a peer's `SBinary` passed on its own (an entry ID or key);
/// `None` for null. [`ViewError::TooLarge`] beyond [`MAX_BYTES`], and a null
/// `lpb` with a count is [`ViewError::NullPointer`].
///
/// ```
/// use mapi_sys::SBinary;
/// use mapi_sys::value::binary_from_raw;
///
/// let mut bytes = [7u8, 8, 9];
/// let raw = SBinary { cb: 3, lpb: bytes.as_mut_ptr() };
/// // SAFETY: a readable `SBinary` whose bytes outlive the view.
/// let view = unsafe { binary_from_raw(&raw) }?;
/// assert_eq!(view, Some(&[7u8, 8, 9][..]));
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
///
/// # Safety
/// A non-null `ptr` must point to a readable `SBinary` whose `lpb` points to
/// `cb` readable bytes, unchanged for `'a`.
pub unsafe fn binary_from_raw<'a>(ptr: *const SBinary) -> Result<Option<&'a [u8]>, ViewError> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: a readable header, then `cb` bytes at `lpb` (the caller's
    // contract); `bytes` checks the null pointer and the size.
    unsafe {
        let cb = addr_of!((*ptr).cb).read_unaligned();
        let lpb = addr_of!((*ptr).lpb).read_unaligned();
        bytes(lpb, cb).map(Some)
    }
}

// ------------------------- Exchange read states, row lists (feature `exchange`)

/// The new read state of one message (`READSTATE`), as
/// `IExchangeImportContentsChanges::ImportPerUserReadStateChange` takes them.
#[cfg(feature = "exchange")]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ReadState<'a> {
    /// The message's source key (`PR_SOURCE_KEY`).
    pub source_key: &'a [u8],
    /// `SYNC_READ` if the message became read; zero if it became unread.
    pub flags: u32,
}

#[cfg(feature = "exchange")]
impl<'a> ReadState<'a> {
    /// Reads `n` `READSTATE`s at `ptr` (null with a count is an error), each
    /// source key checked as counted bytes.
    ///
    /// # Safety
    /// A non-null `ptr` must point to `n` readable `READSTATE`s whose
    /// `pbSourceKey` point to `cbSourceKey` readable bytes, unchanged for
    /// `'a`.
    pub unsafe fn slice_from_raw(
        ptr: *const READSTATE,
        n: ULONG,
    ) -> Result<Vec<ReadState<'a>>, ViewError> {
        // SAFETY: `n` readable entries and their keys (the caller's
        // contract); `each` checks the count and reads unaligned, `bytes`
        // checks each key.
        unsafe {
            each(ptr, n, |r| {
                Ok(ReadState {
                    source_key: bytes(r.pbSourceKey, r.cbSourceKey)?,
                    flags: r.ulFlags,
                })
            })
        }
    }
}

/// One change to an Exchange rule or permission table (`ROWENTRY`), as a
/// caller gives it to `IExchangeModifyTable::ModifyTable`.
#[cfg(feature = "exchange")]
#[derive(Clone, Debug, PartialEq)]
pub struct RowEntry {
    /// The operation: `ROW_ADD`, `ROW_MODIFY`, `ROW_REMOVE` or `ROW_EMPTY`.
    pub flags: u32,
    /// The row's values.
    pub values: Vec<Prop>,
}

/// One change of a peer's `ROWLIST`, as a callee of
/// `IExchangeModifyTable::ModifyTable` sees it.
#[cfg(feature = "exchange")]
#[derive(Clone, Debug, PartialEq)]
pub struct RowEntryRef<'a> {
    /// The operation: `ROW_ADD`, `ROW_MODIFY`, `ROW_REMOVE` or `ROW_EMPTY`.
    pub flags: u32,
    /// The row's values.
    pub values: Vec<PropRef<'a>>,
}

#[cfg(feature = "exchange")]
impl<'a> RowEntryRef<'a> {
    /// Reads a peer's `ROWLIST`; `None` for null. An entry with values at
    /// null is [`ViewError::NullPointer`] for the whole list.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `ROWLIST` with its
    /// `cEntries` entries, whose values are as in
    /// [`PropRef::slice_from_raw`], unchanged for `'a`.
    pub unsafe fn list_from_raw(ptr: *const ROWLIST) -> Result<Option<Vec<Self>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: a readable header, then `cEntries` entries (the caller's
        // contract); `each` checks the count and reads unaligned, each
        // entry's values are read as a view.
        unsafe {
            let n = addr_of!((*ptr).cEntries).read_unaligned();
            let first = ptr
                .cast::<u8>()
                .add(offset_of!(ROWLIST, aEntries))
                .cast::<ROWENTRY>();
            each(first, n, |e| {
                Ok(RowEntryRef {
                    flags: e.ulRowFlags,
                    values: PropRef::slice_from_raw(e.rgPropVals, e.cValues)?,
                })
            })
            .map(Some)
        }
    }
}

// ------------------------------------------------ address lists, in and out

/// The entries of a peer's `ADRLIST` as owned rows, for a callee that may
/// change them (`IAddrBook::ResolveName`, `PrepareRecips`); `None` for
/// null. A value that cannot be read makes the whole list an error (its
/// [`ViewError`]).
///
/// # Safety
/// As for [`RowSetRef::from_raw_adr_list`].
pub unsafe fn read_adr_list(ptr: *const ADRLIST) -> Result<Option<Vec<Vec<Prop>>>, ViewError> {
    // SAFETY: forwarded.
    match unsafe { RowSetRef::from_raw_adr_list(ptr) }? {
        Some(rows) => rows.to_rows().map(Some),
        None => Ok(None),
    }
}

/// Writes back the entries of a peer's `ADRLIST` that a callee changed,
/// as MAPI's rules for address lists say: each changed entry gets a new
/// values block from `alloc` ([`write_props`]) and its old block is freed
/// with `MAPIFreeBuffer`. `before` are the rows as read
/// ([`read_adr_list`]), `after` as the callee left them, one for one; an
/// entry equal in both is left alone.
///
/// All new blocks are written before any entry changes: a failure
/// (`MAPI_E_NOT_ENOUGH_MEMORY`, or `MAPI_E_INVALID_PARAMETER` when the
/// counts differ from the list's) frees them and leaves the list as it was.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, read_adr_list, update_adr_list, write_adr_list, Prop, PropValue};
/// use mapi_sys::{PR_DISPLAY_NAME_W, PR_ENTRYID};
///
/// let counting = CountingAllocator::new();
/// let alloc = counting.allocator();
/// // The caller's list: one unresolved recipient.
/// let list = write_adr_list(&alloc, &[vec![Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Ann"))]])?;
/// let ptr = list.into_raw();
/// // SAFETY: the list just written, alive until freed below.
/// let before = unsafe { read_adr_list(ptr) }?.expect("non-null");
/// let mut after = before.clone();
/// after[0].push(Prop::new(PR_ENTRYID, PropValue::Binary(vec![0, 0, 0, 0, 1])));
/// // SAFETY: as above; its entries' blocks come from `alloc`.
/// unsafe { update_adr_list(&alloc, ptr, &before, &after) }?;
/// // SAFETY: as above.
/// assert_eq!(unsafe { read_adr_list(ptr) }?, Some(after));
/// // SAFETY: the caller frees the list (and each entry) as `FreePadrlist` does.
/// drop(unsafe { mapi_sys::value::MapiBuffer::from_raw(alloc, ptr, 1) });
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Safety
/// `ptr` must point to a live, writable `ADRLIST` of `before.len()`
/// entries whose values blocks are null or root blocks of `alloc`, which
/// nothing else uses during the call.
pub unsafe fn update_adr_list(
    alloc: &Allocator,
    ptr: *mut ADRLIST,
    before: &[Vec<Prop>],
    after: &[Vec<Prop>],
) -> Result<(), Hresult> {
    let invalid = || Hresult(crate::MAPI_E_INVALID_PARAMETER);
    if ptr.is_null() || before.len() != after.len() {
        return Err(invalid());
    }
    // SAFETY: a readable list (the caller's contract).
    let n = unsafe { addr_of!((*ptr).cEntries).read_unaligned() } as usize;
    if n != after.len() {
        return Err(invalid());
    }
    // Every new block first; until handed over they free themselves.
    let mut written = Vec::new();
    for (i, (old, new)) in before.iter().zip(after).enumerate() {
        if old != new {
            written.push((i, write_props(alloc, new)?));
        }
    }
    // SAFETY: the entries array of the list (the caller's contract).
    let entries = unsafe { ptr.cast::<u8>().add(offset_of!(ADRLIST, aEntries)) };
    for (i, props) in written {
        let (count, values) = props.into_raw_parts();
        // SAFETY: entry `i < n` of a live, writable list; its fields are
        // written unaligned, and its old values block (null or a root block
        // of `alloc`) is freed once replaced.
        unsafe {
            let e = entries.add(i * size_of::<ADRENTRY>());
            let values_at = e
                .add(offset_of!(ADRENTRY, rgPropVals))
                .cast::<*mut SPropValue>();
            let old = values_at.read_unaligned();
            values_at.write_unaligned(values);
            e.add(offset_of!(ADRENTRY, cValues))
                .cast::<ULONG>()
                .write_unaligned(count);
            alloc.free(old.cast());
        }
    }
    Ok(())
}

// ------------------------------------------------------------ plain arrays

/// An array of `ULONG`s in MAPI memory (one root block), for an
/// `[out] ULONG **` whose length the caller knows from another parameter
/// (`IPropData::HrGetPropAccess`'s access bits, one per tag). The count is
/// the number of elements.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_ulongs};
///
/// let counting = CountingAllocator::new();
/// let written = write_ulongs(&counting.allocator(), &[1, 2, 3])?;
/// assert_eq!(written.count(), 3);
/// // SAFETY: three `ULONG`s in a live block.
/// assert_eq!(unsafe { std::slice::from_raw_parts(written.as_ptr(), 3) }, [1, 2, 3]);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_ulongs(alloc: &Allocator, items: &[ULONG]) -> Result<MapiBuffer<ULONG>, Hresult> {
    let count = count32(items.len())?;
    let size = items
        .len()
        .checked_mul(size_of::<ULONG>())
        .ok_or_else(no_memory)?;
    let mut buffer = alloc.buffer(size)?;
    buffer.region().put_slice(0, items)?;
    // SAFETY: `count` `ULONG`s.
    Ok(unsafe { buffer.into_mapi(count) })
}
