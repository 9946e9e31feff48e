//! Property storage: owned property values ([`PropValue`]), an object's
//! properties ([`Props`]), and their conversion from and to the MAPI
//! structures (`SPropValue`, `SPropTagArray`, `SPropProblemArray`).
//!
//! Values are keyed by property identifier: setting `PR_SUBJECT_A` and
//! then `PR_SUBJECT_W` replaces one property. 8-bit strings are read as
//! Latin-1 (each byte one character, so they round-trip exactly) and
//! written back the same way, with `?` for characters outside Latin-1;
//! `PT_STRING8` and `PT_UNICODE` values convert into each other on read,
//! and `PT_UNSPECIFIED` tags get strings in the character set
//! `MAPI_UNICODE` asks for.

use crate::alloc::{Allocator, Buffer, Region};
use mapi_sys::{
    CY, FILETIME, GUID, Hresult, LARGE_INTEGER, LPSPropTagArray, LPSPropValue,
    MAPI_E_INVALID_PARAMETER, MAPI_E_INVALID_TYPE, MAPI_E_NOT_FOUND, MV_FLAG, PR_NULL, PT_APPTIME,
    PT_BINARY, PT_BOOLEAN, PT_CLSID, PT_CURRENCY, PT_DOUBLE, PT_ERROR, PT_I2, PT_I8, PT_LONG,
    PT_MV_APPTIME, PT_MV_BINARY, PT_MV_CLSID, PT_MV_CURRENCY, PT_MV_DOUBLE, PT_MV_I2, PT_MV_I8,
    PT_MV_LONG, PT_MV_R4, PT_MV_STRING8, PT_MV_SYSTIME, PT_MV_UNICODE, PT_NULL, PT_OBJECT, PT_R4,
    PT_STRING8, PT_SYSTIME, PT_UNICODE, PT_UNSPECIFIED, SBinary, SPropProblem, SPropProblemArray,
    SPropTagArray, SPropValue,
};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The identifier half of a property tag.
pub const fn prop_id(tag: u32) -> u16 {
    (tag >> 16) as u16
}

/// The type half of a property tag.
pub const fn prop_type(tag: u32) -> u32 {
    tag & 0xFFFF
}

/// A property tag from an identifier and a type (`PROP_TAG`).
pub const fn make_tag(id: u16, ty: u32) -> u32 {
    (id as u32) << 16 | (ty & 0xFFFF)
}

/// `tag` with its type replaced (`CHANGE_PROP_TYPE`).
pub const fn with_type(tag: u32, ty: u32) -> u32 {
    make_tag(prop_id(tag), ty)
}

/// Whether a type is one of the string types (single- or multivalued).
pub const fn is_string_type(ty: u32) -> bool {
    matches!(ty & !MV_FLAG, PT_STRING8 | PT_UNICODE)
}

/// The longest string (in characters) read from a caller.
pub const MAX_STRING: usize = 1 << 24;

/// The most values read from a caller's counted array.
pub const MAX_COUNT: usize = 1 << 20;

/// `text` as 8-bit bytes: Latin-1, `?` for characters outside it.
pub fn to_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect()
}

/// 8-bit bytes as text (Latin-1: each byte is one character).
pub fn from_ansi(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// `text` NUL-terminated, as UTF-16 (native byte order) when `unicode`,
/// else as 8-bit bytes.
pub fn encode_text(text: &str, unicode: bool) -> Vec<u8> {
    if unicode {
        text.encode_utf16()
            .chain(core::iter::once(0))
            .flat_map(u16::to_ne_bytes)
            .collect()
    } else {
        let mut v = to_ansi(text);
        v.push(0);
        v
    }
}

/// Reads a caller's NUL-terminated UTF-16 string.
///
/// # Safety
/// `p` must be null or point to a NUL-terminated UTF-16 string.
pub unsafe fn read_wide(p: *const u16) -> Result<String, Hresult> {
    if p.is_null() {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    let mut len = 0;
    // SAFETY: the string is NUL-terminated, so every unit up to the NUL is
    // readable; the cap stops a runaway read of an unterminated buffer.
    while unsafe { p.add(len).read_unaligned() } != 0 {
        len += 1;
        if len > MAX_STRING {
            return Err(Hresult(mapi_sys::MAPI_E_STRING_TOO_LONG));
        }
    }
    let mut units = Vec::with_capacity(len);
    for i in 0..len {
        // SAFETY: `i < len`, before the NUL found above.
        units.push(unsafe { p.add(i).read_unaligned() });
    }
    Ok(String::from_utf16_lossy(&units))
}

/// Reads a caller's NUL-terminated 8-bit string.
///
/// # Safety
/// `p` must be null or point to a NUL-terminated string.
pub unsafe fn read_ansi(p: *const i8) -> Result<String, Hresult> {
    if p.is_null() {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    // SAFETY: the caller passes a NUL-terminated string.
    let bytes = unsafe { core::ffi::CStr::from_ptr(p) }.to_bytes();
    if bytes.len() > MAX_STRING {
        return Err(Hresult(mapi_sys::MAPI_E_STRING_TOO_LONG));
    }
    Ok(from_ansi(bytes))
}

/// Reads an `LPTSTR` argument: UTF-16 when the call's flags have
/// `MAPI_UNICODE`, else 8-bit; `None` for null.
///
/// # Safety
/// `p` must be null or point to a NUL-terminated string of that width.
pub unsafe fn read_tstr(p: *const u16, unicode: bool) -> Result<Option<String>, Hresult> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: forwarded from the caller.
    unsafe {
        if unicode {
            read_wide(p).map(Some)
        } else {
            read_ansi(p.cast()).map(Some)
        }
    }
}

/// An owned property value.
#[derive(Clone, Debug, PartialEq)]
pub enum PropValue {
    /// `PT_I2`.
    I2(i16),
    /// `PT_LONG`.
    Long(i32),
    /// `PT_R4`.
    R4(f32),
    /// `PT_DOUBLE`.
    Double(f64),
    /// `PT_CURRENCY` (the 64-bit integer form).
    Currency(i64),
    /// `PT_APPTIME`.
    AppTime(f64),
    /// `PT_ERROR`.
    Error(i32),
    /// `PT_BOOLEAN`.
    Boolean(bool),
    /// `PT_I8`.
    I8(i64),
    /// `PT_STRING8`.
    String8(String),
    /// `PT_UNICODE`.
    Unicode(String),
    /// `PT_SYSTIME`, as the 64-bit `FILETIME` value.
    SysTime(u64),
    /// `PT_CLSID`.
    Clsid(GUID),
    /// `PT_BINARY`.
    Binary(Vec<u8>),
    /// `PT_MV_I2`.
    MvI2(Vec<i16>),
    /// `PT_MV_LONG`.
    MvLong(Vec<i32>),
    /// `PT_MV_R4`.
    MvR4(Vec<f32>),
    /// `PT_MV_DOUBLE`.
    MvDouble(Vec<f64>),
    /// `PT_MV_CURRENCY`.
    MvCurrency(Vec<i64>),
    /// `PT_MV_APPTIME`.
    MvAppTime(Vec<f64>),
    /// `PT_MV_SYSTIME`.
    MvSysTime(Vec<u64>),
    /// `PT_MV_STRING8`.
    MvString8(Vec<String>),
    /// `PT_MV_UNICODE`.
    MvUnicode(Vec<String>),
    /// `PT_MV_BINARY`.
    MvBinary(Vec<Vec<u8>>),
    /// `PT_MV_CLSID`.
    MvClsid(Vec<GUID>),
    /// `PT_MV_I8`.
    MvI8(Vec<i64>),
}

impl PropValue {
    /// The value's `PT_*` type.
    pub fn prop_type(&self) -> u32 {
        match self {
            PropValue::I2(_) => PT_I2,
            PropValue::Long(_) => PT_LONG,
            PropValue::R4(_) => PT_R4,
            PropValue::Double(_) => PT_DOUBLE,
            PropValue::Currency(_) => PT_CURRENCY,
            PropValue::AppTime(_) => PT_APPTIME,
            PropValue::Error(_) => PT_ERROR,
            PropValue::Boolean(_) => PT_BOOLEAN,
            PropValue::I8(_) => PT_I8,
            PropValue::String8(_) => PT_STRING8,
            PropValue::Unicode(_) => PT_UNICODE,
            PropValue::SysTime(_) => PT_SYSTIME,
            PropValue::Clsid(_) => PT_CLSID,
            PropValue::Binary(_) => PT_BINARY,
            PropValue::MvI2(_) => PT_MV_I2,
            PropValue::MvLong(_) => PT_MV_LONG,
            PropValue::MvR4(_) => PT_MV_R4,
            PropValue::MvDouble(_) => PT_MV_DOUBLE,
            PropValue::MvCurrency(_) => PT_MV_CURRENCY,
            PropValue::MvAppTime(_) => PT_MV_APPTIME,
            PropValue::MvSysTime(_) => PT_MV_SYSTIME,
            PropValue::MvString8(_) => PT_MV_STRING8,
            PropValue::MvUnicode(_) => PT_MV_UNICODE,
            PropValue::MvBinary(_) => PT_MV_BINARY,
            PropValue::MvClsid(_) => PT_MV_CLSID,
            PropValue::MvI8(_) => PT_MV_I8,
        }
    }

    /// A string value of either width, of `PT_UNICODE` type.
    pub fn unicode(text: impl Into<String>) -> PropValue {
        PropValue::Unicode(text.into())
    }

    /// The text of a single-valued string of either width.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PropValue::String8(s) | PropValue::Unicode(s) => Some(s),
            _ => None,
        }
    }

    /// The value as the type `ty` asks for: itself, or for strings the
    /// other width; `PT_UNSPECIFIED` picks the width from `unicode`. `None`
    /// when the types do not match.
    pub fn as_type(&self, ty: u32, unicode: bool) -> Option<Cow<'_, PropValue>> {
        let own = self.prop_type();
        let want = if ty == PT_UNSPECIFIED {
            if !is_string_type(own) {
                return Some(Cow::Borrowed(self));
            }
            let width = if unicode { PT_UNICODE } else { PT_STRING8 };
            width | (own & MV_FLAG)
        } else {
            ty
        };
        if want == own {
            return Some(Cow::Borrowed(self));
        }
        let converted = match (self, want) {
            (PropValue::String8(s), PT_UNICODE) => PropValue::Unicode(s.clone()),
            (PropValue::Unicode(s), PT_STRING8) => PropValue::String8(s.clone()),
            (PropValue::MvString8(v), PT_MV_UNICODE) => PropValue::MvUnicode(v.clone()),
            (PropValue::MvUnicode(v), PT_MV_STRING8) => PropValue::MvString8(v.clone()),
            _ => return None,
        };
        Some(Cow::Owned(converted))
    }

    /// The size of the value in bytes, as `RES_SIZE` and `PR_MESSAGE_SIZE`
    /// count it (strings with their terminator).
    pub fn byte_size(&self) -> usize {
        fn ansi(s: &str) -> usize {
            s.chars().count() + 1
        }
        fn wide(s: &str) -> usize {
            2 * (s.encode_utf16().count() + 1)
        }
        match self {
            PropValue::I2(_) => 2,
            PropValue::Long(_) | PropValue::R4(_) | PropValue::Error(_) => 4,
            PropValue::Boolean(_) => 2,
            PropValue::Double(_)
            | PropValue::Currency(_)
            | PropValue::AppTime(_)
            | PropValue::I8(_)
            | PropValue::SysTime(_) => 8,
            PropValue::Clsid(_) => 16,
            PropValue::String8(s) => ansi(s),
            PropValue::Unicode(s) => wide(s),
            PropValue::Binary(b) => b.len(),
            PropValue::MvI2(v) => 2 * v.len(),
            PropValue::MvLong(v) => 4 * v.len(),
            PropValue::MvR4(v) => 4 * v.len(),
            PropValue::MvDouble(v) | PropValue::MvAppTime(v) => 8 * v.len(),
            PropValue::MvCurrency(v) | PropValue::MvI8(v) => 8 * v.len(),
            PropValue::MvSysTime(v) => 8 * v.len(),
            PropValue::MvString8(v) => v.iter().map(|s| ansi(s)).sum(),
            PropValue::MvUnicode(v) => v.iter().map(|s| wide(s)).sum(),
            PropValue::MvBinary(v) => v.iter().map(Vec::len).sum(),
            PropValue::MvClsid(v) => 16 * v.len(),
        }
    }
}

/// The properties of one object, keyed by identifier.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Props {
    map: BTreeMap<u16, PropValue>,
}

impl Props {
    /// No properties.
    pub fn new() -> Props {
        Props::default()
    }

    /// The value with the identifier of `tag` (whatever its type).
    pub fn get(&self, tag: u32) -> Option<&PropValue> {
        self.map.get(&prop_id(tag))
    }

    /// Whether a value with the identifier of `tag` exists.
    pub fn contains(&self, tag: u32) -> bool {
        self.map.contains_key(&prop_id(tag))
    }

    /// Sets the property with the identifier of `tag` (the value carries
    /// the type).
    pub fn set(&mut self, tag: u32, value: PropValue) {
        self.map.insert(prop_id(tag), value);
    }

    /// Removes the property with the identifier of `tag`.
    pub fn remove(&mut self, tag: u32) -> Option<PropValue> {
        self.map.remove(&prop_id(tag))
    }

    /// The text of a string property.
    pub fn text(&self, tag: u32) -> Option<&str> {
        self.get(tag).and_then(PropValue::as_str)
    }

    /// The value of a `PT_LONG` property.
    pub fn long(&self, tag: u32) -> Option<i32> {
        match self.get(tag) {
            Some(PropValue::Long(v)) => Some(*v),
            _ => None,
        }
    }

    /// The value of a `PT_BINARY` property.
    pub fn binary(&self, tag: u32) -> Option<&[u8]> {
        match self.get(tag) {
            Some(PropValue::Binary(v)) => Some(v),
            _ => None,
        }
    }

    /// Every property as its full tag and value, in identifier order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &PropValue)> {
        self.map
            .iter()
            .map(|(id, v)| (make_tag(*id, v.prop_type()), v))
    }

    /// Number of properties.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether there are no properties.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Adds (or replaces with) every property of `other`.
    pub fn extend(&mut self, other: Props) {
        self.map.extend(other.map);
    }

    /// The sum of the values' sizes.
    pub fn byte_size(&self) -> usize {
        self.map.values().map(PropValue::byte_size).sum()
    }
}

/// One value of an output property array.
#[derive(Debug)]
pub enum OutProp<'a> {
    /// A value, with its full tag.
    Value(u32, Cow<'a, PropValue>),
    /// A `PT_ERROR` entry: the tag (already of type `PT_ERROR`) and the code.
    Error(u32, i32),
}

impl OutProp<'_> {
    /// Whether this is a `PT_ERROR` entry.
    pub fn is_error(&self) -> bool {
        matches!(self, OutProp::Error(..))
    }
}

/// The output for requested tag `tag`: the value in the type asked for, or
/// `PT_ERROR` with `MAPI_E_NOT_FOUND`; `PR_NULL` asks for a null entry.
pub fn lookup<'a>(props: &'a Props, tag: u32, unicode: bool) -> OutProp<'a> {
    if tag == PR_NULL {
        return OutProp::Value(PR_NULL, Cow::Owned(PropValue::Long(0)));
    }
    match props.get(tag).and_then(|v| {
        v.as_type(prop_type(tag), unicode)
            .map(|c| (make_tag(prop_id(tag), c.prop_type()), c))
    }) {
        Some((t, v)) => OutProp::Value(t, v),
        None => OutProp::Error(with_type(tag, PT_ERROR), MAPI_E_NOT_FOUND),
    }
}

/// Every property, strings in the width `unicode` asks for (what
/// `GetProps` with a null tag array returns).
pub fn all(props: &Props, unicode: bool) -> Vec<OutProp<'_>> {
    props
        .iter()
        .map(|(tag, _)| lookup(props, with_type(tag, PT_UNSPECIFIED), unicode))
        .collect()
}

/// The offset of `SPropValue::Value`.
const VALUE_OFFSET: usize = core::mem::offset_of!(SPropValue, Value);

/// Writes one entry at `at` in `region` (an array of `SPropValue`s inside
/// `buf`); what the value points to is chained to `buf`.
pub fn write_entry(
    buf: &Buffer<'_>,
    region: &Region<'_>,
    at: usize,
    out: &OutProp<'_>,
) -> Result<(), Hresult> {
    match out {
        OutProp::Error(tag, sc) => {
            region.put(at, *tag)?;
            region.put(at + VALUE_OFFSET, *sc)
        }
        OutProp::Value(tag, v) => {
            region.put(at, *tag)?;
            if *tag == PR_NULL {
                // A reserved column: the (zeroed) value means nothing.
                return Ok(());
            }
            write_value(buf, region, at + VALUE_OFFSET, v)
        }
    }
}

/// Writes a value's union member at `at`, allocating what it points to.
fn write_value(buf: &Buffer<'_>, r: &Region<'_>, at: usize, v: &PropValue) -> Result<(), Hresult> {
    fn array<T: Copy>(
        buf: &Buffer<'_>,
        r: &Region<'_>,
        at: usize,
        items: &[T],
    ) -> Result<(), Hresult> {
        let size = core::mem::size_of::<T>();
        let block = buf.more(core::mem::size_of_val(items))?;
        for (i, item) in items.iter().enumerate() {
            block.put(i * size, *item)?;
        }
        let count = u32::try_from(items.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
        // Every `S*Array` is `{ ULONG cValues; T *lp; }`.
        r.put(at, count)?;
        r.put(
            at + core::mem::offset_of!(mapi_sys::SLongArray, lpl),
            block.ptr(),
        )
    }
    fn binary(buf: &Buffer<'_>, b: &[u8]) -> Result<SBinary, Hresult> {
        Ok(SBinary {
            cb: u32::try_from(b.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?,
            lpb: buf.more_bytes(b)?,
        })
    }
    match v {
        PropValue::I2(x) => r.put(at, *x),
        PropValue::Long(x) => r.put(at, *x),
        PropValue::R4(x) => r.put(at, *x),
        PropValue::Double(x) | PropValue::AppTime(x) => r.put(at, *x),
        PropValue::Currency(x) => r.put(at, CY { int64: *x }),
        PropValue::Error(x) => r.put(at, *x),
        PropValue::Boolean(x) => r.put(at, u16::from(*x)),
        PropValue::I8(x) => r.put(at, LARGE_INTEGER { QuadPart: *x }),
        PropValue::String8(s) => r.put(at, buf.more_ansi(s)?),
        PropValue::Unicode(s) => r.put(at, buf.more_wide(s)?),
        PropValue::SysTime(t) => r.put(at, filetime(*t)),
        PropValue::Clsid(g) => {
            let block = buf.more(core::mem::size_of::<GUID>())?;
            block.put(0, *g)?;
            r.put(at, block.ptr().cast::<GUID>())
        }
        PropValue::Binary(b) => r.put(at, binary(buf, b)?),
        PropValue::MvI2(v) => array(buf, r, at, v),
        PropValue::MvLong(v) => array(buf, r, at, v),
        PropValue::MvR4(v) => array(buf, r, at, v),
        PropValue::MvDouble(v) | PropValue::MvAppTime(v) => array(buf, r, at, v),
        PropValue::MvCurrency(v) => {
            let v: Vec<CY> = v.iter().map(|x| CY { int64: *x }).collect();
            array(buf, r, at, &v)
        }
        PropValue::MvI8(v) => {
            let v: Vec<LARGE_INTEGER> = v.iter().map(|x| LARGE_INTEGER { QuadPart: *x }).collect();
            array(buf, r, at, &v)
        }
        PropValue::MvSysTime(v) => {
            let v: Vec<FILETIME> = v.iter().map(|t| filetime(*t)).collect();
            array(buf, r, at, &v)
        }
        PropValue::MvString8(v) => {
            let ptrs = v
                .iter()
                .map(|s| buf.more_ansi(s))
                .collect::<Result<Vec<_>, _>>()?;
            array(buf, r, at, &ptrs)
        }
        PropValue::MvUnicode(v) => {
            let ptrs = v
                .iter()
                .map(|s| buf.more_wide(s))
                .collect::<Result<Vec<_>, _>>()?;
            array(buf, r, at, &ptrs)
        }
        PropValue::MvBinary(v) => {
            let bins = v
                .iter()
                .map(|b| binary(buf, b))
                .collect::<Result<Vec<_>, _>>()?;
            array(buf, r, at, &bins)
        }
        PropValue::MvClsid(v) => array(buf, r, at, v),
    }
}

fn filetime(t: u64) -> FILETIME {
    FILETIME {
        dwLowDateTime: t as u32,
        dwHighDateTime: (t >> 32) as u32,
    }
}

/// A property value array in MAPI memory: one `MAPIAllocateBuffer` block
/// with everything chained to it.
pub fn write_values<'a>(
    alloc: &'a Allocator,
    values: &[OutProp<'_>],
) -> Result<Buffer<'a>, Hresult> {
    let size = core::mem::size_of::<SPropValue>();
    let buf = alloc.buffer(values.len() * size)?;
    let region = buf.region();
    for (i, v) in values.iter().enumerate() {
        write_entry(&buf, &region, i * size, v)?;
    }
    Ok(buf)
}

/// `GetProps`: the values for `tags` (every property when `None`) as a
/// MAPI-allocated array; the count, the array, and whether some entries
/// are `PT_ERROR`.
pub fn get_props(
    alloc: &Allocator,
    props: &Props,
    tags: Option<&[u32]>,
    unicode: bool,
) -> Result<(u32, LPSPropValue, bool), Hresult> {
    let values: Vec<OutProp<'_>> = match tags {
        Some(tags) => tags.iter().map(|&t| lookup(props, t, unicode)).collect(),
        None => all(props, unicode),
    };
    let errors = values.iter().any(OutProp::is_error);
    let count = u32::try_from(values.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    let buf = write_values(alloc, &values)?;
    Ok((count, buf.into_raw().cast(), errors))
}

/// The tags `GetPropList` returns: every property, strings in the width
/// `unicode` asks for.
pub fn prop_list(props: &Props, unicode: bool) -> Vec<u32> {
    all(props, unicode)
        .iter()
        .map(|o| match o {
            OutProp::Value(t, _) | OutProp::Error(t, _) => *t,
        })
        .collect()
}

/// Reads a caller's property tag array; `None` for null.
///
/// # Safety
/// `p` must be null or point to an `SPropTagArray` with `cValues` tags.
pub unsafe fn read_tags(p: LPSPropTagArray) -> Result<Option<Vec<u32>>, Hresult> {
    if p.is_null() {
        return Ok(None);
    }
    // SAFETY: the caller passes a valid tag array.
    let count = unsafe { core::ptr::addr_of!((*p).cValues).read_unaligned() } as usize;
    if count == 0 || count > MAX_COUNT {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    // SAFETY: the array has `cValues` tags from `aulPropTag`.
    let first = unsafe { core::ptr::addr_of!((*p).aulPropTag) }.cast::<u32>();
    // SAFETY: as above, `i < count`.
    Ok(Some(
        (0..count)
            .map(|i| unsafe { first.add(i).read_unaligned() })
            .collect(),
    ))
}

/// A tag array in MAPI memory.
pub fn write_tags<'a>(alloc: &'a Allocator, tags: &[u32]) -> Result<Buffer<'a>, Hresult> {
    let head = core::mem::offset_of!(SPropTagArray, aulPropTag);
    let buf = alloc.buffer((head + 4 * tags.len()).max(core::mem::size_of::<SPropTagArray>()))?;
    let r = buf.region();
    r.put(
        0,
        u32::try_from(tags.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?,
    )?;
    for (i, t) in tags.iter().enumerate() {
        r.put(head + 4 * i, *t)?;
    }
    Ok(buf)
}

/// A problem array in MAPI memory.
pub fn write_problems<'a>(
    alloc: &'a Allocator,
    problems: &[SPropProblem],
) -> Result<Buffer<'a>, Hresult> {
    let head = core::mem::offset_of!(SPropProblemArray, aProblem);
    let size = core::mem::size_of::<SPropProblem>();
    let buf = alloc.buffer(
        (head + core::mem::size_of_val(problems)).max(core::mem::size_of::<SPropProblemArray>()),
    )?;
    let r = buf.region();
    r.put(
        0,
        u32::try_from(problems.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?,
    )?;
    for (i, p) in problems.iter().enumerate() {
        r.put(head + size * i, *p)?;
    }
    Ok(buf)
}

/// What a caller's `SPropValue` asks `SetProps` to do.
#[derive(Debug, PartialEq)]
pub enum Incoming {
    /// Nothing: `PR_NULL` or a `PT_ERROR` value.
    Skip,
    /// Set this value.
    Value(PropValue),
    /// This property cannot be set: report the code in the problem array.
    Problem(i32),
}

/// Reads a caller's property value. A `PT_OBJECT` value, a null pointer or
/// an empty multivalued array fail the whole call
/// (`MAPI_E_INVALID_PARAMETER`); an unknown type is a problem of this
/// property only (`MAPI_E_INVALID_TYPE`).
///
/// # Safety
/// The union member that the tag's type selects must be valid, and the
/// memory it points to readable.
pub unsafe fn read_value(v: &SPropValue) -> Result<Incoming, Hresult> {
    let invalid = Hresult(MAPI_E_INVALID_PARAMETER);
    let ty = prop_type(v.ulPropTag);
    if v.ulPropTag == PR_NULL || ty == PT_ERROR {
        return Ok(Incoming::Skip);
    }
    if ty == PT_OBJECT {
        return Err(invalid);
    }
    /// Reads an `S*Array` of `T`s (`{ ULONG cValues; T *lp; }`).
    ///
    /// # Safety
    /// `at` must point to such an array.
    unsafe fn mv<T: Copy>(at: *const SPropValue) -> Result<Vec<T>, Hresult> {
        // SAFETY: forwarded: the union holds an `S*Array`, whose layout is
        // that of `SLongArray` with another element type.
        let arr = unsafe { core::ptr::addr_of!((*at).Value.MVl).read_unaligned() };
        let n = arr.cValues as usize;
        if n == 0 || n > MAX_COUNT || arr.lpl.is_null() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let p = arr.lpl.cast::<T>();
        // SAFETY: the array holds `n` values.
        Ok((0..n)
            .map(|i| unsafe { p.add(i).read_unaligned() })
            .collect())
    }
    /// # Safety
    /// `b` must describe `cb` readable bytes.
    unsafe fn bytes(b: SBinary) -> Result<Vec<u8>, Hresult> {
        if b.cb == 0 {
            return Ok(Vec::new());
        }
        if b.lpb.is_null() || b.cb as usize > MAX_STRING {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        // SAFETY: forwarded.
        Ok(unsafe { core::slice::from_raw_parts(b.lpb, b.cb as usize) }.to_vec())
    }
    let at: *const SPropValue = v;
    // SAFETY: the tag's type says which union member is valid (the caller's
    // contract); pointers inside are checked for null before use.
    let value = unsafe {
        match ty {
            PT_I2 => PropValue::I2(v.Value.i),
            PT_LONG => PropValue::Long(v.Value.l),
            PT_R4 => PropValue::R4(v.Value.flt),
            PT_DOUBLE => PropValue::Double(v.Value.dbl),
            PT_CURRENCY => PropValue::Currency(v.Value.cur.int64),
            PT_APPTIME => PropValue::AppTime(v.Value.at),
            PT_BOOLEAN => PropValue::Boolean(v.Value.b != 0),
            PT_I8 => PropValue::I8(v.Value.li.QuadPart),
            PT_STRING8 => PropValue::String8(read_ansi(v.Value.lpszA)?),
            PT_UNICODE => PropValue::Unicode(read_wide(v.Value.lpszW)?),
            PT_SYSTIME => PropValue::SysTime(from_filetime(v.Value.ft)),
            PT_CLSID => {
                if v.Value.lpguid.is_null() {
                    return Err(invalid);
                }
                PropValue::Clsid(v.Value.lpguid.read_unaligned())
            }
            PT_BINARY => PropValue::Binary(bytes(v.Value.bin)?),
            PT_MV_I2 => PropValue::MvI2(mv(at)?),
            PT_MV_LONG => PropValue::MvLong(mv(at)?),
            PT_MV_R4 => PropValue::MvR4(mv(at)?),
            PT_MV_DOUBLE => PropValue::MvDouble(mv(at)?),
            PT_MV_APPTIME => PropValue::MvAppTime(mv(at)?),
            PT_MV_CURRENCY => {
                PropValue::MvCurrency(mv::<CY>(at)?.iter().map(|c| c.int64).collect())
            }
            PT_MV_I8 => PropValue::MvI8(
                mv::<LARGE_INTEGER>(at)?
                    .iter()
                    .map(|l| l.QuadPart)
                    .collect(),
            ),
            PT_MV_SYSTIME => {
                PropValue::MvSysTime(mv::<FILETIME>(at)?.into_iter().map(from_filetime).collect())
            }
            PT_MV_CLSID => PropValue::MvClsid(mv(at)?),
            PT_MV_STRING8 => PropValue::MvString8(
                mv::<*mut i8>(at)?
                    .into_iter()
                    .map(|p| read_ansi(p))
                    .collect::<Result<_, _>>()?,
            ),
            PT_MV_UNICODE => PropValue::MvUnicode(
                mv::<*mut u16>(at)?
                    .into_iter()
                    .map(|p| read_wide(p))
                    .collect::<Result<_, _>>()?,
            ),
            PT_MV_BINARY => PropValue::MvBinary(
                mv::<SBinary>(at)?
                    .into_iter()
                    .map(|b| bytes(b))
                    .collect::<Result<_, _>>()?,
            ),
            PT_NULL | PT_UNSPECIFIED => return Ok(Incoming::Problem(MAPI_E_INVALID_TYPE)),
            _ => return Ok(Incoming::Problem(MAPI_E_INVALID_TYPE)),
        }
    };
    Ok(Incoming::Value(value))
}

fn from_filetime(ft: FILETIME) -> u64 {
    u64::from(ft.dwHighDateTime) << 32 | u64::from(ft.dwLowDateTime)
}

/// The result of applying a caller's `SetProps` values to an object.
#[derive(Default)]
pub struct Update {
    /// The values to store, with their tags.
    pub values: Vec<(u32, PropValue)>,
    /// The properties that cannot be set, for the problem array.
    pub problems: Vec<SPropProblem>,
}

impl core::fmt::Debug for Update {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let problems: Vec<(u32, u32, i32)> = self
            .problems
            .iter()
            .map(|p| (p.ulIndex, p.ulPropTag, p.scode))
            .collect();
        f.debug_struct("Update")
            .field("values", &self.values)
            .field("problems", &problems)
            .finish()
    }
}

/// Sorts a caller's `SetProps` array into values to store and problems;
/// `read_only(tag)` names the computed properties (`MAPI_E_COMPUTED`).
///
/// # Safety
/// As for [`read_value`], for every element.
pub unsafe fn read_update(
    values: &[SPropValue],
    read_only: impl Fn(u32) -> bool,
) -> Result<Update, Hresult> {
    if values.is_empty() {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    let mut update = Update::default();
    for (i, v) in values.iter().enumerate() {
        let problem = |scode| SPropProblem {
            ulIndex: i as u32,
            ulPropTag: v.ulPropTag,
            scode,
        };
        // SAFETY: forwarded.
        match unsafe { read_value(v) }? {
            Incoming::Skip => {}
            Incoming::Problem(sc) => update.problems.push(problem(sc)),
            Incoming::Value(_) if read_only(v.ulPropTag) => {
                update.problems.push(problem(mapi_sys::MAPI_E_COMPUTED))
            }
            Incoming::Value(value) => update.values.push((v.ulPropTag, value)),
        }
    }
    Ok(update)
}

/// Writes a problem array to a caller's `lppProblems` (left null when
/// there are no problems or the caller passed null). Prepare the array
/// with [`prepare_problems`] before changing anything, so this cannot
/// fail.
///
/// # Safety
/// `out` must be null or a writable out-pointer.
pub unsafe fn hand_problems(out: *mut *mut SPropProblemArray, prepared: Option<Buffer<'_>>) {
    if let Some(buf) = prepared
        && !out.is_null()
    {
        // SAFETY: checked non-null; the caller's out-pointer.
        unsafe { out.write(buf.into_raw().cast()) };
    }
}

/// The problem array for `problems`, if there are any and the caller wants
/// them.
pub fn prepare_problems<'a>(
    alloc: &'a Allocator,
    out: *mut *mut SPropProblemArray,
    problems: &[SPropProblem],
) -> Result<Option<Buffer<'a>>, Hresult> {
    if out.is_null() || problems.is_empty() {
        return Ok(None);
    }
    write_problems(alloc, problems).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alloc::testing;
    use mapi_sys::{PR_BODY_W, PR_DISPLAY_NAME_A, PR_DISPLAY_NAME_W, PR_SUBJECT, PR_SUBJECT_A};

    #[test]
    fn tags_split_and_join() {
        assert_eq!(prop_id(PR_SUBJECT), 0x0037);
        assert_eq!(prop_type(PR_SUBJECT_A), PT_STRING8);
        assert_eq!(make_tag(0x0037, PT_UNICODE), PR_SUBJECT);
        assert_eq!(with_type(PR_SUBJECT, PT_ERROR), 0x0037_000A);
        assert!(is_string_type(PT_MV_STRING8) && !is_string_type(PT_BINARY));
    }

    #[test]
    fn latin1_round_trips_every_byte_and_replaces_the_rest() {
        let bytes: Vec<u8> = (1..=255).collect();
        assert_eq!(to_ansi(&from_ansi(&bytes)), bytes);
        assert_eq!(to_ansi("a€b"), b"a?b");
        assert_eq!(encode_text("hi", false), b"hi\0");
        assert_eq!(encode_text("h", true), [b'h', 0, 0, 0]);
    }

    #[test]
    fn values_are_keyed_by_identifier_and_convert_between_string_widths() {
        let mut p = Props::new();
        p.set(PR_DISPLAY_NAME_A, PropValue::String8("Caf\u{e9}".into()));
        p.set(PR_DISPLAY_NAME_W, PropValue::unicode("Café"));
        assert_eq!(p.len(), 1, "one property per identifier");
        match lookup(&p, PR_DISPLAY_NAME_A, false) {
            OutProp::Value(tag, v) => {
                assert_eq!(tag, PR_DISPLAY_NAME_A);
                assert_eq!(*v, PropValue::String8("Café".into()));
            }
            other => panic!("{other:?}"),
        }
        match lookup(&p, with_type(PR_DISPLAY_NAME_W, PT_UNSPECIFIED), true) {
            OutProp::Value(tag, _) => assert_eq!(tag, PR_DISPLAY_NAME_W),
            other => panic!("{other:?}"),
        }
        match lookup(&p, with_type(PR_DISPLAY_NAME_W, PT_LONG), true) {
            OutProp::Error(tag, sc) => {
                assert_eq!(
                    (tag, sc),
                    (with_type(PR_DISPLAY_NAME_W, PT_ERROR), MAPI_E_NOT_FOUND)
                )
            }
            other => panic!("{other:?}"),
        }
        match lookup(&p, PR_BODY_W, true) {
            OutProp::Error(_, sc) => assert_eq!(sc, MAPI_E_NOT_FOUND),
            other => panic!("{other:?}"),
        }
        assert_eq!(prop_list(&p, false), [PR_DISPLAY_NAME_A]);
    }

    #[test]
    fn values_round_trip_through_mapi_memory() {
        let alloc = testing::allocator();
        let guid = GUID::from_u128(0x0123_4567_89ab_cdef_0011_2233_4455_6677);
        let values = [
            PropValue::I2(-2),
            PropValue::Long(-7),
            PropValue::R4(1.5),
            PropValue::Double(2.25),
            PropValue::Currency(123_456),
            PropValue::AppTime(3.5),
            PropValue::Boolean(true),
            PropValue::I8(-1 << 40),
            PropValue::String8("ansi \u{ff}".into()),
            PropValue::Unicode("wide \u{1F600}".into()),
            PropValue::SysTime(0x01D0_0000_1234_5678),
            PropValue::Clsid(guid),
            PropValue::Binary(vec![0, 1, 2, 255]),
            PropValue::Binary(vec![]),
            PropValue::MvI2(vec![1, -1]),
            PropValue::MvLong(vec![1, 2, 3]),
            PropValue::MvR4(vec![0.5]),
            PropValue::MvDouble(vec![0.25, 8.0]),
            PropValue::MvCurrency(vec![5, 6]),
            PropValue::MvAppTime(vec![1.0]),
            PropValue::MvSysTime(vec![1, 2]),
            PropValue::MvString8(vec!["a".into(), "bc".into()]),
            PropValue::MvUnicode(vec!["x".into(), "\u{e9}".into()]),
            PropValue::MvBinary(vec![vec![1], vec![2, 3]]),
            PropValue::MvClsid(vec![guid]),
            PropValue::MvI8(vec![i64::MIN, i64::MAX]),
        ];
        let out: Vec<OutProp<'_>> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                OutProp::Value(make_tag(0x6600 + i as u16, v.prop_type()), Cow::Borrowed(v))
            })
            .collect();
        let buf = write_values(&alloc, &out).expect("write");
        let raw = buf.into_raw().cast::<SPropValue>();
        // SAFETY: `values.len()` entries were just written.
        let written = unsafe { core::slice::from_raw_parts(raw, values.len()) };
        for (w, v) in written.iter().zip(&values) {
            // SAFETY: written by `write_values` for that type.
            let back = unsafe { read_value(w) }.expect("read back");
            assert_eq!(back, Incoming::Value(v.clone()), "{v:?}");
        }
        testing::free(raw.cast());
        assert!(!testing::is_live(raw.cast()));
    }

    #[test]
    fn set_props_input_is_sorted_into_values_skips_and_problems() {
        let null = SPropValue {
            ulPropTag: PR_NULL,
            dwAlignPad: 0,
            Value: mapi_sys::__UPV { l: 0 },
        };
        let error = SPropValue {
            ulPropTag: with_type(PR_SUBJECT, PT_ERROR),
            dwAlignPad: 0,
            Value: mapi_sys::__UPV {
                err: MAPI_E_NOT_FOUND,
            },
        };
        let long = SPropValue {
            ulPropTag: make_tag(0x6601, PT_LONG),
            dwAlignPad: 0,
            Value: mapi_sys::__UPV { l: 5 },
        };
        let computed = SPropValue {
            ulPropTag: make_tag(0x6602, PT_LONG),
            dwAlignPad: 0,
            Value: mapi_sys::__UPV { l: 5 },
        };
        let bad_type = SPropValue {
            ulPropTag: make_tag(0x6603, 0x0099),
            dwAlignPad: 0,
            Value: mapi_sys::__UPV { l: 5 },
        };
        let values = [null, error, long, computed, bad_type];
        // SAFETY: every value's union member matches its type.
        let update = unsafe { read_update(&values, |t| prop_id(t) == 0x6602) }.expect("update");
        assert_eq!(
            update.values,
            [(make_tag(0x6601, PT_LONG), PropValue::Long(5))]
        );
        let problems: Vec<(u32, i32)> = update
            .problems
            .iter()
            .map(|p| (p.ulIndex, p.scode))
            .collect();
        assert_eq!(
            problems,
            [(3, mapi_sys::MAPI_E_COMPUTED), (4, MAPI_E_INVALID_TYPE)]
        );

        let object = SPropValue {
            ulPropTag: make_tag(0x6604, PT_OBJECT),
            dwAlignPad: 0,
            Value: mapi_sys::__UPV { l: 0 },
        };
        // SAFETY: as above.
        let err = unsafe { read_update(&[object], |_| false) }.expect_err("PT_OBJECT");
        assert_eq!(err, Hresult(MAPI_E_INVALID_PARAMETER));
        let empty_mv = SPropValue {
            ulPropTag: make_tag(0x6605, PT_MV_LONG),
            dwAlignPad: 0,
            Value: mapi_sys::__UPV {
                MVl: mapi_sys::SLongArray {
                    cValues: 0,
                    lpl: core::ptr::null_mut(),
                },
            },
        };
        // SAFETY: as above.
        let err = unsafe { read_update(&[empty_mv], |_| false) }.expect_err("empty MV");
        assert_eq!(err, Hresult(MAPI_E_INVALID_PARAMETER));
    }

    #[test]
    fn tag_and_problem_arrays_are_laid_out_as_mapi_does() {
        let alloc = testing::allocator();
        let buf = write_tags(&alloc, &[PR_SUBJECT, PR_BODY_W]).expect("tags");
        let raw = buf.into_raw().cast::<SPropTagArray>();
        // SAFETY: just written.
        assert_eq!(
            unsafe { read_tags(raw) }.expect("read"),
            Some(vec![PR_SUBJECT, PR_BODY_W])
        );
        testing::free(raw.cast());
        // SAFETY: null is allowed.
        assert_eq!(unsafe { read_tags(core::ptr::null_mut()) }, Ok(None));
        let empty = write_tags(&alloc, &[]).expect("empty");
        // SAFETY: just written, with cValues 0.
        assert_eq!(
            unsafe { read_tags(empty.as_ptr().cast()) },
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        );
    }
}
