//! The caller side: per interface `IFoo` with methods, a trait
//! `IFooExt` with one method per own vtable slot, implemented for every
//! `ComPtr<T>` with `T: Inherits<IFoo>`, and the `Inherits` facts of the
//! interface's base chain.
//!
//! The methods take idiomatic arguments and return
//! `Result<outputs, Hresult>`. Per parameter, from the IDL attributes:
//!
//! | IDL | method | passed |
//! |---|---|---|
//! | `[in, flags(G)] ULONG` | `G` | `.bits()` |
//! | `[in, out, flags(G)] ULONG *` | `&mut G` | the bits; written back after the call |
//! | `[in, (unique,) flags(G)] ULONG *` | `&G` (`Option<&G>`) | a pointer to the bits |
//! | `[in, (unique,) size_is(n)] T *`, `[in] ULONG n` | `&[T]` (`Option<&[T]>`); `&[u8]` for byte counts and variable-size `T`; `n` disappears | `len()`, checked with `try_from` (`MAPI_E_INVALID_PARAMETER` on overflow) |
//! | `[out, size_is(n)] T *`, `[in] ULONG n` | `&mut [T]` | as above |
//! | `[in, (unique)] IFoo *` | `&ComPtr<IFoo>` (`Option<&...>`) | `as_raw()` |
//! | `[in, (unique)] S *`, `S` a fixed-size struct; `[in, unique] ULONG *` (not `rg...`, an array) | `&S` (`Option<&S>`) | a pointer to it |
//! | `[in, out] T *`, `T` an integer or fixed-size struct | `&mut T` | a pointer to it |
//! | `[in] REFIID riid` named by `iid_is` | disappears: a type parameter `U: Interface` | `&U::IID` |
//! | `[out, iid_is(riid)] void **` | returns `ComPtr<U>` | null on success: `E_NOINTERFACE` |
//! | `[in, iid_is(riid)] void *` | `&ComPtr<U>` | `as_raw()` |
//! | `[out] IFoo **` | returns `ComPtr<IFoo>` (`Option<ComPtr<IFoo>>` if `unique`) | null on success: `MAPI_E_CALL_FAILED` |
//! | `[out] T *`, `T` a plain value (integer, flag set, pointer, struct) | returns `T` | zero-initialised local |
//! | `[in, opaque] T *` (a handle, or data the object never looks into) | `Option<NonNull<c_void>>` | as it is |
//! | `[out, opaque] T **` | returns `Option<NonNull<c_void>>` | null-initialised local |
//! | `[in, string]` (a width, or `unicode_flag(f)`) | `&str` (`Option<&str>`) | UTF-16 or 8 bits as the width or `f`'s `MAPI_UNICODE` says; a NUL inside: `MAPI_E_INVALID_PARAMETER`; 8 bits beyond U+00FF: `MAPI_E_BAD_CHARWIDTH` |
//! | `[in] LPSPropTagArray` | `&[PropTag]` | a tag array on the heap |
//! | `[in, size_is(n)] SPropValue *` | `&[Prop]`; `n` disappears | laid out in scratch memory for the call |
//! | `[in] LPSSortOrderSet`, `[in] LPENTRYLIST`, `[in] LPSRestriction` | `&SortOrderSet`, `&[&[u8]]`, `&Restriction` | laid out for the call |
//! | `[in] LPADRLIST` | `&[Vec<Prop>]` | written with `alloc` (a callee may replace rows) |
//! | `[in, out, mapi_alloc, size_is(, *lpcb)] LPBYTE *` (`Replace`) | `&mut Option<MapiBuffer<u8>>`; the size disappears | its block passed, and what the object leaves adopted on every path (its own allocator when unchanged, else `alloc`) |
//! | `[in, out] LPADRLIST` (`Modify`) | `&mut [Vec<Prop>]` | written with `alloc`, read back on success (a changed entry count: `MAPI_E_CALL_FAILED`) |
//! | `[in] LPSRow`, `LPSRowSet`, one `LPSPropValue`, `LPNOTIFKEY`, `LPSBinary`, `LPROWLIST` | `&[Prop]`, `&[Vec<Prop>]`, `&Prop`, `&[u8]`, `&[u8]`, `&[RowEntry]` | laid out for the call |
//! | `[in, size_is(n)] LPREADSTATE`, `[in] ULONG n` | `&[ReadState]`; `n` disappears | laid out for the call |
//! | `[in, size_is(n)] LPNOTIFICATION`, `[in] ULONG n` | `&[NotificationRef]`; `n` disappears | laid out for the call |
//! | `[in, reserved]` pointer | disappears | null |
//! | `[out, mapi_alloc]` (lowered as `Alloc`) | returns an owner: `MapiBuffer<T>` (`SPropValue`s with their count, tag arrays, row sets, sort orders, entry IDs, bytes), `MapiErrorBuffer`, `MapiStr`; `Option<..>` for problem arrays and `may_be_null` | adopted with `alloc`, freed on drop; null when owed: `MAPI_E_CALL_FAILED` |
//! | anything else | the raw C type | as is |
//!
//! A method without a status (`IMAPIAdviseSink::OnNotify`,
//! `IExchangeFastTransfer::IsInterfaceOk`) takes values, flags, plain data
//! and views as above, and everything else raw; when something is laid out
//! for the call it returns `Result<T, Hresult>`, whose `Err` means that
//! failed and the object was not called.
//!
//! A method that returns MAPI-allocated values (or takes an address list)
//! takes the allocator first (`alloc: &Allocator`): MAPI's allocator
//! functions take no context, so the caller says which set the object uses.
//! Every output is adopted before any is checked, so an error return frees
//! what the object handed over.
//!
//! Several outputs are returned as a tuple, in parameter order. A method is
//! an `unsafe fn` exactly when a raw pointer is left among its inputs (also
//! inside a struct, slice element or `&mut` target) or when it returns a
//! MAPI-allocated value this side has no owner for, which the caller must
//! free with `MAPIFreeBuffer`; its `# Safety` section says which. `IUnknown` itself has
//! no such trait: `ComPtr`'s `Clone`, `Drop` and `cast` are its methods.

use super::context::{Gen, Side, docs};
use super::names::{method_name, to_ident};
use super::raw::method_docs;
use crate::areas::Item;
use crate::lower::{Alloc, Handed, InterfaceRef, Lent, MethodAbi, Pass, Role, Unit, Width};
use crate::model::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// How one parameter is presented to the caller.
#[derive(Clone, Debug, PartialEq)]
enum Arg {
    /// Passed as is (a value, or a raw pointer).
    Value,
    /// A raw pointer left as is.
    Raw,
    /// `[in]` flags word.
    Flags(FlagGroupId),
    /// `[in]` pointer to a flags word.
    FlagsRef(FlagGroupId),
    /// `[in, out]` pointer to a flags word.
    FlagsInOut(FlagGroupId),
    /// A counted buffer whose length is parameter `count`.
    Slice {
        count: usize,
        bytes: bool,
        out: bool,
    },
    /// The length of the slice at parameter `.0`.
    Count(usize),
    /// `[in]` pointer to one fixed-size struct.
    Ref,
    /// `[in]` interface pointer.
    InIface(InterfaceId),
    /// `[in, iid_is(r)]` object of the generic interface of parameter `r`.
    InIid(usize),
    /// `[in]` IID filled from the generic interface's `IID`.
    Riid,
    /// `[in, out]` pointer to one value.
    InOutRef,
    /// `[out]` value, returned (as flag group `.0` when it is flags).
    Out(Option<FlagGroupId>),
    /// `[out]` interface pointer, returned (`Option` when `.1`: it may be
    /// null on success).
    OutIface(InterfaceId, bool),
    /// `[out, iid_is(r)]` interface pointer of the generic interface.
    OutIid(usize, bool),
    /// A reserved flags word: the parameter disappears; zero is passed.
    Reserved(Pass),
    /// `[in, string]`: `&str` (`Option<&str>`), converted to the width.
    Str(Width),
    /// `[in] LPSPropTagArray`: `&[PropTag]`.
    Tags,
    /// `[in, size_is(n)] LPMAPINAMEID *`: `&[NameId]`; `n` disappears.
    Names { count: usize },
    /// `[in, size_is(n)] SPropValue *`: `&[Prop]`; `n` disappears.
    Props { count: usize },
    /// `[in] LPSSortOrderSet`: `&SortOrderSet`.
    Sort,
    /// `[in] LPENTRYLIST`: `&[&[u8]]`.
    Entries,
    /// `[in] LPSRestriction`: `&Restriction`.
    Restriction,
    /// `[in] LPSRow`: `&[Prop]`.
    Row,
    /// `[in] LPSRowSet`: `&[Vec<Prop>]`.
    Rows,
    /// `[in] LPSPropValue`, one value: `&Prop`.
    OneProp,
    /// `[in] LPNOTIFKEY`: `&[u8]`.
    NotifKey,
    /// `[in] LPSBinary`: `&[u8]`.
    Binary,
    /// `[in] LPROWLIST`: `&[RowEntry]`.
    RowList,
    /// `[in, size_is(n)] LPREADSTATE`: `&[ReadState]`; `n` disappears.
    ReadStates { count: usize },
    /// `[in, size_is(n)] LPNOTIFICATION`: `&[NotificationRef]`; `n`
    /// disappears.
    Notifications { count: usize },
    /// `[in] LPNOTIFICATION`, one: `&NotificationRef`.
    Notification,
    /// `[in] LPSMESSAGECLASSARRAY`: `&[&str]` (8-bit names).
    MessageClasses,
    /// `[in] LPSMAPIFORMINFOARRAY`: `&[Option<ComPtr<IMAPIFormInfo>>]`.
    FormInfos,
    /// `[in] ACCT_VARIANT *`: `&AcctValue`.
    AcctVariant,
    /// `[in, reserved]` pointer: the parameter disappears; null is passed.
    ReservedPtr,
    /// `[in, out] LPSPropTagArray *`: `Option<&[PropTag]>` in; the array
    /// the object allocates when none is given comes back.
    TagsInOut,
    /// `[in, out] LPFlagList`: `&mut [ULONG]`, one flag per entry.
    FlagsListInOut,
    /// `[in, out] LPADRLIST` changed in place: `&mut [Vec<Prop>]`.
    AdrListInOut,
    /// `[in, opaque]` value: `Option<NonNull<c_void>>`, passed as it is.
    OpaqueIn,
    /// `[out, opaque]` value: returned as `Option<NonNull<c_void>>`.
    OpaqueOut,
    /// `[out, string]` string of the task allocator: returned as `TaskStr`.
    TaskString(Width),
    /// `[in] LPPROPVARIANT`: `&PropVariant`.
    PropVariant,
    /// `[in, string, size_is(n)] LPCSTR *` (or `LPCWSTR *`): `&[&str]`, its
    /// length the count parameter; `true` for UTF-16.
    CountedStrs { count: usize, unicode: bool },
    /// `[out]` or `[in, out] LPPROPVARIANT`: returned as `PropVariant`;
    /// with `true`, the caller passes the `VARTYPE` it asks for.
    Variant(bool),
    /// `[out]` or `[in, out] LPBLOB`: returned as `Vec<u8>`, the task
    /// block freed.
    TaskBlob,
    /// `[in] LPBLOB`: `&[u8]`.
    Blob,
    /// `[in, out] LPFINDHEADER` or `LPFINDBODY`: `&mut FindHeader` or
    /// `&mut FindBody`, its place updated.
    Search(MapiStruct),
    /// `[in] LPADDRESSPROPS`: `&AddressProps`, laid out in task memory for
    /// the call.
    AddressIn,
    /// `[in, out] LPADDRESSPROPS` (with `true`: the caller passes the
    /// `IAP_*` members it asks for) or `LPADDRESSLIST`: returned as
    /// `AddressProps` or `Vec<AddressProps>`, the task memory freed.
    TaskRecord { of: MapiStruct, requested: bool },
    /// `[out, size_is(, *pc)]` array of MIME records the callee allocates in
    /// task memory: returned as `Vec<record>`, the memory freed.
    TaskArray { of: MapiStruct, count: usize },
    /// The caller's array of MIME records the callee fills in, as many as
    /// the capacity parameter says: returned as `Vec<record>`, the task
    /// memory freed.
    TaskEntries {
        of: MapiStruct,
        capacity: usize,
        count: usize,
    },
    /// `[out, size_is(n), length_is(*pn)] IFoo **`: returned as
    /// `Vec<ComPtr<IFoo>>`, room for `n` made before the call.
    IfaceArray {
        iface: InterfaceId,
        count: usize,
        fetched: usize,
    },
    /// The `[out] ULONG *` count of an [`Arg::IfaceArray`].
    Fetched,
    /// `[in] BSTR`: `&Bstr`, lent; `[out] BSTR *` (`true`): returned as
    /// `Bstr`, which frees it with `SysFreeString`.
    Bstr(bool),
    /// `[in, handed_over]` records the caller lays out in task memory and
    /// hands over for the callee to free: `&[record]` with a count and a
    /// flag, `&record`, `&[AddressProps]` (`ADDRESSLIST`), `&[u8]` (`BLOB`)
    /// or `&PropVariant`.
    HandedOver(Handed),
    /// The flag of a [`Arg::HandedOver`] array: `TRUE`, as the array is
    /// laid out for the callee to free.
    HandedOverFlag,
    /// `[in, out, mapi_alloc] LPBYTE *` bytes the callee may replace:
    /// `&mut Option<MapiBuffer<u8>>`.
    Replace { count: usize },
    /// `[in, out] LPBYTE *` bytes the callee consumes: `&[u8]`.
    Consumed { count: usize },
    /// The `[in, out]` size of [`Arg::Consumed`] bytes: set with them.
    CountLocal,
    /// `[in, string]` null-terminated array of strings (`SNB`): `&[&str]`.
    StrArray(Width),
    /// `[in, out] IFoo **`: `&mut Option<ComPtr<IFoo>>`.
    IfaceInOut(InterfaceId),
    /// An array the callee lends: copied out into owned values.
    Lent { of: Lent, count: usize },
    /// One of the three allocator functions: returned together as an
    /// `Allocator` at the third.
    AllocatorOut(u8),
    /// `[in] ULONG *` parallel to the tag array at `with`: `&[ULONG]`.
    Parallel { with: usize, props: bool },
    /// `[in] LPADRLIST`: `&[Vec<Prop>]`, written with the caller's allocator.
    AdrList,
    /// `[out, mapi_alloc]`: adopted into an owner of the caller's allocator.
    Alloc {
        of: Alloc,
        count: Option<usize>,
        width: Option<Width>,
        null_ok: bool,
    },
    /// The count stored with the allocated value at `.0`.
    AllocCount,
}

/// What one method turns into, before tokens.
struct Plan {
    args: Vec<Arg>,
    /// The IID parameters that became type parameters, in order.
    generics: Vec<usize>,
    hresult: bool,
}

impl Plan {
    /// A method without a status whose arguments are laid out for the call
    /// (which can fail before it): it returns `Result<T, Hresult>`.
    fn fallible(&self) -> bool {
        !self.hresult
            && self.args.iter().any(|a| {
                !matches!(
                    a,
                    Arg::Value
                        | Arg::Raw
                        | Arg::OpaqueIn
                        | Arg::Flags(_)
                        | Arg::Ref
                        | Arg::Count(_)
                )
            })
    }
}

/// How each role is presented to a caller. A method without a status has no
/// way to report an output or a buffer that does not fit, so it takes those
/// raw; inputs laid out for the call (views, notifications) fail before it,
/// which it reports by returning `Result`.
fn plan(model: &Model, m: &Method, abi: &MethodAbi) -> Plan {
    let hresult = abi.returns_status();
    let elem_is = |i: usize, want: MapiStruct| {
        let p = &m.params[i];
        match model.strip_typedefs(&p.ty) {
            Type::Ptr { to, .. } => model.mapi_struct(to) == Some(want),
            _ => false,
        }
    };
    let is_props = |i: usize| elem_is(i, MapiStruct::PropValue);
    // A counted array of strings (`[in, string, size_is(n)] LPCSTR *`): the
    // width of its characters.
    let string_width = |i: usize| {
        let p = &m.params[i];
        if !p.string {
            return None;
        }
        let Type::Ptr { to, .. } = model.strip_typedefs(&p.ty) else {
            return None;
        };
        let Type::Ptr { to, .. } = model.strip_typedefs(to) else {
            return None;
        };
        match model.strip_typedefs(to) {
            Type::Prim(Prim::I8) => Some(false),
            Type::Prim(Prim::WChar) => Some(true),
            _ => None,
        }
    };
    let is_read_states = |i: usize| elem_is(i, MapiStruct::ReadState);
    // Notifications are laid out even for a method without a status
    // (`OnNotify`), which then reports a layout failure as a `Result`.
    let notifications = |i: usize| match &abi.params[i] {
        Role::Buffer {
            count,
            unit: Unit::Elements,
            out: false,
            ..
        } if elem_is(i, MapiStruct::Notification) => Some(*count),
        _ => None,
    };
    let counts_notifications =
        |i: usize| (0..abi.params.len()).any(|j| notifications(j) == Some(i));
    // An array of pointers to names (`LPMAPINAMEID *`).
    let is_names = |i: usize| match model.strip_typedefs(&m.params[i].ty) {
        Type::Ptr { to, .. } => match model.strip_typedefs(to) {
            Type::Ptr { to, .. } => model.mapi_struct(to) == Some(MapiStruct::NameId),
            _ => false,
        },
        _ => false,
    };
    // An array of ULONGs is as long as the method's in/out tag array.
    let tags_in_out = abi.params.iter().any(|r| {
        matches!(
            r,
            Role::Modify {
                of: MapiStruct::TagArray
            }
        )
    });
    let present = |i: usize, role: &Role| match role {
        _ if notifications(i).is_some() => Arg::Notifications {
            count: notifications(i).unwrap_or_default(),
        },
        Role::Count { of } if hresult || counts_notifications(i) => Arg::Count(*of),
        Role::Value | Role::Count { .. } => Arg::Value,
        Role::Opaque { out: false } => Arg::OpaqueIn,
        Role::Flags { group, pass, .. } => match pass {
            Pass::Value => Arg::Flags(*group),
            Pass::InPtr => Arg::FlagsRef(*group),
            Pass::InOut => Arg::FlagsInOut(*group),
            Pass::Out => Arg::Out(Some(*group)),
        },
        Role::Reserved { pass } => Arg::Reserved(*pass),
        Role::Buffer {
            count,
            unit: Unit::Elements,
            out: false,
            ..
        } if is_props(i) => Arg::Props { count: *count },
        Role::Buffer {
            count,
            unit: Unit::Elements,
            out: false,
            ..
        } if is_read_states(i) => Arg::ReadStates { count: *count },
        Role::Buffer {
            count,
            unit: Unit::Elements,
            out: false,
            ..
        } if is_names(i) => Arg::Names { count: *count },
        Role::Buffer {
            count,
            unit: Unit::Elements,
            out: false,
            optional: false,
        } if string_width(i).is_some() => Arg::CountedStrs {
            count: *count,
            unicode: string_width(i) == Some(true),
        },
        Role::Buffer {
            count, unit, out, ..
        } => Arg::Slice {
            count: *count,
            bytes: *unit == Unit::Bytes,
            out: *out,
        },
        Role::Iid { selects: true, .. } => Arg::Riid,
        Role::Iid { .. } | Role::InRef { .. } => Arg::Ref,
        Role::String { width, .. } => Arg::Str(*width),
        Role::Raw => Arg::Raw,
        Role::InterfaceIn { target, .. } => match target {
            InterfaceRef::Fixed(i) => Arg::InIface(*i),
            InterfaceRef::IidIs(r) => Arg::InIid(*r),
        },
        Role::InterfaceOut { target, null_ok } => match target {
            InterfaceRef::Fixed(i) => Arg::OutIface(*i, *null_ok),
            InterfaceRef::IidIs(r) => Arg::OutIid(*r, *null_ok),
        },
        Role::View { of, .. } => match of {
            MapiStruct::TagArray => Arg::Tags,
            MapiStruct::SortOrderSet => Arg::Sort,
            MapiStruct::EntryList => Arg::Entries,
            MapiStruct::AdrList => Arg::AdrList,
            MapiStruct::Restriction => Arg::Restriction,
            MapiStruct::Row => Arg::Row,
            MapiStruct::RowSet => Arg::Rows,
            MapiStruct::PropValue => Arg::OneProp,
            MapiStruct::NotifKey => Arg::NotifKey,
            MapiStruct::Binary => Arg::Binary,
            MapiStruct::RowList => Arg::RowList,
            MapiStruct::Notification => Arg::Notification,
            MapiStruct::MessageClassArray => Arg::MessageClasses,
            MapiStruct::FormInfoArray => Arg::FormInfos,
            MapiStruct::AcctVariant => Arg::AcctVariant,
            MapiStruct::PropVariant => Arg::PropVariant,
            MapiStruct::Blob => Arg::Blob,
            MapiStruct::AddressProps => Arg::AddressIn,
            _ => Arg::Raw,
        },
        Role::Alloc {
            of,
            count,
            width,
            null_ok,
            ..
        } if adoptable(*of) || (*of == Alloc::Ulongs && tags_in_out) => Arg::Alloc {
            of: *of,
            count: *count,
            width: *width,
            null_ok: *null_ok,
        },
        Role::AllocCount { of } if matches!(abi.params[*of], Role::Alloc { of, .. } if adoptable(of)) => {
            Arg::AllocCount
        }
        Role::Out { .. } | Role::Alloc { .. } | Role::AllocCount { .. } => Arg::Out(None),
        Role::InOut => Arg::InOutRef,
        // Not yet presented on this side (the provider side's roles).
        Role::ReservedPtr => Arg::ReservedPtr,
        Role::Modify {
            of: MapiStruct::AdrList,
        } => Arg::AdrListInOut,
        Role::Modify {
            of: MapiStruct::TagArray,
        } => Arg::TagsInOut,
        Role::Modify {
            of: MapiStruct::FlagList,
        } => Arg::FlagsListInOut,
        Role::Modify { .. } => Arg::Raw,
        Role::Consumed { count } => Arg::Consumed { count: *count },
        Role::ConsumedCount { .. } | Role::ReplaceCount { .. } => Arg::CountLocal,
        Role::Replace { count } => Arg::Replace { count: *count },
        Role::Strings { width, .. } => Arg::StrArray(*width),
        Role::InterfaceInOut { target } => Arg::IfaceInOut(*target),
        Role::Lent { of, count } => Arg::Lent {
            of: *of,
            count: *count,
        },
        Role::LentCount { .. } => Arg::AllocCount,
        Role::AllocatorOut { part } => Arg::AllocatorOut(*part),
        Role::Parallel { with, .. } => Arg::Parallel {
            with: *with,
            props: is_props(i),
        },
        Role::Opaque { .. } => Arg::OpaqueOut,
        Role::TaskString { width, .. } => Arg::TaskString(*width),
        Role::Variant { requested } => Arg::Variant(*requested),
        Role::TaskBlob => Arg::TaskBlob,
        Role::Search { of } => Arg::Search(*of),
        Role::TaskRecord { of, requested } => Arg::TaskRecord {
            of: *of,
            requested: *requested,
        },
        Role::TaskArray { of, count } => Arg::TaskArray {
            of: *of,
            count: *count,
        },
        Role::TaskEntries {
            of,
            capacity,
            count,
            ..
        } => Arg::TaskEntries {
            of: *of,
            capacity: *capacity,
            count: *count,
        },
        Role::TaskArrayCount { .. } | Role::TaskEntriesCount { .. } => Arg::AllocCount,
        Role::Bstr { out } => Arg::Bstr(*out),
        Role::InterfaceArray {
            target,
            count,
            fetched,
            ..
        } => Arg::IfaceArray {
            iface: *target,
            count: *count,
            fetched: *fetched,
        },
        Role::Fetched { .. } => Arg::Fetched,
        Role::HandedOver(h) => Arg::HandedOver(*h),
        Role::HandedOverCount { of } => Arg::Count(*of),
        Role::HandedOverFlag { .. } => Arg::HandedOverFlag,
    };
    // Without a status, a method takes only inputs it cannot fail to pass
    // or that fail before the call: values, flags, plain data read through
    // a pointer, and views laid out for the call; the rest stays raw.
    let without_status = |i: usize, role: &Role| {
        notifications(i).is_some()
            || matches!(
                role,
                Role::Value
                    | Role::Count { .. }
                    | Role::Opaque { out: false }
                    | Role::Flags {
                        pass: Pass::Value,
                        ..
                    }
                    | Role::Iid { selects: false, .. }
                    | Role::InRef { .. }
                    | Role::View { .. }
            )
    };
    let args = abi
        .params
        .iter()
        .enumerate()
        .map(|(i, role)| {
            if hresult || without_status(i, role) {
                present(i, role)
            } else {
                Arg::Raw
            }
        })
        .collect();
    Plan {
        args,
        generics: abi.selectors(),
        hresult,
    }
}

/// Whether the caller side has an owner for a MAPI-allocated value.
fn adoptable(of: Alloc) -> bool {
    match of {
        Alloc::Struct(s) => matches!(
            s,
            MapiStruct::PropValue
                | MapiStruct::TagArray
                | MapiStruct::ProblemArray
                | MapiStruct::TnefProblemArray
                | MapiStruct::RowSet
                | MapiStruct::EntryId
                | MapiStruct::MapiError
                | MapiStruct::SortOrderSet
                | MapiStruct::Restriction
                | MapiStruct::EntryList
                | MapiStruct::Row
                | MapiStruct::NameId
                | MapiStruct::FormInfoArray
                | MapiStruct::FormPropArray
                | MapiStruct::VerbArray
        ),
        Alloc::String(_) | Alloc::Strings(_) | Alloc::Bytes | Alloc::Plain => true,
        // Its length is another parameter's: not yet presented here.
        Alloc::Ulongs => false,
    }
}

impl Gen<'_> {
    /// Whether a value of `ty` holds a data pointer the callee may follow.
    fn has_pointer(&self, ty: &Type, depth: u32) -> bool {
        if depth > 32 {
            return true;
        }
        match self.strip(ty) {
            Type::Ptr { to, .. } => !matches!(self.strip(to), Type::Function(_)),
            Type::Prim(Prim::Handle) | Type::Interface(_) => true,
            Type::Array { elem, .. } => self.has_pointer(elem, depth + 1),
            Type::Struct(s) => match &self.m.structs[s.index()].fields {
                Some(f) => f.iter().any(|f| self.has_pointer(&f.ty, depth + 1)),
                None => true,
            },
            _ => false,
        }
    }

    /// Whether strings of `width` are UTF-16 in this call: an expression
    /// over the flags argument for [`Width::ByFlag`].
    fn unicode_of(&self, m: &Method, plan: &Plan, width: Width) -> TokenStream {
        match width {
            Width::Ansi => quote!(false),
            Width::Unicode => quote!(true),
            Width::ByFlag(f) => {
                let n = to_ident(&m.params[f].name);
                let bit = self.sys_const("MAPI_UNICODE");
                match plan.args.get(f) {
                    Some(Arg::Flags(_) | Arg::FlagsRef(_) | Arg::FlagsInOut(_)) => {
                        quote!((#n.bits() & #bit) != 0)
                    }
                    Some(Arg::Value) => quote!((#n & #bit) != 0),
                    // Flags the callee returns: read after the call.
                    Some(Arg::Out(Some(_))) => {
                        let l = format_ident!("__a{}", f);
                        quote!((#l & #bit) != 0)
                    }
                    _ => quote!(false),
                }
            }
        }
    }

    /// The caller side of one interface: the `Inherits` facts of its base
    /// chain and its `IFooExt` trait.
    pub(super) fn caller(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        if !self.local(&i.origin) || i.iid.is_none() {
            return TokenStream::new();
        }
        let sys = &self.o.sys;
        let gate = self.cfg(Item::Interface(id), Some(Side::Caller));
        let name = to_ident(&i.name);
        let mut out = TokenStream::new();
        for b in self.m.chain(id) {
            let bi = &self.m.interfaces[b.index()];
            if bi.iid.is_none() {
                continue;
            }
            let bp = self.path(&bi.name, &bi.origin);
            let why = if b == id {
                format!(
                    " SAFETY: every interface begins with itself (`{}`).",
                    i.name
                )
            } else {
                format!(
                    " SAFETY: `{}` derives from `{}`: its vtable begins with `{}`'s.",
                    i.name, bi.name, bi.name
                )
            };
            out.extend(quote! {
                #gate
                #[doc = #why]
                #[automatically_derived]
                unsafe impl #sys::Inherits<#bp> for #name {}
            });
        }
        // IUnknown's slots are `ComPtr`'s `Clone`, `Drop` and `cast`.
        if i.base.is_none() || i.methods.is_empty() {
            return out;
        }
        let trait_name = format_ident!("{}Ext", i.name);
        let mut decls = Vec::new();
        let mut defs = Vec::new();
        for (k, m) in i.methods.iter().enumerate() {
            let (decl, def) = self.method(i, m, self.lowering.method(id, k));
            decls.push(decl);
            defs.push(def);
        }
        let tdoc = format!(
            " The caller side of [`{0}`]: its methods, called through the vtable, on every `ComPtr` to `{0}` or to an interface derived from it.\n\n Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).",
            i.name
        );
        out.extend(quote! {
            #gate
            #[doc = #tdoc]
            pub trait #trait_name {
                #(#decls)*
            }
            #gate
            #[automatically_derived]
            impl<T: #sys::Inherits<#name>> #trait_name for #sys::ComPtr<T> {
                #(#defs)*
            }
        });
        out
    }

    /// Whether the method is `unsafe` under `plan`, with the lines of its
    /// `# Safety` section.
    fn safety(&self, m: &Method, plan: &Plan) -> Vec<String> {
        let mut lines = Vec::new();
        for (p, a) in m.params.iter().zip(&plan.args) {
            let cty = self.m.type_name(&p.ty);
            let null = if p.optional { "null or " } else { "" };
            match a {
                Arg::Raw => {
                    let what = match p.dir {
                        Direction::In => "valid for reads",
                        Direction::Out => "valid for writes",
                        Direction::InOut => "valid for reads and writes",
                    };
                    if p.retained {
                        lines.push(format!(
                            "`{}` (`{cty}`) must be {null}{what} and stay so after the call, for as long as the parameter's documentation says: the object keeps it.",
                            p.name
                        ));
                    } else if self.pointee(&p.ty).is_some() {
                        lines.push(format!(
                            "`{}` (`{cty}`) must be {null}{what} as the parameter's documentation says, for the duration of the call.",
                            p.name
                        ));
                    } else {
                        lines.push(format!(
                            "`{}` (`{cty}`) must be valid as the parameter's documentation says.",
                            p.name
                        ));
                    }
                }
                Arg::Value if self.has_pointer(&p.ty, 0) => lines.push(format!(
                    "`{}` (`{cty}`) must be valid as the parameter's documentation says, for the duration of the call.",
                    p.name
                )),
                Arg::Ref | Arg::InOutRef if self.pointee(&p.ty).is_some_and(|t| self.has_pointer(t, 0)) => {
                    lines.push(format!(
                        "The pointers inside `{}` must be valid as the parameter's documentation says, for the duration of the call.",
                        p.name
                    ))
                }
                Arg::Slice { bytes: false, out: false, .. }
                    if self.pointee(&p.ty).is_some_and(|t| self.has_pointer(t, 0)) =>
                {
                    lines.push(format!(
                        "The pointers inside the elements of `{}` must be valid as the parameter's documentation says, for the duration of the call.",
                        p.name
                    ))
                }
                Arg::Out(None)
                    if !p.mapi_alloc
                        && self.pointee(&p.ty).is_some_and(|t| self.pointee(t).is_some()) =>
                {
                    lines.push(format!(
                        "The `{}` returned points into the object's memory: use it only as the method's documentation says, and not after the object is released.",
                        p.name
                    ))
                }
                Arg::Out(_) if p.mapi_alloc => lines.push(format!(
                    "The `{}` returned, unless null, was allocated by the object with `MAPIAllocateBuffer`: the caller owns it and must free it once with `MAPIFreeBuffer`.",
                    p.name
                )),
                _ => {}
            }
        }
        lines
    }

    /// The trait declaration and the `impl` body of one method.
    fn method(&self, i: &Interface, m: &Method, abi: &MethodAbi) -> (TokenStream, TokenStream) {
        let sys = &self.o.sys;
        let plan = plan(self.m, m, abi);
        let fname = to_ident(&method_name(&m.name));
        let slot = to_ident(&m.name);
        let iname = to_ident(&i.name);
        let invalid = self.sys_const("MAPI_E_INVALID_PARAMETER");
        let call_failed = self.sys_const("MAPI_E_CALL_FAILED");
        let no_interface = self.sys_const("E_NOINTERFACE");
        let generic_names: Vec<Ident> = match plan.generics.len() {
            1 => vec![format_ident!("U")],
            n => (1..=n).map(|k| format_ident!("U{}", k)).collect(),
        };
        let generic_of = |r: usize| -> Ident {
            let k = plan.generics.iter().position(|g| *g == r).unwrap_or(0);
            generic_names[k].clone()
        };

        let mut sig = Vec::new();
        let mut pre = Vec::new();
        let mut call = Vec::new();
        let mut post = Vec::new();
        let mut check = Vec::new();
        let mut needs_alloc = false;
        let v = quote!(#sys::value);
        let call_mod = quote!(#sys::__private::call);
        let mut writeback = Vec::new();
        let mut outs = Vec::new();
        let mut out_tys = Vec::new();
        let mut notes: Vec<String> = Vec::new();
        for (idx, (p, a)) in m.params.iter().zip(&plan.args).enumerate() {
            let n = to_ident(&p.name);
            let local = format_ident!("__a{}", idx);
            let pty = self.param_ty(&p.ty);
            let to = self.pointee(&p.ty);
            let to_ty = to.map(|t| self.ty(t));
            let mut_ptr = if self.is_const_ptr(&p.ty) {
                quote!()
            } else {
                quote!(.cast_mut())
            };
            let null = if self.is_const_ptr(&p.ty) {
                quote!(::core::ptr::null())
            } else {
                quote!(::core::ptr::null_mut())
            };
            match a {
                Arg::Value | Arg::Raw => {
                    sig.push(quote!(#n: #pty));
                    call.push(quote!(#n));
                }
                Arg::Flags(g) => {
                    let g = self.flag_path(*g);
                    sig.push(quote!(#n: #g));
                    call.push(quote!(#n.bits()));
                }
                Arg::OpaqueIn => {
                    let constant = if self.is_const_ptr(&p.ty) {
                        quote!(.cast_const())
                    } else {
                        quote!()
                    };
                    sig.push(quote!(#n: ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>));
                    call.push(quote! {
                        match #n {
                            ::core::option::Option::Some(__p) => __p.as_ptr() #constant .cast(),
                            ::core::option::Option::None => #null,
                        }
                    });
                    notes.push(format!(
                        "`{}` is passed as it is: the object never looks through it.",
                        p.name
                    ));
                }
                Arg::IfaceArray {
                    iface,
                    count,
                    fetched,
                } => {
                    let t = self.iface_path(*iface);
                    let c = to_ident(&m.params[*count].name);
                    let f = format_ident!("__a{}", fetched);
                    pre.push(quote!(let mut #local = #call_mod::interface_slots::<#t>(#c)?;));
                    call.push(quote!(#local.as_mut_ptr()));
                    let r = format_ident!("__r{}", idx);
                    post.push(quote! {
                        #[__safety = "the object stored `*pcFetched` references the caller owns, or nothing."]
                        let #r = unsafe { #call_mod::adopt_interfaces(&#local, #f) };
                    });
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(::std::vec::Vec<#sys::ComPtr<#t>>));
                    notes.push(format!(
                        "`{}` is returned as a `Vec` of at most `{}` interfaces, each released on drop.",
                        p.name, m.params[*count].name
                    ));
                }
                Arg::Fetched => {
                    pre.push(quote!(let mut #local: #to_ty = 0;));
                    call.push(quote!(&mut #local));
                }
                Arg::Bstr(false) => {
                    sig.push(quote!(#n: &#v::Bstr));
                    call.push(quote!(#n.as_raw()));
                }
                Arg::Bstr(true) => {
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    post.push(quote! {
                        #[__safety = "the object stored a BSTR the caller owns, or null."]
                        let #r = unsafe { #v::Bstr::adopt(#local) };
                    });
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(#v::Bstr));
                    notes.push(format!(
                        "`{}` is returned as a `Bstr`, which frees it with `SysFreeString` on drop.",
                        p.name
                    ));
                }
                Arg::TaskString(w) => {
                    let unicode = matches!(w, Width::Unicode);
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    post.push(quote! {
                        #[__safety = "on success the object stored a string of this width allocated with the task allocator, or null."]
                        let #r = unsafe { #v::TaskStr::from_raw(#local.cast(), #unicode) };
                    });
                    check.push(quote!(let #r = #r?.ok_or_else(#call_mod::missing_output)?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(#v::TaskStr));
                    notes.push(format!(
                        "`{}` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.",
                        p.name
                    ));
                }
                Arg::Variant(requested) => {
                    let start = if *requested {
                        sig.push(quote!(#n: u16));
                        notes.push(format!(
                            "`{}` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.",
                            p.name
                        ));
                        quote!(#call_mod::requesting_raw(#n))
                    } else {
                        notes.push(format!(
                            "`{}` is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.",
                            p.name
                        ));
                        quote!(#call_mod::empty_raw())
                    };
                    pre.push(quote!(let mut #local = #start;));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    writeback.push(quote! {
                        #[__safety = "a PROPVARIANT the object filled in with blocks of the task allocator, or left as it was."]
                        let #r = unsafe { #v::PropVariant::adopt(&mut #local) };
                    });
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(#v::PropVariant));
                }
                Arg::TaskBlob => {
                    notes.push(format!(
                        "`{}` is returned as bytes; the object's task block is freed.",
                        p.name
                    ));
                    pre.push(quote!(let mut #local = #call_mod::empty_blob();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    writeback.push(quote! {
                        #[__safety = "a BLOB the object filled in with a block of the task allocator, or left empty."]
                        let #r = unsafe { #v::TaskBlob::adopt(&mut #local) };
                    });
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(::std::vec::Vec<u8>));
                }
                Arg::TaskArray { of, count } => {
                    let rec = self.task_record(*of);
                    let c = format_ident!("__a{}", count);
                    notes.push(format!(
                        "`{}` is returned as records, with `{}` their count; the object's task memory (the MIME allocator's) is freed.",
                        p.name, m.params[*count].name
                    ));
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    writeback.push(quote! {
                        #[__safety = "on success the object stored an array of that many entries in task memory, or null."]
                        let #r = unsafe { #v::TaskArray::<#rec>::adopt(#c, #local) };
                    });
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(::std::vec::Vec<#rec>));
                }
                Arg::Search(of) => {
                    let ty = if *of == MapiStruct::FindBody {
                        quote!(#v::FindBody)
                    } else {
                        quote!(#v::FindHeader)
                    };
                    sig.push(quote!(#n: &mut #ty));
                    pre.push(quote!(let mut #local = #n.to_raw();));
                    call.push(quote!(&mut #local));
                    post.push(quote!(#n.reserved = #local.dwReserved;));
                    notes.push(format!(
                        "`{}` keeps the search: pass the same one to each call; the object's place in it is updated.",
                        p.name
                    ));
                }
                Arg::AddressIn => {
                    let rec = self.task_record(MapiStruct::AddressProps);
                    sig.push(quote!(#n: &#rec));
                    pre.push(quote!(let mut #local = #v::TaskOne::<#rec>::new(#n)?;));
                    call.push(quote!(#local.as_mut_ptr()));
                    notes.push(format!(
                        "`{}` is laid out in task memory for the call, and freed after it.",
                        p.name
                    ));
                }
                Arg::TaskRecord { of, requested } => {
                    let rec = self.task_record(*of);
                    let r = format_ident!("__r{}", idx);
                    if *of == MapiStruct::AddressList {
                        notes.push(format!(
                            "`{}` is returned as addresses; the object's task memory (the MIME allocator's) is freed.",
                            p.name
                        ));
                        pre.push(quote!(let mut #local = #v::TaskArray::<#rec>::empty_list();));
                        writeback.push(quote! {
                            #[__safety = "a list the object filled in with blocks of the task allocator, or left empty."]
                            let #r = unsafe { #v::TaskArray::<#rec>::adopt_list(&mut #local) };
                        });
                        out_tys.push(quote!(::std::vec::Vec<#rec>));
                    } else {
                        let start = if *requested {
                            sig.push(quote!(#n: u32));
                            notes.push(format!(
                                "`{}` names the members asked for (`IAP_*`), and the address is returned as an `AddressProps`; the object's task memory (the MIME allocator's) is freed.",
                                p.name
                            ));
                            quote! {{
                                let mut __e = <#rec as #v::TaskRecord>::zeroed();
                                __e.dwProps = #n;
                                __e
                            }}
                        } else {
                            quote!(<#rec as #v::TaskRecord>::zeroed())
                        };
                        pre.push(quote!(let mut #local = #start;));
                        writeback.push(quote! {
                            #[__safety = "a record the object filled in with blocks of the task allocator, or left empty."]
                            let #r = unsafe { #v::TaskOne::<#rec>::take(&mut #local) };
                        });
                        out_tys.push(quote!(#rec));
                    }
                    call.push(quote!(&mut #local));
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                }
                Arg::HandedOverFlag => {
                    call.push(quote!(1));
                }
                Arg::HandedOver(h) => {
                    let (ty, make, pass) = match h {
                        Handed::Objects { count: c, .. } => {
                            let unk = self.sys_const("IUnknown");
                            let c = format_ident!("__a{}", c);
                            notes.push(format!(
                                "`{}` is laid out in task memory (the MIME allocator's), its count and flag set from it, and handed over with one reference per object, for the object to release and free.",
                                p.name
                            ));
                            pre.push(quote!(let #local = #v::TaskObjects::new(#n)?;));
                            pre.push(quote!(let #c = #local.count();));
                            (
                                quote!(::std::vec::Vec<#sys::ComPtr<#unk>>),
                                quote!(),
                                quote!(#local.into_raw()),
                            )
                        }
                        Handed::Records { of, count: c, .. } => {
                            let rec = self.task_record(*of);
                            let c = format_ident!("__a{}", c);
                            notes.push(format!(
                                "`{}` is laid out in task memory (the MIME allocator's), its count and flag set from it, and handed over for the object to free.",
                                p.name
                            ));
                            pre.push(quote!(let #local = #v::TaskArray::<#rec>::new(#n)?;));
                            pre.push(quote!(let #c = #local.count();));
                            (quote!(&[#rec]), quote!(), quote!(#local.into_raw()))
                        }
                        Handed::One(MapiStruct::AddressList) => {
                            let rec = self.task_record(MapiStruct::AddressProps);
                            (
                                quote!(&[#rec]),
                                quote!(#v::TaskArray::<#rec>::new(#n)?),
                                quote!(&mut #local.into_list()),
                            )
                        }
                        Handed::One(MapiStruct::Blob) => (
                            quote!(&[u8]),
                            quote!(#v::TaskBlob::new(#n)?),
                            quote!(&mut #local.into_raw()),
                        ),
                        Handed::One(MapiStruct::PropVariant) => (
                            quote!(&#v::PropVariant),
                            quote!(#n.to_task()?),
                            quote!(&mut #local.into_raw()),
                        ),
                        Handed::One(of) => {
                            let rec = self.task_record(*of);
                            (
                                quote!(&#rec),
                                quote!(#v::TaskOne::<#rec>::new(#n)?),
                                quote!(&mut #local.into_raw()),
                            )
                        }
                    };
                    if h.array().is_none() {
                        notes.push(format!(
                            "A copy of `{}` is laid out in task memory (the MIME allocator's) and handed over for the object to free.",
                            p.name
                        ));
                        pre.push(quote!(let #local = #make;));
                    }
                    sig.push(quote!(#n: #ty));
                    call.push(pass);
                }
                Arg::TaskEntries {
                    of,
                    capacity,
                    count,
                } => {
                    let rec = self.task_record(*of);
                    let cap = to_ident(&m.params[*capacity].name);
                    let c = format_ident!("__a{}", count);
                    notes.push(format!(
                        "`{}` is an array of `{}` entries this method provides (more than 2^20 is `MAPI_E_INVALID_PARAMETER`); the entries the object fills in, `{}` of them, are returned as records and their task memory (the MIME allocator's) freed.",
                        p.name, m.params[*capacity].name, m.params[*count].name
                    ));
                    pre.push(quote!(let mut #local = #v::TaskEntries::<#rec>::buffer(#cap)?;));
                    call.push(quote!(#local.as_mut_ptr()));
                    let r = format_ident!("__r{}", idx);
                    writeback.push(quote! {
                        #[__safety = "the entries are zeroed or filled in by the object with blocks of the task allocator."]
                        let #r = unsafe { #v::TaskEntries::<#rec>::adopt(&mut #local, #c) };
                    });
                    check.push(quote!(let #r = #r?;));
                    outs.push(quote!(#r));
                    out_tys.push(quote!(::std::vec::Vec<#rec>));
                }
                Arg::OpaqueOut => {
                    let (zero, mutable) = if to.is_some_and(|t| self.is_const_ptr(t)) {
                        (quote!(::core::ptr::null()), quote!(.cast_mut()))
                    } else {
                        (quote!(::core::ptr::null_mut()), quote!())
                    };
                    pre.push(quote!(let mut #local: #to_ty = #zero;));
                    call.push(quote!(&mut #local));
                    outs.push(quote!(::core::ptr::NonNull::new(#local #mutable .cast())));
                    out_tys.push(quote!(
                        ::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>
                    ));
                    notes.push(format!(
                        "`{}` is returned as the object stored it, a value it does not look through (`None` for null).",
                        p.name
                    ));
                }
                Arg::FlagsRef(g) => {
                    let g = self.flag_path(*g);
                    let make = quote!(::core::ptr::from_ref(__r).cast::<#to_ty>() #mut_ptr);
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<&#g>));
                        pre.push(quote! {
                            let #local: #pty = match #n {
                                ::core::option::Option::Some(__r) => #make,
                                ::core::option::Option::None => #null,
                            };
                        });
                    } else {
                        sig.push(quote!(#n: &#g));
                        pre.push(quote! {
                            let __r = #n;
                            let #local: #pty = #make;
                        });
                    }
                    call.push(quote!(#local));
                }
                Arg::FlagsInOut(g) => {
                    let g = self.flag_path(*g);
                    sig.push(quote!(#n: &mut #g));
                    pre.push(quote!(let mut #local: #to_ty = #n.bits();));
                    call.push(quote!(&mut #local));
                    writeback.push(quote!(*#n = #g::from_bits_retain(#local);));
                    notes.push(format!(
                        "`{}` is written back with the flags the object returns, whether or not the call succeeds.",
                        p.name
                    ));
                }
                Arg::Slice { count, bytes, out } => {
                    let cp = &m.params[*count];
                    let cty = self.param_ty(&cp.ty);
                    let clocal = format_ident!("__a{}", count);
                    let elem = if *bytes {
                        quote!(u8)
                    } else {
                        to_ty.clone().unwrap_or_default()
                    };
                    let recast = if *bytes
                        && !matches!(to.map(|t| self.strip(t)), Some(Type::Prim(Prim::U8)))
                    {
                        quote!(.cast())
                    } else {
                        quote!()
                    };
                    let (slice_ty, ptr) = if *out {
                        (quote!(&mut [#elem]), quote!(__s.as_mut_ptr() #recast))
                    } else {
                        (quote!(&[#elem]), quote!(__s.as_ptr() #mut_ptr #recast))
                    };
                    let len = quote! {
                        <#cty as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                            .map_err(|_| #sys::Hresult(#invalid))?
                    };
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<#slice_ty>));
                        pre.push(quote! {
                            let (#local, #clocal): (#pty, #cty) = match #n {
                                ::core::option::Option::Some(__s) => (#ptr, #len),
                                ::core::option::Option::None => (#null, 0),
                            };
                        });
                    } else {
                        sig.push(quote!(#n: #slice_ty));
                        pre.push(quote! {
                            let __s = #n;
                            let (#local, #clocal): (#pty, #cty) = (#ptr, #len);
                        });
                    }
                    call.push(quote!(#local));
                    let unit = if *bytes { "in bytes" } else { "in elements" };
                    notes.push(format!(
                        "`{}` is the length of `{}` ({unit}); more than `{}` can hold is `MAPI_E_INVALID_PARAMETER`.",
                        cp.name,
                        p.name,
                        self.m.type_name(&cp.ty)
                    ));
                }
                Arg::Count(_) => {
                    call.push(quote!(#local));
                }
                Arg::Ref => {
                    let make = quote!(::core::ptr::from_ref(__r) #mut_ptr);
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<&#to_ty>));
                        pre.push(quote! {
                            let #local: #pty = match #n {
                                ::core::option::Option::Some(__r) => #make,
                                ::core::option::Option::None => #null,
                            };
                        });
                    } else {
                        sig.push(quote!(#n: &#to_ty));
                        pre.push(quote! {
                            let __r = #n;
                            let #local: #pty = #make;
                        });
                    }
                    call.push(quote!(#local));
                }
                Arg::InIface(_) | Arg::InIid(_) => {
                    let c = if self.is_const_ptr(&p.ty) {
                        quote!(.cast_const())
                    } else {
                        quote!()
                    };
                    let (t, make) = match a {
                        Arg::InIid(r) => {
                            let u = generic_of(*r);
                            (quote!(#u), quote!(__r.as_raw() #c .cast()))
                        }
                        Arg::InIface(iface) => (self.iface_path(*iface), quote!(__r.as_raw() #c)),
                        _ => (quote!(), quote!()),
                    };
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<&#sys::ComPtr<#t>>));
                        pre.push(quote! {
                            let #local: #pty = match #n {
                                ::core::option::Option::Some(__r) => #make,
                                ::core::option::Option::None => #null,
                            };
                        });
                    } else {
                        sig.push(quote!(#n: &#sys::ComPtr<#t>));
                        pre.push(quote! {
                            let __r = #n;
                            let #local: #pty = #make;
                        });
                    }
                    call.push(quote!(#local));
                }
                Arg::Riid => {
                    let u = generic_of(idx);
                    let iid = format_ident!("__iid{}", idx);
                    pre.push(quote! {
                        let #iid: #sys::GUID = <#u as #sys::Interface>::IID;
                        let #local: #pty = ::core::ptr::from_ref(&#iid) #mut_ptr;
                    });
                    call.push(quote!(#local));
                    notes.push(format!("`{}` is the IID of `{u}`.", p.name));
                }
                Arg::InOutRef => {
                    sig.push(quote!(#n: &mut #to_ty));
                    pre.push(quote!(let #local: #pty = #n;));
                    call.push(quote!(#local));
                }
                Arg::Out(flags) => {
                    let t = to.unwrap_or(&Type::Void);
                    let zero = self.zero(t);
                    pre.push(quote!(let mut #local: #to_ty = #zero;));
                    call.push(quote!(&mut #local));
                    match flags {
                        Some(g) => {
                            let g = self.flag_path(*g);
                            outs.push(quote!(#g::from_bits_retain(#local)));
                            out_tys.push(g);
                        }
                        None => {
                            outs.push(quote!(#local));
                            out_tys.push(to_ty.clone().unwrap_or_default());
                        }
                    }
                }
                Arg::OutIface(iface, null_ok) => {
                    let t = self.iface_path(*iface);
                    let cast = if to.is_some_and(|t| self.is_const_ptr(t)) {
                        quote!(.cast_mut())
                    } else {
                        quote!()
                    };
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    let take = quote! {
                        #[__safety = "on success the object handed over one reference to a live object of this interface, or null."]
                        unsafe { #sys::ComPtr::<#t>::from_raw(#local #cast) }
                    };
                    post.push(quote!(let #r = #take;));
                    if *null_ok {
                        out_tys.push(quote!(::core::option::Option<#sys::ComPtr<#t>>));
                    } else {
                        check.push(quote!(let #r = #r.ok_or(#sys::Hresult(#call_failed))?;));
                        out_tys.push(quote!(#sys::ComPtr<#t>));
                    }
                    outs.push(quote!(#r));
                }
                Arg::OutIid(riid, null_ok) => {
                    let u = generic_of(*riid);
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    let take = quote! {
                        #[__safety = "on success the object handed over one reference to a live object of the interface whose IID was passed (`U::IID`), or null."]
                        unsafe { #sys::ComPtr::<#u>::from_raw(#local.cast()) }
                    };
                    post.push(quote!(let #r = #take;));
                    if *null_ok {
                        out_tys.push(quote!(::core::option::Option<#sys::ComPtr<#u>>));
                    } else {
                        check.push(quote!(let #r = #r.ok_or(#sys::Hresult(#no_interface))?;));
                        out_tys.push(quote!(#sys::ComPtr<#u>));
                    }
                    outs.push(quote!(#r));
                }
                Arg::Str(width) | Arg::StrArray(width) => {
                    // A string, or a null-terminated array of them, in the
                    // call's width.
                    let (ty, write) = match a {
                        Arg::Str(_) => (quote!(&str), quote!(str_in)),
                        _ => (quote!(&[&str]), quote!(str_array_in)),
                    };
                    let unicode = self.unicode_of(m, &plan, *width);
                    let b = format_ident!("__b{}", idx);
                    let ptr = quote!(__s.as_ptr() #mut_ptr .cast());
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<#ty>));
                        pre.push(quote! {
                            let #b = match #n {
                                ::core::option::Option::Some(__t) => ::core::option::Option::Some(#call_mod::#write(__t, #unicode)?),
                                ::core::option::Option::None => ::core::option::Option::None,
                            };
                            let #local: #pty = match &#b {
                                ::core::option::Option::Some(__s) => #ptr,
                                ::core::option::Option::None => #null,
                            };
                        });
                    } else {
                        sig.push(quote!(#n: #ty));
                        pre.push(quote! {
                            let #b = #call_mod::#write(#n, #unicode)?;
                            let __s = &#b;
                            let #local: #pty = #ptr;
                        });
                    }
                    call.push(quote!(#local));
                    notes.push(match (a, width) {
                        (Arg::StrArray(_), _) => format!(
                            "`{}` is passed as a null-terminated array of strings of the call's width (a NUL inside one is `MAPI_E_INVALID_PARAMETER`).",
                            p.name
                        ),
                        (_, Width::ByFlag(f)) => format!(
                            "`{}` is passed in UTF-16 with `MAPI_UNICODE` in `{}`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.",
                            p.name, m.params[*f].name
                        ),
                        (_, Width::Unicode) => format!(
                            "`{}` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.",
                            p.name
                        ),
                        (_, Width::Ansi) => format!(
                            "`{}` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.",
                            p.name
                        ),
                    });
                }
                Arg::CountLocal => {
                    call.push(quote!(&mut #local));
                }
                Arg::Consumed { count } => {
                    let c = format_ident!("__a{}", count);
                    let cty =
                        self.param_ty(self.pointee(&m.params[*count].ty).unwrap_or(&Type::Void));
                    sig.push(quote!(#n: &[u8]));
                    pre.push(quote! {
                        let mut #local: #to_ty = #n.as_ptr().cast_mut();
                        let mut #c: #cty = <#cty as ::core::convert::TryFrom<usize>>::try_from(#n.len())
                            .map_err(|_| #sys::Hresult(#invalid))?;
                    });
                    call.push(quote!(&mut #local));
                    notes.push(format!(
                        "`{}` is read by the object (which then sets the caller's pointer and size to zero, as MAPI says); `{}` is its size.",
                        p.name, m.params[*count].name
                    ));
                }
                Arg::Replace { count } => {
                    needs_alloc = true;
                    let c = format_ident!("__a{}", count);
                    let cty =
                        self.param_ty(self.pointee(&m.params[*count].ty).unwrap_or(&Type::Void));
                    let before = format_ident!("__before{}", idx);
                    let given = format_ident!("__given{}", idx);
                    sig.push(quote!(#n: &mut ::core::option::Option<#v::MapiBuffer<u8>>));
                    pre.push(quote! {
                        let #before = #n.as_ref().map(#v::MapiBuffer::allocator);
                        let (mut #c, mut #local): (#cty, #to_ty) = match #n.take() {
                            ::core::option::Option::Some(__b) => {
                                let (__count, __ptr) = __b.into_raw_parts();
                                (__count, __ptr.cast())
                            }
                            ::core::option::Option::None => (0, ::core::ptr::null_mut()),
                        };
                        let #given = #local;
                    });
                    call.push(quote!(&mut #local));
                    let safety = format!(
                        "the pointer is the caller's block, or one the object allocated with `alloc`, holding `{}` bytes; or null.",
                        m.params[*count].name
                    );
                    writeback.push(quote! {
                        // The block given back (or null) is adopted on every path:
                        // the caller's own when the object left it, else a new one
                        // of `alloc` (the object freed the old one).
                        let __owner = match #before {
                            ::core::option::Option::Some(__a) if #local == #given => __a,
                            _ => *alloc,
                        };
                        #[__safety = #safety]
                        *#n = unsafe { #v::MapiBuffer::from_raw(__owner, #local.cast(), #c) };
                    });
                    notes.push(format!(
                        "`{}` is the caller's MAPI buffer (its size is `{}`), which the object may free and replace with one of `alloc`; it is written back on every path.",
                        p.name, m.params[*count].name
                    ));
                }
                Arg::IfaceInOut(iface) => {
                    let t = self.iface_path(*iface);
                    sig.push(quote!(#n: &mut ::core::option::Option<#sys::ComPtr<#t>>));
                    pre.push(quote! {
                        let mut #local: #to_ty = #n
                            .take()
                            .map_or(::core::ptr::null_mut(), #sys::ComPtr::into_raw);
                    });
                    call.push(quote!(&mut #local));
                    writeback.push(quote! {
                        #[__safety = "whatever the slot holds after the call, on every path, is a reference the caller owns, or null."]
                        *#n = unsafe { #sys::ComPtr::<#t>::from_raw(#local) };
                    });
                    notes.push(format!(
                        "`{}` lends its reference to the object and holds whatever the object leaves in the slot, whether or not the call succeeds.",
                        p.name
                    ));
                }
                Arg::Lent { of, count } => {
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let c = format_ident!("__a{}", count);
                    let r = format_ident!("__r{}", idx);
                    let (ty, read) = match of {
                        Lent::Strings(w) => {
                            let unicode = self.unicode_of(m, &plan, *w);
                            (
                                quote!(::std::vec::Vec<::std::string::String>),
                                quote!(#call_mod::lent_strings(#local.cast(), #c, #unicode)),
                            )
                        }
                        Lent::Uids => (
                            quote!(::std::vec::Vec<#sys::MAPIUID>),
                            quote!(#call_mod::lent_uids(#local.cast(), #c)),
                        ),
                    };
                    post.push(quote! {
                        #[__safety = "on success the object lent `count` elements, valid while it lives (it outlives this call)."]
                        let #r = unsafe { #read };
                    });
                    check.push(quote!(let #r = #r?;));
                    out_tys.push(ty);
                    outs.push(quote!(#r));
                    notes.push(format!(
                        "`{}` is the object's own array: copied into owned values.",
                        p.name
                    ));
                }
                Arg::AllocatorOut(part) => {
                    pre.push(quote!(let mut #local: #to_ty = ::core::option::Option::None;));
                    call.push(quote!(&mut #local));
                    if *part == 2 {
                        let (a0, a1) = (
                            format_ident!("__a{}", idx - 2),
                            format_ident!("__a{}", idx - 1),
                        );
                        let r = format_ident!("__r{}", idx);
                        post.push(quote! {
                            #[__safety = "the object returns MAPI's allocator functions, which keep `Allocator::new`'s contract (the method's contract)."]
                            let #r = unsafe { #v::Allocator::from_optional(#a0, #a1, #local) };
                        });
                        check.push(quote!(let #r = #r.ok_or_else(#call_mod::missing_output)?;));
                        out_tys.push(quote!(#v::Allocator));
                        outs.push(quote!(#r));
                    }
                }
                Arg::Parallel { with, props } => {
                    let tags = to_ident(&m.params[*with].name);
                    let ty = if *props {
                        quote!(&[#v::Prop])
                    } else {
                        quote!(&[#sys::ULONG])
                    };
                    let len = if m.params[*with].optional {
                        quote!(#tags.map_or(0, |__t| __t.len()))
                    } else {
                        quote!(#tags.len())
                    };
                    // Values are laid out for the call; integers lent as they are.
                    let b = format_ident!("__b{}", idx);
                    let check_len = quote! {
                        if __t.len() != #len {
                            return ::core::result::Result::Err(#sys::Hresult(#invalid));
                        }
                    };
                    match (*props, p.optional) {
                        (true, true) => {
                            sig.push(quote!(#n: ::core::option::Option<#ty>));
                            pre.push(quote! {
                                let #b = match #n {
                                    ::core::option::Option::Some(__t) => {
                                        #check_len
                                        ::core::option::Option::Some(#call_mod::props_in(__t)?)
                                    }
                                    ::core::option::Option::None => ::core::option::Option::None,
                                };
                                let #local: #pty = match &#b {
                                    ::core::option::Option::Some(__s) => __s.as_ptr() #mut_ptr,
                                    ::core::option::Option::None => #null,
                                };
                            });
                        }
                        (true, false) => {
                            sig.push(quote!(#n: #ty));
                            pre.push(quote! {
                                let __t = #n;
                                #check_len
                                let #b = #call_mod::props_in(__t)?;
                                let #local: #pty = #b.as_ptr() #mut_ptr;
                            });
                        }
                        (false, true) => {
                            sig.push(quote!(#n: ::core::option::Option<#ty>));
                            pre.push(quote! {
                                let #local: #pty = match #n {
                                    ::core::option::Option::Some(__t) => {
                                        #check_len
                                        __t.as_ptr() #mut_ptr
                                    }
                                    ::core::option::Option::None => #null,
                                };
                            });
                        }
                        (false, false) => {
                            sig.push(quote!(#n: #ty));
                            pre.push(quote! {
                                if #n.len() != #len {
                                    return ::core::result::Result::Err(#sys::Hresult(#invalid));
                                }
                                let #local: #pty = #n.as_ptr() #mut_ptr;
                            });
                        }
                    }
                    call.push(quote!(#local));
                    notes.push(format!(
                        "`{}` has one element per tag of `{}` (another length is `MAPI_E_INVALID_PARAMETER`).",
                        p.name, m.params[*with].name
                    ));
                }
                Arg::ReservedPtr => {
                    call.push(null.clone());
                    notes.push(format!("`{}` is reserved: null is passed.", p.name));
                }
                Arg::TagsInOut => {
                    needs_alloc = true;
                    let b = format_ident!("__b{}", idx);
                    let r = format_ident!("__r{}", idx);
                    sig.push(quote!(#n: ::core::option::Option<&[#v::PropTag]>));
                    pre.push(quote! {
                        let mut #b = match #n {
                            ::core::option::Option::Some(__t) => ::core::option::Option::Some(#call_mod::tags_in(__t)?),
                            ::core::option::Option::None => ::core::option::Option::None,
                        };
                        let mut #local: #to_ty = match &mut #b {
                            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
                            ::core::option::Option::None => ::core::ptr::null_mut(),
                        };
                    });
                    call.push(quote!(&mut #local));
                    post.push(quote! {
                        #[__safety = "when no array was given, on success the object stored a root block of the allocator it was given holding a tag array, or null; a given array stays the caller's."]
                        let #r = if #b.is_none() {
                            unsafe { #v::MapiBuffer::from_raw(*alloc, #local, 1) }
                        } else {
                            ::core::option::Option::None
                        };
                        #[allow(unused_variables)]
                        let __ntags: #sys::ULONG = match (&#b, &#r) {
                            (::core::option::Option::Some(__s), _) => __s.tags().len() as #sys::ULONG,
                            (::core::option::Option::None, ::core::option::Option::Some(__t)) => {
                                __t.tags().map_or(0, |__t| __t.len() as #sys::ULONG)
                            }
                            _ => 0,
                        };
                    });
                    out_tys
                        .push(quote!(::core::option::Option<#v::MapiBuffer<#sys::SPropTagArray>>));
                    outs.push(quote!(#r));
                    notes.push(format!(
                        "`{}`: the tags asked about, or `None` for all, in which case the object's array of them is returned.",
                        p.name
                    ));
                }
                Arg::FlagsListInOut => {
                    let b = format_ident!("__b{}", idx);
                    sig.push(quote!(#n: &mut [#sys::ULONG]));
                    pre.push(quote! {
                        let mut #b = #call_mod::flag_list_in(#n)?;
                        let #local: #pty = #b.as_mut_ptr();
                    });
                    call.push(quote!(#local));
                    check.push(quote!(#b.copy_to(#n);));
                    notes.push(format!(
                        "`{}` has one flag per entry; the object's flags are copied back when the call succeeds.",
                        p.name
                    ));
                }
                Arg::AdrListInOut => {
                    needs_alloc = true;
                    let b = format_ident!("__b{}", idx);
                    sig.push(quote!(#n: &mut [::std::vec::Vec<#v::Prop>]));
                    pre.push(quote! {
                        let #b = #call_mod::adr_list_in(alloc, &*#n)?;
                        let #local: #pty = #b.as_ptr().cast_mut();
                    });
                    call.push(quote!(#local));
                    post.push(quote! {
                        let __read = #call_mod::adr_list_out(&#b);
                        ::core::mem::drop(#b);
                    });
                    check.push(quote!(#call_mod::adr_list_back(#n, __read?)?;));
                    notes.push(format!(
                        "`{}` is written with `alloc` for the call (the object may replace its entries, freeing and allocating them with its allocator, which must be `alloc`) and read back when the call succeeds.",
                        p.name
                    ));
                }
                Arg::Tags
                | Arg::Sort
                | Arg::Entries
                | Arg::Restriction
                | Arg::AdrList
                | Arg::Row
                | Arg::Rows
                | Arg::OneProp
                | Arg::NotifKey
                | Arg::Notification
                | Arg::MessageClasses
                | Arg::FormInfos
                | Arg::AcctVariant
                | Arg::PropVariant
                | Arg::Blob
                | Arg::Binary
                | Arg::RowList => {
                    let b = format_ident!("__b{}", idx);
                    let (ty, make, ptr) = match a {
                        Arg::Tags => (
                            quote!(&[#v::PropTag]),
                            quote!(#call_mod::tags_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::Sort => (
                            quote!(&#v::SortOrderSet),
                            quote!(#call_mod::sort_in(__t)?),
                            quote!(__s.as_ptr().cast_mut()),
                        ),
                        Arg::Entries => (
                            quote!(&[&[u8]]),
                            quote!(#call_mod::entry_list_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::Restriction => (
                            quote!(&#v::Restriction),
                            quote!(#call_mod::restriction_in(__t)?),
                            quote!(__s.as_ptr().cast_mut()),
                        ),
                        Arg::Row => (
                            quote!(&[#v::Prop]),
                            quote!(#call_mod::row_in(__t)?),
                            quote!(__s.as_ptr().cast_mut()),
                        ),
                        Arg::Rows => (
                            quote!(&[::std::vec::Vec<#v::Prop>]),
                            quote!(#call_mod::rows_in(__t)?),
                            quote!(__s.as_ptr().cast_mut()),
                        ),
                        Arg::OneProp => (
                            quote!(&#v::Prop),
                            quote!(#call_mod::props_in(::core::slice::from_ref(__t))?),
                            quote!(__s.as_ptr().cast_mut()),
                        ),
                        Arg::NotifKey => (
                            quote!(&[u8]),
                            quote!(#call_mod::notif_key_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::Binary => (
                            quote!(&[u8]),
                            quote!(#call_mod::binary_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::Blob => (
                            quote!(&[u8]),
                            quote!(#call_mod::blob_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::RowList => (
                            quote!(&[#v::RowEntry]),
                            quote!(#call_mod::row_list_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::Notification => (
                            quote!(&#v::NotificationRef<'_>),
                            quote!(#call_mod::notification_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::PropVariant => (
                            quote!(&#v::PropVariant),
                            quote!(#call_mod::prop_variant_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::AcctVariant => (
                            quote!(&#v::AcctValue),
                            quote!(#call_mod::acct_variant_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::MessageClasses => (
                            quote!(&[&str]),
                            quote!(#call_mod::message_classes_in(__t)?),
                            quote!(__s.as_mut_ptr()),
                        ),
                        Arg::FormInfos => {
                            let info = self.sys_const("IMAPIFormInfo");
                            (
                                quote!(&[::core::option::Option<#sys::ComPtr<#info>>]),
                                quote!(#call_mod::form_infos_in(__t)?),
                                quote!(__s.as_mut_ptr()),
                            )
                        }
                        _ => {
                            needs_alloc = true;
                            (
                                quote!(&[::std::vec::Vec<#v::Prop>]),
                                quote!(#call_mod::adr_list_in(alloc, __t)?),
                                quote!(__s.as_ptr().cast_mut()),
                            )
                        }
                    };
                    let ptr = if self.is_const_ptr(&p.ty) {
                        quote!(#ptr.cast_const())
                    } else {
                        ptr
                    };
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<#ty>));
                        pre.push(quote! {
                            #[allow(unused_mut)]
                            let mut #b = match #n {
                                ::core::option::Option::Some(__t) => ::core::option::Option::Some(#make),
                                ::core::option::Option::None => ::core::option::Option::None,
                            };
                            let #local: #pty = match &mut #b {
                                ::core::option::Option::Some(__s) => #ptr,
                                ::core::option::Option::None => #null,
                            };
                        });
                    } else {
                        sig.push(quote!(#n: #ty));
                        pre.push(quote! {
                            let __t = #n;
                            #[allow(unused_mut)]
                            let mut #b = #make;
                            let __s = &mut #b;
                            let #local: #pty = #ptr;
                        });
                    }
                    call.push(quote!(#local));
                }
                Arg::Props { count }
                | Arg::Names { count }
                | Arg::ReadStates { count }
                | Arg::Notifications { count } => {
                    // Counted Rust values laid out for the call by a writer.
                    let (elem, write, cast, c_name) = match a {
                        Arg::Props { .. } => {
                            (quote!(Prop), quote!(props_in), quote!(), "SPropValue")
                        }
                        Arg::ReadStates { .. } => (
                            quote!(ReadState<'_>),
                            quote!(read_states_in),
                            quote!(),
                            "READSTATE",
                        ),
                        Arg::Notifications { .. } => (
                            quote!(NotificationRef<'_>),
                            quote!(notifications_in),
                            quote!(),
                            "NOTIFICATION",
                        ),
                        _ => (
                            quote!(NameId),
                            quote!(name_ids_in),
                            quote!(.cast()),
                            "MAPINAMEID",
                        ),
                    };
                    let cp = &m.params[*count];
                    let cty = self.param_ty(&cp.ty);
                    let clocal = format_ident!("__a{}", count);
                    let b = format_ident!("__b{}", idx);
                    let ptr = quote!(__s.as_ptr() #mut_ptr #cast);
                    let ty = quote!(&[#v::#elem]);
                    if p.optional {
                        sig.push(quote!(#n: ::core::option::Option<#ty>));
                        pre.push(quote! {
                            let #b = match #n {
                                ::core::option::Option::Some(__t) => ::core::option::Option::Some(#call_mod::#write(__t)?),
                                ::core::option::Option::None => ::core::option::Option::None,
                            };
                            let (#local, #clocal): (#pty, #cty) = match &#b {
                                ::core::option::Option::Some(__s) => (#ptr, __s.count()),
                                ::core::option::Option::None => (#null, 0),
                            };
                        });
                    } else {
                        sig.push(quote!(#n: #ty));
                        pre.push(quote! {
                            let #b = #call_mod::#write(#n)?;
                            let __s = &#b;
                            let (#local, #clocal): (#pty, #cty) = (#ptr, __s.count());
                        });
                    }
                    call.push(quote!(#local));
                    notes.push(format!(
                        "`{}` is laid out as `{c_name}`s for the call; `{}` is their count.",
                        p.name, cp.name
                    ));
                }
                Arg::CountedStrs { count, unicode } => {
                    // The strings laid out null-terminated (which a callee
                    // reading `count` of them never reaches); the count is
                    // the slice's length.
                    let cp = &m.params[*count];
                    let cty = self.param_ty(&cp.ty);
                    let clocal = format_ident!("__a{}", count);
                    let b = format_ident!("__b{}", idx);
                    sig.push(quote!(#n: &[&str]));
                    pre.push(quote! {
                        let #b = #call_mod::str_array_in(#n, #unicode)?;
                        let #local: #pty = #b.as_ptr() #mut_ptr .cast();
                        let #clocal: #cty = <#cty as ::core::convert::TryFrom<usize>>::try_from(#n.len())
                            .map_err(|_| #sys::Hresult(#invalid))?;
                    });
                    call.push(quote!(#local));
                    notes.push(format!(
                        "`{}` is passed as an array of {} strings (a NUL inside one is `MAPI_E_INVALID_PARAMETER`); `{}` is their count.",
                        p.name,
                        if *unicode { "UTF-16" } else { "8-bit (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`)" },
                        cp.name
                    ));
                }
                Arg::AllocCount => {
                    pre.push(quote!(let mut #local: #to_ty = 0;));
                    call.push(quote!(&mut #local));
                }
                Arg::Alloc {
                    of,
                    count,
                    width,
                    null_ok,
                } => {
                    needs_alloc = true;
                    pre.push(quote!(let mut #local: #to_ty = ::core::ptr::null_mut();));
                    call.push(quote!(&mut #local));
                    let r = format_ident!("__r{}", idx);
                    let counted = match count {
                        Some(c) => {
                            let c = format_ident!("__a{}", c);
                            quote!(#c)
                        }
                        None => quote!(1),
                    };
                    let buffer = |t: TokenStream| {
                        (
                            quote!(#v::MapiBuffer<#t>),
                            quote! {
                                #[__safety = "on success the object stored a root block of the allocator it was given (MAPI's contract for this `[out]`), or null."]
                                unsafe { #v::MapiBuffer::from_raw(*alloc, #local.cast::<#t>(), #counted) }
                            },
                        )
                    };
                    // For structures read into owned values once adopted:
                    // the values' type and the buffer's reader.
                    let mut read: Option<(TokenStream, TokenStream)> = None;
                    let (ty, adopt) = match of {
                        Alloc::Struct(MapiStruct::PropValue) => {
                            buffer(self.sys_const("SPropValue"))
                        }
                        Alloc::Struct(MapiStruct::TagArray) => {
                            buffer(self.sys_const("SPropTagArray"))
                        }
                        Alloc::Struct(MapiStruct::ProblemArray) => {
                            buffer(self.sys_const("SPropProblemArray"))
                        }
                        Alloc::Struct(MapiStruct::TnefProblemArray) => {
                            buffer(self.sys_const("STnefProblemArray"))
                        }
                        Alloc::Struct(MapiStruct::RowSet) => buffer(self.sys_const("SRowSet")),
                        Alloc::Struct(MapiStruct::SortOrderSet) => {
                            buffer(self.sys_const("SSortOrderSet"))
                        }
                        Alloc::Struct(MapiStruct::MapiError) => {
                            let unicode = self.unicode_of(m, &plan, width.unwrap_or(Width::Ansi));
                            (
                                quote!(#v::MapiErrorBuffer),
                                quote! {
                                    #[__safety = "on success the object stored a root block of the allocator it was given, with strings of the width the flags asked for, or null."]
                                    unsafe { #v::MapiErrorBuffer::from_raw(*alloc, #local.cast(), #unicode) }
                                },
                            )
                        }
                        Alloc::Struct(MapiStruct::Restriction) => {
                            buffer(self.sys_const("SRestriction"))
                        }
                        Alloc::Struct(MapiStruct::EntryList) => {
                            buffer(self.sys_const("SBinaryArray"))
                        }
                        Alloc::Struct(MapiStruct::Row) => buffer(self.sys_const("SRow")),
                        Alloc::Struct(MapiStruct::NameId) => {
                            let (_, adopt) = buffer(self.sys_const("LPMAPINAMEID"));
                            (quote!(#v::NameIdBuffer), adopt)
                        }
                        Alloc::Struct(MapiStruct::FormInfoArray) => {
                            let info = self.sys_const("IMAPIFormInfo");
                            let (t, adopt) = buffer(self.sys_const("SMAPIFormInfoArray"));
                            read = Some((
                                quote!(::std::vec::Vec<::core::option::Option<#sys::ComPtr<#info>>>),
                                quote!(form_infos),
                            ));
                            (t, adopt)
                        }
                        Alloc::Struct(MapiStruct::FormPropArray) => {
                            read =
                                Some((quote!(::std::vec::Vec<#v::FormProp>), quote!(form_props)));
                            buffer(self.sys_const("SMAPIFormPropArray"))
                        }
                        Alloc::Struct(MapiStruct::VerbArray) => {
                            read = Some((quote!(::std::vec::Vec<#v::Verb>), quote!(verbs)));
                            buffer(self.sys_const("SMAPIVerbArray"))
                        }
                        Alloc::Plain => {
                            let t = self.ty(self
                                .pointee(&p.ty)
                                .and_then(|t| self.pointee(t))
                                .unwrap_or(&Type::Void));
                            (
                                t.clone(),
                                quote! {
                                    #[__safety = "on success the object stored a root block of the allocator it was given holding one plain structure, or null."]
                                    unsafe { #call_mod::adopt_plain::<#t>(alloc, #local.cast()) }
                                },
                            )
                        }
                        Alloc::Struct(_) => buffer(self.sys_const("ENTRYID")),
                        Alloc::Bytes => buffer(quote!(u8)),
                        Alloc::Ulongs => {
                            let (ty, _) = buffer(self.sys_const("ULONG"));
                            let t = self.sys_const("ULONG");
                            (
                                ty,
                                quote! {
                                    #[__safety = "on success the object stored a root block of the allocator it was given holding one value per tag, or null."]
                                    unsafe { #v::MapiBuffer::from_raw(*alloc, #local.cast::<#t>(), __ntags) }
                                },
                            )
                        }
                        Alloc::Strings(w) => {
                            let unicode = self.unicode_of(m, &plan, *w);
                            (
                                quote!(#v::MapiStrings),
                                quote! {
                                    #[__safety = "on success the object stored a root block of the allocator it was given holding that many strings of the width the call asked for, or null."]
                                    unsafe { #call_mod::adopt_strings(alloc, #local.cast(), #counted, #unicode) }
                                },
                            )
                        }
                        Alloc::String(w) => {
                            let unicode = self.unicode_of(m, &plan, *w);
                            (
                                quote!(#v::MapiStr),
                                quote! {
                                    #[__safety = "on success the object stored a root block of the allocator it was given holding a string of the width the call asked for, or null."]
                                    unsafe { #call_mod::adopt_str(alloc, #local.cast(), #unicode) }
                                },
                            )
                        }
                    };
                    post.push(quote!(let #r = #adopt;));
                    if matches!(of, Alloc::String(_) | Alloc::Strings(_)) {
                        check.push(quote!(let #r = #r?;));
                    }
                    // Problem arrays come only when there are problems.
                    let optional_out = *null_ok
                        || matches!(
                            of,
                            Alloc::Struct(MapiStruct::ProblemArray | MapiStruct::TnefProblemArray)
                        );
                    if let Some((owned, reader)) = read {
                        if optional_out {
                            check.push(quote! {
                                let #r = match #r {
                                    ::core::option::Option::Some(__b) => ::core::option::Option::Some(__b.#reader()?),
                                    ::core::option::Option::None => ::core::option::Option::None,
                                };
                            });
                            out_tys.push(quote!(::core::option::Option<#owned>));
                        } else {
                            check.push(quote!(let #r = #r.ok_or_else(#call_mod::missing_output)?.#reader()?;));
                            out_tys.push(owned);
                        }
                    } else if optional_out {
                        out_tys.push(quote!(::core::option::Option<#ty>));
                    } else {
                        check.push(quote!(let #r = #r.ok_or_else(#call_mod::missing_output)?;));
                        out_tys.push(ty);
                    }
                    outs.push(quote!(#r));
                }
                Arg::Reserved(pass) => {
                    match pass {
                        Pass::Value => call.push(quote!(0)),
                        _ => {
                            pre.push(quote!(let mut #local: #to_ty = 0;));
                            call.push(quote!(&mut #local));
                        }
                    }
                    notes.push(format!("`{}` is reserved: zero is passed.", p.name));
                }
            }
        }

        if needs_alloc {
            sig.insert(0, quote!(alloc: &#v::Allocator));
            notes.insert(
                0,
                "`alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.".to_string(),
            );
        }
        let safety = self.safety(m, &plan);
        let is_unsafe = !safety.is_empty();
        let unsafe_kw = if is_unsafe { quote!(unsafe) } else { quote!() };
        let generics = if generic_names.is_empty() || plan.generics.is_empty() {
            quote!()
        } else {
            quote!(<#(#generic_names: #sys::Interface),*>)
        };

        // Docs: the IDL's, the slot, what became of the C parameters, safety.
        let mut text = method_docs(self.m, m);
        if text.trim().is_empty() {
            text = format!("`{}::{}`.", i.name, m.name);
        }
        text.push_str(&format!(
            "\n\nCalls slot {} of the vtable, [`{}Vtbl::{}`].",
            m.slot, i.name, m.name
        ));
        let returned: Vec<&str> = m
            .params
            .iter()
            .zip(&plan.args)
            .filter(|(_, a)| {
                matches!(
                    a,
                    Arg::Out(_)
                        | Arg::OutIface(..)
                        | Arg::OutIid(..)
                        | Arg::Alloc { .. }
                        | Arg::TaskString(_)
                        | Arg::Variant(_)
                        | Arg::TaskBlob
                        | Arg::TaskRecord { .. }
                        | Arg::TaskArray { .. }
                        | Arg::TaskEntries { .. }
                        | Arg::Bstr(true)
                        | Arg::IfaceArray { .. }
                )
            })
            .map(|(p, _)| p.name.as_str())
            .collect();
        match returned.len() {
            0 => {}
            1 => notes.push(format!("Returns `{}`.", returned[0])),
            _ => notes.push(format!("Returns `({})`.", returned.join(", "))),
        }
        if plan.fallible() {
            notes.push(
                "The method has no status of its own: `Err` means an argument could not be laid out for the call, and the object was not called."
                    .into(),
            );
        }
        if !notes.is_empty() {
            text.push_str(" In Rust:\n");
            for n in &notes {
                text.push_str(&format!("\n- {n}"));
            }
        }
        if is_unsafe {
            text.push_str("\n\n# Safety\n");
            for l in &safety {
                text.push_str(&format!("\n- {l}"));
            }
        }
        let doc = docs(&text, String::new);

        let invoke = quote! {
            (self.base_vtable::<#iname>().#slot)(self.as_raw().cast(), #(#call),*)
        };

        if !plan.hresult {
            let mut ret = self.value_ret(&m.ret);
            let invoke = if self.pointee(&m.ret).is_some() {
                quote!(::core::ptr::NonNull::new(#invoke))
            } else {
                invoke
            };
            let safety = "`self` is live and its vtable begins with this interface's (`T: Inherits<..>`); every pointer argument is a local, a reference, a slice or a `ComPtr` that outlives the call, or a raw pointer the caller vouches for (see `# Safety`).";
            let mut body = quote! {
                #[__safety = #safety]
                unsafe { #invoke }
            };
            if plan.fallible() {
                let ty = match self.pointee(&m.ret) {
                    Some(to) => {
                        let t = self.ty(to);
                        quote!(::core::option::Option<::core::ptr::NonNull<#t>>)
                    }
                    None if m.ret == Type::Void => quote!(()),
                    None => self.ty(&m.ret),
                };
                ret = quote!(-> ::core::result::Result<#ty, #sys::Hresult>);
                body = quote! {
                    #[__safety = #safety]
                    let __r = unsafe { #invoke };
                    ::core::result::Result::Ok(__r)
                };
            }
            let decl = quote! {
                #doc
                #unsafe_kw fn #fname #generics(&self, #(#sig),*) #ret;
            };
            let def = quote! {
                #unsafe_kw fn #fname #generics(&self, #(#sig),*) #ret {
                    #(#pre)*
                    #body
                }
            };
            return (decl, def);
        }

        let (ret_ty, ret_val) = match outs.len() {
            0 => (quote!(()), quote!(())),
            1 => (out_tys[0].clone(), outs[0].clone()),
            _ => (quote!((#(#out_tys),*)), quote!((#(#outs),*))),
        };
        let mut decl = quote! {
            #doc
            #unsafe_kw fn #fname #generics(&self, #(#sig),*) -> ::core::result::Result<#ret_ty, #sys::Hresult>;
        };
        let mut def = quote! {
            #unsafe_kw fn #fname #generics(&self, #(#sig),*) -> ::core::result::Result<#ret_ty, #sys::Hresult> {
                #(#pre)*
                #[__safety = "`self` is live and its vtable begins with this interface's (`T: Inherits<..>`); every pointer argument is a local, a reference, a slice or a `ComPtr` that outlives the call, or a raw pointer the caller vouches for (see `# Safety`)."]
                let __hr = unsafe { #invoke };
                #(#writeback)*
                #sys::Hresult(__hr).ok()?;
                #(#post)*
                #(#check)*
                ::core::result::Result::Ok(#ret_val)
            }
        };
        // A method that declares success codes besides `S_OK` (`S_FALSE`
        // answers a question) also comes in a form that returns the code.
        let warnings: Vec<String> = match &abi.ret {
            crate::lower::Return::Status { warnings } => warnings
                .iter()
                .map(|c| format!("`{}`", self.m.consts[c.index()].name))
                .collect(),
            _ => Vec::new(),
        };
        if !warnings.is_empty() {
            let wname = format_ident!("{}_with_warning", fname);
            let mut wtext = format!(
                "Like [`Self::{fname}`], but also returns the success code the object answered: `S_OK` or {}.",
                warnings.join(", ")
            );
            if is_unsafe {
                wtext.push_str(&format!("\n\n# Safety\n\nAs for [`Self::{fname}`]."));
            }
            let wdoc = docs(&wtext, String::new);
            decl.extend(quote! {
                #wdoc
                #unsafe_kw fn #wname #generics(&self, #(#sig),*) -> ::core::result::Result<(#sys::Hresult, #ret_ty), #sys::Hresult>;
            });
            def.extend(quote! {
                #unsafe_kw fn #wname #generics(&self, #(#sig),*) -> ::core::result::Result<(#sys::Hresult, #ret_ty), #sys::Hresult> {
                    #(#pre)*
                    #[__safety = "as in the method without the status."]
                    let __hr = unsafe { #invoke };
                    #(#writeback)*
                    let __status = #sys::Hresult(__hr);
                    __status.ok()?;
                    #(#post)*
                    #(#check)*
                    ::core::result::Result::Ok((__status, #ret_val))
                }
            });
        }
        (decl, def)
    }
}

#[cfg(test)]
mod tests {
    use crate::emit::rust::{Options, emit};

    fn corpus_rust() -> String {
        let c = crate::compile_with(
            &crate::corpus::WithCorpus(crate::MemLoader::new()),
            &crate::corpus::paths(),
            &crate::Options::default(),
        );
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        let o = Options {
            sys: quote::quote!(crate),
            include_imports: true,
            ..Options::default()
        };
        let text: String = emit(&c.model, &o).to_string();
        text.split_whitespace().collect()
    }

    #[test]
    fn the_corpus_gets_idiomatic_caller_methods() {
        let t = corpus_rust();
        for want in [
            "unsafeimplcrate::Inherits<IUnknown>forIMsgStore{}",
            "unsafeimplcrate::Inherits<IMAPIProp>forIMsgStore{}",
            "unsafeimplcrate::Inherits<IMsgStore>forIMsgStore{}",
            "impl<T:crate::Inherits<IMsgStore>>IMsgStoreExtforcrate::ComPtr<T>",
            "fnstore_logoff(&self,lpulFlags:&mutMsgStoreStoreLogoffFlags)->::core::result::Result<(),crate::Hresult>;",
            "fncompare_entry_ids(&self,lpEntryID1:&[u8],lpEntryID2:&[u8],ulFlags:MsgStoreCompareEntryIDsFlags)->::core::result::Result<ULONG,crate::Hresult>;",
            "fnopen_entry<U:crate::Interface>(&self,lpEntryID:::core::option::Option<&[u8]>,ulFlags:MsgStoreOpenEntryFlags)->::core::result::Result<(ULONG,crate::ComPtr<U>),crate::Hresult>;",
            "fnget_receive_folder_table(&self,ulFlags:MsgStoreGetReceiveFolderTableFlags)->::core::result::Result<crate::ComPtr<IMAPITable>,crate::Hresult>;",
            "fnset_props(&self,alloc:&crate::value::Allocator,lpPropArray:&[crate::value::Prop])->::core::result::Result<::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,crate::Hresult>;",
            "fnget_props(&self,alloc:&crate::value::Allocator,lpPropTagArray:::core::option::Option<&[crate::value::PropTag]>,ulFlags:MAPIPropGetPropsFlags)->::core::result::Result<crate::value::MapiBuffer<crate::SPropValue>,crate::Hresult>;",
            "fnset_columns(&self,lpPropTagArray:&[crate::value::PropTag],ulFlags:MAPITableSetColumnsFlags)->::core::result::Result<(),crate::Hresult>;",
            "fnread(&self,pv:&mut[u8])->::core::result::Result<ULONG,crate::Hresult>;",
            "fnclone_(&self,)->::core::result::Result<crate::ComPtr<IStream>,crate::Hresult>;",
        ] {
            assert!(t.contains(want), "missing `{want}`");
        }
        assert!(
            !t.contains("traitIUnknownExt"),
            "IUnknown's slots are ComPtr's own"
        );
    }
}
