//! Owned property values: [`PropValue`] for every `PT_*` type, [`Prop`] (a
//! tag and its value) and [`FileTime`].

use super::strings::{ansi_to_string, string_to_ansi};
use super::tag::PropTag;
use crate::{
    FILETIME, GUID, Hresult, MV_FLAG, PT_APPTIME, PT_BINARY, PT_BOOLEAN, PT_CLSID, PT_CURRENCY,
    PT_DOUBLE, PT_ERROR, PT_I2, PT_I8, PT_LONG, PT_MV_APPTIME, PT_MV_BINARY, PT_MV_CLSID,
    PT_MV_CURRENCY, PT_MV_DOUBLE, PT_MV_I2, PT_MV_I8, PT_MV_LONG, PT_MV_R4, PT_MV_STRING8,
    PT_MV_SYSTIME, PT_MV_UNICODE, PT_NULL, PT_OBJECT, PT_R4, PT_STRING8, PT_SYSTIME, PT_UNICODE,
    PT_UNSPECIFIED,
};
use std::borrow::Cow;
use std::ffi::CString;
use std::time::{Duration, SystemTime};

/// A point in time as MAPI stores it (`PT_SYSTIME`, a `FILETIME`): the
/// number of 100-nanosecond intervals since January 1, 1601 (UTC).
///
/// Laid out as `FILETIME` (two `u32` halves, 4-byte aligned), so arrays of
/// it can be read in place.
///
/// ```
/// use mapi_sys::value::FileTime;
/// use std::time::{Duration, SystemTime};
///
/// let t = FileTime::from_system_time(SystemTime::UNIX_EPOCH + Duration::from_secs(1)).unwrap();
/// assert_eq!(t.to_u64(), 116_444_736_000_000_000 + 10_000_000);
/// assert_eq!(t.to_system_time(), Some(SystemTime::UNIX_EPOCH + Duration::from_secs(1)));
/// ```
#[repr(C)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct FileTime {
    low: u32,
    high: u32,
}

/// 100-nanosecond intervals from 1601-01-01 to 1970-01-01.
const UNIX_EPOCH_TICKS: u64 = 116_444_736_000_000_000;

impl FileTime {
    /// The time `ticks` 100-nanosecond intervals after 1601-01-01.
    pub const fn from_u64(ticks: u64) -> FileTime {
        FileTime {
            low: ticks as u32,
            high: (ticks >> 32) as u32,
        }
    }

    /// The number of 100-nanosecond intervals since 1601-01-01.
    pub const fn to_u64(self) -> u64 {
        (self.high as u64) << 32 | self.low as u64
    }

    /// The `FILETIME` of the same value.
    pub const fn to_raw(self) -> FILETIME {
        FILETIME {
            dwLowDateTime: self.low,
            dwHighDateTime: self.high,
        }
    }

    /// The time as a `SystemTime`; `None` if the platform cannot represent
    /// it.
    pub fn to_system_time(self) -> Option<SystemTime> {
        let ticks = self.to_u64();
        let since_1601 = Duration::from_secs(ticks / 10_000_000)
            + Duration::from_nanos(ticks % 10_000_000 * 100);
        let epoch_offset = Duration::from_secs(UNIX_EPOCH_TICKS / 10_000_000);
        match since_1601.checked_sub(epoch_offset) {
            Some(after) => SystemTime::UNIX_EPOCH.checked_add(after),
            None => SystemTime::UNIX_EPOCH.checked_sub(epoch_offset - since_1601),
        }
    }

    /// The `FileTime` of a `SystemTime` (to 100 ns); `None` before 1601 or
    /// beyond the year 60056.
    pub fn from_system_time(t: SystemTime) -> Option<FileTime> {
        let ticks = |d: Duration| -> Option<u64> {
            (d.as_secs().checked_mul(10_000_000))?.checked_add(u64::from(d.subsec_nanos() / 100))
        };
        let v = match t.duration_since(SystemTime::UNIX_EPOCH) {
            Ok(after) => UNIX_EPOCH_TICKS.checked_add(ticks(after)?)?,
            Err(before) => UNIX_EPOCH_TICKS.checked_sub(ticks(before.duration())?)?,
        };
        Some(FileTime::from_u64(v))
    }
}

impl From<FILETIME> for FileTime {
    fn from(ft: FILETIME) -> FileTime {
        FileTime {
            low: ft.dwLowDateTime,
            high: ft.dwHighDateTime,
        }
    }
}

impl From<FileTime> for FILETIME {
    fn from(t: FileTime) -> FILETIME {
        t.to_raw()
    }
}

impl PartialOrd for FileTime {
    fn partial_cmp(&self, other: &Self) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for FileTime {
    fn cmp(&self, other: &Self) -> core::cmp::Ordering {
        self.to_u64().cmp(&other.to_u64())
    }
}

impl core::fmt::Debug for FileTime {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "FileTime({})", self.to_u64())
    }
}

/// An owned property value, one variant per `PT_*` type.
///
/// 8-bit strings are kept as the bytes they are (`CString`, no NUL inside):
/// MAPI does not say their code page. [`PropValue::string8`] and
/// [`PropValue::to_string_lossy`] convert them as Latin-1. Unicode strings
/// are `String`s; one holding a NUL is cut there when MAPI reads it.
///
/// ```
/// use mapi_sys::value::PropValue;
/// use mapi_sys::{PT_MV_LONG, PT_STRING8};
///
/// let v = PropValue::string8("Café");
/// assert_eq!(v.prop_type(), PT_STRING8);
/// assert_eq!(v.to_string_lossy().as_deref(), Some("Café"));
/// assert_eq!(PropValue::MvLong(vec![1, 2]).prop_type(), PT_MV_LONG);
/// assert_eq!(PropValue::text("x", true), PropValue::Unicode("x".into()));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum PropValue {
    /// `PT_NULL`: no value (the value of `PR_NULL` entries).
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
    /// `PT_APPTIME`: days since 1899-12-30, as OLE automation dates.
    AppTime(f64),
    /// `PT_ERROR`: why the property has no value (`MAPI_E_NOT_FOUND`...).
    Error(Hresult),
    /// `PT_BOOLEAN`.
    Boolean(bool),
    /// `PT_OBJECT`: the property is an object, opened with `OpenProperty`.
    Object,
    /// `PT_I8`.
    I8(i64),
    /// `PT_STRING8`: 8-bit characters in an unspecified code page.
    String8(CString),
    /// `PT_UNICODE`.
    Unicode(String),
    /// `PT_SYSTIME`.
    SysTime(FileTime),
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
    MvSysTime(Vec<FileTime>),
    /// `PT_MV_STRING8`.
    MvString8(Vec<CString>),
    /// `PT_MV_BINARY`.
    MvBinary(Vec<Vec<u8>>),
    /// `PT_MV_UNICODE`.
    MvUnicode(Vec<String>),
    /// `PT_MV_CLSID`.
    MvClsid(Vec<GUID>),
    /// `PT_MV_I8`.
    MvI8(Vec<i64>),
}

impl PropValue {
    /// The value's `PT_*` type.
    pub fn prop_type(&self) -> u32 {
        match self {
            PropValue::Null => PT_NULL,
            PropValue::I2(_) => PT_I2,
            PropValue::Long(_) => PT_LONG,
            PropValue::R4(_) => PT_R4,
            PropValue::Double(_) => PT_DOUBLE,
            PropValue::Currency(_) => PT_CURRENCY,
            PropValue::AppTime(_) => PT_APPTIME,
            PropValue::Error(_) => PT_ERROR,
            PropValue::Boolean(_) => PT_BOOLEAN,
            PropValue::Object => PT_OBJECT,
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
            PropValue::MvBinary(_) => PT_MV_BINARY,
            PropValue::MvUnicode(_) => PT_MV_UNICODE,
            PropValue::MvClsid(_) => PT_MV_CLSID,
            PropValue::MvI8(_) => PT_MV_I8,
        }
    }

    /// Whether the value is multivalued.
    pub fn is_multi(&self) -> bool {
        self.prop_type() & MV_FLAG != 0
    }

    /// A `PT_STRING8` value of `text`, converted as Latin-1 (`?` for
    /// characters beyond it; a NUL ends the string).
    pub fn string8(text: &str) -> PropValue {
        PropValue::String8(string_to_ansi(text))
    }

    /// A `PT_UNICODE` value.
    pub fn unicode(text: impl Into<String>) -> PropValue {
        PropValue::Unicode(text.into())
    }

    /// A string value in the width a call asks for: `PT_UNICODE` when
    /// `unicode` (its `MAPI_UNICODE` flag), else `PT_STRING8`.
    pub fn text(text: &str, unicode: bool) -> PropValue {
        if unicode {
            PropValue::unicode(text)
        } else {
            PropValue::string8(text)
        }
    }

    /// The text of a single-valued string of either width (8-bit strings
    /// as Latin-1).
    pub fn to_string_lossy(&self) -> Option<Cow<'_, str>> {
        match self {
            PropValue::String8(s) => Some(ansi_to_string(s.as_bytes())),
            PropValue::Unicode(s) => Some(Cow::Borrowed(s)),
            _ => None,
        }
    }

    /// The value in type `ty`: itself when it has that type, a string (or
    /// multivalued string) in the other width, or for `PT_UNSPECIFIED` the
    /// value itself with strings in the width `unicode` asks for. `None`
    /// when the types do not match. This is how `GetProps` answers a tag
    /// whose type differs from the stored one.
    ///
    /// ```
    /// use mapi_sys::value::PropValue;
    /// use mapi_sys::{PT_LONG, PT_STRING8, PT_UNSPECIFIED};
    ///
    /// let v = PropValue::unicode("é");
    /// assert_eq!(v.to_type(PT_STRING8, false).as_deref(), Some(&PropValue::string8("é")));
    /// assert_eq!(v.to_type(PT_UNSPECIFIED, true).as_deref(), Some(&v));
    /// assert_eq!(v.to_type(PT_LONG, true), None);
    /// ```
    pub fn to_type(&self, ty: u32, unicode: bool) -> Option<Cow<'_, PropValue>> {
        let own = self.prop_type();
        let want = if ty == PT_UNSPECIFIED {
            match own & !MV_FLAG {
                PT_STRING8 | PT_UNICODE => {
                    (own & MV_FLAG) | if unicode { PT_UNICODE } else { PT_STRING8 }
                }
                _ => own,
            }
        } else {
            ty
        };
        if want == own {
            return Some(Cow::Borrowed(self));
        }
        let wide = |s: &CString| ansi_to_string(s.as_bytes()).into_owned();
        Some(Cow::Owned(match (self, want) {
            (PropValue::String8(s), PT_UNICODE) => PropValue::Unicode(wide(s)),
            (PropValue::Unicode(s), PT_STRING8) => PropValue::string8(s),
            (PropValue::MvString8(v), PT_MV_UNICODE) => {
                PropValue::MvUnicode(v.iter().map(wide).collect())
            }
            (PropValue::MvUnicode(v), PT_MV_STRING8) => {
                PropValue::MvString8(v.iter().map(|s| string_to_ansi(s)).collect())
            }
            _ => return None,
        }))
    }
}

/// A property: a tag and its value, the element of `SPropValue` arrays.
///
/// The tag's type always agrees with the value's: [`Prop::new`] takes the
/// identifier from the tag and the type from the value (so
/// `Prop::new(PR_SUBJECT_A, PropValue::unicode(..))` is a `PR_SUBJECT_W`
/// property), keeping an `MV_INSTANCE` tag of a single value of its base
/// type as it is (a row of a table with a multivalued-instance column).
///
/// ```
/// use mapi_sys::value::{Prop, PropTag, PropValue};
/// use mapi_sys::{Hresult, MAPI_E_NOT_FOUND, PR_SUBJECT_A, PR_SUBJECT_W};
///
/// let p = Prop::new(PR_SUBJECT_A, PropValue::unicode("Hi"));
/// assert_eq!(p.tag(), PropTag(PR_SUBJECT_W));
/// let missing = Prop::error(PR_SUBJECT_W, Hresult(MAPI_E_NOT_FOUND));
/// assert!(missing.is_error());
/// assert_eq!(missing.tag(), PropTag(PR_SUBJECT_W).to_error());
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Prop {
    tag: PropTag,
    value: PropValue,
}

// Conversions for the common scalar types, so that provider code can write
// `bag.set(PR_SUBJECT, "Hello")` or `bag.set(PR_MESSAGE_FLAGS, MSGFLAG_READ)`.
macro_rules! prop_value_from {
    ($($(#[$doc:meta])* $from:ty => |$v:ident| $make:expr;)*) => {$(
        $(#[$doc])*
        impl From<$from> for PropValue {
            fn from($v: $from) -> PropValue {
                $make
            }
        }
    )*};
}

prop_value_from! {
    /// `PT_I2`.
    i16 => |v| PropValue::I2(v);
    /// `PT_LONG`.
    i32 => |v| PropValue::Long(v);
    /// `PT_LONG` with the same bits: the C union's `ul`, how MAPI stores
    /// flag words such as `PR_MESSAGE_FLAGS` and `PR_ACCESS`.
    u32 => |v| PropValue::Long(v as i32);
    /// `PT_I8`.
    i64 => |v| PropValue::I8(v);
    /// `PT_DOUBLE`.
    f64 => |v| PropValue::Double(v);
    /// `PT_BOOLEAN`.
    bool => |v| PropValue::Boolean(v);
    /// `PT_ERROR`.
    Hresult => |v| PropValue::Error(v);
    /// `PT_UNICODE`.
    String => |v| PropValue::Unicode(v);
    /// `PT_UNICODE`.
    &str => |v| PropValue::Unicode(v.to_owned());
    /// `PT_BINARY`.
    Vec<u8> => |v| PropValue::Binary(v);
    /// `PT_BINARY`.
    &[u8] => |v| PropValue::Binary(v.to_vec());
    /// `PT_SYSTIME`.
    FileTime => |v| PropValue::SysTime(v);
    /// `PT_CLSID`.
    GUID => |v| PropValue::Clsid(v);
}

impl Prop {
    /// The property of `tag`'s identifier with `value` (see above for the
    /// type).
    pub fn new(tag: impl Into<PropTag>, value: PropValue) -> Prop {
        let tag = tag.into();
        let ty = value.prop_type();
        let tag = if tag.is_mv_instance() && ty & MV_FLAG == 0 && tag.base_type() == ty {
            tag
        } else {
            tag.with_type(ty)
        };
        Prop { tag, value }
    }

    /// The `PT_ERROR` entry for `tag`: the property has no value, for the
    /// reason `scode` (`MAPI_E_NOT_FOUND`, `MAPI_E_NOT_ENOUGH_MEMORY`...).
    pub fn error(tag: impl Into<PropTag>, scode: Hresult) -> Prop {
        Prop::new(tag, PropValue::Error(scode))
    }

    /// The tag, its type that of the value.
    pub fn tag(&self) -> PropTag {
        self.tag
    }

    /// The value.
    pub fn value(&self) -> &PropValue {
        &self.value
    }

    /// The tag and value.
    pub fn into_parts(self) -> (PropTag, PropValue) {
        (self.tag, self.value)
    }

    /// Whether this is a `PT_ERROR` entry.
    pub fn is_error(&self) -> bool {
        matches!(self.value, PropValue::Error(_))
    }
}

impl From<(PropTag, PropValue)> for Prop {
    fn from((tag, value): (PropTag, PropValue)) -> Prop {
        Prop::new(tag, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::MV_INSTANCE;

    #[test]
    fn filetime_converts_both_ways_around_the_epoch() {
        for ticks in [0, 1, UNIX_EPOCH_TICKS - 1, UNIX_EPOCH_TICKS, u64::MAX >> 8] {
            let t = FileTime::from_u64(ticks);
            assert_eq!(FileTime::from(t.to_raw()), t);
            if let Some(st) = t.to_system_time() {
                assert_eq!(FileTime::from_system_time(st), Some(t), "{ticks}");
            }
        }
        assert!(FileTime::from_u64(1) < FileTime::from_u64(1 << 32));
    }

    #[test]
    fn prop_types_follow_the_value_except_mv_instance() {
        let mvi = PropTag::new(0x6600, PT_MV_LONG | MV_INSTANCE);
        assert_eq!(Prop::new(mvi, PropValue::Long(1)).tag(), mvi);
        assert_eq!(
            Prop::new(mvi, PropValue::Binary(vec![])).tag(),
            PropTag::new(0x6600, PT_BINARY)
        );
        assert_eq!(
            PropValue::MvString8(vec![string_to_ansi("a")]).to_type(PT_MV_UNICODE, false),
            Some(Cow::Owned(PropValue::MvUnicode(vec!["a".into()])))
        );
        assert_eq!(
            PropValue::MvUnicode(vec!["b".into()]).to_type(PT_UNSPECIFIED, false),
            Some(Cow::Owned(PropValue::MvString8(vec![string_to_ansi("b")])))
        );
        assert_eq!(
            PropValue::Long(1).to_type(PT_UNSPECIFIED, false),
            Some(Cow::Owned(PropValue::Long(1)))
        );
    }
}
