//! The structures of MAPI forms (`mapiform.h`) as Rust values: the named
//! properties and verbs of forms, message class lists and arrays of form
//! information objects, read from a peer's memory and written into MAPI
//! memory, and plain structures returned in MAPI memory.

use super::alloc::{Allocator, Heap, MapiBuffer, MapiFree, Need, tail_size, unicode_room};
use super::nameid::{NameId, NameIdRef, name_id_need, name_id_raw};
use super::strings::{StrRef, read_ansi, read_unicode, string_to_ansi};
use super::view::{checked_count, each};
use super::{ViewError, count32};
use crate::{
    CHAR, ComPtr, FPST_ENUM_PROP, FPST_VANILLA, Hresult, IMAPIFormInfo, LPCSTR, LPMAPIFORMINFO,
    MAPI_E_BAD_CHARWIDTH, MAPI_E_INVALID_PARAMETER, MAPI_UNICODE, SMAPIFormInfoArray,
    SMAPIFormProp, SMAPIFormProp_0, SMAPIFormProp_0_0, SMAPIFormPropArray, SMAPIFormPropEnumVal,
    SMAPIVerb, SMAPIVerbArray, SMessageClassArray, TCHAR, ULONG, WCHAR,
};
use core::ffi::CStr;
use core::mem::offset_of;
use core::ptr::{NonNull, addr_of};
use std::ffi::CString;

// ------------------------------------------------------------ strings

/// Room for `text` in the heap, in the width `unicode` says.
fn need_str(need: &mut Need, text: &str, unicode: bool) -> Result<(), Hresult> {
    if unicode {
        need.add(unicode_room(text.len())?, align_of::<WCHAR>())
    } else {
        need.add(string_to_ansi(text).as_bytes_with_nul().len(), 1)
    }
}

/// `text` written in the heap in the width `unicode` says, as an `LPTSTR`.
fn put_str(heap: &mut Heap<'_>, text: &str, unicode: bool) -> Result<*mut TCHAR, Hresult> {
    if unicode {
        heap.unicode(text)
    } else {
        Ok(heap.ansi(string_to_ansi(text).as_bytes())?.cast())
    }
}

/// The string at `ptr`, UTF-16 when `unicode`, else 8-bit (as Latin-1).
///
/// # Safety
/// A non-null `ptr` must point to a NUL-terminated string of that width.
unsafe fn read_str(ptr: *const TCHAR, unicode: bool) -> Result<String, ViewError> {
    // SAFETY: forwarded.
    Ok(unsafe {
        if unicode {
            StrRef::Unicode(read_unicode(ptr.cast::<WCHAR>())?)
        } else {
            StrRef::Ansi(read_ansi(ptr.cast::<CHAR>())?)
        }
    }
    .to_string_lossy()
    .into_owned())
}

fn flags_of(unicode: bool) -> ULONG {
    if unicode { MAPI_UNICODE } else { 0 }
}

// ------------------------------------------------------------ form properties

/// A named property a form uses (`SMAPIFormProp`), as
/// `IMAPIFormInfo::CalcFormPropSet` returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormProp {
    /// The property type (`PT_*`).
    pub prop_type: ULONG,
    /// The property's name.
    pub name: NameId,
    /// The name shown for the property.
    pub display_name: String,
    /// Whether the property is enumerated, and its values.
    pub special: FormPropSpecial,
}

/// What an [`FormProp`] holds beside its name (`nSpecialType` and `u`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormPropSpecial {
    /// A plain property (`FPST_VANILLA`).
    Vanilla,
    /// An enumerated property (`FPST_ENUM_PROP`).
    Enum {
        /// The name of the property that holds the index of the chosen value.
        index: NameId,
        /// The values and their names.
        values: Vec<FormPropEnumVal>,
    },
}

/// One value of an enumerated form property (`SMAPIFormPropEnumVal`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormPropEnumVal {
    /// The name shown for the value.
    pub display_name: String,
    /// The value.
    pub value: ULONG,
}

/// Form properties in MAPI memory, as `CalcFormPropSet` returns them: the
/// array in a root block, the names, strings and value lists chained to
/// it. Strings are UTF-16 when `unicode`, else 8-bit (Latin-1), and each
/// entry's `ulFlags` says which.
///
/// ```
/// use mapi_sys::value::{FormProp, FormPropEnumVal, FormPropSpecial, NameId, NameKind, testing::CountingAllocator, write_form_props};
/// use mapi_sys::{GUID, PT_LONG};
///
/// const PS_PUBLIC_STRINGS: GUID = GUID::from_u128(0x00020329_0000_0000_c000_000000000046);
/// let counting = CountingAllocator::new();
/// let props = vec![FormProp {
///     prop_type: PT_LONG,
///     name: NameId { guid: PS_PUBLIC_STRINGS, kind: NameKind::Name("Priority".into()) },
///     display_name: "Priority".into(),
///     special: FormPropSpecial::Enum {
///         index: NameId { guid: PS_PUBLIC_STRINGS, kind: NameKind::Id(0x8001) },
///         values: vec![FormPropEnumVal { display_name: "High".into(), value: 2 }],
///     },
/// }];
/// let written = write_form_props(&counting.allocator(), &props, false)?;
/// assert_eq!(written.form_props()?, props);
/// drop(written);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_form_props(
    alloc: &Allocator,
    props: &[FormProp],
    unicode: bool,
) -> Result<MapiBuffer<SMAPIFormPropArray>, Hresult> {
    let count = count32(props.len())?;
    let mut need = Need::default();
    for p in props {
        name_id_need(&mut need, &p.name)?;
        need_str(&mut need, &p.display_name, unicode)?;
        if let FormPropSpecial::Enum { index, values } = &p.special {
            name_id_need(&mut need, index)?;
            need.array::<SMAPIFormPropEnumVal>(values.len())?;
            for v in values {
                need_str(&mut need, &v.display_name, unicode)?;
            }
        }
    }
    let head = offset_of!(SMAPIFormPropArray, aFormProp);
    let size = tail_size(
        head,
        props.len(),
        size_of::<SMAPIFormProp>(),
        size_of::<SMAPIFormPropArray>(),
    )?;
    let mut buffer = alloc.buffer(size)?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        root.put(offset_of!(SMAPIFormPropArray, cProps), count)?;
        for (i, p) in props.iter().enumerate() {
            let nmid = name_id_raw(&mut heap, &p.name)?;
            let display = put_str(&mut heap, &p.display_name, unicode)?;
            // SAFETY: integers and raw pointers: all zero is valid (an
            // empty `s1` for a plain property).
            let mut u: SMAPIFormProp_0 = unsafe { core::mem::zeroed() };
            let special = match &p.special {
                FormPropSpecial::Vanilla => FPST_VANILLA,
                FormPropSpecial::Enum { index, values } => {
                    let nmid_idx = name_id_raw(&mut heap, index)?;
                    let (region, at, array) = heap.array::<SMAPIFormPropEnumVal>(values.len())?;
                    for (k, v) in values.iter().enumerate() {
                        let raw = SMAPIFormPropEnumVal {
                            pszDisplayName: put_str(&mut heap, &v.display_name, unicode)?,
                            nVal: v.value,
                        };
                        region.put(at + k * size_of::<SMAPIFormPropEnumVal>(), raw)?;
                    }
                    u.s1 = SMAPIFormProp_0_0 {
                        nmidIdx: nmid_idx,
                        cfpevAvailable: count32(values.len())?,
                        pfpevAvailable: array,
                    };
                    FPST_ENUM_PROP
                }
            };
            let raw = SMAPIFormProp {
                ulFlags: flags_of(unicode),
                nPropType: p.prop_type,
                nmid,
                pszDisplayName: display,
                nSpecialType: special,
                u,
            };
            root.put(head + i * size_of::<SMAPIFormProp>(), raw)?;
        }
    }
    // SAFETY: an `SMAPIFormPropArray` with its `count` properties, whatever
    // they point to in its chained heap.
    Ok(unsafe { buffer.into_mapi(1) })
}

/// Reads one `SMAPIFormProp`.
///
/// # Safety
/// `p` must be a readable `SMAPIFormProp` whose pointers are as MAPI says,
/// with strings of the width its `ulFlags` gives.
unsafe fn read_form_prop(p: *const SMAPIFormProp) -> Result<FormProp, ViewError> {
    // SAFETY: a readable entry (the caller's contract); its fields read
    // apart and unaligned, each pointer checked by the reader it goes to.
    unsafe {
        let unicode = addr_of!((*p).ulFlags).read_unaligned() & MAPI_UNICODE != 0;
        let name = NameIdRef::from_raw(addr_of!((*p).nmid))?
            .ok_or(ViewError::NullPointer)?
            .to_name_id();
        let display_name = read_str(addr_of!((*p).pszDisplayName).read_unaligned(), unicode)?;
        let special = match addr_of!((*p).nSpecialType).read_unaligned() {
            FPST_VANILLA => FormPropSpecial::Vanilla,
            FPST_ENUM_PROP => {
                let s1 = addr_of!((*p).u.s1);
                let index = NameIdRef::from_raw(addr_of!((*s1).nmidIdx))?
                    .ok_or(ViewError::NullPointer)?
                    .to_name_id();
                let values = each(
                    addr_of!((*s1).pfpevAvailable).read_unaligned(),
                    addr_of!((*s1).cfpevAvailable).read_unaligned(),
                    |v: SMAPIFormPropEnumVal| {
                        Ok(FormPropEnumVal {
                            display_name: read_str(v.pszDisplayName, unicode)?,
                            value: v.nVal,
                        })
                    },
                )?;
                FormPropSpecial::Enum { index, values }
            }
            _ => return Err(ViewError::Malformed),
        };
        Ok(FormProp {
            prop_type: addr_of!((*p).nPropType).read_unaligned(),
            name,
            display_name,
            special,
        })
    }
}

impl MapiBuffer<SMAPIFormPropArray> {
    /// The properties, as owned values.
    pub fn form_props(&self) -> Result<Vec<FormProp>, ViewError> {
        let a = self.as_ptr();
        // SAFETY: a `MapiBuffer<SMAPIFormPropArray>` holds a property array
        // as MAPI lays it out (written here, or `from_raw`'s contract):
        // `cProps` entries from `aFormProp`.
        unsafe {
            let n = checked_count(addr_of!((*a).cProps).read())?;
            let first = addr_of!((*a).aFormProp).cast::<SMAPIFormProp>();
            (0..n).map(|i| read_form_prop(first.add(i))).collect()
        }
    }
}

// SAFETY: one root block with everything chained to it.
unsafe impl MapiFree for SMAPIFormPropArray {}

// ------------------------------------------------------------ verbs

/// A verb of a form (`SMAPIVerb`), as `IMAPIFormInfo::CalcVerbSet`
/// returns it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verb {
    /// The verb's number, as `IMAPIForm::DoVerb` takes it.
    pub verb: i32,
    /// The name shown on the form's menu.
    pub name: String,
    /// Menu flags of the verb (`MF_*`).
    pub menu_flags: u32,
    /// Attributes of the verb (`OLEVERBATTRIB_*`).
    pub attributes: u32,
}

/// Verbs in MAPI memory, as `CalcVerbSet` returns them: the array in a
/// root block, the names chained to it, UTF-16 when `unicode`, else 8-bit
/// (Latin-1); each entry's `ulFlags` says which.
///
/// ```
/// use mapi_sys::value::{Verb, testing::CountingAllocator, write_verbs};
///
/// let counting = CountingAllocator::new();
/// let verbs = vec![Verb { verb: 0, name: "&Open".into(), menu_flags: 0, attributes: 2 }];
/// let written = write_verbs(&counting.allocator(), &verbs, true)?;
/// assert_eq!(written.verbs()?, verbs);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write_verbs(
    alloc: &Allocator,
    verbs: &[Verb],
    unicode: bool,
) -> Result<MapiBuffer<SMAPIVerbArray>, Hresult> {
    let count = count32(verbs.len())?;
    let mut need = Need::default();
    for v in verbs {
        need_str(&mut need, &v.name, unicode)?;
    }
    let head = offset_of!(SMAPIVerbArray, aMAPIVerb);
    let size = tail_size(
        head,
        verbs.len(),
        size_of::<SMAPIVerb>(),
        size_of::<SMAPIVerbArray>(),
    )?;
    let mut buffer = alloc.buffer(size)?;
    {
        let (root, chain) = buffer.split();
        let mut heap = Heap::new(&chain, need.bytes())?;
        root.put(offset_of!(SMAPIVerbArray, cMAPIVerb), count)?;
        for (i, v) in verbs.iter().enumerate() {
            let raw = SMAPIVerb {
                lVerb: v.verb,
                szVerbname: put_str(&mut heap, &v.name, unicode)?,
                fuFlags: v.menu_flags,
                grfAttribs: v.attributes,
                ulFlags: flags_of(unicode),
            };
            root.put(head + i * size_of::<SMAPIVerb>(), raw)?;
        }
    }
    // SAFETY: an `SMAPIVerbArray` with its `count` verbs, whose names are in
    // its chained heap.
    Ok(unsafe { buffer.into_mapi(1) })
}

impl MapiBuffer<SMAPIVerbArray> {
    /// The verbs, as owned values.
    pub fn verbs(&self) -> Result<Vec<Verb>, ViewError> {
        let a = self.as_ptr();
        // SAFETY: a `MapiBuffer<SMAPIVerbArray>` holds a verb array as MAPI
        // lays it out: `cMAPIVerb` entries from `aMAPIVerb`, each read
        // unaligned, its name as wide as its `ulFlags` says.
        unsafe {
            let n = checked_count(addr_of!((*a).cMAPIVerb).read())?;
            let first = addr_of!((*a).aMAPIVerb).cast::<SMAPIVerb>();
            (0..n)
                .map(|i| {
                    let v = first.add(i).read_unaligned();
                    Ok(Verb {
                        verb: v.lVerb,
                        name: read_str(v.szVerbname, v.ulFlags & MAPI_UNICODE != 0)?,
                        menu_flags: v.fuFlags,
                        attributes: v.grfAttribs,
                    })
                })
                .collect()
        }
    }
}

// SAFETY: one root block with everything chained to it.
unsafe impl MapiFree for SMAPIVerbArray {}

// ------------------------------------------------------------ message classes

/// Reads a peer's `SMessageClassArray`; `None` for null (the form methods'
/// "every form").
///
/// # Safety
/// A non-null `ptr` must point to a readable array with `cValues`
/// pointers from `aMessageClass`, each to a NUL-terminated 8-bit string,
/// all unchanged for `'a`.
pub unsafe fn message_classes_from_raw<'a>(
    ptr: *const SMessageClassArray,
) -> Result<Option<Vec<&'a CStr>>, ViewError> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: a readable array (the caller's contract); each name read by
    // `read_ansi`, which checks it for null and a NUL within bounds.
    unsafe {
        let n = addr_of!((*ptr).cValues).read_unaligned();
        let first = addr_of!((*ptr).aMessageClass).cast::<LPCSTR>();
        each(first, n, |p| read_ansi(p)).map(Some)
    }
}

/// Message class names laid out as an `SMessageClassArray` for a call, on
/// the Rust heap.
pub struct MessageClassesIn {
    // The array: its count, then the pointers, in pointer-aligned words.
    words: Vec<usize>,
    _names: Vec<CString>,
}

impl MessageClassesIn {
    /// The array, valid while `self` lives; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut SMessageClassArray {
        self.words.as_mut_ptr().cast()
    }
}

/// The message class array of `classes` (8-bit strings): a NUL inside a
/// name is `MAPI_E_INVALID_PARAMETER`, a character beyond U+00FF
/// `MAPI_E_BAD_CHARWIDTH`.
pub fn message_classes_in(classes: &[&str]) -> Result<MessageClassesIn, Hresult> {
    let names = classes
        .iter()
        .map(|c| {
            if c.contains('\0') {
                return Err(Hresult(MAPI_E_INVALID_PARAMETER));
            }
            if c.chars().any(|ch| u32::from(ch) > 0xFF) {
                return Err(Hresult(MAPI_E_BAD_CHARWIDTH));
            }
            Ok(string_to_ansi(c))
        })
        .collect::<Result<Vec<CString>, Hresult>>()?;
    let count = ULONG::try_from(names.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    let head = offset_of!(SMessageClassArray, aMessageClass);
    let bytes = tail_size(
        head,
        names.len(),
        size_of::<LPCSTR>(),
        size_of::<SMessageClassArray>(),
    )?;
    let mut words = vec![0usize; bytes.div_ceil(size_of::<usize>())];
    let base = words.as_mut_ptr().cast::<u8>();
    // SAFETY: `words` holds `bytes` bytes, aligned for a pointer (and so
    // for the `ULONG` count); the count and every pointer fit (`tail_size`).
    unsafe {
        base.add(offset_of!(SMessageClassArray, cValues))
            .cast::<ULONG>()
            .write(count);
        for (i, n) in names.iter().enumerate() {
            base.add(head + i * size_of::<LPCSTR>())
                .cast::<LPCSTR>()
                .write(n.as_ptr());
        }
    }
    Ok(MessageClassesIn {
        words,
        _names: names,
    })
}

// ------------------------------------------------------------ form information arrays

/// Reads a peer's `SMAPIFormInfoArray` into references of its own (each
/// object `AddRef`ed); `None` for a null array.
///
/// # Safety
/// A non-null `ptr` must point to a readable array with `cForms` entries
/// from `aFormInfo`, each null or a live `IMAPIFormInfo`.
pub unsafe fn form_infos_from_raw(
    ptr: *const SMAPIFormInfoArray,
) -> Result<Option<Vec<Option<ComPtr<IMAPIFormInfo>>>>, ViewError> {
    if ptr.is_null() {
        return Ok(None);
    }
    // SAFETY: a readable array of live objects or nulls (the caller's
    // contract); each borrowed pointer gets its own reference.
    unsafe {
        let n = addr_of!((*ptr).cForms).read_unaligned();
        let first = addr_of!((*ptr).aFormInfo).cast::<LPMAPIFORMINFO>();
        each(first, n, |p| Ok(ComPtr::from_borrowed(p))).map(Some)
    }
}

/// Form information objects in MAPI memory, as `ResolveMultipleMessageClasses`
/// returns them: one root block of pointers, each holding a reference
/// (`AddRef`ed here) that the receiver releases. Null entries stay null.
pub fn write_form_infos(
    alloc: &Allocator,
    infos: &[Option<ComPtr<IMAPIFormInfo>>],
) -> Result<MapiBuffer<SMAPIFormInfoArray>, Hresult> {
    let count = count32(infos.len())?;
    let head = offset_of!(SMAPIFormInfoArray, aFormInfo);
    let size = tail_size(
        head,
        infos.len(),
        size_of::<LPMAPIFORMINFO>(),
        size_of::<SMAPIFormInfoArray>(),
    )?;
    let mut buffer = alloc.buffer(size)?;
    let r = buffer.region();
    r.put(offset_of!(SMAPIFormInfoArray, cForms), count)?;
    // Every slot is within the block: written before any reference is
    // taken, so that an error leaks none.
    for i in 0..infos.len() {
        r.put::<LPMAPIFORMINFO>(
            head + i * size_of::<LPMAPIFORMINFO>(),
            core::ptr::null_mut(),
        )?;
    }
    for (i, info) in infos.iter().enumerate() {
        if let Some(info) = info {
            r.put(
                head + i * size_of::<LPMAPIFORMINFO>(),
                info.clone().into_raw(),
            )?;
        }
    }
    // SAFETY: an `SMAPIFormInfoArray` of `count` entries, each null or
    // holding a reference the buffer releases on drop.
    Ok(unsafe { buffer.into_mapi(1) })
}

// SAFETY: releases the reference each non-null entry holds, then frees the
// block (the caller's share of what a callee returned).
unsafe impl MapiFree for SMAPIFormInfoArray {
    unsafe fn free(alloc: &Allocator, ptr: NonNull<Self>) {
        let a = ptr.as_ptr();
        // SAFETY: a live array (the caller's contract): `cForms` entries,
        // each null or a reference owned by the array.
        unsafe {
            let n = addr_of!((*a).cForms).read() as usize;
            let first = addr_of!((*a).aFormInfo).cast::<LPMAPIFORMINFO>();
            for i in 0..n {
                drop(ComPtr::from_raw(first.add(i).read_unaligned()));
            }
            alloc.free(a.cast());
        }
    }
}

impl MapiBuffer<SMAPIFormInfoArray> {
    /// The objects, each with a reference of its own (`AddRef`ed); null
    /// entries (message classes that resolved to no form) are `None`.
    pub fn form_infos(&self) -> Result<Vec<Option<ComPtr<IMAPIFormInfo>>>, ViewError> {
        // SAFETY: a `MapiBuffer<SMAPIFormInfoArray>` holds a live array of
        // live objects or nulls, owned while borrowed.
        unsafe { form_infos_from_raw(self.as_ptr()) }?.ok_or(ViewError::NullPointer)
    }
}

/// Form information objects laid out as an `SMAPIFormInfoArray` for a
/// call, on the Rust heap: the pointers are borrowed from `infos` (no
/// reference is taken), so the array lives no longer than they do.
pub struct FormInfosIn<'a> {
    words: Vec<usize>,
    _borrows: core::marker::PhantomData<&'a [Option<ComPtr<IMAPIFormInfo>>]>,
}

impl FormInfosIn<'_> {
    /// The array, valid while `self` lives; the callee only reads it.
    pub fn as_mut_ptr(&mut self) -> *mut SMAPIFormInfoArray {
        self.words.as_mut_ptr().cast()
    }
}

/// The form information array of `infos`; more entries than a `ULONG`
/// counts is `MAPI_E_INVALID_PARAMETER`.
pub fn form_infos_in(infos: &[Option<ComPtr<IMAPIFormInfo>>]) -> Result<FormInfosIn<'_>, Hresult> {
    let count = ULONG::try_from(infos.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    let head = offset_of!(SMAPIFormInfoArray, aFormInfo);
    let bytes = tail_size(
        head,
        infos.len(),
        size_of::<LPMAPIFORMINFO>(),
        size_of::<SMAPIFormInfoArray>(),
    )?;
    let mut words = vec![0usize; bytes.div_ceil(size_of::<usize>())];
    let base = words.as_mut_ptr().cast::<u8>();
    // SAFETY: `words` holds `bytes` bytes, pointer-aligned; the count and
    // every entry fit (`tail_size`).
    unsafe {
        base.add(offset_of!(SMAPIFormInfoArray, cForms))
            .cast::<ULONG>()
            .write(count);
        for (i, info) in infos.iter().enumerate() {
            let p = info.as_ref().map_or(core::ptr::null_mut(), ComPtr::as_raw);
            base.add(head + i * size_of::<LPMAPIFORMINFO>())
                .cast::<LPMAPIFORMINFO>()
                .write(p);
        }
    }
    Ok(FormInfosIn {
        words,
        _borrows: core::marker::PhantomData,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::call::adopt_plain;
    use crate::value::testing::CountingAllocator;
    use crate::value::write_plain;
    use crate::value::{NameKind, write_tstr};
    use crate::{GUID, PT_LONG, PT_UNICODE};

    const SET: GUID = GUID {
        Data1: 0x0002_0329,
        Data2: 0,
        Data3: 0,
        Data4: [0xC0, 0, 0, 0, 0, 0, 0, 0x46],
    };

    fn props() -> Vec<FormProp> {
        vec![
            FormProp {
                prop_type: PT_UNICODE,
                name: NameId {
                    guid: SET,
                    kind: NameKind::Name("Ticket".into()),
                },
                display_name: "Ticket number".into(),
                special: FormPropSpecial::Vanilla,
            },
            FormProp {
                prop_type: PT_LONG,
                name: NameId {
                    guid: SET,
                    kind: NameKind::Id(0x8002),
                },
                display_name: "Priorité".into(),
                special: FormPropSpecial::Enum {
                    index: NameId {
                        guid: SET,
                        kind: NameKind::Id(0x8003),
                    },
                    values: vec![
                        FormPropEnumVal {
                            display_name: "Low".into(),
                            value: 0,
                        },
                        FormPropEnumVal {
                            display_name: "Élevée".into(),
                            value: 2,
                        },
                    ],
                },
            },
        ]
    }

    #[test]
    fn form_props_round_trip_in_both_widths_and_free_every_block() {
        let counting = CountingAllocator::new();
        for unicode in [false, true] {
            let written =
                write_form_props(&counting.allocator(), &props(), unicode).expect("write");
            assert_eq!(written.form_props().expect("read"), props());
            drop(written);
            assert_eq!(counting.live_blocks(), 0);
        }
    }

    #[test]
    fn a_form_prop_of_an_unknown_special_type_is_malformed() {
        let counting = CountingAllocator::new();
        let written = write_form_props(&counting.allocator(), &props(), true).expect("write");
        let p = written.as_ptr().cast_mut();
        // SAFETY: the array just written, owned here; the first entry's
        // special type is overwritten in place.
        unsafe {
            let e = addr_of!((*p).aFormProp).cast::<SMAPIFormProp>().cast_mut();
            core::ptr::addr_of_mut!((*e).nSpecialType).write_unaligned(7);
        }
        assert_eq!(written.form_props(), Err(ViewError::Malformed));
    }

    #[test]
    fn verbs_keep_their_numbers_flags_and_names() {
        let counting = CountingAllocator::new();
        let verbs = vec![
            Verb {
                verb: 0,
                name: "&Open".into(),
                menu_flags: 0,
                attributes: 2,
            },
            Verb {
                verb: 102,
                name: "Répondre".into(),
                menu_flags: 8,
                attributes: 1,
            },
        ];
        for unicode in [false, true] {
            let written = write_verbs(&counting.allocator(), &verbs, unicode).expect("write");
            assert_eq!(written.verbs().expect("read"), verbs);
        }
        assert_eq!(counting.live_blocks(), 0);
        let empty = write_verbs(&counting.allocator(), &[], true).expect("write");
        assert_eq!(empty.verbs().expect("read"), Vec::new());
    }

    #[test]
    fn message_classes_are_laid_out_and_read_back() {
        let mut a = message_classes_in(&["IPM.Note", "IPM.Contact"]).expect("lay out");
        // SAFETY: the array just laid out, alive for the read.
        let read = unsafe { message_classes_from_raw(a.as_mut_ptr()) }.expect("read");
        assert_eq!(read.expect("not null"), vec![c"IPM.Note", c"IPM.Contact"]);
        // SAFETY: null is "every form".
        assert_eq!(
            unsafe { message_classes_from_raw(core::ptr::null()) },
            Ok(None)
        );
        assert!(matches!(
            message_classes_in(&["IPM.€"]),
            Err(Hresult(MAPI_E_BAD_CHARWIDTH))
        ));
        assert!(matches!(
            message_classes_in(&["IPM\0Note"]),
            Err(Hresult(MAPI_E_INVALID_PARAMETER))
        ));
    }

    #[test]
    fn a_message_class_array_with_a_null_name_is_rejected() {
        let mut a = message_classes_in(&["IPM.Note"]).expect("lay out");
        let p = a.as_mut_ptr();
        // SAFETY: the array just laid out; its one name is nulled in place.
        unsafe {
            core::ptr::addr_of_mut!((*p).aMessageClass)
                .cast::<LPCSTR>()
                .write(core::ptr::null());
        }
        // SAFETY: a readable array whose name is null.
        assert_eq!(
            unsafe { message_classes_from_raw(p) },
            Err(ViewError::NullPointer)
        );
    }

    #[test]
    fn plain_structures_are_copied_out_and_freed() {
        let counting = CountingAllocator::new();
        let alloc = counting.allocator();
        let setup = crate::FORMPRINTSETUP {
            ulFlags: MAPI_UNICODE,
            hDevMode: crate::HGLOBAL::NULL,
            hDevNames: crate::HGLOBAL::NULL,
            ulFirstPageNumber: 3,
            fPrintAttachments: 1,
        };
        let raw = write_plain(&alloc, &setup).expect("write").into_raw();
        // SAFETY: the block just written, holding a `FORMPRINTSETUP`.
        let back: Option<crate::FORMPRINTSETUP> = unsafe { adopt_plain(&alloc, raw) };
        let back = back.expect("not null");
        assert_eq!(
            (back.ulFlags, back.ulFirstPageNumber, back.fPrintAttachments),
            (MAPI_UNICODE, 3, 1)
        );
        assert!(back.hDevMode.is_null());
        assert_eq!(counting.live_blocks(), 0);
        // A string is not a plain structure, but the block rules are the same.
        let s = write_tstr(&alloc, "x", true).expect("write").into_raw();
        // SAFETY: a live root block of `alloc` at least a `u16` long.
        let first: Option<u16> = unsafe { adopt_plain(&alloc, s.cast()) };
        assert_eq!(first, Some(u16::from(b'x')));
        assert_eq!(counting.live_blocks(), 0);
    }
}
