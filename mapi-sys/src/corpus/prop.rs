// `idl/mapi/prop.idl` as Rust, included by `mod.rs`.
/// Pointer to an advise sink object.
pub type LPMAPIADVISESINK = *mut IMAPIAdviseSink;
/// Pointer to a progress object.
pub type LPMAPIPROGRESS = *mut IMAPIProgress;
/// Pointer to an object's property interface.
pub type LPMAPIPROP = *mut IMAPIProp;
/// Flags returned by `IMAPIProgress::GetFlags`.
pub type MAPIProgressGetFlagsFlags = crate::Flags<MAPIProgressGetFlagsFlagsGroup>;
/// The group of [`MAPIProgressGetFlagsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIProgressGetFlagsFlagsGroup {}
impl crate::FlagGroup for MAPIProgressGetFlagsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000001;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_TOP_LEVEL", 0x00000001)];
}
impl crate::Flags<MAPIProgressGetFlagsFlagsGroup> {
    /// Progress is being reported for the top-level object of the operation
    /// (the folder being copied, say), so the minimum and maximum are the
    /// global limits of the whole display. When clear, progress is for a
    /// subobject and the limits are local to it.
    ///
    /// `MAPI_TOP_LEVEL` (`0x1`), valid on output.
    pub const MAPI_TOP_LEVEL: Self = Self::from_bits_retain(0x00000001);
}
/// Flags accepted by `IMAPIProgress::SetLimits`.
pub type MAPIProgressSetLimitsFlags = crate::Flags<MAPIProgressSetLimitsFlagsGroup>;
/// The group of [`MAPIProgressSetLimitsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIProgressSetLimitsFlagsGroup {}
impl crate::FlagGroup for MAPIProgressSetLimitsFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_TOP_LEVEL", 0x00000001)];
}
impl crate::Flags<MAPIProgressSetLimitsFlagsGroup> {
    /// The limits being set are the global limits of the whole operation,
    /// and later `Progress` calls may carry an item count and total. Clear
    /// it while reporting on a subobject, whose limits are then local.
    ///
    /// `MAPI_TOP_LEVEL` (`0x1`), valid on input.
    pub const MAPI_TOP_LEVEL: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIProp::GetLastError`.
pub type MAPIPropGetLastErrorFlags = crate::Flags<MAPIPropGetLastErrorFlagsGroup>;
/// The group of [`MAPIPropGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropGetLastErrorFlagsGroup {}
impl crate::FlagGroup for MAPIPropGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPIPropGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIProp::SaveChanges`: what happens to the object once its
/// changes are committed.
pub type MAPIPropSaveChangesFlags = crate::Flags<MAPIPropSaveChangesFlagsGroup>;
/// The group of [`MAPIPropSaveChangesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropSaveChangesFlagsGroup {}
impl crate::FlagGroup for MAPIPropSaveChangesFlagsGroup {
    const IN_MASK: u32 = 0x0000108F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("KEEP_OPEN_READONLY", 0x00000001),
        ("KEEP_OPEN_READWRITE", 0x00000002),
        ("FORCE_SAVE", 0x00000004),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("SPAMFILTER_ONSAVE", 0x00000080),
        ("NON_EMS_XP_SAVE", 0x00001000),
    ];
}
impl crate::Flags<MAPIPropSaveChangesFlagsGroup> {
    /// Commit the changes and keep the object open for reading only; no
    /// further changes will be made. Some providers assign `PR_ENTRYID` only
    /// when this flag is given.
    ///
    /// `KEEP_OPEN_READONLY` (`0x1`), valid on input.
    pub const KEEP_OPEN_READONLY: Self = Self::from_bits_retain(0x00000001);
    /// Commit the changes and keep the object open for reading and writing,
    /// so that more changes can follow.
    ///
    /// `KEEP_OPEN_READWRITE` (`0x2`), valid on input.
    pub const KEEP_OPEN_READWRITE: Self = Self::from_bits_retain(0x00000002);
    /// Write the changes even though the object was changed by someone else
    /// since it was opened, overwriting those changes, then close it. Used
    /// after an earlier call returned `MAPI_E_OBJECT_CHANGED`; needs
    /// read/write access.
    ///
    /// `FORCE_SAVE` (`0x4`), valid on input.
    pub const FORCE_SAVE: Self = Self::from_bits_retain(0x00000004);
    /// The call may return before the changes are fully committed; errors
    /// may then be reported by a later `SaveChanges`.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Run junk-mail filtering on the message being saved. Only available
    /// for messages whose sender address type is SMTP, saved in a PST store.
    ///
    /// `SPAMFILTER_ONSAVE` (`0x80`), valid on input.
    pub const SPAMFILTER_ONSAVE: Self = Self::from_bits_retain(0x00000080);
    /// The message did not come from an Exchange server; with
    /// `ITEMPROC_FORCE` given to `IMAPIFolder::CreateMessage`, it tells a PST
    /// store to run rules on the new message before announcing its arrival.
    ///
    /// `NON_EMS_XP_SAVE` (`0x1000`), valid on input.
    pub const NON_EMS_XP_SAVE: Self = Self::from_bits_retain(0x00001000);
}
/// Flags of `IMAPIProp::GetProps`.
pub type MAPIPropGetPropsFlags = crate::Flags<MAPIPropGetPropsFlagsGroup>;
/// The group of [`MAPIPropGetPropsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropGetPropsFlagsGroup {}
impl crate::FlagGroup for MAPIPropGetPropsFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPIPropGetPropsFlagsGroup> {
    /// For requested tags of type `PT_UNSPECIFIED`, return string values as
    /// `PT_UNICODE`; without this flag they come back as `PT_STRING8`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIProp::GetPropList`.
pub type MAPIPropGetPropListFlags = crate::Flags<MAPIPropGetPropListFlagsGroup>;
/// The group of [`MAPIPropGetPropListFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropGetPropListFlagsGroup {}
impl crate::FlagGroup for MAPIPropGetPropListFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPIPropGetPropListFlagsGroup> {
    /// Report string properties with type `PT_UNICODE`; without this flag
    /// they are reported as `PT_STRING8`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIProp::OpenProperty`: how the property is accessed.
pub type MAPIPropOpenPropertyFlags = crate::Flags<MAPIPropOpenPropertyFlagsGroup>;
/// The group of [`MAPIPropOpenPropertyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropOpenPropertyFlagsGroup {}
impl crate::FlagGroup for MAPIPropOpenPropertyFlagsGroup {
    const IN_MASK: u32 = 0x0000000B;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_CREATE", 0x00000002),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
impl crate::Flags<MAPIPropOpenPropertyFlagsGroup> {
    /// Create the property if it does not exist; if it does, throw its
    /// current value away. Always combine with `MAPI_MODIFY`.
    ///
    /// `MAPI_CREATE` (`0x2`), valid on input.
    pub const CREATE: Self = Self::from_bits_retain(0x00000002);
    /// The call may return before the property is fully available; errors
    /// may then surface on later calls to the returned object.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Open for writing: needed to change a stream property (`IID_IStream`)
    /// or an embedded message (`PR_ATTACH_DATA_OBJ` with `IID_IMessage`).
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIProp::CopyTo`.
pub type MAPIPropCopyToFlags = crate::Flags<MAPIPropCopyToFlagsGroup>;
/// The group of [`MAPIPropCopyToFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropCopyToFlagsGroup {}
impl crate::FlagGroup for MAPIPropCopyToFlagsGroup {
    const IN_MASK: u32 = 0x8000000F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DECLINE_OK", 0x00000004),
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_MOVE", 0x00000001),
        ("MAPI_NOREPLACE", 0x00000002),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPIPropCopyToFlagsGroup> {
    /// Set by MAPI only, to stop recursion: an implementation that would
    /// hand the work to `IMAPISupport::DoCopyTo` must instead return
    /// `MAPI_E_DECLINE_COPY` at once.
    ///
    /// `MAPI_DECLINE_OK` (`0x4`), valid on input.
    pub const DECLINE_OK: Self = Self::from_bits_retain(0x00000004);
    /// Show a progress indicator while copying, using `lpProgress` or, when
    /// it is null, MAPI's own.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// Move the properties instead of copying them.
    ///
    /// `MAPI_MOVE` (`0x1`), valid on input.
    pub const MOVE: Self = Self::from_bits_retain(0x00000001);
    /// Leave properties that already exist in the destination untouched;
    /// without this flag they are overwritten.
    ///
    /// `MAPI_NOREPLACE` (`0x2`), valid on input.
    pub const NOREPLACE: Self = Self::from_bits_retain(0x00000002);
    /// Strings are Unicode; a width the object cannot handle is `MAPI_E_BAD_CHARWIDTH`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIProp::CopyProps`.
pub type MAPIPropCopyPropsFlags = crate::Flags<MAPIPropCopyPropsFlagsGroup>;
/// The group of [`MAPIPropCopyPropsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropCopyPropsFlagsGroup {}
impl crate::FlagGroup for MAPIPropCopyPropsFlagsGroup {
    const IN_MASK: u32 = 0x8000000F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DECLINE_OK", 0x00000004),
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_MOVE", 0x00000001),
        ("MAPI_NOREPLACE", 0x00000002),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPIPropCopyPropsFlagsGroup> {
    /// Set by MAPI only, to stop recursion: an implementation that would
    /// hand the work to `IMAPISupport::DoCopyProps` must instead return
    /// `MAPI_E_DECLINE_COPY` at once.
    ///
    /// `MAPI_DECLINE_OK` (`0x4`), valid on input.
    pub const DECLINE_OK: Self = Self::from_bits_retain(0x00000004);
    /// Show a progress indicator while copying, using `lpProgress` or, when
    /// it is null, MAPI's own.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// Move the selected properties instead of copying them.
    ///
    /// `MAPI_MOVE` (`0x1`), valid on input.
    pub const MOVE: Self = Self::from_bits_retain(0x00000001);
    /// Leave properties that already exist in the destination untouched;
    /// without this flag they are overwritten.
    ///
    /// `MAPI_NOREPLACE` (`0x2`), valid on input.
    pub const NOREPLACE: Self = Self::from_bits_retain(0x00000002);
    /// Strings are Unicode; a width the object cannot handle is `MAPI_E_BAD_CHARWIDTH`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIProp::GetNamesFromIDs`: which kinds of names to return.
/// Setting both means no names are returned.
pub type MAPIPropGetNamesFromIDsFlags = crate::Flags<MAPIPropGetNamesFromIDsFlagsGroup>;
/// The group of [`MAPIPropGetNamesFromIDsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropGetNamesFromIDsFlagsGroup {}
impl crate::FlagGroup for MAPIPropGetNamesFromIDsFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_NO_IDS", 0x00000002),
        ("MAPI_NO_STRINGS", 0x00000001),
    ];
}
impl crate::Flags<MAPIPropGetNamesFromIDsFlagsGroup> {
    /// Return only names that are strings (`MNID_STRING`).
    ///
    /// `MAPI_NO_IDS` (`0x2`), valid on input.
    pub const IDS: Self = Self::from_bits_retain(0x00000002);
    /// Return only names that are numeric identifiers (`MNID_ID`).
    ///
    /// `MAPI_NO_STRINGS` (`0x1`), valid on input.
    pub const STRINGS: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIProp::GetIDsFromNames`.
pub type MAPIPropGetIDsFromNamesFlags = crate::Flags<MAPIPropGetIDsFromNamesFlagsGroup>;
/// The group of [`MAPIPropGetIDsFromNamesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIPropGetIDsFromNamesFlagsGroup {}
impl crate::FlagGroup for MAPIPropGetIDsFromNamesFlagsGroup {
    const IN_MASK: u32 = 0x00000002;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_CREATE", 0x00000002)];
}
impl crate::Flags<MAPIPropGetIDsFromNamesFlagsGroup> {
    /// Assign (and record in the name-to-identifier map) an identifier for
    /// every name that has none yet. Not allowed with a null name array.
    ///
    /// `MAPI_CREATE` (`0x2`), valid on input.
    pub const MAPI_CREATE: Self = Self::from_bits_retain(0x00000002);
}
/// The property interface: reading, writing, copying and naming the
/// properties of an object.
///
/// Every MAPI object that has properties implements it: stores, folders,
/// messages, attachments, address book containers, mail users, profile
/// sections, status objects. It is never exposed on its own; other
/// interfaces derive from it. Service providers and MAPI implement it;
/// clients, providers and MAPI call it.
///
/// Transacted objects (messages, attachments, address book entries) keep
/// changes pending until `SaveChanges`; the others (folders, stores, profile
/// sections) apply them at once.
#[repr(C)]
pub struct IMAPIProp {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIPropVtbl,
}
/// The vtable of [`IMAPIProp`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIPropVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// object.
    ///
    /// `hResult` is the value the failing call returned. When there is
    /// nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the object only
    ///   supports ANSI, or it was not given and the object only supports
    ///   Unicode.
    ///
    /// **Notes to implementers.** What you report, and for which `HRESULT`,
    /// is up to you. Allocate the structure with `MAPIAllocateBuffer` (its
    /// strings with `MAPIAllocateMore`); the caller frees it with
    /// `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Commits the changes made to the object since it was opened or last
    /// saved.
    ///
    /// Only transacted objects need it; others may simply return `S_OK`.
    /// Calling it with no flags means the next call will be `Release`;
    /// providers differ in how they treat that case (read-only, read/write
    /// or closed). If the call fails, the object stays open whatever the
    /// flags, and nothing was committed.
    ///
    /// Returns:
    /// - `S_OK`: the changes were committed.
    /// - `MAPI_E_NO_ACCESS`: the object cannot be kept open with the access
    ///   requested by `KEEP_OPEN_READONLY` or `KEEP_OPEN_READWRITE`; nothing
    ///   was committed.
    /// - `MAPI_E_OBJECT_CHANGED`: the object changed since it was opened
    ///   (retry with `FORCE_SAVE` to overwrite).
    /// - `MAPI_E_OBJECT_DELETED`: the object was deleted since it was opened.
    ///
    /// **Notes to implementers.** On `KEEP_OPEN_READONLY` you may still leave
    /// the object writable, but on `KEEP_OPEN_READWRITE` you must never make
    /// it read-only. `MAPI_DEFERRED_ERRORS` may be ignored; a deferred error
    /// may be reported by a later call without the flag. A remote transport
    /// that does not support saving must still return `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how to commit and what to do with the object afterwards.
    pub SaveChanges: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the values of some or all of the object's properties.
    ///
    /// With `lpPropTagArray` null every property is returned. Tags of type
    /// `PT_UNSPECIFIED` get their real type filled in; strings for them
    /// follow `MAPI_UNICODE`.
    ///
    /// Returns:
    /// - `S_OK`: all values were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: the call succeeded but some properties
    ///   could not be read; each of those has type `PT_ERROR` in its tag and
    ///   an error code (often `MAPI_E_NOT_FOUND`) as its value.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag array has `cValues` zero.
    ///
    /// **Notes to implementers.** For a property you cannot return, set its
    /// type to `PT_ERROR` and its value to the reason: `MAPI_E_NOT_FOUND`
    /// (not supported), `MAPI_E_NOT_ENOUGH_MEMORY` (too large; the caller
    /// should use `OpenProperty`) or `MAPI_E_BAD_CHARWIDTH` (a string
    /// conversion you cannot do). Allocate the value array with
    /// `MAPIAllocateBuffer` and everything it points to with
    /// `MAPIAllocateMore` on that block, so one `MAPIFreeBuffer` frees it
    /// all. Keep the values in the order of the requested tags.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the properties to read; null for all of them.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the string format for `PT_UNSPECIFIED` tags.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of values returned.
    /// - `lppPropArray` (`LPSPropValue*`, out): Receives the property values.
    pub GetProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        ulFlags: crate::ULONG,
        lpcValues: *mut crate::ULONG,
        lppPropArray: *mut crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Returns the tags of all the object's properties.
    ///
    /// Returns:
    /// - `S_OK`: the tags were returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    ///
    /// **Notes to implementers.** Return exactly the properties that
    /// `GetProps` with a null tag array would return.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type used for string properties.
    /// - `lppPropTagArray` (`LPSPropTagArray*`, out): Receives the property tag array.
    pub GetPropList: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppPropTagArray: *mut crate::LPSPropTagArray,
    ) -> crate::HRESULT,
    /// Opens a property through another interface, such as `IStream` for a
    /// large binary or string property, `IMessage` for an embedded message or
    /// `IMAPITable` for a table-valued property.
    ///
    /// The interface to use for a given property type: binary and string
    /// properties `IID_IStream`, `PR_ATTACH_DATA_OBJ` of an embedded message
    /// `IID_IMessage`, OLE 2 attachments `IID_IStreamDocfile` or
    /// `IID_IStorage`, `PR_CONTAINER_CONTENTS` and the like `IID_IMAPITable`.
    /// `ulInterfaceOptions` carries interface-specific options, such as
    /// `STGM_*` access bits for `IStream` or `MAPI_UNICODE` for a table.
    ///
    /// Returns:
    /// - `S_OK`: the interface was returned.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the property cannot be opened with
    ///   that interface.
    /// - `MAPI_E_NO_ACCESS`: the caller may not access the property this way.
    /// - `MAPI_E_NO_SUPPORT`: the object cannot provide the property through
    ///   the requested interface.
    /// - `MAPI_E_NOT_FOUND`: the property does not exist and `MAPI_CREATE`
    ///   was not given.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag has type `PT_UNSPECIFIED`.
    ///
    /// **Notes to callers.** Change a property opened as a stream only
    /// through that stream, not with `SetProps` or `DeleteProps`, and do not
    /// open the same property twice.
    ///
    /// # Parameters
    ///
    /// - `ulPropTag` (`ULONG`, in): Tag (identifier and type) of the property to open.
    /// - `lpiid` (`LPCIID`, in): Interface to open the property with; must not be null.
    /// - `ulInterfaceOptions` (`ULONG`, in): Options specific to the interface named by `lpiid`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the property.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the interface to the property.
    pub OpenProperty: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulPropTag: crate::ULONG,
        lpiid: crate::LPCIID,
        ulInterfaceOptions: crate::ULONG,
        ulFlags: crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT,
    /// Sets the values of one or more properties, creating those that do not
    /// exist when the object allows it.
    ///
    /// Success does not prove every value was stored: some objects only
    /// cache the values, and errors can then come from a later call such as
    /// `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for properties
    ///   that could not be set (`MAPI_E_COMPUTED`, `MAPI_E_INVALID_TYPE`,
    ///   `MAPI_E_NO_ACCESS`, `MAPI_E_UNEXPECTED_TYPE`,
    ///   `MAPI_E_BAD_CHARWIDTH`, `MAPI_E_NOT_ENOUGH_MEMORY` for a value too
    ///   big for the transport, in which case use `OpenProperty` and a
    ///   stream).
    ///
    /// **Notes to implementers.** Skip `PR_NULL` tags and values of type
    /// `PT_ERROR` without reporting them. Return `MAPI_E_INVALID_PARAMETER`
    /// for a `PT_OBJECT` value or a multivalued value whose count is zero.
    /// Report per-property failures in the problem array and still return
    /// `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`ULONG`, in): Number of values at `lpPropArray`; must not be zero.
    /// - `lpPropArray` (`LPSPropValue`, in): The property values to set.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    pub SetProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cValues: crate::ULONG,
        lpPropArray: crate::LPSPropValue,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
    /// Deletes one or more properties from the object.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for properties
    ///   that could not be deleted.
    /// - `MAPI_E_NO_ACCESS`: the caller may not delete properties of this
    ///   object.
    ///
    /// **Notes to implementers.** Objects need not allow deletion; return
    /// `MAPI_E_NO_ACCESS` for an object that cannot be modified.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the properties to delete; must not be null or empty.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    pub DeleteProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
    /// Copies or moves all of the object's properties, except those
    /// excluded, to another object.
    ///
    /// Subobjects (recipients, attachments, subfolders, ...) travel with the
    /// properties that hold them. Existing properties of the destination are
    /// overwritten unless `MAPI_NOREPLACE` is given; properties of the
    /// destination that are not copied over are left alone. Excluding an
    /// interface in `rgiidExclude` (and with it every interface derived from
    /// it) limits the copy to what the remaining interfaces know: copying a
    /// folder to an attachment while excluding `IID_IMAPIFolder` copies only
    /// generic properties. Never exclude `IMAPIProp` or `IUnknown`. To leave
    /// out recipients, attachments or container tables, exclude
    /// `PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`,
    /// `PR_CONTAINER_HIERARCHY` or `PR_CONTAINER_CONTENTS`; an excluded tag
    /// excludes its identifier whatever the type. `PR_NULL` may not appear.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for individual
    ///   properties.
    /// - `MAPI_E_COLLISION`: a subobject with the same display name exists in
    ///   the destination.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to
    ///   `IMAPISupport::DoCopyTo` and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the source contains the destination; both may
    ///   be partly modified.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the destination does not support
    ///   `lpInterface`, or every known interface was excluded.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks permission, or the destination
    ///   is the source.
    ///
    /// **Notes to implementers.** You may delegate the whole job to
    /// `IMAPISupport::DoCopyTo`, except when `MAPI_DECLINE_OK` is set: then
    /// return `MAPI_E_DECLINE_COPY`. Show progress through `lpProgress`, or
    /// through `IMAPISupport::DoProgressDialog` when it is null. Do not write
    /// read-only properties of the destination. Return
    /// `MAPI_E_INVALID_PARAMETER` if `lpInterface` is null.
    ///
    /// # Parameters
    ///
    /// - `ciidExclude` (`ULONG`, in): Number of interface identifiers in `rgiidExclude`.
    /// - `rgiidExclude` (`LPCIID`, in): Interfaces that must not be used to copy extra information; null when `ciidExclude` is zero.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Tags of properties to leave out; null to copy them all (an empty array is invalid).
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MAPI_DIALOG`; null for MAPI's own.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination object; must not be null.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    pub CopyTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ciidExclude: crate::ULONG,
        rgiidExclude: crate::LPCIID,
        lpExcludeProps: crate::LPSPropTagArray,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: LPMAPIPROGRESS,
        lpInterface: crate::LPCIID,
        lpDestObj: crate::LPVOID,
        ulFlags: crate::ULONG,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
    /// Copies or moves selected properties to another object.
    ///
    /// Used mostly for replies and forwards, where only some properties of
    /// the original go along. Subobjects named by the selected properties
    /// (`PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`,
    /// `PR_CONTAINER_HIERARCHY`, `PR_CONTAINER_CONTENTS`,
    /// `PR_FOLDER_ASSOCIATED_CONTENTS`) are copied whole. Existing properties
    /// of the destination are overwritten unless `MAPI_NOREPLACE` is given.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for individual
    ///   properties.
    /// - `MAPI_E_COLLISION`: a subobject with the same display name exists in
    ///   the destination.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to
    ///   `IMAPISupport::DoCopyProps` and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the source contains the destination; both may
    ///   be partly modified.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the destination does not support
    ///   `lpInterface`.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks permission, or the destination
    ///   is the source.
    ///
    /// **Notes to implementers.** You may delegate to
    /// `IMAPISupport::DoCopyProps`, except when `MAPI_DECLINE_OK` is set:
    /// then return `MAPI_E_DECLINE_COPY`. Show progress through
    /// `lpProgress`, or through `IMAPISupport::DoProgressDialog` when it is
    /// null.
    ///
    /// # Parameters
    ///
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Tags of the properties to copy or move; must not be null and must not contain `PR_NULL`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MAPI_DIALOG`; null for MAPI's own.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination object; must not be null.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    pub CopyProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpIncludeProps: crate::LPSPropTagArray,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: LPMAPIPROGRESS,
        lpInterface: crate::LPCIID,
        lpDestObj: crate::LPVOID,
        ulFlags: crate::ULONG,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
    /// Returns the names of named properties from their identifiers.
    ///
    /// `*lppPropTags` lists the identifiers to look up; when it is null the
    /// object returns every name it knows (optionally only those of the
    /// property set `lpPropSetGuid`) and stores in `*lppPropTags` a newly
    /// allocated tag array for them, which the caller frees with
    /// `MAPIFreeBuffer`. The names come back in the same order as the tags.
    ///
    /// Returns:
    /// - `S_OK`: the names were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: some names could not be found; the tags
    ///   of those properties have type `PT_ERROR`.
    /// - `MAPI_E_NO_SUPPORT`: the object has no named properties.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag array has `cValues` zero.
    ///
    /// **Notes to implementers.** The result of a non-null `lpPropSetGuid`
    /// with a null `*lppPropTags` is not defined: you may ignore the set,
    /// filter on it, or fail with `MAPI_E_INVALID_PARAMETER`.
    ///
    /// # Parameters
    ///
    /// - `lppPropTags` (`LPSPropTagArray*`, in, out): On input the tags to look up, or a pointer to null for all names; on output the tags of the names returned.
    /// - `lpPropSetGuid` (`LPGUID`, in): Property set to restrict the answer to; null for all sets.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags selecting string names, numeric names or both.
    /// - `lpcPropNames` (`ULONG*`, out): Receives the number of names returned.
    /// - `lpppPropNames` (`LPMAPINAMEID**`, out): Receives the array of pointers to the names.
    pub GetNamesFromIDs: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lppPropTags: *mut crate::LPSPropTagArray,
        lpPropSetGuid: crate::LPGUID,
        ulFlags: crate::ULONG,
        lpcPropNames: *mut crate::ULONG,
        lpppPropNames: *mut *mut crate::LPMAPINAMEID,
    ) -> crate::HRESULT,
    /// Returns the property identifiers of named properties, optionally
    /// assigning identifiers to names that have none.
    ///
    /// The returned tags carry the identifiers, in the order of the names,
    /// with type `PT_UNSPECIFIED`. With `lppPropNames` null the identifiers
    /// of every name the object knows are returned.
    ///
    /// Returns:
    /// - `S_OK`: the identifiers were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: some names have no identifier; their tags
    ///   have type `PT_ERROR` and identifier zero.
    /// - `MAPI_E_NO_SUPPORT`: the object has no named properties.
    /// - `MAPI_E_TOO_BIG`: too many tags would have to be returned.
    ///
    /// **Notes to implementers.** Named-property identifiers lie between
    /// 0x8000 and 0xFFFE. A container should use one name-to-identifier
    /// mapping for all the objects it holds (one per store, say), not one per
    /// folder or message.
    ///
    /// # Parameters
    ///
    /// - `cPropNames` (`ULONG`, in): Number of names at `lppPropNames`; zero when it is null.
    /// - `lppPropNames` (`LPMAPINAMEID*`, in): Names to look up; null for every name the object knows (not allowed with `MAPI_CREATE`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; `MAPI_CREATE` assigns missing identifiers.
    /// - `lppPropTags` (`LPSPropTagArray*`, out): Receives the property tags holding the identifiers.
    pub GetIDsFromNames: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cPropNames: crate::ULONG,
        lppPropNames: *mut crate::LPMAPINAMEID,
        ulFlags: crate::ULONG,
        lppPropTags: *mut crate::LPSPropTagArray,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIProp`]: `{00020303-0000-0000-C000-000000000046}`.
pub const IID_IMAPIProp: crate::GUID = crate::GUID::from_u128(
    0x00020303_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIProp {
    const IID: crate::GUID = IID_IMAPIProp;
    const NAME: &'static str = "IMAPIProp";
    type Vtbl = IMAPIPropVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIProp || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIPropVtbl>() == 14 * ::core::mem::size_of::<usize>()
);
/// An advise sink: the callback object that receives notifications.
///
/// A client (or MAPI) creates an advise sink and hands it to an `Advise`
/// method (`IMsgStore::Advise`, `IMAPITable::Advise`,
/// `IMAPISession::Advise`, `IMSLogon::Advise`, ...). When a registered event
/// happens, the provider, directly or through MAPI, calls `OnNotify` on the
/// sink. Clients and MAPI implement it; service providers and MAPI call it.
#[repr(C)]
pub struct IMAPIAdviseSink {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIAdviseSinkVtbl,
}
/// The vtable of [`IMAPIAdviseSink`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIAdviseSinkVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Handles one or more notifications delivered to the sink.
    ///
    /// `lpNotifications` holds `cNotif` `NOTIFICATION` structures; the
    /// `ulEventType` of each says which member of its union is valid
    /// (`fnevCriticalError` -> `ERROR_NOTIFICATION`, `fnevNewMail` ->
    /// `NEWMAIL_NOTIFICATION`, `fnevObjectCreated`/`Deleted`/`Modified`/
    /// `Moved`/`Copied` and `fnevSearchComplete` -> `OBJECT_NOTIFICATION`,
    /// `fnevTableModified` -> `TABLE_NOTIFICATION`,
    /// `fnevStatusObjectModified` -> `STATUS_OBJECT_NOTIFICATION`,
    /// `fnevExtended` -> `EXTENDED_NOTIFICATION`). The call can come during
    /// the MAPI call that caused the event or later, and on any thread
    /// unless the sink was wrapped with `HrThisThreadAdviseSink`.
    ///
    /// Returns `S_OK` normally. A sink that receives synchronous
    /// notifications through `IMAPISupport::Notify` may return
    /// `CALLBACK_DISCONTINUE` to stop the delivery of the remaining ones.
    ///
    /// **Notes to implementers.** Handle each event type you registered for
    /// (for instance, ask a dialog to refresh on `fnevObjectModified`). Never
    /// change or free the `NOTIFICATION` array: it belongs to the caller and
    /// is valid only until `OnNotify` returns.
    ///
    /// **Notes to callers.** Changes to several objects may be reported in
    /// one call or spread over several, as memory allows, whether they came
    /// from one method call or many.
    ///
    /// # Parameters
    ///
    /// - `cNotif` (`ULONG`, in): Number of `NOTIFICATION` structures at `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in): The notifications, one per event that occurred.
    pub OnNotify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cNotif: crate::ULONG,
        lpNotifications: crate::LPNOTIFICATION,
    ) -> crate::ULONG,
}
/// The interface identifier of [`IMAPIAdviseSink`]: `{00020302-0000-0000-C000-000000000046}`.
pub const IID_IMAPIAdviseSink: crate::GUID = crate::GUID::from_u128(
    0x00020302_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIAdviseSink {
    const IID: crate::GUID = IID_IMAPIAdviseSink;
    const NAME: &'static str = "IMAPIAdviseSink";
    type Vtbl = IMAPIAdviseSinkVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIAdviseSink
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIAdviseSinkVtbl>() == 4 * ::core::mem::size_of::<usize>()
);
/// A progress object: the user-interface indicator shown during a long
/// operation, such as copying folders from one store to another.
///
/// MAPI and clients implement it; service providers call it. Methods that
/// may take long (`IMAPIProp::CopyTo`, `IMAPIFolder::CopyMessages`, ...)
/// take an `lpProgress` argument: the client passes its own progress object
/// or null, and with null the provider uses MAPI's implementation through
/// `IMAPISupport::DoProgressDialog`. Because every object in an operation
/// can report through the same object, `MAPI_TOP_LEVEL` distinguishes the
/// top-level object, whose limits are global, from subobjects, whose limits
/// are local.
#[repr(C)]
pub struct IMAPIProgress {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIProgressVtbl,
}
/// The vtable of [`IMAPIProgress`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIProgressVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Moves the indicator to show how far the operation has got.
    ///
    /// `ulValue` is the current position between the global minimum and
    /// maximum; it equals the minimum only at the start and the maximum only
    /// at the end. With `MAPI_TOP_LEVEL` set, a provider may also pass the
    /// index of the item being processed and the item total, which some
    /// indicators show as text ("3 of 12 items"). A provider copying the
    /// messages of one folder sets `ulTotal` to the number of messages; one
    /// copying a folder sets it to the number of subfolders, or to 1 if
    /// there are none.
    ///
    /// Returns `S_OK` when the display was updated.
    ///
    /// **Notes to implementers.** When `ulCount` and `ulTotal` are both zero
    /// the provider is usually reporting on a subobject relative to its
    /// parent; you may then leave the display alone until the parent
    /// reports. Some providers always pass zero for both.
    ///
    /// # Parameters
    ///
    /// - `ulValue` (`ULONG`, in): Current position, between the global lower and upper limits.
    /// - `ulCount` (`ULONG`, in): Index of the item being processed, or zero.
    /// - `ulTotal` (`ULONG`, in): Total number of items in the operation, or zero.
    pub Progress: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulValue: crate::ULONG,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the flags that tell on which level of the operation progress
    /// is being computed.
    ///
    /// A provider calls it first, before any other progress call; the answer
    /// decides how it fills the other parameters later.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with `MAPI_TOP_LEVEL` set and return
    /// whatever the provider last set through `SetLimits`.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, out): Receives the flags (`MAPI_TOP_LEVEL` or zero).
    pub GetFlags: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the upper limit of the operation.
    ///
    /// With `MAPI_TOP_LEVEL` set the value is the global maximum of the
    /// display; otherwise it is a local maximum that the provider stored for
    /// a subobject and only reads back.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with 1000; providers change it with
    /// `SetLimits`.
    ///
    /// # Parameters
    ///
    /// - `lpulMax` (`ULONG*`, out): Receives the upper limit.
    pub GetMax: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulMax: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the lower limit of the operation.
    ///
    /// With `MAPI_TOP_LEVEL` set the value is the global minimum of the
    /// display; otherwise it is a local minimum that the provider stored for
    /// a subobject and only reads back.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with 1; providers change it with
    /// `SetLimits`.
    ///
    /// # Parameters
    ///
    /// - `lpulMin` (`ULONG*`, out): Receives the lower limit.
    pub GetMin: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulMin: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Sets the lower and upper limits and the level flag.
    ///
    /// Providers call it to switch between global limits (with
    /// `MAPI_TOP_LEVEL`) and local limits for a subobject (without it). The
    /// object keeps local limits only to hand them back from `GetMin` and
    /// `GetMax`.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** The reference does not say whether the
    /// pointers may be null; accept null as "leave this value unchanged", as
    /// common implementations do.
    ///
    /// # Parameters
    ///
    /// - `lpulMin` (`LPULONG`, in): New lower limit.
    /// - `lpulMax` (`LPULONG`, in): New upper limit.
    /// - `lpulFlags` (`LPULONG`, in): New level flags (`MAPI_TOP_LEVEL` or zero).
    pub SetLimits: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulMin: crate::LPULONG,
        lpulMax: crate::LPULONG,
        lpulFlags: crate::LPULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIProgress`]: `{0002031F-0000-0000-C000-000000000046}`.
pub const IID_IMAPIProgress: crate::GUID = crate::GUID::from_u128(
    0x0002031f_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIProgress {
    const IID: crate::GUID = IID_IMAPIProgress;
    const NAME: &'static str = "IMAPIProgress";
    type Vtbl = IMAPIProgressVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIProgress || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIProgressVtbl>() == 8 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIProp`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIPropImpl`, the provider side of `IMAPIProp`",
    label = "`IMAPIProp` needs `impl IMAPIPropImpl for {Self}`",
    note = "write `impl IMAPIPropImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIPropImpl: crate::__private::Declares<
        IMAPIProp,
        0x00020303_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// object.
    ///
    /// `hResult` is the value the failing call returned. When there is
    /// nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the object only
    ///   supports ANSI, or it was not given and the object only supports
    ///   Unicode.
    ///
    /// **Notes to implementers.** What you report, and for which `HRESULT`,
    /// is up to you. Allocate the structure with `MAPIAllocateBuffer` (its
    /// strings with `MAPIAllocateMore`); the caller frees it with
    /// `MAPIFreeBuffer`.
    ///
    /// Called through slot 3 ([`IMAPIPropVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIPropGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Commits the changes made to the object since it was opened or last
    /// saved.
    ///
    /// Only transacted objects need it; others may simply return `S_OK`.
    /// Calling it with no flags means the next call will be `Release`;
    /// providers differ in how they treat that case (read-only, read/write
    /// or closed). If the call fails, the object stays open whatever the
    /// flags, and nothing was committed.
    ///
    /// Returns:
    /// - `S_OK`: the changes were committed.
    /// - `MAPI_E_NO_ACCESS`: the object cannot be kept open with the access
    ///   requested by `KEEP_OPEN_READONLY` or `KEEP_OPEN_READWRITE`; nothing
    ///   was committed.
    /// - `MAPI_E_OBJECT_CHANGED`: the object changed since it was opened
    ///   (retry with `FORCE_SAVE` to overwrite).
    /// - `MAPI_E_OBJECT_DELETED`: the object was deleted since it was opened.
    ///
    /// **Notes to implementers.** On `KEEP_OPEN_READONLY` you may still leave
    /// the object writable, but on `KEEP_OPEN_READWRITE` you must never make
    /// it read-only. `MAPI_DEFERRED_ERRORS` may be ignored; a deferred error
    /// may be reported by a later call without the flag. A remote transport
    /// that does not support saving must still return `S_OK`.
    ///
    /// Called through slot 4 ([`IMAPIPropVtbl::SaveChanges`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_changes(
        &self,
        ulFlags: MAPIPropSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the values of some or all of the object's properties.
    ///
    /// With `lpPropTagArray` null every property is returned. Tags of type
    /// `PT_UNSPECIFIED` get their real type filled in; strings for them
    /// follow `MAPI_UNICODE`.
    ///
    /// Returns:
    /// - `S_OK`: all values were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: the call succeeded but some properties
    ///   could not be read; each of those has type `PT_ERROR` in its tag and
    ///   an error code (often `MAPI_E_NOT_FOUND`) as its value.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag array has `cValues` zero.
    ///
    /// **Notes to implementers.** For a property you cannot return, set its
    /// type to `PT_ERROR` and its value to the reason: `MAPI_E_NOT_FOUND`
    /// (not supported), `MAPI_E_NOT_ENOUGH_MEMORY` (too large; the caller
    /// should use `OpenProperty`) or `MAPI_E_BAD_CHARWIDTH` (a string
    /// conversion you cannot do). Allocate the value array with
    /// `MAPIAllocateBuffer` and everything it points to with
    /// `MAPIAllocateMore` on that block, so one `MAPIFreeBuffer` frees it
    /// all. Keep the values in the order of the requested tags.
    ///
    /// Called through slot 5 ([`IMAPIPropVtbl::GetProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_props(
        &self,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: MAPIPropGetPropsFlags,
    ) -> ::core::result::Result<crate::value::PropArray<'_>, crate::Hresult> {
        let _ = (lpPropTagArray, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_props`], but may also return a success code other than `S_OK` (`MAPI_W_ERRORS_RETURNED`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_props`] and answers `S_OK`.
    fn get_props_with_warning(
        &self,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: MAPIPropGetPropsFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, crate::value::PropArray<'_>),
        crate::Hresult,
    > {
        self.get_props(lpPropTagArray, ulFlags).map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the tags of all the object's properties.
    ///
    /// Returns:
    /// - `S_OK`: the tags were returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    ///
    /// **Notes to implementers.** Return exactly the properties that
    /// `GetProps` with a null tag array would return.
    ///
    /// Called through slot 6 ([`IMAPIPropVtbl::GetPropList`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_prop_list(
        &self,
        ulFlags: MAPIPropGetPropListFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::PropTag>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a property through another interface, such as `IStream` for a
    /// large binary or string property, `IMessage` for an embedded message or
    /// `IMAPITable` for a table-valued property.
    ///
    /// The interface to use for a given property type: binary and string
    /// properties `IID_IStream`, `PR_ATTACH_DATA_OBJ` of an embedded message
    /// `IID_IMessage`, OLE 2 attachments `IID_IStreamDocfile` or
    /// `IID_IStorage`, `PR_CONTAINER_CONTENTS` and the like `IID_IMAPITable`.
    /// `ulInterfaceOptions` carries interface-specific options, such as
    /// `STGM_*` access bits for `IStream` or `MAPI_UNICODE` for a table.
    ///
    /// Returns:
    /// - `S_OK`: the interface was returned.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the property cannot be opened with
    ///   that interface.
    /// - `MAPI_E_NO_ACCESS`: the caller may not access the property this way.
    /// - `MAPI_E_NO_SUPPORT`: the object cannot provide the property through
    ///   the requested interface.
    /// - `MAPI_E_NOT_FOUND`: the property does not exist and `MAPI_CREATE`
    ///   was not given.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag has type `PT_UNSPECIFIED`.
    ///
    /// **Notes to callers.** Change a property opened as a stream only
    /// through that stream, not with `SetProps` or `DeleteProps`, and do not
    /// open the same property twice.
    ///
    /// Called through slot 7 ([`IMAPIPropVtbl::OpenProperty`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_property(
        &self,
        ulPropTag: crate::ULONG,
        lpiid: &crate::GUID,
        ulInterfaceOptions: crate::ULONG,
        ulFlags: MAPIPropOpenPropertyFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (ulPropTag, lpiid, ulInterfaceOptions, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the values of one or more properties, creating those that do not
    /// exist when the object allows it.
    ///
    /// Success does not prove every value was stored: some objects only
    /// cache the values, and errors can then come from a later call such as
    /// `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for properties
    ///   that could not be set (`MAPI_E_COMPUTED`, `MAPI_E_INVALID_TYPE`,
    ///   `MAPI_E_NO_ACCESS`, `MAPI_E_UNEXPECTED_TYPE`,
    ///   `MAPI_E_BAD_CHARWIDTH`, `MAPI_E_NOT_ENOUGH_MEMORY` for a value too
    ///   big for the transport, in which case use `OpenProperty` and a
    ///   stream).
    ///
    /// **Notes to implementers.** Skip `PR_NULL` tags and values of type
    /// `PT_ERROR` without reporting them. Return `MAPI_E_INVALID_PARAMETER`
    /// for a `PT_OBJECT` value or a multivalued value whose count is zero.
    /// Report per-property failures in the problem array and still return
    /// `S_OK`.
    ///
    /// Called through slot 8 ([`IMAPIPropVtbl::SetProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_props(
        &self,
        lpPropArray: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (lpPropArray,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes one or more properties from the object.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for properties
    ///   that could not be deleted.
    /// - `MAPI_E_NO_ACCESS`: the caller may not delete properties of this
    ///   object.
    ///
    /// **Notes to implementers.** Objects need not allow deletion; return
    /// `MAPI_E_NO_ACCESS` for an object that cannot be modified.
    ///
    /// Called through slot 9 ([`IMAPIPropVtbl::DeleteProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_props(
        &self,
        lpPropTagArray: &[crate::value::PropTag],
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (lpPropTagArray,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves all of the object's properties, except those
    /// excluded, to another object.
    ///
    /// Subobjects (recipients, attachments, subfolders, ...) travel with the
    /// properties that hold them. Existing properties of the destination are
    /// overwritten unless `MAPI_NOREPLACE` is given; properties of the
    /// destination that are not copied over are left alone. Excluding an
    /// interface in `rgiidExclude` (and with it every interface derived from
    /// it) limits the copy to what the remaining interfaces know: copying a
    /// folder to an attachment while excluding `IID_IMAPIFolder` copies only
    /// generic properties. Never exclude `IMAPIProp` or `IUnknown`. To leave
    /// out recipients, attachments or container tables, exclude
    /// `PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`,
    /// `PR_CONTAINER_HIERARCHY` or `PR_CONTAINER_CONTENTS`; an excluded tag
    /// excludes its identifier whatever the type. `PR_NULL` may not appear.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for individual
    ///   properties.
    /// - `MAPI_E_COLLISION`: a subobject with the same display name exists in
    ///   the destination.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to
    ///   `IMAPISupport::DoCopyTo` and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the source contains the destination; both may
    ///   be partly modified.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the destination does not support
    ///   `lpInterface`, or every known interface was excluded.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks permission, or the destination
    ///   is the source.
    ///
    /// **Notes to implementers.** You may delegate the whole job to
    /// `IMAPISupport::DoCopyTo`, except when `MAPI_DECLINE_OK` is set: then
    /// return `MAPI_E_DECLINE_COPY`. Show progress through `lpProgress`, or
    /// through `IMAPISupport::DoProgressDialog` when it is null. Do not write
    /// read-only properties of the destination. Return
    /// `MAPI_E_INVALID_PARAMETER` if `lpInterface` is null.
    ///
    /// Called through slot 10 ([`IMAPIPropVtbl::CopyTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_to(
        &self,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<IMAPIProgress>>,
        lpInterface: &crate::GUID,
        lpDestObj: crate::ComPtr<crate::IUnknown>,
        ulFlags: MAPIPropCopyToFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (
            rgiidExclude,
            lpExcludeProps,
            ulUIParam,
            lpProgress,
            lpInterface,
            lpDestObj,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves selected properties to another object.
    ///
    /// Used mostly for replies and forwards, where only some properties of
    /// the original go along. Subobjects named by the selected properties
    /// (`PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`,
    /// `PR_CONTAINER_HIERARCHY`, `PR_CONTAINER_CONTENTS`,
    /// `PR_FOLDER_ASSOCIATED_CONTENTS`) are copied whole. Existing properties
    /// of the destination are overwritten unless `MAPI_NOREPLACE` is given.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for individual
    ///   properties.
    /// - `MAPI_E_COLLISION`: a subobject with the same display name exists in
    ///   the destination.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to
    ///   `IMAPISupport::DoCopyProps` and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the source contains the destination; both may
    ///   be partly modified.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the destination does not support
    ///   `lpInterface`.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks permission, or the destination
    ///   is the source.
    ///
    /// **Notes to implementers.** You may delegate to
    /// `IMAPISupport::DoCopyProps`, except when `MAPI_DECLINE_OK` is set:
    /// then return `MAPI_E_DECLINE_COPY`. Show progress through
    /// `lpProgress`, or through `IMAPISupport::DoProgressDialog` when it is
    /// null.
    ///
    /// Called through slot 11 ([`IMAPIPropVtbl::CopyProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_props(
        &self,
        lpIncludeProps: &[crate::value::PropTag],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<IMAPIProgress>>,
        lpInterface: &crate::GUID,
        lpDestObj: crate::ComPtr<crate::IUnknown>,
        ulFlags: MAPIPropCopyPropsFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (lpIncludeProps, ulUIParam, lpProgress, lpInterface, lpDestObj, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the names of named properties from their identifiers.
    ///
    /// `*lppPropTags` lists the identifiers to look up; when it is null the
    /// object returns every name it knows (optionally only those of the
    /// property set `lpPropSetGuid`) and stores in `*lppPropTags` a newly
    /// allocated tag array for them, which the caller frees with
    /// `MAPIFreeBuffer`. The names come back in the same order as the tags.
    ///
    /// Returns:
    /// - `S_OK`: the names were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: some names could not be found; the tags
    ///   of those properties have type `PT_ERROR`.
    /// - `MAPI_E_NO_SUPPORT`: the object has no named properties.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag array has `cValues` zero.
    ///
    /// **Notes to implementers.** The result of a non-null `lpPropSetGuid`
    /// with a null `*lppPropTags` is not defined: you may ignore the set,
    /// filter on it, or fail with `MAPI_E_INVALID_PARAMETER`.
    ///
    /// Called through slot 12 ([`IMAPIPropVtbl::GetNamesFromIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_names_from_ids(
        &self,
        lppPropTags: &mut ::core::option::Option<::std::vec::Vec<crate::value::PropTag>>,
        lpPropSetGuid: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIPropGetNamesFromIDsFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::core::option::Option<crate::value::NameId>>,
        crate::Hresult,
    > {
        let _ = (lppPropTags, lpPropSetGuid, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_names_from_ids`], but may also return a success code other than `S_OK` (`MAPI_W_ERRORS_RETURNED`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_names_from_ids`] and answers `S_OK`.
    fn get_names_from_ids_with_warning(
        &self,
        lppPropTags: &mut ::core::option::Option<::std::vec::Vec<crate::value::PropTag>>,
        lpPropSetGuid: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIPropGetNamesFromIDsFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<::core::option::Option<crate::value::NameId>>),
        crate::Hresult,
    > {
        self.get_names_from_ids(lppPropTags, lpPropSetGuid, ulFlags)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Returns the property identifiers of named properties, optionally
    /// assigning identifiers to names that have none.
    ///
    /// The returned tags carry the identifiers, in the order of the names,
    /// with type `PT_UNSPECIFIED`. With `lppPropNames` null the identifiers
    /// of every name the object knows are returned.
    ///
    /// Returns:
    /// - `S_OK`: the identifiers were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: some names have no identifier; their tags
    ///   have type `PT_ERROR` and identifier zero.
    /// - `MAPI_E_NO_SUPPORT`: the object has no named properties.
    /// - `MAPI_E_TOO_BIG`: too many tags would have to be returned.
    ///
    /// **Notes to implementers.** Named-property identifiers lie between
    /// 0x8000 and 0xFFFE. A container should use one name-to-identifier
    /// mapping for all the objects it holds (one per store, say), not one per
    /// folder or message.
    ///
    /// Called through slot 13 ([`IMAPIPropVtbl::GetIDsFromNames`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_ids_from_names(
        &self,
        lppPropNames: ::core::option::Option<&[crate::value::NameIdRef<'_>]>,
        ulFlags: MAPIPropGetIDsFromNamesFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::PropTag>, crate::Hresult> {
        let _ = (lppPropNames, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_ids_from_names`], but may also return a success code other than `S_OK` (`MAPI_W_ERRORS_RETURNED`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_ids_from_names`] and answers `S_OK`.
    fn get_ids_from_names_with_warning(
        &self,
        lppPropNames: ::core::option::Option<&[crate::value::NameIdRef<'_>]>,
        ulFlags: MAPIPropGetIDsFromNamesFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, ::std::vec::Vec<crate::value::PropTag>),
        crate::Hresult,
    > {
        self.get_ids_from_names(lppPropNames, ulFlags).map(|v| (crate::Hresult::OK, v))
    }
}
#[cfg(feature = "provider")]
impl IMAPIPropVtbl {
    /// A vtable of [`IMAPIProp`] whose slots check their arguments and call [`IMAPIPropImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIPropImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIProp::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIPropGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIPropImpl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_mapi_error(
                                                __alloc,
                                                &arg2,
                                                (ulFlags & crate::MAPI_UNICODE) != 0,
                                            )
                                            .map(crate::value::MapiErrorBuffer::into_buffer)
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
                                unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SaveChanges: {
                /// `IMAPIProp::SaveChanges`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPIPropSaveChangesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIPropImpl>::save_changes(
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
            GetProps: {
                /// `IMAPIProp::GetProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    ulFlags: crate::ULONG,
                    lpcValues: *mut crate::ULONG,
                    lppPropArray: *mut crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcValues.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcValues, 0, 1) };
                        }
                        if !lppPropArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppPropArray, 0, 1) };
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
                        let arg1 = match <MAPIPropGetPropsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcValues.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppPropArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIPropImpl>::get_props_with_warning(
                                object.inner(),
                                arg0.as_deref(),
                                arg1,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg3)) => {
                                let status = if status == 0 {
                                    arg3.errors_returned().0
                                } else {
                                    status
                                };
                                let __buf3 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg3.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf3.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lppPropArray.write(__ptr.cast());
                                    lpcValues.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetPropList: {
                /// `IMAPIProp::GetPropList`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppPropTagArray: *mut crate::LPSPropTagArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lppPropTagArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppPropTagArray, 0, 1) };
                        }
                        let arg0 = match <MAPIPropGetPropListFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppPropTagArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIPropImpl>::get_prop_list(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_tags(__alloc, &arg1)
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
                                unsafe { lppPropTagArray.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenProperty: {
                /// `IMAPIProp::OpenProperty`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulPropTag: crate::ULONG,
                    lpiid: crate::LPCIID,
                    ulInterfaceOptions: crate::ULONG,
                    ulFlags: crate::ULONG,
                    lppUnk: *mut crate::LPUNKNOWN,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lppUnk.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppUnk, 0, 1) };
                        }
                        let arg1 = if lpiid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpiid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg3 = match <MAPIPropOpenPropertyFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppUnk.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIPropImpl>::open_property(
                            object.inner(),
                            ulPropTag,
                            &arg1,
                            ulInterfaceOptions,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg4;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpiid.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppUnk.write(p.cast()) }
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
            SetProps: {
                /// `IMAPIProp::SetProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cValues: crate::ULONG,
                    lpPropArray: crate::LPSPropValue,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProblems, 0, 1) };
                        }
                        // SAFETY: the caller passes `cValues` elements at a
                        // non-null `lpPropArray`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                lpPropArray.cast_const().cast(),
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
                        match <O::Inner as IMAPIPropImpl>::set_props(
                            object.inner(),
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = if !lppProblems.is_null() && !arg2.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_problems(__alloc, &arg2)
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
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppProblems.write(__buf2.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteProps: {
                /// `IMAPIProp::DeleteProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
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
                        match <O::Inner as IMAPIPropImpl>::delete_props(
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
            CopyTo: {
                /// `IMAPIProp::CopyTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ciidExclude: crate::ULONG,
                    rgiidExclude: crate::LPCIID,
                    lpExcludeProps: crate::LPSPropTagArray,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: LPMAPIPROGRESS,
                    lpInterface: crate::LPCIID,
                    lpDestObj: crate::LPVOID,
                    ulFlags: crate::ULONG,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProblems, 0, 1) };
                        }
                        let arg1 = if rgiidExclude.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `ciidExclude` valid
                                // elements at `rgiidExclude` (null, misaligned
                                // and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        crate::IID,
                                    >(rgiidExclude.cast(), ciidExclude as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg2 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpExcludeProps.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<IMAPIProgress>())
                        };
                        let arg5 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg5) = arg5 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg6 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpDestObj.cast())
                        };
                        let ::core::option::Option::Some(arg6) = arg6 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg7 = match <MAPIPropCopyToFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIPropImpl>::copy_to(
                            object.inner(),
                            arg1,
                            arg2.as_deref(),
                            ulUIParam,
                            arg4,
                            &arg5,
                            arg6,
                            arg7,
                        ) {
                            ::core::result::Result::Ok(arg8) => {
                                let status: crate::HRESULT = 0;
                                let __buf8 = if !lppProblems.is_null() && !arg8.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_problems(__alloc, &arg8)
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
                                if let ::core::option::Option::Some(__buf8) = __buf8 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppProblems.write(__buf8.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyProps: {
                /// `IMAPIProp::CopyProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpIncludeProps: crate::LPSPropTagArray,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: LPMAPIPROGRESS,
                    lpInterface: crate::LPCIID,
                    lpDestObj: crate::LPVOID,
                    ulFlags: crate::ULONG,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
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
                                lpIncludeProps.cast_const().cast(),
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
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<IMAPIProgress>())
                        };
                        let arg3 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpDestObj.cast())
                        };
                        let ::core::option::Option::Some(arg4) = arg4 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg5 = match <MAPIPropCopyPropsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIPropImpl>::copy_props(
                            object.inner(),
                            &arg0,
                            ulUIParam,
                            arg2,
                            &arg3,
                            arg4,
                            arg5,
                        ) {
                            ::core::result::Result::Ok(arg6) => {
                                let status: crate::HRESULT = 0;
                                let __buf6 = if !lppProblems.is_null() && !arg6.is_empty() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_problems(__alloc, &arg6)
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
                                if let ::core::option::Option::Some(__buf6) = __buf6 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppProblems.write(__buf6.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetNamesFromIDs: {
                /// `IMAPIProp::GetNamesFromIDs`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lppPropTags: *mut crate::LPSPropTagArray,
                    lpPropSetGuid: crate::LPGUID,
                    ulFlags: crate::ULONG,
                    lpcPropNames: *mut crate::ULONG,
                    lpppPropNames: *mut *mut crate::LPMAPINAMEID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcPropNames.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcPropNames, 0, 1) };
                        }
                        if !lpppPropNames.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpppPropNames, 0, 1) };
                        }
                        if lppPropTags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a
                        // readable pointer to a tag array (or to null), the
                        // array readable for the call; the view checks the
                        // count.
                        let arg0 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lppPropTags.read_unaligned(),
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
                        let arg1 = if lpPropSetGuid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpPropSetGuid.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg2 = match <MAPIPropGetNamesFromIDsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcPropNames.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpppPropNames.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIPropImpl>::get_names_from_ids_with_warning(
                                object.inner(),
                                &mut arg0,
                                arg1.as_ref(),
                                arg2,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg4)) => {
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
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_name_ids(__alloc, &arg4)
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
                                    unsafe { lppPropTags.write_unaligned(__buf0.into_raw()) };
                                }
                                let (__count, __ptr) = __buf4.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lpppPropNames.write(__ptr.cast());
                                    lpcPropNames.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetIDsFromNames: {
                /// `IMAPIProp::GetIDsFromNames`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cPropNames: crate::ULONG,
                    lppPropNames: *mut crate::LPMAPINAMEID,
                    ulFlags: crate::ULONG,
                    lppPropTags: *mut crate::LPSPropTagArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIPropImpl,
                {
                    crate::__private::guard(|| {
                        if !lppPropTags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppPropTags, 0, 1) };
                        }
                        let arg1 = if lppPropNames.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cPropNames` pointers
                            // to names at a non-null `lppPropNames`, readable
                            // for the call; the view checks the count, null
                            // names and their kinds.
                            let arg1 = match unsafe {
                                crate::value::NameIdRef::array_from_raw(
                                    lppPropNames.cast_const().cast(),
                                    cPropNames,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg1)
                        };
                        let arg2 = match <MAPIPropGetIDsFromNamesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppPropTags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IMAPIPropImpl>::get_ids_from_names_with_warning(
                                object.inner(),
                                arg1.as_deref(),
                                arg2,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg3)) => {
                                let __buf3 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_tags(__alloc, &arg3)
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
                                unsafe { lppPropTags.write(__buf3.into_raw().cast()) };
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
impl crate::__private::InterfaceChain for IMAPIProp {
    const IIDS: &'static [u128] = &[
        0x00020303_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIAdviseSink`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIAdviseSinkImpl`, the provider side of `IMAPIAdviseSink`",
    label = "`IMAPIAdviseSink` needs `impl IMAPIAdviseSinkImpl for {Self}`",
    note = "write `impl IMAPIAdviseSinkImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIAdviseSinkImpl: crate::__private::Declares<
        IMAPIAdviseSink,
        0x00020302_0000_0000_c000_000000000046,
    > {
    /// Handles one or more notifications delivered to the sink.
    ///
    /// `lpNotifications` holds `cNotif` `NOTIFICATION` structures; the
    /// `ulEventType` of each says which member of its union is valid
    /// (`fnevCriticalError` -> `ERROR_NOTIFICATION`, `fnevNewMail` ->
    /// `NEWMAIL_NOTIFICATION`, `fnevObjectCreated`/`Deleted`/`Modified`/
    /// `Moved`/`Copied` and `fnevSearchComplete` -> `OBJECT_NOTIFICATION`,
    /// `fnevTableModified` -> `TABLE_NOTIFICATION`,
    /// `fnevStatusObjectModified` -> `STATUS_OBJECT_NOTIFICATION`,
    /// `fnevExtended` -> `EXTENDED_NOTIFICATION`). The call can come during
    /// the MAPI call that caused the event or later, and on any thread
    /// unless the sink was wrapped with `HrThisThreadAdviseSink`.
    ///
    /// Returns `S_OK` normally. A sink that receives synchronous
    /// notifications through `IMAPISupport::Notify` may return
    /// `CALLBACK_DISCONTINUE` to stop the delivery of the remaining ones.
    ///
    /// **Notes to implementers.** Handle each event type you registered for
    /// (for instance, ask a dialog to refresh on `fnevObjectModified`). Never
    /// change or free the `NOTIFICATION` array: it belongs to the caller and
    /// is valid only until `OnNotify` returns.
    ///
    /// **Notes to callers.** Changes to several objects may be reported in
    /// one call or spread over several, as memory allows, whether they came
    /// from one method call or many.
    ///
    /// Called through slot 3 ([`IMAPIAdviseSinkVtbl::OnNotify`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    fn on_notify(
        &self,
        lpNotifications: &[crate::value::NotificationRef<'_>],
    ) -> crate::ULONG;
}
#[cfg(feature = "provider")]
impl IMAPIAdviseSinkVtbl {
    /// A vtable of [`IMAPIAdviseSink`] whose slots check their arguments and call [`IMAPIAdviseSinkImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIAdviseSinkImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            OnNotify: {
                /// `IMAPIAdviseSink::OnNotify`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cNotif: crate::ULONG,
                    lpNotifications: crate::LPNOTIFICATION,
                ) -> crate::ULONG
                where
                    O::Inner: IMAPIAdviseSinkImpl,
                {
                    crate::__private::guard_or(
                        0,
                        || {
                            // SAFETY: the caller passes `cNotif` elements at a
                            // non-null `lpNotifications`, readable for the
                            // call; the view checks the count and reads each
                            // element as its type says.
                            let arg1 = match unsafe {
                                crate::value::NotificationRef::slice_from_raw(
                                    lpNotifications.cast_const().cast(),
                                    cNotif,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => return 0,
                            };
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            <O::Inner as IMAPIAdviseSinkImpl>::on_notify(
                                object.inner(),
                                &arg1,
                            )
                        },
                    )
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIAdviseSink {
    const IIDS: &'static [u128] = &[
        0x00020302_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIProgress`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIProgressImpl`, the provider side of `IMAPIProgress`",
    label = "`IMAPIProgress` needs `impl IMAPIProgressImpl for {Self}`",
    note = "write `impl IMAPIProgressImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIProgressImpl: crate::__private::Declares<
        IMAPIProgress,
        0x0002031f_0000_0000_c000_000000000046,
    > {
    /// Moves the indicator to show how far the operation has got.
    ///
    /// `ulValue` is the current position between the global minimum and
    /// maximum; it equals the minimum only at the start and the maximum only
    /// at the end. With `MAPI_TOP_LEVEL` set, a provider may also pass the
    /// index of the item being processed and the item total, which some
    /// indicators show as text ("3 of 12 items"). A provider copying the
    /// messages of one folder sets `ulTotal` to the number of messages; one
    /// copying a folder sets it to the number of subfolders, or to 1 if
    /// there are none.
    ///
    /// Returns `S_OK` when the display was updated.
    ///
    /// **Notes to implementers.** When `ulCount` and `ulTotal` are both zero
    /// the provider is usually reporting on a subobject relative to its
    /// parent; you may then leave the display alone until the parent
    /// reports. Some providers always pass zero for both.
    ///
    /// Called through slot 3 ([`IMAPIProgressVtbl::Progress`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn progress(
        &self,
        ulValue: crate::ULONG,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulValue, ulCount, ulTotal);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the flags that tell on which level of the operation progress
    /// is being computed.
    ///
    /// A provider calls it first, before any other progress call; the answer
    /// decides how it fills the other parameters later.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with `MAPI_TOP_LEVEL` set and return
    /// whatever the provider last set through `SetLimits`.
    ///
    /// Called through slot 4 ([`IMAPIProgressVtbl::GetFlags`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_flags(
        &self,
    ) -> ::core::result::Result<MAPIProgressGetFlagsFlags, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the upper limit of the operation.
    ///
    /// With `MAPI_TOP_LEVEL` set the value is the global maximum of the
    /// display; otherwise it is a local maximum that the provider stored for
    /// a subobject and only reads back.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with 1000; providers change it with
    /// `SetLimits`.
    ///
    /// Called through slot 5 ([`IMAPIProgressVtbl::GetMax`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_max(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the lower limit of the operation.
    ///
    /// With `MAPI_TOP_LEVEL` set the value is the global minimum of the
    /// display; otherwise it is a local minimum that the provider stored for
    /// a subobject and only reads back.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with 1; providers change it with
    /// `SetLimits`.
    ///
    /// Called through slot 6 ([`IMAPIProgressVtbl::GetMin`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_min(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the lower and upper limits and the level flag.
    ///
    /// Providers call it to switch between global limits (with
    /// `MAPI_TOP_LEVEL`) and local limits for a subobject (without it). The
    /// object keeps local limits only to hand them back from `GetMin` and
    /// `GetMax`.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** The reference does not say whether the
    /// pointers may be null; accept null as "leave this value unchanged", as
    /// common implementations do.
    ///
    /// Called through slot 7 ([`IMAPIProgressVtbl::SetLimits`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_limits(
        &self,
        lpulMin: ::core::option::Option<crate::ULONG>,
        lpulMax: ::core::option::Option<crate::ULONG>,
        lpulFlags: ::core::option::Option<MAPIProgressSetLimitsFlags>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulMin, lpulMax, lpulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPIProgressVtbl {
    /// A vtable of [`IMAPIProgress`] whose slots check their arguments and call [`IMAPIProgressImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIProgressImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Progress: {
                /// `IMAPIProgress::Progress`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulValue: crate::ULONG,
                    ulCount: crate::ULONG,
                    ulTotal: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProgressImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProgressImpl>::progress(
                            object.inner(),
                            ulValue,
                            ulCount,
                            ulTotal,
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
                /// `IMAPIProgress::GetFlags`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProgressImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulFlags, 0, 1) };
                        }
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProgressImpl>::get_flags(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg0.bits()
                                                & <MAPIProgressGetFlagsFlags as crate::FlagSet>::OUT_MASK,
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
            GetMax: {
                /// `IMAPIProgress::GetMax`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulMax: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProgressImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulMax.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulMax, 0, 1) };
                        }
                        if lpulMax.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProgressImpl>::get_max(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulMax.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMin: {
                /// `IMAPIProgress::GetMin`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulMin: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProgressImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulMin.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulMin, 0, 1) };
                        }
                        if lpulMin.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProgressImpl>::get_min(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulMin.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetLimits: {
                /// `IMAPIProgress::SetLimits`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulMin: crate::LPULONG,
                    lpulMax: crate::LPULONG,
                    lpulFlags: crate::LPULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProgressImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpulMin.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpulMin.cast::<crate::ULONG>().read_unaligned()
                            })
                        };
                        let arg1 = if lpulMax.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpulMax.cast::<crate::ULONG>().read_unaligned()
                            })
                        };
                        let arg2 = if lpulFlags.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // valid flags word.
                            let __bits = unsafe { lpulFlags.read_unaligned() };
                            let arg2 = match <MAPIProgressSetLimitsFlags as crate::FlagSet>::check_input_for(
                                __bits,
                                O::UNKNOWN_FLAGS,
                            ) {
                                ::core::result::Result::Ok(f) => f,
                                ::core::result::Result::Err(__e) => return __e.0,
                            };
                            ::core::option::Option::Some(arg2)
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProgressImpl>::set_limits(
                            object.inner(),
                            arg0,
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
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIProgress {
    const IIDS: &'static [u128] = &[
        0x0002031f_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIProp` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIProp {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIProp`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIProp> for IMAPIProp {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIProp`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIProp` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIPropExt {
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// object.
    ///
    /// `hResult` is the value the failing call returned. When there is
    /// nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the object only
    ///   supports ANSI, or it was not given and the object only supports
    ///   Unicode.
    ///
    /// **Notes to implementers.** What you report, and for which `HRESULT`,
    /// is up to you. Allocate the structure with `MAPIAllocateBuffer` (its
    /// strings with `MAPIAllocateMore`); the caller frees it with
    /// `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIPropVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIPropGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Commits the changes made to the object since it was opened or last
    /// saved.
    ///
    /// Only transacted objects need it; others may simply return `S_OK`.
    /// Calling it with no flags means the next call will be `Release`;
    /// providers differ in how they treat that case (read-only, read/write
    /// or closed). If the call fails, the object stays open whatever the
    /// flags, and nothing was committed.
    ///
    /// Returns:
    /// - `S_OK`: the changes were committed.
    /// - `MAPI_E_NO_ACCESS`: the object cannot be kept open with the access
    ///   requested by `KEEP_OPEN_READONLY` or `KEEP_OPEN_READWRITE`; nothing
    ///   was committed.
    /// - `MAPI_E_OBJECT_CHANGED`: the object changed since it was opened
    ///   (retry with `FORCE_SAVE` to overwrite).
    /// - `MAPI_E_OBJECT_DELETED`: the object was deleted since it was opened.
    ///
    /// **Notes to implementers.** On `KEEP_OPEN_READONLY` you may still leave
    /// the object writable, but on `KEEP_OPEN_READWRITE` you must never make
    /// it read-only. `MAPI_DEFERRED_ERRORS` may be ignored; a deferred error
    /// may be reported by a later call without the flag. A remote transport
    /// that does not support saving must still return `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how to commit and what to do with the object afterwards.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIPropVtbl::SaveChanges`].
    fn save_changes(
        &self,
        ulFlags: MAPIPropSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the values of some or all of the object's properties.
    ///
    /// With `lpPropTagArray` null every property is returned. Tags of type
    /// `PT_UNSPECIFIED` get their real type filled in; strings for them
    /// follow `MAPI_UNICODE`.
    ///
    /// Returns:
    /// - `S_OK`: all values were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: the call succeeded but some properties
    ///   could not be read; each of those has type `PT_ERROR` in its tag and
    ///   an error code (often `MAPI_E_NOT_FOUND`) as its value.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag array has `cValues` zero.
    ///
    /// **Notes to implementers.** For a property you cannot return, set its
    /// type to `PT_ERROR` and its value to the reason: `MAPI_E_NOT_FOUND`
    /// (not supported), `MAPI_E_NOT_ENOUGH_MEMORY` (too large; the caller
    /// should use `OpenProperty`) or `MAPI_E_BAD_CHARWIDTH` (a string
    /// conversion you cannot do). Allocate the value array with
    /// `MAPIAllocateBuffer` and everything it points to with
    /// `MAPIAllocateMore` on that block, so one `MAPIFreeBuffer` frees it
    /// all. Keep the values in the order of the requested tags.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the properties to read; null for all of them.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the string format for `PT_UNSPECIFIED` tags.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of values returned.
    /// - `lppPropArray` (`LPSPropValue*`, out): Receives the property values.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIPropVtbl::GetProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppPropArray`.
    fn get_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: MAPIPropGetPropsFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropValue>,
        crate::Hresult,
    >;
    /// Like [`Self::get_props`], but also returns the success code the object answered: `S_OK` or `MAPI_W_ERRORS_RETURNED`.
    fn get_props_with_warning(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: MAPIPropGetPropsFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, crate::value::MapiBuffer<crate::SPropValue>),
        crate::Hresult,
    >;
    /// Returns the tags of all the object's properties.
    ///
    /// Returns:
    /// - `S_OK`: the tags were returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    ///
    /// **Notes to implementers.** Return exactly the properties that
    /// `GetProps` with a null tag array would return.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type used for string properties.
    /// - `lppPropTagArray` (`LPSPropTagArray*`, out): Receives the property tag array.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIPropVtbl::GetPropList`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppPropTagArray`.
    fn get_prop_list(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIPropGetPropListFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropTagArray>,
        crate::Hresult,
    >;
    /// Opens a property through another interface, such as `IStream` for a
    /// large binary or string property, `IMessage` for an embedded message or
    /// `IMAPITable` for a table-valued property.
    ///
    /// The interface to use for a given property type: binary and string
    /// properties `IID_IStream`, `PR_ATTACH_DATA_OBJ` of an embedded message
    /// `IID_IMessage`, OLE 2 attachments `IID_IStreamDocfile` or
    /// `IID_IStorage`, `PR_CONTAINER_CONTENTS` and the like `IID_IMAPITable`.
    /// `ulInterfaceOptions` carries interface-specific options, such as
    /// `STGM_*` access bits for `IStream` or `MAPI_UNICODE` for a table.
    ///
    /// Returns:
    /// - `S_OK`: the interface was returned.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the property cannot be opened with
    ///   that interface.
    /// - `MAPI_E_NO_ACCESS`: the caller may not access the property this way.
    /// - `MAPI_E_NO_SUPPORT`: the object cannot provide the property through
    ///   the requested interface.
    /// - `MAPI_E_NOT_FOUND`: the property does not exist and `MAPI_CREATE`
    ///   was not given.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag has type `PT_UNSPECIFIED`.
    ///
    /// **Notes to callers.** Change a property opened as a stream only
    /// through that stream, not with `SetProps` or `DeleteProps`, and do not
    /// open the same property twice.
    ///
    /// # Parameters
    ///
    /// - `ulPropTag` (`ULONG`, in): Tag (identifier and type) of the property to open.
    /// - `lpiid` (`LPCIID`, in): Interface to open the property with; must not be null.
    /// - `ulInterfaceOptions` (`ULONG`, in): Options specific to the interface named by `lpiid`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the property.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the interface to the property.
    ///
    /// Calls slot 7 of the vtable, [`IMAPIPropVtbl::OpenProperty`]. In Rust:
    ///
    /// - `lpiid` is the IID of `U`.
    /// - Returns `lppUnk`.
    fn open_property<U: crate::Interface>(
        &self,
        ulPropTag: crate::ULONG,
        ulInterfaceOptions: crate::ULONG,
        ulFlags: MAPIPropOpenPropertyFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Sets the values of one or more properties, creating those that do not
    /// exist when the object allows it.
    ///
    /// Success does not prove every value was stored: some objects only
    /// cache the values, and errors can then come from a later call such as
    /// `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for properties
    ///   that could not be set (`MAPI_E_COMPUTED`, `MAPI_E_INVALID_TYPE`,
    ///   `MAPI_E_NO_ACCESS`, `MAPI_E_UNEXPECTED_TYPE`,
    ///   `MAPI_E_BAD_CHARWIDTH`, `MAPI_E_NOT_ENOUGH_MEMORY` for a value too
    ///   big for the transport, in which case use `OpenProperty` and a
    ///   stream).
    ///
    /// **Notes to implementers.** Skip `PR_NULL` tags and values of type
    /// `PT_ERROR` without reporting them. Return `MAPI_E_INVALID_PARAMETER`
    /// for a `PT_OBJECT` value or a multivalued value whose count is zero.
    /// Report per-property failures in the problem array and still return
    /// `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`ULONG`, in): Number of values at `lpPropArray`; must not be zero.
    /// - `lpPropArray` (`LPSPropValue`, in): The property values to set.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    ///
    /// Calls slot 8 of the vtable, [`IMAPIPropVtbl::SetProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpPropArray` is laid out as `SPropValue`s for the call; `cValues` is their count.
    /// - Returns `lppProblems`.
    fn set_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropArray: &[crate::value::Prop],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
    /// Deletes one or more properties from the object.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for properties
    ///   that could not be deleted.
    /// - `MAPI_E_NO_ACCESS`: the caller may not delete properties of this
    ///   object.
    ///
    /// **Notes to implementers.** Objects need not allow deletion; return
    /// `MAPI_E_NO_ACCESS` for an object that cannot be modified.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Tags of the properties to delete; must not be null or empty.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    ///
    /// Calls slot 9 of the vtable, [`IMAPIPropVtbl::DeleteProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppProblems`.
    fn delete_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: &[crate::value::PropTag],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
    /// Copies or moves all of the object's properties, except those
    /// excluded, to another object.
    ///
    /// Subobjects (recipients, attachments, subfolders, ...) travel with the
    /// properties that hold them. Existing properties of the destination are
    /// overwritten unless `MAPI_NOREPLACE` is given; properties of the
    /// destination that are not copied over are left alone. Excluding an
    /// interface in `rgiidExclude` (and with it every interface derived from
    /// it) limits the copy to what the remaining interfaces know: copying a
    /// folder to an attachment while excluding `IID_IMAPIFolder` copies only
    /// generic properties. Never exclude `IMAPIProp` or `IUnknown`. To leave
    /// out recipients, attachments or container tables, exclude
    /// `PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`,
    /// `PR_CONTAINER_HIERARCHY` or `PR_CONTAINER_CONTENTS`; an excluded tag
    /// excludes its identifier whatever the type. `PR_NULL` may not appear.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for individual
    ///   properties.
    /// - `MAPI_E_COLLISION`: a subobject with the same display name exists in
    ///   the destination.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to
    ///   `IMAPISupport::DoCopyTo` and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the source contains the destination; both may
    ///   be partly modified.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the destination does not support
    ///   `lpInterface`, or every known interface was excluded.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks permission, or the destination
    ///   is the source.
    ///
    /// **Notes to implementers.** You may delegate the whole job to
    /// `IMAPISupport::DoCopyTo`, except when `MAPI_DECLINE_OK` is set: then
    /// return `MAPI_E_DECLINE_COPY`. Show progress through `lpProgress`, or
    /// through `IMAPISupport::DoProgressDialog` when it is null. Do not write
    /// read-only properties of the destination. Return
    /// `MAPI_E_INVALID_PARAMETER` if `lpInterface` is null.
    ///
    /// # Parameters
    ///
    /// - `ciidExclude` (`ULONG`, in): Number of interface identifiers in `rgiidExclude`.
    /// - `rgiidExclude` (`LPCIID`, in): Interfaces that must not be used to copy extra information; null when `ciidExclude` is zero.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Tags of properties to leave out; null to copy them all (an empty array is invalid).
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MAPI_DIALOG`; null for MAPI's own.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination object; must not be null.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    ///
    /// Calls slot 10 of the vtable, [`IMAPIPropVtbl::CopyTo`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `ciidExclude` is the length of `rgiidExclude` (in elements); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppProblems`.
    fn copy_to<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U>,
        ulFlags: MAPIPropCopyToFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
    /// Copies or moves selected properties to another object.
    ///
    /// Used mostly for replies and forwards, where only some properties of
    /// the original go along. Subobjects named by the selected properties
    /// (`PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`,
    /// `PR_CONTAINER_HIERARCHY`, `PR_CONTAINER_CONTENTS`,
    /// `PR_FOLDER_ASSOCIATED_CONTENTS`) are copied whole. Existing properties
    /// of the destination are overwritten unless `MAPI_NOREPLACE` is given.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; check the problem array for individual
    ///   properties.
    /// - `MAPI_E_COLLISION`: a subobject with the same display name exists in
    ///   the destination.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to
    ///   `IMAPISupport::DoCopyProps` and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the source contains the destination; both may
    ///   be partly modified.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the destination does not support
    ///   `lpInterface`.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks permission, or the destination
    ///   is the source.
    ///
    /// **Notes to implementers.** You may delegate to
    /// `IMAPISupport::DoCopyProps`, except when `MAPI_DECLINE_OK` is set:
    /// then return `MAPI_E_DECLINE_COPY`. Show progress through
    /// `lpProgress`, or through `IMAPISupport::DoProgressDialog` when it is
    /// null.
    ///
    /// # Parameters
    ///
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Tags of the properties to copy or move; must not be null and must not contain `PR_NULL`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MAPI_DIALOG`; null for MAPI's own.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination object; must not be null.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives the problems met with individual properties; null if the caller does not want them.
    ///
    /// Calls slot 11 of the vtable, [`IMAPIPropVtbl::CopyProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppProblems`.
    fn copy_props<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpIncludeProps: &[crate::value::PropTag],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U>,
        ulFlags: MAPIPropCopyPropsFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
    /// Returns the names of named properties from their identifiers.
    ///
    /// `*lppPropTags` lists the identifiers to look up; when it is null the
    /// object returns every name it knows (optionally only those of the
    /// property set `lpPropSetGuid`) and stores in `*lppPropTags` a newly
    /// allocated tag array for them, which the caller frees with
    /// `MAPIFreeBuffer`. The names come back in the same order as the tags.
    ///
    /// Returns:
    /// - `S_OK`: the names were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: some names could not be found; the tags
    ///   of those properties have type `PT_ERROR`.
    /// - `MAPI_E_NO_SUPPORT`: the object has no named properties.
    /// - `MAPI_E_INVALID_PARAMETER`: the tag array has `cValues` zero.
    ///
    /// **Notes to implementers.** The result of a non-null `lpPropSetGuid`
    /// with a null `*lppPropTags` is not defined: you may ignore the set,
    /// filter on it, or fail with `MAPI_E_INVALID_PARAMETER`.
    ///
    /// # Parameters
    ///
    /// - `lppPropTags` (`LPSPropTagArray*`, in, out): On input the tags to look up, or a pointer to null for all names; on output the tags of the names returned.
    /// - `lpPropSetGuid` (`LPGUID`, in): Property set to restrict the answer to; null for all sets.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags selecting string names, numeric names or both.
    /// - `lpcPropNames` (`ULONG*`, out): Receives the number of names returned.
    /// - `lpppPropNames` (`LPMAPINAMEID**`, out): Receives the array of pointers to the names.
    ///
    /// Calls slot 12 of the vtable, [`IMAPIPropVtbl::GetNamesFromIDs`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lppPropTags`: the tags asked about, or `None` for all, in which case the object's array of them is returned.
    /// - Returns `lpppPropNames`.
    fn get_names_from_ids(
        &self,
        alloc: &crate::value::Allocator,
        lppPropTags: ::core::option::Option<&[crate::value::PropTag]>,
        lpPropSetGuid: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIPropGetNamesFromIDsFlags,
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiBuffer<crate::SPropTagArray>>,
            crate::value::NameIdBuffer,
        ),
        crate::Hresult,
    >;
    /// Like [`Self::get_names_from_ids`], but also returns the success code the object answered: `S_OK` or `MAPI_W_ERRORS_RETURNED`.
    fn get_names_from_ids_with_warning(
        &self,
        alloc: &crate::value::Allocator,
        lppPropTags: ::core::option::Option<&[crate::value::PropTag]>,
        lpPropSetGuid: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIPropGetNamesFromIDsFlags,
    ) -> ::core::result::Result<
        (
            crate::Hresult,
            (
                ::core::option::Option<crate::value::MapiBuffer<crate::SPropTagArray>>,
                crate::value::NameIdBuffer,
            ),
        ),
        crate::Hresult,
    >;
    /// Returns the property identifiers of named properties, optionally
    /// assigning identifiers to names that have none.
    ///
    /// The returned tags carry the identifiers, in the order of the names,
    /// with type `PT_UNSPECIFIED`. With `lppPropNames` null the identifiers
    /// of every name the object knows are returned.
    ///
    /// Returns:
    /// - `S_OK`: the identifiers were returned.
    /// - `MAPI_W_ERRORS_RETURNED`: some names have no identifier; their tags
    ///   have type `PT_ERROR` and identifier zero.
    /// - `MAPI_E_NO_SUPPORT`: the object has no named properties.
    /// - `MAPI_E_TOO_BIG`: too many tags would have to be returned.
    ///
    /// **Notes to implementers.** Named-property identifiers lie between
    /// 0x8000 and 0xFFFE. A container should use one name-to-identifier
    /// mapping for all the objects it holds (one per store, say), not one per
    /// folder or message.
    ///
    /// # Parameters
    ///
    /// - `cPropNames` (`ULONG`, in): Number of names at `lppPropNames`; zero when it is null.
    /// - `lppPropNames` (`LPMAPINAMEID*`, in): Names to look up; null for every name the object knows (not allowed with `MAPI_CREATE`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; `MAPI_CREATE` assigns missing identifiers.
    /// - `lppPropTags` (`LPSPropTagArray*`, out): Receives the property tags holding the identifiers.
    ///
    /// Calls slot 13 of the vtable, [`IMAPIPropVtbl::GetIDsFromNames`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lppPropNames` is laid out as `MAPINAMEID`s for the call; `cPropNames` is their count.
    /// - Returns `lppPropTags`.
    fn get_ids_from_names(
        &self,
        alloc: &crate::value::Allocator,
        lppPropNames: ::core::option::Option<&[crate::value::NameId]>,
        ulFlags: MAPIPropGetIDsFromNamesFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropTagArray>,
        crate::Hresult,
    >;
    /// Like [`Self::get_ids_from_names`], but also returns the success code the object answered: `S_OK` or `MAPI_W_ERRORS_RETURNED`.
    fn get_ids_from_names_with_warning(
        &self,
        alloc: &crate::value::Allocator,
        lppPropNames: ::core::option::Option<&[crate::value::NameId]>,
        ulFlags: MAPIPropGetIDsFromNamesFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, crate::value::MapiBuffer<crate::SPropTagArray>),
        crate::Hresult,
    >;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIProp>> IMAPIPropExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIPropGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn save_changes(
        &self,
        ulFlags: MAPIPropSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .SaveChanges)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: MAPIPropGetPropsFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropValue>,
        crate::Hresult,
    > {
        #[allow(unused_mut)]
        let mut __b0 = match lpPropTagArray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPSPropTagArray = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPSPropValue = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetProps)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r3 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a3.cast::<crate::SPropValue>(),
                __a2,
            )
        };
        let __r3 = __r3.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r3)
    }
    fn get_props_with_warning(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: MAPIPropGetPropsFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, crate::value::MapiBuffer<crate::SPropValue>),
        crate::Hresult,
    > {
        #[allow(unused_mut)]
        let mut __b0 = match lpPropTagArray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPSPropTagArray = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPSPropValue = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetProps)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
                &mut __a3,
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r3 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a3.cast::<crate::SPropValue>(),
                __a2,
            )
        };
        let __r3 = __r3.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__status, __r3))
    }
    fn get_prop_list(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIPropGetPropListFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropTagArray>,
        crate::Hresult,
    > {
        let mut __a1: crate::LPSPropTagArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetPropList)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SPropTagArray>(),
                1,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn open_property<U: crate::Interface>(
        &self,
        ulPropTag: crate::ULONG,
        ulInterfaceOptions: crate::ULONG,
        ulFlags: MAPIPropOpenPropertyFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a4: crate::LPUNKNOWN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .OpenProperty)(
                self.as_raw().cast(),
                ulPropTag,
                __a1,
                ulInterfaceOptions,
                ulFlags.bits(),
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r4 = unsafe { crate::ComPtr::<U>::from_raw(__a4.cast()) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r4)
    }
    fn set_props(
        &self,
        alloc: &crate::value::Allocator,
        lpPropArray: &[crate::value::Prop],
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    > {
        let __b1 = crate::__private::call::props_in(lpPropArray)?;
        let __s = &__b1;
        let (__a1, __a0): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        let mut __a2: crate::LPSPropProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .SetProps)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::SPropProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r2)
    }
    fn delete_props(
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
                .base_vtable::<IMAPIProp>()
                .DeleteProps)(self.as_raw().cast(), __a0, &mut __a1)
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
    fn copy_to<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U>,
        ulFlags: MAPIPropCopyToFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    > {
        let (__a1, __a0): (crate::LPCIID, crate::ULONG) = match rgiidExclude {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr(),
                    <crate::ULONG as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null(), 0),
        };
        #[allow(unused_mut)]
        let mut __b2 = match lpExcludeProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPSPropTagArray = match &mut __b2 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a4: LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid5: crate::GUID = <U as crate::Interface>::IID;
        let __a5: crate::LPCIID = ::core::ptr::from_ref(&__iid5);
        let __r = lpDestObj;
        let __a6: crate::LPVOID = __r.as_raw().cast();
        let mut __a8: crate::LPSPropProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .CopyTo)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulUIParam,
                __a4,
                __a5,
                __a6,
                ulFlags.bits(),
                &mut __a8,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r8 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a8.cast::<crate::SPropProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r8)
    }
    fn copy_props<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpIncludeProps: &[crate::value::PropTag],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U>,
        ulFlags: MAPIPropCopyPropsFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    > {
        let __t = lpIncludeProps;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::tags_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSPropTagArray = __s.as_mut_ptr();
        let __a2: LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::LPCIID = ::core::ptr::from_ref(&__iid3);
        let __r = lpDestObj;
        let __a4: crate::LPVOID = __r.as_raw().cast();
        let mut __a6: crate::LPSPropProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .CopyProps)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                __a3,
                __a4,
                ulFlags.bits(),
                &mut __a6,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r6 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a6.cast::<crate::SPropProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r6)
    }
    fn get_names_from_ids(
        &self,
        alloc: &crate::value::Allocator,
        lppPropTags: ::core::option::Option<&[crate::value::PropTag]>,
        lpPropSetGuid: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIPropGetNamesFromIDsFlags,
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiBuffer<crate::SPropTagArray>>,
            crate::value::NameIdBuffer,
        ),
        crate::Hresult,
    > {
        let mut __b0 = match lppPropTags {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let mut __a0: crate::LPSPropTagArray = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: crate::LPGUID = match lpPropSetGuid {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: crate::ULONG = 0;
        let mut __a4: *mut crate::LPMAPINAMEID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetNamesFromIDs)(
                self.as_raw().cast(),
                &mut __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
                &mut __a4,
            )
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
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a4.cast::<crate::LPMAPINAMEID>(),
                __a3,
            )
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r0, __r4))
    }
    fn get_names_from_ids_with_warning(
        &self,
        alloc: &crate::value::Allocator,
        lppPropTags: ::core::option::Option<&[crate::value::PropTag]>,
        lpPropSetGuid: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIPropGetNamesFromIDsFlags,
    ) -> ::core::result::Result<
        (
            crate::Hresult,
            (
                ::core::option::Option<crate::value::MapiBuffer<crate::SPropTagArray>>,
                crate::value::NameIdBuffer,
            ),
        ),
        crate::Hresult,
    > {
        let mut __b0 = match lppPropTags {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let mut __a0: crate::LPSPropTagArray = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: crate::LPGUID = match lpPropSetGuid {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a3: crate::ULONG = 0;
        let mut __a4: *mut crate::LPMAPINAMEID = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetNamesFromIDs)(
                self.as_raw().cast(),
                &mut __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
                &mut __a4,
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
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
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a4.cast::<crate::LPMAPINAMEID>(),
                __a3,
            )
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__status, (__r0, __r4)))
    }
    fn get_ids_from_names(
        &self,
        alloc: &crate::value::Allocator,
        lppPropNames: ::core::option::Option<&[crate::value::NameId]>,
        ulFlags: MAPIPropGetIDsFromNamesFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropTagArray>,
        crate::Hresult,
    > {
        let __b1 = match lppPropNames {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::name_ids_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a1, __a0): (*mut crate::LPMAPINAMEID, crate::ULONG) = match &__b1 {
            ::core::option::Option::Some(__s) => {
                (__s.as_ptr().cast_mut().cast(), __s.count())
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        let mut __a3: crate::LPSPropTagArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetIDsFromNames)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r3 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a3.cast::<crate::SPropTagArray>(),
                1,
            )
        };
        let __r3 = __r3.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r3)
    }
    fn get_ids_from_names_with_warning(
        &self,
        alloc: &crate::value::Allocator,
        lppPropNames: ::core::option::Option<&[crate::value::NameId]>,
        ulFlags: MAPIPropGetIDsFromNamesFlags,
    ) -> ::core::result::Result<
        (crate::Hresult, crate::value::MapiBuffer<crate::SPropTagArray>),
        crate::Hresult,
    > {
        let __b1 = match lppPropNames {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::name_ids_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a1, __a0): (*mut crate::LPMAPINAMEID, crate::ULONG) = match &__b1 {
            ::core::option::Option::Some(__s) => {
                (__s.as_ptr().cast_mut().cast(), __s.count())
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        let mut __a3: crate::LPSPropTagArray = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProp>()
                .GetIDsFromNames)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r3 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a3.cast::<crate::SPropTagArray>(),
                1,
            )
        };
        let __r3 = __r3.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__status, __r3))
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIAdviseSink` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIAdviseSink {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIAdviseSink`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIAdviseSink> for IMAPIAdviseSink {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIAdviseSink`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIAdviseSink` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIAdviseSinkExt {
    /// Handles one or more notifications delivered to the sink.
    ///
    /// `lpNotifications` holds `cNotif` `NOTIFICATION` structures; the
    /// `ulEventType` of each says which member of its union is valid
    /// (`fnevCriticalError` -> `ERROR_NOTIFICATION`, `fnevNewMail` ->
    /// `NEWMAIL_NOTIFICATION`, `fnevObjectCreated`/`Deleted`/`Modified`/
    /// `Moved`/`Copied` and `fnevSearchComplete` -> `OBJECT_NOTIFICATION`,
    /// `fnevTableModified` -> `TABLE_NOTIFICATION`,
    /// `fnevStatusObjectModified` -> `STATUS_OBJECT_NOTIFICATION`,
    /// `fnevExtended` -> `EXTENDED_NOTIFICATION`). The call can come during
    /// the MAPI call that caused the event or later, and on any thread
    /// unless the sink was wrapped with `HrThisThreadAdviseSink`.
    ///
    /// Returns `S_OK` normally. A sink that receives synchronous
    /// notifications through `IMAPISupport::Notify` may return
    /// `CALLBACK_DISCONTINUE` to stop the delivery of the remaining ones.
    ///
    /// **Notes to implementers.** Handle each event type you registered for
    /// (for instance, ask a dialog to refresh on `fnevObjectModified`). Never
    /// change or free the `NOTIFICATION` array: it belongs to the caller and
    /// is valid only until `OnNotify` returns.
    ///
    /// **Notes to callers.** Changes to several objects may be reported in
    /// one call or spread over several, as memory allows, whether they came
    /// from one method call or many.
    ///
    /// # Parameters
    ///
    /// - `cNotif` (`ULONG`, in): Number of `NOTIFICATION` structures at `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in): The notifications, one per event that occurred.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIAdviseSinkVtbl::OnNotify`]. In Rust:
    ///
    /// - `lpNotifications` is laid out as `NOTIFICATION`s for the call; `cNotif` is their count.
    /// - The method has no status of its own: `Err` means an argument could not be laid out for the call, and the object was not called.
    fn on_notify(
        &self,
        lpNotifications: &[crate::value::NotificationRef<'_>],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIAdviseSink>> IMAPIAdviseSinkExt for crate::ComPtr<T> {
    fn on_notify(
        &self,
        lpNotifications: &[crate::value::NotificationRef<'_>],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __b1 = crate::__private::call::notifications_in(lpNotifications)?;
        let __s = &__b1;
        let (__a1, __a0): (crate::LPNOTIFICATION, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __r = unsafe {
            (self
                .base_vtable::<IMAPIAdviseSink>()
                .OnNotify)(self.as_raw().cast(), __a0, __a1)
        };
        ::core::result::Result::Ok(__r)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIProgress` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIProgress {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIProgress`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIProgress> for IMAPIProgress {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIProgress`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIProgress` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIProgressExt {
    /// Moves the indicator to show how far the operation has got.
    ///
    /// `ulValue` is the current position between the global minimum and
    /// maximum; it equals the minimum only at the start and the maximum only
    /// at the end. With `MAPI_TOP_LEVEL` set, a provider may also pass the
    /// index of the item being processed and the item total, which some
    /// indicators show as text ("3 of 12 items"). A provider copying the
    /// messages of one folder sets `ulTotal` to the number of messages; one
    /// copying a folder sets it to the number of subfolders, or to 1 if
    /// there are none.
    ///
    /// Returns `S_OK` when the display was updated.
    ///
    /// **Notes to implementers.** When `ulCount` and `ulTotal` are both zero
    /// the provider is usually reporting on a subobject relative to its
    /// parent; you may then leave the display alone until the parent
    /// reports. Some providers always pass zero for both.
    ///
    /// # Parameters
    ///
    /// - `ulValue` (`ULONG`, in): Current position, between the global lower and upper limits.
    /// - `ulCount` (`ULONG`, in): Index of the item being processed, or zero.
    /// - `ulTotal` (`ULONG`, in): Total number of items in the operation, or zero.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIProgressVtbl::Progress`].
    fn progress(
        &self,
        ulValue: crate::ULONG,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the flags that tell on which level of the operation progress
    /// is being computed.
    ///
    /// A provider calls it first, before any other progress call; the answer
    /// decides how it fills the other parameters later.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with `MAPI_TOP_LEVEL` set and return
    /// whatever the provider last set through `SetLimits`.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, out): Receives the flags (`MAPI_TOP_LEVEL` or zero).
    ///
    /// Calls slot 4 of the vtable, [`IMAPIProgressVtbl::GetFlags`]. In Rust:
    ///
    /// - Returns `lpulFlags`.
    fn get_flags(
        &self,
    ) -> ::core::result::Result<MAPIProgressGetFlagsFlags, crate::Hresult>;
    /// Returns the upper limit of the operation.
    ///
    /// With `MAPI_TOP_LEVEL` set the value is the global maximum of the
    /// display; otherwise it is a local maximum that the provider stored for
    /// a subobject and only reads back.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with 1000; providers change it with
    /// `SetLimits`.
    ///
    /// # Parameters
    ///
    /// - `lpulMax` (`ULONG*`, out): Receives the upper limit.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIProgressVtbl::GetMax`]. In Rust:
    ///
    /// - Returns `lpulMax`.
    fn get_max(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Returns the lower limit of the operation.
    ///
    /// With `MAPI_TOP_LEVEL` set the value is the global minimum of the
    /// display; otherwise it is a local minimum that the provider stored for
    /// a subobject and only reads back.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** Start with 1; providers change it with
    /// `SetLimits`.
    ///
    /// # Parameters
    ///
    /// - `lpulMin` (`ULONG*`, out): Receives the lower limit.
    ///
    /// Calls slot 6 of the vtable, [`IMAPIProgressVtbl::GetMin`]. In Rust:
    ///
    /// - Returns `lpulMin`.
    fn get_min(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Sets the lower and upper limits and the level flag.
    ///
    /// Providers call it to switch between global limits (with
    /// `MAPI_TOP_LEVEL`) and local limits for a subobject (without it). The
    /// object keeps local limits only to hand them back from `GetMin` and
    /// `GetMax`.
    ///
    /// Returns `S_OK`.
    ///
    /// **Notes to implementers.** The reference does not say whether the
    /// pointers may be null; accept null as "leave this value unchanged", as
    /// common implementations do.
    ///
    /// # Parameters
    ///
    /// - `lpulMin` (`LPULONG`, in): New lower limit.
    /// - `lpulMax` (`LPULONG`, in): New upper limit.
    /// - `lpulFlags` (`LPULONG`, in): New level flags (`MAPI_TOP_LEVEL` or zero).
    ///
    /// Calls slot 7 of the vtable, [`IMAPIProgressVtbl::SetLimits`].
    fn set_limits(
        &self,
        lpulMin: ::core::option::Option<&crate::ULONG>,
        lpulMax: ::core::option::Option<&crate::ULONG>,
        lpulFlags: ::core::option::Option<&MAPIProgressSetLimitsFlags>,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIProgress>> IMAPIProgressExt for crate::ComPtr<T> {
    fn progress(
        &self,
        ulValue: crate::ULONG,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProgress>()
                .Progress)(self.as_raw().cast(), ulValue, ulCount, ulTotal)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_flags(
        &self,
    ) -> ::core::result::Result<MAPIProgressGetFlagsFlags, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProgress>()
                .GetFlags)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(MAPIProgressGetFlagsFlags::from_bits_retain(__a0))
    }
    fn get_max(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIProgress>().GetMax)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn get_min(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPIProgress>().GetMin)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn set_limits(
        &self,
        lpulMin: ::core::option::Option<&crate::ULONG>,
        lpulMax: ::core::option::Option<&crate::ULONG>,
        lpulFlags: ::core::option::Option<&MAPIProgressSetLimitsFlags>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPULONG = match lpulMin {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a1: crate::LPULONG = match lpulMax {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: crate::LPULONG = match lpulFlags {
            ::core::option::Option::Some(__r) => {
                ::core::ptr::from_ref(__r).cast::<crate::ULONG>().cast_mut()
            }
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProgress>()
                .SetLimits)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
