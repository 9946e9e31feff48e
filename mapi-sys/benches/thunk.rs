//! The cost of a derived thunk: `IMsgStore::CompareEntryIDs` called through
//! a `#[derive(MsgStore)]` object's vtable, against a hand-written
//! `#[repr(C)]` object whose `extern "system"` function does the same work
//! with the same checks (null pointers, flags, slices, the out-value).
//!
//! Two providers: one whose work the compiler can see cannot panic (the
//! thunk's `catch_unwind` then vanishes), and one calling an out-of-line
//! function that may panic (the thunk keeps its landing pad; the
//! hand-written function has the abort-on-unwind pad every
//! `extern "system"` function has).
//!
//! `cargo bench -p mapi-sys --bench thunk`

// The group macro declares an undocumented `pub fn`.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use mapi_sys::*;
use std::ffi::c_void;
use std::hint::black_box;
use std::ptr;
use std::sync::atomic::AtomicU32;

#[derive(MsgStore)]
#[mapi(support = support)]
struct Store {
    support: Option<ComPtr<IMAPISupport>>,
}

impl IMAPIPropImpl for Store {}

impl IMsgStoreImpl for Store {
    fn compare_entry_ids(
        &self,
        id1: &[u8],
        id2: &[u8],
        _flags: MsgStoreCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        Ok(ULONG::from(id1 == id2))
    }
}

/// The largest entry identifier the opaque provider accepts.
const MAX_ENTRY_ID: usize = 4096;

/// Work the compiler cannot see through and that may panic.
#[inline(never)]
fn same_entry(id1: &[u8], id2: &[u8]) -> ULONG {
    assert!(id1.len() <= MAX_ENTRY_ID && id2.len() <= MAX_ENTRY_ID);
    ULONG::from(id1 == id2)
}

#[derive(MsgStore)]
#[mapi(support = support)]
struct OpaqueStore {
    support: Option<ComPtr<IMAPISupport>>,
}

impl IMAPIPropImpl for OpaqueStore {}

impl IMsgStoreImpl for OpaqueStore {
    fn compare_entry_ids(
        &self,
        id1: &[u8],
        id2: &[u8],
        _flags: MsgStoreCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        Ok(same_entry(id1, id2))
    }
}

type CompareEntryIds = unsafe extern "system" fn(
    *mut c_void,
    ULONG,
    LPENTRYID,
    ULONG,
    LPENTRYID,
    ULONG,
    *mut ULONG,
) -> HRESULT;

/// The hand-written object: a vtable pointer first, then a count, as a
/// derived object is laid out.
#[repr(C)]
struct HandStore {
    vtbl: *const HandVtbl,
    refs: AtomicU32,
}

#[repr(C)]
struct HandVtbl {
    compare_entry_ids: CompareEntryIds,
}

static HAND_VTBL: HandVtbl = HandVtbl {
    compare_entry_ids: hand_compare_entry_ids::<false>,
};

static HAND_OPAQUE_VTBL: HandVtbl = HandVtbl {
    compare_entry_ids: hand_compare_entry_ids::<true>,
};

/// What the derived thunk does, written by hand, in the same order; `OPAQUE` chooses the work
/// of `OpaqueStore` over that of `Store`.
unsafe extern "system" fn hand_compare_entry_ids<const OPAQUE: bool>(
    this: *mut c_void,
    cb1: ULONG,
    id1: LPENTRYID,
    cb2: ULONG,
    id2: LPENTRYID,
    flags: ULONG,
    result: *mut ULONG,
) -> HRESULT {
    if !result.is_null() {
        // SAFETY: checked non-null: null the out-value before any check, so
        // it is null whenever the call fails.
        unsafe { result.write(0) };
    }
    let id1: &[u8] = if id1.is_null() {
        if cb1 != 0 {
            return MAPI_E_INVALID_PARAMETER;
        }
        &[]
    } else {
        // SAFETY: the caller passes `cb1` bytes at `id1`.
        unsafe { std::slice::from_raw_parts(id1 as *const u8, cb1 as usize) }
    };
    let id2: &[u8] = if id2.is_null() {
        if cb2 != 0 {
            return MAPI_E_INVALID_PARAMETER;
        }
        &[]
    } else {
        // SAFETY: the caller passes `cb2` bytes at `id2`.
        unsafe { std::slice::from_raw_parts(id2 as *const u8, cb2 as usize) }
    };
    let _flags = match MsgStoreCompareEntryIDsFlags::check_input(flags) {
        Ok(f) => f,
        Err(e) => return e.0,
    };
    if result.is_null() {
        return MAPI_E_INVALID_PARAMETER;
    }
    // SAFETY: `this` is the live object the vtable belongs to.
    let _store = unsafe { &*this.cast::<HandStore>() };
    let same = if OPAQUE {
        same_entry(id1, id2)
    } else {
        ULONG::from(id1 == id2)
    };
    // SAFETY: checked non-null above.
    unsafe { result.write(same) };
    0
}

/// Where an object's `CompareEntryIDs` slot is.
type Slot = fn(*mut c_void) -> CompareEntryIds;

fn derived_slot(this: *mut c_void) -> CompareEntryIds {
    // SAFETY: `this` is a live `IMsgStore` (see `call`).
    unsafe { (*(*this.cast::<IMsgStore>()).lpVtbl).CompareEntryIDs }
}

fn hand_slot(this: *mut c_void) -> CompareEntryIds {
    // SAFETY: `this` is a live `HandStore` (see `call`).
    unsafe { (*(*this.cast::<HandStore>()).vtbl).compare_entry_ids }
}

/// One call of `CompareEntryIDs` through the vtable of `this`; the slot is
/// loaded from the object on every call, as a host does.
///
/// # Safety
/// `this` must be a live object of the kind `slot` reads.
#[inline(always)]
unsafe fn call(this: *mut c_void, slot: Slot, id1: &[u8], id2: &[u8]) -> (HRESULT, ULONG) {
    let this = black_box(this);
    let mut out: ULONG = 0;
    // SAFETY: the caller passes a live object; valid buffers and out-pointer.
    let hr = unsafe {
        (slot(this))(
            this,
            black_box(id1.len() as ULONG),
            black_box(id1.as_ptr().cast_mut().cast()),
            black_box(id2.len() as ULONG),
            black_box(id2.as_ptr().cast_mut().cast()),
            black_box(0),
            black_box(&mut out),
        )
    };
    (hr, out)
}

fn compare(c: &mut Criterion) {
    let id1 = [0x5Au8; 24];
    let id2 = [0x5Au8; 24];

    let store = Store { support: None }.into_com();
    let opaque = OpaqueStore { support: None }.into_com();
    let mut hand = HandStore {
        vtbl: &HAND_VTBL,
        refs: AtomicU32::new(1),
    };
    let mut hand_opaque = HandStore {
        vtbl: &HAND_OPAQUE_VTBL,
        refs: AtomicU32::new(1),
    };
    let cases: [(&str, &str, *mut c_void, Slot); 4] = [
        (
            "compare_entry_ids",
            "derived",
            store.as_raw().cast(),
            derived_slot,
        ),
        (
            "compare_entry_ids",
            "hand_written",
            ptr::addr_of_mut!(hand).cast(),
            hand_slot,
        ),
        (
            "compare_entry_ids_opaque",
            "derived",
            opaque.as_raw().cast(),
            derived_slot,
        ),
        (
            "compare_entry_ids_opaque",
            "hand_written",
            ptr::addr_of_mut!(hand_opaque).cast(),
            hand_slot,
        ),
    ];
    for (group, name, this, slot) in cases {
        // SAFETY: every object is live until the end of the function.
        assert_eq!(unsafe { call(this, slot, &id1, &id2) }, (0, 1));
        c.benchmark_group(group).bench_function(name, |b| {
            // SAFETY: as above.
            b.iter(|| black_box(unsafe { call(this, slot, &id1, &id2) }))
        });
    }
    drop((store, opaque));
}

criterion_group!(benches, compare);
criterion_main!(benches);
