//! [`PropArray`]: the property values a provider hands to a thunk, each owned or
//! borrowed from the provider's own storage.

use super::alloc::{Allocator, MapiBuffer};
use super::prop::Prop;
use super::write::{errors_returned, write_props};
use crate::{Hresult, SPropValue};
use std::borrow::Cow;

/// The property values a provider returns (`GetProps`, and every method
/// that returns an `SPropValue` array): each value owned, or borrowed from
/// the object for the length of the call, so that stored values reach the
/// thunk's writer without a clone.
///
/// Collect owned values, borrowed ones, or a mix ([`Cow`]) into it:
///
/// ```
/// use mapi_sys::value::{Prop, PropTag, PropValue, PropArray};
/// use mapi_sys::{Hresult, MAPI_E_NOT_FOUND};
/// use std::borrow::Cow;
///
/// let stored = vec![Prop::new(0x3001_001F, PropValue::unicode("Inbox"))];
/// // Owned values, as most providers compute them:
/// let owned: PropArray = [Prop::new(0x3602_0003, PropValue::Long(7))].into_iter().collect();
/// assert_eq!(owned.len(), 1);
/// // Stored values borrowed, and an error for what is missing:
/// let tags = [PropTag(0x3001_001F), PropTag(0x0037_001F)];
/// let mixed: PropArray<'_> = tags
///     .iter()
///     .map(|&t| match stored.iter().find(|p| p.tag() == t) {
///         Some(p) => Cow::Borrowed(p),
///         None => Cow::Owned(Prop::error(t, Hresult(MAPI_E_NOT_FOUND))),
///     })
///     .collect();
/// assert_eq!(mixed[0], stored[0]);
/// assert!(mixed[1].is_error());
/// // Everything stored, in order: the slice is lent whole.
/// let all = PropArray::from(&stored[..]);
/// assert_eq!(all, stored);
/// ```
#[derive(Clone, Debug)]
pub struct PropArray<'a>(Inner<'a>);

#[derive(Clone, Debug)]
enum Inner<'a> {
    /// A slice of the object's storage, lent whole (no allocation).
    Lent(&'a [Prop]),
    /// Values one by one.
    Each(Vec<Cow<'a, Prop>>),
}

impl Default for PropArray<'_> {
    fn default() -> Self {
        PropArray::new()
    }
}

impl<'a> PropArray<'a> {
    /// No values.
    pub fn new() -> PropArray<'a> {
        PropArray(Inner::Each(Vec::new()))
    }

    /// No values, with room for `n`.
    pub fn with_capacity(n: usize) -> PropArray<'a> {
        PropArray(Inner::Each(Vec::with_capacity(n)))
    }

    fn each(&mut self) -> &mut Vec<Cow<'a, Prop>> {
        if let Inner::Lent(s) = self.0 {
            self.0 = Inner::Each(s.iter().map(Cow::Borrowed).collect());
        }
        match &mut self.0 {
            Inner::Each(v) => v,
            Inner::Lent(_) => unreachable!("converted above"),
        }
    }

    /// Appends an owned value.
    pub fn push(&mut self, prop: Prop) {
        self.each().push(Cow::Owned(prop));
    }

    /// Appends a value borrowed from the object.
    pub fn push_ref(&mut self, prop: &'a Prop) {
        self.each().push(Cow::Borrowed(prop));
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        match &self.0 {
            Inner::Lent(s) => s.len(),
            Inner::Each(v) => v.len(),
        }
    }

    /// Whether there is no value.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The value at `index`.
    pub fn get(&self, index: usize) -> Option<&Prop> {
        match &self.0 {
            Inner::Lent(s) => s.get(index),
            Inner::Each(v) => v.get(index).map(|p| p.as_ref()),
        }
    }

    /// The values, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Prop> + '_ {
        (0..self.len()).map(move |i| &self[i])
    }

    /// The values, owned (borrowed ones cloned).
    pub fn into_owned(self) -> Vec<Prop> {
        match self.0 {
            Inner::Lent(s) => s.to_vec(),
            Inner::Each(v) => v.into_iter().map(Cow::into_owned).collect(),
        }
    }

    /// The values in MAPI memory ([`write_props`]), what the thunk hands to
    /// the caller.
    pub fn write(&self, alloc: &Allocator) -> Result<MapiBuffer<SPropValue>, Hresult> {
        match &self.0 {
            Inner::Lent(s) => write_props(alloc, s),
            Inner::Each(v) => write_props(alloc, v),
        }
    }

    /// `MAPI_W_ERRORS_RETURNED` when a value is `PT_ERROR`, else `S_OK`
    /// ([`errors_returned`]).
    pub fn errors_returned(&self) -> Hresult {
        match &self.0 {
            Inner::Lent(s) => errors_returned(s),
            Inner::Each(v) => errors_returned(v),
        }
    }
}

impl core::ops::Index<usize> for PropArray<'_> {
    type Output = Prop;

    fn index(&self, index: usize) -> &Prop {
        match &self.0 {
            Inner::Lent(s) => &s[index],
            Inner::Each(v) => &v[index],
        }
    }
}

impl From<Vec<Prop>> for PropArray<'_> {
    fn from(props: Vec<Prop>) -> Self {
        props.into_iter().collect()
    }
}

impl<'a> From<&'a [Prop]> for PropArray<'a> {
    /// The slice lent whole: no allocation.
    fn from(props: &'a [Prop]) -> Self {
        PropArray(Inner::Lent(props))
    }
}

impl FromIterator<Prop> for PropArray<'_> {
    fn from_iter<I: IntoIterator<Item = Prop>>(iter: I) -> Self {
        PropArray(Inner::Each(iter.into_iter().map(Cow::Owned).collect()))
    }
}

impl<'a> FromIterator<&'a Prop> for PropArray<'a> {
    fn from_iter<I: IntoIterator<Item = &'a Prop>>(iter: I) -> Self {
        PropArray(Inner::Each(iter.into_iter().map(Cow::Borrowed).collect()))
    }
}

impl<'a> FromIterator<Cow<'a, Prop>> for PropArray<'a> {
    fn from_iter<I: IntoIterator<Item = Cow<'a, Prop>>>(iter: I) -> Self {
        PropArray(Inner::Each(iter.into_iter().collect()))
    }
}

impl Extend<Prop> for PropArray<'_> {
    fn extend<I: IntoIterator<Item = Prop>>(&mut self, iter: I) {
        self.each().extend(iter.into_iter().map(Cow::Owned));
    }
}

impl PartialEq for PropArray<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a == b)
    }
}

impl PartialEq<[Prop]> for PropArray<'_> {
    fn eq(&self, other: &[Prop]) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b)
    }
}

impl PartialEq<Vec<Prop>> for PropArray<'_> {
    fn eq(&self, other: &Vec<Prop>) -> bool {
        *self == other[..]
    }
}
