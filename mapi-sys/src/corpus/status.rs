// `idl/mapi/status.idl` as Rust, included by `mod.rs`.
/// Pointer to a status object.
pub type LPMAPISTATUS = *mut IMAPIStatus;
/// Pointer to a profile section object.
pub type LPPROFSECT = *mut IProfSect;
/// Pointer to a button control object.
pub type LPMAPICONTROL = *mut IMAPIControl;
/// Flags of `IMAPIStatus::ValidateState`.
pub type MAPIStatusValidateStateFlags = crate::Flags<MAPIStatusValidateStateFlagsGroup>;
/// The group of [`MAPIStatusValidateStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIStatusValidateStateFlagsGroup {}
impl crate::FlagGroup for MAPIStatusValidateStateFlagsGroup {
    const IN_MASK: u32 = 0x007F0001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ABORT_XP_HEADER_OPERATION", 0x00200000),
        ("CONFIG_CHANGED", 0x00100000),
        ("FORCE_XP_CONNECT", 0x00040000),
        ("FORCE_XP_DISCONNECT", 0x00080000),
        ("PROCESS_XP_HEADER_CACHE", 0x00020000),
        ("REFRESH_XP_HEADER_CACHE", 0x00010000),
        ("SHOW_XP_SESSION_UI", 0x00400000),
        ("SUPPRESS_UI", 0x00000001),
    ];
}
impl crate::Flags<MAPIStatusValidateStateFlagsGroup> {
    /// The user cancelled the operation (for instance with a Cancel
    /// button). A remote transport should stop downloading headers if it
    /// can, or return `MAPI_E_BUSY`; it may also go on, or stop and return
    /// `MAPI_E_USER_CANCEL`.
    ///
    /// `ABORT_XP_HEADER_OPERATION` (`0x200000`), valid on input.
    pub const ABORT_XP_HEADER_OPERATION: Self = Self::from_bits_retain(0x00200000);
    /// Configuration properties of the status object changed; lets the MAPI
    /// spooler recover from serious transport failures on the fly.
    ///
    /// `CONFIG_CHANGED` (`0x100000`), valid on input.
    pub const CONFIG_CHANGED: Self = Self::from_bits_retain(0x00100000);
    /// Connect. With `REFRESH_XP_HEADER_CACHE` or `PROCESS_XP_HEADER_CACHE`
    /// the connection is made without caching. A remote transport only
    /// records the request and connects during `IXPLogon::FlushQueues`.
    ///
    /// `FORCE_XP_CONNECT` (`0x40000`), valid on input.
    pub const FORCE_XP_CONNECT: Self = Self::from_bits_retain(0x00040000);
    /// Disconnect. With `REFRESH_XP_HEADER_CACHE` or
    /// `PROCESS_XP_HEADER_CACHE` the disconnection happens without caching.
    ///
    /// `FORCE_XP_DISCONNECT` (`0x80000`), valid on input.
    pub const FORCE_XP_DISCONNECT: Self = Self::from_bits_retain(0x00080000);
    /// Process the header cache: download the messages marked
    /// `MSGSTATUS_REMOTE_DOWNLOAD`, delete those marked
    /// `MSGSTATUS_REMOTE_DELETE`, and upload deferred outgoing messages.
    ///
    /// `PROCESS_XP_HEADER_CACHE` (`0x20000`), valid on input.
    pub const PROCESS_XP_HEADER_CACHE: Self = Self::from_bits_retain(0x00020000);
    /// Download a fresh list of message headers and clear every message
    /// status mark (remote transports).
    ///
    /// `REFRESH_XP_HEADER_CACHE` (`0x10000`), valid on input.
    pub const REFRESH_XP_HEADER_CACHE: Self = Self::from_bits_retain(0x00010000);
    /// Show the transport's own user interface for handling message headers,
    /// if it has one; otherwise `MAPI_E_NO_SUPPORT` may be returned.
    ///
    /// `SHOW_XP_SESSION_UI` (`0x400000`), valid on input.
    pub const SHOW_XP_SESSION_UI: Self = Self::from_bits_retain(0x00400000);
    /// Do not show any user interface during the operation.
    ///
    /// `SUPPRESS_UI` (`0x1`), valid on input.
    pub const SUPPRESS_UI: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIStatus::SettingsDialog`.
pub type MAPIStatusSettingsDialogFlags = crate::Flags<
    MAPIStatusSettingsDialogFlagsGroup,
>;
/// The group of [`MAPIStatusSettingsDialogFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIStatusSettingsDialogFlagsGroup {}
impl crate::FlagGroup for MAPIStatusSettingsDialogFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("UI_READONLY", 0x00000001)];
}
impl crate::Flags<MAPIStatusSettingsDialogFlagsGroup> {
    /// Suggests showing the settings without letting the user change them.
    /// A hint only; it may be ignored.
    ///
    /// `UI_READONLY` (`0x1`), valid on input.
    pub const UI_READONLY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIStatus::ChangePassword`.
pub type MAPIStatusChangePasswordFlags = crate::Flags<
    MAPIStatusChangePasswordFlagsGroup,
>;
/// The group of [`MAPIStatusChangePasswordFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIStatusChangePasswordFlagsGroup {}
impl crate::FlagGroup for MAPIStatusChangePasswordFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPIStatusChangePasswordFlagsGroup> {
    /// The passwords are Unicode strings; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIStatus::FlushQueues`.
pub type MAPIStatusFlushQueuesFlags = crate::Flags<MAPIStatusFlushQueuesFlagsGroup>;
/// The group of [`MAPIStatusFlushQueuesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIStatusFlushQueuesFlagsGroup {}
impl crate::FlagGroup for MAPIStatusFlushQueuesFlagsGroup {
    const IN_MASK: u32 = 0x0000003E;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("FLUSH_ASYNC_OK", 0x00000020),
        ("FLUSH_DOWNLOAD", 0x00000004),
        ("FLUSH_FORCE", 0x00000008),
        ("FLUSH_NO_UI", 0x00000010),
        ("FLUSH_UPLOAD", 0x00000002),
    ];
}
impl crate::Flags<MAPIStatusFlushQueuesFlagsGroup> {
    /// The flush may run asynchronously. Only for the MAPI spooler's status
    /// object.
    ///
    /// `FLUSH_ASYNC_OK` (`0x20`), valid on input.
    pub const ASYNC_OK: Self = Self::from_bits_retain(0x00000020);
    /// Flush the incoming queues.
    ///
    /// `FLUSH_DOWNLOAD` (`0x4`), valid on input.
    pub const DOWNLOAD: Self = Self::from_bits_retain(0x00000004);
    /// Flush even if it hurts performance. Required when the target
    /// transport is asynchronous.
    ///
    /// `FLUSH_FORCE` (`0x8`), valid on input.
    pub const FORCE: Self = Self::from_bits_retain(0x00000008);
    /// Do not show a progress indicator.
    ///
    /// `FLUSH_NO_UI` (`0x10`), valid on input.
    pub const NO_UI: Self = Self::from_bits_retain(0x00000010);
    /// Flush the outgoing queues.
    ///
    /// `FLUSH_UPLOAD` (`0x2`), valid on input.
    pub const UPLOAD: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIControl::GetLastError`.
pub type MAPIControlGetLastErrorFlags = crate::Flags<MAPIControlGetLastErrorFlagsGroup>;
/// The group of [`MAPIControlGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIControlGetLastErrorFlagsGroup {}
impl crate::FlagGroup for MAPIControlGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPIControlGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIControl::Activate`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPIControlActivateFlags = crate::Flags<MAPIControlActivateFlagsGroup>;
/// The group of [`MAPIControlActivateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIControlActivateFlagsGroup {}
impl crate::FlagGroup for MAPIControlActivateFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPIControl::GetState`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPIControlGetStateFlags = crate::Flags<MAPIControlGetStateFlagsGroup>;
/// The group of [`MAPIControlGetStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIControlGetStateFlagsGroup {}
impl crate::FlagGroup for MAPIControlGetStateFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// A status object: the status of a service provider, of the MAPI
/// subsystem, of the integrated address book or of the MAPI spooler, as
/// shown in the session's status table.
///
/// MAPI implements status objects for its own resources, and each service
/// provider implements one for itself; clients call them (usually opened
/// from a row of the status table). Status objects are not transacted.
/// `PR_RESOURCE_METHODS` tells which of the methods below an object
/// supports (`STATUS_VALIDATE_STATE`, `STATUS_SETTINGS_DIALOG`,
/// `STATUS_CHANGE_PASSWORD`, `STATUS_FLUSH_QUEUES`); the others return
/// `MAPI_E_NO_SUPPORT`.
#[repr(C)]
pub struct IMAPIStatus {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIStatusVtbl,
}
/// The vtable of [`IMAPIStatus`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIStatusVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Checks and refreshes the state of the resource the status object
    /// stands for; remote clients also use it to drive remote transports.
    ///
    /// Every status object supports it.
    ///
    /// Returns:
    /// - `S_OK`: the validation succeeded.
    /// - `MAPI_E_BUSY`: another operation is in progress; let it finish or
    ///   stop it first.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_VALIDATE_STATE` is absent from
    ///   `PR_RESOURCE_METHODS`.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled (remote transports only).
    ///
    /// **Notes to implementers.** For a remote transport this method mostly
    /// sets status bits for the spooler (`PR_STATUS_CODE`,
    /// `PR_REMOTE_VALIDATE_OK`, `PR_STATUS_STRING` in the status row) rather
    /// than doing the work itself, and returns before the requested actions
    /// are complete. Do not grab scarce resources such as a modem here:
    /// connect only inside `IXPLogon::FlushQueues`. Return
    /// `MAPI_E_UNKNOWN_FLAGS` for flags other than those listed.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box the method shows.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what to validate or do.
    pub ValidateState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Shows a property sheet in which the user can change the provider's
    /// configuration.
    ///
    /// Status objects implemented by MAPI do not support it.
    ///
    /// Returns:
    /// - `S_OK`: the property sheet was shown.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_SETTINGS_DIALOG` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// **Notes to implementers.** Read the settings from your profile
    /// section, show them, check any changes and write them back to the
    /// profile section.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the property sheet.
    pub SettingsDialog: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Changes the provider's password without any user interface.
    ///
    /// Support for it is optional.
    ///
    /// Returns:
    /// - `S_OK`: the password was changed.
    /// - `MAPI_E_NO_ACCESS`: the old password is wrong.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_CHANGE_PASSWORD` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// # Parameters
    ///
    /// - `lpOldPass` (`LPTSTR`, in): The current password.
    /// - `lpNewPass` (`LPTSTR`, in): The new password.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the passwords.
    pub ChangePassword: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpOldPass: crate::LPTSTR,
        lpNewPass: crate::LPTSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Makes the messages waiting to be sent or received go out or come in
    /// at once.
    ///
    /// The MAPI spooler's status object and transport providers' status
    /// objects support it. The target transport is named only in calls to
    /// the spooler's status object; in calls to a transport it is zero and
    /// null.
    ///
    /// Returns:
    /// - `S_OK`: the queues were flushed.
    /// - `MAPI_E_BUSY`: another operation is in progress; let it finish or
    ///   stop it first.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_FLUSH_QUEUES` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// **Notes to implementers.** A remote transport does not transfer
    /// anything here: it sets the `STATUS_OUTBOUND_ENABLED` and
    /// `STATUS_OUTBOUND_ACTIVE` (upload) or `STATUS_INBOUND_ENABLED` and
    /// `STATUS_INBOUND_ACTIVE` (download) bits of `PR_STATUS_CODE` in its
    /// status row and returns `S_OK`; the MAPI spooler then starts the
    /// transfer.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box the method shows.
    /// - `cbTargetTransport` (`ULONG`, in): Size in bytes of the entry identifier at `lpTargetTransport`; zero except on the spooler's status object.
    /// - `lpTargetTransport` (`LPENTRYID`, in): Entry identifier of the transport whose queues are flushed; null except on the spooler's status object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the flush.
    pub FlushQueues: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        cbTargetTransport: crate::ULONG,
        lpTargetTransport: crate::LPENTRYID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIStatus`]: `{00020305-0000-0000-C000-000000000046}`.
pub const IID_IMAPIStatus: crate::GUID = crate::GUID::from_u128(
    0x00020305_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIStatus {
    const IID: crate::GUID = IID_IMAPIStatus;
    const NAME: &'static str = "IMAPIStatus";
    type Vtbl = IMAPIStatusVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIStatus || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIStatusVtbl>() == 18 * ::core::mem::size_of::<usize>()
);
/// A profile section: a named group of properties stored in the profile,
/// where MAPI, message services and providers keep their configuration.
///
/// It adds no methods to `IMAPIProp`. MAPI implements it; clients and
/// service providers call it, getting it from
/// `IMAPISession::OpenProfileSection`, `IMAPISupport::OpenProfileSection`
/// or `IProviderAdmin::OpenProfileSection`. Unlike most property objects,
/// profile sections are not transacted (changes are written at once) and
/// have no named properties; identifiers 0x67F0 to 0x67FF are reserved for
/// secure properties such as passwords.
#[repr(C)]
pub struct IProfSect {
    /// The object's vtable.
    pub lpVtbl: *const IProfSectVtbl,
}
/// The vtable of [`IProfSect`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IProfSectVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
}
/// The interface identifier of [`IProfSect`]: `{00020304-0000-0000-C000-000000000046}`.
pub const IID_IProfSect: crate::GUID = crate::GUID::from_u128(
    0x00020304_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IProfSect {
    const IID: crate::GUID = IID_IProfSect;
    const NAME: &'static str = "IProfSect";
    type Vtbl = IProfSectVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IProfSect || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IProfSectVtbl>() == 14 * ::core::mem::size_of::<usize>()
);
/// A button control of a display table: it can be enabled or disabled, and
/// it performs some task when the user clicks it.
///
/// Service providers implement control objects to put their own buttons on
/// dialog boxes built from display tables, such as configuration property
/// sheets; MAPI calls them. A button row of a display table refers to the
/// control object through a `DTBLBUTTON` structure.
#[repr(C)]
pub struct IMAPIControl {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIControlVtbl,
}
/// The vtable of [`IMAPIControl`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIControlVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the control.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the control
    ///   only supports ANSI, or it was not given and the control only
    ///   supports Unicode.
    ///
    /// **Notes to implementers.** You need not have information for every
    /// error; return `S_OK` with a null pointer when you have none.
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
    /// Performs the task of the button when the user clicks it, such as
    /// showing a dialog box or starting an operation.
    ///
    /// Returns `S_OK` when the button's task was performed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box holding the button.
    pub Activate: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulUIParam: crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Tells whether the button is enabled.
    ///
    /// Returns `S_OK` when the state was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulState` (`ULONG*`, out): Receives `MAPI_ENABLED` (the button can be clicked) or `MAPI_DISABLED`.
    pub GetState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpulState: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIControl`]: `{0002031B-0000-0000-C000-000000000046}`.
pub const IID_IMAPIControl: crate::GUID = crate::GUID::from_u128(
    0x0002031b_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIControl {
    const IID: crate::GUID = IID_IMAPIControl;
    const NAME: &'static str = "IMAPIControl";
    type Vtbl = IMAPIControlVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIControl || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIControlVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIStatus`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIStatusImpl`, the provider side of `IMAPIStatus`",
    label = "`IMAPIStatus` needs `impl IMAPIStatusImpl for {Self}`",
    note = "write `impl IMAPIStatusImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIStatusImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IMAPIStatus,
        0x00020305_0000_0000_c000_000000000046,
    > {
    /// Checks and refreshes the state of the resource the status object
    /// stands for; remote clients also use it to drive remote transports.
    ///
    /// Every status object supports it.
    ///
    /// Returns:
    /// - `S_OK`: the validation succeeded.
    /// - `MAPI_E_BUSY`: another operation is in progress; let it finish or
    ///   stop it first.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_VALIDATE_STATE` is absent from
    ///   `PR_RESOURCE_METHODS`.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled (remote transports only).
    ///
    /// **Notes to implementers.** For a remote transport this method mostly
    /// sets status bits for the spooler (`PR_STATUS_CODE`,
    /// `PR_REMOTE_VALIDATE_OK`, `PR_STATUS_STRING` in the status row) rather
    /// than doing the work itself, and returns before the requested actions
    /// are complete. Do not grab scarce resources such as a modem here:
    /// connect only inside `IXPLogon::FlushQueues`. Return
    /// `MAPI_E_UNKNOWN_FLAGS` for flags other than those listed.
    ///
    /// Called through slot 14 ([`IMAPIStatusVtbl::ValidateState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn validate_state(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIStatusValidateStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a property sheet in which the user can change the provider's
    /// configuration.
    ///
    /// Status objects implemented by MAPI do not support it.
    ///
    /// Returns:
    /// - `S_OK`: the property sheet was shown.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_SETTINGS_DIALOG` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// **Notes to implementers.** Read the settings from your profile
    /// section, show them, check any changes and write them back to the
    /// profile section.
    ///
    /// Called through slot 15 ([`IMAPIStatusVtbl::SettingsDialog`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn settings_dialog(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIStatusSettingsDialogFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the provider's password without any user interface.
    ///
    /// Support for it is optional.
    ///
    /// Returns:
    /// - `S_OK`: the password was changed.
    /// - `MAPI_E_NO_ACCESS`: the old password is wrong.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_CHANGE_PASSWORD` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// Called through slot 16 ([`IMAPIStatusVtbl::ChangePassword`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn change_password(
        &self,
        lpOldPass: crate::value::StrRef<'_>,
        lpNewPass: crate::value::StrRef<'_>,
        ulFlags: MAPIStatusChangePasswordFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpOldPass, lpNewPass, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes the messages waiting to be sent or received go out or come in
    /// at once.
    ///
    /// The MAPI spooler's status object and transport providers' status
    /// objects support it. The target transport is named only in calls to
    /// the spooler's status object; in calls to a transport it is zero and
    /// null.
    ///
    /// Returns:
    /// - `S_OK`: the queues were flushed.
    /// - `MAPI_E_BUSY`: another operation is in progress; let it finish or
    ///   stop it first.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_FLUSH_QUEUES` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// **Notes to implementers.** A remote transport does not transfer
    /// anything here: it sets the `STATUS_OUTBOUND_ENABLED` and
    /// `STATUS_OUTBOUND_ACTIVE` (upload) or `STATUS_INBOUND_ENABLED` and
    /// `STATUS_INBOUND_ACTIVE` (download) bits of `PR_STATUS_CODE` in its
    /// status row and returns `S_OK`; the MAPI spooler then starts the
    /// transfer.
    ///
    /// Called through slot 17 ([`IMAPIStatusVtbl::FlushQueues`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn flush_queues(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpTargetTransport: ::core::option::Option<&[u8]>,
        ulFlags: MAPIStatusFlushQueuesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, lpTargetTransport, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPIStatusVtbl {
    /// A vtable of [`IMAPIStatus`] whose slots check their arguments and call [`IMAPIStatusImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIStatusImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            ValidateState: {
                /// `IMAPIStatus::ValidateState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIStatusImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPIStatusValidateStateFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIStatusImpl>::validate_state(
                            object.inner(),
                            ulUIParam,
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
            SettingsDialog: {
                /// `IMAPIStatus::SettingsDialog`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIStatusImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPIStatusSettingsDialogFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIStatusImpl>::settings_dialog(
                            object.inner(),
                            ulUIParam,
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
            ChangePassword: {
                /// `IMAPIStatus::ChangePassword`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpOldPass: crate::LPTSTR,
                    lpNewPass: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIStatusImpl,
                {
                    crate::__private::guard(|| {
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpOldPass.cast_const().cast(),
                                __unicode,
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
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpNewPass.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <MAPIStatusChangePasswordFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIStatusImpl>::change_password(
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
            FlushQueues: {
                /// `IMAPIStatus::FlushQueues`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    cbTargetTransport: crate::ULONG,
                    lpTargetTransport: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIStatusImpl,
                {
                    crate::__private::guard(|| {
                        let arg2 = if lpTargetTransport.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cbTargetTransport`
                                // valid elements at `lpTargetTransport` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpTargetTransport.cast(), cbTargetTransport as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        let arg3 = match <MAPIStatusFlushQueuesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIStatusImpl>::flush_queues(
                            object.inner(),
                            ulUIParam,
                            arg2,
                            arg3,
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
impl crate::__private::InterfaceChain for IMAPIStatus {
    const IIDS: &'static [u128] = &[
        0x00020305_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IProfSect`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IProfSectImpl`, the provider side of `IProfSect`",
    label = "`IProfSect` needs `impl IProfSectImpl for {Self}`",
    note = "write `impl IProfSectImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IProfSectImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IProfSect,
        0x00020304_0000_0000_c000_000000000046,
    > {}
#[cfg(feature = "provider")]
impl IProfSectVtbl {
    /// A vtable of [`IProfSect`] whose slots check their arguments and call [`IProfSectImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IProfSectImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IProfSect {
    const IIDS: &'static [u128] = &[
        0x00020304_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIControl`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIControlImpl`, the provider side of `IMAPIControl`",
    label = "`IMAPIControl` needs `impl IMAPIControlImpl for {Self}`",
    note = "write `impl IMAPIControlImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIControlImpl: crate::__private::Declares<
        IMAPIControl,
        0x0002031b_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error of the control.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the control
    ///   only supports ANSI, or it was not given and the control only
    ///   supports Unicode.
    ///
    /// **Notes to implementers.** You need not have information for every
    /// error; return `S_OK` with a null pointer when you have none.
    ///
    /// Called through slot 3 ([`IMAPIControlVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPIControlGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Performs the task of the button when the user clicks it, such as
    /// showing a dialog box or starting an operation.
    ///
    /// Returns `S_OK` when the button's task was performed.
    ///
    /// Called through slot 4 ([`IMAPIControlVtbl::Activate`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn activate(
        &self,
        ulFlags: MAPIControlActivateFlags,
        ulUIParam: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, ulUIParam);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether the button is enabled.
    ///
    /// Returns `S_OK` when the state was returned.
    ///
    /// Called through slot 5 ([`IMAPIControlVtbl::GetState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_state(
        &self,
        ulFlags: MAPIControlGetStateFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPIControlVtbl {
    /// A vtable of [`IMAPIControl`] whose slots check their arguments and call [`IMAPIControlImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIControlImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPIControl::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIControlImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPIControlGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPIControlImpl>::get_last_error(
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
            Activate: {
                /// `IMAPIControl::Activate`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulUIParam: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIControlImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPIControlActivateFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIControlImpl>::activate(
                            object.inner(),
                            arg0,
                            ulUIParam,
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
            GetState: {
                /// `IMAPIControl::GetState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpulState: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIControlImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulState.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulState, 0, 1) };
                        }
                        let arg0 = match <MAPIControlGetStateFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulState.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIControlImpl>::get_state(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulState.write(arg1) };
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
impl crate::__private::InterfaceChain for IMAPIControl {
    const IIDS: &'static [u128] = &[
        0x0002031b_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIStatus` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIStatus {}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIStatus` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMAPIStatus {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIStatus`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIStatus> for IMAPIStatus {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIStatus`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIStatus` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIStatusExt {
    /// Checks and refreshes the state of the resource the status object
    /// stands for; remote clients also use it to drive remote transports.
    ///
    /// Every status object supports it.
    ///
    /// Returns:
    /// - `S_OK`: the validation succeeded.
    /// - `MAPI_E_BUSY`: another operation is in progress; let it finish or
    ///   stop it first.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_VALIDATE_STATE` is absent from
    ///   `PR_RESOURCE_METHODS`.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled (remote transports only).
    ///
    /// **Notes to implementers.** For a remote transport this method mostly
    /// sets status bits for the spooler (`PR_STATUS_CODE`,
    /// `PR_REMOTE_VALIDATE_OK`, `PR_STATUS_STRING` in the status row) rather
    /// than doing the work itself, and returns before the requested actions
    /// are complete. Do not grab scarce resources such as a modem here:
    /// connect only inside `IXPLogon::FlushQueues`. Return
    /// `MAPI_E_UNKNOWN_FLAGS` for flags other than those listed.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box the method shows.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what to validate or do.
    ///
    /// Calls slot 14 of the vtable, [`IMAPIStatusVtbl::ValidateState`].
    fn validate_state(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIStatusValidateStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Shows a property sheet in which the user can change the provider's
    /// configuration.
    ///
    /// Status objects implemented by MAPI do not support it.
    ///
    /// Returns:
    /// - `S_OK`: the property sheet was shown.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_SETTINGS_DIALOG` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// **Notes to implementers.** Read the settings from your profile
    /// section, show them, check any changes and write them back to the
    /// profile section.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the property sheet.
    ///
    /// Calls slot 15 of the vtable, [`IMAPIStatusVtbl::SettingsDialog`].
    fn settings_dialog(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIStatusSettingsDialogFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Changes the provider's password without any user interface.
    ///
    /// Support for it is optional.
    ///
    /// Returns:
    /// - `S_OK`: the password was changed.
    /// - `MAPI_E_NO_ACCESS`: the old password is wrong.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_CHANGE_PASSWORD` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// # Parameters
    ///
    /// - `lpOldPass` (`LPTSTR`, in): The current password.
    /// - `lpNewPass` (`LPTSTR`, in): The new password.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the passwords.
    ///
    /// Calls slot 16 of the vtable, [`IMAPIStatusVtbl::ChangePassword`]. In Rust:
    ///
    /// - `lpOldPass` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpNewPass` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn change_password(
        &self,
        lpOldPass: &str,
        lpNewPass: &str,
        ulFlags: MAPIStatusChangePasswordFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Makes the messages waiting to be sent or received go out or come in
    /// at once.
    ///
    /// The MAPI spooler's status object and transport providers' status
    /// objects support it. The target transport is named only in calls to
    /// the spooler's status object; in calls to a transport it is zero and
    /// null.
    ///
    /// Returns:
    /// - `S_OK`: the queues were flushed.
    /// - `MAPI_E_BUSY`: another operation is in progress; let it finish or
    ///   stop it first.
    /// - `MAPI_E_NO_SUPPORT`: `STATUS_FLUSH_QUEUES` is absent from
    ///   `PR_RESOURCE_METHODS`.
    ///
    /// **Notes to implementers.** A remote transport does not transfer
    /// anything here: it sets the `STATUS_OUTBOUND_ENABLED` and
    /// `STATUS_OUTBOUND_ACTIVE` (upload) or `STATUS_INBOUND_ENABLED` and
    /// `STATUS_INBOUND_ACTIVE` (download) bits of `PR_STATUS_CODE` in its
    /// status row and returns `S_OK`; the MAPI spooler then starts the
    /// transfer.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box the method shows.
    /// - `cbTargetTransport` (`ULONG`, in): Size in bytes of the entry identifier at `lpTargetTransport`; zero except on the spooler's status object.
    /// - `lpTargetTransport` (`LPENTRYID`, in): Entry identifier of the transport whose queues are flushed; null except on the spooler's status object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the flush.
    ///
    /// Calls slot 17 of the vtable, [`IMAPIStatusVtbl::FlushQueues`]. In Rust:
    ///
    /// - `cbTargetTransport` is the length of `lpTargetTransport` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn flush_queues(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpTargetTransport: ::core::option::Option<&[u8]>,
        ulFlags: MAPIStatusFlushQueuesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIStatus>> IMAPIStatusExt for crate::ComPtr<T> {
    fn validate_state(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIStatusValidateStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIStatus>()
                .ValidateState)(self.as_raw().cast(), ulUIParam, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn settings_dialog(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPIStatusSettingsDialogFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIStatus>()
                .SettingsDialog)(self.as_raw().cast(), ulUIParam, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn change_password(
        &self,
        lpOldPass: &str,
        lpNewPass: &str,
        ulFlags: MAPIStatusChangePasswordFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpOldPass,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = crate::__private::call::str_in(
            lpNewPass,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b1;
        let __a1: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIStatus>()
                .ChangePassword)(self.as_raw().cast(), __a0, __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn flush_queues(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpTargetTransport: ::core::option::Option<&[u8]>,
        ulFlags: MAPIStatusFlushQueuesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let (__a2, __a1): (crate::LPENTRYID, crate::ULONG) = match lpTargetTransport {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr().cast_mut().cast(),
                    <crate::ULONG as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIStatus>()
                .FlushQueues)(
                self.as_raw().cast(),
                ulUIParam,
                __a1,
                __a2,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IProfSect` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IProfSect {}
#[cfg(feature = "client")]
/// SAFETY: `IProfSect` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IProfSect {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IProfSect`).
#[automatically_derived]
unsafe impl crate::Inherits<IProfSect> for IProfSect {}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIControl` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIControl {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIControl`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIControl> for IMAPIControl {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIControl`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIControl` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIControlExt {
    /// Returns a `MAPIERROR` describing the last error of the control.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the control
    ///   only supports ANSI, or it was not given and the control only
    ///   supports Unicode.
    ///
    /// **Notes to implementers.** You need not have information for every
    /// error; return `S_OK` with a null pointer when you have none.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPIControlVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIControlGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Performs the task of the button when the user clicks it, such as
    /// showing a dialog box or starting an operation.
    ///
    /// Returns `S_OK` when the button's task was performed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box holding the button.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIControlVtbl::Activate`].
    fn activate(
        &self,
        ulFlags: MAPIControlActivateFlags,
        ulUIParam: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether the button is enabled.
    ///
    /// Returns `S_OK` when the state was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulState` (`ULONG*`, out): Receives `MAPI_ENABLED` (the button can be clicked) or `MAPI_DISABLED`.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIControlVtbl::GetState`]. In Rust:
    ///
    /// - Returns `lpulState`.
    fn get_state(
        &self,
        ulFlags: MAPIControlGetStateFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIControl>> IMAPIControlExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPIControlGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIControl>()
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
    fn activate(
        &self,
        ulFlags: MAPIControlActivateFlags,
        ulUIParam: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIControl>()
                .Activate)(self.as_raw().cast(), ulFlags.bits(), ulUIParam)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_state(
        &self,
        ulFlags: MAPIControlGetStateFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIControl>()
                .GetState)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
}
