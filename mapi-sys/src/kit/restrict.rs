//! Evaluating restrictions (`SRestriction`, as the owned
//! [`Restriction`]) on a row, and the value order sorting shares with
//! `RELOP_*`.
//!
//! Supported: `RES_AND`, `RES_OR`, `RES_NOT`, `RES_CONTENT`
//! (`FL_FULLSTRING`, `FL_SUBSTRING`, `FL_PREFIX`, with `FL_IGNORECASE` or
//! `FL_LOOSE`, on strings and binaries; a multivalued property matches when
//! one of its values does), `RES_PROPERTY` and `RES_COMPAREPROPS`
//! (`RELOP_LT` ... `RELOP_NE` on integers, floating-point values, times,
//! booleans, strings, binaries and GUIDs), `RES_BITMASK`, `RES_SIZE`,
//! `RES_EXIST`, and `RES_COMMENT` and `RES_ANNOTATION` (their restriction
//! is evaluated, their properties ignored). [`check`] refuses the rest with
//! `MAPI_E_TOO_COMPLEX`: `RES_SUBRESTRICTION`, `RES_COUNT`, `RELOP_RE`,
//! comparisons of values of different types or with multivalued values.
//!
//! Where MAPI leaves it open: a property the row lacks makes
//! `RES_PROPERTY`, `RES_COMPAREPROPS`, `RES_CONTENT`, `RES_BITMASK` and
//! `RES_SIZE` false whatever the operator (`RELOP_NE` too); strings compare
//! without regard to case (Unicode lowercase), as sorting does.

use super::props::{PropBag, byte_size};
use crate::value::{BitMaskOp, Prop, PropTag, PropValue, Relop, Restriction};
use crate::{
    FL_FULLSTRING, FL_IGNORECASE, FL_LOOSE, FL_PREFIX, FL_SUBSTRING, Hresult, MAPI_E_TOO_COMPLEX,
    MV_FLAG, PT_BINARY, PT_ERROR, PT_NULL, PT_OBJECT, PT_UNSPECIFIED,
};
use core::cmp::Ordering;

/// Whether a restriction can be evaluated here; `MAPI_E_TOO_COMPLEX` for
/// what [`matches()`] does not support (see the module's documentation).
/// Tables call it when a caller sets a restriction, so that an unsupported
/// one fails `Restrict` or `FindRow` rather than matching nothing.
pub fn check(r: &Restriction) -> Result<(), Hresult> {
    let too_complex = Err(Hresult(MAPI_E_TOO_COMPLEX));
    let string = |ty: u32| matches!(ty & !MV_FLAG, crate::PT_STRING8 | crate::PT_UNICODE);
    let comparable = |ty: u32| ty & MV_FLAG == 0 && !matches!(ty, PT_ERROR | PT_OBJECT | PT_NULL);
    let same = |a: u32, b: u32| a == b || (string(a) && string(b));
    match r {
        Restriction::And(all) | Restriction::Or(all) => all.iter().try_for_each(check),
        Restriction::Not(r) => check(r),
        Restriction::Comment { restriction, .. } | Restriction::Annotation { restriction, .. } => {
            restriction.as_deref().map_or(Ok(()), check)
        }
        Restriction::Content {
            fuzzy_level,
            tag,
            value,
        } => {
            let searchable = |ty: u32| string(ty) || ty & !MV_FLAG == PT_BINARY;
            let vt = value.value().prop_type();
            let known = matches!(
                fuzzy_level & 0xFFFF,
                FL_FULLSTRING | FL_SUBSTRING | FL_PREFIX
            );
            if known && searchable(tag.prop_type()) && searchable(vt) && vt & MV_FLAG == 0 {
                Ok(())
            } else {
                too_complex
            }
        }
        Restriction::Property { relop, tag, value } => {
            let (tt, vt) = (tag.prop_type(), value.value().prop_type());
            let tag_ok = tt == PT_UNSPECIFIED || (comparable(tt) && same(tt, vt));
            if *relop != Relop::Re && comparable(vt) && tag_ok {
                Ok(())
            } else {
                too_complex
            }
        }
        Restriction::CompareProps { relop, left, right } => {
            let (a, b) = (left.prop_type(), right.prop_type());
            if *relop != Relop::Re && comparable(a) && same(a, b) {
                Ok(())
            } else {
                too_complex
            }
        }
        Restriction::Size { relop, .. } if *relop == Relop::Re => too_complex,
        Restriction::BitMask { .. } | Restriction::Size { .. } | Restriction::Exist { .. } => {
            Ok(())
        }
        Restriction::Sub { .. } | Restriction::Count { .. } => too_complex,
    }
}

/// Whether `row` matches `r` (a restriction [`check`] accepted; what it
/// refuses matches nothing).
///
/// ```
/// use mapi_sys::kit::{PropBag, restrict};
/// use mapi_sys::value::{Prop, PropTag, PropValue, Relop, Restriction};
/// use mapi_sys::{PR_IMPORTANCE, PR_SUBJECT_W};
///
/// let mut row = PropBag::new();
/// row.set(PR_SUBJECT_W, PropValue::unicode("Quarterly report"));
/// row.set(PR_IMPORTANCE, PropValue::Long(2));
/// let r = Restriction::And(vec![
///     Restriction::Exist { tag: PropTag(PR_SUBJECT_W) },
///     Restriction::Property {
///         relop: Relop::Ge,
///         tag: PropTag(PR_IMPORTANCE),
///         value: Prop::new(PR_IMPORTANCE, PropValue::Long(1)),
///     },
/// ]);
/// restrict::check(&r)?;
/// assert!(restrict::matches(&r, &row));
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub fn matches(r: &Restriction, row: &PropBag) -> bool {
    match r {
        Restriction::And(all) => all.iter().all(|r| matches(r, row)),
        Restriction::Or(any) => any.iter().any(|r| matches(r, row)),
        Restriction::Not(r) => !matches(r, row),
        Restriction::Content {
            fuzzy_level,
            tag,
            value,
        } => row
            .get(*tag)
            .is_some_and(|v| content_matches(v, value.value(), *fuzzy_level)),
        Restriction::Property { relop, tag, value } => row
            .get(*tag)
            .and_then(|v| compare(v, value.value()))
            .is_some_and(|o| holds(*relop, o)),
        Restriction::CompareProps { relop, left, right } => {
            match (row.get(*left), row.get(*right)) {
                (Some(a), Some(b)) => compare(a, b).is_some_and(|o| holds(*relop, o)),
                _ => false,
            }
        }
        Restriction::BitMask { op, tag, mask } => {
            let bits = match row.get(*tag) {
                Some(PropValue::Long(v)) => *v as u32,
                Some(PropValue::I2(v)) => u32::from(*v as u16),
                _ => return false,
            };
            (bits & mask != 0) == (*op == BitMaskOp::NotEqualZero)
        }
        Restriction::Size { relop, tag, size } => row
            .get(*tag)
            .is_some_and(|v| holds(*relop, (byte_size(v) as u64).cmp(&u64::from(*size)))),
        Restriction::Exist { tag } => row.contains(*tag),
        Restriction::Comment { restriction, .. } | Restriction::Annotation { restriction, .. } => {
            restriction.as_deref().is_none_or(|r| matches(r, row))
        }
        Restriction::Sub { .. } | Restriction::Count { .. } => false,
    }
}

/// Whether `left <relop> right` holds, for the ordering of left to right.
pub fn holds(relop: Relop, ord: Ordering) -> bool {
    match relop {
        Relop::Lt => ord == Ordering::Less,
        Relop::Le => ord != Ordering::Greater,
        Relop::Gt => ord == Ordering::Greater,
        Relop::Ge => ord != Ordering::Less,
        Relop::Eq => ord == Ordering::Equal,
        Relop::Ne => ord != Ordering::Equal,
        Relop::Re => false,
    }
}

/// Two values compared, for sorting and `RELOP_*`: `None` when they do not
/// compare (different types other than the two string widths, multivalued
/// or error values). Strings compare without regard to case.
pub fn compare(a: &PropValue, b: &PropValue) -> Option<Ordering> {
    use PropValue as V;
    match (a, b) {
        (V::I2(x), V::I2(y)) => Some(x.cmp(y)),
        (V::Long(x), V::Long(y)) => Some(x.cmp(y)),
        (V::I8(x), V::I8(y)) | (V::Currency(x), V::Currency(y)) => Some(x.cmp(y)),
        (V::SysTime(x), V::SysTime(y)) => Some(x.to_u64().cmp(&y.to_u64())),
        (V::Boolean(x), V::Boolean(y)) => Some(x.cmp(y)),
        (V::R4(x), V::R4(y)) => x.partial_cmp(y),
        (V::Double(x), V::Double(y)) | (V::AppTime(x), V::AppTime(y)) => x.partial_cmp(y),
        (V::Binary(x), V::Binary(y)) => Some(x.cmp(y)),
        (V::Clsid(x), V::Clsid(y)) => Some(x.to_u128().cmp(&y.to_u128())),
        _ => match (a.to_string_lossy(), b.to_string_lossy()) {
            (Some(x), Some(y)) => Some(compare_text(&x, &y)),
            _ => None,
        },
    }
}

/// Strings compared without regard to case.
pub fn compare_text(a: &str, b: &str) -> Ordering {
    a.chars()
        .flat_map(char::to_lowercase)
        .cmp(b.chars().flat_map(char::to_lowercase))
}

/// The sort order of two cells of a column: a missing value (or one that
/// does not compare) first, then by [`compare`], case-sensitively between
/// strings equal but for case, so that the order is total.
pub fn sort_order(a: Option<&PropValue>, b: Option<&PropValue>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) => match compare(x, y) {
            Some(Ordering::Equal) => x.to_string_lossy().cmp(&y.to_string_lossy()),
            Some(o) => o,
            None => x.prop_type().cmp(&y.prop_type()),
        },
    }
}

fn content_matches(v: &PropValue, pattern: &PropValue, fuzzy_level: u32) -> bool {
    let full = fuzzy_level & 0xFFFF == FL_FULLSTRING;
    let prefix = fuzzy_level & 0xFFFF == FL_PREFIX;
    let bytes = |hay: &[u8], needle: &[u8]| {
        if full {
            hay == needle
        } else if prefix {
            hay.starts_with(needle)
        } else {
            needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
        }
    };
    let ignore_case = fuzzy_level & (FL_IGNORECASE | FL_LOOSE) != 0;
    let text = |hay: &str, needle: &str| {
        let fold = |s: &str| {
            if ignore_case {
                s.to_lowercase()
            } else {
                s.to_owned()
            }
        };
        let (hay, needle) = (fold(hay), fold(needle));
        if full {
            hay == needle
        } else if prefix {
            hay.starts_with(&needle)
        } else {
            hay.contains(&needle)
        }
    };
    match (v, pattern) {
        (PropValue::Binary(h), PropValue::Binary(n)) => bytes(h, n),
        (PropValue::MvBinary(hs), PropValue::Binary(n)) => hs.iter().any(|h| bytes(h, n)),
        (PropValue::MvUnicode(hs), _) => pattern
            .to_string_lossy()
            .is_some_and(|n| hs.iter().any(|h| text(h, &n))),
        (PropValue::MvString8(hs), _) => pattern.to_string_lossy().is_some_and(|n| {
            hs.iter()
                .any(|h| text(&crate::value::ansi_to_string(h.as_bytes()), &n))
        }),
        _ => match (v.to_string_lossy(), pattern.to_string_lossy()) {
            (Some(h), Some(n)) => text(&h, &n),
            _ => false,
        },
    }
}

/// A `RES_PROPERTY` restriction: `tag <relop> value`.
pub fn property(relop: Relop, tag: impl Into<PropTag>, value: PropValue) -> Restriction {
    let tag = tag.into();
    Restriction::Property {
        relop,
        tag,
        value: Prop::new(tag, value),
    }
}
