//! Property storage: owned property values ([`PropValue`]), an object's
//! properties ([`Props`]), and their conversion from and to the value
//! layer's (`mapi_sys::value`), which the generated thunks read from and
//! write to MAPI memory.
//!
//! Values are keyed by property identifier: setting `PR_SUBJECT_A` and
//! then `PR_SUBJECT_W` replaces one property. 8-bit strings are read as
//! Latin-1 (each byte one character, so they round-trip exactly) and
//! written back the same way, with `?` for characters outside Latin-1;
//! `PT_STRING8` and `PT_UNICODE` values convert into each other on read,
//! and `PT_UNSPECIFIED` tags get strings in the character set
//! `MAPI_UNICODE` asks for.

use mapi_sys::value::{self, Problem, Prop, PropRef, PropTag, PropValueRef, ViewError};
use mapi_sys::{
    GUID, Hresult, MAPI_E_INVALID_PARAMETER, MAPI_E_INVALID_TYPE, MAPI_E_NOT_FOUND, MV_FLAG,
    PR_NULL, PT_APPTIME, PT_BINARY, PT_BOOLEAN, PT_CLSID, PT_CURRENCY, PT_DOUBLE, PT_ERROR, PT_I2,
    PT_I8, PT_LONG, PT_MV_APPTIME, PT_MV_BINARY, PT_MV_CLSID, PT_MV_CURRENCY, PT_MV_DOUBLE,
    PT_MV_I2, PT_MV_I8, PT_MV_LONG, PT_MV_R4, PT_MV_STRING8, PT_MV_SYSTIME, PT_MV_UNICODE, PT_R4,
    PT_STRING8, PT_SYSTIME, PT_UNICODE, PT_UNSPECIFIED,
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

/// A value as the value layer has it, for the generated thunks to write.
pub fn to_mapi(v: &PropValue) -> value::PropValue {
    use value::PropValue as V;
    let ansi = |s: &str| value::string_to_ansi(s);
    let time = |t: u64| value::FileTime::from_u64(t);
    match v {
        PropValue::I2(x) => V::I2(*x),
        PropValue::Long(x) => V::Long(*x),
        PropValue::R4(x) => V::R4(*x),
        PropValue::Double(x) => V::Double(*x),
        PropValue::Currency(x) => V::Currency(*x),
        PropValue::AppTime(x) => V::AppTime(*x),
        PropValue::Error(x) => V::Error(Hresult(*x)),
        PropValue::Boolean(x) => V::Boolean(*x),
        PropValue::I8(x) => V::I8(*x),
        PropValue::String8(x) => V::String8(ansi(x)),
        PropValue::Unicode(x) => V::Unicode(x.clone()),
        PropValue::SysTime(x) => V::SysTime(time(*x)),
        PropValue::Clsid(x) => V::Clsid(*x),
        PropValue::Binary(x) => V::Binary(x.clone()),
        PropValue::MvI2(x) => V::MvI2(x.clone()),
        PropValue::MvLong(x) => V::MvLong(x.clone()),
        PropValue::MvR4(x) => V::MvR4(x.clone()),
        PropValue::MvDouble(x) => V::MvDouble(x.clone()),
        PropValue::MvCurrency(x) => V::MvCurrency(x.clone()),
        PropValue::MvAppTime(x) => V::MvAppTime(x.clone()),
        PropValue::MvSysTime(x) => V::MvSysTime(x.iter().map(|t| time(*t)).collect()),
        PropValue::MvString8(x) => V::MvString8(x.iter().map(|s| ansi(s)).collect()),
        PropValue::MvUnicode(x) => V::MvUnicode(x.clone()),
        PropValue::MvBinary(x) => V::MvBinary(x.clone()),
        PropValue::MvClsid(x) => V::MvClsid(x.clone()),
        PropValue::MvI8(x) => V::MvI8(x.clone()),
    }
}

/// An output entry as the value layer's property.
pub fn to_prop(o: &OutProp<'_>) -> Prop {
    match o {
        OutProp::Value(PR_NULL, _) => Prop::new(PR_NULL, value::PropValue::Null),
        OutProp::Value(t, v) => Prop::new(*t, to_mapi(v)),
        OutProp::Error(t, sc) => Prop::error(*t, Hresult(*sc)),
    }
}

/// `GetProps`: the values for `tags` (every property when `None`), `PT_ERROR`
/// entries for those missing.
pub fn get_props(props: &Props, tags: Option<&[u32]>, unicode: bool) -> Vec<Prop> {
    let values: Vec<OutProp<'_>> = match tags {
        Some(tags) => tags.iter().map(|&t| lookup(props, t, unicode)).collect(),
        None => all(props, unicode),
    };
    values.iter().map(to_prop).collect()
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
pub fn read_value(v: &PropRef<'_>) -> Result<Incoming, Hresult> {
    use PropValueRef as R;
    let invalid = Hresult(MAPI_E_INVALID_PARAMETER);
    if v.tag.0 == PR_NULL || prop_type(v.tag.0) == PT_ERROR {
        return Ok(Incoming::Skip);
    }
    fn mv<T: Clone>(x: &[T]) -> Result<Vec<T>, Hresult> {
        if x.is_empty() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        Ok(x.to_vec())
    }
    let ansi = |c: &core::ffi::CStr| from_ansi(c.to_bytes());
    let wide = |w: &[u16]| String::from_utf16_lossy(w);
    let value = match &v.value {
        R::I2(x) => PropValue::I2(*x),
        R::Long(x) => PropValue::Long(*x),
        R::R4(x) => PropValue::R4(*x),
        R::Double(x) => PropValue::Double(*x),
        R::Currency(x) => PropValue::Currency(*x),
        R::AppTime(x) => PropValue::AppTime(*x),
        R::Boolean(x) => PropValue::Boolean(*x),
        R::I8(x) => PropValue::I8(*x),
        R::String8(x) => PropValue::String8(ansi(x)),
        R::Unicode(x) => PropValue::Unicode(wide(x)),
        R::SysTime(x) => PropValue::SysTime(x.to_u64()),
        R::Clsid(x) => PropValue::Clsid(*x),
        R::Binary(x) => PropValue::Binary(x.to_vec()),
        R::MvI2(x) => PropValue::MvI2(mv(x)?),
        R::MvLong(x) => PropValue::MvLong(mv(x)?),
        R::MvR4(x) => PropValue::MvR4(mv(x)?),
        R::MvDouble(x) => PropValue::MvDouble(mv(x)?),
        R::MvCurrency(x) => PropValue::MvCurrency(mv(x)?),
        R::MvAppTime(x) => PropValue::MvAppTime(mv(x)?),
        R::MvSysTime(x) => PropValue::MvSysTime(mv(x)?.iter().map(|t| t.to_u64()).collect()),
        R::MvString8(x) => PropValue::MvString8(mv(x)?.into_iter().map(ansi).collect()),
        R::MvUnicode(x) => PropValue::MvUnicode(mv(x)?.into_iter().map(wide).collect()),
        R::MvBinary(x) => PropValue::MvBinary(mv(x)?.into_iter().map(<[u8]>::to_vec).collect()),
        R::MvClsid(x) => PropValue::MvClsid(mv(x)?),
        R::MvI8(x) => PropValue::MvI8(mv(x)?),
        R::Invalid(ViewError::UnknownType(_)) | R::Null => {
            return Ok(Incoming::Problem(MAPI_E_INVALID_TYPE));
        }
        R::Object | R::Error(_) | R::Invalid(_) => return Err(invalid),
    };
    Ok(Incoming::Value(value))
}

/// The result of applying a caller's `SetProps` values to an object.
#[derive(Debug, Default)]
pub struct Update {
    /// The values to store, with their tags.
    pub values: Vec<(u32, PropValue)>,
    /// The properties that cannot be set, for the problem array.
    pub problems: Vec<Problem>,
}

/// Sorts a caller's `SetProps` array into values to store and problems;
/// `read_only(tag)` names the computed properties (`MAPI_E_COMPUTED`).
pub fn read_update(
    values: &[PropRef<'_>],
    read_only: impl Fn(u32) -> bool,
) -> Result<Update, Hresult> {
    if values.is_empty() {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    let mut update = Update::default();
    for (i, v) in values.iter().enumerate() {
        let tag = v.tag.0;
        let problem = |scode| Problem {
            index: i as u32,
            tag: PropTag(tag),
            scode: Hresult(scode),
        };
        match read_value(v)? {
            Incoming::Skip => {}
            Incoming::Problem(sc) => update.problems.push(problem(sc)),
            Incoming::Value(_) if read_only(tag) => {
                update.problems.push(problem(mapi_sys::MAPI_E_COMPUTED))
            }
            Incoming::Value(value) => update.values.push((tag, value)),
        }
    }
    Ok(update)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mapi_sys::PT_OBJECT;
    use mapi_sys::value::testing::CountingAllocator;
    use mapi_sys::value::write_props;
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
        let counting = CountingAllocator::new();
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
        let out: Vec<Prop> = values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                to_prop(&OutProp::Value(
                    make_tag(0x6600 + i as u16, v.prop_type()),
                    Cow::Borrowed(v),
                ))
            })
            .collect();
        let written = write_props(&counting.allocator(), &out).expect("write");
        let read = written.props().expect("read back");
        for (r, v) in read.iter().zip(&values) {
            assert_eq!(read_value(r), Ok(Incoming::Value(v.clone())), "{v:?}");
        }
        drop(read);
        drop(written);
        assert_eq!(counting.live_blocks(), 0);
    }

    #[test]
    fn set_props_input_is_sorted_into_values_skips_and_problems() {
        let at = |tag: u32, value| PropRef {
            tag: PropTag(tag),
            value,
        };
        let values = [
            at(PR_NULL, PropValueRef::Null),
            at(
                with_type(PR_SUBJECT, PT_ERROR),
                PropValueRef::Error(Hresult(MAPI_E_NOT_FOUND)),
            ),
            at(make_tag(0x6601, PT_LONG), PropValueRef::Long(5)),
            at(make_tag(0x6602, PT_LONG), PropValueRef::Long(5)),
            at(
                make_tag(0x6603, 0x0099),
                PropValueRef::Invalid(ViewError::UnknownType(0x0099)),
            ),
        ];
        let update = read_update(&values, |t| prop_id(t) == 0x6602).expect("update");
        assert_eq!(
            update.values,
            [(make_tag(0x6601, PT_LONG), PropValue::Long(5))]
        );
        let problems: Vec<(u32, i32)> = update
            .problems
            .iter()
            .map(|p| (p.index, p.scode.0))
            .collect();
        assert_eq!(
            problems,
            [(3, mapi_sys::MAPI_E_COMPUTED), (4, MAPI_E_INVALID_TYPE)]
        );

        let object = at(make_tag(0x6604, PT_OBJECT), PropValueRef::Object);
        let err = read_update(&[object], |_| false).expect_err("PT_OBJECT");
        assert_eq!(err, Hresult(MAPI_E_INVALID_PARAMETER));
        let empty_mv = at(
            make_tag(0x6605, PT_MV_LONG),
            PropValueRef::MvLong(Cow::Borrowed(&[])),
        );
        let err = read_update(&[empty_mv], |_| false).expect_err("empty MV");
        assert_eq!(err, Hresult(MAPI_E_INVALID_PARAMETER));
        let null = at(
            make_tag(0x6606, PT_BINARY),
            PropValueRef::Invalid(ViewError::NullPointer),
        );
        let err = read_update(&[null], |_| false).expect_err("null binary");
        assert_eq!(err, Hresult(MAPI_E_INVALID_PARAMETER));
    }
}
