// `idl/mapi/mime.idl` as Rust, included by `mod.rs`.
/// A handle on one body (part) of a message tree: the library hands it out
/// and takes it back, and nothing else looks through it.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HBODY(pub *const HBODY__);
#[cfg(feature = "mime")]
impl HBODY {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
#[cfg(feature = "mime")]
impl ::core::default::Default for HBODY {
    fn default() -> Self {
        Self::NULL
    }
}
/// SAFETY: a handle is a token that only the library which
/// issued it looks through: holding or passing it on another
/// thread touches nothing (safe code cannot dereference it),
/// so objects that keep handles can be shared, as MAPI's are.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Send for HBODY {}
/// SAFETY: as for `Send`: sharing a token touches nothing.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Sync for HBODY {}
/// Pointer to a body handle.
#[cfg(feature = "mime")]
pub type LPHBODY = *mut HBODY;
/// A handle on one row (one header line) of a header table.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HHEADERROW(pub *const HHEADERROW__);
#[cfg(feature = "mime")]
impl HHEADERROW {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
#[cfg(feature = "mime")]
impl ::core::default::Default for HHEADERROW {
    fn default() -> Self {
        Self::NULL
    }
}
/// SAFETY: a handle is a token that only the library which
/// issued it looks through: holding or passing it on another
/// thread touches nothing (safe code cannot dereference it),
/// so objects that keep handles can be shared, as MAPI's are.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Send for HHEADERROW {}
/// SAFETY: as for `Send`: sharing a token touches nothing.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Sync for HHEADERROW {}
/// Pointer to a header row handle.
#[cfg(feature = "mime")]
pub type LPHHEADERROW = *mut HHEADERROW;
/// A handle on one address of an address table.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HADDRESS(pub *const HADDRESS__);
#[cfg(feature = "mime")]
impl HADDRESS {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
#[cfg(feature = "mime")]
impl ::core::default::Default for HADDRESS {
    fn default() -> Self {
        Self::NULL
    }
}
/// SAFETY: a handle is a token that only the library which
/// issued it looks through: holding or passing it on another
/// thread touches nothing (safe code cannot dereference it),
/// so objects that keep handles can be shared, as MAPI's are.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Send for HADDRESS {}
/// SAFETY: as for `Send`: sharing a token touches nothing.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Sync for HADDRESS {}
/// Pointer to an address handle.
#[cfg(feature = "mime")]
pub type LPHADDRESS = *mut HADDRESS;
/// The type tag of a `PROPVARIANT` (`VT_LPSTR`, `VT_UI4`, ...).
#[cfg(feature = "mime")]
pub type VARTYPE = u16;
/// A Boolean of OLE automation: `VARIANT_TRUE` (-1) or `VARIANT_FALSE` (0).
#[cfg(feature = "mime")]
pub type VARIANT_BOOL = i16;
/// Pointer to a `BLOB`.
#[cfg(feature = "mime")]
pub type LPBLOB = *mut BLOB;
/// Pointer to a `PROPVARIANT` the callee may write.
#[cfg(feature = "mime")]
pub type LPPROPVARIANT = *mut PROPVARIANT;
/// Pointer to a `PROPVARIANT` the callee only reads.
#[cfg(feature = "mime")]
pub type LPCPROPVARIANT = *const PROPVARIANT;
/// A property identifier or type of the MIME library: the identifier in
/// the high word, the `VARTYPE` in the low word.
#[cfg(feature = "mime")]
pub type TYPEDID = crate::DWORD;
/// Pointer to an `IMimePropertySchema`.
#[cfg(feature = "mime")]
pub type LPMIMEPROPERTYSCHEMA = *mut IMimePropertySchema;
/// Pointer to an `IMimeWebDocument`.
#[cfg(feature = "mime")]
pub type LPMIMEWEBDOCUMENT = *mut IMimeWebDocument;
/// Pointer to an `IMimeMessageCallback`.
#[cfg(feature = "mime")]
pub type LPMIMEMESSAGECALLBACK = *mut IMimeMessageCallback;
/// Pointer to a `MIMEPROPINFO` the callee fills in.
#[cfg(feature = "mime")]
pub type LPMIMEPROPINFO = *mut MIMEPROPINFO;
/// Pointer to a `MIMEPROPINFO` the callee only reads.
#[cfg(feature = "mime")]
pub type LPCMIMEPROPINFO = *const MIMEPROPINFO;
/// Pointer to `MIMEPARAMINFO`s.
#[cfg(feature = "mime")]
pub type LPMIMEPARAMINFO = *mut MIMEPARAMINFO;
/// Pointer to `ENUMPROPERTY`s.
#[cfg(feature = "mime")]
pub type LPENUMPROPERTY = *mut ENUMPROPERTY;
/// Pointer to an `IMimeEnumProperties`.
#[cfg(feature = "mime")]
pub type LPMIMEENUMPROPERTIES = *mut IMimeEnumProperties;
/// Pointer to an `IMimePropertySet`.
#[cfg(feature = "mime")]
pub type LPMIMEPROPERTYSET = *mut IMimePropertySet;
/// Pointer to a `BODYOFFSETS`.
#[cfg(feature = "mime")]
pub type LPBODYOFFSETS = *mut BODYOFFSETS;
/// Pointer to a `TRANSMITINFO`.
#[cfg(feature = "mime")]
pub type LPTRANSMITINFO = *mut TRANSMITINFO;
/// Pointer to an `IMimeBody`.
#[cfg(feature = "mime")]
pub type LPMIMEBODY = *mut IMimeBody;
/// Pointer to a `FINDBODY`.
#[cfg(feature = "mime")]
pub type LPFINDBODY = *mut FINDBODY;
/// Pointer to an `IMimeMessageTree`.
#[cfg(feature = "mime")]
pub type LPMIMEMESSAGETREE = *mut IMimeMessageTree;
/// Pointer to a `WEBPAGEOPTIONS`.
#[cfg(feature = "mime")]
pub type LPWEBPAGEOPTIONS = *mut WEBPAGEOPTIONS;
/// Pointer to an `IMimeMessage`.
#[cfg(feature = "mime")]
pub type LPMIMEMESSAGE = *mut IMimeMessage;
/// Pointer to an `IMimeEnumMessageParts`.
#[cfg(feature = "mime")]
pub type LPMIMEENUMMESSAGEPARTS = *mut IMimeEnumMessageParts;
/// Pointer to an `IMimeMessageParts`.
#[cfg(feature = "mime")]
pub type LPMIMEMESSAGEPARTS = *mut IMimeMessageParts;
/// Pointer to an `IPersistMime`.
#[cfg(feature = "mime")]
pub type LPPERSISTMIME = *mut IPersistMime;
/// Pointer to `ENUMHEADERROW`s.
#[cfg(feature = "mime")]
pub type LPENUMHEADERROW = *mut ENUMHEADERROW;
/// Pointer to an `IMimeEnumHeaderRows`.
#[cfg(feature = "mime")]
pub type LPMIMEENUMHEADERROWS = *mut IMimeEnumHeaderRows;
/// A certificate's thumbprint (its hash), as counted bytes.
#[cfg(feature = "mime")]
pub type THUMBBLOB = BLOB;
/// Pointer to `ADDRESSPROPS`.
#[cfg(feature = "mime")]
pub type LPADDRESSPROPS = *mut ADDRESSPROPS;
/// Pointer to an `ADDRESSLIST`.
#[cfg(feature = "mime")]
pub type LPADDRESSLIST = *mut ADDRESSLIST;
/// Pointer to an `IMimeEnumAddressTypes`.
#[cfg(feature = "mime")]
pub type LPMIMEENUMADDRESSTYPES = *mut IMimeEnumAddressTypes;
/// Pointer to an `IMimeAddressTable`.
#[cfg(feature = "mime")]
pub type LPMIMEADDRESSTABLE = *mut IMimeAddressTable;
/// Pointer to a `FINDHEADER`.
#[cfg(feature = "mime")]
pub type LPFINDHEADER = *mut FINDHEADER;
/// Pointer to a `HEADERROWINFO`.
#[cfg(feature = "mime")]
pub type LPHEADERROWINFO = *mut HEADERROWINFO;
/// Pointer to an `IMimeHeaderTable`.
#[cfg(feature = "mime")]
pub type LPMIMEHEADERTABLE = *mut IMimeHeaderTable;
/// A Windows code page number (1252, 65001, ...), as the MIME library's
/// character set functions take it.
#[cfg(feature = "mime")]
pub type CODEPAGEID = crate::DWORD;
/// Pointer to an `INETCSETINFO`.
#[cfg(feature = "mime")]
pub type LPINETCSETINFO = *mut INETCSETINFO;
/// Pointer to a `CODEPAGEINFO`.
#[cfg(feature = "mime")]
pub type LPCODEPAGEINFO = *mut CODEPAGEINFO;
/// Pointer to an `RFC1522INFO`.
#[cfg(feature = "mime")]
pub type LPRFC1522INFO = *mut RFC1522INFO;
/// Pointer to an `IMimeInternational`.
#[cfg(feature = "mime")]
pub type LPMIMEINTERNATIONAL = *mut IMimeInternational;
/// Pointer to an `IMimeAllocator`.
#[cfg(feature = "mime")]
pub type LPMIMEALLOCATOR = *mut IMimeAllocator;
/// A certificate: a pointer to CryptoAPI's `CERT_CONTEXT`, which the MIME
/// library hands out and takes back and which this crate never looks
/// through. It is CryptoAPI's memory, not the task allocator's nor MAPI's: a
/// certificate `IMimeSecurity::EnumCertificates` returns is freed with
/// `CertFreeCertificateContext` (or handed back to the next
/// `EnumCertificates` call as the previous one), never with
/// `CoTaskMemFree`.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PCX509CERT(pub *const ::core::ffi::c_void);
#[cfg(feature = "mime")]
impl PCX509CERT {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
#[cfg(feature = "mime")]
impl ::core::default::Default for PCX509CERT {
    fn default() -> Self {
        Self::NULL
    }
}
/// SAFETY: a handle is a token that only the library which
/// issued it looks through: holding or passing it on another
/// thread touches nothing (safe code cannot dereference it),
/// so objects that keep handles can be shared, as MAPI's are.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Send for PCX509CERT {}
/// SAFETY: as for `Send`: sharing a token touches nothing.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Sync for PCX509CERT {}
/// A CryptoAPI certificate store (an `HCERTSTORE`), opened and closed with
/// CryptoAPI (`CertOpenStore`, `CertCloseStore`); the MIME library only reads
/// certificates from it.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HCAPICERTSTORE(pub *mut ::core::ffi::c_void);
#[cfg(feature = "mime")]
impl HCAPICERTSTORE {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
#[cfg(feature = "mime")]
impl ::core::default::Default for HCAPICERTSTORE {
    fn default() -> Self {
        Self::NULL
    }
}
/// SAFETY: a handle is a token that only the library which
/// issued it looks through: holding or passing it on another
/// thread touches nothing (safe code cannot dereference it),
/// so objects that keep handles can be shared, as MAPI's are.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Send for HCAPICERTSTORE {}
/// SAFETY: as for `Send`: sharing a token touches nothing.
#[cfg(feature = "mime")]
unsafe impl ::core::marker::Sync for HCAPICERTSTORE {}
/// Pointer to an `IMimeSecurity`.
#[cfg(feature = "mime")]
pub type LPMIMESECURITY = *mut IMimeSecurity;
/// The object a body handle stands for; its contents are private to the
/// MIME library.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HBODY__ {
    /// Not used.
    pub unused: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HBODY__ > () == 4);
    assert!(::core::mem::align_of:: < HBODY__ > () == 4);
    assert!(::core::mem::offset_of!(HBODY__, unused) == 0);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HBODY__ > () == 4);
    assert!(::core::mem::align_of:: < HBODY__ > () == 4);
    assert!(::core::mem::offset_of!(HBODY__, unused) == 0);
};
/// The object a header row handle stands for; its contents are private to
/// the MIME library.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HHEADERROW__ {
    /// Not used.
    pub unused: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HHEADERROW__ > () == 4);
    assert!(::core::mem::align_of:: < HHEADERROW__ > () == 4);
    assert!(::core::mem::offset_of!(HHEADERROW__, unused) == 0);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HHEADERROW__ > () == 4);
    assert!(::core::mem::align_of:: < HHEADERROW__ > () == 4);
    assert!(::core::mem::offset_of!(HHEADERROW__, unused) == 0);
};
/// The object an address handle stands for; its contents are private to
/// the MIME library.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HADDRESS__ {
    /// Not used.
    pub unused: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HADDRESS__ > () == 4);
    assert!(::core::mem::align_of:: < HADDRESS__ > () == 4);
    assert!(::core::mem::offset_of!(HADDRESS__, unused) == 0);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HADDRESS__ > () == 4);
    assert!(::core::mem::align_of:: < HADDRESS__ > () == 4);
    assert!(::core::mem::offset_of!(HADDRESS__, unused) == 0);
};
/// Counted bytes, the `VT_BLOB` value of a `PROPVARIANT` and a certificate
/// thumbprint of the MIME library.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct BLOB {
    /// The number of bytes.
    pub cbSize: crate::ULONG,
    /// The bytes.
    pub pBlobData: *mut crate::BYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < BLOB > () == 16);
    assert!(::core::mem::align_of:: < BLOB > () == 8);
    assert!(::core::mem::offset_of!(BLOB, cbSize) == 0);
    assert!(::core::mem::offset_of!(BLOB, pBlobData) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < BLOB > () == 8);
    assert!(::core::mem::align_of:: < BLOB > () == 4);
    assert!(::core::mem::offset_of!(BLOB, cbSize) == 0);
    assert!(::core::mem::offset_of!(BLOB, pBlobData) == 4);
};
/// A tagged value of COM's property sets, as the MIME library reads and
/// writes header values and options with it: `vt` says which member of the
/// union holds the value.
///
/// Strings, blobs and class identifiers a callee returns are allocated with
/// the COM task allocator (`CoTaskMemAlloc`) and freed by the caller, as
/// `PropVariantClear` does; in Rust `value::PropVariant` owns such a value.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct PROPVARIANT {
    /// The type of the value (`VT_*`).
    pub vt: VARTYPE,
    /// Not used.
    pub wReserved1: crate::WORD,
    /// Not used.
    pub wReserved2: crate::WORD,
    /// Not used.
    pub wReserved3: crate::WORD,
    /// The value, as `vt` says (an anonymous union in C: its members are
    /// named as the structure's own).
    pub Anonymous: PROPVARIANT_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < PROPVARIANT > () == 24);
    assert!(::core::mem::align_of:: < PROPVARIANT > () == 8);
    assert!(::core::mem::offset_of!(PROPVARIANT, vt) == 0);
    assert!(::core::mem::offset_of!(PROPVARIANT, wReserved1) == 2);
    assert!(::core::mem::offset_of!(PROPVARIANT, wReserved2) == 4);
    assert!(::core::mem::offset_of!(PROPVARIANT, wReserved3) == 6);
    assert!(::core::mem::offset_of!(PROPVARIANT, Anonymous) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < PROPVARIANT > () == 16);
    assert!(::core::mem::align_of:: < PROPVARIANT > () == 8);
    assert!(::core::mem::offset_of!(PROPVARIANT, vt) == 0);
    assert!(::core::mem::offset_of!(PROPVARIANT, wReserved1) == 2);
    assert!(::core::mem::offset_of!(PROPVARIANT, wReserved2) == 4);
    assert!(::core::mem::offset_of!(PROPVARIANT, wReserved3) == 6);
    assert!(::core::mem::offset_of!(PROPVARIANT, Anonymous) == 8);
};
/// The value, as `vt` says (an anonymous union in C: its members are
/// named as the structure's own).
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub union PROPVARIANT_0 {
    /// `VT_I1`.
    pub cVal: crate::CHAR,
    /// `VT_UI1`.
    pub bVal: crate::BYTE,
    /// `VT_I2`.
    pub iVal: crate::SHORT,
    /// `VT_UI2`.
    pub uiVal: crate::USHORT,
    /// `VT_I4`.
    pub lVal: crate::LONG,
    /// `VT_UI4`.
    pub ulVal: crate::ULONG,
    /// `VT_INT`.
    pub intVal: crate::INT,
    /// `VT_UINT`.
    pub uintVal: crate::UINT,
    /// `VT_I8`.
    pub hVal: crate::LARGE_INTEGER,
    /// `VT_UI8`.
    pub uhVal: crate::ULARGE_INTEGER,
    /// `VT_R4`.
    pub fltVal: crate::FLOAT,
    /// `VT_R8`.
    pub dblVal: f64,
    /// `VT_BOOL`.
    pub boolVal: VARIANT_BOOL,
    /// `VT_ERROR`.
    pub scode: crate::SCODE,
    /// `VT_FILETIME`.
    pub filetime: crate::FILETIME,
    /// `VT_CLSID`: a task-allocated class identifier.
    pub puuid: *mut crate::CLSID,
    /// `VT_BLOB`: task-allocated bytes.
    pub blob: BLOB,
    /// `VT_LPSTR`: a task-allocated 8-bit string.
    pub pszVal: crate::LPSTR,
    /// `VT_LPWSTR`: a task-allocated UTF-16 string.
    pub pwszVal: crate::LPWSTR,
    /// `VT_UNKNOWN`: a counted reference.
    pub punkVal: *mut crate::IUnknown,
    /// `VT_STREAM`: a counted reference.
    pub pStream: *mut crate::IStream,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < PROPVARIANT_0 > () == 16);
    assert!(::core::mem::align_of:: < PROPVARIANT_0 > () == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < PROPVARIANT_0 > () == 8);
    assert!(::core::mem::align_of:: < PROPVARIANT_0 > () == 8);
};
/// Where a property description of `IMimePropertySet::GetPropInfo` and
/// `SetPropInfo` says what: the member valid when the `PIM_*` bit of
/// `dwMask` is set.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MIMEPROPINFO {
    /// Which members are valid, or asked for (`PIM_*` bits).
    pub dwMask: crate::DWORD,
    /// The character set of the value (`PIM_CHARSET`).
    pub hCharset: crate::HCHARSET,
    /// The value's encoding in the header (`PIM_ENCODINGTYPE`).
    pub ietEncoding: crate::ENCODINGTYPE,
    /// The header's row among the others (`PIM_ROWNUMBER`).
    pub dwRowNumber: crate::DWORD,
    /// How the library treats the property (`MPF_*` bits, `PIM_FLAGS`).
    pub dwFlags: crate::DWORD,
    /// The property's identifier (`PIM_PROPID`).
    pub dwPropId: crate::DWORD,
    /// How many values the property has (`PIM_VALUES`).
    pub cValues: crate::DWORD,
    /// The type a value is returned as when none is asked for
    /// (`PIM_VTDEFAULT`).
    pub vtDefault: VARTYPE,
    /// The type the value is stored as (`PIM_VTCURRENT`).
    pub vtCurrent: VARTYPE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < MIMEPROPINFO > () == 40);
    assert!(::core::mem::align_of:: < MIMEPROPINFO > () == 8);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwMask) == 0);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, hCharset) == 8);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, ietEncoding) == 16);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwRowNumber) == 20);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwFlags) == 24);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwPropId) == 28);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, cValues) == 32);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, vtDefault) == 36);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, vtCurrent) == 38);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < MIMEPROPINFO > () == 32);
    assert!(::core::mem::align_of:: < MIMEPROPINFO > () == 4);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwMask) == 0);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, hCharset) == 4);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, ietEncoding) == 8);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwRowNumber) == 12);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwFlags) == 16);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, dwPropId) == 20);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, cValues) == 24);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, vtDefault) == 28);
    assert!(::core::mem::offset_of!(MIMEPROPINFO, vtCurrent) == 30);
};
/// One parameter of a header value (`charset=us-ascii` of a
/// `Content-Type`), as `IMimePropertySet::GetParameters` returns it.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MIMEPARAMINFO {
    /// The parameter's name.
    pub pszName: crate::LPSTR,
    /// Its value.
    pub pszData: crate::LPSTR,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < MIMEPARAMINFO > () == 16);
    assert!(::core::mem::align_of:: < MIMEPARAMINFO > () == 8);
    assert!(::core::mem::offset_of!(MIMEPARAMINFO, pszName) == 0);
    assert!(::core::mem::offset_of!(MIMEPARAMINFO, pszData) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < MIMEPARAMINFO > () == 8);
    assert!(::core::mem::align_of:: < MIMEPARAMINFO > () == 4);
    assert!(::core::mem::offset_of!(MIMEPARAMINFO, pszName) == 0);
    assert!(::core::mem::offset_of!(MIMEPARAMINFO, pszData) == 4);
};
/// One property of a property set, as `IMimeEnumProperties::Next` returns
/// it.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ENUMPROPERTY {
    /// The property's name, allocated with the MIME allocator (null with
    /// `EPF_NONAME`).
    pub pszName: crate::LPSTR,
    /// The header row that holds it.
    pub hRow: HHEADERROW,
    /// Its identifier.
    pub dwPropId: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ENUMPROPERTY > () == 24);
    assert!(::core::mem::align_of:: < ENUMPROPERTY > () == 8);
    assert!(::core::mem::offset_of!(ENUMPROPERTY, pszName) == 0);
    assert!(::core::mem::offset_of!(ENUMPROPERTY, hRow) == 8);
    assert!(::core::mem::offset_of!(ENUMPROPERTY, dwPropId) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ENUMPROPERTY > () == 12);
    assert!(::core::mem::align_of:: < ENUMPROPERTY > () == 4);
    assert!(::core::mem::offset_of!(ENUMPROPERTY, pszName) == 0);
    assert!(::core::mem::offset_of!(ENUMPROPERTY, hRow) == 4);
    assert!(::core::mem::offset_of!(ENUMPROPERTY, dwPropId) == 8);
};
/// Where a body lies in the stream its message was loaded from, as byte
/// offsets from the stream's start (`IMimeBody::GetOffsets`,
/// `IMimeMessageTree::GetBodyOffsets`).
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct BODYOFFSETS {
    /// Where the boundary line before the body starts (the body's header
    /// start when it has none).
    pub cbBoundaryStart: crate::DWORD,
    /// Where the body's header block starts.
    pub cbHeaderStart: crate::DWORD,
    /// Where the body's data starts, after its header block.
    pub cbBodyStart: crate::DWORD,
    /// Just past the body's data.
    pub cbBodyEnd: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < BODYOFFSETS > () == 16);
    assert!(::core::mem::align_of:: < BODYOFFSETS > () == 4);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbBoundaryStart) == 0);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbHeaderStart) == 4);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbBodyStart) == 8);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbBodyEnd) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < BODYOFFSETS > () == 16);
    assert!(::core::mem::align_of:: < BODYOFFSETS > () == 4);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbBoundaryStart) == 0);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbHeaderStart) == 4);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbBodyStart) == 8);
    assert!(::core::mem::offset_of!(BODYOFFSETS, cbBodyEnd) == 12);
};
/// What the MIME library found of a body's data when it weighed how to
/// send it (`IMimeBody::GetTransmitInfo`).
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TRANSMITINFO {
    /// The encoding the data has now.
    pub ietCurrent: crate::ENCODINGTYPE,
    /// The encoding the library would send it with in a MIME message.
    pub ietXmitMime: crate::ENCODINGTYPE,
    /// The encoding the library would send it with in a plain RFC 822
    /// message (uuencoded attachments).
    pub ietXmit822: crate::ENCODINGTYPE,
    /// The length in bytes of its longest line.
    pub cbLongestLine: crate::ULONG,
    /// How many bytes have the high bit set.
    pub cExtended: crate::ULONG,
    /// Those bytes as a percentage of the whole.
    pub ulPercentExt: crate::ULONG,
    /// The data's size in bytes.
    pub cbSize: crate::ULONG,
    /// How many lines it has.
    pub cLines: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < TRANSMITINFO > () == 32);
    assert!(::core::mem::align_of:: < TRANSMITINFO > () == 4);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ietCurrent) == 0);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ietXmitMime) == 4);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ietXmit822) == 8);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cbLongestLine) == 12);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cExtended) == 16);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ulPercentExt) == 20);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cbSize) == 24);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cLines) == 28);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < TRANSMITINFO > () == 32);
    assert!(::core::mem::align_of:: < TRANSMITINFO > () == 4);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ietCurrent) == 0);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ietXmitMime) == 4);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ietXmit822) == 8);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cbLongestLine) == 12);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cExtended) == 16);
    assert!(::core::mem::offset_of!(TRANSMITINFO, ulPercentExt) == 20);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cbSize) == 24);
    assert!(::core::mem::offset_of!(TRANSMITINFO, cLines) == 28);
};
/// A search of a message tree by content type (`IMimeMessageTree::FindFirst`
/// and `FindNext`): the tree keeps its place in `dwReserved` between the
/// calls.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FINDBODY {
    /// The primary content type looked for (`text`); null for any.
    pub pszPriType: crate::LPSTR,
    /// The subtype looked for (`plain`); null for any.
    pub pszSubType: crate::LPSTR,
    /// Where the search stands: zero before `FindFirst`, then the tree's
    /// own value.
    pub dwReserved: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < FINDBODY > () == 24);
    assert!(::core::mem::align_of:: < FINDBODY > () == 8);
    assert!(::core::mem::offset_of!(FINDBODY, pszPriType) == 0);
    assert!(::core::mem::offset_of!(FINDBODY, pszSubType) == 8);
    assert!(::core::mem::offset_of!(FINDBODY, dwReserved) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < FINDBODY > () == 12);
    assert!(::core::mem::align_of:: < FINDBODY > () == 4);
    assert!(::core::mem::offset_of!(FINDBODY, pszPriType) == 0);
    assert!(::core::mem::offset_of!(FINDBODY, pszSubType) == 4);
    assert!(::core::mem::offset_of!(FINDBODY, dwReserved) == 8);
};
/// How `IMimeMessage::CreateWebPage` writes a message out as a web page.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct WEBPAGEOPTIONS {
    /// The structure's size in bytes: `sizeof(WEBPAGEOPTIONS)`.
    pub cbSize: crate::DWORD,
    /// `WPF_*` bits: HTML or text bodies, inlined attachments, a slide show
    /// of images, links to attachments, images only, no character set
    /// `META` tag.
    pub dwFlags: crate::DWORD,
    /// With `WPF_SLIDESHOW`, the delay between images, in milliseconds.
    pub dwDelay: crate::DWORD,
    /// The character that marks quoted lines of plain text (`>`).
    pub wchQuote: crate::WCHAR,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < WEBPAGEOPTIONS > () == 16);
    assert!(::core::mem::align_of:: < WEBPAGEOPTIONS > () == 4);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, cbSize) == 0);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, dwFlags) == 4);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, dwDelay) == 8);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, wchQuote) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < WEBPAGEOPTIONS > () == 16);
    assert!(::core::mem::align_of:: < WEBPAGEOPTIONS > () == 4);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, cbSize) == 0);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, dwFlags) == 4);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, dwDelay) == 8);
    assert!(::core::mem::offset_of!(WEBPAGEOPTIONS, wchQuote) == 12);
};
/// One header line of a header table, as `IMimeEnumHeaderRows::Next`
/// returns it.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ENUMHEADERROW {
    /// The row's handle in its table.
    pub hRow: HHEADERROW,
    /// The header's name (`Received`), allocated with the MIME allocator.
    pub pszHeader: crate::LPSTR,
    /// The header's value as the line carries it, allocated with the MIME
    /// allocator; null when the enumerator was asked for names only.
    pub pszData: crate::LPSTR,
    /// How many characters `pszData` has, without its NUL.
    pub cchData: crate::ULONG,
    /// Not used.
    pub dwReserved: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ENUMHEADERROW > () == 32);
    assert!(::core::mem::align_of:: < ENUMHEADERROW > () == 8);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, hRow) == 0);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, pszHeader) == 8);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, pszData) == 16);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, cchData) == 24);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, dwReserved) == 28);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ENUMHEADERROW > () == 20);
    assert!(::core::mem::align_of:: < ENUMHEADERROW > () == 4);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, hRow) == 0);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, pszHeader) == 4);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, pszData) == 8);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, cchData) == 12);
    assert!(::core::mem::offset_of!(ENUMHEADERROW, dwReserved) == 16);
};
/// One address of a message (a `From`, `To`, `Cc`, ... entry), as the
/// address table and its enumerator describe it: the members `dwProps`
/// names (`IAP_*` bits) hold it.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ADDRESSPROPS {
    /// Which members are valid, or asked for (`IAP_*` bits).
    pub dwProps: crate::DWORD,
    /// The address's handle in its table (`IAP_HANDLE`).
    pub hAddress: HADDRESS,
    /// How the display name is encoded (`IAP_ENCODING`).
    pub ietFriendly: crate::ENCODINGTYPE,
    /// The character set of the display name (`IAP_CHARSET`).
    pub hCharset: crate::HCHARSET,
    /// Which header the address belongs to (one `IAT_*` bit, `IAP_ADRTYPE`).
    pub dwAdrType: crate::DWORD,
    /// The display name, allocated with the MIME allocator (`IAP_FRIENDLY`).
    pub pszFriendly: crate::LPSTR,
    /// Not used; null, or a UTF-16 string of the MIME allocator.
    pub pwszReserved: crate::LPWSTR,
    /// The e-mail address, allocated with the MIME allocator (`IAP_EMAIL`).
    pub pszEmail: crate::LPSTR,
    /// The state of the address's certificate (`IAP_CERTSTATE`).
    pub certstate: crate::CERTSTATE,
    /// The thumbprint of the signing certificate, its bytes allocated with
    /// the MIME allocator (`IAP_SIGNING_PRINT`).
    pub tbSigning: THUMBBLOB,
    /// The thumbprint of the encryption certificate, its bytes allocated
    /// with the MIME allocator (`IAP_ENCRYPTION_PRINT`).
    pub tbEncryption: THUMBBLOB,
    /// A value the application keeps with the address (`IAP_COOKIE`).
    pub dwCookie: crate::DWORD,
    /// Not used.
    pub dwReserved1: crate::DWORD,
    /// Not used.
    pub dwReserved2: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ADDRESSPROPS > () == 120);
    assert!(::core::mem::align_of:: < ADDRESSPROPS > () == 8);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwProps) == 0);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, hAddress) == 8);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, ietFriendly) == 16);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, hCharset) == 24);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwAdrType) == 32);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, pszFriendly) == 40);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, pwszReserved) == 48);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, pszEmail) == 56);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, certstate) == 64);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, tbSigning) == 72);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, tbEncryption) == 88);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwCookie) == 104);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwReserved1) == 108);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwReserved2) == 112);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ADDRESSPROPS > () == 64);
    assert!(::core::mem::align_of:: < ADDRESSPROPS > () == 4);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwProps) == 0);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, hAddress) == 4);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, ietFriendly) == 8);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, hCharset) == 12);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwAdrType) == 16);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, pszFriendly) == 20);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, pwszReserved) == 24);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, pszEmail) == 28);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, certstate) == 32);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, tbSigning) == 36);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, tbEncryption) == 44);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwCookie) == 52);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwReserved1) == 56);
    assert!(::core::mem::offset_of!(ADDRESSPROPS, dwReserved2) == 60);
};
/// A list of addresses (`IMimeAddressTable::GetTypes` and `ParseRfc822`
/// fill one in): the array and each entry's strings and thumbprints are
/// allocated with the MIME allocator, and `IMimeAllocator::FreeAddressList`
/// frees them.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ADDRESSLIST {
    /// How many addresses there are.
    pub cAdrs: crate::ULONG,
    /// The addresses.
    pub prgAdr: LPADDRESSPROPS,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ADDRESSLIST > () == 16);
    assert!(::core::mem::align_of:: < ADDRESSLIST > () == 8);
    assert!(::core::mem::offset_of!(ADDRESSLIST, cAdrs) == 0);
    assert!(::core::mem::offset_of!(ADDRESSLIST, prgAdr) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < ADDRESSLIST > () == 8);
    assert!(::core::mem::align_of:: < ADDRESSLIST > () == 4);
    assert!(::core::mem::offset_of!(ADDRESSLIST, cAdrs) == 0);
    assert!(::core::mem::offset_of!(ADDRESSLIST, prgAdr) == 4);
};
/// A search of a header table by name (`IMimeHeaderTable::FindFirstRow`
/// and `FindNextRow`): the table keeps its place in `dwReserved` between
/// the calls.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FINDHEADER {
    /// The header name to look for; null for any.
    pub pszHeader: crate::LPCSTR,
    /// Where the search stands: zero before `FindFirstRow`, then the
    /// table's own value.
    pub dwReserved: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < FINDHEADER > () == 16);
    assert!(::core::mem::align_of:: < FINDHEADER > () == 8);
    assert!(::core::mem::offset_of!(FINDHEADER, pszHeader) == 0);
    assert!(::core::mem::offset_of!(FINDHEADER, dwReserved) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < FINDHEADER > () == 8);
    assert!(::core::mem::align_of:: < FINDHEADER > () == 4);
    assert!(::core::mem::offset_of!(FINDHEADER, pszHeader) == 0);
    assert!(::core::mem::offset_of!(FINDHEADER, dwReserved) == 4);
};
/// Where a header row stands in the header block it was read from.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HEADERROWINFO {
    /// Its position among the rows, from the top.
    pub dwRowNumber: crate::DWORD,
    /// The byte offset where the row starts.
    pub cboffStart: crate::ULONG,
    /// The byte offset of the colon between name and value.
    pub cboffColon: crate::ULONG,
    /// The byte offset just past the row's last line feed.
    pub cboffEnd: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HEADERROWINFO > () == 16);
    assert!(::core::mem::align_of:: < HEADERROWINFO > () == 4);
    assert!(::core::mem::offset_of!(HEADERROWINFO, dwRowNumber) == 0);
    assert!(::core::mem::offset_of!(HEADERROWINFO, cboffStart) == 4);
    assert!(::core::mem::offset_of!(HEADERROWINFO, cboffColon) == 8);
    assert!(::core::mem::offset_of!(HEADERROWINFO, cboffEnd) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < HEADERROWINFO > () == 16);
    assert!(::core::mem::align_of:: < HEADERROWINFO > () == 4);
    assert!(::core::mem::offset_of!(HEADERROWINFO, dwRowNumber) == 0);
    assert!(::core::mem::offset_of!(HEADERROWINFO, cboffStart) == 4);
    assert!(::core::mem::offset_of!(HEADERROWINFO, cboffColon) == 8);
    assert!(::core::mem::offset_of!(HEADERROWINFO, cboffEnd) == 12);
};
/// What the MIME library knows of one character set (`IMimeInternational::
/// GetCharsetInfo`).
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct INETCSETINFO {
    /// The character set's name (`iso-8859-1`), NUL-terminated.
    pub szName: [crate::CHAR; 128],
    /// Its handle.
    pub hCharset: crate::HCHARSET,
    /// The Windows code page that holds its text.
    pub cpiWindows: CODEPAGEID,
    /// The code page its text has in a message.
    pub cpiInternet: CODEPAGEID,
    /// Not used.
    pub dwReserved1: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < INETCSETINFO > () == 152);
    assert!(::core::mem::align_of:: < INETCSETINFO > () == 8);
    assert!(::core::mem::offset_of!(INETCSETINFO, szName) == 0);
    assert!(::core::mem::offset_of!(INETCSETINFO, hCharset) == 128);
    assert!(::core::mem::offset_of!(INETCSETINFO, cpiWindows) == 136);
    assert!(::core::mem::offset_of!(INETCSETINFO, cpiInternet) == 140);
    assert!(::core::mem::offset_of!(INETCSETINFO, dwReserved1) == 144);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < INETCSETINFO > () == 144);
    assert!(::core::mem::align_of:: < INETCSETINFO > () == 4);
    assert!(::core::mem::offset_of!(INETCSETINFO, szName) == 0);
    assert!(::core::mem::offset_of!(INETCSETINFO, hCharset) == 128);
    assert!(::core::mem::offset_of!(INETCSETINFO, cpiWindows) == 132);
    assert!(::core::mem::offset_of!(INETCSETINFO, cpiInternet) == 136);
    assert!(::core::mem::offset_of!(INETCSETINFO, dwReserved1) == 140);
};
/// What the MIME library knows of one code page (`IMimeInternational::
/// GetCodePageInfo`): the members `dwMask` names (`ILM_*` bits) hold it.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct CODEPAGEINFO {
    /// Which of the named members are valid (`INETLANGMASK` bits).
    pub dwMask: crate::DWORD,
    /// The code page.
    pub cpiCodePage: CODEPAGEID,
    /// Whether the system can convert text of the code page.
    pub fIsValidCodePage: crate::BOOL,
    /// The most bytes one character takes.
    pub ulMaxCharSize: crate::ULONG,
    /// Whether the code page is one of a message (not a Windows code page).
    pub fInternetCP: crate::BOOL,
    /// The Windows code page of its family (`ILM_FAMILY`).
    pub cpiFamily: CODEPAGEID,
    /// Its display name (`ILM_NAME`).
    pub szName: [crate::CHAR; 128],
    /// The character set name its bodies carry (`ILM_BODYCSET`).
    pub szBodyCset: [crate::CHAR; 128],
    /// The character set name its headers carry (`ILM_HEADERCSET`).
    pub szHeaderCset: [crate::CHAR; 128],
    /// The character set name its web pages carry (`ILM_WEBCSET`).
    pub szWebCset: [crate::CHAR; 128],
    /// The fixed-pitch font for its text (`ILM_FIXEDFONT`).
    pub szFixedFont: [crate::CHAR; 128],
    /// The proportional font for its text (`ILM_VARIABLEFONT`).
    pub szVariableFont: [crate::CHAR; 128],
    /// The encoding of its text in news articles.
    pub ietNewsDefault: crate::ENCODINGTYPE,
    /// The encoding of its text in mail.
    pub ietMailDefault: crate::ENCODINGTYPE,
    /// Not used.
    pub dwReserved1: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < CODEPAGEINFO > () == 804);
    assert!(::core::mem::align_of:: < CODEPAGEINFO > () == 4);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, dwMask) == 0);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, cpiCodePage) == 4);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, fIsValidCodePage) == 8);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, ulMaxCharSize) == 12);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, fInternetCP) == 16);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, cpiFamily) == 20);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szName) == 24);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szBodyCset) == 152);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szHeaderCset) == 280);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szWebCset) == 408);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szFixedFont) == 536);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szVariableFont) == 664);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, ietNewsDefault) == 792);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, ietMailDefault) == 796);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, dwReserved1) == 800);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < CODEPAGEINFO > () == 804);
    assert!(::core::mem::align_of:: < CODEPAGEINFO > () == 4);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, dwMask) == 0);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, cpiCodePage) == 4);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, fIsValidCodePage) == 8);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, ulMaxCharSize) == 12);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, fInternetCP) == 16);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, cpiFamily) == 20);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szName) == 24);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szBodyCset) == 152);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szHeaderCset) == 280);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szWebCset) == 408);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szFixedFont) == 536);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, szVariableFont) == 664);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, ietNewsDefault) == 792);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, ietMailDefault) == 796);
    assert!(::core::mem::offset_of!(CODEPAGEINFO, dwReserved1) == 800);
};
/// How a header value is, or may be, encoded as RFC 1522 words
/// (`=?charset?B?...?=`), as `IMimeInternational::DecodeHeader` and
/// `EncodeHeader` read and report it.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RFC1522INFO {
    /// On input: whether RFC 1522 words may be decoded or written.
    pub fRfc1522Allowed: crate::BOOL,
    /// On output: whether the value held (or now holds) RFC 1522 words.
    pub fRfc1522Used: crate::BOOL,
    /// On input: whether 8-bit characters may stay unencoded.
    pub fAllow8bit: crate::BOOL,
    /// On output: the character set the RFC 1522 words named.
    pub hRfc1522Cset: crate::HCHARSET,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < RFC1522INFO > () == 24);
    assert!(::core::mem::align_of:: < RFC1522INFO > () == 8);
    assert!(::core::mem::offset_of!(RFC1522INFO, fRfc1522Allowed) == 0);
    assert!(::core::mem::offset_of!(RFC1522INFO, fRfc1522Used) == 4);
    assert!(::core::mem::offset_of!(RFC1522INFO, fAllow8bit) == 8);
    assert!(::core::mem::offset_of!(RFC1522INFO, hRfc1522Cset) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of:: < RFC1522INFO > () == 16);
    assert!(::core::mem::align_of:: < RFC1522INFO > () == 4);
    assert!(::core::mem::offset_of!(RFC1522INFO, fRfc1522Allowed) == 0);
    assert!(::core::mem::offset_of!(RFC1522INFO, fRfc1522Used) == 4);
    assert!(::core::mem::offset_of!(RFC1522INFO, fAllow8bit) == 8);
    assert!(::core::mem::offset_of!(RFC1522INFO, hRfc1522Cset) == 12);
};
/// `VARTYPE`: no value.
#[cfg(feature = "mime")]
pub const VT_EMPTY: VARTYPE = 0;
/// `VARTYPE`: an SQL-style null.
#[cfg(feature = "mime")]
pub const VT_NULL: VARTYPE = 1;
/// `VARTYPE`: a 16-bit signed integer (`iVal`).
#[cfg(feature = "mime")]
pub const VT_I2: VARTYPE = 2;
/// `VARTYPE`: a 32-bit signed integer (`lVal`).
#[cfg(feature = "mime")]
pub const VT_I4: VARTYPE = 3;
/// `VARTYPE`: a 32-bit float (`fltVal`).
#[cfg(feature = "mime")]
pub const VT_R4: VARTYPE = 4;
/// `VARTYPE`: a 64-bit float (`dblVal`).
#[cfg(feature = "mime")]
pub const VT_R8: VARTYPE = 5;
/// `VARTYPE`: a status code (`scode`).
#[cfg(feature = "mime")]
pub const VT_ERROR: VARTYPE = 0xA;
/// `VARTYPE`: a Boolean (`boolVal`: `VARIANT_TRUE` or `VARIANT_FALSE`).
#[cfg(feature = "mime")]
pub const VT_BOOL: VARTYPE = 0xB;
/// `VARTYPE`: an `IUnknown` pointer (`punkVal`).
#[cfg(feature = "mime")]
pub const VT_UNKNOWN: VARTYPE = 0xD;
/// `VARTYPE`: an 8-bit signed integer (`cVal`).
#[cfg(feature = "mime")]
pub const VT_I1: VARTYPE = 0x10;
/// `VARTYPE`: an 8-bit unsigned integer (`bVal`).
#[cfg(feature = "mime")]
pub const VT_UI1: VARTYPE = 0x11;
/// `VARTYPE`: a 16-bit unsigned integer (`uiVal`).
#[cfg(feature = "mime")]
pub const VT_UI2: VARTYPE = 0x12;
/// `VARTYPE`: a 32-bit unsigned integer (`ulVal`).
#[cfg(feature = "mime")]
pub const VT_UI4: VARTYPE = 0x13;
/// `VARTYPE`: a 64-bit signed integer (`hVal`).
#[cfg(feature = "mime")]
pub const VT_I8: VARTYPE = 0x14;
/// `VARTYPE`: a 64-bit unsigned integer (`uhVal`).
#[cfg(feature = "mime")]
pub const VT_UI8: VARTYPE = 0x15;
/// `VARTYPE`: a machine `int` (`intVal`).
#[cfg(feature = "mime")]
pub const VT_INT: VARTYPE = 0x16;
/// `VARTYPE`: a machine `unsigned int` (`uintVal`).
#[cfg(feature = "mime")]
pub const VT_UINT: VARTYPE = 0x17;
/// `VARTYPE`: a NUL-terminated 8-bit string (`pszVal`).
#[cfg(feature = "mime")]
pub const VT_LPSTR: VARTYPE = 0x1E;
/// `VARTYPE`: a NUL-terminated UTF-16 string (`pwszVal`).
#[cfg(feature = "mime")]
pub const VT_LPWSTR: VARTYPE = 0x1F;
/// `VARTYPE`: a `FILETIME` (`filetime`).
#[cfg(feature = "mime")]
pub const VT_FILETIME: VARTYPE = 0x40;
/// `VARTYPE`: counted bytes (`blob`).
#[cfg(feature = "mime")]
pub const VT_BLOB: VARTYPE = 0x41;
/// `VARTYPE`: an `IStream` pointer (`pStream`).
#[cfg(feature = "mime")]
pub const VT_STREAM: VARTYPE = 0x42;
/// `VARTYPE`: a pointer to a class identifier (`puuid`).
#[cfg(feature = "mime")]
pub const VT_CLSID: VARTYPE = 0x48;
/// The value's character set follows the message's (it is converted
/// between character sets with the rest of the headers).
#[cfg(feature = "mime")]
pub const MPF_INETCSET: u32 = 1;
/// The value is encoded as RFC 1522 words when it holds characters a
/// header cannot carry as they are.
#[cfg(feature = "mime")]
pub const MPF_RFC1522: u32 = 2;
/// The value is a list of addresses, parsed into the address table.
#[cfg(feature = "mime")]
pub const MPF_ADDRESS: u32 = 4;
/// The value carries parameters (`name=value` after `;`), parsed as
/// such (`Content-Type`).
#[cfg(feature = "mime")]
pub const MPF_HASPARAMS: u32 = 8;
/// The header belongs to a MIME body, not to the message as a whole.
#[cfg(feature = "mime")]
pub const MPF_MIME: u32 = 0x10;
/// The value cannot be changed.
#[cfg(feature = "mime")]
pub const MPF_READONLY: u32 = 0x20;
/// The value is the header line as saved: encoded, folded.
#[cfg(feature = "mime")]
pub const PDF_HEADERFORMAT: u32 = 5;
/// It has attachments.
#[cfg(feature = "mime")]
pub const IMF_ATTACHMENTS: u32 = 1;
/// Its root body is multipart.
#[cfg(feature = "mime")]
pub const IMF_MULTIPART: u32 = 2;
/// It has a multipart body below the root.
#[cfg(feature = "mime")]
pub const IMF_SUBMULTIPART: u32 = 4;
/// It is a MIME message (it has a `MIME-Version` header).
#[cfg(feature = "mime")]
pub const IMF_MIME: u32 = 8;
/// It has an HTML text body.
#[cfg(feature = "mime")]
pub const IMF_HTML: u32 = 0x10;
/// It has a plain text body.
#[cfg(feature = "mime")]
pub const IMF_PLAIN: u32 = 0x20;
/// It is one part of a message split into several (`message/partial`).
#[cfg(feature = "mime")]
pub const IMF_PARTIAL: u32 = 0x40;
/// It is signed.
#[cfg(feature = "mime")]
pub const IMF_SIGNED: u32 = 0x80;
/// It is encrypted.
#[cfg(feature = "mime")]
pub const IMF_ENCRYPTED: u32 = 0x100;
/// It carries a TNEF attachment (`winmail.dat`).
#[cfg(feature = "mime")]
pub const IMF_TNEF: u32 = 0x200;
/// It is a web page with what it links to (MHTML, `multipart/related`).
#[cfg(feature = "mime")]
pub const IMF_MHTML: u32 = 0x400;
/// It is signed or encrypted.
#[cfg(feature = "mime")]
pub const IMF_SECURE: u32 = 0x800;
/// It has a text body.
#[cfg(feature = "mime")]
pub const IMF_TEXT: u32 = 0x1000;
/// Its text bodies name their character set.
#[cfg(feature = "mime")]
pub const IMF_CSETTAGGED: u32 = 0x2000;
/// It is a news article.
#[cfg(feature = "mime")]
pub const IMF_NEWS: u32 = 0x4000;
/// It is a voice mail message.
#[cfg(feature = "mime")]
pub const IMF_VOICEMAIL: u32 = 0x8000;
/// It carries a business card (`text/x-vcard`).
#[cfg(feature = "mime")]
pub const IMF_HASVCARD: u32 = 0x10000;
/// It holds RFC 1154 bodies (a `Encoding` header instead of MIME's).
#[cfg(feature = "mime")]
pub const IMF_RFC1154: u32 = 0x20000;
/// The data holds the header name too (`Name: value`).
#[cfg(feature = "mime")]
pub const HTF_NAMEINDATA: u32 = 1;
/// Enumerate row handles only, without names or values.
#[cfg(feature = "mime")]
pub const HTF_ENUMHANDLESONLY: u32 = 2;
/// Show no user interface (no prompt for a password or a certificate).
#[cfg(feature = "mime")]
pub const SEF_NOUI: u32 = 4;
/// How the MIME library treats a property it knows (`IMimePropertySchema`):
/// any combination.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MIMEPROPFLAGS(u32);
#[cfg(feature = "mime")]
impl MIMEPROPFLAGS {
    /// The value's character set follows the message's (it is converted
    /// between character sets with the rest of the headers).
    ///
    /// `MPF_INETCSET` (`0x1`), valid on input.
    pub const INETCSET: Self = Self(0x00000001);
    /// The value is encoded as RFC 1522 words when it holds characters a
    /// header cannot carry as they are.
    ///
    /// `MPF_RFC1522` (`0x2`), valid on input.
    pub const RFC1522: Self = Self(0x00000002);
    /// The value is a list of addresses, parsed into the address table.
    ///
    /// `MPF_ADDRESS` (`0x4`), valid on input.
    pub const ADDRESS: Self = Self(0x00000004);
    /// The value carries parameters (`name=value` after `;`), parsed as
    /// such (`Content-Type`).
    ///
    /// `MPF_HASPARAMS` (`0x8`), valid on input.
    pub const HASPARAMS: Self = Self(0x00000008);
    /// The header belongs to a MIME body, not to the message as a whole.
    ///
    /// `MPF_MIME` (`0x10`), valid on input.
    pub const MIME: Self = Self(0x00000010);
    /// The value cannot be changed.
    ///
    /// `MPF_READONLY` (`0x20`), valid on input.
    pub const READONLY: Self = Self(0x00000020);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MIMEPROPFLAGS; in_mask = 0x0000003F; out_mask = 0x00000000; exclusive = []; required
    = false; keep_unknown = false; names = [INETCSET = "MPF_INETCSET", RFC1522 =
    "MPF_RFC1522", ADDRESS = "MPF_ADDRESS", HASPARAMS = "MPF_HASPARAMS", MIME =
    "MPF_MIME", READONLY = "MPF_READONLY"];
}
/// How a property's value is read or written (`IMimePropertySet::GetProp`,
/// `SetProp`, `AppendProp`, and the same methods of `IMimeBody` and
/// `IMimeMessage`).
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimePropDataFlags(u32);
#[cfg(feature = "mime")]
impl MimePropDataFlags {
    /// The value is read or written encoded, as the header carries it
    /// (RFC 1522 words), not decoded into the character set.
    ///
    /// `PDF_ENCODED` (`0x1`), valid on input.
    pub const ENCODED: Self = Self(0x00000001);
    /// The header name comes with the value (`Name: value`).
    ///
    /// `PDF_NAMEINDATA` (`0x2`), valid on input.
    pub const NAMEINDATA: Self = Self(0x00000002);
    /// The value is the header line as saved: encoded, folded.
    ///
    /// `PDF_HEADERFORMAT` (`0x5`), valid on input.
    pub const HEADERFORMAT: Self = Self(0x00000005);
    /// Comments (text in parentheses) are left out of the value.
    ///
    /// `PDF_NOCOMMENTS` (`0x8`), valid on input.
    pub const NOCOMMENTS: Self = Self(0x00000008);
    /// The value is saved without encoding.
    ///
    /// `PDF_SAVENOENCODE` (`0x10`), valid on input.
    pub const SAVENOENCODE: Self = Self(0x00000010);
    /// The value is every value of the property, as a vector.
    ///
    /// `PDF_VECTOR` (`0x20`), valid on input.
    pub const VECTOR: Self = Self(0x00000020);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimePropDataFlags; in_mask = 0x0000003F; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [ENCODED = "PDF_ENCODED", NAMEINDATA
    = "PDF_NAMEINDATA", HEADERFORMAT = "PDF_HEADERFORMAT", NOCOMMENTS = "PDF_NOCOMMENTS",
    SAVENOENCODE = "PDF_SAVENOENCODE", VECTOR = "PDF_VECTOR"];
}
/// Flags of `IMimePropertySet::EnumProps`.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeEnumPropsFlags(u32);
#[cfg(feature = "mime")]
impl MimeEnumPropsFlags {
    /// Return no names: `ENUMPROPERTY::pszName` stays null.
    ///
    /// `EPF_NONAME` (`0x1`), valid on input.
    pub const EPF_NONAME: Self = Self(0x00000001);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeEnumPropsFlags; in_mask = 0x00000001; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [EPF_NONAME = "EPF_NONAME"];
}
/// What a message is made of, as `IMimeMessageTree::GetFlags` reports it:
/// any combination.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct IMSGFLAGS(u32);
#[cfg(feature = "mime")]
impl IMSGFLAGS {
    /// It has attachments.
    ///
    /// `IMF_ATTACHMENTS` (`0x1`), valid on output.
    pub const ATTACHMENTS: Self = Self(0x00000001);
    /// Its root body is multipart.
    ///
    /// `IMF_MULTIPART` (`0x2`), valid on output.
    pub const MULTIPART: Self = Self(0x00000002);
    /// It has a multipart body below the root.
    ///
    /// `IMF_SUBMULTIPART` (`0x4`), valid on output.
    pub const SUBMULTIPART: Self = Self(0x00000004);
    /// It is a MIME message (it has a `MIME-Version` header).
    ///
    /// `IMF_MIME` (`0x8`), valid on output.
    pub const MIME: Self = Self(0x00000008);
    /// It has an HTML text body.
    ///
    /// `IMF_HTML` (`0x10`), valid on output.
    pub const HTML: Self = Self(0x00000010);
    /// It has a plain text body.
    ///
    /// `IMF_PLAIN` (`0x20`), valid on output.
    pub const PLAIN: Self = Self(0x00000020);
    /// It is one part of a message split into several (`message/partial`).
    ///
    /// `IMF_PARTIAL` (`0x40`), valid on output.
    pub const PARTIAL: Self = Self(0x00000040);
    /// It is signed.
    ///
    /// `IMF_SIGNED` (`0x80`), valid on output.
    pub const SIGNED: Self = Self(0x00000080);
    /// It is encrypted.
    ///
    /// `IMF_ENCRYPTED` (`0x100`), valid on output.
    pub const ENCRYPTED: Self = Self(0x00000100);
    /// It carries a TNEF attachment (`winmail.dat`).
    ///
    /// `IMF_TNEF` (`0x200`), valid on output.
    pub const TNEF: Self = Self(0x00000200);
    /// It is a web page with what it links to (MHTML, `multipart/related`).
    ///
    /// `IMF_MHTML` (`0x400`), valid on output.
    pub const MHTML: Self = Self(0x00000400);
    /// It is signed or encrypted.
    ///
    /// `IMF_SECURE` (`0x800`), valid on output.
    pub const SECURE: Self = Self(0x00000800);
    /// It has a text body.
    ///
    /// `IMF_TEXT` (`0x1000`), valid on output.
    pub const TEXT: Self = Self(0x00001000);
    /// Its text bodies name their character set.
    ///
    /// `IMF_CSETTAGGED` (`0x2000`), valid on output.
    pub const CSETTAGGED: Self = Self(0x00002000);
    /// It is a news article.
    ///
    /// `IMF_NEWS` (`0x4000`), valid on output.
    pub const NEWS: Self = Self(0x00004000);
    /// It is a voice mail message.
    ///
    /// `IMF_VOICEMAIL` (`0x8000`), valid on output.
    pub const VOICEMAIL: Self = Self(0x00008000);
    /// It carries a business card (`text/x-vcard`).
    ///
    /// `IMF_HASVCARD` (`0x10000`), valid on output.
    pub const HASVCARD: Self = Self(0x00010000);
    /// It holds RFC 1154 bodies (a `Encoding` header instead of MIME's).
    ///
    /// `IMF_RFC1154` (`0x20000`), valid on output.
    pub const RFC1154: Self = Self(0x00020000);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    IMSGFLAGS; in_mask = 0x00000000; out_mask = 0x0003FFFF; exclusive = []; required =
    false; keep_unknown = false; names = [ATTACHMENTS = "IMF_ATTACHMENTS", MULTIPART =
    "IMF_MULTIPART", SUBMULTIPART = "IMF_SUBMULTIPART", MIME = "IMF_MIME", HTML =
    "IMF_HTML", PLAIN = "IMF_PLAIN", PARTIAL = "IMF_PARTIAL", SIGNED = "IMF_SIGNED",
    ENCRYPTED = "IMF_ENCRYPTED", TNEF = "IMF_TNEF", MHTML = "IMF_MHTML", SECURE =
    "IMF_SECURE", TEXT = "IMF_TEXT", CSETTAGGED = "IMF_CSETTAGGED", NEWS = "IMF_NEWS",
    VOICEMAIL = "IMF_VOICEMAIL", HASVCARD = "IMF_HASVCARD", RFC1154 = "IMF_RFC1154"];
}
/// How a message tree is committed or measured (`IMimeMessageTree::Commit`,
/// `GetMessageSource`, `GetMessageSize`, `SaveOffsetTable`), read from
/// `mimeole.h`: any combination.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeCommitFlags(u32);
#[cfg(feature = "mime")]
impl MimeCommitFlags {
    /// Commit only when the tree changed since it was loaded or last
    /// committed.
    ///
    /// `COMMIT_ONLYIFDIRTY` (`0x1`), valid on input.
    pub const ONLYIFDIRTY: Self = Self(0x00000001);
    /// Write the message back into the stream it was loaded from.
    ///
    /// `COMMIT_REUSESTORAGE` (`0x2`), valid on input.
    pub const REUSESTORAGE: Self = Self(0x00000002);
    /// Give signed bodies a transfer encoding S/MIME allows.
    ///
    /// `COMMIT_SMIMETRANSFERENCODE` (`0x4`), valid on input.
    pub const SMIMETRANSFERENCODE: Self = Self(0x00000004);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeCommitFlags; in_mask = 0x00000007; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [ONLYIFDIRTY = "COMMIT_ONLYIFDIRTY",
    REUSESTORAGE = "COMMIT_REUSESTORAGE", SMIMETRANSFERENCODE =
    "COMMIT_SMIMETRANSFERENCODE"];
}
/// Flags of `IMimeMessageTree::SaveBody`.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeSaveBodyFlags(u32);
#[cfg(feature = "mime")]
impl MimeSaveBodyFlags {
    /// Keep the boundary lines around the body.
    ///
    /// `SAVEBODY_KEEPBOUNDARY` (`0x1`), valid on input.
    pub const SAVEBODY_KEEPBOUNDARY: Self = Self(0x00000001);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeSaveBodyFlags; in_mask = 0x00000001; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [SAVEBODY_KEEPBOUNDARY =
    "SAVEBODY_KEEPBOUNDARY"];
}
/// What `IMimeMessageTree::DeleteBody` removes besides the body: none of
/// the flags removes the body and every body below it.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeDeleteBodyFlags(u32);
#[cfg(feature = "mime")]
impl MimeDeleteBodyFlags {
    /// Remove the body, moving its children up into its place.
    ///
    /// `DELETE_PROMOTE_CHILDREN` (`0x1`), valid on input.
    pub const PROMOTE_CHILDREN: Self = Self(0x00000001);
    /// Remove only the bodies below it, keeping the body.
    ///
    /// `DELETE_CHILDREN_ONLY` (`0x2`), valid on input.
    pub const CHILDREN_ONLY: Self = Self(0x00000002);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeDeleteBodyFlags; in_mask = 0x00000003; out_mask = 0x00000000; exclusive =
    [0x00000003]; required = false; keep_unknown = false; names = [PROMOTE_CHILDREN =
    "DELETE_PROMOTE_CHILDREN", CHILDREN_ONLY = "DELETE_CHILDREN_ONLY"];
}
/// Flags of `IMimeMessageTree::ResolveURL`.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeResolveUrlFlags(u32);
#[cfg(feature = "mime")]
impl MimeResolveUrlFlags {
    /// Mark the body found as rendered (shown inline by the caller), so
    /// that it is no longer listed as an attachment.
    ///
    /// `URL_RESOLVE_RENDERED` (`0x1`), valid on input.
    pub const RESOLVE_RENDERED: Self = Self(0x00000001);
    /// Resolve the URL as it is, without the body's `Content-Base` (the
    /// name is spelt so in `mimeole.h`).
    ///
    /// `URL_RESULVE_NO_BASE` (`0x2`), valid on input.
    pub const RESULVE_NO_BASE: Self = Self(0x00000002);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeResolveUrlFlags; in_mask = 0x00000003; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [RESOLVE_RENDERED =
    "URL_RESOLVE_RENDERED", RESULVE_NO_BASE = "URL_RESULVE_NO_BASE"];
}
/// Which text body `IMimeMessage::GetTextBody` and `SetTextBody` mean:
/// exactly one.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeTextTypes(u32);
#[cfg(feature = "mime")]
impl MimeTextTypes {
    /// The plain text body (`text/plain`).
    ///
    /// `TXT_PLAIN` (`0x1`), valid on input.
    pub const PLAIN: Self = Self(0x00000001);
    /// The HTML body (`text/html`).
    ///
    /// `TXT_HTML` (`0x2`), valid on input.
    pub const HTML: Self = Self(0x00000002);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeTextTypes; in_mask = 0x00000003; out_mask = 0x00000000; exclusive = [0x00000003];
    required = true; keep_unknown = false; names = [PLAIN = "TXT_PLAIN", HTML =
    "TXT_HTML"];
}
/// How `IMimeMessage::AttachURL` adds a body: any combination.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeAttachUrlFlags(u32);
#[cfg(feature = "mime")]
impl MimeAttachUrlFlags {
    /// Add it to a `multipart/mixed` body (an attachment) rather than to
    /// the `multipart/related` body of an HTML page.
    ///
    /// `URL_ATTACH_INTO_MIXED` (`0x1`), valid on input.
    pub const INTO_MIXED: Self = Self(0x00000001);
    /// Give it a new `Content-ID` and return its `cid:` URL.
    ///
    /// `URL_ATTACH_GENERATE_CID` (`0x2`), valid on input.
    pub const GENERATE_CID: Self = Self(0x00000002);
    /// Set its content type from the URL's file extension.
    ///
    /// `URL_ATTACH_SET_CNTTYPE` (`0x4`), valid on input.
    pub const SET_CNTTYPE: Self = Self(0x00000004);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeAttachUrlFlags; in_mask = 0x00000007; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [INTO_MIXED =
    "URL_ATTACH_INTO_MIXED", GENERATE_CID = "URL_ATTACH_GENERATE_CID", SET_CNTTYPE =
    "URL_ATTACH_SET_CNTTYPE"];
}
/// Which text bodies `IPersistMime::Save` writes: any combination.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimePersistSaveFlags(u32);
#[cfg(feature = "mime")]
impl MimePersistSaveFlags {
    /// As an HTML body.
    ///
    /// `PMS_HTML` (`0x1`), valid on input.
    pub const HTML: Self = Self(0x00000001);
    /// As a plain text body.
    ///
    /// `PMS_TEXT` (`0x2`), valid on input.
    pub const TEXT: Self = Self(0x00000002);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimePersistSaveFlags; in_mask = 0x00000003; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [HTML = "PMS_HTML", TEXT =
    "PMS_TEXT"];
}
/// Kinds of address (`IAT_*`), as the address table selects them: any
/// combination; bits beyond these (kinds registered with
/// `IMimePropertySchema::RegisterAddressType`, or `IAT_ALL`) are passed on.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeAddressTypes(u32);
#[cfg(feature = "mime")]
impl MimeAddressTypes {
    /// `IAT_FROM`.
    ///
    /// `IAT_FROM` (`0x1`), valid on input.
    pub const FROM: Self = Self(0x00000001);
    /// `IAT_SENDER`.
    ///
    /// `IAT_SENDER` (`0x2`), valid on input.
    pub const SENDER: Self = Self(0x00000002);
    /// `IAT_TO`.
    ///
    /// `IAT_TO` (`0x4`), valid on input.
    pub const TO: Self = Self(0x00000004);
    /// `IAT_CC`.
    ///
    /// `IAT_CC` (`0x8`), valid on input.
    pub const CC: Self = Self(0x00000008);
    /// `IAT_BCC`.
    ///
    /// `IAT_BCC` (`0x10`), valid on input.
    pub const BCC: Self = Self(0x00000010);
    /// `IAT_REPLYTO`.
    ///
    /// `IAT_REPLYTO` (`0x20`), valid on input.
    pub const REPLYTO: Self = Self(0x00000020);
    /// `IAT_RETURNPATH`.
    ///
    /// `IAT_RETURNPATH` (`0x40`), valid on input.
    pub const RETURNPATH: Self = Self(0x00000040);
    /// `IAT_RETRCPTTO`.
    ///
    /// `IAT_RETRCPTTO` (`0x80`), valid on input.
    pub const RETRCPTTO: Self = Self(0x00000080);
    /// `IAT_RR`.
    ///
    /// `IAT_RR` (`0x100`), valid on input.
    pub const RR: Self = Self(0x00000100);
    /// `IAT_APPARTO`.
    ///
    /// `IAT_APPARTO` (`0x200`), valid on input.
    pub const APPARTO: Self = Self(0x00000200);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeAddressTypes; in_mask = 0x000003FF; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = true; names = [FROM = "IAT_FROM", SENDER =
    "IAT_SENDER", TO = "IAT_TO", CC = "IAT_CC", BCC = "IAT_BCC", REPLYTO = "IAT_REPLYTO",
    RETURNPATH = "IAT_RETURNPATH", RETRCPTTO = "IAT_RETRCPTTO", RR = "IAT_RR", APPARTO =
    "IAT_APPARTO"];
}
/// Members of an address (`IAP_*`), as the address table is asked for
/// them: any combination; other bits (`IAP_ALL`) are passed on.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeAddressProps(u32);
#[cfg(feature = "mime")]
impl MimeAddressProps {
    /// `IAP_CHARSET`.
    ///
    /// `IAP_CHARSET` (`0x1`), valid on input.
    pub const CHARSET: Self = Self(0x00000001);
    /// `IAP_HANDLE`.
    ///
    /// `IAP_HANDLE` (`0x2`), valid on input.
    pub const HANDLE: Self = Self(0x00000002);
    /// `IAP_ADRTYPE`.
    ///
    /// `IAP_ADRTYPE` (`0x4`), valid on input.
    pub const ADRTYPE: Self = Self(0x00000004);
    /// `IAP_FRIENDLY`.
    ///
    /// `IAP_FRIENDLY` (`0x8`), valid on input.
    pub const FRIENDLY: Self = Self(0x00000008);
    /// `IAP_EMAIL`.
    ///
    /// `IAP_EMAIL` (`0x20`), valid on input.
    pub const EMAIL: Self = Self(0x00000020);
    /// `IAP_CERTSTATE`.
    ///
    /// `IAP_CERTSTATE` (`0x100`), valid on input.
    pub const CERTSTATE: Self = Self(0x00000100);
    /// `IAP_SIGNING_PRINT`.
    ///
    /// `IAP_SIGNING_PRINT` (`0x200`), valid on input.
    pub const SIGNING_PRINT: Self = Self(0x00000200);
    /// `IAP_ENCRYPTION_PRINT`.
    ///
    /// `IAP_ENCRYPTION_PRINT` (`0x400`), valid on input.
    pub const ENCRYPTION_PRINT: Self = Self(0x00000400);
    /// `IAP_ENCODING`.
    ///
    /// `IAP_ENCODING` (`0x800`), valid on input.
    pub const ENCODING: Self = Self(0x00000800);
    /// `IAP_COOKIE`.
    ///
    /// `IAP_COOKIE` (`0x1000`), valid on input.
    pub const COOKIE: Self = Self(0x00001000);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeAddressProps; in_mask = 0x00001F2F; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = true; names = [CHARSET = "IAP_CHARSET", HANDLE =
    "IAP_HANDLE", ADRTYPE = "IAP_ADRTYPE", FRIENDLY = "IAP_FRIENDLY", EMAIL =
    "IAP_EMAIL", CERTSTATE = "IAP_CERTSTATE", SIGNING_PRINT = "IAP_SIGNING_PRINT",
    ENCRYPTION_PRINT = "IAP_ENCRYPTION_PRINT", ENCODING = "IAP_ENCODING", COOKIE =
    "IAP_COOKIE"];
}
/// How header rows are read, written or enumerated
/// (`IMimeHeaderTable::AppendRow`, `GetRowData`, `SetRowData`, `EnumRows`).
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct HEADERTABLEFLAGS(u32);
#[cfg(feature = "mime")]
impl HEADERTABLEFLAGS {
    /// The data holds the header name too (`Name: value`).
    ///
    /// `HTF_NAMEINDATA` (`0x1`), valid on input.
    pub const NAMEINDATA: Self = Self(0x00000001);
    /// Enumerate row handles only, without names or values.
    ///
    /// `HTF_ENUMHANDLESONLY` (`0x2`), valid on input.
    pub const ENUMHANDLESONLY: Self = Self(0x00000002);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    HEADERTABLEFLAGS; in_mask = 0x00000003; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [NAMEINDATA = "HTF_NAMEINDATA",
    ENUMHANDLESONLY = "HTF_ENUMHANDLESONLY"];
}
/// Flags of `IMimeSecurity::EncodeMessage` and `DecodeMessage`: the
/// security encoding flags (`SEF_*`). The reference pages say little more
/// than their names; `SEF_NOUI` is listed there, though the `mimeole.h` of
/// both references lacks it.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeSecurityFlags(u32);
#[cfg(feature = "mime")]
impl MimeSecurityFlags {
    /// Encrypt even when the sender has no certificate (so the sender
    /// cannot read the message back).
    ///
    /// `SEF_ENCRYPTWITHNOSENDERCERT` (`0x1`), valid on input.
    pub const ENCRYPTWITHNOSENDERCERT: Self = Self(0x00000001);
    /// The sender's certificate is given with the message (in its
    /// properties) rather than looked up.
    ///
    /// `SEF_SENDERSCERTPROVIDED` (`0x2`), valid on input.
    pub const SENDERSCERTPROVIDED: Self = Self(0x00000002);
    /// Show no user interface (no prompt for a password or a certificate).
    ///
    /// `SEF_NOUI` (`0x4`), valid on input.
    pub const NOUI: Self = Self(0x00000004);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeSecurityFlags; in_mask = 0x00000007; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [ENCRYPTWITHNOSENDERCERT =
    "SEF_ENCRYPTWITHNOSENDERCERT", SENDERSCERTPROVIDED = "SEF_SENDERSCERTPROVIDED", NOUI
    = "SEF_NOUI"];
}
/// Flags of `IMimeSecurity::EncodeBody` and `DecodeBody`: the security
/// encoding flags (`SEF_*`, low word) with the body encoding flags (`EBF_*`,
/// high word), which `mimeole.h` keeps apart so that they can be combined.
/// The reference pages name them without saying more.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeSecurityBodyFlags(u32);
#[cfg(feature = "mime")]
impl MimeSecurityBodyFlags {
    /// As for `EncodeMessage`.
    ///
    /// `SEF_ENCRYPTWITHNOSENDERCERT` (`0x1`), valid on input.
    pub const SEF_ENCRYPTWITHNOSENDERCERT: Self = Self(0x00000001);
    /// As for `EncodeMessage`.
    ///
    /// `SEF_SENDERSCERTPROVIDED` (`0x2`), valid on input.
    pub const SEF_SENDERSCERTPROVIDED: Self = Self(0x00000002);
    /// As for `EncodeMessage`.
    ///
    /// `SEF_NOUI` (`0x4`), valid on input.
    pub const SEF_NOUI: Self = Self(0x00000004);
    /// Also encode (or decode) the bodies below the one named.
    ///
    /// `EBF_RECURSE` (`0x10000`), valid on input.
    pub const EBF_RECURSE: Self = Self(0x00010000);
    /// Commit the tree first if it changed.
    ///
    /// `EBF_COMMITIFDIRTY` (`0x20000`), valid on input.
    pub const EBF_COMMITIFDIRTY: Self = Self(0x00020000);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeSecurityBodyFlags; in_mask = 0x00030007; out_mask = 0x00000000; exclusive = [];
    required = false; keep_unknown = false; names = [SEF_ENCRYPTWITHNOSENDERCERT =
    "SEF_ENCRYPTWITHNOSENDERCERT", SEF_SENDERSCERTPROVIDED = "SEF_SENDERSCERTPROVIDED",
    SEF_NOUI = "SEF_NOUI", EBF_RECURSE = "EBF_RECURSE", EBF_COMMITIFDIRTY =
    "EBF_COMMITIFDIRTY"];
}
/// What `IMimeSecurity::EnumCertificates` looks for: certificates with a
/// signing thumbprint, an encryption thumbprint, or (no flag) any
/// certificate at all. The reference page lists the two without saying
/// whether they combine; they are not made exclusive.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeCertUsage(u32);
#[cfg(feature = "mime")]
impl MimeCertUsage {
    /// Certificates that can sign.
    ///
    /// `ITT_SIGNING` (`0x1`), valid on input.
    pub const SIGNING: Self = Self(0x00000001);
    /// Certificates that can encrypt.
    ///
    /// `ITT_ENCRYPTION` (`0x2`), valid on input.
    pub const ENCRYPTION: Self = Self(0x00000002);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeCertUsage; in_mask = 0x00000003; out_mask = 0x00000000; exclusive = []; required
    = false; keep_unknown = false; names = [SIGNING = "ITT_SIGNING", ENCRYPTION =
    "ITT_ENCRYPTION"];
}
/// How a body is secured, as `IMimeSecurity::GetMessageType` returns it
/// (`MST_*`): bits for the body itself, for its children and for the
/// messages inside it, a receipt request, and the security class. No bit
/// set (`MST_NONE`) is an unsecured S/MIME version 1 body
/// (`MST_CLASS_SMIME_V1` is zero too); the `MST_*_MASK` constants select
/// parts of the value and are not flags.
#[cfg(feature = "mime")]
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct MimeSecurityType(u32);
#[cfg(feature = "mime")]
impl MimeSecurityType {
    /// The body itself is signed.
    ///
    /// `MST_THIS_SIGN` (`0x1`), valid on output.
    pub const THIS_SIGN: Self = Self(0x00000001);
    /// The body itself is encrypted.
    ///
    /// `MST_THIS_ENCRYPT` (`0x2`), valid on output.
    pub const THIS_ENCRYPT: Self = Self(0x00000002);
    /// The signature is opaque (the signed data inside one binary body);
    /// with `MST_THIS_SIGN`, `MST_THIS_BLOBSIGN`.
    ///
    /// `MST_BLOB_FLAG` (`0x4`), valid on output.
    pub const BLOB_FLAG: Self = Self(0x00000004);
    /// A body below it is signed.
    ///
    /// `MST_CHILD_SIGN` (`0x100`), valid on output.
    pub const CHILD_SIGN: Self = Self(0x00000100);
    /// A body below it is encrypted.
    ///
    /// `MST_CHILD_ENCRYPT` (`0x200`), valid on output.
    pub const CHILD_ENCRYPT: Self = Self(0x00000200);
    /// A message inside it is signed.
    ///
    /// `MST_SUBMSG_SIGN` (`0x1000`), valid on output.
    pub const SUBMSG_SIGN: Self = Self(0x00001000);
    /// A message inside it is encrypted.
    ///
    /// `MST_SUBMSG_ENCRYPT` (`0x2000`), valid on output.
    pub const SUBMSG_ENCRYPT: Self = Self(0x00002000);
    /// The sender asks for a signed receipt.
    ///
    /// `MST_RECEIPT_REQUEST` (`0x10000`), valid on output.
    pub const RECEIPT_REQUEST: Self = Self(0x00010000);
    /// The body is secured with PGP rather than S/MIME.
    ///
    /// `MST_CLASS_PGP` (`0x1000000`), valid on output.
    pub const CLASS_PGP: Self = Self(0x01000000);
}
#[cfg(feature = "mime")]
crate::__flag_set_impl! {
    MimeSecurityType; in_mask = 0x00000000; out_mask = 0x01013307; exclusive = [];
    required = false; keep_unknown = false; names = [THIS_SIGN = "MST_THIS_SIGN",
    THIS_ENCRYPT = "MST_THIS_ENCRYPT", BLOB_FLAG = "MST_BLOB_FLAG", CHILD_SIGN =
    "MST_CHILD_SIGN", CHILD_ENCRYPT = "MST_CHILD_ENCRYPT", SUBMSG_SIGN =
    "MST_SUBMSG_SIGN", SUBMSG_ENCRYPT = "MST_SUBMSG_ENCRYPT", RECEIPT_REQUEST =
    "MST_RECEIPT_REQUEST", CLASS_PGP = "MST_CLASS_PGP"];
}
/// The MIME library's registry of property names: each header name a
/// message may carry, with how it is handled, gets a property identifier
/// that the property interfaces accept in place of the name.
///
/// `MimeOleGetPropertySchema` returns the process's schema.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimePropertySchema {
    /// The object's vtable.
    pub lpVtbl: *const IMimePropertySchemaVtbl,
}
/// The vtable of [`IMimePropertySchema`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimePropertySchemaVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Registers a new property (header name).
    ///
    /// Returns `S_OK` with the new identifier, or an error when the name is
    /// already registered or not a valid header name.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name, without the colon (`X-Mailer`).
    /// - `dwFlags` (`DWORD`, in): How the library treats its values.
    /// - `dwRowNumber` (`DWORD`, in): Where the header goes among the others when a message is saved: a row number of the header order (0 for the default place).
    /// - `vtDefault` (`VARTYPE`, in): The `VARTYPE` a value of the property is returned as when the caller asks for none.
    /// - `pdwPropId` (`LPDWORD`, out): Receives the property's identifier.
    pub RegisterProperty: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
        pdwPropId: crate::LPDWORD,
    ) -> crate::HRESULT,
    /// Changes how a registered property is treated.
    ///
    /// Returns `S_OK`, or an error when the name is not registered.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name.
    /// - `dwFlags` (`DWORD`, in): How the library treats its values from now on.
    /// - `dwRowNumber` (`DWORD`, in): Its place among the headers when a message is saved.
    /// - `vtDefault` (`VARTYPE`, in): Its default `VARTYPE`.
    pub ModifyProperty: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> crate::HRESULT,
    /// Looks a property's identifier up by name.
    ///
    /// Returns `S_OK`, or an error when the name is not registered.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name.
    /// - `pdwPropId` (`LPDWORD`, out): Receives the identifier.
    pub GetPropertyId: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pdwPropId: crate::LPDWORD,
    ) -> crate::HRESULT,
    /// Looks a property's name up by identifier.
    ///
    /// Returns `S_OK`, or an error when no property has the identifier.
    ///
    /// # Parameters
    ///
    /// - `dwPropId` (`DWORD`, in): The identifier.
    /// - `ppszName` (`LPSTR*`, out): Receives the name, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub GetPropertyName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwPropId: crate::DWORD,
        ppszName: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Registers a new kind of address (beyond `From`, `To`, `Cc`, ...), so
    /// that a header of that name is parsed into the address table.
    ///
    /// Returns `S_OK` with the new address type bit.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name that holds such addresses.
    /// - `pdwAdrType` (`LPDWORD`, out): Receives the address type (one `IAT_*` bit).
    pub RegisterAddressType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pdwAdrType: crate::LPDWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimePropertySchema`]: `{FD853CEC-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimePropertySchema: crate::GUID = crate::GUID::from_u128(
    0xfd853cec_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimePropertySchema {
    const IID: crate::GUID = IID_IMimePropertySchema;
    const NAME: &'static str = "IMimePropertySchema";
    type Vtbl = IMimePropertySchemaVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimePropertySchema
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimePropertySchemaVtbl > () == 8 * ::core::mem::size_of:: <
    usize > ()
);
/// A document a message can be built from or refer to by URL (an HTML page
/// and what it links to), as `IMimeMessage::CreateWebPage` and the
/// web-page import use it.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeWebDocument {
    /// The object's vtable.
    pub lpVtbl: *const IMimeWebDocumentVtbl,
}
/// The vtable of [`IMimeWebDocument`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeWebDocumentVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the document's URL.
    ///
    /// Returns `S_OK` with the URL.
    ///
    /// # Parameters
    ///
    /// - `ppszURL` (`LPSTR*`, out): Receives the URL, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub GetURL: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppszURL: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Opens the document's data through the interface asked for (an
    /// `IStream`, usually).
    ///
    /// Returns `S_OK` with the object, `E_NOINTERFACE` when the data is not
    /// available through that interface.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`LPVOID*`, out): Receives the object.
    pub BindToStorage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        riid: crate::REFIID,
        ppvObject: *mut crate::LPVOID,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeWebDocument`]: `{EE519F11-851A-11D0-825C-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeWebDocument: crate::GUID = crate::GUID::from_u128(
    0xee519f11_851a_11d0_825c_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeWebDocument {
    const IID: crate::GUID = IID_IMimeWebDocument;
    const NAME: &'static str = "IMimeWebDocument";
    type Vtbl = IMimeWebDocumentVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeWebDocument
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeWebDocumentVtbl > () == 5 * ::core::mem::size_of:: <
    usize > ()
);
/// Told by `IMimeMessage::CreateWebPage` as it writes a message out as a
/// web page, at each place where one inlined body ends and the next
/// begins, so that the receiver can write something between them.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessageCallback {
    /// The object's vtable.
    pub lpVtbl: *const IMimeMessageCallbackVtbl,
}
/// The vtable of [`IMimeMessageCallback`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessageCallbackVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// A body was written into the page.
    ///
    /// Returns `S_OK` to go on; an error stops the page.
    ///
    /// # Parameters
    ///
    /// - `cInlined` (`DWORD`, in): How many bodies were inlined so far.
    /// - `ppStream` (`IStream*`, in): The page's stream, positioned after the last body written.
    pub OnWebPageSplitter: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cInlined: crate::DWORD,
        ppStream: *mut crate::IStream,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeMessageCallback`]: `{761AA641-7BDA-11D1-8AA9-00C04FB951F3}`.
#[cfg(feature = "mime")]
pub const IID_IMimeMessageCallback: crate::GUID = crate::GUID::from_u128(
    0x761aa641_7bda_11d1_8aa9_00c04fb951f3,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeMessageCallback {
    const IID: crate::GUID = IID_IMimeMessageCallback;
    const NAME: &'static str = "IMimeMessageCallback";
    type Vtbl = IMimeMessageCallbackVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeMessageCallback
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeMessageCallbackVtbl > () == 4 * ::core::mem::size_of::
    < usize > ()
);
/// An enumerator of the properties of a property set, as
/// `IMimePropertySet::EnumProps` returns it.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumProperties {
    /// The object's vtable.
    pub lpVtbl: *const IMimeEnumPropertiesVtbl,
}
/// The vtable of [`IMimeEnumProperties`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumPropertiesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the next properties.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. Each name is allocated with the MIME allocator:
    /// the caller frees the array's names with
    /// `IMimeAllocator::FreeEnumPropertyArray`.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many properties are wanted.
    /// - `prgProp` (`LPENUMPROPERTY`, in, out): The caller's array of `cFetch` entries, filled in.
    /// - `pcFetched` (`ULONG*`, out): Receives how many entries were filled in.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFetch: crate::ULONG,
        prgProp: LPENUMPROPERTY,
        pcFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Skips properties.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cItems: crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first property.
    ///
    /// Returns `S_OK`.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumProperties**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppEnum: *mut *mut IMimeEnumProperties,
    ) -> crate::HRESULT,
    /// Returns how many properties the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    pub Count: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcItems: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeEnumProperties`]: `{FD853CEE-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeEnumProperties: crate::GUID = crate::GUID::from_u128(
    0xfd853cee_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeEnumProperties {
    const IID: crate::GUID = IID_IMimeEnumProperties;
    const NAME: &'static str = "IMimeEnumProperties";
    type Vtbl = IMimeEnumPropertiesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeEnumProperties
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeEnumPropertiesVtbl > () == 8 * ::core::mem::size_of:: <
    usize > ()
);
/// The headers of a message or of one of its bodies, as named properties
/// whose values are `PROPVARIANT`s: `Subject`, `Content-Type`, and pseudo
/// properties of the library (`att:*`, `par:*`: attributes and header
/// parameters); persisted as the header block of a stream.
///
/// A property is named by its header name or by the identifier the schema
/// (`IMimePropertySchema`) gives it, passed as a string (`PIDTOSTR`).
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimePropertySet {
    /// The object's vtable.
    pub lpVtbl: *const IMimePropertySetVtbl,
}
/// The vtable of [`IMimePropertySet`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimePropertySetVtbl {
    /// The slots of `IPersistStreamInit`.
    pub base__: crate::IPersistStreamInitVtbl,
    /// Describes a property: fills in the members of `pInfo` its `dwMask`
    /// asks for.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the set has no such
    /// property.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pInfo` (`LPMIMEPROPINFO`, in, out): On input, `dwMask` says what is wanted; on output those members hold it.
    pub GetPropInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pInfo: LPMIMEPROPINFO,
    ) -> crate::HRESULT,
    /// Changes how a property is stored: the members of `pInfo` its
    /// `dwMask` names.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pInfo` (`LPCMIMEPROPINFO`, in): The new description.
    pub SetPropInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pInfo: LPCMIMEPROPINFO,
    ) -> crate::HRESULT,
    /// Returns a property's value, converted to the type asked for.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_VARTYPE_NO_CONVERT`
    /// when the value cannot be had as that type.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is wanted.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, `vt` is the type wanted (`VT_EMPTY` for the property's default); on output, the value, which the caller clears (`PropVariantClear`).
    pub GetProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
    /// Sets a property's value, replacing what it had.
    ///
    /// Returns `S_OK`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPCPROPVARIANT`, in): The value.
    pub SetProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPCPROPVARIANT,
    ) -> crate::HRESULT,
    /// Adds a value to a property (a second `Received` header), or sets it
    /// when the property has none.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPPROPVARIANT`, in): The value.
    pub AppendProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
    /// Removes a property and its values.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    pub DeleteProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Copies properties into another property set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cNames` (`ULONG`, in): How many names there are; 0 for every property.
    /// - `prgszName` (`LPCSTR*`, in): The names of the properties to copy.
    /// - `pPropertySet` (`IMimePropertySet*`, in): The set to copy them into.
    pub CopyProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cNames: crate::ULONG,
        prgszName: *mut crate::LPCSTR,
        pPropertySet: *mut IMimePropertySet,
    ) -> crate::HRESULT,
    /// Moves properties into another property set (copied there, removed
    /// here).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cNames` (`ULONG`, in): How many names there are; 0 for every property.
    /// - `prgszName` (`LPCSTR*`, in): The names of the properties to move.
    /// - `pPropertySet` (`IMimePropertySet*`, in): The set to move them into.
    pub MoveProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cNames: crate::ULONG,
        prgszName: *mut crate::LPCSTR,
        pPropertySet: *mut IMimePropertySet,
    ) -> crate::HRESULT,
    /// Removes every property but the ones named.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cNames` (`ULONG`, in): How many names there are.
    /// - `prgszName` (`LPCSTR*`, in): The names of the properties to keep.
    pub DeleteExcept: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cNames: crate::ULONG,
        prgszName: *mut crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Asks whether a property's value matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when there is no such property.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pszCriteria` (`LPCSTR`, in): The string to look for.
    /// - `fSubString` (`unsigned char`, in): `TRUE` to match a part of the value, `FALSE` the whole of it.
    /// - `fCaseSensitive` (`unsigned char`, in): `TRUE` to compare case.
    pub QueryProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pszCriteria: crate::LPCSTR,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> crate::HRESULT,
    /// Returns the set's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    pub GetCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        phCharset: crate::LPHCHARSET,
    ) -> crate::HRESULT,
    /// Changes the set's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `applytype` (`CSETAPPLYTYPE`, in): Which values it applies to.
    pub SetCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> crate::HRESULT,
    /// Returns the parameters of a header (`charset`, `boundary`, `name`
    /// of a `Content-Type`).
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. The array and its strings
    /// are allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeParamInfoArray`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header's name.
    /// - `pcParams` (`ULONG*`, out): Receives how many parameters there are.
    /// - `pprgParam` (`LPMIMEPARAMINFO*`, out): Receives the parameters (null when there are none).
    pub GetParameters: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pcParams: *mut crate::ULONG,
        pprgParam: *mut LPMIMEPARAMINFO,
    ) -> crate::HRESULT,
    /// Asks whether the set's content type is the one given.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// # Parameters
    ///
    /// - `pszPriType` (`LPCSTR`, in): The primary type (`text`); null matches any.
    /// - `pszSubType` (`LPCSTR`, in): The subtype (`plain`); null matches any.
    pub IsContentType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszPriType: crate::LPCSTR,
        pszSubType: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Returns an object bound to the set, through the interface asked
    /// for (the `IMimeBody` or `IMimeMessageTree` it belongs to).
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    pub BindToObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        riid: crate::REFIID,
        ppvObject: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns a copy of the set.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppPropertySet` (`IMimePropertySet**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppPropertySet: *mut *mut IMimePropertySet,
    ) -> crate::HRESULT,
    /// Sets an option of the set (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPCPROPVARIANT`, in): Its new value.
    pub SetOption: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        oid: TYPEDID,
        pValue: LPCPROPVARIANT,
    ) -> crate::HRESULT,
    /// Returns an option of the set (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, the type wanted (`VT_EMPTY` for the option's own); on output, the value, which the caller clears.
    pub GetOption: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        oid: TYPEDID,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
    /// Returns an enumerator of the set's properties.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `dwFlags` (`DWORD`, in): Whether to leave names out.
    /// - `ppEnum` (`IMimeEnumProperties**`, out): Receives the enumerator.
    pub EnumProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwFlags: crate::DWORD,
        ppEnum: *mut *mut IMimeEnumProperties,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimePropertySet`]: `{FD853CD3-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimePropertySet: crate::GUID = crate::GUID::from_u128(
    0xfd853cd3_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimePropertySet {
    const IID: crate::GUID = IID_IMimePropertySet;
    const NAME: &'static str = "IMimePropertySet";
    type Vtbl = IMimePropertySetVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimePropertySet
            || <crate::IPersistStreamInit as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimePropertySetVtbl > () == 28 * ::core::mem::size_of:: <
    usize > ()
);
/// One body (part) of a message: its headers, as the property set it
/// derives from, and its data, read and written as a stream in the
/// encoding asked for.
///
/// `IMimeMessageTree::BindToObject` with a body handle and `IID_IMimeBody`
/// returns one. The Outlook Express reference describes the methods
/// briefly; these notes also lean on `mimeole.h`'s declarations.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeBody {
    /// The object's vtable.
    pub lpVtbl: *const IMimeBodyVtbl,
}
/// The vtable of [`IMimeBody`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeBodyVtbl {
    /// The slots of `IMimePropertySet`.
    pub base__: IMimePropertySetVtbl,
    /// Asks whether the body is of a kind (an attachment, empty, secure,
    /// tagged with a character set, ...).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_BODYTYPE` for an unknown kind.
    ///
    /// # Parameters
    ///
    /// - `bodytype` (`IMSGBODYTYPE`, in): The kind asked about.
    pub IsType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        bodytype: crate::IMSGBODYTYPE,
    ) -> crate::HRESULT,
    /// Sets the name the body is shown under (an attachment's file name).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pszDisplay` (`LPCSTR`, in): The name.
    pub SetDisplayName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszDisplay: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Returns the name the body is shown under: its display name, or else
    /// a name made from its file name or content type.
    ///
    /// Returns `S_OK` with the name.
    ///
    /// # Parameters
    ///
    /// - `ppszDisplay` (`LPSTR*`, out): Receives the name, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub GetDisplayName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppszDisplay: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Tells where the body lies in the stream its message was loaded
    /// from.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body was not loaded
    /// from a stream (it was made or changed since).
    ///
    /// # Parameters
    ///
    /// - `pOffsets` (`LPBODYOFFSETS`, out): Receives the offsets.
    pub GetOffsets: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pOffsets: LPBODYOFFSETS,
    ) -> crate::HRESULT,
    /// Returns the encoding the body's data is held in.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pietEncoding` (`ENCODINGTYPE*`, out): Receives the encoding.
    pub GetCurrentEncoding: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pietEncoding: *mut crate::ENCODINGTYPE,
    ) -> crate::HRESULT,
    /// Says which encoding the body's data is held in, without converting
    /// it (the data was set encoded).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding.
    pub SetCurrentEncoding: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> crate::HRESULT,
    /// Estimates the size of the body's data in an encoding.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding.
    /// - `pcbSize` (`ULONG*`, out): Receives the size in bytes.
    pub GetEstimatedSize: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ietEncoding: crate::ENCODINGTYPE,
        pcbSize: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes the body's data, in an encoding, into the caller's stream at
    /// its current position.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body has none.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted (`IET_BINARY` for the decoded bytes).
    /// - `pStream` (`IStream*`, in): The stream written to.
    pub GetDataHere: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ietEncoding: crate::ENCODINGTYPE,
        pStream: *mut crate::IStream,
    ) -> crate::HRESULT,
    /// Returns the body's data, in an encoding, as a new stream.
    ///
    /// Returns `S_OK` with the stream, or `MIME_E_NO_DATA`.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted.
    /// - `ppStream` (`IStream**`, out): Receives the stream, at its start.
    pub GetData: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ietEncoding: crate::ENCODINGTYPE,
        ppStream: *mut *mut crate::IStream,
    ) -> crate::HRESULT,
    /// Replaces the body's data with an object's (a stream, usually), and
    /// sets its content type.
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE` when the object does not give
    /// its data through the interface named.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding the data is in.
    /// - `pszPriType` (`LPCSTR`, in): The primary content type (`text`); null leaves it as it is.
    /// - `pszSubType` (`LPCSTR`, in): The subtype (`plain`); null leaves it as it is.
    /// - `riid` (`REFIID`, in): The interface the object is passed as (`IID_IStream`).
    /// - `pvObject` (`void*`, in): The object holding the data.
    pub SetData: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ietEncoding: crate::ENCODINGTYPE,
        pszPriType: crate::LPCSTR,
        pszSubType: crate::LPCSTR,
        riid: crate::REFIID,
        pvObject: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Removes the body's data, keeping its headers.
    ///
    /// Returns `S_OK`.
    pub EmptyData: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Copies the body, headers and data, into another body.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pBody` (`IMimeBody*`, in): The body copied into.
    pub CopyTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pBody: *mut IMimeBody,
    ) -> crate::HRESULT,
    /// Weighs how the body's data would best be sent: its current
    /// encoding, the encodings chosen for sending, its line lengths and
    /// 8-bit bytes.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pTransmitInfo` (`LPTRANSMITINFO`, in, out): Filled in with what was found.
    pub GetTransmitInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pTransmitInfo: LPTRANSMITINFO,
    ) -> crate::HRESULT,
    /// Writes the body's data, in an encoding, into a file.
    ///
    /// Returns `S_OK`, or an error when the file cannot be written.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted (`IET_BINARY` for the decoded bytes).
    /// - `pszFilePath` (`LPCSTR`, in): The file's path.
    pub SaveToFile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ietEncoding: crate::ENCODINGTYPE,
        pszFilePath: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Returns the body's handle in its message tree.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body is in no tree.
    ///
    /// # Parameters
    ///
    /// - `phBody` (`LPHBODY`, out): Receives the handle.
    pub GetHandle: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeBody`]: `{C558834C-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeBody: crate::GUID = crate::GUID::from_u128(
    0xc558834c_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeBody {
    const IID: crate::GUID = IID_IMimeBody;
    const NAME: &'static str = "IMimeBody";
    type Vtbl = IMimeBodyVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeBody || <IMimePropertySet as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeBodyVtbl > () == 43 * ::core::mem::size_of:: < usize >
    ()
);
/// A message as a tree of bodies, each named by a handle: loaded from and
/// saved to a stream (the persistence methods it derives), walked,
/// searched, changed, and read body by body through the `IMimeBody` of
/// each.
///
/// The Outlook Express reference describes the methods briefly; these notes
/// also lean on `mimeole.h`'s declarations. `HBODY_ROOT` (`(HBODY)-1`,
/// `mapi_sys::HBODY_ROOT`) names the root body wherever a handle is taken.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessageTree {
    /// The object's vtable.
    pub lpVtbl: *const IMimeMessageTreeVtbl,
}
/// The vtable of [`IMimeMessageTree`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessageTreeVtbl {
    /// The slots of `IPersistStreamInit`.
    pub base__: crate::IPersistStreamInitVtbl,
    /// Returns the message as the stream it was loaded from, committing
    /// changes into it first when asked.
    ///
    /// Returns `S_OK` with the stream, or `MIME_E_NO_DATA` when the tree
    /// was loaded from nothing.
    ///
    /// # Parameters
    ///
    /// - `ppStream` (`IStream**`, out): Receives the stream, at its start.
    /// - `dwFlags` (`DWORD`, in): `COMMIT_ONLYIFDIRTY` to commit changes first.
    pub GetMessageSource: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppStream: *mut *mut crate::IStream,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns the size the message has when saved.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcbSize` (`ULONG*`, out): Receives the size in bytes.
    /// - `dwFlags` (`DWORD`, in): `COMMIT_ONLYIFDIRTY` to commit changes first.
    pub GetMessageSize: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcbSize: *mut crate::ULONG,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Loads the tree's structure (the bodies' offsets) from a stream
    /// `SaveOffsetTable` wrote, so that a message is not parsed again.
    ///
    /// Returns `S_OK`, or an error when the stream holds no valid table.
    ///
    /// # Parameters
    ///
    /// - `pStream` (`IStream*`, in): The stream read from.
    pub LoadOffsetTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pStream: *mut crate::IStream,
    ) -> crate::HRESULT,
    /// Writes the tree's structure (the bodies' offsets) into a stream.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pStream` (`IStream*`, in): The stream written to.
    /// - `dwFlags` (`DWORD`, in): `COMMIT_ONLYIFDIRTY` to commit changes first.
    pub SaveOffsetTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pStream: *mut crate::IStream,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Tells what the message is made of.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pdwFlags` (`DWORD*`, out): Receives the `IMF_*` bits.
    pub GetFlags: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pdwFlags: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Writes the tree's changes into its stream, making it the message's
    /// source.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwFlags` (`DWORD`, in): How to commit.
    pub Commit: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Copies what the tree still needs of its stream and lets go of the
    /// stream, so that the caller may change or release it.
    ///
    /// Returns `S_OK`.
    pub HandsOffStorage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns an object of one body through the interface asked for
    /// (`IMimeBody`, `IMimePropertySet`, `IMimeHeaderTable`,
    /// `IMimeAddressTable`, `IMimeMessage` for an attached message,
    /// `IStream` for its decoded data).
    ///
    /// Returns `S_OK`, `MIME_E_INVALID_HANDLE`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body (`HBODY_ROOT` for the root).
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    pub BindToObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        riid: crate::REFIID,
        ppvObject: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Writes one body, headers and data, into a stream.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `dwFlags` (`DWORD`, in): `SAVEBODY_KEEPBOUNDARY` to keep its boundary lines.
    /// - `pStream` (`IStream*`, in): The stream written to.
    pub SaveBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        dwFlags: crate::DWORD,
        pStream: *mut crate::IStream,
    ) -> crate::HRESULT,
    /// Adds an empty body at a place relative to another.
    ///
    /// Returns `S_OK` with its handle, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `location` (`BODYLOCATION`, in): Where, relative to `hPivot` (`IBL_FIRST`, `IBL_LAST`: as its first or last child; `IBL_NEXT`, `IBL_PREVIOUS`: as a sibling; `IBL_ROOT`: as the root of an empty tree).
    /// - `hPivot` (`HBODY`, in): The body the place is relative to; null with `IBL_ROOT`.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    pub InsertBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Finds the body at a place relative to another (its parent, first or
    /// last child, next or previous sibling, or the root).
    ///
    /// Returns `S_OK` with the handle, or `MIME_E_NOT_FOUND` when there is
    /// no body there.
    ///
    /// # Parameters
    ///
    /// - `location` (`BODYLOCATION`, in): Which place.
    /// - `hPivot` (`HBODY`, in): The body the place is relative to; null with `IBL_ROOT`.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle.
    pub GetBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Removes a body, with or without the bodies below it.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `dwFlags` (`DWORD`, in): What to remove (none of the flags: the body and all below it).
    pub DeleteBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Moves a body, with the bodies below it, to a place relative to
    /// itself.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `location` (`BODYLOCATION`, in): Where it goes.
    pub MoveBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        location: crate::BODYLOCATION,
    ) -> crate::HRESULT,
    /// Counts the bodies below one.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hParent` (`HBODY`, in): The body whose children are counted; null for the whole tree.
    /// - `fRecurse` (`unsigned char`, in): `TRUE` to count every body below it, `FALSE` its children only.
    /// - `pcBodies` (`ULONG*`, out): Receives the number.
    pub CountBodies: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hParent: HBODY,
        fRecurse: u8,
        pcBodies: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Starts a search by content type and returns the first body found.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND` when there is
    /// none.
    ///
    /// # Parameters
    ///
    /// - `pFindBody` (`LPFINDBODY`, in, out): The search; the tree writes its place into `dwReserved`.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle.
    pub FindFirst: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pFindBody: LPFINDBODY,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Returns the next body of a search `FindFirst` started.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND` when there are no
    /// more.
    ///
    /// # Parameters
    ///
    /// - `pFindBody` (`LPFINDBODY`, in, out): The search, as `FindFirst` left it.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle.
    pub FindNext: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pFindBody: LPFINDBODY,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Finds the body a URL of an HTML body refers to, by `Content-ID`
    /// (`cid:`) or `Content-Location`, in a `multipart/related` body.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `hRelated` (`HBODY`, in): The `multipart/related` body searched; null for the whole tree.
    /// - `pszBase` (`LPCSTR`, in): The base URL relative URLs are resolved against; null for the body's own `Content-Base`.
    /// - `pszURL` (`LPCSTR`, in): The URL.
    /// - `dwFlags` (`DWORD`, in): `URL_RESOLVE_RENDERED` to mark the body found as shown.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle; null when only asking whether it exists.
    pub ResolveURL: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hRelated: HBODY,
        pszBase: crate::LPCSTR,
        pszURL: crate::LPCSTR,
        dwFlags: crate::DWORD,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Turns a body into a multipart body of a subtype, the body moving
    /// below it as its first child.
    ///
    /// Returns `S_OK` with the multipart body, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszSubType` (`LPCSTR`, in): The multipart subtype (`mixed`, `alternative`, `related`).
    /// - `phMultipart` (`LPHBODY`, out): Receives the new multipart body's handle; null when not wanted.
    pub ToMultipart: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pszSubType: crate::LPCSTR,
        phMultipart: LPHBODY,
    ) -> crate::HRESULT,
    /// Tells where a body lies in the stream the message was loaded from.
    ///
    /// Returns `S_OK`, `MIME_E_INVALID_HANDLE`, or `MIME_E_NO_DATA` when
    /// the body was not loaded from a stream.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pOffsets` (`LPBODYOFFSETS`, in, out): Filled in with the offsets.
    pub GetBodyOffsets: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pOffsets: LPBODYOFFSETS,
    ) -> crate::HRESULT,
    /// Returns the message's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    pub GetCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        phCharset: crate::LPHCHARSET,
    ) -> crate::HRESULT,
    /// Changes the message's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `applytype` (`CSETAPPLYTYPE`, in): Which bodies it applies to.
    pub SetCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> crate::HRESULT,
    /// Asks whether a body is of a kind (an attachment, empty, ...).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `bodytype` (`IMSGBODYTYPE`, in): The kind asked about.
    pub IsBodyType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> crate::HRESULT,
    /// Asks whether a body's content type is the one given.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszPriType` (`LPCSTR`, in): The primary type (`text`); null matches any.
    /// - `pszSubType` (`LPCSTR`, in): The subtype (`plain`); null matches any.
    pub IsContentType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pszPriType: crate::LPCSTR,
        pszSubType: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Asks whether a property of a body matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when the body has no such property.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pszCriteria` (`LPCSTR`, in): The string to look for.
    /// - `fSubString` (`unsigned char`, in): `TRUE` to match a part of the value, `FALSE` the whole of it.
    /// - `fCaseSensitive` (`unsigned char`, in): `TRUE` to compare case.
    pub QueryBodyProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pszName: crate::LPCSTR,
        pszCriteria: crate::LPCSTR,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> crate::HRESULT,
    /// Returns a property of a body, as `IMimePropertySet::GetProp` does.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is wanted.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, `vt` is the type wanted; on output, the value, which the caller clears.
    pub GetBodyProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
    /// Sets a property of a body, as `IMimePropertySet::SetProp` does.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPCPROPVARIANT`, in): The value.
    pub SetBodyProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPCPROPVARIANT,
    ) -> crate::HRESULT,
    /// Removes a property of a body.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    pub DeleteBodyProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hBody: HBODY,
        pszName: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Sets an option of the tree (`OID_*`), which its bodies share.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPCPROPVARIANT`, in): Its new value.
    pub SetOption: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        oid: TYPEDID,
        pValue: LPCPROPVARIANT,
    ) -> crate::HRESULT,
    /// Returns an option of the tree (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, the type wanted; on output, the value, which the caller clears.
    pub GetOption: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        oid: TYPEDID,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeMessageTree`]: `{FD853CD4-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeMessageTree: crate::GUID = crate::GUID::from_u128(
    0xfd853cd4_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeMessageTree {
    const IID: crate::GUID = IID_IMimeMessageTree;
    const NAME: &'static str = "IMimeMessageTree";
    type Vtbl = IMimeMessageTreeVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeMessageTree
            || <crate::IPersistStreamInit as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeMessageTreeVtbl > () == 38 * ::core::mem::size_of:: <
    usize > ()
);
/// A message: a message tree with what a mail program needs on top of it:
/// its own headers as properties, its text bodies, attachments, addresses,
/// web-page form and splitting into parts.
///
/// `MimeOleCreateMessage` makes an empty one. The Outlook Express
/// reference describes the methods briefly; these notes also lean on
/// `mimeole.h`'s declarations.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessage {
    /// The object's vtable.
    pub lpVtbl: *const IMimeMessageVtbl,
}
/// The vtable of [`IMimeMessage`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessageVtbl {
    /// The slots of `IMimeMessageTree`.
    pub base__: IMimeMessageTreeVtbl,
    /// Writes the message out as a web page (its text body and what it
    /// links to) and returns a moniker that binds to it.
    ///
    /// Returns `S_OK` with the moniker.
    ///
    /// # Parameters
    ///
    /// - `pRootStm` (`IStream*`, in): The stream of the page's root document, when the caller has one to start from; null for none.
    /// - `pOptions` (`LPWEBPAGEOPTIONS`, in): How to write the page.
    /// - `pCallback` (`IMimeMessageCallback*`, in): Told where one inlined body ends and the next begins; null for none.
    /// - `ppMoniker` (`IMoniker**`, out): Receives the moniker.
    pub CreateWebPage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pRootStm: *mut crate::IStream,
        pOptions: LPWEBPAGEOPTIONS,
        pCallback: *mut IMimeMessageCallback,
        ppMoniker: *mut *mut crate::IMoniker,
    ) -> crate::HRESULT,
    /// Returns a header of the message (of its root body), as
    /// `IMimePropertySet::GetProp` does.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is wanted.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, `vt` is the type wanted; on output, the value, which the caller clears.
    pub GetProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
    /// Sets a header of the message, as `IMimePropertySet::SetProp` does.
    ///
    /// Returns `S_OK`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPCPROPVARIANT`, in): The value.
    pub SetProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pValue: LPCPROPVARIANT,
    ) -> crate::HRESULT,
    /// Removes a header of the message.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    pub DeleteProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Asks whether a header of the message matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when there is no such header.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pszCriteria` (`LPCSTR`, in): The string to look for.
    /// - `fSubString` (`unsigned char`, in): `TRUE` to match a part of the value, `FALSE` the whole of it.
    /// - `fCaseSensitive` (`unsigned char`, in): `TRUE` to compare case.
    pub QueryProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszName: crate::LPCSTR,
        pszCriteria: crate::LPCSTR,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> crate::HRESULT,
    /// Returns the plain text or HTML body, as a stream in an encoding.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the message has no such
    /// body.
    ///
    /// # Parameters
    ///
    /// - `dwTxtType` (`DWORD`, in): `TXT_PLAIN` or `TXT_HTML`.
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted (`IET_DECODED`, `IET_UNICODE`, ...).
    /// - `pStream` (`IStream**`, out): Receives the body's data.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle; null when not wanted.
    pub GetTextBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwTxtType: crate::DWORD,
        ietEncoding: crate::ENCODINGTYPE,
        pStream: *mut *mut crate::IStream,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Sets the plain text or HTML body from a stream, making the message
    /// `multipart/alternative` when it gets both.
    ///
    /// Returns `S_OK` with the body's handle.
    ///
    /// # Parameters
    ///
    /// - `dwTxtType` (`DWORD`, in): `TXT_PLAIN` or `TXT_HTML`.
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding the stream's text is in.
    /// - `hAlternative` (`HBODY`, in): The other text body this one is an alternative to; null for none.
    /// - `pStream` (`IStream*`, in): The text.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle; null when not wanted.
    pub SetTextBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwTxtType: crate::DWORD,
        ietEncoding: crate::ENCODINGTYPE,
        hAlternative: HBODY,
        pStream: *mut crate::IStream,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Adds an attachment whose data is an object's (a stream, usually).
    ///
    /// Returns `S_OK` with the new body's handle.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface the object is passed as (`IID_IStream`).
    /// - `pvObject` (`void*`, in): The object holding the data.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    pub AttachObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        riid: crate::REFIID,
        pvObject: *mut ::core::ffi::c_void,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Adds a file as an attachment.
    ///
    /// Returns `S_OK` with the new body's handle, or an error when the file
    /// cannot be read.
    ///
    /// # Parameters
    ///
    /// - `pszFilePath` (`LPCSTR`, in): The file's path: its name becomes the attachment's.
    /// - `pstmFile` (`IStream*`, in): The file's data; null to read it from the path.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    pub AttachFile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszFilePath: crate::LPCSTR,
        pstmFile: *mut crate::IStream,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Adds a body that an HTML body refers to by URL (an image of the
    /// page), or as an attachment.
    ///
    /// Returns `S_OK` with the new body's handle.
    ///
    /// # Parameters
    ///
    /// - `pszBase` (`LPCSTR`, in): The base URL of `pszURL`; null for none.
    /// - `pszURL` (`LPCSTR`, in): The URL the HTML refers to the body by; null for none.
    /// - `dwFlags` (`DWORD`, in): How to add it.
    /// - `pstmURL` (`IStream*`, in): The body's data; null to download it from the URL.
    /// - `ppszCIDURL` (`LPSTR*`, out): Receives the `cid:` URL made for the body with `URL_ATTACH_GENERATE_CID`, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    pub AttachURL: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszBase: crate::LPCSTR,
        pszURL: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pstmURL: *mut crate::IStream,
        ppszCIDURL: *mut crate::LPSTR,
        phBody: LPHBODY,
    ) -> crate::HRESULT,
    /// Lists the message's attachments.
    ///
    /// Returns `S_OK`. The array is allocated with the task allocator
    /// (the MIME allocator): the caller frees it.
    ///
    /// # Parameters
    ///
    /// - `pcAttach` (`ULONG*`, out): Receives how many there are.
    /// - `pprghAttach` (`LPHBODY*`, out): Receives the attachments' handles (null when there are none).
    pub GetAttachments: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcAttach: *mut crate::ULONG,
        pprghAttach: *mut LPHBODY,
    ) -> crate::HRESULT,
    /// Returns the message's address table.
    ///
    /// Returns `S_OK` with the table.
    ///
    /// # Parameters
    ///
    /// - `ppTable` (`IMimeAddressTable**`, out): Receives the table.
    pub GetAddressTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppTable: *mut *mut IMimeAddressTable,
    ) -> crate::HRESULT,
    /// Describes the message's sender, as
    /// `IMimeAddressTable::GetSender` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. Strings and thumbprints are
    /// allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in, out): On input, `dwProps` names the members wanted; on output, they hold them.
    pub GetSender: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pAddress: LPADDRESSPROPS,
    ) -> crate::HRESULT,
    /// Lists the addresses of some kinds, as
    /// `IMimeAddressTable::GetTypes` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. Freed with
    /// `IMimeAllocator::FreeAddressList`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `pList` (`LPADDRESSLIST`, in, out): Receives the list (the caller passes it empty).
    pub GetAddressTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
        dwProps: crate::DWORD,
        pList: LPADDRESSLIST,
    ) -> crate::HRESULT,
    /// Writes the addresses of some kinds as one string, as
    /// `IMimeAddressTable::GetFormat` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when there are none.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `format` (`ADDRESSFORMAT`, in): How to write them.
    /// - `ppszFormat` (`LPSTR*`, out): Receives the string, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub GetAddressFormat: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
        format: crate::ADDRESSFORMAT,
        ppszFormat: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Returns an enumerator of the addresses of some kinds.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `ppEnum` (`IMimeEnumAddressTypes**`, out): Receives the enumerator.
    pub EnumAddressTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
        dwProps: crate::DWORD,
        ppEnum: *mut *mut IMimeEnumAddressTypes,
    ) -> crate::HRESULT,
    /// Splits the message into `message/partial` messages of at most a
    /// size each, for servers that limit message size.
    ///
    /// Returns `S_OK` with the parts.
    ///
    /// # Parameters
    ///
    /// - `cbMaxPart` (`ULONG`, in): The most bytes one part may have.
    /// - `ppParts` (`IMimeMessageParts**`, out): Receives the parts.
    pub SplitMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbMaxPart: crate::ULONG,
        ppParts: *mut *mut IMimeMessageParts,
    ) -> crate::HRESULT,
    /// Returns a moniker that names the message as a whole (its root
    /// body), for web-page URLs into it.
    ///
    /// Returns `S_OK` with the moniker.
    ///
    /// # Parameters
    ///
    /// - `ppMoniker` (`IMoniker**`, out): Receives the moniker.
    pub GetRootMoniker: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppMoniker: *mut *mut crate::IMoniker,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeMessage`]: `{FD853CD5-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeMessage: crate::GUID = crate::GUID::from_u128(
    0xfd853cd5_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeMessage {
    const IID: crate::GUID = IID_IMimeMessage;
    const NAME: &'static str = "IMimeMessage";
    type Vtbl = IMimeMessageVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeMessage || <IMimeMessageTree as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeMessageVtbl > () == 56 * ::core::mem::size_of:: < usize
    > ()
);
/// An enumerator of the messages of an `IMimeMessageParts`.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumMessageParts {
    /// The object's vtable.
    pub lpVtbl: *const IMimeEnumMessagePartsVtbl,
}
/// The vtable of [`IMimeEnumMessageParts`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumMessagePartsVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the next messages.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many messages are wanted.
    /// - `prgpMessage` (`IMimeMessage**`, out): The caller's array of `cFetch` pointers, filled in with one reference each.
    /// - `pcFetched` (`ULONG*`, out): Receives how many were filled in.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFetch: crate::ULONG,
        prgpMessage: *mut *mut IMimeMessage,
        pcFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Skips messages.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cItems: crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first message.
    ///
    /// Returns `S_OK`.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumMessageParts**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppEnum: *mut *mut IMimeEnumMessageParts,
    ) -> crate::HRESULT,
    /// Returns how many messages the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    pub Count: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcItems: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeEnumMessageParts`]: `{C5588350-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeEnumMessageParts: crate::GUID = crate::GUID::from_u128(
    0xc5588350_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeEnumMessageParts {
    const IID: crate::GUID = IID_IMimeEnumMessageParts;
    const NAME: &'static str = "IMimeEnumMessageParts";
    type Vtbl = IMimeEnumMessagePartsVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeEnumMessageParts
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeEnumMessagePartsVtbl > () == 8 * ::core::mem::size_of::
    < usize > ()
);
/// The parts of a message split into `message/partial` messages
/// (`IMimeMessage::SplitMessage`), or gathered to be combined back into
/// one.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessageParts {
    /// The object's vtable.
    pub lpVtbl: *const IMimeMessagePartsVtbl,
}
/// The vtable of [`IMimeMessageParts`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeMessagePartsVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Combines the parts into the message they were split from.
    ///
    /// Returns `S_OK` with the message, or an error when parts are
    /// missing.
    ///
    /// # Parameters
    ///
    /// - `ppMessage` (`IMimeMessage**`, out): Receives the message.
    pub CombineParts: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppMessage: *mut *mut IMimeMessage,
    ) -> crate::HRESULT,
    /// Adds a part.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pMessage` (`IMimeMessage*`, in): The part, a `message/partial` message.
    pub AddPart: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMessage: *mut IMimeMessage,
    ) -> crate::HRESULT,
    /// Sets how many parts there are to be.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cParts` (`ULONG`, in): The number.
    pub SetMaxParts: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cParts: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns how many parts there are.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcParts` (`ULONG*`, out): Receives the number.
    pub CountParts: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcParts: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns an enumerator of the parts.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumMessageParts**`, out): Receives the enumerator.
    pub EnumParts: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppEnum: *mut *mut IMimeEnumMessageParts,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeMessageParts`]: `{C558834F-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeMessageParts: crate::GUID = crate::GUID::from_u128(
    0xc558834f_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeMessageParts {
    const IID: crate::GUID = IID_IMimeMessageParts;
    const NAME: &'static str = "IMimeMessageParts";
    type Vtbl = IMimeMessagePartsVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeMessageParts
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeMessagePartsVtbl > () == 8 * ::core::mem::size_of:: <
    usize > ()
);
/// An object that loads itself from, and saves itself into, a MIME message
/// (the MIME editor's document).
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IPersistMime {
    /// The object's vtable.
    pub lpVtbl: *const IPersistMimeVtbl,
}
/// The vtable of [`IPersistMime`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IPersistMimeVtbl {
    /// The slots of `IPersist`.
    pub base__: crate::IPersistVtbl,
    /// Loads the object from a message.
    ///
    /// Returns `S_OK`, or an error when the message cannot be read.
    ///
    /// # Parameters
    ///
    /// - `pMsg` (`IMimeMessage*`, in): The message.
    pub Load: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMsg: *mut IMimeMessage,
    ) -> crate::HRESULT,
    /// Saves the object into a message, as its text bodies.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pMsg` (`IMimeMessage*`, in): The message written into.
    /// - `dwFlags` (`DWORD`, in): `PMS_HTML`, `PMS_TEXT`, or both.
    pub Save: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pMsg: *mut IMimeMessage,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IPersistMime`]: `{DE4AD8DA-555F-11D1-8DD0-00C04FB951F9}`.
#[cfg(feature = "mime")]
pub const IID_IPersistMime: crate::GUID = crate::GUID::from_u128(
    0xde4ad8da_555f_11d1_8dd0_00c04fb951f9,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IPersistMime {
    const IID: crate::GUID = IID_IPersistMime;
    const NAME: &'static str = "IPersistMime";
    type Vtbl = IPersistMimeVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IPersistMime || <crate::IPersist as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IPersistMimeVtbl > () == 6 * ::core::mem::size_of:: < usize
    > ()
);
/// An enumerator of the rows of a header table, as
/// `IMimeHeaderTable::EnumRows` returns it.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumHeaderRows {
    /// The object's vtable.
    pub lpVtbl: *const IMimeEnumHeaderRowsVtbl,
}
/// The vtable of [`IMimeEnumHeaderRows`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumHeaderRowsVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the next rows.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. The strings are allocated with the MIME allocator:
    /// the caller frees them with `IMimeAllocator::FreeEnumHeaderRowArray`.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many rows are wanted.
    /// - `prgRow` (`LPENUMHEADERROW`, in, out): The caller's array of `cFetch` entries, filled in.
    /// - `pcFetched` (`ULONG*`, out): Receives how many entries were filled in.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFetch: crate::ULONG,
        prgRow: LPENUMHEADERROW,
        pcFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Skips rows.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cItems: crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first row.
    ///
    /// Returns `S_OK`.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumHeaderRows**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppEnum: *mut *mut IMimeEnumHeaderRows,
    ) -> crate::HRESULT,
    /// Returns how many rows the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    pub Count: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcItems: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeEnumHeaderRows`]: `{C558834D-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeEnumHeaderRows: crate::GUID = crate::GUID::from_u128(
    0xc558834d_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeEnumHeaderRows {
    const IID: crate::GUID = IID_IMimeEnumHeaderRows;
    const NAME: &'static str = "IMimeEnumHeaderRows";
    type Vtbl = IMimeEnumHeaderRowsVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeEnumHeaderRows
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeEnumHeaderRowsVtbl > () == 8 * ::core::mem::size_of:: <
    usize > ()
);
/// An enumerator of the addresses of a message, of the kinds asked for, as
/// `IMimeAddressTable::EnumTypes` and `IMimeMessage::EnumAddressTypes`
/// return it.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumAddressTypes {
    /// The object's vtable.
    pub lpVtbl: *const IMimeEnumAddressTypesVtbl,
}
/// The vtable of [`IMimeEnumAddressTypes`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEnumAddressTypesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the next addresses.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. Strings and thumbprints are allocated with the MIME
    /// allocator: the caller frees each entry with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many addresses are wanted.
    /// - `prgAdr` (`LPADDRESSPROPS`, in, out): The caller's array of `cFetch` entries, filled in.
    /// - `pcFetched` (`ULONG*`, out): Receives how many entries were filled in.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFetch: crate::ULONG,
        prgAdr: LPADDRESSPROPS,
        pcFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Skips addresses.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cItems: crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first address.
    ///
    /// Returns `S_OK`.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumAddressTypes**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppEnum: *mut *mut IMimeEnumAddressTypes,
    ) -> crate::HRESULT,
    /// Returns how many addresses the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    pub Count: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcItems: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeEnumAddressTypes`]: `{C5588354-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeEnumAddressTypes: crate::GUID = crate::GUID::from_u128(
    0xc5588354_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeEnumAddressTypes {
    const IID: crate::GUID = IID_IMimeEnumAddressTypes;
    const NAME: &'static str = "IMimeEnumAddressTypes";
    type Vtbl = IMimeEnumAddressTypesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeEnumAddressTypes
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeEnumAddressTypesVtbl > () == 8 * ::core::mem::size_of::
    < usize > ()
);
/// The addresses of a message: the `From`, `To`, `Cc`, ... headers parsed
/// into entries, each with a handle, that can be added, changed, listed and
/// written back as header text.
///
/// `IMimeMessage` gives its table through `BindToObject` with
/// `IID_IMimeAddressTable`.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeAddressTable {
    /// The object's vtable.
    pub lpVtbl: *const IMimeAddressTableVtbl,
}
/// The vtable of [`IMimeAddressTable`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeAddressTableVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Adds an address.
    ///
    /// Returns `S_OK` with its handle.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The header it belongs to (one `IAT_*` kind).
    /// - `ietFriendly` (`ENCODINGTYPE`, in): How the display name is encoded.
    /// - `pszFriendly` (`LPCSTR`, in): The display name.
    /// - `pszEmail` (`LPCSTR`, in): The e-mail address; null for none.
    /// - `phAddress` (`LPHADDRESS`, out): Receives the new address's handle; null when not wanted.
    pub Append: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrType: crate::DWORD,
        ietFriendly: crate::ENCODINGTYPE,
        pszFriendly: crate::LPCSTR,
        pszEmail: crate::LPCSTR,
        phAddress: LPHADDRESS,
    ) -> crate::HRESULT,
    /// Adds an address described by its members.
    ///
    /// Returns `S_OK` with its handle, or an error when the description
    /// lacks a kind or an e-mail address.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in): The address: the members its `dwProps` names.
    /// - `phAddress` (`LPHADDRESS`, out): Receives the new address's handle; null when not wanted.
    pub Insert: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pAddress: LPADDRESSPROPS,
        phAddress: LPHADDRESS,
    ) -> crate::HRESULT,
    /// Changes members of an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE` when no address has the
    /// handle.
    ///
    /// # Parameters
    ///
    /// - `hAddress` (`HADDRESS`, in): The address.
    /// - `pAddress` (`LPADDRESSPROPS`, in): The new values: the members its `dwProps` names.
    pub SetProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hAddress: HADDRESS,
        pAddress: LPADDRESSPROPS,
    ) -> crate::HRESULT,
    /// Describes an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`. Strings and thumbprints
    /// are allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// # Parameters
    ///
    /// - `hAddress` (`HADDRESS`, in): The address.
    /// - `pAddress` (`LPADDRESSPROPS`, in, out): On input, `dwProps` names the members wanted (`IAP_*`); on output, they hold them.
    pub GetProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hAddress: HADDRESS,
        pAddress: LPADDRESSPROPS,
    ) -> crate::HRESULT,
    /// Describes the message's sender: the `Sender` address, or else the
    /// first `From` address.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when there is none. Freed as
    /// for `GetProps`.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in, out): On input, `dwProps` names the members wanted; on output, they hold them.
    pub GetSender: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pAddress: LPADDRESSPROPS,
    ) -> crate::HRESULT,
    /// Counts the addresses of some kinds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits; `IAT_ALL` for every address).
    /// - `pcAdrs` (`ULONG*`, out): Receives the number.
    pub CountTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
        pcAdrs: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Lists the addresses of some kinds.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when there are none. The
    /// array and its entries' strings and thumbprints are allocated with
    /// the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressList`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `pList` (`LPADDRESSLIST`, in, out): Receives the list (the caller passes it empty).
    pub GetTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
        dwProps: crate::DWORD,
        pList: LPADDRESSLIST,
    ) -> crate::HRESULT,
    /// Returns an enumerator of the addresses of some kinds.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `ppEnum` (`IMimeEnumAddressTypes**`, out): Receives the enumerator.
    pub EnumTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
        dwProps: crate::DWORD,
        ppEnum: *mut *mut IMimeEnumAddressTypes,
    ) -> crate::HRESULT,
    /// Removes an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hAddress` (`HADDRESS`, in): The address.
    pub Delete: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hAddress: HADDRESS,
    ) -> crate::HRESULT,
    /// Removes every address of some kinds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    pub DeleteTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrTypes: crate::DWORD,
    ) -> crate::HRESULT,
    /// Writes the addresses of some kinds as one string, for display or
    /// as header text.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when there are none.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `format` (`ADDRESSFORMAT`, in): How to write them (display names, e-mail addresses, both, or RFC 822 text).
    /// - `ppszFormat` (`LPSTR*`, out): Receives the string, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub GetFormat: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrType: crate::DWORD,
        format: crate::ADDRESSFORMAT,
        ppszFormat: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Parses RFC 822 address text (`Anne <anne@example.org>, b@x`) and
    /// adds each address as one of a kind.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The kind of the new addresses (one `IAT_*` kind).
    /// - `ietEncoding` (`ENCODINGTYPE`, in): How the text is encoded.
    /// - `pszRfc822Adr` (`LPCSTR`, in): The text.
    pub AppendRfc822: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrType: crate::DWORD,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: crate::LPCSTR,
    ) -> crate::HRESULT,
    /// Parses RFC 822 address text into a list, without adding it to the
    /// table.
    ///
    /// Returns `S_OK`. Freed as for `GetTypes`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The kind to give the addresses (one `IAT_*` kind).
    /// - `ietEncoding` (`ENCODINGTYPE`, in): How the text is encoded.
    /// - `pszRfc822Adr` (`LPCSTR`, in): The text.
    /// - `pList` (`LPADDRESSLIST`, in, out): Receives the list (the caller passes it empty).
    pub ParseRfc822: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAdrType: crate::DWORD,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: crate::LPCSTR,
        pList: LPADDRESSLIST,
    ) -> crate::HRESULT,
    /// Returns a copy of the table.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppTable` (`IMimeAddressTable**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppTable: *mut *mut IMimeAddressTable,
    ) -> crate::HRESULT,
    /// Returns the object the table belongs to, through the interface
    /// asked for (the message's `IMimeMessageTree`).
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    pub BindToObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        riid: crate::REFIID,
        ppvObject: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeAddressTable`]: `{C558834A-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeAddressTable: crate::GUID = crate::GUID::from_u128(
    0xc558834a_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeAddressTable {
    const IID: crate::GUID = IID_IMimeAddressTable;
    const NAME: &'static str = "IMimeAddressTable";
    type Vtbl = IMimeAddressTableVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeAddressTable
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeAddressTableVtbl > () == 18 * ::core::mem::size_of:: <
    usize > ()
);
/// The header block of a message or body as rows (one per header line,
/// in order), each with a handle: found by name, added, changed, removed,
/// enumerated; persisted as the header text of a stream.
///
/// `MimeOleCreateHeaderTable` makes an empty one.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeHeaderTable {
    /// The object's vtable.
    pub lpVtbl: *const IMimeHeaderTableVtbl,
}
/// The vtable of [`IMimeHeaderTable`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeHeaderTableVtbl {
    /// The slots of `IPersistStream`.
    pub base__: crate::IPersistStreamVtbl,
    /// Starts a search by name and returns the first row found.
    ///
    /// Returns `S_OK` with the row, or `MIME_E_NOT_FOUND` when there is
    /// none.
    ///
    /// # Parameters
    ///
    /// - `pFindHeader` (`LPFINDHEADER`, in, out): The search. Though the reference declares it `[in]`, the table writes its place into `dwReserved`: `[in, out]` says so.
    /// - `phRow` (`LPHHEADERROW`, out): Receives the row's handle.
    pub FindFirstRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pFindHeader: LPFINDHEADER,
        phRow: LPHHEADERROW,
    ) -> crate::HRESULT,
    /// Returns the next row of a search `FindFirstRow` started.
    ///
    /// Returns `S_OK` with the row, or `MIME_E_NOT_FOUND` when there are no
    /// more.
    ///
    /// # Parameters
    ///
    /// - `pFindHeader` (`LPFINDHEADER`, in, out): The search, as `FindFirstRow` left it; `[in, out]` as there.
    /// - `phRow` (`LPHHEADERROW`, out): Receives the row's handle.
    pub FindNextRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pFindHeader: LPFINDHEADER,
        phRow: LPHHEADERROW,
    ) -> crate::HRESULT,
    /// Counts the rows of a header name.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pszHeader` (`LPCSTR`, in): The header name; null counts every row.
    /// - `pcRows` (`ULONG*`, out): Receives the number.
    pub CountRows: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszHeader: crate::LPCSTR,
        pcRows: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Adds a row at the end of the block.
    ///
    /// Returns `S_OK` with its handle.
    ///
    /// # Parameters
    ///
    /// - `pszHeader` (`LPCSTR`, in): The header name; may be null with `HTF_NAMEINDATA`.
    /// - `dwFlags` (`DWORD`, in): `HTF_NAMEINDATA` when the data starts with the name.
    /// - `pszData` (`LPCSTR`, in): The value, `cchData` characters.
    /// - `cchData` (`ULONG`, in): How many characters the value has.
    /// - `phRow` (`LPHHEADERROW`, out): Receives the new row's handle; null when not wanted.
    pub AppendRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszHeader: crate::LPCSTR,
        dwFlags: crate::DWORD,
        pszData: crate::LPCSTR,
        cchData: crate::ULONG,
        phRow: LPHHEADERROW,
    ) -> crate::HRESULT,
    /// Removes a row.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    pub DeleteRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hRow: HHEADERROW,
    ) -> crate::HRESULT,
    /// Returns a row's value.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `dwFlags` (`DWORD`, in): `HTF_NAMEINDATA` to have the name before the value.
    /// - `ppszData` (`LPSTR*`, out): Receives the value, allocated with the task allocator (the MIME allocator): the caller frees it.
    /// - `pcchData` (`ULONG*`, out): Receives how many characters it has.
    pub GetRowData: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hRow: HHEADERROW,
        dwFlags: crate::DWORD,
        ppszData: *mut crate::LPSTR,
        pcchData: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Replaces a row's value.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `dwFlags` (`DWORD`, in): `HTF_NAMEINDATA` when the data starts with the name.
    /// - `pszData` (`LPCSTR`, in): The value, `cchData` characters.
    /// - `cchData` (`ULONG`, in): How many characters the value has.
    pub SetRowData: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hRow: HHEADERROW,
        dwFlags: crate::DWORD,
        pszData: crate::LPCSTR,
        cchData: crate::ULONG,
    ) -> crate::HRESULT,
    /// Tells where a row stands in the block it was read from.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `pInfo` (`LPHEADERROWINFO`, in, out): Filled in with its position and offsets.
    pub GetRowInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hRow: HHEADERROW,
        pInfo: LPHEADERROWINFO,
    ) -> crate::HRESULT,
    /// Moves a row to another position when the block is saved.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `dwRowNumber` (`DWORD`, in): Its new position.
    pub SetRowNumber: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hRow: HHEADERROW,
        dwRowNumber: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns an enumerator of the rows, in saved order.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `pszHeader` (`LPCSTR`, in): The header name of the rows wanted; null for every row.
    /// - `dwFlags` (`DWORD`, in): `HTF_ENUMHANDLESONLY` for handles without names or values.
    /// - `ppEnum` (`IMimeEnumHeaderRows**`, out): Receives the enumerator.
    pub EnumRows: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszHeader: crate::LPCSTR,
        dwFlags: crate::DWORD,
        ppEnum: *mut *mut IMimeEnumHeaderRows,
    ) -> crate::HRESULT,
    /// Returns a copy of the table.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppTable` (`IMimeHeaderTable**`, out): Receives the copy.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppTable: *mut *mut IMimeHeaderTable,
    ) -> crate::HRESULT,
    /// Returns the object the table belongs to, through the interface
    /// asked for.
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    pub BindToObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        riid: crate::REFIID,
        ppvObject: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeHeaderTable`]: `{FD853CD1-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeHeaderTable: crate::GUID = crate::GUID::from_u128(
    0xfd853cd1_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeHeaderTable {
    const IID: crate::GUID = IID_IMimeHeaderTable;
    const NAME: &'static str = "IMimeHeaderTable";
    type Vtbl = IMimeHeaderTableVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeHeaderTable
            || <crate::IPersistStream as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeHeaderTableVtbl > () == 20 * ::core::mem::size_of:: <
    usize > ()
);
/// The MIME library's character sets and code pages: looks them up,
/// describes them, and converts text and header values between them.
///
/// `MimeOleGetInternat` returns the process's object.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeInternational {
    /// The object's vtable.
    pub lpVtbl: *const IMimeInternationalVtbl,
}
/// The vtable of [`IMimeInternational`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeInternationalVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Makes a character set the default, used where a message names none.
    ///
    /// Returns `S_OK`, or an error when the handle is not valid.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    pub SetDefaultCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hCharset: crate::HCHARSET,
    ) -> crate::HRESULT,
    /// Returns the default character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    pub GetDefaultCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        phCharset: crate::LPHCHARSET,
    ) -> crate::HRESULT,
    /// Returns the character set a code page uses for bodies, headers or
    /// web pages.
    ///
    /// Returns `S_OK`, or an error when the code page is not known.
    ///
    /// # Parameters
    ///
    /// - `cpiCodePage` (`CODEPAGEID`, in): The code page.
    /// - `ctCsetType` (`CHARSETTYPE`, in): Which of its character sets.
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    pub GetCodePageCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpiCodePage: CODEPAGEID,
        ctCsetType: crate::CHARSETTYPE,
        phCharset: crate::LPHCHARSET,
    ) -> crate::HRESULT,
    /// Looks a character set up by name.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the name is not known.
    ///
    /// # Parameters
    ///
    /// - `pszCharset` (`LPCSTR`, in): The name (`utf-8`), in any case.
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    pub FindCharset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszCharset: crate::LPCSTR,
        phCharset: crate::LPHCHARSET,
    ) -> crate::HRESULT,
    /// Describes a character set.
    ///
    /// Returns `S_OK`, or an error when the handle is not valid.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `pCsetInfo` (`LPINETCSETINFO`, in, out): Filled in with its description.
    pub GetCharsetInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hCharset: crate::HCHARSET,
        pCsetInfo: LPINETCSETINFO,
    ) -> crate::HRESULT,
    /// Describes a code page.
    ///
    /// Returns `S_OK`, or an error when the code page is not known.
    ///
    /// # Parameters
    ///
    /// - `cpiCodePage` (`CODEPAGEID`, in): The code page.
    /// - `pCodePageInfo` (`LPCODEPAGEINFO`, in, out): Filled in with its description; `dwMask` says which members hold it.
    pub GetCodePageInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpiCodePage: CODEPAGEID,
        pCodePageInfo: LPCODEPAGEINFO,
    ) -> crate::HRESULT,
    /// Asks whether text can be converted from one code page to another.
    ///
    /// Returns `S_OK` when it can, `S_FALSE` when it cannot.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    pub CanConvertCodePages: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> crate::HRESULT,
    /// Decodes a header value: RFC 1522 words are decoded and the text is
    /// converted from the character set.
    ///
    /// Returns `S_OK`, or an error when the character set is not valid, or
    /// the text could not be converted.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set of the value's unencoded text; null for the default.
    /// - `pszData` (`LPCSTR`, in): The value as the header carries it.
    /// - `pDecoded` (`LPPROPVARIANT`, in, out): On input, `vt` is the string type wanted (`VT_LPSTR` or `VT_LPWSTR`); on output, the decoded value, which the caller clears.
    /// - `pRfc1522Info` (`LPRFC1522INFO`, in, out): On input, whether RFC 1522 words may be decoded; on output, whether there were some, and their character set.
    pub DecodeHeader: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hCharset: crate::HCHARSET,
        pszData: crate::LPCSTR,
        pDecoded: LPPROPVARIANT,
        pRfc1522Info: LPRFC1522INFO,
    ) -> crate::HRESULT,
    /// Encodes a header value: the text is converted into the character set
    /// and written as RFC 1522 words where a header cannot carry it as it
    /// is.
    ///
    /// Returns `S_OK`, or an error when the text could not be converted.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set to encode into; null for the default.
    /// - `pData` (`LPPROPVARIANT`, in): The value (`VT_LPSTR` or `VT_LPWSTR`).
    /// - `ppszEncoded` (`LPSTR*`, out): Receives the encoded value, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    /// - `pRfc1522Info` (`LPRFC1522INFO`, in, out): On input, whether RFC 1522 words may be written; on output, whether they were.
    pub EncodeHeader: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hCharset: crate::HCHARSET,
        pData: LPPROPVARIANT,
        ppszEncoded: *mut crate::LPSTR,
        pRfc1522Info: LPRFC1522INFO,
    ) -> crate::HRESULT,
    /// Converts bytes of text from one code page to another.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    /// - `pIn` (`LPBLOB`, in): The text.
    /// - `pOut` (`LPBLOB`, in, out): Receives the converted text, its bytes allocated with the task allocator (`CoTaskMemAlloc`): the caller frees them.
    /// - `pcbRead` (`ULONG*`, out): Receives how many bytes of the text were converted.
    pub ConvertBuffer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: LPBLOB,
        pOut: LPBLOB,
        pcbRead: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Converts a string value from one code page to another.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    /// - `pIn` (`LPPROPVARIANT`, in): The text (`VT_LPSTR` or `VT_LPWSTR`).
    /// - `pOut` (`LPPROPVARIANT`, in, out): On input, `vt` is the string type wanted; on output, the converted text, which the caller clears.
    pub ConvertString: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: LPPROPVARIANT,
        pOut: LPPROPVARIANT,
    ) -> crate::HRESULT,
    /// Forgets the state `MLANG_ConvertInetString` keeps between calls (a
    /// shift state of a stateful code page such as ISO-2022-JP).
    ///
    /// Returns `S_OK`.
    pub MLANG_ConvertInetReset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Converts text between code pages through the system's language
    /// library (MLang), into the caller's buffer.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    /// - `pSource` (`LPCSTR`, in): The text, `*pnSizeOfSource` bytes.
    /// - `pnSizeOfSource` (`long*`, in, out): On input, how many bytes the text has (-1: up to its NUL); on output, how many were converted.
    /// - `pDestination` (`LPSTR`, in, out): The caller's buffer of `*pnDstSize` bytes, filled in; null to ask for the size needed.
    /// - `pnDstSize` (`long*`, in, out): On input, the buffer's size; on output, how many bytes were (or would be) written.
    pub MLANG_ConvertInetString: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pSource: crate::LPCSTR,
        pnSizeOfSource: *mut i32,
        pDestination: crate::LPSTR,
        pnDstSize: *mut i32,
    ) -> crate::HRESULT,
    /// Decodes a header value that may hold RFC 1522 words, without
    /// converting its character set.
    ///
    /// Returns `S_OK`, or an error when the value holds no valid word.
    ///
    /// # Parameters
    ///
    /// - `pszValue` (`LPCSTR`, in): The value as the header carries it.
    /// - `pszCharset` (`LPSTR`, out): The caller's buffer of `cchmax` bytes, which receives the name of the words' character set.
    /// - `cchmax` (`ULONG`, in): The buffer's size.
    /// - `ppszDecoded` (`LPSTR*`, out): Receives the decoded value, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub Rfc1522Decode: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszValue: crate::LPCSTR,
        pszCharset: crate::LPSTR,
        cchmax: crate::ULONG,
        ppszDecoded: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Encodes a value as RFC 1522 words in a character set.
    ///
    /// Returns `S_OK`, or an error when the text could not be converted.
    ///
    /// # Parameters
    ///
    /// - `pszValue` (`LPCSTR`, in): The value.
    /// - `hCharset` (`HCHARSET`, in): The character set of the words.
    /// - `ppszEncoded` (`LPSTR*`, out): Receives the encoded value, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    pub Rfc1522Encode: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszValue: crate::LPCSTR,
        hCharset: crate::HCHARSET,
        ppszEncoded: *mut crate::LPSTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeInternational`]: `{C5588349-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeInternational: crate::GUID = crate::GUID::from_u128(
    0xc5588349_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeInternational {
    const IID: crate::GUID = IID_IMimeInternational;
    const NAME: &'static str = "IMimeInternational";
    type Vtbl = IMimeInternationalVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeInternational
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeInternationalVtbl > () == 18 * ::core::mem::size_of:: <
    usize > ()
);
/// The MIME library's allocator: an `IMalloc` (the COM task allocator's
/// memory) that also frees, in one call, the records the library's methods
/// return: header parameters, enumerated properties and rows, addresses,
/// thumbprints and `PROPVARIANT`s.
///
/// `MimeOleGetAllocator` returns one. Every `Free*` method takes the
/// record's memory over: the caller must not use it afterwards.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeAllocator {
    /// The object's vtable.
    pub lpVtbl: *const IMimeAllocatorVtbl,
}
/// The vtable of [`IMimeAllocator`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeAllocatorVtbl {
    /// The slots of `IMalloc`.
    pub base__: crate::IMallocVtbl,
    /// Frees the strings of an array of header parameters, as
    /// `IMimePropertySet::GetParameters` returns them, and the array itself
    /// when asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cParams` (`ULONG`, in): How many entries the array has.
    /// - `prgParam` (`LPMIMEPARAMINFO`, in): The entries, handed over.
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too (one the library allocated), `FALSE` to free only what its entries point to (an array of the caller's).
    pub FreeParamInfoArray: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cParams: crate::ULONG,
        prgParam: LPMIMEPARAMINFO,
        fFreeArray: u8,
    ) -> crate::HRESULT,
    /// Frees an address list: each address's strings and thumbprints and
    /// the array of addresses; the list itself is left empty.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` when the list is null or counts
    /// addresses at a null array.
    ///
    /// # Parameters
    ///
    /// - `pList` (`LPADDRESSLIST`, in): The list, handed over.
    pub FreeAddressList: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pList: LPADDRESSLIST,
    ) -> crate::HRESULT,
    /// Frees the strings and thumbprints of one address (the members its
    /// `dwProps` names); the structure itself is left zeroed.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` when the pointer is null.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in): The address, handed over.
    pub FreeAddressProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pAddress: LPADDRESSPROPS,
    ) -> crate::HRESULT,
    /// Releases each object of an array of interface pointers, and frees
    /// the array when asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cObjects` (`ULONG`, in): How many pointers the array has.
    /// - `prgpUnknown` (`IUnknown**`, in): The pointers, one reference each handed over (null entries are skipped).
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too, with this allocator.
    pub ReleaseObjects: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cObjects: crate::ULONG,
        prgpUnknown: *mut *mut crate::IUnknown,
        fFreeArray: u8,
    ) -> crate::HRESULT,
    /// Frees the strings of an array of header rows, as
    /// `IMimeEnumHeaderRows::Next` fills them in, and the array itself when
    /// asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cRows` (`ULONG`, in): How many entries the array has.
    /// - `prgRow` (`LPENUMHEADERROW`, in): The entries, handed over.
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too, `FALSE` to free only what its entries point to.
    pub FreeEnumHeaderRowArray: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cRows: crate::ULONG,
        prgRow: LPENUMHEADERROW,
        fFreeArray: u8,
    ) -> crate::HRESULT,
    /// Frees the names of an array of enumerated properties, as
    /// `IMimeEnumProperties::Next` fills them in, and the array itself when
    /// asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cProps` (`ULONG`, in): How many entries the array has.
    /// - `prgProp` (`LPENUMPROPERTY`, in): The entries, handed over.
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too, `FALSE` to free only what its entries point to.
    pub FreeEnumPropertyArray: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cProps: crate::ULONG,
        prgProp: LPENUMPROPERTY,
        fFreeArray: u8,
    ) -> crate::HRESULT,
    /// Frees the bytes of a certificate thumbprint.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pthumbprint` (`THUMBBLOB*`, in): The thumbprint, handed over.
    pub FreeThumbprint: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pthumbprint: *mut THUMBBLOB,
    ) -> crate::HRESULT,
    /// Clears a `PROPVARIANT` the library returned, freeing what it points
    /// to, as `PropVariantClear` does; it is left `VT_EMPTY`.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pProp` (`LPPROPVARIANT`, in): The value, handed over.
    pub PropVariantClear: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pProp: LPPROPVARIANT,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeAllocator`]: `{C5588351-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeAllocator: crate::GUID = crate::GUID::from_u128(
    0xc5588351_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeAllocator {
    const IID: crate::GUID = IID_IMimeAllocator;
    const NAME: &'static str = "IMimeAllocator";
    type Vtbl = IMimeAllocatorVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeAllocator || <crate::IMalloc as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeAllocatorVtbl > () == 17 * ::core::mem::size_of:: <
    usize > ()
);
/// S/MIME for message trees: encodes (signs, encrypts) and decodes bodies,
/// and reads the certificates of a CryptoAPI store. The object must be
/// initialised with `InitNew` first. The reference pages ("do not use")
/// describe little beyond the signatures.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeSecurity {
    /// The object's vtable.
    pub lpVtbl: *const IMimeSecurityVtbl,
}
/// The vtable of [`IMimeSecurity`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeSecurityVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Initialises the object (its cryptographic provider); call it once,
    /// before any other method.
    ///
    /// Returns `S_OK`, or an error when the provider cannot be loaded.
    pub InitNew: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Says whether `InitNew` has been called.
    ///
    /// Returns `S_OK` when it has, an error when it has not.
    pub CheckInit: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Encodes a whole message tree as its security properties ask (signs,
    /// encrypts or both, with the certificates they name).
    ///
    /// Returns `S_OK`, `MIME_S_SECURITY_NOOP` when nothing asked for
    /// security, or an error (`MIME_E_SECURITY_NOCERT` without a
    /// certificate, `MIME_E_SECURITY_CLASSNOTSUPPORTED`, ...).
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree, changed in place.
    /// - `dwFlags` (`DWORD`, in): Security encoding flags (`SEF_*`).
    pub EncodeMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pTree: *mut IMimeMessageTree,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Encodes one body of a message tree, and with `EBF_RECURSE` the
    /// bodies below it.
    ///
    /// Returns `S_OK`, `MIME_S_SECURITY_NOOP` when nothing asked for
    /// security, or an error, as `EncodeMessage`.
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree holding the body.
    /// - `hEncodeRoot` (`HBODY`, in): The body encoded.
    /// - `dwFlags` (`DWORD`, in): Security (`SEF_*`) and body (`EBF_*`) encoding flags.
    pub EncodeBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pTree: *mut IMimeMessageTree,
        hEncodeRoot: HBODY,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Decodes a whole message tree: decrypts it and checks its signatures,
    /// leaving the results in its security properties.
    ///
    /// Returns `S_OK`, or an error when the message cannot be decoded.
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree, changed in place.
    /// - `dwFlags` (`DWORD`, in): Security encoding flags (`SEF_*`).
    pub DecodeMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pTree: *mut IMimeMessageTree,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Decodes one body of a message tree, and with `EBF_RECURSE` the
    /// bodies below it.
    ///
    /// Returns `S_OK`, or an error when the body cannot be decoded.
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree holding the body.
    /// - `hDecodeRoot` (`HBODY`, in): The body decoded.
    /// - `dwFlags` (`DWORD`, in): Security (`SEF_*`) and body (`EBF_*`) encoding flags.
    pub DecodeBody: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pTree: *mut IMimeMessageTree,
        hDecodeRoot: HBODY,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns the certificate after `pPrev` in a CryptoAPI store, among
    /// those fit for a usage; with no usage, whether the store holds any
    /// certificate at all.
    ///
    /// The certificate returned is CryptoAPI's (see `PCX509CERT`): the
    /// caller frees it with `CertFreeCertificateContext`, or passes it back
    /// as `pPrev` to go on. Returns `S_OK`, or an error when there are no
    /// more certificates (or, with no usage, none) or `hc` is null.
    ///
    /// # Parameters
    ///
    /// - `hc` (`HCAPICERTSTORE`, in): The store.
    /// - `dwUsage` (`DWORD`, in): `ITT_SIGNING`, `ITT_ENCRYPTION`, or neither.
    /// - `pPrev` (`PCX509CERT`, in): The certificate this call returned last, or null for the first.
    /// - `ppCert` (`PCX509CERT*`, out): Receives the next certificate.
    pub EnumCertificates: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hc: HCAPICERTSTORE,
        dwUsage: crate::DWORD,
        pPrev: PCX509CERT,
        ppCert: *mut PCX509CERT,
    ) -> crate::HRESULT,
    /// Returns a certificate's subject name, in the form asked for.
    ///
    /// The name is allocated with the task allocator; the caller frees it
    /// (`CoTaskMemFree`). Returns `S_OK`, or an error when the certificate
    /// has no such name.
    ///
    /// # Parameters
    ///
    /// - `pX509Cert` (`PCX509CERT`, in): The certificate.
    /// - `cn` (`CERTNAMETYPE`, in): The form of the name (`SIMPLE`, `OID` or `X500`).
    /// - `ppszName` (`LPSTR*`, out): Receives the name, an 8-bit string.
    pub GetCertificateName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pX509Cert: PCX509CERT,
        cn: crate::CERTNAMETYPE,
        ppszName: *mut crate::LPSTR,
    ) -> crate::HRESULT,
    /// Returns how a body is secured (signed, encrypted, and where).
    ///
    /// Returns `S_OK`, or an error when the body cannot be read.
    ///
    /// # Parameters
    ///
    /// - `hwndParent` (`HWND`, in): The parent window for any user interface, or null.
    /// - `pBody` (`IMimeBody*`, in): The body examined.
    /// - `pdwSecType` (`DWORD*`, out): Receives the `MST_*` bits.
    pub GetMessageType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hwndParent: crate::HWND,
        pBody: *mut IMimeBody,
        pdwSecType: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns one piece of data of a certificate (`CDID_EMAIL`: its e-mail
    /// address, a `VT_LPSTR`).
    ///
    /// The value's memory is the caller's, freed as `PropVariantClear`
    /// does. Returns `S_OK`, or an error when the certificate holds no such
    /// data.
    ///
    /// # Parameters
    ///
    /// - `pX509Cert` (`PCX509CERT`, in): The certificate.
    /// - `dataid` (`CERTDATAID`, in): Which data (`CDID_EMAIL`).
    /// - `pValue` (`LPPROPVARIANT`, out): Receives the value.
    pub GetCertData: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pX509Cert: PCX509CERT,
        dataid: crate::CERTDATAID,
        pValue: LPPROPVARIANT,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeSecurity`]: `{C5588353-7F86-11D0-8252-00C04FD85AB4}`.
#[cfg(feature = "mime")]
pub const IID_IMimeSecurity: crate::GUID = crate::GUID::from_u128(
    0xc5588353_7f86_11d0_8252_00c04fd85ab4,
);
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeSecurity {
    const IID: crate::GUID = IID_IMimeSecurity;
    const NAME: &'static str = "IMimeSecurity";
    type Vtbl = IMimeSecurityVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeSecurity || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of:: < IMimeSecurityVtbl > () == 13 * ::core::mem::size_of:: <
    usize > ()
);
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimePropertySchema`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimePropertySchemaImpl`, the provider side of `IMimePropertySchema`",
    label = "`IMimePropertySchema` needs `impl IMimePropertySchemaImpl for {Self}`",
    note = "write `impl IMimePropertySchemaImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimePropertySchemaImpl: crate::__private::Declares<
        IMimePropertySchema,
        0xfd853cec_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Registers a new property (header name).
    ///
    /// Returns `S_OK` with the new identifier, or an error when the name is
    /// already registered or not a valid header name.
    ///
    /// Called through slot 3 ([`IMimePropertySchemaVtbl::RegisterProperty`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn register_property(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MIMEPROPFLAGS,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = (pszName, dwFlags, dwRowNumber, vtDefault);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes how a registered property is treated.
    ///
    /// Returns `S_OK`, or an error when the name is not registered.
    ///
    /// Called through slot 4 ([`IMimePropertySchemaVtbl::ModifyProperty`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn modify_property(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MIMEPROPFLAGS,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, dwFlags, dwRowNumber, vtDefault);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Looks a property's identifier up by name.
    ///
    /// Returns `S_OK`, or an error when the name is not registered.
    ///
    /// Called through slot 5 ([`IMimePropertySchemaVtbl::GetPropertyId`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_property_id(
        &self,
        pszName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = (pszName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Looks a property's name up by identifier.
    ///
    /// Returns `S_OK`, or an error when no property has the identifier.
    ///
    /// Called through slot 6 ([`IMimePropertySchemaVtbl::GetPropertyName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_property_name(
        &self,
        dwPropId: crate::DWORD,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (dwPropId,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers a new kind of address (beyond `From`, `To`, `Cc`, ...), so
    /// that a header of that name is parsed into the address table.
    ///
    /// Returns `S_OK` with the new address type bit.
    ///
    /// Called through slot 7 ([`IMimePropertySchemaVtbl::RegisterAddressType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn register_address_type(
        &self,
        pszName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = (pszName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimePropertySchemaVtbl {
    /// A vtable of [`IMimePropertySchema`] whose slots check their arguments and call [`IMimePropertySchemaImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimePropertySchemaImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            RegisterProperty: {
                /// `IMimePropertySchema::RegisterProperty`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    dwRowNumber: crate::DWORD,
                    vtDefault: VARTYPE,
                    pdwPropId: crate::LPDWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySchemaImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwPropId.is_null() {
                            unsafe { ::core::ptr::write_bytes(pdwPropId, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MIMEPROPFLAGS as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pdwPropId.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySchemaImpl>::register_property(
                            object.inner(),
                            arg0,
                            arg1,
                            dwRowNumber,
                            vtDefault,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pdwPropId.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ModifyProperty: {
                /// `IMimePropertySchema::ModifyProperty`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    dwRowNumber: crate::DWORD,
                    vtDefault: VARTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySchemaImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MIMEPROPFLAGS as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySchemaImpl>::modify_property(
                            object.inner(),
                            arg0,
                            arg1,
                            dwRowNumber,
                            vtDefault,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetPropertyId: {
                /// `IMimePropertySchema::GetPropertyId`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pdwPropId: crate::LPDWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySchemaImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwPropId.is_null() {
                            unsafe { ::core::ptr::write_bytes(pdwPropId, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pdwPropId.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySchemaImpl>::get_property_id(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pdwPropId.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetPropertyName: {
                /// `IMimePropertySchema::GetPropertyName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwPropId: crate::DWORD,
                    ppszName: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySchemaImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszName.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszName, 0, 1) };
                        }
                        if ppszName.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySchemaImpl>::get_property_name(
                            object.inner(),
                            dwPropId,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match crate::value::TaskStr::ansi(&arg1) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszName.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RegisterAddressType: {
                /// `IMimePropertySchema::RegisterAddressType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pdwAdrType: crate::LPDWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySchemaImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwAdrType.is_null() {
                            unsafe { ::core::ptr::write_bytes(pdwAdrType, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pdwAdrType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySchemaImpl>::register_address_type(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pdwAdrType.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimePropertySchema {
    const IIDS: &'static [u128] = &[
        0xfd853cec_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeWebDocument`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeWebDocumentImpl`, the provider side of `IMimeWebDocument`",
    label = "`IMimeWebDocument` needs `impl IMimeWebDocumentImpl for {Self}`",
    note = "write `impl IMimeWebDocumentImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeWebDocumentImpl: crate::__private::Declares<
        IMimeWebDocument,
        0xee519f11_851a_11d0_825c_00c04fd85ab4,
    > {
    /// Returns the document's URL.
    ///
    /// Returns `S_OK` with the URL.
    ///
    /// Called through slot 3 ([`IMimeWebDocumentVtbl::GetURL`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_url(&self) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the document's data through the interface asked for (an
    /// `IStream`, usually).
    ///
    /// Returns `S_OK` with the object, `E_NOINTERFACE` when the data is not
    /// available through that interface.
    ///
    /// Called through slot 4 ([`IMimeWebDocumentVtbl::BindToStorage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_storage(
        &self,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (riid,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeWebDocumentVtbl {
    /// A vtable of [`IMimeWebDocument`] whose slots check their arguments and call [`IMimeWebDocumentImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeWebDocumentImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetURL: {
                /// `IMimeWebDocument::GetURL`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppszURL: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeWebDocumentImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszURL.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszURL, 0, 1) };
                        }
                        if ppszURL.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeWebDocumentImpl>::get_url(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match crate::value::TaskStr::ansi(&arg0) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszURL.write(__buf0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            BindToStorage: {
                /// `IMimeWebDocument::BindToStorage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    riid: crate::REFIID,
                    ppvObject: *mut crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeWebDocumentImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        let arg0 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeWebDocumentImpl>::bind_to_storage(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg1;
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeWebDocument {
    const IIDS: &'static [u128] = &[
        0xee519f11_851a_11d0_825c_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeMessageCallback`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeMessageCallbackImpl`, the provider side of `IMimeMessageCallback`",
    label = "`IMimeMessageCallback` needs `impl IMimeMessageCallbackImpl for {Self}`",
    note = "write `impl IMimeMessageCallbackImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeMessageCallbackImpl: crate::__private::Declares<
        IMimeMessageCallback,
        0x761aa641_7bda_11d1_8aa9_00c04fb951f3,
    > {
    /// A body was written into the page.
    ///
    /// Returns `S_OK` to go on; an error stops the page.
    ///
    /// Called through slot 3 ([`IMimeMessageCallbackVtbl::OnWebPageSplitter`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_web_page_splitter(
        &self,
        cInlined: crate::DWORD,
        ppStream: crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cInlined, ppStream);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeMessageCallbackVtbl {
    /// A vtable of [`IMimeMessageCallback`] whose slots check their arguments and call [`IMimeMessageCallbackImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeMessageCallbackImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            OnWebPageSplitter: {
                /// `IMimeMessageCallback::OnWebPageSplitter`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cInlined: crate::DWORD,
                    ppStream: *mut crate::IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageCallbackImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(ppStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageCallbackImpl>::on_web_page_splitter(
                            object.inner(),
                            cInlined,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeMessageCallback {
    const IIDS: &'static [u128] = &[
        0x761aa641_7bda_11d1_8aa9_00c04fb951f3, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeEnumProperties`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeEnumPropertiesImpl`, the provider side of `IMimeEnumProperties`",
    label = "`IMimeEnumProperties` needs `impl IMimeEnumPropertiesImpl for {Self}`",
    note = "write `impl IMimeEnumPropertiesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeEnumPropertiesImpl: crate::__private::Declares<
        IMimeEnumProperties,
        0xfd853cee_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Returns the next properties.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. Each name is allocated with the MIME allocator:
    /// the caller frees the array's names with
    /// `IMimeAllocator::FreeEnumPropertyArray`.
    ///
    /// Called through slot 3 ([`IMimeEnumPropertiesVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::EnumProperty>,
        crate::Hresult,
    > {
        let _ = (cFetch,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Skips properties.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// Called through slot 4 ([`IMimeEnumPropertiesVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cItems,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the first property.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IMimeEnumPropertiesVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 6 ([`IMimeEnumPropertiesVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumProperties>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns how many properties the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 7 ([`IMimeEnumPropertiesVtbl::Count`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeEnumPropertiesVtbl {
    /// A vtable of [`IMimeEnumProperties`] whose slots check their arguments and call [`IMimeEnumPropertiesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeEnumPropertiesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Next: {
                /// `IMimeEnumProperties::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFetch: crate::ULONG,
                    prgProp: LPENUMPROPERTY,
                    pcFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumPropertiesImpl,
                {
                    crate::__private::guard(|| {
                        if !pcFetched.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcFetched, 0, 1) };
                        }
                        if prgProp.is_null() && cFetch != 0 {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcFetched.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumPropertiesImpl>::next(
                            object.inner(),
                            cFetch,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let status = if status == 0 && arg1.len() < cFetch as usize
                                {
                                    crate::S_FALSE
                                } else {
                                    status
                                };
                                let __buf1 = match crate::value::TaskEntries::<
                                    crate::value::EnumProperty,
                                >::new(&arg1, cFetch) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe {
                                    let __n = __buf1.write_to(prgProp);
                                    pcFetched.write(__n);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Skip: {
                /// `IMimeEnumProperties::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cItems: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumPropertiesImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumPropertiesImpl>::skip(
                            object.inner(),
                            cItems,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IMimeEnumProperties::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumPropertiesImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumPropertiesImpl>::reset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimeEnumProperties::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppEnum: *mut *mut IMimeEnumProperties,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumPropertiesImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumPropertiesImpl>::clone(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Count: {
                /// `IMimeEnumProperties::Count`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcItems: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumPropertiesImpl,
                {
                    crate::__private::guard(|| {
                        if !pcItems.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcItems, 0, 1) };
                        }
                        if pcItems.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumPropertiesImpl>::count(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcItems.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeEnumProperties {
    const IIDS: &'static [u128] = &[
        0xfd853cee_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimePropertySet`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimePropertySetImpl`, the provider side of `IMimePropertySet`",
    label = "`IMimePropertySet` needs `impl IMimePropertySetImpl for {Self}`",
    note = "write `impl IMimePropertySetImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimePropertySetImpl: crate::IPersistStreamInitImpl + crate::__private::Declares<
        IMimePropertySet,
        0xfd853cd3_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Describes a property: fills in the members of `pInfo` its `dwMask`
    /// asks for.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the set has no such
    /// property.
    ///
    /// Called through slot 9 ([`IMimePropertySetVtbl::GetPropInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_prop_info(
        &self,
        pszName: crate::value::StrRef<'_>,
        pInfo: &mut MIMEPROPINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, pInfo);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes how a property is stored: the members of `pInfo` its
    /// `dwMask` names.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// Called through slot 10 ([`IMimePropertySetVtbl::SetPropInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_prop_info(
        &self,
        pszName: crate::value::StrRef<'_>,
        pInfo: &MIMEPROPINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, pInfo);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a property's value, converted to the type asked for.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_VARTYPE_NO_CONVERT`
    /// when the value cannot be had as that type.
    ///
    /// Called through slot 11 ([`IMimePropertySetVtbl::GetProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets a property's value, replacing what it had.
    ///
    /// Returns `S_OK`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// Called through slot 12 ([`IMimePropertySetVtbl::SetProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariantRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a value to a property (a second `Received` header), or sets it
    /// when the property has none.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 13 ([`IMimePropertySetVtbl::AppendProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn append_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariantRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a property and its values.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// Called through slot 14 ([`IMimePropertySetVtbl::DeleteProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies properties into another property set.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 15 ([`IMimePropertySetVtbl::CopyProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_props(
        &self,
        prgszName: &[crate::value::StrRef<'_>],
        pPropertySet: crate::ComPtr<IMimePropertySet>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgszName, pPropertySet);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Moves properties into another property set (copied there, removed
    /// here).
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 16 ([`IMimePropertySetVtbl::MoveProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn move_props(
        &self,
        prgszName: &[crate::value::StrRef<'_>],
        pPropertySet: crate::ComPtr<IMimePropertySet>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgszName, pPropertySet);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes every property but the ones named.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 17 ([`IMimePropertySetVtbl::DeleteExcept`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_except(
        &self,
        prgszName: &[crate::value::StrRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgszName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks whether a property's value matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when there is no such property.
    ///
    /// Called through slot 18 ([`IMimePropertySetVtbl::QueryProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        pszCriteria: crate::value::StrRef<'_>,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, pszCriteria, fSubString, fCaseSensitive);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::query_prop`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::query_prop`] and answers `S_OK`.
    fn query_prop_with_warning(
        &self,
        pszName: crate::value::StrRef<'_>,
        pszCriteria: crate::value::StrRef<'_>,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.query_prop(pszName, pszCriteria, fSubString, fCaseSensitive)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the set's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 19 ([`IMimePropertySetVtbl::GetCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_charset(&self) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the set's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 20 ([`IMimePropertySetVtbl::SetCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_charset(
        &self,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hCharset, applytype);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the parameters of a header (`charset`, `boundary`, `name`
    /// of a `Content-Type`).
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. The array and its strings
    /// are allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeParamInfoArray`.
    ///
    /// Called through slot 21 ([`IMimePropertySetVtbl::GetParameters`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_parameters(
        &self,
        pszName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::MimeParam>,
        crate::Hresult,
    > {
        let _ = (pszName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks whether the set's content type is the one given.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// Called through slot 22 ([`IMimePropertySetVtbl::IsContentType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_content_type(
        &self,
        pszPriType: ::core::option::Option<crate::value::StrRef<'_>>,
        pszSubType: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszPriType, pszSubType);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_content_type`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_content_type`] and answers `S_OK`.
    fn is_content_type_with_warning(
        &self,
        pszPriType: ::core::option::Option<crate::value::StrRef<'_>>,
        pszSubType: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_content_type(pszPriType, pszSubType).map(|v| (crate::Hresult::OK, v))
    }
    /// Returns an object bound to the set, through the interface asked
    /// for (the `IMimeBody` or `IMimeMessageTree` it belongs to).
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// Called through slot 23 ([`IMimePropertySetVtbl::BindToObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_object(
        &self,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (riid,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a copy of the set.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 24 ([`IMimePropertySetVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimePropertySet>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets an option of the set (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// Called through slot 25 ([`IMimePropertySetVtbl::SetOption`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_option(
        &self,
        oid: TYPEDID,
        pValue: &crate::value::PropVariantRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (oid, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an option of the set (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// Called through slot 26 ([`IMimePropertySetVtbl::GetOption`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_option(
        &self,
        oid: TYPEDID,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (oid, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator of the set's properties.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// Called through slot 27 ([`IMimePropertySetVtbl::EnumProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_props(
        &self,
        dwFlags: MimeEnumPropsFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumProperties>, crate::Hresult> {
        let _ = (dwFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimePropertySetVtbl {
    /// A vtable of [`IMimePropertySet`] whose slots check their arguments and call [`IMimePropertySetImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimePropertySetImpl,
    {
        Self {
            base__: crate::IPersistStreamInitVtbl::new::<O, INDEX>(),
            GetPropInfo: {
                /// `IMimePropertySet::GetPropInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pInfo: LPMIMEPROPINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pInfo.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::get_prop_info(
                            object.inner(),
                            arg0,
                            unsafe { &mut *pInfo },
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetPropInfo: {
                /// `IMimePropertySet::SetPropInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pInfo: LPCMIMEPROPINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = if pInfo.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                pInfo.cast::<MIMEPROPINFO>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::set_prop_info(
                            object.inner(),
                            arg0,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetProp: {
                /// `IMimePropertySet::GetProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pValue.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::get_prop(
                            object.inner(),
                            arg0,
                            arg1,
                            unsafe {
                                ::core::ptr::addr_of!((* pValue).vt).read_unaligned()
                            },
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pValue.write_unaligned(__buf2.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetProp: {
                /// `IMimePropertySet::SetProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPCPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::value::PropVariantRef::from_raw(pValue.cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::set_prop(
                            object.inner(),
                            arg0,
                            arg1,
                            &arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AppendProp: {
                /// `IMimePropertySet::AppendProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::value::PropVariantRef::from_raw(
                                pValue.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::append_prop(
                            object.inner(),
                            arg0,
                            arg1,
                            &arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteProp: {
                /// `IMimePropertySet::DeleteProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::delete_prop(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyProps: {
                /// `IMimePropertySet::CopyProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cNames: crate::ULONG,
                    prgszName: *mut crate::LPCSTR,
                    pPropertySet: *mut IMimePropertySet,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::counted_from_raw(
                                prgszName.cast_const().cast(),
                                cNames,
                                false,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMimePropertySet,
                            >::from_borrowed(pPropertySet.cast::<IMimePropertySet>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::copy_props(
                            object.inner(),
                            &arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            MoveProps: {
                /// `IMimePropertySet::MoveProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cNames: crate::ULONG,
                    prgszName: *mut crate::LPCSTR,
                    pPropertySet: *mut IMimePropertySet,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::counted_from_raw(
                                prgszName.cast_const().cast(),
                                cNames,
                                false,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMimePropertySet,
                            >::from_borrowed(pPropertySet.cast::<IMimePropertySet>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::move_props(
                            object.inner(),
                            &arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteExcept: {
                /// `IMimePropertySet::DeleteExcept`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cNames: crate::ULONG,
                    prgszName: *mut crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::counted_from_raw(
                                prgszName.cast_const().cast(),
                                cNames,
                                false,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::delete_except(
                            object.inner(),
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            QueryProp: {
                /// `IMimePropertySet::QueryProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pszCriteria: crate::LPCSTR,
                    fSubString: u8,
                    fCaseSensitive: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszCriteria.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimePropertySetImpl>::query_prop_with_warning(
                                object.inner(),
                                arg0,
                                arg1,
                                fSubString,
                                fCaseSensitive,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCharset: {
                /// `IMimePropertySet::GetCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    phCharset: crate::LPHCHARSET,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        if !phCharset.is_null() {
                            unsafe { ::core::ptr::write_bytes(phCharset, 0, 1) };
                        }
                        if phCharset.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::get_charset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phCharset.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetCharset: {
                /// `IMimePropertySet::SetCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hCharset: crate::HCHARSET,
                    applytype: crate::CSETAPPLYTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::set_charset(
                            object.inner(),
                            hCharset,
                            applytype,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetParameters: {
                /// `IMimePropertySet::GetParameters`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pcParams: *mut crate::ULONG,
                    pprgParam: *mut LPMIMEPARAMINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        if !pcParams.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcParams, 0, 1) };
                        }
                        if !pprgParam.is_null() {
                            unsafe { ::core::ptr::write_bytes(pprgParam, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pcParams.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pprgParam.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::get_parameters(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskArray::<
                                    crate::value::MimeParam,
                                >::new(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe {
                                    pcParams.write(__buf2.count());
                                    pprgParam.write(__buf2.into_raw());
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsContentType: {
                /// `IMimePropertySet::IsContentType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszPriType: crate::LPCSTR,
                    pszSubType: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszPriType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszSubType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimePropertySetImpl>::is_content_type_with_warning(
                                object.inner(),
                                arg0,
                                arg1,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            BindToObject: {
                /// `IMimePropertySet::BindToObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    riid: crate::REFIID,
                    ppvObject: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        let arg0 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::bind_to_object(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg1;
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimePropertySet::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppPropertySet: *mut *mut IMimePropertySet,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        if !ppPropertySet.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppPropertySet, 0, 1) };
                        }
                        if ppPropertySet.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::clone(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppPropertySet.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetOption: {
                /// `IMimePropertySet::SetOption`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    oid: TYPEDID,
                    pValue: LPCPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::PropVariantRef::from_raw(pValue.cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::set_option(
                            object.inner(),
                            oid,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetOption: {
                /// `IMimePropertySet::GetOption`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    oid: TYPEDID,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        if pValue.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::get_option(
                            object.inner(),
                            oid,
                            unsafe {
                                ::core::ptr::addr_of!((* pValue).vt).read_unaligned()
                            },
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match arg1.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pValue.write_unaligned(__buf1.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumProps: {
                /// `IMimePropertySet::EnumProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwFlags: crate::DWORD,
                    ppEnum: *mut *mut IMimeEnumProperties,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimePropertySetImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        let arg0 = match <MimeEnumPropsFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimePropertySetImpl>::enum_props(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimePropertySet {
    const IIDS: &'static [u128] = &[
        0xfd853cd3_7f86_11d0_8252_00c04fd85ab4, 0x7fd52380_4e07_101b_ae2d_08002b2ec713,
        0x0000010c_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeBody`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeBodyImpl`, the provider side of `IMimeBody`",
    label = "`IMimeBody` needs `impl IMimeBodyImpl for {Self}`",
    note = "write `impl IMimeBodyImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeBodyImpl: IMimePropertySetImpl + crate::__private::Declares<
        IMimeBody,
        0xc558834c_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Asks whether the body is of a kind (an attachment, empty, secure,
    /// tagged with a character set, ...).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_BODYTYPE` for an unknown kind.
    ///
    /// Called through slot 28 ([`IMimeBodyVtbl::IsType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_type(
        &self,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (bodytype,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_type`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_type`] and answers `S_OK`.
    fn is_type_with_warning(
        &self,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_type(bodytype).map(|v| (crate::Hresult::OK, v))
    }
    /// Sets the name the body is shown under (an attachment's file name).
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 29 ([`IMimeBodyVtbl::SetDisplayName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_display_name(
        &self,
        pszDisplay: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszDisplay,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the name the body is shown under: its display name, or else
    /// a name made from its file name or content type.
    ///
    /// Returns `S_OK` with the name.
    ///
    /// Called through slot 30 ([`IMimeBodyVtbl::GetDisplayName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_display_name(
        &self,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells where the body lies in the stream its message was loaded
    /// from.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body was not loaded
    /// from a stream (it was made or changed since).
    ///
    /// Called through slot 31 ([`IMimeBodyVtbl::GetOffsets`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_offsets(&self) -> ::core::result::Result<BODYOFFSETS, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the encoding the body's data is held in.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 32 ([`IMimeBodyVtbl::GetCurrentEncoding`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_current_encoding(
        &self,
    ) -> ::core::result::Result<crate::ENCODINGTYPE, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Says which encoding the body's data is held in, without converting
    /// it (the data was set encoded).
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 33 ([`IMimeBodyVtbl::SetCurrentEncoding`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_current_encoding(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ietEncoding,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Estimates the size of the body's data in an encoding.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 34 ([`IMimeBodyVtbl::GetEstimatedSize`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_estimated_size(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (ietEncoding,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the body's data, in an encoding, into the caller's stream at
    /// its current position.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body has none.
    ///
    /// Called through slot 35 ([`IMimeBodyVtbl::GetDataHere`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_data_here(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pStream: crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ietEncoding, pStream);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the body's data, in an encoding, as a new stream.
    ///
    /// Returns `S_OK` with the stream, or `MIME_E_NO_DATA`.
    ///
    /// Called through slot 36 ([`IMimeBodyVtbl::GetData`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_data(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let _ = (ietEncoding,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Replaces the body's data with an object's (a stream, usually), and
    /// sets its content type.
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE` when the object does not give
    /// its data through the interface named.
    ///
    /// Called through slot 37 ([`IMimeBodyVtbl::SetData`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_data(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pszPriType: ::core::option::Option<crate::value::StrRef<'_>>,
        pszSubType: ::core::option::Option<crate::value::StrRef<'_>>,
        riid: &crate::GUID,
        pvObject: crate::ComPtr<crate::IUnknown>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ietEncoding, pszPriType, pszSubType, riid, pvObject);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes the body's data, keeping its headers.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 38 ([`IMimeBodyVtbl::EmptyData`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn empty_data(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies the body, headers and data, into another body.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 39 ([`IMimeBodyVtbl::CopyTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_to(
        &self,
        pBody: crate::ComPtr<IMimeBody>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pBody,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Weighs how the body's data would best be sent: its current
    /// encoding, the encodings chosen for sending, its line lengths and
    /// 8-bit bytes.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 40 ([`IMimeBodyVtbl::GetTransmitInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_transmit_info(
        &self,
        pTransmitInfo: &mut TRANSMITINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pTransmitInfo,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the body's data, in an encoding, into a file.
    ///
    /// Returns `S_OK`, or an error when the file cannot be written.
    ///
    /// Called through slot 41 ([`IMimeBodyVtbl::SaveToFile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_to_file(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pszFilePath: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ietEncoding, pszFilePath);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the body's handle in its message tree.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body is in no tree.
    ///
    /// Called through slot 42 ([`IMimeBodyVtbl::GetHandle`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_handle(&self) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeBodyVtbl {
    /// A vtable of [`IMimeBody`] whose slots check their arguments and call [`IMimeBodyImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeBodyImpl,
    {
        Self {
            base__: IMimePropertySetVtbl::new::<O, INDEX>(),
            IsType: {
                /// `IMimeBody::IsType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    bodytype: crate::IMSGBODYTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeBodyImpl>::is_type_with_warning(
                                object.inner(),
                                bodytype,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetDisplayName: {
                /// `IMimeBody::SetDisplayName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszDisplay: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszDisplay.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::set_display_name(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetDisplayName: {
                /// `IMimeBody::GetDisplayName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppszDisplay: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszDisplay.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszDisplay, 0, 1) };
                        }
                        if ppszDisplay.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_display_name(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match crate::value::TaskStr::ansi(&arg0) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszDisplay.write(__buf0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetOffsets: {
                /// `IMimeBody::GetOffsets`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pOffsets: LPBODYOFFSETS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if !pOffsets.is_null() {
                            unsafe { ::core::ptr::write_bytes(pOffsets, 0, 1) };
                        }
                        if pOffsets.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_offsets(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pOffsets.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCurrentEncoding: {
                /// `IMimeBody::GetCurrentEncoding`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pietEncoding: *mut crate::ENCODINGTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if !pietEncoding.is_null() {
                            unsafe { ::core::ptr::write_bytes(pietEncoding, 0, 1) };
                        }
                        if pietEncoding.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_current_encoding(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pietEncoding.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetCurrentEncoding: {
                /// `IMimeBody::SetCurrentEncoding`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ietEncoding: crate::ENCODINGTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::set_current_encoding(
                            object.inner(),
                            ietEncoding,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetEstimatedSize: {
                /// `IMimeBody::GetEstimatedSize`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ietEncoding: crate::ENCODINGTYPE,
                    pcbSize: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if !pcbSize.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcbSize, 0, 1) };
                        }
                        if pcbSize.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_estimated_size(
                            object.inner(),
                            ietEncoding,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcbSize.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetDataHere: {
                /// `IMimeBody::GetDataHere`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ietEncoding: crate::ENCODINGTYPE,
                    pStream: *mut crate::IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_data_here(
                            object.inner(),
                            ietEncoding,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetData: {
                /// `IMimeBody::GetData`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ietEncoding: crate::ENCODINGTYPE,
                    ppStream: *mut *mut crate::IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if !ppStream.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppStream, 0, 1) };
                        }
                        if ppStream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_data(
                            object.inner(),
                            ietEncoding,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppStream.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetData: {
                /// `IMimeBody::SetData`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ietEncoding: crate::ENCODINGTYPE,
                    pszPriType: crate::LPCSTR,
                    pszSubType: crate::LPCSTR,
                    riid: crate::REFIID,
                    pvObject: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszPriType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszSubType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(pvObject.cast())
                        };
                        let ::core::option::Option::Some(arg4) = arg4 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::set_data(
                            object.inner(),
                            ietEncoding,
                            arg1,
                            arg2,
                            &arg3,
                            arg4,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EmptyData: {
                /// `IMimeBody::EmptyData`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::empty_data(object.inner()) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyTo: {
                /// `IMimeBody::CopyTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pBody: *mut IMimeBody,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeBody,
                            >::from_borrowed(pBody.cast::<IMimeBody>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::copy_to(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetTransmitInfo: {
                /// `IMimeBody::GetTransmitInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pTransmitInfo: LPTRANSMITINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if pTransmitInfo.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_transmit_info(
                            object.inner(),
                            unsafe { &mut *pTransmitInfo },
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SaveToFile: {
                /// `IMimeBody::SaveToFile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ietEncoding: crate::ENCODINGTYPE,
                    pszFilePath: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszFilePath.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::save_to_file(
                            object.inner(),
                            ietEncoding,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetHandle: {
                /// `IMimeBody::GetHandle`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeBodyImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        if phBody.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeBodyImpl>::get_handle(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phBody.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeBody {
    const IIDS: &'static [u128] = &[
        0xc558834c_7f86_11d0_8252_00c04fd85ab4, 0xfd853cd3_7f86_11d0_8252_00c04fd85ab4,
        0x7fd52380_4e07_101b_ae2d_08002b2ec713, 0x0000010c_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeMessageTree`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeMessageTreeImpl`, the provider side of `IMimeMessageTree`",
    label = "`IMimeMessageTree` needs `impl IMimeMessageTreeImpl for {Self}`",
    note = "write `impl IMimeMessageTreeImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeMessageTreeImpl: crate::IPersistStreamInitImpl + crate::__private::Declares<
        IMimeMessageTree,
        0xfd853cd4_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Returns the message as the stream it was loaded from, committing
    /// changes into it first when asked.
    ///
    /// Returns `S_OK` with the stream, or `MIME_E_NO_DATA` when the tree
    /// was loaded from nothing.
    ///
    /// Called through slot 9 ([`IMimeMessageTreeVtbl::GetMessageSource`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_message_source(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let _ = (dwFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the size the message has when saved.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 10 ([`IMimeMessageTreeVtbl::GetMessageSize`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_message_size(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (dwFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Loads the tree's structure (the bodies' offsets) from a stream
    /// `SaveOffsetTable` wrote, so that a message is not parsed again.
    ///
    /// Returns `S_OK`, or an error when the stream holds no valid table.
    ///
    /// Called through slot 11 ([`IMimeMessageTreeVtbl::LoadOffsetTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn load_offset_table(
        &self,
        pStream: crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pStream,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the tree's structure (the bodies' offsets) into a stream.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 12 ([`IMimeMessageTreeVtbl::SaveOffsetTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_offset_table(
        &self,
        pStream: crate::ComPtr<crate::IStream>,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pStream, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells what the message is made of.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 13 ([`IMimeMessageTreeVtbl::GetFlags`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_flags(&self) -> ::core::result::Result<IMSGFLAGS, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the tree's changes into its stream, making it the message's
    /// source.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 14 ([`IMimeMessageTreeVtbl::Commit`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn commit(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies what the tree still needs of its stream and lets go of the
    /// stream, so that the caller may change or release it.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 15 ([`IMimeMessageTreeVtbl::HandsOffStorage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hands_off_storage(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an object of one body through the interface asked for
    /// (`IMimeBody`, `IMimePropertySet`, `IMimeHeaderTable`,
    /// `IMimeAddressTable`, `IMimeMessage` for an attached message,
    /// `IStream` for its decoded data).
    ///
    /// Returns `S_OK`, `MIME_E_INVALID_HANDLE`, or `E_NOINTERFACE`.
    ///
    /// Called through slot 16 ([`IMimeMessageTreeVtbl::BindToObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_object(
        &self,
        hBody: HBODY,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (hBody, riid);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes one body, headers and data, into a stream.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 17 ([`IMimeMessageTreeVtbl::SaveBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_body(
        &self,
        hBody: HBODY,
        dwFlags: MimeSaveBodyFlags,
        pStream: crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, dwFlags, pStream);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds an empty body at a place relative to another.
    ///
    /// Returns `S_OK` with its handle, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 18 ([`IMimeMessageTreeVtbl::InsertBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn insert_body(
        &self,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (location, hPivot);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the body at a place relative to another (its parent, first or
    /// last child, next or previous sibling, or the root).
    ///
    /// Returns `S_OK` with the handle, or `MIME_E_NOT_FOUND` when there is
    /// no body there.
    ///
    /// Called through slot 19 ([`IMimeMessageTreeVtbl::GetBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_body(
        &self,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (location, hPivot);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a body, with or without the bodies below it.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 20 ([`IMimeMessageTreeVtbl::DeleteBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_body(
        &self,
        hBody: HBODY,
        dwFlags: MimeDeleteBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Moves a body, with the bodies below it, to a place relative to
    /// itself.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 21 ([`IMimeMessageTreeVtbl::MoveBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn move_body(
        &self,
        hBody: HBODY,
        location: crate::BODYLOCATION,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, location);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Counts the bodies below one.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 22 ([`IMimeMessageTreeVtbl::CountBodies`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count_bodies(
        &self,
        hParent: HBODY,
        fRecurse: u8,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (hParent, fRecurse);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Starts a search by content type and returns the first body found.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND` when there is
    /// none.
    ///
    /// Called through slot 23 ([`IMimeMessageTreeVtbl::FindFirst`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_first(
        &self,
        pFindBody: &mut crate::value::FindBodyCursor<'_>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (pFindBody,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the next body of a search `FindFirst` started.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND` when there are no
    /// more.
    ///
    /// Called through slot 24 ([`IMimeMessageTreeVtbl::FindNext`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_next(
        &self,
        pFindBody: &mut crate::value::FindBodyCursor<'_>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (pFindBody,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the body a URL of an HTML body refers to, by `Content-ID`
    /// (`cid:`) or `Content-Location`, in a `multipart/related` body.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND`.
    ///
    /// Called through slot 25 ([`IMimeMessageTreeVtbl::ResolveURL`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_url(
        &self,
        hRelated: HBODY,
        pszBase: ::core::option::Option<crate::value::StrRef<'_>>,
        pszURL: crate::value::StrRef<'_>,
        dwFlags: MimeResolveUrlFlags,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (hRelated, pszBase, pszURL, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Turns a body into a multipart body of a subtype, the body moving
    /// below it as its first child.
    ///
    /// Returns `S_OK` with the multipart body, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 26 ([`IMimeMessageTreeVtbl::ToMultipart`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn to_multipart(
        &self,
        hBody: HBODY,
        pszSubType: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (hBody, pszSubType);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells where a body lies in the stream the message was loaded from.
    ///
    /// Returns `S_OK`, `MIME_E_INVALID_HANDLE`, or `MIME_E_NO_DATA` when
    /// the body was not loaded from a stream.
    ///
    /// Called through slot 27 ([`IMimeMessageTreeVtbl::GetBodyOffsets`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_body_offsets(
        &self,
        hBody: HBODY,
        pOffsets: &mut BODYOFFSETS,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, pOffsets);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the message's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 28 ([`IMimeMessageTreeVtbl::GetCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_charset(&self) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the message's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 29 ([`IMimeMessageTreeVtbl::SetCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_charset(
        &self,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hCharset, applytype);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks whether a body is of a kind (an attachment, empty, ...).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 30 ([`IMimeMessageTreeVtbl::IsBodyType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_body_type(
        &self,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, bodytype);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_body_type`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_body_type`] and answers `S_OK`.
    fn is_body_type_with_warning(
        &self,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_body_type(hBody, bodytype).map(|v| (crate::Hresult::OK, v))
    }
    /// Asks whether a body's content type is the one given.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 31 ([`IMimeMessageTreeVtbl::IsContentType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_content_type(
        &self,
        hBody: HBODY,
        pszPriType: ::core::option::Option<crate::value::StrRef<'_>>,
        pszSubType: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, pszPriType, pszSubType);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_content_type`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_content_type`] and answers `S_OK`.
    fn is_content_type_with_warning(
        &self,
        hBody: HBODY,
        pszPriType: ::core::option::Option<crate::value::StrRef<'_>>,
        pszSubType: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_content_type(hBody, pszPriType, pszSubType)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Asks whether a property of a body matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when the body has no such property.
    ///
    /// Called through slot 32 ([`IMimeMessageTreeVtbl::QueryBodyProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_body_prop(
        &self,
        hBody: HBODY,
        pszName: crate::value::StrRef<'_>,
        pszCriteria: crate::value::StrRef<'_>,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, pszName, pszCriteria, fSubString, fCaseSensitive);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::query_body_prop`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::query_body_prop`] and answers `S_OK`.
    fn query_body_prop_with_warning(
        &self,
        hBody: HBODY,
        pszName: crate::value::StrRef<'_>,
        pszCriteria: crate::value::StrRef<'_>,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.query_body_prop(hBody, pszName, pszCriteria, fSubString, fCaseSensitive)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Returns a property of a body, as `IMimePropertySet::GetProp` does.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 33 ([`IMimeMessageTreeVtbl::GetBodyProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_body_prop(
        &self,
        hBody: HBODY,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (hBody, pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets a property of a body, as `IMimePropertySet::SetProp` does.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 34 ([`IMimeMessageTreeVtbl::SetBodyProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_body_prop(
        &self,
        hBody: HBODY,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariantRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a property of a body.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 35 ([`IMimeMessageTreeVtbl::DeleteBodyProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_body_prop(
        &self,
        hBody: HBODY,
        pszName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hBody, pszName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets an option of the tree (`OID_*`), which its bodies share.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// Called through slot 36 ([`IMimeMessageTreeVtbl::SetOption`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_option(
        &self,
        oid: TYPEDID,
        pValue: &crate::value::PropVariantRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (oid, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an option of the tree (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// Called through slot 37 ([`IMimeMessageTreeVtbl::GetOption`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_option(
        &self,
        oid: TYPEDID,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (oid, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeMessageTreeVtbl {
    /// A vtable of [`IMimeMessageTree`] whose slots check their arguments and call [`IMimeMessageTreeImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeMessageTreeImpl,
    {
        Self {
            base__: crate::IPersistStreamInitVtbl::new::<O, INDEX>(),
            GetMessageSource: {
                /// `IMimeMessageTree::GetMessageSource`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppStream: *mut *mut crate::IStream,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !ppStream.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppStream, 0, 1) };
                        }
                        if ppStream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg1 = match <MimeCommitFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_message_source(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppStream.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMessageSize: {
                /// `IMimeMessageTree::GetMessageSize`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcbSize: *mut crate::ULONG,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !pcbSize.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcbSize, 0, 1) };
                        }
                        if pcbSize.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg1 = match <MimeCommitFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_message_size(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcbSize.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            LoadOffsetTable: {
                /// `IMimeMessageTree::LoadOffsetTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pStream: *mut crate::IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::load_offset_table(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SaveOffsetTable: {
                /// `IMimeMessageTree::SaveOffsetTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pStream: *mut crate::IStream,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimeCommitFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::save_offset_table(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetFlags: {
                /// `IMimeMessageTree::GetFlags`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pdwFlags: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwFlags.is_null() {
                            unsafe { ::core::ptr::write_bytes(pdwFlags, 0, 1) };
                        }
                        if pdwFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_flags(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe {
                                    pdwFlags
                                        .write(
                                            arg0.bits() & <IMSGFLAGS as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Commit: {
                /// `IMimeMessageTree::Commit`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MimeCommitFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::commit(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            HandsOffStorage: {
                /// `IMimeMessageTree::HandsOffStorage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::hands_off_storage(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            BindToObject: {
                /// `IMimeMessageTree::BindToObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    riid: crate::REFIID,
                    ppvObject: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        let arg1 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::bind_to_object(
                            object.inner(),
                            hBody,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg2;
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SaveBody: {
                /// `IMimeMessageTree::SaveBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    dwFlags: crate::DWORD,
                    pStream: *mut crate::IStream,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MimeSaveBodyFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::save_body(
                            object.inner(),
                            hBody,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            InsertBody: {
                /// `IMimeMessageTree::InsertBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    location: crate::BODYLOCATION,
                    hPivot: HBODY,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::insert_body(
                            object.inner(),
                            location,
                            hPivot,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetBody: {
                /// `IMimeMessageTree::GetBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    location: crate::BODYLOCATION,
                    hPivot: HBODY,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        if phBody.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_body(
                            object.inner(),
                            location,
                            hPivot,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phBody.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteBody: {
                /// `IMimeMessageTree::DeleteBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MimeDeleteBodyFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::delete_body(
                            object.inner(),
                            hBody,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            MoveBody: {
                /// `IMimeMessageTree::MoveBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    location: crate::BODYLOCATION,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::move_body(
                            object.inner(),
                            hBody,
                            location,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CountBodies: {
                /// `IMimeMessageTree::CountBodies`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hParent: HBODY,
                    fRecurse: u8,
                    pcBodies: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !pcBodies.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcBodies, 0, 1) };
                        }
                        if pcBodies.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::count_bodies(
                            object.inner(),
                            hParent,
                            fRecurse,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcBodies.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FindFirst: {
                /// `IMimeMessageTree::FindFirst`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pFindBody: LPFINDBODY,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        if pFindBody.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let mut arg0 = match unsafe {
                            crate::value::FindBodyCursor::from_raw(pFindBody)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if phBody.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::find_first(
                            object.inner(),
                            &mut arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe {
                                    ::core::ptr::addr_of_mut!((* pFindBody).dwReserved)
                                        .write_unaligned(arg0.reserved)
                                };
                                unsafe { phBody.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FindNext: {
                /// `IMimeMessageTree::FindNext`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pFindBody: LPFINDBODY,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        if pFindBody.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let mut arg0 = match unsafe {
                            crate::value::FindBodyCursor::from_raw(pFindBody)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if phBody.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::find_next(
                            object.inner(),
                            &mut arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe {
                                    ::core::ptr::addr_of_mut!((* pFindBody).dwReserved)
                                        .write_unaligned(arg0.reserved)
                                };
                                unsafe { phBody.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ResolveURL: {
                /// `IMimeMessageTree::ResolveURL`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hRelated: HBODY,
                    pszBase: crate::LPCSTR,
                    pszURL: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszBase.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszURL.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg3 = match <MimeResolveUrlFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::resolve_url(
                            object.inner(),
                            hRelated,
                            arg1,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg4) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ToMultipart: {
                /// `IMimeMessageTree::ToMultipart`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pszSubType: crate::LPCSTR,
                    phMultipart: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phMultipart.is_null() {
                            unsafe { ::core::ptr::write_bytes(phMultipart, 0, 1) };
                        }
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszSubType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::to_multipart(
                            object.inner(),
                            hBody,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !phMultipart.is_null() {
                                    unsafe { phMultipart.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetBodyOffsets: {
                /// `IMimeMessageTree::GetBodyOffsets`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pOffsets: LPBODYOFFSETS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if pOffsets.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_body_offsets(
                            object.inner(),
                            hBody,
                            unsafe { &mut *pOffsets },
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCharset: {
                /// `IMimeMessageTree::GetCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    phCharset: crate::LPHCHARSET,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if !phCharset.is_null() {
                            unsafe { ::core::ptr::write_bytes(phCharset, 0, 1) };
                        }
                        if phCharset.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_charset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phCharset.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetCharset: {
                /// `IMimeMessageTree::SetCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hCharset: crate::HCHARSET,
                    applytype: crate::CSETAPPLYTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::set_charset(
                            object.inner(),
                            hCharset,
                            applytype,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsBodyType: {
                /// `IMimeMessageTree::IsBodyType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    bodytype: crate::IMSGBODYTYPE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeMessageTreeImpl>::is_body_type_with_warning(
                                object.inner(),
                                hBody,
                                bodytype,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsContentType: {
                /// `IMimeMessageTree::IsContentType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pszPriType: crate::LPCSTR,
                    pszSubType: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszPriType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszSubType.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeMessageTreeImpl>::is_content_type_with_warning(
                                object.inner(),
                                hBody,
                                arg1,
                                arg2,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            QueryBodyProp: {
                /// `IMimeMessageTree::QueryBodyProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pszName: crate::LPCSTR,
                    pszCriteria: crate::LPCSTR,
                    fSubString: u8,
                    fCaseSensitive: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszCriteria.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeMessageTreeImpl>::query_body_prop_with_warning(
                                object.inner(),
                                hBody,
                                arg1,
                                arg2,
                                fSubString,
                                fCaseSensitive,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetBodyProp: {
                /// `IMimeMessageTree::GetBodyProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pValue.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_body_prop(
                            object.inner(),
                            hBody,
                            arg1,
                            arg2,
                            unsafe {
                                ::core::ptr::addr_of!((* pValue).vt).read_unaligned()
                            },
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                let __buf3 = match arg3.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pValue.write_unaligned(__buf3.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetBodyProp: {
                /// `IMimeMessageTree::SetBodyProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPCPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = match unsafe {
                            crate::value::PropVariantRef::from_raw(pValue.cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::set_body_prop(
                            object.inner(),
                            hBody,
                            arg1,
                            arg2,
                            &arg3,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteBodyProp: {
                /// `IMimeMessageTree::DeleteBodyProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hBody: HBODY,
                    pszName: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::delete_body_prop(
                            object.inner(),
                            hBody,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetOption: {
                /// `IMimeMessageTree::SetOption`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    oid: TYPEDID,
                    pValue: LPCPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::PropVariantRef::from_raw(pValue.cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::set_option(
                            object.inner(),
                            oid,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetOption: {
                /// `IMimeMessageTree::GetOption`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    oid: TYPEDID,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageTreeImpl,
                {
                    crate::__private::guard(|| {
                        if pValue.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageTreeImpl>::get_option(
                            object.inner(),
                            oid,
                            unsafe {
                                ::core::ptr::addr_of!((* pValue).vt).read_unaligned()
                            },
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match arg1.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pValue.write_unaligned(__buf1.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeMessageTree {
    const IIDS: &'static [u128] = &[
        0xfd853cd4_7f86_11d0_8252_00c04fd85ab4, 0x7fd52380_4e07_101b_ae2d_08002b2ec713,
        0x0000010c_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeMessage`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeMessageImpl`, the provider side of `IMimeMessage`",
    label = "`IMimeMessage` needs `impl IMimeMessageImpl for {Self}`",
    note = "write `impl IMimeMessageImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeMessageImpl: IMimeMessageTreeImpl + crate::__private::Declares<
        IMimeMessage,
        0xfd853cd5_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Writes the message out as a web page (its text body and what it
    /// links to) and returns a moniker that binds to it.
    ///
    /// Returns `S_OK` with the moniker.
    ///
    /// Called through slot 38 ([`IMimeMessageVtbl::CreateWebPage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_web_page(
        &self,
        pRootStm: ::core::option::Option<crate::ComPtr<crate::IStream>>,
        pOptions: &WEBPAGEOPTIONS,
        pCallback: ::core::option::Option<crate::ComPtr<IMimeMessageCallback>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMoniker>, crate::Hresult> {
        let _ = (pRootStm, pOptions, pCallback);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a header of the message (of its root body), as
    /// `IMimePropertySet::GetProp` does.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// Called through slot 39 ([`IMimeMessageVtbl::GetProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets a header of the message, as `IMimePropertySet::SetProp` does.
    ///
    /// Returns `S_OK`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// Called through slot 40 ([`IMimeMessageVtbl::SetProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariantRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, dwFlags, pValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a header of the message.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// Called through slot 41 ([`IMimeMessageVtbl::DeleteProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks whether a header of the message matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when there is no such header.
    ///
    /// Called through slot 42 ([`IMimeMessageVtbl::QueryProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_prop(
        &self,
        pszName: crate::value::StrRef<'_>,
        pszCriteria: crate::value::StrRef<'_>,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszName, pszCriteria, fSubString, fCaseSensitive);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::query_prop`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::query_prop`] and answers `S_OK`.
    fn query_prop_with_warning(
        &self,
        pszName: crate::value::StrRef<'_>,
        pszCriteria: crate::value::StrRef<'_>,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.query_prop(pszName, pszCriteria, fSubString, fCaseSensitive)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the plain text or HTML body, as a stream in an encoding.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the message has no such
    /// body.
    ///
    /// Called through slot 43 ([`IMimeMessageVtbl::GetTextBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_text_body(
        &self,
        dwTxtType: MimeTextTypes,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<(crate::ComPtr<crate::IStream>, HBODY), crate::Hresult> {
        let _ = (dwTxtType, ietEncoding);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the plain text or HTML body from a stream, making the message
    /// `multipart/alternative` when it gets both.
    ///
    /// Returns `S_OK` with the body's handle.
    ///
    /// Called through slot 44 ([`IMimeMessageVtbl::SetTextBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_text_body(
        &self,
        dwTxtType: MimeTextTypes,
        ietEncoding: crate::ENCODINGTYPE,
        hAlternative: HBODY,
        pStream: crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (dwTxtType, ietEncoding, hAlternative, pStream);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds an attachment whose data is an object's (a stream, usually).
    ///
    /// Returns `S_OK` with the new body's handle.
    ///
    /// Called through slot 45 ([`IMimeMessageVtbl::AttachObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn attach_object(
        &self,
        riid: &crate::GUID,
        pvObject: crate::ComPtr<crate::IUnknown>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (riid, pvObject);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a file as an attachment.
    ///
    /// Returns `S_OK` with the new body's handle, or an error when the file
    /// cannot be read.
    ///
    /// Called through slot 46 ([`IMimeMessageVtbl::AttachFile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn attach_file(
        &self,
        pszFilePath: crate::value::StrRef<'_>,
        pstmFile: ::core::option::Option<crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let _ = (pszFilePath, pstmFile);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a body that an HTML body refers to by URL (an image of the
    /// page), or as an attachment.
    ///
    /// Returns `S_OK` with the new body's handle.
    ///
    /// Called through slot 47 ([`IMimeMessageVtbl::AttachURL`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn attach_url(
        &self,
        pszBase: ::core::option::Option<crate::value::StrRef<'_>>,
        pszURL: ::core::option::Option<crate::value::StrRef<'_>>,
        dwFlags: MimeAttachUrlFlags,
        pstmURL: ::core::option::Option<crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(::std::string::String, HBODY), crate::Hresult> {
        let _ = (pszBase, pszURL, dwFlags, pstmURL);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Lists the message's attachments.
    ///
    /// Returns `S_OK`. The array is allocated with the task allocator
    /// (the MIME allocator): the caller frees it.
    ///
    /// Called through slot 48 ([`IMimeMessageVtbl::GetAttachments`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_attachments(
        &self,
    ) -> ::core::result::Result<::std::vec::Vec<crate::HBODY>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the message's address table.
    ///
    /// Returns `S_OK` with the table.
    ///
    /// Called through slot 49 ([`IMimeMessageVtbl::GetAddressTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_address_table(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeAddressTable>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Describes the message's sender, as
    /// `IMimeAddressTable::GetSender` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. Strings and thumbprints are
    /// allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// Called through slot 50 ([`IMimeMessageVtbl::GetSender`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_sender(
        &self,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult> {
        let _ = (pAddress,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Lists the addresses of some kinds, as
    /// `IMimeAddressTable::GetTypes` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. Freed with
    /// `IMimeAllocator::FreeAddressList`.
    ///
    /// Called through slot 51 ([`IMimeMessageVtbl::GetAddressTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_address_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let _ = (dwAdrTypes, dwProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the addresses of some kinds as one string, as
    /// `IMimeAddressTable::GetFormat` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when there are none.
    ///
    /// Called through slot 52 ([`IMimeMessageVtbl::GetAddressFormat`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_address_format(
        &self,
        dwAdrTypes: MimeAddressTypes,
        format: crate::ADDRESSFORMAT,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (dwAdrTypes, format);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator of the addresses of some kinds.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// Called through slot 53 ([`IMimeMessageVtbl::EnumAddressTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_address_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult> {
        let _ = (dwAdrTypes, dwProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Splits the message into `message/partial` messages of at most a
    /// size each, for servers that limit message size.
    ///
    /// Returns `S_OK` with the parts.
    ///
    /// Called through slot 54 ([`IMimeMessageVtbl::SplitMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn split_message(
        &self,
        cbMaxPart: crate::ULONG,
    ) -> ::core::result::Result<crate::ComPtr<IMimeMessageParts>, crate::Hresult> {
        let _ = (cbMaxPart,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a moniker that names the message as a whole (its root
    /// body), for web-page URLs into it.
    ///
    /// Returns `S_OK` with the moniker.
    ///
    /// Called through slot 55 ([`IMimeMessageVtbl::GetRootMoniker`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_root_moniker(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMoniker>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeMessageVtbl {
    /// A vtable of [`IMimeMessage`] whose slots check their arguments and call [`IMimeMessageImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeMessageImpl,
    {
        Self {
            base__: IMimeMessageTreeVtbl::new::<O, INDEX>(),
            CreateWebPage: {
                /// `IMimeMessage::CreateWebPage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pRootStm: *mut crate::IStream,
                    pOptions: LPWEBPAGEOPTIONS,
                    pCallback: *mut IMimeMessageCallback,
                    ppMoniker: *mut *mut crate::IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppMoniker.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppMoniker, 0, 1) };
                        }
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pRootStm.cast::<crate::IStream>())
                        };
                        let arg1 = if pOptions.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                pOptions.cast::<WEBPAGEOPTIONS>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMimeMessageCallback,
                            >::from_borrowed(pCallback.cast::<IMimeMessageCallback>())
                        };
                        if ppMoniker.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::create_web_page(
                            object.inner(),
                            arg0,
                            &arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppMoniker.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetProp: {
                /// `IMimeMessage::GetProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pValue.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_prop(
                            object.inner(),
                            arg0,
                            arg1,
                            unsafe {
                                ::core::ptr::addr_of!((* pValue).vt).read_unaligned()
                            },
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pValue.write_unaligned(__buf2.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetProp: {
                /// `IMimeMessage::SetProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pValue: LPCPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimePropDataFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::value::PropVariantRef::from_raw(pValue.cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::set_prop(
                            object.inner(),
                            arg0,
                            arg1,
                            &arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteProp: {
                /// `IMimeMessage::DeleteProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::delete_prop(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            QueryProp: {
                /// `IMimeMessage::QueryProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszName: crate::LPCSTR,
                    pszCriteria: crate::LPCSTR,
                    fSubString: u8,
                    fCaseSensitive: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszName.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszCriteria.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeMessageImpl>::query_prop_with_warning(
                                object.inner(),
                                arg0,
                                arg1,
                                fSubString,
                                fCaseSensitive,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetTextBody: {
                /// `IMimeMessage::GetTextBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwTxtType: crate::DWORD,
                    ietEncoding: crate::ENCODINGTYPE,
                    pStream: *mut *mut crate::IStream,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !pStream.is_null() {
                            unsafe { ::core::ptr::write_bytes(pStream, 0, 1) };
                        }
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let arg0 = match <MimeTextTypes as crate::FlagSet>::check_input_for(
                            dwTxtType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pStream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMimeMessageImpl>::get_text_body(
                            object.inner(),
                            arg0,
                            ietEncoding,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg2, arg3) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                unsafe { pStream.write(arg2.into_raw().cast()) };
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg3) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetTextBody: {
                /// `IMimeMessage::SetTextBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwTxtType: crate::DWORD,
                    ietEncoding: crate::ENCODINGTYPE,
                    hAlternative: HBODY,
                    pStream: *mut crate::IStream,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let arg0 = match <MimeTextTypes as crate::FlagSet>::check_input_for(
                            dwTxtType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::set_text_body(
                            object.inner(),
                            arg0,
                            ietEncoding,
                            hAlternative,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg4) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AttachObject: {
                /// `IMimeMessage::AttachObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    riid: crate::REFIID,
                    pvObject: *mut ::core::ffi::c_void,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let arg0 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(pvObject.cast())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::attach_object(
                            object.inner(),
                            &arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AttachFile: {
                /// `IMimeMessage::AttachFile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszFilePath: crate::LPCSTR,
                    pstmFile: *mut crate::IStream,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszFilePath.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pstmFile.cast::<crate::IStream>())
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::attach_file(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AttachURL: {
                /// `IMimeMessage::AttachURL`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszBase: crate::LPCSTR,
                    pszURL: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pstmURL: *mut crate::IStream,
                    ppszCIDURL: *mut crate::LPSTR,
                    phBody: LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszCIDURL.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszCIDURL, 0, 1) };
                        }
                        if !phBody.is_null() {
                            unsafe { ::core::ptr::write_bytes(phBody, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszBase.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszURL.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match <MimeAttachUrlFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(pstmURL.cast::<crate::IStream>())
                        };
                        if ppszCIDURL.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMimeMessageImpl>::attach_url(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg4, arg5) = __outs;
                                let __buf4 = match crate::value::TaskStr::ansi(&arg4) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                unsafe { ppszCIDURL.write(__buf4.into_raw().cast()) };
                                if !phBody.is_null() {
                                    unsafe { phBody.write(arg5) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetAttachments: {
                /// `IMimeMessage::GetAttachments`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcAttach: *mut crate::ULONG,
                    pprghAttach: *mut LPHBODY,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !pcAttach.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcAttach, 0, 1) };
                        }
                        if !pprghAttach.is_null() {
                            unsafe { ::core::ptr::write_bytes(pprghAttach, 0, 1) };
                        }
                        if pcAttach.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pprghAttach.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_attachments(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match crate::value::TaskArray::<
                                    crate::HBODY,
                                >::new(&arg1) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe {
                                    pcAttach.write(__buf1.count());
                                    pprghAttach.write(__buf1.into_raw());
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetAddressTable: {
                /// `IMimeMessage::GetAddressTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppTable: *mut *mut IMimeAddressTable,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppTable.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppTable, 0, 1) };
                        }
                        if ppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_address_table(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppTable.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetSender: {
                /// `IMimeMessage::GetSender`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pAddress: LPADDRESSPROPS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if pAddress.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let __asked0 = unsafe {
                            ::core::ptr::addr_of!((* pAddress).dwProps).read_unaligned()
                        };
                        unsafe {
                            pAddress
                                .write_unaligned(
                                    <crate::value::AddressProps as crate::value::TaskRecord>::zeroed(),
                                )
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_sender(
                            object.inner(),
                            __asked0,
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match crate::value::TaskOne::<
                                    crate::value::AddressProps,
                                >::new(&arg0) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pAddress.write_unaligned(__buf0.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetAddressTypes: {
                /// `IMimeMessage::GetAddressTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                    dwProps: crate::DWORD,
                    pList: LPADDRESSLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !pList.is_null() {
                            unsafe {
                                pList
                                    .write_unaligned(
                                        crate::value::TaskArray::<
                                            crate::value::AddressProps,
                                        >::empty_list(),
                                    )
                            };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg1 = match <MimeAddressProps as crate::FlagSet>::check_input_for(
                            dwProps,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_address_types(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskArray::<
                                    crate::value::AddressProps,
                                >::new(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pList.write_unaligned(__buf2.into_list()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetAddressFormat: {
                /// `IMimeMessage::GetAddressFormat`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                    format: crate::ADDRESSFORMAT,
                    ppszFormat: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszFormat.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszFormat, 0, 1) };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppszFormat.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_address_format(
                            object.inner(),
                            arg0,
                            format,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskStr::ansi(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszFormat.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumAddressTypes: {
                /// `IMimeMessage::EnumAddressTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                    dwProps: crate::DWORD,
                    ppEnum: *mut *mut IMimeEnumAddressTypes,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg1 = match <MimeAddressProps as crate::FlagSet>::check_input_for(
                            dwProps,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::enum_address_types(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SplitMessage: {
                /// `IMimeMessage::SplitMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbMaxPart: crate::ULONG,
                    ppParts: *mut *mut IMimeMessageParts,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppParts.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppParts, 0, 1) };
                        }
                        if ppParts.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::split_message(
                            object.inner(),
                            cbMaxPart,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppParts.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetRootMoniker: {
                /// `IMimeMessage::GetRootMoniker`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppMoniker: *mut *mut crate::IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessageImpl,
                {
                    crate::__private::guard(|| {
                        if !ppMoniker.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppMoniker, 0, 1) };
                        }
                        if ppMoniker.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessageImpl>::get_root_moniker(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppMoniker.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeMessage {
    const IIDS: &'static [u128] = &[
        0xfd853cd5_7f86_11d0_8252_00c04fd85ab4, 0xfd853cd4_7f86_11d0_8252_00c04fd85ab4,
        0x7fd52380_4e07_101b_ae2d_08002b2ec713, 0x0000010c_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeEnumMessageParts`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeEnumMessagePartsImpl`, the provider side of `IMimeEnumMessageParts`",
    label = "`IMimeEnumMessageParts` needs `impl IMimeEnumMessagePartsImpl for {Self}`",
    note = "write `impl IMimeEnumMessagePartsImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeEnumMessagePartsImpl: crate::__private::Declares<
        IMimeEnumMessageParts,
        0xc5588350_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Returns the next messages.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were.
    ///
    /// Called through slot 3 ([`IMimeEnumMessagePartsVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMimeMessage>>,
        crate::Hresult,
    > {
        let _ = (cFetch,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Skips messages.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// Called through slot 4 ([`IMimeEnumMessagePartsVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cItems,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the first message.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IMimeEnumMessagePartsVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 6 ([`IMimeEnumMessagePartsVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumMessageParts>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns how many messages the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 7 ([`IMimeEnumMessagePartsVtbl::Count`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeEnumMessagePartsVtbl {
    /// A vtable of [`IMimeEnumMessageParts`] whose slots check their arguments and call [`IMimeEnumMessagePartsImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeEnumMessagePartsImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Next: {
                /// `IMimeEnumMessageParts::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFetch: crate::ULONG,
                    prgpMessage: *mut *mut IMimeMessage,
                    pcFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        if !pcFetched.is_null() {
                            unsafe { pcFetched.write(0) };
                        }
                        if !prgpMessage.is_null()
                            && (cFetch as usize) <= crate::value::MAX_COUNT
                        {
                            unsafe {
                                ::core::ptr::write_bytes(prgpMessage, 0, cFetch as usize)
                            };
                        }
                        if (prgpMessage.is_null() && cFetch != 0) || pcFetched.is_null()
                            || (cFetch as usize) > crate::value::MAX_COUNT
                        {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumMessagePartsImpl>::next(
                            object.inner(),
                            cFetch,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                if arg1.len() > cFetch as usize {
                                    return crate::MAPI_E_CALL_FAILED;
                                }
                                let __len = arg1.len();
                                for (__i, __p) in arg1.into_iter().enumerate() {
                                    unsafe { prgpMessage.add(__i).write(__p.into_raw()) };
                                }
                                if !pcFetched.is_null() {
                                    unsafe { pcFetched.write(__len as _) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Skip: {
                /// `IMimeEnumMessageParts::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cItems: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumMessagePartsImpl>::skip(
                            object.inner(),
                            cItems,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IMimeEnumMessageParts::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumMessagePartsImpl>::reset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimeEnumMessageParts::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppEnum: *mut *mut IMimeEnumMessageParts,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumMessagePartsImpl>::clone(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Count: {
                /// `IMimeEnumMessageParts::Count`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcItems: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        if !pcItems.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcItems, 0, 1) };
                        }
                        if pcItems.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumMessagePartsImpl>::count(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcItems.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeEnumMessageParts {
    const IIDS: &'static [u128] = &[
        0xc5588350_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeMessageParts`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeMessagePartsImpl`, the provider side of `IMimeMessageParts`",
    label = "`IMimeMessageParts` needs `impl IMimeMessagePartsImpl for {Self}`",
    note = "write `impl IMimeMessagePartsImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeMessagePartsImpl: crate::__private::Declares<
        IMimeMessageParts,
        0xc558834f_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Combines the parts into the message they were split from.
    ///
    /// Returns `S_OK` with the message, or an error when parts are
    /// missing.
    ///
    /// Called through slot 3 ([`IMimeMessagePartsVtbl::CombineParts`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn combine_parts(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeMessage>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a part.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 4 ([`IMimeMessagePartsVtbl::AddPart`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn add_part(
        &self,
        pMessage: crate::ComPtr<IMimeMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMessage,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets how many parts there are to be.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IMimeMessagePartsVtbl::SetMaxParts`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_max_parts(
        &self,
        cParts: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cParts,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns how many parts there are.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 6 ([`IMimeMessagePartsVtbl::CountParts`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count_parts(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator of the parts.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// Called through slot 7 ([`IMimeMessagePartsVtbl::EnumParts`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_parts(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumMessageParts>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeMessagePartsVtbl {
    /// A vtable of [`IMimeMessageParts`] whose slots check their arguments and call [`IMimeMessagePartsImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeMessagePartsImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            CombineParts: {
                /// `IMimeMessageParts::CombineParts`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppMessage: *mut *mut IMimeMessage,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        if !ppMessage.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppMessage, 0, 1) };
                        }
                        if ppMessage.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessagePartsImpl>::combine_parts(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppMessage.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AddPart: {
                /// `IMimeMessageParts::AddPart`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMessage: *mut IMimeMessage,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessage,
                            >::from_borrowed(pMessage.cast::<IMimeMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessagePartsImpl>::add_part(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetMaxParts: {
                /// `IMimeMessageParts::SetMaxParts`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cParts: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessagePartsImpl>::set_max_parts(
                            object.inner(),
                            cParts,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CountParts: {
                /// `IMimeMessageParts::CountParts`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcParts: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        if !pcParts.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcParts, 0, 1) };
                        }
                        if pcParts.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessagePartsImpl>::count_parts(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcParts.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumParts: {
                /// `IMimeMessageParts::EnumParts`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppEnum: *mut *mut IMimeEnumMessageParts,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeMessagePartsImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeMessagePartsImpl>::enum_parts(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeMessageParts {
    const IIDS: &'static [u128] = &[
        0xc558834f_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IPersistMime`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IPersistMimeImpl`, the provider side of `IPersistMime`",
    label = "`IPersistMime` needs `impl IPersistMimeImpl for {Self}`",
    note = "write `impl IPersistMimeImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IPersistMimeImpl: crate::IPersistImpl + crate::__private::Declares<
        IPersistMime,
        0xde4ad8da_555f_11d1_8dd0_00c04fb951f9,
    > {
    /// Loads the object from a message.
    ///
    /// Returns `S_OK`, or an error when the message cannot be read.
    ///
    /// Called through slot 4 ([`IPersistMimeVtbl::Load`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn load(
        &self,
        pMsg: crate::ComPtr<IMimeMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMsg,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Saves the object into a message, as its text bodies.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IPersistMimeVtbl::Save`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save(
        &self,
        pMsg: crate::ComPtr<IMimeMessage>,
        dwFlags: MimePersistSaveFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pMsg, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IPersistMimeVtbl {
    /// A vtable of [`IPersistMime`] whose slots check their arguments and call [`IPersistMimeImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IPersistMimeImpl,
    {
        Self {
            base__: crate::IPersistVtbl::new::<O, INDEX>(),
            Load: {
                /// `IPersistMime::Load`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMsg: *mut IMimeMessage,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMimeImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessage,
                            >::from_borrowed(pMsg.cast::<IMimeMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMimeImpl>::load(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Save: {
                /// `IPersistMime::Save`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pMsg: *mut IMimeMessage,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IPersistMimeImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessage,
                            >::from_borrowed(pMsg.cast::<IMimeMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimePersistSaveFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPersistMimeImpl>::save(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IPersistMime {
    const IIDS: &'static [u128] = &[
        0xde4ad8da_555f_11d1_8dd0_00c04fb951f9, 0x0000010c_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeEnumHeaderRows`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeEnumHeaderRowsImpl`, the provider side of `IMimeEnumHeaderRows`",
    label = "`IMimeEnumHeaderRows` needs `impl IMimeEnumHeaderRowsImpl for {Self}`",
    note = "write `impl IMimeEnumHeaderRowsImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeEnumHeaderRowsImpl: crate::__private::Declares<
        IMimeEnumHeaderRows,
        0xc558834d_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Returns the next rows.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. The strings are allocated with the MIME allocator:
    /// the caller frees them with `IMimeAllocator::FreeEnumHeaderRowArray`.
    ///
    /// Called through slot 3 ([`IMimeEnumHeaderRowsVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::HeaderRow>,
        crate::Hresult,
    > {
        let _ = (cFetch,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Skips rows.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// Called through slot 4 ([`IMimeEnumHeaderRowsVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cItems,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the first row.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IMimeEnumHeaderRowsVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 6 ([`IMimeEnumHeaderRowsVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumHeaderRows>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns how many rows the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 7 ([`IMimeEnumHeaderRowsVtbl::Count`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeEnumHeaderRowsVtbl {
    /// A vtable of [`IMimeEnumHeaderRows`] whose slots check their arguments and call [`IMimeEnumHeaderRowsImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeEnumHeaderRowsImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Next: {
                /// `IMimeEnumHeaderRows::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFetch: crate::ULONG,
                    prgRow: LPENUMHEADERROW,
                    pcFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumHeaderRowsImpl,
                {
                    crate::__private::guard(|| {
                        if !pcFetched.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcFetched, 0, 1) };
                        }
                        if prgRow.is_null() && cFetch != 0 {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcFetched.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumHeaderRowsImpl>::next(
                            object.inner(),
                            cFetch,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let status = if status == 0 && arg1.len() < cFetch as usize
                                {
                                    crate::S_FALSE
                                } else {
                                    status
                                };
                                let __buf1 = match crate::value::TaskEntries::<
                                    crate::value::HeaderRow,
                                >::new(&arg1, cFetch) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe {
                                    let __n = __buf1.write_to(prgRow);
                                    pcFetched.write(__n);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Skip: {
                /// `IMimeEnumHeaderRows::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cItems: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumHeaderRowsImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumHeaderRowsImpl>::skip(
                            object.inner(),
                            cItems,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IMimeEnumHeaderRows::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumHeaderRowsImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumHeaderRowsImpl>::reset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimeEnumHeaderRows::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppEnum: *mut *mut IMimeEnumHeaderRows,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumHeaderRowsImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumHeaderRowsImpl>::clone(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Count: {
                /// `IMimeEnumHeaderRows::Count`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcItems: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumHeaderRowsImpl,
                {
                    crate::__private::guard(|| {
                        if !pcItems.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcItems, 0, 1) };
                        }
                        if pcItems.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumHeaderRowsImpl>::count(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcItems.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeEnumHeaderRows {
    const IIDS: &'static [u128] = &[
        0xc558834d_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeEnumAddressTypes`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeEnumAddressTypesImpl`, the provider side of `IMimeEnumAddressTypes`",
    label = "`IMimeEnumAddressTypes` needs `impl IMimeEnumAddressTypesImpl for {Self}`",
    note = "write `impl IMimeEnumAddressTypesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeEnumAddressTypesImpl: crate::__private::Declares<
        IMimeEnumAddressTypes,
        0xc5588354_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Returns the next addresses.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. Strings and thumbprints are allocated with the MIME
    /// allocator: the caller frees each entry with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// Called through slot 3 ([`IMimeEnumAddressTypesVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let _ = (cFetch,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Skips addresses.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// Called through slot 4 ([`IMimeEnumAddressTypesVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cItems,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the first address.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IMimeEnumAddressTypesVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 6 ([`IMimeEnumAddressTypesVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns how many addresses the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 7 ([`IMimeEnumAddressTypesVtbl::Count`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeEnumAddressTypesVtbl {
    /// A vtable of [`IMimeEnumAddressTypes`] whose slots check their arguments and call [`IMimeEnumAddressTypesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeEnumAddressTypesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Next: {
                /// `IMimeEnumAddressTypes::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFetch: crate::ULONG,
                    prgAdr: LPADDRESSPROPS,
                    pcFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumAddressTypesImpl,
                {
                    crate::__private::guard(|| {
                        if !pcFetched.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcFetched, 0, 1) };
                        }
                        if prgAdr.is_null() && cFetch != 0 {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcFetched.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumAddressTypesImpl>::next(
                            object.inner(),
                            cFetch,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let status = if status == 0 && arg1.len() < cFetch as usize
                                {
                                    crate::S_FALSE
                                } else {
                                    status
                                };
                                let __buf1 = match crate::value::TaskEntries::<
                                    crate::value::AddressProps,
                                >::new(&arg1, cFetch) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe {
                                    let __n = __buf1.write_to(prgAdr);
                                    pcFetched.write(__n);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Skip: {
                /// `IMimeEnumAddressTypes::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cItems: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumAddressTypesImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumAddressTypesImpl>::skip(
                            object.inner(),
                            cItems,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IMimeEnumAddressTypes::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumAddressTypesImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumAddressTypesImpl>::reset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimeEnumAddressTypes::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppEnum: *mut *mut IMimeEnumAddressTypes,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumAddressTypesImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumAddressTypesImpl>::clone(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Count: {
                /// `IMimeEnumAddressTypes::Count`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcItems: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEnumAddressTypesImpl,
                {
                    crate::__private::guard(|| {
                        if !pcItems.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcItems, 0, 1) };
                        }
                        if pcItems.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEnumAddressTypesImpl>::count(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcItems.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeEnumAddressTypes {
    const IIDS: &'static [u128] = &[
        0xc5588354_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeAddressTable`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeAddressTableImpl`, the provider side of `IMimeAddressTable`",
    label = "`IMimeAddressTable` needs `impl IMimeAddressTableImpl for {Self}`",
    note = "write `impl IMimeAddressTableImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeAddressTableImpl: crate::__private::Declares<
        IMimeAddressTable,
        0xc558834a_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Adds an address.
    ///
    /// Returns `S_OK` with its handle.
    ///
    /// Called through slot 3 ([`IMimeAddressTableVtbl::Append`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn append(
        &self,
        dwAdrType: MimeAddressTypes,
        ietFriendly: crate::ENCODINGTYPE,
        pszFriendly: crate::value::StrRef<'_>,
        pszEmail: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<HADDRESS, crate::Hresult> {
        let _ = (dwAdrType, ietFriendly, pszFriendly, pszEmail);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds an address described by its members.
    ///
    /// Returns `S_OK` with its handle, or an error when the description
    /// lacks a kind or an e-mail address.
    ///
    /// Called through slot 4 ([`IMimeAddressTableVtbl::Insert`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn insert(
        &self,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<HADDRESS, crate::Hresult> {
        let _ = (pAddress,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes members of an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE` when no address has the
    /// handle.
    ///
    /// Called through slot 5 ([`IMimeAddressTableVtbl::SetProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_props(
        &self,
        hAddress: HADDRESS,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hAddress, pAddress);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Describes an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`. Strings and thumbprints
    /// are allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// Called through slot 6 ([`IMimeAddressTableVtbl::GetProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_props(
        &self,
        hAddress: HADDRESS,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult> {
        let _ = (hAddress, pAddress);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Describes the message's sender: the `Sender` address, or else the
    /// first `From` address.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when there is none. Freed as
    /// for `GetProps`.
    ///
    /// Called through slot 7 ([`IMimeAddressTableVtbl::GetSender`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_sender(
        &self,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult> {
        let _ = (pAddress,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Counts the addresses of some kinds.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 8 ([`IMimeAddressTableVtbl::CountTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (dwAdrTypes,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Lists the addresses of some kinds.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when there are none. The
    /// array and its entries' strings and thumbprints are allocated with
    /// the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressList`.
    ///
    /// Called through slot 9 ([`IMimeAddressTableVtbl::GetTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let _ = (dwAdrTypes, dwProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator of the addresses of some kinds.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// Called through slot 10 ([`IMimeAddressTableVtbl::EnumTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult> {
        let _ = (dwAdrTypes, dwProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 11 ([`IMimeAddressTableVtbl::Delete`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete(&self, hAddress: HADDRESS) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hAddress,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes every address of some kinds.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 12 ([`IMimeAddressTableVtbl::DeleteTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwAdrTypes,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the addresses of some kinds as one string, for display or
    /// as header text.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when there are none.
    ///
    /// Called through slot 13 ([`IMimeAddressTableVtbl::GetFormat`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_format(
        &self,
        dwAdrType: MimeAddressTypes,
        format: crate::ADDRESSFORMAT,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (dwAdrType, format);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Parses RFC 822 address text (`Anne <anne@example.org>, b@x`) and
    /// adds each address as one of a kind.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 14 ([`IMimeAddressTableVtbl::AppendRfc822`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn append_rfc822(
        &self,
        dwAdrType: MimeAddressTypes,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwAdrType, ietEncoding, pszRfc822Adr);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Parses RFC 822 address text into a list, without adding it to the
    /// table.
    ///
    /// Returns `S_OK`. Freed as for `GetTypes`.
    ///
    /// Called through slot 15 ([`IMimeAddressTableVtbl::ParseRfc822`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn parse_rfc822(
        &self,
        dwAdrType: MimeAddressTypes,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let _ = (dwAdrType, ietEncoding, pszRfc822Adr);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a copy of the table.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 16 ([`IMimeAddressTableVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeAddressTable>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the object the table belongs to, through the interface
    /// asked for (the message's `IMimeMessageTree`).
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// Called through slot 17 ([`IMimeAddressTableVtbl::BindToObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_object(
        &self,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (riid,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeAddressTableVtbl {
    /// A vtable of [`IMimeAddressTable`] whose slots check their arguments and call [`IMimeAddressTableImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeAddressTableImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Append: {
                /// `IMimeAddressTable::Append`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrType: crate::DWORD,
                    ietFriendly: crate::ENCODINGTYPE,
                    pszFriendly: crate::LPCSTR,
                    pszEmail: crate::LPCSTR,
                    phAddress: LPHADDRESS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !phAddress.is_null() {
                            unsafe { ::core::ptr::write_bytes(phAddress, 0, 1) };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszFriendly.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg3 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszEmail.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::append(
                            object.inner(),
                            arg0,
                            ietFriendly,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                if !phAddress.is_null() {
                                    unsafe { phAddress.write(arg4) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Insert: {
                /// `IMimeAddressTable::Insert`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pAddress: LPADDRESSPROPS,
                    phAddress: LPHADDRESS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !phAddress.is_null() {
                            unsafe { ::core::ptr::write_bytes(phAddress, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::AddressProps::from_raw(
                                pAddress.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::insert(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                if !phAddress.is_null() {
                                    unsafe { phAddress.write(arg1) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetProps: {
                /// `IMimeAddressTable::SetProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hAddress: HADDRESS,
                    pAddress: LPADDRESSPROPS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::AddressProps::from_raw(
                                pAddress.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::set_props(
                            object.inner(),
                            hAddress,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetProps: {
                /// `IMimeAddressTable::GetProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hAddress: HADDRESS,
                    pAddress: LPADDRESSPROPS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if pAddress.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let __asked1 = unsafe {
                            ::core::ptr::addr_of!((* pAddress).dwProps).read_unaligned()
                        };
                        unsafe {
                            pAddress
                                .write_unaligned(
                                    <crate::value::AddressProps as crate::value::TaskRecord>::zeroed(),
                                )
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::get_props(
                            object.inner(),
                            hAddress,
                            __asked1,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match crate::value::TaskOne::<
                                    crate::value::AddressProps,
                                >::new(&arg1) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pAddress.write_unaligned(__buf1.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetSender: {
                /// `IMimeAddressTable::GetSender`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pAddress: LPADDRESSPROPS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if pAddress.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let __asked0 = unsafe {
                            ::core::ptr::addr_of!((* pAddress).dwProps).read_unaligned()
                        };
                        unsafe {
                            pAddress
                                .write_unaligned(
                                    <crate::value::AddressProps as crate::value::TaskRecord>::zeroed(),
                                )
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::get_sender(
                            object.inner(),
                            __asked0,
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match crate::value::TaskOne::<
                                    crate::value::AddressProps,
                                >::new(&arg0) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pAddress.write_unaligned(__buf0.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CountTypes: {
                /// `IMimeAddressTable::CountTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                    pcAdrs: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pcAdrs.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcAdrs, 0, 1) };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pcAdrs.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::count_types(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcAdrs.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetTypes: {
                /// `IMimeAddressTable::GetTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                    dwProps: crate::DWORD,
                    pList: LPADDRESSLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pList.is_null() {
                            unsafe {
                                pList
                                    .write_unaligned(
                                        crate::value::TaskArray::<
                                            crate::value::AddressProps,
                                        >::empty_list(),
                                    )
                            };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg1 = match <MimeAddressProps as crate::FlagSet>::check_input_for(
                            dwProps,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if pList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::get_types(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskArray::<
                                    crate::value::AddressProps,
                                >::new(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pList.write_unaligned(__buf2.into_list()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumTypes: {
                /// `IMimeAddressTable::EnumTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                    dwProps: crate::DWORD,
                    ppEnum: *mut *mut IMimeEnumAddressTypes,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg1 = match <MimeAddressProps as crate::FlagSet>::check_input_for(
                            dwProps,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::enum_types(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Delete: {
                /// `IMimeAddressTable::Delete`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hAddress: HADDRESS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::delete(
                            object.inner(),
                            hAddress,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteTypes: {
                /// `IMimeAddressTable::DeleteTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrTypes: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrTypes,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::delete_types(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetFormat: {
                /// `IMimeAddressTable::GetFormat`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrType: crate::DWORD,
                    format: crate::ADDRESSFORMAT,
                    ppszFormat: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszFormat.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszFormat, 0, 1) };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppszFormat.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::get_format(
                            object.inner(),
                            arg0,
                            format,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskStr::ansi(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszFormat.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AppendRfc822: {
                /// `IMimeAddressTable::AppendRfc822`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrType: crate::DWORD,
                    ietEncoding: crate::ENCODINGTYPE,
                    pszRfc822Adr: crate::LPCSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszRfc822Adr.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::append_rfc822(
                            object.inner(),
                            arg0,
                            ietEncoding,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ParseRfc822: {
                /// `IMimeAddressTable::ParseRfc822`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAdrType: crate::DWORD,
                    ietEncoding: crate::ENCODINGTYPE,
                    pszRfc822Adr: crate::LPCSTR,
                    pList: LPADDRESSLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pList.is_null() {
                            unsafe {
                                pList
                                    .write_unaligned(
                                        crate::value::TaskArray::<
                                            crate::value::AddressProps,
                                        >::empty_list(),
                                    )
                            };
                        }
                        let arg0 = match <MimeAddressTypes as crate::FlagSet>::check_input_for(
                            dwAdrType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszRfc822Adr.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::parse_rfc822(
                            object.inner(),
                            arg0,
                            ietEncoding,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                let __buf3 = match crate::value::TaskArray::<
                                    crate::value::AddressProps,
                                >::new(&arg3) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pList.write_unaligned(__buf3.into_list()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimeAddressTable::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppTable: *mut *mut IMimeAddressTable,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppTable.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppTable, 0, 1) };
                        }
                        if ppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::clone(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppTable.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            BindToObject: {
                /// `IMimeAddressTable::BindToObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    riid: crate::REFIID,
                    ppvObject: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAddressTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        let arg0 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAddressTableImpl>::bind_to_object(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg1;
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeAddressTable {
    const IIDS: &'static [u128] = &[
        0xc558834a_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeHeaderTable`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeHeaderTableImpl`, the provider side of `IMimeHeaderTable`",
    label = "`IMimeHeaderTable` needs `impl IMimeHeaderTableImpl for {Self}`",
    note = "write `impl IMimeHeaderTableImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeHeaderTableImpl: crate::IPersistStreamImpl + crate::__private::Declares<
        IMimeHeaderTable,
        0xfd853cd1_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Starts a search by name and returns the first row found.
    ///
    /// Returns `S_OK` with the row, or `MIME_E_NOT_FOUND` when there is
    /// none.
    ///
    /// Called through slot 8 ([`IMimeHeaderTableVtbl::FindFirstRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_first_row(
        &self,
        pFindHeader: &mut crate::value::FindCursor<'_>,
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult> {
        let _ = (pFindHeader,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the next row of a search `FindFirstRow` started.
    ///
    /// Returns `S_OK` with the row, or `MIME_E_NOT_FOUND` when there are no
    /// more.
    ///
    /// Called through slot 9 ([`IMimeHeaderTableVtbl::FindNextRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_next_row(
        &self,
        pFindHeader: &mut crate::value::FindCursor<'_>,
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult> {
        let _ = (pFindHeader,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Counts the rows of a header name.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 10 ([`IMimeHeaderTableVtbl::CountRows`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count_rows(
        &self,
        pszHeader: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (pszHeader,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a row at the end of the block.
    ///
    /// Returns `S_OK` with its handle.
    ///
    /// Called through slot 11 ([`IMimeHeaderTableVtbl::AppendRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn append_row(
        &self,
        pszHeader: ::core::option::Option<crate::value::StrRef<'_>>,
        dwFlags: HEADERTABLEFLAGS,
        pszData: &[u8],
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult> {
        let _ = (pszHeader, dwFlags, pszData);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a row.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 12 ([`IMimeHeaderTableVtbl::DeleteRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_row(
        &self,
        hRow: HHEADERROW,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hRow,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a row's value.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 13 ([`IMimeHeaderTableVtbl::GetRowData`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_row_data(
        &self,
        hRow: HHEADERROW,
        dwFlags: HEADERTABLEFLAGS,
    ) -> ::core::result::Result<(::std::string::String, crate::ULONG), crate::Hresult> {
        let _ = (hRow, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Replaces a row's value.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 14 ([`IMimeHeaderTableVtbl::SetRowData`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_row_data(
        &self,
        hRow: HHEADERROW,
        dwFlags: HEADERTABLEFLAGS,
        pszData: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hRow, dwFlags, pszData);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells where a row stands in the block it was read from.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 15 ([`IMimeHeaderTableVtbl::GetRowInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_row_info(
        &self,
        hRow: HHEADERROW,
        pInfo: &mut HEADERROWINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hRow, pInfo);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Moves a row to another position when the block is saved.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// Called through slot 16 ([`IMimeHeaderTableVtbl::SetRowNumber`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_row_number(
        &self,
        hRow: HHEADERROW,
        dwRowNumber: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hRow, dwRowNumber);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator of the rows, in saved order.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// Called through slot 17 ([`IMimeHeaderTableVtbl::EnumRows`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_rows(
        &self,
        pszHeader: ::core::option::Option<crate::value::StrRef<'_>>,
        dwFlags: HEADERTABLEFLAGS,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumHeaderRows>, crate::Hresult> {
        let _ = (pszHeader, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a copy of the table.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// Called through slot 18 ([`IMimeHeaderTableVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeHeaderTable>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the object the table belongs to, through the interface
    /// asked for.
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// Called through slot 19 ([`IMimeHeaderTableVtbl::BindToObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_object(
        &self,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (riid,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeHeaderTableVtbl {
    /// A vtable of [`IMimeHeaderTable`] whose slots check their arguments and call [`IMimeHeaderTableImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeHeaderTableImpl,
    {
        Self {
            base__: crate::IPersistStreamVtbl::new::<O, INDEX>(),
            FindFirstRow: {
                /// `IMimeHeaderTable::FindFirstRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pFindHeader: LPFINDHEADER,
                    phRow: LPHHEADERROW,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !phRow.is_null() {
                            unsafe { ::core::ptr::write_bytes(phRow, 0, 1) };
                        }
                        if pFindHeader.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let mut arg0 = match unsafe {
                            crate::value::FindCursor::from_raw(pFindHeader)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if phRow.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::find_first_row(
                            object.inner(),
                            &mut arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe {
                                    ::core::ptr::addr_of_mut!((* pFindHeader).dwReserved)
                                        .write_unaligned(arg0.reserved)
                                };
                                unsafe { phRow.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FindNextRow: {
                /// `IMimeHeaderTable::FindNextRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pFindHeader: LPFINDHEADER,
                    phRow: LPHHEADERROW,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !phRow.is_null() {
                            unsafe { ::core::ptr::write_bytes(phRow, 0, 1) };
                        }
                        if pFindHeader.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let mut arg0 = match unsafe {
                            crate::value::FindCursor::from_raw(pFindHeader)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if phRow.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::find_next_row(
                            object.inner(),
                            &mut arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe {
                                    ::core::ptr::addr_of_mut!((* pFindHeader).dwReserved)
                                        .write_unaligned(arg0.reserved)
                                };
                                unsafe { phRow.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CountRows: {
                /// `IMimeHeaderTable::CountRows`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszHeader: crate::LPCSTR,
                    pcRows: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pcRows.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcRows, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszHeader.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if pcRows.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::count_rows(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { pcRows.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AppendRow: {
                /// `IMimeHeaderTable::AppendRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszHeader: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    pszData: crate::LPCSTR,
                    cchData: crate::ULONG,
                    phRow: LPHHEADERROW,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !phRow.is_null() {
                            unsafe { ::core::ptr::write_bytes(phRow, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszHeader.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <HEADERTABLEFLAGS as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pszData.cast(), cchData as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::append_row(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                if !phRow.is_null() {
                                    unsafe { phRow.write(arg4) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteRow: {
                /// `IMimeHeaderTable::DeleteRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hRow: HHEADERROW,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::delete_row(
                            object.inner(),
                            hRow,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetRowData: {
                /// `IMimeHeaderTable::GetRowData`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hRow: HHEADERROW,
                    dwFlags: crate::DWORD,
                    ppszData: *mut crate::LPSTR,
                    pcchData: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszData.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszData, 0, 1) };
                        }
                        if !pcchData.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcchData, 0, 1) };
                        }
                        let arg1 = match <HEADERTABLEFLAGS as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppszData.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcchData.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMimeHeaderTableImpl>::get_row_data(
                            object.inner(),
                            hRow,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg2, arg3) = __outs;
                                let __buf2 = match crate::value::TaskStr::ansi(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                unsafe { ppszData.write(__buf2.into_raw().cast()) };
                                unsafe { pcchData.write(arg3) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetRowData: {
                /// `IMimeHeaderTable::SetRowData`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hRow: HHEADERROW,
                    dwFlags: crate::DWORD,
                    pszData: crate::LPCSTR,
                    cchData: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <HEADERTABLEFLAGS as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pszData.cast(), cchData as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::set_row_data(
                            object.inner(),
                            hRow,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetRowInfo: {
                /// `IMimeHeaderTable::GetRowInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hRow: HHEADERROW,
                    pInfo: LPHEADERROWINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if pInfo.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::get_row_info(
                            object.inner(),
                            hRow,
                            unsafe { &mut *pInfo },
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetRowNumber: {
                /// `IMimeHeaderTable::SetRowNumber`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hRow: HHEADERROW,
                    dwRowNumber: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::set_row_number(
                            object.inner(),
                            hRow,
                            dwRowNumber,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumRows: {
                /// `IMimeHeaderTable::EnumRows`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszHeader: crate::LPCSTR,
                    dwFlags: crate::DWORD,
                    ppEnum: *mut *mut IMimeEnumHeaderRows,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszHeader.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <HEADERTABLEFLAGS as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::enum_rows(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppEnum.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Clone: {
                /// `IMimeHeaderTable::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppTable: *mut *mut IMimeHeaderTable,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppTable.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppTable, 0, 1) };
                        }
                        if ppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::clone(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppTable.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            BindToObject: {
                /// `IMimeHeaderTable::BindToObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    riid: crate::REFIID,
                    ppvObject: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeHeaderTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        let arg0 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeHeaderTableImpl>::bind_to_object(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg1;
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeHeaderTable {
    const IIDS: &'static [u128] = &[
        0xfd853cd1_7f86_11d0_8252_00c04fd85ab4, 0x00000109_0000_0000_c000_000000000046,
        0x0000010c_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeInternational`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeInternationalImpl`, the provider side of `IMimeInternational`",
    label = "`IMimeInternational` needs `impl IMimeInternationalImpl for {Self}`",
    note = "write `impl IMimeInternationalImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeInternationalImpl: crate::__private::Declares<
        IMimeInternational,
        0xc5588349_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Makes a character set the default, used where a message names none.
    ///
    /// Returns `S_OK`, or an error when the handle is not valid.
    ///
    /// Called through slot 3 ([`IMimeInternationalVtbl::SetDefaultCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_default_charset(
        &self,
        hCharset: crate::HCHARSET,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hCharset,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the default character set.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 4 ([`IMimeInternationalVtbl::GetDefaultCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_default_charset(
        &self,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the character set a code page uses for bodies, headers or
    /// web pages.
    ///
    /// Returns `S_OK`, or an error when the code page is not known.
    ///
    /// Called through slot 5 ([`IMimeInternationalVtbl::GetCodePageCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_code_page_charset(
        &self,
        cpiCodePage: CODEPAGEID,
        ctCsetType: crate::CHARSETTYPE,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let _ = (cpiCodePage, ctCsetType);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Looks a character set up by name.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the name is not known.
    ///
    /// Called through slot 6 ([`IMimeInternationalVtbl::FindCharset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_charset(
        &self,
        pszCharset: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let _ = (pszCharset,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Describes a character set.
    ///
    /// Returns `S_OK`, or an error when the handle is not valid.
    ///
    /// Called through slot 7 ([`IMimeInternationalVtbl::GetCharsetInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_charset_info(
        &self,
        hCharset: crate::HCHARSET,
        pCsetInfo: &mut INETCSETINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hCharset, pCsetInfo);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Describes a code page.
    ///
    /// Returns `S_OK`, or an error when the code page is not known.
    ///
    /// Called through slot 8 ([`IMimeInternationalVtbl::GetCodePageInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_code_page_info(
        &self,
        cpiCodePage: CODEPAGEID,
        pCodePageInfo: &mut CODEPAGEINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cpiCodePage, pCodePageInfo);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks whether text can be converted from one code page to another.
    ///
    /// Returns `S_OK` when it can, `S_FALSE` when it cannot.
    ///
    /// Called through slot 9 ([`IMimeInternationalVtbl::CanConvertCodePages`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn can_convert_code_pages(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cpiSource, cpiDest);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::can_convert_code_pages`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::can_convert_code_pages`] and answers `S_OK`.
    fn can_convert_code_pages_with_warning(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.can_convert_code_pages(cpiSource, cpiDest).map(|v| (crate::Hresult::OK, v))
    }
    /// Decodes a header value: RFC 1522 words are decoded and the text is
    /// converted from the character set.
    ///
    /// Returns `S_OK`, or an error when the character set is not valid, or
    /// the text could not be converted.
    ///
    /// Called through slot 10 ([`IMimeInternationalVtbl::DecodeHeader`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn decode_header(
        &self,
        hCharset: crate::HCHARSET,
        pszData: crate::value::StrRef<'_>,
        pDecoded: u16,
        pRfc1522Info: &mut RFC1522INFO,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (hCharset, pszData, pDecoded, pRfc1522Info);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Encodes a header value: the text is converted into the character set
    /// and written as RFC 1522 words where a header cannot carry it as it
    /// is.
    ///
    /// Returns `S_OK`, or an error when the text could not be converted.
    ///
    /// Called through slot 11 ([`IMimeInternationalVtbl::EncodeHeader`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn encode_header(
        &self,
        hCharset: crate::HCHARSET,
        pData: &crate::value::PropVariantRef<'_>,
        pRfc1522Info: &mut RFC1522INFO,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (hCharset, pData, pRfc1522Info);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Converts bytes of text from one code page to another.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// Called through slot 12 ([`IMimeInternationalVtbl::ConvertBuffer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn convert_buffer(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: &[u8],
    ) -> ::core::result::Result<(::std::vec::Vec<u8>, crate::ULONG), crate::Hresult> {
        let _ = (cpiSource, cpiDest, pIn);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Converts a string value from one code page to another.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// Called through slot 13 ([`IMimeInternationalVtbl::ConvertString`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn convert_string(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: &crate::value::PropVariantRef<'_>,
        pOut: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (cpiSource, cpiDest, pIn, pOut);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Forgets the state `MLANG_ConvertInetString` keeps between calls (a
    /// shift state of a stateful code page such as ISO-2022-JP).
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 14 ([`IMimeInternationalVtbl::MLANG_ConvertInetReset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn mlang_convert_inet_reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Converts text between code pages through the system's language
    /// library (MLang), into the caller's buffer.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// Called through slot 15 ([`IMimeInternationalVtbl::MLANG_ConvertInetString`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `pSource` (`LPCSTR`): The text, `*pnSizeOfSource` bytes. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    ///
    /// `pDestination` (`LPSTR`): The caller's buffer of `*pnDstSize` bytes, filled in; null to ask for the size needed. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn mlang_convert_inet_string(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pSource: crate::LPCSTR,
        pnSizeOfSource: &mut i32,
        pDestination: crate::LPSTR,
        pnDstSize: &mut i32,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cpiSource, cpiDest, pSource, pnSizeOfSource, pDestination, pnDstSize);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Decodes a header value that may hold RFC 1522 words, without
    /// converting its character set.
    ///
    /// Returns `S_OK`, or an error when the value holds no valid word.
    ///
    /// Called through slot 16 ([`IMimeInternationalVtbl::Rfc1522Decode`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn rfc1522_decode(
        &self,
        pszValue: crate::value::StrRef<'_>,
        pszCharset: &mut [u8],
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (pszValue, pszCharset);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Encodes a value as RFC 1522 words in a character set.
    ///
    /// Returns `S_OK`, or an error when the text could not be converted.
    ///
    /// Called through slot 17 ([`IMimeInternationalVtbl::Rfc1522Encode`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn rfc1522_encode(
        &self,
        pszValue: crate::value::StrRef<'_>,
        hCharset: crate::HCHARSET,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (pszValue, hCharset);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeInternationalVtbl {
    /// A vtable of [`IMimeInternational`] whose slots check their arguments and call [`IMimeInternationalImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeInternationalImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            SetDefaultCharset: {
                /// `IMimeInternational::SetDefaultCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hCharset: crate::HCHARSET,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::set_default_charset(
                            object.inner(),
                            hCharset,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetDefaultCharset: {
                /// `IMimeInternational::GetDefaultCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    phCharset: crate::LPHCHARSET,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !phCharset.is_null() {
                            unsafe { ::core::ptr::write_bytes(phCharset, 0, 1) };
                        }
                        if phCharset.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::get_default_charset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phCharset.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCodePageCharset: {
                /// `IMimeInternational::GetCodePageCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpiCodePage: CODEPAGEID,
                    ctCsetType: crate::CHARSETTYPE,
                    phCharset: crate::LPHCHARSET,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !phCharset.is_null() {
                            unsafe { ::core::ptr::write_bytes(phCharset, 0, 1) };
                        }
                        if phCharset.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::get_code_page_charset(
                            object.inner(),
                            cpiCodePage,
                            ctCsetType,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phCharset.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FindCharset: {
                /// `IMimeInternational::FindCharset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszCharset: crate::LPCSTR,
                    phCharset: crate::LPHCHARSET,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !phCharset.is_null() {
                            unsafe { ::core::ptr::write_bytes(phCharset, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszCharset.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if phCharset.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::find_charset(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                unsafe { phCharset.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCharsetInfo: {
                /// `IMimeInternational::GetCharsetInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hCharset: crate::HCHARSET,
                    pCsetInfo: LPINETCSETINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if pCsetInfo.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::get_charset_info(
                            object.inner(),
                            hCharset,
                            unsafe { &mut *pCsetInfo },
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCodePageInfo: {
                /// `IMimeInternational::GetCodePageInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpiCodePage: CODEPAGEID,
                    pCodePageInfo: LPCODEPAGEINFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if pCodePageInfo.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::get_code_page_info(
                            object.inner(),
                            cpiCodePage,
                            unsafe { &mut *pCodePageInfo },
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CanConvertCodePages: {
                /// `IMimeInternational::CanConvertCodePages`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpiSource: CODEPAGEID,
                    cpiDest: CODEPAGEID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeInternationalImpl>::can_convert_code_pages_with_warning(
                                object.inner(),
                                cpiSource,
                                cpiDest,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DecodeHeader: {
                /// `IMimeInternational::DecodeHeader`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hCharset: crate::HCHARSET,
                    pszData: crate::LPCSTR,
                    pDecoded: LPPROPVARIANT,
                    pRfc1522Info: LPRFC1522INFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszData.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pDecoded.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pRfc1522Info.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::decode_header(
                            object.inner(),
                            hCharset,
                            arg1,
                            unsafe {
                                ::core::ptr::addr_of!((* pDecoded).vt).read_unaligned()
                            },
                            unsafe { &mut *pRfc1522Info },
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pDecoded.write_unaligned(__buf2.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EncodeHeader: {
                /// `IMimeInternational::EncodeHeader`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hCharset: crate::HCHARSET,
                    pData: LPPROPVARIANT,
                    ppszEncoded: *mut crate::LPSTR,
                    pRfc1522Info: LPRFC1522INFO,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszEncoded.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszEncoded, 0, 1) };
                        }
                        let arg1 = match unsafe {
                            crate::value::PropVariantRef::from_raw(
                                pData.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppszEncoded.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pRfc1522Info.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::encode_header(
                            object.inner(),
                            hCharset,
                            &arg1,
                            unsafe { &mut *pRfc1522Info },
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskStr::ansi(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszEncoded.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ConvertBuffer: {
                /// `IMimeInternational::ConvertBuffer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpiSource: CODEPAGEID,
                    cpiDest: CODEPAGEID,
                    pIn: LPBLOB,
                    pOut: LPBLOB,
                    pcbRead: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !pOut.is_null() {
                            unsafe {
                                pOut.write_unaligned(crate::__private::call::empty_blob())
                            };
                        }
                        if !pcbRead.is_null() {
                            unsafe { ::core::ptr::write_bytes(pcbRead, 0, 1) };
                        }
                        let arg2 = match unsafe {
                            crate::value::blob_from_raw(pIn.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pOut.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcbRead.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMimeInternationalImpl>::convert_buffer(
                            object.inner(),
                            cpiSource,
                            cpiDest,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg3, arg4) = __outs;
                                let __buf3 = match crate::value::TaskBlob::new(&arg3) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                unsafe { pOut.write_unaligned(__buf3.into_raw()) };
                                unsafe { pcbRead.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ConvertString: {
                /// `IMimeInternational::ConvertString`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpiSource: CODEPAGEID,
                    cpiDest: CODEPAGEID,
                    pIn: LPPROPVARIANT,
                    pOut: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        let arg2 = match unsafe {
                            crate::value::PropVariantRef::from_raw(
                                pIn.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pOut.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::convert_string(
                            object.inner(),
                            cpiSource,
                            cpiDest,
                            &arg2,
                            unsafe {
                                ::core::ptr::addr_of!((* pOut).vt).read_unaligned()
                            },
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                let __buf3 = match arg3.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pOut.write_unaligned(__buf3.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            MLANG_ConvertInetReset: {
                /// `IMimeInternational::MLANG_ConvertInetReset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::mlang_convert_inet_reset(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            MLANG_ConvertInetString: {
                /// `IMimeInternational::MLANG_ConvertInetString`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpiSource: CODEPAGEID,
                    cpiDest: CODEPAGEID,
                    pSource: crate::LPCSTR,
                    pnSizeOfSource: *mut i32,
                    pDestination: crate::LPSTR,
                    pnDstSize: *mut i32,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if pSource.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pnSizeOfSource.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pnDstSize.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = cpiSource;
                        let __c1 = cpiDest;
                        let __c2 = pSource;
                        let __c3 = unsafe { &mut *pnSizeOfSource };
                        let __c4 = pDestination;
                        let __c5 = unsafe { &mut *pnDstSize };
                        match unsafe {
                            <O::Inner as IMimeInternationalImpl>::mlang_convert_inet_string(
                                object.inner(),
                                __c0,
                                __c1,
                                __c2,
                                __c3,
                                __c4,
                                __c5,
                            )
                        } {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Rfc1522Decode: {
                /// `IMimeInternational::Rfc1522Decode`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszValue: crate::LPCSTR,
                    pszCharset: crate::LPSTR,
                    cchmax: crate::ULONG,
                    ppszDecoded: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszDecoded.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszDecoded, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszValue.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match unsafe {
                            crate::__private::slice_out::<
                                u8,
                            >(pszCharset.cast(), cchmax as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppszDecoded.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::rfc1522_decode(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                let __buf3 = match crate::value::TaskStr::ansi(&arg3) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszDecoded.write(__buf3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Rfc1522Encode: {
                /// `IMimeInternational::Rfc1522Encode`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszValue: crate::LPCSTR,
                    hCharset: crate::HCHARSET,
                    ppszEncoded: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeInternationalImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszEncoded.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszEncoded, 0, 1) };
                        }
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(pszValue.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppszEncoded.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeInternationalImpl>::rfc1522_encode(
                            object.inner(),
                            arg0,
                            hCharset,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskStr::ansi(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszEncoded.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeInternational {
    const IIDS: &'static [u128] = &[
        0xc5588349_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeAllocator`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeAllocatorImpl`, the provider side of `IMimeAllocator`",
    label = "`IMimeAllocator` needs `impl IMimeAllocatorImpl for {Self}`",
    note = "write `impl IMimeAllocatorImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeAllocatorImpl: crate::IMallocImpl + crate::__private::Declares<
        IMimeAllocator,
        0xc5588351_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Frees the strings of an array of header parameters, as
    /// `IMimePropertySet::GetParameters` returns them, and the array itself
    /// when asked.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 9 ([`IMimeAllocatorVtbl::FreeParamInfoArray`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_param_info_array(
        &self,
        prgParam: ::std::vec::Vec<crate::value::MimeParam>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgParam,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees an address list: each address's strings and thumbprints and
    /// the array of addresses; the list itself is left empty.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` when the list is null or counts
    /// addresses at a null array.
    ///
    /// Called through slot 10 ([`IMimeAllocatorVtbl::FreeAddressList`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_address_list(
        &self,
        pList: ::std::vec::Vec<crate::value::AddressProps>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pList,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees the strings and thumbprints of one address (the members its
    /// `dwProps` names); the structure itself is left zeroed.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` when the pointer is null.
    ///
    /// Called through slot 11 ([`IMimeAllocatorVtbl::FreeAddressProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_address_props(
        &self,
        pAddress: crate::value::AddressProps,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pAddress,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Releases each object of an array of interface pointers, and frees
    /// the array when asked.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 12 ([`IMimeAllocatorVtbl::ReleaseObjects`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn release_objects(
        &self,
        prgpUnknown: ::std::vec::Vec<
            ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
        >,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgpUnknown,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees the strings of an array of header rows, as
    /// `IMimeEnumHeaderRows::Next` fills them in, and the array itself when
    /// asked.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 13 ([`IMimeAllocatorVtbl::FreeEnumHeaderRowArray`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_enum_header_row_array(
        &self,
        prgRow: ::std::vec::Vec<crate::value::HeaderRow>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgRow,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees the names of an array of enumerated properties, as
    /// `IMimeEnumProperties::Next` fills them in, and the array itself when
    /// asked.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 14 ([`IMimeAllocatorVtbl::FreeEnumPropertyArray`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_enum_property_array(
        &self,
        prgProp: ::std::vec::Vec<crate::value::EnumProperty>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (prgProp,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees the bytes of a certificate thumbprint.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 15 ([`IMimeAllocatorVtbl::FreeThumbprint`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn free_thumbprint(
        &self,
        pthumbprint: ::std::vec::Vec<u8>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pthumbprint,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Clears a `PROPVARIANT` the library returned, freeing what it points
    /// to, as `PropVariantClear` does; it is left `VT_EMPTY`.
    ///
    /// Returns `S_OK`.
    ///
    /// Called through slot 16 ([`IMimeAllocatorVtbl::PropVariantClear`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn prop_variant_clear(
        &self,
        pProp: crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pProp,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeAllocatorVtbl {
    /// A vtable of [`IMimeAllocator`] whose slots check their arguments and call [`IMimeAllocatorImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeAllocatorImpl,
    {
        Self {
            base__: crate::IMallocVtbl::new::<O, INDEX>(),
            FreeParamInfoArray: {
                /// `IMimeAllocator::FreeParamInfoArray`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cParams: crate::ULONG,
                    prgParam: LPMIMEPARAMINFO,
                    fFreeArray: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::TaskArray::<
                                crate::value::MimeParam,
                            >::take(cParams, prgParam, fFreeArray != 0)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::free_param_info_array(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FreeAddressList: {
                /// `IMimeAllocator::FreeAddressList`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pList: LPADDRESSLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        if pList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg0 = match unsafe {
                            crate::value::TaskArray::<
                                crate::value::AddressProps,
                            >::adopt_list(pList)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::free_address_list(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FreeAddressProps: {
                /// `IMimeAllocator::FreeAddressProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pAddress: LPADDRESSPROPS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        if pAddress.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg0 = match unsafe {
                            crate::value::TaskOne::<
                                crate::value::AddressProps,
                            >::take(pAddress)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::free_address_props(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ReleaseObjects: {
                /// `IMimeAllocator::ReleaseObjects`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cObjects: crate::ULONG,
                    prgpUnknown: *mut *mut crate::IUnknown,
                    fFreeArray: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::TaskObjects::take(
                                cObjects,
                                prgpUnknown,
                                fFreeArray != 0,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::release_objects(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FreeEnumHeaderRowArray: {
                /// `IMimeAllocator::FreeEnumHeaderRowArray`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cRows: crate::ULONG,
                    prgRow: LPENUMHEADERROW,
                    fFreeArray: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::TaskArray::<
                                crate::value::HeaderRow,
                            >::take(cRows, prgRow, fFreeArray != 0)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::free_enum_header_row_array(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FreeEnumPropertyArray: {
                /// `IMimeAllocator::FreeEnumPropertyArray`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cProps: crate::ULONG,
                    prgProp: LPENUMPROPERTY,
                    fFreeArray: u8,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match unsafe {
                            crate::value::TaskArray::<
                                crate::value::EnumProperty,
                            >::take(cProps, prgProp, fFreeArray != 0)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::free_enum_property_array(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            FreeThumbprint: {
                /// `IMimeAllocator::FreeThumbprint`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pthumbprint: *mut THUMBBLOB,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        if pthumbprint.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg0 = match unsafe {
                            crate::value::TaskBlob::adopt(pthumbprint)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::free_thumbprint(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            PropVariantClear: {
                /// `IMimeAllocator::PropVariantClear`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pProp: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeAllocatorImpl,
                {
                    crate::__private::guard(|| {
                        if pProp.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg0 = match unsafe {
                            crate::value::PropVariant::adopt(pProp)
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeAllocatorImpl>::prop_variant_clear(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeAllocator {
    const IIDS: &'static [u128] = &[
        0xc5588351_7f86_11d0_8252_00c04fd85ab4, 0x00000002_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeSecurity`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeSecurityImpl`, the provider side of `IMimeSecurity`",
    label = "`IMimeSecurity` needs `impl IMimeSecurityImpl for {Self}`",
    note = "write `impl IMimeSecurityImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeSecurityImpl: crate::__private::Declares<
        IMimeSecurity,
        0xc5588353_7f86_11d0_8252_00c04fd85ab4,
    > {
    /// Initialises the object (its cryptographic provider); call it once,
    /// before any other method.
    ///
    /// Returns `S_OK`, or an error when the provider cannot be loaded.
    ///
    /// Called through slot 3 ([`IMimeSecurityVtbl::InitNew`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init_new(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Says whether `InitNew` has been called.
    ///
    /// Returns `S_OK` when it has, an error when it has not.
    ///
    /// Called through slot 4 ([`IMimeSecurityVtbl::CheckInit`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn check_init(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Encodes a whole message tree as its security properties ask (signs,
    /// encrypts or both, with the certificates they name).
    ///
    /// Returns `S_OK`, `MIME_S_SECURITY_NOOP` when nothing asked for
    /// security, or an error (`MIME_E_SECURITY_NOCERT` without a
    /// certificate, `MIME_E_SECURITY_CLASSNOTSUPPORTED`, ...).
    ///
    /// Called through slot 5 ([`IMimeSecurityVtbl::EncodeMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn encode_message(
        &self,
        pTree: crate::ComPtr<IMimeMessageTree>,
        dwFlags: MimeSecurityFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pTree, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Encodes one body of a message tree, and with `EBF_RECURSE` the
    /// bodies below it.
    ///
    /// Returns `S_OK`, `MIME_S_SECURITY_NOOP` when nothing asked for
    /// security, or an error, as `EncodeMessage`.
    ///
    /// Called through slot 6 ([`IMimeSecurityVtbl::EncodeBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn encode_body(
        &self,
        pTree: crate::ComPtr<IMimeMessageTree>,
        hEncodeRoot: HBODY,
        dwFlags: MimeSecurityBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pTree, hEncodeRoot, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Decodes a whole message tree: decrypts it and checks its signatures,
    /// leaving the results in its security properties.
    ///
    /// Returns `S_OK`, or an error when the message cannot be decoded.
    ///
    /// Called through slot 7 ([`IMimeSecurityVtbl::DecodeMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn decode_message(
        &self,
        pTree: crate::ComPtr<IMimeMessageTree>,
        dwFlags: MimeSecurityFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pTree, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Decodes one body of a message tree, and with `EBF_RECURSE` the
    /// bodies below it.
    ///
    /// Returns `S_OK`, or an error when the body cannot be decoded.
    ///
    /// Called through slot 8 ([`IMimeSecurityVtbl::DecodeBody`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn decode_body(
        &self,
        pTree: crate::ComPtr<IMimeMessageTree>,
        hDecodeRoot: HBODY,
        dwFlags: MimeSecurityBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pTree, hDecodeRoot, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the certificate after `pPrev` in a CryptoAPI store, among
    /// those fit for a usage; with no usage, whether the store holds any
    /// certificate at all.
    ///
    /// The certificate returned is CryptoAPI's (see `PCX509CERT`): the
    /// caller frees it with `CertFreeCertificateContext`, or passes it back
    /// as `pPrev` to go on. Returns `S_OK`, or an error when there are no
    /// more certificates (or, with no usage, none) or `hc` is null.
    ///
    /// Called through slot 9 ([`IMimeSecurityVtbl::EnumCertificates`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_certificates(
        &self,
        hc: HCAPICERTSTORE,
        dwUsage: MimeCertUsage,
        pPrev: PCX509CERT,
    ) -> ::core::result::Result<PCX509CERT, crate::Hresult> {
        let _ = (hc, dwUsage, pPrev);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a certificate's subject name, in the form asked for.
    ///
    /// The name is allocated with the task allocator; the caller frees it
    /// (`CoTaskMemFree`). Returns `S_OK`, or an error when the certificate
    /// has no such name.
    ///
    /// Called through slot 10 ([`IMimeSecurityVtbl::GetCertificateName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_certificate_name(
        &self,
        pX509Cert: PCX509CERT,
        cn: crate::CERTNAMETYPE,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (pX509Cert, cn);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns how a body is secured (signed, encrypted, and where).
    ///
    /// Returns `S_OK`, or an error when the body cannot be read.
    ///
    /// Called through slot 11 ([`IMimeSecurityVtbl::GetMessageType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_message_type(
        &self,
        hwndParent: crate::HWND,
        pBody: crate::ComPtr<IMimeBody>,
    ) -> ::core::result::Result<MimeSecurityType, crate::Hresult> {
        let _ = (hwndParent, pBody);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns one piece of data of a certificate (`CDID_EMAIL`: its e-mail
    /// address, a `VT_LPSTR`).
    ///
    /// The value's memory is the caller's, freed as `PropVariantClear`
    /// does. Returns `S_OK`, or an error when the certificate holds no such
    /// data.
    ///
    /// Called through slot 12 ([`IMimeSecurityVtbl::GetCertData`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_cert_data(
        &self,
        pX509Cert: PCX509CERT,
        dataid: crate::CERTDATAID,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let _ = (pX509Cert, dataid);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeSecurityVtbl {
    /// A vtable of [`IMimeSecurity`] whose slots check their arguments and call [`IMimeSecurityImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeSecurityImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            InitNew: {
                /// `IMimeSecurity::InitNew`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::init_new(object.inner()) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CheckInit: {
                /// `IMimeSecurity::CheckInit`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::check_init(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EncodeMessage: {
                /// `IMimeSecurity::EncodeMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pTree: *mut IMimeMessageTree,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessageTree,
                            >::from_borrowed(pTree.cast::<IMimeMessageTree>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimeSecurityFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::encode_message(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EncodeBody: {
                /// `IMimeSecurity::EncodeBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pTree: *mut IMimeMessageTree,
                    hEncodeRoot: HBODY,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessageTree,
                            >::from_borrowed(pTree.cast::<IMimeMessageTree>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <MimeSecurityBodyFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::encode_body(
                            object.inner(),
                            arg0,
                            hEncodeRoot,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DecodeMessage: {
                /// `IMimeSecurity::DecodeMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pTree: *mut IMimeMessageTree,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessageTree,
                            >::from_borrowed(pTree.cast::<IMimeMessageTree>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MimeSecurityFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::decode_message(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DecodeBody: {
                /// `IMimeSecurity::DecodeBody`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pTree: *mut IMimeMessageTree,
                    hDecodeRoot: HBODY,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMimeMessageTree,
                            >::from_borrowed(pTree.cast::<IMimeMessageTree>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <MimeSecurityBodyFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::decode_body(
                            object.inner(),
                            arg0,
                            hDecodeRoot,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumCertificates: {
                /// `IMimeSecurity::EnumCertificates`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hc: HCAPICERTSTORE,
                    dwUsage: crate::DWORD,
                    pPrev: PCX509CERT,
                    ppCert: *mut PCX509CERT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        if !ppCert.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppCert, 0, 1) };
                        }
                        let arg1 = match <MimeCertUsage as crate::FlagSet>::check_input_for(
                            dwUsage,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppCert.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::enum_certificates(
                            object.inner(),
                            hc,
                            arg1,
                            pPrev,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                unsafe { ppCert.write(arg3) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCertificateName: {
                /// `IMimeSecurity::GetCertificateName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pX509Cert: PCX509CERT,
                    cn: crate::CERTNAMETYPE,
                    ppszName: *mut crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszName.is_null() {
                            unsafe { ::core::ptr::write_bytes(ppszName, 0, 1) };
                        }
                        if ppszName.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::get_certificate_name(
                            object.inner(),
                            pX509Cert,
                            cn,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskStr::ansi(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { ppszName.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMessageType: {
                /// `IMimeSecurity::GetMessageType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hwndParent: crate::HWND,
                    pBody: *mut IMimeBody,
                    pdwSecType: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwSecType.is_null() {
                            unsafe { ::core::ptr::write_bytes(pdwSecType, 0, 1) };
                        }
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMimeBody,
                            >::from_borrowed(pBody.cast::<IMimeBody>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pdwSecType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::get_message_type(
                            object.inner(),
                            hwndParent,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                unsafe {
                                    pdwSecType
                                        .write(
                                            arg2.bits() & <MimeSecurityType as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetCertData: {
                /// `IMimeSecurity::GetCertData`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pX509Cert: PCX509CERT,
                    dataid: crate::CERTDATAID,
                    pValue: LPPROPVARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeSecurityImpl,
                {
                    crate::__private::guard(|| {
                        if !pValue.is_null() {
                            unsafe {
                                pValue.write_unaligned(crate::__private::call::empty_raw())
                            };
                        }
                        if pValue.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeSecurityImpl>::get_cert_data(
                            object.inner(),
                            pX509Cert,
                            dataid,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match arg2.to_task() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                unsafe { pValue.write_unaligned(__buf2.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeSecurity {
    const IIDS: &'static [u128] = &[
        0xc5588353_7f86_11d0_8252_00c04fd85ab4, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimePropertySchema` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimePropertySchema {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimePropertySchema`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimePropertySchema> for IMimePropertySchema {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimePropertySchema`]: its methods, called through the vtable, on every `ComPtr` to `IMimePropertySchema` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimePropertySchemaExt {
    /// Registers a new property (header name).
    ///
    /// Returns `S_OK` with the new identifier, or an error when the name is
    /// already registered or not a valid header name.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name, without the colon (`X-Mailer`).
    /// - `dwFlags` (`DWORD`, in): How the library treats its values.
    /// - `dwRowNumber` (`DWORD`, in): Where the header goes among the others when a message is saved: a row number of the header order (0 for the default place).
    /// - `vtDefault` (`VARTYPE`, in): The `VARTYPE` a value of the property is returned as when the caller asks for none.
    /// - `pdwPropId` (`LPDWORD`, out): Receives the property's identifier.
    ///
    /// Calls slot 3 of the vtable, [`IMimePropertySchemaVtbl::RegisterProperty`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pdwPropId`.
    fn register_property(
        &self,
        pszName: &str,
        dwFlags: MIMEPROPFLAGS,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Changes how a registered property is treated.
    ///
    /// Returns `S_OK`, or an error when the name is not registered.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name.
    /// - `dwFlags` (`DWORD`, in): How the library treats its values from now on.
    /// - `dwRowNumber` (`DWORD`, in): Its place among the headers when a message is saved.
    /// - `vtDefault` (`VARTYPE`, in): Its default `VARTYPE`.
    ///
    /// Calls slot 4 of the vtable, [`IMimePropertySchemaVtbl::ModifyProperty`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn modify_property(
        &self,
        pszName: &str,
        dwFlags: MIMEPROPFLAGS,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Looks a property's identifier up by name.
    ///
    /// Returns `S_OK`, or an error when the name is not registered.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name.
    /// - `pdwPropId` (`LPDWORD`, out): Receives the identifier.
    ///
    /// Calls slot 5 of the vtable, [`IMimePropertySchemaVtbl::GetPropertyId`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pdwPropId`.
    fn get_property_id(
        &self,
        pszName: &str,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Looks a property's name up by identifier.
    ///
    /// Returns `S_OK`, or an error when no property has the identifier.
    ///
    /// # Parameters
    ///
    /// - `dwPropId` (`DWORD`, in): The identifier.
    /// - `ppszName` (`LPSTR*`, out): Receives the name, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 6 of the vtable, [`IMimePropertySchemaVtbl::GetPropertyName`]. In Rust:
    ///
    /// - `ppszName` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszName`.
    fn get_property_name(
        &self,
        dwPropId: crate::DWORD,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Registers a new kind of address (beyond `From`, `To`, `Cc`, ...), so
    /// that a header of that name is parsed into the address table.
    ///
    /// Returns `S_OK` with the new address type bit.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header name that holds such addresses.
    /// - `pdwAdrType` (`LPDWORD`, out): Receives the address type (one `IAT_*` bit).
    ///
    /// Calls slot 7 of the vtable, [`IMimePropertySchemaVtbl::RegisterAddressType`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pdwAdrType`.
    fn register_address_type(
        &self,
        pszName: &str,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimePropertySchema>> IMimePropertySchemaExt
for crate::ComPtr<T> {
    fn register_property(
        &self,
        pszName: &str,
        dwFlags: MIMEPROPFLAGS,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a4: crate::DWORD = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySchema>()
                .RegisterProperty)(
                self.as_raw().cast(),
                __a0,
                dwFlags.bits(),
                dwRowNumber,
                vtDefault,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn modify_property(
        &self,
        pszName: &str,
        dwFlags: MIMEPROPFLAGS,
        dwRowNumber: crate::DWORD,
        vtDefault: VARTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySchema>()
                .ModifyProperty)(
                self.as_raw().cast(),
                __a0,
                dwFlags.bits(),
                dwRowNumber,
                vtDefault,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_property_id(
        &self,
        pszName: &str,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a1: crate::DWORD = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySchema>()
                .GetPropertyId)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn get_property_name(
        &self,
        dwPropId: crate::DWORD,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let mut __a1: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySchema>()
                .GetPropertyName)(self.as_raw().cast(), dwPropId, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::value::TaskStr::from_raw(__a1.cast(), false) };
        let __r1 = __r1?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn register_address_type(
        &self,
        pszName: &str,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a1: crate::DWORD = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySchema>()
                .RegisterAddressType)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeWebDocument` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeWebDocument {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeWebDocument`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeWebDocument> for IMimeWebDocument {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeWebDocument`]: its methods, called through the vtable, on every `ComPtr` to `IMimeWebDocument` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeWebDocumentExt {
    /// Returns the document's URL.
    ///
    /// Returns `S_OK` with the URL.
    ///
    /// # Parameters
    ///
    /// - `ppszURL` (`LPSTR*`, out): Receives the URL, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 3 of the vtable, [`IMimeWebDocumentVtbl::GetURL`]. In Rust:
    ///
    /// - `ppszURL` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszURL`.
    fn get_url(&self) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Opens the document's data through the interface asked for (an
    /// `IStream`, usually).
    ///
    /// Returns `S_OK` with the object, `E_NOINTERFACE` when the data is not
    /// available through that interface.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`LPVOID*`, out): Receives the object.
    ///
    /// Calls slot 4 of the vtable, [`IMimeWebDocumentVtbl::BindToStorage`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObject`.
    fn bind_to_storage<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeWebDocument>> IMimeWebDocumentExt for crate::ComPtr<T> {
    fn get_url(&self) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let mut __a0: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeWebDocument>()
                .GetURL)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::value::TaskStr::from_raw(__a0.cast(), false) };
        let __r0 = __r0?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r0)
    }
    fn bind_to_storage<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::REFIID = ::core::ptr::from_ref(&__iid0);
        let mut __a1: crate::LPVOID = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeWebDocument>()
                .BindToStorage)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<U>::from_raw(__a1.cast()) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessageCallback` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeMessageCallback {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeMessageCallback`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeMessageCallback> for IMimeMessageCallback {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeMessageCallback`]: its methods, called through the vtable, on every `ComPtr` to `IMimeMessageCallback` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeMessageCallbackExt {
    /// A body was written into the page.
    ///
    /// Returns `S_OK` to go on; an error stops the page.
    ///
    /// # Parameters
    ///
    /// - `cInlined` (`DWORD`, in): How many bodies were inlined so far.
    /// - `ppStream` (`IStream*`, in): The page's stream, positioned after the last body written.
    ///
    /// Calls slot 3 of the vtable, [`IMimeMessageCallbackVtbl::OnWebPageSplitter`].
    fn on_web_page_splitter(
        &self,
        cInlined: crate::DWORD,
        ppStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeMessageCallback>> IMimeMessageCallbackExt
for crate::ComPtr<T> {
    fn on_web_page_splitter(
        &self,
        cInlined: crate::DWORD,
        ppStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = ppStream;
        let __a1: *mut crate::IStream = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageCallback>()
                .OnWebPageSplitter)(self.as_raw().cast(), cInlined, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeEnumProperties` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeEnumProperties {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeEnumProperties`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeEnumProperties> for IMimeEnumProperties {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeEnumProperties`]: its methods, called through the vtable, on every `ComPtr` to `IMimeEnumProperties` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeEnumPropertiesExt {
    /// Returns the next properties.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. Each name is allocated with the MIME allocator:
    /// the caller frees the array's names with
    /// `IMimeAllocator::FreeEnumPropertyArray`.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many properties are wanted.
    /// - `prgProp` (`LPENUMPROPERTY`, in, out): The caller's array of `cFetch` entries, filled in.
    /// - `pcFetched` (`ULONG*`, out): Receives how many entries were filled in.
    ///
    /// Calls slot 3 of the vtable, [`IMimeEnumPropertiesVtbl::Next`]. In Rust:
    ///
    /// - `prgProp` is an array of `cFetch` entries this method provides (more than 2^20 is `MAPI_E_INVALID_PARAMETER`); the entries the object fills in, `pcFetched` of them, are returned as records and their task memory (the MIME allocator's) freed.
    /// - Returns `prgProp`.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::EnumProperty>,
        crate::Hresult,
    >;
    /// Skips properties.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    ///
    /// Calls slot 4 of the vtable, [`IMimeEnumPropertiesVtbl::Skip`].
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult>;
    /// Goes back to the first property.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 5 of the vtable, [`IMimeEnumPropertiesVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumProperties**`, out): Receives the copy.
    ///
    /// Calls slot 6 of the vtable, [`IMimeEnumPropertiesVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumProperties>, crate::Hresult>;
    /// Returns how many properties the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 7 of the vtable, [`IMimeEnumPropertiesVtbl::Count`]. In Rust:
    ///
    /// - Returns `pcItems`.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeEnumProperties>> IMimeEnumPropertiesExt
for crate::ComPtr<T> {
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::EnumProperty>,
        crate::Hresult,
    > {
        let mut __a1 = crate::value::TaskEntries::<
            crate::value::EnumProperty,
        >::buffer(cFetch)?;
        let mut __a2: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumProperties>()
                .Next)(self.as_raw().cast(), cFetch, __a1.as_mut_ptr(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe {
            crate::value::TaskEntries::<
                crate::value::EnumProperty,
            >::adopt(&mut __a1, __a2)
        };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumProperties>()
                .Skip)(self.as_raw().cast(), cItems)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeEnumProperties>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumProperties>, crate::Hresult> {
        let mut __a0: *mut IMimeEnumProperties = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumProperties>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeEnumProperties>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumProperties>()
                .Count)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimePropertySet` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimePropertySet {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimePropertySet` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IMimePropertySet {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimePropertySet` derives from `IPersistStreamInit`: its vtable begins with `IPersistStreamInit`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersistStreamInit> for IMimePropertySet {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimePropertySet`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimePropertySet> for IMimePropertySet {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimePropertySet`]: its methods, called through the vtable, on every `ComPtr` to `IMimePropertySet` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimePropertySetExt {
    /// Describes a property: fills in the members of `pInfo` its `dwMask`
    /// asks for.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the set has no such
    /// property.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pInfo` (`LPMIMEPROPINFO`, in, out): On input, `dwMask` says what is wanted; on output those members hold it.
    ///
    /// Calls slot 9 of the vtable, [`IMimePropertySetVtbl::GetPropInfo`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn get_prop_info(
        &self,
        pszName: &str,
        pInfo: &mut MIMEPROPINFO,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Changes how a property is stored: the members of `pInfo` its
    /// `dwMask` names.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pInfo` (`LPCMIMEPROPINFO`, in): The new description.
    ///
    /// Calls slot 10 of the vtable, [`IMimePropertySetVtbl::SetPropInfo`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_prop_info(
        &self,
        pszName: &str,
        pInfo: &MIMEPROPINFO,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a property's value, converted to the type asked for.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_VARTYPE_NO_CONVERT`
    /// when the value cannot be had as that type.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is wanted.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, `vt` is the type wanted (`VT_EMPTY` for the property's default); on output, the value, which the caller clears (`PropVariantClear`).
    ///
    /// Calls slot 11 of the vtable, [`IMimePropertySetVtbl::GetProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pValue` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pValue`.
    fn get_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
    /// Sets a property's value, replacing what it had.
    ///
    /// Returns `S_OK`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPCPROPVARIANT`, in): The value.
    ///
    /// Calls slot 12 of the vtable, [`IMimePropertySetVtbl::SetProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Adds a value to a property (a second `Received` header), or sets it
    /// when the property has none.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPPROPVARIANT`, in): The value.
    ///
    /// Calls slot 13 of the vtable, [`IMimePropertySetVtbl::AppendProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn append_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes a property and its values.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    ///
    /// Calls slot 14 of the vtable, [`IMimePropertySetVtbl::DeleteProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn delete_prop(&self, pszName: &str) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies properties into another property set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cNames` (`ULONG`, in): How many names there are; 0 for every property.
    /// - `prgszName` (`LPCSTR*`, in): The names of the properties to copy.
    /// - `pPropertySet` (`IMimePropertySet*`, in): The set to copy them into.
    ///
    /// Calls slot 15 of the vtable, [`IMimePropertySetVtbl::CopyProps`]. In Rust:
    ///
    /// - `prgszName` is passed as an array of 8-bit (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`) strings (a NUL inside one is `MAPI_E_INVALID_PARAMETER`); `cNames` is their count.
    fn copy_props(
        &self,
        prgszName: &[&str],
        pPropertySet: &crate::ComPtr<IMimePropertySet>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Moves properties into another property set (copied there, removed
    /// here).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cNames` (`ULONG`, in): How many names there are; 0 for every property.
    /// - `prgszName` (`LPCSTR*`, in): The names of the properties to move.
    /// - `pPropertySet` (`IMimePropertySet*`, in): The set to move them into.
    ///
    /// Calls slot 16 of the vtable, [`IMimePropertySetVtbl::MoveProps`]. In Rust:
    ///
    /// - `prgszName` is passed as an array of 8-bit (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`) strings (a NUL inside one is `MAPI_E_INVALID_PARAMETER`); `cNames` is their count.
    fn move_props(
        &self,
        prgszName: &[&str],
        pPropertySet: &crate::ComPtr<IMimePropertySet>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes every property but the ones named.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cNames` (`ULONG`, in): How many names there are.
    /// - `prgszName` (`LPCSTR*`, in): The names of the properties to keep.
    ///
    /// Calls slot 17 of the vtable, [`IMimePropertySetVtbl::DeleteExcept`]. In Rust:
    ///
    /// - `prgszName` is passed as an array of 8-bit (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`) strings (a NUL inside one is `MAPI_E_INVALID_PARAMETER`); `cNames` is their count.
    fn delete_except(
        &self,
        prgszName: &[&str],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks whether a property's value matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when there is no such property.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pszCriteria` (`LPCSTR`, in): The string to look for.
    /// - `fSubString` (`unsigned char`, in): `TRUE` to match a part of the value, `FALSE` the whole of it.
    /// - `fCaseSensitive` (`unsigned char`, in): `TRUE` to compare case.
    ///
    /// Calls slot 18 of the vtable, [`IMimePropertySetVtbl::QueryProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszCriteria` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn query_prop(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::query_prop`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn query_prop_with_warning(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns the set's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    ///
    /// Calls slot 19 of the vtable, [`IMimePropertySetVtbl::GetCharset`]. In Rust:
    ///
    /// - Returns `phCharset`.
    fn get_charset(&self) -> ::core::result::Result<crate::HCHARSET, crate::Hresult>;
    /// Changes the set's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `applytype` (`CSETAPPLYTYPE`, in): Which values it applies to.
    ///
    /// Calls slot 20 of the vtable, [`IMimePropertySetVtbl::SetCharset`].
    fn set_charset(
        &self,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the parameters of a header (`charset`, `boundary`, `name`
    /// of a `Content-Type`).
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. The array and its strings
    /// are allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeParamInfoArray`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The header's name.
    /// - `pcParams` (`ULONG*`, out): Receives how many parameters there are.
    /// - `pprgParam` (`LPMIMEPARAMINFO*`, out): Receives the parameters (null when there are none).
    ///
    /// Calls slot 21 of the vtable, [`IMimePropertySetVtbl::GetParameters`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pprgParam` is returned as records, with `pcParams` their count; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pprgParam`.
    fn get_parameters(
        &self,
        pszName: &str,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::MimeParam>,
        crate::Hresult,
    >;
    /// Asks whether the set's content type is the one given.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// # Parameters
    ///
    /// - `pszPriType` (`LPCSTR`, in): The primary type (`text`); null matches any.
    /// - `pszSubType` (`LPCSTR`, in): The subtype (`plain`); null matches any.
    ///
    /// Calls slot 22 of the vtable, [`IMimePropertySetVtbl::IsContentType`]. In Rust:
    ///
    /// - `pszPriType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszSubType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn is_content_type(
        &self,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_content_type`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_content_type_with_warning(
        &self,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns an object bound to the set, through the interface asked
    /// for (the `IMimeBody` or `IMimeMessageTree` it belongs to).
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    ///
    /// Calls slot 23 of the vtable, [`IMimePropertySetVtbl::BindToObject`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObject`.
    fn bind_to_object<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Returns a copy of the set.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppPropertySet` (`IMimePropertySet**`, out): Receives the copy.
    ///
    /// Calls slot 24 of the vtable, [`IMimePropertySetVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppPropertySet`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimePropertySet>, crate::Hresult>;
    /// Sets an option of the set (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPCPROPVARIANT`, in): Its new value.
    ///
    /// Calls slot 25 of the vtable, [`IMimePropertySetVtbl::SetOption`].
    fn set_option(
        &self,
        oid: TYPEDID,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns an option of the set (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, the type wanted (`VT_EMPTY` for the option's own); on output, the value, which the caller clears.
    ///
    /// Calls slot 26 of the vtable, [`IMimePropertySetVtbl::GetOption`]. In Rust:
    ///
    /// - `pValue` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pValue`.
    fn get_option(
        &self,
        oid: TYPEDID,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
    /// Returns an enumerator of the set's properties.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `dwFlags` (`DWORD`, in): Whether to leave names out.
    /// - `ppEnum` (`IMimeEnumProperties**`, out): Receives the enumerator.
    ///
    /// Calls slot 27 of the vtable, [`IMimePropertySetVtbl::EnumProps`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn enum_props(
        &self,
        dwFlags: MimeEnumPropsFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumProperties>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimePropertySet>> IMimePropertySetExt for crate::ComPtr<T> {
    fn get_prop_info(
        &self,
        pszName: &str,
        pInfo: &mut MIMEPROPINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __a1: LPMIMEPROPINFO = pInfo;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .GetPropInfo)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_prop_info(
        &self,
        pszName: &str,
        pInfo: &MIMEPROPINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __r = pInfo;
        let __a1: LPCMIMEPROPINFO = ::core::ptr::from_ref(__r);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .SetPropInfo)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a2 = crate::__private::call::requesting_raw(pValue);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .GetProp)(self.as_raw().cast(), __a0, dwFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::PropVariant::adopt(&mut __a2) };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
    fn set_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __t = pValue;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b2;
        let __a2: LPCPROPVARIANT = __s.as_mut_ptr().cast_const();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .SetProp)(self.as_raw().cast(), __a0, dwFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn append_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __t = pValue;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b2;
        let __a2: LPPROPVARIANT = __s.as_mut_ptr();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .AppendProp)(self.as_raw().cast(), __a0, dwFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_prop(&self, pszName: &str) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .DeleteProp)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_props(
        &self,
        prgszName: &[&str],
        pPropertySet: &crate::ComPtr<IMimePropertySet>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_array_in(prgszName, false)?;
        let __a1: *mut crate::LPCSTR = __b1.as_ptr().cast_mut().cast();
        let __a0: crate::ULONG = <crate::ULONG as ::core::convert::TryFrom<
            usize,
        >>::try_from(prgszName.len())
            .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?;
        let __r = pPropertySet;
        let __a2: *mut IMimePropertySet = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .CopyProps)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn move_props(
        &self,
        prgszName: &[&str],
        pPropertySet: &crate::ComPtr<IMimePropertySet>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_array_in(prgszName, false)?;
        let __a1: *mut crate::LPCSTR = __b1.as_ptr().cast_mut().cast();
        let __a0: crate::ULONG = <crate::ULONG as ::core::convert::TryFrom<
            usize,
        >>::try_from(prgszName.len())
            .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?;
        let __r = pPropertySet;
        let __a2: *mut IMimePropertySet = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .MoveProps)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_except(
        &self,
        prgszName: &[&str],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_array_in(prgszName, false)?;
        let __a1: *mut crate::LPCSTR = __b1.as_ptr().cast_mut().cast();
        let __a0: crate::ULONG = <crate::ULONG as ::core::convert::TryFrom<
            usize,
        >>::try_from(prgszName.len())
            .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .DeleteExcept)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_prop(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(pszCriteria, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .QueryProp)(self.as_raw().cast(), __a0, __a1, fSubString, fCaseSensitive)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_prop_with_warning(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(pszCriteria, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .QueryProp)(self.as_raw().cast(), __a0, __a1, fSubString, fCaseSensitive)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn get_charset(&self) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let mut __a0: crate::HCHARSET = crate::HCHARSET::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .GetCharset)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn set_charset(
        &self,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .SetCharset)(self.as_raw().cast(), hCharset, applytype)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_parameters(
        &self,
        pszName: &str,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::MimeParam>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a1: crate::ULONG = 0;
        let mut __a2: LPMIMEPARAMINFO = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .GetParameters)(self.as_raw().cast(), __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe {
            crate::value::TaskArray::<crate::value::MimeParam>::adopt(__a1, __a2)
        };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
    fn is_content_type(
        &self,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = match pszPriType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPCSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b1 = match pszSubType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .IsContentType)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_content_type_with_warning(
        &self,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b0 = match pszPriType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPCSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b1 = match pszSubType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .IsContentType)(self.as_raw().cast(), __a0, __a1)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn bind_to_object<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::REFIID = ::core::ptr::from_ref(&__iid0);
        let mut __a1: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .BindToObject)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<U>::from_raw(__a1.cast()) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r1)
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimePropertySet>, crate::Hresult> {
        let mut __a0: *mut IMimePropertySet = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimePropertySet>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn set_option(
        &self,
        oid: TYPEDID,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = pValue;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b1;
        let __a1: LPCPROPVARIANT = __s.as_mut_ptr().cast_const();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .SetOption)(self.as_raw().cast(), oid, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_option(
        &self,
        oid: TYPEDID,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let mut __a1 = crate::__private::call::requesting_raw(pValue);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .GetOption)(self.as_raw().cast(), oid, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::value::PropVariant::adopt(&mut __a1) };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn enum_props(
        &self,
        dwFlags: MimeEnumPropsFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumProperties>, crate::Hresult> {
        let mut __a1: *mut IMimeEnumProperties = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimePropertySet>()
                .EnumProps)(self.as_raw().cast(), dwFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<IMimeEnumProperties>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeBody` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeBody {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeBody` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IMimeBody {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeBody` derives from `IPersistStreamInit`: its vtable begins with `IPersistStreamInit`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersistStreamInit> for IMimeBody {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeBody` derives from `IMimePropertySet`: its vtable begins with `IMimePropertySet`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IMimePropertySet> for IMimeBody {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeBody`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeBody> for IMimeBody {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeBody`]: its methods, called through the vtable, on every `ComPtr` to `IMimeBody` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeBodyExt {
    /// Asks whether the body is of a kind (an attachment, empty, secure,
    /// tagged with a character set, ...).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_BODYTYPE` for an unknown kind.
    ///
    /// # Parameters
    ///
    /// - `bodytype` (`IMSGBODYTYPE`, in): The kind asked about.
    ///
    /// Calls slot 28 of the vtable, [`IMimeBodyVtbl::IsType`].
    fn is_type(
        &self,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_type`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_type_with_warning(
        &self,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Sets the name the body is shown under (an attachment's file name).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pszDisplay` (`LPCSTR`, in): The name.
    ///
    /// Calls slot 29 of the vtable, [`IMimeBodyVtbl::SetDisplayName`]. In Rust:
    ///
    /// - `pszDisplay` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_display_name(
        &self,
        pszDisplay: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the name the body is shown under: its display name, or else
    /// a name made from its file name or content type.
    ///
    /// Returns `S_OK` with the name.
    ///
    /// # Parameters
    ///
    /// - `ppszDisplay` (`LPSTR*`, out): Receives the name, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 30 of the vtable, [`IMimeBodyVtbl::GetDisplayName`]. In Rust:
    ///
    /// - `ppszDisplay` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszDisplay`.
    fn get_display_name(
        &self,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Tells where the body lies in the stream its message was loaded
    /// from.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body was not loaded
    /// from a stream (it was made or changed since).
    ///
    /// # Parameters
    ///
    /// - `pOffsets` (`LPBODYOFFSETS`, out): Receives the offsets.
    ///
    /// Calls slot 31 of the vtable, [`IMimeBodyVtbl::GetOffsets`]. In Rust:
    ///
    /// - Returns `pOffsets`.
    fn get_offsets(&self) -> ::core::result::Result<BODYOFFSETS, crate::Hresult>;
    /// Returns the encoding the body's data is held in.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pietEncoding` (`ENCODINGTYPE*`, out): Receives the encoding.
    ///
    /// Calls slot 32 of the vtable, [`IMimeBodyVtbl::GetCurrentEncoding`]. In Rust:
    ///
    /// - Returns `pietEncoding`.
    fn get_current_encoding(
        &self,
    ) -> ::core::result::Result<crate::ENCODINGTYPE, crate::Hresult>;
    /// Says which encoding the body's data is held in, without converting
    /// it (the data was set encoded).
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding.
    ///
    /// Calls slot 33 of the vtable, [`IMimeBodyVtbl::SetCurrentEncoding`].
    fn set_current_encoding(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Estimates the size of the body's data in an encoding.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding.
    /// - `pcbSize` (`ULONG*`, out): Receives the size in bytes.
    ///
    /// Calls slot 34 of the vtable, [`IMimeBodyVtbl::GetEstimatedSize`]. In Rust:
    ///
    /// - Returns `pcbSize`.
    fn get_estimated_size(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Writes the body's data, in an encoding, into the caller's stream at
    /// its current position.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body has none.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted (`IET_BINARY` for the decoded bytes).
    /// - `pStream` (`IStream*`, in): The stream written to.
    ///
    /// Calls slot 35 of the vtable, [`IMimeBodyVtbl::GetDataHere`].
    fn get_data_here(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the body's data, in an encoding, as a new stream.
    ///
    /// Returns `S_OK` with the stream, or `MIME_E_NO_DATA`.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted.
    /// - `ppStream` (`IStream**`, out): Receives the stream, at its start.
    ///
    /// Calls slot 36 of the vtable, [`IMimeBodyVtbl::GetData`]. In Rust:
    ///
    /// - Returns `ppStream`.
    fn get_data(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult>;
    /// Replaces the body's data with an object's (a stream, usually), and
    /// sets its content type.
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE` when the object does not give
    /// its data through the interface named.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding the data is in.
    /// - `pszPriType` (`LPCSTR`, in): The primary content type (`text`); null leaves it as it is.
    /// - `pszSubType` (`LPCSTR`, in): The subtype (`plain`); null leaves it as it is.
    /// - `riid` (`REFIID`, in): The interface the object is passed as (`IID_IStream`).
    /// - `pvObject` (`void*`, in): The object holding the data.
    ///
    /// Calls slot 37 of the vtable, [`IMimeBodyVtbl::SetData`]. In Rust:
    ///
    /// - `pszPriType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszSubType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `riid` is the IID of `U`.
    fn set_data<U: crate::Interface>(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
        pvObject: &crate::ComPtr<U>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes the body's data, keeping its headers.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 38 of the vtable, [`IMimeBodyVtbl::EmptyData`].
    fn empty_data(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies the body, headers and data, into another body.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pBody` (`IMimeBody*`, in): The body copied into.
    ///
    /// Calls slot 39 of the vtable, [`IMimeBodyVtbl::CopyTo`].
    fn copy_to(
        &self,
        pBody: &crate::ComPtr<IMimeBody>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Weighs how the body's data would best be sent: its current
    /// encoding, the encodings chosen for sending, its line lengths and
    /// 8-bit bytes.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pTransmitInfo` (`LPTRANSMITINFO`, in, out): Filled in with what was found.
    ///
    /// Calls slot 40 of the vtable, [`IMimeBodyVtbl::GetTransmitInfo`].
    fn get_transmit_info(
        &self,
        pTransmitInfo: &mut TRANSMITINFO,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the body's data, in an encoding, into a file.
    ///
    /// Returns `S_OK`, or an error when the file cannot be written.
    ///
    /// # Parameters
    ///
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted (`IET_BINARY` for the decoded bytes).
    /// - `pszFilePath` (`LPCSTR`, in): The file's path.
    ///
    /// Calls slot 41 of the vtable, [`IMimeBodyVtbl::SaveToFile`]. In Rust:
    ///
    /// - `pszFilePath` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn save_to_file(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pszFilePath: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the body's handle in its message tree.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when the body is in no tree.
    ///
    /// # Parameters
    ///
    /// - `phBody` (`LPHBODY`, out): Receives the handle.
    ///
    /// Calls slot 42 of the vtable, [`IMimeBodyVtbl::GetHandle`]. In Rust:
    ///
    /// - Returns `phBody`.
    fn get_handle(&self) -> ::core::result::Result<HBODY, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeBody>> IMimeBodyExt for crate::ComPtr<T> {
    fn is_type(
        &self,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().IsType)(self.as_raw().cast(), bodytype)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_type_with_warning(
        &self,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().IsType)(self.as_raw().cast(), bodytype)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn set_display_name(
        &self,
        pszDisplay: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszDisplay, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().SetDisplayName)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_display_name(
        &self,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let mut __a0: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .GetDisplayName)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::value::TaskStr::from_raw(__a0.cast(), false) };
        let __r0 = __r0?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r0)
    }
    fn get_offsets(&self) -> ::core::result::Result<BODYOFFSETS, crate::Hresult> {
        let mut __a0: BODYOFFSETS = unsafe { ::core::mem::zeroed::<BODYOFFSETS>() };
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().GetOffsets)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn get_current_encoding(
        &self,
    ) -> ::core::result::Result<crate::ENCODINGTYPE, crate::Hresult> {
        let mut __a0: crate::ENCODINGTYPE = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .GetCurrentEncoding)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn set_current_encoding(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .SetCurrentEncoding)(self.as_raw().cast(), ietEncoding)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_estimated_size(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .GetEstimatedSize)(self.as_raw().cast(), ietEncoding, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn get_data_here(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStream;
        let __a1: *mut crate::IStream = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .GetDataHere)(self.as_raw().cast(), ietEncoding, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_data(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let mut __a1: *mut crate::IStream = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .GetData)(self.as_raw().cast(), ietEncoding, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn set_data<U: crate::Interface>(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
        pvObject: &crate::ComPtr<U>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = match pszPriType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b2 = match pszSubType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPCSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::REFIID = ::core::ptr::from_ref(&__iid3);
        let __r = pvObject;
        let __a4: *mut ::core::ffi::c_void = __r.as_raw().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .SetData)(self.as_raw().cast(), ietEncoding, __a1, __a2, __a3, __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn empty_data(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().EmptyData)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_to(
        &self,
        pBody: &crate::ComPtr<IMimeBody>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pBody;
        let __a0: *mut IMimeBody = __r.as_raw();
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().CopyTo)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_transmit_info(
        &self,
        pTransmitInfo: &mut TRANSMITINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: LPTRANSMITINFO = pTransmitInfo;
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().GetTransmitInfo)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save_to_file(
        &self,
        ietEncoding: crate::ENCODINGTYPE,
        pszFilePath: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszFilePath, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeBody>()
                .SaveToFile)(self.as_raw().cast(), ietEncoding, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_handle(&self) -> ::core::result::Result<HBODY, crate::Hresult> {
        let mut __a0: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self.base_vtable::<IMimeBody>().GetHandle)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessageTree` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeMessageTree {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessageTree` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IMimeMessageTree {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessageTree` derives from `IPersistStreamInit`: its vtable begins with `IPersistStreamInit`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersistStreamInit> for IMimeMessageTree {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeMessageTree`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeMessageTree> for IMimeMessageTree {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeMessageTree`]: its methods, called through the vtable, on every `ComPtr` to `IMimeMessageTree` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeMessageTreeExt {
    /// Returns the message as the stream it was loaded from, committing
    /// changes into it first when asked.
    ///
    /// Returns `S_OK` with the stream, or `MIME_E_NO_DATA` when the tree
    /// was loaded from nothing.
    ///
    /// # Parameters
    ///
    /// - `ppStream` (`IStream**`, out): Receives the stream, at its start.
    /// - `dwFlags` (`DWORD`, in): `COMMIT_ONLYIFDIRTY` to commit changes first.
    ///
    /// Calls slot 9 of the vtable, [`IMimeMessageTreeVtbl::GetMessageSource`]. In Rust:
    ///
    /// - Returns `ppStream`.
    fn get_message_source(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult>;
    /// Returns the size the message has when saved.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcbSize` (`ULONG*`, out): Receives the size in bytes.
    /// - `dwFlags` (`DWORD`, in): `COMMIT_ONLYIFDIRTY` to commit changes first.
    ///
    /// Calls slot 10 of the vtable, [`IMimeMessageTreeVtbl::GetMessageSize`]. In Rust:
    ///
    /// - Returns `pcbSize`.
    fn get_message_size(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Loads the tree's structure (the bodies' offsets) from a stream
    /// `SaveOffsetTable` wrote, so that a message is not parsed again.
    ///
    /// Returns `S_OK`, or an error when the stream holds no valid table.
    ///
    /// # Parameters
    ///
    /// - `pStream` (`IStream*`, in): The stream read from.
    ///
    /// Calls slot 11 of the vtable, [`IMimeMessageTreeVtbl::LoadOffsetTable`].
    fn load_offset_table(
        &self,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the tree's structure (the bodies' offsets) into a stream.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pStream` (`IStream*`, in): The stream written to.
    /// - `dwFlags` (`DWORD`, in): `COMMIT_ONLYIFDIRTY` to commit changes first.
    ///
    /// Calls slot 12 of the vtable, [`IMimeMessageTreeVtbl::SaveOffsetTable`].
    fn save_offset_table(
        &self,
        pStream: &crate::ComPtr<crate::IStream>,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells what the message is made of.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pdwFlags` (`DWORD*`, out): Receives the `IMF_*` bits.
    ///
    /// Calls slot 13 of the vtable, [`IMimeMessageTreeVtbl::GetFlags`]. In Rust:
    ///
    /// - Returns `pdwFlags`.
    fn get_flags(&self) -> ::core::result::Result<IMSGFLAGS, crate::Hresult>;
    /// Writes the tree's changes into its stream, making it the message's
    /// source.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwFlags` (`DWORD`, in): How to commit.
    ///
    /// Calls slot 14 of the vtable, [`IMimeMessageTreeVtbl::Commit`].
    fn commit(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies what the tree still needs of its stream and lets go of the
    /// stream, so that the caller may change or release it.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 15 of the vtable, [`IMimeMessageTreeVtbl::HandsOffStorage`].
    fn hands_off_storage(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns an object of one body through the interface asked for
    /// (`IMimeBody`, `IMimePropertySet`, `IMimeHeaderTable`,
    /// `IMimeAddressTable`, `IMimeMessage` for an attached message,
    /// `IStream` for its decoded data).
    ///
    /// Returns `S_OK`, `MIME_E_INVALID_HANDLE`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body (`HBODY_ROOT` for the root).
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    ///
    /// Calls slot 16 of the vtable, [`IMimeMessageTreeVtbl::BindToObject`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObject`.
    fn bind_to_object<U: crate::Interface>(
        &self,
        hBody: HBODY,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Writes one body, headers and data, into a stream.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `dwFlags` (`DWORD`, in): `SAVEBODY_KEEPBOUNDARY` to keep its boundary lines.
    /// - `pStream` (`IStream*`, in): The stream written to.
    ///
    /// Calls slot 17 of the vtable, [`IMimeMessageTreeVtbl::SaveBody`].
    fn save_body(
        &self,
        hBody: HBODY,
        dwFlags: MimeSaveBodyFlags,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Adds an empty body at a place relative to another.
    ///
    /// Returns `S_OK` with its handle, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `location` (`BODYLOCATION`, in): Where, relative to `hPivot` (`IBL_FIRST`, `IBL_LAST`: as its first or last child; `IBL_NEXT`, `IBL_PREVIOUS`: as a sibling; `IBL_ROOT`: as the root of an empty tree).
    /// - `hPivot` (`HBODY`, in): The body the place is relative to; null with `IBL_ROOT`.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    ///
    /// Calls slot 18 of the vtable, [`IMimeMessageTreeVtbl::InsertBody`]. In Rust:
    ///
    /// - Returns `phBody`.
    fn insert_body(
        &self,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Finds the body at a place relative to another (its parent, first or
    /// last child, next or previous sibling, or the root).
    ///
    /// Returns `S_OK` with the handle, or `MIME_E_NOT_FOUND` when there is
    /// no body there.
    ///
    /// # Parameters
    ///
    /// - `location` (`BODYLOCATION`, in): Which place.
    /// - `hPivot` (`HBODY`, in): The body the place is relative to; null with `IBL_ROOT`.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle.
    ///
    /// Calls slot 19 of the vtable, [`IMimeMessageTreeVtbl::GetBody`]. In Rust:
    ///
    /// - Returns `phBody`.
    fn get_body(
        &self,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Removes a body, with or without the bodies below it.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `dwFlags` (`DWORD`, in): What to remove (none of the flags: the body and all below it).
    ///
    /// Calls slot 20 of the vtable, [`IMimeMessageTreeVtbl::DeleteBody`].
    fn delete_body(
        &self,
        hBody: HBODY,
        dwFlags: MimeDeleteBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Moves a body, with the bodies below it, to a place relative to
    /// itself.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `location` (`BODYLOCATION`, in): Where it goes.
    ///
    /// Calls slot 21 of the vtable, [`IMimeMessageTreeVtbl::MoveBody`].
    fn move_body(
        &self,
        hBody: HBODY,
        location: crate::BODYLOCATION,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Counts the bodies below one.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hParent` (`HBODY`, in): The body whose children are counted; null for the whole tree.
    /// - `fRecurse` (`unsigned char`, in): `TRUE` to count every body below it, `FALSE` its children only.
    /// - `pcBodies` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 22 of the vtable, [`IMimeMessageTreeVtbl::CountBodies`]. In Rust:
    ///
    /// - Returns `pcBodies`.
    fn count_bodies(
        &self,
        hParent: HBODY,
        fRecurse: u8,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Starts a search by content type and returns the first body found.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND` when there is
    /// none.
    ///
    /// # Parameters
    ///
    /// - `pFindBody` (`LPFINDBODY`, in, out): The search; the tree writes its place into `dwReserved`.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle.
    ///
    /// Calls slot 23 of the vtable, [`IMimeMessageTreeVtbl::FindFirst`]. In Rust:
    ///
    /// - `pFindBody` keeps the search: pass the same one to each call; the object's place in it is updated.
    /// - Returns `phBody`.
    fn find_first(
        &self,
        pFindBody: &mut crate::value::FindBody,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Returns the next body of a search `FindFirst` started.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND` when there are no
    /// more.
    ///
    /// # Parameters
    ///
    /// - `pFindBody` (`LPFINDBODY`, in, out): The search, as `FindFirst` left it.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle.
    ///
    /// Calls slot 24 of the vtable, [`IMimeMessageTreeVtbl::FindNext`]. In Rust:
    ///
    /// - `pFindBody` keeps the search: pass the same one to each call; the object's place in it is updated.
    /// - Returns `phBody`.
    fn find_next(
        &self,
        pFindBody: &mut crate::value::FindBody,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Finds the body a URL of an HTML body refers to, by `Content-ID`
    /// (`cid:`) or `Content-Location`, in a `multipart/related` body.
    ///
    /// Returns `S_OK` with the body, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `hRelated` (`HBODY`, in): The `multipart/related` body searched; null for the whole tree.
    /// - `pszBase` (`LPCSTR`, in): The base URL relative URLs are resolved against; null for the body's own `Content-Base`.
    /// - `pszURL` (`LPCSTR`, in): The URL.
    /// - `dwFlags` (`DWORD`, in): `URL_RESOLVE_RENDERED` to mark the body found as shown.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle; null when only asking whether it exists.
    ///
    /// Calls slot 25 of the vtable, [`IMimeMessageTreeVtbl::ResolveURL`]. In Rust:
    ///
    /// - `pszBase` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszURL` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `phBody`.
    fn resolve_url(
        &self,
        hRelated: HBODY,
        pszBase: ::core::option::Option<&str>,
        pszURL: &str,
        dwFlags: MimeResolveUrlFlags,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Turns a body into a multipart body of a subtype, the body moving
    /// below it as its first child.
    ///
    /// Returns `S_OK` with the multipart body, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszSubType` (`LPCSTR`, in): The multipart subtype (`mixed`, `alternative`, `related`).
    /// - `phMultipart` (`LPHBODY`, out): Receives the new multipart body's handle; null when not wanted.
    ///
    /// Calls slot 26 of the vtable, [`IMimeMessageTreeVtbl::ToMultipart`]. In Rust:
    ///
    /// - `pszSubType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `phMultipart`.
    fn to_multipart(
        &self,
        hBody: HBODY,
        pszSubType: &str,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Tells where a body lies in the stream the message was loaded from.
    ///
    /// Returns `S_OK`, `MIME_E_INVALID_HANDLE`, or `MIME_E_NO_DATA` when
    /// the body was not loaded from a stream.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pOffsets` (`LPBODYOFFSETS`, in, out): Filled in with the offsets.
    ///
    /// Calls slot 27 of the vtable, [`IMimeMessageTreeVtbl::GetBodyOffsets`].
    fn get_body_offsets(
        &self,
        hBody: HBODY,
        pOffsets: &mut BODYOFFSETS,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the message's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    ///
    /// Calls slot 28 of the vtable, [`IMimeMessageTreeVtbl::GetCharset`]. In Rust:
    ///
    /// - Returns `phCharset`.
    fn get_charset(&self) -> ::core::result::Result<crate::HCHARSET, crate::Hresult>;
    /// Changes the message's character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `applytype` (`CSETAPPLYTYPE`, in): Which bodies it applies to.
    ///
    /// Calls slot 29 of the vtable, [`IMimeMessageTreeVtbl::SetCharset`].
    fn set_charset(
        &self,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks whether a body is of a kind (an attachment, empty, ...).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `bodytype` (`IMSGBODYTYPE`, in): The kind asked about.
    ///
    /// Calls slot 30 of the vtable, [`IMimeMessageTreeVtbl::IsBodyType`].
    fn is_body_type(
        &self,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_body_type`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_body_type_with_warning(
        &self,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Asks whether a body's content type is the one given.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not,
    /// `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszPriType` (`LPCSTR`, in): The primary type (`text`); null matches any.
    /// - `pszSubType` (`LPCSTR`, in): The subtype (`plain`); null matches any.
    ///
    /// Calls slot 31 of the vtable, [`IMimeMessageTreeVtbl::IsContentType`]. In Rust:
    ///
    /// - `pszPriType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszSubType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn is_content_type(
        &self,
        hBody: HBODY,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_content_type`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_content_type_with_warning(
        &self,
        hBody: HBODY,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Asks whether a property of a body matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when the body has no such property.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pszCriteria` (`LPCSTR`, in): The string to look for.
    /// - `fSubString` (`unsigned char`, in): `TRUE` to match a part of the value, `FALSE` the whole of it.
    /// - `fCaseSensitive` (`unsigned char`, in): `TRUE` to compare case.
    ///
    /// Calls slot 32 of the vtable, [`IMimeMessageTreeVtbl::QueryBodyProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszCriteria` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn query_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::query_body_prop`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn query_body_prop_with_warning(
        &self,
        hBody: HBODY,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns a property of a body, as `IMimePropertySet::GetProp` does.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is wanted.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, `vt` is the type wanted; on output, the value, which the caller clears.
    ///
    /// Calls slot 33 of the vtable, [`IMimeMessageTreeVtbl::GetBodyProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pValue` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pValue`.
    fn get_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
    /// Sets a property of a body, as `IMimePropertySet::SetProp` does.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPCPROPVARIANT`, in): The value.
    ///
    /// Calls slot 34 of the vtable, [`IMimeMessageTreeVtbl::SetBodyProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes a property of a body.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hBody` (`HBODY`, in): The body.
    /// - `pszName` (`LPCSTR`, in): The property's name.
    ///
    /// Calls slot 35 of the vtable, [`IMimeMessageTreeVtbl::DeleteBodyProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn delete_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets an option of the tree (`OID_*`), which its bodies share.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPCPROPVARIANT`, in): Its new value.
    ///
    /// Calls slot 36 of the vtable, [`IMimeMessageTreeVtbl::SetOption`].
    fn set_option(
        &self,
        oid: TYPEDID,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns an option of the tree (`OID_*`).
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_OPTION_ID`.
    ///
    /// # Parameters
    ///
    /// - `oid` (`TYPEDID`, in): The option, with its type.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, the type wanted; on output, the value, which the caller clears.
    ///
    /// Calls slot 37 of the vtable, [`IMimeMessageTreeVtbl::GetOption`]. In Rust:
    ///
    /// - `pValue` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pValue`.
    fn get_option(
        &self,
        oid: TYPEDID,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeMessageTree>> IMimeMessageTreeExt for crate::ComPtr<T> {
    fn get_message_source(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let mut __a0: *mut crate::IStream = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetMessageSource)(self.as_raw().cast(), &mut __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn get_message_size(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetMessageSize)(self.as_raw().cast(), &mut __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn load_offset_table(
        &self,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStream;
        let __a0: *mut crate::IStream = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .LoadOffsetTable)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save_offset_table(
        &self,
        pStream: &crate::ComPtr<crate::IStream>,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStream;
        let __a0: *mut crate::IStream = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .SaveOffsetTable)(self.as_raw().cast(), __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_flags(&self) -> ::core::result::Result<IMSGFLAGS, crate::Hresult> {
        let mut __a0: crate::DWORD = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetFlags)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(IMSGFLAGS::from_bits_retain(__a0))
    }
    fn commit(
        &self,
        dwFlags: MimeCommitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .Commit)(self.as_raw().cast(), dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hands_off_storage(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .HandsOffStorage)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn bind_to_object<U: crate::Interface>(
        &self,
        hBody: HBODY,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::REFIID = ::core::ptr::from_ref(&__iid1);
        let mut __a2: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .BindToObject)(self.as_raw().cast(), hBody, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::ComPtr::<U>::from_raw(__a2.cast()) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r2)
    }
    fn save_body(
        &self,
        hBody: HBODY,
        dwFlags: MimeSaveBodyFlags,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pStream;
        let __a2: *mut crate::IStream = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .SaveBody)(self.as_raw().cast(), hBody, dwFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn insert_body(
        &self,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let mut __a2: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .InsertBody)(self.as_raw().cast(), location, hPivot, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn get_body(
        &self,
        location: crate::BODYLOCATION,
        hPivot: HBODY,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let mut __a2: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetBody)(self.as_raw().cast(), location, hPivot, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn delete_body(
        &self,
        hBody: HBODY,
        dwFlags: MimeDeleteBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .DeleteBody)(self.as_raw().cast(), hBody, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn move_body(
        &self,
        hBody: HBODY,
        location: crate::BODYLOCATION,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .MoveBody)(self.as_raw().cast(), hBody, location)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn count_bodies(
        &self,
        hParent: HBODY,
        fRecurse: u8,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a2: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .CountBodies)(self.as_raw().cast(), hParent, fRecurse, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn find_first(
        &self,
        pFindBody: &mut crate::value::FindBody,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let mut __a0 = pFindBody.to_raw();
        let mut __a1: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .FindFirst)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        pFindBody.reserved = __a0.dwReserved;
        ::core::result::Result::Ok(__a1)
    }
    fn find_next(
        &self,
        pFindBody: &mut crate::value::FindBody,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let mut __a0 = pFindBody.to_raw();
        let mut __a1: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .FindNext)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        pFindBody.reserved = __a0.dwReserved;
        ::core::result::Result::Ok(__a1)
    }
    fn resolve_url(
        &self,
        hRelated: HBODY,
        pszBase: ::core::option::Option<&str>,
        pszURL: &str,
        dwFlags: MimeResolveUrlFlags,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let __b1 = match pszBase {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b2 = crate::__private::call::str_in(pszURL, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a4: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .ResolveURL)(
                self.as_raw().cast(),
                hRelated,
                __a1,
                __a2,
                dwFlags.bits(),
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn to_multipart(
        &self,
        hBody: HBODY,
        pszSubType: &str,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszSubType, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a2: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .ToMultipart)(self.as_raw().cast(), hBody, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn get_body_offsets(
        &self,
        hBody: HBODY,
        pOffsets: &mut BODYOFFSETS,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: LPBODYOFFSETS = pOffsets;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetBodyOffsets)(self.as_raw().cast(), hBody, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_charset(&self) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let mut __a0: crate::HCHARSET = crate::HCHARSET::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetCharset)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn set_charset(
        &self,
        hCharset: crate::HCHARSET,
        applytype: crate::CSETAPPLYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .SetCharset)(self.as_raw().cast(), hCharset, applytype)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_body_type(
        &self,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .IsBodyType)(self.as_raw().cast(), hBody, bodytype)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_body_type_with_warning(
        &self,
        hBody: HBODY,
        bodytype: crate::IMSGBODYTYPE,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .IsBodyType)(self.as_raw().cast(), hBody, bodytype)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn is_content_type(
        &self,
        hBody: HBODY,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = match pszPriType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b2 = match pszSubType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPCSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .IsContentType)(self.as_raw().cast(), hBody, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_content_type_with_warning(
        &self,
        hBody: HBODY,
        pszPriType: ::core::option::Option<&str>,
        pszSubType: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b1 = match pszPriType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b2 = match pszSubType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPCSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .IsContentType)(self.as_raw().cast(), hBody, __a1, __a2)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn query_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __b2 = crate::__private::call::str_in(pszCriteria, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .QueryBodyProp)(
                self.as_raw().cast(),
                hBody,
                __a1,
                __a2,
                fSubString,
                fCaseSensitive,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_body_prop_with_warning(
        &self,
        hBody: HBODY,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __b2 = crate::__private::call::str_in(pszCriteria, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .QueryBodyProp)(
                self.as_raw().cast(),
                hBody,
                __a1,
                __a2,
                fSubString,
                fCaseSensitive,
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn get_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3 = crate::__private::call::requesting_raw(pValue);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetBodyProp)(
                self.as_raw().cast(),
                hBody,
                __a1,
                dwFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r3 = unsafe { crate::value::PropVariant::adopt(&mut __a3) };
        let __r3 = __r3?;
        ::core::result::Result::Ok(__r3)
    }
    fn set_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __t = pValue;
        #[allow(unused_mut)]
        let mut __b3 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b3;
        let __a3: LPCPROPVARIANT = __s.as_mut_ptr().cast_const();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .SetBodyProp)(self.as_raw().cast(), hBody, __a1, dwFlags.bits(), __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_body_prop(
        &self,
        hBody: HBODY,
        pszName: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .DeleteBodyProp)(self.as_raw().cast(), hBody, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_option(
        &self,
        oid: TYPEDID,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = pValue;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b1;
        let __a1: LPCPROPVARIANT = __s.as_mut_ptr().cast_const();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .SetOption)(self.as_raw().cast(), oid, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_option(
        &self,
        oid: TYPEDID,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let mut __a1 = crate::__private::call::requesting_raw(pValue);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageTree>()
                .GetOption)(self.as_raw().cast(), oid, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::value::PropVariant::adopt(&mut __a1) };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessage` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeMessage {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessage` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IMimeMessage {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessage` derives from `IPersistStreamInit`: its vtable begins with `IPersistStreamInit`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersistStreamInit> for IMimeMessage {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessage` derives from `IMimeMessageTree`: its vtable begins with `IMimeMessageTree`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IMimeMessageTree> for IMimeMessage {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeMessage`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeMessage> for IMimeMessage {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeMessage`]: its methods, called through the vtable, on every `ComPtr` to `IMimeMessage` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeMessageExt {
    /// Writes the message out as a web page (its text body and what it
    /// links to) and returns a moniker that binds to it.
    ///
    /// Returns `S_OK` with the moniker.
    ///
    /// # Parameters
    ///
    /// - `pRootStm` (`IStream*`, in): The stream of the page's root document, when the caller has one to start from; null for none.
    /// - `pOptions` (`LPWEBPAGEOPTIONS`, in): How to write the page.
    /// - `pCallback` (`IMimeMessageCallback*`, in): Told where one inlined body ends and the next begins; null for none.
    /// - `ppMoniker` (`IMoniker**`, out): Receives the moniker.
    ///
    /// Calls slot 38 of the vtable, [`IMimeMessageVtbl::CreateWebPage`]. In Rust:
    ///
    /// - Returns `ppMoniker`.
    fn create_web_page(
        &self,
        pRootStm: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
        pOptions: &WEBPAGEOPTIONS,
        pCallback: ::core::option::Option<&crate::ComPtr<IMimeMessageCallback>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMoniker>, crate::Hresult>;
    /// Returns a header of the message (of its root body), as
    /// `IMimePropertySet::GetProp` does.
    ///
    /// Returns `S_OK`, `MIME_E_NOT_FOUND`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is wanted.
    /// - `pValue` (`LPPROPVARIANT`, in, out): On input, `vt` is the type wanted; on output, the value, which the caller clears.
    ///
    /// Calls slot 39 of the vtable, [`IMimeMessageVtbl::GetProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pValue` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pValue`.
    fn get_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
    /// Sets a header of the message, as `IMimePropertySet::SetProp` does.
    ///
    /// Returns `S_OK`, or `MIME_E_VARTYPE_NO_CONVERT`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `dwFlags` (`DWORD`, in): How the value is given.
    /// - `pValue` (`LPCPROPVARIANT`, in): The value.
    ///
    /// Calls slot 40 of the vtable, [`IMimeMessageVtbl::SetProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes a header of the message.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    ///
    /// Calls slot 41 of the vtable, [`IMimeMessageVtbl::DeleteProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn delete_prop(&self, pszName: &str) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks whether a header of the message matches a string.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not,
    /// `MIME_E_NOT_FOUND` when there is no such header.
    ///
    /// # Parameters
    ///
    /// - `pszName` (`LPCSTR`, in): The property's name.
    /// - `pszCriteria` (`LPCSTR`, in): The string to look for.
    /// - `fSubString` (`unsigned char`, in): `TRUE` to match a part of the value, `FALSE` the whole of it.
    /// - `fCaseSensitive` (`unsigned char`, in): `TRUE` to compare case.
    ///
    /// Calls slot 42 of the vtable, [`IMimeMessageVtbl::QueryProp`]. In Rust:
    ///
    /// - `pszName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszCriteria` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn query_prop(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::query_prop`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn query_prop_with_warning(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns the plain text or HTML body, as a stream in an encoding.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the message has no such
    /// body.
    ///
    /// # Parameters
    ///
    /// - `dwTxtType` (`DWORD`, in): `TXT_PLAIN` or `TXT_HTML`.
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding wanted (`IET_DECODED`, `IET_UNICODE`, ...).
    /// - `pStream` (`IStream**`, out): Receives the body's data.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle; null when not wanted.
    ///
    /// Calls slot 43 of the vtable, [`IMimeMessageVtbl::GetTextBody`]. In Rust:
    ///
    /// - Returns `(pStream, phBody)`.
    fn get_text_body(
        &self,
        dwTxtType: MimeTextTypes,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<(crate::ComPtr<crate::IStream>, HBODY), crate::Hresult>;
    /// Sets the plain text or HTML body from a stream, making the message
    /// `multipart/alternative` when it gets both.
    ///
    /// Returns `S_OK` with the body's handle.
    ///
    /// # Parameters
    ///
    /// - `dwTxtType` (`DWORD`, in): `TXT_PLAIN` or `TXT_HTML`.
    /// - `ietEncoding` (`ENCODINGTYPE`, in): The encoding the stream's text is in.
    /// - `hAlternative` (`HBODY`, in): The other text body this one is an alternative to; null for none.
    /// - `pStream` (`IStream*`, in): The text.
    /// - `phBody` (`LPHBODY`, out): Receives the body's handle; null when not wanted.
    ///
    /// Calls slot 44 of the vtable, [`IMimeMessageVtbl::SetTextBody`]. In Rust:
    ///
    /// - Returns `phBody`.
    fn set_text_body(
        &self,
        dwTxtType: MimeTextTypes,
        ietEncoding: crate::ENCODINGTYPE,
        hAlternative: HBODY,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Adds an attachment whose data is an object's (a stream, usually).
    ///
    /// Returns `S_OK` with the new body's handle.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface the object is passed as (`IID_IStream`).
    /// - `pvObject` (`void*`, in): The object holding the data.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    ///
    /// Calls slot 45 of the vtable, [`IMimeMessageVtbl::AttachObject`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `phBody`.
    fn attach_object<U: crate::Interface>(
        &self,
        pvObject: &crate::ComPtr<U>,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Adds a file as an attachment.
    ///
    /// Returns `S_OK` with the new body's handle, or an error when the file
    /// cannot be read.
    ///
    /// # Parameters
    ///
    /// - `pszFilePath` (`LPCSTR`, in): The file's path: its name becomes the attachment's.
    /// - `pstmFile` (`IStream*`, in): The file's data; null to read it from the path.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    ///
    /// Calls slot 46 of the vtable, [`IMimeMessageVtbl::AttachFile`]. In Rust:
    ///
    /// - `pszFilePath` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `phBody`.
    fn attach_file(
        &self,
        pszFilePath: &str,
        pstmFile: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<HBODY, crate::Hresult>;
    /// Adds a body that an HTML body refers to by URL (an image of the
    /// page), or as an attachment.
    ///
    /// Returns `S_OK` with the new body's handle.
    ///
    /// # Parameters
    ///
    /// - `pszBase` (`LPCSTR`, in): The base URL of `pszURL`; null for none.
    /// - `pszURL` (`LPCSTR`, in): The URL the HTML refers to the body by; null for none.
    /// - `dwFlags` (`DWORD`, in): How to add it.
    /// - `pstmURL` (`IStream*`, in): The body's data; null to download it from the URL.
    /// - `ppszCIDURL` (`LPSTR*`, out): Receives the `cid:` URL made for the body with `URL_ATTACH_GENERATE_CID`, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    /// - `phBody` (`LPHBODY`, out): Receives the new body's handle; null when not wanted.
    ///
    /// Calls slot 47 of the vtable, [`IMimeMessageVtbl::AttachURL`]. In Rust:
    ///
    /// - `pszBase` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszURL` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `ppszCIDURL` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `(ppszCIDURL, phBody)`.
    fn attach_url(
        &self,
        pszBase: ::core::option::Option<&str>,
        pszURL: ::core::option::Option<&str>,
        dwFlags: MimeAttachUrlFlags,
        pstmURL: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(crate::value::TaskStr, HBODY), crate::Hresult>;
    /// Lists the message's attachments.
    ///
    /// Returns `S_OK`. The array is allocated with the task allocator
    /// (the MIME allocator): the caller frees it.
    ///
    /// # Parameters
    ///
    /// - `pcAttach` (`ULONG*`, out): Receives how many there are.
    /// - `pprghAttach` (`LPHBODY*`, out): Receives the attachments' handles (null when there are none).
    ///
    /// Calls slot 48 of the vtable, [`IMimeMessageVtbl::GetAttachments`]. In Rust:
    ///
    /// - `pprghAttach` is returned as records, with `pcAttach` their count; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pprghAttach`.
    fn get_attachments(
        &self,
    ) -> ::core::result::Result<::std::vec::Vec<crate::HBODY>, crate::Hresult>;
    /// Returns the message's address table.
    ///
    /// Returns `S_OK` with the table.
    ///
    /// # Parameters
    ///
    /// - `ppTable` (`IMimeAddressTable**`, out): Receives the table.
    ///
    /// Calls slot 49 of the vtable, [`IMimeMessageVtbl::GetAddressTable`]. In Rust:
    ///
    /// - Returns `ppTable`.
    fn get_address_table(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeAddressTable>, crate::Hresult>;
    /// Describes the message's sender, as
    /// `IMimeAddressTable::GetSender` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. Strings and thumbprints are
    /// allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in, out): On input, `dwProps` names the members wanted; on output, they hold them.
    ///
    /// Calls slot 50 of the vtable, [`IMimeMessageVtbl::GetSender`]. In Rust:
    ///
    /// - `pAddress` names the members asked for (`IAP_*`), and the address is returned as an `AddressProps`; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pAddress`.
    fn get_sender(
        &self,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult>;
    /// Lists the addresses of some kinds, as
    /// `IMimeAddressTable::GetTypes` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND`. Freed with
    /// `IMimeAllocator::FreeAddressList`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `pList` (`LPADDRESSLIST`, in, out): Receives the list (the caller passes it empty).
    ///
    /// Calls slot 51 of the vtable, [`IMimeMessageVtbl::GetAddressTypes`]. In Rust:
    ///
    /// - `pList` is returned as addresses; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pList`.
    fn get_address_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    >;
    /// Writes the addresses of some kinds as one string, as
    /// `IMimeAddressTable::GetFormat` does.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when there are none.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `format` (`ADDRESSFORMAT`, in): How to write them.
    /// - `ppszFormat` (`LPSTR*`, out): Receives the string, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 52 of the vtable, [`IMimeMessageVtbl::GetAddressFormat`]. In Rust:
    ///
    /// - `ppszFormat` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszFormat`.
    fn get_address_format(
        &self,
        dwAdrTypes: MimeAddressTypes,
        format: crate::ADDRESSFORMAT,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Returns an enumerator of the addresses of some kinds.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `ppEnum` (`IMimeEnumAddressTypes**`, out): Receives the enumerator.
    ///
    /// Calls slot 53 of the vtable, [`IMimeMessageVtbl::EnumAddressTypes`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn enum_address_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult>;
    /// Splits the message into `message/partial` messages of at most a
    /// size each, for servers that limit message size.
    ///
    /// Returns `S_OK` with the parts.
    ///
    /// # Parameters
    ///
    /// - `cbMaxPart` (`ULONG`, in): The most bytes one part may have.
    /// - `ppParts` (`IMimeMessageParts**`, out): Receives the parts.
    ///
    /// Calls slot 54 of the vtable, [`IMimeMessageVtbl::SplitMessage`]. In Rust:
    ///
    /// - Returns `ppParts`.
    fn split_message(
        &self,
        cbMaxPart: crate::ULONG,
    ) -> ::core::result::Result<crate::ComPtr<IMimeMessageParts>, crate::Hresult>;
    /// Returns a moniker that names the message as a whole (its root
    /// body), for web-page URLs into it.
    ///
    /// Returns `S_OK` with the moniker.
    ///
    /// # Parameters
    ///
    /// - `ppMoniker` (`IMoniker**`, out): Receives the moniker.
    ///
    /// Calls slot 55 of the vtable, [`IMimeMessageVtbl::GetRootMoniker`]. In Rust:
    ///
    /// - Returns `ppMoniker`.
    fn get_root_moniker(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMoniker>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeMessage>> IMimeMessageExt for crate::ComPtr<T> {
    fn create_web_page(
        &self,
        pRootStm: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
        pOptions: &WEBPAGEOPTIONS,
        pCallback: ::core::option::Option<&crate::ComPtr<IMimeMessageCallback>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMoniker>, crate::Hresult> {
        let __a0: *mut crate::IStream = match pRootStm {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __r = pOptions;
        let __a1: LPWEBPAGEOPTIONS = ::core::ptr::from_ref(__r).cast_mut();
        let __a2: *mut IMimeMessageCallback = match pCallback {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: *mut crate::IMoniker = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .CreateWebPage)(self.as_raw().cast(), __a0, __a1, __a2, &mut __a3)
        };
        crate::Hresult(__hr).ok()?;
        let __r3 = unsafe { crate::ComPtr::<crate::IMoniker>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn get_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a2 = crate::__private::call::requesting_raw(pValue);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetProp)(self.as_raw().cast(), __a0, dwFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::PropVariant::adopt(&mut __a2) };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
    fn set_prop(
        &self,
        pszName: &str,
        dwFlags: MimePropDataFlags,
        pValue: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __t = pValue;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b2;
        let __a2: LPCPROPVARIANT = __s.as_mut_ptr().cast_const();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .SetProp)(self.as_raw().cast(), __a0, dwFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_prop(&self, pszName: &str) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self.base_vtable::<IMimeMessage>().DeleteProp)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_prop(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(pszCriteria, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .QueryProp)(self.as_raw().cast(), __a0, __a1, fSubString, fCaseSensitive)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_prop_with_warning(
        &self,
        pszName: &str,
        pszCriteria: &str,
        fSubString: u8,
        fCaseSensitive: u8,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszName, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(pszCriteria, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .QueryProp)(self.as_raw().cast(), __a0, __a1, fSubString, fCaseSensitive)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn get_text_body(
        &self,
        dwTxtType: MimeTextTypes,
        ietEncoding: crate::ENCODINGTYPE,
    ) -> ::core::result::Result<(crate::ComPtr<crate::IStream>, HBODY), crate::Hresult> {
        let mut __a2: *mut crate::IStream = ::core::ptr::null_mut();
        let mut __a3: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetTextBody)(
                self.as_raw().cast(),
                dwTxtType.bits(),
                ietEncoding,
                &mut __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok((__r2, __a3))
    }
    fn set_text_body(
        &self,
        dwTxtType: MimeTextTypes,
        ietEncoding: crate::ENCODINGTYPE,
        hAlternative: HBODY,
        pStream: &crate::ComPtr<crate::IStream>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let __r = pStream;
        let __a3: *mut crate::IStream = __r.as_raw();
        let mut __a4: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .SetTextBody)(
                self.as_raw().cast(),
                dwTxtType.bits(),
                ietEncoding,
                hAlternative,
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn attach_object<U: crate::Interface>(
        &self,
        pvObject: &crate::ComPtr<U>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::REFIID = ::core::ptr::from_ref(&__iid0);
        let __r = pvObject;
        let __a1: *mut ::core::ffi::c_void = __r.as_raw().cast();
        let mut __a2: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .AttachObject)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn attach_file(
        &self,
        pszFilePath: &str,
        pstmFile: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<HBODY, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszFilePath, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __a1: *mut crate::IStream = match pstmFile {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .AttachFile)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn attach_url(
        &self,
        pszBase: ::core::option::Option<&str>,
        pszURL: ::core::option::Option<&str>,
        dwFlags: MimeAttachUrlFlags,
        pstmURL: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(crate::value::TaskStr, HBODY), crate::Hresult> {
        let __b0 = match pszBase {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPCSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __b1 = match pszURL {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPCSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a3: *mut crate::IStream = match pstmURL {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a4: crate::LPSTR = ::core::ptr::null_mut();
        let mut __a5: HBODY = HBODY::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .AttachURL)(
                self.as_raw().cast(),
                __a0,
                __a1,
                dwFlags.bits(),
                __a3,
                &mut __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r4 = unsafe { crate::value::TaskStr::from_raw(__a4.cast(), false) };
        let __r4 = __r4?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r4, __a5))
    }
    fn get_attachments(
        &self,
    ) -> ::core::result::Result<::std::vec::Vec<crate::HBODY>, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: LPHBODY = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetAttachments)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::value::TaskArray::<crate::HBODY>::adopt(__a0, __a1) };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_address_table(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeAddressTable>, crate::Hresult> {
        let mut __a0: *mut IMimeAddressTable = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetAddressTable)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeAddressTable>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn get_sender(
        &self,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult> {
        let mut __a0 = {
            let mut __e = <crate::value::AddressProps as crate::value::TaskRecord>::zeroed();
            __e.dwProps = pAddress;
            __e
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetSender)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe {
            crate::value::TaskOne::<crate::value::AddressProps>::take(&mut __a0)
        };
        let __r0 = __r0?;
        ::core::result::Result::Ok(__r0)
    }
    fn get_address_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let mut __a2 = crate::value::TaskArray::<
            crate::value::AddressProps,
        >::empty_list();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetAddressTypes)(
                self.as_raw().cast(),
                dwAdrTypes.bits(),
                dwProps.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe {
            crate::value::TaskArray::<crate::value::AddressProps>::adopt_list(&mut __a2)
        };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
    fn get_address_format(
        &self,
        dwAdrTypes: MimeAddressTypes,
        format: crate::ADDRESSFORMAT,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let mut __a2: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetAddressFormat)(
                self.as_raw().cast(),
                dwAdrTypes.bits(),
                format,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), false) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn enum_address_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult> {
        let mut __a2: *mut IMimeEnumAddressTypes = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .EnumAddressTypes)(
                self.as_raw().cast(),
                dwAdrTypes.bits(),
                dwProps.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::ComPtr::<IMimeEnumAddressTypes>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn split_message(
        &self,
        cbMaxPart: crate::ULONG,
    ) -> ::core::result::Result<crate::ComPtr<IMimeMessageParts>, crate::Hresult> {
        let mut __a1: *mut IMimeMessageParts = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .SplitMessage)(self.as_raw().cast(), cbMaxPart, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<IMimeMessageParts>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_root_moniker(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMoniker>, crate::Hresult> {
        let mut __a0: *mut crate::IMoniker = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessage>()
                .GetRootMoniker)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<crate::IMoniker>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeEnumMessageParts` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeEnumMessageParts {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeEnumMessageParts`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeEnumMessageParts> for IMimeEnumMessageParts {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeEnumMessageParts`]: its methods, called through the vtable, on every `ComPtr` to `IMimeEnumMessageParts` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeEnumMessagePartsExt {
    /// Returns the next messages.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many messages are wanted.
    /// - `prgpMessage` (`IMimeMessage**`, out): The caller's array of `cFetch` pointers, filled in with one reference each.
    /// - `pcFetched` (`ULONG*`, out): Receives how many were filled in.
    ///
    /// Calls slot 3 of the vtable, [`IMimeEnumMessagePartsVtbl::Next`]. In Rust:
    ///
    /// - `prgpMessage` is returned as a `Vec` of at most `cFetch` interfaces, each released on drop.
    /// - Returns `prgpMessage`.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMimeMessage>>,
        crate::Hresult,
    >;
    /// Skips messages.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    ///
    /// Calls slot 4 of the vtable, [`IMimeEnumMessagePartsVtbl::Skip`].
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult>;
    /// Goes back to the first message.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 5 of the vtable, [`IMimeEnumMessagePartsVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumMessageParts**`, out): Receives the copy.
    ///
    /// Calls slot 6 of the vtable, [`IMimeEnumMessagePartsVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumMessageParts>, crate::Hresult>;
    /// Returns how many messages the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 7 of the vtable, [`IMimeEnumMessagePartsVtbl::Count`]. In Rust:
    ///
    /// - Returns `pcItems`.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeEnumMessageParts>> IMimeEnumMessagePartsExt
for crate::ComPtr<T> {
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMimeMessage>>,
        crate::Hresult,
    > {
        let mut __a1 = crate::__private::call::interface_slots::<IMimeMessage>(cFetch)?;
        let mut __a2: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumMessageParts>()
                .Next)(self.as_raw().cast(), cFetch, __a1.as_mut_ptr(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::__private::call::adopt_interfaces(&__a1, __a2) };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumMessageParts>()
                .Skip)(self.as_raw().cast(), cItems)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeEnumMessageParts>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumMessageParts>, crate::Hresult> {
        let mut __a0: *mut IMimeEnumMessageParts = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumMessageParts>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeEnumMessageParts>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumMessageParts>()
                .Count)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeMessageParts` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeMessageParts {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeMessageParts`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeMessageParts> for IMimeMessageParts {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeMessageParts`]: its methods, called through the vtable, on every `ComPtr` to `IMimeMessageParts` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeMessagePartsExt {
    /// Combines the parts into the message they were split from.
    ///
    /// Returns `S_OK` with the message, or an error when parts are
    /// missing.
    ///
    /// # Parameters
    ///
    /// - `ppMessage` (`IMimeMessage**`, out): Receives the message.
    ///
    /// Calls slot 3 of the vtable, [`IMimeMessagePartsVtbl::CombineParts`]. In Rust:
    ///
    /// - Returns `ppMessage`.
    fn combine_parts(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeMessage>, crate::Hresult>;
    /// Adds a part.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pMessage` (`IMimeMessage*`, in): The part, a `message/partial` message.
    ///
    /// Calls slot 4 of the vtable, [`IMimeMessagePartsVtbl::AddPart`].
    fn add_part(
        &self,
        pMessage: &crate::ComPtr<IMimeMessage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets how many parts there are to be.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cParts` (`ULONG`, in): The number.
    ///
    /// Calls slot 5 of the vtable, [`IMimeMessagePartsVtbl::SetMaxParts`].
    fn set_max_parts(
        &self,
        cParts: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns how many parts there are.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcParts` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 6 of the vtable, [`IMimeMessagePartsVtbl::CountParts`]. In Rust:
    ///
    /// - Returns `pcParts`.
    fn count_parts(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Returns an enumerator of the parts.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumMessageParts**`, out): Receives the enumerator.
    ///
    /// Calls slot 7 of the vtable, [`IMimeMessagePartsVtbl::EnumParts`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn enum_parts(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumMessageParts>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeMessageParts>> IMimeMessagePartsExt for crate::ComPtr<T> {
    fn combine_parts(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeMessage>, crate::Hresult> {
        let mut __a0: *mut IMimeMessage = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageParts>()
                .CombineParts)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeMessage>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn add_part(
        &self,
        pMessage: &crate::ComPtr<IMimeMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pMessage;
        let __a0: *mut IMimeMessage = __r.as_raw();
        let __hr = unsafe {
            (self.base_vtable::<IMimeMessageParts>().AddPart)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_max_parts(
        &self,
        cParts: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageParts>()
                .SetMaxParts)(self.as_raw().cast(), cParts)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn count_parts(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageParts>()
                .CountParts)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn enum_parts(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumMessageParts>, crate::Hresult> {
        let mut __a0: *mut IMimeEnumMessageParts = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeMessageParts>()
                .EnumParts)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeEnumMessageParts>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IPersistMime` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IPersistMime {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IPersistMime` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IPersistMime {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IPersistMime`).
#[automatically_derived]
unsafe impl crate::Inherits<IPersistMime> for IPersistMime {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IPersistMime`]: its methods, called through the vtable, on every `ComPtr` to `IPersistMime` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IPersistMimeExt {
    /// Loads the object from a message.
    ///
    /// Returns `S_OK`, or an error when the message cannot be read.
    ///
    /// # Parameters
    ///
    /// - `pMsg` (`IMimeMessage*`, in): The message.
    ///
    /// Calls slot 4 of the vtable, [`IPersistMimeVtbl::Load`].
    fn load(
        &self,
        pMsg: &crate::ComPtr<IMimeMessage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Saves the object into a message, as its text bodies.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pMsg` (`IMimeMessage*`, in): The message written into.
    /// - `dwFlags` (`DWORD`, in): `PMS_HTML`, `PMS_TEXT`, or both.
    ///
    /// Calls slot 5 of the vtable, [`IPersistMimeVtbl::Save`].
    fn save(
        &self,
        pMsg: &crate::ComPtr<IMimeMessage>,
        dwFlags: MimePersistSaveFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IPersistMime>> IPersistMimeExt for crate::ComPtr<T> {
    fn load(
        &self,
        pMsg: &crate::ComPtr<IMimeMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pMsg;
        let __a0: *mut IMimeMessage = __r.as_raw();
        let __hr = unsafe {
            (self.base_vtable::<IPersistMime>().Load)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save(
        &self,
        pMsg: &crate::ComPtr<IMimeMessage>,
        dwFlags: MimePersistSaveFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pMsg;
        let __a0: *mut IMimeMessage = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IPersistMime>()
                .Save)(self.as_raw().cast(), __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeEnumHeaderRows` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeEnumHeaderRows {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeEnumHeaderRows`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeEnumHeaderRows> for IMimeEnumHeaderRows {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeEnumHeaderRows`]: its methods, called through the vtable, on every `ComPtr` to `IMimeEnumHeaderRows` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeEnumHeaderRowsExt {
    /// Returns the next rows.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. The strings are allocated with the MIME allocator:
    /// the caller frees them with `IMimeAllocator::FreeEnumHeaderRowArray`.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many rows are wanted.
    /// - `prgRow` (`LPENUMHEADERROW`, in, out): The caller's array of `cFetch` entries, filled in.
    /// - `pcFetched` (`ULONG*`, out): Receives how many entries were filled in.
    ///
    /// Calls slot 3 of the vtable, [`IMimeEnumHeaderRowsVtbl::Next`]. In Rust:
    ///
    /// - `prgRow` is an array of `cFetch` entries this method provides (more than 2^20 is `MAPI_E_INVALID_PARAMETER`); the entries the object fills in, `pcFetched` of them, are returned as records and their task memory (the MIME allocator's) freed.
    /// - Returns `prgRow`.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::HeaderRow>,
        crate::Hresult,
    >;
    /// Skips rows.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    ///
    /// Calls slot 4 of the vtable, [`IMimeEnumHeaderRowsVtbl::Skip`].
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult>;
    /// Goes back to the first row.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 5 of the vtable, [`IMimeEnumHeaderRowsVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumHeaderRows**`, out): Receives the copy.
    ///
    /// Calls slot 6 of the vtable, [`IMimeEnumHeaderRowsVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumHeaderRows>, crate::Hresult>;
    /// Returns how many rows the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 7 of the vtable, [`IMimeEnumHeaderRowsVtbl::Count`]. In Rust:
    ///
    /// - Returns `pcItems`.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeEnumHeaderRows>> IMimeEnumHeaderRowsExt
for crate::ComPtr<T> {
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::HeaderRow>,
        crate::Hresult,
    > {
        let mut __a1 = crate::value::TaskEntries::<
            crate::value::HeaderRow,
        >::buffer(cFetch)?;
        let mut __a2: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumHeaderRows>()
                .Next)(self.as_raw().cast(), cFetch, __a1.as_mut_ptr(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe {
            crate::value::TaskEntries::<crate::value::HeaderRow>::adopt(&mut __a1, __a2)
        };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumHeaderRows>()
                .Skip)(self.as_raw().cast(), cItems)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeEnumHeaderRows>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumHeaderRows>, crate::Hresult> {
        let mut __a0: *mut IMimeEnumHeaderRows = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumHeaderRows>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeEnumHeaderRows>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumHeaderRows>()
                .Count)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeEnumAddressTypes` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeEnumAddressTypes {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeEnumAddressTypes`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeEnumAddressTypes> for IMimeEnumAddressTypes {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeEnumAddressTypes`]: its methods, called through the vtable, on every `ComPtr` to `IMimeEnumAddressTypes` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeEnumAddressTypesExt {
    /// Returns the next addresses.
    ///
    /// Returns `S_OK` when as many as asked for were returned, `S_FALSE`
    /// when fewer were. Strings and thumbprints are allocated with the MIME
    /// allocator: the caller frees each entry with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): How many addresses are wanted.
    /// - `prgAdr` (`LPADDRESSPROPS`, in, out): The caller's array of `cFetch` entries, filled in.
    /// - `pcFetched` (`ULONG*`, out): Receives how many entries were filled in.
    ///
    /// Calls slot 3 of the vtable, [`IMimeEnumAddressTypesVtbl::Next`]. In Rust:
    ///
    /// - `prgAdr` is an array of `cFetch` entries this method provides (more than 2^20 is `MAPI_E_INVALID_PARAMETER`); the entries the object fills in, `pcFetched` of them, are returned as records and their task memory (the MIME allocator's) freed.
    /// - Returns `prgAdr`.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    >;
    /// Skips addresses.
    ///
    /// Returns `S_OK`, or `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cItems` (`ULONG`, in): How many to skip.
    ///
    /// Calls slot 4 of the vtable, [`IMimeEnumAddressTypesVtbl::Skip`].
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult>;
    /// Goes back to the first address.
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 5 of the vtable, [`IMimeEnumAddressTypesVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a new enumerator at the same place.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppEnum` (`IMimeEnumAddressTypes**`, out): Receives the copy.
    ///
    /// Calls slot 6 of the vtable, [`IMimeEnumAddressTypesVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult>;
    /// Returns how many addresses the enumerator holds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 7 of the vtable, [`IMimeEnumAddressTypesVtbl::Count`]. In Rust:
    ///
    /// - Returns `pcItems`.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeEnumAddressTypes>> IMimeEnumAddressTypesExt
for crate::ComPtr<T> {
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let mut __a1 = crate::value::TaskEntries::<
            crate::value::AddressProps,
        >::buffer(cFetch)?;
        let mut __a2: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumAddressTypes>()
                .Next)(self.as_raw().cast(), cFetch, __a1.as_mut_ptr(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe {
            crate::value::TaskEntries::<
                crate::value::AddressProps,
            >::adopt(&mut __a1, __a2)
        };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn skip(&self, cItems: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumAddressTypes>()
                .Skip)(self.as_raw().cast(), cItems)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeEnumAddressTypes>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult> {
        let mut __a0: *mut IMimeEnumAddressTypes = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumAddressTypes>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeEnumAddressTypes>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEnumAddressTypes>()
                .Count)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeAddressTable` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeAddressTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeAddressTable`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeAddressTable> for IMimeAddressTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeAddressTable`]: its methods, called through the vtable, on every `ComPtr` to `IMimeAddressTable` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeAddressTableExt {
    /// Adds an address.
    ///
    /// Returns `S_OK` with its handle.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The header it belongs to (one `IAT_*` kind).
    /// - `ietFriendly` (`ENCODINGTYPE`, in): How the display name is encoded.
    /// - `pszFriendly` (`LPCSTR`, in): The display name.
    /// - `pszEmail` (`LPCSTR`, in): The e-mail address; null for none.
    /// - `phAddress` (`LPHADDRESS`, out): Receives the new address's handle; null when not wanted.
    ///
    /// Calls slot 3 of the vtable, [`IMimeAddressTableVtbl::Append`]. In Rust:
    ///
    /// - `pszFriendly` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pszEmail` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `phAddress`.
    fn append(
        &self,
        dwAdrType: MimeAddressTypes,
        ietFriendly: crate::ENCODINGTYPE,
        pszFriendly: &str,
        pszEmail: ::core::option::Option<&str>,
    ) -> ::core::result::Result<HADDRESS, crate::Hresult>;
    /// Adds an address described by its members.
    ///
    /// Returns `S_OK` with its handle, or an error when the description
    /// lacks a kind or an e-mail address.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in): The address: the members its `dwProps` names.
    /// - `phAddress` (`LPHADDRESS`, out): Receives the new address's handle; null when not wanted.
    ///
    /// Calls slot 4 of the vtable, [`IMimeAddressTableVtbl::Insert`]. In Rust:
    ///
    /// - `pAddress` is laid out in task memory for the call, and freed after it.
    /// - Returns `phAddress`.
    fn insert(
        &self,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<HADDRESS, crate::Hresult>;
    /// Changes members of an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE` when no address has the
    /// handle.
    ///
    /// # Parameters
    ///
    /// - `hAddress` (`HADDRESS`, in): The address.
    /// - `pAddress` (`LPADDRESSPROPS`, in): The new values: the members its `dwProps` names.
    ///
    /// Calls slot 5 of the vtable, [`IMimeAddressTableVtbl::SetProps`]. In Rust:
    ///
    /// - `pAddress` is laid out in task memory for the call, and freed after it.
    fn set_props(
        &self,
        hAddress: HADDRESS,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Describes an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`. Strings and thumbprints
    /// are allocated with the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressProps`.
    ///
    /// # Parameters
    ///
    /// - `hAddress` (`HADDRESS`, in): The address.
    /// - `pAddress` (`LPADDRESSPROPS`, in, out): On input, `dwProps` names the members wanted (`IAP_*`); on output, they hold them.
    ///
    /// Calls slot 6 of the vtable, [`IMimeAddressTableVtbl::GetProps`]. In Rust:
    ///
    /// - `pAddress` names the members asked for (`IAP_*`), and the address is returned as an `AddressProps`; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pAddress`.
    fn get_props(
        &self,
        hAddress: HADDRESS,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult>;
    /// Describes the message's sender: the `Sender` address, or else the
    /// first `From` address.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when there is none. Freed as
    /// for `GetProps`.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in, out): On input, `dwProps` names the members wanted; on output, they hold them.
    ///
    /// Calls slot 7 of the vtable, [`IMimeAddressTableVtbl::GetSender`]. In Rust:
    ///
    /// - `pAddress` names the members asked for (`IAP_*`), and the address is returned as an `AddressProps`; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pAddress`.
    fn get_sender(
        &self,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult>;
    /// Counts the addresses of some kinds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits; `IAT_ALL` for every address).
    /// - `pcAdrs` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 8 of the vtable, [`IMimeAddressTableVtbl::CountTypes`]. In Rust:
    ///
    /// - Returns `pcAdrs`.
    fn count_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Lists the addresses of some kinds.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when there are none. The
    /// array and its entries' strings and thumbprints are allocated with
    /// the MIME allocator: the caller frees them with
    /// `IMimeAllocator::FreeAddressList`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `pList` (`LPADDRESSLIST`, in, out): Receives the list (the caller passes it empty).
    ///
    /// Calls slot 9 of the vtable, [`IMimeAddressTableVtbl::GetTypes`]. In Rust:
    ///
    /// - `pList` is returned as addresses; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pList`.
    fn get_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    >;
    /// Returns an enumerator of the addresses of some kinds.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `dwProps` (`DWORD`, in): The members wanted of each (`IAP_*` bits).
    /// - `ppEnum` (`IMimeEnumAddressTypes**`, out): Receives the enumerator.
    ///
    /// Calls slot 10 of the vtable, [`IMimeAddressTableVtbl::EnumTypes`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn enum_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult>;
    /// Removes an address.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hAddress` (`HADDRESS`, in): The address.
    ///
    /// Calls slot 11 of the vtable, [`IMimeAddressTableVtbl::Delete`].
    fn delete(&self, hAddress: HADDRESS) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes every address of some kinds.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrTypes` (`DWORD`, in): The kinds (`IAT_*` bits).
    ///
    /// Calls slot 12 of the vtable, [`IMimeAddressTableVtbl::DeleteTypes`].
    fn delete_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the addresses of some kinds as one string, for display or
    /// as header text.
    ///
    /// Returns `S_OK`, or `MIME_E_NO_DATA` when there are none.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The kinds (`IAT_*` bits).
    /// - `format` (`ADDRESSFORMAT`, in): How to write them (display names, e-mail addresses, both, or RFC 822 text).
    /// - `ppszFormat` (`LPSTR*`, out): Receives the string, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 13 of the vtable, [`IMimeAddressTableVtbl::GetFormat`]. In Rust:
    ///
    /// - `ppszFormat` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszFormat`.
    fn get_format(
        &self,
        dwAdrType: MimeAddressTypes,
        format: crate::ADDRESSFORMAT,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Parses RFC 822 address text (`Anne <anne@example.org>, b@x`) and
    /// adds each address as one of a kind.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The kind of the new addresses (one `IAT_*` kind).
    /// - `ietEncoding` (`ENCODINGTYPE`, in): How the text is encoded.
    /// - `pszRfc822Adr` (`LPCSTR`, in): The text.
    ///
    /// Calls slot 14 of the vtable, [`IMimeAddressTableVtbl::AppendRfc822`]. In Rust:
    ///
    /// - `pszRfc822Adr` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn append_rfc822(
        &self,
        dwAdrType: MimeAddressTypes,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Parses RFC 822 address text into a list, without adding it to the
    /// table.
    ///
    /// Returns `S_OK`. Freed as for `GetTypes`.
    ///
    /// # Parameters
    ///
    /// - `dwAdrType` (`DWORD`, in): The kind to give the addresses (one `IAT_*` kind).
    /// - `ietEncoding` (`ENCODINGTYPE`, in): How the text is encoded.
    /// - `pszRfc822Adr` (`LPCSTR`, in): The text.
    /// - `pList` (`LPADDRESSLIST`, in, out): Receives the list (the caller passes it empty).
    ///
    /// Calls slot 15 of the vtable, [`IMimeAddressTableVtbl::ParseRfc822`]. In Rust:
    ///
    /// - `pszRfc822Adr` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pList` is returned as addresses; the object's task memory (the MIME allocator's) is freed.
    /// - Returns `pList`.
    fn parse_rfc822(
        &self,
        dwAdrType: MimeAddressTypes,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: &str,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    >;
    /// Returns a copy of the table.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppTable` (`IMimeAddressTable**`, out): Receives the copy.
    ///
    /// Calls slot 16 of the vtable, [`IMimeAddressTableVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppTable`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeAddressTable>, crate::Hresult>;
    /// Returns the object the table belongs to, through the interface
    /// asked for (the message's `IMimeMessageTree`).
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    ///
    /// Calls slot 17 of the vtable, [`IMimeAddressTableVtbl::BindToObject`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObject`.
    fn bind_to_object<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeAddressTable>> IMimeAddressTableExt for crate::ComPtr<T> {
    fn append(
        &self,
        dwAdrType: MimeAddressTypes,
        ietFriendly: crate::ENCODINGTYPE,
        pszFriendly: &str,
        pszEmail: ::core::option::Option<&str>,
    ) -> ::core::result::Result<HADDRESS, crate::Hresult> {
        let __b2 = crate::__private::call::str_in(pszFriendly, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let __b3 = match pszEmail {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: crate::LPCSTR = match &__b3 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let mut __a4: HADDRESS = HADDRESS::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .Append)(
                self.as_raw().cast(),
                dwAdrType.bits(),
                ietFriendly,
                __a2,
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn insert(
        &self,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<HADDRESS, crate::Hresult> {
        let mut __a0 = crate::value::TaskOne::<
            crate::value::AddressProps,
        >::new(pAddress)?;
        let mut __a1: HADDRESS = HADDRESS::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .Insert)(self.as_raw().cast(), __a0.as_mut_ptr(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn set_props(
        &self,
        hAddress: HADDRESS,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let mut __a1 = crate::value::TaskOne::<
            crate::value::AddressProps,
        >::new(pAddress)?;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .SetProps)(self.as_raw().cast(), hAddress, __a1.as_mut_ptr())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_props(
        &self,
        hAddress: HADDRESS,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult> {
        let mut __a1 = {
            let mut __e = <crate::value::AddressProps as crate::value::TaskRecord>::zeroed();
            __e.dwProps = pAddress;
            __e
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .GetProps)(self.as_raw().cast(), hAddress, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe {
            crate::value::TaskOne::<crate::value::AddressProps>::take(&mut __a1)
        };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_sender(
        &self,
        pAddress: u32,
    ) -> ::core::result::Result<crate::value::AddressProps, crate::Hresult> {
        let mut __a0 = {
            let mut __e = <crate::value::AddressProps as crate::value::TaskRecord>::zeroed();
            __e.dwProps = pAddress;
            __e
        };
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .GetSender)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe {
            crate::value::TaskOne::<crate::value::AddressProps>::take(&mut __a0)
        };
        let __r0 = __r0?;
        ::core::result::Result::Ok(__r0)
    }
    fn count_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .CountTypes)(self.as_raw().cast(), dwAdrTypes.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn get_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let mut __a2 = crate::value::TaskArray::<
            crate::value::AddressProps,
        >::empty_list();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .GetTypes)(
                self.as_raw().cast(),
                dwAdrTypes.bits(),
                dwProps.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe {
            crate::value::TaskArray::<crate::value::AddressProps>::adopt_list(&mut __a2)
        };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
    fn enum_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
        dwProps: MimeAddressProps,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumAddressTypes>, crate::Hresult> {
        let mut __a2: *mut IMimeEnumAddressTypes = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .EnumTypes)(
                self.as_raw().cast(),
                dwAdrTypes.bits(),
                dwProps.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::ComPtr::<IMimeEnumAddressTypes>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn delete(&self, hAddress: HADDRESS) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .Delete)(self.as_raw().cast(), hAddress)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_types(
        &self,
        dwAdrTypes: MimeAddressTypes,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .DeleteTypes)(self.as_raw().cast(), dwAdrTypes.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_format(
        &self,
        dwAdrType: MimeAddressTypes,
        format: crate::ADDRESSFORMAT,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let mut __a2: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .GetFormat)(self.as_raw().cast(), dwAdrType.bits(), format, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), false) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn append_rfc822(
        &self,
        dwAdrType: MimeAddressTypes,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = crate::__private::call::str_in(pszRfc822Adr, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .AppendRfc822)(self.as_raw().cast(), dwAdrType.bits(), ietEncoding, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn parse_rfc822(
        &self,
        dwAdrType: MimeAddressTypes,
        ietEncoding: crate::ENCODINGTYPE,
        pszRfc822Adr: &str,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::value::AddressProps>,
        crate::Hresult,
    > {
        let __b2 = crate::__private::call::str_in(pszRfc822Adr, false)?;
        let __s = &__b2;
        let __a2: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3 = crate::value::TaskArray::<
            crate::value::AddressProps,
        >::empty_list();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .ParseRfc822)(
                self.as_raw().cast(),
                dwAdrType.bits(),
                ietEncoding,
                __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r3 = unsafe {
            crate::value::TaskArray::<crate::value::AddressProps>::adopt_list(&mut __a3)
        };
        let __r3 = __r3?;
        ::core::result::Result::Ok(__r3)
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeAddressTable>, crate::Hresult> {
        let mut __a0: *mut IMimeAddressTable = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeAddressTable>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn bind_to_object<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::REFIID = ::core::ptr::from_ref(&__iid0);
        let mut __a1: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAddressTable>()
                .BindToObject)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<U>::from_raw(__a1.cast()) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeHeaderTable` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeHeaderTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeHeaderTable` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IMimeHeaderTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeHeaderTable` derives from `IPersistStream`: its vtable begins with `IPersistStream`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersistStream> for IMimeHeaderTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeHeaderTable`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeHeaderTable> for IMimeHeaderTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeHeaderTable`]: its methods, called through the vtable, on every `ComPtr` to `IMimeHeaderTable` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeHeaderTableExt {
    /// Starts a search by name and returns the first row found.
    ///
    /// Returns `S_OK` with the row, or `MIME_E_NOT_FOUND` when there is
    /// none.
    ///
    /// # Parameters
    ///
    /// - `pFindHeader` (`LPFINDHEADER`, in, out): The search. Though the reference declares it `[in]`, the table writes its place into `dwReserved`: `[in, out]` says so.
    /// - `phRow` (`LPHHEADERROW`, out): Receives the row's handle.
    ///
    /// Calls slot 8 of the vtable, [`IMimeHeaderTableVtbl::FindFirstRow`]. In Rust:
    ///
    /// - `pFindHeader` keeps the search: pass the same one to each call; the object's place in it is updated.
    /// - Returns `phRow`.
    fn find_first_row(
        &self,
        pFindHeader: &mut crate::value::FindHeader,
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult>;
    /// Returns the next row of a search `FindFirstRow` started.
    ///
    /// Returns `S_OK` with the row, or `MIME_E_NOT_FOUND` when there are no
    /// more.
    ///
    /// # Parameters
    ///
    /// - `pFindHeader` (`LPFINDHEADER`, in, out): The search, as `FindFirstRow` left it; `[in, out]` as there.
    /// - `phRow` (`LPHHEADERROW`, out): Receives the row's handle.
    ///
    /// Calls slot 9 of the vtable, [`IMimeHeaderTableVtbl::FindNextRow`]. In Rust:
    ///
    /// - `pFindHeader` keeps the search: pass the same one to each call; the object's place in it is updated.
    /// - Returns `phRow`.
    fn find_next_row(
        &self,
        pFindHeader: &mut crate::value::FindHeader,
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult>;
    /// Counts the rows of a header name.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pszHeader` (`LPCSTR`, in): The header name; null counts every row.
    /// - `pcRows` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 10 of the vtable, [`IMimeHeaderTableVtbl::CountRows`]. In Rust:
    ///
    /// - `pszHeader` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `pcRows`.
    fn count_rows(
        &self,
        pszHeader: ::core::option::Option<&str>,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Adds a row at the end of the block.
    ///
    /// Returns `S_OK` with its handle.
    ///
    /// # Parameters
    ///
    /// - `pszHeader` (`LPCSTR`, in): The header name; may be null with `HTF_NAMEINDATA`.
    /// - `dwFlags` (`DWORD`, in): `HTF_NAMEINDATA` when the data starts with the name.
    /// - `pszData` (`LPCSTR`, in): The value, `cchData` characters.
    /// - `cchData` (`ULONG`, in): How many characters the value has.
    /// - `phRow` (`LPHHEADERROW`, out): Receives the new row's handle; null when not wanted.
    ///
    /// Calls slot 11 of the vtable, [`IMimeHeaderTableVtbl::AppendRow`]. In Rust:
    ///
    /// - `pszHeader` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `cchData` is the length of `pszData` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `phRow`.
    fn append_row(
        &self,
        pszHeader: ::core::option::Option<&str>,
        dwFlags: HEADERTABLEFLAGS,
        pszData: &[u8],
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult>;
    /// Removes a row.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    ///
    /// Calls slot 12 of the vtable, [`IMimeHeaderTableVtbl::DeleteRow`].
    fn delete_row(&self, hRow: HHEADERROW) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a row's value.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `dwFlags` (`DWORD`, in): `HTF_NAMEINDATA` to have the name before the value.
    /// - `ppszData` (`LPSTR*`, out): Receives the value, allocated with the task allocator (the MIME allocator): the caller frees it.
    /// - `pcchData` (`ULONG*`, out): Receives how many characters it has.
    ///
    /// Calls slot 13 of the vtable, [`IMimeHeaderTableVtbl::GetRowData`]. In Rust:
    ///
    /// - `ppszData` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `(ppszData, pcchData)`.
    fn get_row_data(
        &self,
        hRow: HHEADERROW,
        dwFlags: HEADERTABLEFLAGS,
    ) -> ::core::result::Result<(crate::value::TaskStr, crate::ULONG), crate::Hresult>;
    /// Replaces a row's value.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `dwFlags` (`DWORD`, in): `HTF_NAMEINDATA` when the data starts with the name.
    /// - `pszData` (`LPCSTR`, in): The value, `cchData` characters.
    /// - `cchData` (`ULONG`, in): How many characters the value has.
    ///
    /// Calls slot 14 of the vtable, [`IMimeHeaderTableVtbl::SetRowData`]. In Rust:
    ///
    /// - `cchData` is the length of `pszData` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn set_row_data(
        &self,
        hRow: HHEADERROW,
        dwFlags: HEADERTABLEFLAGS,
        pszData: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells where a row stands in the block it was read from.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `pInfo` (`LPHEADERROWINFO`, in, out): Filled in with its position and offsets.
    ///
    /// Calls slot 15 of the vtable, [`IMimeHeaderTableVtbl::GetRowInfo`].
    fn get_row_info(
        &self,
        hRow: HHEADERROW,
        pInfo: &mut HEADERROWINFO,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Moves a row to another position when the block is saved.
    ///
    /// Returns `S_OK`, or `MIME_E_INVALID_HANDLE`.
    ///
    /// # Parameters
    ///
    /// - `hRow` (`HHEADERROW`, in): The row.
    /// - `dwRowNumber` (`DWORD`, in): Its new position.
    ///
    /// Calls slot 16 of the vtable, [`IMimeHeaderTableVtbl::SetRowNumber`].
    fn set_row_number(
        &self,
        hRow: HHEADERROW,
        dwRowNumber: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns an enumerator of the rows, in saved order.
    ///
    /// Returns `S_OK` with the enumerator.
    ///
    /// # Parameters
    ///
    /// - `pszHeader` (`LPCSTR`, in): The header name of the rows wanted; null for every row.
    /// - `dwFlags` (`DWORD`, in): `HTF_ENUMHANDLESONLY` for handles without names or values.
    /// - `ppEnum` (`IMimeEnumHeaderRows**`, out): Receives the enumerator.
    ///
    /// Calls slot 17 of the vtable, [`IMimeHeaderTableVtbl::EnumRows`]. In Rust:
    ///
    /// - `pszHeader` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppEnum`.
    fn enum_rows(
        &self,
        pszHeader: ::core::option::Option<&str>,
        dwFlags: HEADERTABLEFLAGS,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumHeaderRows>, crate::Hresult>;
    /// Returns a copy of the table.
    ///
    /// Returns `S_OK` with the copy.
    ///
    /// # Parameters
    ///
    /// - `ppTable` (`IMimeHeaderTable**`, out): Receives the copy.
    ///
    /// Calls slot 18 of the vtable, [`IMimeHeaderTableVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppTable`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeHeaderTable>, crate::Hresult>;
    /// Returns the object the table belongs to, through the interface
    /// asked for.
    ///
    /// Returns `S_OK`, or `E_NOINTERFACE`.
    ///
    /// # Parameters
    ///
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`void**`, out): Receives the object.
    ///
    /// Calls slot 19 of the vtable, [`IMimeHeaderTableVtbl::BindToObject`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObject`.
    fn bind_to_object<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeHeaderTable>> IMimeHeaderTableExt for crate::ComPtr<T> {
    fn find_first_row(
        &self,
        pFindHeader: &mut crate::value::FindHeader,
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult> {
        let mut __a0 = pFindHeader.to_raw();
        let mut __a1: HHEADERROW = HHEADERROW::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .FindFirstRow)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        pFindHeader.reserved = __a0.dwReserved;
        ::core::result::Result::Ok(__a1)
    }
    fn find_next_row(
        &self,
        pFindHeader: &mut crate::value::FindHeader,
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult> {
        let mut __a0 = pFindHeader.to_raw();
        let mut __a1: HHEADERROW = HHEADERROW::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .FindNextRow)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        pFindHeader.reserved = __a0.dwReserved;
        ::core::result::Result::Ok(__a1)
    }
    fn count_rows(
        &self,
        pszHeader: ::core::option::Option<&str>,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __b0 = match pszHeader {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPCSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let mut __a1: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .CountRows)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn append_row(
        &self,
        pszHeader: ::core::option::Option<&str>,
        dwFlags: HEADERTABLEFLAGS,
        pszData: &[u8],
    ) -> ::core::result::Result<HHEADERROW, crate::Hresult> {
        let __b0 = match pszHeader {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPCSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __s = pszData;
        let (__a2, __a3): (crate::LPCSTR, crate::ULONG) = (
            __s.as_ptr().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a4: HHEADERROW = HHEADERROW::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .AppendRow)(
                self.as_raw().cast(),
                __a0,
                dwFlags.bits(),
                __a2,
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn delete_row(
        &self,
        hRow: HHEADERROW,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .DeleteRow)(self.as_raw().cast(), hRow)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_row_data(
        &self,
        hRow: HHEADERROW,
        dwFlags: HEADERTABLEFLAGS,
    ) -> ::core::result::Result<(crate::value::TaskStr, crate::ULONG), crate::Hresult> {
        let mut __a2: crate::LPSTR = ::core::ptr::null_mut();
        let mut __a3: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .GetRowData)(
                self.as_raw().cast(),
                hRow,
                dwFlags.bits(),
                &mut __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), false) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r2, __a3))
    }
    fn set_row_data(
        &self,
        hRow: HHEADERROW,
        dwFlags: HEADERTABLEFLAGS,
        pszData: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = pszData;
        let (__a2, __a3): (crate::LPCSTR, crate::ULONG) = (
            __s.as_ptr().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .SetRowData)(self.as_raw().cast(), hRow, dwFlags.bits(), __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_row_info(
        &self,
        hRow: HHEADERROW,
        pInfo: &mut HEADERROWINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: LPHEADERROWINFO = pInfo;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .GetRowInfo)(self.as_raw().cast(), hRow, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_row_number(
        &self,
        hRow: HHEADERROW,
        dwRowNumber: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .SetRowNumber)(self.as_raw().cast(), hRow, dwRowNumber)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn enum_rows(
        &self,
        pszHeader: ::core::option::Option<&str>,
        dwFlags: HEADERTABLEFLAGS,
    ) -> ::core::result::Result<crate::ComPtr<IMimeEnumHeaderRows>, crate::Hresult> {
        let __b0 = match pszHeader {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPCSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast(),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let mut __a2: *mut IMimeEnumHeaderRows = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .EnumRows)(self.as_raw().cast(), __a0, dwFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::ComPtr::<IMimeEnumHeaderRows>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMimeHeaderTable>, crate::Hresult> {
        let mut __a0: *mut IMimeHeaderTable = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        let __r0 = unsafe { crate::ComPtr::<IMimeHeaderTable>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn bind_to_object<U: crate::Interface>(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::REFIID = ::core::ptr::from_ref(&__iid0);
        let mut __a1: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeHeaderTable>()
                .BindToObject)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        let __r1 = unsafe { crate::ComPtr::<U>::from_raw(__a1.cast()) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeInternational` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeInternational {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeInternational`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeInternational> for IMimeInternational {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeInternational`]: its methods, called through the vtable, on every `ComPtr` to `IMimeInternational` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeInternationalExt {
    /// Makes a character set the default, used where a message names none.
    ///
    /// Returns `S_OK`, or an error when the handle is not valid.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    ///
    /// Calls slot 3 of the vtable, [`IMimeInternationalVtbl::SetDefaultCharset`].
    fn set_default_charset(
        &self,
        hCharset: crate::HCHARSET,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the default character set.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    ///
    /// Calls slot 4 of the vtable, [`IMimeInternationalVtbl::GetDefaultCharset`]. In Rust:
    ///
    /// - Returns `phCharset`.
    fn get_default_charset(
        &self,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult>;
    /// Returns the character set a code page uses for bodies, headers or
    /// web pages.
    ///
    /// Returns `S_OK`, or an error when the code page is not known.
    ///
    /// # Parameters
    ///
    /// - `cpiCodePage` (`CODEPAGEID`, in): The code page.
    /// - `ctCsetType` (`CHARSETTYPE`, in): Which of its character sets.
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    ///
    /// Calls slot 5 of the vtable, [`IMimeInternationalVtbl::GetCodePageCharset`]. In Rust:
    ///
    /// - Returns `phCharset`.
    fn get_code_page_charset(
        &self,
        cpiCodePage: CODEPAGEID,
        ctCsetType: crate::CHARSETTYPE,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult>;
    /// Looks a character set up by name.
    ///
    /// Returns `S_OK`, or `MIME_E_NOT_FOUND` when the name is not known.
    ///
    /// # Parameters
    ///
    /// - `pszCharset` (`LPCSTR`, in): The name (`utf-8`), in any case.
    /// - `phCharset` (`LPHCHARSET`, out): Receives the character set.
    ///
    /// Calls slot 6 of the vtable, [`IMimeInternationalVtbl::FindCharset`]. In Rust:
    ///
    /// - `pszCharset` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `phCharset`.
    fn find_charset(
        &self,
        pszCharset: &str,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult>;
    /// Describes a character set.
    ///
    /// Returns `S_OK`, or an error when the handle is not valid.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set.
    /// - `pCsetInfo` (`LPINETCSETINFO`, in, out): Filled in with its description.
    ///
    /// Calls slot 7 of the vtable, [`IMimeInternationalVtbl::GetCharsetInfo`].
    fn get_charset_info(
        &self,
        hCharset: crate::HCHARSET,
        pCsetInfo: &mut INETCSETINFO,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Describes a code page.
    ///
    /// Returns `S_OK`, or an error when the code page is not known.
    ///
    /// # Parameters
    ///
    /// - `cpiCodePage` (`CODEPAGEID`, in): The code page.
    /// - `pCodePageInfo` (`LPCODEPAGEINFO`, in, out): Filled in with its description; `dwMask` says which members hold it.
    ///
    /// Calls slot 8 of the vtable, [`IMimeInternationalVtbl::GetCodePageInfo`].
    fn get_code_page_info(
        &self,
        cpiCodePage: CODEPAGEID,
        pCodePageInfo: &mut CODEPAGEINFO,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks whether text can be converted from one code page to another.
    ///
    /// Returns `S_OK` when it can, `S_FALSE` when it cannot.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    ///
    /// Calls slot 9 of the vtable, [`IMimeInternationalVtbl::CanConvertCodePages`].
    fn can_convert_code_pages(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::can_convert_code_pages`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn can_convert_code_pages_with_warning(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Decodes a header value: RFC 1522 words are decoded and the text is
    /// converted from the character set.
    ///
    /// Returns `S_OK`, or an error when the character set is not valid, or
    /// the text could not be converted.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set of the value's unencoded text; null for the default.
    /// - `pszData` (`LPCSTR`, in): The value as the header carries it.
    /// - `pDecoded` (`LPPROPVARIANT`, in, out): On input, `vt` is the string type wanted (`VT_LPSTR` or `VT_LPWSTR`); on output, the decoded value, which the caller clears.
    /// - `pRfc1522Info` (`LPRFC1522INFO`, in, out): On input, whether RFC 1522 words may be decoded; on output, whether there were some, and their character set.
    ///
    /// Calls slot 10 of the vtable, [`IMimeInternationalVtbl::DecodeHeader`]. In Rust:
    ///
    /// - `pszData` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `pDecoded` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pDecoded`.
    fn decode_header(
        &self,
        hCharset: crate::HCHARSET,
        pszData: &str,
        pDecoded: u16,
        pRfc1522Info: &mut RFC1522INFO,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
    /// Encodes a header value: the text is converted into the character set
    /// and written as RFC 1522 words where a header cannot carry it as it
    /// is.
    ///
    /// Returns `S_OK`, or an error when the text could not be converted.
    ///
    /// # Parameters
    ///
    /// - `hCharset` (`HCHARSET`, in): The character set to encode into; null for the default.
    /// - `pData` (`LPPROPVARIANT`, in): The value (`VT_LPSTR` or `VT_LPWSTR`).
    /// - `ppszEncoded` (`LPSTR*`, out): Receives the encoded value, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    /// - `pRfc1522Info` (`LPRFC1522INFO`, in, out): On input, whether RFC 1522 words may be written; on output, whether they were.
    ///
    /// Calls slot 11 of the vtable, [`IMimeInternationalVtbl::EncodeHeader`]. In Rust:
    ///
    /// - `ppszEncoded` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszEncoded`.
    fn encode_header(
        &self,
        hCharset: crate::HCHARSET,
        pData: &crate::value::PropVariant,
        pRfc1522Info: &mut RFC1522INFO,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Converts bytes of text from one code page to another.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    /// - `pIn` (`LPBLOB`, in): The text.
    /// - `pOut` (`LPBLOB`, in, out): Receives the converted text, its bytes allocated with the task allocator (`CoTaskMemAlloc`): the caller frees them.
    /// - `pcbRead` (`ULONG*`, out): Receives how many bytes of the text were converted.
    ///
    /// Calls slot 12 of the vtable, [`IMimeInternationalVtbl::ConvertBuffer`]. In Rust:
    ///
    /// - `pOut` is returned as bytes; the object's task block is freed.
    /// - Returns `(pOut, pcbRead)`.
    fn convert_buffer(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: &[u8],
    ) -> ::core::result::Result<(::std::vec::Vec<u8>, crate::ULONG), crate::Hresult>;
    /// Converts a string value from one code page to another.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    /// - `pIn` (`LPPROPVARIANT`, in): The text (`VT_LPSTR` or `VT_LPWSTR`).
    /// - `pOut` (`LPPROPVARIANT`, in, out): On input, `vt` is the string type wanted; on output, the converted text, which the caller clears.
    ///
    /// Calls slot 13 of the vtable, [`IMimeInternationalVtbl::ConvertString`]. In Rust:
    ///
    /// - `pOut` is the type asked for (`VT_*`), and the value is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pOut`.
    fn convert_string(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: &crate::value::PropVariant,
        pOut: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
    /// Forgets the state `MLANG_ConvertInetString` keeps between calls (a
    /// shift state of a stateful code page such as ISO-2022-JP).
    ///
    /// Returns `S_OK`.
    ///
    /// Calls slot 14 of the vtable, [`IMimeInternationalVtbl::MLANG_ConvertInetReset`].
    fn mlang_convert_inet_reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Converts text between code pages through the system's language
    /// library (MLang), into the caller's buffer.
    ///
    /// Returns `S_OK`, or an error when the code pages cannot be converted
    /// between.
    ///
    /// # Parameters
    ///
    /// - `cpiSource` (`CODEPAGEID`, in): The code page of the text.
    /// - `cpiDest` (`CODEPAGEID`, in): The code page wanted.
    /// - `pSource` (`LPCSTR`, in): The text, `*pnSizeOfSource` bytes.
    /// - `pnSizeOfSource` (`long*`, in, out): On input, how many bytes the text has (-1: up to its NUL); on output, how many were converted.
    /// - `pDestination` (`LPSTR`, in, out): The caller's buffer of `*pnDstSize` bytes, filled in; null to ask for the size needed.
    /// - `pnDstSize` (`long*`, in, out): On input, the buffer's size; on output, how many bytes were (or would be) written.
    ///
    /// Calls slot 15 of the vtable, [`IMimeInternationalVtbl::MLANG_ConvertInetString`].
    ///
    /// # Safety
    ///
    /// - `pSource` (`LPCSTR`) must be valid for reads as the parameter's documentation says, for the duration of the call.
    /// - `pDestination` (`LPSTR`) must be null or valid for reads and writes as the parameter's documentation says, for the duration of the call.
    unsafe fn mlang_convert_inet_string(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pSource: crate::LPCSTR,
        pnSizeOfSource: &mut i32,
        pDestination: crate::LPSTR,
        pnDstSize: &mut i32,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Decodes a header value that may hold RFC 1522 words, without
    /// converting its character set.
    ///
    /// Returns `S_OK`, or an error when the value holds no valid word.
    ///
    /// # Parameters
    ///
    /// - `pszValue` (`LPCSTR`, in): The value as the header carries it.
    /// - `pszCharset` (`LPSTR`, out): The caller's buffer of `cchmax` bytes, which receives the name of the words' character set.
    /// - `cchmax` (`ULONG`, in): The buffer's size.
    /// - `ppszDecoded` (`LPSTR*`, out): Receives the decoded value, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 16 of the vtable, [`IMimeInternationalVtbl::Rfc1522Decode`]. In Rust:
    ///
    /// - `pszValue` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `cchmax` is the length of `pszCharset` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `ppszDecoded` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszDecoded`.
    fn rfc1522_decode(
        &self,
        pszValue: &str,
        pszCharset: &mut [u8],
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Encodes a value as RFC 1522 words in a character set.
    ///
    /// Returns `S_OK`, or an error when the text could not be converted.
    ///
    /// # Parameters
    ///
    /// - `pszValue` (`LPCSTR`, in): The value.
    /// - `hCharset` (`HCHARSET`, in): The character set of the words.
    /// - `ppszEncoded` (`LPSTR*`, out): Receives the encoded value, allocated with the task allocator (`CoTaskMemAlloc`): the caller frees it.
    ///
    /// Calls slot 17 of the vtable, [`IMimeInternationalVtbl::Rfc1522Encode`]. In Rust:
    ///
    /// - `pszValue` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `ppszEncoded` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszEncoded`.
    fn rfc1522_encode(
        &self,
        pszValue: &str,
        hCharset: crate::HCHARSET,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeInternational>> IMimeInternationalExt for crate::ComPtr<T> {
    fn set_default_charset(
        &self,
        hCharset: crate::HCHARSET,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .SetDefaultCharset)(self.as_raw().cast(), hCharset)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_default_charset(
        &self,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let mut __a0: crate::HCHARSET = crate::HCHARSET::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .GetDefaultCharset)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn get_code_page_charset(
        &self,
        cpiCodePage: CODEPAGEID,
        ctCsetType: crate::CHARSETTYPE,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let mut __a2: crate::HCHARSET = crate::HCHARSET::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .GetCodePageCharset)(
                self.as_raw().cast(),
                cpiCodePage,
                ctCsetType,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn find_charset(
        &self,
        pszCharset: &str,
    ) -> ::core::result::Result<crate::HCHARSET, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszCharset, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a1: crate::HCHARSET = crate::HCHARSET::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .FindCharset)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn get_charset_info(
        &self,
        hCharset: crate::HCHARSET,
        pCsetInfo: &mut INETCSETINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: LPINETCSETINFO = pCsetInfo;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .GetCharsetInfo)(self.as_raw().cast(), hCharset, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_code_page_info(
        &self,
        cpiCodePage: CODEPAGEID,
        pCodePageInfo: &mut CODEPAGEINFO,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: LPCODEPAGEINFO = pCodePageInfo;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .GetCodePageInfo)(self.as_raw().cast(), cpiCodePage, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn can_convert_code_pages(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .CanConvertCodePages)(self.as_raw().cast(), cpiSource, cpiDest)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn can_convert_code_pages_with_warning(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .CanConvertCodePages)(self.as_raw().cast(), cpiSource, cpiDest)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn decode_header(
        &self,
        hCharset: crate::HCHARSET,
        pszData: &str,
        pDecoded: u16,
        pRfc1522Info: &mut RFC1522INFO,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let __b1 = crate::__private::call::str_in(pszData, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a2 = crate::__private::call::requesting_raw(pDecoded);
        let __a3: LPRFC1522INFO = pRfc1522Info;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .DecodeHeader)(self.as_raw().cast(), hCharset, __a1, &mut __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::PropVariant::adopt(&mut __a2) };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
    fn encode_header(
        &self,
        hCharset: crate::HCHARSET,
        pData: &crate::value::PropVariant,
        pRfc1522Info: &mut RFC1522INFO,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let __t = pData;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b1;
        let __a1: LPPROPVARIANT = __s.as_mut_ptr();
        let mut __a2: crate::LPSTR = ::core::ptr::null_mut();
        let __a3: LPRFC1522INFO = pRfc1522Info;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .EncodeHeader)(self.as_raw().cast(), hCharset, __a1, &mut __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), false) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn convert_buffer(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: &[u8],
    ) -> ::core::result::Result<(::std::vec::Vec<u8>, crate::ULONG), crate::Hresult> {
        let __t = pIn;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::blob_in(__t)?;
        let __s = &mut __b2;
        let __a2: LPBLOB = __s.as_mut_ptr();
        let mut __a3 = crate::__private::call::empty_blob();
        let mut __a4: crate::ULONG = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .ConvertBuffer)(
                self.as_raw().cast(),
                cpiSource,
                cpiDest,
                __a2,
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r3 = unsafe { crate::value::TaskBlob::adopt(&mut __a3) };
        let __r3 = __r3?;
        ::core::result::Result::Ok((__r3, __a4))
    }
    fn convert_string(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pIn: &crate::value::PropVariant,
        pOut: u16,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let __t = pIn;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::prop_variant_in(__t)?;
        let __s = &mut __b2;
        let __a2: LPPROPVARIANT = __s.as_mut_ptr();
        let mut __a3 = crate::__private::call::requesting_raw(pOut);
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .ConvertString)(
                self.as_raw().cast(),
                cpiSource,
                cpiDest,
                __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __r3 = unsafe { crate::value::PropVariant::adopt(&mut __a3) };
        let __r3 = __r3?;
        ::core::result::Result::Ok(__r3)
    }
    fn mlang_convert_inet_reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .MLANG_ConvertInetReset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn mlang_convert_inet_string(
        &self,
        cpiSource: CODEPAGEID,
        cpiDest: CODEPAGEID,
        pSource: crate::LPCSTR,
        pnSizeOfSource: &mut i32,
        pDestination: crate::LPSTR,
        pnDstSize: &mut i32,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a3: *mut i32 = pnSizeOfSource;
        let __a5: *mut i32 = pnDstSize;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .MLANG_ConvertInetString)(
                self.as_raw().cast(),
                cpiSource,
                cpiDest,
                pSource,
                __a3,
                pDestination,
                __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn rfc1522_decode(
        &self,
        pszValue: &str,
        pszCharset: &mut [u8],
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszValue, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __s = pszCharset;
        let (__a1, __a2): (crate::LPSTR, crate::ULONG) = (
            __s.as_mut_ptr().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .Rfc1522Decode)(self.as_raw().cast(), __a0, __a1, __a2, &mut __a3)
        };
        crate::Hresult(__hr).ok()?;
        let __r3 = unsafe { crate::value::TaskStr::from_raw(__a3.cast(), false) };
        let __r3 = __r3?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r3)
    }
    fn rfc1522_encode(
        &self,
        pszValue: &str,
        hCharset: crate::HCHARSET,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszValue, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a2: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeInternational>()
                .Rfc1522Encode)(self.as_raw().cast(), __a0, hCharset, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), false) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeAllocator` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeAllocator {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeAllocator` derives from `IMalloc`: its vtable begins with `IMalloc`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMalloc> for IMimeAllocator {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeAllocator`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeAllocator> for IMimeAllocator {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeAllocator`]: its methods, called through the vtable, on every `ComPtr` to `IMimeAllocator` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeAllocatorExt {
    /// Frees the strings of an array of header parameters, as
    /// `IMimePropertySet::GetParameters` returns them, and the array itself
    /// when asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cParams` (`ULONG`, in): How many entries the array has.
    /// - `prgParam` (`LPMIMEPARAMINFO`, in): The entries, handed over.
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too (one the library allocated), `FALSE` to free only what its entries point to (an array of the caller's).
    ///
    /// Calls slot 9 of the vtable, [`IMimeAllocatorVtbl::FreeParamInfoArray`]. In Rust:
    ///
    /// - `prgParam` is laid out in task memory (the MIME allocator's), its count and flag set from it, and handed over for the object to free.
    fn free_param_info_array(
        &self,
        prgParam: &[crate::value::MimeParam],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees an address list: each address's strings and thumbprints and
    /// the array of addresses; the list itself is left empty.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` when the list is null or counts
    /// addresses at a null array.
    ///
    /// # Parameters
    ///
    /// - `pList` (`LPADDRESSLIST`, in): The list, handed over.
    ///
    /// Calls slot 10 of the vtable, [`IMimeAllocatorVtbl::FreeAddressList`]. In Rust:
    ///
    /// - A copy of `pList` is laid out in task memory (the MIME allocator's) and handed over for the object to free.
    fn free_address_list(
        &self,
        pList: &[crate::value::AddressProps],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees the strings and thumbprints of one address (the members its
    /// `dwProps` names); the structure itself is left zeroed.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` when the pointer is null.
    ///
    /// # Parameters
    ///
    /// - `pAddress` (`LPADDRESSPROPS`, in): The address, handed over.
    ///
    /// Calls slot 11 of the vtable, [`IMimeAllocatorVtbl::FreeAddressProps`]. In Rust:
    ///
    /// - A copy of `pAddress` is laid out in task memory (the MIME allocator's) and handed over for the object to free.
    fn free_address_props(
        &self,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Releases each object of an array of interface pointers, and frees
    /// the array when asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cObjects` (`ULONG`, in): How many pointers the array has.
    /// - `prgpUnknown` (`IUnknown**`, in): The pointers, one reference each handed over (null entries are skipped).
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too, with this allocator.
    ///
    /// Calls slot 12 of the vtable, [`IMimeAllocatorVtbl::ReleaseObjects`]. In Rust:
    ///
    /// - `prgpUnknown` is laid out in task memory (the MIME allocator's), its count and flag set from it, and handed over with one reference per object, for the object to release and free.
    fn release_objects(
        &self,
        prgpUnknown: ::std::vec::Vec<crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees the strings of an array of header rows, as
    /// `IMimeEnumHeaderRows::Next` fills them in, and the array itself when
    /// asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cRows` (`ULONG`, in): How many entries the array has.
    /// - `prgRow` (`LPENUMHEADERROW`, in): The entries, handed over.
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too, `FALSE` to free only what its entries point to.
    ///
    /// Calls slot 13 of the vtable, [`IMimeAllocatorVtbl::FreeEnumHeaderRowArray`]. In Rust:
    ///
    /// - `prgRow` is laid out in task memory (the MIME allocator's), its count and flag set from it, and handed over for the object to free.
    fn free_enum_header_row_array(
        &self,
        prgRow: &[crate::value::HeaderRow],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees the names of an array of enumerated properties, as
    /// `IMimeEnumProperties::Next` fills them in, and the array itself when
    /// asked.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cProps` (`ULONG`, in): How many entries the array has.
    /// - `prgProp` (`LPENUMPROPERTY`, in): The entries, handed over.
    /// - `fFreeArray` (`unsigned char`, in): `TRUE` to free the array too, `FALSE` to free only what its entries point to.
    ///
    /// Calls slot 14 of the vtable, [`IMimeAllocatorVtbl::FreeEnumPropertyArray`]. In Rust:
    ///
    /// - `prgProp` is laid out in task memory (the MIME allocator's), its count and flag set from it, and handed over for the object to free.
    fn free_enum_property_array(
        &self,
        prgProp: &[crate::value::EnumProperty],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees the bytes of a certificate thumbprint.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pthumbprint` (`THUMBBLOB*`, in): The thumbprint, handed over.
    ///
    /// Calls slot 15 of the vtable, [`IMimeAllocatorVtbl::FreeThumbprint`]. In Rust:
    ///
    /// - A copy of `pthumbprint` is laid out in task memory (the MIME allocator's) and handed over for the object to free.
    fn free_thumbprint(
        &self,
        pthumbprint: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Clears a `PROPVARIANT` the library returned, freeing what it points
    /// to, as `PropVariantClear` does; it is left `VT_EMPTY`.
    ///
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `pProp` (`LPPROPVARIANT`, in): The value, handed over.
    ///
    /// Calls slot 16 of the vtable, [`IMimeAllocatorVtbl::PropVariantClear`]. In Rust:
    ///
    /// - A copy of `pProp` is laid out in task memory (the MIME allocator's) and handed over for the object to free.
    fn prop_variant_clear(
        &self,
        pProp: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeAllocator>> IMimeAllocatorExt for crate::ComPtr<T> {
    fn free_param_info_array(
        &self,
        prgParam: &[crate::value::MimeParam],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1 = crate::value::TaskArray::<crate::value::MimeParam>::new(prgParam)?;
        let __a0 = __a1.count();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .FreeParamInfoArray)(self.as_raw().cast(), __a0, __a1.into_raw(), 1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn free_address_list(
        &self,
        pList: &[crate::value::AddressProps],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0 = crate::value::TaskArray::<crate::value::AddressProps>::new(pList)?;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .FreeAddressList)(self.as_raw().cast(), &mut __a0.into_list())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn free_address_props(
        &self,
        pAddress: &crate::value::AddressProps,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0 = crate::value::TaskOne::<crate::value::AddressProps>::new(pAddress)?;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .FreeAddressProps)(self.as_raw().cast(), &mut __a0.into_raw())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn release_objects(
        &self,
        prgpUnknown: ::std::vec::Vec<crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1 = crate::value::TaskObjects::new(prgpUnknown)?;
        let __a0 = __a1.count();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .ReleaseObjects)(self.as_raw().cast(), __a0, __a1.into_raw(), 1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn free_enum_header_row_array(
        &self,
        prgRow: &[crate::value::HeaderRow],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1 = crate::value::TaskArray::<crate::value::HeaderRow>::new(prgRow)?;
        let __a0 = __a1.count();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .FreeEnumHeaderRowArray)(self.as_raw().cast(), __a0, __a1.into_raw(), 1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn free_enum_property_array(
        &self,
        prgProp: &[crate::value::EnumProperty],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1 = crate::value::TaskArray::<crate::value::EnumProperty>::new(prgProp)?;
        let __a0 = __a1.count();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .FreeEnumPropertyArray)(self.as_raw().cast(), __a0, __a1.into_raw(), 1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn free_thumbprint(
        &self,
        pthumbprint: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0 = crate::value::TaskBlob::new(pthumbprint)?;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .FreeThumbprint)(self.as_raw().cast(), &mut __a0.into_raw())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn prop_variant_clear(
        &self,
        pProp: &crate::value::PropVariant,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0 = pProp.to_task()?;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeAllocator>()
                .PropVariantClear)(self.as_raw().cast(), &mut __a0.into_raw())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeSecurity` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeSecurity {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeSecurity`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeSecurity> for IMimeSecurity {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeSecurity`]: its methods, called through the vtable, on every `ComPtr` to `IMimeSecurity` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeSecurityExt {
    /// Initialises the object (its cryptographic provider); call it once,
    /// before any other method.
    ///
    /// Returns `S_OK`, or an error when the provider cannot be loaded.
    ///
    /// Calls slot 3 of the vtable, [`IMimeSecurityVtbl::InitNew`].
    fn init_new(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Says whether `InitNew` has been called.
    ///
    /// Returns `S_OK` when it has, an error when it has not.
    ///
    /// Calls slot 4 of the vtable, [`IMimeSecurityVtbl::CheckInit`].
    fn check_init(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Encodes a whole message tree as its security properties ask (signs,
    /// encrypts or both, with the certificates they name).
    ///
    /// Returns `S_OK`, `MIME_S_SECURITY_NOOP` when nothing asked for
    /// security, or an error (`MIME_E_SECURITY_NOCERT` without a
    /// certificate, `MIME_E_SECURITY_CLASSNOTSUPPORTED`, ...).
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree, changed in place.
    /// - `dwFlags` (`DWORD`, in): Security encoding flags (`SEF_*`).
    ///
    /// Calls slot 5 of the vtable, [`IMimeSecurityVtbl::EncodeMessage`].
    fn encode_message(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        dwFlags: MimeSecurityFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Encodes one body of a message tree, and with `EBF_RECURSE` the
    /// bodies below it.
    ///
    /// Returns `S_OK`, `MIME_S_SECURITY_NOOP` when nothing asked for
    /// security, or an error, as `EncodeMessage`.
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree holding the body.
    /// - `hEncodeRoot` (`HBODY`, in): The body encoded.
    /// - `dwFlags` (`DWORD`, in): Security (`SEF_*`) and body (`EBF_*`) encoding flags.
    ///
    /// Calls slot 6 of the vtable, [`IMimeSecurityVtbl::EncodeBody`].
    fn encode_body(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        hEncodeRoot: HBODY,
        dwFlags: MimeSecurityBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Decodes a whole message tree: decrypts it and checks its signatures,
    /// leaving the results in its security properties.
    ///
    /// Returns `S_OK`, or an error when the message cannot be decoded.
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree, changed in place.
    /// - `dwFlags` (`DWORD`, in): Security encoding flags (`SEF_*`).
    ///
    /// Calls slot 7 of the vtable, [`IMimeSecurityVtbl::DecodeMessage`].
    fn decode_message(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        dwFlags: MimeSecurityFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Decodes one body of a message tree, and with `EBF_RECURSE` the
    /// bodies below it.
    ///
    /// Returns `S_OK`, or an error when the body cannot be decoded.
    ///
    /// # Parameters
    ///
    /// - `pTree` (`IMimeMessageTree*`, in): The message tree holding the body.
    /// - `hDecodeRoot` (`HBODY`, in): The body decoded.
    /// - `dwFlags` (`DWORD`, in): Security (`SEF_*`) and body (`EBF_*`) encoding flags.
    ///
    /// Calls slot 8 of the vtable, [`IMimeSecurityVtbl::DecodeBody`].
    fn decode_body(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        hDecodeRoot: HBODY,
        dwFlags: MimeSecurityBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the certificate after `pPrev` in a CryptoAPI store, among
    /// those fit for a usage; with no usage, whether the store holds any
    /// certificate at all.
    ///
    /// The certificate returned is CryptoAPI's (see `PCX509CERT`): the
    /// caller frees it with `CertFreeCertificateContext`, or passes it back
    /// as `pPrev` to go on. Returns `S_OK`, or an error when there are no
    /// more certificates (or, with no usage, none) or `hc` is null.
    ///
    /// # Parameters
    ///
    /// - `hc` (`HCAPICERTSTORE`, in): The store.
    /// - `dwUsage` (`DWORD`, in): `ITT_SIGNING`, `ITT_ENCRYPTION`, or neither.
    /// - `pPrev` (`PCX509CERT`, in): The certificate this call returned last, or null for the first.
    /// - `ppCert` (`PCX509CERT*`, out): Receives the next certificate.
    ///
    /// Calls slot 9 of the vtable, [`IMimeSecurityVtbl::EnumCertificates`]. In Rust:
    ///
    /// - Returns `ppCert`.
    fn enum_certificates(
        &self,
        hc: HCAPICERTSTORE,
        dwUsage: MimeCertUsage,
        pPrev: PCX509CERT,
    ) -> ::core::result::Result<PCX509CERT, crate::Hresult>;
    /// Returns a certificate's subject name, in the form asked for.
    ///
    /// The name is allocated with the task allocator; the caller frees it
    /// (`CoTaskMemFree`). Returns `S_OK`, or an error when the certificate
    /// has no such name.
    ///
    /// # Parameters
    ///
    /// - `pX509Cert` (`PCX509CERT`, in): The certificate.
    /// - `cn` (`CERTNAMETYPE`, in): The form of the name (`SIMPLE`, `OID` or `X500`).
    /// - `ppszName` (`LPSTR*`, out): Receives the name, an 8-bit string.
    ///
    /// Calls slot 10 of the vtable, [`IMimeSecurityVtbl::GetCertificateName`]. In Rust:
    ///
    /// - `ppszName` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszName`.
    fn get_certificate_name(
        &self,
        pX509Cert: PCX509CERT,
        cn: crate::CERTNAMETYPE,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Returns how a body is secured (signed, encrypted, and where).
    ///
    /// Returns `S_OK`, or an error when the body cannot be read.
    ///
    /// # Parameters
    ///
    /// - `hwndParent` (`HWND`, in): The parent window for any user interface, or null.
    /// - `pBody` (`IMimeBody*`, in): The body examined.
    /// - `pdwSecType` (`DWORD*`, out): Receives the `MST_*` bits.
    ///
    /// Calls slot 11 of the vtable, [`IMimeSecurityVtbl::GetMessageType`]. In Rust:
    ///
    /// - Returns `pdwSecType`.
    fn get_message_type(
        &self,
        hwndParent: crate::HWND,
        pBody: &crate::ComPtr<IMimeBody>,
    ) -> ::core::result::Result<MimeSecurityType, crate::Hresult>;
    /// Returns one piece of data of a certificate (`CDID_EMAIL`: its e-mail
    /// address, a `VT_LPSTR`).
    ///
    /// The value's memory is the caller's, freed as `PropVariantClear`
    /// does. Returns `S_OK`, or an error when the certificate holds no such
    /// data.
    ///
    /// # Parameters
    ///
    /// - `pX509Cert` (`PCX509CERT`, in): The certificate.
    /// - `dataid` (`CERTDATAID`, in): Which data (`CDID_EMAIL`).
    /// - `pValue` (`LPPROPVARIANT`, out): Receives the value.
    ///
    /// Calls slot 12 of the vtable, [`IMimeSecurityVtbl::GetCertData`]. In Rust:
    ///
    /// - `pValue` is returned as a `PropVariant`, whose strings and bytes are freed as `PropVariantClear` frees them.
    /// - Returns `pValue`.
    fn get_cert_data(
        &self,
        pX509Cert: PCX509CERT,
        dataid: crate::CERTDATAID,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeSecurity>> IMimeSecurityExt for crate::ComPtr<T> {
    fn init_new(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeSecurity>().InitNew)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn check_init(&self) -> ::core::result::Result<(), crate::Hresult> {
        let __hr = unsafe {
            (self.base_vtable::<IMimeSecurity>().CheckInit)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn encode_message(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        dwFlags: MimeSecurityFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pTree;
        let __a0: *mut IMimeMessageTree = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .EncodeMessage)(self.as_raw().cast(), __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn encode_body(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        hEncodeRoot: HBODY,
        dwFlags: MimeSecurityBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pTree;
        let __a0: *mut IMimeMessageTree = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .EncodeBody)(self.as_raw().cast(), __a0, hEncodeRoot, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn decode_message(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        dwFlags: MimeSecurityFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pTree;
        let __a0: *mut IMimeMessageTree = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .DecodeMessage)(self.as_raw().cast(), __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn decode_body(
        &self,
        pTree: &crate::ComPtr<IMimeMessageTree>,
        hDecodeRoot: HBODY,
        dwFlags: MimeSecurityBodyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pTree;
        let __a0: *mut IMimeMessageTree = __r.as_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .DecodeBody)(self.as_raw().cast(), __a0, hDecodeRoot, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn enum_certificates(
        &self,
        hc: HCAPICERTSTORE,
        dwUsage: MimeCertUsage,
        pPrev: PCX509CERT,
    ) -> ::core::result::Result<PCX509CERT, crate::Hresult> {
        let mut __a3: PCX509CERT = PCX509CERT::NULL;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .EnumCertificates)(
                self.as_raw().cast(),
                hc,
                dwUsage.bits(),
                pPrev,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a3)
    }
    fn get_certificate_name(
        &self,
        pX509Cert: PCX509CERT,
        cn: crate::CERTNAMETYPE,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let mut __a2: crate::LPSTR = ::core::ptr::null_mut();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .GetCertificateName)(self.as_raw().cast(), pX509Cert, cn, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), false) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn get_message_type(
        &self,
        hwndParent: crate::HWND,
        pBody: &crate::ComPtr<IMimeBody>,
    ) -> ::core::result::Result<MimeSecurityType, crate::Hresult> {
        let __r = pBody;
        let __a1: *mut IMimeBody = __r.as_raw();
        let mut __a2: crate::DWORD = 0;
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .GetMessageType)(self.as_raw().cast(), hwndParent, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(MimeSecurityType::from_bits_retain(__a2))
    }
    fn get_cert_data(
        &self,
        pX509Cert: PCX509CERT,
        dataid: crate::CERTDATAID,
    ) -> ::core::result::Result<crate::value::PropVariant, crate::Hresult> {
        let mut __a2 = crate::__private::call::empty_raw();
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeSecurity>()
                .GetCertData)(self.as_raw().cast(), pX509Cert, dataid, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __r2 = unsafe { crate::value::PropVariant::adopt(&mut __a2) };
        let __r2 = __r2?;
        ::core::result::Result::Ok(__r2)
    }
}
