//! Property tags: [`PropTag`], a `ULONG` of an identifier and a `PT_*` type.

use crate::{
    MV_FLAG, MV_INSTANCE, PT_APPTIME, PT_BINARY, PT_BOOLEAN, PT_CLSID, PT_CURRENCY, PT_DOUBLE,
    PT_ERROR, PT_I2, PT_I8, PT_LONG, PT_NULL, PT_OBJECT, PT_PTR, PT_R4, PT_STRING8, PT_SYSTIME,
    PT_UNICODE, PT_UNSPECIFIED,
};
use core::fmt;

/// A property tag: the identifier in the high 16 bits, the `PT_*` type in
/// the low 16 (`PROP_TAG`, `PROP_ID`, `PROP_TYPE`, `CHANGE_PROP_TYPE` as
/// methods).
///
/// The layout is the `ULONG` itself, so a `&[PropTag]` can be read straight
/// from an aligned `SPropTagArray`. `Debug` prints the type by name.
///
/// ```
/// use mapi_sys::value::PropTag;
/// use mapi_sys::{PR_SUBJECT_A, PR_SUBJECT_W, PT_ERROR, PT_MV_LONG, PT_UNICODE};
///
/// let subject = PropTag(PR_SUBJECT_W);
/// assert_eq!(subject.id(), 0x0037);
/// assert_eq!(subject.prop_type(), PT_UNICODE);
/// assert_eq!(subject.to_ansi(), PropTag(PR_SUBJECT_A));
/// assert_eq!(subject.to_error().prop_type(), PT_ERROR);
/// assert!(PropTag::new(0x6601, PT_MV_LONG).is_multi());
/// assert_eq!(format!("{subject:?}"), "PropTag(0x0037, PT_UNICODE)");
/// ```
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct PropTag(pub u32);

impl PropTag {
    /// `PR_NULL`: a reserved entry of a tag or value array.
    pub const NULL: PropTag = PropTag(PT_NULL);

    /// The tag of identifier `id` and type `ty` (`PROP_TAG`).
    pub const fn new(id: u16, ty: u32) -> PropTag {
        PropTag((id as u32) << 16 | (ty & 0xFFFF))
    }

    /// The identifier (`PROP_ID`).
    pub const fn id(self) -> u16 {
        (self.0 >> 16) as u16
    }

    /// The type, with its `MV_FLAG` and `MV_INSTANCE` bits (`PROP_TYPE`).
    pub const fn prop_type(self) -> u32 {
        self.0 & 0xFFFF
    }

    /// The type without `MV_FLAG` and `MV_INSTANCE`: `PT_LONG` for
    /// `PT_MV_LONG`.
    pub const fn base_type(self) -> u32 {
        self.prop_type() & !(MV_FLAG | MV_INSTANCE)
    }

    /// The same identifier with type `ty` (`CHANGE_PROP_TYPE`).
    pub const fn with_type(self, ty: u32) -> PropTag {
        PropTag::new(self.id(), ty)
    }

    /// The `PT_ERROR` form, as `GetProps` returns for a property it cannot
    /// give.
    pub const fn to_error(self) -> PropTag {
        self.with_type(PT_ERROR)
    }

    /// The `PT_UNSPECIFIED` form, as a caller asks for a property in
    /// whatever type it has.
    pub const fn to_unspecified(self) -> PropTag {
        self.with_type(PT_UNSPECIFIED)
    }

    /// The Unicode form of a string tag (`_W`: `PT_UNICODE`,
    /// `PT_MV_UNICODE`); other tags unchanged.
    pub const fn to_unicode(self) -> PropTag {
        if self.is_string() {
            PropTag(self.0 & !0xFFFF | (self.prop_type() & !0xFF) | PT_UNICODE)
        } else {
            self
        }
    }

    /// The 8-bit form of a string tag (`_A`: `PT_STRING8`, `PT_MV_STRING8`);
    /// other tags unchanged.
    pub const fn to_ansi(self) -> PropTag {
        if self.is_string() {
            PropTag(self.0 & !0xFFFF | (self.prop_type() & !0xFF) | PT_STRING8)
        } else {
            self
        }
    }

    /// Whether the type is multivalued (`MV_FLAG`).
    pub const fn is_multi(self) -> bool {
        self.0 & MV_FLAG != 0
    }

    /// Whether the tag names one value of a multivalued column
    /// (`MV_INSTANCE`, in table columns).
    pub const fn is_mv_instance(self) -> bool {
        self.0 & MV_INSTANCE != 0
    }

    /// Whether the type is `PT_ERROR`.
    pub const fn is_error(self) -> bool {
        self.prop_type() == PT_ERROR
    }

    /// Whether the type is a string of either width, single or multivalued.
    pub const fn is_string(self) -> bool {
        matches!(self.base_type(), PT_STRING8 | PT_UNICODE)
    }
}

impl From<u32> for PropTag {
    fn from(tag: u32) -> PropTag {
        PropTag(tag)
    }
}

impl From<PropTag> for u32 {
    fn from(tag: PropTag) -> u32 {
        tag.0
    }
}

/// The name of a `PT_*` base type (`PT_LONG`), without the multivalued
/// prefix; `None` if unknown.
const fn base_name(ty: u32) -> Option<&'static str> {
    Some(match ty {
        PT_UNSPECIFIED => "PT_UNSPECIFIED",
        PT_NULL => "PT_NULL",
        PT_I2 => "PT_I2",
        PT_LONG => "PT_LONG",
        PT_R4 => "PT_R4",
        PT_DOUBLE => "PT_DOUBLE",
        PT_CURRENCY => "PT_CURRENCY",
        PT_APPTIME => "PT_APPTIME",
        PT_ERROR => "PT_ERROR",
        PT_BOOLEAN => "PT_BOOLEAN",
        PT_OBJECT => "PT_OBJECT",
        PT_I8 => "PT_I8",
        PT_STRING8 => "PT_STRING8",
        PT_UNICODE => "PT_UNICODE",
        PT_SYSTIME => "PT_SYSTIME",
        PT_CLSID => "PT_CLSID",
        PT_BINARY => "PT_BINARY",
        PT_PTR => "PT_PTR",
        _ => return None,
    })
}

/// The name of a `PT_*` type: `PT_LONG`, `PT_MV_UNICODE`; `None` if unknown
/// (or multivalued where MAPI has no such type). `MV_INSTANCE` is not part
/// of the name.
///
/// ```
/// use mapi_sys::value::type_name;
/// assert_eq!(type_name(mapi_sys::PT_MV_BINARY), Some("PT_MV_BINARY"));
/// assert_eq!(type_name(0x99), None);
/// ```
pub const fn type_name(ty: u32) -> Option<&'static str> {
    let base = ty & !(MV_FLAG | MV_INSTANCE);
    if ty & MV_FLAG == 0 {
        return base_name(base);
    }
    Some(match base {
        PT_I2 => "PT_MV_I2",
        PT_LONG => "PT_MV_LONG",
        PT_R4 => "PT_MV_R4",
        PT_DOUBLE => "PT_MV_DOUBLE",
        PT_CURRENCY => "PT_MV_CURRENCY",
        PT_APPTIME => "PT_MV_APPTIME",
        PT_I8 => "PT_MV_I8",
        PT_STRING8 => "PT_MV_STRING8",
        PT_UNICODE => "PT_MV_UNICODE",
        PT_SYSTIME => "PT_MV_SYSTIME",
        PT_CLSID => "PT_MV_CLSID",
        PT_BINARY => "PT_MV_BINARY",
        _ => return None,
    })
}

impl fmt::Debug for PropTag {
    /// `PropTag(0x0037, PT_UNICODE)`; an unknown type in hexadecimal;
    /// `| MV_INSTANCE` when set.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PropTag({:#06X}, ", self.id())?;
        match type_name(self.prop_type()) {
            Some(name) => f.write_str(name)?,
            None => write!(f, "{:#06X}", self.prop_type() & !MV_INSTANCE)?,
        }
        if self.is_mv_instance() {
            f.write_str(" | MV_INSTANCE")?;
        }
        f.write_str(")")
    }
}

impl fmt::Display for PropTag {
    /// The tag in hexadecimal, as MAPI tools print it: `0x0037001F`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#010X}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{PR_NULL, PR_SUBJECT_A, PR_SUBJECT_W, PT_MV_STRING8, PT_MV_UNICODE};

    #[test]
    fn string_tags_change_width_and_others_stay() {
        let mv = PropTag::new(0x6600, PT_MV_STRING8);
        assert_eq!(mv.to_unicode().prop_type(), PT_MV_UNICODE);
        assert_eq!(mv.to_unicode().to_ansi(), mv);
        let mvi = PropTag(mv.0 | MV_INSTANCE);
        assert_eq!(mvi.to_unicode().0, mv.to_unicode().0 | MV_INSTANCE);
        assert_eq!(PropTag(PR_SUBJECT_A).to_unicode(), PropTag(PR_SUBJECT_W));
        let long = PropTag::new(1, PT_LONG);
        assert_eq!((long.to_ansi(), long.to_unicode()), (long, long));
        assert_eq!(PropTag::NULL, PropTag(PR_NULL));
    }

    #[test]
    fn debug_names_the_type() {
        assert_eq!(
            format!("{:?}", PropTag::new(0x6600, PT_MV_UNICODE | MV_INSTANCE)),
            "PropTag(0x6600, PT_MV_UNICODE | MV_INSTANCE)"
        );
        assert_eq!(
            format!("{:?}", PropTag::new(0x6600, 0x99)),
            "PropTag(0x6600, 0x0099)"
        );
        assert_eq!(PropTag(PR_SUBJECT_W).to_string(), "0x0037001F");
        assert_eq!(type_name(MV_FLAG | PT_OBJECT), None);
    }
}
