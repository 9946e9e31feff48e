// `idl/mapi/mapidefs.idl` as Rust, included by `mod.rs`.
/// A MAPI session handle, as used by the Simple MAPI functions; as wide as a pointer.
pub type LHANDLE = crate::ULONG_PTR;
/// A MAPI session handle, as used by the Simple MAPI functions; as wide as a pointer.
pub type LPLHANDLE = *mut crate::ULONG_PTR;
/// A currency amount: a 64-bit integer scaled by 10,000 (the value type of `PT_CURRENCY`).
pub type CURRENCY = crate::CY;
/// The identifier of a MAPI object, opaque apart from its four flag bytes; its length is always passed beside it.
pub type LPENTRYID = *mut ENTRYID;
/// A 16-byte identifier stored in byte order, used to tag providers and their entry IDs (unlike `GUID`, it has no integer fields).
pub type LPMAPIUID = *mut MAPIUID;
/// A counted array of property tags.
pub type LPSPropTagArray = *mut SPropTagArray;
/// A counted array of bytes: the value of a `PT_BINARY` property, and the form of an entry ID in lists.
pub type LPSBinary = *mut SBinary;
/// A property: its tag and its value.
///
/// Arrays of `SPropValue` returned by MAPI (for example by `GetProps`) are one
/// `MAPIAllocateBuffer` block, with strings and binary data allocated into it by
/// `MAPIAllocateMore`; one `MAPIFreeBuffer` frees it all.
pub type LPSPropValue = *mut SPropValue;
/// A property that an operation failed on, returned in an `SPropProblemArray`.
pub type LPSPropProblem = *mut SPropProblem;
/// The properties that an operation such as `SetProps`, `DeleteProps` or `CopyTo` failed on.
pub type LPSPropProblemArray = *mut SPropProblemArray;
/// A list of entry IDs, each one an `SBinary`.
pub type ENTRYLIST = SBinaryArray;
/// A list of entry IDs, each one an `SBinary`.
pub type LPENTRYLIST = *mut SBinaryArray;
/// An entry ID stored with its length in one block, the element form of a `FLATENTRYLIST`.
pub type LPFLATENTRY = *mut FLATENTRY;
/// A packed list of `FLATENTRY` structures, each aligned on a 4-byte boundary, stored in one block (the format of `PR_REPLY_RECIPIENT_ENTRIES`).
pub type LPFLATENTRYLIST = *mut FLATENTRYLIST;
/// An X.400 message transfer system identifier.
pub type LPMTSID = *mut MTSID;
/// A packed list of `MTSID` structures stored in one block, each aligned on a 4-byte boundary.
pub type LPFLATMTSIDLIST = *mut FLATMTSIDLIST;
/// The properties of one recipient, an element of an `ADRLIST`; it has the same layout as `SRow`.
pub type LPADRENTRY = *mut ADRENTRY;
/// A list of recipients, as passed to `IMessage::ModifyRecipients` and `IAddrBook::ResolveName`.
///
/// The list and each entry's property array are separate `MAPIAllocateBuffer`
/// blocks, so that entries can be replaced one at a time (`FreePadrlist` frees them all).
pub type LPADRLIST = *mut ADRLIST;
/// One row of a table: a set of property values, one per column.
pub type LPSRow = *mut SRow;
/// A set of table rows, as returned by `IMAPITable::QueryRows`.
///
/// The row set and each row's property array are separate `MAPIAllocateBuffer`
/// blocks (`FreeProws` frees them all).
pub type LPSRowSet = *mut SRowSet;
/// Allocates a block of MAPI memory (the signature of `MAPIAllocateBuffer`).
///
/// The block is freed with the matching `FREEBUFFER`, which also frees every
/// block chained to it with `ALLOCATEMORE`. Returns `S_OK` or
/// `MAPI_E_NOT_ENOUGH_MEMORY`.
pub type ALLOCATEBUFFER = unsafe extern "system" fn(
    cbSize: crate::ULONG,
    lppBuffer: *mut crate::LPVOID,
) -> crate::SCODE;
/// Allocates a block chained to an existing `ALLOCATEBUFFER` block, freed with it (the signature of `MAPIAllocateMore`).
///
/// Returns `S_OK` or `MAPI_E_NOT_ENOUGH_MEMORY`.
pub type ALLOCATEMORE = unsafe extern "system" fn(
    cbSize: crate::ULONG,
    lpObject: crate::LPVOID,
    lppBuffer: *mut crate::LPVOID,
) -> crate::SCODE;
/// Frees a block allocated with `ALLOCATEBUFFER`, and every block chained to it (the signature of `MAPIFreeBuffer`).
///
/// Freeing null does nothing. Returns 0.
pub type FREEBUFFER = unsafe extern "system" fn(lpBuffer: crate::LPVOID) -> crate::ULONG;
/// Pointer to an `ALLOCATEBUFFER` function.
pub type LPALLOCATEBUFFER = ::core::option::Option<ALLOCATEBUFFER>;
/// Pointer to an `ALLOCATEMORE` function.
pub type LPALLOCATEMORE = ::core::option::Option<ALLOCATEMORE>;
/// Pointer to a `FREEBUFFER` function.
pub type LPFREEBUFFER = ::core::option::Option<FREEBUFFER>;
/// A description of the last error of an object, returned by the `GetLastError` methods.
pub type LPMAPIERROR = *mut MAPIERROR;
/// One event passed to `IMAPIAdviseSink::OnNotify`.
pub type LPNOTIFICATION = *mut NOTIFICATION;
/// The callback that an advise sink made by `HrAllocAdviseSink` calls for each batch of notifications.
///
/// Returns 0 normally; returning `CALLBACK_DISCONTINUE` from a synchronous
/// callback stops further notifications in the batch.
pub type NOTIFCALLBACK = unsafe extern "system" fn(
    lpvContext: crate::LPVOID,
    cNotification: crate::ULONG,
    lpNotifications: LPNOTIFICATION,
) -> crate::LONG;
/// Pointer to a `NOTIFCALLBACK` function.
pub type LPNOTIFCALLBACK = ::core::option::Option<NOTIFCALLBACK>;
/// The name of a named property: a property set GUID plus an integer or a string.
pub type LPMAPINAMEID = *mut MAPINAMEID;
/// One sort key of a table.
pub type LPSSortOrder = *mut SSortOrder;
/// The sort keys of a table, for a standard or a categorized sort.
pub type LPSSortOrderSet = *mut SSortOrderSet;
/// A position in a table: one of the `BOOKMARK_*` values or a value from `IMAPITable::CreateBookmark`.
pub type BOOKMARK = crate::ULONG_PTR;
/// A filter on the rows of a table or the messages of a search folder.
pub type LPSRestriction = *mut SRestriction;
/// The result flags of `IABContainer::ResolveNames`, one per entry of the address list.
pub type LPFlagList = *mut FlagList;
/// An accelerator hook for the modeless (`DIALOG_SDI`) address book dialog box: the client's message loop passes it each message.
///
/// Returns `TRUE` if the dialog box handled the message.
pub type ACCELERATEABSDI = unsafe extern "system" fn(
    ulUIParam: crate::ULONG_PTR,
    lpvmsg: crate::LPVOID,
) -> crate::BOOL;
/// Pointer to an `ACCELERATEABSDI` function.
pub type LPFNABSDI = ::core::option::Option<ACCELERATEABSDI>;
/// Called when the modeless address book dialog box is dismissed, so that the client stops calling its accelerator hook.
pub type DISMISSMODELESS = unsafe extern "system" fn(
    ulUIParam: crate::ULONG_PTR,
    lpvContext: crate::LPVOID,
);
/// Pointer to a `DISMISSMODELESS` function.
pub type LPFNDISMISS = ::core::option::Option<DISMISSMODELESS>;
/// Called when the user presses a client-defined button in an address book details dialog box.
pub type LPFNBUTTON = ::core::option::Option<
    unsafe extern "system" fn(
        ulUIParam: crate::ULONG_PTR,
        lpvContext: crate::LPVOID,
        cbEntryID: crate::ULONG,
        lpSelection: LPENTRYID,
        ulFlags: crate::ULONG,
    ) -> crate::SCODE,
>;
/// The look and behaviour of the address book dialog box shown by `IAddrBook::Address`.
pub type LPADRPARM = *mut ADRPARM;
/// A label control of a display table.
pub type LPDTBLLABEL = *mut DTBLLABEL;
/// An edit control of a display table.
pub type LPDTBLEDIT = *mut DTBLEDIT;
/// A list box control of a display table.
pub type LPDTBLLBX = *mut DTBLLBX;
/// A combo box control of a display table.
pub type LPDTBLCOMBOBOX = *mut DTBLCOMBOBOX;
/// A drop-down list box control of a display table.
pub type LPDTBLDDLBX = *mut DTBLDDLBX;
/// A check box control of a display table.
pub type LPDTBLCHECKBOX = *mut DTBLCHECKBOX;
/// A group box control of a display table.
pub type LPDTBLGROUPBOX = *mut DTBLGROUPBOX;
/// A button control of a display table.
pub type LPDTBLBUTTON = *mut DTBLBUTTON;
/// A tabbed page of a display table.
pub type LPDTBLPAGE = *mut DTBLPAGE;
/// A radio button control of a display table.
pub type LPDTBLRADIOBUTTON = *mut DTBLRADIOBUTTON;
/// A multivalued list box control of a display table.
pub type LPDTBLMVLISTBOX = *mut DTBLMVLISTBOX;
/// A multivalued drop-down list box control of a display table.
pub type LPDTBLMVDDLBX = *mut DTBLMVDDLBX;
/// The attributes (`PROPATTR_*`) of a set of properties, parallel to a property tag array.
pub type LPSPropAttrArray = *mut SPropAttrArray;
/// The identifier of a MAPI object, opaque apart from its four flag bytes; its length is always passed beside it.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ENTRYID {
    /// Flag bytes describing how the identifier may be used; `abFlags[0]` holds `MAPI_SHORTTERM`, `MAPI_NOTRECIP` and friends, `abFlags[1]` may hold `MAPI_COMPOUND`.
    pub abFlags: [crate::BYTE; 4],
    /// The provider-defined bytes that follow the flags; the real length is the entry ID size minus 4.
    pub ab: [crate::BYTE; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ENTRYID>() == 5);
    assert!(::core::mem::align_of::<ENTRYID>() == 1);
    assert!(::core::mem::offset_of!(ENTRYID, abFlags) == 0);
    assert!(::core::mem::offset_of!(ENTRYID, ab) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ENTRYID>() == 5);
    assert!(::core::mem::align_of::<ENTRYID>() == 1);
    assert!(::core::mem::offset_of!(ENTRYID, abFlags) == 0);
    assert!(::core::mem::offset_of!(ENTRYID, ab) == 4);
};
/// A 16-byte identifier stored in byte order, used to tag providers and their entry IDs (unlike `GUID`, it has no integer fields).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MAPIUID {
    /// The identifier bytes.
    pub ab: [crate::BYTE; 16],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPIUID>() == 16);
    assert!(::core::mem::align_of::<MAPIUID>() == 1);
    assert!(::core::mem::offset_of!(MAPIUID, ab) == 0);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPIUID>() == 16);
    assert!(::core::mem::align_of::<MAPIUID>() == 1);
    assert!(::core::mem::offset_of!(MAPIUID, ab) == 0);
};
/// A counted array of property tags.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SPropTagArray {
    /// The number of tags in `aulPropTag`.
    pub cValues: crate::ULONG,
    /// The property tags (the array really holds `cValues` entries).
    pub aulPropTag: [crate::ULONG; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropTagArray>() == 8);
    assert!(::core::mem::align_of::<SPropTagArray>() == 4);
    assert!(::core::mem::offset_of!(SPropTagArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SPropTagArray, aulPropTag) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropTagArray>() == 8);
    assert!(::core::mem::align_of::<SPropTagArray>() == 4);
    assert!(::core::mem::offset_of!(SPropTagArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SPropTagArray, aulPropTag) == 4);
};
/// A counted array of bytes: the value of a `PT_BINARY` property, and the form of an entry ID in lists.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SBinary {
    /// The number of bytes.
    pub cb: crate::ULONG,
    /// The bytes.
    pub lpb: crate::LPBYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SBinary>() == 16);
    assert!(::core::mem::align_of::<SBinary>() == 8);
    assert!(::core::mem::offset_of!(SBinary, cb) == 0);
    assert!(::core::mem::offset_of!(SBinary, lpb) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SBinary>() == 8);
    assert!(::core::mem::align_of::<SBinary>() == 4);
    assert!(::core::mem::offset_of!(SBinary, cb) == 0);
    assert!(::core::mem::offset_of!(SBinary, lpb) == 4);
};
/// The values of a `PT_MV_I2` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SShortArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpi: *mut i16,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SShortArray>() == 16);
    assert!(::core::mem::align_of::<SShortArray>() == 8);
    assert!(::core::mem::offset_of!(SShortArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SShortArray, lpi) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SShortArray>() == 8);
    assert!(::core::mem::align_of::<SShortArray>() == 4);
    assert!(::core::mem::offset_of!(SShortArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SShortArray, lpi) == 4);
};
/// The values of a `PT_MV_CLSID` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SGuidArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpguid: *mut crate::GUID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SGuidArray>() == 16);
    assert!(::core::mem::align_of::<SGuidArray>() == 8);
    assert!(::core::mem::offset_of!(SGuidArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SGuidArray, lpguid) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SGuidArray>() == 8);
    assert!(::core::mem::align_of::<SGuidArray>() == 4);
    assert!(::core::mem::offset_of!(SGuidArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SGuidArray, lpguid) == 4);
};
/// The values of a `PT_MV_R4` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SRealArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpflt: *mut f32,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRealArray>() == 16);
    assert!(::core::mem::align_of::<SRealArray>() == 8);
    assert!(::core::mem::offset_of!(SRealArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SRealArray, lpflt) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRealArray>() == 8);
    assert!(::core::mem::align_of::<SRealArray>() == 4);
    assert!(::core::mem::offset_of!(SRealArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SRealArray, lpflt) == 4);
};
/// The values of a `PT_MV_LONG` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SLongArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpl: *mut crate::LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SLongArray>() == 16);
    assert!(::core::mem::align_of::<SLongArray>() == 8);
    assert!(::core::mem::offset_of!(SLongArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SLongArray, lpl) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SLongArray>() == 8);
    assert!(::core::mem::align_of::<SLongArray>() == 4);
    assert!(::core::mem::offset_of!(SLongArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SLongArray, lpl) == 4);
};
/// The values of a `PT_MV_I8` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SLargeIntegerArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpli: *mut crate::LARGE_INTEGER,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SLargeIntegerArray>() == 16);
    assert!(::core::mem::align_of::<SLargeIntegerArray>() == 8);
    assert!(::core::mem::offset_of!(SLargeIntegerArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SLargeIntegerArray, lpli) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SLargeIntegerArray>() == 8);
    assert!(::core::mem::align_of::<SLargeIntegerArray>() == 4);
    assert!(::core::mem::offset_of!(SLargeIntegerArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SLargeIntegerArray, lpli) == 4);
};
/// The values of a `PT_MV_SYSTIME` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SDateTimeArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpft: *mut crate::FILETIME,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SDateTimeArray>() == 16);
    assert!(::core::mem::align_of::<SDateTimeArray>() == 8);
    assert!(::core::mem::offset_of!(SDateTimeArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SDateTimeArray, lpft) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SDateTimeArray>() == 8);
    assert!(::core::mem::align_of::<SDateTimeArray>() == 4);
    assert!(::core::mem::offset_of!(SDateTimeArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SDateTimeArray, lpft) == 4);
};
/// The values of a `PT_MV_APPTIME` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SAppTimeArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpat: *mut f64,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SAppTimeArray>() == 16);
    assert!(::core::mem::align_of::<SAppTimeArray>() == 8);
    assert!(::core::mem::offset_of!(SAppTimeArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SAppTimeArray, lpat) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SAppTimeArray>() == 8);
    assert!(::core::mem::align_of::<SAppTimeArray>() == 4);
    assert!(::core::mem::offset_of!(SAppTimeArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SAppTimeArray, lpat) == 4);
};
/// The values of a `PT_MV_CURRENCY` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SCurrencyArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpcur: *mut CURRENCY,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SCurrencyArray>() == 16);
    assert!(::core::mem::align_of::<SCurrencyArray>() == 8);
    assert!(::core::mem::offset_of!(SCurrencyArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SCurrencyArray, lpcur) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SCurrencyArray>() == 8);
    assert!(::core::mem::align_of::<SCurrencyArray>() == 4);
    assert!(::core::mem::offset_of!(SCurrencyArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SCurrencyArray, lpcur) == 4);
};
/// The values of a `PT_MV_BINARY` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SBinaryArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpbin: *mut SBinary,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SBinaryArray>() == 16);
    assert!(::core::mem::align_of::<SBinaryArray>() == 8);
    assert!(::core::mem::offset_of!(SBinaryArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SBinaryArray, lpbin) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SBinaryArray>() == 8);
    assert!(::core::mem::align_of::<SBinaryArray>() == 4);
    assert!(::core::mem::offset_of!(SBinaryArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SBinaryArray, lpbin) == 4);
};
/// The values of a `PT_MV_DOUBLE` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SDoubleArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The values.
    pub lpdbl: *mut f64,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SDoubleArray>() == 16);
    assert!(::core::mem::align_of::<SDoubleArray>() == 8);
    assert!(::core::mem::offset_of!(SDoubleArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SDoubleArray, lpdbl) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SDoubleArray>() == 8);
    assert!(::core::mem::align_of::<SDoubleArray>() == 4);
    assert!(::core::mem::offset_of!(SDoubleArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SDoubleArray, lpdbl) == 4);
};
/// The values of a `PT_MV_UNICODE` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SWStringArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The strings.
    pub lppszW: *mut crate::LPWSTR,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SWStringArray>() == 16);
    assert!(::core::mem::align_of::<SWStringArray>() == 8);
    assert!(::core::mem::offset_of!(SWStringArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SWStringArray, lppszW) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SWStringArray>() == 8);
    assert!(::core::mem::align_of::<SWStringArray>() == 4);
    assert!(::core::mem::offset_of!(SWStringArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SWStringArray, lppszW) == 4);
};
/// The values of a `PT_MV_STRING8` property.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SLPSTRArray {
    /// The number of values.
    pub cValues: crate::ULONG,
    /// The strings.
    pub lppszA: *mut crate::LPSTR,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SLPSTRArray>() == 16);
    assert!(::core::mem::align_of::<SLPSTRArray>() == 8);
    assert!(::core::mem::offset_of!(SLPSTRArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SLPSTRArray, lppszA) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SLPSTRArray>() == 8);
    assert!(::core::mem::align_of::<SLPSTRArray>() == 4);
    assert!(::core::mem::offset_of!(SLPSTRArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SLPSTRArray, lppszA) == 4);
};
/// The value of a property; the type in the low 16 bits of `SPropValue::ulPropTag` says which member is valid.
#[repr(C)]
#[derive(Clone, Copy)]
pub union __UPV {
    /// `PT_I2`.
    pub i: i16,
    /// `PT_LONG`.
    pub l: crate::LONG,
    /// `PT_LONG`, read as unsigned.
    pub ul: crate::ULONG,
    /// `PT_PTR`.
    pub lpv: crate::LPVOID,
    /// `PT_R4`.
    pub flt: f32,
    /// `PT_DOUBLE`.
    pub dbl: f64,
    /// `PT_BOOLEAN`.
    pub b: u16,
    /// `PT_CURRENCY`.
    pub cur: CURRENCY,
    /// `PT_APPTIME`.
    pub at: f64,
    /// `PT_SYSTIME`.
    pub ft: crate::FILETIME,
    /// `PT_STRING8`.
    pub lpszA: crate::LPSTR,
    /// `PT_BINARY`.
    pub bin: SBinary,
    /// `PT_UNICODE`.
    pub lpszW: crate::LPWSTR,
    /// `PT_CLSID`.
    pub lpguid: crate::LPGUID,
    /// `PT_I8`.
    pub li: crate::LARGE_INTEGER,
    /// `PT_MV_I2`.
    pub MVi: SShortArray,
    /// `PT_MV_LONG`.
    pub MVl: SLongArray,
    /// `PT_MV_R4`.
    pub MVflt: SRealArray,
    /// `PT_MV_DOUBLE`.
    pub MVdbl: SDoubleArray,
    /// `PT_MV_CURRENCY`.
    pub MVcur: SCurrencyArray,
    /// `PT_MV_APPTIME`.
    pub MVat: SAppTimeArray,
    /// `PT_MV_SYSTIME`.
    pub MVft: SDateTimeArray,
    /// `PT_MV_BINARY`.
    pub MVbin: SBinaryArray,
    /// `PT_MV_STRING8`.
    pub MVszA: SLPSTRArray,
    /// `PT_MV_UNICODE`.
    pub MVszW: SWStringArray,
    /// `PT_MV_CLSID`.
    pub MVguid: SGuidArray,
    /// `PT_MV_I8`.
    pub MVli: SLargeIntegerArray,
    /// `PT_ERROR`: why the value is missing.
    pub err: crate::SCODE,
    /// `PT_NULL` and `PT_OBJECT`: no usable value.
    pub x: crate::LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<__UPV>() == 16);
    assert!(::core::mem::align_of::<__UPV>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<__UPV>() == 8);
    assert!(::core::mem::align_of::<__UPV>() == 8);
};
/// A property: its tag and its value.
///
/// Arrays of `SPropValue` returned by MAPI (for example by `GetProps`) are one
/// `MAPIAllocateBuffer` block, with strings and binary data allocated into it by
/// `MAPIAllocateMore`; one `MAPIFreeBuffer` frees it all.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SPropValue {
    /// The property tag: identifier in the high 16 bits, `PT_*` type in the low 16.
    pub ulPropTag: crate::ULONG,
    /// Padding that keeps `Value` 8-byte aligned; ignore it.
    pub dwAlignPad: crate::ULONG,
    /// The value, interpreted according to the type in `ulPropTag`.
    pub Value: __UPV,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropValue>() == 24);
    assert!(::core::mem::align_of::<SPropValue>() == 8);
    assert!(::core::mem::offset_of!(SPropValue, ulPropTag) == 0);
    assert!(::core::mem::offset_of!(SPropValue, dwAlignPad) == 4);
    assert!(::core::mem::offset_of!(SPropValue, Value) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropValue>() == 16);
    assert!(::core::mem::align_of::<SPropValue>() == 8);
    assert!(::core::mem::offset_of!(SPropValue, ulPropTag) == 0);
    assert!(::core::mem::offset_of!(SPropValue, dwAlignPad) == 4);
    assert!(::core::mem::offset_of!(SPropValue, Value) == 8);
};
/// A property that an operation failed on, returned in an `SPropProblemArray`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SPropProblem {
    /// The index of the property in the array passed to the call.
    pub ulIndex: crate::ULONG,
    /// The tag of the property.
    pub ulPropTag: crate::ULONG,
    /// Why the operation failed for that property.
    pub scode: crate::SCODE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropProblem>() == 12);
    assert!(::core::mem::align_of::<SPropProblem>() == 4);
    assert!(::core::mem::offset_of!(SPropProblem, ulIndex) == 0);
    assert!(::core::mem::offset_of!(SPropProblem, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SPropProblem, scode) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropProblem>() == 12);
    assert!(::core::mem::align_of::<SPropProblem>() == 4);
    assert!(::core::mem::offset_of!(SPropProblem, ulIndex) == 0);
    assert!(::core::mem::offset_of!(SPropProblem, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SPropProblem, scode) == 8);
};
/// The properties that an operation such as `SetProps`, `DeleteProps` or `CopyTo` failed on.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SPropProblemArray {
    /// The number of problems.
    pub cProblem: crate::ULONG,
    /// The problems (the array really holds `cProblem` entries).
    pub aProblem: [SPropProblem; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropProblemArray>() == 16);
    assert!(::core::mem::align_of::<SPropProblemArray>() == 4);
    assert!(::core::mem::offset_of!(SPropProblemArray, cProblem) == 0);
    assert!(::core::mem::offset_of!(SPropProblemArray, aProblem) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropProblemArray>() == 16);
    assert!(::core::mem::align_of::<SPropProblemArray>() == 4);
    assert!(::core::mem::offset_of!(SPropProblemArray, cProblem) == 0);
    assert!(::core::mem::offset_of!(SPropProblemArray, aProblem) == 4);
};
/// An entry ID stored with its length in one block, the element form of a `FLATENTRYLIST`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FLATENTRY {
    /// The size of `abEntry`, in bytes.
    pub cb: crate::ULONG,
    /// The entry ID bytes.
    pub abEntry: [crate::BYTE; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FLATENTRY>() == 8);
    assert!(::core::mem::align_of::<FLATENTRY>() == 4);
    assert!(::core::mem::offset_of!(FLATENTRY, cb) == 0);
    assert!(::core::mem::offset_of!(FLATENTRY, abEntry) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FLATENTRY>() == 8);
    assert!(::core::mem::align_of::<FLATENTRY>() == 4);
    assert!(::core::mem::offset_of!(FLATENTRY, cb) == 0);
    assert!(::core::mem::offset_of!(FLATENTRY, abEntry) == 4);
};
/// A packed list of `FLATENTRY` structures, each aligned on a 4-byte boundary, stored in one block (the format of `PR_REPLY_RECIPIENT_ENTRIES`).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FLATENTRYLIST {
    /// The number of `FLATENTRY` structures in `abEntries`.
    pub cEntries: crate::ULONG,
    /// The size of `abEntries`, in bytes.
    pub cbEntries: crate::ULONG,
    /// The packed `FLATENTRY` structures.
    pub abEntries: [crate::BYTE; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FLATENTRYLIST>() == 12);
    assert!(::core::mem::align_of::<FLATENTRYLIST>() == 4);
    assert!(::core::mem::offset_of!(FLATENTRYLIST, cEntries) == 0);
    assert!(::core::mem::offset_of!(FLATENTRYLIST, cbEntries) == 4);
    assert!(::core::mem::offset_of!(FLATENTRYLIST, abEntries) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FLATENTRYLIST>() == 12);
    assert!(::core::mem::align_of::<FLATENTRYLIST>() == 4);
    assert!(::core::mem::offset_of!(FLATENTRYLIST, cEntries) == 0);
    assert!(::core::mem::offset_of!(FLATENTRYLIST, cbEntries) == 4);
    assert!(::core::mem::offset_of!(FLATENTRYLIST, abEntries) == 8);
};
/// An X.400 message transfer system identifier.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MTSID {
    /// The size of `ab`, in bytes.
    pub cb: crate::ULONG,
    /// The identifier bytes.
    pub ab: [crate::BYTE; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MTSID>() == 8);
    assert!(::core::mem::align_of::<MTSID>() == 4);
    assert!(::core::mem::offset_of!(MTSID, cb) == 0);
    assert!(::core::mem::offset_of!(MTSID, ab) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MTSID>() == 8);
    assert!(::core::mem::align_of::<MTSID>() == 4);
    assert!(::core::mem::offset_of!(MTSID, cb) == 0);
    assert!(::core::mem::offset_of!(MTSID, ab) == 4);
};
/// A packed list of `MTSID` structures stored in one block, each aligned on a 4-byte boundary.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FLATMTSIDLIST {
    /// The number of `MTSID` structures in `abMTSIDs`.
    pub cMTSIDs: crate::ULONG,
    /// The size of `abMTSIDs`, in bytes.
    pub cbMTSIDs: crate::ULONG,
    /// The packed `MTSID` structures.
    pub abMTSIDs: [crate::BYTE; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FLATMTSIDLIST>() == 12);
    assert!(::core::mem::align_of::<FLATMTSIDLIST>() == 4);
    assert!(::core::mem::offset_of!(FLATMTSIDLIST, cMTSIDs) == 0);
    assert!(::core::mem::offset_of!(FLATMTSIDLIST, cbMTSIDs) == 4);
    assert!(::core::mem::offset_of!(FLATMTSIDLIST, abMTSIDs) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FLATMTSIDLIST>() == 12);
    assert!(::core::mem::align_of::<FLATMTSIDLIST>() == 4);
    assert!(::core::mem::offset_of!(FLATMTSIDLIST, cMTSIDs) == 0);
    assert!(::core::mem::offset_of!(FLATMTSIDLIST, cbMTSIDs) == 4);
    assert!(::core::mem::offset_of!(FLATMTSIDLIST, abMTSIDs) == 8);
};
/// The properties of one recipient, an element of an `ADRLIST`; it has the same layout as `SRow`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ADRENTRY {
    /// Reserved; never used.
    pub ulReserved1: crate::ULONG,
    /// The number of properties in `rgPropVals`.
    pub cValues: crate::ULONG,
    /// The recipient's properties, each block allocated separately with `MAPIAllocateBuffer`.
    pub rgPropVals: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ADRENTRY>() == 16);
    assert!(::core::mem::align_of::<ADRENTRY>() == 8);
    assert!(::core::mem::offset_of!(ADRENTRY, ulReserved1) == 0);
    assert!(::core::mem::offset_of!(ADRENTRY, cValues) == 4);
    assert!(::core::mem::offset_of!(ADRENTRY, rgPropVals) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ADRENTRY>() == 12);
    assert!(::core::mem::align_of::<ADRENTRY>() == 4);
    assert!(::core::mem::offset_of!(ADRENTRY, ulReserved1) == 0);
    assert!(::core::mem::offset_of!(ADRENTRY, cValues) == 4);
    assert!(::core::mem::offset_of!(ADRENTRY, rgPropVals) == 8);
};
/// A list of recipients, as passed to `IMessage::ModifyRecipients` and `IAddrBook::ResolveName`.
///
/// The list and each entry's property array are separate `MAPIAllocateBuffer`
/// blocks, so that entries can be replaced one at a time (`FreePadrlist` frees them all).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ADRLIST {
    /// The number of entries.
    pub cEntries: crate::ULONG,
    /// The entries (the array really holds `cEntries` entries).
    pub aEntries: [ADRENTRY; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ADRLIST>() == 24);
    assert!(::core::mem::align_of::<ADRLIST>() == 8);
    assert!(::core::mem::offset_of!(ADRLIST, cEntries) == 0);
    assert!(::core::mem::offset_of!(ADRLIST, aEntries) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ADRLIST>() == 16);
    assert!(::core::mem::align_of::<ADRLIST>() == 4);
    assert!(::core::mem::offset_of!(ADRLIST, cEntries) == 0);
    assert!(::core::mem::offset_of!(ADRLIST, aEntries) == 4);
};
/// One row of a table: a set of property values, one per column.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SRow {
    /// Padding so that an `SRow` has the same layout as an `ADRENTRY`.
    pub ulAdrEntryPad: crate::ULONG,
    /// The number of properties in `lpProps`.
    pub cValues: crate::ULONG,
    /// The column values of the row.
    pub lpProps: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRow>() == 16);
    assert!(::core::mem::align_of::<SRow>() == 8);
    assert!(::core::mem::offset_of!(SRow, ulAdrEntryPad) == 0);
    assert!(::core::mem::offset_of!(SRow, cValues) == 4);
    assert!(::core::mem::offset_of!(SRow, lpProps) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRow>() == 12);
    assert!(::core::mem::align_of::<SRow>() == 4);
    assert!(::core::mem::offset_of!(SRow, ulAdrEntryPad) == 0);
    assert!(::core::mem::offset_of!(SRow, cValues) == 4);
    assert!(::core::mem::offset_of!(SRow, lpProps) == 8);
};
/// A set of table rows, as returned by `IMAPITable::QueryRows`.
///
/// The row set and each row's property array are separate `MAPIAllocateBuffer`
/// blocks (`FreeProws` frees them all).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SRowSet {
    /// The number of rows.
    pub cRows: crate::ULONG,
    /// The rows (the array really holds `cRows` entries).
    pub aRow: [SRow; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRowSet>() == 24);
    assert!(::core::mem::align_of::<SRowSet>() == 8);
    assert!(::core::mem::offset_of!(SRowSet, cRows) == 0);
    assert!(::core::mem::offset_of!(SRowSet, aRow) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRowSet>() == 16);
    assert!(::core::mem::align_of::<SRowSet>() == 4);
    assert!(::core::mem::offset_of!(SRowSet, cRows) == 0);
    assert!(::core::mem::offset_of!(SRowSet, aRow) == 4);
};
/// A description of the last error of an object, returned by the `GetLastError` methods.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MAPIERROR {
    /// The structure version; `MAPI_ERROR_VERSION`.
    pub ulVersion: crate::ULONG,
    /// A message describing the error, Unicode when `MAPI_UNICODE` was passed to `GetLastError`.
    pub lpszError: crate::LPTSTR,
    /// The name of the component that produced the error, in the same character set.
    pub lpszComponent: crate::LPTSTR,
    /// A lower-level error code (for example a system or network error), or 0.
    pub ulLowLevelError: crate::ULONG,
    /// Where in the component the error happened (a provider-defined value).
    pub ulContext: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPIERROR>() == 32);
    assert!(::core::mem::align_of::<MAPIERROR>() == 8);
    assert!(::core::mem::offset_of!(MAPIERROR, ulVersion) == 0);
    assert!(::core::mem::offset_of!(MAPIERROR, lpszError) == 8);
    assert!(::core::mem::offset_of!(MAPIERROR, lpszComponent) == 16);
    assert!(::core::mem::offset_of!(MAPIERROR, ulLowLevelError) == 24);
    assert!(::core::mem::offset_of!(MAPIERROR, ulContext) == 28);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPIERROR>() == 20);
    assert!(::core::mem::align_of::<MAPIERROR>() == 4);
    assert!(::core::mem::offset_of!(MAPIERROR, ulVersion) == 0);
    assert!(::core::mem::offset_of!(MAPIERROR, lpszError) == 4);
    assert!(::core::mem::offset_of!(MAPIERROR, lpszComponent) == 8);
    assert!(::core::mem::offset_of!(MAPIERROR, ulLowLevelError) == 12);
    assert!(::core::mem::offset_of!(MAPIERROR, ulContext) == 16);
};
/// A critical error, delivered with `fnevCriticalError`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ERROR_NOTIFICATION {
    /// The size of `lpEntryID`, in bytes.
    pub cbEntryID: crate::ULONG,
    /// The entry ID of the object the error concerns.
    pub lpEntryID: LPENTRYID,
    /// The error.
    pub scode: crate::SCODE,
    /// 0 or `MAPI_UNICODE`: the character set of the strings in `lpMAPIError`.
    pub ulFlags: crate::ULONG,
    /// Details of the error.
    pub lpMAPIError: LPMAPIERROR,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ERROR_NOTIFICATION>() == 32);
    assert!(::core::mem::align_of::<ERROR_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, lpEntryID) == 8);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, scode) == 16);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, ulFlags) == 20);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, lpMAPIError) == 24);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ERROR_NOTIFICATION>() == 20);
    assert!(::core::mem::align_of::<ERROR_NOTIFICATION>() == 4);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, lpEntryID) == 4);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, scode) == 8);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, ulFlags) == 12);
    assert!(::core::mem::offset_of!(ERROR_NOTIFICATION, lpMAPIError) == 16);
};
/// A new message that arrived in a receive folder, delivered with `fnevNewMail`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct NEWMAIL_NOTIFICATION {
    /// The size of `lpEntryID`, in bytes.
    pub cbEntryID: crate::ULONG,
    /// The entry ID of the new message.
    pub lpEntryID: LPENTRYID,
    /// The size of `lpParentID`, in bytes.
    pub cbParentID: crate::ULONG,
    /// The entry ID of the folder that received the message.
    pub lpParentID: LPENTRYID,
    /// 0 or `MAPI_UNICODE`: the character set of `lpszMessageClass`.
    pub ulFlags: crate::ULONG,
    /// The message class of the new message.
    pub lpszMessageClass: crate::LPTSTR,
    /// The message flags (`MSGFLAG_*`, the value of `PR_MESSAGE_FLAGS`).
    pub ulMessageFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NEWMAIL_NOTIFICATION>() == 56);
    assert!(::core::mem::align_of::<NEWMAIL_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, lpEntryID) == 8);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, cbParentID) == 16);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, lpParentID) == 24);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, ulFlags) == 32);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, lpszMessageClass) == 40);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, ulMessageFlags) == 48);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NEWMAIL_NOTIFICATION>() == 28);
    assert!(::core::mem::align_of::<NEWMAIL_NOTIFICATION>() == 4);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, lpEntryID) == 4);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, cbParentID) == 8);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, lpParentID) == 12);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, ulFlags) == 16);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, lpszMessageClass) == 20);
    assert!(::core::mem::offset_of!(NEWMAIL_NOTIFICATION, ulMessageFlags) == 24);
};
/// A change to an object, delivered with `fnevObjectCreated`, `fnevObjectDeleted`, `fnevObjectModified`, `fnevObjectMoved`, `fnevObjectCopied` or `fnevSearchComplete`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct OBJECT_NOTIFICATION {
    /// The size of `lpEntryID`, in bytes.
    pub cbEntryID: crate::ULONG,
    /// The entry ID of the object.
    pub lpEntryID: LPENTRYID,
    /// The type of the object (`MAPI_MESSAGE`, `MAPI_FOLDER`...).
    pub ulObjType: crate::ULONG,
    /// The size of `lpParentID`, in bytes.
    pub cbParentID: crate::ULONG,
    /// The entry ID of the object's parent.
    pub lpParentID: LPENTRYID,
    /// The size of `lpOldID`, in bytes.
    pub cbOldID: crate::ULONG,
    /// For moves and copies, the entry ID the object had before; otherwise null.
    pub lpOldID: LPENTRYID,
    /// The size of `lpOldParentID`, in bytes.
    pub cbOldParentID: crate::ULONG,
    /// For moves and copies, the entry ID of the former parent; otherwise null.
    pub lpOldParentID: LPENTRYID,
    /// The tags of the properties that changed, or null.
    pub lpPropTagArray: LPSPropTagArray,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<OBJECT_NOTIFICATION>() == 72);
    assert!(::core::mem::align_of::<OBJECT_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpEntryID) == 8);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, ulObjType) == 16);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbParentID) == 20);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpParentID) == 24);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbOldID) == 32);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpOldID) == 40);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbOldParentID) == 48);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpOldParentID) == 56);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpPropTagArray) == 64);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<OBJECT_NOTIFICATION>() == 40);
    assert!(::core::mem::align_of::<OBJECT_NOTIFICATION>() == 4);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpEntryID) == 4);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, ulObjType) == 8);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbParentID) == 12);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpParentID) == 16);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbOldID) == 20);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpOldID) == 24);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, cbOldParentID) == 28);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpOldParentID) == 32);
    assert!(::core::mem::offset_of!(OBJECT_NOTIFICATION, lpPropTagArray) == 36);
};
/// A change to a table, delivered with `fnevTableModified`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TABLE_NOTIFICATION {
    /// What happened: one of the `TABLE_*` event values.
    pub ulTableEvent: crate::ULONG,
    /// The error, for `TABLE_ERROR`.
    pub hResult: crate::HRESULT,
    /// The index property (normally `PR_INSTANCE_KEY`) of the row concerned.
    pub propIndex: SPropValue,
    /// The index property of the row before it; `PR_NULL` when the row is first.
    pub propPrior: SPropValue,
    /// The new data of an added or modified row.
    pub row: SRow,
    /// Padding to an 8-byte boundary.
    pub ulPad: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<TABLE_NOTIFICATION>() == 80);
    assert!(::core::mem::align_of::<TABLE_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, ulTableEvent) == 0);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, hResult) == 4);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, propIndex) == 8);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, propPrior) == 32);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, row) == 56);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, ulPad) == 72);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<TABLE_NOTIFICATION>() == 56);
    assert!(::core::mem::align_of::<TABLE_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, ulTableEvent) == 0);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, hResult) == 4);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, propIndex) == 8);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, propPrior) == 24);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, row) == 40);
    assert!(::core::mem::offset_of!(TABLE_NOTIFICATION, ulPad) == 52);
};
/// A provider-defined event, delivered with `fnevExtended`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct EXTENDED_NOTIFICATION {
    /// The provider-defined event code.
    pub ulEvent: crate::ULONG,
    /// The size of `pbEventParameters`, in bytes.
    pub cb: crate::ULONG,
    /// The event parameters.
    pub pbEventParameters: crate::LPBYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<EXTENDED_NOTIFICATION>() == 16);
    assert!(::core::mem::align_of::<EXTENDED_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(EXTENDED_NOTIFICATION, ulEvent) == 0);
    assert!(::core::mem::offset_of!(EXTENDED_NOTIFICATION, cb) == 4);
    assert!(::core::mem::offset_of!(EXTENDED_NOTIFICATION, pbEventParameters) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<EXTENDED_NOTIFICATION>() == 12);
    assert!(::core::mem::align_of::<EXTENDED_NOTIFICATION>() == 4);
    assert!(::core::mem::offset_of!(EXTENDED_NOTIFICATION, ulEvent) == 0);
    assert!(::core::mem::offset_of!(EXTENDED_NOTIFICATION, cb) == 4);
    assert!(::core::mem::offset_of!(EXTENDED_NOTIFICATION, pbEventParameters) == 8);
};
/// A change to a status object, delivered with `fnevStatusObjectModified`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct STATUS_OBJECT_NOTIFICATION {
    /// The size of `lpEntryID`, in bytes.
    pub cbEntryID: crate::ULONG,
    /// The entry ID of the status object.
    pub lpEntryID: LPENTRYID,
    /// The number of properties in `lpPropVals`.
    pub cValues: crate::ULONG,
    /// The changed properties of the status object.
    pub lpPropVals: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STATUS_OBJECT_NOTIFICATION>() == 32);
    assert!(::core::mem::align_of::<STATUS_OBJECT_NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, lpEntryID) == 8);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, cValues) == 16);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, lpPropVals) == 24);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<STATUS_OBJECT_NOTIFICATION>() == 16);
    assert!(::core::mem::align_of::<STATUS_OBJECT_NOTIFICATION>() == 4);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, cbEntryID) == 0);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, lpEntryID) == 4);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, cValues) == 8);
    assert!(::core::mem::offset_of!(STATUS_OBJECT_NOTIFICATION, lpPropVals) == 12);
};
/// One event passed to `IMAPIAdviseSink::OnNotify`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct NOTIFICATION {
    /// The event: one of the `fnev*` values, which selects the member of `info`.
    pub ulEventType: crate::ULONG,
    /// Padding to an 8-byte boundary.
    pub ulAlignPad: crate::ULONG,
    /// The event details.
    pub info: NOTIFICATION_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NOTIFICATION>() == 88);
    assert!(::core::mem::align_of::<NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(NOTIFICATION, ulEventType) == 0);
    assert!(::core::mem::offset_of!(NOTIFICATION, ulAlignPad) == 4);
    assert!(::core::mem::offset_of!(NOTIFICATION, info) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NOTIFICATION>() == 64);
    assert!(::core::mem::align_of::<NOTIFICATION>() == 8);
    assert!(::core::mem::offset_of!(NOTIFICATION, ulEventType) == 0);
    assert!(::core::mem::offset_of!(NOTIFICATION, ulAlignPad) == 4);
    assert!(::core::mem::offset_of!(NOTIFICATION, info) == 8);
};
/// The event details.
#[repr(C)]
#[derive(Clone, Copy)]
pub union NOTIFICATION_0 {
    /// `fnevCriticalError`.
    pub err: ERROR_NOTIFICATION,
    /// `fnevNewMail`.
    pub newmail: NEWMAIL_NOTIFICATION,
    /// The object events and `fnevSearchComplete`.
    pub obj: OBJECT_NOTIFICATION,
    /// `fnevTableModified`.
    pub tab: TABLE_NOTIFICATION,
    /// `fnevExtended`.
    pub ext: EXTENDED_NOTIFICATION,
    /// `fnevStatusObjectModified`.
    pub statobj: STATUS_OBJECT_NOTIFICATION,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NOTIFICATION_0>() == 80);
    assert!(::core::mem::align_of::<NOTIFICATION_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NOTIFICATION_0>() == 56);
    assert!(::core::mem::align_of::<NOTIFICATION_0>() == 8);
};
/// The name of a named property: a property set GUID plus an integer or a string.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MAPINAMEID {
    /// The property set the name belongs to.
    pub lpguid: crate::LPGUID,
    /// `MNID_ID` or `MNID_STRING`: which member of `Kind` holds the name.
    pub ulKind: crate::ULONG,
    /// The name.
    pub Kind: MAPINAMEID_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPINAMEID>() == 24);
    assert!(::core::mem::align_of::<MAPINAMEID>() == 8);
    assert!(::core::mem::offset_of!(MAPINAMEID, lpguid) == 0);
    assert!(::core::mem::offset_of!(MAPINAMEID, ulKind) == 8);
    assert!(::core::mem::offset_of!(MAPINAMEID, Kind) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPINAMEID>() == 12);
    assert!(::core::mem::align_of::<MAPINAMEID>() == 4);
    assert!(::core::mem::offset_of!(MAPINAMEID, lpguid) == 0);
    assert!(::core::mem::offset_of!(MAPINAMEID, ulKind) == 4);
    assert!(::core::mem::offset_of!(MAPINAMEID, Kind) == 8);
};
/// The name.
#[repr(C)]
#[derive(Clone, Copy)]
pub union MAPINAMEID_0 {
    /// Reserved: makes the union pointer-sized; do not use.
    pub lID_Reserved: crate::LONG_PTR,
    /// The integer name, when `ulKind` is `MNID_ID`.
    pub lID: crate::LONG,
    /// The string name (always UTF-16), when `ulKind` is `MNID_STRING`.
    pub lpwstrName: crate::LPWSTR,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPINAMEID_0>() == 8);
    assert!(::core::mem::align_of::<MAPINAMEID_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPINAMEID_0>() == 4);
    assert!(::core::mem::align_of::<MAPINAMEID_0>() == 4);
};
/// One sort key of a table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SSortOrder {
    /// The column to sort on, or for a categorized sort the category column.
    pub ulPropTag: crate::ULONG,
    /// The direction and kind of sort: a `TABLE_SORT_*` value.
    pub ulOrder: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSortOrder>() == 8);
    assert!(::core::mem::align_of::<SSortOrder>() == 4);
    assert!(::core::mem::offset_of!(SSortOrder, ulPropTag) == 0);
    assert!(::core::mem::offset_of!(SSortOrder, ulOrder) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSortOrder>() == 8);
    assert!(::core::mem::align_of::<SSortOrder>() == 4);
    assert!(::core::mem::offset_of!(SSortOrder, ulPropTag) == 0);
    assert!(::core::mem::offset_of!(SSortOrder, ulOrder) == 4);
};
/// The sort keys of a table, for a standard or a categorized sort.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SSortOrderSet {
    /// The number of sort keys in `aSort`.
    pub cSorts: crate::ULONG,
    /// How many of the leading sort keys are category columns; 0 for a standard sort.
    pub cCategories: crate::ULONG,
    /// How many of the categories start out expanded.
    pub cExpanded: crate::ULONG,
    /// The sort keys, most significant first (the array really holds `cSorts` entries).
    pub aSort: [SSortOrder; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSortOrderSet>() == 20);
    assert!(::core::mem::align_of::<SSortOrderSet>() == 4);
    assert!(::core::mem::offset_of!(SSortOrderSet, cSorts) == 0);
    assert!(::core::mem::offset_of!(SSortOrderSet, cCategories) == 4);
    assert!(::core::mem::offset_of!(SSortOrderSet, cExpanded) == 8);
    assert!(::core::mem::offset_of!(SSortOrderSet, aSort) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSortOrderSet>() == 20);
    assert!(::core::mem::align_of::<SSortOrderSet>() == 4);
    assert!(::core::mem::offset_of!(SSortOrderSet, cSorts) == 0);
    assert!(::core::mem::offset_of!(SSortOrderSet, cCategories) == 4);
    assert!(::core::mem::offset_of!(SSortOrderSet, cExpanded) == 8);
    assert!(::core::mem::offset_of!(SSortOrderSet, aSort) == 12);
};
/// Joins sub-restrictions with a logical AND.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SAndRestriction {
    /// The number of sub-restrictions.
    pub cRes: crate::ULONG,
    /// The sub-restrictions.
    pub lpRes: LPSRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SAndRestriction>() == 16);
    assert!(::core::mem::align_of::<SAndRestriction>() == 8);
    assert!(::core::mem::offset_of!(SAndRestriction, cRes) == 0);
    assert!(::core::mem::offset_of!(SAndRestriction, lpRes) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SAndRestriction>() == 8);
    assert!(::core::mem::align_of::<SAndRestriction>() == 4);
    assert!(::core::mem::offset_of!(SAndRestriction, cRes) == 0);
    assert!(::core::mem::offset_of!(SAndRestriction, lpRes) == 4);
};
/// Joins sub-restrictions with a logical OR.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SOrRestriction {
    /// The number of sub-restrictions.
    pub cRes: crate::ULONG,
    /// The sub-restrictions.
    pub lpRes: LPSRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SOrRestriction>() == 16);
    assert!(::core::mem::align_of::<SOrRestriction>() == 8);
    assert!(::core::mem::offset_of!(SOrRestriction, cRes) == 0);
    assert!(::core::mem::offset_of!(SOrRestriction, lpRes) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SOrRestriction>() == 8);
    assert!(::core::mem::align_of::<SOrRestriction>() == 4);
    assert!(::core::mem::offset_of!(SOrRestriction, cRes) == 0);
    assert!(::core::mem::offset_of!(SOrRestriction, lpRes) == 4);
};
/// Negates a restriction.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SNotRestriction {
    /// Reserved; must be 0.
    pub ulReserved: crate::ULONG,
    /// The restriction to negate.
    pub lpRes: LPSRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SNotRestriction>() == 16);
    assert!(::core::mem::align_of::<SNotRestriction>() == 8);
    assert!(::core::mem::offset_of!(SNotRestriction, ulReserved) == 0);
    assert!(::core::mem::offset_of!(SNotRestriction, lpRes) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SNotRestriction>() == 8);
    assert!(::core::mem::align_of::<SNotRestriction>() == 4);
    assert!(::core::mem::offset_of!(SNotRestriction, ulReserved) == 0);
    assert!(::core::mem::offset_of!(SNotRestriction, lpRes) == 4);
};
/// Matches rows whose string or binary property contains a value.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SContentRestriction {
    /// How to match: one of `FL_FULLSTRING`, `FL_SUBSTRING`, `FL_PREFIX`, with `FL_IGNORECASE`, `FL_IGNORENONSPACE` or `FL_LOOSE`.
    pub ulFuzzyLevel: crate::ULONG,
    /// The property to test.
    pub ulPropTag: crate::ULONG,
    /// The value to look for; its type must match `ulPropTag`.
    pub lpProp: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SContentRestriction>() == 16);
    assert!(::core::mem::align_of::<SContentRestriction>() == 8);
    assert!(::core::mem::offset_of!(SContentRestriction, ulFuzzyLevel) == 0);
    assert!(::core::mem::offset_of!(SContentRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SContentRestriction, lpProp) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SContentRestriction>() == 12);
    assert!(::core::mem::align_of::<SContentRestriction>() == 4);
    assert!(::core::mem::offset_of!(SContentRestriction, ulFuzzyLevel) == 0);
    assert!(::core::mem::offset_of!(SContentRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SContentRestriction, lpProp) == 8);
};
/// Matches rows where the bits of a property under a mask are all zero, or not.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SBitMaskRestriction {
    /// `BMR_EQZ` or `BMR_NEZ`.
    pub relBMR: crate::ULONG,
    /// The property to test; its type must be `PT_LONG`.
    pub ulPropTag: crate::ULONG,
    /// The mask.
    pub ulMask: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SBitMaskRestriction>() == 12);
    assert!(::core::mem::align_of::<SBitMaskRestriction>() == 4);
    assert!(::core::mem::offset_of!(SBitMaskRestriction, relBMR) == 0);
    assert!(::core::mem::offset_of!(SBitMaskRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SBitMaskRestriction, ulMask) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SBitMaskRestriction>() == 12);
    assert!(::core::mem::align_of::<SBitMaskRestriction>() == 4);
    assert!(::core::mem::offset_of!(SBitMaskRestriction, relBMR) == 0);
    assert!(::core::mem::offset_of!(SBitMaskRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SBitMaskRestriction, ulMask) == 8);
};
/// Matches rows where a property compares with a value.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SPropertyRestriction {
    /// The comparison: a `RELOP_*` value.
    pub relop: crate::ULONG,
    /// The property to compare.
    pub ulPropTag: crate::ULONG,
    /// The value to compare with.
    pub lpProp: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropertyRestriction>() == 16);
    assert!(::core::mem::align_of::<SPropertyRestriction>() == 8);
    assert!(::core::mem::offset_of!(SPropertyRestriction, relop) == 0);
    assert!(::core::mem::offset_of!(SPropertyRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SPropertyRestriction, lpProp) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropertyRestriction>() == 12);
    assert!(::core::mem::align_of::<SPropertyRestriction>() == 4);
    assert!(::core::mem::offset_of!(SPropertyRestriction, relop) == 0);
    assert!(::core::mem::offset_of!(SPropertyRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SPropertyRestriction, lpProp) == 8);
};
/// Matches rows where one property compares with another.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SComparePropsRestriction {
    /// The comparison: a `RELOP_*` value.
    pub relop: crate::ULONG,
    /// The left-hand property.
    pub ulPropTag1: crate::ULONG,
    /// The right-hand property; it must have the same type.
    pub ulPropTag2: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SComparePropsRestriction>() == 12);
    assert!(::core::mem::align_of::<SComparePropsRestriction>() == 4);
    assert!(::core::mem::offset_of!(SComparePropsRestriction, relop) == 0);
    assert!(::core::mem::offset_of!(SComparePropsRestriction, ulPropTag1) == 4);
    assert!(::core::mem::offset_of!(SComparePropsRestriction, ulPropTag2) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SComparePropsRestriction>() == 12);
    assert!(::core::mem::align_of::<SComparePropsRestriction>() == 4);
    assert!(::core::mem::offset_of!(SComparePropsRestriction, relop) == 0);
    assert!(::core::mem::offset_of!(SComparePropsRestriction, ulPropTag1) == 4);
    assert!(::core::mem::offset_of!(SComparePropsRestriction, ulPropTag2) == 8);
};
/// Matches rows where the size of a property compares with a value.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SSizeRestriction {
    /// The comparison: a `RELOP_*` value.
    pub relop: crate::ULONG,
    /// The property whose size is compared.
    pub ulPropTag: crate::ULONG,
    /// The size to compare with, in bytes.
    pub cb: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSizeRestriction>() == 12);
    assert!(::core::mem::align_of::<SSizeRestriction>() == 4);
    assert!(::core::mem::offset_of!(SSizeRestriction, relop) == 0);
    assert!(::core::mem::offset_of!(SSizeRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SSizeRestriction, cb) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSizeRestriction>() == 12);
    assert!(::core::mem::align_of::<SSizeRestriction>() == 4);
    assert!(::core::mem::offset_of!(SSizeRestriction, relop) == 0);
    assert!(::core::mem::offset_of!(SSizeRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SSizeRestriction, cb) == 8);
};
/// Matches rows where a property exists.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SExistRestriction {
    /// Reserved; must be 0.
    pub ulReserved1: crate::ULONG,
    /// The property that must exist.
    pub ulPropTag: crate::ULONG,
    /// Reserved; must be 0.
    pub ulReserved2: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SExistRestriction>() == 12);
    assert!(::core::mem::align_of::<SExistRestriction>() == 4);
    assert!(::core::mem::offset_of!(SExistRestriction, ulReserved1) == 0);
    assert!(::core::mem::offset_of!(SExistRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SExistRestriction, ulReserved2) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SExistRestriction>() == 12);
    assert!(::core::mem::align_of::<SExistRestriction>() == 4);
    assert!(::core::mem::offset_of!(SExistRestriction, ulReserved1) == 0);
    assert!(::core::mem::offset_of!(SExistRestriction, ulPropTag) == 4);
    assert!(::core::mem::offset_of!(SExistRestriction, ulReserved2) == 8);
};
/// Applies a restriction to the recipients or attachments of each message.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SSubRestriction {
    /// The sub-object: `PR_MESSAGE_RECIPIENTS` or `PR_MESSAGE_ATTACHMENTS`.
    pub ulSubObject: crate::ULONG,
    /// The restriction to apply to the sub-objects.
    pub lpRes: LPSRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSubRestriction>() == 16);
    assert!(::core::mem::align_of::<SSubRestriction>() == 8);
    assert!(::core::mem::offset_of!(SSubRestriction, ulSubObject) == 0);
    assert!(::core::mem::offset_of!(SSubRestriction, lpRes) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SSubRestriction>() == 8);
    assert!(::core::mem::align_of::<SSubRestriction>() == 4);
    assert!(::core::mem::offset_of!(SSubRestriction, ulSubObject) == 0);
    assert!(::core::mem::offset_of!(SSubRestriction, lpRes) == 4);
};
/// Annotates a restriction with properties, for example to name a search; the annotations do not change what matches.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SCommentRestriction {
    /// The number of properties in `lpProp`.
    pub cValues: crate::ULONG,
    /// The annotated restriction, or null.
    pub lpRes: LPSRestriction,
    /// The annotation properties.
    pub lpProp: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SCommentRestriction>() == 24);
    assert!(::core::mem::align_of::<SCommentRestriction>() == 8);
    assert!(::core::mem::offset_of!(SCommentRestriction, cValues) == 0);
    assert!(::core::mem::offset_of!(SCommentRestriction, lpRes) == 8);
    assert!(::core::mem::offset_of!(SCommentRestriction, lpProp) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SCommentRestriction>() == 12);
    assert!(::core::mem::align_of::<SCommentRestriction>() == 4);
    assert!(::core::mem::offset_of!(SCommentRestriction, cValues) == 0);
    assert!(::core::mem::offset_of!(SCommentRestriction, lpRes) == 4);
    assert!(::core::mem::offset_of!(SCommentRestriction, lpProp) == 8);
};
/// Passes hints such as a locale along with a restriction (Outlook 2007 and later).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SAnnotationRestriction {
    /// The number of properties in `lpProp`.
    pub cValues: crate::ULONG,
    /// The annotated restriction.
    pub lpRes: LPSRestriction,
    /// The annotation properties.
    pub lpProp: LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SAnnotationRestriction>() == 24);
    assert!(::core::mem::align_of::<SAnnotationRestriction>() == 8);
    assert!(::core::mem::offset_of!(SAnnotationRestriction, cValues) == 0);
    assert!(::core::mem::offset_of!(SAnnotationRestriction, lpRes) == 8);
    assert!(::core::mem::offset_of!(SAnnotationRestriction, lpProp) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SAnnotationRestriction>() == 12);
    assert!(::core::mem::align_of::<SAnnotationRestriction>() == 4);
    assert!(::core::mem::offset_of!(SAnnotationRestriction, cValues) == 0);
    assert!(::core::mem::offset_of!(SAnnotationRestriction, lpRes) == 4);
    assert!(::core::mem::offset_of!(SAnnotationRestriction, lpProp) == 8);
};
/// Limits the number of rows a restriction may match (Outlook 2007 and later).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SCountRestriction {
    /// The largest number of matches to return.
    pub ulCount: crate::ULONG,
    /// The restriction whose matches are counted.
    pub lpRes: LPSRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SCountRestriction>() == 16);
    assert!(::core::mem::align_of::<SCountRestriction>() == 8);
    assert!(::core::mem::offset_of!(SCountRestriction, ulCount) == 0);
    assert!(::core::mem::offset_of!(SCountRestriction, lpRes) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SCountRestriction>() == 8);
    assert!(::core::mem::align_of::<SCountRestriction>() == 4);
    assert!(::core::mem::offset_of!(SCountRestriction, ulCount) == 0);
    assert!(::core::mem::offset_of!(SCountRestriction, lpRes) == 4);
};
/// A filter on the rows of a table or the messages of a search folder.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SRestriction {
    /// The kind of restriction: a `RES_*` value, which selects the member of `res`.
    pub rt: crate::ULONG,
    /// The restriction itself.
    pub res: SRestriction_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRestriction>() == 32);
    assert!(::core::mem::align_of::<SRestriction>() == 8);
    assert!(::core::mem::offset_of!(SRestriction, rt) == 0);
    assert!(::core::mem::offset_of!(SRestriction, res) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRestriction>() == 16);
    assert!(::core::mem::align_of::<SRestriction>() == 4);
    assert!(::core::mem::offset_of!(SRestriction, rt) == 0);
    assert!(::core::mem::offset_of!(SRestriction, res) == 4);
};
/// The restriction itself.
#[repr(C)]
#[derive(Clone, Copy)]
pub union SRestriction_0 {
    /// `RES_COMPAREPROPS`.
    pub resCompareProps: SComparePropsRestriction,
    /// `RES_AND`.
    pub resAnd: SAndRestriction,
    /// `RES_OR`.
    pub resOr: SOrRestriction,
    /// `RES_NOT`.
    pub resNot: SNotRestriction,
    /// `RES_CONTENT`.
    pub resContent: SContentRestriction,
    /// `RES_PROPERTY`.
    pub resProperty: SPropertyRestriction,
    /// `RES_BITMASK`.
    pub resBitMask: SBitMaskRestriction,
    /// `RES_SIZE`.
    pub resSize: SSizeRestriction,
    /// `RES_EXIST`.
    pub resExist: SExistRestriction,
    /// `RES_SUBRESTRICTION`.
    pub resSub: SSubRestriction,
    /// `RES_COMMENT`.
    pub resComment: SCommentRestriction,
    /// `RES_ANNOTATION`.
    pub resAnnotation: SAnnotationRestriction,
    /// `RES_COUNT`.
    pub resCount: SCountRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRestriction_0>() == 24);
    assert!(::core::mem::align_of::<SRestriction_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SRestriction_0>() == 12);
    assert!(::core::mem::align_of::<SRestriction_0>() == 4);
};
/// The result flags of `IABContainer::ResolveNames`, one per entry of the address list.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct FlagList {
    /// The number of flags.
    pub cFlags: crate::ULONG,
    /// One `MAPI_UNRESOLVED`, `MAPI_AMBIGUOUS` or `MAPI_RESOLVED` per entry (the array really holds `cFlags` entries).
    pub ulFlag: [crate::ULONG; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FlagList>() == 8);
    assert!(::core::mem::align_of::<FlagList>() == 4);
    assert!(::core::mem::offset_of!(FlagList, cFlags) == 0);
    assert!(::core::mem::offset_of!(FlagList, ulFlag) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<FlagList>() == 8);
    assert!(::core::mem::align_of::<FlagList>() == 4);
    assert!(::core::mem::offset_of!(FlagList, cFlags) == 0);
    assert!(::core::mem::offset_of!(FlagList, ulFlag) == 4);
};
/// The look and behaviour of the address book dialog box shown by `IAddrBook::Address`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ADRPARM {
    /// The size of `lpABContEntryID`, in bytes.
    pub cbABContEntryID: crate::ULONG,
    /// The entry ID of the container shown first, or null for the default.
    pub lpABContEntryID: LPENTRYID,
    /// `DIALOG_MODAL`, `DIALOG_SDI`, `DIALOG_OPTIONS`, `ADDRESS_ONE`, `AB_SELECTONLY`, `AB_RESOLVE`, `MAPI_UNICODE`..., with the `ADRPARM` version in the top four bits.
    pub ulFlags: crate::ULONG,
    /// Reserved; must be null.
    pub lpReserved: crate::LPVOID,
    /// The help context identifier of the dialog box.
    pub ulHelpContext: crate::ULONG,
    /// The help file for `ulHelpContext`.
    pub lpszHelpFileName: crate::LPTSTR,
    /// Set by MAPI for `DIALOG_SDI`: the accelerator hook the client's message loop must call.
    pub lpfnABSDI: LPFNABSDI,
    /// Called when a modeless dialog box is dismissed.
    pub lpfnDismiss: LPFNDISMISS,
    /// The context value passed to `lpfnDismiss`.
    pub lpvDismissContext: crate::LPVOID,
    /// The title of the dialog box.
    pub lpszCaption: crate::LPTSTR,
    /// The label of the new-entry button.
    pub lpszNewEntryTitle: crate::LPTSTR,
    /// The title of the recipient wells area.
    pub lpszDestWellsTitle: crate::LPTSTR,
    /// The number of recipient wells (text boxes) to show; 0 shows only the browse view.
    pub cDestFields: crate::ULONG,
    /// The index of the well that has the focus initially.
    pub nDestFieldFocus: crate::ULONG,
    /// The labels of the wells.
    pub lppszDestTitles: *mut crate::LPTSTR,
    /// The recipient type (`MAPI_TO`, `MAPI_CC`...) of each well.
    pub lpulDestComps: *mut crate::ULONG,
    /// A restriction on the containers shown, or null.
    pub lpContRestriction: LPSRestriction,
    /// A restriction on the hierarchy shown, or null.
    pub lpHierRestriction: LPSRestriction,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ADRPARM>() == 136);
    assert!(::core::mem::align_of::<ADRPARM>() == 8);
    assert!(::core::mem::offset_of!(ADRPARM, cbABContEntryID) == 0);
    assert!(::core::mem::offset_of!(ADRPARM, lpABContEntryID) == 8);
    assert!(::core::mem::offset_of!(ADRPARM, ulFlags) == 16);
    assert!(::core::mem::offset_of!(ADRPARM, lpReserved) == 24);
    assert!(::core::mem::offset_of!(ADRPARM, ulHelpContext) == 32);
    assert!(::core::mem::offset_of!(ADRPARM, lpszHelpFileName) == 40);
    assert!(::core::mem::offset_of!(ADRPARM, lpfnABSDI) == 48);
    assert!(::core::mem::offset_of!(ADRPARM, lpfnDismiss) == 56);
    assert!(::core::mem::offset_of!(ADRPARM, lpvDismissContext) == 64);
    assert!(::core::mem::offset_of!(ADRPARM, lpszCaption) == 72);
    assert!(::core::mem::offset_of!(ADRPARM, lpszNewEntryTitle) == 80);
    assert!(::core::mem::offset_of!(ADRPARM, lpszDestWellsTitle) == 88);
    assert!(::core::mem::offset_of!(ADRPARM, cDestFields) == 96);
    assert!(::core::mem::offset_of!(ADRPARM, nDestFieldFocus) == 100);
    assert!(::core::mem::offset_of!(ADRPARM, lppszDestTitles) == 104);
    assert!(::core::mem::offset_of!(ADRPARM, lpulDestComps) == 112);
    assert!(::core::mem::offset_of!(ADRPARM, lpContRestriction) == 120);
    assert!(::core::mem::offset_of!(ADRPARM, lpHierRestriction) == 128);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ADRPARM>() == 72);
    assert!(::core::mem::align_of::<ADRPARM>() == 4);
    assert!(::core::mem::offset_of!(ADRPARM, cbABContEntryID) == 0);
    assert!(::core::mem::offset_of!(ADRPARM, lpABContEntryID) == 4);
    assert!(::core::mem::offset_of!(ADRPARM, ulFlags) == 8);
    assert!(::core::mem::offset_of!(ADRPARM, lpReserved) == 12);
    assert!(::core::mem::offset_of!(ADRPARM, ulHelpContext) == 16);
    assert!(::core::mem::offset_of!(ADRPARM, lpszHelpFileName) == 20);
    assert!(::core::mem::offset_of!(ADRPARM, lpfnABSDI) == 24);
    assert!(::core::mem::offset_of!(ADRPARM, lpfnDismiss) == 28);
    assert!(::core::mem::offset_of!(ADRPARM, lpvDismissContext) == 32);
    assert!(::core::mem::offset_of!(ADRPARM, lpszCaption) == 36);
    assert!(::core::mem::offset_of!(ADRPARM, lpszNewEntryTitle) == 40);
    assert!(::core::mem::offset_of!(ADRPARM, lpszDestWellsTitle) == 44);
    assert!(::core::mem::offset_of!(ADRPARM, cDestFields) == 48);
    assert!(::core::mem::offset_of!(ADRPARM, nDestFieldFocus) == 52);
    assert!(::core::mem::offset_of!(ADRPARM, lppszDestTitles) == 56);
    assert!(::core::mem::offset_of!(ADRPARM, lpulDestComps) == 60);
    assert!(::core::mem::offset_of!(ADRPARM, lpContRestriction) == 64);
    assert!(::core::mem::offset_of!(ADRPARM, lpHierRestriction) == 68);
};
/// A label control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLLABEL {
    /// The offset from the start of this structure to the label text.
    pub ulbLpszLabelName: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of the label.
    pub ulFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLLABEL>() == 8);
    assert!(::core::mem::align_of::<DTBLLABEL>() == 4);
    assert!(::core::mem::offset_of!(DTBLLABEL, ulbLpszLabelName) == 0);
    assert!(::core::mem::offset_of!(DTBLLABEL, ulFlags) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLLABEL>() == 8);
    assert!(::core::mem::align_of::<DTBLLABEL>() == 4);
    assert!(::core::mem::offset_of!(DTBLLABEL, ulbLpszLabelName) == 0);
    assert!(::core::mem::offset_of!(DTBLLABEL, ulFlags) == 4);
};
/// An edit control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLEDIT {
    /// The offset from the start of this structure to the string of characters the control accepts (for example `"*"` for any).
    pub ulbLpszCharsAllowed: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of that string.
    pub ulFlags: crate::ULONG,
    /// The largest number of characters that can be typed.
    pub ulNumCharsAllowed: crate::ULONG,
    /// The property the control edits.
    pub ulPropTag: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLEDIT>() == 16);
    assert!(::core::mem::align_of::<DTBLEDIT>() == 4);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulbLpszCharsAllowed) == 0);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulNumCharsAllowed) == 8);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulPropTag) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLEDIT>() == 16);
    assert!(::core::mem::align_of::<DTBLEDIT>() == 4);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulbLpszCharsAllowed) == 0);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulNumCharsAllowed) == 8);
    assert!(::core::mem::offset_of!(DTBLEDIT, ulPropTag) == 12);
};
/// A list box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLLBX {
    /// `MAPI_NO_HBAR` and `MAPI_NO_VBAR`.
    pub ulFlags: crate::ULONG,
    /// The property set from the selected row.
    pub ulPRSetProperty: crate::ULONG,
    /// The `PT_OBJECT` property that opens the table of list entries.
    pub ulPRTableName: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLLBX>() == 12);
    assert!(::core::mem::align_of::<DTBLLBX>() == 4);
    assert!(::core::mem::offset_of!(DTBLLBX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLLBX, ulPRSetProperty) == 4);
    assert!(::core::mem::offset_of!(DTBLLBX, ulPRTableName) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLLBX>() == 12);
    assert!(::core::mem::align_of::<DTBLLBX>() == 4);
    assert!(::core::mem::offset_of!(DTBLLBX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLLBX, ulPRSetProperty) == 4);
    assert!(::core::mem::offset_of!(DTBLLBX, ulPRTableName) == 8);
};
/// A combo box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLCOMBOBOX {
    /// The offset from the start of this structure to the string of characters the edit part accepts.
    pub ulbLpszCharsAllowed: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of that string.
    pub ulFlags: crate::ULONG,
    /// The largest number of characters that can be typed.
    pub ulNumCharsAllowed: crate::ULONG,
    /// The property the control edits.
    pub ulPRPropertyName: crate::ULONG,
    /// The `PT_OBJECT` property that opens the table of list entries.
    pub ulPRTableName: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLCOMBOBOX>() == 20);
    assert!(::core::mem::align_of::<DTBLCOMBOBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulbLpszCharsAllowed) == 0);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulNumCharsAllowed) == 8);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulPRPropertyName) == 12);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulPRTableName) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLCOMBOBOX>() == 20);
    assert!(::core::mem::align_of::<DTBLCOMBOBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulbLpszCharsAllowed) == 0);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulNumCharsAllowed) == 8);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulPRPropertyName) == 12);
    assert!(::core::mem::offset_of!(DTBLCOMBOBOX, ulPRTableName) == 16);
};
/// A drop-down list box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLDDLBX {
    /// Reserved; 0.
    pub ulFlags: crate::ULONG,
    /// The column of the list table that is displayed.
    pub ulPRDisplayProperty: crate::ULONG,
    /// The property set from the selected row.
    pub ulPRSetProperty: crate::ULONG,
    /// The `PT_OBJECT` property that opens the table of list entries.
    pub ulPRTableName: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLDDLBX>() == 16);
    assert!(::core::mem::align_of::<DTBLDDLBX>() == 4);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulPRDisplayProperty) == 4);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulPRSetProperty) == 8);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulPRTableName) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLDDLBX>() == 16);
    assert!(::core::mem::align_of::<DTBLDDLBX>() == 4);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulPRDisplayProperty) == 4);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulPRSetProperty) == 8);
    assert!(::core::mem::offset_of!(DTBLDDLBX, ulPRTableName) == 12);
};
/// A check box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLCHECKBOX {
    /// The offset from the start of this structure to the label text.
    pub ulbLpszLabel: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of the label.
    pub ulFlags: crate::ULONG,
    /// The `PT_BOOLEAN` property the check box shows and sets.
    pub ulPRPropertyName: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLCHECKBOX>() == 12);
    assert!(::core::mem::align_of::<DTBLCHECKBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLCHECKBOX, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLCHECKBOX, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLCHECKBOX, ulPRPropertyName) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLCHECKBOX>() == 12);
    assert!(::core::mem::align_of::<DTBLCHECKBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLCHECKBOX, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLCHECKBOX, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLCHECKBOX, ulPRPropertyName) == 8);
};
/// A group box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLGROUPBOX {
    /// The offset from the start of this structure to the label text.
    pub ulbLpszLabel: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of the label.
    pub ulFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLGROUPBOX>() == 8);
    assert!(::core::mem::align_of::<DTBLGROUPBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLGROUPBOX, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLGROUPBOX, ulFlags) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLGROUPBOX>() == 8);
    assert!(::core::mem::align_of::<DTBLGROUPBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLGROUPBOX, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLGROUPBOX, ulFlags) == 4);
};
/// A button control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLBUTTON {
    /// The offset from the start of this structure to the label text.
    pub ulbLpszLabel: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of the label.
    pub ulFlags: crate::ULONG,
    /// The `PT_OBJECT` property that opens the `IMAPIControl` behind the button.
    pub ulPRControl: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLBUTTON>() == 12);
    assert!(::core::mem::align_of::<DTBLBUTTON>() == 4);
    assert!(::core::mem::offset_of!(DTBLBUTTON, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLBUTTON, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLBUTTON, ulPRControl) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLBUTTON>() == 12);
    assert!(::core::mem::align_of::<DTBLBUTTON>() == 4);
    assert!(::core::mem::offset_of!(DTBLBUTTON, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLBUTTON, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLBUTTON, ulPRControl) == 8);
};
/// A tabbed page of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLPAGE {
    /// The offset from the start of this structure to the tab label.
    pub ulbLpszLabel: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of the strings.
    pub ulFlags: crate::ULONG,
    /// The offset from the start of this structure to the help file component name.
    pub ulbLpszComponent: crate::ULONG,
    /// The help context identifier of the page.
    pub ulContext: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLPAGE>() == 16);
    assert!(::core::mem::align_of::<DTBLPAGE>() == 4);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulbLpszComponent) == 8);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulContext) == 12);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLPAGE>() == 16);
    assert!(::core::mem::align_of::<DTBLPAGE>() == 4);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulbLpszComponent) == 8);
    assert!(::core::mem::offset_of!(DTBLPAGE, ulContext) == 12);
};
/// A radio button control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLRADIOBUTTON {
    /// The offset from the start of this structure to the label text.
    pub ulbLpszLabel: crate::ULONG,
    /// 0 or `MAPI_UNICODE`: the character set of the label.
    pub ulFlags: crate::ULONG,
    /// The number of buttons in the group.
    pub ulcButtons: crate::ULONG,
    /// The `PT_LONG` property the group sets.
    pub ulPropTag: crate::ULONG,
    /// The value the property takes when this button is selected.
    pub lReturnValue: crate::LONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLRADIOBUTTON>() == 20);
    assert!(::core::mem::align_of::<DTBLRADIOBUTTON>() == 4);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulcButtons) == 8);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulPropTag) == 12);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, lReturnValue) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLRADIOBUTTON>() == 20);
    assert!(::core::mem::align_of::<DTBLRADIOBUTTON>() == 4);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulbLpszLabel) == 0);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulFlags) == 4);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulcButtons) == 8);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, ulPropTag) == 12);
    assert!(::core::mem::offset_of!(DTBLRADIOBUTTON, lReturnValue) == 16);
};
/// A multivalued list box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLMVLISTBOX {
    /// Reserved; 0.
    pub ulFlags: crate::ULONG,
    /// The multivalued property whose values are listed.
    pub ulMVPropTag: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLMVLISTBOX>() == 8);
    assert!(::core::mem::align_of::<DTBLMVLISTBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLMVLISTBOX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLMVLISTBOX, ulMVPropTag) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLMVLISTBOX>() == 8);
    assert!(::core::mem::align_of::<DTBLMVLISTBOX>() == 4);
    assert!(::core::mem::offset_of!(DTBLMVLISTBOX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLMVLISTBOX, ulMVPropTag) == 4);
};
/// A multivalued drop-down list box control of a display table.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct DTBLMVDDLBX {
    /// Reserved; 0.
    pub ulFlags: crate::ULONG,
    /// The multivalued property whose values are listed.
    pub ulMVPropTag: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLMVDDLBX>() == 8);
    assert!(::core::mem::align_of::<DTBLMVDDLBX>() == 4);
    assert!(::core::mem::offset_of!(DTBLMVDDLBX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLMVDDLBX, ulMVPropTag) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<DTBLMVDDLBX>() == 8);
    assert!(::core::mem::align_of::<DTBLMVDDLBX>() == 4);
    assert!(::core::mem::offset_of!(DTBLMVDDLBX, ulFlags) == 0);
    assert!(::core::mem::offset_of!(DTBLMVDDLBX, ulMVPropTag) == 4);
};
/// The attributes (`PROPATTR_*`) of a set of properties, parallel to a property tag array.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct SPropAttrArray {
    /// The number of attribute values.
    pub cValues: crate::ULONG,
    /// One set of `PROPATTR_*` bits per property (the array really holds `cValues` entries).
    pub aPropAttr: [crate::ULONG; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropAttrArray>() == 8);
    assert!(::core::mem::align_of::<SPropAttrArray>() == 4);
    assert!(::core::mem::offset_of!(SPropAttrArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SPropAttrArray, aPropAttr) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<SPropAttrArray>() == 8);
    assert!(::core::mem::align_of::<SPropAttrArray>() == 4);
    assert!(::core::mem::offset_of!(SPropAttrArray, cValues) == 0);
    assert!(::core::mem::offset_of!(SPropAttrArray, aPropAttr) == 4);
};
/// The declared length of the variable-sized array that ends many MAPI structures; the real count is in a sibling member.
pub const MAPI_DIM: crate::ULONG = 1;
/// Passed to a provider's entry point when it is loaded inside a Windows service.
pub const MAPI_NT_SERVICE: crate::ULONG = 0x10000;
/// The object should be opened for reading and writing, not only reading.
pub const MAPI_MODIFY: crate::ULONG = 1;
/// `PR_ACCESS` bit: the object can be modified.
pub const MAPI_ACCESS_MODIFY: crate::ULONG = 1;
/// `PR_ACCESS` bit: the object can be read.
pub const MAPI_ACCESS_READ: crate::ULONG = 2;
/// `PR_ACCESS` bit: the object can be deleted.
pub const MAPI_ACCESS_DELETE: crate::ULONG = 4;
/// `PR_ACCESS` bit: subfolders can be created in the folder.
pub const MAPI_ACCESS_CREATE_HIERARCHY: crate::ULONG = 8;
/// `PR_ACCESS` bit: messages can be created in the folder.
pub const MAPI_ACCESS_CREATE_CONTENTS: crate::ULONG = 0x10;
/// `PR_ACCESS` bit: associated (hidden) messages can be created in the folder.
pub const MAPI_ACCESS_CREATE_ASSOCIATED: crate::ULONG = 0x20;
/// Strings passed in or requested from the call are Unicode (UTF-16) rather than 8-bit.
pub const MAPI_UNICODE: crate::ULONG = 0x80000000;
/// The natural `MAPI_UNICODE` setting for the build's character set; this Unicode corpus sets it.
pub const fMapiUnicode: crate::ULONG = 0x80000000;
/// The success value of an `HRESULT`.
pub const hrSuccess: crate::HRESULT = 0;
/// Recipient type: the originator of the message.
pub const MAPI_ORIG: crate::ULONG = 0;
/// Recipient type: a primary (To) recipient.
pub const MAPI_TO: crate::ULONG = 1;
/// Recipient type: a carbon-copy (Cc) recipient.
pub const MAPI_CC: crate::ULONG = 2;
/// Recipient type: a blind carbon-copy (Bcc) recipient.
pub const MAPI_BCC: crate::ULONG = 3;
/// Recipient type bit: the recipient is a P1 (envelope) resend recipient.
pub const MAPI_P1: crate::ULONG = 0x10000000;
/// Recipient type bit: the recipient has already been processed and will not be sent again.
pub const MAPI_SUBMITTED: crate::ULONG = 0x80000000;
/// Entry ID flag (byte 0): the identifier is short-term, valid only for this session.
pub const MAPI_SHORTTERM: crate::ULONG = 0x80;
/// Entry ID flag (byte 0): the identifier cannot be used as a recipient.
pub const MAPI_NOTRECIP: crate::ULONG = 0x40;
/// Entry ID flag (byte 0): the identifier is valid only within the current session.
pub const MAPI_THISSESSION: crate::ULONG = 0x20;
/// Entry ID flag (byte 0): the identifier may be used only for the current operation.
pub const MAPI_NOW: crate::ULONG = 0x10;
/// Entry ID flag (byte 0): the identifier is not the reserved long-term form.
pub const MAPI_NOTRESERVED: crate::ULONG = 8;
/// Entry ID flag (byte 1): the identifier is compound (refers to more than one object).
pub const MAPI_COMPOUND: crate::ULONG = 0x80;
/// One-off entry ID flag: the display name, address type and address in the one-off entry ID are Unicode.
pub const MAPI_ONE_OFF_UNICODE: crate::ULONG = 0x8000;
/// One-off entry ID flag: the recipient does not receive rich (TNEF) formatting.
pub const MAPI_ONE_OFF_NO_RICH_INFO: crate::ULONG = 1;
/// Object type: a message store.
pub const MAPI_STORE: crate::ULONG = 1;
/// Object type: the address book.
pub const MAPI_ADDRBOOK: crate::ULONG = 2;
/// Object type: a folder.
pub const MAPI_FOLDER: crate::ULONG = 3;
/// Object type: an address book container.
pub const MAPI_ABCONT: crate::ULONG = 4;
/// Object type: a message.
pub const MAPI_MESSAGE: crate::ULONG = 5;
/// Object type: a messaging user (an individual recipient).
pub const MAPI_MAILUSER: crate::ULONG = 6;
/// Object type: an attachment.
pub const MAPI_ATTACH: crate::ULONG = 7;
/// Object type: a distribution list.
pub const MAPI_DISTLIST: crate::ULONG = 8;
/// Object type: a profile section.
pub const MAPI_PROFSECT: crate::ULONG = 9;
/// Object type: a status object.
pub const MAPI_STATUS: crate::ULONG = 0xA;
/// Object type: a session.
pub const MAPI_SESSION: crate::ULONG = 0xB;
/// Object type: form information.
pub const MAPI_FORMINFO: crate::ULONG = 0xC;
/// The longest profile name, in characters, without the terminating null.
pub const cchProfileNameMax: crate::ULONG = 0x40;
/// The longest profile password, in characters, without the terminating null.
pub const cchProfilePassMax: crate::ULONG = 0x40;
/// Set in a property type to make it multivalued (an array of the base type).
pub const MV_FLAG: crate::ULONG = 0x1000;
/// The type is not specified; the caller accepts whatever type the property has (reserved for interface use).
pub const PT_UNSPECIFIED: crate::ULONG = 0;
/// A null value: the property has no usable value.
pub const PT_NULL: crate::ULONG = 1;
/// A signed 16-bit integer (`Value.i`).
pub const PT_I2: crate::ULONG = 2;
/// A signed 32-bit integer (`Value.l`).
pub const PT_LONG: crate::ULONG = 3;
/// A 32-bit floating-point number (`Value.flt`).
pub const PT_R4: crate::ULONG = 4;
/// A 64-bit floating-point number (`Value.dbl`).
pub const PT_DOUBLE: crate::ULONG = 5;
/// A currency amount, a 64-bit integer scaled by 10,000 (`Value.cur`).
pub const PT_CURRENCY: crate::ULONG = 6;
/// An application time: a double whose whole part counts days since December 30, 1899 and whose fraction is the time of day (`Value.at`).
pub const PT_APPTIME: crate::ULONG = 7;
/// An `SCODE` error value that stands in for a property value that could not be returned (`Value.err`).
pub const PT_ERROR: crate::ULONG = 0xA;
/// A 16-bit Boolean, nonzero for true (`Value.b`).
pub const PT_BOOLEAN: crate::ULONG = 0xB;
/// An object (a message, a stream...) that must be opened with `OpenProperty`; it has no value in `SPropValue`.
pub const PT_OBJECT: crate::ULONG = 0xD;
/// A signed 64-bit integer (`Value.li`).
pub const PT_I8: crate::ULONG = 0x14;
/// A null-terminated 8-bit string (`Value.lpszA`).
pub const PT_STRING8: crate::ULONG = 0x1E;
/// A null-terminated UTF-16 string (`Value.lpszW`).
pub const PT_UNICODE: crate::ULONG = 0x1F;
/// A `FILETIME` (`Value.ft`).
pub const PT_SYSTIME: crate::ULONG = 0x40;
/// A pointer to a `GUID` (`Value.lpguid`).
pub const PT_CLSID: crate::ULONG = 0x48;
/// A counted array of bytes (`Value.bin`).
pub const PT_BINARY: crate::ULONG = 0x102;
/// A pointer-sized value that is never stored or transmitted (`Value.lpv`).
pub const PT_PTR: crate::ULONG = 0x103;
/// Another name for `PT_I2`.
pub const PT_SHORT: crate::ULONG = 2;
/// Another name for `PT_LONG`.
pub const PT_I4: crate::ULONG = 3;
/// Another name for `PT_R4`.
pub const PT_FLOAT: crate::ULONG = 4;
/// Another name for `PT_DOUBLE`.
pub const PT_R8: crate::ULONG = 5;
/// Another name for `PT_I8`.
pub const PT_LONGLONG: crate::ULONG = 0x14;
/// The generic string type; `PT_UNICODE` in this Unicode corpus.
pub const PT_TSTRING: crate::ULONG = 0x1F;
/// The generic multivalued string type; `PT_MV_UNICODE` in this Unicode corpus.
pub const PT_MV_TSTRING: crate::ULONG = 0x101F;
/// Masks the type out of a property tag (the low 16 bits).
pub const PROP_TYPE_MASK: crate::ULONG = 0xFFFF;
/// The property identifier MAPI never assigns; used as a null value or sentinel.
pub const PROP_ID_NULL: crate::ULONG = 0;
/// The property identifier that marks an invalid property.
pub const PROP_ID_INVALID: crate::ULONG = 0xFFFF;
/// The null property tag (`PT_NULL` with identifier 0): a placeholder that reserves a slot in a property tag array.
pub const PR_NULL: u32 = 1;
/// Multivalued `PT_I2` (`Value.MVi`).
pub const PT_MV_I2: crate::ULONG = 0x1002;
/// Multivalued `PT_LONG` (`Value.MVl`).
pub const PT_MV_LONG: crate::ULONG = 0x1003;
/// Multivalued `PT_R4` (`Value.MVflt`).
pub const PT_MV_R4: crate::ULONG = 0x1004;
/// Multivalued `PT_DOUBLE` (`Value.MVdbl`).
pub const PT_MV_DOUBLE: crate::ULONG = 0x1005;
/// Multivalued `PT_CURRENCY` (`Value.MVcur`).
pub const PT_MV_CURRENCY: crate::ULONG = 0x1006;
/// Multivalued `PT_APPTIME` (`Value.MVat`).
pub const PT_MV_APPTIME: crate::ULONG = 0x1007;
/// Multivalued `PT_SYSTIME` (`Value.MVft`).
pub const PT_MV_SYSTIME: crate::ULONG = 0x1040;
/// Multivalued `PT_STRING8` (`Value.MVszA`).
pub const PT_MV_STRING8: crate::ULONG = 0x101E;
/// Multivalued `PT_BINARY` (`Value.MVbin`).
pub const PT_MV_BINARY: crate::ULONG = 0x1102;
/// Multivalued `PT_UNICODE` (`Value.MVszW`).
pub const PT_MV_UNICODE: crate::ULONG = 0x101F;
/// Multivalued `PT_CLSID` (`Value.MVguid`).
pub const PT_MV_CLSID: crate::ULONG = 0x1048;
/// Multivalued `PT_I8` (`Value.MVli`).
pub const PT_MV_I8: crate::ULONG = 0x1014;
/// Another name for `PT_MV_I2`.
pub const PT_MV_SHORT: crate::ULONG = 0x1002;
/// Another name for `PT_MV_LONG`.
pub const PT_MV_I4: crate::ULONG = 0x1003;
/// Another name for `PT_MV_R4`.
pub const PT_MV_FLOAT: crate::ULONG = 0x1004;
/// Another name for `PT_MV_DOUBLE`.
pub const PT_MV_R8: crate::ULONG = 0x1005;
/// Another name for `PT_MV_I8`.
pub const PT_MV_LONGLONG: crate::ULONG = 0x1014;
/// Set with `MV_FLAG` on a column of a table to show a multivalued property as one row per value.
pub const MV_INSTANCE: crate::ULONG = 0x2000;
/// `MV_FLAG | MV_INSTANCE`: the bits that turn a multivalued column into per-value rows.
pub const MVI_FLAG: crate::ULONG = 0x3000;
/// The version of the `MAPIERROR` structure.
pub const MAPI_ERROR_VERSION: crate::ULONG = 0;
/// Event: a critical error occurred (`ERROR_NOTIFICATION`).
pub const fnevCriticalError: crate::ULONG = 1;
/// Event: a message arrived in a receive folder (`NEWMAIL_NOTIFICATION`).
pub const fnevNewMail: crate::ULONG = 2;
/// Event: an object was created (`OBJECT_NOTIFICATION`).
pub const fnevObjectCreated: crate::ULONG = 4;
/// Event: an object was deleted (`OBJECT_NOTIFICATION`).
pub const fnevObjectDeleted: crate::ULONG = 8;
/// Event: an object was modified (`OBJECT_NOTIFICATION`).
pub const fnevObjectModified: crate::ULONG = 0x10;
/// Event: an object was moved (`OBJECT_NOTIFICATION`).
pub const fnevObjectMoved: crate::ULONG = 0x20;
/// Event: an object was copied (`OBJECT_NOTIFICATION`).
pub const fnevObjectCopied: crate::ULONG = 0x40;
/// Event: a search folder finished its search (`OBJECT_NOTIFICATION`).
pub const fnevSearchComplete: crate::ULONG = 0x80;
/// Event: a table changed (`TABLE_NOTIFICATION`).
pub const fnevTableModified: crate::ULONG = 0x100;
/// Event: a status object changed (`STATUS_OBJECT_NOTIFICATION`).
pub const fnevStatusObjectModified: crate::ULONG = 0x200;
/// Event bit reserved for MAPI's own use.
pub const fnevReservedForMapi: crate::ULONG = 0x40000000;
/// Event: a provider-defined event (`EXTENDED_NOTIFICATION`).
pub const fnevExtended: crate::ULONG = 0x80000000;
/// Table event: many rows changed at once; re-read the table.
pub const TABLE_CHANGED: crate::ULONG = 1;
/// Table event: an error occurred; `hResult` says which.
pub const TABLE_ERROR: crate::ULONG = 2;
/// Table event: a row was added.
pub const TABLE_ROW_ADDED: crate::ULONG = 3;
/// Table event: a row was deleted.
pub const TABLE_ROW_DELETED: crate::ULONG = 4;
/// Table event: a row was modified.
pub const TABLE_ROW_MODIFIED: crate::ULONG = 5;
/// Table event: an asynchronous sort finished.
pub const TABLE_SORT_DONE: crate::ULONG = 6;
/// Table event: an asynchronous restriction finished.
pub const TABLE_RESTRICT_DONE: crate::ULONG = 7;
/// Table event: an asynchronous column change finished.
pub const TABLE_SETCOL_DONE: crate::ULONG = 8;
/// Table event: the underlying data was reloaded; re-read the table.
pub const TABLE_RELOAD: crate::ULONG = 9;
/// The name of the window message the 16-bit MAPI notification engine registered to deliver notifications.
pub const szMAPINotificationMsg: &::core::ffi::CStr = c"MAPI Notify window message";
/// Progress flag: the progress indicator shows the top-level operation, not a sub-operation.
pub const MAPI_TOP_LEVEL: crate::ULONG = 1;
/// `SaveChanges`: keep the object open, read-only, after saving.
pub const KEEP_OPEN_READONLY: crate::ULONG = 1;
/// `SaveChanges`: keep the object open for writing after saving.
pub const KEEP_OPEN_READWRITE: crate::ULONG = 2;
/// `SaveChanges`: save even if someone else changed the object since it was opened.
pub const FORCE_SAVE: crate::ULONG = 4;
/// Create the property, or the object, if it does not exist (also used by `GetIDsFromNames` to create missing named properties).
pub const MAPI_CREATE: crate::ULONG = 2;
/// `OpenProperty` on a stream: writes append to the existing data.
pub const STREAM_APPEND: crate::ULONG = 4;
/// `CopyTo` and `CopyProps`: move rather than copy (the source properties are deleted).
pub const MAPI_MOVE: crate::ULONG = 1;
/// `CopyTo` and `CopyProps`: do not overwrite properties that already exist in the destination.
pub const MAPI_NOREPLACE: crate::ULONG = 2;
/// `CopyTo` and `CopyProps`: the provider may decline and leave the copy to MAPI with `MAPI_E_DECLINE_COPY`.
pub const MAPI_DECLINE_OK: crate::ULONG = 4;
/// Show a progress indicator or dialog box while the operation runs.
pub const MAPI_DIALOG: crate::ULONG = 8;
/// Log on to the default profile.
pub const MAPI_USE_DEFAULT: crate::ULONG = 0x40;
/// `GetNamesFromIDs`: return only names that are integers.
pub const MAPI_NO_STRINGS: crate::ULONG = 1;
/// `GetNamesFromIDs`: return only names that are strings.
pub const MAPI_NO_IDS: crate::ULONG = 2;
/// `MAPINAMEID` kind: the name is the integer in `Kind.lID`.
pub const MNID_ID: crate::ULONG = 0;
/// `MAPINAMEID` kind: the name is the string in `Kind.lpwstrName`.
pub const MNID_STRING: crate::ULONG = 1;
/// Table status: no operation is in progress.
pub const TBLSTAT_COMPLETE: crate::ULONG = 0;
/// Table status: the contents changed, but no operation is pending.
pub const TBLSTAT_QCHANGED: crate::ULONG = 7;
/// Table status: an asynchronous sort is running.
pub const TBLSTAT_SORTING: crate::ULONG = 9;
/// Table status: the last sort failed.
pub const TBLSTAT_SORT_ERROR: crate::ULONG = 0xA;
/// Table status: an asynchronous column change is running.
pub const TBLSTAT_SETTING_COLS: crate::ULONG = 0xB;
/// Table status: the last column change failed.
pub const TBLSTAT_SETCOL_ERROR: crate::ULONG = 0xD;
/// Table status: an asynchronous restriction is running.
pub const TBLSTAT_RESTRICTING: crate::ULONG = 0xE;
/// Table status: the last restriction failed.
pub const TBLSTAT_RESTRICT_ERROR: crate::ULONG = 0xF;
/// Table type: a static copy of the data that never changes.
pub const TBLTYPE_SNAPSHOT: crate::ULONG = 0;
/// Table type: the set of rows is fixed, but their values are live.
pub const TBLTYPE_KEYSET: crate::ULONG = 1;
/// Table type: rows and values both follow the underlying data.
pub const TBLTYPE_DYNAMIC: crate::ULONG = 2;
/// Sort order: ascending.
pub const TABLE_SORT_ASCEND: crate::ULONG = 0;
/// Sort order: descending.
pub const TABLE_SORT_DESCEND: crate::ULONG = 1;
/// Sort order: combine this column with the previous category column into one compound category.
pub const TABLE_SORT_COMBINE: crate::ULONG = 2;
/// Sort order: sort the categories of the previous sort key by the largest value of this column among their rows.
pub const TABLE_SORT_CATEG_MAX: crate::ULONG = 4;
/// Sort order: sort the categories of the previous sort key by the smallest value of this column among their rows.
pub const TABLE_SORT_CATEG_MIN: crate::ULONG = 8;
/// Bookmark: before the first row.
pub const BOOKMARK_BEGINNING: BOOKMARK = 0;
/// Bookmark: the current row.
pub const BOOKMARK_CURRENT: BOOKMARK = 1;
/// Bookmark: after the last row.
pub const BOOKMARK_END: BOOKMARK = 2;
/// Content restriction: the whole string must match.
pub const FL_FULLSTRING: crate::ULONG = 0;
/// Content restriction: the pattern may match anywhere in the string.
pub const FL_SUBSTRING: crate::ULONG = 1;
/// Content restriction: the pattern must match the start of the string.
pub const FL_PREFIX: crate::ULONG = 2;
/// Content restriction: ignore case.
pub const FL_IGNORECASE: crate::ULONG = 0x10000;
/// Content restriction: ignore non-spacing characters such as diacritics.
pub const FL_IGNORENONSPACE: crate::ULONG = 0x20000;
/// Content restriction: match as loosely as the provider can, for example ignoring case and accents.
pub const FL_LOOSE: crate::ULONG = 0x40000;
/// Restriction type: all sub-restrictions must match (`resAnd`).
pub const RES_AND: crate::ULONG = 0;
/// Restriction type: at least one sub-restriction must match (`resOr`).
pub const RES_OR: crate::ULONG = 1;
/// Restriction type: the sub-restriction must not match (`resNot`).
pub const RES_NOT: crate::ULONG = 2;
/// Restriction type: a string or binary property contains a value (`resContent`).
pub const RES_CONTENT: crate::ULONG = 3;
/// Restriction type: a property compares with a value (`resProperty`).
pub const RES_PROPERTY: crate::ULONG = 4;
/// Restriction type: two properties compare with each other (`resCompareProps`).
pub const RES_COMPAREPROPS: crate::ULONG = 5;
/// Restriction type: bits of a property are all zero or not (`resBitMask`).
pub const RES_BITMASK: crate::ULONG = 6;
/// Restriction type: the size of a property compares with a value (`resSize`).
pub const RES_SIZE: crate::ULONG = 7;
/// Restriction type: a property exists (`resExist`).
pub const RES_EXIST: crate::ULONG = 8;
/// Restriction type: a restriction applied to the recipients or attachments of a message (`resSub`).
pub const RES_SUBRESTRICTION: crate::ULONG = 9;
/// Restriction type: a restriction carrying annotation properties (`resComment`).
pub const RES_COMMENT: crate::ULONG = 0xA;
/// Restriction type: limits how many rows a sub-restriction may match (`resCount`; Outlook 2007 and later).
pub const RES_COUNT: crate::ULONG = 0xB;
/// Restriction type: a sub-restriction with hints such as a locale (`resAnnotation`; Outlook 2007 and later).
pub const RES_ANNOTATION: crate::ULONG = 0xC;
/// Relational operator: less than.
pub const RELOP_LT: crate::ULONG = 0;
/// Relational operator: less than or equal.
pub const RELOP_LE: crate::ULONG = 1;
/// Relational operator: greater than.
pub const RELOP_GT: crate::ULONG = 2;
/// Relational operator: greater than or equal.
pub const RELOP_GE: crate::ULONG = 3;
/// Relational operator: equal.
pub const RELOP_EQ: crate::ULONG = 4;
/// Relational operator: not equal.
pub const RELOP_NE: crate::ULONG = 5;
/// Relational operator: matches a regular expression (LIKE).
pub const RELOP_RE: crate::ULONG = 6;
/// Bitmask test: the masked bits are all zero.
pub const BMR_EQZ: crate::ULONG = 0;
/// Bitmask test: at least one masked bit is set.
pub const BMR_NEZ: crate::ULONG = 1;
/// `QueryColumns`: return every available column, not only the current column set.
pub const TBL_ALL_COLUMNS: crate::ULONG = 1;
/// `PR_ROW_TYPE`: a data row.
pub const TBL_LEAF_ROW: crate::ULONG = 1;
/// `PR_ROW_TYPE`: a category heading with no rows under it.
pub const TBL_EMPTY_CATEGORY: crate::ULONG = 2;
/// `PR_ROW_TYPE`: an expanded category heading.
pub const TBL_EXPANDED_CATEGORY: crate::ULONG = 3;
/// `PR_ROW_TYPE`: a collapsed category heading.
pub const TBL_COLLAPSED_CATEGORY: crate::ULONG = 4;
/// The table operation may finish asynchronously; the call returns at once.
pub const TBL_NOWAIT: crate::ULONG = 1;
/// Another name for `TBL_NOWAIT`.
pub const TBL_ASYNC: crate::ULONG = 1;
/// The table may defer the operation until the data is needed, batching it with later calls.
pub const TBL_BATCH: crate::ULONG = 2;
/// `FindRow`: search backwards from the bookmark.
pub const DIR_BACKWARD: crate::ULONG = 1;
/// `QueryRows`: return the rows without moving the cursor.
pub const TBL_NOADVANCE: crate::ULONG = 1;
/// `PR_RESOURCE_TYPE`: a message store provider.
pub const MAPI_STORE_PROVIDER: crate::ULONG = 0x21;
/// `PR_RESOURCE_TYPE`: the MAPI address book.
pub const MAPI_AB: crate::ULONG = 0x22;
/// `PR_RESOURCE_TYPE`: an address book provider.
pub const MAPI_AB_PROVIDER: crate::ULONG = 0x23;
/// `PR_RESOURCE_TYPE`: a transport provider.
pub const MAPI_TRANSPORT_PROVIDER: crate::ULONG = 0x24;
/// `PR_RESOURCE_TYPE`: the MAPI spooler.
pub const MAPI_SPOOLER: crate::ULONG = 0x25;
/// `PR_RESOURCE_TYPE`: a profile provider.
pub const MAPI_PROFILE_PROVIDER: crate::ULONG = 0x26;
/// `PR_RESOURCE_TYPE`: the MAPI subsystem as a whole.
pub const MAPI_SUBSYSTEM: crate::ULONG = 0x27;
/// `PR_RESOURCE_TYPE`: a spooler hook provider.
pub const MAPI_HOOK_PROVIDER: crate::ULONG = 0x28;
/// `PR_RESOURCE_METHODS`: the status object supports `ValidateState`.
pub const STATUS_VALIDATE_STATE: crate::ULONG = 1;
/// `PR_RESOURCE_METHODS`: the status object supports `SettingsDialog`.
pub const STATUS_SETTINGS_DIALOG: crate::ULONG = 2;
/// `PR_RESOURCE_METHODS`: the status object supports `ChangePassword`.
pub const STATUS_CHANGE_PASSWORD: crate::ULONG = 4;
/// `PR_RESOURCE_METHODS`: the status object supports `FlushQueues`.
pub const STATUS_FLUSH_QUEUES: crate::ULONG = 8;
/// `PR_RESOURCE_FLAGS`: the transport is the default for outbound messages.
pub const STATUS_DEFAULT_OUTBOUND: crate::ULONG = 1;
/// `PR_RESOURCE_FLAGS`: the store is the default store of the profile.
pub const STATUS_DEFAULT_STORE: crate::ULONG = 2;
/// `PR_RESOURCE_FLAGS`: the provider supplies the primary identity of the session.
pub const STATUS_PRIMARY_IDENTITY: crate::ULONG = 4;
/// `PR_RESOURCE_FLAGS`: the store is a simple store without an IPM subtree.
pub const STATUS_SIMPLE_STORE: crate::ULONG = 8;
/// `PR_RESOURCE_FLAGS`: the transport wants to be offered messages after the other transports.
pub const STATUS_XP_PREFER_LAST: crate::ULONG = 0x10;
/// `PR_RESOURCE_FLAGS`: the provider does not supply a primary identity.
pub const STATUS_NO_PRIMARY_IDENTITY: crate::ULONG = 0x20;
/// `PR_RESOURCE_FLAGS`: the store must never become the default store.
pub const STATUS_NO_DEFAULT_STORE: crate::ULONG = 0x40;
/// `PR_RESOURCE_FLAGS`: the store is temporary and its profile section is not saved.
pub const STATUS_TEMP_SECTION: crate::ULONG = 0x80;
/// `PR_RESOURCE_FLAGS`: the store belongs to a transport that is tightly coupled to it.
pub const STATUS_OWN_STORE: crate::ULONG = 0x100;
/// `PR_RESOURCE_FLAGS`: the store needs the standard IPM folder tree created.
pub const STATUS_NEED_IPM_TREE: crate::ULONG = 0x800;
/// `PR_RESOURCE_FLAGS`: the store is the primary store for logon.
pub const STATUS_PRIMARY_STORE: crate::ULONG = 0x1000;
/// `PR_RESOURCE_FLAGS`: the store is the secondary store, used when the primary is unavailable.
pub const STATUS_SECONDARY_STORE: crate::ULONG = 0x2000;
/// `PR_STATUS_CODE`: the provider is available.
pub const STATUS_AVAILABLE: crate::ULONG = 1;
/// `PR_STATUS_CODE`: the provider is working offline.
pub const STATUS_OFFLINE: crate::ULONG = 2;
/// `PR_STATUS_CODE`: the provider has failed.
pub const STATUS_FAILURE: crate::ULONG = 4;
/// `PR_STATUS_CODE` (transports): inbound messages can be received.
pub const STATUS_INBOUND_ENABLED: crate::ULONG = 0x10000;
/// `PR_STATUS_CODE` (transports): a message is being received.
pub const STATUS_INBOUND_ACTIVE: crate::ULONG = 0x20000;
/// `PR_STATUS_CODE` (transports): inbound messages are being downloaded.
pub const STATUS_INBOUND_FLUSH: crate::ULONG = 0x40000;
/// `PR_STATUS_CODE` (transports): outbound messages can be sent.
pub const STATUS_OUTBOUND_ENABLED: crate::ULONG = 0x100000;
/// `PR_STATUS_CODE` (transports): a message is being sent.
pub const STATUS_OUTBOUND_ACTIVE: crate::ULONG = 0x200000;
/// `PR_STATUS_CODE` (transports): outbound messages are being uploaded.
pub const STATUS_OUTBOUND_FLUSH: crate::ULONG = 0x400000;
/// `PR_STATUS_CODE` (transports): the transport is connected through remote access.
pub const STATUS_REMOTE_ACCESS: crate::ULONG = 0x800000;
/// `ValidateState`: do not show any user interface.
pub const SUPPRESS_UI: crate::ULONG = 1;
/// `ValidateState`: download message headers anew into the header cache.
pub const REFRESH_XP_HEADER_CACHE: crate::ULONG = 0x10000;
/// `ValidateState`: act on the messages marked for download or deletion in the header cache.
pub const PROCESS_XP_HEADER_CACHE: crate::ULONG = 0x20000;
/// `ValidateState`: connect the remote transport.
pub const FORCE_XP_CONNECT: crate::ULONG = 0x40000;
/// `ValidateState`: disconnect the remote transport.
pub const FORCE_XP_DISCONNECT: crate::ULONG = 0x80000;
/// `ValidateState`: the configuration changed; the provider should re-read it.
pub const CONFIG_CHANGED: crate::ULONG = 0x100000;
/// `ValidateState`: cancel the header cache operation in progress.
pub const ABORT_XP_HEADER_OPERATION: crate::ULONG = 0x200000;
/// `ValidateState`: show the remote transport's session user interface.
pub const SHOW_XP_SESSION_UI: crate::ULONG = 0x400000;
/// `SettingsDialog`: show the settings without letting the user change them.
pub const UI_READONLY: crate::ULONG = 1;
/// `FlushQueues`: send the outbound queue.
pub const FLUSH_UPLOAD: crate::ULONG = 2;
/// `FlushQueues`: receive the inbound queue.
pub const FLUSH_DOWNLOAD: crate::ULONG = 4;
/// `FlushQueues`: flush even if it cannot be done in the background, and even when it would normally wait.
pub const FLUSH_FORCE: crate::ULONG = 8;
/// `FlushQueues`: do not show progress.
pub const FLUSH_NO_UI: crate::ULONG = 0x10;
/// `FlushQueues`: the flush may finish asynchronously.
pub const FLUSH_ASYNC_OK: crate::ULONG = 0x20;
/// `OpenEntry`: open the object with the highest access the caller is allowed.
pub const MAPI_BEST_ACCESS: crate::ULONG = 0x10;
/// `GetHierarchyTable`: list every descendant container, not only direct children.
pub const CONVENIENT_DEPTH: crate::ULONG = 1;
/// Search state: the search is running.
pub const SEARCH_RUNNING: crate::ULONG = 1;
/// Search state: the search is rebuilding its results.
pub const SEARCH_REBUILD: crate::ULONG = 2;
/// Search state: the search includes subfolders of the searched folders.
pub const SEARCH_RECURSIVE: crate::ULONG = 4;
/// Search state: the search runs at high priority.
pub const SEARCH_FOREGROUND: crate::ULONG = 8;
/// `SetSearchCriteria`: stop the search.
pub const STOP_SEARCH: crate::ULONG = 1;
/// `SetSearchCriteria`: start or restart the search.
pub const RESTART_SEARCH: crate::ULONG = 2;
/// `SetSearchCriteria`: search the listed folders and their subfolders.
pub const RECURSIVE_SEARCH: crate::ULONG = 4;
/// `SetSearchCriteria`: search only the listed folders.
pub const SHALLOW_SEARCH: crate::ULONG = 8;
/// `SetSearchCriteria`: run the search at high priority.
pub const FOREGROUND_SEARCH: crate::ULONG = 0x10;
/// `SetSearchCriteria`: run the search at normal priority.
pub const BACKGROUND_SEARCH: crate::ULONG = 0x20;
/// `PR_CONTAINER_FLAGS`: the container can hold recipients.
pub const AB_RECIPIENTS: crate::ULONG = 1;
/// `PR_CONTAINER_FLAGS`: the container can hold subcontainers.
pub const AB_SUBCONTAINERS: crate::ULONG = 2;
/// `PR_CONTAINER_FLAGS`: entries can be added and removed.
pub const AB_MODIFIABLE: crate::ULONG = 4;
/// `PR_CONTAINER_FLAGS`: entries cannot be added or removed.
pub const AB_UNMODIFIABLE: crate::ULONG = 8;
/// `PR_CONTAINER_FLAGS`: the container must be restricted before its contents are shown.
pub const AB_FIND_ON_OPEN: crate::ULONG = 0x10;
/// `PR_CONTAINER_FLAGS`: the container may not be the default one.
pub const AB_NOT_DEFAULT: crate::ULONG = 0x20;
/// `CreateEntry`: refuse an entry whose name or address matches an existing one exactly.
pub const CREATE_CHECK_DUP_STRICT: crate::ULONG = 1;
/// `CreateEntry`: refuse an entry that loosely matches an existing one.
pub const CREATE_CHECK_DUP_LOOSE: crate::ULONG = 2;
/// `CreateEntry`: replace a duplicate entry.
pub const CREATE_REPLACE: crate::ULONG = 4;
/// `ResolveNames` result: the entry was not resolved.
pub const MAPI_UNRESOLVED: crate::ULONG = 0;
/// `ResolveNames` result: the entry matches more than one recipient.
pub const MAPI_AMBIGUOUS: crate::ULONG = 1;
/// `ResolveNames` result: the entry was resolved.
pub const MAPI_RESOLVED: crate::ULONG = 2;
/// `CreateOneOff`: the recipient should not receive rich (TNEF) content (`PR_SEND_RICH_INFO` false).
pub const MAPI_SEND_NO_RICH_INFO: crate::ULONG = 0x10000;
/// Non-delivery diagnostic: none given.
pub const MAPI_DIAG_NO_DIAGNOSTIC: crate::LONG = 0xFFFFFFFFu32 as i32;
/// Non-delivery diagnostic: the originator/recipient name is not recognised.
pub const MAPI_DIAG_OR_NAME_UNRECOGNIZED: crate::LONG = 0;
/// Non-delivery diagnostic: the originator/recipient name is ambiguous.
pub const MAPI_DIAG_OR_NAME_AMBIGUOUS: crate::LONG = 1;
/// Non-delivery diagnostic: the message transfer system is congested.
pub const MAPI_DIAG_MTS_CONGESTED: crate::LONG = 2;
/// Non-delivery diagnostic: the message was looping.
pub const MAPI_DIAG_LOOP_DETECTED: crate::LONG = 3;
/// Non-delivery diagnostic: the recipient is unavailable.
pub const MAPI_DIAG_RECIPIENT_UNAVAILABLE: crate::LONG = 4;
/// Non-delivery diagnostic: the maximum delivery time expired.
pub const MAPI_DIAG_MAXIMUM_TIME_EXPIRED: crate::LONG = 5;
/// Non-delivery diagnostic: the encoded information types are not supported.
pub const MAPI_DIAG_EITS_UNSUPPORTED: crate::LONG = 6;
/// Non-delivery diagnostic: the content is too long.
pub const MAPI_DIAG_CONTENT_TOO_LONG: crate::LONG = 7;
/// Non-delivery diagnostic: conversion is impractical.
pub const MAPI_DIAG_IMPRACTICAL_TO_CONVERT: crate::LONG = 8;
/// Non-delivery diagnostic: conversion is prohibited.
pub const MAPI_DIAG_PROHIBITED_TO_CONVERT: crate::LONG = 9;
/// Non-delivery diagnostic: the recipient does not subscribe to the needed conversion.
pub const MAPI_DIAG_CONVERSION_UNSUBSCRIBED: crate::LONG = 0xA;
/// Non-delivery diagnostic: the parameters are invalid.
pub const MAPI_DIAG_PARAMETERS_INVALID: crate::LONG = 0xB;
/// Non-delivery diagnostic: the content has a syntax error.
pub const MAPI_DIAG_CONTENT_SYNTAX_IN_ERROR: crate::LONG = 0xC;
/// Non-delivery diagnostic: a length constraint was violated.
pub const MAPI_DIAG_LENGTH_CONSTRAINT_VIOLATD: crate::LONG = 0xD;
/// Non-delivery diagnostic: a number constraint was violated.
pub const MAPI_DIAG_NUMBER_CONSTRAINT_VIOLATD: crate::LONG = 0xE;
/// Non-delivery diagnostic: the content type is not supported.
pub const MAPI_DIAG_CONTENT_TYPE_UNSUPPORTED: crate::LONG = 0xF;
/// Non-delivery diagnostic: there were too many recipients.
pub const MAPI_DIAG_TOO_MANY_RECIPIENTS: crate::LONG = 0x10;
/// Non-delivery diagnostic: there is no bilateral agreement with the destination.
pub const MAPI_DIAG_NO_BILATERAL_AGREEMENT: crate::LONG = 0x11;
/// Non-delivery diagnostic: a critical function is not supported.
pub const MAPI_DIAG_CRITICAL_FUNC_UNSUPPORTED: crate::LONG = 0x12;
/// Non-delivery diagnostic: conversion with loss of information is prohibited.
pub const MAPI_DIAG_CONVERSION_LOSS_PROHIB: crate::LONG = 0x13;
/// Non-delivery diagnostic: a line is too long.
pub const MAPI_DIAG_LINE_TOO_LONG: crate::LONG = 0x14;
/// Non-delivery diagnostic: a page is too long.
pub const MAPI_DIAG_PAGE_TOO_LONG: crate::LONG = 0x15;
/// Non-delivery diagnostic: a pictorial symbol would be lost.
pub const MAPI_DIAG_PICTORIAL_SYMBOL_LOST: crate::LONG = 0x16;
/// Non-delivery diagnostic: a punctuation symbol would be lost.
pub const MAPI_DIAG_PUNCTUATION_SYMBOL_LOST: crate::LONG = 0x17;
/// Non-delivery diagnostic: an alphabetic character would be lost.
pub const MAPI_DIAG_ALPHABETIC_CHARACTER_LOST: crate::LONG = 0x18;
/// Non-delivery diagnostic: several kinds of information would be lost.
pub const MAPI_DIAG_MULTIPLE_INFO_LOSSES: crate::LONG = 0x19;
/// Non-delivery diagnostic: reassignment is prohibited.
pub const MAPI_DIAG_REASSIGNMENT_PROHIBITED: crate::LONG = 0x1A;
/// Non-delivery diagnostic: a redirection loop was detected.
pub const MAPI_DIAG_REDIRECTION_LOOP_DETECTED: crate::LONG = 0x1B;
/// Non-delivery diagnostic: distribution list expansion is prohibited.
pub const MAPI_DIAG_EXPANSION_PROHIBITED: crate::LONG = 0x1C;
/// Non-delivery diagnostic: submission is prohibited.
pub const MAPI_DIAG_SUBMISSION_PROHIBITED: crate::LONG = 0x1D;
/// Non-delivery diagnostic: distribution list expansion failed.
pub const MAPI_DIAG_EXPANSION_FAILED: crate::LONG = 0x1E;
/// Non-delivery diagnostic: the rendition is not supported.
pub const MAPI_DIAG_RENDITION_UNSUPPORTED: crate::LONG = 0x1F;
/// Non-delivery diagnostic: the postal address is incorrect.
pub const MAPI_DIAG_MAIL_ADDRESS_INCORRECT: crate::LONG = 0x20;
/// Non-delivery diagnostic: the post office is incorrect or invalid.
pub const MAPI_DIAG_MAIL_OFFICE_INCOR_OR_INVD: crate::LONG = 0x21;
/// Non-delivery diagnostic: the postal address is incomplete.
pub const MAPI_DIAG_MAIL_ADDRESS_INCOMPLETE: crate::LONG = 0x22;
/// Non-delivery diagnostic: the recipient is unknown at the address.
pub const MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN: crate::LONG = 0x23;
/// Non-delivery diagnostic: the recipient is deceased.
pub const MAPI_DIAG_MAIL_RECIPIENT_DECEASED: crate::LONG = 0x24;
/// Non-delivery diagnostic: the organization has expired.
pub const MAPI_DIAG_MAIL_ORGANIZATION_EXPIRED: crate::LONG = 0x25;
/// Non-delivery diagnostic: the recipient refused the mail.
pub const MAPI_DIAG_MAIL_REFUSED: crate::LONG = 0x26;
/// Non-delivery diagnostic: the mail was not claimed.
pub const MAPI_DIAG_MAIL_UNCLAIMED: crate::LONG = 0x27;
/// Non-delivery diagnostic: the recipient has moved.
pub const MAPI_DIAG_MAIL_RECIPIENT_MOVED: crate::LONG = 0x28;
/// Non-delivery diagnostic: the recipient is travelling.
pub const MAPI_DIAG_MAIL_RECIPIENT_TRAVELLING: crate::LONG = 0x29;
/// Non-delivery diagnostic: the recipient has departed.
pub const MAPI_DIAG_MAIL_RECIPIENT_DEPARTED: crate::LONG = 0x2A;
/// Non-delivery diagnostic: the recipient's new address is unknown.
pub const MAPI_DIAG_MAIL_NEW_ADDRESS_UNKNOWN: crate::LONG = 0x2B;
/// Non-delivery diagnostic: forwarding was not wanted.
pub const MAPI_DIAG_MAIL_FORWARDING_UNWANTED: crate::LONG = 0x2C;
/// Non-delivery diagnostic: forwarding is prohibited.
pub const MAPI_DIAG_MAIL_FORWARDING_PROHIB: crate::LONG = 0x2D;
/// Non-delivery diagnostic: a secure messaging error occurred.
pub const MAPI_DIAG_SECURE_MESSAGING_ERROR: crate::LONG = 0x2E;
/// Non-delivery diagnostic: the message could not be downgraded.
pub const MAPI_DIAG_DOWNGRADING_IMPOSSIBLE: crate::LONG = 0x2F;
/// `PR_DELIVERY_POINT`: a public user agent.
pub const MAPI_MH_DP_PUBLIC_UA: crate::ULONG = 0;
/// `PR_DELIVERY_POINT`: a private user agent.
pub const MAPI_MH_DP_PRIVATE_UA: crate::ULONG = 1;
/// `PR_DELIVERY_POINT`: a message store.
pub const MAPI_MH_DP_MS: crate::ULONG = 2;
/// `PR_DELIVERY_POINT`: a distribution list.
pub const MAPI_MH_DP_ML: crate::ULONG = 3;
/// `PR_DELIVERY_POINT`: a physical delivery access unit.
pub const MAPI_MH_DP_PDAU: crate::ULONG = 4;
/// `PR_DELIVERY_POINT`: a physical delivery system patron.
pub const MAPI_MH_DP_PDS_PATRON: crate::ULONG = 5;
/// `PR_DELIVERY_POINT`: another kind of access unit.
pub const MAPI_MH_DP_OTHER_AU: crate::ULONG = 6;
/// `PR_FOLDER_TYPE`: the root folder of a store.
pub const FOLDER_ROOT: crate::ULONG = 0;
/// `PR_FOLDER_TYPE` and `CreateFolder`: an ordinary folder.
pub const FOLDER_GENERIC: crate::ULONG = 1;
/// `PR_FOLDER_TYPE` and `CreateFolder`: a search-results folder.
pub const FOLDER_SEARCH: crate::ULONG = 2;
/// `CopyMessages`: move the messages rather than copy them.
pub const MESSAGE_MOVE: crate::ULONG = 1;
/// `CopyMessages`: show a progress indicator.
pub const MESSAGE_DIALOG: crate::ULONG = 2;
/// `CreateFolder`: open the folder if it already exists instead of failing.
pub const OPEN_IF_EXISTS: crate::ULONG = 1;
/// `DeleteFolder`: delete the messages in the folder too.
pub const DEL_MESSAGES: crate::ULONG = 1;
/// `DeleteFolder`, `CopyFolder`, `SetReadFlags` and `EmptyFolder`: show a progress indicator.
pub const FOLDER_DIALOG: crate::ULONG = 2;
/// `DeleteFolder`: delete the subfolders too.
pub const DEL_FOLDERS: crate::ULONG = 4;
/// `EmptyFolder`: delete the associated (hidden) messages too.
pub const DEL_ASSOCIATED: crate::ULONG = 8;
/// `CopyFolder`: move the folder rather than copy it.
pub const FOLDER_MOVE: crate::ULONG = 1;
/// `CopyFolder`: copy or move the subfolders too.
pub const COPY_SUBFOLDERS: crate::ULONG = 0x10;
/// Message status: highlighted.
pub const MSGSTATUS_HIGHLIGHTED: crate::ULONG = 1;
/// Message status: tagged by the user.
pub const MSGSTATUS_TAGGED: crate::ULONG = 2;
/// Message status: hidden.
pub const MSGSTATUS_HIDDEN: crate::ULONG = 4;
/// Message status: marked for deletion.
pub const MSGSTATUS_DELMARKED: crate::ULONG = 8;
/// Message status: marked for download from the remote server.
pub const MSGSTATUS_REMOTE_DOWNLOAD: crate::ULONG = 0x1000;
/// Message status: marked for deletion on the remote server.
pub const MSGSTATUS_REMOTE_DELETE: crate::ULONG = 0x2000;
/// `SaveContentsSort`: apply the sort order to the subfolders too.
pub const RECURSIVE_SORT: crate::ULONG = 2;
/// `PR_STATUS` of a folder: highlighted.
pub const FLDSTATUS_HIGHLIGHTED: crate::ULONG = 1;
/// `PR_STATUS` of a folder: tagged by the user.
pub const FLDSTATUS_TAGGED: crate::ULONG = 2;
/// `PR_STATUS` of a folder: hidden.
pub const FLDSTATUS_HIDDEN: crate::ULONG = 4;
/// `PR_STATUS` of a folder: marked for deletion.
pub const FLDSTATUS_DELMARKED: crate::ULONG = 8;
/// `PR_STORE_SUPPORT_MASK`: entry IDs are unique, never reused for another object.
pub const STORE_ENTRYID_UNIQUE: crate::ULONG = 1;
/// `PR_STORE_SUPPORT_MASK`: the store is read-only.
pub const STORE_READONLY: crate::ULONG = 2;
/// `PR_STORE_SUPPORT_MASK`: the store supports search folders.
pub const STORE_SEARCH_OK: crate::ULONG = 4;
/// `PR_STORE_SUPPORT_MASK`: messages can be modified.
pub const STORE_MODIFY_OK: crate::ULONG = 8;
/// `PR_STORE_SUPPORT_MASK`: messages can be created.
pub const STORE_CREATE_OK: crate::ULONG = 0x10;
/// `PR_STORE_SUPPORT_MASK`: attachments are supported.
pub const STORE_ATTACH_OK: crate::ULONG = 0x20;
/// `PR_STORE_SUPPORT_MASK`: OLE attachments are supported.
pub const STORE_OLE_OK: crate::ULONG = 0x40;
/// `PR_STORE_SUPPORT_MASK`: messages can be submitted for sending.
pub const STORE_SUBMIT_OK: crate::ULONG = 0x80;
/// `PR_STORE_SUPPORT_MASK`: notifications are supported.
pub const STORE_NOTIFY_OK: crate::ULONG = 0x100;
/// `PR_STORE_SUPPORT_MASK`: multivalued properties are supported.
pub const STORE_MV_PROPS_OK: crate::ULONG = 0x200;
/// `PR_STORE_SUPPORT_MASK`: categorized table views are supported.
pub const STORE_CATEGORIZE_OK: crate::ULONG = 0x400;
/// `PR_STORE_SUPPORT_MASK`: compressed RTF message bodies are supported.
pub const STORE_RTF_OK: crate::ULONG = 0x800;
/// `PR_STORE_SUPPORT_MASK`: table restrictions are supported.
pub const STORE_RESTRICTION_OK: crate::ULONG = 0x1000;
/// `PR_STORE_SUPPORT_MASK`: table sorting is supported.
pub const STORE_SORT_OK: crate::ULONG = 0x2000;
/// `PR_STORE_SUPPORT_MASK`: the store holds public folders.
pub const STORE_PUBLIC_FOLDERS: crate::ULONG = 0x4000;
/// `PR_STORE_SUPPORT_MASK`: uncompressed RTF bodies are supported.
pub const STORE_UNCOMPRESSED_RTF: crate::ULONG = 0x8000;
/// `PR_STORE_STATE`: the store contains active search folders.
pub const STORE_HAS_SEARCHES: crate::ULONG = 0x1000000;
/// `StoreLogoff`: return at once; the spooler finishes the outstanding work in the background.
pub const LOGOFF_NO_WAIT: crate::ULONG = 1;
/// `StoreLogoff`: let the outstanding operations finish before logging off.
pub const LOGOFF_ORDERLY: crate::ULONG = 2;
/// `StoreLogoff`: flush the queues before logging off, waiting for them to drain.
pub const LOGOFF_PURGE: crate::ULONG = 4;
/// `StoreLogoff`: log off at once, abandoning outstanding transport work.
pub const LOGOFF_ABORT: crate::ULONG = 8;
/// `StoreLogoff`: log off without any user interface.
pub const LOGOFF_QUIET: crate::ULONG = 0x10;
/// `StoreLogoff` result: all outstanding operations finished.
pub const LOGOFF_COMPLETE: crate::ULONG = 0x10000;
/// `StoreLogoff` result: inbound messages are still arriving.
pub const LOGOFF_INBOUND: crate::ULONG = 0x20000;
/// `StoreLogoff` result: outbound messages are still being sent.
pub const LOGOFF_OUTBOUND: crate::ULONG = 0x40000;
/// `StoreLogoff` result: messages remain in the outgoing queue.
pub const LOGOFF_OUTBOUND_QUEUE: crate::ULONG = 0x80000;
/// `SetLockState`: lock the message for the spooler.
pub const MSG_LOCKED: crate::ULONG = 1;
/// `SetLockState`: unlock the message.
pub const MSG_UNLOCKED: crate::ULONG = 0;
/// `PR_VALID_FOLDER_MASK`: the IPM subtree entry ID is valid.
pub const FOLDER_IPM_SUBTREE_VALID: crate::ULONG = 1;
/// `PR_VALID_FOLDER_MASK`: the Inbox entry ID is valid.
pub const FOLDER_IPM_INBOX_VALID: crate::ULONG = 2;
/// `PR_VALID_FOLDER_MASK`: the Outbox entry ID is valid.
pub const FOLDER_IPM_OUTBOX_VALID: crate::ULONG = 4;
/// `PR_VALID_FOLDER_MASK`: the Deleted Items entry ID is valid.
pub const FOLDER_IPM_WASTEBASKET_VALID: crate::ULONG = 8;
/// `PR_VALID_FOLDER_MASK`: the Sent Items entry ID is valid.
pub const FOLDER_IPM_SENTMAIL_VALID: crate::ULONG = 0x10;
/// `PR_VALID_FOLDER_MASK`: the personal views folder entry ID is valid.
pub const FOLDER_VIEWS_VALID: crate::ULONG = 0x20;
/// `PR_VALID_FOLDER_MASK`: the common views folder entry ID is valid.
pub const FOLDER_COMMON_VIEWS_VALID: crate::ULONG = 0x40;
/// `PR_VALID_FOLDER_MASK`: the finder (search root) folder entry ID is valid.
pub const FOLDER_FINDER_VALID: crate::ULONG = 0x80;
/// `SubmitMessage`: submit even if the message cannot be sent at once.
pub const FORCE_SUBMIT: crate::ULONG = 1;
/// `PR_MESSAGE_FLAGS`: the message has been read.
pub const MSGFLAG_READ: crate::ULONG = 1;
/// `PR_MESSAGE_FLAGS`: the message has not been modified since it was delivered.
pub const MSGFLAG_UNMODIFIED: crate::ULONG = 2;
/// `PR_MESSAGE_FLAGS`: the message has been submitted for sending.
pub const MSGFLAG_SUBMIT: crate::ULONG = 4;
/// `PR_MESSAGE_FLAGS`: the message is still being composed.
pub const MSGFLAG_UNSENT: crate::ULONG = 8;
/// `PR_MESSAGE_FLAGS`: the message has attachments.
pub const MSGFLAG_HASATTACH: crate::ULONG = 0x10;
/// `PR_MESSAGE_FLAGS`: the user who receives the message also sent it.
pub const MSGFLAG_FROMME: crate::ULONG = 0x20;
/// `PR_MESSAGE_FLAGS`: the message is an associated (hidden) message.
pub const MSGFLAG_ASSOCIATED: crate::ULONG = 0x40;
/// `PR_MESSAGE_FLAGS`: the message is being resent after a failed delivery.
pub const MSGFLAG_RESEND: crate::ULONG = 0x80;
/// `PR_MESSAGE_FLAGS`: a read report is still to be sent.
pub const MSGFLAG_RN_PENDING: crate::ULONG = 0x100;
/// `PR_MESSAGE_FLAGS`: a non-read report is still to be sent.
pub const MSGFLAG_NRN_PENDING: crate::ULONG = 0x200;
/// `PR_SUBMIT_FLAGS`: the spooler has locked the message.
pub const SUBMITFLAG_LOCKED: crate::ULONG = 1;
/// `PR_SUBMIT_FLAGS`: the message needs preprocessing before it is sent.
pub const SUBMITFLAG_PREPROCESS: crate::ULONG = 2;
/// `ModifyRecipients`: add the recipients.
pub const MODRECIP_ADD: crate::ULONG = 2;
/// `ModifyRecipients`: replace the listed recipients.
pub const MODRECIP_MODIFY: crate::ULONG = 4;
/// `ModifyRecipients`: remove the listed recipients.
pub const MODRECIP_REMOVE: crate::ULONG = 8;
/// `SetReadFlag`: mark as read without sending a read report.
pub const SUPPRESS_RECEIPT: crate::ULONG = 1;
/// `SetReadFlag`: mark as unread.
pub const CLEAR_READ_FLAG: crate::ULONG = 4;
/// `SetReadFlag`: send a pending read report without changing the read state.
pub const GENERATE_RECEIPT_ONLY: crate::ULONG = 0x10;
/// `SetReadFlag`: clear `MSGFLAG_RN_PENDING` without sending a read report.
pub const CLEAR_RN_PENDING: crate::ULONG = 0x20;
/// `SetReadFlag`: clear `MSGFLAG_NRN_PENDING` without sending a non-read report.
pub const CLEAR_NRN_PENDING: crate::ULONG = 0x40;
/// `DeleteAttach`: show a progress indicator.
pub const ATTACH_DIALOG: crate::ULONG = 1;
/// `PR_SECURITY`: the message is signed.
pub const SECURITY_SIGNED: crate::ULONG = 1;
/// `PR_SECURITY`: the message is encrypted.
pub const SECURITY_ENCRYPTED: crate::ULONG = 2;
/// `PR_PRIORITY`: urgent.
pub const PRIO_URGENT: crate::LONG = 1;
/// `PR_PRIORITY`: normal.
pub const PRIO_NORMAL: crate::LONG = 0;
/// `PR_PRIORITY`: not urgent.
pub const PRIO_NONURGENT: crate::LONG = 0xFFFFFFFFu32 as i32;
/// `PR_SENSITIVITY`: not sensitive.
pub const SENSITIVITY_NONE: crate::ULONG = 0;
/// `PR_SENSITIVITY`: personal.
pub const SENSITIVITY_PERSONAL: crate::ULONG = 1;
/// `PR_SENSITIVITY`: private.
pub const SENSITIVITY_PRIVATE: crate::ULONG = 2;
/// `PR_SENSITIVITY`: company confidential.
pub const SENSITIVITY_COMPANY_CONFIDENTIAL: crate::ULONG = 3;
/// `PR_IMPORTANCE`: low.
pub const IMPORTANCE_LOW: crate::LONG = 0;
/// `PR_IMPORTANCE`: normal.
pub const IMPORTANCE_NORMAL: crate::LONG = 1;
/// `PR_IMPORTANCE`: high.
pub const IMPORTANCE_HIGH: crate::LONG = 2;
/// `PR_ICON_INDEX`: a new mail item (-1).
pub const ICON_INDEX_NEW_MAIL: crate::LONG = 0xFFFFFFFFu32 as i32;
/// `PR_ICON_INDEX`: a post.
pub const ICON_INDEX_POST: crate::LONG = 1;
/// `PR_ICON_INDEX`: another kind of item.
pub const ICON_INDEX_OTHER: crate::LONG = 3;
/// `PR_ICON_INDEX`: a read mail message.
pub const ICON_INDEX_READ_MAIL: crate::LONG = 0x100;
/// `PR_ICON_INDEX`: an unread mail message.
pub const ICON_INDEX_UNREAD_MAIL: crate::LONG = 0x101;
/// `PR_ICON_INDEX`: a submitted mail message.
pub const ICON_INDEX_SUBMITTED_MAIL: crate::LONG = 0x102;
/// `PR_ICON_INDEX`: an unsent mail message.
pub const ICON_INDEX_UNSENT_MAIL: crate::LONG = 0x103;
/// `PR_ICON_INDEX`: a receipt.
pub const ICON_INDEX_RECEIPT_MAIL: crate::LONG = 0x104;
/// `PR_ICON_INDEX`: a replied mail message.
pub const ICON_INDEX_REPLIED_MAIL: crate::LONG = 0x105;
/// `PR_ICON_INDEX`: a forwarded mail message.
pub const ICON_INDEX_FORWARDED_MAIL: crate::LONG = 0x106;
/// `PR_ICON_INDEX`: a remote mail message (header only).
pub const ICON_INDEX_REMOTE_MAIL: crate::LONG = 0x107;
/// `PR_ICON_INDEX`: a delivery receipt.
pub const ICON_INDEX_DELIVERY_MAIL: crate::LONG = 0x108;
/// `PR_ICON_INDEX`: a read receipt.
pub const ICON_INDEX_READ_RECEIPT_MAIL: crate::LONG = 0x109;
/// `PR_ICON_INDEX`: a non-delivery report.
pub const ICON_INDEX_NONDELIVERY_MAIL: crate::LONG = 0x10A;
/// `PR_ICON_INDEX`: a non-read report.
pub const ICON_INDEX_NONREAD_MAIL: crate::LONG = 0x10B;
/// `PR_ICON_INDEX`: a successful recall report.
pub const ICON_INDEX_RECALL_S_MAIL: crate::LONG = 0x10C;
/// `PR_ICON_INDEX`: a failed recall report.
pub const ICON_INDEX_RECALL_F_MAIL: crate::LONG = 0x10D;
/// `PR_ICON_INDEX`: a tracking message.
pub const ICON_INDEX_TRACKING_MAIL: crate::LONG = 0x10E;
/// `PR_ICON_INDEX`: a signed message.
pub const ICON_INDEX_MAIL_SIGNED: crate::LONG = 0x10F;
/// `PR_ICON_INDEX`: an encrypted message.
pub const ICON_INDEX_MAIL_ENCRYPTED: crate::LONG = 0x110;
/// `PR_ICON_INDEX`: an S/MIME signed message.
pub const ICON_INDEX_MAIL_SMIME_SIGNED: crate::LONG = 0x111;
/// `PR_ICON_INDEX`: an S/MIME receipt.
pub const ICON_INDEX_MAIL_SMIME_RECEIPT: crate::LONG = 0x112;
/// `PR_ICON_INDEX`: a replied encrypted message.
pub const ICON_INDEX_MAIL_ENCRYPTED_REPLIED: crate::LONG = 0x113;
/// `PR_ICON_INDEX`: a replied S/MIME signed message.
pub const ICON_INDEX_MAIL_SMIME_SIGNED_REPLIED: crate::LONG = 0x114;
/// `PR_ICON_INDEX`: a forwarded encrypted message.
pub const ICON_INDEX_MAIL_ENCRYPTED_FORWARDED: crate::LONG = 0x115;
/// `PR_ICON_INDEX`: a forwarded S/MIME signed message.
pub const ICON_INDEX_MAIL_SMIME_SIGNED_FORWARDED: crate::LONG = 0x116;
/// `PR_ICON_INDEX`: a read encrypted message.
pub const ICON_INDEX_MAIL_ENCRYPTED_READ: crate::LONG = 0x117;
/// `PR_ICON_INDEX`: a read S/MIME signed message.
pub const ICON_INDEX_MAIL_SMIME_SIGNED_READ: crate::LONG = 0x118;
/// `PR_ICON_INDEX`: an out-of-office reply.
pub const ICON_INDEX_OUT_OF_OFFICE_MAIL: crate::LONG = 0x11B;
/// `PR_ICON_INDEX`: a recall request.
pub const ICON_INDEX_RECALL_MAIL: crate::LONG = 0x11C;
/// `PR_ICON_INDEX`: a tracked message.
pub const ICON_INDEX_TRACKED_MAIL: crate::LONG = 0x130;
/// `PR_ICON_INDEX`: a read rights-managed message.
pub const ICON_INDEX_IRM_READ_MAIL: crate::LONG = 0x131;
/// `PR_ICON_INDEX`: an unread rights-managed message.
pub const ICON_INDEX_IRM_UNREAD_MAIL: crate::LONG = 0x132;
/// `PR_ICON_INDEX`: a forwarded rights-managed message.
pub const ICON_INDEX_IRM_FORWARDED_MAIL: crate::LONG = 0x133;
/// `PR_ICON_INDEX`: a replied rights-managed message.
pub const ICON_INDEX_IRM_REPLIED_MAIL: crate::LONG = 0x134;
/// `PR_ICON_INDEX`: a rights-managed message being composed.
pub const ICON_INDEX_IRM_COMPOSE_MAIL: crate::LONG = 0x135;
/// `PR_ICON_INDEX`: a contact.
pub const ICON_INDEX_CONTACT: crate::LONG = 0x200;
/// `PR_ICON_INDEX`: a distribution list.
pub const ICON_INDEX_DISTRIBUTION_LIST: crate::LONG = 0x202;
/// `PR_ICON_INDEX`: a blue sticky note.
pub const ICON_INDEX_STICKY_NOTE_BLUE: crate::LONG = 0x300;
/// `PR_ICON_INDEX`: a green sticky note.
pub const ICON_INDEX_STICKY_NOTE_GREEN: crate::LONG = 0x301;
/// `PR_ICON_INDEX`: a pink sticky note.
pub const ICON_INDEX_STICKY_NOTE_PINK: crate::LONG = 0x302;
/// `PR_ICON_INDEX`: a yellow sticky note.
pub const ICON_INDEX_STICKY_NOTE_YELLOW: crate::LONG = 0x303;
/// `PR_ICON_INDEX`: a white sticky note.
pub const ICON_INDEX_STICKY_NOTE_WHITE: crate::LONG = 0x304;
/// `PR_ICON_INDEX`: a single appointment.
pub const ICON_INDEX_SINGLE_INSTANCE_APPOINTMENT: crate::LONG = 0x400;
/// `PR_ICON_INDEX`: a recurring appointment.
pub const ICON_INDEX_RECURRING_APPOINTMENT: crate::LONG = 0x401;
/// `PR_ICON_INDEX`: a single meeting.
pub const ICON_INDEX_SINGLE_INSTANCE_MEETING: crate::LONG = 0x402;
/// `PR_ICON_INDEX`: a recurring meeting.
pub const ICON_INDEX_RECURRING_MEETING: crate::LONG = 0x403;
/// `PR_ICON_INDEX`: a meeting request.
pub const ICON_INDEX_MEETING_REQUEST: crate::LONG = 0x404;
/// `PR_ICON_INDEX`: a meeting acceptance.
pub const ICON_INDEX_ACCEPT: crate::LONG = 0x405;
/// `PR_ICON_INDEX`: a meeting decline.
pub const ICON_INDEX_DECLINE: crate::LONG = 0x406;
/// `PR_ICON_INDEX`: a tentative meeting acceptance.
pub const ICON_INDEX_TENTATIVE: crate::LONG = 0x407;
/// `PR_ICON_INDEX`: a meeting cancellation.
pub const ICON_INDEX_CANCELATION: crate::LONG = 0x408;
/// `PR_ICON_INDEX`: an informational meeting update.
pub const ICON_INDEX_INFORMATIONAL_UPDATE: crate::LONG = 0x409;
/// `PR_ICON_INDEX`: a task.
pub const ICON_INDEX_TASK: crate::LONG = 0x500;
/// `PR_ICON_INDEX`: an unassigned recurring task.
pub const ICON_INDEX_UNASSIGNED_RECURRING_TASK: crate::LONG = 0x501;
/// `PR_ICON_INDEX`: a task, as seen by its assignee.
pub const ICON_INDEX_ASSIGNEE_TASK: crate::LONG = 0x502;
/// `PR_ICON_INDEX`: a task, as seen by its assigner.
pub const ICON_INDEX_ASSIGNER_TASK: crate::LONG = 0x503;
/// `PR_ICON_INDEX`: a task request.
pub const ICON_INDEX_TASK_REQUEST: crate::LONG = 0x504;
/// `PR_ICON_INDEX`: a task acceptance.
pub const ICON_INDEX_TASK_ACCEPTANCE: crate::LONG = 0x505;
/// `PR_ICON_INDEX`: a task rejection.
pub const ICON_INDEX_TASK_REJECTION: crate::LONG = 0x506;
/// `PR_ICON_INDEX`: a journal entry for a conversation.
pub const ICON_INDEX_JOURNAL_CONVERSATION: crate::LONG = 0x601;
/// `PR_ICON_INDEX`: a journal entry for an e-mail message.
pub const ICON_INDEX_JOURNAL_EMAIL_MESSAGE: crate::LONG = 0x602;
/// `PR_ICON_INDEX`: a journal entry for a meeting request.
pub const ICON_INDEX_JOURNAL_MEETING_REQUEST: crate::LONG = 0x603;
/// `PR_ICON_INDEX`: a journal entry for a meeting response.
pub const ICON_INDEX_JOURNAL_MEETING_RESPONSE: crate::LONG = 0x604;
/// `PR_ICON_INDEX`: a journal entry for a task request.
pub const ICON_INDEX_JOURNAL_TASK_REQUEST: crate::LONG = 0x606;
/// `PR_ICON_INDEX`: a journal entry for a task response.
pub const ICON_INDEX_JOURNAL_TASK_RESPONSE: crate::LONG = 0x607;
/// `PR_ICON_INDEX`: a journal entry for a note.
pub const ICON_INDEX_JOURNAL_NOTE: crate::LONG = 0x608;
/// `PR_ICON_INDEX`: a journal entry for a fax.
pub const ICON_INDEX_JOURNAL_FAX: crate::LONG = 0x609;
/// `PR_ICON_INDEX`: a journal entry for a phone call.
pub const ICON_INDEX_JOURNAL_PHONE_CALL: crate::LONG = 0x60A;
/// `PR_ICON_INDEX`: a journal entry for a letter.
pub const ICON_INDEX_JOURNAL_LETTER: crate::LONG = 0x60C;
/// `PR_ICON_INDEX`: a journal entry for a Word document.
pub const ICON_INDEX_JOURNAL_MICROSOFT_OFFICE_WORD: crate::LONG = 0x60D;
/// `PR_ICON_INDEX`: a journal entry for an Excel workbook.
pub const ICON_INDEX_JOURNAL_MICROSOFT_OFFICE_EXCEL: crate::LONG = 0x60E;
/// `PR_ICON_INDEX`: a journal entry for a PowerPoint presentation.
pub const ICON_INDEX_JOURNAL_MICROSOFT_OFFICE_POWER_POINT: crate::LONG = 0x60F;
/// `PR_ICON_INDEX`: a journal entry for an Access database.
pub const ICON_INDEX_JOURNAL_MICROSOFT_OFFICE_ACCESS: crate::LONG = 0x610;
/// `PR_ICON_INDEX`: a journal entry for a document.
pub const ICON_INDEX_JOURNAL_DOCUMENT: crate::LONG = 0x612;
/// `PR_ICON_INDEX`: a journal entry for a meeting.
pub const ICON_INDEX_JOURNAL_MEETING: crate::LONG = 0x613;
/// `PR_ICON_INDEX`: a journal entry for a meeting cancellation.
pub const ICON_INDEX_JOURNAL_MEETING_CANCELLATION: crate::LONG = 0x614;
/// `PR_ICON_INDEX`: a journal entry for a remote session.
pub const ICON_INDEX_JOURNAL_REMOTE_SESSION: crate::LONG = 0x615;
/// `PR_ATTACH_METHOD`: the attachment has just been created and has no data yet.
pub const NO_ATTACHMENT: crate::ULONG = 0;
/// `PR_ATTACH_METHOD`: the data is in `PR_ATTACH_DATA_BIN`.
pub const ATTACH_BY_VALUE: crate::ULONG = 1;
/// `PR_ATTACH_METHOD`: the data is in a file named by `PR_ATTACH_PATHNAME`, reachable by all recipients.
pub const ATTACH_BY_REFERENCE: crate::ULONG = 2;
/// `PR_ATTACH_METHOD`: like `ATTACH_BY_REFERENCE`, but the transport turns it into `ATTACH_BY_VALUE` on sending.
pub const ATTACH_BY_REF_RESOLVE: crate::ULONG = 3;
/// `PR_ATTACH_METHOD`: like `ATTACH_BY_REFERENCE`, and it is never resolved into the message.
pub const ATTACH_BY_REF_ONLY: crate::ULONG = 4;
/// `PR_ATTACH_METHOD`: the attachment is a message, opened through `PR_ATTACH_DATA_OBJ` as `IMessage`.
pub const ATTACH_EMBEDDED_MSG: crate::ULONG = 5;
/// `PR_ATTACH_METHOD`: the attachment is an OLE object in `PR_ATTACH_DATA_OBJ`.
pub const ATTACH_OLE: crate::ULONG = 6;
/// `PR_ATTACH_METHOD`: the attachment is a link to a web resource.
pub const ATTACH_BY_WEBREFERENCE: crate::ULONG = 7;
/// `ADRPARM` version held in the top four bits of `ulFlags`: the version with help context.
pub const ADRPARM_HELP_CTX: crate::ULONG = 0;
/// `ADRPARM`: show a modal dialog box.
pub const DIALOG_MODAL: crate::ULONG = 1;
/// `ADRPARM`: show a modeless dialog box.
pub const DIALOG_SDI: crate::ULONG = 2;
/// `ADRPARM`: show the Send Options button.
pub const DIALOG_OPTIONS: crate::ULONG = 4;
/// `ADRPARM`: let the user choose only one entry.
pub const ADDRESS_ONE: crate::ULONG = 8;
/// `ADRPARM`: let the user choose entries but not create or change them.
pub const AB_SELECTONLY: crate::ULONG = 0x10;
/// `ADRPARM`: resolve all names before the dialog box closes.
pub const AB_RESOLVE: crate::ULONG = 0x20;
/// `PR_DISPLAY_TYPE`: a messaging user.
pub const DT_MAILUSER: crate::ULONG = 0;
/// `PR_DISPLAY_TYPE`: a distribution list.
pub const DT_DISTLIST: crate::ULONG = 1;
/// `PR_DISPLAY_TYPE`: a forum (a bulletin board or public folder).
pub const DT_FORUM: crate::ULONG = 2;
/// `PR_DISPLAY_TYPE`: an automated agent.
pub const DT_AGENT: crate::ULONG = 3;
/// `PR_DISPLAY_TYPE`: a special alias for a large group of users.
pub const DT_ORGANIZATION: crate::ULONG = 4;
/// `PR_DISPLAY_TYPE`: a private, personally administered distribution list.
pub const DT_PRIVATE_DISTLIST: crate::ULONG = 5;
/// `PR_DISPLAY_TYPE`: a messaging user in a remote address book.
pub const DT_REMOTE_MAILUSER: crate::ULONG = 6;
/// `PR_DISPLAY_TYPE` (containers): the container can be modified.
pub const DT_MODIFIABLE: crate::ULONG = 0x10000;
/// `PR_DISPLAY_TYPE` (containers): a global address list.
pub const DT_GLOBAL: crate::ULONG = 0x20000;
/// `PR_DISPLAY_TYPE` (containers): a local address list.
pub const DT_LOCAL: crate::ULONG = 0x30000;
/// `PR_DISPLAY_TYPE` (containers): a wide-area address list.
pub const DT_WAN: crate::ULONG = 0x40000;
/// `PR_DISPLAY_TYPE` (containers): a container with no specific type.
pub const DT_NOT_SPECIFIC: crate::ULONG = 0x50000;
/// `PR_DISPLAY_TYPE` (folders): a folder.
pub const DT_FOLDER: crate::ULONG = 0x1000000;
/// `PR_DISPLAY_TYPE` (folders): a link to a folder.
pub const DT_FOLDER_LINK: crate::ULONG = 0x2000000;
/// `PR_DISPLAY_TYPE` (folders): a folder with special meaning for the application.
pub const DT_FOLDER_SPECIAL: crate::ULONG = 0x4000000;
/// Errors may be reported later, by a subsequent call, so that the call can return sooner.
pub const MAPI_DEFERRED_ERRORS: crate::ULONG = 8;
/// The call concerns associated (hidden) messages: the folder's associated contents table, or a new associated message.
pub const MAPI_ASSOCIATED: crate::ULONG = 0x40;
/// `OpenMsgStore`: do not show a logon dialog box.
pub const MDB_NO_DIALOG: crate::ULONG = 1;
/// `OpenMsgStore`: open the store for writing.
pub const MDB_WRITE: crate::ULONG = 4;
/// `OpenMsgStore`: open the store temporarily, without adding it to the message store table.
pub const MDB_TEMPORARY: crate::ULONG = 0x20;
/// `OpenMsgStore`: the spooler should not be told about the store, so it will not send or receive mail from it.
pub const MDB_NO_MAIL: crate::ULONG = 0x80;
/// `OpenAddressBook`: do not show a logon dialog box.
pub const AB_NO_DIALOG: crate::ULONG = 1;
/// `OpenAddressBook` and `Address`: the address book user interface is Unicode.
pub const AB_UNICODEUI: crate::ULONG = 0x40;
/// `IMAPIControl::GetState`: the control is enabled.
pub const MAPI_ENABLED: crate::ULONG = 0;
/// `IMAPIControl::GetState`: the control is disabled.
pub const MAPI_DISABLED: crate::ULONG = 1;
/// `PR_CONTROL_FLAGS`: the edit control accepts several lines.
pub const DT_MULTILINE: crate::ULONG = 1;
/// `PR_CONTROL_FLAGS`: the control can be edited.
pub const DT_EDITABLE: crate::ULONG = 2;
/// `PR_CONTROL_FLAGS`: the control must have a value before the dialog box can close.
pub const DT_REQUIRED: crate::ULONG = 4;
/// `PR_CONTROL_FLAGS`: changes are written to the property as soon as they are made.
pub const DT_SET_IMMEDIATE: crate::ULONG = 8;
/// `PR_CONTROL_FLAGS`: the edit control hides what is typed (for passwords).
pub const DT_PASSWORD_EDIT: crate::ULONG = 0x10;
/// `PR_CONTROL_FLAGS`: the edit control accepts double-byte characters.
pub const DT_ACCEPT_DBCS: crate::ULONG = 0x20;
/// `PR_CONTROL_FLAGS`: the list box selection sets the property.
pub const DT_SET_SELECTION: crate::ULONG = 0x40;
/// `PR_CONTROL_TYPE`: a label.
pub const DTCT_LABEL: crate::ULONG = 0;
/// `PR_CONTROL_TYPE`: an edit box.
pub const DTCT_EDIT: crate::ULONG = 1;
/// `PR_CONTROL_TYPE`: a list box.
pub const DTCT_LBX: crate::ULONG = 2;
/// `PR_CONTROL_TYPE`: a combo box.
pub const DTCT_COMBOBOX: crate::ULONG = 3;
/// `PR_CONTROL_TYPE`: a drop-down list box.
pub const DTCT_DDLBX: crate::ULONG = 4;
/// `PR_CONTROL_TYPE`: a check box.
pub const DTCT_CHECKBOX: crate::ULONG = 5;
/// `PR_CONTROL_TYPE`: a group box.
pub const DTCT_GROUPBOX: crate::ULONG = 6;
/// `PR_CONTROL_TYPE`: a button.
pub const DTCT_BUTTON: crate::ULONG = 7;
/// `PR_CONTROL_TYPE`: a tabbed page.
pub const DTCT_PAGE: crate::ULONG = 8;
/// `PR_CONTROL_TYPE`: a radio button.
pub const DTCT_RADIOBUTTON: crate::ULONG = 9;
/// `PR_CONTROL_TYPE`: a multivalued list box.
pub const DTCT_MVLISTBOX: crate::ULONG = 0xB;
/// `PR_CONTROL_TYPE`: a multivalued drop-down list box.
pub const DTCT_MVDDLBX: crate::ULONG = 0xC;
/// List box flag: no horizontal scroll bar.
pub const MAPI_NO_HBAR: crate::ULONG = 1;
/// List box flag: no vertical scroll bar.
pub const MAPI_NO_VBAR: crate::ULONG = 2;
/// `ConfigureMsgService`: show the configuration property sheet.
pub const UI_SERVICE: crate::ULONG = 2;
/// `ConfigureMsgService`: always show the configuration property sheet (same value as `UI_SERVICE`).
pub const SERVICE_UI_ALWAYS: crate::ULONG = 2;
/// `ConfigureMsgService`: show the property sheet only if the configuration is incomplete.
pub const SERVICE_UI_ALLOWED: crate::ULONG = 0x10;
/// `ConfigureMsgService`: show the current provider's property sheet page first.
pub const UI_CURRENT_PROVIDER_FIRST: crate::ULONG = 4;
/// `WrapCompressedRTFStreamEx`: return the body in its native format (RTF, HTML or plain text) instead of decompressed RTF.
pub const MAPI_NATIVE_BODY: crate::ULONG = 0x10000;
/// Native body format: RTF.
pub const MAPI_NATIVE_BODY_TYPE_RTF: crate::ULONG = 1;
/// Native body format: HTML.
pub const MAPI_NATIVE_BODY_TYPE_HTML: crate::ULONG = 2;
/// Native body format: plain text.
pub const MAPI_NATIVE_BODY_TYPE_PLAINTEXT: crate::ULONG = 4;
/// Property attribute: the property must be present.
pub const PROPATTR_MANDATORY: crate::ULONG = 1;
/// Property attribute: the property can be read.
pub const PROPATTR_READABLE: crate::ULONG = 2;
/// Property attribute: the property can be written.
pub const PROPATTR_WRITEABLE: crate::ULONG = 4;
/// Property attribute: the property is not present.
pub const PROPATTR_NOT_PRESENT: crate::ULONG = 8;
