// `idl/mapi/mapiutil.idl` as Rust, included by `mod.rs`.
/// An idle routine, called by the MAPI idle engine when the system is idle,
/// in priority order. Each call does a small step of its work, records where
/// it is in its parameter block, and returns FALSE, which MAPI's reference
/// asks of every idle routine.
pub type FNIDLE = unsafe extern "system" fn(pvIdleParam: crate::LPVOID) -> crate::BOOL;
/// Pointer to an idle routine.
pub type PFNIDLE = ::core::option::Option<FNIDLE>;
/// A function tag: the handle of a registered idle routine, as returned by
/// `FtgRegisterIdleRoutine` (null on failure).
pub type FTG = *mut ::core::ffi::c_void;
/// Pointer to a function tag.
pub type PFTG = *mut FTG;
/// One control of a property sheet page that `BuildDisplayTable` turns into
/// a row of the display table: the control's type and flags, its
/// notification identifier and the structure describing it.
pub type LPDTCTL = *mut DTCTL;
/// One page of a property sheet, as `BuildDisplayTable` reads it: the
/// dialog resource, the page's help entry and its controls. It only
/// describes the input; the display table built from it holds rows, not
/// `DTPAGE`s.
pub type LPDTPAGE = *mut DTPAGE;
/// Pointer to a table data object.
pub type LPTABLEDATA = *mut ITableData;
/// Callback called by MAPI when a view created by `ITableData::HrGetView`
/// is released.
///
/// Clients and service providers implement it, typically to release the
/// table data object or data kept for the view.
pub type CALLERRELEASE = unsafe extern "system" fn(
    ulCallerData: crate::ULONG_PTR,
    lpTblData: LPTABLEDATA,
    lpVue: crate::LPMAPITABLE,
);
/// Pointer to a property data object.
pub type LPPROPDATA = *mut IPropData;
/// The filter `HrAddColumnsEx` calls with the columns a table has before it
/// puts the new ones first: the filter may rewrite the tags in place (say,
/// `PT_UNICODE` to `PT_STRING8`) but not add any.
pub type FILTERCOLUMNS = unsafe extern "C" fn(ptaga: crate::LPSPropTagArray);
/// Pointer to a `FILTERCOLUMNS` function.
pub type LPFILTERCOLUMNS = ::core::option::Option<FILTERCOLUMNS>;
/// A message session: the handle `OpenIMsgSession` returns, which groups
/// the messages `OpenIMsgOnIStg` opens so that `CloseIMsgSession` closes
/// them together. Its contents are private to MAPI.
#[repr(transparent)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LPMSGSESS(pub *mut _MSGSESS);
impl LPMSGSESS {
    /// The null handle.
    pub const NULL: Self = Self(::core::ptr::null_mut());
    /// Whether this is the null handle.
    pub fn is_null(self) -> bool {
        self.0.is_null()
    }
}
impl ::core::default::Default for LPMSGSESS {
    fn default() -> Self {
        Self::NULL
    }
}
// SAFETY: a handle is a token that only the library which issued it looks
// through: holding or passing it on another thread touches nothing (safe code
// cannot dereference it), so objects that keep handles can be shared, as MAPI's
// are.
unsafe impl ::core::marker::Send for LPMSGSESS {}
// SAFETY: as for `Send`: sharing a token touches nothing.
unsafe impl ::core::marker::Sync for LPMSGSESS {}
/// Callback `OpenIMsgOnIStg` takes, called when the last reference to the
/// message it built is released; typically it releases the storage beneath.
/// The message does not touch the storage after this call.
pub type MSGCALLRELEASE = unsafe extern "system" fn(
    ulCallerData: crate::ULONG,
    lpMessage: crate::LPMESSAGE,
);
/// A locale identifier, as the Windows national language functions take it.
pub type LCID = crate::DWORD;
/// Options for `WrapCompressedRTFStreamEx`: how to decompress a compressed
/// RTF body and, optionally, return it in its native format.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RTF_WCSINFO {
    /// Size of this structure in bytes.
    pub size: crate::ULONG,
    /// Options: `MAPI_MODIFY` (the returned stream will be written),
    /// `STORE_UNCOMPRESSED_RTF` (write the RTF uncompressed) and
    /// `MAPI_NATIVE_BODY` (return the native body).
    pub ulFlags: crate::ULONG,
    /// Code page of the message (from `PR_INTERNET_CPID`); used only with
    /// `MAPI_NATIVE_BODY`.
    pub ulInCodePage: crate::ULONG,
    /// Code page wanted for the returned stream; zero lets MAPI choose.
    pub ulOutCodePage: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<RTF_WCSINFO>() == 16);
    assert!(::core::mem::align_of::<RTF_WCSINFO>() == 4);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, size) == 0);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, ulFlags) == 4);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, ulInCodePage) == 8);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, ulOutCodePage) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<RTF_WCSINFO>() == 16);
    assert!(::core::mem::align_of::<RTF_WCSINFO>() == 4);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, size) == 0);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, ulFlags) == 4);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, ulInCodePage) == 8);
    assert!(::core::mem::offset_of!(RTF_WCSINFO, ulOutCodePage) == 12);
};
/// Information returned by `WrapCompressedRTFStreamEx` about the stream.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct RTF_WCSRETINFO {
    /// Size of this structure in bytes.
    pub size: crate::ULONG,
    /// Format of the native body when `MAPI_NATIVE_BODY` was given: one of
    /// the `MAPI_NATIVE_BODY_TYPE_*` values.
    pub ulStreamFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<RTF_WCSRETINFO>() == 8);
    assert!(::core::mem::align_of::<RTF_WCSRETINFO>() == 4);
    assert!(::core::mem::offset_of!(RTF_WCSRETINFO, size) == 0);
    assert!(::core::mem::offset_of!(RTF_WCSRETINFO, ulStreamFlags) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<RTF_WCSRETINFO>() == 8);
    assert!(::core::mem::align_of::<RTF_WCSRETINFO>() == 4);
    assert!(::core::mem::offset_of!(RTF_WCSRETINFO, size) == 0);
    assert!(::core::mem::offset_of!(RTF_WCSRETINFO, ulStreamFlags) == 4);
};
/// One control of a property sheet page that `BuildDisplayTable` turns into
/// a row of the display table: the control's type and flags, its
/// notification identifier and the structure describing it.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTCTL {
    /// The kind of control (`DTCT_*`), which says which member of `ctl` is
    /// set; it becomes the row's `PR_CONTROL_TYPE`.
    pub ulCtlType: crate::ULONG,
    /// The control's `DT_*` flags (`DT_EDITABLE`, `DT_REQUIRED`, ...), the
    /// row's `PR_CONTROL_FLAGS`; only edit, combo, list and check boxes use
    /// them.
    pub ulCtlFlags: crate::ULONG,
    /// The bytes identifying the control (a GUID naming the provider and
    /// the control), the row's `PR_CONTROL_ID`: the user interface is told
    /// with them when the control must be refreshed.
    pub lpbNotif: crate::LPBYTE,
    /// The size of `lpbNotif`, in bytes.
    pub cbNotif: crate::ULONG,
    /// For edit and combo boxes, the characters the user may type, as a
    /// pattern such as `"[0-9]"` (`"*"` for any); null for other controls.
    pub lpszFilter: crate::LPTSTR,
    /// The control's resource identifier in the dialog template the page
    /// names.
    pub ulItemID: crate::ULONG,
    /// The structure describing the control, one type per `DTCT_*` kind.
    pub ctl: DTCTL_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTCTL>() == 48);
    assert!(::core::mem::align_of::<DTCTL>() == 8);
    assert!(::core::mem::offset_of!(DTCTL, ulCtlType) == 0);
    assert!(::core::mem::offset_of!(DTCTL, ulCtlFlags) == 4);
    assert!(::core::mem::offset_of!(DTCTL, lpbNotif) == 8);
    assert!(::core::mem::offset_of!(DTCTL, cbNotif) == 16);
    assert!(::core::mem::offset_of!(DTCTL, lpszFilter) == 24);
    assert!(::core::mem::offset_of!(DTCTL, ulItemID) == 32);
    assert!(::core::mem::offset_of!(DTCTL, ctl) == 40);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTCTL>() == 28);
    assert!(::core::mem::align_of::<DTCTL>() == 4);
    assert!(::core::mem::offset_of!(DTCTL, ulCtlType) == 0);
    assert!(::core::mem::offset_of!(DTCTL, ulCtlFlags) == 4);
    assert!(::core::mem::offset_of!(DTCTL, lpbNotif) == 8);
    assert!(::core::mem::offset_of!(DTCTL, cbNotif) == 12);
    assert!(::core::mem::offset_of!(DTCTL, lpszFilter) == 16);
    assert!(::core::mem::offset_of!(DTCTL, ulItemID) == 20);
    assert!(::core::mem::offset_of!(DTCTL, ctl) == 24);
};
/// The structure describing the control, one type per `DTCT_*` kind.
#[repr(C)]
#[derive(Clone, Copy)]
pub union DTCTL_0 {
    /// Any kind, untyped.
    pub lpv: crate::LPVOID,
    /// `DTCT_LABEL`.
    pub lplabel: crate::LPDTBLLABEL,
    /// `DTCT_EDIT`.
    pub lpedit: crate::LPDTBLEDIT,
    /// `DTCT_LBX`.
    pub lplbx: crate::LPDTBLLBX,
    /// `DTCT_COMBOBOX`.
    pub lpcombobox: crate::LPDTBLCOMBOBOX,
    /// `DTCT_DDLBX`.
    pub lpddlbx: crate::LPDTBLDDLBX,
    /// `DTCT_CHECKBOX`.
    pub lpcheckbox: crate::LPDTBLCHECKBOX,
    /// `DTCT_GROUPBOX`.
    pub lpgroupbox: crate::LPDTBLGROUPBOX,
    /// `DTCT_BUTTON`.
    pub lpbutton: crate::LPDTBLBUTTON,
    /// `DTCT_RADIOBUTTON`.
    pub lpradiobutton: crate::LPDTBLRADIOBUTTON,
    /// `DTCT_MVLISTBOX`.
    pub lpmvlbx: crate::LPDTBLMVLISTBOX,
    /// `DTCT_MVDDLBX`.
    pub lpmvddlbx: crate::LPDTBLMVDDLBX,
    /// `DTCT_PAGE`.
    pub lppage: crate::LPDTBLPAGE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTCTL_0>() == 8);
    assert!(::core::mem::align_of::<DTCTL_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTCTL_0>() == 4);
    assert!(::core::mem::align_of::<DTCTL_0>() == 4);
};
/// One page of a property sheet, as `BuildDisplayTable` reads it: the
/// dialog resource, the page's help entry and its controls. It only
/// describes the input; the display table built from it holds rows, not
/// `DTPAGE`s.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTPAGE {
    /// How many controls `lpctl` holds.
    pub cctl: crate::ULONG,
    /// The dialog template of the page in `BuildDisplayTable`'s module: its
    /// name, or an integer identifier in the pointer (as `MAKEINTRESOURCE`
    /// makes it).
    pub lpszResourceName: crate::LPTSTR,
    /// Where the page's help file comes from; one member or the other.
    pub Anonymous: DTPAGE_0,
    /// The page's controls.
    pub lpctl: LPDTCTL,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTPAGE>() == 32);
    assert!(::core::mem::align_of::<DTPAGE>() == 8);
    assert!(::core::mem::offset_of!(DTPAGE, cctl) == 0);
    assert!(::core::mem::offset_of!(DTPAGE, lpszResourceName) == 8);
    assert!(::core::mem::offset_of!(DTPAGE, Anonymous) == 16);
    assert!(::core::mem::offset_of!(DTPAGE, lpctl) == 24);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTPAGE>() == 16);
    assert!(::core::mem::align_of::<DTPAGE>() == 4);
    assert!(::core::mem::offset_of!(DTPAGE, cctl) == 0);
    assert!(::core::mem::offset_of!(DTPAGE, lpszResourceName) == 4);
    assert!(::core::mem::offset_of!(DTPAGE, Anonymous) == 8);
    assert!(::core::mem::offset_of!(DTPAGE, lpctl) == 12);
};
/// Where the page's help file comes from; one member or the other.
#[repr(C)]
#[derive(Clone, Copy)]
pub union DTPAGE_0 {
    /// The component name the `[Help File Mappings]` section of
    /// `MAPISVC.INF` maps to a help file.
    pub lpszComponent: crate::LPTSTR,
    /// A string resource identifier (at most 65535) in the module that
    /// holds the help file name.
    pub ulItemID: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTPAGE_0>() == 8);
    assert!(::core::mem::align_of::<DTPAGE_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTPAGE_0>() == 4);
    assert!(::core::mem::align_of::<DTPAGE_0>() == 4);
};
/// The C struct `_MSGSESS`.
#[repr(C)]
pub struct _MSGSESS {
    _opaque: [u8; 0],
}
/// `ITableData::HrDeleteRows`: delete every row of the table.
pub const TAD_ALL_ROWS: crate::ULONG = 1;
/// `IPropData` access level: the object or property cannot be modified.
pub const IPROP_READONLY: crate::ULONG = 1;
/// `IPropData` access level: the object or property can be modified.
pub const IPROP_READWRITE: crate::ULONG = 2;
/// `IPropData` status: the property has not been modified.
pub const IPROP_CLEAN: crate::ULONG = 0x10000;
/// `IPropData` status: the property has been modified.
pub const IPROP_DIRTY: crate::ULONG = 0x20000;
/// Idle engine: the lowest priority an idle routine can have.
pub const PRILOWEST: crate::SHORT = 0x8000u16 as i16;
/// Idle engine: the highest priority an idle routine can have.
pub const PRIHIGHEST: crate::SHORT = 0x7FFF;
/// Idle engine: the priority of user events (mouse clicks, `WM_PAINT`);
/// idle routines use any other value.
pub const PRIUSER: crate::SHORT = 0;
/// Idle routine options (`iroIdle`): none.
pub const IRONULL: crate::USHORT = 0;
/// Idle routine option: `csecIdle` is the time without user activity that
/// must pass before the routine is first called.
pub const FIROWAIT: crate::USHORT = 1;
/// Idle routine option: `csecIdle` is the minimum interval between two
/// calls of the routine.
pub const FIROINTERVAL: crate::USHORT = 2;
/// Idle routine option: obsolete, do not use.
pub const FIROPERBLOCK: crate::USHORT = 4;
/// Idle routine option: register the routine disabled.
pub const FIRODISABLED: crate::USHORT = 0x20;
/// Idle routine option: obsolete, do not use.
pub const FIROONCEONLY: crate::USHORT = 0x40;
/// Idle routine changes (`ircIdle` of `ChangeIdleRoutine`): none.
pub const IRCNULL: crate::USHORT = 0;
/// Idle routine change: a new routine pointer (`pfnIdle`).
pub const FIRCPFN: crate::USHORT = 1;
/// Idle routine change: a new parameter block (`pvIdleParam`).
pub const FIRCPV: crate::USHORT = 2;
/// Idle routine change: a new priority (`priIdle`).
pub const FIRCPRI: crate::USHORT = 4;
/// Idle routine change: a new time (`csecIdle`).
pub const FIRCCSEC: crate::USHORT = 8;
/// Idle routine change: new options (`iroIdle`).
pub const FIRCIRO: crate::USHORT = 0x10;
/// `OpenStreamOnFile`: create a temporary file with a unique name in the
/// directory given as the file name (with `STGM_CREATE | STGM_READWRITE`).
pub const SOF_UNIQUEFILENAME: crate::ULONG = 0x80000000;
/// Name of the `OpenStreamOnFile` export, for `GetProcAddress`.
pub const OPENSTREAMONFILE: &::core::ffi::CStr = c"OpenStreamOnFile";
/// `HrValidateIPMSubtree`: check (and repair) the folders even if the store
/// properties say they are valid.
pub const MAPI_FORCE_CREATE: crate::ULONG = 1;
/// `HrValidateIPMSubtree`: create the full set of IPM folders in the store's
/// root folder, not only the minimum set; for the default store.
pub const MAPI_FULL_IPM_TREE: crate::ULONG = 2;
/// `RTFSync`: the RTF version of the message body has changed.
pub const RTF_SYNC_RTF_CHANGED: crate::ULONG = 1;
/// `RTFSync`: the plain text version of the message body has changed.
pub const RTF_SYNC_BODY_CHANGED: crate::ULONG = 2;
/// A flag of `OpenIMsgOnIStg`: saving the message does not commit the storage it lives on.
pub const IMSG_NO_ISTG_COMMIT: crate::ULONG = 1;
/// The exported name of `HrDispatchNotifications`, for `GetProcAddress`.
pub const szHrDispatchNotifications: &::core::ffi::CStr = c"HrDispatchNotifications";
/// The exported name of `ScCreateConversationIndex`, for `GetProcAddress`.
pub const szScCreateConversationIndex: &::core::ffi::CStr = c"ScCreateConversationIndex";
/// Flags of `ITableData::HrNotify`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type TableDataHrNotifyFlags = crate::Flags<TableDataHrNotifyFlagsGroup>;
/// The group of [`TableDataHrNotifyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum TableDataHrNotifyFlagsGroup {}
impl crate::FlagGroup for TableDataHrNotifyFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `ITableData::HrModifyRows`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type TableDataHrModifyRowsFlags = crate::Flags<TableDataHrModifyRowsFlagsGroup>;
/// The group of [`TableDataHrModifyRowsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum TableDataHrModifyRowsFlagsGroup {}
impl crate::FlagGroup for TableDataHrModifyRowsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `ITableData::HrDeleteRows`.
pub type TableDataHrDeleteRowsFlags = crate::Flags<TableDataHrDeleteRowsFlagsGroup>;
/// The group of [`TableDataHrDeleteRowsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum TableDataHrDeleteRowsFlagsGroup {}
impl crate::FlagGroup for TableDataHrDeleteRowsFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("TAD_ALL_ROWS", 0x00000001)];
}
impl crate::Flags<TableDataHrDeleteRowsFlagsGroup> {
    /// Delete every row of the table and of all its views, sending a single
    /// `TABLE_RELOAD` notification; the row set may then be null.
    ///
    /// `TAD_ALL_ROWS` (`0x1`), valid on input.
    pub const TAD_ALL_ROWS: Self = Self::from_bits_retain(0x00000001);
}
/// Access levels accepted by `IPropData::HrSetObjAccess`; exactly one must
/// be given.
pub type PropDataHrSetObjAccessFlags = crate::Flags<PropDataHrSetObjAccessFlagsGroup>;
/// The group of [`PropDataHrSetObjAccessFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum PropDataHrSetObjAccessFlagsGroup {}
impl crate::FlagGroup for PropDataHrSetObjAccessFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003];
    const REQUIRED: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("IPROP_READONLY", 0x00000001),
        ("IPROP_READWRITE", 0x00000002),
    ];
}
impl crate::Flags<PropDataHrSetObjAccessFlagsGroup> {
    /// Make the object read-only.
    ///
    /// `IPROP_READONLY` (`0x1`), valid on input.
    pub const READONLY: Self = Self::from_bits_retain(0x00000001);
    /// Make the object read/write.
    ///
    /// `IPROP_READWRITE` (`0x2`), valid on input.
    pub const READWRITE: Self = Self::from_bits_retain(0x00000002);
}
/// The per-property access and status bits of `IPropData::HrSetPropAccess`
/// and `IPropData::HrGetPropAccess`. Each element of their access arrays
/// holds one access level and one status.
pub type PropDataPropAccessFlags = crate::Flags<PropDataPropAccessFlagsGroup>;
/// The group of [`PropDataPropAccessFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum PropDataPropAccessFlagsGroup {}
impl crate::FlagGroup for PropDataPropAccessFlagsGroup {
    const IN_MASK: u32 = 0x00030003;
    const OUT_MASK: u32 = 0x00030003;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003, 0x00030000];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("IPROP_READONLY", 0x00000001),
        ("IPROP_READWRITE", 0x00000002),
        ("IPROP_CLEAN", 0x00010000),
        ("IPROP_DIRTY", 0x00020000),
    ];
}
impl crate::Flags<PropDataPropAccessFlagsGroup> {
    /// The property cannot be modified.
    ///
    /// `IPROP_READONLY` (`0x1`), valid on input and output.
    pub const READONLY: Self = Self::from_bits_retain(0x00000001);
    /// The property can be modified.
    ///
    /// `IPROP_READWRITE` (`0x2`), valid on input and output.
    pub const READWRITE: Self = Self::from_bits_retain(0x00000002);
    /// The property has not been modified.
    ///
    /// `IPROP_CLEAN` (`0x10000`), valid on input and output.
    pub const CLEAN: Self = Self::from_bits_retain(0x00010000);
    /// The property has been modified.
    ///
    /// `IPROP_DIRTY` (`0x20000`), valid on input and output.
    pub const DIRTY: Self = Self::from_bits_retain(0x00020000);
}
/// Flags of `HrIStorageFromStream`. Without flags the storage is read-only
/// and starts at offset zero of the stream.
pub type HrIStorageFromStreamFlags = crate::Flags<HrIStorageFromStreamFlagsGroup>;
/// The group of [`HrIStorageFromStreamFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum HrIStorageFromStreamFlagsGroup {}
impl crate::FlagGroup for HrIStorageFromStreamFlagsGroup {
    const IN_MASK: u32 = 0x10001002;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x10000000];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("STGSTRM_CREATE", 0x00001000),
        ("STGSTRM_CURRENT", 0x10000000),
        ("STGSTRM_MODIFY", 0x00000002),
        ("STGSTRM_RESET", 0x00000000),
    ];
}
impl crate::Flags<HrIStorageFromStreamFlagsGroup> {
    /// Create a new storage on the stream.
    ///
    /// `STGSTRM_CREATE` (`0x1000`), valid on input.
    pub const CREATE: Self = Self::from_bits_retain(0x00001000);
    /// Start the storage at the stream's current position.
    ///
    /// `STGSTRM_CURRENT` (`0x10000000`), valid on input.
    pub const CURRENT: Self = Self::from_bits_retain(0x10000000);
    /// Open the storage for writing too.
    ///
    /// `STGSTRM_MODIFY` (`0x2`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000002);
    /// Start the storage at offset zero (value 0: the default).
    ///
    /// `STGSTRM_RESET` (`0x0`), valid on input.
    pub const RESET: Self = Self::from_bits_retain(0x00000000);
}
/// Flags of `OpenStreamOnFile` and `OpenStreamOnFileW`: `SOF_UNIQUEFILENAME`
/// and the `STGM_*` modes the file is created or opened with. Other `STGM_*`
/// bits are not checked: they are handed to MAPI as given.
pub type OpenStreamOnFileFlags = crate::Flags<OpenStreamOnFileFlagsGroup>;
/// The group of [`OpenStreamOnFileFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum OpenStreamOnFileFlagsGroup {}
impl crate::FlagGroup for OpenStreamOnFileFlagsGroup {
    const IN_MASK: u32 = 0x84001002;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SOF_UNIQUEFILENAME", 0x80000000),
        ("STGM_CREATE", 0x00001000),
        ("STGM_DELETEONRELEASE", 0x04000000),
        ("STGM_READ", 0x00000000),
        ("STGM_READWRITE", 0x00000002),
    ];
}
impl crate::Flags<OpenStreamOnFileFlagsGroup> {
    /// Create a temporary file with a unique name; give `STGM_CREATE` and
    /// `STGM_READWRITE` with it.
    ///
    /// `SOF_UNIQUEFILENAME` (`0x80000000`), valid on input.
    pub const SOF_UNIQUEFILENAME: Self = Self::from_bits_retain(0x80000000);
    /// Create the file, replacing any existing one; needs `STGM_READWRITE`.
    ///
    /// `STGM_CREATE` (`0x1000`), valid on input.
    pub const STGM_CREATE: Self = Self::from_bits_retain(0x00001000);
    /// Delete the file when the stream is released.
    ///
    /// `STGM_DELETEONRELEASE` (`0x4000000`), valid on input.
    pub const STGM_DELETEONRELEASE: Self = Self::from_bits_retain(0x04000000);
    /// Read-only access (value 0: the default).
    ///
    /// `STGM_READ` (`0x0`), valid on input.
    pub const STGM_READ: Self = Self::from_bits_retain(0x00000000);
    /// Read and write access.
    ///
    /// `STGM_READWRITE` (`0x2`), valid on input.
    pub const STGM_READWRITE: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `WrapCompressedRTFStream`.
pub type WrapCompressedRTFStreamFlags = crate::Flags<WrapCompressedRTFStreamFlagsGroup>;
/// The group of [`WrapCompressedRTFStreamFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum WrapCompressedRTFStreamFlagsGroup {}
impl crate::FlagGroup for WrapCompressedRTFStreamFlagsGroup {
    const IN_MASK: u32 = 0x00008001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_MODIFY", 0x00000001),
        ("STORE_UNCOMPRESSED_RTF", 0x00008000),
    ];
}
impl crate::Flags<WrapCompressedRTFStreamFlagsGroup> {
    /// The caller will write the returned stream; the compressed stream must
    /// be open for writing. Without it the returned stream is read-only.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MAPI_MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Store the RTF uncompressed in the underlying stream (for stores that
    /// set this bit in `PR_STORE_SUPPORT_MASK`).
    ///
    /// `STORE_UNCOMPRESSED_RTF` (`0x8000`), valid on input.
    pub const STORE_UNCOMPRESSED_RTF: Self = Self::from_bits_retain(0x00008000);
}
/// Flags of `RTFSync`: which version of the body changed. The other bits
/// are reserved.
pub type RTFSyncFlags = crate::Flags<RTFSyncFlagsGroup>;
/// The group of [`RTFSyncFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum RTFSyncFlagsGroup {}
impl crate::FlagGroup for RTFSyncFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("RTF_SYNC_RTF_CHANGED", 0x00000001),
        ("RTF_SYNC_BODY_CHANGED", 0x00000002),
    ];
}
impl crate::Flags<RTFSyncFlagsGroup> {
    /// The RTF body (`PR_RTF_COMPRESSED`) changed.
    ///
    /// `RTF_SYNC_RTF_CHANGED` (`0x1`), valid on input.
    pub const RTF_CHANGED: Self = Self::from_bits_retain(0x00000001);
    /// The plain text body (`PR_BODY`) changed.
    ///
    /// `RTF_SYNC_BODY_CHANGED` (`0x2`), valid on input.
    pub const BODY_CHANGED: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `WrapStoreEntryID`.
pub type WrapStoreEntryIDFlags = crate::Flags<WrapStoreEntryIDFlagsGroup>;
/// The group of [`WrapStoreEntryIDFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum WrapStoreEntryIDFlagsGroup {}
impl crate::FlagGroup for WrapStoreEntryIDFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<WrapStoreEntryIDFlagsGroup> {
    /// The DLL name is a Unicode string.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `BuildDisplayTable`.
pub type BuildDisplayTableFlags = crate::Flags<BuildDisplayTableFlagsGroup>;
/// The group of [`BuildDisplayTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum BuildDisplayTableFlagsGroup {}
impl crate::FlagGroup for BuildDisplayTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<BuildDisplayTableFlagsGroup> {
    /// The strings of the `DTPAGE` and control structures are Unicode.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `OpenIMsgSession`.
pub type OpenIMsgSessionFlags = crate::Flags<OpenIMsgSessionFlagsGroup>;
/// The group of [`OpenIMsgSessionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum OpenIMsgSessionFlagsGroup {}
impl crate::FlagGroup for OpenIMsgSessionFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<OpenIMsgSessionFlagsGroup> {
    /// Messages of the session are Unicode `.msg` files.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `OpenIMsgOnIStg`.
pub type OpenIMsgOnIStgFlags = crate::Flags<OpenIMsgOnIStgFlagsGroup>;
/// The group of [`OpenIMsgOnIStgFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum OpenIMsgOnIStgFlagsGroup {}
impl crate::FlagGroup for OpenIMsgOnIStgFlagsGroup {
    const IN_MASK: u32 = 0x80000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("IMSG_NO_ISTG_COMMIT", 0x00000001),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<OpenIMsgOnIStgFlagsGroup> {
    /// `SaveChanges` on the message does not commit the storage.
    ///
    /// `IMSG_NO_ISTG_COMMIT` (`0x1`), valid on input.
    pub const IMSG_NO_ISTG_COMMIT: Self = Self::from_bits_retain(0x00000001);
    /// Make a Unicode `.msg` file (`STORE_UNICODE_OK` in its
    /// `PR_STORE_SUPPORT_MASK`); Outlook 2003 and later.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Reads one property of an object with `IMAPIProp::GetProps`.
    ///
    /// There is no partial success: a property the object does not have fails
    /// the call with `MAPI_E_NOT_FOUND`. The caller frees the value with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpMapiProp` (`LPMAPIPROP`, in): The object to read from.
    /// - `ulPropTag` (`ULONG`, in): Tag of the property to read.
    /// - `lppProp` (`LPSPropValue*`, out): Receives the value, allocated with `MAPIAllocateBuffer`.
    pub fn HrGetOneProp(
        lpMapiProp: crate::LPMAPIPROP,
        ulPropTag: crate::ULONG,
        lppProp: *mut crate::LPSPropValue,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Sets or changes one property of an object with `IMAPIProp::SetProps`.
    ///
    /// There is no partial success: a problem with the property fails the call.
    ///
    /// # Parameters
    ///
    /// - `lpMapiProp` (`LPMAPIPROP`, in): The object to change.
    /// - `lpProp` (`LPSPropValue`, in): The property to set, tag and value.
    pub fn HrSetOneProp(
        lpMapiProp: crate::LPMAPIPROP,
        lpProp: crate::LPSPropValue,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns TRUE if the object has a property with the given tag.
    ///
    /// A tag of type `PT_UNSPECIFIED` matches on the property identifier alone.
    ///
    /// # Parameters
    ///
    /// - `lpMapiProp` (`LPMAPIPROP`, in): The object to look in.
    /// - `ulPropTag` (`ULONG`, in): Tag of the property to look for.
    pub fn FPropExists(
        lpMapiProp: crate::LPMAPIPROP,
        ulPropTag: crate::ULONG,
    ) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Finds a property in an array of property values; returns a pointer to
    /// the matching element (not a copy), or null if there is none.
    ///
    /// A tag of type `PT_UNSPECIFIED` matches on the property identifier alone.
    ///
    /// # Parameters
    ///
    /// - `lpPropArray` (`LPSPropValue`, in): The property values to search.
    /// - `cValues` (`ULONG`, in): Number of values in `lpPropArray`.
    /// - `ulPropTag` (`ULONG`, in): Tag of the property to find.
    pub fn PpropFindProp(
        lpPropArray: crate::LPSPropValue,
        cValues: crate::ULONG,
        ulPropTag: crate::ULONG,
    ) -> crate::LPSPropValue;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Finds a property in an array of property values, as `PpropFindProp`
    /// does with its parameters in another order; returns a pointer to the
    /// matching element, or null.
    ///
    /// # Parameters
    ///
    /// - `ulPropTag` (`ULONG`, in): Tag of the property to find.
    /// - `cValues` (`ULONG`, in): Number of values in `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): The property values to search.
    pub fn LpValFindProp(
        ulPropTag: crate::ULONG,
        cValues: crate::ULONG,
        lpPropArray: crate::LPSPropValue,
    ) -> crate::LPSPropValue;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Frees an `ADRLIST` together with every entry's property array.
    ///
    /// Each property array must be its own `MAPIAllocateBuffer` block, as the
    /// `ADRLIST` rules ask: they are freed one by one, then the list itself.
    ///
    /// # Parameters
    ///
    /// - `lpAdrlist` (`LPADRLIST`, in): The address list to free; not usable afterwards.
    pub fn FreePadrlist(lpAdrlist: crate::LPADRLIST);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Frees an `SRowSet` together with every row's property array.
    ///
    /// Each row's property array must be its own `MAPIAllocateBuffer` block,
    /// as the `SRowSet` rules ask: they are freed one by one, then the set itself.
    ///
    /// # Parameters
    ///
    /// - `lpRows` (`LPSRowSet`, in): The row set to free; not usable afterwards.
    pub fn FreeProws(lpRows: crate::LPSRowSet);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Applies columns, a restriction and a sort order to a table, then reads
    /// every row at once.
    ///
    /// Returns `MAPI_E_TABLE_TOO_BIG` when the table holds more rows than
    /// `crowsMax`. Suits small tables (stores, providers); read large ones with
    /// `IMAPITable::QueryRows`. The caller frees the rows with `FreeProws`.
    ///
    /// # Parameters
    ///
    /// - `lpTable` (`LPMAPITABLE`, in): The table to read.
    /// - `lpPropTags` (`LPSPropTagArray`, in): Columns to read; null keeps the table's current column set.
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction limiting the rows; null for none.
    /// - `lpSortOrderSet` (`LPSSortOrderSet`, in): Sort order of the rows; null for the table's default order.
    /// - `crowsMax` (`LONG`, in): Most rows the caller accepts; zero for no limit.
    /// - `lppRows` (`LPSRowSet*`, out): Receives the rows.
    pub fn HrQueryAllRows(
        lpTable: crate::LPMAPITABLE,
        lpPropTags: crate::LPSPropTagArray,
        lpRestriction: crate::LPSRestriction,
        lpSortOrderSet: crate::LPSSortOrderSet,
        crowsMax: crate::LONG,
        lppRows: *mut crate::LPSRowSet,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Puts the given columns first in a table's column set, adding those it
    /// lacks, the table's other columns following; the same as
    /// `HrAddColumnsEx` without a filter.
    ///
    /// # Parameters
    ///
    /// - `lptbl` (`LPMAPITABLE`, in): The table whose columns change.
    /// - `lpproptagColumnsNew` (`LPSPropTagArray`, in): Tags of the columns to add or move to the front.
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`, or a provider's allocator from its initialization.
    /// - `lpFreeBuffer` (`LPFREEBUFFER`, in): `MAPIFreeBuffer`, or a provider's matching free function.
    pub fn HrAddColumns(
        lptbl: crate::LPMAPITABLE,
        lpproptagColumnsNew: crate::LPSPropTagArray,
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lpFreeBuffer: crate::LPFREEBUFFER,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Puts the given columns first in a table's column set, as
    /// `HrAddColumns`, after letting a filter rewrite the columns the table
    /// already has; then sets the result with `IMAPITable::SetColumns`.
    ///
    /// # Parameters
    ///
    /// - `lptbl` (`LPMAPITABLE`, in): The table whose columns change.
    /// - `lpproptagColumnsNew` (`LPSPropTagArray`, in): Tags of the columns to add or move to the front.
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`, or a provider's allocator from its initialization.
    /// - `lpFreeBuffer` (`LPFREEBUFFER`, in): `MAPIFreeBuffer`, or a provider's matching free function.
    /// - `lpfnFilterColumns` (`LPFILTERCOLUMNS`, in): Filter called first with the existing columns; null for none.
    pub fn HrAddColumnsEx(
        lptbl: crate::LPMAPITABLE,
        lpproptagColumnsNew: crate::LPSPropTagArray,
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lpFreeBuffer: crate::LPFREEBUFFER,
        lpfnFilterColumns: LPFILTERCOLUMNS,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns TRUE if two property values stand in the given relation
    /// (`lpSPropValue1 ulRelOp lpSPropValue2`).
    ///
    /// Values of different property types never satisfy it.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValue1` (`LPSPropValue`, in): The left-hand value.
    /// - `ulRelOp` (`ULONG`, in): The relation: a `RELOP_*` value.
    /// - `lpSPropValue2` (`LPSPropValue`, in): The right-hand value.
    pub fn FPropCompareProp(
        lpSPropValue1: crate::LPSPropValue,
        ulRelOp: crate::ULONG,
        lpSPropValue2: crate::LPSPropValue,
    ) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns TRUE if a string or binary property value contains another, as
    /// a content restriction tests it.
    ///
    /// FALSE as well when the values are not both `PT_STRING8` or both `PT_BINARY`.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValueDst` (`LPSPropValue`, in): The value searched in.
    /// - `lpSPropValueSrc` (`LPSPropValue`, in): The value searched for.
    /// - `ulFuzzyLevel` (`ULONG`, in): How to match: `FL_FULLSTRING`, `FL_PREFIX` or `FL_SUBSTRING` in the low word; `FL_IGNORECASE`, `FL_IGNORENONSPACE`, `FL_LOOSE` in the high word (strings only).
    pub fn FPropContainsProp(
        lpSPropValueDst: crate::LPSPropValue,
        lpSPropValueSrc: crate::LPSPropValue,
        ulFuzzyLevel: crate::ULONG,
    ) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Compares two values of the same property type: negative, zero or
    /// positive as the first is less than, equal to or greater than the second.
    ///
    /// For unordered types (Boolean, error) unequal values give some nonzero
    /// value, the same on every call.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValueA` (`LPSPropValue`, in): The first value.
    /// - `lpSPropValueB` (`LPSPropValue`, in): The second value.
    pub fn LPropCompareProp(
        lpSPropValueA: crate::LPSPropValue,
        lpSPropValueB: crate::LPSPropValue,
    ) -> crate::LONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Copies one property value, allocating what does not fit in the
    /// `SPropValue` (strings, binaries, arrays) with `lpfAllocMore` chained to `lpvObject`.
    ///
    /// Returns `MAPI_E_NO_SUPPORT` for an unknown property type.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValueDest` (`LPSPropValue`, out): Receives the copy.
    /// - `lpSPropValueSrc` (`LPSPropValue`, in): The value to copy.
    /// - `lpfAllocMore` (`ALLOCATEMORE*`, in): `MAPIAllocateMore`, or a provider's equivalent.
    /// - `lpvObject` (`LPVOID`, in): The block the copy's data is chained to, freed with it.
    pub fn PropCopyMore(
        lpSPropValueDest: crate::LPSPropValue,
        lpSPropValueSrc: crate::LPSPropValue,
        lpfAllocMore: ::core::option::Option<crate::ALLOCATEMORE>,
        lpvObject: crate::LPVOID,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the size in bytes of a property's value, not counting the rest
    /// of the `SPropValue`.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValue` (`LPSPropValue`, in): The property to measure.
    pub fn UlPropSize(lpSPropValue: crate::LPSPropValue) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns TRUE if two property names are the same: the same GUID, and the
    /// same numeric identifier or (case-sensitively) the same string.
    ///
    /// # Parameters
    ///
    /// - `lpName1` (`LPMAPINAMEID`, in): The first name.
    /// - `lpName2` (`LPMAPINAMEID`, in): The second name.
    pub fn FEqualNames(
        lpName1: crate::LPMAPINAMEID,
        lpName2: crate::LPMAPINAMEID,
    ) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks an array of property values and computes the bytes a copy
    /// of it in one block (`ScCopyProps`) takes.
    ///
    /// Returns `MAPI_E_INVALID_PARAMETER` for a property with identifier
    /// `PROP_ID_NULL` or `PROP_ID_INVALID`, or a multivalued property without values.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`long`, in): Number of values in `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): The values to measure; need not start the caller's array.
    /// - `lpcb` (`ULONG*`, out): Receives the size in bytes; null to check the values only.
    pub fn ScCountProps(
        cValues: i32,
        lpPropArray: crate::LPSPropValue,
        lpcb: *mut crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Copies an array of property values and everything they point to into
    /// one caller-supplied block, keeping their order; the copy's pointers
    /// point into the block.
    ///
    /// Returns `MAPI_E_INVALID_PARAMETER` for an unknown property type.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`long`, in): Number of values in `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): The values to copy.
    /// - `lpvDst` (`LPVOID`, in): The block written to, at least as large as `ScCountProps` says.
    /// - `lpcb` (`ULONG*`, out): Receives the bytes written; may be null.
    pub fn ScCopyProps(
        cValues: i32,
        lpPropArray: crate::LPSPropValue,
        lpvDst: crate::LPVOID,
        lpcb: *mut crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Rebases the pointers of a property value array copied in one block
    /// (`ScCopyProps`) after the block moved, or to and from a stored form.
    ///
    /// Returns `MAPI_E_INVALID_PARAMETER` for an unknown property type.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`long`, in): Number of values in `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in, out): The values whose pointers are adjusted in place.
    /// - `lpvBaseOld` (`LPVOID`, in): The address the block had when the pointers were written.
    /// - `lpvBaseNew` (`LPVOID`, in): The address the pointers are rebased to.
    /// - `lpcb` (`ULONG*`, out): Receives the size of the block in bytes; may be null.
    pub fn ScRelocProps(
        cValues: i32,
        lpPropArray: crate::LPSPropValue,
        lpvBaseOld: crate::LPVOID,
        lpvBaseNew: crate::LPVOID,
        lpcb: *mut crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Copies an array of property values into one new block from
    /// `lpAllocateBuffer`, as `ScCountProps` then `ScCopyProps` would.
    ///
    /// The caller frees the copy with the free function matching `lpAllocateBuffer`.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`long`, in): Number of values in `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): The values to copy.
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`, or a provider's allocator.
    /// - `lppPropArray` (`LPSPropValue*`, out): Receives the copy, `cValues` values in one block.
    pub fn ScDupPropset(
        cValues: i32,
        lpPropArray: crate::LPSPropValue,
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lppPropArray: *mut crate::LPSPropValue,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks an array of notifications and computes the bytes a copy of it in
    /// one block (`ScCopyNotifications`) takes.
    ///
    /// Returns `MAPI_E_INVALID_PARAMETER` for an invalid notification.
    ///
    /// # Parameters
    ///
    /// - `cNotifications` (`long`, in): Number of notifications in `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in): The notifications to measure.
    /// - `lpcb` (`ULONG*`, out): Receives the size in bytes; null to check the notifications only.
    pub fn ScCountNotifications(
        cNotifications: i32,
        lpNotifications: crate::LPNOTIFICATION,
        lpcb: *mut crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Copies an array of notifications and everything they point to into one
    /// caller-supplied block, to keep them after `OnNotify` returns.
    ///
    /// Returns `E_INVALIDARG` for an invalid notification.
    ///
    /// # Parameters
    ///
    /// - `cNotification` (`long`, in): Number of notifications in `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in): The notifications to copy.
    /// - `lpvDst` (`LPVOID`, in): The block written to, at least as large as `ScCountNotifications` says.
    /// - `lpcb` (`ULONG*`, out): Receives the bytes written; may be null.
    pub fn ScCopyNotifications(
        cNotification: i32,
        lpNotifications: crate::LPNOTIFICATION,
        lpvDst: crate::LPVOID,
        lpcb: *mut crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Rebases the pointers of a notification array copied in one block
    /// (`ScCopyNotifications`) after the block moved.
    ///
    /// Returns `MAPI_E_INVALID_PARAMETER` for an invalid notification.
    ///
    /// # Parameters
    ///
    /// - `cNotification` (`long`, in): Number of notifications in `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in, out): The notifications whose pointers are adjusted in place.
    /// - `lpvBaseOld` (`LPVOID`, in): The address the block had when the pointers were written.
    /// - `lpvBaseNew` (`LPVOID`, in): The address the pointers are rebased to.
    /// - `lpcb` (`ULONG*`, out): Receives the size of the block in bytes; may be null.
    pub fn ScRelocNotifications(
        cNotification: i32,
        lpNotifications: crate::LPNOTIFICATION,
        lpvBaseOld: crate::LPVOID,
        lpvBaseNew: crate::LPVOID,
        lpcb: *mut crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Calls `IUnknown::AddRef` on an interface pointer and returns the new
    /// reference count.
    ///
    /// # Parameters
    ///
    /// - `lpunk` (`LPVOID`, in): The interface, any MAPI interface.
    pub fn UlAddRef(lpunk: crate::LPVOID) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Calls `IUnknown::Release` on an interface pointer and returns what it
    /// returns; with null, does nothing.
    ///
    /// # Parameters
    ///
    /// - `lpunk` (`LPVOID`, in): The interface to release, or null.
    pub fn UlRelease(lpunk: crate::LPVOID) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Decodes a string of hexadecimal digit pairs into bytes.
    ///
    /// Returns FALSE if the string holds anything but hexadecimal digits.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPSTR`, in): The hexadecimal digits, either case.
    /// - `lpb` (`LPBYTE`, out): Receives the bytes: room for half the string's length is needed.
    pub fn FBinFromHex(lpsz: crate::LPSTR, lpb: crate::LPBYTE) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Decodes a string of hexadecimal digit pairs into a buffer of known size.
    ///
    /// Returns `MAPI_E_CALL_FAILED` if the string holds a non-hexadecimal character.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPSTR`, in): The hexadecimal digits, either case.
    /// - `lpb` (`LPBYTE`, out): Receives the bytes.
    /// - `cb` (`ULONG`, in): Size of `lpb` in bytes.
    pub fn ScBinFromHexBounded(
        lpsz: crate::LPSTR,
        lpb: crate::LPBYTE,
        cb: crate::ULONG,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Encodes bytes as hexadecimal digits, two uppercase digits per byte,
    /// followed by a terminating null.
    ///
    /// # Parameters
    ///
    /// - `lpb` (`LPBYTE`, in): The bytes to encode.
    /// - `cb` (`long`, in): Number of bytes in `lpb`.
    /// - `lpsz` (`LPSTR`, out): Receives the digits: room for `2 * cb + 1` characters is needed.
    pub fn HexFromBin(lpb: crate::LPBYTE, cb: i32, lpsz: crate::LPSTR);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Reads the hexadecimal digits at the start of a string as a number,
    /// stopping at the first other character; zero if it starts with none.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPCSTR`, in): The string, at most 65536 characters.
    pub fn UlFromSzHex(lpsz: crate::LPCSTR) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Rebuilds an entry identifier from its text form (`HrSzFromEntryID`).
    ///
    /// Returns `MAPI_E_INVALID_ENTRYID` if the text is not a valid encoding.
    /// The caller frees the identifier with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPSTR`, in): The encoded identifier.
    /// - `lpcb` (`ULONG*`, out): Receives the size of the identifier in bytes.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the identifier.
    pub fn HrEntryIDFromSz(
        lpsz: crate::LPSTR,
        lpcb: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Encodes an entry identifier as an 8-bit string, read back with
    /// `HrEntryIDFromSz`.
    ///
    /// The caller frees the string with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `cb` (`ULONG`, in): Size of the identifier in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): The identifier to encode.
    /// - `lpsz` (`LPSTR*`, out): Receives the string.
    pub fn HrSzFromEntryID(
        cb: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpsz: *mut crate::LPSTR,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns a pointer to the first occurrence of a character in a string,
    /// or null if it does not occur (or the string is null); exact, case-sensitive match.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPCSTR`, in): The string to search.
    /// - `ch` (`USHORT`, in): The character to find.
    pub fn SzFindCh(lpsz: crate::LPCSTR, ch: crate::USHORT) -> crate::LPSTR;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns a pointer to the last occurrence of a character in a string,
    /// or null if it does not occur (or the string is null); exact, case-sensitive match.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPCSTR`, in): The string to search.
    /// - `ch` (`USHORT`, in): The character to find.
    pub fn SzFindLastCh(lpsz: crate::LPCSTR, ch: crate::USHORT) -> crate::LPSTR;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns a pointer to the first occurrence of a substring in a string, or
    /// null if it does not occur or either string is null; exact, case-sensitive match.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPCSTR`, in): The string to search, at most 65536 characters.
    /// - `lpszKey` (`LPCSTR`, in): The substring to find, at most 65536 characters.
    pub fn SzFindSz(lpsz: crate::LPCSTR, lpszKey: crate::LPCSTR) -> crate::LPSTR;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Reads the decimal digits at the start of a string as a number, stopping
    /// at the first other character; zero if it starts with none.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPCSTR`, in): The string, at most 65536 characters.
    pub fn UFromSz(lpsz: crate::LPCSTR) -> crate::UINT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the sum of two unsigned 64-bit integers.
    ///
    /// # Parameters
    ///
    /// - `ftAddend1` (`FILETIME`, in): The first addend.
    /// - `ftAddend2` (`FILETIME`, in): The second addend.
    pub fn FtAddFt(
        ftAddend1: crate::FILETIME,
        ftAddend2: crate::FILETIME,
    ) -> crate::FILETIME;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the 64-bit product of two unsigned 32-bit integers.
    ///
    /// # Parameters
    ///
    /// - `ftMultiplicand` (`DWORD`, in): The number multiplied.
    /// - `ftMultiplier` (`DWORD`, in): The number it is multiplied by.
    pub fn FtMulDwDw(
        ftMultiplicand: crate::DWORD,
        ftMultiplier: crate::DWORD,
    ) -> crate::FILETIME;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the product of an unsigned 64-bit integer and an unsigned 32-bit one.
    ///
    /// # Parameters
    ///
    /// - `ftMultiplier` (`DWORD`, in): The 32-bit multiplier.
    /// - `ftMultiplicand` (`FILETIME`, in): The 64-bit number multiplied.
    pub fn FtMulDw(
        ftMultiplier: crate::DWORD,
        ftMultiplicand: crate::FILETIME,
    ) -> crate::FILETIME;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the difference `ftMinuend - ftSubtrahend` of two unsigned 64-bit integers.
    ///
    /// # Parameters
    ///
    /// - `ftMinuend` (`FILETIME`, in): The number subtracted from.
    /// - `ftSubtrahend` (`FILETIME`, in): The number subtracted.
    pub fn FtSubFt(
        ftMinuend: crate::FILETIME,
        ftSubtrahend: crate::FILETIME,
    ) -> crate::FILETIME;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns the two's complement (the negation) of an unsigned 64-bit integer.
    ///
    /// # Parameters
    ///
    /// - `ft` (`FILETIME`, in): The number to negate.
    pub fn FtNegFt(ft: crate::FILETIME) -> crate::FILETIME;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks every string of an array of Unicode strings; TRUE if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `lppszW` (`LPWSTR*`, in): The strings, null-terminated.
    /// - `cStrings` (`ULONG`, in): Number of strings in `lppszW`.
    pub fn FBadRglpszW(
        lppszW: *mut crate::LPWSTR,
        cStrings: crate::ULONG,
    ) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a row set and each of its rows; TRUE if the set or a row is invalid.
    ///
    /// # Parameters
    ///
    /// - `lpRowSet` (`LPSRowSet`, in): The row set; null counts as invalid.
    pub fn FBadRowSet(lpRowSet: crate::LPSRowSet) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks an array of property names and their allocation, as before
    /// `GetIDsFromNames`; TRUE if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `lppNameId` (`LPMAPINAMEID*`, in): The names.
    /// - `cNames` (`ULONG`, in): Number of names in `lppNameId`.
    pub fn FBadRglpNameID(
        lppNameId: *mut crate::LPMAPINAMEID,
        cNames: crate::ULONG,
    ) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a list of entry identifiers (sizes, allocation); TRUE if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): The list to check.
    pub fn FBadEntryList(lpEntryList: crate::LPENTRYLIST) -> crate::BOOL;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a restriction and all its subrestrictions, as before
    /// `IMAPITable::Restrict` or `FindRow`; TRUE if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `lpres` (`LPSRestriction`, in): The restriction to check.
    pub fn FBadRestriction(lpres: crate::LPSRestriction) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks that a property tag has a MAPI property type, one its identifier
    /// may have; TRUE if it does not.
    ///
    /// # Parameters
    ///
    /// - `ulPropTag` (`ULONG`, in): The tag to check.
    pub fn FBadPropTag(ulPropTag: crate::ULONG) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a table row; TRUE if it is invalid.
    ///
    /// # Parameters
    ///
    /// - `lprow` (`LPSRow`, in): The row to check.
    pub fn FBadRow(lprow: crate::LPSRow) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a property value according to its type (a Boolean is TRUE or
    /// FALSE, a binary's pointer and size are readable); TRUE if it is invalid.
    ///
    /// # Parameters
    ///
    /// - `lpprop` (`LPSPropValue`, in): The property to check.
    pub fn FBadProp(lpprop: crate::LPSPropValue) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a sort order set and its allocation, as before
    /// `IMAPITable::SortTable`; TRUE if it is invalid.
    ///
    /// # Parameters
    ///
    /// - `lpsos` (`LPSSortOrderSet`, in): The sort order set to check.
    pub fn FBadSortOrderSet(lpsos: crate::LPSSortOrderSet) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks a column set for `IMAPITable::SetColumns`; TRUE if it is
    /// invalid. `PT_ERROR` columns are invalid, `PT_NULL` ones valid.
    ///
    /// # Parameters
    ///
    /// - `lpptaCols` (`LPSPropTagArray`, in): The column tags to check.
    pub fn FBadColumnSet(lpptaCols: crate::LPSPropTagArray) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks the arguments of an interface method from C++, behind the
    /// `ValidateParameters` macros on x86: reads them on the stack from the
    /// first one on. Returns `MAPI_E_CALL_FAILED` if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `eMethod` (`METHODS`, in): The method whose arguments are checked.
    /// - `ppFirst` (`LPVOID`, in): Address of the method's first argument on the stack.
    pub fn __CPPValidateParameters(
        eMethod: crate::METHODS,
        ppFirst: crate::LPVOID,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks the arguments of an interface method from C, behind the
    /// `ValidateParameters` macros on x86: reads them on the stack from the
    /// object pointer on. Returns `MAPI_E_CALL_FAILED` if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `eMethod` (`METHODS`, in): The method whose arguments are checked.
    /// - `ppThis` (`LPVOID`, in): Address of the object pointer (`This`), the first argument on the stack.
    pub fn __ValidateParameters(
        eMethod: crate::METHODS,
        ppThis: crate::LPVOID,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks that an 8-bit string is readable up to its terminating null and
    /// fits, null included, in `cchMax` characters; returns zero if so,
    /// nonzero otherwise (also for a null pointer).
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`const void*`, in): The string to check.
    /// - `cchMax` (`UINT`, in): The most characters the string may take, its terminating null included.
    pub fn IsBadBoundedStringPtr(
        lpsz: *const ::core::ffi::c_void,
        cchMax: crate::UINT,
    ) -> crate::BOOL;
}
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Checks the arguments of an interface method, behind the
    /// `ValidateParms` macros on x86: the caller copies the arguments after
    /// the object pointer into an array of 32-bit slots.
    ///
    /// Returns `MAPI_E_CALL_FAILED` if one is invalid.
    ///
    /// # Parameters
    ///
    /// - `eMethod` (`METHODS`, in): The method whose arguments are checked.
    /// - `ppFirstArg` (`LPVOID*`, in): The array holding the method's arguments.
    pub fn HrValidateParameters(
        eMethod: crate::METHODS,
        ppFirstArg: *mut crate::LPVOID,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Allocates a block of MAPI memory.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_ENOUGH_MEMORY`. Free the block, and
    /// every block chained to it with `MAPIAllocateMore`, with one
    /// `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `cbSize` (`ULONG`, in): The size of the block, in bytes.
    /// - `lppBuffer` (`LPVOID*`, out): Receives the block.
    pub fn MAPIAllocateBuffer(
        cbSize: crate::ULONG,
        lppBuffer: *mut crate::LPVOID,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Allocates a block of MAPI memory chained to a block from
    /// `MAPIAllocateBuffer`; it cannot be freed alone, only with that block.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_ENOUGH_MEMORY`.
    ///
    /// # Parameters
    ///
    /// - `cbSize` (`ULONG`, in): The size of the block, in bytes.
    /// - `lpObject` (`LPVOID`, in): The block from `MAPIAllocateBuffer` the new block is freed with.
    /// - `lppBuffer` (`LPVOID*`, out): Receives the block.
    pub fn MAPIAllocateMore(
        cbSize: crate::ULONG,
        lpObject: crate::LPVOID,
        lppBuffer: *mut crate::LPVOID,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Frees a block from `MAPIAllocateBuffer` and every block chained to it
    /// with `MAPIAllocateMore`. A null pointer is ignored; the pointer is
    /// invalid afterwards. Returns zero (`S_OK`).
    ///
    /// # Parameters
    ///
    /// - `lpBuffer` (`LPVOID`, in): The block to free, or null.
    pub fn MAPIFreeBuffer(lpBuffer: crate::LPVOID) -> crate::ULONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Returns MAPI's default `IMalloc` allocator, which `OpenIMsgSession`
    /// and `OpenIMsgOnIStg` take. It is a shared object; release the pointer
    /// once when done with it.
    pub fn MAPIGetDefaultMalloc() -> crate::LPMALLOC;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Initializes the utility functions alone, for a client that needs
    /// them without the rest of MAPI (`MAPIInitialize`).
    ///
    /// Returns `S_OK`. Match each successful call with `DeinitMapiUtil`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub fn ScInitMapiUtil(ulFlags: crate::ULONG) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Releases what `ScInitMapiUtil` set up. `MAPIUninitialize` calls it
    /// for the utilities `MAPIInitialize` set up.
    pub fn DeinitMapiUtil();
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Starts the idle engine for the calling application; call it before
    /// any other idle engine function.
    ///
    /// Returns zero on success, 1 on failure. Further calls only count a
    /// reference; match each with `MAPIDeinitIdle`.
    ///
    /// # Parameters
    ///
    /// - `lpvReserved` (`LPVOID`, in): Reserved; must be null.
    pub fn MAPIInitIdle(lpvReserved: crate::LPVOID) -> crate::LONG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Stops the idle engine for the calling application, matching one
    /// `MAPIInitIdle`.
    pub fn MAPIDeinitIdle();
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Registers an idle routine with the idle engine.
    ///
    /// Returns the function tag naming the routine, or null when it cannot
    /// be registered (out of memory, for one).
    ///
    /// # Parameters
    ///
    /// - `lpfnIdle` (`PFNIDLE`, in): The idle routine.
    /// - `lpvIdleParam` (`LPVOID`, in): The caller's data, passed to the routine at each call.
    /// - `priIdle` (`short`, in): The priority: positive runs before user events in the message loop, negative only when idle; zero (`PRIUSER`) is not for routines.
    /// - `csecIdle` (`ULONG`, in): A time in hundredths of a second, read as `iroIdle` says (`FIROWAIT` or `FIROINTERVAL`).
    /// - `iroIdle` (`USHORT`, in): Options: `FIROWAIT`, `FIROINTERVAL`, `FIRODISABLED` (`IRONULL` for none).
    pub fn FtgRegisterIdleRoutine(
        lpfnIdle: PFNIDLE,
        lpvIdleParam: crate::LPVOID,
        priIdle: i16,
        csecIdle: crate::ULONG,
        iroIdle: crate::USHORT,
    ) -> FTG;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Removes a registered idle routine; the engine will not call it again.
    /// A routine may remove itself. The caller frees the parameter block it
    /// registered the routine with.
    ///
    /// # Parameters
    ///
    /// - `ftg` (`FTG`, in): The routine's function tag, from `FtgRegisterIdleRoutine`.
    pub fn DeregisterIdleRoutine(ftg: FTG);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Enables or disables a registered idle routine without removing it.
    ///
    /// # Parameters
    ///
    /// - `ftg` (`FTG`, in): The routine's function tag, from `FtgRegisterIdleRoutine`.
    /// - `fEnable` (`BOOL`, in): TRUE to enable the routine, FALSE to disable it.
    pub fn EnableIdleRoutine(ftg: FTG, fEnable: crate::BOOL);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Changes some of the settings of a registered idle routine: those
    /// `ircIdle` names; the other arguments are ignored.
    ///
    /// # Parameters
    ///
    /// - `ftg` (`FTG`, in): The routine's function tag, from `FtgRegisterIdleRoutine`.
    /// - `lpfnIdle` (`PFNIDLE`, in): The new routine (with `FIRCPFN`).
    /// - `lpvIdleParam` (`LPVOID`, in): The new parameter block (with `FIRCPV`).
    /// - `priIdle` (`short`, in): The new priority (with `FIRCPRI`).
    /// - `csecIdle` (`ULONG`, in): The new time, in hundredths of a second (with `FIRCCSEC`).
    /// - `iroIdle` (`USHORT`, in): The new options, `FIROWAIT` or `FIROINTERVAL` (with `FIRCIRO`).
    /// - `ircIdle` (`USHORT`, in): Which settings change: any of `FIRCPFN`, `FIRCPV`, `FIRCPRI`, `FIRCCSEC`, `FIRCIRO`.
    pub fn ChangeIdleRoutine(
        ftg: FTG,
        lpfnIdle: PFNIDLE,
        lpvIdleParam: crate::LPVOID,
        priIdle: i16,
        csecIdle: crate::ULONG,
        iroIdle: crate::USHORT,
        ircIdle: crate::USHORT,
    );
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Creates an empty property data object (`IPropData`), a property
    /// object whose properties live in memory.
    ///
    /// Returns `S_OK`, or `MAPI_E_INTERFACE_NOT_SUPPORTED` for another
    /// interface. The caller releases the object.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): `IID_IMAPIPropData`, or null for the same.
    /// - `lpAllocateBuffer` (`ALLOCATEBUFFER*`, in): `MAPIAllocateBuffer`, or the provider's copy of it.
    /// - `lpAllocateMore` (`ALLOCATEMORE*`, in): `MAPIAllocateMore`, or the provider's copy of it.
    /// - `lpFreeBuffer` (`FREEBUFFER*`, in): `MAPIFreeBuffer`, or the provider's copy of it.
    /// - `lpvReserved` (`LPVOID`, in): Reserved; must be null.
    /// - `lppPropData` (`LPPROPDATA*`, out): Receives the property data object.
    pub fn CreateIProp(
        lpInterface: crate::LPCIID,
        lpAllocateBuffer: ::core::option::Option<crate::ALLOCATEBUFFER>,
        lpAllocateMore: ::core::option::Option<crate::ALLOCATEMORE>,
        lpFreeBuffer: ::core::option::Option<crate::FREEBUFFER>,
        lpvReserved: crate::LPVOID,
        lppPropData: *mut LPPROPDATA,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Creates an empty table data object (`ITableData`), which holds rows
    /// in memory and hands out table views of them.
    ///
    /// Returns `S_OK`. The caller releases the object.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): `IID_IMAPITableData`, or null for the same.
    /// - `lpAllocateBuffer` (`ALLOCATEBUFFER*`, in): `MAPIAllocateBuffer`, or the provider's copy of it.
    /// - `lpAllocateMore` (`ALLOCATEMORE*`, in): `MAPIAllocateMore`, or the provider's copy of it.
    /// - `lpFreeBuffer` (`FREEBUFFER*`, in): `MAPIFreeBuffer`, or the provider's copy of it.
    /// - `lpvReserved` (`LPVOID`, in): Reserved; must be null.
    /// - `ulTableType` (`ULONG`, in): The table type views report in `IMAPITable::GetStatus`: `TBLTYPE_SNAPSHOT`, `TBLTYPE_KEYSET` or `TBLTYPE_DYNAMIC`.
    /// - `ulPropTagIndexColumn` (`ULONG`, in): The tag of the index column, whose value tells rows apart.
    /// - `lpSPropTagArrayColumns` (`LPSPropTagArray`, in): The columns of the table.
    /// - `lppTableData` (`LPTABLEDATA*`, out): Receives the table data object.
    pub fn CreateTable(
        lpInterface: crate::LPCIID,
        lpAllocateBuffer: ::core::option::Option<crate::ALLOCATEBUFFER>,
        lpAllocateMore: ::core::option::Option<crate::ALLOCATEMORE>,
        lpFreeBuffer: ::core::option::Option<crate::FREEBUFFER>,
        lpvReserved: crate::LPVOID,
        ulTableType: crate::ULONG,
        ulPropTagIndexColumn: crate::ULONG,
        lpSPropTagArrayColumns: crate::LPSPropTagArray,
        lppTableData: *mut LPTABLEDATA,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Builds a display table (for a provider's property sheets) from
    /// `DTPAGE` descriptions and the dialog resources they name.
    ///
    /// Titles and labels are read from the resources and override those in
    /// the structures. Returns `S_OK`. The caller releases the table and, if
    /// it asked for it, the table data object, through which rows can still
    /// be changed.
    ///
    /// # Parameters
    ///
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`, or the provider's copy of it.
    /// - `lpAllocateMore` (`LPALLOCATEMORE`, in): `MAPIAllocateMore`, or the provider's copy of it.
    /// - `lpFreeBuffer` (`LPFREEBUFFER`, in): `MAPIFreeBuffer`, or the provider's copy of it.
    /// - `lpMalloc` (`LPMALLOC`, in): Unused; pass null.
    /// - `hInstance` (`HINSTANCE`, in): The module holding the dialog resources.
    /// - `cPages` (`UINT`, in): How many pages `lpPage` holds.
    /// - `lpPage` (`LPDTPAGE`, in): The pages.
    /// - `ulFlags` (`ULONG`, in): `MAPI_UNICODE` when the structures' strings are Unicode.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the display table.
    /// - `lppTblData` (`LPTABLEDATA*`, out): Receives the table data object behind the table; null if the caller does not want it.
    pub fn BuildDisplayTable(
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lpAllocateMore: crate::LPALLOCATEMORE,
        lpFreeBuffer: crate::LPFREEBUFFER,
        lpMalloc: crate::LPMALLOC,
        hInstance: crate::HINSTANCE,
        cPages: crate::UINT,
        lpPage: LPDTPAGE,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
        lppTblData: *mut LPTABLEDATA,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Builds a structured storage (`IStorage`) on a stream or a byte array
    /// object, as message stores do for attachments.
    ///
    /// Returns `S_OK`. The caller releases the storage.
    ///
    /// # Parameters
    ///
    /// - `lpUnkIn` (`LPUNKNOWN`, in): The object implementing `IStream` or `ILockBytes`.
    /// - `lpInterface` (`LPCIID`, in): `IID_IStream`, `IID_ILockBytes`, or null for `IStream`.
    /// - `ulFlags` (`ULONG`, in): Creation, access and starting position.
    /// - `lppStorageOut` (`LPSTORAGE*`, out): Receives the storage.
    pub fn HrIStorageFromStream(
        lpUnkIn: crate::LPUNKNOWN,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppStorageOut: *mut crate::LPSTORAGE,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Opens a stream (`IStream`) on a file named in 8-bit characters, or
    /// on a new temporary file.
    ///
    /// With `SOF_UNIQUEFILENAME` it creates `<prefix>HHHH.TMP` in the
    /// directory `lpszFileName` names (the temporary directory if null);
    /// without it, the file `lpszFileName` names is opened or created as
    /// the `STGM_*` flags say. Returns `S_OK`, `MAPI_E_NO_ACCESS` or
    /// `MAPI_E_NOT_FOUND`. The caller releases the stream.
    ///
    /// # Parameters
    ///
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`, or the provider's copy of it.
    /// - `lpFreeBuffer` (`LPFREEBUFFER`, in): `MAPIFreeBuffer`, or the provider's copy of it.
    /// - `ulFlags` (`ULONG`, in): `SOF_UNIQUEFILENAME` and the `STGM_*` modes.
    /// - `lpszFileName` (`LPSTR`, in): The file's path, or with `SOF_UNIQUEFILENAME` its directory; null for a temporary file (with `STGM_CREATE | STGM_DELETEONRELEASE`).
    /// - `lpszPrefix` (`LPSTR`, in): With `SOF_UNIQUEFILENAME`, up to three characters starting the file name; null for `SOF`.
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream.
    pub fn OpenStreamOnFile(
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lpFreeBuffer: crate::LPFREEBUFFER,
        ulFlags: crate::ULONG,
        lpszFileName: crate::LPSTR,
        lpszPrefix: crate::LPSTR,
        lppStream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Wraps a stream opened on `PR_RTF_COMPRESSED` in one that reads or
    /// writes the RTF uncompressed.
    ///
    /// The compressed stream must be at its start. The returned stream is
    /// read or written whole, from the start: it does not support `Seek`,
    /// `SetSize`, `Stat`, `Clone`, `Revert`, `LockRegion` or
    /// `UnlockRegion`. Returns `S_OK`. The caller releases it.
    ///
    /// # Parameters
    ///
    /// - `lpCompressedRTFStream` (`LPSTREAM`, in): The stream on `PR_RTF_COMPRESSED`; open for writing with `MAPI_MODIFY`.
    /// - `ulFlags` (`ULONG`, in): `MAPI_MODIFY` to write, `STORE_UNCOMPRESSED_RTF` to store it uncompressed.
    /// - `lpUncompressedRTFStream` (`LPSTREAM*`, out): Receives the uncompressed stream.
    pub fn WrapCompressedRTFStream(
        lpCompressedRTFStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
        lpUncompressedRTFStream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Brings the RTF and plain text bodies of a message back in step after
    /// one of them changed.
    ///
    /// Call it with `RTF_SYNC_BODY_CHANGED` before reading
    /// `PR_RTF_COMPRESSED` when `PR_RTF_IN_SYNC` is missing or false. When
    /// it reports an update, save the message (`SaveChanges`) to keep it.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message.
    /// - `ulFlags` (`ULONG`, in): Which body changed.
    /// - `lpfMessageUpdated` (`BOOL*`, out): Receives TRUE if the message was updated.
    pub fn RTFSync(
        lpMessage: crate::LPMESSAGE,
        ulFlags: crate::ULONG,
        lpfMessageUpdated: *mut crate::BOOL,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Wraps a message store's private entry identifier into the form MAPI
    /// and clients use, which names the store provider's DLL.
    ///
    /// Stores expose the wrapped form in `PR_ENTRYID` and `PR_STORE_ENTRYID`
    /// and in profile sections. Returns `S_OK`. Free the result with
    /// `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): `MAPI_UNICODE` when the DLL name is Unicode.
    /// - `lpszDLLName` (`LPTSTR`, in): The name of the store provider's DLL.
    /// - `cbOrigEntry` (`ULONG`, in): The size of the private entry identifier, in bytes.
    /// - `lpOrigEntry` (`LPENTRYID`, in): The private entry identifier.
    /// - `lpcbWrappedEntry` (`ULONG*`, out): Receives the size of the wrapped entry identifier, in bytes.
    /// - `lppWrappedEntry` (`LPENTRYID*`, out): Receives the wrapped entry identifier.
    pub fn WrapStoreEntryID(
        ulFlags: crate::ULONG,
        lpszDLLName: crate::LPTSTR,
        cbOrigEntry: crate::ULONG,
        lpOrigEntry: crate::LPENTRYID,
        lpcbWrappedEntry: *mut crate::ULONG,
        lppWrappedEntry: *mut crate::LPENTRYID,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Wraps an advise sink so that its `OnNotify` runs on the calling
    /// thread, during MAPI calls or Windows message processing, whatever
    /// thread the notification comes from.
    ///
    /// Returns `S_OK`. The caller releases the wrapper.
    ///
    /// # Parameters
    ///
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): The advise sink to wrap.
    /// - `lppAdviseSink` (`LPMAPIADVISESINK*`, out): Receives the wrapping advise sink.
    pub fn HrThisThreadAdviseSink(
        lpAdviseSink: crate::LPMAPIADVISESINK,
        lppAdviseSink: *mut crate::LPMAPIADVISESINK,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Makes an advise sink whose `OnNotify` calls a function with a
    /// context value.
    ///
    /// MAPI may call it on another thread; clients are better off writing
    /// their own sinks. Returns `S_OK`. The caller releases the sink.
    ///
    /// # Parameters
    ///
    /// - `lpfnCallback` (`LPNOTIFCALLBACK`, in): The function the sink calls with each batch of notifications.
    /// - `lpvContext` (`LPVOID`, in): The caller's value, passed to the function at each call.
    /// - `lppAdviseSink` (`LPMAPIADVISESINK*`, out): Receives the advise sink.
    pub fn HrAllocAdviseSink(
        lpfnCallback: crate::LPNOTIFCALLBACK,
        lpvContext: crate::LPVOID,
        lppAdviseSink: *mut crate::LPMAPIADVISESINK,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Delivers at once every notification MAPI has queued, without waiting
    /// for the message loop.
    ///
    /// Returns `S_OK`, `MAPI_E_USER_CANCEL` when `WM_QUIT`,
    /// `WM_QUERYENDSESSION` or `WM_ENDSESSION` arrived, or
    /// `MAPI_E_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub fn HrDispatchNotifications(ulFlags: crate::ULONG) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Makes a conversation index (`PR_CONVERSATION_INDEX`): a new one for
    /// a new thread, or one for a reply to the message with the given index.
    ///
    /// Returns `S_OK`. Free the index with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `cbParent` (`ULONG`, in): The size of the parent index, in bytes; zero for a new conversation.
    /// - `lpbParent` (`LPBYTE`, in): The parent message's index; null when `cbParent` is zero.
    /// - `lpcbConvIndex` (`ULONG*`, out): Receives the size of the new index, in bytes.
    /// - `lppbConvIndex` (`LPBYTE*`, out): Receives the new index.
    pub fn ScCreateConversationIndex(
        cbParent: crate::ULONG,
        lpbParent: crate::LPBYTE,
        lpcbConvIndex: *mut crate::ULONG,
        lppbConvIndex: *mut crate::LPBYTE,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Finds the local path (`drive:\path`) of a UNC path
    /// (`\\server\share\path`).
    ///
    /// Returns `S_OK`, `S_FALSE` when the path was already local,
    /// `MAPI_E_TOO_BIG` when the buffer is too small, or `MAPI_E_NOT_FOUND`.
    ///
    /// # Parameters
    ///
    /// - `lpszUNC` (`LPSTR`, in): The UNC path.
    /// - `lpszLocal` (`LPSTR`, out): The caller's buffer, which receives the local path.
    /// - `cchLocal` (`UINT`, in): The size of the buffer, in characters.
    pub fn ScLocalPathFromUNC(
        lpszUNC: crate::LPSTR,
        lpszLocal: crate::LPSTR,
        cchLocal: crate::UINT,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Finds the UNC path (`\\server\share\path`) of a local path
    /// (`drive:\path`).
    ///
    /// Returns `S_OK`, `S_FALSE` when the path was already UNC,
    /// `MAPI_E_TOO_BIG` when the buffer is too small, or
    /// `MAPI_E_INVALID_PARAMETER`.
    ///
    /// # Parameters
    ///
    /// - `lpszLocal` (`LPSTR`, in): The local path.
    /// - `lpszUNC` (`LPSTR`, out): The caller's buffer, which receives the UNC path.
    /// - `cchUNC` (`UINT`, in): The size of the buffer, in characters.
    pub fn ScUNCFromLocalPath(
        lpszLocal: crate::LPSTR,
        lpszUNC: crate::LPSTR,
        cchUNC: crate::UINT,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Opens a message session, which tracks the messages `OpenIMsgOnIStg`
    /// opens in it so that `CloseIMsgSession` closes them all.
    ///
    /// Returns `S_OK`, `MAPI_E_INVALID_PARAMETER` for a null allocator or
    /// out-pointer, or `MAPI_E_UNKNOWN_FLAGS`.
    ///
    /// # Parameters
    ///
    /// - `lpMalloc` (`LPMALLOC`, in): The OLE allocator used with the storages (`MAPIGetDefaultMalloc`).
    /// - `ulFlags` (`ULONG`, in): `MAPI_UNICODE` for Unicode `.msg` files.
    /// - `lppMsgSess` (`LPMSGSESS*`, out): Receives the session.
    pub fn OpenIMsgSession(
        lpMalloc: crate::LPMALLOC,
        ulFlags: crate::ULONG,
        lppMsgSess: *mut LPMSGSESS,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Closes a message session and every message, attachment and table
    /// opened in it: the only way to close them.
    ///
    /// # Parameters
    ///
    /// - `lpMsgSess` (`LPMSGSESS`, in): The session, from `OpenIMsgSession`.
    pub fn CloseIMsgSession(lpMsgSess: LPMSGSESS);
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Builds an `IMessage` on a structured storage (`IStorage`), such as a
    /// `.msg` file.
    ///
    /// The storage is opened `STGM_READ`, or `STGM_READWRITE` with
    /// `STGM_TRANSACTED`. Substorages the message makes start with `__`.
    /// Returns `S_OK`. The caller releases the message; without a session,
    /// it must also release every attachment and table of it.
    ///
    /// # Parameters
    ///
    /// - `lpMsgSess` (`LPMSGSESS`, in): The session to open the message in, or null for none.
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`; may be null when `lpMapiSup` is given.
    /// - `lpAllocateMore` (`LPALLOCATEMORE`, in): `MAPIAllocateMore`; may be null when `lpMapiSup` is given.
    /// - `lpFreeBuffer` (`LPFREEBUFFER`, in): `MAPIFreeBuffer`; may be null when `lpMapiSup` is given.
    /// - `lpmalloc` (`LPMALLOC`, in): The OLE allocator used with the storage.
    /// - `lpMapiSup` (`LPVOID`, in): A provider's support object (`IMAPISupport`), for progress dialogs and entry identifier conversion; or null.
    /// - `lpStg` (`LPSTORAGE`, in): The storage, open for reading or reading and writing.
    /// - `lpfMsgCallRelease` (`MSGCALLRELEASE*`, in): Called when the message's last reference is released; or null.
    /// - `ulCallerData` (`ULONG`, in): The caller's value, passed to `lpfMsgCallRelease`.
    /// - `ulFlags` (`ULONG`, in): `IMSG_NO_ISTG_COMMIT`, `MAPI_UNICODE`.
    /// - `lppMsg` (`LPMESSAGE*`, out): Receives the message.
    pub fn OpenIMsgOnIStg(
        lpMsgSess: LPMSGSESS,
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lpAllocateMore: crate::LPALLOCATEMORE,
        lpFreeBuffer: crate::LPFREEBUFFER,
        lpmalloc: crate::LPMALLOC,
        lpMapiSup: crate::LPVOID,
        lpStg: crate::LPSTORAGE,
        lpfMsgCallRelease: ::core::option::Option<MSGCALLRELEASE>,
        ulCallerData: crate::ULONG,
        ulFlags: crate::ULONG,
        lppMsg: *mut crate::LPMESSAGE,
    ) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Reads the property attributes (`PROPATTR_*`) of properties of a
    /// message from `OpenIMsgOnIStg`, and of no other message.
    ///
    /// Returns `S_OK`, or `MAPI_W_ERRORS_RETURNED` when some could not be
    /// read. Free the result with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpObject` (`LPVOID`, in): The message, from `OpenIMsgOnIStg`.
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): The properties to read the attributes of.
    /// - `lppPropAttrArray` (`LPSPropAttrArray*`, out): Receives the attributes, one per tag, in the same order.
    pub fn GetAttribIMsgOnIStg(
        lpObject: crate::LPVOID,
        lpPropTagArray: crate::LPSPropTagArray,
        lppPropAttrArray: *mut crate::LPSPropAttrArray,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Sets the property attributes (`PROPATTR_*`) of properties of a
    /// message from `OpenIMsgOnIStg`, for one to make properties read-only.
    ///
    /// Returns `S_OK`, or `MAPI_W_ERRORS_RETURNED` when some could not be
    /// set. Free the problem array with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpObject` (`LPVOID`, in): The message, from `OpenIMsgOnIStg`.
    /// - `lpPropTags` (`LPSPropTagArray`, in): The properties to set the attributes of.
    /// - `lpPropAttrs` (`LPSPropAttrArray`, in): The attributes, one per tag, in the same order.
    /// - `lppPropProblems` (`LPSPropProblemArray*`, out): Receives the properties whose attributes could not be set; null if the caller does not want them.
    pub fn SetAttribIMsgOnIStg(
        lpObject: crate::LPVOID,
        lpPropTags: crate::LPSPropTagArray,
        lpPropAttrs: crate::LPSPropAttrArray,
        lppPropProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Translates an error of an OLE storage (`STG_E_*`) into the MAPI
    /// error meaning the same, for implementations that open storages
    /// themselves.
    ///
    /// Returns the MAPI code (`S_OK` for success), or `MAPI_E_CALL_FAILED`
    /// when none matches.
    ///
    /// # Parameters
    ///
    /// - `StgSCode` (`SCODE`, in): The storage's status code.
    pub fn MapStorageSCode(StgSCode: crate::SCODE) -> crate::SCODE;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Counts the characters of a Unicode string, without the terminating
    /// null; zero for a null pointer (`lstrlenW`).
    ///
    /// # Parameters
    ///
    /// - `lpString` (`LPCWSTR`, in): The string, or null.
    pub fn MNLS_lstrlenW(lpString: crate::LPCWSTR) -> i32;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Compares two Unicode strings in the user's default locale (`lstrcmpW`).
    ///
    /// Returns a negative number, zero or a positive number as the first
    /// sorts before, with or after the second.
    ///
    /// # Parameters
    ///
    /// - `lpString1` (`LPCWSTR`, in): The first string.
    /// - `lpString2` (`LPCWSTR`, in): The second string.
    pub fn MNLS_lstrcmpW(lpString1: crate::LPCWSTR, lpString2: crate::LPCWSTR) -> i32;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Copies a Unicode string, with its terminating null, into a buffer
    /// large enough for it (`lstrcpyW`).
    ///
    /// Returns the buffer, or null on failure.
    ///
    /// # Parameters
    ///
    /// - `lpString1` (`LPWSTR`, out): The buffer that receives the copy; it has no stated size and must hold the whole string.
    /// - `lpString2` (`LPCWSTR`, in): The string to copy.
    pub fn MNLS_lstrcpyW(
        lpString1: crate::LPWSTR,
        lpString2: crate::LPCWSTR,
    ) -> crate::LPWSTR;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Compares two Unicode strings in a locale (`CompareStringW`).
    ///
    /// Returns `CSTR_LESS_THAN`, `CSTR_EQUAL` or `CSTR_GREATER_THAN`, or
    /// zero on failure.
    ///
    /// # Parameters
    ///
    /// - `lcid` (`LCID`, in): The locale.
    /// - `dwFlags` (`DWORD`, in): Comparison options (`NORM_IGNORECASE` and the other `CompareStringW` flags).
    /// - `pstr1` (`LPCWSTR`, in): The first string.
    /// - `cch1` (`long`, in): Its length in characters without a null, or negative when it is null-terminated.
    /// - `pstr2` (`LPCWSTR`, in): The second string.
    /// - `cch2` (`long`, in): Its length in characters without a null, or negative when it is null-terminated.
    pub fn MNLS_CompareStringW(
        lcid: LCID,
        dwFlags: crate::DWORD,
        pstr1: crate::LPCWSTR,
        cch1: i32,
        pstr2: crate::LPCWSTR,
        cch2: i32,
    ) -> i32;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Converts an 8-bit string of a code page to Unicode
    /// (`MultiByteToWideChar`).
    ///
    /// Returns how many characters were written, or, when `cchWideChar` is
    /// zero, how many the buffer needs; zero on failure.
    ///
    /// # Parameters
    ///
    /// - `uCodePage` (`UINT`, in): The code page of the input.
    /// - `dwFlags` (`DWORD`, in): Conversion options (`MB_*`).
    /// - `lpMultiByteStr` (`LPCSTR`, in): The string to convert.
    /// - `cchMultiByte` (`long`, in): Its size in bytes, or -1 when it is null-terminated.
    /// - `lpWideCharStr` (`LPWSTR`, out): The buffer that receives the Unicode string; may be null when `cchWideChar` is zero.
    /// - `cchWideChar` (`long`, in): The size of the buffer, in characters.
    pub fn MNLS_MultiByteToWideChar(
        uCodePage: crate::UINT,
        dwFlags: crate::DWORD,
        lpMultiByteStr: crate::LPCSTR,
        cchMultiByte: i32,
        lpWideCharStr: crate::LPWSTR,
        cchWideChar: i32,
    ) -> i32;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Converts a Unicode string to an 8-bit string of a code page
    /// (`WideCharToMultiByte`).
    ///
    /// Returns how many bytes were written, or, when `cchMultiByte` is zero,
    /// how many the buffer needs; zero on failure.
    ///
    /// # Parameters
    ///
    /// - `uCodePage` (`UINT`, in): The code page of the output.
    /// - `dwFlags` (`DWORD`, in): Conversion options (`WC_*`).
    /// - `lpWideCharStr` (`LPCWSTR`, in): The string to convert.
    /// - `cchWideChar` (`long`, in): Its length in characters, or -1 when it is null-terminated.
    /// - `lpMultiByteStr` (`LPSTR`, out): The buffer that receives the 8-bit string; may be null when `cchMultiByte` is zero.
    /// - `cchMultiByte` (`long`, in): The size of the buffer, in bytes.
    /// - `lpDefaultChar` (`LPCSTR`, in): The character written for those the code page lacks; null for the code page's default.
    /// - `lpfUsedDefaultChar` (`BOOL*`, out): Receives TRUE if that character was used; null if the caller does not want to know.
    pub fn MNLS_WideCharToMultiByte(
        uCodePage: crate::UINT,
        dwFlags: crate::DWORD,
        lpWideCharStr: crate::LPCWSTR,
        cchWideChar: i32,
        lpMultiByteStr: crate::LPSTR,
        cchMultiByte: i32,
        lpDefaultChar: crate::LPCSTR,
        lpfUsedDefaultChar: *mut crate::BOOL,
    ) -> i32;
}
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Tells whether the calling process may not read a Unicode string, up
    /// to a length (`IsBadStringPtrW`).
    ///
    /// Returns nonzero when some of it cannot be read, zero when it can.
    ///
    /// # Parameters
    ///
    /// - `lpsz` (`LPCWSTR`, in): The string to probe: any pointer value, valid or not, which is the point of the call.
    /// - `ucchMax` (`UINT`, in): The most characters to probe, with the terminating null.
    pub fn MNLS_IsBadStringPtrW(
        lpsz: crate::LPCWSTR,
        ucchMax: crate::UINT,
    ) -> crate::BOOL;
}
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens a stream (`IStream`) on a file named in Unicode, or on a new
    /// temporary file: `OpenStreamOnFile` with wide strings.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS` or `MAPI_E_NOT_FOUND`. The caller
    /// releases the stream.
    ///
    /// # Parameters
    ///
    /// - `lpAllocateBuffer` (`LPALLOCATEBUFFER`, in): `MAPIAllocateBuffer`, or the provider's copy of it.
    /// - `lpFreeBuffer` (`LPFREEBUFFER`, in): `MAPIFreeBuffer`, or the provider's copy of it.
    /// - `ulFlags` (`ULONG`, in): `SOF_UNIQUEFILENAME` and the `STGM_*` modes.
    /// - `lpszFileName` (`LPWSTR`, in): The file's path, or with `SOF_UNIQUEFILENAME` its directory; null for a temporary file (with `STGM_CREATE | STGM_DELETEONRELEASE`).
    /// - `lpszPrefix` (`LPWSTR`, in): With `SOF_UNIQUEFILENAME`, up to three characters starting the file name; null for `SOF`.
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream.
    pub fn OpenStreamOnFileW(
        lpAllocateBuffer: crate::LPALLOCATEBUFFER,
        lpFreeBuffer: crate::LPFREEBUFFER,
        ulFlags: crate::ULONG,
        lpszFileName: crate::LPWSTR,
        lpszPrefix: crate::LPWSTR,
        lppStream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT;
}
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Decompresses a stream opened on `PR_RTF_COMPRESSED`, as
    /// `WrapCompressedRTFStream` does, and can convert it to the body's
    /// native format (RTF, HTML or plain text) and code page.
    ///
    /// The native body (`MAPI_NATIVE_BODY`) can only be read. Returns
    /// `S_OK`, or `MAPI_E_INVALID_PARAMETER` for `MAPI_NATIVE_BODY` with
    /// `MAPI_MODIFY`. The caller releases the stream.
    ///
    /// # Parameters
    ///
    /// - `lpCompressedRTFStream` (`LPSTREAM`, in): The stream on `PR_RTF_COMPRESSED`.
    /// - `pWCSInfo` (`const RTF_WCSINFO*`, in): The options.
    /// - `lppUncompressedRTFStream` (`LPSTREAM*`, out): Receives the decompressed stream.
    /// - `pRetInfo` (`RTF_WCSRETINFO*`, in, out): The caller sets `size`; receives the format of the returned stream in `ulStreamFlags`.
    pub fn WrapCompressedRTFStreamEx(
        lpCompressedRTFStream: crate::LPSTREAM,
        pWCSInfo: *const RTF_WCSINFO,
        lppUncompressedRTFStream: *mut crate::LPSTREAM,
        pRetInfo: *mut RTF_WCSRETINFO,
    ) -> crate::HRESULT;
}
/// A table data object: the data behind one or more `IMAPITable` views,
/// maintained by MAPI on behalf of a service provider.
///
/// A provider gets one from `CreateTable`, fills and updates its rows with
/// the methods below (each row has an index column that identifies it), and
/// hands `HrGetView` views to its callers; MAPI sends the table
/// notifications to the views. The index column is usually
/// `PR_INSTANCE_KEY` and cannot be multivalued. MAPI's implementation keeps
/// everything in memory, so it does not suit very large tables, and it does
/// not support categories or very large restrictions. MAPI implements it;
/// service providers call it. The interface identifier is
/// `IID_IMAPITableData`.
#[repr(C)]
pub struct ITableData {
    /// The object's vtable.
    pub lpVtbl: *const ITableDataVtbl,
}
/// The vtable of [`ITableData`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct ITableDataVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Creates a view of the table, an `IMAPITable` object.
    ///
    /// The view is read-only with its cursor on the first row. A provider
    /// may call `SetColumns` or `Restrict` on it before handing it out. When
    /// the view is finally released, MAPI calls `lpfCallerRelease` with
    /// `ulCallerData`, typically so that the provider can release the table
    /// data object or other resources tied to the view.
    ///
    /// Returns `S_OK` when the view was created.
    ///
    /// # Parameters
    ///
    /// - `lpSSortOrderSet` (`LPSSortOrderSet`, in): Sort order of the view; null for an unsorted view.
    /// - `lpfCallerRelease` (`CALLERRELEASE*`, in): Function to call when the view is released; null for none.
    /// - `ulCallerData` (`ULONG_PTR`, in): Value kept with the view and passed to `lpfCallerRelease`.
    /// - `lppMAPITable` (`LPMAPITABLE*`, out): Receives the new view.
    pub HrGetView: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSSortOrderSet: crate::LPSSortOrderSet,
        lpfCallerRelease: ::core::option::Option<CALLERRELEASE>,
        ulCallerData: crate::ULONG_PTR,
        lppMAPITable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Adds a row to the table, or replaces the row that has the same value
    /// in the index column.
    ///
    /// A new row goes at the end of the table. The row's columns may be in
    /// any order and may include properties the table did not have yet:
    /// they become available to existing views and part of the column set
    /// of new ones. Views registered for notifications are told of the
    /// change.
    ///
    /// Returns:
    /// - `S_OK`: the row was added or replaced.
    /// - `MAPI_E_INVALID_PARAMETER`: the row has no index column.
    ///
    /// # Parameters
    ///
    /// - `lpSRow` (`LPSRow`, in): The row; one of its values must be the index column.
    pub HrModifyRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSRow: crate::LPSRow,
    ) -> crate::HRESULT,
    /// Deletes the row that has a given value in the index column.
    ///
    /// The row disappears from every view, and views registered for
    /// notifications are told. The columns available to views do not
    /// shrink.
    ///
    /// Returns:
    /// - `S_OK`: the row was deleted.
    /// - `MAPI_E_NOT_FOUND`: no row has this index value.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValue` (`LPSPropValue`, in): Index column value (with the index column's tag) of the row to delete.
    pub HrDeleteRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSPropValue: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Returns the row that has a given value in the index column, and
    /// optionally its position.
    ///
    /// Returns:
    /// - `S_OK`: the row was returned.
    /// - `MAPI_E_INVALID_PARAMETER`: the value is not of the index column.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValue` (`LPSPropValue`, in): Index column value (with the index column's tag) of the row to return.
    /// - `lppSRow` (`LPSRow*`, out): Receives a copy of the row.
    /// - `lpuliRow` (`ULONG*`, out): Receives the zero-based position of the row; null if not wanted.
    pub HrQueryRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSPropValue: crate::LPSPropValue,
        lppSRow: *mut crate::LPSRow,
        lpuliRow: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns a row by its position in insertion order (zero for the
    /// first row inserted), which MAPI keeps for the life of the object.
    ///
    /// Returns `S_OK`, with `*lppSRow` null when there is no row at that
    /// position.
    ///
    /// # Parameters
    ///
    /// - `ulRowNumber` (`ULONG`, in): Zero-based position of the row.
    /// - `lppSRow` (`LPSRow*`, out): Receives a copy of the row, or null past the end of the table.
    pub HrEnumRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulRowNumber: crate::ULONG,
        lppSRow: *mut crate::LPSRow,
    ) -> crate::HRESULT,
    /// Sends a `TABLE_ROW_MODIFIED` notification for a row to every view,
    /// as if it had changed, without changing it.
    ///
    /// Returns `S_OK` when the notification was sent.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cValues` (`ULONG`, in): Number of values at `lpSPropValue`.
    /// - `lpSPropValue` (`LPSPropValue`, in): The column values of the row, including the index column.
    pub HrNotify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cValues: crate::ULONG,
        lpSPropValue: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Inserts a row after the row at a given position.
    ///
    /// The row must contain the index column. Views registered for
    /// notifications are told, unless their restriction hides the row.
    ///
    /// Returns:
    /// - `S_OK`: the row was inserted.
    /// - `MAPI_E_INVALID_PARAMETER`: a row with the same index value already
    ///   exists.
    ///
    /// # Parameters
    ///
    /// - `uliRow` (`ULONG`, in): Position of the row to insert after, from zero to the row count (which appends the row).
    /// - `lpSRow` (`LPSRow`, in): The row to insert.
    pub HrInsertRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        uliRow: crate::ULONG,
        lpSRow: crate::LPSRow,
    ) -> crate::HRESULT,
    /// Adds several rows, replacing the rows that have the same index
    /// values.
    ///
    /// New rows go at the end of the table. Views registered for
    /// notifications get one notification per row, or a single
    /// `TABLE_CHANGED` when more than eight rows are affected.
    ///
    /// Returns:
    /// - `S_OK`: the rows were added or replaced.
    /// - `MAPI_E_INVALID_PARAMETER`: a row has no index column; no row was
    ///   changed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpSRowSet` (`LPSRowSet`, in): The rows; each must contain the index column.
    pub HrModifyRows: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpSRowSet: crate::LPSRowSet,
    ) -> crate::HRESULT,
    /// Deletes several rows, or all of them.
    ///
    /// Rows that cannot be found are skipped without error; the count of
    /// rows actually deleted is returned.
    ///
    /// Returns `S_OK` when the rows were deleted.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; `TAD_ALL_ROWS` deletes every row.
    /// - `lprowsetToDelete` (`LPSRowSet`, in): Rows to delete, identified by their index column; may be null with `TAD_ALL_ROWS`.
    /// - `cRowsDeleted` (`ULONG*`, out): Receives the number of rows deleted.
    pub HrDeleteRows: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lprowsetToDelete: crate::LPSRowSet,
        cRowsDeleted: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`ITableData`]: `{00020316-0000-0000-C000-000000000046}`.
pub const IID_ITableData: crate::GUID = crate::GUID::from_u128(
    0x00020316_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for ITableData {
    const IID: crate::GUID = IID_ITableData;
    const NAME: &'static str = "ITableData";
    type Vtbl = ITableDataVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_ITableData || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<ITableDataVtbl>() == 12 * ::core::mem::size_of::<usize>()
);
/// A property data object: an in-memory `IMAPIProp` implementation from
/// MAPI, with per-object and per-property access control.
///
/// Created with `CreateIProp`; service providers and clients use it to hold
/// the properties of their own objects. MAPI implements it. Property data
/// objects are not transacted. The interface identifier is
/// `IID_IMAPIPropData`.
#[repr(C)]
pub struct IPropData {
    /// The object's vtable.
    pub lpVtbl: *const IPropDataVtbl,
}
/// The vtable of [`IPropData`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IPropDataVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Sets the access level of the whole object.
    ///
    /// Returns `S_OK` when the access level was set.
    ///
    /// # Parameters
    ///
    /// - `ulAccess` (`ULONG`, in): The new access level: `IPROP_READONLY` or `IPROP_READWRITE`.
    pub HrSetObjAccess: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulAccess: crate::ULONG,
    ) -> crate::HRESULT,
    /// Sets the access level and status of some properties.
    ///
    /// `rgulAccess` has one element per tag of `lpPropTagArray`, in the same
    /// order, each combining the bits of `PropDataPropAccessFlags`.
    ///
    /// Returns:
    /// - `S_OK`: the access levels and statuses were set.
    /// - `MAPI_E_NO_ACCESS`: the object is read-only, or the caller lacks
    ///   permission.
    /// - `MAPI_E_INVALID_PARAMETER`: an element combines incompatible bits,
    ///   such as `IPROP_READONLY` and `IPROP_READWRITE`.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the properties to change.
    /// - `rgulAccess` (`ULONG*`, in): Access and status bits, one element per tag.
    pub HrSetPropAccess: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        rgulAccess: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the access level and status of some or all properties.
    ///
    /// With `*lppPropTagArray` null on input, every property is reported and
    /// a new tag array listing them is returned there; the caller frees it
    /// with `MAPIFreeBuffer`. A modified property reports `IPROP_DIRTY`
    /// alone; an unmodified one only its access level. The tag of a
    /// requested property that was deleted is set to zero.
    ///
    /// Returns `S_OK` when the access levels and statuses were returned.
    ///
    /// # Parameters
    ///
    /// - `lppPropTagArray` (`LPSPropTagArray*`, in, out): On input the tags to report on, or a pointer to null for all properties; on output the tags reported on.
    /// - `lprgulAccess` (`ULONG**`, out): Receives the access and status bits (`PropDataPropAccessFlags`), one element per tag.
    pub HrGetPropAccess: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lppPropTagArray: *mut crate::LPSPropTagArray,
        lprgulAccess: *mut *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Adds properties of type `PT_OBJECT` to the object.
    ///
    /// Such properties cannot be created with `SetProps`; once added they
    /// can be opened with `OpenProperty`.
    ///
    /// Returns:
    /// - `S_OK`: the properties were added.
    /// - `MAPI_W_PARTIAL_COMPLETION`: only some of them were added.
    /// - `MAPI_E_INVALID_TYPE`: a tag does not have type `PT_OBJECT`.
    /// - `MAPI_E_NO_ACCESS`: the object is read-only.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the `PT_OBJECT` properties to add.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    pub HrAddObjProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IPropData`]: `{0002031A-0000-0000-C000-000000000046}`.
pub const IID_IPropData: crate::GUID = crate::GUID::from_u128(
    0x0002031a_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IPropData {
    const IID: crate::GUID = IID_IPropData;
    const NAME: &'static str = "IPropData";
    type Vtbl = IPropDataVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IPropData || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IPropDataVtbl>() == 18 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`ITableData`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `ITableDataImpl`, the provider side of `ITableData`",
    label = "`ITableData` needs `impl ITableDataImpl for {Self}`",
    note = "write `impl ITableDataImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait ITableDataImpl: crate::__private::Declares<
        ITableData,
        0x00020316_0000_0000_c000_000000000046,
    > {
    /// Creates a view of the table, an `IMAPITable` object.
    ///
    /// The view is read-only with its cursor on the first row. A provider
    /// may call `SetColumns` or `Restrict` on it before handing it out. When
    /// the view is finally released, MAPI calls `lpfCallerRelease` with
    /// `ulCallerData`, typically so that the provider can release the table
    /// data object or other resources tied to the view.
    ///
    /// Returns `S_OK` when the view was created.
    ///
    /// Called through slot 3 ([`ITableDataVtbl::HrGetView`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_get_view(
        &self,
        lpSSortOrderSet: ::core::option::Option<&crate::value::SortOrderSet>,
        lpfCallerRelease: ::core::option::Option<CALLERRELEASE>,
        ulCallerData: crate::ULONG_PTR,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpSSortOrderSet, lpfCallerRelease, ulCallerData);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a row to the table, or replaces the row that has the same value
    /// in the index column.
    ///
    /// A new row goes at the end of the table. The row's columns may be in
    /// any order and may include properties the table did not have yet:
    /// they become available to existing views and part of the column set
    /// of new ones. Views registered for notifications are told of the
    /// change.
    ///
    /// Returns:
    /// - `S_OK`: the row was added or replaced.
    /// - `MAPI_E_INVALID_PARAMETER`: the row has no index column.
    ///
    /// Called through slot 4 ([`ITableDataVtbl::HrModifyRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_modify_row(
        &self,
        lpSRow: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpSRow,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes the row that has a given value in the index column.
    ///
    /// The row disappears from every view, and views registered for
    /// notifications are told. The columns available to views do not
    /// shrink.
    ///
    /// Returns:
    /// - `S_OK`: the row was deleted.
    /// - `MAPI_E_NOT_FOUND`: no row has this index value.
    ///
    /// Called through slot 5 ([`ITableDataVtbl::HrDeleteRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_delete_row(
        &self,
        lpSPropValue: &crate::value::PropRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpSPropValue,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the row that has a given value in the index column, and
    /// optionally its position.
    ///
    /// Returns:
    /// - `S_OK`: the row was returned.
    /// - `MAPI_E_INVALID_PARAMETER`: the value is not of the index column.
    ///
    /// Called through slot 6 ([`ITableDataVtbl::HrQueryRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_query_row(
        &self,
        lpSPropValue: &crate::value::PropRef<'_>,
    ) -> ::core::result::Result<
        (::std::vec::Vec<crate::value::Prop>, crate::ULONG),
        crate::Hresult,
    > {
        let _ = (lpSPropValue,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a row by its position in insertion order (zero for the
    /// first row inserted), which MAPI keeps for the life of the object.
    ///
    /// Returns `S_OK`, with `*lppSRow` null when there is no row at that
    /// position.
    ///
    /// Called through slot 7 ([`ITableDataVtbl::HrEnumRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_enum_row(
        &self,
        ulRowNumber: crate::ULONG,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Prop>, crate::Hresult> {
        let _ = (ulRowNumber,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sends a `TABLE_ROW_MODIFIED` notification for a row to every view,
    /// as if it had changed, without changing it.
    ///
    /// Returns `S_OK` when the notification was sent.
    ///
    /// Called through slot 8 ([`ITableDataVtbl::HrNotify`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_notify(
        &self,
        ulFlags: TableDataHrNotifyFlags,
        lpSPropValue: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpSPropValue);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Inserts a row after the row at a given position.
    ///
    /// The row must contain the index column. Views registered for
    /// notifications are told, unless their restriction hides the row.
    ///
    /// Returns:
    /// - `S_OK`: the row was inserted.
    /// - `MAPI_E_INVALID_PARAMETER`: a row with the same index value already
    ///   exists.
    ///
    /// Called through slot 9 ([`ITableDataVtbl::HrInsertRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_insert_row(
        &self,
        uliRow: crate::ULONG,
        lpSRow: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (uliRow, lpSRow);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds several rows, replacing the rows that have the same index
    /// values.
    ///
    /// New rows go at the end of the table. Views registered for
    /// notifications get one notification per row, or a single
    /// `TABLE_CHANGED` when more than eight rows are affected.
    ///
    /// Returns:
    /// - `S_OK`: the rows were added or replaced.
    /// - `MAPI_E_INVALID_PARAMETER`: a row has no index column; no row was
    ///   changed.
    ///
    /// Called through slot 10 ([`ITableDataVtbl::HrModifyRows`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_modify_rows(
        &self,
        ulFlags: TableDataHrModifyRowsFlags,
        lpSRowSet: &[::std::vec::Vec<crate::value::PropRef<'_>>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpSRowSet);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes several rows, or all of them.
    ///
    /// Rows that cannot be found are skipped without error; the count of
    /// rows actually deleted is returned.
    ///
    /// Returns `S_OK` when the rows were deleted.
    ///
    /// Called through slot 11 ([`ITableDataVtbl::HrDeleteRows`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_delete_rows(
        &self,
        ulFlags: TableDataHrDeleteRowsFlags,
        lprowsetToDelete: ::core::option::Option<
            &[::std::vec::Vec<crate::value::PropRef<'_>>],
        >,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (ulFlags, lprowsetToDelete);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl ITableDataVtbl {
    /// A vtable of [`ITableData`] whose slots check their arguments and call [`ITableDataImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: ITableDataImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            HrGetView: {
                /// `ITableData::HrGetView`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSSortOrderSet: crate::LPSSortOrderSet,
                    lpfCallerRelease: ::core::option::Option<CALLERRELEASE>,
                    ulCallerData: crate::ULONG_PTR,
                    lppMAPITable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPITable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPITable, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::SortOrderSet::from_raw(
                                lpSSortOrderSet.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if lppMAPITable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITableDataImpl>::hr_get_view(
                            object.inner(),
                            arg0.as_ref(),
                            lpfCallerRelease,
                            ulCallerData,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppMAPITable.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            HrModifyRow: {
                /// `ITableData::HrModifyRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSRow: crate::LPSRow,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            if lpSRow.is_null() {
                                ::core::result::Result::Ok(::core::option::Option::None)
                            } else {
                                crate::value::PropRef::row_from_raw(
                                        lpSRow.cast_const().cast(),
                                    )
                                    .map(::core::option::Option::Some)
                            }
                        } {
                            ::core::result::Result::Ok(v) => v,
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
                        match <O::Inner as ITableDataImpl>::hr_modify_row(
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
            HrDeleteRow: {
                /// `ITableData::HrDeleteRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSPropValue: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            if lpSPropValue.is_null() {
                                ::core::result::Result::Ok(::core::option::Option::None)
                            } else {
                                crate::value::PropRef::from_raw(
                                        lpSPropValue.cast_const().cast(),
                                    )
                                    .map(::core::option::Option::Some)
                            }
                        } {
                            ::core::result::Result::Ok(v) => v,
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
                        match <O::Inner as ITableDataImpl>::hr_delete_row(
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
            HrQueryRow: {
                /// `ITableData::HrQueryRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSPropValue: crate::LPSPropValue,
                    lppSRow: *mut crate::LPSRow,
                    lpuliRow: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        if !lppSRow.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppSRow, 0, 1) };
                        }
                        if !lpuliRow.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpuliRow, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            if lpSPropValue.is_null() {
                                ::core::result::Result::Ok(::core::option::Option::None)
                            } else {
                                crate::value::PropRef::from_raw(
                                        lpSPropValue.cast_const().cast(),
                                    )
                                    .map(::core::option::Option::Some)
                            }
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lppSRow.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as ITableDataImpl>::hr_query_row(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg1, arg2) = __outs;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_row(__alloc, &arg1)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { lppSRow.write(__buf1.into_raw().cast()) };
                                if !lpuliRow.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { lpuliRow.write(arg2) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            HrEnumRow: {
                /// `ITableData::HrEnumRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulRowNumber: crate::ULONG,
                    lppSRow: *mut crate::LPSRow,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        if !lppSRow.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppSRow, 0, 1) };
                        }
                        if lppSRow.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITableDataImpl>::hr_enum_row(
                            object.inner(),
                            ulRowNumber,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_row(__alloc, &arg1)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { lppSRow.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            HrNotify: {
                /// `ITableData::HrNotify`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cValues: crate::ULONG,
                    lpSPropValue: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <TableDataHrNotifyFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cValues` elements at a
                        // non-null `lpSPropValue`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg2 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                lpSPropValue.cast_const().cast(),
                                cValues,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITableDataImpl>::hr_notify(
                            object.inner(),
                            arg0,
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
            HrInsertRow: {
                /// `ITableData::HrInsertRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    uliRow: crate::ULONG,
                    lpSRow: crate::LPSRow,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            if lpSRow.is_null() {
                                ::core::result::Result::Ok(::core::option::Option::None)
                            } else {
                                crate::value::PropRef::row_from_raw(
                                        lpSRow.cast_const().cast(),
                                    )
                                    .map(::core::option::Option::Some)
                            }
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITableDataImpl>::hr_insert_row(
                            object.inner(),
                            uliRow,
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
            HrModifyRows: {
                /// `ITableData::HrModifyRows`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpSRowSet: crate::LPSRowSet,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <TableDataHrModifyRowsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::RowSetRef::from_raw(
                                lpSRowSet.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITableDataImpl>::hr_modify_rows(
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
            HrDeleteRows: {
                /// `ITableData::HrDeleteRows`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lprowsetToDelete: crate::LPSRowSet,
                    cRowsDeleted: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: ITableDataImpl,
                {
                    crate::__private::guard(|| {
                        if !cRowsDeleted.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(cRowsDeleted, 0, 1) };
                        }
                        let arg0 = match <TableDataHrDeleteRowsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::RowSetRef::from_raw(
                                lprowsetToDelete.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if cRowsDeleted.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as ITableDataImpl>::hr_delete_rows(
                            object.inner(),
                            arg0,
                            arg1.as_deref(),
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { cRowsDeleted.write(arg2) };
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
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for ITableData {
    const IIDS: &'static [u128] = &[
        0x00020316_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IPropData`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IPropDataImpl`, the provider side of `IPropData`",
    label = "`IPropData` needs `impl IPropDataImpl for {Self}`",
    note = "write `impl IPropDataImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IPropDataImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IPropData,
        0x0002031a_0000_0000_c000_000000000046,
    > {
    /// Sets the access level of the whole object.
    ///
    /// Returns `S_OK` when the access level was set.
    ///
    /// Called through slot 14 ([`IPropDataVtbl::HrSetObjAccess`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_set_obj_access(
        &self,
        ulAccess: PropDataHrSetObjAccessFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulAccess,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the access level and status of some properties.
    ///
    /// `rgulAccess` has one element per tag of `lpPropTagArray`, in the same
    /// order, each combining the bits of `PropDataPropAccessFlags`.
    ///
    /// Returns:
    /// - `S_OK`: the access levels and statuses were set.
    /// - `MAPI_E_NO_ACCESS`: the object is read-only, or the caller lacks
    ///   permission.
    /// - `MAPI_E_INVALID_PARAMETER`: an element combines incompatible bits,
    ///   such as `IPROP_READONLY` and `IPROP_READWRITE`.
    ///
    /// Called through slot 15 ([`IPropDataVtbl::HrSetPropAccess`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_set_prop_access(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
        rgulAccess: &[crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpPropTagArray, rgulAccess);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the access level and status of some or all properties.
    ///
    /// With `*lppPropTagArray` null on input, every property is reported and
    /// a new tag array listing them is returned there; the caller frees it
    /// with `MAPIFreeBuffer`. A modified property reports `IPROP_DIRTY`
    /// alone; an unmodified one only its access level. The tag of a
    /// requested property that was deleted is set to zero.
    ///
    /// Returns `S_OK` when the access levels and statuses were returned.
    ///
    /// Called through slot 16 ([`IPropDataVtbl::HrGetPropAccess`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_get_prop_access(
        &self,
        lppPropTagArray: &mut ::core::option::Option<
            ::std::vec::Vec<crate::value::PropTag>,
        >,
    ) -> ::core::result::Result<::std::vec::Vec<u32>, crate::Hresult> {
        let _ = (lppPropTagArray,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds properties of type `PT_OBJECT` to the object.
    ///
    /// Such properties cannot be created with `SetProps`; once added they
    /// can be opened with `OpenProperty`.
    ///
    /// Returns:
    /// - `S_OK`: the properties were added.
    /// - `MAPI_W_PARTIAL_COMPLETION`: only some of them were added.
    /// - `MAPI_E_INVALID_TYPE`: a tag does not have type `PT_OBJECT`.
    /// - `MAPI_E_NO_ACCESS`: the object is read-only.
    ///
    /// Called through slot 17 ([`IPropDataVtbl::HrAddObjProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hr_add_obj_props(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (lpPropTagArray,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IPropDataVtbl {
    /// A vtable of [`IPropData`] whose slots check their arguments and call [`IPropDataImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IPropDataImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            HrSetObjAccess: {
                /// `IPropData::HrSetObjAccess`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulAccess: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IPropDataImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <PropDataHrSetObjAccessFlags as crate::FlagSet>::check_input_for(
                            ulAccess,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPropDataImpl>::hr_set_obj_access(
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
            HrSetPropAccess: {
                /// `IPropData::HrSetPropAccess`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    rgulAccess: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IPropDataImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpPropTagArray.cast_const().cast(),
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
                        // SAFETY: the caller passes one element per tag at
                        // `rgulAccess` (null, misaligned and oversized are
                        // checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                crate::ULONG,
                            >(rgulAccess.cast_const(), arg0.len())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPropDataImpl>::hr_set_prop_access(
                            object.inner(),
                            &arg0,
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
            HrGetPropAccess: {
                /// `IPropData::HrGetPropAccess`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lppPropTagArray: *mut crate::LPSPropTagArray,
                    lprgulAccess: *mut *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IPropDataImpl,
                {
                    crate::__private::guard(|| {
                        if !lprgulAccess.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lprgulAccess, 0, 1) };
                        }
                        if lppPropTagArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a
                        // readable pointer to a tag array (or to null), the
                        // array readable for the call; the view checks the
                        // count.
                        let arg0 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lppPropTagArray.read_unaligned(),
                            )
                        } {
                            ::core::result::Result::Ok(t) => {
                                t.map(crate::value::TagArray::into_vec)
                            }
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let __was_null0 = arg0.is_none();
                        let mut arg0 = arg0;
                        if lprgulAccess.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPropDataImpl>::hr_get_prop_access(
                            object.inner(),
                            &mut arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf0 = match &arg0 {
                                    ::core::option::Option::Some(t) if __was_null0 => {
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_tags(__alloc, t)
                                            }
                                            ::core::result::Result::Err(__e) => {
                                                ::core::result::Result::Err(__e)
                                            }
                                        } {
                                            ::core::result::Result::Ok(b) => {
                                                ::core::option::Option::Some(b)
                                            }
                                            ::core::result::Result::Err(e) => return e.0,
                                        }
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_ulongs(__alloc, &arg1)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                if let ::core::option::Option::Some(__buf0) = __buf0 {
                                    // SAFETY: checked non-null; it pointed to
                                    // null, and the caller now owns the new
                                    // array.
                                    unsafe {
                                        lppPropTagArray.write_unaligned(__buf0.into_raw())
                                    };
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { lprgulAccess.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            HrAddObjProps: {
                /// `IPropData::HrAddObjProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IPropDataImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProblems, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpPropTagArray.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IPropDataImpl>::hr_add_obj_props(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = if !lppProblems.is_null() && !arg1.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_problems(__alloc, &arg1)
                                            }
                                            ::core::result::Result::Err(__e) => {
                                                ::core::result::Result::Err(__e)
                                            }
                                        } {
                                            ::core::result::Result::Ok(b) => b,
                                            ::core::result::Result::Err(e) => return e.0,
                                        },
                                    )
                                } else {
                                    ::core::option::Option::None
                                };
                                if let ::core::option::Option::Some(__buf1) = __buf1 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppProblems.write(__buf1.into_raw().cast()) };
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
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IPropData {
    const IIDS: &'static [u128] = &[
        0x0002031a_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `ITableData` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for ITableData {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`ITableData`).
#[automatically_derived]
unsafe impl crate::Inherits<ITableData> for ITableData {}
#[cfg(feature = "client")]
/// The caller side of [`ITableData`]: its methods, called through the vtable, on every `ComPtr` to `ITableData` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait ITableDataExt {
    /// Creates a view of the table, an `IMAPITable` object.
    ///
    /// The view is read-only with its cursor on the first row. A provider
    /// may call `SetColumns` or `Restrict` on it before handing it out. When
    /// the view is finally released, MAPI calls `lpfCallerRelease` with
    /// `ulCallerData`, typically so that the provider can release the table
    /// data object or other resources tied to the view.
    ///
    /// Returns `S_OK` when the view was created.
    ///
    /// # Parameters
    ///
    /// - `lpSSortOrderSet` (`LPSSortOrderSet`, in): Sort order of the view; null for an unsorted view.
    /// - `lpfCallerRelease` (`CALLERRELEASE*`, in): Function to call when the view is released; null for none.
    /// - `ulCallerData` (`ULONG_PTR`, in): Value kept with the view and passed to `lpfCallerRelease`.
    /// - `lppMAPITable` (`LPMAPITABLE*`, out): Receives the new view.
    ///
    /// Calls slot 3 of the vtable, [`ITableDataVtbl::HrGetView`]. In Rust:
    ///
    /// - Returns `lppMAPITable`.
    fn hr_get_view(
        &self,
        lpSSortOrderSet: ::core::option::Option<&crate::value::SortOrderSet>,
        lpfCallerRelease: ::core::option::Option<CALLERRELEASE>,
        ulCallerData: crate::ULONG_PTR,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Adds a row to the table, or replaces the row that has the same value
    /// in the index column.
    ///
    /// A new row goes at the end of the table. The row's columns may be in
    /// any order and may include properties the table did not have yet:
    /// they become available to existing views and part of the column set
    /// of new ones. Views registered for notifications are told of the
    /// change.
    ///
    /// Returns:
    /// - `S_OK`: the row was added or replaced.
    /// - `MAPI_E_INVALID_PARAMETER`: the row has no index column.
    ///
    /// # Parameters
    ///
    /// - `lpSRow` (`LPSRow`, in): The row; one of its values must be the index column.
    ///
    /// Calls slot 4 of the vtable, [`ITableDataVtbl::HrModifyRow`].
    fn hr_modify_row(
        &self,
        lpSRow: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes the row that has a given value in the index column.
    ///
    /// The row disappears from every view, and views registered for
    /// notifications are told. The columns available to views do not
    /// shrink.
    ///
    /// Returns:
    /// - `S_OK`: the row was deleted.
    /// - `MAPI_E_NOT_FOUND`: no row has this index value.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValue` (`LPSPropValue`, in): Index column value (with the index column's tag) of the row to delete.
    ///
    /// Calls slot 5 of the vtable, [`ITableDataVtbl::HrDeleteRow`].
    fn hr_delete_row(
        &self,
        lpSPropValue: &crate::value::Prop,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the row that has a given value in the index column, and
    /// optionally its position.
    ///
    /// Returns:
    /// - `S_OK`: the row was returned.
    /// - `MAPI_E_INVALID_PARAMETER`: the value is not of the index column.
    ///
    /// # Parameters
    ///
    /// - `lpSPropValue` (`LPSPropValue`, in): Index column value (with the index column's tag) of the row to return.
    /// - `lppSRow` (`LPSRow*`, out): Receives a copy of the row.
    /// - `lpuliRow` (`ULONG*`, out): Receives the zero-based position of the row; null if not wanted.
    ///
    /// Calls slot 6 of the vtable, [`ITableDataVtbl::HrQueryRow`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `(lppSRow, lpuliRow)`.
    fn hr_query_row(
        &self,
        alloc: &crate::value::Allocator,
        lpSPropValue: &crate::value::Prop,
    ) -> ::core::result::Result<
        (crate::value::MapiBuffer<crate::SRow>, crate::ULONG),
        crate::Hresult,
    >;
    /// Returns a row by its position in insertion order (zero for the
    /// first row inserted), which MAPI keeps for the life of the object.
    ///
    /// Returns `S_OK`, with `*lppSRow` null when there is no row at that
    /// position.
    ///
    /// # Parameters
    ///
    /// - `ulRowNumber` (`ULONG`, in): Zero-based position of the row.
    /// - `lppSRow` (`LPSRow*`, out): Receives a copy of the row, or null past the end of the table.
    ///
    /// Calls slot 7 of the vtable, [`ITableDataVtbl::HrEnumRow`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppSRow`.
    fn hr_enum_row(
        &self,
        alloc: &crate::value::Allocator,
        ulRowNumber: crate::ULONG,
    ) -> ::core::result::Result<crate::value::MapiBuffer<crate::SRow>, crate::Hresult>;
    /// Sends a `TABLE_ROW_MODIFIED` notification for a row to every view,
    /// as if it had changed, without changing it.
    ///
    /// Returns `S_OK` when the notification was sent.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cValues` (`ULONG`, in): Number of values at `lpSPropValue`.
    /// - `lpSPropValue` (`LPSPropValue`, in): The column values of the row, including the index column.
    ///
    /// Calls slot 8 of the vtable, [`ITableDataVtbl::HrNotify`]. In Rust:
    ///
    /// - `lpSPropValue` is laid out as `SPropValue`s for the call; `cValues` is their count.
    fn hr_notify(
        &self,
        ulFlags: TableDataHrNotifyFlags,
        lpSPropValue: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Inserts a row after the row at a given position.
    ///
    /// The row must contain the index column. Views registered for
    /// notifications are told, unless their restriction hides the row.
    ///
    /// Returns:
    /// - `S_OK`: the row was inserted.
    /// - `MAPI_E_INVALID_PARAMETER`: a row with the same index value already
    ///   exists.
    ///
    /// # Parameters
    ///
    /// - `uliRow` (`ULONG`, in): Position of the row to insert after, from zero to the row count (which appends the row).
    /// - `lpSRow` (`LPSRow`, in): The row to insert.
    ///
    /// Calls slot 9 of the vtable, [`ITableDataVtbl::HrInsertRow`].
    fn hr_insert_row(
        &self,
        uliRow: crate::ULONG,
        lpSRow: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Adds several rows, replacing the rows that have the same index
    /// values.
    ///
    /// New rows go at the end of the table. Views registered for
    /// notifications get one notification per row, or a single
    /// `TABLE_CHANGED` when more than eight rows are affected.
    ///
    /// Returns:
    /// - `S_OK`: the rows were added or replaced.
    /// - `MAPI_E_INVALID_PARAMETER`: a row has no index column; no row was
    ///   changed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpSRowSet` (`LPSRowSet`, in): The rows; each must contain the index column.
    ///
    /// Calls slot 10 of the vtable, [`ITableDataVtbl::HrModifyRows`].
    fn hr_modify_rows(
        &self,
        ulFlags: TableDataHrModifyRowsFlags,
        lpSRowSet: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes several rows, or all of them.
    ///
    /// Rows that cannot be found are skipped without error; the count of
    /// rows actually deleted is returned.
    ///
    /// Returns `S_OK` when the rows were deleted.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; `TAD_ALL_ROWS` deletes every row.
    /// - `lprowsetToDelete` (`LPSRowSet`, in): Rows to delete, identified by their index column; may be null with `TAD_ALL_ROWS`.
    /// - `cRowsDeleted` (`ULONG*`, out): Receives the number of rows deleted.
    ///
    /// Calls slot 11 of the vtable, [`ITableDataVtbl::HrDeleteRows`]. In Rust:
    ///
    /// - Returns `cRowsDeleted`.
    fn hr_delete_rows(
        &self,
        ulFlags: TableDataHrDeleteRowsFlags,
        lprowsetToDelete: ::core::option::Option<&[::std::vec::Vec<crate::value::Prop>]>,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<ITableData>> ITableDataExt for crate::ComPtr<T> {
    fn hr_get_view(
        &self,
        lpSSortOrderSet: ::core::option::Option<&crate::value::SortOrderSet>,
        lpfCallerRelease: ::core::option::Option<CALLERRELEASE>,
        ulCallerData: crate::ULONG_PTR,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        #[allow(unused_mut)]
        let mut __b0 = match lpSSortOrderSet {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::sort_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPSSortOrderSet = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrGetView)(
                self.as_raw().cast(),
                __a0,
                lpfCallerRelease,
                ulCallerData,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn hr_modify_row(
        &self,
        lpSRow: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSRow;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::row_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSRow = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<ITableData>().HrModifyRow)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_delete_row(
        &self,
        lpSPropValue: &crate::value::Prop,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSPropValue;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::props_in(::core::slice::from_ref(__t))?;
        let __s = &mut __b0;
        let __a0: crate::LPSPropValue = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<ITableData>().HrDeleteRow)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_query_row(
        &self,
        alloc: &crate::value::Allocator,
        lpSPropValue: &crate::value::Prop,
    ) -> ::core::result::Result<
        (crate::value::MapiBuffer<crate::SRow>, crate::ULONG),
        crate::Hresult,
    > {
        let __t = lpSPropValue;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::props_in(::core::slice::from_ref(__t))?;
        let __s = &mut __b0;
        let __a0: crate::LPSPropValue = __s.as_ptr().cast_mut();
        let mut __a1: crate::LPSRow = ::core::ptr::null_mut();
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrQueryRow)(self.as_raw().cast(), __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(*alloc, __a1.cast::<crate::SRow>(), 1)
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r1, __a2))
    }
    fn hr_enum_row(
        &self,
        alloc: &crate::value::Allocator,
        ulRowNumber: crate::ULONG,
    ) -> ::core::result::Result<crate::value::MapiBuffer<crate::SRow>, crate::Hresult> {
        let mut __a1: crate::LPSRow = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrEnumRow)(self.as_raw().cast(), ulRowNumber, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(*alloc, __a1.cast::<crate::SRow>(), 1)
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn hr_notify(
        &self,
        ulFlags: TableDataHrNotifyFlags,
        lpSPropValue: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = crate::__private::call::props_in(lpSPropValue)?;
        let __s = &__b2;
        let (__a2, __a1): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrNotify)(self.as_raw().cast(), ulFlags.bits(), __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_insert_row(
        &self,
        uliRow: crate::ULONG,
        lpSRow: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSRow;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::row_in(__t)?;
        let __s = &mut __b1;
        let __a1: crate::LPSRow = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrInsertRow)(self.as_raw().cast(), uliRow, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_modify_rows(
        &self,
        ulFlags: TableDataHrModifyRowsFlags,
        lpSRowSet: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSRowSet;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::rows_in(__t)?;
        let __s = &mut __b1;
        let __a1: crate::LPSRowSet = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrModifyRows)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_delete_rows(
        &self,
        ulFlags: TableDataHrDeleteRowsFlags,
        lprowsetToDelete: ::core::option::Option<&[::std::vec::Vec<crate::value::Prop>]>,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        #[allow(unused_mut)]
        let mut __b1 = match lprowsetToDelete {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::rows_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSRowSet = match &mut __b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ITableData>()
                .HrDeleteRows)(self.as_raw().cast(), ulFlags.bits(), __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IPropData` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IPropData {}
#[cfg(feature = "client")]
/// SAFETY: `IPropData` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IPropData {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IPropData`).
#[automatically_derived]
unsafe impl crate::Inherits<IPropData> for IPropData {}
#[cfg(feature = "client")]
/// The caller side of [`IPropData`]: its methods, called through the vtable, on every `ComPtr` to `IPropData` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IPropDataExt {
    /// Sets the access level of the whole object.
    ///
    /// Returns `S_OK` when the access level was set.
    ///
    /// # Parameters
    ///
    /// - `ulAccess` (`ULONG`, in): The new access level: `IPROP_READONLY` or `IPROP_READWRITE`.
    ///
    /// Calls slot 14 of the vtable, [`IPropDataVtbl::HrSetObjAccess`].
    fn hr_set_obj_access(
        &self,
        ulAccess: PropDataHrSetObjAccessFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets the access level and status of some properties.
    ///
    /// `rgulAccess` has one element per tag of `lpPropTagArray`, in the same
    /// order, each combining the bits of `PropDataPropAccessFlags`.
    ///
    /// Returns:
    /// - `S_OK`: the access levels and statuses were set.
    /// - `MAPI_E_NO_ACCESS`: the object is read-only, or the caller lacks
    ///   permission.
    /// - `MAPI_E_INVALID_PARAMETER`: an element combines incompatible bits,
    ///   such as `IPROP_READONLY` and `IPROP_READWRITE`.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the properties to change.
    /// - `rgulAccess` (`ULONG*`, in): Access and status bits, one element per tag.
    ///
    /// Calls slot 15 of the vtable, [`IPropDataVtbl::HrSetPropAccess`]. In Rust:
    ///
    /// - `rgulAccess` has one element per tag of `lpPropTagArray` (another length is `MAPI_E_INVALID_PARAMETER`).
    fn hr_set_prop_access(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
        rgulAccess: &[crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the access level and status of some or all properties.
    ///
    /// With `*lppPropTagArray` null on input, every property is reported and
    /// a new tag array listing them is returned there; the caller frees it
    /// with `MAPIFreeBuffer`. A modified property reports `IPROP_DIRTY`
    /// alone; an unmodified one only its access level. The tag of a
    /// requested property that was deleted is set to zero.
    ///
    /// Returns `S_OK` when the access levels and statuses were returned.
    ///
    /// # Parameters
    ///
    /// - `lppPropTagArray` (`LPSPropTagArray*`, in, out): On input the tags to report on, or a pointer to null for all properties; on output the tags reported on.
    /// - `lprgulAccess` (`ULONG**`, out): Receives the access and status bits (`PropDataPropAccessFlags`), one element per tag.
    ///
    /// Calls slot 16 of the vtable, [`IPropDataVtbl::HrGetPropAccess`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lppPropTagArray`: the tags asked about, or `None` for all, in which case the object's array of them is returned.
    /// - Returns `lprgulAccess`.
    fn hr_get_prop_access(
        &self,
        alloc: &crate::value::Allocator,
        lppPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiBuffer<crate::SPropTagArray>>,
            crate::value::MapiBuffer<crate::ULONG>,
        ),
        crate::Hresult,
    >;
    /// Adds properties of type `PT_OBJECT` to the object.
    ///
    /// Such properties cannot be created with `SetProps`; once added they
    /// can be opened with `OpenProperty`.
    ///
    /// Returns:
    /// - `S_OK`: the properties were added.
    /// - `MAPI_W_PARTIAL_COMPLETION`: only some of them were added.
    /// - `MAPI_E_INVALID_TYPE`: a tag does not have type `PT_OBJECT`.
    /// - `MAPI_E_NO_ACCESS`: the object is read-only.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the `PT_OBJECT` properties to add.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    ///
    /// Calls slot 17 of the vtable, [`IPropDataVtbl::HrAddObjProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppProblems`.
    fn hr_add_obj_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: &[crate::value::PropTag],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IPropData>> IPropDataExt for crate::ComPtr<T> {
    fn hr_set_obj_access(
        &self,
        ulAccess: PropDataHrSetObjAccessFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPropData>()
                .HrSetObjAccess)(self.as_raw().cast(), ulAccess.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_set_prop_access(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
        rgulAccess: &[crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpPropTagArray;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::tags_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSPropTagArray = __s.as_mut_ptr();
        if rgulAccess.len() != lpPropTagArray.len() {
            return ::core::result::Result::Err(
                crate::Hresult(crate::MAPI_E_INVALID_PARAMETER),
            );
        }
        let __a1: *mut crate::ULONG = rgulAccess.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPropData>()
                .HrSetPropAccess)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn hr_get_prop_access(
        &self,
        alloc: &crate::value::Allocator,
        lppPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiBuffer<crate::SPropTagArray>>,
            crate::value::MapiBuffer<crate::ULONG>,
        ),
        crate::Hresult,
    > {
        let mut __b0 = match lppPropTagArray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let mut __a0: crate::LPSPropTagArray = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a1: *mut crate::ULONG = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPropData>()
                .HrGetPropAccess)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: when no array was given, on success the object stored a root
        // block of the allocator it was given holding a tag array, or null; a
        // given array stays the caller's.
        let __r0 = if __b0.is_none() {
            unsafe { crate::value::MapiBuffer::from_raw(*alloc, __a0, 1) }
        } else {
            ::core::option::Option::None
        };
        #[allow(unused_variables)]
        let __ntags: crate::ULONG = match (&__b0, &__r0) {
            (::core::option::Option::Some(__s), _) => __s.tags().len() as crate::ULONG,
            (::core::option::Option::None, ::core::option::Option::Some(__t)) => {
                __t.tags().map_or(0, |__t| __t.len() as crate::ULONG)
            }
            _ => 0,
        };
        // SAFETY: on success the object stored a root block of the allocator it
        // was given holding one value per tag, or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::ULONG>(),
                __ntags,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r0, __r1))
    }
    fn hr_add_obj_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: &[crate::value::PropTag],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    > {
        let __t = lpPropTagArray;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::tags_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSPropTagArray = __s.as_mut_ptr();
        let mut __a1: crate::LPSPropProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IPropData>()
                .HrAddObjProps)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SPropProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r1)
    }
}
