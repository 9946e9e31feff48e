//! The checked semantic model every backend reads: names resolved to typed
//! ids, bases resolved, slots numbered, constants evaluated.

use crate::source::{FileId, Span};
use std::fmt;

macro_rules! ids {
    ($($(#[$m:meta])* $name:ident;)*) => {$(
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
        impl $name {
            /// The index into the matching `Model` list.
            pub fn index(self) -> usize { self.0 as usize }
        }
    )*};
}

ids! {
    /// An index into [`Model::interfaces`].
    InterfaceId;
    /// An index into [`Model::typedefs`].
    TypedefId;
    /// An index into [`Model::structs`].
    StructId;
    /// An index into [`Model::enums`].
    EnumId;
    /// An index into [`Model::consts`].
    ConstId;
    /// An index into [`Model::flag_groups`].
    FlagGroupId;
    /// An index into [`Model::prop_tags`].
    PropTagId;
    /// An index into [`Model::functions`].
    FunctionId;
}

/// Everything one compilation declares.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Model {
    /// The files read, in load order.
    pub files: Vec<ModelFile>,
    /// Interfaces, bases before the interfaces that derive from them.
    pub interfaces: Vec<Interface>,
    /// Typedefs (aliases of other types), in declaration order.
    pub typedefs: Vec<Typedef>,
    /// Structs and unions, in declaration order.
    pub structs: Vec<Struct>,
    /// Enums (other than flag groups), in declaration order.
    pub enums: Vec<Enum>,
    /// Constants: declared ones, flag-group members that declare a value,
    /// and the tags of property tag declarations.
    pub consts: Vec<Const>,
    /// MAPI flag groups.
    pub flag_groups: Vec<FlagGroup>,
    /// MAPI property tags.
    pub prop_tags: Vec<PropTag>,
    /// Functions declared in modules or at the top level.
    pub functions: Vec<Function>,
    /// `cpp_quote` texts, in order.
    pub cpp_quotes: Vec<(FileId, String)>,
    /// The declarations backends treat specially, found once by the resolver.
    pub well_known: WellKnown,
}

/// Declarations with a meaning of their own to the backends (`GUID` is an
/// IID, `HRESULT` a status, `IUnknown` the root of COM), identified once when
/// they are declared so that no backend matches type names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WellKnown {
    /// The `GUID` struct (`struct _GUID`), which `IID` and `CLSID` name.
    pub guid: Option<StructId>,
    /// The `HRESULT` typedef.
    pub hresult: Option<TypedefId>,
    /// The `SCODE` typedef (MAPI's name for a status code).
    pub scode: Option<TypedefId>,
    /// The `IUnknown` interface.
    pub iunknown: Option<InterfaceId>,
    /// The `TCHAR` typedef: a string of it has no width of its own (the
    /// `MAPI_UNICODE` flag of its call says, with `unicode_flag`).
    pub tchar: Option<TypedefId>,
    /// The `BSTR` typedef: OLE automation's length-prefixed string,
    /// allocated with `SysAllocStringLen` and freed with `SysFreeString`.
    pub bstr: Option<TypedefId>,
    /// The function types of MAPI's allocator, `ALLOCATEBUFFER`,
    /// `ALLOCATEMORE` and `FREEBUFFER`, in that order: three out-pointers to
    /// them together are an allocator (`IMAPISupport::GetMemAllocRoutines`).
    pub allocator: [Option<TypedefId>; 3],
    /// The MAPI structures the runtime reads and writes, indexed by
    /// [`MapiStruct`] (`SPropValue` is `mapi[MapiStruct::PropValue as usize]`).
    pub mapi: [Option<StructId>; MapiStruct::ALL.len()],
}

// By hand: `Default` is derived for arrays of at most 32 elements, and
// `mapi` has one per `MapiStruct`.
impl Default for WellKnown {
    fn default() -> Self {
        WellKnown {
            guid: None,
            hresult: None,
            scode: None,
            iunknown: None,
            tchar: None,
            bstr: None,
            allocator: [None; 3],
            mapi: [None; MapiStruct::ALL.len()],
        }
    }
}

/// A MAPI structure with views and writers in the runtime (`mapi_sys::value`),
/// known by identity like `GUID`: the struct declared with that name or tag.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapiStruct {
    /// `SPropValue`: one property value.
    PropValue,
    /// `SPropTagArray`: a counted array of property tags.
    TagArray,
    /// `SPropProblemArray`: the properties an operation failed on.
    ProblemArray,
    /// `SRowSet`: table rows.
    RowSet,
    /// `ENTRYID`: an entry identifier (sized by a byte count).
    EntryId,
    /// `MAPIERROR`: a description of the last error.
    MapiError,
    /// `SRestriction`: a restriction tree.
    Restriction,
    /// `SSortOrderSet`: sort keys of a table.
    SortOrderSet,
    /// `SBinaryArray` (`ENTRYLIST`): entry identifiers.
    EntryList,
    /// `ADRLIST`: recipients, each a row of properties.
    AdrList,
    /// `SRow`: one table row.
    Row,
    /// `NOTIFKEY`: the key of a notification subscription (counted bytes).
    NotifKey,
    /// `MAPINAMEID`: the name of a named property.
    NameId,
    /// `NOTIFICATION`: one event.
    Notification,
    /// `MAPIUID`: a provider's unique identifier.
    Uid,
    /// `FlagList`: one result flag per entry of an address list.
    FlagList,
    /// `SMessageClassArray`: message class names (8-bit strings).
    MessageClassArray,
    /// `SMAPIFormInfoArray`: form information objects.
    FormInfoArray,
    /// `SMAPIFormPropArray`: the named properties of forms.
    FormPropArray,
    /// `SMAPIVerbArray`: the verbs of a form.
    VerbArray,
    /// `ACCT_VARIANT`: the value of an Outlook account property.
    AcctVariant,
    /// `SBinary`: counted bytes (an entry ID or key passed on its own).
    Binary,
    /// `STnefProblemArray`: the properties TNEF could not encode or decode.
    TnefProblemArray,
    /// `READSTATE`: the new read state of one message (Exchange ICS).
    ReadState,
    /// `ROWLIST`: changes to an Exchange rule or permission table.
    RowList,
    /// `PROPVARIANT`: a tagged value of the MIME library (COM task memory).
    PropVariant,
    /// `BLOB`: counted bytes of the MIME library (COM task memory when a
    /// callee returns them).
    Blob,
    /// `MIMEPARAMINFO`: a header parameter of the MIME library, its strings
    /// in COM task memory.
    ParamInfo,
    /// `ENUMPROPERTY`: a property an enumerator of the MIME library returns,
    /// its name in COM task memory.
    EnumProperty,
    /// `ENUMHEADERROW`: a header row an enumerator of the MIME library
    /// returns, its strings in COM task memory.
    EnumHeaderRow,
    /// `ADDRESSPROPS`: an address of the MIME library, its strings and
    /// thumbprints in COM task memory.
    AddressProps,
    /// `ADDRESSLIST`: a counted array of `ADDRESSPROPS` of the MIME library,
    /// array and entries in COM task memory.
    AddressList,
    /// `FINDHEADER`: a search of a MIME header table, its place kept by the
    /// table between calls.
    FindHeader,
    /// `FINDBODY`: a search of a MIME message tree by content type, its
    /// place kept by the tree between calls.
    FindBody,
    /// `HBODY__`, the object a MIME body handle (`HBODY`) points to: an
    /// array of handles the callee allocates is a [`Role::TaskArray`] of
    /// this kind, whose entries own nothing.
    ///
    /// [`Role::TaskArray`]: crate::lower::Role::TaskArray
    Body,
    /// `STATSTG`: what a stream or storage says of itself, its name in COM
    /// task memory.
    StatStg,
}

impl MapiStruct {
    /// Whether it is a record (of the MIME library, or `STATSTG`) whose
    /// strings (and blobs) a callee allocates with the COM task allocator,
    /// read and written by `mapi_sys::value::TaskRecord`.
    pub fn is_task_record(self) -> bool {
        matches!(
            self,
            MapiStruct::ParamInfo
                | MapiStruct::EnumProperty
                | MapiStruct::EnumHeaderRow
                | MapiStruct::AddressProps
                | MapiStruct::StatStg
        )
    }

    /// Every kind, in index order.
    pub const ALL: [MapiStruct; 36] = [
        MapiStruct::PropValue,
        MapiStruct::TagArray,
        MapiStruct::ProblemArray,
        MapiStruct::RowSet,
        MapiStruct::EntryId,
        MapiStruct::MapiError,
        MapiStruct::Restriction,
        MapiStruct::SortOrderSet,
        MapiStruct::EntryList,
        MapiStruct::AdrList,
        MapiStruct::Row,
        MapiStruct::NotifKey,
        MapiStruct::NameId,
        MapiStruct::Notification,
        MapiStruct::Uid,
        MapiStruct::FlagList,
        MapiStruct::MessageClassArray,
        MapiStruct::FormInfoArray,
        MapiStruct::FormPropArray,
        MapiStruct::VerbArray,
        MapiStruct::AcctVariant,
        MapiStruct::Binary,
        MapiStruct::TnefProblemArray,
        MapiStruct::ReadState,
        MapiStruct::RowList,
        MapiStruct::PropVariant,
        MapiStruct::Blob,
        MapiStruct::ParamInfo,
        MapiStruct::EnumProperty,
        MapiStruct::EnumHeaderRow,
        MapiStruct::AddressProps,
        MapiStruct::AddressList,
        MapiStruct::FindHeader,
        MapiStruct::FindBody,
        MapiStruct::Body,
        MapiStruct::StatStg,
    ];

    /// The C name of the structure (`SPropValue`).
    pub fn c_name(self) -> &'static str {
        match self {
            MapiStruct::PropValue => "SPropValue",
            MapiStruct::TagArray => "SPropTagArray",
            MapiStruct::ProblemArray => "SPropProblemArray",
            MapiStruct::RowSet => "SRowSet",
            MapiStruct::EntryId => "ENTRYID",
            MapiStruct::MapiError => "MAPIERROR",
            MapiStruct::Restriction => "SRestriction",
            MapiStruct::SortOrderSet => "SSortOrderSet",
            MapiStruct::EntryList => "SBinaryArray",
            MapiStruct::AdrList => "ADRLIST",
            MapiStruct::Row => "SRow",
            MapiStruct::NotifKey => "NOTIFKEY",
            MapiStruct::NameId => "MAPINAMEID",
            MapiStruct::Notification => "NOTIFICATION",
            MapiStruct::Uid => "MAPIUID",
            MapiStruct::FlagList => "FlagList",
            MapiStruct::MessageClassArray => "SMessageClassArray",
            MapiStruct::FormInfoArray => "SMAPIFormInfoArray",
            MapiStruct::FormPropArray => "SMAPIFormPropArray",
            MapiStruct::VerbArray => "SMAPIVerbArray",
            MapiStruct::AcctVariant => "ACCT_VARIANT",
            MapiStruct::Binary => "SBinary",
            MapiStruct::TnefProblemArray => "STnefProblemArray",
            MapiStruct::ReadState => "READSTATE",
            MapiStruct::RowList => "ROWLIST",
            MapiStruct::PropVariant => "PROPVARIANT",
            MapiStruct::Blob => "BLOB",
            MapiStruct::ParamInfo => "MIMEPARAMINFO",
            MapiStruct::EnumProperty => "ENUMPROPERTY",
            MapiStruct::EnumHeaderRow => "ENUMHEADERROW",
            MapiStruct::AddressProps => "ADDRESSPROPS",
            MapiStruct::AddressList => "ADDRESSLIST",
            MapiStruct::FindHeader => "FINDHEADER",
            MapiStruct::FindBody => "FINDBODY",
            MapiStruct::Body => "HBODY__",
            MapiStruct::StatStg => "STATSTG",
        }
    }

    /// A short name for role descriptions and JSON (`props`, `tags`).
    pub fn short_name(self) -> &'static str {
        match self {
            MapiStruct::PropValue => "props",
            MapiStruct::TagArray => "tags",
            MapiStruct::ProblemArray => "problems",
            MapiStruct::RowSet => "row_set",
            MapiStruct::EntryId => "entry_id",
            MapiStruct::MapiError => "mapi_error",
            MapiStruct::Restriction => "restriction",
            MapiStruct::SortOrderSet => "sort_order_set",
            MapiStruct::EntryList => "entry_list",
            MapiStruct::AdrList => "adr_list",
            MapiStruct::Row => "row",
            MapiStruct::NotifKey => "notif_key",
            MapiStruct::NameId => "name_ids",
            MapiStruct::Notification => "notification",
            MapiStruct::Uid => "uid",
            MapiStruct::FlagList => "flag_list",
            MapiStruct::MessageClassArray => "message_classes",
            MapiStruct::FormInfoArray => "form_infos",
            MapiStruct::FormPropArray => "form_props",
            MapiStruct::VerbArray => "verbs",
            MapiStruct::AcctVariant => "acct_variant",
            MapiStruct::Binary => "binary",
            MapiStruct::TnefProblemArray => "tnef_problems",
            MapiStruct::ReadState => "read_states",
            MapiStruct::RowList => "row_list",
            MapiStruct::PropVariant => "prop_variant",
            MapiStruct::Blob => "blob",
            MapiStruct::ParamInfo => "param_info",
            MapiStruct::EnumProperty => "enum_property",
            MapiStruct::EnumHeaderRow => "enum_header_row",
            MapiStruct::AddressProps => "address_props",
            MapiStruct::AddressList => "address_list",
            MapiStruct::FindHeader => "find_header",
            MapiStruct::FindBody => "find_body",
            MapiStruct::Body => "body",
            MapiStruct::StatStg => "stat_stg",
        }
    }
}

/// Where an item was declared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The declaring file.
    pub file: FileId,
    /// The declaration.
    pub span: Span,
}

/// A file of the compilation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelFile {
    /// Its id in the source map.
    pub id: FileId,
    /// Its path as loaded.
    pub path: std::path::PathBuf,
    /// Whether it was named by the caller (not reached by `import`). Backends
    /// emit the items of root files and refer to imported ones.
    pub root: bool,
    /// Its area (`#pragma area("store")`): the Cargo feature its items are
    /// gated by when a backend gates by area; `None` for the core, which is
    /// never gated.
    pub area: Option<String>,
}

/// An attribute kept as written (the model also interprets known ones).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribute {
    /// Its name (borrowed for the attributes the compiler knows, which
    /// most are: a model holds tens of thousands of them).
    pub name: std::borrow::Cow<'static, str>,
    /// Its arguments as source text; empty arguments are empty strings.
    pub args: Vec<String>,
    /// Where it was written.
    pub span: Span,
}

/// A GUID.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Guid {
    /// First group, as a number.
    pub data1: u32,
    /// Second group.
    pub data2: u16,
    /// Third group.
    pub data3: u16,
    /// The last eight bytes.
    pub data4: [u8; 8],
}

impl Guid {
    /// Parses `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, with or without braces.
    pub fn parse(s: &str) -> Option<Guid> {
        let s = s.trim().trim_start_matches('{').trim_end_matches('}');
        // 8-4-4-4-12 hex digits; read in place (a file has one per
        // interface, and the check runs for every file imported).
        let b = s.as_bytes();
        if b.len() != 36
            || b.iter().enumerate().any(|(i, &c)| {
                if matches!(i, 8 | 13 | 18 | 23) {
                    c != b'-'
                } else {
                    !c.is_ascii_hexdigit()
                }
            })
        {
            return None;
        }
        let hex = |from: usize, to: usize| u64::from_str_radix(&s[from..to], 16).ok();
        let tail = (hex(19, 23)? << 48) | hex(24, 36)?;
        Some(Guid {
            data1: hex(0, 8)? as u32,
            data2: hex(9, 13)? as u16,
            data3: hex(14, 18)? as u16,
            data4: tail.to_be_bytes(),
        })
    }

    /// The GUID as one 128-bit number, as `windows-rs`'s `GUID::from_u128`
    /// takes it.
    pub fn to_u128(self) -> u128 {
        let mut v = u128::from(self.data1) << 96
            | u128::from(self.data2) << 80
            | u128::from(self.data3) << 64;
        for (i, b) in self.data4.iter().enumerate() {
            v |= u128::from(*b) << (56 - 8 * i);
        }
        v
    }
}

impl fmt::Display for Guid {
    /// Lower-case registry form without braces.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.data4;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{:02x}{:02x}-{:02x}{:02x}{:02x}{:02x}{:02x}{:02x}",
            self.data1, self.data2, self.data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
        )
    }
}

/// C primitive types, sized for Windows (LLP64: `long` is 32 bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Prim {
    /// `char`, `small`, `__int8`: signed 8-bit.
    I8,
    /// `unsigned char`, `byte`, `boolean`: unsigned 8-bit.
    U8,
    /// `short`: signed 16-bit.
    I16,
    /// `unsigned short`: unsigned 16-bit.
    U16,
    /// `wchar_t`: a UTF-16 code unit.
    WChar,
    /// `int`, `long`: signed 32-bit.
    I32,
    /// `unsigned int`, `unsigned long`: unsigned 32-bit.
    U32,
    /// `__int64`, `hyper`, `long long`: signed 64-bit.
    I64,
    /// Unsigned 64-bit.
    U64,
    /// `__int3264`: signed pointer-sized.
    ISize,
    /// `unsigned __int3264`: unsigned pointer-sized.
    USize,
    /// `float`.
    F32,
    /// `double`.
    F64,
    /// `handle_t`: an opaque pointer-sized handle.
    Handle,
}

impl Prim {
    /// Width and signedness for integer types; `None` for floats and handles.
    /// Pointer-sized types report 64 bits (the widest target).
    pub fn int_type(self) -> Option<crate::eval::IntType> {
        use crate::eval::IntType;
        let (bits, signed) = match self {
            Prim::I8 => (8, true),
            Prim::U8 => (8, false),
            Prim::I16 => (16, true),
            Prim::U16 | Prim::WChar => (16, false),
            Prim::I32 => (32, true),
            Prim::U32 => (32, false),
            Prim::I64 | Prim::ISize => (64, true),
            Prim::U64 | Prim::USize => (64, false),
            Prim::F32 | Prim::F64 | Prim::Handle => return None,
        };
        Some(IntType { bits, signed })
    }

    /// The C spelling.
    pub fn c_name(self) -> &'static str {
        match self {
            Prim::I8 => "char",
            Prim::U8 => "unsigned char",
            Prim::I16 => "short",
            Prim::U16 => "unsigned short",
            Prim::WChar => "wchar_t",
            Prim::I32 => "long",
            Prim::U32 => "unsigned long",
            Prim::I64 => "__int64",
            Prim::U64 => "unsigned __int64",
            Prim::ISize => "__int3264",
            Prim::USize => "unsigned __int3264",
            Prim::F32 => "float",
            Prim::F64 => "double",
            Prim::Handle => "handle_t",
        }
    }
}

/// A resolved type.
#[derive(Clone, Debug, PartialEq)]
pub enum Type {
    /// `void`.
    Void,
    /// A C primitive.
    Prim(Prim),
    /// A pointer; `is_const` when the pointee is `const`.
    Ptr {
        /// What it points to.
        to: Box<Type>,
        /// Whether the pointee is `const`.
        is_const: bool,
    },
    /// A fixed array, or a conformant one (`T a[]`) when `len` is `None`.
    Array {
        /// The element type.
        elem: Box<Type>,
        /// The length, if fixed.
        len: Option<u64>,
    },
    /// A typedef name.
    Typedef(TypedefId),
    /// A struct or union.
    Struct(StructId),
    /// An enum.
    Enum(EnumId),
    /// A flag group used as a type (it is a `ULONG`).
    FlagGroup(FlagGroupId),
    /// An interface (behind a pointer).
    Interface(InterfaceId),
    /// A function type (behind a pointer for function pointers).
    Function(Box<Signature>),
}

/// A calling convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CallConv {
    /// `__stdcall` / `WINAPI` / `STDMETHODCALLTYPE`: Rust's `extern "system"`.
    System,
    /// `__cdecl`: Rust's `extern "C"`.
    C,
}

/// A function signature (of a function type or function pointer).
#[derive(Clone, Debug, PartialEq)]
pub struct Signature {
    /// Calling convention.
    pub callconv: CallConv,
    /// Return type.
    pub ret: Type,
    /// Parameters.
    pub params: Vec<Param>,
}

/// A typedef.
#[derive(Clone, Debug, PartialEq)]
pub struct Typedef {
    /// Its name.
    pub name: String,
    /// What it names.
    pub ty: Type,
    /// Doc comments.
    pub docs: String,
    /// Attributes as written.
    pub attrs: Vec<Attribute>,
    /// Where it was declared.
    pub origin: Origin,
}

/// A struct or union.
#[derive(Clone, Debug, PartialEq)]
pub struct Struct {
    /// Its name: the typedef name when one names it directly, else its tag,
    /// else a made-up `Outer_N` for anonymous nested types (read `parent`
    /// and [`Field::defines`] for the nesting, not this name).
    pub name: String,
    /// The C tag (`_ENTRYID`), if any.
    pub tag: Option<String>,
    /// Whether it is a union.
    pub is_union: bool,
    /// The struct or union in one of whose fields this one is defined
    /// (`union { .. } u;` or an anonymous `union { .. };` inside it): the
    /// field whose [`Field::defines`] is this struct. `None` for a struct
    /// defined at the top level, in a typedef or in a parameter.
    pub parent: Option<StructId>,
    /// Fields; `None` for a type only ever declared, never defined.
    pub fields: Option<Vec<Field>>,
    /// For an encapsulated union: the discriminant field's name.
    pub switch_name: Option<String>,
    /// Doc comments.
    pub docs: String,
    /// Attributes as written.
    pub attrs: Vec<Attribute>,
    /// Where it was declared.
    pub origin: Origin,
}

/// A field of a struct or union.
#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    /// Its name. A member without one (see `anonymous`) gets a made-up
    /// `Anonymous`, `Anonymous2`, ...
    pub name: String,
    /// Whether the member has no name in the source: an anonymous struct or
    /// union member (`union { LONG l; ULONG u; };`, whose fields C reaches as
    /// if they were the enclosing struct's), or an empty union arm
    /// (`[case(0)] ;`, of type `void`).
    pub anonymous: bool,
    /// The struct or union defined inline in this field's declaration
    /// (`struct { LONG x; } n;`, `union { .. };`, `struct { .. } *p;`), whose
    /// [`Struct::parent`] is this field's struct; `None` when the field
    /// names a type declared elsewhere.
    pub defines: Option<StructId>,
    /// Its type.
    pub ty: Type,
    /// The width in bits of a bit field (`UINT Usage : 1;`), which shares a
    /// storage unit of its type with the bit fields next to it (see
    /// [`layout`](crate::layout)).
    pub bits: Option<u32>,
    /// `size_is`, by field index.
    pub size_is: Vec<Option<SizeRef>>,
    /// `case(...)` values of a union arm; empty and `is_default` for `default`.
    pub cases: Vec<i128>,
    /// Whether this is the `default` arm.
    pub is_default: bool,
    /// Doc comments.
    pub docs: String,
    /// Attributes as written.
    pub attrs: Vec<Attribute>,
    /// The field's span.
    pub span: Span,
}

/// An enum.
#[derive(Clone, Debug, PartialEq)]
pub struct Enum {
    /// Its name.
    pub name: String,
    /// Members with their values.
    pub members: Vec<EnumMember>,
    /// Whether it is `v1_enum` (32-bit on the wire; always 32-bit in memory).
    pub v1_enum: bool,
    /// Doc comments.
    pub docs: String,
    /// Where it was declared.
    pub origin: Origin,
}

/// An enum member.
#[derive(Clone, Debug, PartialEq)]
pub struct EnumMember {
    /// Its name.
    pub name: String,
    /// Its value.
    pub value: i128,
    /// Doc comments.
    pub docs: String,
}

/// The value of a constant.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstValue {
    /// An integer.
    Int(i128),
    /// A floating-point number.
    Float(f64),
    /// A string.
    Str(String),
    /// A character.
    Char(char),
    /// A GUID (`declare_guid(NAME, uuid);`).
    Guid(Guid),
}

/// Why a constant exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstKind {
    /// Written as `const T NAME = value;`.
    Declared,
    /// A flag group member written with a value.
    Flag(FlagGroupId),
    /// A property tag; `form` says which of the forms it is.
    PropTag(PropTagId, TagForm),
}

/// Which form of a property tag a constant is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TagForm {
    /// The declared type (for string tags, the Unicode form).
    Plain,
    /// `_A`: the 8-bit string form.
    Ansi,
    /// `_W`: the Unicode form.
    Wide,
}

/// A constant.
#[derive(Clone, Debug, PartialEq)]
pub struct Const {
    /// Its name.
    pub name: String,
    /// Its declared type.
    pub ty: Type,
    /// Its value.
    pub value: ConstValue,
    /// Why it exists.
    pub kind: ConstKind,
    /// Doc comments.
    pub docs: String,
    /// Where it was declared.
    pub origin: Origin,
}

/// A MAPI flag group: the flags one parameter takes.
#[derive(Clone, Debug, PartialEq)]
pub struct FlagGroup {
    /// Its name.
    pub name: String,
    /// Members in declaration order.
    pub members: Vec<FlagMember>,
    /// Whether exactly one exclusive member must be given on input.
    pub required: bool,
    /// What a provider does with input bits the group does not list:
    /// `true` (`unknown(keep)`) passes them through to the implementation,
    /// `false` (`unknown(reject)`, the default) fails the call with
    /// `MAPI_E_UNKNOWN_FLAGS`. Real hosts pass flags newer than any header.
    pub keep_unknown: bool,
    /// Doc comments.
    pub docs: String,
    /// Where it was declared.
    pub origin: Origin,
}

impl FlagGroup {
    /// The bits valid on input.
    pub fn in_mask(&self) -> u64 {
        self.members
            .iter()
            .filter(|m| m.valid_in)
            .fold(0, |a, m| a | m.value)
    }

    /// The bits that may be returned.
    pub fn out_mask(&self) -> u64 {
        self.members
            .iter()
            .filter(|m| m.valid_out)
            .fold(0, |a, m| a | m.value)
    }

    /// The pairs of flags that may not be given together (from `excludes`),
    /// each as the mask of its two bits, in declaration order, without
    /// repeats.
    pub fn excluded_pairs(&self) -> Vec<u64> {
        let mut pairs = Vec::new();
        for m in &self.members {
            for other in &m.excludes {
                if let Some(o) = self.members.iter().find(|x| &x.name == other) {
                    let mask = m.value | o.value;
                    if !pairs.contains(&mask) {
                        pairs.push(mask);
                    }
                }
            }
        }
        pairs
    }
}

/// One flag of a flag group.
#[derive(Clone, Debug, PartialEq)]
pub struct FlagMember {
    /// The flag's name (the constant's).
    pub name: String,
    /// Its value.
    pub value: u64,
    /// The constant that holds it.
    pub constant: ConstId,
    /// Valid on input.
    pub valid_in: bool,
    /// May be returned on output.
    pub valid_out: bool,
    /// The mutual-exclusion set it belongs to (`""` for plain `exclusive`).
    pub exclusive: Option<String>,
    /// `excludes(A, B)`: the members of the same group this one may not be
    /// combined with, each pair on its own (`CLEAR_READ_FLAG` excludes
    /// `SUPPRESS_RECEIPT` and `GENERATE_RECEIPT_ONLY`, which may be combined).
    pub excludes: Vec<String>,
    /// What the flag means for this group.
    pub docs: String,
}

/// A MAPI property tag declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct PropTag {
    /// Its name (`PR_SUBJECT`).
    pub name: String,
    /// The property identifier (upper 16 bits of the tag).
    pub id: u16,
    /// The property type name as written (`PT_TSTRING`).
    pub type_name: String,
    /// The property type's value as declared (`PT_TSTRING` is `PT_UNICODE`).
    pub prop_type: u16,
    /// Whether `_A` and `_W` forms exist (string types).
    pub string_forms: bool,
    /// The constants: the plain tag, then `_A` and `_W` when they exist.
    pub consts: Vec<ConstId>,
    /// Doc comments.
    pub docs: String,
    /// Where it was declared.
    pub origin: Origin,
}

/// An interface.
#[derive(Clone, Debug, PartialEq)]
pub struct Interface {
    /// Its name.
    pub name: String,
    /// Its IID, if it has a `uuid`.
    pub iid: Option<Guid>,
    /// The base interface.
    pub base: Option<InterfaceId>,
    /// Whether it is a COM interface (`object`).
    pub object: bool,
    /// Whether it is `local` (not remotable).
    pub local: bool,
    /// The number of slots before its own methods (the base's total).
    pub first_slot: u32,
    /// Its own methods, in slot order.
    pub methods: Vec<Method>,
    /// Doc comments.
    pub docs: String,
    /// Attributes as written.
    pub attrs: Vec<Attribute>,
    /// Where it was declared.
    pub origin: Origin,
}

/// An interface method.
#[derive(Clone, Debug, PartialEq)]
pub struct Method {
    /// Its name.
    pub name: String,
    /// Its vtable slot (IUnknown's are 0 to 2).
    pub slot: u32,
    /// Return type.
    pub ret: Type,
    /// Parameters.
    pub params: Vec<Param>,
    /// Success codes other than `S_OK` it may return with its out-values
    /// (`[warnings(MAPI_W_ERRORS_RETURNED)]`).
    pub warnings: Vec<ConstId>,
    /// Doc comments.
    pub docs: String,
    /// Attributes as written.
    pub attrs: Vec<Attribute>,
    /// Where it was declared.
    pub span: Span,
}

/// A function in a module or at the top level.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// Its name.
    pub name: String,
    /// Its signature.
    pub sig: Signature,
    /// The DLL that exports it: the `dllname` of its module
    /// (`"mapi32.dll"`); `None` for a function outside one.
    pub dll: Option<String>,
    /// Doc comments.
    pub docs: String,
    /// Where it was declared.
    pub origin: Origin,
}

/// Parameter direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// `[in]`
    In,
    /// `[out]`
    Out,
    /// `[in, out]`
    InOut,
}

/// A reference from `size_is`/`length_is` to another parameter or field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SizeRef {
    /// The value of parameter (or field) `index`, dereferenced `deref` times.
    Param {
        /// Index of the parameter or field.
        index: usize,
        /// How many `*` precede the name.
        deref: u32,
    },
    /// Integer field `field` of the struct parameter `index` points to
    /// (`size_is(lpPropTagArray->cValues)`: as many as that array has).
    Member {
        /// Index of the parameter.
        index: usize,
        /// Index of the field in the pointed-to struct.
        field: usize,
    },
    /// A constant number.
    Const(u64),
    /// Another expression, kept as source text.
    Expr(String),
}

/// A parameter with its interpreted attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    /// Its name (`arg{N}` if the declaration has none).
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Direction.
    pub dir: Direction,
    /// Whether a null pointer is allowed (`unique`, `ptr`, `optional`).
    pub optional: bool,
    /// The flag group it takes.
    pub flags: Option<FlagGroupId>,
    /// `size_is`, one entry per pointer level.
    pub size_is: Vec<Option<SizeRef>>,
    /// `byte_count`: the `size_is` count is in bytes, not elements (a
    /// pointer to a variable-sized struct counted in bytes, such as
    /// `[in, size_is(cbEntryID), byte_count] LPENTRYID lpEntryID`).
    pub byte_count: bool,
    /// `length_is`, one entry per pointer level.
    pub length_is: Vec<Option<SizeRef>>,
    /// `iid_is`: the index of the parameter holding the IID.
    pub iid_is: Option<usize>,
    /// Allocated by the callee with `MAPIAllocateBuffer`; freed by the caller.
    pub mapi_alloc: bool,
    /// An interface pointer the caller must release.
    pub com_out: bool,
    /// `string`: a NUL-terminated string.
    pub string: bool,
    /// `unicode_flag(P)`: the index of the `ULONG` flags parameter whose
    /// `MAPI_UNICODE` bit says, at run time, whether this string (an
    /// `LPTSTR`) is Unicode or 8-bit.
    pub width_flag: Option<usize>,
    /// `may_be_null`: this `[out]` interface pointer may be null when the
    /// method returns `S_OK` (`IMSProvider::Logon` when the store is already
    /// open).
    pub null_on_success: bool,
    /// `reserved`: a `ULONG` the caller must pass as zero (for a `ULONG *`,
    /// the value it points to).
    pub reserved: bool,
    /// `retained`: an `[in]` pointer the callee keeps using after the call
    /// returns (`ITnef::AddProps` until `Finish`), so the data must outlive
    /// the call; it is passed raw.
    pub retained: bool,
    /// `opaque`: a pointer-sized value the callee keeps or hands back without
    /// looking through it (a handle such as `HKEY`, or the caller's own data
    /// in a table): `[in]` the value, `[out]` a pointer to where the callee
    /// stores one.
    pub opaque: bool,
    /// `handed_over`: an `[in]` pointer to records whose memory the callee
    /// takes over and frees (`IMimeAllocator::FreeParamInfoArray`).
    pub handed_over: bool,
    /// `handed_over(f)`: the index of the `[in] boolean` parameter saying
    /// whether the callee frees the array too, not only what its entries
    /// point to.
    pub frees_array: Option<usize>,
    /// `retval`.
    pub retval: bool,
    /// Doc comments.
    pub docs: String,
    /// Attributes as written.
    pub attrs: Vec<Attribute>,
    /// Where it was declared.
    pub span: Span,
}

impl Model {
    /// The interface with this name.
    pub fn interface(&self, name: &str) -> Option<&Interface> {
        self.interfaces.iter().find(|i| i.name == name)
    }

    /// The constant with this name.
    pub fn constant(&self, name: &str) -> Option<&Const> {
        self.consts.iter().find(|c| c.name == name)
    }

    /// The flag group with this name.
    pub fn flag_group(&self, name: &str) -> Option<&FlagGroup> {
        self.flag_groups.iter().find(|g| g.name == name)
    }

    /// Whether `ty` is, through typedefs, the `GUID` struct (`IID`, `CLSID`).
    pub fn is_guid(&self, ty: &Type) -> bool {
        matches!(self.strip_typedefs(ty), Type::Struct(s) if Some(*s) == self.well_known.guid)
    }

    /// The well-known MAPI structure `ty` is (through typedefs), if any.
    pub fn mapi_struct(&self, ty: &Type) -> Option<MapiStruct> {
        let Type::Struct(s) = self.strip_typedefs(ty) else {
            return None;
        };
        MapiStruct::ALL
            .into_iter()
            .find(|k| self.well_known.mapi[*k as usize] == Some(*s))
    }

    /// Whether `ty` is a status code: the `HRESULT` or `SCODE` typedef, or
    /// a typedef of one of them.
    pub fn is_status(&self, ty: &Type) -> bool {
        let mut ty = ty;
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) => {
                    if Some(*id) == self.well_known.hresult || Some(*id) == self.well_known.scode {
                        return true;
                    }
                    ty = &self.typedefs[id.index()].ty;
                }
                _ => return false,
            }
        }
        false
    }

    /// Whether `ty` is, through typedefs, the `BSTR` typedef.
    pub fn is_bstr(&self, ty: &Type) -> bool {
        let Some(bstr) = self.well_known.bstr else {
            return false;
        };
        let mut ty = ty;
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) if *id == bstr => return true,
                Type::Typedef(id) => ty = &self.typedefs[id.index()].ty,
                _ => return false,
            }
        }
        false
    }

    /// Whether `id` is `IUnknown`.
    pub fn is_iunknown(&self, id: InterfaceId) -> bool {
        self.well_known.iunknown == Some(id)
    }

    /// The interface's inheritance chain, from `IUnknown` down to itself.
    pub fn chain(&self, id: InterfaceId) -> Vec<InterfaceId> {
        let mut chain = vec![id];
        let mut cur = id;
        while let Some(b) = self.interfaces[cur.index()].base {
            if chain.contains(&b) {
                break;
            }
            chain.push(b);
            cur = b;
        }
        chain.reverse();
        chain
    }

    /// Follows typedefs to the underlying type.
    pub fn strip_typedefs<'a>(&'a self, mut ty: &'a Type) -> &'a Type {
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) => ty = &self.typedefs[id.index()].ty,
                _ => return ty,
            }
        }
        ty
    }

    /// Whether typedef `id` is an opaque handle (`[opaque_handle]`): a
    /// pointer the receiver never dereferences, passed as a value.
    pub fn is_handle(&self, id: TypedefId) -> bool {
        self.typedefs[id.index()]
            .attrs
            .iter()
            .any(|a| a.name == "opaque_handle")
    }

    /// The opaque handle typedef `ty` is, through typedefs of it
    /// (`typedef HWND HMYWND;`).
    pub fn handle<'a>(&'a self, mut ty: &'a Type) -> Option<TypedefId> {
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) if self.is_handle(*id) => return Some(*id),
                Type::Typedef(id) => ty = &self.typedefs[id.index()].ty,
                _ => return None,
            }
        }
        None
    }

    /// A C-like spelling of a type, for messages and dumps.
    pub fn type_name(&self, ty: &Type) -> String {
        match ty {
            Type::Void => "void".into(),
            Type::Prim(p) => p.c_name().into(),
            Type::Ptr { to, is_const } => {
                format!(
                    "{}{}*",
                    if *is_const { "const " } else { "" },
                    self.type_name(to)
                )
            }
            Type::Array { elem, len } => match len {
                Some(n) => format!("{}[{n}]", self.type_name(elem)),
                None => format!("{}[]", self.type_name(elem)),
            },
            Type::Typedef(id) => self.typedefs[id.index()].name.clone(),
            Type::Struct(id) => self.structs[id.index()].name.clone(),
            Type::Enum(id) => self.enums[id.index()].name.clone(),
            Type::FlagGroup(id) => self.flag_groups[id.index()].name.clone(),
            Type::Interface(id) => self.interfaces[id.index()].name.clone(),
            Type::Function(sig) => {
                let params: Vec<String> =
                    sig.params.iter().map(|p| self.type_name(&p.ty)).collect();
                let cc = match sig.callconv {
                    CallConv::System => "__stdcall",
                    CallConv::C => "__cdecl",
                };
                format!("{} ({cc})({})", self.type_name(&sig.ret), params.join(", "))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_parse_print_and_pack() {
        let g = Guid::parse("{00020306-0000-0000-C000-000000000046}").expect("valid");
        assert_eq!(g.to_string(), "00020306-0000-0000-c000-000000000046");
        assert_eq!(g.to_u128(), 0x00020306_0000_0000_c000_000000000046);
        assert!(Guid::parse("00020306-0000-0000-C000-00000000004").is_none());
        assert!(Guid::parse("0002030G-0000-0000-C000-000000000046").is_none());
        let g = Guid::parse(" 12345678-9abc-DEF0-1122-334455667788 ").expect("valid");
        assert_eq!(
            (g.data1, g.data2, g.data3, g.data4),
            (
                0x12345678,
                0x9abc,
                0xdef0,
                [0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88]
            )
        );
        // Hyphens where digits go, or digits where hyphens go.
        assert!(Guid::parse("12345678-9abc-def0-11223-34455667788").is_none());
        assert!(Guid::parse("12345678-9abc-def0-+122-334455667788").is_none());
        assert!(Guid::parse("12345678-9abc-def0-1122-33445566778é").is_none());
    }
}
