//! Restrictions (`SRestriction`) and value ordering: decoding a caller's
//! restriction into a [`Restriction`], evaluating it on a row, and the
//! comparison that sorting and `RELOP_*` share.
//!
//! Supported: `RES_AND`, `RES_OR`, `RES_NOT`, `RES_CONTENT`
//! (`FL_FULLSTRING`, `FL_SUBSTRING`, `FL_PREFIX`, with `FL_IGNORECASE` or
//! `FL_LOOSE`, on strings and binaries, multivalued ones matching when any
//! value does), `RES_PROPERTY` and `RES_COMPAREPROPS` (`RELOP_LT`, `LE`,
//! `GT`, `GE`, `EQ`, `NE` on integers, floating-point values, times,
//! strings, binaries and GUIDs), `RES_BITMASK`, `RES_SIZE`, `RES_EXIST`
//! and `RES_COMMENT` (its restriction is evaluated, its properties
//! ignored). Anything else (`RES_SUBRESTRICTION`, `RES_COUNT`,
//! `RES_ANNOTATION`, `RELOP_RE`, multivalued `RES_PROPERTY`, values of
//! different types) is `MAPI_E_TOO_COMPLEX`.
//!
//! Semantics chosen where MAPI leaves them open: a property the row lacks
//! makes `RES_PROPERTY`, `RES_COMPAREPROPS`, `RES_CONTENT`, `RES_BITMASK`
//! and `RES_SIZE` false, whatever the operator (`RELOP_NE` included);
//! strings compare without regard to case (Unicode lowercase), as sorting
//! does.

use crate::props::{PropValue, Props, is_string_type, prop_type};
use core::cmp::Ordering;
use mapi_sys::value::{BitMaskOp, PropRef, Relop as ViewRelop, RestrictionRef};
use mapi_sys::{
    FL_FULLSTRING, FL_IGNORECASE, FL_LOOSE, FL_PREFIX, FL_SUBSTRING, Hresult, MAPI_E_TOO_COMPLEX,
    MV_FLAG, PT_BINARY, PT_ERROR, PT_OBJECT, PT_UNSPECIFIED, RELOP_EQ, RELOP_GE, RELOP_GT,
    RELOP_LE, RELOP_LT, RELOP_NE,
};

/// The deepest restriction tree accepted.
pub const MAX_DEPTH: usize = 64;

/// A relational operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relop {
    /// `RELOP_LT`.
    Lt,
    /// `RELOP_LE`.
    Le,
    /// `RELOP_GT`.
    Gt,
    /// `RELOP_GE`.
    Ge,
    /// `RELOP_EQ`.
    Eq,
    /// `RELOP_NE`.
    Ne,
}

impl Relop {
    /// The operator of a `RELOP_*` value; `RELOP_RE` and unknown values are
    /// `MAPI_E_TOO_COMPLEX`.
    pub fn from_raw(relop: u32) -> Result<Relop, Hresult> {
        Ok(match relop {
            RELOP_LT => Relop::Lt,
            RELOP_LE => Relop::Le,
            RELOP_GT => Relop::Gt,
            RELOP_GE => Relop::Ge,
            RELOP_EQ => Relop::Eq,
            RELOP_NE => Relop::Ne,
            _ => return Err(Hresult(MAPI_E_TOO_COMPLEX)),
        })
    }

    /// Whether `left <op> right` holds for this ordering of left to right.
    pub fn holds(self, ord: Ordering) -> bool {
        match self {
            Relop::Lt => ord == Ordering::Less,
            Relop::Le => ord != Ordering::Greater,
            Relop::Gt => ord == Ordering::Greater,
            Relop::Ge => ord != Ordering::Less,
            Relop::Eq => ord == Ordering::Equal,
            Relop::Ne => ord != Ordering::Equal,
        }
    }
}

/// How a content restriction matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fuzzy {
    /// `FL_FULLSTRING`.
    Full,
    /// `FL_SUBSTRING`.
    Substring,
    /// `FL_PREFIX`.
    Prefix,
}

/// A decoded restriction.
#[derive(Clone, Debug, PartialEq)]
pub enum Restriction {
    /// `RES_AND`: every one holds (true when empty).
    And(Vec<Restriction>),
    /// `RES_OR`: one holds (false when empty).
    Or(Vec<Restriction>),
    /// `RES_NOT`.
    Not(Box<Restriction>),
    /// `RES_CONTENT`.
    Content {
        /// The property searched.
        tag: u32,
        /// How it matches.
        fuzzy: Fuzzy,
        /// Whether case is ignored.
        ignore_case: bool,
        /// The text or bytes looked for.
        value: PropValue,
    },
    /// `RES_PROPERTY`: the row's property compared with a value.
    Property {
        /// The operator.
        relop: Relop,
        /// The row's property.
        tag: u32,
        /// The value on the right.
        value: PropValue,
    },
    /// `RES_COMPAREPROPS`: two properties of the row compared.
    CompareProps {
        /// The operator.
        relop: Relop,
        /// The left property.
        left: u32,
        /// The right property.
        right: u32,
    },
    /// `RES_BITMASK`.
    BitMask {
        /// `BMR_NEZ` (some masked bit set) rather than `BMR_EQZ`.
        nonzero: bool,
        /// The property (`PT_LONG` or `PT_I2`).
        tag: u32,
        /// The mask.
        mask: u32,
    },
    /// `RES_SIZE`: the size in bytes of a property compared with a number.
    Size {
        /// The operator.
        relop: Relop,
        /// The property.
        tag: u32,
        /// The size on the right.
        size: u32,
    },
    /// `RES_EXIST`.
    Exist(u32),
    /// `RES_COMMENT`: its restriction, or true if it has none.
    Comment(Option<Box<Restriction>>),
}

/// Two values compared for sorting and `RELOP_*`: `None` when they are of
/// kinds that do not compare (different types other than the two string
/// widths, multivalued or error values).
pub fn compare(a: &PropValue, b: &PropValue) -> Option<Ordering> {
    use PropValue as V;
    let (ta, tb) = (a.prop_type(), b.prop_type());
    if ta != tb && !(is_string_type(ta) && is_string_type(tb)) {
        return None;
    }
    match (a, b) {
        (V::I2(x), V::I2(y)) => Some(x.cmp(y)),
        (V::Long(x), V::Long(y)) => Some(x.cmp(y)),
        (V::I8(x), V::I8(y)) | (V::Currency(x), V::Currency(y)) => Some(x.cmp(y)),
        (V::SysTime(x), V::SysTime(y)) => Some(x.cmp(y)),
        (V::Boolean(x), V::Boolean(y)) => Some(x.cmp(y)),
        (V::R4(x), V::R4(y)) => x.partial_cmp(y),
        (V::Double(x), V::Double(y)) | (V::AppTime(x), V::AppTime(y)) => x.partial_cmp(y),
        (V::Binary(x), V::Binary(y)) => Some(x.cmp(y)),
        (V::Clsid(x), V::Clsid(y)) => Some(x.to_u128().cmp(&y.to_u128())),
        _ => match (a.as_str(), b.as_str()) {
            (Some(x), Some(y)) => Some(compare_text(x, y)),
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
            Some(Ordering::Equal) => match (x.as_str(), y.as_str()) {
                (Some(s), Some(t)) => s.cmp(t),
                _ => Ordering::Equal,
            },
            Some(o) => o,
            None => x.prop_type().cmp(&y.prop_type()),
        },
    }
}

impl Restriction {
    /// A caller's restriction, as the value layer read it, in the form this
    /// store evaluates; `MAPI_E_TOO_COMPLEX` for what it cannot evaluate.
    pub fn from_view(r: &RestrictionRef<'_>) -> Result<Restriction, Hresult> {
        convert(r)
    }

    /// Whether the row with properties `row` matches.
    pub fn matches(&self, row: &Props) -> bool {
        match self {
            Restriction::And(all) => all.iter().all(|r| r.matches(row)),
            Restriction::Or(any) => any.iter().any(|r| r.matches(row)),
            Restriction::Not(r) => !r.matches(row),
            Restriction::Content {
                tag,
                fuzzy,
                ignore_case,
                value,
            } => row
                .get(*tag)
                .is_some_and(|v| content_matches(v, value, *fuzzy, *ignore_case)),
            Restriction::Property { relop, tag, value } => row
                .get(*tag)
                .and_then(|v| compare(v, value))
                .is_some_and(|o| relop.holds(o)),
            Restriction::CompareProps { relop, left, right } => {
                match (row.get(*left), row.get(*right)) {
                    (Some(a), Some(b)) => compare(a, b).is_some_and(|o| relop.holds(o)),
                    _ => false,
                }
            }
            Restriction::BitMask { nonzero, tag, mask } => {
                let bits = match row.get(*tag) {
                    Some(PropValue::Long(v)) => *v as u32,
                    Some(PropValue::I2(v)) => *v as u16 as u32,
                    _ => return false,
                };
                (bits & mask != 0) == *nonzero
            }
            Restriction::Size { relop, tag, size } => row
                .get(*tag)
                .is_some_and(|v| relop.holds((v.byte_size() as u64).cmp(&u64::from(*size)))),
            Restriction::Exist(tag) => row.contains(*tag),
            Restriction::Comment(r) => r.as_ref().is_none_or(|r| r.matches(row)),
        }
    }
}

fn content_matches(v: &PropValue, pattern: &PropValue, fuzzy: Fuzzy, ignore_case: bool) -> bool {
    fn bytes_match(hay: &[u8], needle: &[u8], fuzzy: Fuzzy) -> bool {
        match fuzzy {
            Fuzzy::Full => hay == needle,
            Fuzzy::Prefix => hay.starts_with(needle),
            Fuzzy::Substring => needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle),
        }
    }
    fn text_match(hay: &str, needle: &str, fuzzy: Fuzzy, ignore_case: bool) -> bool {
        let (hay, needle) = if ignore_case {
            (hay.to_lowercase(), needle.to_lowercase())
        } else {
            (hay.to_owned(), needle.to_owned())
        };
        match fuzzy {
            Fuzzy::Full => hay == needle,
            Fuzzy::Prefix => hay.starts_with(&needle),
            Fuzzy::Substring => hay.contains(&needle),
        }
    }
    match (v, pattern) {
        (PropValue::Binary(h), PropValue::Binary(n)) => bytes_match(h, n, fuzzy),
        (PropValue::MvBinary(hs), PropValue::Binary(n)) => {
            hs.iter().any(|h| bytes_match(h, n, fuzzy))
        }
        (PropValue::MvString8(hs) | PropValue::MvUnicode(hs), _) => match pattern.as_str() {
            Some(n) => hs.iter().any(|h| text_match(h, n, fuzzy, ignore_case)),
            None => false,
        },
        _ => match (v.as_str(), pattern.as_str()) {
            (Some(h), Some(n)) => text_match(h, n, fuzzy, ignore_case),
            _ => false,
        },
    }
}

/// The value a restriction compares with.
fn value(p: &PropRef<'_>) -> Result<PropValue, Hresult> {
    match crate::props::read_value(p)? {
        crate::props::Incoming::Value(v) => Ok(v),
        _ => Err(Hresult(MAPI_E_TOO_COMPLEX)),
    }
}

fn relop(r: ViewRelop) -> Result<Relop, Hresult> {
    Relop::from_raw(r.to_raw())
}

/// Whether a tag's type can be the subject of a comparison.
fn comparable_type(ty: u32) -> bool {
    ty & MV_FLAG == 0 && !matches!(ty, PT_ERROR | PT_OBJECT | mapi_sys::PT_NULL)
}

fn convert_all(rs: &[RestrictionRef<'_>]) -> Result<Vec<Restriction>, Hresult> {
    rs.iter().map(convert).collect()
}

fn convert(r: &RestrictionRef<'_>) -> Result<Restriction, Hresult> {
    use RestrictionRef as R;
    Ok(match r {
        R::And(rs) => Restriction::And(convert_all(rs)?),
        R::Or(rs) => Restriction::Or(convert_all(rs)?),
        R::Not(r) => Restriction::Not(Box::new(convert(r)?)),
        R::Content {
            fuzzy_level,
            tag,
            value: v,
        } => {
            let fuzzy = match fuzzy_level & 0xFFFF {
                FL_FULLSTRING => Fuzzy::Full,
                FL_SUBSTRING => Fuzzy::Substring,
                FL_PREFIX => Fuzzy::Prefix,
                _ => return Err(Hresult(MAPI_E_TOO_COMPLEX)),
            };
            let value = value(v)?;
            let base = prop_type(tag.0) & !MV_FLAG;
            let searchable = |ty: u32| is_string_type(ty) || ty & !MV_FLAG == PT_BINARY;
            if !searchable(base)
                || !searchable(value.prop_type())
                || value.prop_type() & MV_FLAG != 0
            {
                return Err(Hresult(MAPI_E_TOO_COMPLEX));
            }
            Restriction::Content {
                tag: tag.0,
                fuzzy,
                ignore_case: fuzzy_level & (FL_IGNORECASE | FL_LOOSE) != 0,
                value,
            }
        }
        R::Property {
            relop: op,
            tag,
            value: v,
        } => {
            let relop = relop(*op)?;
            let value = value(v)?;
            let (tag_ty, val_ty) = (prop_type(tag.0), value.prop_type());
            let same = tag_ty == PT_UNSPECIFIED
                || tag_ty == val_ty
                || (is_string_type(tag_ty) && is_string_type(val_ty));
            if !comparable_type(val_ty)
                || !same
                || (tag_ty != PT_UNSPECIFIED && !comparable_type(tag_ty))
            {
                return Err(Hresult(MAPI_E_TOO_COMPLEX));
            }
            Restriction::Property {
                relop,
                tag: tag.0,
                value,
            }
        }
        R::CompareProps {
            relop: op,
            left,
            right,
        } => {
            let relop = relop(*op)?;
            let (a, b) = (prop_type(left.0), prop_type(right.0));
            if !comparable_type(a) || !(a == b || (is_string_type(a) && is_string_type(b))) {
                return Err(Hresult(MAPI_E_TOO_COMPLEX));
            }
            Restriction::CompareProps {
                relop,
                left: left.0,
                right: right.0,
            }
        }
        R::BitMask { op, tag, mask } => Restriction::BitMask {
            nonzero: *op == BitMaskOp::NotEqualZero,
            tag: tag.0,
            mask: *mask,
        },
        R::Size {
            relop: op,
            tag,
            size,
        } => Restriction::Size {
            relop: relop(*op)?,
            tag: tag.0,
            size: *size,
        },
        R::Exist { tag } => Restriction::Exist(tag.0),
        R::Comment { restriction, .. } => Restriction::Comment(match restriction {
            Some(r) => Some(Box::new(convert(r)?)),
            None => None,
        }),
        _ => return Err(Hresult(MAPI_E_TOO_COMPLEX)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::props::make_tag;
    use mapi_sys::MAPI_E_INVALID_PARAMETER;
    use mapi_sys::value::{PropTag, PropValueRef};
    use mapi_sys::{PR_BODY, PR_IMPORTANCE, PR_MESSAGE_FLAGS, PR_SUBJECT, PR_SUBJECT_A, PT_LONG};

    fn row(subject: &str, importance: i32) -> Props {
        let mut p = Props::new();
        p.set(PR_SUBJECT, PropValue::unicode(subject));
        p.set(PR_IMPORTANCE, PropValue::Long(importance));
        p
    }

    fn prop(relop: Relop, tag: u32, value: PropValue) -> Restriction {
        Restriction::Property { relop, tag, value }
    }

    #[test]
    fn relational_operators_on_integers_and_strings() {
        let r = row("Beta", 1);
        let cases = [
            (Relop::Eq, PropValue::Long(1), true),
            (Relop::Ne, PropValue::Long(1), false),
            (Relop::Lt, PropValue::Long(2), true),
            (Relop::Gt, PropValue::Long(0), true),
            (Relop::Le, PropValue::Long(1), true),
            (Relop::Ge, PropValue::Long(2), false),
        ];
        for (relop, v, want) in cases {
            assert_eq!(
                prop(relop, PR_IMPORTANCE, v.clone()).matches(&r),
                want,
                "{relop:?} {v:?}"
            );
        }
        assert!(prop(Relop::Eq, PR_SUBJECT, PropValue::unicode("beta")).matches(&r));
        assert!(prop(Relop::Eq, PR_SUBJECT_A, PropValue::String8("BETA".into())).matches(&r));
        assert!(prop(Relop::Gt, PR_SUBJECT, PropValue::unicode("alpha")).matches(&r));
        assert!(prop(Relop::Lt, PR_SUBJECT, PropValue::unicode("Gamma")).matches(&r));
        assert!(prop(Relop::Ne, PR_SUBJECT, PropValue::unicode("Gamma")).matches(&r));
        // A value of another kind never compares.
        assert!(!prop(Relop::Ne, PR_IMPORTANCE, PropValue::unicode("1")).matches(&r));
    }

    #[test]
    fn a_missing_property_is_false_for_every_operator() {
        let r = row("x", 1);
        for relop in [
            Relop::Lt,
            Relop::Le,
            Relop::Gt,
            Relop::Ge,
            Relop::Eq,
            Relop::Ne,
        ] {
            assert!(!prop(relop, PR_MESSAGE_FLAGS, PropValue::Long(0)).matches(&r));
        }
        assert!(!Restriction::Exist(PR_BODY).matches(&r));
        assert!(
            Restriction::Exist(PR_SUBJECT_A).matches(&r),
            "any type of the identifier"
        );
    }

    #[test]
    fn and_or_not_and_their_empty_forms() {
        let r = row("Beta", 2);
        let t = prop(Relop::Eq, PR_IMPORTANCE, PropValue::Long(2));
        let f = prop(Relop::Eq, PR_IMPORTANCE, PropValue::Long(3));
        assert!(Restriction::And(vec![t.clone(), t.clone()]).matches(&r));
        assert!(!Restriction::And(vec![t.clone(), f.clone()]).matches(&r));
        assert!(Restriction::Or(vec![f.clone(), t.clone()]).matches(&r));
        assert!(!Restriction::Or(vec![f.clone()]).matches(&r));
        assert!(Restriction::Not(Box::new(f)).matches(&r));
        assert!(Restriction::And(vec![]).matches(&r));
        assert!(!Restriction::Or(vec![]).matches(&r));
        assert!(Restriction::Comment(None).matches(&r));
        assert!(Restriction::Comment(Some(Box::new(t))).matches(&r));
    }

    #[test]
    fn content_bitmask_size_and_compare_props() {
        let mut r = row("Quarterly Report", 0b101);
        r.set(PR_BODY, PropValue::unicode("quarterly"));
        let content = |fuzzy, ignore_case, s: &str| Restriction::Content {
            tag: PR_SUBJECT,
            fuzzy,
            ignore_case,
            value: PropValue::unicode(s),
        };
        assert!(content(Fuzzy::Substring, false, "Report").matches(&r));
        assert!(!content(Fuzzy::Substring, false, "report").matches(&r));
        assert!(content(Fuzzy::Substring, true, "report").matches(&r));
        assert!(content(Fuzzy::Prefix, false, "Quart").matches(&r));
        assert!(!content(Fuzzy::Prefix, false, "Report").matches(&r));
        assert!(content(Fuzzy::Full, true, "quarterly report").matches(&r));
        assert!(!content(Fuzzy::Full, false, "Quarterly").matches(&r));
        let bits = |nonzero, mask| Restriction::BitMask {
            nonzero,
            tag: PR_IMPORTANCE,
            mask,
        };
        assert!(bits(true, 0b100).matches(&r));
        assert!(bits(false, 0b010).matches(&r));
        assert!(!bits(true, 0b010).matches(&r));
        let size = |relop, size| Restriction::Size {
            relop,
            tag: PR_BODY,
            size,
        };
        assert!(
            size(Relop::Eq, 20).matches(&r),
            "9 UTF-16 units and a terminator"
        );
        assert!(size(Relop::Lt, 21).matches(&r));
        let cmp = Restriction::CompareProps {
            relop: Relop::Ne,
            left: PR_SUBJECT,
            right: PR_BODY,
        };
        assert!(cmp.matches(&r));
    }

    #[test]
    fn sorting_puts_missing_values_first_and_ignores_case_before_breaking_ties() {
        let a = PropValue::unicode("apple");
        let b = PropValue::unicode("Banana");
        let b2 = PropValue::unicode("banana");
        assert_eq!(sort_order(None, Some(&a)), Ordering::Less);
        assert_eq!(sort_order(Some(&a), Some(&b)), Ordering::Less);
        assert_eq!(sort_order(Some(&b), Some(&b2)), Ordering::Less);
        assert_eq!(sort_order(Some(&b2), Some(&b2)), Ordering::Equal);
        assert_eq!(
            sort_order(Some(&PropValue::Long(-3)), Some(&PropValue::Long(2))),
            Ordering::Less
        );
        assert_eq!(compare(&PropValue::Long(1), &PropValue::I8(1)), None);
    }

    fn one<'a>() -> PropRef<'a> {
        PropRef {
            tag: PropTag(make_tag(0x0017, PT_LONG)),
            value: PropValueRef::Long(1),
        }
    }

    fn exists<'a>() -> RestrictionRef<'a> {
        RestrictionRef::Exist {
            tag: PropTag(PR_SUBJECT),
        }
    }

    #[test]
    fn caller_restrictions_convert_and_the_unsupported_ones_are_too_complex() {
        let and = RestrictionRef::And(vec![
            RestrictionRef::Property {
                relop: ViewRelop::Eq,
                tag: PropTag(PR_IMPORTANCE),
                value: one(),
            },
            exists(),
        ]);
        let decoded = Restriction::from_view(&and).expect("decode");
        assert_eq!(
            decoded,
            Restriction::And(vec![
                prop(Relop::Eq, PR_IMPORTANCE, PropValue::Long(1)),
                Restriction::Exist(PR_SUBJECT)
            ])
        );
        assert!(decoded.matches(&row("s", 1)));

        let too_complex = Err(Hresult(MAPI_E_TOO_COMPLEX));
        let sub = RestrictionRef::Sub {
            object: PropTag(0),
            restriction: Box::new(exists()),
        };
        assert_eq!(Restriction::from_view(&sub), too_complex);
        let count = RestrictionRef::Count {
            count: 1,
            restriction: Box::new(exists()),
        };
        assert_eq!(Restriction::from_view(&count), too_complex);
        let re = RestrictionRef::Property {
            relop: ViewRelop::Re,
            tag: PropTag(PR_IMPORTANCE),
            value: one(),
        };
        assert_eq!(Restriction::from_view(&re), too_complex);
        let mismatched = RestrictionRef::Property {
            relop: ViewRelop::Eq,
            tag: PropTag(PR_SUBJECT),
            value: one(),
        };
        assert_eq!(Restriction::from_view(&mismatched), too_complex);
        let unreadable = RestrictionRef::Property {
            relop: ViewRelop::Eq,
            tag: PropTag(PR_IMPORTANCE),
            value: PropRef {
                tag: PropTag(PR_IMPORTANCE),
                value: PropValueRef::Invalid(mapi_sys::value::ViewError::NullPointer),
            },
        };
        assert_eq!(
            Restriction::from_view(&unreadable),
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        );
    }
}
