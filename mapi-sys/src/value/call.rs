//! The caller side's marshalling: what a generated `IFooExt` method does
//! with its Rust arguments before the call, and with the memory the callee
//! hands back after it.
//!
//! Inputs the callee only reads (tag arrays, property values, sort orders,
//! entry lists, strings) are laid out on the Rust heap, in a scratch
//! allocator with MAPI's chaining rules, and freed when the call returns.
//! Inputs the callee may change in place (address lists, whose rows a callee
//! replaces with `MAPIFreeBuffer` and `MAPIAllocateBuffer`) are written with
//! the caller's [`Allocator`]. Outputs are adopted into owners of that
//! allocator ([`MapiBuffer`], [`MapiErrorBuffer`](super::MapiErrorBuffer), [`MapiStr`]), which free
//! them on drop.

use super::alloc::{Allocator, MapiBuffer};
#[cfg(feature = "forms")]
pub use super::forms::{FormInfosIn, MessageClassesIn, form_infos_in, message_classes_in};
#[cfg(feature = "outlook")]
pub use super::olk::{AcctVariantIn, acct_variant_in};
use super::prop::Prop;
use super::restriction::Restriction;
use super::strings::{MapiStr, MapiStrings, TStrBuf};
use super::structs::{SortOrderSet, TagArrayBuf, write_adr_list, write_row, write_row_set};
use super::tag::PropTag;
#[cfg(feature = "mime")]
pub use super::variant::{
    BlobIn, PropVariantIn, blob_in, empty_blob, empty_raw, prop_variant_in, requesting_raw,
};
use super::view::each;
pub use super::write::adopt_plain;
use super::write::write_props;
use crate::{
    ADRLIST, Hresult, LPVOID, MAPI_E_BAD_CHARWIDTH, MAPI_E_INVALID_PARAMETER,
    MAPI_E_NOT_ENOUGH_MEMORY, NOTIFKEY, SBinary, SBinaryArray, SCODE, SPropValue, SRestriction,
    SRow, SRowSet, SSortOrderSet, ULONG,
};
#[cfg(feature = "exchange")]
use crate::{READSTATE, ROWENTRY, ROWLIST};
use core::ffi::c_void;
use core::ptr::null_mut;
use core::sync::atomic::{AtomicPtr, Ordering};
use std::alloc::Layout;

// ------------------------------------------------------------ scratch memory

/// What precedes every scratch block: its layout size, and a link (for a
/// root block, the first block chained to it; for a chained block, the next
/// one chained to the same root).
#[repr(C, align(16))]
struct Header {
    size: usize,
    next: AtomicPtr<u8>,
}

const HEADER: usize = size_of::<Header>();

fn block_layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(HEADER.checked_add(size.max(1))?, align_of::<Header>()).ok()
}

/// A zero-filled block of `size` bytes after a header; null when out of
/// memory.
fn new_block(size: ULONG) -> *mut u8 {
    let Some(layout) = block_layout(size as usize) else {
        return null_mut();
    };
    // SAFETY: the layout has a non-zero size (the header).
    let base = unsafe { std::alloc::alloc_zeroed(layout) };
    if base.is_null() {
        return null_mut();
    }
    // SAFETY: `base` is a fresh block of at least `HEADER` bytes, aligned
    // for `Header`; the user part starts right after it.
    unsafe {
        base.cast::<Header>().write(Header {
            size: layout.size(),
            next: AtomicPtr::new(null_mut()),
        });
        base.add(HEADER)
    }
}

/// The header of a block handed out by [`new_block`].
///
/// # Safety
/// `user` must be a live block of this allocator.
unsafe fn header<'a>(user: *mut u8) -> &'a Header {
    // SAFETY: the caller's contract; the header precedes the user part.
    unsafe { &*user.sub(HEADER).cast::<Header>() }
}

/// Frees one block (not its chain).
///
/// # Safety
/// `user` must be a live block of this allocator, not used afterwards.
unsafe fn drop_block(user: *mut u8) {
    // SAFETY: the caller's contract.
    let size = unsafe { header(user) }.size;
    // SAFETY: allocated by `new_block` with this size and `Header`'s
    // alignment.
    unsafe {
        std::alloc::dealloc(
            user.sub(HEADER),
            Layout::from_size_align_unchecked(size, align_of::<Header>()),
        )
    };
}

unsafe extern "system" fn scratch_allocate_buffer(size: ULONG, out: *mut LPVOID) -> SCODE {
    if out.is_null() {
        return MAPI_E_INVALID_PARAMETER;
    }
    let block = new_block(size);
    // SAFETY: `out` is non-null and writable (MAPI's contract).
    unsafe { out.write(block.cast()) };
    if block.is_null() {
        MAPI_E_NOT_ENOUGH_MEMORY
    } else {
        0
    }
}

unsafe extern "system" fn scratch_allocate_more(
    size: ULONG,
    root: LPVOID,
    out: *mut LPVOID,
) -> SCODE {
    if out.is_null() || root.is_null() {
        return MAPI_E_INVALID_PARAMETER;
    }
    let block = new_block(size);
    // SAFETY: `out` is non-null and writable (MAPI's contract).
    unsafe { out.write(block.cast()) };
    if block.is_null() {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    }
    // SAFETY: `root` is a live root block of this allocator and `block` a
    // fresh one (MAPI's contract; only this module's writers use it).
    let (root, mine) = unsafe { (header(root.cast()), header(block)) };
    let mut head = root.next.load(Ordering::Acquire);
    loop {
        mine.next.store(head, Ordering::Relaxed);
        match root
            .next
            .compare_exchange_weak(head, block, Ordering::AcqRel, Ordering::Acquire)
        {
            Ok(_) => return 0,
            Err(now) => head = now,
        }
    }
}

unsafe extern "system" fn scratch_free_buffer(root: LPVOID) -> ULONG {
    if root.is_null() {
        return 0;
    }
    let root: *mut u8 = root.cast();
    // SAFETY: `root` is a live root block (MAPI's contract); each chained
    // block is freed once, after its link is read.
    unsafe {
        let mut next = header(root).next.load(Ordering::Acquire);
        while !next.is_null() {
            let after = header(next).next.load(Ordering::Acquire);
            drop_block(next);
            next = after;
        }
        drop_block(root);
    }
    0
}

/// MAPI's allocator triple over the Rust heap, for input structures that
/// live for one call: only this module's writers use it.
pub(crate) fn scratch() -> Allocator {
    // SAFETY: the three functions above keep `Allocator::new`'s contract:
    // 16-byte aligned zeroed blocks, chains freed with their root, callable
    // from any thread (the chain is a lock-free list).
    unsafe {
        Allocator::new(
            scratch_allocate_buffer,
            scratch_allocate_more,
            scratch_free_buffer,
        )
    }
}

// -------------------------------------------------------------------- inputs

/// A string argument in the width the call asks for: UTF-16 when
/// `unicode`, else 8-bit.
///
/// A NUL inside the text is `MAPI_E_INVALID_PARAMETER` (MAPI would see a
/// shorter string); an 8-bit string with a character beyond U+00FF is
/// `MAPI_E_BAD_CHARWIDTH` (pass `MAPI_UNICODE` to send it as it is).
pub fn str_in(text: &str, unicode: bool) -> Result<TStrBuf, Hresult> {
    if text.contains('\0') {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    if !unicode && text.chars().any(|c| u32::from(c) > 0xFF) {
        return Err(Hresult(MAPI_E_BAD_CHARWIDTH));
    }
    Ok(TStrBuf::new(text, unicode))
}

/// A tag array argument (`LPSPropTagArray`).
pub fn tags_in(tags: &[PropTag]) -> Result<TagArrayBuf, Hresult> {
    TagArrayBuf::new(tags)
}

/// A property value array argument, on the scratch heap.
pub fn props_in(props: &[Prop]) -> Result<MapiBuffer<SPropValue>, Hresult> {
    write_props(&scratch(), props)
}

/// A named-property array argument (`LPMAPINAMEID *`), on the scratch heap.
pub fn name_ids_in(names: &[super::NameId]) -> Result<MapiBuffer<crate::LPMAPINAMEID>, Hresult> {
    let names: Vec<Option<super::NameId>> = names.iter().cloned().map(Some).collect();
    super::write_name_ids(&scratch(), &names)
}

/// A sort order set argument, on the scratch heap.
pub fn sort_in(sort: &SortOrderSet) -> Result<MapiBuffer<SSortOrderSet>, Hresult> {
    sort.write(&scratch())
}

/// A restriction argument, on the scratch heap (`MAPI_E_TOO_COMPLEX` for a
/// tree no reader takes).
pub fn restriction_in(r: &Restriction) -> Result<MapiBuffer<SRestriction>, Hresult> {
    r.write(&scratch())
}

/// An address list argument, written with the caller's allocator: a callee
/// may replace its rows.
pub fn adr_list_in<R: AsRef<[Prop]>>(
    alloc: &Allocator,
    rows: &[R],
) -> Result<MapiBuffer<ADRLIST>, Hresult> {
    write_adr_list(alloc, rows)
}

/// A row argument (`LPSRow`), on the scratch heap.
pub fn row_in(props: &[Prop]) -> Result<MapiBuffer<SRow>, Hresult> {
    write_row(&scratch(), props)
}

/// A row set argument (`LPSRowSet`), on the scratch heap.
pub fn rows_in(rows: &[Vec<Prop>]) -> Result<MapiBuffer<SRowSet>, Hresult> {
    write_row_set(&scratch(), rows)
}

/// The entries of an address list after a callee changed them in place.
pub fn adr_list_out(list: &MapiBuffer<ADRLIST>) -> Result<Vec<Vec<Prop>>, Hresult> {
    Ok(list.entries()?.to_rows()?)
}

/// Stores the entries a callee left in an address list it changed in place
/// back into the caller's; a callee that changed their number is
/// `MAPI_E_CALL_FAILED` (the caller's entries stay as they were).
pub fn adr_list_back(entries: &mut [Vec<Prop>], read: Vec<Vec<Prop>>) -> Result<(), Hresult> {
    if read.len() != entries.len() {
        return Err(missing_output());
    }
    for (e, r) in entries.iter_mut().zip(read) {
        *e = r;
    }
    Ok(())
}

pub use super::notify::{NotificationIn, NotificationsIn, notification_in, notifications_in};

/// A flag list argument (`LPFlagList`): its count, then the flags.
pub struct FlagListIn(Vec<ULONG>);

impl FlagListIn {
    /// The list as MAPI's signatures take it.
    pub fn as_mut_ptr(&mut self) -> *mut crate::FlagList {
        self.0.as_mut_ptr().cast()
    }

    /// Copies the flags the callee set back into the caller's.
    pub fn copy_to(&self, flags: &mut [ULONG]) {
        for (f, v) in flags.iter_mut().zip(&self.0[1..]) {
            *f = *v;
        }
    }
}

/// The flag list of `flags`; more than a `ULONG` counts is
/// `MAPI_E_INVALID_PARAMETER`.
pub fn flag_list_in(flags: &[ULONG]) -> Result<FlagListIn, Hresult> {
    let n = ULONG::try_from(flags.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    let mut v = Vec::with_capacity(flags.len() + 2);
    v.push(n);
    v.extend_from_slice(flags);
    // Never shorter than the declared structure, whose array has one flag.
    v.resize(v.len().max(2), 0);
    Ok(FlagListIn(v))
}

/// A notification key argument (`LPNOTIFKEY`): its size, then its bytes.
pub struct NotifKeyIn(Vec<u32>);

impl NotifKeyIn {
    /// The key as MAPI's signatures take it; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut NOTIFKEY {
        self.0.as_mut_ptr().cast()
    }
}

/// The notification key of `key`; one longer than a `ULONG` counts is
/// `MAPI_E_INVALID_PARAMETER`.
pub fn notif_key_in(key: &[u8]) -> Result<NotifKeyIn, Hresult> {
    let cb = ULONG::try_from(key.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    // The size, the bytes, and room for the declared one-byte array.
    let mut words = vec![0u32; 1 + key.len().div_ceil(4).max(1)];
    words[0] = cb;
    for (i, chunk) in key.chunks(4).enumerate() {
        let mut w = [0u8; 4];
        w[..chunk.len()].copy_from_slice(chunk);
        words[1 + i] = u32::from_ne_bytes(w);
    }
    Ok(NotifKeyIn(words))
}

/// A `READSTATE` array argument over borrowed source keys.
#[cfg(feature = "exchange")]
pub struct ReadStatesIn<'a> {
    items: Vec<READSTATE>,
    _borrows: core::marker::PhantomData<&'a [u8]>,
}

#[cfg(feature = "exchange")]
impl ReadStatesIn<'_> {
    /// The array as MAPI's signatures take it; the callee only reads it.
    pub fn as_ptr(&self) -> *const READSTATE {
        self.items.as_ptr()
    }

    /// The number of entries.
    pub fn count(&self) -> ULONG {
        // At most a `ULONG` of them (checked in `read_states_in`).
        self.items.len() as ULONG
    }
}

/// The `READSTATE`s of `states`; more than a `ULONG` counts (of entries or
/// of a key's bytes) is `MAPI_E_INVALID_PARAMETER`.
#[cfg(feature = "exchange")]
pub fn read_states_in<'a>(states: &[super::ReadState<'a>]) -> Result<ReadStatesIn<'a>, Hresult> {
    let invalid = |_| Hresult(MAPI_E_INVALID_PARAMETER);
    ULONG::try_from(states.len()).map_err(invalid)?;
    let items = states
        .iter()
        .map(|s| {
            Ok(READSTATE {
                cbSourceKey: ULONG::try_from(s.source_key.len()).map_err(invalid)?,
                pbSourceKey: s.source_key.as_ptr().cast_mut(),
                ulFlags: s.flags,
            })
        })
        .collect::<Result<Vec<_>, Hresult>>()?;
    Ok(ReadStatesIn {
        items,
        _borrows: core::marker::PhantomData,
    })
}

/// A `ROWLIST` argument on the scratch heap: the list, and each entry's
/// values.
#[cfg(feature = "exchange")]
pub struct RowListIn {
    list: MapiBuffer<ROWLIST>,
    _values: Vec<MapiBuffer<SPropValue>>,
}

#[cfg(feature = "exchange")]
impl RowListIn {
    /// The list as MAPI's signatures take it; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut ROWLIST {
        self.list.as_ptr().cast_mut()
    }
}

/// The `ROWLIST` of `entries`; more than a `ULONG` counts is
/// `MAPI_E_INVALID_PARAMETER`.
#[cfg(feature = "exchange")]
pub fn row_list_in(entries: &[super::RowEntry]) -> Result<RowListIn, Hresult> {
    let count = ULONG::try_from(entries.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    let values = entries
        .iter()
        .map(|e| props_in(&e.values))
        .collect::<Result<Vec<_>, Hresult>>()?;
    let head = core::mem::offset_of!(ROWLIST, aEntries);
    let size = super::alloc::tail_size(
        head,
        entries.len(),
        size_of::<ROWENTRY>(),
        size_of::<ROWLIST>(),
    )?;
    let mut buffer = scratch().buffer(size)?;
    let r = buffer.region();
    r.put(core::mem::offset_of!(ROWLIST, cEntries), count)?;
    for (i, (e, v)) in entries.iter().zip(&values).enumerate() {
        let entry = ROWENTRY {
            ulRowFlags: e.flags,
            cValues: v.count(),
            rgPropVals: v.as_ptr().cast_mut(),
        };
        r.put(head + i * size_of::<ROWENTRY>(), entry)?;
    }
    Ok(RowListIn {
        // SAFETY: a `ROWLIST` with its `count` entries.
        list: unsafe { buffer.into_mapi(1) },
        _values: values,
    })
}

/// A counted bytes argument (`LPSBinary`) over borrowed bytes.
pub struct BinaryIn<'a> {
    bin: SBinary,
    _borrows: core::marker::PhantomData<&'a [u8]>,
}

impl BinaryIn<'_> {
    /// The `SBinary` as MAPI's signatures take it; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut SBinary {
        &mut self.bin
    }
}

/// The `SBinary` of `bytes`; more than a `ULONG` counts is
/// `MAPI_E_INVALID_PARAMETER`.
pub fn binary_in(bytes: &[u8]) -> Result<BinaryIn<'_>, Hresult> {
    let cb = ULONG::try_from(bytes.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    Ok(BinaryIn {
        bin: SBinary {
            cb,
            lpb: bytes.as_ptr().cast_mut(),
        },
        _borrows: core::marker::PhantomData,
    })
}

/// An entry list argument (`LPENTRYLIST`) over borrowed entry identifiers.
pub struct EntryListIn<'a> {
    list: SBinaryArray,
    // The elements `list` points to, and the bytes they point to.
    _items: Vec<SBinary>,
    _borrows: core::marker::PhantomData<&'a [u8]>,
}

impl EntryListIn<'_> {
    /// The list as MAPI's signatures take it; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut SBinaryArray {
        &mut self.list
    }
}

/// The entry list of `ids`; an identifier or a list longer than a `ULONG`
/// counts is `MAPI_E_INVALID_PARAMETER`.
pub fn entry_list_in<'a>(ids: &[&'a [u8]]) -> Result<EntryListIn<'a>, Hresult> {
    let invalid = || Hresult(MAPI_E_INVALID_PARAMETER);
    let mut items = ids
        .iter()
        .map(|id| {
            Ok(SBinary {
                cb: ULONG::try_from(id.len()).map_err(|_| invalid())?,
                lpb: id.as_ptr().cast_mut(),
            })
        })
        .collect::<Result<Vec<SBinary>, Hresult>>()?;
    let list = SBinaryArray {
        cValues: ULONG::try_from(items.len()).map_err(|_| invalid())?,
        lpbin: items.as_mut_ptr(),
    };
    Ok(EntryListIn {
        list,
        _items: items,
        _borrows: core::marker::PhantomData,
    })
}

/// A null-terminated array of strings argument (`SNB`), each in the
/// width the call asks for.
pub struct StrArrayIn {
    _strings: Vec<TStrBuf>,
    pointers: Vec<*const crate::TCHAR>,
}

impl StrArrayIn {
    /// The array, valid while `self` lives; the callee only reads it.
    pub fn as_ptr(&self) -> *const *const crate::TCHAR {
        self.pointers.as_ptr()
    }
}

/// The array of `strings`, with a null after the last ([`str_in`]'s
/// errors for a string the call cannot carry).
pub fn str_array_in(strings: &[&str], unicode: bool) -> Result<StrArrayIn, Hresult> {
    let strings = strings
        .iter()
        .map(|s| str_in(s, unicode))
        .collect::<Result<Vec<_>, _>>()?;
    let pointers = strings
        .iter()
        .map(TStrBuf::as_ptr)
        .chain(core::iter::once(core::ptr::null()))
        .collect();
    Ok(StrArrayIn {
        _strings: strings,
        pointers,
    })
}

// ------------------------------------------------------------------- outputs

/// `MAPI_E_CALL_FAILED`: a callee that succeeded without an output it owes.
pub fn missing_output() -> Hresult {
    Hresult(crate::MAPI_E_CALL_FAILED)
}

/// Adopts a string a callee returned; one that cannot be read (no NUL
/// within bounds, misaligned) is freed and reported.
///
/// # Safety
/// `ptr` must be null or a live root block of `alloc` holding a string of
/// that width, which nothing else frees.
pub unsafe fn adopt_str(
    alloc: &Allocator,
    ptr: *mut c_void,
    unicode: bool,
) -> Result<Option<MapiStr>, Hresult> {
    // SAFETY: forwarded.
    unsafe { MapiStr::from_raw(*alloc, ptr, unicode) }.map_err(Hresult::from)
}

/// Adopts an array of strings a callee returned; one whose strings cannot
/// all be read is freed and reported.
///
/// # Safety
/// As for [`MapiStrings::from_raw`].
pub unsafe fn adopt_strings(
    alloc: &Allocator,
    ptr: *mut *mut c_void,
    count: ULONG,
    unicode: bool,
) -> Result<Option<MapiStrings>, Hresult> {
    // SAFETY: forwarded.
    unsafe { MapiStrings::from_raw(*alloc, ptr, count, unicode) }.map_err(Hresult::from)
}

/// Copies the strings of an array a callee lends (`IXPLogon::AddressTypes`).
///
/// # Safety
/// `ptr` must be null (with `count` 0) or point to `count` readable
/// pointers to NUL-terminated strings of that width, valid for the call.
pub unsafe fn lent_strings(
    ptr: *const *const c_void,
    count: ULONG,
    unicode: bool,
) -> Result<Vec<String>, Hresult> {
    if count == 0 {
        return Ok(Vec::new());
    }
    if ptr.is_null() {
        return Err(missing_output());
    }
    // SAFETY: `count` readable pointers, each to a string of that width
    // (the contract); `each` checks the count.
    let strings = unsafe {
        each(ptr, count, |p| {
            super::StrRef::from_raw(p.cast(), unicode)?
                .map(|s| s.to_string_lossy().into_owned())
                .ok_or(super::ViewError::NullPointer)
        })
    };
    Ok(strings?)
}

/// Copies the `MAPIUID`s of an array of pointers a callee lends.
///
/// # Safety
/// `ptr` must be null (with `count` 0) or point to `count` readable
/// pointers to readable `MAPIUID`s, valid for the call.
pub unsafe fn lent_uids(
    ptr: *const *const crate::MAPIUID,
    count: ULONG,
) -> Result<Vec<crate::MAPIUID>, Hresult> {
    if count == 0 {
        return Ok(Vec::new());
    }
    if ptr.is_null() {
        return Err(missing_output());
    }
    // SAFETY: `count` readable pointers, each null or to a readable
    // `MAPIUID` (the contract); `each` checks the count.
    let uids = unsafe {
        each(ptr, count, |p| {
            if p.is_null() {
                return Err(super::ViewError::NullPointer);
            }
            Ok(p.read_unaligned())
        })
    };
    Ok(uids?)
}

/// Room for `count` interface pointers a callee fills in, all null; more
/// than [`MAX_COUNT`](super::MAX_COUNT) is `MAPI_E_INVALID_PARAMETER`.
pub fn interface_slots<T>(count: ULONG) -> Result<Vec<*mut T>, Hresult> {
    let n = count as usize;
    if n > super::MAX_COUNT {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    Ok(vec![null_mut(); n])
}

/// Takes ownership of the first `fetched` interface pointers a callee
/// stored in `slots`. Every non-null one of them is adopted (and so
/// released), also when the answer is an error: `fetched` beyond the room
/// given, or a null pointer among them, is `MAPI_E_CALL_FAILED`.
///
/// # Safety
/// Each of the first `fetched` entries (at most all of `slots`) must be
/// null or a reference to a live `T` the caller owns from here.
pub unsafe fn adopt_interfaces<T: crate::Interface>(
    slots: &[*mut T],
    fetched: ULONG,
) -> Result<Vec<crate::ComPtr<T>>, Hresult> {
    let n = (fetched as usize).min(slots.len());
    // SAFETY: null or an owned reference (the contract).
    let owned: Vec<Option<crate::ComPtr<T>>> = slots[..n]
        .iter()
        .map(|p| unsafe { crate::ComPtr::from_raw(*p) })
        .collect();
    if n != fetched as usize || owned.iter().any(Option::is_none) {
        return Err(missing_output());
    }
    Ok(owned.into_iter().flatten().collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{PropValue, SortOrder};

    #[test]
    fn scratch_blocks_chain_to_their_root_and_go_with_it() {
        let alloc = scratch();
        let root = alloc.buffer(24).expect("root");
        assert!(root.bytes().iter().all(|&b| b == 0), "zero-filled");
        assert_eq!(root.as_ptr() as usize % 16, 0);
        // Chained from several threads at once: the chain is lock-free.
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    for k in 1..50 {
                        let more = root.more(k).expect("more");
                        more.fill(0xEE);
                    }
                });
            }
        });
        drop(root); // frees the 196 chained blocks too (Miri/ASan would see a leak)
        let (a, m, f) = alloc.functions();
        let mut p: LPVOID = null_mut();
        // SAFETY: the module's own functions; null arguments are refused.
        unsafe {
            assert_eq!(a(8, null_mut()), MAPI_E_INVALID_PARAMETER);
            assert_eq!(m(8, null_mut(), &mut p), MAPI_E_INVALID_PARAMETER);
            assert_eq!(f(null_mut()), 0);
        }
    }

    #[test]
    fn inputs_are_laid_out_for_one_call() {
        let tags = tags_in(&[PropTag(0x0037_001F)]).expect("tags");
        assert_eq!(tags.tags(), [PropTag(0x0037_001F)]);
        let props = props_in(&[Prop::new(0x0037_001F, PropValue::unicode("x"))]).expect("props");
        assert_eq!(
            props.to_props().expect("read")[0].tag(),
            PropTag(0x0037_001F)
        );
        let sort = SortOrderSet {
            sorts: vec![SortOrder {
                tag: PropTag(0x0037_001F),
                order: 0,
            }],
            ..SortOrderSet::default()
        };
        let written = sort_in(&sort).expect("sort");
        assert_eq!(written.sort_order_set(), Ok(sort));
        let ids: [&[u8]; 2] = [&[0, 0, 0, 0, 1], &[0, 0, 0, 0, 2, 3]];
        let mut list = entry_list_in(&ids).expect("list");
        let raw = list.as_mut_ptr();
        // SAFETY: the list just built, alive.
        let read = unsafe { crate::value::EntryList::from_raw(raw) }.expect("read");
        assert_eq!(read.expect("non-null").as_slice(), ids);
    }

    #[test]
    fn strings_that_the_call_cannot_carry_are_errors() {
        assert_eq!(str_in("a\0b", true), Err(Hresult(MAPI_E_INVALID_PARAMETER)));
        assert_eq!(str_in("ü€", false), Err(Hresult(MAPI_E_BAD_CHARWIDTH)));
        assert_eq!(str_in("ü", false).map(|s| s.is_unicode()), Ok(false));
        assert_eq!(str_in("ü€", true).map(|s| s.is_unicode()), Ok(true));
    }
}
