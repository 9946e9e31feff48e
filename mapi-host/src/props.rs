//! Property values going in and out of a provider: tag arrays and value
//! arrays the host builds, and copies of the MAPI-allocated arrays a
//! provider returns.

use crate::alloc;
use crate::objects::bytes;
use mapi_sys::{
    __UPV, LPSPropValue, LPSRowSet, PT_BINARY, PT_BOOLEAN, PT_ERROR, PT_I8, PT_LONG, PT_STRING8,
    PT_SYSTIME, PT_UNICODE, SBinary, SPropTagArray, SPropValue, SRowSet, ULONG,
};
use std::ffi::c_void;

/// The type part of a property tag.
pub const fn prop_type(tag: u32) -> u32 {
    tag & 0xFFFF
}

/// The identifier part of a property tag.
pub const fn prop_id(tag: u32) -> u32 {
    tag >> 16
}

/// A tag from an identifier and a type (`PROP_TAG`).
pub const fn prop_tag(ty: u32, id: u32) -> u32 {
    (id << 16) | ty
}

/// An owned `SPropTagArray` (count, then the tags).
pub struct TagArray(Vec<ULONG>);

impl TagArray {
    /// The array of `tags`.
    pub fn new(tags: &[u32]) -> TagArray {
        let mut v = Vec::with_capacity(tags.len() + 1);
        v.push(tags.len() as ULONG);
        v.extend_from_slice(tags);
        TagArray(v)
    }

    /// The pointer to pass as `LPSPropTagArray` (valid while `self` lives).
    pub fn as_ptr(&mut self) -> *mut SPropTagArray {
        self.0.as_mut_ptr().cast()
    }
}

/// A value the host sets.
#[derive(Clone, Debug, PartialEq)]
pub enum Val {
    /// `PT_LONG`.
    Long(i32),
    /// `PT_BOOLEAN`.
    Bool(bool),
    /// `PT_STRING8` (ANSI; no NUL inside).
    Str(String),
    /// `PT_BINARY`.
    Bin(Vec<u8>),
}

/// An owned array of `SPropValue` with the buffers it points to.
pub struct PropArray {
    values: Vec<SPropValue>,
    _buffers: Vec<Vec<u8>>,
}

impl PropArray {
    /// The values `(tag, value)`; the tag's type must match the value.
    pub fn new(list: &[(u32, Val)]) -> PropArray {
        let mut buffers = Vec::new();
        let mut values = Vec::with_capacity(list.len());
        for (tag, val) in list {
            let value = match val {
                Val::Long(l) => __UPV { l: *l },
                Val::Bool(b) => __UPV { b: u16::from(*b) },
                Val::Str(s) => {
                    let mut buf = s.as_bytes().to_vec();
                    buf.push(0);
                    let p = buf.as_mut_ptr();
                    buffers.push(buf);
                    __UPV { lpszA: p.cast() }
                }
                Val::Bin(b) => {
                    let mut buf = b.clone();
                    let bin = SBinary {
                        cb: buf.len() as ULONG,
                        lpb: buf.as_mut_ptr(),
                    };
                    buffers.push(buf);
                    __UPV { bin }
                }
            };
            values.push(SPropValue {
                ulPropTag: *tag,
                dwAlignPad: 0,
                Value: value,
            });
        }
        PropArray {
            values,
            _buffers: buffers,
        }
    }

    /// The number of values.
    pub fn len(&self) -> ULONG {
        self.values.len() as ULONG
    }

    /// Whether there are no values.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// The pointer to pass as `LPSPropValue` (valid while `self` lives).
    pub fn as_ptr(&mut self) -> LPSPropValue {
        self.values.as_mut_ptr()
    }
}

/// A copy of a value a provider returned.
#[derive(Clone, Debug, PartialEq)]
pub enum PropVal {
    /// `PT_LONG`.
    Long(i32),
    /// `PT_BOOLEAN`.
    Bool(bool),
    /// `PT_STRING8`, without the terminating NUL.
    Str8(Vec<u8>),
    /// `PT_UNICODE`, without the terminating NUL.
    Unicode(Vec<u16>),
    /// `PT_BINARY`.
    Bin(Vec<u8>),
    /// `PT_I8` or `PT_SYSTIME`.
    I8(i64),
    /// `PT_ERROR`: the `SCODE`.
    Error(i32),
    /// A type the host does not read; the value is not copied.
    Other,
    /// A string or binary whose pointer was null.
    NullPointer,
}

impl PropVal {
    /// The value as text, for strings of either width.
    pub fn text(&self) -> Option<String> {
        match self {
            PropVal::Str8(b) => Some(String::from_utf8_lossy(b).into_owned()),
            PropVal::Unicode(w) => Some(String::from_utf16_lossy(w)),
            _ => None,
        }
    }

    /// The binary value.
    pub fn bin(&self) -> Option<&[u8]> {
        match self {
            PropVal::Bin(b) => Some(b),
            _ => None,
        }
    }

    /// The `PT_LONG` value.
    pub fn long(&self) -> Option<i32> {
        match self {
            PropVal::Long(l) => Some(*l),
            _ => None,
        }
    }
}

/// One property a provider returned.
#[derive(Clone, Debug, PartialEq)]
pub struct Prop {
    /// `ulPropTag`.
    pub tag: u32,
    /// The copied value.
    pub val: PropVal,
}

/// The longest string the host reads, so a missing terminator is caught.
const MAX_STRING: usize = 1 << 20;

/// Copies one value.
///
/// # Safety
/// `v` must be a valid `SPropValue` whose pointers are valid for its type.
pub unsafe fn read_prop(v: &SPropValue) -> Prop {
    let tag = v.ulPropTag;
    // SAFETY (all arms): the union member read is the one the tag's type
    // selects, as MAPI defines; pointers are the provider's, valid per the
    // caller.
    let val = unsafe {
        match prop_type(tag) {
            PT_LONG => PropVal::Long(v.Value.l),
            PT_BOOLEAN => PropVal::Bool(v.Value.b != 0),
            PT_I8 | PT_SYSTIME => PropVal::I8(v.Value.li.QuadPart),
            PT_ERROR => PropVal::Error(v.Value.err),
            PT_STRING8 => {
                let p = v.Value.lpszA as *const u8;
                if p.is_null() {
                    PropVal::NullPointer
                } else {
                    let mut n = 0;
                    while n < MAX_STRING && *p.add(n) != 0 {
                        n += 1;
                    }
                    PropVal::Str8(std::slice::from_raw_parts(p, n).to_vec())
                }
            }
            PT_UNICODE => {
                let p = v.Value.lpszW as *const u16;
                if p.is_null() {
                    PropVal::NullPointer
                } else {
                    let mut n = 0;
                    while n < MAX_STRING && *p.add(n) != 0 {
                        n += 1;
                    }
                    PropVal::Unicode(std::slice::from_raw_parts(p, n).to_vec())
                }
            }
            PT_BINARY => {
                let b = v.Value.bin;
                if b.lpb.is_null() && b.cb != 0 {
                    PropVal::NullPointer
                } else {
                    PropVal::Bin(bytes(b.lpb as *const c_void, b.cb))
                }
            }
            _ => PropVal::Other,
        }
    };
    Prop { tag, val }
}

/// Copies `n` values at `p` (nothing for null).
///
/// # Safety
/// A non-null `p` must point to `n` valid `SPropValue`s.
pub unsafe fn read_props(p: *const SPropValue, n: ULONG) -> Vec<Prop> {
    if p.is_null() {
        return Vec::new();
    }
    (0..n as usize)
        // SAFETY: the caller vouches for `n` values.
        .map(|i| unsafe { read_prop(&*p.add(i)) })
        .collect()
}

/// Copies the tags of a returned `SPropTagArray` (nothing for null).
///
/// # Safety
/// A non-null `p` must be a valid tag array.
pub unsafe fn read_tags(p: *const SPropTagArray) -> Vec<u32> {
    if p.is_null() {
        return Vec::new();
    }
    // SAFETY: the caller vouches for the array: a count, then the tags.
    unsafe {
        let n = (*p).cValues as usize;
        let tags = core::ptr::addr_of!((*p).aulPropTag).cast::<u32>();
        std::slice::from_raw_parts(tags, n).to_vec()
    }
}

/// Copies the rows of a returned `SRowSet` (nothing for null).
///
/// # Safety
/// A non-null `p` must be a valid row set.
pub unsafe fn read_rows(p: *const SRowSet) -> Vec<Vec<Prop>> {
    if p.is_null() {
        return Vec::new();
    }
    // SAFETY: the caller vouches for the set: a count, then the rows.
    unsafe {
        let n = (*p).cRows as usize;
        let rows = core::ptr::addr_of!((*p).aRow).cast::<mapi_sys::SRow>();
        (0..n)
            .map(|i| {
                let row = &*rows.add(i);
                read_props(row.lpProps, row.cValues)
            })
            .collect()
    }
}

/// Frees a returned row set as `FreeProws` does: each row's `lpProps`,
/// then the set, with the host's `MAPIFreeBuffer`.
///
/// # Safety
/// A non-null `p` must be a valid row set allocated as MAPI documents.
pub unsafe fn free_rows(p: LPSRowSet) {
    if p.is_null() {
        return;
    }
    // SAFETY: the caller vouches for the set.
    unsafe {
        let n = (*p).cRows as usize;
        let rows = core::ptr::addr_of!((*p).aRow).cast::<mapi_sys::SRow>();
        for i in 0..n {
            alloc::free_buffer((*rows.add(i)).lpProps.cast());
        }
        alloc::free_buffer(p.cast());
    }
}

/// The value of `tag` (by identifier and type) among `props`.
pub fn find(props: &[Prop], tag: u32) -> Option<&PropVal> {
    props.iter().find(|p| p.tag == tag).map(|p| &p.val)
}

/// Writes `values` into one block from the host's `MAPIAllocateBuffer`
/// (strings and binaries chained with `MAPIAllocateMore`), as a provider
/// returns them; `None` if allocation fails.
pub fn alloc_props(values: &[(u32, PropVal)]) -> Option<(ULONG, LPSPropValue)> {
    let size = std::mem::size_of::<SPropValue>() * values.len().max(1);
    let mut block: *mut c_void = core::ptr::null_mut();
    // SAFETY: valid out-pointer.
    if unsafe { alloc::allocate_buffer(size as ULONG, &mut block) } != 0 {
        return None;
    }
    let array = block.cast::<SPropValue>();
    for (i, (tag, val)) in values.iter().enumerate() {
        let more = |data: &[u8]| -> Option<*mut u8> {
            let mut p: *mut c_void = core::ptr::null_mut();
            // SAFETY: `block` is a live root block; valid out-pointer.
            if unsafe { alloc::allocate_more(data.len().max(1) as ULONG, block, &mut p) } != 0 {
                return None;
            }
            // SAFETY: `p` has room for `data.len()` bytes.
            unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), p.cast::<u8>(), data.len()) };
            Some(p.cast())
        };
        let (tag, value) = match val {
            PropVal::Long(l) => (*tag, __UPV { l: *l }),
            PropVal::Bool(b) => (*tag, __UPV { b: u16::from(*b) }),
            PropVal::I8(x) => (
                *tag,
                __UPV {
                    li: mapi_sys::LARGE_INTEGER { QuadPart: *x },
                },
            ),
            PropVal::Error(e) => (prop_tag(PT_ERROR, prop_id(*tag)), __UPV { err: *e }),
            PropVal::Str8(s) => {
                let mut z = s.clone();
                z.push(0);
                (
                    *tag,
                    __UPV {
                        lpszA: more(&z)?.cast(),
                    },
                )
            }
            PropVal::Unicode(w) => {
                let mut z: Vec<u8> = w.iter().flat_map(|c| c.to_le_bytes()).collect();
                z.extend_from_slice(&[0, 0]);
                (
                    *tag,
                    __UPV {
                        lpszW: more(&z)?.cast(),
                    },
                )
            }
            PropVal::Bin(b) => (
                *tag,
                __UPV {
                    bin: SBinary {
                        cb: b.len() as ULONG,
                        lpb: more(b)?,
                    },
                },
            ),
            PropVal::Other | PropVal::NullPointer => (
                prop_tag(PT_ERROR, prop_id(*tag)),
                __UPV {
                    err: mapi_sys::MAPI_E_NOT_FOUND,
                },
            ),
        };
        // SAFETY: `array` has room for `values.len()` values.
        unsafe {
            array.add(i).write(SPropValue {
                ulPropTag: tag,
                dwAlignPad: 0,
                Value: value,
            })
        };
    }
    Some((values.len() as ULONG, array))
}
