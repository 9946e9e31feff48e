//! [`PropBag`]: an object's properties in memory, with `IMAPIProp`'s
//! semantics for `GetProps`, `GetPropList`, `SetProps`, `DeleteProps`,
//! `CopyTo` and `CopyProps`.

use crate::value::{
    Problem, Prop, PropArray, PropRef, PropTag, PropValue, PropValueRef, ViewError,
};
use crate::{
    Hresult, MAPI_E_COMPUTED, MAPI_E_INVALID_PARAMETER, MAPI_E_INVALID_TYPE, MAPI_E_NOT_FOUND,
    PR_NULL, PT_ERROR,
};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

/// The properties of one object, keyed by property identifier, as
/// `IMAPIProp` sees them.
///
/// - One value per identifier: setting `PR_SUBJECT_A` and then
///   `PR_SUBJECT_W` replaces one property, and either width reads it
///   ([`PropValue::to_type`]).
/// - [`get_props`](PropBag::get_props) answers a tag the object lacks (or
///   holds in another, unconvertible type) with a `PT_ERROR` value of
///   `MAPI_E_NOT_FOUND`, `PT_UNSPECIFIED` with the stored type (strings in
///   the width `MAPI_UNICODE` asks for), `PR_NULL` with a null entry; the
///   generated thunk then answers `MAPI_W_ERRORS_RETURNED`.
/// - Computed properties ([`set_computed`](PropBag::set_computed)) are the
///   provider's: a caller's `SetProps` or `DeleteProps` gets a
///   `MAPI_E_COMPUTED` problem for them, and the rest of the call goes on.
///
/// ```
/// use mapi_sys::kit::PropBag;
/// use mapi_sys::value::{Prop, PropTag, PropValue};
/// use mapi_sys::{MAPI_E_NOT_FOUND, PR_MESSAGE_SIZE, PR_SUBJECT_A, PR_SUBJECT_W};
///
/// let mut bag = PropBag::new();
/// bag.set(PR_SUBJECT_W, PropValue::unicode("Hello"));
/// bag.set_computed(PR_MESSAGE_SIZE, PropValue::Long(5));
/// // An 8-bit caller reads the subject in 8-bit; a missing tag is an error.
/// let got = bag.get_props(Some(&[PropTag(PR_SUBJECT_A), PropTag(0x1000_001F)]), false)?;
/// assert_eq!(got[0], Prop::new(PR_SUBJECT_A, PropValue::string8("Hello")));
/// assert!(got[1].is_error());
/// assert!(bag.is_computed(PR_MESSAGE_SIZE));
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PropBag {
    map: BTreeMap<u16, Prop>,
    computed: BTreeSet<u16>,
}

impl PropBag {
    /// No properties.
    pub fn new() -> PropBag {
        PropBag::default()
    }

    /// The stored property with the identifier of `tag` (whatever its type).
    pub fn prop(&self, tag: impl Into<PropTag>) -> Option<&Prop> {
        self.map.get(&tag.into().id())
    }

    /// The value with the identifier of `tag` (whatever its type).
    pub fn get(&self, tag: impl Into<PropTag>) -> Option<&PropValue> {
        self.prop(tag).map(Prop::value)
    }

    /// Whether a value with the identifier of `tag` exists.
    pub fn contains(&self, tag: impl Into<PropTag>) -> bool {
        self.map.contains_key(&tag.into().id())
    }

    /// Sets the property with the identifier of `tag`; the value carries the
    /// type (a [`PropValue`], or what converts into one: `"text"`, a
    /// `u32` flag word, `Vec<u8>`, `bool`, ...). A computed property stays
    /// computed.
    pub fn set(&mut self, tag: impl Into<PropTag>, value: impl Into<PropValue>) {
        let tag = tag.into();
        self.map.insert(tag.id(), Prop::new(tag, value.into()));
    }

    /// Sets a computed property: the provider's, which callers read but
    /// cannot set or delete (`MAPI_E_COMPUTED`).
    pub fn set_computed(&mut self, tag: impl Into<PropTag>, value: impl Into<PropValue>) {
        let tag = tag.into();
        self.computed.insert(tag.id());
        self.set(tag, value);
    }

    /// Marks the identifier of `tag` computed, whether or not it has a value.
    pub fn mark_computed(&mut self, tag: impl Into<PropTag>) {
        self.computed.insert(tag.into().id());
    }

    /// Whether the identifier of `tag` is computed.
    pub fn is_computed(&self, tag: impl Into<PropTag>) -> bool {
        self.computed.contains(&tag.into().id())
    }

    /// Applies a caller's changes (what [`PropObject::change`] receives):
    /// sets `set`, removes `deleted`.
    ///
    /// [`PropObject::change`]: super::PropObject::change
    pub fn apply(&mut self, set: Vec<Prop>, deleted: &[PropTag]) {
        for p in set {
            self.map.insert(p.tag().id(), p);
        }
        for t in deleted {
            self.map.remove(&t.id());
        }
    }

    /// Removes the property with the identifier of `tag`.
    pub fn remove(&mut self, tag: impl Into<PropTag>) -> Option<PropValue> {
        self.map.remove(&tag.into().id()).map(|p| p.into_parts().1)
    }

    /// The text of a string property of either width (8-bit as Latin-1).
    pub fn text(&self, tag: impl Into<PropTag>) -> Option<Cow<'_, str>> {
        self.get(tag).and_then(PropValue::to_string_lossy)
    }

    /// The value of a `PT_LONG` property.
    pub fn long(&self, tag: impl Into<PropTag>) -> Option<i32> {
        match self.get(tag) {
            Some(PropValue::Long(v)) => Some(*v),
            _ => None,
        }
    }

    /// The value of a `PT_BINARY` property.
    pub fn binary(&self, tag: impl Into<PropTag>) -> Option<&[u8]> {
        match self.get(tag) {
            Some(PropValue::Binary(v)) => Some(v),
            _ => None,
        }
    }

    /// Every property, in identifier order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Prop> + '_ {
        self.map.values()
    }

    /// Number of properties.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether there are no properties.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Adds (or replaces with) every property of `other`, and its computed
    /// marks.
    pub fn extend(&mut self, other: PropBag) {
        self.map.extend(other.map);
        self.computed.extend(other.computed);
    }

    /// The sum of the values' sizes in bytes ([`byte_size`]).
    pub fn byte_size(&self) -> usize {
        self.map.values().map(|p| byte_size(p.value())).sum()
    }

    /// The value `GetProps` returns for one requested tag: the stored value
    /// in the type asked for (borrowed when it is the stored type), or
    /// `PT_ERROR` with `MAPI_E_NOT_FOUND`; `PR_NULL` asks for a null entry.
    pub fn lookup(&self, tag: PropTag, unicode: bool) -> Cow<'_, Prop> {
        if tag.0 == PR_NULL {
            return Cow::Owned(Prop::new(PR_NULL, PropValue::Null));
        }
        let Some(stored) = self.prop(tag) else {
            return Cow::Owned(Prop::error(tag, Hresult(MAPI_E_NOT_FOUND)));
        };
        match stored.value().to_type(tag.prop_type(), unicode) {
            Some(Cow::Borrowed(_)) => Cow::Borrowed(stored),
            Some(Cow::Owned(v)) => Cow::Owned(Prop::new(tag, v)),
            None => Cow::Owned(Prop::error(tag, Hresult(MAPI_E_NOT_FOUND))),
        }
    }

    /// `GetProps`: the values of `tags` (every property when `None`,
    /// strings in the width `unicode` asks for), `PT_ERROR` entries for
    /// those missing. An empty tag array is `MAPI_E_INVALID_PARAMETER`.
    pub fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        unicode: bool,
    ) -> Result<PropArray<'_>, Hresult> {
        Ok(match tags {
            Some([]) => return Err(Hresult(MAPI_E_INVALID_PARAMETER)),
            Some(tags) => tags.iter().map(|&t| self.lookup(t, unicode)).collect(),
            None => self
                .map
                .values()
                .map(|p| self.lookup(p.tag().to_unspecified(), unicode))
                .collect(),
        })
    }

    /// `GetPropList`: every tag, strings in the width `unicode` asks for.
    pub fn prop_list(&self, unicode: bool) -> Vec<PropTag> {
        self.map
            .values()
            .map(|p| text_tag(p.tag(), unicode))
            .collect()
    }

    /// `SetProps`: stores the caller's values and returns the problems
    /// (computed properties, unknown types); see [`Update::read`] for what
    /// fails the whole call.
    pub fn set_props(&mut self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let update = Update::read(values, |t| self.is_computed(t))?;
        for p in update.values {
            let (tag, value) = p.into_parts();
            self.set(tag, value);
        }
        Ok(update.problems)
    }

    /// `DeleteProps`: removes `tags`; computed properties are
    /// `MAPI_E_COMPUTED` problems, missing ones `MAPI_E_NOT_FOUND`. An empty
    /// array is `MAPI_E_INVALID_PARAMETER`.
    pub fn delete_props(&mut self, tags: &[PropTag]) -> Result<Vec<Problem>, Hresult> {
        let (found, problems) = self.check_delete(tags)?;
        for t in found {
            self.remove(t);
        }
        Ok(problems)
    }

    /// What `DeleteProps` would do, without doing it: the tags it would
    /// remove and the problems, for a provider whose storage is elsewhere.
    pub fn check_delete(&self, tags: &[PropTag]) -> Result<(Vec<PropTag>, Vec<Problem>), Hresult> {
        if tags.is_empty() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let mut found = Vec::new();
        let mut problems = Vec::new();
        for (i, &tag) in tags.iter().enumerate() {
            let scode = if self.is_computed(tag) {
                MAPI_E_COMPUTED
            } else if !self.contains(tag) {
                MAPI_E_NOT_FOUND
            } else {
                found.push(tag);
                continue;
            };
            problems.push(Problem {
                index: i as u32,
                tag,
                scode: Hresult(scode),
            });
        }
        Ok((found, problems))
    }

    /// `CopyTo` between bags: every property of this one but those of
    /// `exclude` and the computed ones is copied into `dest`; with
    /// `no_replace` (`MAPI_NOREPLACE`) those `dest` has already are kept.
    /// A property computed in `dest` is a `MAPI_E_COMPUTED` problem.
    pub fn copy_to(
        &self,
        dest: &mut PropBag,
        exclude: &[PropTag],
        no_replace: bool,
    ) -> Vec<Problem> {
        let tags: Vec<PropTag> = self
            .map
            .values()
            .map(Prop::tag)
            .filter(|t| !self.is_computed(*t) && !exclude.iter().any(|e| e.id() == t.id()))
            .collect();
        self.copy_tags(dest, &tags, no_replace)
    }

    /// `CopyProps` between bags: the properties of `tags` are copied into
    /// `dest` (with `no_replace`, not over those it has). A tag this bag
    /// lacks is a `MAPI_E_NOT_FOUND` problem, one computed in `dest` a
    /// `MAPI_E_COMPUTED` one. An empty array is `MAPI_E_INVALID_PARAMETER`.
    pub fn copy_props(
        &self,
        dest: &mut PropBag,
        tags: &[PropTag],
        no_replace: bool,
    ) -> Result<Vec<Problem>, Hresult> {
        if tags.is_empty() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        Ok(self.copy_tags(dest, tags, no_replace))
    }

    fn copy_tags(&self, dest: &mut PropBag, tags: &[PropTag], no_replace: bool) -> Vec<Problem> {
        let mut problems = Vec::new();
        for (i, &tag) in tags.iter().enumerate() {
            let problem = |scode| Problem {
                index: i as u32,
                tag,
                scode: Hresult(scode),
            };
            match self.prop(tag) {
                None => problems.push(problem(MAPI_E_NOT_FOUND)),
                Some(_) if dest.is_computed(tag) => problems.push(problem(MAPI_E_COMPUTED)),
                Some(_) if no_replace && dest.contains(tag) => {}
                Some(p) => {
                    dest.map.insert(tag.id(), p.clone());
                }
            }
        }
        problems
    }
}

impl FromIterator<Prop> for PropBag {
    fn from_iter<I: IntoIterator<Item = Prop>>(iter: I) -> PropBag {
        let mut bag = PropBag::new();
        for p in iter {
            bag.map.insert(p.tag().id(), p);
        }
        bag
    }
}

impl<const N: usize> From<[Prop; N]> for PropBag {
    fn from(props: [Prop; N]) -> PropBag {
        props.into_iter().collect()
    }
}

/// A caller's `SetProps` array, read: the values to store and the problems.
#[derive(Debug, Default, PartialEq)]
pub struct Update {
    /// The values to store.
    pub values: Vec<Prop>,
    /// The properties that cannot be set, for the problem array.
    pub problems: Vec<Problem>,
}

impl Update {
    /// Reads a caller's `SetProps` values. `PR_NULL` and `PT_ERROR` values
    /// are skipped; an unknown type or `PT_NULL` is a `MAPI_E_INVALID_TYPE`
    /// problem and a computed property (`computed(tag)`) a `MAPI_E_COMPUTED`
    /// one. An empty array, a `PT_OBJECT` value, an empty multivalued
    /// array or unreadable memory fail the whole call
    /// (`MAPI_E_INVALID_PARAMETER`).
    pub fn read(
        values: &[PropRef<'_>],
        computed: impl Fn(PropTag) -> bool,
    ) -> Result<Update, Hresult> {
        let invalid = Hresult(MAPI_E_INVALID_PARAMETER);
        if values.is_empty() {
            return Err(invalid);
        }
        let mut update = Update::default();
        for (i, v) in values.iter().enumerate() {
            let problem = |scode| Problem {
                index: i as u32,
                tag: v.tag,
                scode: Hresult(scode),
            };
            if v.tag.0 == PR_NULL || v.tag.prop_type() == PT_ERROR {
                continue;
            }
            match &v.value {
                PropValueRef::Invalid(ViewError::UnknownType(_)) | PropValueRef::Null => {
                    update.problems.push(problem(MAPI_E_INVALID_TYPE));
                    continue;
                }
                PropValueRef::Object | PropValueRef::Error(_) | PropValueRef::Invalid(_) => {
                    return Err(invalid);
                }
                _ => {}
            }
            let value = v.value.to_value().map_err(|_| invalid)?;
            if value.is_multi() && mv_len(&value) == 0 {
                return Err(invalid);
            }
            if computed(v.tag) {
                update.problems.push(problem(MAPI_E_COMPUTED));
            } else {
                update.values.push(Prop::new(v.tag, value));
            }
        }
        Ok(update)
    }
}

/// The number of values of a multivalued value (0 for a single value).
fn mv_len(v: &PropValue) -> usize {
    match v {
        PropValue::MvI2(x) => x.len(),
        PropValue::MvLong(x) => x.len(),
        PropValue::MvR4(x) => x.len(),
        PropValue::MvDouble(x) | PropValue::MvAppTime(x) => x.len(),
        PropValue::MvCurrency(x) | PropValue::MvI8(x) => x.len(),
        PropValue::MvSysTime(x) => x.len(),
        PropValue::MvString8(x) => x.len(),
        PropValue::MvUnicode(x) => x.len(),
        PropValue::MvBinary(x) => x.len(),
        PropValue::MvClsid(x) => x.len(),
        _ => 0,
    }
}

/// The size of a value in bytes, as `RES_SIZE` and `PR_MESSAGE_SIZE` count
/// it: strings with their terminator (UTF-16 code units for `PT_UNICODE`),
/// multivalued values the sum of theirs.
pub fn byte_size(v: &PropValue) -> usize {
    let ansi = |s: &std::ffi::CString| s.as_bytes().len() + 1;
    let wide = |s: &str| 2 * (s.encode_utf16().count() + 1);
    match v {
        PropValue::Null | PropValue::Object => 0,
        PropValue::I2(_) | PropValue::Boolean(_) => 2,
        PropValue::Long(_) | PropValue::R4(_) | PropValue::Error(_) => 4,
        PropValue::Double(_)
        | PropValue::Currency(_)
        | PropValue::AppTime(_)
        | PropValue::I8(_)
        | PropValue::SysTime(_) => 8,
        PropValue::Clsid(_) => 16,
        PropValue::String8(s) => ansi(s),
        PropValue::Unicode(s) => wide(s),
        PropValue::Binary(b) => b.len(),
        PropValue::MvI2(x) => 2 * x.len(),
        PropValue::MvLong(x) => 4 * x.len(),
        PropValue::MvR4(x) => 4 * x.len(),
        PropValue::MvDouble(x) | PropValue::MvAppTime(x) => 8 * x.len(),
        PropValue::MvCurrency(x) | PropValue::MvI8(x) => 8 * x.len(),
        PropValue::MvSysTime(x) => 8 * x.len(),
        PropValue::MvClsid(x) => 16 * x.len(),
        PropValue::MvString8(x) => x.iter().map(ansi).sum(),
        PropValue::MvUnicode(x) => x.iter().map(|s| wide(s)).sum(),
        PropValue::MvBinary(x) => x.iter().map(Vec::len).sum(),
    }
}

/// A string tag in the width a call asks for (`MAPI_UNICODE`); other tags
/// as they are.
pub fn text_tag(tag: impl Into<PropTag>, unicode: bool) -> PropTag {
    let tag = tag.into();
    if unicode {
        tag.to_unicode()
    } else {
        tag.to_ansi()
    }
}
