//! The cost of the value layer's writer: a `GetProps` answer of 20 mixed
//! properties (5 strings, 4 binaries, 4 longs, a boolean, 4 times, a
//! multivalued string, a `PT_ERROR`) laid out in MAPI memory and freed,
//!
//! - `writer_owned`: from a provider's data through owned [`Prop`]s (what a
//!   provider method returning `Vec<Prop>` costs, clones included), then
//!   [`write_props`];
//! - `writer_prebuilt`: [`write_props`] of `Prop`s built beforehand;
//! - `hand_written`: `SPropValue`s written directly from the same data with
//!   the same allocator, each string, binary and array in its own
//!   `MAPIAllocateMore` block, as providers (and the sample's `props.rs`)
//!   do by hand.
//!
//! The allocator is a bench-local model of MAPI's: each block carries a
//! header linking the blocks chained to its root, a lock per call (MAPI's
//! takes a critical section), the Rust heap underneath.
//!
//! `cargo bench -p mapi-sys --bench values`

// The group macro declares an undocumented `pub fn`.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use mapi_sys::value::{Allocator, FileTime, Prop, PropTag, PropValue, write_props};
use mapi_sys::*;
use std::alloc::Layout;
use std::ffi::c_void;
use std::hint::black_box;
use std::ptr;
use std::sync::Mutex;

// ------------------------------------------------------------ the allocator

/// The header before each block: the next block of its root's chain.
#[repr(C, align(16))]
struct Header {
    next: *mut Header,
    size: usize,
}

const HEADER: usize = size_of::<Header>();
static LOCK: Mutex<()> = Mutex::new(());

fn layout(size: usize) -> Layout {
    Layout::from_size_align(HEADER + size.max(1), 16).expect("small sizes")
}

/// A new block with its header; the data's address.
fn raw(size: ULONG) -> *mut Header {
    let layout = layout(size as usize);
    // SAFETY: a non-zero layout.
    let h = unsafe { std::alloc::alloc(layout) }.cast::<Header>();
    if !h.is_null() {
        // SAFETY: the block starts with room for a header.
        unsafe {
            h.write(Header {
                next: ptr::null_mut(),
                size: size as usize,
            })
        };
    }
    h
}

/// The data of block `h`.
fn data(h: *mut Header) -> LPVOID {
    // SAFETY: the data follows the header, inside the block.
    unsafe { h.add(1) }.cast()
}

unsafe extern "system" fn allocate_buffer(size: ULONG, out: *mut LPVOID) -> SCODE {
    let _g = LOCK.lock();
    let h = raw(size);
    if h.is_null() {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    }
    // SAFETY: a valid out-pointer (the caller's contract).
    unsafe { out.write(data(h)) };
    0
}

unsafe extern "system" fn allocate_more(size: ULONG, root: LPVOID, out: *mut LPVOID) -> SCODE {
    let _g = LOCK.lock();
    let h = raw(size);
    if h.is_null() {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    }
    // SAFETY: `root` is the data of a live root block: its header precedes
    // it; the new block joins the root's chain.
    unsafe {
        let r = root.cast::<Header>().sub(1);
        (*h).next = (*r).next;
        (*r).next = h;
        out.write(data(h));
    }
    0
}

unsafe extern "system" fn free_buffer(root: LPVOID) -> ULONG {
    if root.is_null() {
        return 0;
    }
    let _g = LOCK.lock();
    // SAFETY: `root` is a live root block; its chain is freed once.
    unsafe {
        let mut h = root.cast::<Header>().sub(1);
        while !h.is_null() {
            let next = (*h).next;
            std::alloc::dealloc(h.cast(), layout((*h).size));
            h = next;
        }
    }
    0
}

fn allocator() -> Allocator {
    // SAFETY: the three keep MAPI's contract (16-aligned blocks, chains
    // freed with their root, a lock for threads).
    unsafe { Allocator::new(allocate_buffer, allocate_more, free_buffer) }
}

// ------------------------------------------------------------ the provider

/// A provider's message, as it stores it.
struct Message {
    subject: String,
    body: String,
    class: String,
    sender: String,
    to: String,
    entry_id: Vec<u8>,
    parent_id: Vec<u8>,
    record_key: Vec<u8>,
    search_key: Vec<u8>,
    size: i32,
    flags: i32,
    importance: i32,
    object_type: i32,
    has_attach: bool,
    submitted: u64,
    delivered: u64,
    created: u64,
    modified: u64,
    keywords: Vec<String>,
}

const PR_KEYWORDS_W: u32 = PropTag::new(0x8001, PT_MV_UNICODE).0;

fn message() -> Message {
    Message {
        subject: "Re: quarterly figures for the northern region".into(),
        body: "Hello,\r\n\r\nplease find the figures attached. The totals are up on last quarter; the details are in the second sheet. Let me know if anything is unclear.\r\n\r\nRegards,\r\nA.".into(),
        class: "IPM.Note".into(),
        sender: "Alice Example".into(),
        to: "Bob Example; Carol Example".into(),
        entry_id: vec![0x11; 48],
        parent_id: vec![0x22; 48],
        record_key: vec![0x33; 16],
        search_key: vec![0x44; 24],
        size: 4096,
        flags: 1,
        importance: 1,
        object_type: 5,
        has_attach: true,
        submitted: 0x01DA_0000_0000_0001,
        delivered: 0x01DA_0000_0000_0002,
        created: 0x01DA_0000_0000_0003,
        modified: 0x01DA_0000_0000_0004,
        keywords: vec!["Finance".into(), "Quarterly".into()],
    }
}

/// The provider's `GetProps` answer as owned values.
fn props(m: &Message) -> Vec<Prop> {
    use PropValue as V;
    let t = |x: u64| V::SysTime(FileTime::from_u64(x));
    vec![
        Prop::new(PR_SUBJECT_W, V::Unicode(m.subject.clone())),
        Prop::new(PR_BODY_W, V::Unicode(m.body.clone())),
        Prop::new(PR_MESSAGE_CLASS_W, V::Unicode(m.class.clone())),
        Prop::new(PR_SENDER_NAME_W, V::Unicode(m.sender.clone())),
        Prop::new(PR_DISPLAY_TO_W, V::Unicode(m.to.clone())),
        Prop::new(PR_ENTRYID, V::Binary(m.entry_id.clone())),
        Prop::new(PR_PARENT_ENTRYID, V::Binary(m.parent_id.clone())),
        Prop::new(PR_RECORD_KEY, V::Binary(m.record_key.clone())),
        Prop::new(PR_SEARCH_KEY, V::Binary(m.search_key.clone())),
        Prop::new(PR_MESSAGE_SIZE, V::Long(m.size)),
        Prop::new(PR_MESSAGE_FLAGS, V::Long(m.flags)),
        Prop::new(PR_IMPORTANCE, V::Long(m.importance)),
        Prop::new(PR_OBJECT_TYPE, V::Long(m.object_type)),
        Prop::new(PR_HASATTACH, V::Boolean(m.has_attach)),
        Prop::new(PR_CLIENT_SUBMIT_TIME, t(m.submitted)),
        Prop::new(PR_MESSAGE_DELIVERY_TIME, t(m.delivered)),
        Prop::new(PR_CREATION_TIME, t(m.created)),
        Prop::new(PR_LAST_MODIFICATION_TIME, t(m.modified)),
        Prop::new(PR_KEYWORDS_W, V::MvUnicode(m.keywords.clone())),
        Prop::error(PR_MSG_STATUS, Hresult(MAPI_E_NOT_FOUND)),
    ]
}

// ------------------------------------------------------------ by hand

fn chained(
    alloc: (ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER),
    root: LPVOID,
    size: usize,
) -> *mut u8 {
    let mut p: LPVOID = ptr::null_mut();
    // SAFETY: `root` is a live root block of this allocator.
    let sc = unsafe { (alloc.1)(size as ULONG, root, &mut p) };
    assert!(sc == 0 && !p.is_null());
    p.cast()
}

fn wide(alloc: (ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER), root: LPVOID, s: &str) -> *mut u16 {
    let n = s.encode_utf16().count() + 1;
    let p = chained(alloc, root, 2 * n).cast::<u16>();
    for (i, u) in s.encode_utf16().chain([0]).enumerate() {
        // SAFETY: `n` units were allocated.
        unsafe { p.add(i).write(u) };
    }
    p
}

fn bytes(alloc: (ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER), root: LPVOID, b: &[u8]) -> SBinary {
    let p = chained(alloc, root, b.len());
    // SAFETY: `b.len()` bytes were allocated.
    unsafe { ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    SBinary {
        cb: b.len() as ULONG,
        lpb: p,
    }
}

/// The same 20 values written directly, the way a provider does without the
/// value layer; returns the root block.
fn hand_written(alloc: Allocator, m: &Message) -> (ULONG, *mut SPropValue) {
    let f = alloc.functions();
    let mut root: LPVOID = ptr::null_mut();
    // SAFETY: a valid out-pointer.
    let sc = unsafe { (f.0)(20 * size_of::<SPropValue>() as ULONG, &mut root) };
    assert!(sc == 0 && !root.is_null());
    let out = root.cast::<SPropValue>();
    let ft = |x: u64| FILETIME {
        dwLowDateTime: x as u32,
        dwHighDateTime: (x >> 32) as u32,
    };
    let keywords = {
        let n = m.keywords.len();
        let array = chained(f, root, n * size_of::<LPWSTR>()).cast::<LPWSTR>();
        for (i, k) in m.keywords.iter().enumerate() {
            // SAFETY: `n` pointers were allocated.
            unsafe { array.add(i).write(wide(f, root, k)) };
        }
        SWStringArray {
            cValues: n as ULONG,
            lppszW: array,
        }
    };
    let values: [(u32, __UPV); 20] = [
        (
            PR_SUBJECT_W,
            __UPV {
                lpszW: wide(f, root, &m.subject),
            },
        ),
        (
            PR_BODY_W,
            __UPV {
                lpszW: wide(f, root, &m.body),
            },
        ),
        (
            PR_MESSAGE_CLASS_W,
            __UPV {
                lpszW: wide(f, root, &m.class),
            },
        ),
        (
            PR_SENDER_NAME_W,
            __UPV {
                lpszW: wide(f, root, &m.sender),
            },
        ),
        (
            PR_DISPLAY_TO_W,
            __UPV {
                lpszW: wide(f, root, &m.to),
            },
        ),
        (
            PR_ENTRYID,
            __UPV {
                bin: bytes(f, root, &m.entry_id),
            },
        ),
        (
            PR_PARENT_ENTRYID,
            __UPV {
                bin: bytes(f, root, &m.parent_id),
            },
        ),
        (
            PR_RECORD_KEY,
            __UPV {
                bin: bytes(f, root, &m.record_key),
            },
        ),
        (
            PR_SEARCH_KEY,
            __UPV {
                bin: bytes(f, root, &m.search_key),
            },
        ),
        (PR_MESSAGE_SIZE, __UPV { l: m.size }),
        (PR_MESSAGE_FLAGS, __UPV { l: m.flags }),
        (PR_IMPORTANCE, __UPV { l: m.importance }),
        (PR_OBJECT_TYPE, __UPV { l: m.object_type }),
        (
            PR_HASATTACH,
            __UPV {
                b: u16::from(m.has_attach),
            },
        ),
        (
            PR_CLIENT_SUBMIT_TIME,
            __UPV {
                ft: ft(m.submitted),
            },
        ),
        (
            PR_MESSAGE_DELIVERY_TIME,
            __UPV {
                ft: ft(m.delivered),
            },
        ),
        (PR_CREATION_TIME, __UPV { ft: ft(m.created) }),
        (PR_LAST_MODIFICATION_TIME, __UPV { ft: ft(m.modified) }),
        (PR_KEYWORDS_W, __UPV { MVszW: keywords }),
        (
            PropTag(PR_MSG_STATUS).to_error().0,
            __UPV {
                err: MAPI_E_NOT_FOUND,
            },
        ),
    ];
    for (i, (tag, value)) in values.into_iter().enumerate() {
        // SAFETY: room for 20 values was allocated.
        unsafe {
            out.add(i).write(SPropValue {
                ulPropTag: tag,
                dwAlignPad: 0,
                Value: value,
            })
        };
    }
    (20, out)
}

fn write(c: &mut Criterion) {
    let alloc = allocator();
    let m = message();
    let prebuilt = props(&m);

    // Both give the same values.
    let (n, raw) = hand_written(alloc, &m);
    // SAFETY: `raw` holds `n` values in a root block of `alloc`.
    let by_hand =
        unsafe { mapi_sys::value::MapiBuffer::from_raw(alloc, raw, n) }.expect("non-null");
    assert_eq!(by_hand.to_props().expect("valid"), prebuilt);
    drop(by_hand);

    let mut g = c.benchmark_group("get_props_20");
    g.bench_function("writer_owned", |b| {
        b.iter(|| {
            let values = props(black_box(&m));
            black_box(write_props(&alloc, &values).expect("write"))
        })
    });
    g.bench_function("writer_prebuilt", |b| {
        b.iter(|| black_box(write_props(&alloc, black_box(&prebuilt)).expect("write")))
    });
    g.bench_function("hand_written", |b| {
        b.iter(|| {
            let (_, p) = hand_written(alloc, black_box(&m));
            // SAFETY: the root block just written.
            unsafe { alloc.free(black_box(p).cast::<c_void>()) };
        })
    });
    g.finish();
}

criterion_group!(benches, write);
criterion_main!(benches);
