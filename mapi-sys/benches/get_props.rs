//! The cost of the value layer: `IMAPIProp::GetProps` of 20 mixed properties
//! through a derived object's thunk (the implementation returns a
//! `PropArray` lending its stored values, the thunk writes them with
//! `write_props`), against a
//! hand-written `extern "system"` function that reads the tag array with the
//! same view and writes the stored values straight from the object, with
//! the same allocator and no intermediate `Vec<Prop>`. A third case,
//! `derived_cloning`, clones each stored value into an owned `Prop` (what a
//! provider that builds its values afresh pays for them).
//!
//! The allocator is a small heap-backed MAPI allocator (one `Mutex` per
//! root block for its chained blocks), so the figure is about the thunk and
//! the values, not a test ledger.
//!
//! `cargo bench -p mapi-sys --features provider --bench get_props`

// The group macro declares an undocumented `pub fn`.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use mapi_sys::value::{
    Allocator, FileTime, Prop, PropArray, PropTag, PropValue, TagArray, TagArrayBuf,
};
use mapi_sys::*;
use std::alloc::Layout;
use std::borrow::Cow;
use std::ffi::c_void;
use std::hint::black_box;
use std::ptr;
use std::sync::Mutex;

/// The header in front of every root block: the blocks chained to it.
struct Root {
    layout: Layout,
    chained: Mutex<Vec<(*mut u8, Layout)>>,
}

const HEAD: usize = 16;

fn layout(size: ULONG) -> Option<Layout> {
    Layout::from_size_align(size.max(1) as usize + HEAD, 16).ok()
}

unsafe extern "system" fn allocate_buffer(size: ULONG, out: *mut LPVOID) -> SCODE {
    let Some(l) = layout(size) else {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    };
    // SAFETY: a non-zero size.
    let p = unsafe { std::alloc::alloc(l) };
    if p.is_null() {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    }
    let root = Box::into_raw(Box::new(Root {
        layout: l,
        chained: Mutex::new(Vec::new()),
    }));
    // SAFETY: the block starts with room for the header pointer; `out` is
    // the caller's out-pointer.
    unsafe {
        p.cast::<*mut Root>().write(root);
        out.write(p.add(HEAD).cast());
    }
    0
}

unsafe extern "system" fn allocate_more(size: ULONG, root: LPVOID, out: *mut LPVOID) -> SCODE {
    let Some(l) = Layout::from_size_align(size.max(1) as usize, 16).ok() else {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    };
    // SAFETY: a non-zero size.
    let p = unsafe { std::alloc::alloc(l) };
    if p.is_null() {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    }
    // SAFETY: `root` is a live root block of `allocate_buffer`.
    let header = unsafe { &*root.cast::<u8>().sub(HEAD).cast::<*mut Root>().read() };
    header
        .chained
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((p, l));
    // SAFETY: the caller's out-pointer.
    unsafe { out.write(p.cast()) };
    0
}

unsafe extern "system" fn free_buffer(root: LPVOID) -> ULONG {
    if root.is_null() {
        return 0;
    }
    // SAFETY: `root` is a live root block of `allocate_buffer`, freed once.
    unsafe {
        let block = root.cast::<u8>().sub(HEAD);
        let header = Box::from_raw(block.cast::<*mut Root>().read());
        for (p, l) in header
            .chained
            .into_inner()
            .unwrap_or_else(|e| e.into_inner())
        {
            std::alloc::dealloc(p, l);
        }
        std::alloc::dealloc(block, header.layout);
    }
    0
}

fn allocator() -> Allocator {
    // SAFETY: the three functions above are a matching, thread-safe set with
    // MAPI's contract.
    unsafe { Allocator::new(allocate_buffer, allocate_more, free_buffer) }
}

/// Twenty properties of mixed types.
fn values() -> Vec<Prop> {
    (0..20u16)
        .map(|i| {
            let v = match i % 7 {
                0 => PropValue::Long(i32::from(i)),
                1 => PropValue::unicode(format!("subject number {i}")),
                2 => PropValue::string8("an 8-bit string value"),
                3 => PropValue::Binary(vec![i as u8; 16]),
                4 => PropValue::Boolean(i % 2 == 0),
                5 => PropValue::SysTime(FileTime::from_u64(0x01D0_0000_0000_0000 + u64::from(i))),
                _ => PropValue::MvLong(vec![1, 2, 3, i32::from(i)]),
            };
            Prop::new(PropTag::new(0x6600 + i, v.prop_type()), v)
        })
        .collect()
}

#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = alloc)]
struct Bag {
    alloc: Allocator,
    values: Vec<Prop>,
}

impl IMAPIPropImpl for Bag {
    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let tags = tags.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        // Stored values are lent to the thunk's writer, not cloned; the same
        // shortcut as the hand-written function for tags in stored order.
        let in_order = tags.len() == self.values.len()
            && tags
                .iter()
                .zip(&self.values)
                .all(|(t, p)| t.id() == p.tag().id());
        if in_order {
            return Ok(PropArray::from(&self.values[..]));
        }
        Ok(tags
            .iter()
            .map(
                |t| match self.values.iter().find(|p| p.tag().id() == t.id()) {
                    Some(p) => Cow::Borrowed(p),
                    None => Cow::Owned(Prop::error(*t, Hresult(MAPI_E_NOT_FOUND))),
                },
            )
            .collect())
    }
}

/// The same provider returning owned values: each stored value cloned, as a
/// provider that builds its values afresh for each call pays.
#[derive(ComObject)]
#[mapi(implements(IMAPIProp), allocator = alloc)]
struct OwnedBag {
    alloc: Allocator,
    values: Vec<Prop>,
}

impl IMAPIPropImpl for OwnedBag {
    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let tags = tags.ok_or(Hresult(MAPI_E_NO_SUPPORT))?;
        Ok(tags
            .iter()
            .map(|t| {
                self.values
                    .iter()
                    .find(|p| p.tag().id() == t.id())
                    .cloned()
                    .unwrap_or_else(|| Prop::error(*t, Hresult(MAPI_E_NOT_FOUND)))
            })
            .collect())
    }
}

/// The hand-written provider: its values and allocator, behind a pointer.
struct Hand {
    alloc: Allocator,
    values: Vec<Prop>,
}

/// `GetProps` written by hand: the same checks, the same view of the tags,
/// the values written straight from the object's storage.
///
/// # Safety
/// `this` must be a live `Hand`; the pointers as MAPI says.
unsafe extern "system" fn hand_get_props(
    this: *mut c_void,
    tags: LPSPropTagArray,
    _flags: ULONG,
    count: *mut ULONG,
    out: *mut LPSPropValue,
) -> HRESULT {
    if count.is_null() || out.is_null() {
        return MAPI_E_INVALID_PARAMETER;
    }
    // SAFETY: checked non-null.
    unsafe {
        count.write(0);
        out.write(ptr::null_mut());
    }
    // SAFETY: the caller's tag array.
    let tags = match unsafe { TagArray::from_raw(tags) } {
        Ok(Some(t)) => t,
        Ok(None) => return MAPI_E_NO_SUPPORT,
        Err(e) => return Hresult::from(e).0,
    };
    // SAFETY: a live `Hand`.
    let hand = unsafe { &*this.cast::<Hand>() };
    let in_order = tags.len() == hand.values.len()
        && tags
            .iter()
            .zip(&hand.values)
            .all(|(t, p)| t.id() == p.tag().id());
    let written = if in_order {
        // The common case: every value stored, in order; written in place.
        value::write_props(&hand.alloc, &hand.values)
    } else {
        let owned: Vec<Prop> = tags
            .iter()
            .map(|t| {
                hand.values
                    .iter()
                    .find(|p| p.tag().id() == t.id())
                    .cloned()
                    .unwrap_or_else(|| Prop::error(*t, Hresult(MAPI_E_NOT_FOUND)))
            })
            .collect();
        value::write_props(&hand.alloc, &owned)
    };
    match written {
        Ok(b) => {
            let (n, p) = b.into_raw_parts();
            // SAFETY: checked non-null above.
            unsafe {
                count.write(n);
                out.write(p);
            }
            0
        }
        Err(e) => e.0,
    }
}

type GetProps = unsafe extern "system" fn(
    *mut c_void,
    LPSPropTagArray,
    ULONG,
    *mut ULONG,
    *mut LPSPropValue,
) -> HRESULT;

fn get_props(c: &mut Criterion) {
    let alloc = allocator();
    let bag = Bag {
        alloc,
        values: values(),
    }
    .into_com();
    let owned = OwnedBag {
        alloc,
        values: values(),
    }
    .into_com();
    let mut hand = Hand {
        alloc,
        values: values(),
    };
    let tags: Vec<PropTag> = values().iter().map(Prop::tag).collect();
    let mut tags = TagArrayBuf::new(&tags).expect("tags");
    let bag_ptr: *mut c_void = bag.as_raw().cast();
    // SAFETY: a live IMAPIProp.
    let derived: GetProps = unsafe { (*(*bag.as_raw()).lpVtbl).GetProps };
    let owned_ptr: *mut c_void = owned.as_raw().cast();
    // SAFETY: a live IMAPIProp.
    let derived_owned: GetProps = unsafe { (*(*owned.as_raw()).lpVtbl).GetProps };
    let cases: [(&str, *mut c_void, GetProps); 3] = [
        ("derived", bag_ptr, derived),
        ("derived_cloning", owned_ptr, derived_owned),
        (
            "hand_written",
            ptr::addr_of_mut!(hand).cast(),
            hand_get_props,
        ),
    ];
    let mut group = c.benchmark_group("get_props_20");
    for (name, this, f) in cases {
        group.bench_function(name, |b| {
            b.iter(|| {
                let (mut n, mut p): (ULONG, LPSPropValue) = (0, ptr::null_mut());
                // SAFETY: a live object, a valid tag array and out-pointers.
                let hr = unsafe { f(black_box(this), tags.as_mut_ptr(), 0, &mut n, &mut p) };
                assert!(hr >= 0 && n == 20);
                // SAFETY: a root block of `alloc`, freed once.
                unsafe { alloc.free(black_box(p).cast()) };
            })
        });
    }
    group.finish();
    drop((bag, owned));
}

criterion_group!(benches, get_props);
criterion_main!(benches);
