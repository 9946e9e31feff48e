//! The `SRestriction` family: read-only views ([`RestrictionRef`]), as
//! `Restrict`, `FindRow` and `SetSearchCriteria` receive them, and owned
//! trees ([`Restriction`]) with their writer, as a caller passes them and
//! `GetSearchCriteria` returns them.

use super::alloc::{Allocator, Heap, MapiBuffer, Need};
use super::prop::Prop;
use super::tag::PropTag;
use super::view::{PropRef, PropValueRef, checked_count};
use super::write;
use super::{MAX_RESTRICTION_DEPTH, MAX_RESTRICTION_NODES, ViewError, count32};
use crate::{
    BMR_EQZ, BMR_NEZ, Hresult, RELOP_EQ, RELOP_GE, RELOP_GT, RELOP_LE, RELOP_LT, RELOP_NE,
    RELOP_RE, RES_AND, RES_ANNOTATION, RES_BITMASK, RES_COMMENT, RES_COMPAREPROPS, RES_CONTENT,
    RES_COUNT, RES_EXIST, RES_NOT, RES_OR, RES_PROPERTY, RES_SIZE, RES_SUBRESTRICTION,
    SAndRestriction, SAnnotationRestriction, SBitMaskRestriction, SCommentRestriction,
    SComparePropsRestriction, SContentRestriction, SCountRestriction, SExistRestriction,
    SNotRestriction, SOrRestriction, SPropValue, SPropertyRestriction, SRestriction,
    SRestriction_0, SSizeRestriction, SSubRestriction, ULONG,
};
use core::ptr::addr_of;

/// A relational operator (`RELOP_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
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
    /// `RELOP_RE`: a regular expression match.
    Re,
}

impl Relop {
    /// The operator of a `RELOP_*` value; `None` if unknown.
    pub const fn from_raw(relop: u32) -> Option<Relop> {
        Some(match relop {
            RELOP_LT => Relop::Lt,
            RELOP_LE => Relop::Le,
            RELOP_GT => Relop::Gt,
            RELOP_GE => Relop::Ge,
            RELOP_EQ => Relop::Eq,
            RELOP_NE => Relop::Ne,
            RELOP_RE => Relop::Re,
            _ => return None,
        })
    }

    /// The `RELOP_*` value.
    pub const fn to_raw(self) -> u32 {
        match self {
            Relop::Lt => RELOP_LT,
            Relop::Le => RELOP_LE,
            Relop::Gt => RELOP_GT,
            Relop::Ge => RELOP_GE,
            Relop::Eq => RELOP_EQ,
            Relop::Ne => RELOP_NE,
            Relop::Re => RELOP_RE,
        }
    }
}

/// The test of a bitmask restriction (`BMR_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BitMaskOp {
    /// `BMR_EQZ`: every masked bit is zero.
    EqualZero,
    /// `BMR_NEZ`: some masked bit is set.
    NotEqualZero,
}

/// A restriction read from a peer's `SRestriction` tree, one variant per
/// `RES_*` kind, recursively.
///
/// Read whole at the edge ([`RestrictionRef::from_raw`]): a null
/// sub-restriction where one is required, an unknown kind or operator, a
/// value that cannot be read, a tree deeper than
/// [`MAX_RESTRICTION_DEPTH`](super::MAX_RESTRICTION_DEPTH) (which every
/// cycle is) or larger than
/// [`MAX_RESTRICTION_NODES`](super::MAX_RESTRICTION_NODES) make the whole
/// restriction an error.
///
/// ```
/// use mapi_sys::value::{PropRef, PropValueRef, Relop, RestrictionRef};
/// use mapi_sys::*;
///
/// let value = SPropValue { ulPropTag: PR_SUBJECT_A, dwAlignPad: 0, Value: __UPV { lpszA: c"Hi".as_ptr().cast_mut() } };
/// let leaf = SRestriction {
///     rt: RES_PROPERTY,
///     res: SRestriction_0 {
///         resProperty: SPropertyRestriction { relop: RELOP_EQ, ulPropTag: PR_SUBJECT_A, lpProp: (&raw const value).cast_mut() },
///     },
/// };
/// let not = SRestriction { rt: RES_NOT, res: SRestriction_0 { resNot: SNotRestriction { ulReserved: 0, lpRes: (&raw const leaf).cast_mut() } } };
/// // SAFETY: a restriction tree that outlives the view.
/// let r = unsafe { RestrictionRef::from_raw(&not) }?.expect("non-null");
/// let RestrictionRef::Not(inner) = r else { panic!("{r:?}") };
/// assert!(matches!(
///     *inner,
///     RestrictionRef::Property { relop: Relop::Eq, value: PropRef { value: PropValueRef::String8(s), .. }, .. } if s == c"Hi"
/// ));
/// # Ok::<(), mapi_sys::value::ViewError>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum RestrictionRef<'a> {
    /// `RES_AND`: every one holds (true when empty).
    And(Vec<RestrictionRef<'a>>),
    /// `RES_OR`: one holds (false when empty).
    Or(Vec<RestrictionRef<'a>>),
    /// `RES_NOT`.
    Not(Box<RestrictionRef<'a>>),
    /// `RES_CONTENT`: a string or binary property contains a value.
    Content {
        /// `FL_FULLSTRING`, `FL_SUBSTRING` or `FL_PREFIX`, with
        /// `FL_IGNORECASE`, `FL_IGNORENONSPACE` or `FL_LOOSE`.
        fuzzy_level: u32,
        /// The property searched.
        tag: PropTag,
        /// The value looked for.
        value: PropRef<'a>,
    },
    /// `RES_PROPERTY`: a property compared with a value.
    Property {
        /// The operator.
        relop: Relop,
        /// The property.
        tag: PropTag,
        /// The value on the right.
        value: PropRef<'a>,
    },
    /// `RES_COMPAREPROPS`: two properties compared.
    CompareProps {
        /// The operator.
        relop: Relop,
        /// The left property.
        left: PropTag,
        /// The right property.
        right: PropTag,
    },
    /// `RES_BITMASK`.
    BitMask {
        /// The test.
        op: BitMaskOp,
        /// The property (`PT_LONG`).
        tag: PropTag,
        /// The mask.
        mask: u32,
    },
    /// `RES_SIZE`: the size of a property compared with a number of bytes.
    Size {
        /// The operator.
        relop: Relop,
        /// The property.
        tag: PropTag,
        /// The size on the right.
        size: u32,
    },
    /// `RES_EXIST`: the property exists.
    Exist {
        /// The property.
        tag: PropTag,
    },
    /// `RES_SUBRESTRICTION`: a restriction on the recipients or attachments.
    Sub {
        /// `PR_MESSAGE_RECIPIENTS` or `PR_MESSAGE_ATTACHMENTS`.
        object: PropTag,
        /// The restriction on them.
        restriction: Box<RestrictionRef<'a>>,
    },
    /// `RES_COMMENT`: a restriction (or none) annotated with properties.
    Comment {
        /// The annotations.
        props: Vec<PropRef<'a>>,
        /// The restriction, if any.
        restriction: Option<Box<RestrictionRef<'a>>>,
    },
    /// `RES_ANNOTATION`: a restriction with hints such as a locale.
    Annotation {
        /// The hints.
        props: Vec<PropRef<'a>>,
        /// The restriction, if any.
        restriction: Option<Box<RestrictionRef<'a>>>,
    },
    /// `RES_COUNT`: at most `count` matches of a restriction.
    Count {
        /// The largest number of matches.
        count: u32,
        /// The restriction counted.
        restriction: Box<RestrictionRef<'a>>,
    },
}

impl<'a> RestrictionRef<'a> {
    /// Reads a restriction tree; `None` for null (`Restrict(NULL)` removes
    /// a restriction). Errors as said above.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `SRestriction` whose kind
    /// (`rt`) and the union member it selects are initialized; every
    /// non-null pointer reached from it must point to what MAPI says (arrays
    /// of `cRes` restrictions, `SPropValue`s as in
    /// [`PropRef::slice_from_raw`]), readable and unchanged for `'a`.
    pub unsafe fn from_raw(
        ptr: *const SRestriction,
    ) -> Result<Option<RestrictionRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: forwarded.
        unsafe { Walker { nodes: 0 }.read(ptr, 0) }.map(Some)
    }
}

/// Reads a tree, counting nodes.
struct Walker {
    nodes: usize,
}

/// The operator of a `RELOP_*` value, or [`ViewError::Malformed`].
fn relop(raw: u32) -> Result<Relop, ViewError> {
    Relop::from_raw(raw).ok_or(ViewError::Malformed)
}

/// One value, which must be readable.
///
/// # Safety
/// As for [`PropRef::from_raw`].
unsafe fn value<'a>(ptr: *const SPropValue) -> Result<PropRef<'a>, ViewError> {
    // SAFETY: forwarded.
    let v = unsafe { PropRef::from_raw(ptr) }?;
    match v.value {
        PropValueRef::Invalid(e) => Err(e),
        _ => Ok(v),
    }
}

/// `count` values, which must all be readable.
///
/// # Safety
/// As for [`PropRef::slice_from_raw`].
unsafe fn values<'a>(ptr: *const SPropValue, count: ULONG) -> Result<Vec<PropRef<'a>>, ViewError> {
    // SAFETY: forwarded.
    let v = unsafe { PropRef::slice_from_raw(ptr, count) }?;
    match v.iter().find_map(|p| match p.value {
        PropValueRef::Invalid(e) => Some(e),
        _ => None,
    }) {
        Some(e) => Err(e),
        None => Ok(v),
    }
}

impl Walker {
    /// Reads the restriction at `ptr`, at `depth` in the tree.
    ///
    /// # Safety
    /// As for [`RestrictionRef::from_raw`].
    unsafe fn read<'a>(
        &mut self,
        ptr: *const SRestriction,
        depth: usize,
    ) -> Result<RestrictionRef<'a>, ViewError> {
        if ptr.is_null() {
            return Err(ViewError::NullPointer);
        }
        if depth >= MAX_RESTRICTION_DEPTH || self.nodes >= MAX_RESTRICTION_NODES {
            return Err(ViewError::TooComplex);
        }
        self.nodes += 1;
        // SAFETY: a readable restriction (the caller's contract), its kind
        // and its union read apart; `rt` selects the member read below, and
        // every pointer in it goes through a reader that checks it.
        unsafe {
            let rt = addr_of!((*ptr).rt).read_unaligned();
            let res = addr_of!((*ptr).res).read_unaligned();
            Ok(match rt {
                RES_AND => {
                    RestrictionRef::And(self.list(res.resAnd.lpRes, res.resAnd.cRes, depth)?)
                }
                RES_OR => RestrictionRef::Or(self.list(res.resOr.lpRes, res.resOr.cRes, depth)?),
                RES_NOT => RestrictionRef::Not(Box::new(self.read(res.resNot.lpRes, depth + 1)?)),
                RES_CONTENT => {
                    let r = res.resContent;
                    RestrictionRef::Content {
                        fuzzy_level: r.ulFuzzyLevel,
                        tag: PropTag(r.ulPropTag),
                        value: value(r.lpProp)?,
                    }
                }
                RES_PROPERTY => {
                    let r = res.resProperty;
                    RestrictionRef::Property {
                        relop: relop(r.relop)?,
                        tag: PropTag(r.ulPropTag),
                        value: value(r.lpProp)?,
                    }
                }
                RES_COMPAREPROPS => {
                    let r = res.resCompareProps;
                    RestrictionRef::CompareProps {
                        relop: relop(r.relop)?,
                        left: PropTag(r.ulPropTag1),
                        right: PropTag(r.ulPropTag2),
                    }
                }
                RES_BITMASK => {
                    let r = res.resBitMask;
                    RestrictionRef::BitMask {
                        op: match r.relBMR {
                            BMR_EQZ => BitMaskOp::EqualZero,
                            BMR_NEZ => BitMaskOp::NotEqualZero,
                            _ => return Err(ViewError::Malformed),
                        },
                        tag: PropTag(r.ulPropTag),
                        mask: r.ulMask,
                    }
                }
                RES_SIZE => {
                    let r = res.resSize;
                    RestrictionRef::Size {
                        relop: relop(r.relop)?,
                        tag: PropTag(r.ulPropTag),
                        size: r.cb,
                    }
                }
                RES_EXIST => RestrictionRef::Exist {
                    tag: PropTag(res.resExist.ulPropTag),
                },
                RES_SUBRESTRICTION => {
                    let r = res.resSub;
                    RestrictionRef::Sub {
                        object: PropTag(r.ulSubObject),
                        restriction: Box::new(self.read(r.lpRes, depth + 1)?),
                    }
                }
                RES_COMMENT => {
                    let r = res.resComment;
                    RestrictionRef::Comment {
                        props: values(r.lpProp, r.cValues)?,
                        restriction: self.optional(r.lpRes, depth)?,
                    }
                }
                RES_ANNOTATION => {
                    let r = res.resAnnotation;
                    RestrictionRef::Annotation {
                        props: values(r.lpProp, r.cValues)?,
                        restriction: self.optional(r.lpRes, depth)?,
                    }
                }
                RES_COUNT => {
                    let r = res.resCount;
                    RestrictionRef::Count {
                        count: r.ulCount,
                        restriction: Box::new(self.read(r.lpRes, depth + 1)?),
                    }
                }
                other => return Err(ViewError::UnknownRestriction(other)),
            })
        }
    }

    /// The `n` restrictions of an `RES_AND`/`RES_OR` at `ptr`, children of a
    /// node at `depth`.
    ///
    /// # Safety
    /// As for [`RestrictionRef::from_raw`], for `n` restrictions.
    unsafe fn list<'a>(
        &mut self,
        ptr: *const SRestriction,
        n: ULONG,
        depth: usize,
    ) -> Result<Vec<RestrictionRef<'a>>, ViewError> {
        let n = checked_count(n)?;
        if n == 0 {
            return Ok(Vec::new());
        }
        if ptr.is_null() {
            return Err(ViewError::NullPointer);
        }
        (0..n)
            // SAFETY: restriction `i < n` of the array (the caller's contract).
            .map(|i| unsafe { self.read(ptr.add(i), depth + 1) })
            .collect()
    }

    /// A child restriction that may be null.
    ///
    /// # Safety
    /// As for [`RestrictionRef::from_raw`].
    unsafe fn optional<'a>(
        &mut self,
        ptr: *const SRestriction,
        depth: usize,
    ) -> Result<Option<Box<RestrictionRef<'a>>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: forwarded.
        unsafe { self.read(ptr, depth + 1) }.map(|r| Some(Box::new(r)))
    }
}

/// An owned restriction, one variant per `RES_*` kind, recursively: what a
/// caller builds for `Restrict`, `FindRow` or `SetSearchCriteria`, and what
/// a provider returns from `GetSearchCriteria`. It mirrors
/// [`RestrictionRef`] with owned values ([`Prop`]);
/// [`RestrictionRef::to_restriction`] copies a view into one.
///
/// [`Restriction::write`] lays a tree out in MAPI memory: the top
/// `SRestriction` in one root block, every node, value and what the values
/// point to in one block chained to it, so one `MAPIFreeBuffer` frees it.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, Prop, PropTag, PropValue, Relop, Restriction};
/// use mapi_sys::{PR_MESSAGE_SIZE, PR_SUBJECT_W};
///
/// let r = Restriction::And(vec![
///     Restriction::Exist { tag: PropTag(PR_SUBJECT_W) },
///     Restriction::Property {
///         relop: Relop::Gt,
///         tag: PropTag(PR_MESSAGE_SIZE),
///         value: Prop::new(PR_MESSAGE_SIZE, PropValue::Long(1024)),
///     },
/// ]);
/// let counting = CountingAllocator::new();
/// let written = r.write(&counting.allocator())?; // an `LPSRestriction` to pass or return
/// assert_eq!(counting.live_roots(), 1);
/// assert_eq!(written.restriction()?.to_restriction()?, r);
/// drop(written);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum Restriction {
    /// `RES_AND`: every one holds (true when empty).
    And(Vec<Restriction>),
    /// `RES_OR`: one holds (false when empty).
    Or(Vec<Restriction>),
    /// `RES_NOT`.
    Not(Box<Restriction>),
    /// `RES_CONTENT`: a string or binary property contains a value.
    Content {
        /// `FL_FULLSTRING`, `FL_SUBSTRING` or `FL_PREFIX`, with
        /// `FL_IGNORECASE`, `FL_IGNORENONSPACE` or `FL_LOOSE`.
        fuzzy_level: u32,
        /// The property searched.
        tag: PropTag,
        /// The value looked for.
        value: Prop,
    },
    /// `RES_PROPERTY`: a property compared with a value.
    Property {
        /// The operator.
        relop: Relop,
        /// The property.
        tag: PropTag,
        /// The value on the right.
        value: Prop,
    },
    /// `RES_COMPAREPROPS`: two properties compared.
    CompareProps {
        /// The operator.
        relop: Relop,
        /// The left property.
        left: PropTag,
        /// The right property.
        right: PropTag,
    },
    /// `RES_BITMASK`.
    BitMask {
        /// The test.
        op: BitMaskOp,
        /// The property (`PT_LONG`).
        tag: PropTag,
        /// The mask.
        mask: u32,
    },
    /// `RES_SIZE`: the size of a property compared with a number of bytes.
    Size {
        /// The operator.
        relop: Relop,
        /// The property.
        tag: PropTag,
        /// The size on the right.
        size: u32,
    },
    /// `RES_EXIST`: the property exists.
    Exist {
        /// The property.
        tag: PropTag,
    },
    /// `RES_SUBRESTRICTION`: a restriction on the recipients or attachments.
    Sub {
        /// `PR_MESSAGE_RECIPIENTS` or `PR_MESSAGE_ATTACHMENTS`.
        object: PropTag,
        /// The restriction on them.
        restriction: Box<Restriction>,
    },
    /// `RES_COMMENT`: a restriction (or none) annotated with properties.
    Comment {
        /// The annotations.
        props: Vec<Prop>,
        /// The restriction, if any.
        restriction: Option<Box<Restriction>>,
    },
    /// `RES_ANNOTATION`: a restriction with hints such as a locale.
    Annotation {
        /// The hints.
        props: Vec<Prop>,
        /// The restriction, if any.
        restriction: Option<Box<Restriction>>,
    },
    /// `RES_COUNT`: at most `count` matches of a restriction.
    Count {
        /// The largest number of matches.
        count: u32,
        /// The restriction counted.
        restriction: Box<Restriction>,
    },
}

impl RestrictionRef<'_> {
    /// An owned copy of the tree; the reason a value cannot be read (a view
    /// from [`RestrictionRef::from_raw`] has none, one built by hand may
    /// hold a [`PropValueRef::Invalid`]).
    pub fn to_restriction(&self) -> Result<Restriction, ViewError> {
        use RestrictionRef as R;
        let list = |v: &[RestrictionRef<'_>]| -> Result<Vec<Restriction>, ViewError> {
            v.iter().map(RestrictionRef::to_restriction).collect()
        };
        let props = |v: &[PropRef<'_>]| -> Result<Vec<Prop>, ViewError> {
            v.iter().map(PropRef::to_prop).collect()
        };
        let boxed = |r: &RestrictionRef<'_>| r.to_restriction().map(Box::new);
        let optional = |r: &Option<Box<RestrictionRef<'_>>>| r.as_deref().map(boxed).transpose();
        Ok(match self {
            R::And(v) => Restriction::And(list(v)?),
            R::Or(v) => Restriction::Or(list(v)?),
            R::Not(r) => Restriction::Not(boxed(r)?),
            R::Content {
                fuzzy_level,
                tag,
                value,
            } => Restriction::Content {
                fuzzy_level: *fuzzy_level,
                tag: *tag,
                value: value.to_prop()?,
            },
            R::Property { relop, tag, value } => Restriction::Property {
                relop: *relop,
                tag: *tag,
                value: value.to_prop()?,
            },
            R::CompareProps { relop, left, right } => Restriction::CompareProps {
                relop: *relop,
                left: *left,
                right: *right,
            },
            R::BitMask { op, tag, mask } => Restriction::BitMask {
                op: *op,
                tag: *tag,
                mask: *mask,
            },
            R::Size { relop, tag, size } => Restriction::Size {
                relop: *relop,
                tag: *tag,
                size: *size,
            },
            R::Exist { tag } => Restriction::Exist { tag: *tag },
            R::Sub {
                object,
                restriction,
            } => Restriction::Sub {
                object: *object,
                restriction: boxed(restriction)?,
            },
            R::Comment {
                props: p,
                restriction,
            } => Restriction::Comment {
                props: props(p)?,
                restriction: optional(restriction)?,
            },
            R::Annotation {
                props: p,
                restriction,
            } => Restriction::Annotation {
                props: props(p)?,
                restriction: optional(restriction)?,
            },
            R::Count { count, restriction } => Restriction::Count {
                count: *count,
                restriction: boxed(restriction)?,
            },
        })
    }
}

/// `MAPI_E_TOO_COMPLEX`: a tree no peer would read (deeper than
/// [`MAX_RESTRICTION_DEPTH`] or with more than [`MAX_RESTRICTION_NODES`]
/// nodes).
fn too_complex() -> Hresult {
    Hresult(crate::MAPI_E_TOO_COMPLEX)
}

impl Restriction {
    /// The restriction in MAPI memory (see above): one root block holding
    /// the top `SRestriction`, one block chained to it for the rest.
    ///
    /// Fails with `MAPI_E_TOO_COMPLEX` for a tree deeper than
    /// [`MAX_RESTRICTION_DEPTH`] or with more than
    /// [`MAX_RESTRICTION_NODES`] nodes (what a reader of it would reject),
    /// `MAPI_E_NOT_ENOUGH_MEMORY` (or the allocator's code) otherwise,
    /// leaving nothing allocated.
    pub fn write(&self, alloc: &Allocator) -> Result<MapiBuffer<SRestriction>, Hresult> {
        let mut need = Need::default();
        let mut nodes = 0;
        measure(self, &mut need, &mut nodes, 0)?;
        let mut buffer = alloc.buffer(size_of::<SRestriction>())?;
        {
            let (root, chain) = buffer.split();
            let mut heap = Heap::new(&chain, need.bytes())?;
            let top = node(&mut heap, self)?;
            root.put(0, top)?;
        }
        // SAFETY: an `SRestriction` whose pointers lead into its chained heap.
        Ok(unsafe { buffer.into_mapi(1) })
    }

    /// The `RES_*` kind.
    pub fn kind(&self) -> u32 {
        match self {
            Restriction::And(_) => RES_AND,
            Restriction::Or(_) => RES_OR,
            Restriction::Not(_) => RES_NOT,
            Restriction::Content { .. } => RES_CONTENT,
            Restriction::Property { .. } => RES_PROPERTY,
            Restriction::CompareProps { .. } => RES_COMPAREPROPS,
            Restriction::BitMask { .. } => RES_BITMASK,
            Restriction::Size { .. } => RES_SIZE,
            Restriction::Exist { .. } => RES_EXIST,
            Restriction::Sub { .. } => RES_SUBRESTRICTION,
            Restriction::Comment { .. } => RES_COMMENT,
            Restriction::Annotation { .. } => RES_ANNOTATION,
            Restriction::Count { .. } => RES_COUNT,
        }
    }
}

/// Adds what the children and values of `r` (a node at `depth`, itself
/// stored by its parent) need in the heap to `need`, counting nodes.
fn measure(
    r: &Restriction,
    need: &mut Need,
    nodes: &mut usize,
    depth: usize,
) -> Result<(), Hresult> {
    if depth >= MAX_RESTRICTION_DEPTH || *nodes >= MAX_RESTRICTION_NODES {
        return Err(too_complex());
    }
    *nodes += 1;
    let children: &[Restriction] = match r {
        Restriction::And(v) | Restriction::Or(v) => v,
        Restriction::Not(c)
        | Restriction::Sub { restriction: c, .. }
        | Restriction::Count { restriction: c, .. }
        | Restriction::Comment {
            restriction: Some(c),
            ..
        }
        | Restriction::Annotation {
            restriction: Some(c),
            ..
        } => core::slice::from_ref(&**c),
        _ => &[],
    };
    let values: &[Prop] = match r {
        Restriction::Content { value, .. } | Restriction::Property { value, .. } => {
            core::slice::from_ref(value)
        }
        Restriction::Comment { props, .. } | Restriction::Annotation { props, .. } => props,
        _ => &[],
    };
    need.array::<SRestriction>(children.len())?;
    for c in children {
        measure(c, need, nodes, depth + 1)?;
    }
    need.array::<SPropValue>(values.len())?;
    values
        .iter()
        .try_for_each(|p| write::measure(need, p.value()))
}

/// The `SRestriction` of `r`, its children and values written into `heap`
/// (which [`measure`] sized).
fn node(heap: &mut Heap<'_>, r: &Restriction) -> Result<SRestriction, Hresult> {
    // Children first into an array of the heap, then each one's own
    // children after it.
    let children = |heap: &mut Heap<'_>, v: &[Restriction]| -> Result<*mut SRestriction, Hresult> {
        let (region, at, array) = heap.array::<SRestriction>(v.len())?;
        for (i, c) in v.iter().enumerate() {
            let raw = node(heap, c)?;
            region.put(at + i * size_of::<SRestriction>(), raw)?;
        }
        Ok(array)
    };
    let values = |heap: &mut Heap<'_>, v: &[Prop]| -> Result<*mut SPropValue, Hresult> {
        let (region, at, array) = heap.array::<SPropValue>(v.len())?;
        for (i, p) in v.iter().enumerate() {
            let raw = write::write_prop(heap, p)?;
            region.put(at + i * size_of::<SPropValue>(), raw)?;
        }
        Ok(array)
    };
    // SAFETY: every member of the union (integers and raw pointers) is
    // valid all-zero; the member `rt` selects is written below.
    let mut res: SRestriction_0 = unsafe { core::mem::zeroed() };
    match r {
        Restriction::And(v) => {
            res.resAnd = SAndRestriction {
                cRes: count32(v.len())?,
                lpRes: children(heap, v)?,
            }
        }
        Restriction::Or(v) => {
            res.resOr = SOrRestriction {
                cRes: count32(v.len())?,
                lpRes: children(heap, v)?,
            }
        }
        Restriction::Not(c) => {
            res.resNot = SNotRestriction {
                ulReserved: 0,
                lpRes: children(heap, core::slice::from_ref(&**c))?,
            }
        }
        Restriction::Content {
            fuzzy_level,
            tag,
            value,
        } => {
            res.resContent = SContentRestriction {
                ulFuzzyLevel: *fuzzy_level,
                ulPropTag: tag.0,
                lpProp: values(heap, core::slice::from_ref(value))?,
            }
        }
        Restriction::Property { relop, tag, value } => {
            res.resProperty = SPropertyRestriction {
                relop: relop.to_raw(),
                ulPropTag: tag.0,
                lpProp: values(heap, core::slice::from_ref(value))?,
            }
        }
        Restriction::CompareProps { relop, left, right } => {
            res.resCompareProps = SComparePropsRestriction {
                relop: relop.to_raw(),
                ulPropTag1: left.0,
                ulPropTag2: right.0,
            }
        }
        Restriction::BitMask { op, tag, mask } => {
            res.resBitMask = SBitMaskRestriction {
                relBMR: match op {
                    BitMaskOp::EqualZero => BMR_EQZ,
                    BitMaskOp::NotEqualZero => BMR_NEZ,
                },
                ulPropTag: tag.0,
                ulMask: *mask,
            }
        }
        Restriction::Size { relop, tag, size } => {
            res.resSize = SSizeRestriction {
                relop: relop.to_raw(),
                ulPropTag: tag.0,
                cb: *size,
            }
        }
        Restriction::Exist { tag } => {
            res.resExist = SExistRestriction {
                ulReserved1: 0,
                ulPropTag: tag.0,
                ulReserved2: 0,
            }
        }
        Restriction::Sub {
            object,
            restriction,
        } => {
            res.resSub = SSubRestriction {
                ulSubObject: object.0,
                lpRes: children(heap, core::slice::from_ref(&**restriction))?,
            }
        }
        Restriction::Comment { props, restriction } => {
            let lp_res = match restriction {
                Some(c) => children(heap, core::slice::from_ref(&**c))?,
                None => core::ptr::null_mut(),
            };
            res.resComment = SCommentRestriction {
                cValues: count32(props.len())?,
                lpRes: lp_res,
                lpProp: values(heap, props)?,
            }
        }
        Restriction::Annotation { props, restriction } => {
            let lp_res = match restriction {
                Some(c) => children(heap, core::slice::from_ref(&**c))?,
                None => core::ptr::null_mut(),
            };
            res.resAnnotation = SAnnotationRestriction {
                cValues: count32(props.len())?,
                lpRes: lp_res,
                lpProp: values(heap, props)?,
            }
        }
        Restriction::Count { count, restriction } => {
            res.resCount = SCountRestriction {
                ulCount: *count,
                lpRes: children(heap, core::slice::from_ref(&**restriction))?,
            }
        }
    }
    Ok(SRestriction { rt: r.kind(), res })
}

impl MapiBuffer<SRestriction> {
    /// A view of the restriction.
    pub fn restriction(&self) -> Result<RestrictionRef<'_>, ViewError> {
        // SAFETY: a `MapiBuffer<SRestriction>` holds a restriction tree
        // (written here, or its `from_raw` contract), unchanged while
        // borrowed.
        unsafe { RestrictionRef::from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}
