//! The lowering: for every method, how each parameter crosses the ABI and
//! what it is on either side, decided once from the model's types and IDL
//! attributes. The provider trait and its thunks, the caller methods and the
//! metadata backends all read it; none of them re-classifies a parameter.
//!
//! | IDL | role |
//! |---|---|
//! | `[in] T` (not a pointer), `[in] H` (`H` an `[opaque_handle]` typedef) | [`Role::Value`] |
//! | `[in, flags(G)] ULONG`, `[in, flags(G)] ULONG *`, `[in, out, flags(G)] ULONG *`, `[out, flags(G)] ULONG *` | [`Role::Flags`] |
//! | `[in, reserved] ULONG` (or `ULONG *`) | [`Role::Reserved`] |
//! | `[in, reserved] void *` (any other data pointer) | [`Role::ReservedPtr`] |
//! | `[size_is(n)] T *` with `[in] ULONG n` used by nothing else | [`Role::Buffer`] and [`Role::Count`]; the unit is bytes for `void`/byte elements, variable-size structs and `byte_count`, else elements |
//! | `[in] char *`, `wchar_t *`, `TCHAR *` | [`Role::String`] (width from the character type, or from the `MAPI_UNICODE` bit of the `unicode_flag` parameter; a `TCHAR *` without `unicode_flag` is [`Role::Raw`]) |
//! | `[in, string] SNB` (a null-terminated `OLECHAR **`) | [`Role::Strings`] |
//! | `[in] REFIID riid` | [`Role::Iid`] (`selects` when an `iid_is` names it) |
//! | `[in] LPSPropTagArray`, `[in] LPSRestriction`, `[in] LPSSortOrderSet`, `[in] LPENTRYLIST`, `[in] LPADRLIST`, `[in] LPSRow`, `[in] LPSRowSet`, `[in] LPNOTIFKEY`, `[in] LPNOTIFICATION`, `[in] LPSPropValue`, `[in] LPSMESSAGECLASSARRAY`, `[in] LPSMAPIFORMINFOARRAY`, `[in] ACCT_VARIANT *`, `[in] LPSBinary`, `[in] LPROWLIST`, `[in] LPPROPVARIANT`/`LPCPROPVARIANT`, `[in] LPBLOB` and `[in] LPADDRESSPROPS` (one each, no `size_is`) | [`Role::View`] (optional when `unique`) |
//! | `[out, mapi_alloc] S **`, `S` a MAPI structure with a writer: `SPropTagArray`, `SPropProblemArray`, `STnefProblemArray`, `SRowSet`, `SRow`, `SSortOrderSet`, `SRestriction`, `ENTRYLIST`, `SMAPIFormInfoArray`, `MAPIERROR`, `SMAPIFormPropArray` and `SMAPIVerbArray` (with `unicode_flag`), a plain-data struct (integers, fixed arrays, opaque handles: `FORMPRINTSETUP`), `LPTSTR` (with `unicode_flag`, or of fixed width), `SPropValue`, `ENTRYID`, `BYTE` and `LPTSTR` (an array of strings) with their `[out] ULONG *` count from `size_is(, *lpc)` (optional with an optional value) | [`Role::Alloc`] (optional when `unique`, `null_ok` with `may_be_null`), the count [`Role::AllocCount`] |
//! | `[in] IFoo *`, `[in, iid_is(riid)] void *` | [`Role::InterfaceIn`] |
//! | `[in, out] IFoo **` | [`Role::InterfaceInOut`] |
//! | `[out] IFoo **`, `[out, iid_is(riid)] void **` | [`Role::InterfaceOut`] (`null_ok` with `may_be_null` or `unique`) |
//! | `[out, size_is(, *lpc)] LPTSTR **` or `LPMAPIUID **` (no `mapi_alloc`) | [`Role::Lent`], the count [`Role::LentCount`] |
//! | `[out, string] LPSTR *`, `LPWSTR *`, `LPOLESTR *` (no `mapi_alloc`, no `size_is`; MIDL's reading: the callee allocates with `CoTaskMemAlloc`) | [`Role::TaskString`] (optional when `unique`) |
//! | `[out] T *`, `T` of a fixed size (a struct only if it holds no pointer, unless `mapi_alloc`) | [`Role::Out`] (`mapi_alloc`: the callee allocated it with `MAPIAllocateBuffer`) |
//! | `[in] S *`, `S` a fixed-size struct holding no pointer; `[in] ULONG *` (one value: no `size_is`) | [`Role::InRef`] |
//! | `[in, out] T *`, `T` an integer or fixed-size struct holding no pointer | [`Role::InOut`] |
//! | `[in, out] LPADRLIST`, `[in, out] LPSPropTagArray *`, `[in, out] LPFlagList` | [`Role::Modify`] |
//! | `[in, out] LPPROPVARIANT` (the type asked for in, the value out), `[out] LPPROPVARIANT` | [`Role::Variant`] |
//! | `[out] LPBLOB`, `[in, out] LPBLOB` (bytes the callee allocates with the task allocator) | [`Role::TaskBlob`] |
//! | `[in, out] LPADDRESSPROPS` (the members asked for in, the address out), `[out]` or `[in, out] LPADDRESSLIST`, `[out] STATSTG *` (its name in task memory) | [`Role::TaskRecord`] |
//! | `[in, out] LPFINDHEADER`, `[in, out] LPFINDBODY` (the name or content type read, the place written back) | [`Role::Search`] |
//! | `[out, size_is(, *pc)] S **` (no `mapi_alloc`), `S` a MIME record (`MIMEPARAMINFO`) or a body handle (`HBODY`), with its `[out] ULONG *pc` | [`Role::TaskArray`] and [`Role::TaskArrayCount`] |
//! | `[in, out]` or `[out, size_is(n), length_is(*pc)] S *`, `S` a MIME record (`ENUMPROPERTY`) or `STATSTG`, with `[in] ULONG n` and `[out] ULONG *pc` (`unique`: null when `n` is 1) | [`Role::TaskEntries`] (`n` stays a [`Role::Value`]) and [`Role::TaskEntriesCount`] |
//! | `[in] BSTR`, `[out] BSTR *` (no `size_is`) | [`Role::Bstr`] |
//! | `[out, size_is(n), length_is(*pn)] IFoo **` with `[in] ULONG n` and `[out] ULONG *pn` (`unique`: null when `n` is 1), each used by nothing else | [`Role::InterfaceArray`] and [`Role::Fetched`] (`n` stays a value) |
//! | `[in, size_is(n), handed_over(f)] S *`, `S` a MIME record or `IUnknown *`, with `[in] ULONG n` and `[in] boolean f`; `[in, handed_over] S *`, `S` a MIME record, `ADDRESSLIST`, `BLOB` or `PROPVARIANT` | [`Role::HandedOver`], `n` [`Role::HandedOverCount`], `f` [`Role::HandedOverFlag`] |
//! | `[in, out, size_is(, *lpcb)] LPBYTE *` with `[in, out] ULONG *lpcb` | [`Role::Consumed`] and [`Role::ConsumedCount`] |
//! | `[in, out, mapi_alloc, size_is(, *lpcb)] LPBYTE *` with `[in, out] ULONG *lpcb` | [`Role::Replace`] and [`Role::ReplaceCount`] |
//! | `[out] LPALLOCATEBUFFER *`, `[out] LPALLOCATEMORE *`, `[out] LPFREEBUFFER *` in a row | [`Role::AllocatorOut`] |
//! | `[in, size_is(lpTags->cValues)] ULONG *` or `LPSPropValue` after `[in] LPSPropTagArray lpTags` | [`Role::Parallel`] (optional when `unique`) |
//! | `[in, opaque] T *`, `[out, opaque] T **` (a handle, or data the callee never looks into) | [`Role::Opaque`] |
//! | `[in, retained]` pointer (the callee keeps it after the call), anything else | [`Role::Raw`]: a raw pointer whose validity the caller vouches for |
//!
//! A method returns a status ([`Return::Status`], `HRESULT` or `SCODE`,
//! with its declared warnings), another value, or nothing.

use crate::layout::{self, type_layout};
use crate::model::*;

/// How a method crosses the ABI.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodAbi {
    /// One role per parameter, in order.
    pub params: Vec<Role>,
    /// What the method returns.
    pub ret: Return,
}

impl MethodAbi {
    /// The IID parameters that select the interface of another parameter,
    /// in order (the caller side makes each a type parameter).
    pub fn selectors(&self) -> Vec<usize> {
        (0..self.params.len())
            .filter(|i| matches!(self.params[*i], Role::Iid { selects: true, .. }))
            .collect()
    }

    /// Whether the method returns an `HRESULT`/`SCODE`.
    pub fn returns_status(&self) -> bool {
        matches!(self.ret, Return::Status { .. })
    }
}

/// What a method returns.
#[derive(Clone, Debug, PartialEq)]
pub enum Return {
    /// An `HRESULT` or `SCODE`; besides `S_OK`, the method may return these
    /// success codes with its out-values.
    Status {
        /// The declared `warnings(...)`.
        warnings: Vec<ConstId>,
    },
    /// Another value (`IMAPIAdviseSink::OnNotify` returns a `ULONG`,
    /// `IMalloc::Alloc` a pointer).
    Value(Type),
    /// Nothing.
    Void,
}

/// The unit a counted buffer's length is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Bytes: the buffer is seen as `[u8]`.
    Bytes,
    /// Elements of the pointee type.
    Elements,
}

/// The width of a string's characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// 8-bit characters (`LPSTR`).
    Ansi,
    /// UTF-16 code units (`LPWSTR`).
    Unicode,
    /// Chosen at run time by the `MAPI_UNICODE` bit of the flags parameter
    /// at this index (`LPTSTR` with `unicode_flag(ulFlags)`).
    ByFlag(usize),
}

/// The interface a pointer parameter refers to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InterfaceRef {
    /// An interface fixed by the declaration (`IMAPITable **`).
    Fixed(InterfaceId),
    /// The interface whose IID parameter `.0` holds (`iid_is(riid)`).
    IidIs(usize),
}

/// What a MAPI-allocated out-value is: how the callee writes it and the
/// caller reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alloc {
    /// A MAPI structure ([`MapiStruct::PropValue`] and
    /// [`MapiStruct::EntryId`] come with a count).
    Struct(MapiStruct),
    /// A NUL-terminated string of this width.
    String(Width),
    /// Bytes, with their count (`[out, mapi_alloc, size_is(, *lpcb)] LPBYTE *`).
    Bytes,
    /// An array of NUL-terminated strings of this width, with their count
    /// (`[out, mapi_alloc, size_is(, *lpc), unicode_flag(ulFlags)] LPTSTR **`).
    Strings(Width),
    /// An array of `ULONG`s whose length the caller knows from another
    /// parameter (`[out, mapi_alloc] ULONG **`).
    Ulongs,
    /// One plain-data structure (integers, fixed arrays and opaque handles,
    /// no pointers): `[out, mapi_alloc] FORMPRINTSETUP **`.
    Plain,
}

/// What a callee lends: an array it keeps valid for as long as the object
/// lives (not MAPI-allocated, not freed by the caller).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lent {
    /// Pointers to NUL-terminated strings of this width.
    Strings(Width),
    /// Pointers to `MAPIUID`s.
    Uids,
}

/// How a flags word is passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pass {
    /// `[in] ULONG`.
    Value,
    /// `[in] ULONG *`: a pointer to the flags, read by the callee.
    InPtr,
    /// `[in, out] ULONG *`: read, then written with output flags.
    InOut,
    /// `[out] ULONG *`: written with output flags.
    Out,
}

/// The role of one parameter.
#[derive(Clone, Debug, PartialEq)]
pub enum Role {
    /// Passed by value as it is (an integer, a handle, a struct by value).
    Value,
    /// A flags word of a flag group.
    Flags {
        /// The group.
        group: FlagGroupId,
        /// How it is passed.
        pass: Pass,
        /// Whether a null pointer is allowed (for pointer forms).
        optional: bool,
    },
    /// A reserved flags word that must be zero.
    Reserved {
        /// How it is passed (`Value`, `InPtr` or `InOut`).
        pass: Pass,
    },
    /// A reserved pointer that must be null (`[in, reserved] void *`).
    ReservedPtr,
    /// A counted buffer.
    Buffer {
        /// The parameter holding its length.
        count: usize,
        /// What the length counts.
        unit: Unit,
        /// Whether the callee writes it (`[out, size_is(n)]`) rather than
        /// reads it.
        out: bool,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// The length of the buffer at parameter `of`.
    Count {
        /// The buffer's parameter.
        of: usize,
    },
    /// A NUL-terminated input string.
    String {
        /// Its character width.
        width: Width,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// An input null-terminated array of NUL-terminated strings (`[in,
    /// string] SNB`, `OLECHAR **`).
    Strings {
        /// The strings' character width.
        width: Width,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// An input pointer to a MAPI structure the runtime has a view of
    /// (tag array, restriction, sort order set).
    View {
        /// The structure.
        of: MapiStruct,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// An output pointer the callee stores a MAPI-allocated value in, which
    /// the caller frees with `MAPIFreeBuffer`.
    Alloc {
        /// What is allocated.
        of: Alloc,
        /// The `[out] ULONG *` parameter the callee stores the count in
        /// (values for `SPropValue`, bytes for `ENTRYID`).
        count: Option<usize>,
        /// For `MAPIERROR`: the width of its strings (by the method's
        /// `MAPI_UNICODE` flag).
        width: Option<Width>,
        /// Whether the caller may pass a null pointer (the callee then
        /// allocates nothing).
        optional: bool,
        /// Whether the callee may leave it null while succeeding
        /// (`may_be_null`: `Logon`'s `MAPIERROR`).
        null_ok: bool,
    },
    /// The count the callee stores with the allocated value at `of`.
    AllocCount {
        /// The allocated value's parameter.
        of: usize,
    },
    /// An input IID (`REFIID`, `LPCIID`).
    Iid {
        /// Whether an `iid_is` names it, so that it selects the interface of
        /// another parameter.
        selects: bool,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// An input interface pointer.
    InterfaceIn {
        /// Its interface.
        target: InterfaceRef,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// An `[in, out]` interface pointer: the caller lends a reference and
    /// receives whatever the slot holds afterwards (`ReadReceipt`'s message).
    InterfaceInOut {
        /// Its interface.
        target: InterfaceId,
    },
    /// An output interface pointer: the caller receives one reference.
    InterfaceOut {
        /// Its interface.
        target: InterfaceRef,
        /// Whether the callee may leave it null while succeeding.
        null_ok: bool,
    },
    /// An output value of fixed size, returned.
    Out {
        /// Whether the caller may pass a null pointer (the callee then
        /// writes nothing).
        optional: bool,
        /// Whether it is a buffer the callee allocated with
        /// `MAPIAllocateBuffer`, for the caller to free.
        mapi_alloc: bool,
    },
    /// An input pointer to one value of fixed size.
    InRef {
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// An input and output pointer to one value of fixed size.
    InOut,
    /// An input and output MAPI structure the callee may change: an
    /// `[in, out] LPADRLIST` in place (each changed entry's values replaced
    /// by a new block, the old one freed); an `[in, out] LPSPropTagArray *`
    /// read where it points, and when that is null, pointed to a new array
    /// the callee allocates (`GetNamesFromIDs`, `HrGetPropAccess`).
    Modify {
        /// The structure.
        of: MapiStruct,
    },
    /// An `[in, out, size_is(, *lpcb)] LPBYTE *` the callee reads and gives
    /// back as nothing: on success the thunk sets the pointer and its count
    /// to zero (`IABProvider::Logon`'s credentials: "on input nonzero, on
    /// output zero"). The memory stays the caller's.
    Consumed {
        /// The `[in, out] ULONG *` holding the size in bytes.
        count: usize,
    },
    /// The size of the [`Role::Consumed`] bytes at `of`.
    ConsumedCount {
        /// The bytes' parameter.
        of: usize,
    },
    /// An `[in, out, mapi_alloc, size_is(, *lpcb)] LPBYTE *` the callee
    /// reads and may replace: it frees the caller's MAPI-allocated bytes
    /// (which may be null) with `MAPIFreeBuffer` and stores new ones from
    /// `MAPIAllocateBuffer` with their size (`ISpoolerHook`'s folder entry ID).
    Replace {
        /// The `[in, out] ULONG *` holding the size in bytes.
        count: usize,
    },
    /// The size of the [`Role::Replace`] bytes at `of`.
    ReplaceCount {
        /// The bytes' parameter.
        of: usize,
    },
    /// An `[out, size_is(, *lpc)] T **` (no `mapi_alloc`): an array the
    /// callee keeps and lends (`IXPLogon::AddressTypes`: "owned by the
    /// transport until logoff").
    Lent {
        /// What the array holds.
        of: Lent,
        /// The `[out] ULONG *` the count goes to.
        count: usize,
    },
    /// The count of the [`Role::Lent`] array at `of`.
    LentCount {
        /// The array's parameter.
        of: usize,
    },
    /// One of three `[out]` pointers to MAPI's allocator functions
    /// (`ALLOCATEBUFFER *`, `ALLOCATEMORE *`, `FREEBUFFER *`, in that order
    /// and in a row): together they return an allocator.
    AllocatorOut {
        /// Which: 0, 1 or 2, in the order above.
        part: u8,
    },
    /// An input array with one element per entry of the tag array at
    /// parameter `with`, an earlier one (`[in,
    /// size_is(lpPropTagArray->cValues)] ULONG *rgulAccess`): integers, or
    /// property values (`ITnef::FinishComponent`'s custom values).
    Parallel {
        /// The tag array's parameter.
        with: usize,
        /// Whether a null pointer is allowed.
        optional: bool,
    },
    /// A pointer-sized value the callee keeps or hands back without looking
    /// through it (`[in, opaque] HKEY`, `[out, opaque] LPVOID *`): a handle or
    /// the caller's own data, seen as `Option<NonNull<c_void>>`.
    Opaque {
        /// Whether the callee stores one through the pointer parameter
        /// (`[out]`) rather than receiving one (`[in]`).
        out: bool,
    },
    /// An `[out, string]` pointer to a string pointer without `mapi_alloc`:
    /// as MIDL reads it, the callee allocates the string with the COM task
    /// allocator (`CoTaskMemAlloc`) and the caller frees it
    /// (`CoTaskMemFree`): `IMimeWebDocument::GetURL`,
    /// `IMoniker::GetDisplayName`.
    TaskString {
        /// Its character width (fixed: `Ansi` or `Unicode`).
        width: Width,
        /// Whether the caller may pass a null pointer.
        optional: bool,
    },
    /// A `PROPVARIANT` the callee fills in (`[out] LPPROPVARIANT`), possibly
    /// of the type the caller asks for in its `vt` (`[in, out]`:
    /// `IMimePropertySet::GetProp`), its strings, bytes and class identifier
    /// allocated with the COM task allocator for the caller to free as
    /// `PropVariantClear` does.
    Variant {
        /// Whether the caller's `vt` on input names the type wanted.
        requested: bool,
    },
    /// A `BLOB` the callee fills in (`[out] LPBLOB`, or `[in, out]` as
    /// `IMimeInternational::ConvertBuffer` declares it, whose input the
    /// callee does not read), its bytes allocated with the COM task
    /// allocator for the caller to free.
    TaskBlob,
    /// A MIME record the callee fills in, its strings, thumbprints (and
    /// array, for an `ADDRESSLIST`) allocated with the task allocator for
    /// the caller to free: `IMimeAddressTable::GetProps` (`[in, out]
    /// LPADDRESSPROPS`, whose `dwProps` asks for members) and `GetTypes`
    /// (`[in, out] LPADDRESSLIST`, whose input the callee does not read).
    TaskRecord {
        /// The record (`ADDRESSPROPS` or `ADDRESSLIST`).
        of: MapiStruct,
        /// Whether the caller's record names, on input, what is asked for
        /// (`ADDRESSPROPS::dwProps`).
        requested: bool,
    },
    /// A search the caller describes and the callee keeps its place in
    /// (`[in, out] LPFINDHEADER` of `IMimeHeaderTable::FindFirstRow`,
    /// `[in, out] LPFINDBODY` of `IMimeMessageTree::FindFirst`): the name or
    /// content type is read as strings, the place (`dwReserved`) is read and
    /// written back.
    Search {
        /// `FindHeader` or `FindBody`.
        of: MapiStruct,
    },
    /// An `[out, size_is(, *pc)]` pointer to an array of MIME records
    /// (`MIMEPARAMINFO`) the callee allocates, entries and array, with the
    /// task allocator (the MIME allocator's memory), for the caller to free
    /// (`IMimePropertySet::GetParameters`).
    TaskArray {
        /// The record.
        of: MapiStruct,
        /// The `[out] ULONG *` the count goes to.
        count: usize,
    },
    /// The count of the [`Role::TaskArray`] at `of`.
    TaskArrayCount {
        /// The array's parameter.
        of: usize,
    },
    /// The caller's array of records (`ENUMPROPERTY`, `STATSTG`) that the
    /// callee fills in, up to the capacity parameter, with strings it
    /// allocates with the task allocator (`IMimeEnumProperties::Next`,
    /// `IEnumSTATSTG::Next`): `S_FALSE` when it fills in fewer entries than
    /// asked for.
    TaskEntries {
        /// The record.
        of: MapiStruct,
        /// The `[in] ULONG` capacity (`size_is`).
        capacity: usize,
        /// The `[out] ULONG *` the number filled in goes to (`length_is`).
        count: usize,
        /// Whether that count may be null when one entry is asked for
        /// (`[out, unique]`, as `IEnumSTATSTG::Next` declares it).
        count_optional: bool,
    },
    /// The number of entries of the [`Role::TaskEntries`] at `of`.
    TaskEntriesCount {
        /// The array's parameter.
        of: usize,
    },
    /// A `BSTR` (`[in] BSTR`: lent by the caller, null meaning empty), or
    /// one the callee makes with `SysAllocStringLen` for the caller to free
    /// with `SysFreeString` (`[out] BSTR *`).
    Bstr {
        /// Whether the callee returns it.
        out: bool,
    },
    /// Up to `count` interface pointers the callee stores in the caller's
    /// array, `*fetched` of them, each a reference the caller releases
    /// (`[out, size_is(cFetch), length_is(*pcFetched)] IMimeEditTag **`).
    InterfaceArray {
        /// The interface of the elements.
        target: InterfaceId,
        /// The `[in]` parameter giving the array's room.
        count: usize,
        /// The `[out] ULONG *` parameter receiving the number stored.
        fetched: usize,
        /// Whether that count may be null when one element is asked for
        /// (`[out, unique]`, as `IEnumMoniker::Next` declares it).
        fetched_optional: bool,
    },
    /// The number of interface pointers stored in the
    /// [`Role::InterfaceArray`] at `of`.
    Fetched {
        /// The array's parameter.
        of: usize,
    },
    /// Records (or references) the caller hands over for the callee to
    /// free (`[in, handed_over]`: `IMimeAllocator::FreeParamInfoArray`,
    /// `FreeAddressProps`, `PropVariantClear`, `ReleaseObjects`): the thunk
    /// reads them into owned values, frees their task memory (and the array,
    /// as the flag says) and leaves a single record empty, before the object
    /// runs; the caller lays out copies of its values in task memory and
    /// hands them over whole.
    HandedOver(Handed),
    /// The count of the [`Role::HandedOver`] array at `of`.
    HandedOverCount {
        /// The array's parameter.
        of: usize,
    },
    /// Whether the [`Role::HandedOver`] array at `of` is freed too.
    HandedOverFlag {
        /// The array's parameter.
        of: usize,
    },
    /// A raw pointer (or a value holding one) passed as it is.
    Raw,
}

/// What a [`Role::HandedOver`] parameter hands over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    /// One record, left empty: a MIME record (`ADDRESSPROPS`),
    /// `ADDRESSLIST`, `BLOB` or `PROPVARIANT`.
    One(MapiStruct),
    /// An array of MIME records.
    Records {
        /// The record.
        of: MapiStruct,
        /// The `[in] ULONG` count.
        count: usize,
        /// The `[in] boolean` saying whether the array is freed too.
        frees_array: usize,
    },
    /// An array of `IUnknown` pointers, one reference each.
    Objects {
        /// The `[in] ULONG` count.
        count: usize,
        /// The `[in] boolean` saying whether the array is freed too.
        frees_array: usize,
    },
}

impl Handed {
    /// The count and flag parameters of an array.
    pub fn array(self) -> Option<(usize, usize)> {
        match self {
            Handed::One(_) => None,
            Handed::Records {
                count, frees_array, ..
            }
            | Handed::Objects { count, frees_array } => Some((count, frees_array)),
        }
    }
}

/// The roles of every interface method, indexed like the model.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lowering {
    /// Per interface (by [`InterfaceId`]), per own method.
    pub interfaces: Vec<Vec<MethodAbi>>,
}

impl Lowering {
    /// The lowering of every interface method of `m`.
    pub fn new(m: &Model) -> Lowering {
        Lowering {
            interfaces: m
                .interfaces
                .iter()
                .map(|i| {
                    i.methods
                        .iter()
                        .map(|x| lower(m, &x.params, &x.ret, &x.warnings))
                        .collect()
                })
                .collect(),
        }
    }

    /// The lowering of method `k` of interface `i`.
    pub fn method(&self, i: InterfaceId, k: usize) -> &MethodAbi {
        &self.interfaces[i.index()][k]
    }
}

/// Lowers one method or function signature.
pub fn lower(m: &Model, params: &[Param], ret: &Type, warnings: &[ConstId]) -> MethodAbi {
    let l = Lower { m };
    let ret = if m.is_status(ret) {
        Return::Status {
            warnings: warnings.to_vec(),
        }
    } else if m.strip_typedefs(ret) == &Type::Void {
        Return::Void
    } else {
        Return::Value(ret.clone())
    };
    let mut roles: Vec<Role> = params.iter().map(|p| l.role(params, p)).collect();
    // Three out-pointers to the allocator functions, in a row, are one
    // allocator.
    for i in 0..params.len().saturating_sub(2) {
        if (0..3).all(|k| l.allocator_part(&params[i + k]) == Some(k as u8)) {
            for k in 0..3 {
                roles[i + k] = Role::AllocatorOut { part: k as u8 };
            }
        }
    }
    // Buffers claim their counts; IIDs named by `iid_is` select interfaces.
    for i in 0..roles.len() {
        match roles[i] {
            Role::Buffer { count, .. } => roles[count] = Role::Count { of: i },
            Role::Alloc { count: Some(c), .. } => roles[c] = Role::AllocCount { of: i },
            Role::Consumed { count } => roles[count] = Role::ConsumedCount { of: i },
            Role::Replace { count } => roles[count] = Role::ReplaceCount { of: i },
            Role::Lent { count, .. } => roles[count] = Role::LentCount { of: i },
            Role::TaskArray { count, .. } => roles[count] = Role::TaskArrayCount { of: i },
            Role::TaskEntries { count, .. } => roles[count] = Role::TaskEntriesCount { of: i },
            Role::InterfaceArray { fetched, .. } => roles[fetched] = Role::Fetched { of: i },
            Role::HandedOver(h) => {
                if let Some((c, f)) = h.array() {
                    roles[c] = Role::HandedOverCount { of: i };
                    roles[f] = Role::HandedOverFlag { of: i };
                }
            }
            _ => {}
        }
    }
    for i in 0..roles.len() {
        let r = match roles[i] {
            Role::InterfaceIn {
                target: InterfaceRef::IidIs(r),
                ..
            }
            | Role::InterfaceOut {
                target: InterfaceRef::IidIs(r),
                ..
            } => r,
            _ => continue,
        };
        match &mut roles[r] {
            Role::Iid { selects, .. } => *selects = true,
            // An IID parameter that is also something else cannot select.
            _ => roles[i] = Role::Raw,
        }
    }
    MethodAbi { params: roles, ret }
}

/// Whether `size_is`/`length_is` of the parameters refer to parameter
/// `index` exactly once: a count no other parameter shares.
fn sole_size_ref(params: &[Param], index: usize) -> bool {
    let refs = params
        .iter()
        .flat_map(|q| q.size_is.iter().chain(&q.length_is))
        .filter(|r| matches!(r, Some(SizeRef::Param { index: j, .. }) if *j == index))
        .count();
    refs == 1
}

struct Lower<'a> {
    m: &'a Model,
}

impl Lower<'_> {
    fn strip<'t>(&'t self, ty: &'t Type) -> &'t Type {
        self.m.strip_typedefs(ty)
    }

    /// The pointee of a data pointer (not of a function pointer).
    fn pointee<'t>(&'t self, ty: &'t Type) -> Option<&'t Type> {
        match self.strip(ty) {
            Type::Ptr { to, .. } if !matches!(self.strip(to), Type::Function(_)) => Some(to),
            _ => None,
        }
    }

    /// The interface `ty` points to (`IFoo *`), if it has an IID.
    fn iface_ptr(&self, ty: &Type) -> Option<InterfaceId> {
        match self.strip(self.pointee(ty)?) {
            Type::Interface(i) if self.m.interfaces[i.index()].iid.is_some() => Some(*i),
            _ => None,
        }
    }

    fn is_u32(&self, ty: &Type) -> bool {
        matches!(self.strip(ty), Type::Prim(Prim::U32) | Type::FlagGroup(_))
    }

    fn is_int(&self, ty: &Type) -> bool {
        matches!(self.strip(ty), Type::Prim(p) if p.int_type().is_some())
    }

    /// An integer that is not a character (whose pointers are strings).
    fn is_scalar(&self, ty: &Type) -> bool {
        self.is_int(ty)
            && !matches!(
                self.strip(ty),
                Type::Prim(Prim::WChar | Prim::U16 | Prim::I8 | Prim::U8)
            )
    }

    fn is_struct(&self, ty: &Type) -> bool {
        matches!(self.strip(ty), Type::Struct(_))
    }

    /// Whether a value of `ty` has a fixed, known size: not `void`, not an
    /// opaque struct, not a struct ending in a variable-length array.
    fn sized(&self, ty: &Type) -> bool {
        self.sized_at(ty, 0)
    }

    fn sized_at(&self, ty: &Type, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        match self.strip(ty) {
            Type::Struct(s) => self.m.structs[s.index()].fields.as_ref().is_some_and(|f| {
                !f.iter().any(|f| {
                    matches!(
                        f.ty,
                        Type::Array { len: Some(1), .. } | Type::Array { len: None, .. }
                    ) || !self.sized_at(&f.ty, depth + 1)
                })
            }),
            Type::Array { elem, len } => len.is_some() && self.sized_at(elem, depth + 1),
            Type::Void | Type::Function(_) | Type::Interface(_) => false,
            _ => true,
        }
    }

    /// Whether a value of `ty` holds a pointer someone would follow: a data
    /// or interface pointer (not an opaque handle), or a struct, union or
    /// fixed array with one inside (`STATSTG`'s name, `ADRENTRY`'s values).
    /// Such a record cannot cross as a plain value: who allocates and frees
    /// what it points to is a role of its own, or the method is raw.
    fn holds_pointer(&self, ty: &Type, depth: u32) -> bool {
        if self.m.handle(ty).is_some() {
            return false;
        }
        if depth > 32 {
            // Too deep to tell: not plain.
            return true;
        }
        match self.strip(ty) {
            Type::Ptr { .. } => true,
            Type::Array { elem, .. } => self.holds_pointer(elem, depth + 1),
            Type::Struct(s) => self.m.structs[s.index()]
                .fields
                .as_ref()
                .is_some_and(|f| f.iter().any(|f| self.holds_pointer(&f.ty, depth + 1))),
            _ => false,
        }
    }

    /// A fixed-size struct that holds no pointer, which crosses as a value.
    fn plain_record(&self, ty: &Type) -> bool {
        self.is_struct(ty) && self.sized(ty) && !self.holds_pointer(ty, 0)
    }

    /// Whether `ty` is plain data: integers, floats, opaque handles, and
    /// fixed arrays and structs (not unions) of them; no pointer a reader
    /// would have to follow.
    fn plain_data(&self, ty: &Type, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        if self.m.handle(ty).is_some() {
            return true;
        }
        match self.strip(ty) {
            Type::Prim(p) => *p != Prim::Handle,
            Type::Enum(_) | Type::FlagGroup(_) => true,
            Type::Array { elem, len: Some(_) } => self.plain_data(elem, depth + 1),
            Type::Struct(s) => {
                let s = &self.m.structs[s.index()];
                !s.is_union
                    && s.fields.as_ref().is_some_and(|f| {
                        f.iter()
                            .all(|f| f.bits.is_none() && self.plain_data(&f.ty, depth + 1))
                    })
            }
            _ => false,
        }
    }

    /// Whether every target lays `ty` out with alignment 1.
    fn byte_aligned(&self, ty: &Type) -> bool {
        layout::Target::ALL
            .iter()
            .all(|t| type_layout(self.m, ty, *t).is_some_and(|l| l.align == 1))
    }

    /// The character width of a pointer to characters, if `ty` is one.
    fn char_width(&self, ty: &Type) -> Option<Width> {
        match self.strip(self.pointee(ty)?) {
            Type::Prim(Prim::I8) => Some(Width::Ansi),
            Type::Prim(Prim::WChar) => Some(Width::Unicode),
            _ => None,
        }
    }

    /// Whether `ty` points to `TCHAR`s (through typedefs such as `LPTSTR`).
    fn is_tchar(&self, ty: &Type) -> bool {
        let Some(tchar) = self.m.well_known.tchar else {
            return false;
        };
        let mut ty = ty;
        let mut pointers = 0;
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) if *id == tchar => return pointers == 1,
                Type::Typedef(id) => ty = &self.m.typedefs[id.index()].ty,
                Type::Ptr { to, .. } if pointers == 0 => {
                    pointers += 1;
                    ty = to;
                }
                _ => return false,
            }
        }
        false
    }

    /// The earlier `[in] LPSPropTagArray` parameter whose count `p`'s
    /// `size_is(lpPropTagArray->cValues)` names, `p` an array of plain
    /// integers.
    fn parallel_to(&self, params: &[Param], p: &Param, to: &Type) -> Option<usize> {
        let [Some(SizeRef::Member { index, field })] = p.size_is.as_slice() else {
            return None;
        };
        let at = params.iter().position(|q| std::ptr::eq(q, p))?;
        let tags = params.get(*index)?;
        let s = match self.strip(self.pointee(&tags.ty)?) {
            Type::Struct(s)
                if self.m.mapi_struct(&Type::Struct(*s)) == Some(MapiStruct::TagArray) =>
            {
                *s
            }
            _ => return None,
        };
        // The field is the one that counts the struct's array.
        let counts = self.m.structs[s.index()].fields.as_ref()?.iter().any(|f| {
            matches!(f.size_is.first(), Some(Some(SizeRef::Param { index: c, deref: 0 })) if c == field)
        });
        let element = self.is_scalar(to) || self.m.mapi_struct(to) == Some(MapiStruct::PropValue);
        (counts && *index < at && tags.dir == Direction::In && element).then_some(*index)
    }

    /// Which allocator function `p` receives (`[out] LPALLOCATEBUFFER *`: 0,
    /// `LPALLOCATEMORE *`: 1, `LPFREEBUFFER *`: 2), if it is one.
    fn allocator_part(&self, p: &Param) -> Option<u8> {
        if p.dir != Direction::Out || p.optional {
            return None;
        }
        let Type::Ptr { to: f, .. } = self.strip(self.pointee(&p.ty)?) else {
            return None;
        };
        let Type::Typedef(id) = &**f else {
            return None;
        };
        self.m
            .well_known
            .allocator
            .iter()
            .position(|a| *a == Some(*id))
            .map(|k| k as u8)
    }

    /// The `[in]` integer parameter that the first-level `size_is` of `p`
    /// names, if no other parameter refers to it.
    fn count_of(&self, params: &[Param], p: &Param) -> Option<usize> {
        let Some(Some(SizeRef::Param { index, deref: 0 })) = p.size_is.first() else {
            return None;
        };
        let n = params.get(*index)?;
        (sole_size_ref(params, *index)
            && n.dir == Direction::In
            && n.flags.is_none()
            && !n.reserved
            && self.is_int(&n.ty))
        .then_some(*index)
    }

    /// `[out, size_is(n), length_is(*pn)] IFoo **`: an array of `n`
    /// interface pointers the callee fills `*pn` of, with `[in] n` and
    /// `[out] ULONG *pn` used by nothing else.
    fn interface_array(&self, params: &[Param], p: &Param, to: &Type) -> Option<Role> {
        if p.mapi_alloc || p.iid_is.is_some() || p.size_is.len() != 1 {
            return None;
        }
        let target = self.iface_ptr(to)?;
        let count = self.count_of(params, p)?;
        let [Some(SizeRef::Param { index, deref: 1 })] = p.length_is.as_slice() else {
            return None;
        };
        let n = params.get(*index)?;
        (sole_size_ref(params, *index)
            && n.dir == Direction::Out
            && n.flags.is_none()
            && self.pointee(&n.ty).is_some_and(|t| self.is_u32(t))
            && self.is_u32(&params[count].ty))
        .then_some(Role::InterfaceArray {
            target,
            count,
            fetched: *index,
            fetched_optional: n.optional,
        })
    }

    /// A counted buffer of `to`s whose length is parameter `count`.
    fn buffer(&self, p: &Param, count: usize, to: &Type, out: bool) -> Role {
        let elem_bytes = matches!(self.strip(to), Type::Void | Type::Prim(Prim::U8 | Prim::I8));
        let unit = if elem_bytes || p.byte_count || !self.sized(to) {
            // Bytes standing for a `T` can be handed over only where `T`
            // needs no alignment.
            if !elem_bytes && !self.byte_aligned(to) {
                return Role::Raw;
            }
            Unit::Bytes
        } else {
            Unit::Elements
        };
        Role::Buffer {
            count,
            unit,
            out,
            optional: p.optional,
        }
    }

    /// The `ULONG *` parameter that `size_is(, *lpc)` of `p` names, if
    /// nothing else refers to it and it is no flags word: its index and it.
    fn sole_count_of<'p>(&self, params: &'p [Param], p: &Param) -> Option<(usize, &'p Param)> {
        let [None, Some(SizeRef::Param { index, deref: 1 })] = p.size_is.as_slice() else {
            return None;
        };
        let n = params.get(*index)?;
        (sole_size_ref(params, *index)
            && n.flags.is_none()
            && self.pointee(&n.ty).is_some_and(|t| self.is_u32(t)))
        .then_some((*index, n))
    }

    /// Whether `to` points to bytes (`LPBYTE`).
    fn points_to_bytes(&self, to: &Type) -> bool {
        self.pointee(to)
            .is_some_and(|t| matches!(self.strip(t), Type::Prim(Prim::U8)))
    }

    /// The `[out] ULONG *` parameter that `size_is(, *lpc)` of `p` names,
    /// if nothing else refers to it.
    fn out_count_of(&self, params: &[Param], p: &Param) -> Option<usize> {
        let (index, n) = self.sole_count_of(params, p)?;
        (n.dir == Direction::Out && (!n.optional || p.optional) && !n.mapi_alloc).then_some(index)
    }

    /// The `[in, out] ULONG *` that `size_is(, *lpcb)` of an `[in, out,
    /// mapi_alloc] LPBYTE *` names, if nothing else refers to it.
    fn replace_count(&self, params: &[Param], p: &Param, to: &Type) -> Option<usize> {
        let (index, n) = self.sole_count_of(params, p)?;
        (self.points_to_bytes(to)
            && p.mapi_alloc
            && !p.optional
            && n.dir == Direction::InOut
            && !n.optional)
            .then_some(index)
    }

    /// The `[in, out] ULONG *` that `size_is(, *lpcb)` of an `[in, out]
    /// LPBYTE *` names, if nothing else refers to it.
    fn consumed_count(&self, params: &[Param], p: &Param, to: &Type) -> Option<usize> {
        let (index, n) = self.sole_count_of(params, p)?;
        (self.points_to_bytes(to) && !p.mapi_alloc && n.dir == Direction::InOut).then_some(index)
    }

    /// `[out, size_is(, *lpc)] T **` without `mapi_alloc`, `T` a string or
    /// a `MAPIUID` pointer: an array the callee lends.
    fn lent(&self, params: &[Param], p: &Param, to: &Type) -> Option<Role> {
        if p.mapi_alloc || p.iid_is.is_some() {
            return None;
        }
        let count = self.out_count_of(params, p)?;
        let target = self.pointee(to)?;
        let of = if let Some(w) = self.char_width(target) {
            Lent::Strings(match p.width_flag {
                Some(f) => Width::ByFlag(f),
                None if self.is_tchar(target) => return None,
                None => w,
            })
        } else if self
            .pointee(target)
            .is_some_and(|t| self.m.mapi_struct(t) == Some(MapiStruct::Uid))
        {
            Lent::Uids
        } else {
            return None;
        };
        Some(Role::Lent { of, count })
    }

    /// `[out, size_is(, *pc)] S **` without `mapi_alloc`, `S` a MIME record
    /// or a body handle (`HBODY`, which points to `HBODY__`): an array the
    /// callee allocates with the task allocator.
    fn task_array(&self, params: &[Param], p: &Param, to: &Type) -> Option<Role> {
        if p.mapi_alloc || p.iid_is.is_some() || p.optional {
            return None;
        }
        let count = self.out_count_of(params, p)?;
        let elem = self.pointee(to)?;
        let of = match self.m.mapi_struct(elem) {
            Some(of) if of.is_task_record() => of,
            Some(_) => return None,
            None => self
                .pointee(elem)
                .and_then(|h| self.m.mapi_struct(h))
                .filter(|k| *k == MapiStruct::Body)?,
        };
        Some(Role::TaskArray { of, count })
    }

    /// `[in, out, size_is(n), length_is(*pc)] S *`, `S` a MIME record, `n`
    /// an `[in] ULONG` and `pc` an `[out] ULONG *` nothing else names: the
    /// caller's array the callee fills in.
    fn task_entries(&self, params: &[Param], p: &Param, to: &Type) -> Option<Role> {
        let of = self.m.mapi_struct(to)?;
        if !of.is_task_record() || p.mapi_alloc || p.optional {
            return None;
        }
        let [
            Some(SizeRef::Param {
                index: cap,
                deref: 0,
            }),
        ] = p.size_is.as_slice()
        else {
            return None;
        };
        let [
            Some(SizeRef::Param {
                index: cnt,
                deref: 1,
            }),
        ] = p.length_is.as_slice()
        else {
            return None;
        };
        let (c, n) = (params.get(*cap)?, params.get(*cnt)?);
        let ok = c.dir == Direction::In
            && c.flags.is_none()
            && self.pointee(&c.ty).is_none()
            && self.is_u32(&c.ty)
            && n.dir == Direction::Out
            && n.flags.is_none()
            && self.pointee(&n.ty).is_some_and(|t| self.is_u32(t));
        ok.then_some(Role::TaskEntries {
            of,
            capacity: *cap,
            count: *cnt,
            count_optional: n.optional,
        })
    }

    /// `[in, size_is(n), handed_over(f)] S *` (`S` a MIME record, `n` an
    /// `[in] ULONG`, `f` an `[in]` integer) or `[in, handed_over] S *` (`S`
    /// a MIME record, `ADDRESSLIST`, `BLOB` or `PROPVARIANT`).
    fn handed_over(&self, params: &[Param], p: &Param) -> Option<Role> {
        if p.dir != Direction::In || p.optional || p.mapi_alloc {
            return None;
        }
        let to = self.pointee(&p.ty)?;
        let record = self.m.mapi_struct(to);
        let Some(f) = p.frees_array else {
            let of = record?;
            let single = of.is_task_record()
                || matches!(
                    of,
                    MapiStruct::AddressList | MapiStruct::Blob | MapiStruct::PropVariant
                );
            let unsized_ = p.size_is.iter().all(Option::is_none);
            return (single && unsized_).then_some(Role::HandedOver(Handed::One(of)));
        };
        let [Some(SizeRef::Param { index: n, deref: 0 })] = p.size_is.as_slice() else {
            return None;
        };
        let (c, fl) = (params.get(*n)?, params.get(f)?);
        let ok = *n != f
            && c.dir == Direction::In
            && c.flags.is_none()
            && self.pointee(&c.ty).is_none()
            && self.is_u32(&c.ty)
            && fl.dir == Direction::In
            && fl.flags.is_none()
            && self.pointee(&fl.ty).is_none();
        if !ok {
            return None;
        }
        let (count, frees_array) = (*n, f);
        match record {
            Some(of) if of.is_task_record() => Some(Role::HandedOver(Handed::Records {
                of,
                count,
                frees_array,
            })),
            Some(_) => None,
            None => self
                .iface_ptr(to)
                .is_some_and(|i| self.m.is_iunknown(i))
                .then_some(Role::HandedOver(Handed::Objects { count, frees_array })),
        }
    }

    /// The width of an `[out, string] LPSTR *` or `LPWSTR *` the callee
    /// allocates with the task allocator: no `mapi_alloc`, no `size_is`, no
    /// `unicode_flag`, not a `TCHAR` string.
    fn task_string(&self, p: &Param, to: &Type) -> Option<Width> {
        let plain = !p.mapi_alloc
            && p.string
            && p.iid_is.is_none()
            && p.width_flag.is_none()
            && p.size_is.iter().chain(&p.length_is).all(Option::is_none);
        if !plain || self.is_tchar(to) {
            return None;
        }
        self.char_width(to)
    }

    /// `[out, mapi_alloc] T **` of a value the runtime writes: `to` is the
    /// out-pointer's pointee, `T *`.
    fn alloc(&self, params: &[Param], p: &Param, to: &Type) -> Option<Role> {
        if !p.mapi_alloc || p.iid_is.is_some() {
            return None;
        }
        let target = self.pointee(to)?;
        let counted = self.out_count_of(params, p);
        let unsized_ok = p.size_is.iter().all(Option::is_none);
        let (of, count, width) = match self.m.mapi_struct(target) {
            Some(k @ (MapiStruct::PropValue | MapiStruct::EntryId)) => {
                (Alloc::Struct(k), Some(counted?), None)
            }
            Some(
                k @ (MapiStruct::TagArray
                | MapiStruct::ProblemArray
                | MapiStruct::TnefProblemArray
                | MapiStruct::RowSet
                | MapiStruct::SortOrderSet
                | MapiStruct::Row
                | MapiStruct::Restriction
                | MapiStruct::EntryList),
            ) if unsized_ok => (Alloc::Struct(k), None, None),
            Some(MapiStruct::MapiError) if unsized_ok => (
                Alloc::Struct(MapiStruct::MapiError),
                None,
                Some(Width::ByFlag(p.width_flag?)),
            ),
            None if counted.is_some() && matches!(self.strip(target), Type::Prim(Prim::U8)) => {
                (Alloc::Bytes, counted, None)
            }
            None if counted.is_some()
                && self
                    .pointee(target)
                    .is_some_and(|t| self.m.mapi_struct(t) == Some(MapiStruct::NameId)) =>
            {
                (Alloc::Struct(MapiStruct::NameId), counted, None)
            }
            Some(MapiStruct::FormInfoArray) if unsized_ok => {
                (Alloc::Struct(MapiStruct::FormInfoArray), None, None)
            }
            Some(k @ (MapiStruct::FormPropArray | MapiStruct::VerbArray)) if unsized_ok => {
                (Alloc::Struct(k), None, Some(Width::ByFlag(p.width_flag?)))
            }
            None if counted.is_none() && unsized_ok && self.is_u32(target) => {
                (Alloc::Ulongs, None, None)
            }
            None if counted.is_none()
                && unsized_ok
                && self.is_struct(target)
                && self.plain_data(target, 0) =>
            {
                (Alloc::Plain, None, None)
            }
            None if counted.is_some() && self.char_width(target).is_some() => {
                let width = match (self.char_width(target)?, p.width_flag) {
                    (_, Some(f)) => Width::ByFlag(f),
                    _ if self.is_tchar(target) => return None,
                    (w, None) => w,
                };
                (Alloc::Strings(width), counted, None)
            }
            None if unsized_ok => {
                let width = match (self.char_width(to)?, p.width_flag) {
                    (_, Some(f)) => Width::ByFlag(f),
                    _ if self.is_tchar(to) => return None,
                    (w, None) => w,
                };
                (Alloc::String(width), None, None)
            }
            _ => return None,
        };
        Some(Role::Alloc {
            of,
            count,
            width,
            optional: p.optional,
            null_ok: p.null_on_success,
        })
    }

    fn role(&self, params: &[Param], p: &Param) -> Role {
        // Data the callee keeps after the call cannot be lent for the call
        // only: the caller vouches for it.
        if p.retained {
            return Role::Raw;
        }
        if p.handed_over {
            return self.handed_over(params, p).unwrap_or(Role::Raw);
        }
        if p.opaque {
            return Role::Opaque {
                out: p.dir == Direction::Out,
            };
        }
        // An opaque handle is a value, though C spells it as a pointer.
        if p.dir == Direction::In && self.m.handle(&p.ty).is_some() {
            return Role::Value;
        }
        let to = self.pointee(&p.ty);
        // A `BSTR` is a pointer in C, and a string of its own kind.
        if p.dir == Direction::In && self.m.is_bstr(&p.ty) {
            return Role::Bstr { out: false };
        }
        if p.dir == Direction::Out
            && !p.mapi_alloc
            && p.size_is.is_empty()
            && to.is_some_and(|t| self.m.is_bstr(t))
        {
            return Role::Bstr { out: true };
        }
        let flags_word = match to {
            None => self.is_u32(&p.ty),
            Some(t) => self.is_u32(t),
        };
        let plain =
            !p.optional && !p.mapi_alloc && !p.com_out && p.size_is.iter().all(Option::is_none);
        if p.reserved && p.dir == Direction::In && !flags_word && to.is_some() {
            return Role::ReservedPtr;
        }
        if p.reserved && flags_word {
            let pass = match (p.dir, to) {
                (Direction::In, None) => Some(Pass::Value),
                (Direction::In, Some(_)) if !p.optional => Some(Pass::InPtr),
                (Direction::InOut, Some(_)) if plain => Some(Pass::InOut),
                _ => None,
            };
            if let Some(pass) = pass {
                return Role::Reserved { pass };
            }
        }
        if let Some(group) = p.flags.filter(|_| flags_word) {
            let pass = match (p.dir, to) {
                (Direction::In, None) => Some(Pass::Value),
                (Direction::In, Some(_)) => Some(Pass::InPtr),
                (Direction::InOut, Some(_)) if plain => Some(Pass::InOut),
                (Direction::Out, Some(_)) => Some(Pass::Out),
                _ => None,
            };
            if let Some(pass) = pass {
                return Role::Flags {
                    group,
                    pass,
                    optional: p.optional,
                };
            }
        }
        let Some(to) = to else {
            return Role::Value;
        };
        match p.dir {
            Direction::In => {
                if let Some(r) = p.iid_is {
                    Role::InterfaceIn {
                        target: InterfaceRef::IidIs(r),
                        optional: p.optional,
                    }
                } else if let Some(i) = self.iface_ptr(&p.ty) {
                    Role::InterfaceIn {
                        target: InterfaceRef::Fixed(i),
                        optional: p.optional,
                    }
                } else if let Some(count) = self.count_of(params, p) {
                    self.buffer(p, count, to, false)
                } else if let Some(with) = self.parallel_to(params, p, to) {
                    Role::Parallel {
                        with,
                        optional: p.optional,
                    }
                } else if p.size_is.iter().any(Option::is_some) {
                    Role::Raw
                } else if self.m.is_guid(to) {
                    Role::Iid {
                        selects: false,
                        optional: p.optional,
                    }
                } else if let Some(
                    of @ (MapiStruct::TagArray
                    | MapiStruct::Restriction
                    | MapiStruct::SortOrderSet
                    | MapiStruct::EntryList
                    | MapiStruct::AdrList
                    | MapiStruct::Row
                    | MapiStruct::RowSet
                    | MapiStruct::NotifKey
                    | MapiStruct::Notification
                    | MapiStruct::PropValue
                    | MapiStruct::MessageClassArray
                    | MapiStruct::FormInfoArray
                    | MapiStruct::AcctVariant
                    | MapiStruct::Binary
                    | MapiStruct::RowList
                    | MapiStruct::PropVariant
                    | MapiStruct::Blob
                    | MapiStruct::AddressProps),
                ) = self.m.mapi_struct(to)
                {
                    Role::View {
                        of,
                        optional: p.optional,
                    }
                } else if let Some(width) = self
                    .char_width(to)
                    .filter(|_| p.string && !self.is_tchar(to))
                {
                    Role::Strings {
                        width,
                        optional: p.optional,
                    }
                } else if let Some(width) = self.char_width(&p.ty) {
                    let width = match p.width_flag {
                        Some(f) => Width::ByFlag(f),
                        // A `TCHAR` string without its flag has no known width.
                        None if self.is_tchar(&p.ty) => return Role::Raw,
                        None => width,
                    };
                    Role::String {
                        width,
                        optional: p.optional,
                    }
                } else if self.plain_record(to) || self.is_scalar(to) {
                    // Without `size_is`, a pointer points to one value (MIDL's
                    // rule): `[in] DWORD *pdwCookie`.
                    Role::InRef {
                        optional: p.optional,
                    }
                } else {
                    Role::Raw
                }
            }
            Direction::InOut => {
                if let Some(role) = self.task_entries(params, p, to) {
                    role
                } else if let Some(target) = self.iface_ptr(to).filter(|_| p.size_is.is_empty()) {
                    Role::InterfaceInOut { target }
                } else if let Some(count) = self.consumed_count(params, p, to) {
                    Role::Consumed { count }
                } else if let Some(count) = self.replace_count(params, p, to) {
                    Role::Replace { count }
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::PropVariant) {
                    Role::Variant { requested: true }
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::Blob) {
                    Role::TaskBlob
                } else if let Some(of @ (MapiStruct::FindHeader | MapiStruct::FindBody)) =
                    self.m.mapi_struct(to).filter(|_| plain)
                {
                    Role::Search { of }
                } else if let Some(of @ (MapiStruct::AddressProps | MapiStruct::AddressList)) =
                    self.m.mapi_struct(to).filter(|_| plain)
                {
                    Role::TaskRecord {
                        of,
                        requested: of == MapiStruct::AddressProps,
                    }
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::AdrList) {
                    Role::Modify {
                        of: MapiStruct::AdrList,
                    }
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::FlagList) {
                    Role::Modify {
                        of: MapiStruct::FlagList,
                    }
                } else if plain
                    && self
                        .pointee(to)
                        .is_some_and(|t| self.m.mapi_struct(t) == Some(MapiStruct::TagArray))
                {
                    Role::Modify {
                        of: MapiStruct::TagArray,
                    }
                } else if plain && (self.is_scalar(to) || self.plain_record(to)) {
                    Role::InOut
                } else {
                    Role::Raw
                }
            }
            Direction::Out => {
                if let Some(role) = self.interface_array(params, p, to) {
                    role
                } else if let Some(role) = self.task_entries(params, p, to) {
                    role
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::StatStg) {
                    Role::TaskRecord {
                        of: MapiStruct::StatStg,
                        requested: false,
                    }
                } else if let Some(r) = p.iid_is {
                    if self.pointee(to).is_some() {
                        Role::InterfaceOut {
                            target: InterfaceRef::IidIs(r),
                            null_ok: p.null_on_success,
                        }
                    } else {
                        Role::Raw
                    }
                } else if let Some(i) = self.iface_ptr(to) {
                    Role::InterfaceOut {
                        target: InterfaceRef::Fixed(i),
                        null_ok: p.null_on_success || p.optional,
                    }
                } else if let Some(count) = self.count_of(params, p) {
                    self.buffer(p, count, to, true)
                } else if let Some(role) = self.task_array(params, p, to) {
                    role
                } else if let Some(role) = self.alloc(params, p, to) {
                    role
                } else if let Some(role) = self.lent(params, p, to) {
                    role
                } else if let Some(width) = self.task_string(p, to) {
                    Role::TaskString {
                        width,
                        optional: p.optional,
                    }
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::PropVariant) {
                    Role::Variant { requested: false }
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::Blob) {
                    Role::TaskBlob
                } else if plain && self.m.mapi_struct(to) == Some(MapiStruct::AddressList) {
                    Role::TaskRecord {
                        of: MapiStruct::AddressList,
                        requested: false,
                    }
                } else if matches!(p.size_is.first(), Some(Some(_))) {
                    Role::Raw
                } else if self.sized(to)
                    && !matches!(self.strip(to), Type::Array { .. })
                    && (p.mapi_alloc || !self.is_struct(to) || !self.holds_pointer(to, 0))
                {
                    Role::Out {
                        optional: p.optional,
                        mapi_alloc: p.mapi_alloc,
                    }
                } else {
                    Role::Raw
                }
            }
        }
    }
}

impl Width {
    /// `ansi`, `unicode` or `by ulFlags`.
    pub fn describe(&self, names: &[&str]) -> String {
        match self {
            Width::Ansi => "ansi".to_string(),
            Width::Unicode => "unicode".to_string(),
            Width::ByFlag(f) => format!("by {}", names.get(*f).copied().unwrap_or("?")),
        }
    }
}

impl Alloc {
    /// `props`, `tags`, ..., `string(ansi)`.
    pub fn describe(&self, names: &[&str]) -> String {
        match self {
            Alloc::Struct(k) => k.short_name().to_string(),
            Alloc::String(w) => format!("string({})", w.describe(names)),
            Alloc::Bytes => "bytes".to_string(),
            Alloc::Strings(w) => format!("strings({})", w.describe(names)),
            Alloc::Ulongs => "ulongs".to_string(),
            Alloc::Plain => "plain".to_string(),
        }
    }
}

impl Role {
    /// A short description, parameters named from `names`
    /// (`buffer(cbEntryID, bytes)`, `interface_out(iid_is riid)`), as the
    /// winmd backend records it.
    pub fn describe(&self, m: &Model, names: &[&str]) -> String {
        let name = |i: usize| names.get(i).copied().unwrap_or("?");
        let opt = |o: bool| if o { ", optional" } else { "" };
        let pass = |p: Pass| match p {
            Pass::Value => "value",
            Pass::InPtr => "in_ptr",
            Pass::InOut => "in_out",
            Pass::Out => "out",
        };
        let iface = |t: InterfaceRef| match t {
            InterfaceRef::Fixed(i) => m.interfaces[i.index()].name.clone(),
            InterfaceRef::IidIs(r) => format!("iid_is {}", name(r)),
        };
        match self {
            Role::Value => "value".into(),
            Role::Flags {
                group,
                pass: p,
                optional,
            } => format!(
                "flags({}, {}{})",
                m.flag_groups[group.index()].name,
                pass(*p),
                opt(*optional)
            ),
            Role::Reserved { pass: p } => format!("reserved({})", pass(*p)),
            Role::ReservedPtr => "reserved_ptr".into(),
            Role::Opaque { out } => format!("opaque({})", if *out { "out" } else { "in" }),
            Role::TaskBlob => "task_blob".into(),
            Role::Search { of } => format!("search({})", of.short_name()),
            Role::TaskRecord { of, requested } => format!(
                "task_record({}{})",
                of.short_name(),
                if *requested { ", in_out" } else { "" }
            ),
            Role::TaskArray { of, count } => {
                format!("task_array({}, {})", of.short_name(), name(*count))
            }
            Role::TaskArrayCount { of } => format!("task_array_count({})", name(*of)),
            Role::TaskEntries {
                of,
                capacity,
                count,
                count_optional,
            } => format!(
                "task_entries({}, {}, {}{})",
                of.short_name(),
                name(*capacity),
                name(*count),
                opt(*count_optional)
            ),
            Role::TaskEntriesCount { of } => format!("task_entries_count({})", name(*of)),
            Role::Bstr { out } => format!("bstr({})", if *out { "out" } else { "in" }),
            Role::InterfaceArray {
                target,
                count,
                fetched,
                fetched_optional,
            } => format!(
                "interface_array({}, {}, {}{})",
                m.interfaces[target.index()].name,
                name(*count),
                name(*fetched),
                opt(*fetched_optional)
            ),
            Role::Fetched { of } => format!("fetched({})", name(*of)),
            Role::HandedOver(h) => match h {
                Handed::One(of) => format!("handed_over({})", of.short_name()),
                Handed::Records {
                    of,
                    count,
                    frees_array,
                } => format!(
                    "handed_over({}, {}, {})",
                    of.short_name(),
                    name(*count),
                    name(*frees_array)
                ),
                Handed::Objects { count, frees_array } => {
                    format!(
                        "handed_over(objects, {}, {})",
                        name(*count),
                        name(*frees_array)
                    )
                }
            },
            Role::HandedOverCount { of } => format!("handed_over_count({})", name(*of)),
            Role::HandedOverFlag { of } => format!("handed_over_flag({})", name(*of)),
            Role::Variant { requested } => {
                format!("variant({})", if *requested { "in_out" } else { "out" })
            }
            Role::TaskString { width, optional } => {
                format!("task_string({}{})", width.describe(names), opt(*optional))
            }
            Role::Buffer {
                count,
                unit,
                out,
                optional,
            } => format!(
                "buffer({}, {}{}{})",
                name(*count),
                match unit {
                    Unit::Bytes => "bytes",
                    Unit::Elements => "elements",
                },
                if *out { ", out" } else { "" },
                opt(*optional)
            ),
            Role::Count { of } => format!("count({})", name(*of)),
            Role::String { width, optional } => {
                format!("string({}{})", width.describe(names), opt(*optional))
            }
            Role::Iid { selects, optional } => format!(
                "iid({}{})",
                if *selects { "selects" } else { "data" },
                opt(*optional)
            ),
            Role::InterfaceIn { target, optional } => {
                format!("interface_in({}{})", iface(*target), opt(*optional))
            }
            Role::InterfaceInOut { target } => {
                format!("interface_in_out({})", iface(InterfaceRef::Fixed(*target)))
            }
            Role::InterfaceOut { target, null_ok } => format!(
                "interface_out({}{})",
                iface(*target),
                if *null_ok { ", null_ok" } else { "" }
            ),
            Role::Out {
                optional,
                mapi_alloc,
            } => format!(
                "out({}{})",
                if *mapi_alloc { "mapi_alloc" } else { "value" },
                opt(*optional)
            ),
            Role::InRef { optional } => format!(
                "in_ref({})",
                if *optional { "optional" } else { "required" }
            ),
            Role::View { of, optional } => {
                format!("view({}{})", of.short_name(), opt(*optional))
            }
            Role::Alloc {
                of,
                count,
                width,
                optional,
                null_ok,
            } => {
                let mut s = format!("alloc({}", of.describe(names));
                if let Some(c) = count {
                    s += &format!(", count {}", name(*c));
                }
                if let Some(w) = width {
                    s += &format!(", {}", w.describe(names));
                }
                if *null_ok {
                    s += ", null_ok";
                }
                format!("{s}{})", opt(*optional))
            }
            Role::AllocCount { of } => format!("alloc_count({})", name(*of)),
            Role::InOut => "in_out".into(),
            Role::Modify { of } => format!("modify({})", of.short_name()),
            Role::Consumed { count } => format!("consumed(bytes, count {})", name(*count)),
            Role::Lent { of, count } => format!(
                "lent({}, count {})",
                match of {
                    Lent::Strings(w) => format!("strings({})", w.describe(names)),
                    Lent::Uids => "uids".to_string(),
                },
                name(*count)
            ),
            Role::LentCount { of } => format!("lent_count({})", name(*of)),
            Role::AllocatorOut { part } => format!("allocator({part})"),
            Role::Parallel { with, optional } => {
                format!("parallel({}{})", name(*with), opt(*optional))
            }
            Role::Strings { width, optional } => {
                format!("strings({}{})", width.describe(names), opt(*optional))
            }
            Role::ConsumedCount { of } => format!("consumed_count({})", name(*of)),
            Role::Replace { count } => format!("replace({})", name(*count)),
            Role::ReplaceCount { of } => format!("replace_count({})", name(*of)),
            Role::Raw => "raw".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus() -> Model {
        let c = crate::compile_with(
            &crate::corpus::WithCorpus(crate::MemLoader::new()),
            &crate::corpus::paths(),
            &crate::Options::default(),
        );
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        c.model
    }

    fn roles(m: &Model, iface: &str, method: &str) -> (Vec<String>, Return) {
        let id = m
            .interfaces
            .iter()
            .position(|i| i.name == iface)
            .expect("interface");
        let i = &m.interfaces[id];
        let x = i.methods.iter().find(|x| x.name == method).expect("method");
        let abi = lower(m, &x.params, &x.ret, &x.warnings);
        let names: Vec<&str> = x.params.iter().map(|p| p.name.as_str()).collect();
        (
            abi.params.iter().map(|r| r.describe(m, &names)).collect(),
            abi.ret,
        )
    }

    #[test]
    fn open_entry_is_a_byte_buffer_a_selecting_iid_flags_and_outs() {
        let m = corpus();
        let (r, ret) = roles(&m, "IMsgStore", "OpenEntry");
        assert_eq!(
            r,
            [
                "count(lpEntryID)",
                "buffer(cbEntryID, bytes, optional)",
                "iid(selects, optional)",
                "flags(MsgStoreOpenEntryFlags, value)",
                "out(value)",
                "interface_out(iid_is lpInterface)",
            ]
        );
        assert_eq!(ret, Return::Status { warnings: vec![] });
    }

    #[test]
    fn methods_without_a_status_keep_their_return_type() {
        let m = corpus();
        let (r, ret) = roles(&m, "IMAPIAdviseSink", "OnNotify");
        assert_eq!(r, ["count(lpNotifications)", "buffer(cNotif, elements)"]);
        assert!(matches!(ret, Return::Value(_)));
        let (r, ret) = roles(&m, "IMalloc", "Free");
        assert_eq!(r, ["raw"]);
        assert_eq!(ret, Return::Void);
    }

    #[test]
    fn reserved_and_out_flags_are_typed() {
        let m = corpus();
        assert_eq!(
            roles(&m, "IMSProvider", "Shutdown").0,
            ["flags(MSProviderShutdownFlags, in_ptr)"]
        );
        assert_eq!(
            roles(&m, "IMsgStore", "StoreLogoff").0,
            ["flags(MsgStoreStoreLogoffFlags, in_out)"]
        );
        assert_eq!(
            roles(&m, "IMAPIFolder", "GetMessageStatus").0,
            [
                "count(lpEntryID)",
                "buffer(cbEntryID, bytes)",
                "flags(MAPIFolderGetMessageStatusFlags, value)",
                "flags(MAPIFolderMessageStatusFlags, out)",
            ]
        );
    }

    #[test]
    fn a_counted_out_buffer_and_an_optional_out_value() {
        let m = corpus();
        assert_eq!(
            roles(&m, "ISequentialStream", "Read").0,
            [
                "buffer(cb, bytes, out)",
                "count(pv)",
                "out(value, optional)"
            ]
        );
    }

    #[test]
    fn mapi_structures_are_views_and_allocated_outs() {
        let m = corpus();
        assert_eq!(
            roles(&m, "IMAPIProp", "GetProps").0,
            [
                "view(tags, optional)",
                "flags(MAPIPropGetPropsFlags, value)",
                "alloc_count(lppPropArray)",
                "alloc(props, count lpcValues)",
            ]
        );
        assert_eq!(
            roles(&m, "IMAPIProp", "SetProps").0,
            [
                "count(lpPropArray)",
                "buffer(cValues, elements)",
                "alloc(problems, optional)",
            ]
        );
        assert_eq!(
            roles(&m, "IMAPIProp", "GetPropList").0,
            ["flags(MAPIPropGetPropListFlags, value)", "alloc(tags)"]
        );
        assert_eq!(
            roles(&m, "IMAPIProp", "GetLastError").0,
            [
                "value",
                "flags(MAPIPropGetLastErrorFlags, value)",
                "alloc(mapi_error, by ulFlags)",
            ]
        );
        assert_eq!(
            roles(&m, "IMsgStore", "GetReceiveFolder").0,
            [
                "string(by ulFlags, optional)",
                "flags(MsgStoreGetReceiveFolderFlags, value)",
                "alloc_count(lppEntryID)",
                "alloc(entry_id, count lpcbEntryID)",
                "alloc(string(by ulFlags), optional)",
            ]
        );
        assert_eq!(
            roles(&m, "IMAPITable", "QueryRows").0,
            [
                "value",
                "flags(MAPITableQueryRowsFlags, value)",
                "alloc(row_set)",
            ]
        );
        assert_eq!(
            roles(&m, "IMAPITable", "Restrict").0,
            [
                "view(restriction, optional)",
                "flags(MAPITableRestrictFlags, value)"
            ]
        );
        assert_eq!(
            roles(&m, "IMAPITable", "SortTable").0,
            [
                "view(sort_order_set)",
                "flags(MAPITableSortTableFlags, value)"
            ]
        );
    }

    #[test]
    fn entry_lists_address_lists_spool_bytes_and_optional_errors() {
        let m = corpus();
        assert_eq!(
            roles(&m, "IMAPIFolder", "DeleteMessages").0[0],
            "view(entry_list)"
        );
        assert_eq!(
            roles(&m, "IMessage", "ModifyRecipients").0[1],
            "view(adr_list)"
        );
        let (r, _) = roles(&m, "IMSProvider", "Logon");
        assert_eq!(
            r[7..10],
            [
                "alloc_count(lppbSpoolSecurity)",
                "alloc(bytes, count lpcbSpoolSecurity)",
                "alloc(mapi_error, by ulFlags, null_ok)",
            ]
        );
    }

    #[test]
    fn provider_side_structures_in_out_and_in_place() {
        let m = corpus();
        let r = |i, x| roles(&m, i, x).0;
        assert_eq!(r("IAddrBook", "ResolveName")[3], "modify(adr_list)");
        assert_eq!(
            r("IMAPIProp", "GetNamesFromIDs"),
            [
                "modify(tags)",
                "iid(data, optional)",
                "flags(MAPIPropGetNamesFromIDsFlags, value)",
                "alloc_count(lpppPropNames)",
                "alloc(name_ids, count lpcPropNames)",
            ]
        );
        assert_eq!(
            r("IMAPIProp", "GetIDsFromNames")[..2],
            [
                "count(lppPropNames)",
                "buffer(cPropNames, elements, optional)"
            ]
        );
        assert_eq!(
            r("IPropData", "HrGetPropAccess"),
            ["modify(tags)", "alloc(ulongs)"]
        );
        assert_eq!(r("IStorage", "OpenStream")[1], "reserved_ptr");
        assert_eq!(r("IStorage", "CopyTo")[2], "strings(unicode, optional)");
        assert_eq!(
            r("IABProvider", "Logon")[4..6],
            [
                "consumed_count(lppbSecurity)",
                "consumed(bytes, count lpulcbSecurity)"
            ]
        );
        assert_eq!(
            r("IMAPISupport", "ReadReceipt")[2],
            "interface_in_out(IMessage)"
        );
        assert_eq!(
            r("ITableData", "HrQueryRow"),
            ["view(props)", "alloc(row)", "out(value, optional)"]
        );
        assert_eq!(
            r("IMAPIContainer", "GetSearchCriteria")[1..3],
            [
                "alloc(restriction, optional)",
                "alloc(entry_list, optional)"
            ]
        );
        assert_eq!(
            r("IMAPISession", "EnumAdrTypes")[1..],
            [
                "alloc_count(lpppszAdrTypes)",
                "alloc(strings(by ulFlags), count lpcAdrTypes)"
            ]
        );
        assert_eq!(r("IMsgStore", "NotifyNewMail"), ["view(notification)"]);
        assert_eq!(
            r("IMAPISupport", "NewEntry")[6..],
            [
                "alloc_count(lppEIDNewEntry)",
                "alloc(entry_id, count lpcbEIDNewEntry, optional)"
            ]
        );
        assert_eq!(r("IMAPISupport", "Subscribe")[0], "view(notif_key)");
        assert_eq!(
            r("IPropData", "HrSetPropAccess"),
            ["view(tags)", "parallel(lpPropTagArray)"]
        );
        assert_eq!(
            r("IMAPISupport", "GetMemAllocRoutines"),
            ["allocator(0)", "allocator(1)", "allocator(2)"]
        );
        assert_eq!(
            r("IXPLogon", "AddressTypes")[1..],
            [
                "lent_count(lpppszAdrTypeArray)",
                "lent(strings(by lpulFlags), count lpcAdrType)",
                "lent_count(lpppUIDArray)",
                "lent(uids, count lpcMAPIUID)",
            ]
        );
        assert_eq!(
            r("IMAPISupport", "DoCopyTo")[..2],
            ["iid(selects)", "interface_in(iid_is lpSrcInterface)"]
        );
    }
}
