//! Views of `SPropValue`s in memory a peer owns: [`PropRef`] and
//! [`PropValueRef`], read once at an `unsafe` edge and plain Rust data after.

use super::alloc::MapiBuffer;
use super::prop::{FileTime, Prop, PropValue};
use super::strings::{StrRef, read_ansi, read_unicode};
use super::tag::PropTag;
use super::{MAX_BYTES, MAX_COUNT, ViewError};
use crate::{
    __UPV, GUID, Hresult, PT_APPTIME, PT_BINARY, PT_BOOLEAN, PT_CLSID, PT_CURRENCY, PT_DOUBLE,
    PT_ERROR, PT_I2, PT_I8, PT_LONG, PT_MV_APPTIME, PT_MV_BINARY, PT_MV_CLSID, PT_MV_CURRENCY,
    PT_MV_DOUBLE, PT_MV_I2, PT_MV_I8, PT_MV_LONG, PT_MV_R4, PT_MV_STRING8, PT_MV_SYSTIME,
    PT_MV_UNICODE, PT_NULL, PT_OBJECT, PT_R4, PT_STRING8, PT_SYSTIME, PT_UNICODE, SBinary,
    SPropValue, SRow, ULONG,
};
use core::ptr::addr_of;
use std::borrow::Cow;
use std::ffi::CStr;

/// Plain data: every initialized bit pattern of its size is a valid value,
/// so arrays of it may be read from foreign memory.
///
/// # Safety
/// As said; and no padding.
pub(crate) unsafe trait Pod: Copy {}
// SAFETY: integers and floats: any bits.
unsafe impl Pod for i16 {}
// SAFETY: as above.
unsafe impl Pod for i32 {}
// SAFETY: as above.
unsafe impl Pod for i64 {}
// SAFETY: as above.
unsafe impl Pod for f32 {}
// SAFETY: as above.
unsafe impl Pod for f64 {}
// SAFETY: two `u32`s, `repr(C)`.
unsafe impl Pod for FileTime {}
// SAFETY: `u32`, two `u16`s, eight `u8`s, `repr(C)` without padding.
unsafe impl Pod for GUID {}
// SAFETY: a transparent `u32`.
unsafe impl Pod for PropTag {}

// The layouts the readers and writers rely on, on every target.
const _: () = {
    use crate::{CY, FILETIME, LARGE_INTEGER};
    assert!(size_of::<FileTime>() == size_of::<FILETIME>());
    assert!(align_of::<FileTime>() == align_of::<FILETIME>());
    assert!(size_of::<CY>() == size_of::<i64>() && align_of::<CY>() == align_of::<i64>());
    assert!(size_of::<LARGE_INTEGER>() == size_of::<i64>());
    assert!(align_of::<LARGE_INTEGER>() == align_of::<i64>());
    assert!(size_of::<PropTag>() == size_of::<ULONG>());
    assert!(size_of::<GUID>() == 16);
    assert!(align_of::<SPropValue>() <= super::alloc::BLOCK_ALIGN);
};

/// A property value read from a peer's `SPropValue`, one variant per
/// `PT_*` type, borrowing what the value points to.
///
/// Multivalued arrays are borrowed when aligned for their element type and
/// copied (with unaligned reads) when not. A value that cannot be read (a
/// null pointer with a count, a string without NUL, an unknown type...) is
/// [`PropValueRef::Invalid`], so one bad value does not hide the others of
/// its array.
///
/// A tag with `MV_INSTANCE` (a row of a table with a multivalued-instance
/// column) holds a single value of its base type, and is read as such.
#[derive(Clone, Debug, PartialEq)]
pub enum PropValueRef<'a> {
    /// `PT_NULL`.
    Null,
    /// `PT_I2`.
    I2(i16),
    /// `PT_LONG`.
    Long(i32),
    /// `PT_R4`.
    R4(f32),
    /// `PT_DOUBLE`.
    Double(f64),
    /// `PT_CURRENCY`: a 64-bit integer scaled by 10,000.
    Currency(i64),
    /// `PT_APPTIME`.
    AppTime(f64),
    /// `PT_ERROR`.
    Error(Hresult),
    /// `PT_BOOLEAN` (any non-zero value is true).
    Boolean(bool),
    /// `PT_OBJECT`.
    Object,
    /// `PT_I8`.
    I8(i64),
    /// `PT_STRING8`.
    String8(&'a CStr),
    /// `PT_UNICODE`, without its NUL.
    Unicode(&'a [u16]),
    /// `PT_SYSTIME`.
    SysTime(FileTime),
    /// `PT_CLSID`.
    Clsid(GUID),
    /// `PT_BINARY`.
    Binary(&'a [u8]),
    /// `PT_MV_I2`.
    MvI2(Cow<'a, [i16]>),
    /// `PT_MV_LONG`.
    MvLong(Cow<'a, [i32]>),
    /// `PT_MV_R4`.
    MvR4(Cow<'a, [f32]>),
    /// `PT_MV_DOUBLE`.
    MvDouble(Cow<'a, [f64]>),
    /// `PT_MV_CURRENCY`.
    MvCurrency(Cow<'a, [i64]>),
    /// `PT_MV_APPTIME`.
    MvAppTime(Cow<'a, [f64]>),
    /// `PT_MV_SYSTIME`.
    MvSysTime(Cow<'a, [FileTime]>),
    /// `PT_MV_STRING8`.
    MvString8(Vec<&'a CStr>),
    /// `PT_MV_BINARY`.
    MvBinary(Vec<&'a [u8]>),
    /// `PT_MV_UNICODE`, each without its NUL.
    MvUnicode(Vec<&'a [u16]>),
    /// `PT_MV_CLSID`.
    MvClsid(Cow<'a, [GUID]>),
    /// `PT_MV_I8`.
    MvI8(Cow<'a, [i64]>),
    /// A value that could not be read, and why.
    Invalid(ViewError),
}

impl<'a> PropValueRef<'a> {
    /// Whether the value could not be read.
    pub fn is_invalid(&self) -> bool {
        matches!(self, PropValueRef::Invalid(_))
    }

    /// The string of a `PT_STRING8` or `PT_UNICODE` value.
    pub fn as_str_ref(&self) -> Option<StrRef<'a>> {
        match *self {
            PropValueRef::String8(s) => Some(StrRef::Ansi(s)),
            PropValueRef::Unicode(s) => Some(StrRef::Unicode(s)),
            _ => None,
        }
    }

    /// The text of a single-valued string of either width (8-bit strings as
    /// Latin-1).
    pub fn to_string_lossy(&self) -> Option<Cow<'a, str>> {
        self.as_str_ref().map(|s| s.to_string_lossy())
    }

    /// The owned value; the reason for an invalid one. Unicode strings are
    /// converted with U+FFFD for unpaired surrogates.
    pub fn to_value(&self) -> Result<PropValue, ViewError> {
        use PropValueRef as R;
        let wide = |s: &[u16]| String::from_utf16_lossy(s);
        Ok(match self {
            R::Null => PropValue::Null,
            R::I2(v) => PropValue::I2(*v),
            R::Long(v) => PropValue::Long(*v),
            R::R4(v) => PropValue::R4(*v),
            R::Double(v) => PropValue::Double(*v),
            R::Currency(v) => PropValue::Currency(*v),
            R::AppTime(v) => PropValue::AppTime(*v),
            R::Error(v) => PropValue::Error(*v),
            R::Boolean(v) => PropValue::Boolean(*v),
            R::Object => PropValue::Object,
            R::I8(v) => PropValue::I8(*v),
            R::String8(s) => PropValue::String8((*s).to_owned()),
            R::Unicode(s) => PropValue::Unicode(wide(s)),
            R::SysTime(v) => PropValue::SysTime(*v),
            R::Clsid(v) => PropValue::Clsid(*v),
            R::Binary(v) => PropValue::Binary(v.to_vec()),
            R::MvI2(v) => PropValue::MvI2(v.to_vec()),
            R::MvLong(v) => PropValue::MvLong(v.to_vec()),
            R::MvR4(v) => PropValue::MvR4(v.to_vec()),
            R::MvDouble(v) => PropValue::MvDouble(v.to_vec()),
            R::MvCurrency(v) => PropValue::MvCurrency(v.to_vec()),
            R::MvAppTime(v) => PropValue::MvAppTime(v.to_vec()),
            R::MvSysTime(v) => PropValue::MvSysTime(v.to_vec()),
            R::MvString8(v) => PropValue::MvString8(v.iter().map(|s| (*s).to_owned()).collect()),
            R::MvBinary(v) => PropValue::MvBinary(v.iter().map(|b| b.to_vec()).collect()),
            R::MvUnicode(v) => PropValue::MvUnicode(v.iter().map(|s| wide(s)).collect()),
            R::MvClsid(v) => PropValue::MvClsid(v.to_vec()),
            R::MvI8(v) => PropValue::MvI8(v.to_vec()),
            R::Invalid(e) => return Err(*e),
        })
    }
}

impl TryFrom<&PropValueRef<'_>> for PropValue {
    type Error = ViewError;

    fn try_from(v: &PropValueRef<'_>) -> Result<PropValue, ViewError> {
        v.to_value()
    }
}

/// A property read from a peer's `SPropValue`: its tag as the peer wrote
/// it, and its value.
///
/// ```
/// use mapi_sys::value::{PropRef, PropTag, PropValueRef, ViewError};
/// use mapi_sys::{__UPV, SPropValue, SBinary, PR_SUBJECT_A, PT_BINARY, PT_LONG};
///
/// let subject = c"Hello";
/// let values = [
///     SPropValue { ulPropTag: PR_SUBJECT_A, dwAlignPad: 0, Value: __UPV { lpszA: subject.as_ptr().cast_mut() } },
///     SPropValue { ulPropTag: PropTag::new(0x6601, PT_LONG).0, dwAlignPad: 0, Value: __UPV { l: 7 } },
///     // A hostile value: 16 bytes at null.
///     SPropValue {
///         ulPropTag: PropTag::new(0x6602, PT_BINARY).0,
///         dwAlignPad: 0,
///         Value: __UPV { bin: SBinary { cb: 16, lpb: std::ptr::null_mut() } },
///     },
/// ];
/// // SAFETY: three readable values whose pointers stay valid for the view.
/// let props = unsafe { PropRef::slice_from_raw(values.as_ptr(), 3) }?;
/// assert_eq!(props[0].value, PropValueRef::String8(subject));
/// assert_eq!(props[1].value, PropValueRef::Long(7));
/// assert_eq!(props[2].value, PropValueRef::Invalid(ViewError::NullPointer));
/// # Ok::<(), ViewError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct PropRef<'a> {
    /// The tag, as written.
    pub tag: PropTag,
    /// The value.
    pub value: PropValueRef<'a>,
}

/// A peer's count, if within [`MAX_COUNT`].
pub(crate) fn checked_count(count: ULONG) -> Result<usize, ViewError> {
    let n = count as usize;
    if n > MAX_COUNT {
        return Err(ViewError::TooLarge);
    }
    Ok(n)
}

/// The `n` elements at `ptr`, read unaligned one by one and mapped by `f`:
/// empty for 0 (whatever `ptr`), [`ViewError::NullPointer`] for null with
/// elements.
///
/// # Safety
/// A non-null `ptr` must point to `n` readable `T`s (if `n` is within
/// [`MAX_COUNT`]).
pub(crate) unsafe fn each<T: Copy, R>(
    ptr: *const T,
    n: ULONG,
    mut f: impl FnMut(T) -> Result<R, ViewError>,
) -> Result<Vec<R>, ViewError> {
    // SAFETY: forwarded; each pointer `each_at` hands out is to a readable
    // element (the caller's contract), and unaligned reads need no
    // alignment.
    unsafe { each_at(ptr, n, |p| f(p.read_unaligned())) }
}

/// [`each`], but `f` is given each element's address rather than a copy
/// (for elements read field by field).
///
/// # Safety
/// As for [`each`].
pub(crate) unsafe fn each_at<T, R>(
    ptr: *const T,
    n: ULONG,
    mut f: impl FnMut(*const T) -> Result<R, ViewError>,
) -> Result<Vec<R>, ViewError> {
    let n = checked_count(n)?;
    if n == 0 {
        return Ok(Vec::new());
    }
    if ptr.is_null() {
        return Err(ViewError::NullPointer);
    }
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        // SAFETY: `i < n` stays within the array (the caller's contract).
        out.push(f(unsafe { ptr.add(i) })?);
    }
    Ok(out)
}

/// The `n` elements at `ptr`: borrowed when aligned, else copied.
///
/// # Safety
/// A non-null `ptr` must point to `n` readable `T`s (if `n` is within
/// [`MAX_COUNT`]), unchanged for `'a`.
pub(crate) unsafe fn array<'a, T: Pod>(ptr: *const T, n: ULONG) -> Result<Cow<'a, [T]>, ViewError> {
    let n = checked_count(n)?;
    if n == 0 {
        return Ok(Cow::Borrowed(&[]));
    }
    if ptr.is_null() {
        return Err(ViewError::NullPointer);
    }
    match n.checked_mul(size_of::<T>()) {
        Some(bytes) if bytes <= isize::MAX as usize => {}
        _ => return Err(ViewError::TooLarge),
    }
    if ptr.is_aligned() {
        // SAFETY: non-null, aligned, `n` readable `T`s of at most
        // `isize::MAX` bytes, unchanged for `'a`; any bits are a valid `T`.
        Ok(Cow::Borrowed(unsafe {
            core::slice::from_raw_parts(ptr, n)
        }))
    } else {
        // SAFETY: forwarded; unaligned reads.
        unsafe { each(ptr, n as ULONG, Ok) }.map(Cow::Owned)
    }
}

/// The `n` bytes at `ptr`.
///
/// # Safety
/// A non-null `ptr` must point to `n` readable bytes (if `n` is within
/// [`MAX_BYTES`]), unchanged for `'a`.
pub(crate) unsafe fn bytes<'a>(ptr: *const u8, n: ULONG) -> Result<&'a [u8], ViewError> {
    let n = n as usize;
    if n > MAX_BYTES {
        return Err(ViewError::TooLarge);
    }
    if n == 0 {
        return Ok(&[]);
    }
    if ptr.is_null() {
        return Err(ViewError::NullPointer);
    }
    // SAFETY: non-null, `n` readable bytes (at most `MAX_BYTES`, less than
    // `isize::MAX` on every target), unchanged for `'a`.
    Ok(unsafe { core::slice::from_raw_parts(ptr, n) })
}

/// Reads the value of type `ty` from `u`.
///
/// # Safety
/// The member of `u` that `ty` selects must be initialized, and memory it
/// points to as in [`PropRef::slice_from_raw`].
unsafe fn read_value<'a>(ty: u32, u: &__UPV) -> Result<PropValueRef<'a>, ViewError> {
    use PropValueRef as R;
    // SAFETY: `ty` selects the member read (the caller's contract), and
    // every pointer it holds goes through a reader that checks it for null,
    // its count against the limits, and its alignment where it borrows.
    unsafe {
        Ok(match ty {
            PT_NULL => R::Null,
            PT_I2 => R::I2(u.i),
            PT_LONG => R::Long(u.l),
            PT_R4 => R::R4(u.flt),
            PT_DOUBLE => R::Double(u.dbl),
            PT_CURRENCY => R::Currency(u.cur.int64),
            PT_APPTIME => R::AppTime(u.at),
            PT_ERROR => R::Error(Hresult(u.err)),
            PT_BOOLEAN => R::Boolean(u.b != 0),
            PT_OBJECT => R::Object,
            PT_I8 => R::I8(u.li.QuadPart),
            PT_STRING8 => R::String8(read_ansi(u.lpszA)?),
            PT_UNICODE => R::Unicode(read_unicode(u.lpszW)?),
            PT_SYSTIME => R::SysTime(FileTime::from(u.ft)),
            PT_CLSID => {
                if u.lpguid.is_null() {
                    return Err(ViewError::NullPointer);
                }
                R::Clsid(u.lpguid.read_unaligned())
            }
            PT_BINARY => R::Binary(bytes(u.bin.lpb, u.bin.cb)?),
            PT_MV_I2 => R::MvI2(array(u.MVi.lpi, u.MVi.cValues)?),
            PT_MV_LONG => R::MvLong(array(u.MVl.lpl, u.MVl.cValues)?),
            PT_MV_R4 => R::MvR4(array(u.MVflt.lpflt, u.MVflt.cValues)?),
            PT_MV_DOUBLE => R::MvDouble(array(u.MVdbl.lpdbl, u.MVdbl.cValues)?),
            // `CY` and `LARGE_INTEGER` are 64-bit integers in another dress.
            PT_MV_CURRENCY => R::MvCurrency(array(u.MVcur.lpcur.cast(), u.MVcur.cValues)?),
            PT_MV_APPTIME => R::MvAppTime(array(u.MVat.lpat, u.MVat.cValues)?),
            // `FileTime` has the layout of `FILETIME`.
            PT_MV_SYSTIME => R::MvSysTime(array(u.MVft.lpft.cast(), u.MVft.cValues)?),
            PT_MV_STRING8 => R::MvString8(each(u.MVszA.lppszA, u.MVszA.cValues, |p| read_ansi(p))?),
            PT_MV_BINARY => R::MvBinary(each(u.MVbin.lpbin, u.MVbin.cValues, |b: SBinary| {
                bytes(b.lpb, b.cb)
            })?),
            PT_MV_UNICODE => {
                R::MvUnicode(each(u.MVszW.lppszW, u.MVszW.cValues, |p| read_unicode(p))?)
            }
            PT_MV_CLSID => R::MvClsid(array(u.MVguid.lpguid, u.MVguid.cValues)?),
            PT_MV_I8 => R::MvI8(array(u.MVli.lpli.cast(), u.MVli.cValues)?),
            other => return Err(ViewError::UnknownType(other)),
        })
    }
}

impl<'a> PropRef<'a> {
    /// Reads the `count` values at `ptr`, as a caller passes them to
    /// `SetProps` or a callee returns them from `GetProps`.
    ///
    /// The array is empty for a count of 0 (whatever `ptr`); it fails with
    /// [`ViewError::NullPointer`] for null with values, and
    /// [`ViewError::TooLarge`] beyond [`MAX_COUNT`] values. Each value that
    /// cannot be read is [`PropValueRef::Invalid`]. Neither the array nor
    /// what it points to need be aligned, except UTF-16 strings.
    ///
    /// # Safety
    /// A non-null `ptr` must point to `count` readable `SPropValue`s whose
    /// tag and the union member their type selects are initialized, and
    /// whose non-null pointers point to what MAPI says for that type (the
    /// counted elements; NUL-terminated strings, or at least
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) readable characters), all
    /// readable and unchanged for `'a`.
    pub unsafe fn slice_from_raw(
        ptr: *const SPropValue,
        count: ULONG,
    ) -> Result<Vec<PropRef<'a>>, ViewError> {
        // SAFETY: forwarded; `each_at` hands out the address of each value
        // of the array, which `from_raw` reads as the contract says.
        unsafe { each_at(ptr, count, |p| PropRef::from_raw(p)) }
    }

    /// Reads one value (the `lpProp` of a restriction, for instance);
    /// [`ViewError::NullPointer`] for null.
    ///
    /// # Safety
    /// As for [`PropRef::slice_from_raw`] with a count of 1.
    pub unsafe fn from_raw(ptr: *const SPropValue) -> Result<PropRef<'a>, ViewError> {
        if ptr.is_null() {
            return Err(ViewError::NullPointer);
        }
        // SAFETY: a readable value (the caller's contract). The tag and the
        // union are read apart: the padding between them may be
        // uninitialized in a peer's memory.
        let (tag, union) = unsafe {
            (
                PropTag(addr_of!((*ptr).ulPropTag).read_unaligned()),
                addr_of!((*ptr).Value).read_unaligned(),
            )
        };
        let ty = if tag.is_mv_instance() {
            tag.base_type()
        } else {
            tag.prop_type()
        };
        // SAFETY: the member `ty` selects is initialized, its pointees valid
        // (the caller's contract).
        let value = match unsafe { read_value(ty, &union) } {
            Ok(v) => v,
            Err(e) => PropValueRef::Invalid(e),
        };
        Ok(PropRef { tag, value })
    }

    /// Reads the values of one row (an `SRow`, as in a `TABLE_NOTIFICATION`
    /// or an `ADRENTRY`, which has the same layout); `ViewError::NullPointer`
    /// for a null row.
    ///
    /// # Safety
    /// A non-null `row` must point to a readable `SRow` whose `cValues`
    /// values at `lpProps` are as in [`PropRef::slice_from_raw`].
    pub unsafe fn row_from_raw(row: *const SRow) -> Result<Vec<PropRef<'a>>, ViewError> {
        if row.is_null() {
            return Err(ViewError::NullPointer);
        }
        // SAFETY: a readable row (the caller's contract), its two fields
        // read apart (the padding field may be uninitialized).
        unsafe {
            PropRef::slice_from_raw(
                addr_of!((*row).lpProps).read_unaligned(),
                addr_of!((*row).cValues).read_unaligned(),
            )
        }
    }

    /// The owned property; the reason for an invalid value.
    pub fn to_prop(&self) -> Result<Prop, ViewError> {
        Ok(Prop::new(self.tag, self.value.to_value()?))
    }
}

impl MapiBuffer<SPropValue> {
    /// Views of the values.
    pub fn props(&self) -> Result<Vec<PropRef<'_>>, ViewError> {
        // SAFETY: a `MapiBuffer<SPropValue>` holds `count` values laid out as
        // MAPI lays them out (written here, or its `from_raw` contract), owned
        // and unchanged while borrowed.
        unsafe { PropRef::slice_from_raw(self.as_ptr(), self.count()) }
    }

    /// The values as owned properties; the first reason a value is invalid.
    pub fn to_props(&self) -> Result<Vec<Prop>, ViewError> {
        self.props()?.iter().map(PropRef::to_prop).collect()
    }
}
