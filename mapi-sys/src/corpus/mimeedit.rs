// `idl/mapi/mimeedit.idl` as Rust, included by `mod.rs`.
/// OLE automation's string: UTF-16 with its length in bytes in the four
/// bytes before the pointer, and a NUL after. `SysAllocStringLen` makes one
/// and `SysFreeString` frees it; null is the empty string. In Rust,
/// `value::Bstr` owns one and `value::BstrRef` views a caller's.
#[cfg(feature = "mime")]
pub type BSTR = *mut crate::OLECHAR;
/// Pointer to a `BSTR`.
#[cfg(feature = "mime")]
pub type LPBSTR = *mut BSTR;
/// Pointer to `BIND_OPTS`.
#[cfg(feature = "mime")]
pub type LPBIND_OPTS = *mut BIND_OPTS;
/// Pointer to an `IBindCtx` interface.
#[cfg(feature = "mime")]
pub type LPBC = *mut IBindCtx;
/// Pointer to an `IBindCtx` interface.
#[cfg(feature = "mime")]
pub type LPBINDCTX = *mut IBindCtx;
/// Pointer to an `IMoniker` interface.
#[cfg(feature = "mime")]
pub type LPMONIKER = *mut IMoniker;
/// Pointer to an `IEnumMoniker` interface.
#[cfg(feature = "mime")]
pub type LPENUMMONIKER = *mut IEnumMoniker;
/// Pointer to an `IRunningObjectTable` interface.
#[cfg(feature = "mime")]
pub type LPRUNNINGOBJECTTABLE = *mut IRunningObjectTable;
/// Pointer to an `IMimeObjResolver` interface.
#[cfg(feature = "mime")]
pub type LPMIMEOBJRESOLVER = *mut IMimeObjResolver;
/// Pointer to an `IMimeEditTag` interface.
#[cfg(feature = "mime")]
pub type LPMIMEEDITTAG = *mut IMimeEditTag;
/// Pointer to an `IMimeEditTagCollection` interface.
#[cfg(feature = "mime")]
pub type LPMIMEEDITTAGCOLLECTION = *mut IMimeEditTagCollection;
/// Options of a bind operation, kept by its bind context.
#[cfg(feature = "mime")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct BIND_OPTS {
    /// The size of the structure in bytes (larger for `BIND_OPTS2` and
    /// `BIND_OPTS3`, which extend it).
    pub cbStruct: crate::DWORD,
    /// Bind flags (`BIND_MAYBOTHERUSER`, `BIND_JUSTTESTEXISTENCE`).
    pub grfFlags: crate::DWORD,
    /// How to open the object (`STGM_*`).
    pub grfMode: crate::DWORD,
    /// The tick count by which the bind should end, or 0 for no limit.
    pub dwTickCountDeadline: crate::DWORD,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<BIND_OPTS>() == 16);
    assert!(::core::mem::align_of::<BIND_OPTS>() == 4);
    assert!(::core::mem::offset_of!(BIND_OPTS, cbStruct) == 0);
    assert!(::core::mem::offset_of!(BIND_OPTS, grfFlags) == 4);
    assert!(::core::mem::offset_of!(BIND_OPTS, grfMode) == 8);
    assert!(::core::mem::offset_of!(BIND_OPTS, dwTickCountDeadline) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<BIND_OPTS>() == 16);
    assert!(::core::mem::align_of::<BIND_OPTS>() == 4);
    assert!(::core::mem::offset_of!(BIND_OPTS, cbStruct) == 0);
    assert!(::core::mem::offset_of!(BIND_OPTS, grfFlags) == 4);
    assert!(::core::mem::offset_of!(BIND_OPTS, grfMode) == 8);
    assert!(::core::mem::offset_of!(BIND_OPTS, dwTickCountDeadline) == 12);
};
/// The table keeps a strong reference, holding the object alive while
/// it is registered.
#[cfg(feature = "mime")]
pub const ROTFLAGS_REGISTRATIONKEEPSALIVE: u32 = 1;
/// Clients of any user may reach the object (a server registered to
/// allow it).
#[cfg(feature = "mime")]
pub const ROTFLAGS_ALLOWANYCLIENT: u32 = 2;
/// Return at once from `BindToObject`/`BindToStorage`; the result
/// arrives later through the bind status callback.
#[cfg(feature = "mime")]
pub const BINDF_ASYNCHRONOUS: u32 = 1;
/// Asynchronous streams and storages return `E_PENDING` for data not
/// yet downloaded instead of blocking.
#[cfg(feature = "mime")]
pub const BINDF_ASYNCSTORAGE: u32 = 2;
/// Do not render progressively.
#[cfg(feature = "mime")]
pub const BINDF_NOPROGRESSIVERENDERING: u32 = 4;
/// Bind to the cached copy only.
#[cfg(feature = "mime")]
pub const BINDF_OFFLINEOPERATION: u32 = 8;
/// Fetch the newest version, even when a cached copy is fresh.
#[cfg(feature = "mime")]
pub const BINDF_GETNEWESTVERSION: u32 = 0x10;
/// Do not store the result in the cache.
#[cfg(feature = "mime")]
pub const BINDF_NOWRITECACHE: u32 = 0x20;
/// Make sure the result exists as a file (in the cache).
#[cfg(feature = "mime")]
pub const BINDF_NEEDFILE: u32 = 0x40;
/// The client pulls the data rather than being pushed it.
#[cfg(feature = "mime")]
pub const BINDF_PULLDATA: u32 = 0x80;
/// Ignore certificate and security problems.
#[cfg(feature = "mime")]
pub const BINDF_IGNORESECURITYPROBLEM: u32 = 0x100;
/// Revalidate a cached copy with the server.
#[cfg(feature = "mime")]
pub const BINDF_RESYNCHRONIZE: u32 = 0x200;
/// The bind follows a hyperlink.
#[cfg(feature = "mime")]
pub const BINDF_HYPERLINK: u32 = 0x400;
/// Show no user interface.
#[cfg(feature = "mime")]
pub const BINDF_NO_UI: u32 = 0x800;
/// Show no user interface, and ask nothing of the user.
#[cfg(feature = "mime")]
pub const BINDF_SILENTOPERATION: u32 = 0x1000;
/// Skip proxy caches (`Pragma: no-cache`).
#[cfg(feature = "mime")]
pub const BINDF_PRAGMA_NO_CACHE: u32 = 0x2000;
/// Bind to the class object of the resource's handler.
#[cfg(feature = "mime")]
pub const BINDF_GETCLASSOBJECT: u32 = 0x4000;
/// Reserved.
#[cfg(feature = "mime")]
pub const BINDF_RESERVED_1: u32 = 0x8000;
/// Reserved.
#[cfg(feature = "mime")]
pub const BINDF_FREE_THREADED: u32 = 0x10000;
/// Read the resource directly, without the cache.
#[cfg(feature = "mime")]
pub const BINDF_DIRECT_READ: u32 = 0x20000;
/// The bind submits a form.
#[cfg(feature = "mime")]
pub const BINDF_FORMS_SUBMIT: u32 = 0x40000;
/// Use the cached copy when the network fails.
#[cfg(feature = "mime")]
pub const BINDF_GETFROMCACHE_IF_NET_FAIL: u32 = 0x80000;
/// The bind comes from the URL moniker library itself.
#[cfg(feature = "mime")]
pub const BINDF_FROMURLMON: u32 = 0x100000;
/// The bind comes from a back or forward navigation.
#[cfg(feature = "mime")]
pub const BINDF_FWD_BACK: u32 = 0x200000;
/// Prefer the resource's default handler.
#[cfg(feature = "mime")]
pub const BINDF_PREFERDEFAULTHANDLER: u32 = 0x400000;
/// Bind in the restricted zone.
#[cfg(feature = "mime")]
pub const BINDF_ENFORCERESTRICTED: u32 = 0x800000;
/// How `IRunningObjectTable::Register` registers an object.
#[cfg(feature = "mime")]
pub type ROTFLAGS = crate::Flags<ROTFLAGSGroup>;
/// The group of [`ROTFLAGS`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "mime")]
pub enum ROTFLAGSGroup {}
#[cfg(feature = "mime")]
impl crate::FlagGroup for ROTFLAGSGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ROTFLAGS_REGISTRATIONKEEPSALIVE", 0x00000001),
        ("ROTFLAGS_ALLOWANYCLIENT", 0x00000002),
    ];
}
#[cfg(feature = "mime")]
impl crate::Flags<ROTFLAGSGroup> {
    /// The table keeps a strong reference, holding the object alive while
    /// it is registered.
    ///
    /// `ROTFLAGS_REGISTRATIONKEEPSALIVE` (`0x1`), valid on input.
    pub const REGISTRATIONKEEPSALIVE: Self = Self::from_bits_retain(0x00000001);
    /// Clients of any user may reach the object (a server registered to
    /// allow it).
    ///
    /// `ROTFLAGS_ALLOWANYCLIENT` (`0x2`), valid on input.
    pub const ALLOWANYCLIENT: Self = Self::from_bits_retain(0x00000002);
}
/// How a URL moniker binds: asynchronously or not, from the cache or the
/// network, with or without a user interface. Internet Explorer added
/// flags over the years (and reserves the remaining bits), so unknown bits
/// are passed through.
#[cfg(feature = "mime")]
pub type BINDF = crate::Flags<BINDFGroup>;
/// The group of [`BINDF`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "mime")]
pub enum BINDFGroup {}
#[cfg(feature = "mime")]
impl crate::FlagGroup for BINDFGroup {
    const IN_MASK: u32 = 0x00FFFFFF;
    const OUT_MASK: u32 = 0x00FFFFFF;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("BINDF_ASYNCHRONOUS", 0x00000001),
        ("BINDF_ASYNCSTORAGE", 0x00000002),
        ("BINDF_NOPROGRESSIVERENDERING", 0x00000004),
        ("BINDF_OFFLINEOPERATION", 0x00000008),
        ("BINDF_GETNEWESTVERSION", 0x00000010),
        ("BINDF_NOWRITECACHE", 0x00000020),
        ("BINDF_NEEDFILE", 0x00000040),
        ("BINDF_PULLDATA", 0x00000080),
        ("BINDF_IGNORESECURITYPROBLEM", 0x00000100),
        ("BINDF_RESYNCHRONIZE", 0x00000200),
        ("BINDF_HYPERLINK", 0x00000400),
        ("BINDF_NO_UI", 0x00000800),
        ("BINDF_SILENTOPERATION", 0x00001000),
        ("BINDF_PRAGMA_NO_CACHE", 0x00002000),
        ("BINDF_GETCLASSOBJECT", 0x00004000),
        ("BINDF_RESERVED_1", 0x00008000),
        ("BINDF_FREE_THREADED", 0x00010000),
        ("BINDF_DIRECT_READ", 0x00020000),
        ("BINDF_FORMS_SUBMIT", 0x00040000),
        ("BINDF_GETFROMCACHE_IF_NET_FAIL", 0x00080000),
        ("BINDF_FROMURLMON", 0x00100000),
        ("BINDF_FWD_BACK", 0x00200000),
        ("BINDF_PREFERDEFAULTHANDLER", 0x00400000),
        ("BINDF_ENFORCERESTRICTED", 0x00800000),
    ];
}
#[cfg(feature = "mime")]
impl crate::Flags<BINDFGroup> {
    /// Return at once from `BindToObject`/`BindToStorage`; the result
    /// arrives later through the bind status callback.
    ///
    /// `BINDF_ASYNCHRONOUS` (`0x1`), valid on input and output.
    pub const ASYNCHRONOUS: Self = Self::from_bits_retain(0x00000001);
    /// Asynchronous streams and storages return `E_PENDING` for data not
    /// yet downloaded instead of blocking.
    ///
    /// `BINDF_ASYNCSTORAGE` (`0x2`), valid on input and output.
    pub const ASYNCSTORAGE: Self = Self::from_bits_retain(0x00000002);
    /// Do not render progressively.
    ///
    /// `BINDF_NOPROGRESSIVERENDERING` (`0x4`), valid on input and output.
    pub const NOPROGRESSIVERENDERING: Self = Self::from_bits_retain(0x00000004);
    /// Bind to the cached copy only.
    ///
    /// `BINDF_OFFLINEOPERATION` (`0x8`), valid on input and output.
    pub const OFFLINEOPERATION: Self = Self::from_bits_retain(0x00000008);
    /// Fetch the newest version, even when a cached copy is fresh.
    ///
    /// `BINDF_GETNEWESTVERSION` (`0x10`), valid on input and output.
    pub const GETNEWESTVERSION: Self = Self::from_bits_retain(0x00000010);
    /// Do not store the result in the cache.
    ///
    /// `BINDF_NOWRITECACHE` (`0x20`), valid on input and output.
    pub const NOWRITECACHE: Self = Self::from_bits_retain(0x00000020);
    /// Make sure the result exists as a file (in the cache).
    ///
    /// `BINDF_NEEDFILE` (`0x40`), valid on input and output.
    pub const NEEDFILE: Self = Self::from_bits_retain(0x00000040);
    /// The client pulls the data rather than being pushed it.
    ///
    /// `BINDF_PULLDATA` (`0x80`), valid on input and output.
    pub const PULLDATA: Self = Self::from_bits_retain(0x00000080);
    /// Ignore certificate and security problems.
    ///
    /// `BINDF_IGNORESECURITYPROBLEM` (`0x100`), valid on input and output.
    pub const IGNORESECURITYPROBLEM: Self = Self::from_bits_retain(0x00000100);
    /// Revalidate a cached copy with the server.
    ///
    /// `BINDF_RESYNCHRONIZE` (`0x200`), valid on input and output.
    pub const RESYNCHRONIZE: Self = Self::from_bits_retain(0x00000200);
    /// The bind follows a hyperlink.
    ///
    /// `BINDF_HYPERLINK` (`0x400`), valid on input and output.
    pub const HYPERLINK: Self = Self::from_bits_retain(0x00000400);
    /// Show no user interface.
    ///
    /// `BINDF_NO_UI` (`0x800`), valid on input and output.
    pub const NO_UI: Self = Self::from_bits_retain(0x00000800);
    /// Show no user interface, and ask nothing of the user.
    ///
    /// `BINDF_SILENTOPERATION` (`0x1000`), valid on input and output.
    pub const SILENTOPERATION: Self = Self::from_bits_retain(0x00001000);
    /// Skip proxy caches (`Pragma: no-cache`).
    ///
    /// `BINDF_PRAGMA_NO_CACHE` (`0x2000`), valid on input and output.
    pub const PRAGMA_NO_CACHE: Self = Self::from_bits_retain(0x00002000);
    /// Bind to the class object of the resource's handler.
    ///
    /// `BINDF_GETCLASSOBJECT` (`0x4000`), valid on input and output.
    pub const GETCLASSOBJECT: Self = Self::from_bits_retain(0x00004000);
    /// Reserved.
    ///
    /// `BINDF_RESERVED_1` (`0x8000`), valid on input and output.
    pub const RESERVED_1: Self = Self::from_bits_retain(0x00008000);
    /// Reserved.
    ///
    /// `BINDF_FREE_THREADED` (`0x10000`), valid on input and output.
    pub const FREE_THREADED: Self = Self::from_bits_retain(0x00010000);
    /// Read the resource directly, without the cache.
    ///
    /// `BINDF_DIRECT_READ` (`0x20000`), valid on input and output.
    pub const DIRECT_READ: Self = Self::from_bits_retain(0x00020000);
    /// The bind submits a form.
    ///
    /// `BINDF_FORMS_SUBMIT` (`0x40000`), valid on input and output.
    pub const FORMS_SUBMIT: Self = Self::from_bits_retain(0x00040000);
    /// Use the cached copy when the network fails.
    ///
    /// `BINDF_GETFROMCACHE_IF_NET_FAIL` (`0x80000`), valid on input and output.
    pub const GETFROMCACHE_IF_NET_FAIL: Self = Self::from_bits_retain(0x00080000);
    /// The bind comes from the URL moniker library itself.
    ///
    /// `BINDF_FROMURLMON` (`0x100000`), valid on input and output.
    pub const FROMURLMON: Self = Self::from_bits_retain(0x00100000);
    /// The bind comes from a back or forward navigation.
    ///
    /// `BINDF_FWD_BACK` (`0x200000`), valid on input and output.
    pub const FWD_BACK: Self = Self::from_bits_retain(0x00200000);
    /// Prefer the resource's default handler.
    ///
    /// `BINDF_PREFERDEFAULTHANDLER` (`0x400000`), valid on input and output.
    pub const PREFERDEFAULTHANDLER: Self = Self::from_bits_retain(0x00400000);
    /// Bind in the restricted zone.
    ///
    /// `BINDF_ENFORCERESTRICTED` (`0x800000`), valid on input and output.
    pub const ENFORCERESTRICTED: Self = Self::from_bits_retain(0x00800000);
}
/// The context of one bind operation: the objects bound along the way
/// (released together at the end), the options, and named objects
/// (parameters) the monikers taking part share.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IBindCtx {
    /// The object's vtable.
    pub lpVtbl: *const IBindCtxVtbl,
}
/// The vtable of [`IBindCtx`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IBindCtxVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Keeps an object bound during the operation, to be released when the
    /// context is released or `ReleaseBoundObjects` is called.
    ///
    /// # Parameters
    ///
    /// - `punk` (`IUnknown*`, in): The object to keep.
    pub RegisterObjectBound: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        punk: *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Releases an object `RegisterObjectBound` kept, ahead of the others.
    ///
    /// Returns `MK_E_NOTBOUND` when the object is not registered.
    ///
    /// # Parameters
    ///
    /// - `punk` (`IUnknown*`, in): The object to release.
    pub RevokeObjectBound: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        punk: *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Releases every object registered with `RegisterObjectBound`.
    pub ReleaseBoundObjects: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Stores the options of the operation.
    ///
    /// # Parameters
    ///
    /// - `pbindopts` (`BIND_OPTS*`, in): The options; `cbStruct` says how much of them the caller passes.
    pub SetBindOptions: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbindopts: *mut BIND_OPTS,
    ) -> crate::HRESULT,
    /// Returns the options of the operation.
    ///
    /// # Parameters
    ///
    /// - `pbindopts` (`BIND_OPTS*`, in, out): On input `cbStruct` says how large the caller's structure is; receives the options.
    pub GetBindOptions: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbindopts: *mut BIND_OPTS,
    ) -> crate::HRESULT,
    /// Returns the running object table of the machine the operation runs
    /// on.
    ///
    /// # Parameters
    ///
    /// - `pprot` (`IRunningObjectTable**`, out): Receives the table.
    pub GetRunningObjectTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pprot: *mut *mut IRunningObjectTable,
    ) -> crate::HRESULT,
    /// Stores an object under a name, for the monikers of the operation to
    /// find (`GetObjectParam`).
    ///
    /// # Parameters
    ///
    /// - `pszKey` (`LPOLESTR`, in): The name; a later registration under the same name replaces it.
    /// - `punk` (`IUnknown*`, in): The object.
    pub RegisterObjectParam: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszKey: crate::LPOLESTR,
        punk: *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Returns the object stored under a name.
    ///
    /// Returns `E_FAIL` when no object has that name.
    ///
    /// # Parameters
    ///
    /// - `pszKey` (`LPOLESTR`, in): The name.
    /// - `ppunk` (`IUnknown**`, out): Receives the object.
    pub GetObjectParam: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszKey: crate::LPOLESTR,
        ppunk: *mut *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Enumerates the names objects are stored under.
    ///
    /// # Parameters
    ///
    /// - `ppenum` (`IUnknown**`, out): Receives the enumerator (an `IEnumString`, reached here through `IUnknown`).
    pub EnumObjectParam: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppenum: *mut *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Removes the object stored under a name.
    ///
    /// Returns `S_FALSE` when no object has that name.
    ///
    /// # Parameters
    ///
    /// - `pszKey` (`LPOLESTR`, in): The name.
    pub RevokeObjectParam: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszKey: crate::LPOLESTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IBindCtx`]: `{0000000E-0000-0000-C000-000000000046}`.
#[cfg(feature = "mime")]
pub const IID_IBindCtx: crate::GUID = crate::GUID::from_u128(
    0x0000000e_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IBindCtx {
    const IID: crate::GUID = IID_IBindCtx;
    const NAME: &'static str = "IBindCtx";
    type Vtbl = IBindCtxVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IBindCtx || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IBindCtxVtbl>() == 13 * ::core::mem::size_of::<usize>()
);
/// A name of an object (a file, an item, a URL, a composite of those) that
/// can find and activate the object it names: binding.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMoniker {
    /// The object's vtable.
    pub lpVtbl: *const IMonikerVtbl,
}
/// The vtable of [`IMoniker`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMonikerVtbl {
    /// The slots of `IPersistStream`.
    pub base__: crate::IPersistStreamVtbl,
    /// Binds to the object the moniker names and returns it through the
    /// interface asked for, running it if needed.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `riidResult` (`REFIID`, in): The interface wanted.
    /// - `ppvResult` (`void**`, out): Receives the object.
    pub BindToObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        pmkToLeft: *mut IMoniker,
        riidResult: crate::REFIID,
        ppvResult: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Binds to the storage of the object the moniker names (an `IStream`
    /// or `IStorage`, as asked) rather than to the object.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObj` (`void**`, out): Receives the storage.
    pub BindToStorage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        pmkToLeft: *mut IMoniker,
        riid: crate::REFIID,
        ppvObj: *mut *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns a simpler moniker naming the same object.
    ///
    /// Returns `MK_S_REDUCED_TO_SELF` (a success) when the moniker cannot
    /// be reduced and is returned itself.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `dwReduceHowFar` (`DWORD`, in): How far to reduce (`MKRREDUCE_*`).
    /// - `ppmkToLeft` (`IMoniker**`, in, out): On input the moniker to the left, if any; receives the left part the reduction leaves.
    /// - `ppmkReduced` (`IMoniker**`, out): Receives the reduced moniker.
    pub Reduce: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        dwReduceHowFar: crate::DWORD,
        ppmkToLeft: *mut *mut IMoniker,
        ppmkReduced: *mut *mut IMoniker,
    ) -> crate::HRESULT,
    /// Joins another moniker to the right of this one.
    ///
    /// # Parameters
    ///
    /// - `pmkRight` (`IMoniker*`, in): The moniker to put on the right.
    /// - `fOnlyIfNotGeneric` (`BOOL`, in): TRUE to fail with `MK_E_NEEDGENERIC` rather than make a generic composite.
    /// - `ppmkComposite` (`IMoniker**`, out): Receives the composite.
    pub ComposeWith: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkRight: *mut IMoniker,
        fOnlyIfNotGeneric: crate::BOOL,
        ppmkComposite: *mut *mut IMoniker,
    ) -> crate::HRESULT,
    /// Enumerates the parts of a composite moniker.
    ///
    /// # Parameters
    ///
    /// - `fForward` (`BOOL`, in): TRUE to go left to right, FALSE right to left.
    /// - `ppenumMoniker` (`IEnumMoniker**`, out): Receives the enumerator, or null when the moniker has no parts.
    pub Enum: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        fForward: crate::BOOL,
        ppenumMoniker: *mut *mut IEnumMoniker,
    ) -> crate::HRESULT,
    /// Tells whether another moniker names the same object.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not.
    ///
    /// # Parameters
    ///
    /// - `pmkOtherMoniker` (`IMoniker*`, in): The moniker to compare with.
    pub IsEqual: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkOtherMoniker: *mut IMoniker,
    ) -> crate::HRESULT,
    /// Returns a hash of the moniker, the same for monikers that are equal.
    ///
    /// # Parameters
    ///
    /// - `pdwHash` (`DWORD*`, out): Receives the hash.
    pub Hash: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pdwHash: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Tells whether the object the moniker names is running.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `pmkNewlyRunning` (`IMoniker*`, in): A moniker just added to the running object table, if any: the answer when it equals this one.
    pub IsRunning: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        pmkToLeft: *mut IMoniker,
        pmkNewlyRunning: *mut IMoniker,
    ) -> crate::HRESULT,
    /// Returns when the object the moniker names last changed.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `pFileTime` (`FILETIME*`, out): Receives the time.
    pub GetTimeOfLastChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        pmkToLeft: *mut IMoniker,
        pFileTime: *mut crate::FILETIME,
    ) -> crate::HRESULT,
    /// Returns the moniker that, composed to the right of this one, gives
    /// nothing (the inverse).
    ///
    /// # Parameters
    ///
    /// - `ppmk` (`IMoniker**`, out): Receives the inverse.
    pub Inverse: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppmk: *mut *mut IMoniker,
    ) -> crate::HRESULT,
    /// Returns the prefix this moniker has in common with another.
    ///
    /// # Parameters
    ///
    /// - `pmkOther` (`IMoniker*`, in): The other moniker.
    /// - `ppmkPrefix` (`IMoniker**`, out): Receives the common prefix.
    pub CommonPrefixWith: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkOther: *mut IMoniker,
        ppmkPrefix: *mut *mut IMoniker,
    ) -> crate::HRESULT,
    /// Returns the relative moniker that leads from this moniker to
    /// another.
    ///
    /// # Parameters
    ///
    /// - `pmkOther` (`IMoniker*`, in): The moniker to reach.
    /// - `ppmkRelPath` (`IMoniker**`, out): Receives the relative moniker.
    pub RelativePathTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkOther: *mut IMoniker,
        ppmkRelPath: *mut *mut IMoniker,
    ) -> crate::HRESULT,
    /// Returns the moniker's display name, the text a user reads and
    /// `ParseDisplayName` reads back.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `ppszDisplayName` (`LPOLESTR*`, out): Receives the name, in task memory the caller frees.
    pub GetDisplayName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        pmkToLeft: *mut IMoniker,
        ppszDisplayName: *mut crate::LPOLESTR,
    ) -> crate::HRESULT,
    /// Reads as much of a display name as the moniker understands and
    /// returns the moniker for it.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `pszDisplayName` (`LPOLESTR`, in): The display name left to read.
    /// - `pchEaten` (`ULONG*`, out): Receives the number of characters read.
    /// - `ppmkOut` (`IMoniker**`, out): Receives the moniker for what was read.
    pub ParseDisplayName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbc: *mut IBindCtx,
        pmkToLeft: *mut IMoniker,
        pszDisplayName: crate::LPOLESTR,
        pchEaten: *mut crate::ULONG,
        ppmkOut: *mut *mut IMoniker,
    ) -> crate::HRESULT,
    /// Tells whether the moniker is one of COM's own classes, and which
    /// (`MKSYS_*`).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// # Parameters
    ///
    /// - `pdwMksys` (`DWORD*`, out): Receives the class (`MKSYS_NONE` for another).
    pub IsSystemMoniker: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pdwMksys: *mut crate::DWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMoniker`]: `{0000000F-0000-0000-C000-000000000046}`.
#[cfg(feature = "mime")]
pub const IID_IMoniker: crate::GUID = crate::GUID::from_u128(
    0x0000000f_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMoniker {
    const IID: crate::GUID = IID_IMoniker;
    const NAME: &'static str = "IMoniker";
    type Vtbl = IMonikerVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMoniker || <crate::IPersistStream as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMonikerVtbl>() == 23 * ::core::mem::size_of::<usize>()
);
/// An enumerator over monikers: the parts of a composite
/// (`IMoniker::Enum`), the running objects (`IRunningObjectTable::EnumRunning`).
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IEnumMoniker {
    /// The object's vtable.
    pub lpVtbl: *const IEnumMonikerVtbl,
}
/// The vtable of [`IEnumMoniker`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IEnumMonikerVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns up to `celt` further monikers.
    ///
    /// Returns `S_OK` when `celt` monikers were returned and `S_FALSE` when
    /// fewer were left.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of monikers wanted.
    /// - `rgelt` (`IMoniker**`, out): Receives the monikers, each a reference the caller releases.
    /// - `pceltFetched` (`ULONG*`, out): Receives the number of monikers returned; may be null only when `celt` is 1.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        celt: crate::ULONG,
        rgelt: *mut *mut IMoniker,
        pceltFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Skips `celt` monikers.
    ///
    /// Returns `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of monikers to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        celt: crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first moniker.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Creates a second enumerator at the same position.
    ///
    /// # Parameters
    ///
    /// - `ppenum` (`IEnumMoniker**`, out): Receives the new enumerator.
    pub Clone: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppenum: *mut *mut IEnumMoniker,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IEnumMoniker`]: `{00000102-0000-0000-C000-000000000046}`.
#[cfg(feature = "mime")]
pub const IID_IEnumMoniker: crate::GUID = crate::GUID::from_u128(
    0x00000102_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IEnumMoniker {
    const IID: crate::GUID = IID_IEnumMoniker;
    const NAME: &'static str = "IEnumMoniker";
    type Vtbl = IEnumMonikerVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IEnumMoniker || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IEnumMonikerVtbl>() == 7 * ::core::mem::size_of::<usize>()
);
/// The table of running objects of a machine, by moniker: where binding
/// finds an object that is already running.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IRunningObjectTable {
    /// The object's vtable.
    pub lpVtbl: *const IRunningObjectTableVtbl,
}
/// The vtable of [`IRunningObjectTable`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IRunningObjectTableVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Registers a running object under its moniker.
    ///
    /// Returns `MK_S_MONIKERALREADYREGISTERED` (a success) when the moniker
    /// was registered already: the object is registered again.
    ///
    /// # Parameters
    ///
    /// - `grfFlags` (`DWORD`, in): How to register it.
    /// - `punkObject` (`IUnknown*`, in): The object.
    /// - `pmkObjectName` (`IMoniker*`, in): Its moniker.
    /// - `pdwRegister` (`DWORD*`, out): Receives the registration's number, for `Revoke`.
    pub Register: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        grfFlags: crate::DWORD,
        punkObject: *mut crate::IUnknown,
        pmkObjectName: *mut IMoniker,
        pdwRegister: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Removes a registration.
    ///
    /// # Parameters
    ///
    /// - `dwRegister` (`DWORD`, in): The number `Register` returned.
    pub Revoke: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwRegister: crate::DWORD,
    ) -> crate::HRESULT,
    /// Tells whether an object is registered under a moniker.
    ///
    /// Returns `S_OK` when one is, `S_FALSE` when none is.
    ///
    /// # Parameters
    ///
    /// - `pmkObjectName` (`IMoniker*`, in): The moniker.
    pub IsRunning: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkObjectName: *mut IMoniker,
    ) -> crate::HRESULT,
    /// Returns the object registered under a moniker.
    ///
    /// # Parameters
    ///
    /// - `pmkObjectName` (`IMoniker*`, in): The moniker.
    /// - `ppunkObject` (`IUnknown**`, out): Receives the object.
    pub GetObject: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkObjectName: *mut IMoniker,
        ppunkObject: *mut *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Records when a registered object last changed.
    ///
    /// # Parameters
    ///
    /// - `dwRegister` (`DWORD`, in): The number `Register` returned.
    /// - `pfiletime` (`FILETIME*`, in): The time of the change.
    pub NoteChangeTime: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwRegister: crate::DWORD,
        pfiletime: *mut crate::FILETIME,
    ) -> crate::HRESULT,
    /// Returns when the object registered under a moniker last changed, as
    /// `NoteChangeTime` recorded it.
    ///
    /// # Parameters
    ///
    /// - `pmkObjectName` (`IMoniker*`, in): The moniker.
    /// - `pfiletime` (`FILETIME*`, out): Receives the time.
    pub GetTimeOfLastChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pmkObjectName: *mut IMoniker,
        pfiletime: *mut crate::FILETIME,
    ) -> crate::HRESULT,
    /// Enumerates the monikers objects are registered under.
    ///
    /// # Parameters
    ///
    /// - `ppenumMoniker` (`IEnumMoniker**`, out): Receives the enumerator.
    pub EnumRunning: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppenumMoniker: *mut *mut IEnumMoniker,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IRunningObjectTable`]: `{00000010-0000-0000-C000-000000000046}`.
#[cfg(feature = "mime")]
pub const IID_IRunningObjectTable: crate::GUID = crate::GUID::from_u128(
    0x00000010_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IRunningObjectTable {
    const IID: crate::GUID = IID_IRunningObjectTable;
    const NAME: &'static str = "IRunningObjectTable";
    type Vtbl = IRunningObjectTableVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IRunningObjectTable
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IRunningObjectTableVtbl>() == 10 * ::core::mem::size_of::<usize>()
);
/// Resolves the moniker of an object a MIME document refers to (an
/// `mhtml:` or `cid:` URL of an HTML body) to the object, for the MIME
/// library's HTML rendering.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeObjResolver {
    /// The object's vtable.
    pub lpVtbl: *const IMimeObjResolverVtbl,
}
/// The vtable of [`IMimeObjResolver`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeObjResolverVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Binds a moniker to the object it names, and returns the moniker the
    /// object was actually found with.
    ///
    /// # Parameters
    ///
    /// - `bindf` (`BINDF`, in): How to bind.
    /// - `pmkOriginal` (`IMoniker*`, in): The moniker to resolve.
    /// - `pBindCtx` (`IBindCtx*`, in): The bind context of the operation.
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`LPVOID*`, out): Receives the object.
    /// - `ppmkNew` (`IMoniker**`, out): Receives the moniker the object was found with, or null when it is the original one.
    pub MimeOleObjectFromMoniker: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        bindf: BINDF,
        pmkOriginal: *mut IMoniker,
        pBindCtx: *mut IBindCtx,
        riid: crate::REFIID,
        ppvObject: *mut crate::LPVOID,
        ppmkNew: *mut *mut IMoniker,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeObjResolver`]: `{FECEAFFD-C441-11D1-960E-00C04FBD7C09}`.
#[cfg(feature = "mime")]
pub const IID_IMimeObjResolver: crate::GUID = crate::GUID::from_u128(
    0xfeceaffd_c441_11d1_960e_00c04fbd7c09,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeObjResolver {
    const IID: crate::GUID = IID_IMimeObjResolver;
    const NAME: &'static str = "IMimeObjResolver";
    type Vtbl = IMimeObjResolverVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeObjResolver
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMimeObjResolverVtbl>() == 4 * ::core::mem::size_of::<usize>()
);
/// A tag of an HTML document that refers to another resource (an image, a
/// background, a style sheet), as the MIME editor sees it when it saves
/// the document as MIME: where the resource comes from (its source), where
/// the saved document will find it (its destination: a `cid:` URL once the
/// resource is packaged as a related body), and whether it may be packaged.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEditTag {
    /// The object's vtable.
    pub lpVtbl: *const IMimeEditTagVtbl,
}
/// The vtable of [`IMimeEditTag`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEditTagVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the URL the tag refers to now.
    ///
    /// # Parameters
    ///
    /// - `pbstr` (`BSTR*`, out): Receives the URL, a string the caller frees.
    pub GetSrc: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbstr: *mut BSTR,
    ) -> crate::HRESULT,
    /// Changes the URL the tag refers to.
    ///
    /// # Parameters
    ///
    /// - `bstr` (`BSTR`, in): The new URL.
    pub SetSrc: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        bstr: BSTR,
    ) -> crate::HRESULT,
    /// Returns the URL the tag will refer to in the saved document.
    ///
    /// # Parameters
    ///
    /// - `pbstr` (`BSTR*`, out): Receives the URL, a string the caller frees.
    pub GetDest: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pbstr: *mut BSTR,
    ) -> crate::HRESULT,
    /// Sets the URL the tag will refer to in the saved document (the
    /// `cid:` URL of the body the resource was packaged in).
    ///
    /// # Parameters
    ///
    /// - `bstr` (`BSTR`, in): The new URL.
    pub SetDest: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        bstr: BSTR,
    ) -> crate::HRESULT,
    /// Tells the tag that the document is about to be saved: it points
    /// itself at its destination.
    pub OnPreSave: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells the tag that the document was saved: it points itself back at
    /// its source.
    pub OnPostSave: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells whether the resource may be packaged in the message.
    ///
    /// Returns `S_OK` when it may, `S_FALSE` when the tag must keep
    /// referring to it where it is.
    pub CanPackage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells whether a MIME content type suits the tag (an image type for
    /// an image tag).
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not.
    ///
    /// # Parameters
    ///
    /// - `pszTypeW` (`LPWSTR`, in): The content type (`image/gif`).
    pub IsValidMimeType: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pszTypeW: crate::LPWSTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeEditTag`]: `{70183210-7B36-11D2-8C12-00C04FA31009}`.
#[cfg(feature = "mime")]
pub const IID_IMimeEditTag: crate::GUID = crate::GUID::from_u128(
    0x70183210_7b36_11d2_8c12_00c04fa31009,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeEditTag {
    const IID: crate::GUID = IID_IMimeEditTag;
    const NAME: &'static str = "IMimeEditTag";
    type Vtbl = IMimeEditTagVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeEditTag || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMimeEditTagVtbl>() == 11 * ::core::mem::size_of::<usize>()
);
/// The edit tags of an HTML document, one after the other: the MIME
/// editor walks them when it saves the document as MIME.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEditTagCollection {
    /// The object's vtable.
    pub lpVtbl: *const IMimeEditTagCollectionVtbl,
}
/// The vtable of [`IMimeEditTagCollection`]: its methods in slot order, after its base's.
#[cfg(feature = "mime")]
#[repr(C)]
pub struct IMimeEditTagCollectionVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Collects the tags of a document, and goes to the first.
    ///
    /// # Parameters
    ///
    /// - `pHtmlDoc` (`IUnknown*`, in): The document (its `IHTMLDocument2`).
    pub Init: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pHtmlDoc: *mut crate::IUnknown,
    ) -> crate::HRESULT,
    /// Returns up to `cFetch` further tags.
    ///
    /// Returns `S_OK` when `cFetch` tags were returned and `S_FALSE` when
    /// fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): The number of tags wanted.
    /// - `ppTag` (`IMimeEditTag**`, out): Receives the tags, each a reference the caller releases.
    /// - `pcFetched` (`ULONG*`, out): Receives the number of tags returned.
    pub Next: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFetch: crate::ULONG,
        ppTag: *mut *mut IMimeEditTag,
        pcFetched: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Goes back to the first tag.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns the number of tags.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    pub Count: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pcItems: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMimeEditTagCollection`]: `{D09EE528-7B38-11D2-8C12-00C04FA31009}`.
#[cfg(feature = "mime")]
pub const IID_IMimeEditTagCollection: crate::GUID = crate::GUID::from_u128(
    0xd09ee528_7b38_11d2_8c12_00c04fa31009,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "mime")]
#[automatically_derived]
unsafe impl crate::Interface for IMimeEditTagCollection {
    const IID: crate::GUID = IID_IMimeEditTagCollection;
    const NAME: &'static str = "IMimeEditTagCollection";
    type Vtbl = IMimeEditTagCollectionVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMimeEditTagCollection
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "mime")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMimeEditTagCollectionVtbl>() == 7 *
    ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IBindCtx`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IBindCtxImpl`, the provider side of `IBindCtx`",
    label = "`IBindCtx` needs `impl IBindCtxImpl for {Self}`",
    note = "write `impl IBindCtxImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IBindCtxImpl: crate::__private::Declares<
        IBindCtx,
        0x0000000e_0000_0000_c000_000000000046,
    > {
    /// Keeps an object bound during the operation, to be released when the
    /// context is released or `ReleaseBoundObjects` is called.
    ///
    /// Called through slot 3 ([`IBindCtxVtbl::RegisterObjectBound`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn register_object_bound(
        &self,
        punk: ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (punk,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Releases an object `RegisterObjectBound` kept, ahead of the others.
    ///
    /// Returns `MK_E_NOTBOUND` when the object is not registered.
    ///
    /// Called through slot 4 ([`IBindCtxVtbl::RevokeObjectBound`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn revoke_object_bound(
        &self,
        punk: ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (punk,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Releases every object registered with `RegisterObjectBound`.
    ///
    /// Called through slot 5 ([`IBindCtxVtbl::ReleaseBoundObjects`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn release_bound_objects(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Stores the options of the operation.
    ///
    /// Called through slot 6 ([`IBindCtxVtbl::SetBindOptions`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_bind_options(
        &self,
        pbindopts: &BIND_OPTS,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pbindopts,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the options of the operation.
    ///
    /// Called through slot 7 ([`IBindCtxVtbl::GetBindOptions`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_bind_options(
        &self,
        pbindopts: &mut BIND_OPTS,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pbindopts,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the running object table of the machine the operation runs
    /// on.
    ///
    /// Called through slot 8 ([`IBindCtxVtbl::GetRunningObjectTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_running_object_table(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IRunningObjectTable>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Stores an object under a name, for the monikers of the operation to
    /// find (`GetObjectParam`).
    ///
    /// Called through slot 9 ([`IBindCtxVtbl::RegisterObjectParam`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn register_object_param(
        &self,
        pszKey: crate::value::StrRef<'_>,
        punk: ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszKey, punk);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the object stored under a name.
    ///
    /// Returns `E_FAIL` when no object has that name.
    ///
    /// Called through slot 10 ([`IBindCtxVtbl::GetObjectParam`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_object_param(
        &self,
        pszKey: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (pszKey,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Enumerates the names objects are stored under.
    ///
    /// Called through slot 11 ([`IBindCtxVtbl::EnumObjectParam`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_object_param(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes the object stored under a name.
    ///
    /// Returns `S_FALSE` when no object has that name.
    ///
    /// Called through slot 12 ([`IBindCtxVtbl::RevokeObjectParam`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn revoke_object_param(
        &self,
        pszKey: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszKey,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::revoke_object_param`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::revoke_object_param`] and answers `S_OK`.
    fn revoke_object_param_with_warning(
        &self,
        pszKey: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.revoke_object_param(pszKey).map(|v| (crate::Hresult::OK, v))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IBindCtxVtbl {
    /// A vtable of [`IBindCtx`] whose slots check their arguments and call [`IBindCtxImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IBindCtxImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            RegisterObjectBound: {
                /// `IBindCtx::RegisterObjectBound`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    punk: *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(punk.cast::<crate::IUnknown>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::register_object_bound(
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
            RevokeObjectBound: {
                /// `IBindCtx::RevokeObjectBound`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    punk: *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(punk.cast::<crate::IUnknown>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::revoke_object_bound(
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
            ReleaseBoundObjects: {
                /// `IBindCtx::ReleaseBoundObjects`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::release_bound_objects(
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
            SetBindOptions: {
                /// `IBindCtx::SetBindOptions`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbindopts: *mut BIND_OPTS,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if pbindopts.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                pbindopts.cast::<BIND_OPTS>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::set_bind_options(
                            object.inner(),
                            &arg0,
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
            GetBindOptions: {
                /// `IBindCtx::GetBindOptions`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbindopts: *mut BIND_OPTS,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        if pbindopts.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::get_bind_options(
                            object.inner(),
                            // SAFETY: checked non-null; the caller passes a
                            // valid in-out value.
                            unsafe { &mut *pbindopts },
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
            GetRunningObjectTable: {
                /// `IBindCtx::GetRunningObjectTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pprot: *mut *mut IRunningObjectTable,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        if !pprot.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pprot, 0, 1) };
                        }
                        if pprot.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::get_running_object_table(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { pprot.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RegisterObjectParam: {
                /// `IBindCtx::RegisterObjectParam`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszKey: crate::LPOLESTR,
                    punk: *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(
                                pszKey.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(punk.cast::<crate::IUnknown>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::register_object_param(
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
            GetObjectParam: {
                /// `IBindCtx::GetObjectParam`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszKey: crate::LPOLESTR,
                    ppunk: *mut *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        if !ppunk.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppunk, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(
                                pszKey.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppunk.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::get_object_param(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppunk.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumObjectParam: {
                /// `IBindCtx::EnumObjectParam`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppenum: *mut *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        if !ppenum.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppenum, 0, 1) };
                        }
                        if ppenum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IBindCtxImpl>::enum_object_param(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppenum.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RevokeObjectParam: {
                /// `IBindCtx::RevokeObjectParam`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszKey: crate::LPOLESTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IBindCtxImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(
                                pszKey.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IBindCtxImpl>::revoke_object_param_with_warning(
                                object.inner(),
                                arg0,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
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
impl crate::__private::InterfaceChain for IBindCtx {
    const IIDS: &'static [u128] = &[
        0x0000000e_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMoniker`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMonikerImpl`, the provider side of `IMoniker`",
    label = "`IMoniker` needs `impl IMonikerImpl for {Self}`",
    note = "write `impl IMonikerImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMonikerImpl: crate::IPersistStreamImpl + crate::__private::Declares<
        IMoniker,
        0x0000000f_0000_0000_c000_000000000046,
    > {
    /// Binds to the object the moniker names and returns it through the
    /// interface asked for, running it if needed.
    ///
    /// Called through slot 8 ([`IMonikerVtbl::BindToObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_object(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
        riidResult: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (pbc, pmkToLeft, riidResult);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Binds to the storage of the object the moniker names (an `IStream`
    /// or `IStorage`, as asked) rather than to the object.
    ///
    /// Called through slot 9 ([`IMonikerVtbl::BindToStorage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bind_to_storage(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
        riid: &crate::GUID,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (pbc, pmkToLeft, riid);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a simpler moniker naming the same object.
    ///
    /// Returns `MK_S_REDUCED_TO_SELF` (a success) when the moniker cannot
    /// be reduced and is returned itself.
    ///
    /// Called through slot 10 ([`IMonikerVtbl::Reduce`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reduce(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        dwReduceHowFar: crate::DWORD,
        ppmkToLeft: &mut ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let _ = (pbc, dwReduceHowFar, ppmkToLeft);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Joins another moniker to the right of this one.
    ///
    /// Called through slot 11 ([`IMonikerVtbl::ComposeWith`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compose_with(
        &self,
        pmkRight: ::core::option::Option<crate::ComPtr<IMoniker>>,
        fOnlyIfNotGeneric: crate::BOOL,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let _ = (pmkRight, fOnlyIfNotGeneric);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Enumerates the parts of a composite moniker.
    ///
    /// Called through slot 12 ([`IMonikerVtbl::Enum`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn r#enum(
        &self,
        fForward: crate::BOOL,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IEnumMoniker>>,
        crate::Hresult,
    > {
        let _ = (fForward,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether another moniker names the same object.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not.
    ///
    /// Called through slot 13 ([`IMonikerVtbl::IsEqual`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_equal(
        &self,
        pmkOtherMoniker: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pmkOtherMoniker,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_equal`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_equal`] and answers `S_OK`.
    fn is_equal_with_warning(
        &self,
        pmkOtherMoniker: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_equal(pmkOtherMoniker).map(|v| (crate::Hresult::OK, v))
    }
    /// Returns a hash of the moniker, the same for monikers that are equal.
    ///
    /// Called through slot 14 ([`IMonikerVtbl::Hash`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hash(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether the object the moniker names is running.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// Called through slot 15 ([`IMonikerVtbl::IsRunning`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_running(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
        pmkNewlyRunning: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pbc, pmkToLeft, pmkNewlyRunning);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_running`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_running`] and answers `S_OK`.
    fn is_running_with_warning(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
        pmkNewlyRunning: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_running(pbc, pmkToLeft, pmkNewlyRunning).map(|v| (crate::Hresult::OK, v))
    }
    /// Returns when the object the moniker names last changed.
    ///
    /// Called through slot 16 ([`IMonikerVtbl::GetTimeOfLastChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_time_of_last_change(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::FILETIME, crate::Hresult> {
        let _ = (pbc, pmkToLeft);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the moniker that, composed to the right of this one, gives
    /// nothing (the inverse).
    ///
    /// Called through slot 17 ([`IMonikerVtbl::Inverse`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn inverse(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the prefix this moniker has in common with another.
    ///
    /// Called through slot 18 ([`IMonikerVtbl::CommonPrefixWith`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn common_prefix_with(
        &self,
        pmkOther: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let _ = (pmkOther,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the relative moniker that leads from this moniker to
    /// another.
    ///
    /// Called through slot 19 ([`IMonikerVtbl::RelativePathTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn relative_path_to(
        &self,
        pmkOther: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let _ = (pmkOther,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the moniker's display name, the text a user reads and
    /// `ParseDisplayName` reads back.
    ///
    /// Called through slot 20 ([`IMonikerVtbl::GetDisplayName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_display_name(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<::std::string::String, crate::Hresult> {
        let _ = (pbc, pmkToLeft);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Reads as much of a display name as the moniker understands and
    /// returns the moniker for it.
    ///
    /// Called through slot 21 ([`IMonikerVtbl::ParseDisplayName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn parse_display_name(
        &self,
        pbc: ::core::option::Option<crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<crate::ComPtr<IMoniker>>,
        pszDisplayName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<IMoniker>),
        crate::Hresult,
    > {
        let _ = (pbc, pmkToLeft, pszDisplayName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether the moniker is one of COM's own classes, and which
    /// (`MKSYS_*`).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// Called through slot 22 ([`IMonikerVtbl::IsSystemMoniker`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_system_moniker(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_system_moniker`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_system_moniker`] and answers `S_OK`.
    fn is_system_moniker_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, crate::DWORD), crate::Hresult> {
        self.is_system_moniker().map(|v| (crate::Hresult::OK, v))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMonikerVtbl {
    /// A vtable of [`IMoniker`] whose slots check their arguments and call [`IMonikerImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMonikerImpl,
    {
        Self {
            base__: crate::IPersistStreamVtbl::new::<O, INDEX>(),
            BindToObject: {
                /// `IMoniker::BindToObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    pmkToLeft: *mut IMoniker,
                    riidResult: crate::REFIID,
                    ppvResult: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvResult.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppvResult, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkToLeft.cast::<IMoniker>())
                        };
                        let arg2 = if riidResult.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                riidResult.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvResult.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::bind_to_object(
                            object.inner(),
                            arg0,
                            arg1,
                            &arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg3;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            riidResult.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvResult.write(p.cast()) }
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
            BindToStorage: {
                /// `IMoniker::BindToStorage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    pmkToLeft: *mut IMoniker,
                    riid: crate::REFIID,
                    ppvObj: *mut *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObj.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppvObj, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkToLeft.cast::<IMoniker>())
                        };
                        let arg2 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObj.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::bind_to_storage(
                            object.inner(),
                            arg0,
                            arg1,
                            &arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg3;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObj.write(p.cast()) }
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
            Reduce: {
                /// `IMoniker::Reduce`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    dwReduceHowFar: crate::DWORD,
                    ppmkToLeft: *mut *mut IMoniker,
                    ppmkReduced: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmkReduced.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmkReduced, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        if ppmkToLeft.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a slot
                        // holding null or a live interface pointer it lends,
                        // writable for the call.
                        let mut arg2 = unsafe {
                            crate::__private::InterfaceSlot::<
                                IMoniker,
                            >::new(ppmkToLeft.cast())
                        };
                        if ppmkReduced.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::reduce(
                            object.inner(),
                            arg0,
                            dwReduceHowFar,
                            arg2.value_mut(),
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmkReduced.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ComposeWith: {
                /// `IMoniker::ComposeWith`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkRight: *mut IMoniker,
                    fOnlyIfNotGeneric: crate::BOOL,
                    ppmkComposite: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmkComposite.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmkComposite, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkRight.cast::<IMoniker>())
                        };
                        if ppmkComposite.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::compose_with(
                            object.inner(),
                            arg0,
                            fOnlyIfNotGeneric,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmkComposite.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Enum: {
                /// `IMoniker::Enum`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    fForward: crate::BOOL,
                    ppenumMoniker: *mut *mut IEnumMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppenumMoniker.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppenumMoniker, 0, 1) };
                        }
                        if ppenumMoniker.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::r#enum(
                            object.inner(),
                            fForward,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppenumMoniker
                                        .write(
                                            arg1
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
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
            IsEqual: {
                /// `IMoniker::IsEqual`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkOtherMoniker: *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkOtherMoniker.cast::<IMoniker>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMonikerImpl>::is_equal_with_warning(
                                object.inner(),
                                arg0,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Hash: {
                /// `IMoniker::Hash`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pdwHash: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwHash.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pdwHash, 0, 1) };
                        }
                        if pdwHash.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::hash(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pdwHash.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsRunning: {
                /// `IMoniker::IsRunning`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    pmkToLeft: *mut IMoniker,
                    pmkNewlyRunning: *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkToLeft.cast::<IMoniker>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkNewlyRunning.cast::<IMoniker>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMonikerImpl>::is_running_with_warning(
                                object.inner(),
                                arg0,
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
            GetTimeOfLastChange: {
                /// `IMoniker::GetTimeOfLastChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    pmkToLeft: *mut IMoniker,
                    pFileTime: *mut crate::FILETIME,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !pFileTime.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pFileTime, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkToLeft.cast::<IMoniker>())
                        };
                        if pFileTime.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::get_time_of_last_change(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pFileTime.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Inverse: {
                /// `IMoniker::Inverse`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppmk: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmk.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmk, 0, 1) };
                        }
                        if ppmk.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::inverse(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmk.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CommonPrefixWith: {
                /// `IMoniker::CommonPrefixWith`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkOther: *mut IMoniker,
                    ppmkPrefix: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmkPrefix.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmkPrefix, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkOther.cast::<IMoniker>())
                        };
                        if ppmkPrefix.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::common_prefix_with(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmkPrefix.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RelativePathTo: {
                /// `IMoniker::RelativePathTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkOther: *mut IMoniker,
                    ppmkRelPath: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmkRelPath.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmkRelPath, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkOther.cast::<IMoniker>())
                        };
                        if ppmkRelPath.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::relative_path_to(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmkRelPath.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetDisplayName: {
                /// `IMoniker::GetDisplayName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    pmkToLeft: *mut IMoniker,
                    ppszDisplayName: *mut crate::LPOLESTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppszDisplayName.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppszDisplayName, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkToLeft.cast::<IMoniker>())
                        };
                        if ppszDisplayName.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMonikerImpl>::get_display_name(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match crate::value::TaskStr::unicode(&arg2) {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the string.
                                unsafe { ppszDisplayName.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ParseDisplayName: {
                /// `IMoniker::ParseDisplayName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbc: *mut IBindCtx,
                    pmkToLeft: *mut IMoniker,
                    pszDisplayName: crate::LPOLESTR,
                    pchEaten: *mut crate::ULONG,
                    ppmkOut: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !pchEaten.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pchEaten, 0, 1) };
                        }
                        if !ppmkOut.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmkOut, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pbc.cast::<IBindCtx>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkToLeft.cast::<IMoniker>())
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(
                                pszDisplayName.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pchEaten.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppmkOut.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMonikerImpl>::parse_display_name(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg3, arg4) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe { pchEaten.write(arg3) };
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmkOut.write(arg4.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsSystemMoniker: {
                /// `IMoniker::IsSystemMoniker`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pdwMksys: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwMksys.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pdwMksys, 0, 1) };
                        }
                        if pdwMksys.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMonikerImpl>::is_system_moniker_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null above.
                                unsafe { pdwMksys.write(arg0) };
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
impl crate::__private::InterfaceChain for IMoniker {
    const IIDS: &'static [u128] = &[
        0x0000000f_0000_0000_c000_000000000046, 0x00000109_0000_0000_c000_000000000046,
        0x0000010c_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IEnumMoniker`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IEnumMonikerImpl`, the provider side of `IEnumMoniker`",
    label = "`IEnumMoniker` needs `impl IEnumMonikerImpl for {Self}`",
    note = "write `impl IEnumMonikerImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IEnumMonikerImpl: crate::__private::Declares<
        IEnumMoniker,
        0x00000102_0000_0000_c000_000000000046,
    > {
    /// Returns up to `celt` further monikers.
    ///
    /// Returns `S_OK` when `celt` monikers were returned and `S_FALSE` when
    /// fewer were left.
    ///
    /// Called through slot 3 ([`IEnumMonikerVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMoniker>>,
        crate::Hresult,
    > {
        let _ = (celt,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::next`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::next`] and answers `S_OK`.
    fn next_with_warning(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::ComPtr<IMoniker>>),
        crate::Hresult,
    > {
        self.next(celt).map(|v| (crate::Hresult::OK, v))
    }
    /// Skips `celt` monikers.
    ///
    /// Returns `S_FALSE` when fewer were left.
    ///
    /// Called through slot 4 ([`IEnumMonikerVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, celt: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (celt,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::skip`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::skip`] and answers `S_OK`.
    fn skip_with_warning(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.skip(celt).map(|v| (crate::Hresult::OK, v))
    }
    /// Goes back to the first moniker.
    ///
    /// Called through slot 5 ([`IEnumMonikerVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a second enumerator at the same position.
    ///
    /// Called through slot 6 ([`IEnumMonikerVtbl::Clone`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn clone(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumMoniker>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IEnumMonikerVtbl {
    /// A vtable of [`IEnumMoniker`] whose slots check their arguments and call [`IEnumMonikerImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IEnumMonikerImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Next: {
                /// `IEnumMoniker::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    celt: crate::ULONG,
                    rgelt: *mut *mut IMoniker,
                    pceltFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !pceltFetched.is_null() {
                            // SAFETY: the caller passed a writable count.
                            unsafe { pceltFetched.write(0) };
                        }
                        if !rgelt.is_null() && (celt as usize) <= crate::value::MAX_COUNT
                        {
                            // SAFETY: the caller passed room for that many
                            // pointers.
                            unsafe { ::core::ptr::write_bytes(rgelt, 0, celt as usize) };
                        }
                        if (rgelt.is_null() && celt != 0)
                            || (pceltFetched.is_null() && celt != 1)
                            || (celt as usize) > crate::value::MAX_COUNT
                        {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IEnumMonikerImpl>::next_with_warning(
                                object.inner(),
                                celt,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg1)) => {
                                if arg1.len() > celt as usize {
                                    return crate::MAPI_E_CALL_FAILED;
                                }
                                let __len = arg1.len();
                                for (__i, __p) in arg1.into_iter().enumerate() {
                                    // SAFETY: checked non-null, and within the
                                    // room given; the caller now owns the
                                    // reference.
                                    unsafe { rgelt.add(__i).write(__p.into_raw()) };
                                }
                                if !pceltFetched.is_null() {
                                    // SAFETY: a writable count.
                                    unsafe { pceltFetched.write(__len as _) };
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
                /// `IEnumMoniker::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    celt: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumMonikerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IEnumMonikerImpl>::skip_with_warning(
                                object.inner(),
                                celt,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IEnumMoniker::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumMonikerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IEnumMonikerImpl>::reset(object.inner()) {
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
                /// `IEnumMoniker::Clone`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppenum: *mut *mut IEnumMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IEnumMonikerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppenum.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppenum, 0, 1) };
                        }
                        if ppenum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IEnumMonikerImpl>::clone(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppenum.write(arg0.into_raw().cast()) };
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
impl crate::__private::InterfaceChain for IEnumMoniker {
    const IIDS: &'static [u128] = &[
        0x00000102_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IRunningObjectTable`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IRunningObjectTableImpl`, the provider side of `IRunningObjectTable`",
    label = "`IRunningObjectTable` needs `impl IRunningObjectTableImpl for {Self}`",
    note = "write `impl IRunningObjectTableImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IRunningObjectTableImpl: crate::__private::Declares<
        IRunningObjectTable,
        0x00000010_0000_0000_c000_000000000046,
    > {
    /// Registers a running object under its moniker.
    ///
    /// Returns `MK_S_MONIKERALREADYREGISTERED` (a success) when the moniker
    /// was registered already: the object is registered again.
    ///
    /// Called through slot 3 ([`IRunningObjectTableVtbl::Register`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn register(
        &self,
        grfFlags: ROTFLAGS,
        punkObject: ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
        pmkObjectName: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = (grfFlags, punkObject, pmkObjectName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a registration.
    ///
    /// Called through slot 4 ([`IRunningObjectTableVtbl::Revoke`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn revoke(
        &self,
        dwRegister: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwRegister,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether an object is registered under a moniker.
    ///
    /// Returns `S_OK` when one is, `S_FALSE` when none is.
    ///
    /// Called through slot 5 ([`IRunningObjectTableVtbl::IsRunning`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_running(
        &self,
        pmkObjectName: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pmkObjectName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_running`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_running`] and answers `S_OK`.
    fn is_running_with_warning(
        &self,
        pmkObjectName: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_running(pmkObjectName).map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the object registered under a moniker.
    ///
    /// Called through slot 6 ([`IRunningObjectTableVtbl::GetObject`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_object(
        &self,
        pmkObjectName: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (pmkObjectName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Records when a registered object last changed.
    ///
    /// Called through slot 7 ([`IRunningObjectTableVtbl::NoteChangeTime`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn note_change_time(
        &self,
        dwRegister: crate::DWORD,
        pfiletime: &crate::FILETIME,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwRegister, pfiletime);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns when the object registered under a moniker last changed, as
    /// `NoteChangeTime` recorded it.
    ///
    /// Called through slot 8 ([`IRunningObjectTableVtbl::GetTimeOfLastChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_time_of_last_change(
        &self,
        pmkObjectName: ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::FILETIME, crate::Hresult> {
        let _ = (pmkObjectName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Enumerates the monikers objects are registered under.
    ///
    /// Called through slot 9 ([`IRunningObjectTableVtbl::EnumRunning`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_running(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumMoniker>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IRunningObjectTableVtbl {
    /// A vtable of [`IRunningObjectTable`] whose slots check their arguments and call [`IRunningObjectTableImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IRunningObjectTableImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Register: {
                /// `IRunningObjectTable::Register`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    grfFlags: crate::DWORD,
                    punkObject: *mut crate::IUnknown,
                    pmkObjectName: *mut IMoniker,
                    pdwRegister: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwRegister.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pdwRegister, 0, 1) };
                        }
                        let arg0 = match <ROTFLAGS as crate::FlagSet>::check_input_for(
                            grfFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(punkObject.cast::<crate::IUnknown>())
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkObjectName.cast::<IMoniker>())
                        };
                        if pdwRegister.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IRunningObjectTableImpl>::register(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pdwRegister.write(arg3) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Revoke: {
                /// `IRunningObjectTable::Revoke`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwRegister: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IRunningObjectTableImpl>::revoke(
                            object.inner(),
                            dwRegister,
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
            IsRunning: {
                /// `IRunningObjectTable::IsRunning`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkObjectName: *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkObjectName.cast::<IMoniker>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IRunningObjectTableImpl>::is_running_with_warning(
                                object.inner(),
                                arg0,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetObject: {
                /// `IRunningObjectTable::GetObject`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkObjectName: *mut IMoniker,
                    ppunkObject: *mut *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppunkObject.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppunkObject, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkObjectName.cast::<IMoniker>())
                        };
                        if ppunkObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IRunningObjectTableImpl>::get_object(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppunkObject.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            NoteChangeTime: {
                /// `IRunningObjectTable::NoteChangeTime`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwRegister: crate::DWORD,
                    pfiletime: *mut crate::FILETIME,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = if pfiletime.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                pfiletime.cast::<crate::FILETIME>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IRunningObjectTableImpl>::note_change_time(
                            object.inner(),
                            dwRegister,
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
            GetTimeOfLastChange: {
                /// `IRunningObjectTable::GetTimeOfLastChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pmkObjectName: *mut IMoniker,
                    pfiletime: *mut crate::FILETIME,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        if !pfiletime.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pfiletime, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkObjectName.cast::<IMoniker>())
                        };
                        if pfiletime.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IRunningObjectTableImpl>::get_time_of_last_change(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pfiletime.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EnumRunning: {
                /// `IRunningObjectTable::EnumRunning`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppenumMoniker: *mut *mut IEnumMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IRunningObjectTableImpl,
                {
                    crate::__private::guard(|| {
                        if !ppenumMoniker.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppenumMoniker, 0, 1) };
                        }
                        if ppenumMoniker.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IRunningObjectTableImpl>::enum_running(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppenumMoniker.write(arg0.into_raw().cast()) };
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
impl crate::__private::InterfaceChain for IRunningObjectTable {
    const IIDS: &'static [u128] = &[
        0x00000010_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeObjResolver`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeObjResolverImpl`, the provider side of `IMimeObjResolver`",
    label = "`IMimeObjResolver` needs `impl IMimeObjResolverImpl for {Self}`",
    note = "write `impl IMimeObjResolverImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeObjResolverImpl: crate::__private::Declares<
        IMimeObjResolver,
        0xfeceaffd_c441_11d1_960e_00c04fbd7c09,
    > {
    /// Binds a moniker to the object it names, and returns the moniker the
    /// object was actually found with.
    ///
    /// Called through slot 3 ([`IMimeObjResolverVtbl::MimeOleObjectFromMoniker`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn mime_ole_object_from_moniker(
        &self,
        bindf: BINDF,
        pmkOriginal: crate::ComPtr<IMoniker>,
        pBindCtx: crate::ComPtr<IBindCtx>,
        riid: &crate::GUID,
    ) -> ::core::result::Result<
        (
            crate::ComPtr<crate::IUnknown>,
            ::core::option::Option<crate::ComPtr<IMoniker>>,
        ),
        crate::Hresult,
    > {
        let _ = (bindf, pmkOriginal, pBindCtx, riid);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeObjResolverVtbl {
    /// A vtable of [`IMimeObjResolver`] whose slots check their arguments and call [`IMimeObjResolverImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeObjResolverImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            MimeOleObjectFromMoniker: {
                /// `IMimeObjResolver::MimeOleObjectFromMoniker`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    bindf: BINDF,
                    pmkOriginal: *mut IMoniker,
                    pBindCtx: *mut IBindCtx,
                    riid: crate::REFIID,
                    ppvObject: *mut crate::LPVOID,
                    ppmkNew: *mut *mut IMoniker,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeObjResolverImpl,
                {
                    crate::__private::guard(|| {
                        if !ppvObject.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppvObject, 0, 1) };
                        }
                        if !ppmkNew.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmkNew, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                IMoniker,
                            >::from_borrowed(pmkOriginal.cast::<IMoniker>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IBindCtx,
                            >::from_borrowed(pBindCtx.cast::<IBindCtx>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg3 = if riid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                riid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppvObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if ppmkNew.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMimeObjResolverImpl>::mime_ole_object_from_moniker(
                            object.inner(),
                            bindf,
                            arg1,
                            arg2,
                            &arg3,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg4, arg5) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                {
                                    let __o = &arg4;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(__o, riid.cast::<crate::GUID>())
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { ppvObject.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppmkNew
                                        .write(
                                            arg5
                                                .map_or(::core::ptr::null_mut(), |p| p.into_raw())
                                                .cast(),
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMimeObjResolver {
    const IIDS: &'static [u128] = &[
        0xfeceaffd_c441_11d1_960e_00c04fbd7c09, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeEditTag`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeEditTagImpl`, the provider side of `IMimeEditTag`",
    label = "`IMimeEditTag` needs `impl IMimeEditTagImpl for {Self}`",
    note = "write `impl IMimeEditTagImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeEditTagImpl: crate::__private::Declares<
        IMimeEditTag,
        0x70183210_7b36_11d2_8c12_00c04fa31009,
    > {
    /// Returns the URL the tag refers to now.
    ///
    /// Called through slot 3 ([`IMimeEditTagVtbl::GetSrc`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_src(&self) -> ::core::result::Result<crate::value::Bstr, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the URL the tag refers to.
    ///
    /// Called through slot 4 ([`IMimeEditTagVtbl::SetSrc`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_src(
        &self,
        bstr: crate::value::BstrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (bstr,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the URL the tag will refer to in the saved document.
    ///
    /// Called through slot 5 ([`IMimeEditTagVtbl::GetDest`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_dest(&self) -> ::core::result::Result<crate::value::Bstr, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the URL the tag will refer to in the saved document (the
    /// `cid:` URL of the body the resource was packaged in).
    ///
    /// Called through slot 6 ([`IMimeEditTagVtbl::SetDest`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_dest(
        &self,
        bstr: crate::value::BstrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (bstr,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the tag that the document is about to be saved: it points
    /// itself at its destination.
    ///
    /// Called through slot 7 ([`IMimeEditTagVtbl::OnPreSave`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_pre_save(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the tag that the document was saved: it points itself back at
    /// its source.
    ///
    /// Called through slot 8 ([`IMimeEditTagVtbl::OnPostSave`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn on_post_save(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether the resource may be packaged in the message.
    ///
    /// Returns `S_OK` when it may, `S_FALSE` when the tag must keep
    /// referring to it where it is.
    ///
    /// Called through slot 9 ([`IMimeEditTagVtbl::CanPackage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn can_package(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::can_package`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::can_package`] and answers `S_OK`.
    fn can_package_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.can_package().map(|v| (crate::Hresult::OK, v))
    }
    /// Tells whether a MIME content type suits the tag (an image type for
    /// an image tag).
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not.
    ///
    /// Called through slot 10 ([`IMimeEditTagVtbl::IsValidMimeType`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn is_valid_mime_type(
        &self,
        pszTypeW: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pszTypeW,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::is_valid_mime_type`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::is_valid_mime_type`] and answers `S_OK`.
    fn is_valid_mime_type_with_warning(
        &self,
        pszTypeW: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.is_valid_mime_type(pszTypeW).map(|v| (crate::Hresult::OK, v))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeEditTagVtbl {
    /// A vtable of [`IMimeEditTag`] whose slots check their arguments and call [`IMimeEditTagImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeEditTagImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetSrc: {
                /// `IMimeEditTag::GetSrc`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbstr: *mut BSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        if !pbstr.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pbstr, 0, 1) };
                        }
                        if pbstr.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagImpl>::get_src(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match arg0.into_current() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the string.
                                unsafe { pbstr.write(__buf0.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetSrc: {
                /// `IMimeEditTag::SetSrc`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    bstr: BSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a caller's BSTR is null, or has its byte
                        // length before it and that many bytes after, readable
                        // for the call; the view checks the length and
                        // alignment.
                        let arg0 = match unsafe {
                            crate::value::BstrRef::from_raw(bstr)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagImpl>::set_src(
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
            GetDest: {
                /// `IMimeEditTag::GetDest`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pbstr: *mut BSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        if !pbstr.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pbstr, 0, 1) };
                        }
                        if pbstr.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagImpl>::get_dest(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match arg0.into_current() {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the string.
                                unsafe { pbstr.write(__buf0.into_raw()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetDest: {
                /// `IMimeEditTag::SetDest`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    bstr: BSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a caller's BSTR is null, or has its byte
                        // length before it and that many bytes after, readable
                        // for the call; the view checks the length and
                        // alignment.
                        let arg0 = match unsafe {
                            crate::value::BstrRef::from_raw(bstr)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagImpl>::set_dest(
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
            OnPreSave: {
                /// `IMimeEditTag::OnPreSave`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagImpl>::on_pre_save(
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
            OnPostSave: {
                /// `IMimeEditTag::OnPostSave`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagImpl>::on_post_save(
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
            CanPackage: {
                /// `IMimeEditTag::CanPackage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeEditTagImpl>::can_package_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsValidMimeType: {
                /// `IMimeEditTag::IsValidMimeType`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pszTypeW: crate::LPWSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(
                                pszTypeW.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeEditTagImpl>::is_valid_mime_type_with_warning(
                                object.inner(),
                                arg0,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
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
impl crate::__private::InterfaceChain for IMimeEditTag {
    const IIDS: &'static [u128] = &[
        0x70183210_7b36_11d2_8c12_00c04fa31009, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "mime"))]
/// The provider side of [`IMimeEditTagCollection`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMimeEditTagCollectionImpl`, the provider side of `IMimeEditTagCollection`",
    label = "`IMimeEditTagCollection` needs `impl IMimeEditTagCollectionImpl for {Self}`",
    note = "write `impl IMimeEditTagCollectionImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMimeEditTagCollectionImpl: crate::__private::Declares<
        IMimeEditTagCollection,
        0xd09ee528_7b38_11d2_8c12_00c04fa31009,
    > {
    /// Collects the tags of a document, and goes to the first.
    ///
    /// Called through slot 3 ([`IMimeEditTagCollectionVtbl::Init`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init(
        &self,
        pHtmlDoc: crate::ComPtr<crate::IUnknown>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pHtmlDoc,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns up to `cFetch` further tags.
    ///
    /// Returns `S_OK` when `cFetch` tags were returned and `S_FALSE` when
    /// fewer were left.
    ///
    /// Called through slot 4 ([`IMimeEditTagCollectionVtbl::Next`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMimeEditTag>>,
        crate::Hresult,
    > {
        let _ = (cFetch,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::next`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::next`] and answers `S_OK`.
    fn next_with_warning(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::ComPtr<IMimeEditTag>>),
        crate::Hresult,
    > {
        self.next(cFetch).map(|v| (crate::Hresult::OK, v))
    }
    /// Goes back to the first tag.
    ///
    /// Called through slot 5 ([`IMimeEditTagCollectionVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the number of tags.
    ///
    /// Called through slot 6 ([`IMimeEditTagCollectionVtbl::Count`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "mime"))]
impl IMimeEditTagCollectionVtbl {
    /// A vtable of [`IMimeEditTagCollection`] whose slots check their arguments and call [`IMimeEditTagCollectionImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMimeEditTagCollectionImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Init: {
                /// `IMimeEditTagCollection::Init`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pHtmlDoc: *mut crate::IUnknown,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagCollectionImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(pHtmlDoc.cast::<crate::IUnknown>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagCollectionImpl>::init(
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
            Next: {
                /// `IMimeEditTagCollection::Next`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFetch: crate::ULONG,
                    ppTag: *mut *mut IMimeEditTag,
                    pcFetched: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagCollectionImpl,
                {
                    crate::__private::guard(|| {
                        if !pcFetched.is_null() {
                            // SAFETY: the caller passed a writable count.
                            unsafe { pcFetched.write(0) };
                        }
                        if !ppTag.is_null()
                            && (cFetch as usize) <= crate::value::MAX_COUNT
                        {
                            // SAFETY: the caller passed room for that many
                            // pointers.
                            unsafe {
                                ::core::ptr::write_bytes(ppTag, 0, cFetch as usize)
                            };
                        }
                        if (ppTag.is_null() && cFetch != 0) || pcFetched.is_null()
                            || (cFetch as usize) > crate::value::MAX_COUNT
                        {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMimeEditTagCollectionImpl>::next_with_warning(
                                object.inner(),
                                cFetch,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg1)) => {
                                if arg1.len() > cFetch as usize {
                                    return crate::MAPI_E_CALL_FAILED;
                                }
                                let __len = arg1.len();
                                for (__i, __p) in arg1.into_iter().enumerate() {
                                    // SAFETY: checked non-null, and within the
                                    // room given; the caller now owns the
                                    // reference.
                                    unsafe { ppTag.add(__i).write(__p.into_raw()) };
                                }
                                if !pcFetched.is_null() {
                                    // SAFETY: a writable count.
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
            Reset: {
                /// `IMimeEditTagCollection::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagCollectionImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagCollectionImpl>::reset(
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
            Count: {
                /// `IMimeEditTagCollection::Count`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pcItems: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMimeEditTagCollectionImpl,
                {
                    crate::__private::guard(|| {
                        if !pcItems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcItems, 0, 1) };
                        }
                        if pcItems.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMimeEditTagCollectionImpl>::count(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
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
impl crate::__private::InterfaceChain for IMimeEditTagCollection {
    const IIDS: &'static [u128] = &[
        0xd09ee528_7b38_11d2_8c12_00c04fa31009, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IBindCtx` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IBindCtx {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IBindCtx`).
#[automatically_derived]
unsafe impl crate::Inherits<IBindCtx> for IBindCtx {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IBindCtx`]: its methods, called through the vtable, on every `ComPtr` to `IBindCtx` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IBindCtxExt {
    /// Keeps an object bound during the operation, to be released when the
    /// context is released or `ReleaseBoundObjects` is called.
    ///
    /// # Parameters
    ///
    /// - `punk` (`IUnknown*`, in): The object to keep.
    ///
    /// Calls slot 3 of the vtable, [`IBindCtxVtbl::RegisterObjectBound`].
    fn register_object_bound(
        &self,
        punk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Releases an object `RegisterObjectBound` kept, ahead of the others.
    ///
    /// Returns `MK_E_NOTBOUND` when the object is not registered.
    ///
    /// # Parameters
    ///
    /// - `punk` (`IUnknown*`, in): The object to release.
    ///
    /// Calls slot 4 of the vtable, [`IBindCtxVtbl::RevokeObjectBound`].
    fn revoke_object_bound(
        &self,
        punk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Releases every object registered with `RegisterObjectBound`.
    ///
    /// Calls slot 5 of the vtable, [`IBindCtxVtbl::ReleaseBoundObjects`].
    fn release_bound_objects(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Stores the options of the operation.
    ///
    /// # Parameters
    ///
    /// - `pbindopts` (`BIND_OPTS*`, in): The options; `cbStruct` says how much of them the caller passes.
    ///
    /// Calls slot 6 of the vtable, [`IBindCtxVtbl::SetBindOptions`].
    fn set_bind_options(
        &self,
        pbindopts: &BIND_OPTS,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the options of the operation.
    ///
    /// # Parameters
    ///
    /// - `pbindopts` (`BIND_OPTS*`, in, out): On input `cbStruct` says how large the caller's structure is; receives the options.
    ///
    /// Calls slot 7 of the vtable, [`IBindCtxVtbl::GetBindOptions`].
    fn get_bind_options(
        &self,
        pbindopts: &mut BIND_OPTS,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the running object table of the machine the operation runs
    /// on.
    ///
    /// # Parameters
    ///
    /// - `pprot` (`IRunningObjectTable**`, out): Receives the table.
    ///
    /// Calls slot 8 of the vtable, [`IBindCtxVtbl::GetRunningObjectTable`]. In Rust:
    ///
    /// - Returns `pprot`.
    fn get_running_object_table(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IRunningObjectTable>, crate::Hresult>;
    /// Stores an object under a name, for the monikers of the operation to
    /// find (`GetObjectParam`).
    ///
    /// # Parameters
    ///
    /// - `pszKey` (`LPOLESTR`, in): The name; a later registration under the same name replaces it.
    /// - `punk` (`IUnknown*`, in): The object.
    ///
    /// Calls slot 9 of the vtable, [`IBindCtxVtbl::RegisterObjectParam`]. In Rust:
    ///
    /// - `pszKey` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn register_object_param(
        &self,
        pszKey: &str,
        punk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the object stored under a name.
    ///
    /// Returns `E_FAIL` when no object has that name.
    ///
    /// # Parameters
    ///
    /// - `pszKey` (`LPOLESTR`, in): The name.
    /// - `ppunk` (`IUnknown**`, out): Receives the object.
    ///
    /// Calls slot 10 of the vtable, [`IBindCtxVtbl::GetObjectParam`]. In Rust:
    ///
    /// - `pszKey` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `ppunk`.
    fn get_object_param(
        &self,
        pszKey: &str,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult>;
    /// Enumerates the names objects are stored under.
    ///
    /// # Parameters
    ///
    /// - `ppenum` (`IUnknown**`, out): Receives the enumerator (an `IEnumString`, reached here through `IUnknown`).
    ///
    /// Calls slot 11 of the vtable, [`IBindCtxVtbl::EnumObjectParam`]. In Rust:
    ///
    /// - Returns `ppenum`.
    fn enum_object_param(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult>;
    /// Removes the object stored under a name.
    ///
    /// Returns `S_FALSE` when no object has that name.
    ///
    /// # Parameters
    ///
    /// - `pszKey` (`LPOLESTR`, in): The name.
    ///
    /// Calls slot 12 of the vtable, [`IBindCtxVtbl::RevokeObjectParam`]. In Rust:
    ///
    /// - `pszKey` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn revoke_object_param(
        &self,
        pszKey: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::revoke_object_param`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn revoke_object_param_with_warning(
        &self,
        pszKey: &str,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IBindCtx>> IBindCtxExt for crate::ComPtr<T> {
    fn register_object_bound(
        &self,
        punk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut crate::IUnknown = match punk {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .RegisterObjectBound)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn revoke_object_bound(
        &self,
        punk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut crate::IUnknown = match punk {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .RevokeObjectBound)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn release_bound_objects(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IBindCtx>().ReleaseBoundObjects)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_bind_options(
        &self,
        pbindopts: &BIND_OPTS,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pbindopts;
        let __a0: *mut BIND_OPTS = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IBindCtx>().SetBindOptions)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_bind_options(
        &self,
        pbindopts: &mut BIND_OPTS,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut BIND_OPTS = pbindopts;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IBindCtx>().GetBindOptions)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_running_object_table(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IRunningObjectTable>, crate::Hresult> {
        let mut __a0: *mut IRunningObjectTable = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .GetRunningObjectTable)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IRunningObjectTable>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn register_object_param(
        &self,
        pszKey: &str,
        punk: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszKey, true)?;
        let __s = &__b0;
        let __a0: crate::LPOLESTR = __s.as_ptr().cast_mut().cast();
        let __a1: *mut crate::IUnknown = match punk {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .RegisterObjectParam)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_object_param(
        &self,
        pszKey: &str,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszKey, true)?;
        let __s = &__b0;
        let __a0: crate::LPOLESTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: *mut crate::IUnknown = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .GetObjectParam)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IUnknown>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn enum_object_param(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let mut __a0: *mut crate::IUnknown = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .EnumObjectParam)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IUnknown>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn revoke_object_param(
        &self,
        pszKey: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszKey, true)?;
        let __s = &__b0;
        let __a0: crate::LPOLESTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .RevokeObjectParam)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn revoke_object_param_with_warning(
        &self,
        pszKey: &str,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszKey, true)?;
        let __s = &__b0;
        let __a0: crate::LPOLESTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IBindCtx>()
                .RevokeObjectParam)(self.as_raw().cast(), __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMoniker` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMoniker {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMoniker` derives from `IPersist`: its vtable begins with `IPersist`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersist> for IMoniker {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMoniker` derives from `IPersistStream`: its vtable begins with `IPersistStream`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IPersistStream> for IMoniker {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMoniker`).
#[automatically_derived]
unsafe impl crate::Inherits<IMoniker> for IMoniker {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMoniker`]: its methods, called through the vtable, on every `ComPtr` to `IMoniker` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMonikerExt {
    /// Binds to the object the moniker names and returns it through the
    /// interface asked for, running it if needed.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `riidResult` (`REFIID`, in): The interface wanted.
    /// - `ppvResult` (`void**`, out): Receives the object.
    ///
    /// Calls slot 8 of the vtable, [`IMonikerVtbl::BindToObject`]. In Rust:
    ///
    /// - `riidResult` is the IID of `U`.
    /// - Returns `ppvResult`.
    fn bind_to_object<U: crate::Interface>(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Binds to the storage of the object the moniker names (an `IStream`
    /// or `IStorage`, as asked) rather than to the object.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObj` (`void**`, out): Receives the storage.
    ///
    /// Calls slot 9 of the vtable, [`IMonikerVtbl::BindToStorage`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `ppvObj`.
    fn bind_to_storage<U: crate::Interface>(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Returns a simpler moniker naming the same object.
    ///
    /// Returns `MK_S_REDUCED_TO_SELF` (a success) when the moniker cannot
    /// be reduced and is returned itself.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `dwReduceHowFar` (`DWORD`, in): How far to reduce (`MKRREDUCE_*`).
    /// - `ppmkToLeft` (`IMoniker**`, in, out): On input the moniker to the left, if any; receives the left part the reduction leaves.
    /// - `ppmkReduced` (`IMoniker**`, out): Receives the reduced moniker.
    ///
    /// Calls slot 10 of the vtable, [`IMonikerVtbl::Reduce`]. In Rust:
    ///
    /// - `ppmkToLeft` lends its reference to the object and holds whatever the object leaves in the slot, whether or not the call succeeds.
    /// - Returns `ppmkReduced`.
    fn reduce(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        dwReduceHowFar: crate::DWORD,
        ppmkToLeft: &mut ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult>;
    /// Joins another moniker to the right of this one.
    ///
    /// # Parameters
    ///
    /// - `pmkRight` (`IMoniker*`, in): The moniker to put on the right.
    /// - `fOnlyIfNotGeneric` (`BOOL`, in): TRUE to fail with `MK_E_NEEDGENERIC` rather than make a generic composite.
    /// - `ppmkComposite` (`IMoniker**`, out): Receives the composite.
    ///
    /// Calls slot 11 of the vtable, [`IMonikerVtbl::ComposeWith`]. In Rust:
    ///
    /// - Returns `ppmkComposite`.
    fn compose_with(
        &self,
        pmkRight: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        fOnlyIfNotGeneric: crate::BOOL,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult>;
    /// Enumerates the parts of a composite moniker.
    ///
    /// # Parameters
    ///
    /// - `fForward` (`BOOL`, in): TRUE to go left to right, FALSE right to left.
    /// - `ppenumMoniker` (`IEnumMoniker**`, out): Receives the enumerator, or null when the moniker has no parts.
    ///
    /// Calls slot 12 of the vtable, [`IMonikerVtbl::Enum`]. In Rust:
    ///
    /// - Returns `ppenumMoniker`.
    fn r#enum(
        &self,
        fForward: crate::BOOL,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IEnumMoniker>>,
        crate::Hresult,
    >;
    /// Tells whether another moniker names the same object.
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not.
    ///
    /// # Parameters
    ///
    /// - `pmkOtherMoniker` (`IMoniker*`, in): The moniker to compare with.
    ///
    /// Calls slot 13 of the vtable, [`IMonikerVtbl::IsEqual`].
    fn is_equal(
        &self,
        pmkOtherMoniker: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_equal`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_equal_with_warning(
        &self,
        pmkOtherMoniker: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns a hash of the moniker, the same for monikers that are equal.
    ///
    /// # Parameters
    ///
    /// - `pdwHash` (`DWORD*`, out): Receives the hash.
    ///
    /// Calls slot 14 of the vtable, [`IMonikerVtbl::Hash`]. In Rust:
    ///
    /// - Returns `pdwHash`.
    fn hash_(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Tells whether the object the moniker names is running.
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `pmkNewlyRunning` (`IMoniker*`, in): A moniker just added to the running object table, if any: the answer when it equals this one.
    ///
    /// Calls slot 15 of the vtable, [`IMonikerVtbl::IsRunning`].
    fn is_running(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        pmkNewlyRunning: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_running`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_running_with_warning(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        pmkNewlyRunning: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns when the object the moniker names last changed.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `pFileTime` (`FILETIME*`, out): Receives the time.
    ///
    /// Calls slot 16 of the vtable, [`IMonikerVtbl::GetTimeOfLastChange`]. In Rust:
    ///
    /// - Returns `pFileTime`.
    fn get_time_of_last_change(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::FILETIME, crate::Hresult>;
    /// Returns the moniker that, composed to the right of this one, gives
    /// nothing (the inverse).
    ///
    /// # Parameters
    ///
    /// - `ppmk` (`IMoniker**`, out): Receives the inverse.
    ///
    /// Calls slot 17 of the vtable, [`IMonikerVtbl::Inverse`]. In Rust:
    ///
    /// - Returns `ppmk`.
    fn inverse(&self) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult>;
    /// Returns the prefix this moniker has in common with another.
    ///
    /// # Parameters
    ///
    /// - `pmkOther` (`IMoniker*`, in): The other moniker.
    /// - `ppmkPrefix` (`IMoniker**`, out): Receives the common prefix.
    ///
    /// Calls slot 18 of the vtable, [`IMonikerVtbl::CommonPrefixWith`]. In Rust:
    ///
    /// - Returns `ppmkPrefix`.
    fn common_prefix_with(
        &self,
        pmkOther: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult>;
    /// Returns the relative moniker that leads from this moniker to
    /// another.
    ///
    /// # Parameters
    ///
    /// - `pmkOther` (`IMoniker*`, in): The moniker to reach.
    /// - `ppmkRelPath` (`IMoniker**`, out): Receives the relative moniker.
    ///
    /// Calls slot 19 of the vtable, [`IMonikerVtbl::RelativePathTo`]. In Rust:
    ///
    /// - Returns `ppmkRelPath`.
    fn relative_path_to(
        &self,
        pmkOther: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult>;
    /// Returns the moniker's display name, the text a user reads and
    /// `ParseDisplayName` reads back.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `ppszDisplayName` (`LPOLESTR*`, out): Receives the name, in task memory the caller frees.
    ///
    /// Calls slot 20 of the vtable, [`IMonikerVtbl::GetDisplayName`]. In Rust:
    ///
    /// - `ppszDisplayName` is returned as a `TaskStr`, which frees it with `CoTaskMemFree` on drop.
    /// - Returns `ppszDisplayName`.
    fn get_display_name(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult>;
    /// Reads as much of a display name as the moniker understands and
    /// returns the moniker for it.
    ///
    /// # Parameters
    ///
    /// - `pbc` (`IBindCtx*`, in): The bind context of the operation.
    /// - `pmkToLeft` (`IMoniker*`, in): The moniker to the left of this one in a composite, if any.
    /// - `pszDisplayName` (`LPOLESTR`, in): The display name left to read.
    /// - `pchEaten` (`ULONG*`, out): Receives the number of characters read.
    /// - `ppmkOut` (`IMoniker**`, out): Receives the moniker for what was read.
    ///
    /// Calls slot 21 of the vtable, [`IMonikerVtbl::ParseDisplayName`]. In Rust:
    ///
    /// - `pszDisplayName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `(pchEaten, ppmkOut)`.
    fn parse_display_name(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        pszDisplayName: &str,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<IMoniker>), crate::Hresult>;
    /// Tells whether the moniker is one of COM's own classes, and which
    /// (`MKSYS_*`).
    ///
    /// Returns `S_OK` when it is, `S_FALSE` when it is not.
    ///
    /// # Parameters
    ///
    /// - `pdwMksys` (`DWORD*`, out): Receives the class (`MKSYS_NONE` for another).
    ///
    /// Calls slot 22 of the vtable, [`IMonikerVtbl::IsSystemMoniker`]. In Rust:
    ///
    /// - Returns `pdwMksys`.
    fn is_system_moniker(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Like [`Self::is_system_moniker`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_system_moniker_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, crate::DWORD), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMoniker>> IMonikerExt for crate::ComPtr<T> {
    fn bind_to_object<U: crate::Interface>(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid2: crate::GUID = <U as crate::Interface>::IID;
        let __a2: crate::REFIID = ::core::ptr::from_ref(&__iid2);
        let mut __a3: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .BindToObject)(self.as_raw().cast(), __a0, __a1, __a2, &mut __a3)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn bind_to_storage<U: crate::Interface>(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid2: crate::GUID = <U as crate::Interface>::IID;
        let __a2: crate::REFIID = ::core::ptr::from_ref(&__iid2);
        let mut __a3: *mut ::core::ffi::c_void = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .BindToStorage)(self.as_raw().cast(), __a0, __a1, __a2, &mut __a3)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn reduce(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        dwReduceHowFar: crate::DWORD,
        ppmkToLeft: &mut ::core::option::Option<crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: *mut IMoniker = ppmkToLeft
            .take()
            .map_or(::core::ptr::null_mut(), crate::ComPtr::into_raw);
        let mut __a3: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .Reduce)(
                self.as_raw().cast(),
                __a0,
                dwReduceHowFar,
                &mut __a2,
                &mut __a3,
            )
        };
        // SAFETY: whatever the slot holds after the call, on every path, is a
        // reference the caller owns, or null.
        *ppmkToLeft = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a2) };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn compose_with(
        &self,
        pmkRight: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        fOnlyIfNotGeneric: crate::BOOL,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let __a0: *mut IMoniker = match pmkRight {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .ComposeWith)(self.as_raw().cast(), __a0, fOnlyIfNotGeneric, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn r#enum(
        &self,
        fForward: crate::BOOL,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<IEnumMoniker>>,
        crate::Hresult,
    > {
        let mut __a1: *mut IEnumMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .Enum)(self.as_raw().cast(), fForward, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<IEnumMoniker>::from_raw(__a1) };
        ::core::result::Result::Ok(__r1)
    }
    fn is_equal(
        &self,
        pmkOtherMoniker: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut IMoniker = match pmkOtherMoniker {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMoniker>().IsEqual)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_equal_with_warning(
        &self,
        pmkOtherMoniker: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __a0: *mut IMoniker = match pmkOtherMoniker {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IMoniker>().IsEqual)(self.as_raw().cast(), __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn hash_(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let mut __a0: crate::DWORD = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMoniker>().Hash)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn is_running(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        pmkNewlyRunning: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: *mut IMoniker = match pmkNewlyRunning {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .IsRunning)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_running_with_warning(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        pmkNewlyRunning: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: *mut IMoniker = match pmkNewlyRunning {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .IsRunning)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn get_time_of_last_change(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::FILETIME, crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a2: crate::FILETIME = unsafe { ::core::mem::zeroed::<crate::FILETIME>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .GetTimeOfLastChange)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn inverse(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let mut __a0: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMoniker>().Inverse)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn common_prefix_with(
        &self,
        pmkOther: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let __a0: *mut IMoniker = match pmkOther {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a1: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .CommonPrefixWith)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn relative_path_to(
        &self,
        pmkOther: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<IMoniker>, crate::Hresult> {
        let __a0: *mut IMoniker = match pmkOther {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a1: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .RelativePathTo)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_display_name(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::value::TaskStr, crate::Hresult> {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: crate::LPOLESTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .GetDisplayName)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a string of this width allocated
        // with the task allocator, or null.
        let __r2 = unsafe { crate::value::TaskStr::from_raw(__a2.cast(), true) };
        let __r2 = __r2?.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn parse_display_name(
        &self,
        pbc: ::core::option::Option<&crate::ComPtr<IBindCtx>>,
        pmkToLeft: ::core::option::Option<&crate::ComPtr<IMoniker>>,
        pszDisplayName: &str,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<IMoniker>),
        crate::Hresult,
    > {
        let __a0: *mut IBindCtx = match pbc {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: *mut IMoniker = match pmkToLeft {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b2 = crate::__private::call::str_in(pszDisplayName, true)?;
        let __s = &__b2;
        let __a2: crate::LPOLESTR = __s.as_ptr().cast_mut().cast();
        let mut __a3: crate::ULONG = 0;
        let mut __a4: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .ParseDisplayName)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a4) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok((__a3, __r4))
    }
    fn is_system_moniker(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let mut __a0: crate::DWORD = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .IsSystemMoniker)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn is_system_moniker_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, crate::DWORD), crate::Hresult> {
        let mut __a0: crate::DWORD = 0;
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMoniker>()
                .IsSystemMoniker)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, __a0))
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IEnumMoniker` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IEnumMoniker {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IEnumMoniker`).
#[automatically_derived]
unsafe impl crate::Inherits<IEnumMoniker> for IEnumMoniker {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IEnumMoniker`]: its methods, called through the vtable, on every `ComPtr` to `IEnumMoniker` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IEnumMonikerExt {
    /// Returns up to `celt` further monikers.
    ///
    /// Returns `S_OK` when `celt` monikers were returned and `S_FALSE` when
    /// fewer were left.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of monikers wanted.
    /// - `rgelt` (`IMoniker**`, out): Receives the monikers, each a reference the caller releases.
    /// - `pceltFetched` (`ULONG*`, out): Receives the number of monikers returned; may be null only when `celt` is 1.
    ///
    /// Calls slot 3 of the vtable, [`IEnumMonikerVtbl::Next`]. In Rust:
    ///
    /// - `rgelt` is returned as a `Vec` of at most `celt` interfaces, each released on drop.
    /// - Returns `rgelt`.
    fn next(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMoniker>>,
        crate::Hresult,
    >;
    /// Like [`Self::next`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn next_with_warning(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::ComPtr<IMoniker>>),
        crate::Hresult,
    >;
    /// Skips `celt` monikers.
    ///
    /// Returns `S_FALSE` when fewer were left.
    ///
    /// # Parameters
    ///
    /// - `celt` (`ULONG`, in): The number of monikers to skip.
    ///
    /// Calls slot 4 of the vtable, [`IEnumMonikerVtbl::Skip`].
    fn skip(&self, celt: crate::ULONG) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::skip`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn skip_with_warning(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Goes back to the first moniker.
    ///
    /// Calls slot 5 of the vtable, [`IEnumMonikerVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Creates a second enumerator at the same position.
    ///
    /// # Parameters
    ///
    /// - `ppenum` (`IEnumMoniker**`, out): Receives the new enumerator.
    ///
    /// Calls slot 6 of the vtable, [`IEnumMonikerVtbl::Clone`]. In Rust:
    ///
    /// - Returns `ppenum`.
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumMoniker>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IEnumMoniker>> IEnumMonikerExt for crate::ComPtr<T> {
    fn next(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMoniker>>,
        crate::Hresult,
    > {
        let mut __a1 = crate::__private::call::interface_slots::<IMoniker>(celt)?;
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IEnumMoniker>()
                .Next)(self.as_raw().cast(), celt, __a1.as_mut_ptr(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: the object stored `*pcFetched` references the caller owns, or
        // nothing.
        let __r1 = unsafe { crate::__private::call::adopt_interfaces(&__a1, __a2) };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn next_with_warning(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::ComPtr<IMoniker>>),
        crate::Hresult,
    > {
        let mut __a1 = crate::__private::call::interface_slots::<IMoniker>(celt)?;
        let mut __a2: crate::ULONG = 0;
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IEnumMoniker>()
                .Next)(self.as_raw().cast(), celt, __a1.as_mut_ptr(), &mut __a2)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: the object stored `*pcFetched` references the caller owns, or
        // nothing.
        let __r1 = unsafe { crate::__private::call::adopt_interfaces(&__a1, __a2) };
        let __r1 = __r1?;
        ::core::result::Result::Ok((__status, __r1))
    }
    fn skip(&self, celt: crate::ULONG) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IEnumMoniker>().Skip)(self.as_raw().cast(), celt)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn skip_with_warning(
        &self,
        celt: crate::ULONG,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IEnumMoniker>().Skip)(self.as_raw().cast(), celt)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IEnumMoniker>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn clone_(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumMoniker>, crate::Hresult> {
        let mut __a0: *mut IEnumMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IEnumMoniker>().Clone)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IEnumMoniker>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IRunningObjectTable` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IRunningObjectTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IRunningObjectTable`).
#[automatically_derived]
unsafe impl crate::Inherits<IRunningObjectTable> for IRunningObjectTable {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IRunningObjectTable`]: its methods, called through the vtable, on every `ComPtr` to `IRunningObjectTable` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IRunningObjectTableExt {
    /// Registers a running object under its moniker.
    ///
    /// Returns `MK_S_MONIKERALREADYREGISTERED` (a success) when the moniker
    /// was registered already: the object is registered again.
    ///
    /// # Parameters
    ///
    /// - `grfFlags` (`DWORD`, in): How to register it.
    /// - `punkObject` (`IUnknown*`, in): The object.
    /// - `pmkObjectName` (`IMoniker*`, in): Its moniker.
    /// - `pdwRegister` (`DWORD*`, out): Receives the registration's number, for `Revoke`.
    ///
    /// Calls slot 3 of the vtable, [`IRunningObjectTableVtbl::Register`]. In Rust:
    ///
    /// - Returns `pdwRegister`.
    fn register(
        &self,
        grfFlags: ROTFLAGS,
        punkObject: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Removes a registration.
    ///
    /// # Parameters
    ///
    /// - `dwRegister` (`DWORD`, in): The number `Register` returned.
    ///
    /// Calls slot 4 of the vtable, [`IRunningObjectTableVtbl::Revoke`].
    fn revoke(
        &self,
        dwRegister: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether an object is registered under a moniker.
    ///
    /// Returns `S_OK` when one is, `S_FALSE` when none is.
    ///
    /// # Parameters
    ///
    /// - `pmkObjectName` (`IMoniker*`, in): The moniker.
    ///
    /// Calls slot 5 of the vtable, [`IRunningObjectTableVtbl::IsRunning`].
    fn is_running(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_running`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_running_with_warning(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Returns the object registered under a moniker.
    ///
    /// # Parameters
    ///
    /// - `pmkObjectName` (`IMoniker*`, in): The moniker.
    /// - `ppunkObject` (`IUnknown**`, out): Receives the object.
    ///
    /// Calls slot 6 of the vtable, [`IRunningObjectTableVtbl::GetObject`]. In Rust:
    ///
    /// - Returns `ppunkObject`.
    fn get_object(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult>;
    /// Records when a registered object last changed.
    ///
    /// # Parameters
    ///
    /// - `dwRegister` (`DWORD`, in): The number `Register` returned.
    /// - `pfiletime` (`FILETIME*`, in): The time of the change.
    ///
    /// Calls slot 7 of the vtable, [`IRunningObjectTableVtbl::NoteChangeTime`].
    fn note_change_time(
        &self,
        dwRegister: crate::DWORD,
        pfiletime: &crate::FILETIME,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns when the object registered under a moniker last changed, as
    /// `NoteChangeTime` recorded it.
    ///
    /// # Parameters
    ///
    /// - `pmkObjectName` (`IMoniker*`, in): The moniker.
    /// - `pfiletime` (`FILETIME*`, out): Receives the time.
    ///
    /// Calls slot 8 of the vtable, [`IRunningObjectTableVtbl::GetTimeOfLastChange`]. In Rust:
    ///
    /// - Returns `pfiletime`.
    fn get_time_of_last_change(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::FILETIME, crate::Hresult>;
    /// Enumerates the monikers objects are registered under.
    ///
    /// # Parameters
    ///
    /// - `ppenumMoniker` (`IEnumMoniker**`, out): Receives the enumerator.
    ///
    /// Calls slot 9 of the vtable, [`IRunningObjectTableVtbl::EnumRunning`]. In Rust:
    ///
    /// - Returns `ppenumMoniker`.
    fn enum_running(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumMoniker>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IRunningObjectTable>> IRunningObjectTableExt
for crate::ComPtr<T> {
    fn register(
        &self,
        grfFlags: ROTFLAGS,
        punkObject: ::core::option::Option<&crate::ComPtr<crate::IUnknown>>,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let __a1: *mut crate::IUnknown = match punkObject {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: *mut IMoniker = match pmkObjectName {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: crate::DWORD = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .Register)(self.as_raw().cast(), grfFlags.bits(), __a1, __a2, &mut __a3)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a3)
    }
    fn revoke(
        &self,
        dwRegister: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .Revoke)(self.as_raw().cast(), dwRegister)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_running(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut IMoniker = match pmkObjectName {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .IsRunning)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_running_with_warning(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __a0: *mut IMoniker = match pmkObjectName {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .IsRunning)(self.as_raw().cast(), __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn get_object(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let __a0: *mut IMoniker = match pmkObjectName {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a1: *mut crate::IUnknown = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .GetObject)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IUnknown>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn note_change_time(
        &self,
        dwRegister: crate::DWORD,
        pfiletime: &crate::FILETIME,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pfiletime;
        let __a1: *mut crate::FILETIME = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .NoteChangeTime)(self.as_raw().cast(), dwRegister, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_time_of_last_change(
        &self,
        pmkObjectName: ::core::option::Option<&crate::ComPtr<IMoniker>>,
    ) -> ::core::result::Result<crate::FILETIME, crate::Hresult> {
        let __a0: *mut IMoniker = match pmkObjectName {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a1: crate::FILETIME = unsafe { ::core::mem::zeroed::<crate::FILETIME>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .GetTimeOfLastChange)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn enum_running(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<IEnumMoniker>, crate::Hresult> {
        let mut __a0: *mut IEnumMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IRunningObjectTable>()
                .EnumRunning)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<IEnumMoniker>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeObjResolver` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeObjResolver {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeObjResolver`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeObjResolver> for IMimeObjResolver {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeObjResolver`]: its methods, called through the vtable, on every `ComPtr` to `IMimeObjResolver` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeObjResolverExt {
    /// Binds a moniker to the object it names, and returns the moniker the
    /// object was actually found with.
    ///
    /// # Parameters
    ///
    /// - `bindf` (`BINDF`, in): How to bind.
    /// - `pmkOriginal` (`IMoniker*`, in): The moniker to resolve.
    /// - `pBindCtx` (`IBindCtx*`, in): The bind context of the operation.
    /// - `riid` (`REFIID`, in): The interface wanted.
    /// - `ppvObject` (`LPVOID*`, out): Receives the object.
    /// - `ppmkNew` (`IMoniker**`, out): Receives the moniker the object was found with, or null when it is the original one.
    ///
    /// Calls slot 3 of the vtable, [`IMimeObjResolverVtbl::MimeOleObjectFromMoniker`]. In Rust:
    ///
    /// - `riid` is the IID of `U`.
    /// - Returns `(ppvObject, ppmkNew)`.
    fn mime_ole_object_from_moniker<U: crate::Interface>(
        &self,
        bindf: BINDF,
        pmkOriginal: &crate::ComPtr<IMoniker>,
        pBindCtx: &crate::ComPtr<IBindCtx>,
    ) -> ::core::result::Result<
        (crate::ComPtr<U>, ::core::option::Option<crate::ComPtr<IMoniker>>),
        crate::Hresult,
    >;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeObjResolver>> IMimeObjResolverExt for crate::ComPtr<T> {
    fn mime_ole_object_from_moniker<U: crate::Interface>(
        &self,
        bindf: BINDF,
        pmkOriginal: &crate::ComPtr<IMoniker>,
        pBindCtx: &crate::ComPtr<IBindCtx>,
    ) -> ::core::result::Result<
        (crate::ComPtr<U>, ::core::option::Option<crate::ComPtr<IMoniker>>),
        crate::Hresult,
    > {
        let __r = pmkOriginal;
        let __a1: *mut IMoniker = __r.as_raw();
        let __r = pBindCtx;
        let __a2: *mut IBindCtx = __r.as_raw();
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::REFIID = ::core::ptr::from_ref(&__iid3);
        let mut __a4: crate::LPVOID = ::core::ptr::null_mut();
        let mut __a5: *mut IMoniker = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeObjResolver>()
                .MimeOleObjectFromMoniker)(
                self.as_raw().cast(),
                bindf,
                __a1,
                __a2,
                __a3,
                &mut __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r4 = unsafe { crate::ComPtr::<U>::from_raw(__a4.cast()) };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r5 = unsafe { crate::ComPtr::<IMoniker>::from_raw(__a5) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__r4, __r5))
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeEditTag` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeEditTag {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeEditTag`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeEditTag> for IMimeEditTag {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeEditTag`]: its methods, called through the vtable, on every `ComPtr` to `IMimeEditTag` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeEditTagExt {
    /// Returns the URL the tag refers to now.
    ///
    /// # Parameters
    ///
    /// - `pbstr` (`BSTR*`, out): Receives the URL, a string the caller frees.
    ///
    /// Calls slot 3 of the vtable, [`IMimeEditTagVtbl::GetSrc`]. In Rust:
    ///
    /// - `pbstr` is returned as a `Bstr`, which frees it with `SysFreeString` on drop.
    /// - Returns `pbstr`.
    fn get_src(&self) -> ::core::result::Result<crate::value::Bstr, crate::Hresult>;
    /// Changes the URL the tag refers to.
    ///
    /// # Parameters
    ///
    /// - `bstr` (`BSTR`, in): The new URL.
    ///
    /// Calls slot 4 of the vtable, [`IMimeEditTagVtbl::SetSrc`].
    fn set_src(
        &self,
        bstr: &crate::value::Bstr,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the URL the tag will refer to in the saved document.
    ///
    /// # Parameters
    ///
    /// - `pbstr` (`BSTR*`, out): Receives the URL, a string the caller frees.
    ///
    /// Calls slot 5 of the vtable, [`IMimeEditTagVtbl::GetDest`]. In Rust:
    ///
    /// - `pbstr` is returned as a `Bstr`, which frees it with `SysFreeString` on drop.
    /// - Returns `pbstr`.
    fn get_dest(&self) -> ::core::result::Result<crate::value::Bstr, crate::Hresult>;
    /// Sets the URL the tag will refer to in the saved document (the
    /// `cid:` URL of the body the resource was packaged in).
    ///
    /// # Parameters
    ///
    /// - `bstr` (`BSTR`, in): The new URL.
    ///
    /// Calls slot 6 of the vtable, [`IMimeEditTagVtbl::SetDest`].
    fn set_dest(
        &self,
        bstr: &crate::value::Bstr,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the tag that the document is about to be saved: it points
    /// itself at its destination.
    ///
    /// Calls slot 7 of the vtable, [`IMimeEditTagVtbl::OnPreSave`].
    fn on_pre_save(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the tag that the document was saved: it points itself back at
    /// its source.
    ///
    /// Calls slot 8 of the vtable, [`IMimeEditTagVtbl::OnPostSave`].
    fn on_post_save(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether the resource may be packaged in the message.
    ///
    /// Returns `S_OK` when it may, `S_FALSE` when the tag must keep
    /// referring to it where it is.
    ///
    /// Calls slot 9 of the vtable, [`IMimeEditTagVtbl::CanPackage`].
    fn can_package(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::can_package`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn can_package_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Tells whether a MIME content type suits the tag (an image type for
    /// an image tag).
    ///
    /// Returns `S_OK` when it does, `S_FALSE` when it does not.
    ///
    /// # Parameters
    ///
    /// - `pszTypeW` (`LPWSTR`, in): The content type (`image/gif`).
    ///
    /// Calls slot 10 of the vtable, [`IMimeEditTagVtbl::IsValidMimeType`]. In Rust:
    ///
    /// - `pszTypeW` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn is_valid_mime_type(
        &self,
        pszTypeW: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::is_valid_mime_type`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn is_valid_mime_type_with_warning(
        &self,
        pszTypeW: &str,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeEditTag>> IMimeEditTagExt for crate::ComPtr<T> {
    fn get_src(&self) -> ::core::result::Result<crate::value::Bstr, crate::Hresult> {
        let mut __a0: BSTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTag>().GetSrc)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: the object stored a BSTR the caller owns, or null.
        let __r0 = unsafe { crate::value::Bstr::adopt(__a0) };
        let __r0 = __r0?;
        ::core::result::Result::Ok(__r0)
    }
    fn set_src(
        &self,
        bstr: &crate::value::Bstr,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTag>()
                .SetSrc)(self.as_raw().cast(), bstr.as_raw())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_dest(&self) -> ::core::result::Result<crate::value::Bstr, crate::Hresult> {
        let mut __a0: BSTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTag>().GetDest)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: the object stored a BSTR the caller owns, or null.
        let __r0 = unsafe { crate::value::Bstr::adopt(__a0) };
        let __r0 = __r0?;
        ::core::result::Result::Ok(__r0)
    }
    fn set_dest(
        &self,
        bstr: &crate::value::Bstr,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTag>()
                .SetDest)(self.as_raw().cast(), bstr.as_raw())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_pre_save(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTag>().OnPreSave)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn on_post_save(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTag>().OnPostSave)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn can_package(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTag>().CanPackage)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn can_package_with_warning(
        &self,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTag>().CanPackage)(self.as_raw().cast())
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn is_valid_mime_type(
        &self,
        pszTypeW: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszTypeW, true)?;
        let __s = &__b0;
        let __a0: crate::LPWSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTag>()
                .IsValidMimeType)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn is_valid_mime_type_with_warning(
        &self,
        pszTypeW: &str,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(pszTypeW, true)?;
        let __s = &__b0;
        let __a0: crate::LPWSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTag>()
                .IsValidMimeType)(self.as_raw().cast(), __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: `IMimeEditTagCollection` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMimeEditTagCollection {}
#[cfg(all(feature = "client", feature = "mime"))]
/// SAFETY: every interface begins with itself (`IMimeEditTagCollection`).
#[automatically_derived]
unsafe impl crate::Inherits<IMimeEditTagCollection> for IMimeEditTagCollection {}
#[cfg(all(feature = "client", feature = "mime"))]
/// The caller side of [`IMimeEditTagCollection`]: its methods, called through the vtable, on every `ComPtr` to `IMimeEditTagCollection` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMimeEditTagCollectionExt {
    /// Collects the tags of a document, and goes to the first.
    ///
    /// # Parameters
    ///
    /// - `pHtmlDoc` (`IUnknown*`, in): The document (its `IHTMLDocument2`).
    ///
    /// Calls slot 3 of the vtable, [`IMimeEditTagCollectionVtbl::Init`].
    fn init(
        &self,
        pHtmlDoc: &crate::ComPtr<crate::IUnknown>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns up to `cFetch` further tags.
    ///
    /// Returns `S_OK` when `cFetch` tags were returned and `S_FALSE` when
    /// fewer were left.
    ///
    /// # Parameters
    ///
    /// - `cFetch` (`ULONG`, in): The number of tags wanted.
    /// - `ppTag` (`IMimeEditTag**`, out): Receives the tags, each a reference the caller releases.
    /// - `pcFetched` (`ULONG*`, out): Receives the number of tags returned.
    ///
    /// Calls slot 4 of the vtable, [`IMimeEditTagCollectionVtbl::Next`]. In Rust:
    ///
    /// - `ppTag` is returned as a `Vec` of at most `cFetch` interfaces, each released on drop.
    /// - Returns `ppTag`.
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMimeEditTag>>,
        crate::Hresult,
    >;
    /// Like [`Self::next`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn next_with_warning(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::ComPtr<IMimeEditTag>>),
        crate::Hresult,
    >;
    /// Goes back to the first tag.
    ///
    /// Calls slot 5 of the vtable, [`IMimeEditTagCollectionVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the number of tags.
    ///
    /// # Parameters
    ///
    /// - `pcItems` (`ULONG*`, out): Receives the number.
    ///
    /// Calls slot 6 of the vtable, [`IMimeEditTagCollectionVtbl::Count`]. In Rust:
    ///
    /// - Returns `pcItems`.
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "mime"))]
#[automatically_derived]
impl<T: crate::Inherits<IMimeEditTagCollection>> IMimeEditTagCollectionExt
for crate::ComPtr<T> {
    fn init(
        &self,
        pHtmlDoc: &crate::ComPtr<crate::IUnknown>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pHtmlDoc;
        let __a0: *mut crate::IUnknown = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTagCollection>()
                .Init)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn next(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        ::std::vec::Vec<crate::ComPtr<IMimeEditTag>>,
        crate::Hresult,
    > {
        let mut __a1 = crate::__private::call::interface_slots::<IMimeEditTag>(cFetch)?;
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTagCollection>()
                .Next)(self.as_raw().cast(), cFetch, __a1.as_mut_ptr(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: the object stored `*pcFetched` references the caller owns, or
        // nothing.
        let __r1 = unsafe { crate::__private::call::adopt_interfaces(&__a1, __a2) };
        let __r1 = __r1?;
        ::core::result::Result::Ok(__r1)
    }
    fn next_with_warning(
        &self,
        cFetch: crate::ULONG,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::ComPtr<IMimeEditTag>>),
        crate::Hresult,
    > {
        let mut __a1 = crate::__private::call::interface_slots::<IMimeEditTag>(cFetch)?;
        let mut __a2: crate::ULONG = 0;
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTagCollection>()
                .Next)(self.as_raw().cast(), cFetch, __a1.as_mut_ptr(), &mut __a2)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: the object stored `*pcFetched` references the caller owns, or
        // nothing.
        let __r1 = unsafe { crate::__private::call::adopt_interfaces(&__a1, __a2) };
        let __r1 = __r1?;
        ::core::result::Result::Ok((__status, __r1))
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMimeEditTagCollection>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMimeEditTagCollection>()
                .Count)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
}
