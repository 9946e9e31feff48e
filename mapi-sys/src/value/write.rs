//! The writer of `SPropValue` arrays ([`write_props`]): the array in one
//! root block, everything its values point to in one block chained to it.

use super::alloc::{Allocator, Buffer, Heap, MapiBuffer, Need, unicode_room};
use super::prop::{FileTime, Prop, PropValue};
use super::{count32, no_memory};
use crate::{
    __UPV, CHAR, CY, FILETIME, GUID, Hresult, LARGE_INTEGER, SAppTimeArray, SBinary, SBinaryArray,
    SCurrencyArray, SDateTimeArray, SDoubleArray, SGuidArray, SLPSTRArray, SLargeIntegerArray,
    SLongArray, SPropValue, SRealArray, SShortArray, SWStringArray, WCHAR,
};
use core::ffi::c_void;
use std::borrow::Borrow;

/// The status of a `GetProps` answer: `MAPI_W_ERRORS_RETURNED` when some
/// entry is a `PT_ERROR` value, else `S_OK`. A thunk returns it with the
/// array (the `*_with_warning` form of a provider method).
pub fn errors_returned<P: Borrow<Prop>>(props: &[P]) -> Hresult {
    if props.iter().any(|p| p.borrow().is_error()) {
        Hresult(crate::MAPI_W_ERRORS_RETURNED)
    } else {
        Hresult::OK
    }
}

/// Adds the room `value` needs in the heap to `need`.
pub(crate) fn measure(need: &mut Need, value: &PropValue) -> Result<(), Hresult> {
    use PropValue as V;
    match value {
        V::String8(s) => need.add(s.as_bytes_with_nul().len(), 1),
        V::Unicode(s) => need.add(unicode_room(s.len())?, align_of::<WCHAR>()),
        V::Clsid(_) => need.array::<GUID>(1),
        V::Binary(b) => need.add(b.len(), 1),
        V::MvI2(v) => need.array::<i16>(v.len()),
        V::MvLong(v) => need.array::<i32>(v.len()),
        V::MvR4(v) => need.array::<f32>(v.len()),
        V::MvDouble(v) | V::MvAppTime(v) => need.array::<f64>(v.len()),
        V::MvCurrency(v) | V::MvI8(v) => need.array::<i64>(v.len()),
        V::MvSysTime(v) => need.array::<FileTime>(v.len()),
        V::MvClsid(v) => need.array::<GUID>(v.len()),
        V::MvString8(v) => {
            need.array::<*mut CHAR>(v.len())?;
            v.iter()
                .try_for_each(|s| need.add(s.as_bytes_with_nul().len(), 1))
        }
        V::MvUnicode(v) => {
            need.array::<*mut WCHAR>(v.len())?;
            v.iter()
                .try_for_each(|s| need.add(unicode_room(s.len())?, align_of::<WCHAR>()))
        }
        V::MvBinary(v) => {
            need.array::<SBinary>(v.len())?;
            v.iter().try_for_each(|b| need.add(b.len(), 1))
        }
        V::Null
        | V::I2(_)
        | V::Long(_)
        | V::R4(_)
        | V::Double(_)
        | V::Currency(_)
        | V::AppTime(_)
        | V::Error(_)
        | V::Boolean(_)
        | V::Object
        | V::I8(_)
        | V::SysTime(_) => Ok(()),
    }
}

/// The union for `value`, what it points to copied into `heap`.
pub(crate) fn write_value(heap: &mut Heap<'_>, value: &PropValue) -> Result<__UPV, Hresult> {
    use PropValue as V;
    // SAFETY: every member of the union (integers, floats, raw pointers and
    // structures of them) is valid all-zero; starting from zero leaves no
    // byte of the written value uninitialized.
    let mut u: __UPV = unsafe { core::mem::zeroed() };
    match value {
        V::Null | V::Object => {}
        V::I2(x) => u.i = *x,
        V::Long(x) => u.l = *x,
        V::R4(x) => u.flt = *x,
        V::Double(x) => u.dbl = *x,
        V::Currency(x) => u.cur = CY { int64: *x },
        V::AppTime(x) => u.at = *x,
        V::Error(e) => u.err = e.0,
        V::Boolean(b) => u.b = u16::from(*b),
        V::I8(x) => u.li = LARGE_INTEGER { QuadPart: *x },
        V::String8(s) => u.lpszA = heap.ansi(s.as_bytes())?,
        V::Unicode(s) => u.lpszW = heap.unicode(s)?,
        V::SysTime(t) => u.ft = t.to_raw(),
        V::Clsid(g) => u.lpguid = heap.slice(core::slice::from_ref(g))?,
        V::Binary(b) => {
            u.bin = SBinary {
                cb: count32(b.len())?,
                lpb: heap.slice(b)?,
            }
        }
        V::MvI2(v) => {
            u.MVi = SShortArray {
                cValues: count32(v.len())?,
                lpi: heap.slice(v)?,
            }
        }
        V::MvLong(v) => {
            u.MVl = SLongArray {
                cValues: count32(v.len())?,
                lpl: heap.slice(v)?,
            }
        }
        V::MvR4(v) => {
            u.MVflt = SRealArray {
                cValues: count32(v.len())?,
                lpflt: heap.slice(v)?,
            }
        }
        V::MvDouble(v) => {
            u.MVdbl = SDoubleArray {
                cValues: count32(v.len())?,
                lpdbl: heap.slice(v)?,
            }
        }
        V::MvCurrency(v) => {
            u.MVcur = SCurrencyArray {
                cValues: count32(v.len())?,
                // `CY` is a 64-bit integer with the same layout.
                lpcur: heap.slice(v)?.cast::<CY>(),
            }
        }
        V::MvAppTime(v) => {
            u.MVat = SAppTimeArray {
                cValues: count32(v.len())?,
                lpat: heap.slice(v)?,
            }
        }
        V::MvSysTime(v) => {
            u.MVft = SDateTimeArray {
                cValues: count32(v.len())?,
                // `FileTime` has the layout of `FILETIME`.
                lpft: heap.slice(v)?.cast::<FILETIME>(),
            }
        }
        V::MvClsid(v) => {
            u.MVguid = SGuidArray {
                cValues: count32(v.len())?,
                lpguid: heap.slice(v)?,
            }
        }
        V::MvI8(v) => {
            u.MVli = SLargeIntegerArray {
                cValues: count32(v.len())?,
                // `LARGE_INTEGER` is a 64-bit integer with the same layout.
                lpli: heap.slice(v)?.cast::<LARGE_INTEGER>(),
            }
        }
        V::MvString8(v) => {
            let (region, at, array) = heap.array::<*mut CHAR>(v.len())?;
            for (i, s) in v.iter().enumerate() {
                let p = heap.ansi(s.as_bytes())?;
                region.put(at + i * size_of::<*mut CHAR>(), p)?;
            }
            u.MVszA = SLPSTRArray {
                cValues: count32(v.len())?,
                lppszA: array,
            }
        }
        V::MvUnicode(v) => {
            let (region, at, array) = heap.array::<*mut WCHAR>(v.len())?;
            for (i, s) in v.iter().enumerate() {
                let p = heap.unicode(s)?;
                region.put(at + i * size_of::<*mut WCHAR>(), p)?;
            }
            u.MVszW = SWStringArray {
                cValues: count32(v.len())?,
                lppszW: array,
            }
        }
        V::MvBinary(v) => {
            let (region, at, array) = heap.array::<SBinary>(v.len())?;
            for (i, b) in v.iter().enumerate() {
                let bin = SBinary {
                    cb: count32(b.len())?,
                    lpb: heap.slice(b)?,
                };
                region.put(at + i * size_of::<SBinary>(), bin)?;
            }
            u.MVbin = SBinaryArray {
                cValues: count32(v.len())?,
                lpbin: array,
            }
        }
    }
    Ok(u)
}

/// The `SPropValue` of `p`, what it points to copied into `heap` (which
/// [`measure`] sized).
pub(crate) fn write_prop(heap: &mut Heap<'_>, p: &Prop) -> Result<SPropValue, Hresult> {
    Ok(SPropValue {
        ulPropTag: p.tag().0,
        dwAlignPad: 0,
        Value: write_value(heap, p.value())?,
    })
}

/// Writes `props` at the start of root block `buffer` (room for them
/// checked by the caller), with a heap chained to it for what they point to.
fn write_props_into<P: Borrow<Prop>>(buffer: &mut Buffer, props: &[P]) -> Result<(), Hresult> {
    let mut need = Need::default();
    for p in props {
        measure(&mut need, p.borrow().value())?;
    }
    let (root, chain) = buffer.split();
    let mut heap = Heap::new(&chain, need.bytes())?;
    for (i, p) in props.iter().enumerate() {
        let value = write_prop(&mut heap, p.borrow())?;
        root.put(i * size_of::<SPropValue>(), value)?;
    }
    Ok(())
}

/// An `SPropValue` array in MAPI memory, as `GetProps` returns it and
/// `SetProps` takes it: the array in one root block, everything the values
/// point to (strings, binaries, GUIDs, multivalued arrays) in one block
/// chained to it, so that one `MAPIFreeBuffer` frees it all. The count of
/// the result is the number of values.
///
/// The values may be [`Prop`]s, references to them, or the `Cow`s of a
/// provider's [`PropArray`](super::PropArray) ([`PropArray::write`](super::PropArray::write)).
///
/// Fails with `MAPI_E_NOT_ENOUGH_MEMORY` (or the allocator's code), leaving
/// nothing allocated.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_props, Prop, PropValue};
/// use mapi_sys::{PR_DISPLAY_NAME_W, PR_ENTRYID};
///
/// let counting = CountingAllocator::new();
/// let props = [
///     Prop::new(PR_DISPLAY_NAME_W, PropValue::unicode("Inbox")),
///     Prop::new(PR_ENTRYID, PropValue::Binary(vec![0, 0, 0, 0, 1, 2])),
/// ];
/// let written = write_props(&counting.allocator(), &props)?;
/// assert_eq!(written.count(), 2);
/// assert_eq!(counting.live_blocks(), 2); // the array and its heap
/// assert_eq!(written.to_props()?, props);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn write_props<P: Borrow<Prop>>(
    alloc: &Allocator,
    props: &[P],
) -> Result<MapiBuffer<SPropValue>, Hresult> {
    let count = count32(props.len())?;
    let size = props
        .len()
        .checked_mul(size_of::<SPropValue>())
        .ok_or_else(no_memory)?;
    let mut buffer = alloc.buffer(size)?;
    write_props_into(&mut buffer, props)?;
    // SAFETY: the block holds `count` values, whose pointers lead into its
    // chained heap.
    Ok(unsafe { buffer.into_mapi(count) })
}

// ------------------------------------------------------------ plain structures

/// One plain structure (integers and opaque handles, no pointers to
/// follow) in a MAPI root block, as `IMAPIViewContext::GetPrintSetup`
/// returns its `FORMPRINTSETUP`.
pub fn write_plain<T: Copy>(alloc: &Allocator, value: &T) -> Result<MapiBuffer<c_void>, Hresult> {
    let mut buffer = alloc.buffer(size_of::<T>())?;
    buffer.region().put(0, *value)?;
    // SAFETY: a root block holding one `T`, freed as one block.
    Ok(unsafe { buffer.into_mapi(1) })
}

/// Copies out the plain structure a callee returned in MAPI memory and
/// frees the block; `None` for null.
///
/// # Safety
/// `ptr` must be null or a live root block of `alloc` holding a `T`, which
/// nothing else frees; `T` must be plain data (every bit pattern of its
/// integers, and any handle value, is valid).
pub unsafe fn adopt_plain<T: Copy>(alloc: &Allocator, ptr: *mut c_void) -> Option<T> {
    if ptr.is_null() {
        return None;
    }
    // SAFETY: a readable `T` in a live root block of `alloc` (the caller's
    // contract), read unaligned, then freed once.
    unsafe {
        let value = ptr.cast::<T>().read_unaligned();
        alloc.free(ptr);
        Some(value)
    }
}
