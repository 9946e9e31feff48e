// `idl/mapi/mapispi.idl` as Rust, included by `mod.rs`.
/// A notification key: binary data that identifies an advise source to the MAPI
/// notification engine.
///
/// Providers build one when their `Advise` method is called and hand it to
/// `IMAPISupport::Subscribe`, then pass an identical key to
/// `IMAPISupport::Notify` whenever the source changes. The key must compare equal
/// byte for byte across processes; a provider GUID followed by something unique to
/// the object (an entry ID, a folder path) is typical.
pub type LPNOTIFKEY = *mut NOTIFKEY;
/// Message or recipient options that a transport registers with
/// `IXPLogon::RegisterOptions`.
///
/// Obsolete: MAPI no longer calls `RegisterOptions`; kept for the layout of the
/// `IXPLogon` method.
pub type LPOPTIONDATA = *mut OPTIONDATA;
/// Transport preprocessor, registered with `IMAPISupport::RegisterPreprocessor`
/// and called by the MAPI spooler before a message is submitted.
///
/// It may rewrite the message or produce further messages (for example a fax
/// rendering). It may show a progress indicator but never a dialog that needs the
/// user, and must not release the objects it is given. Returns `S_OK` on success.
pub type PREPROCESSMESSAGE = unsafe extern "system" fn(
    lpvSession: crate::LPVOID,
    lpMessage: crate::LPMESSAGE,
    lpAdrBook: crate::LPADRBOOK,
    lpFolder: crate::LPMAPIFOLDER,
    AllocateBuffer: crate::LPALLOCATEBUFFER,
    AllocateMore: crate::LPALLOCATEMORE,
    FreeBuffer: crate::LPFREEBUFFER,
    lpcOutbound: *mut crate::ULONG,
    lpppMessage: *mut *mut crate::LPMESSAGE,
    lppRecipList: *mut crate::LPADRLIST,
) -> crate::HRESULT;
/// Removes what a `PREPROCESSMESSAGE` function added to a message; the MAPI
/// spooler usually calls it after sending the message. Registered together with
/// the preprocessor through `IMAPISupport::RegisterPreprocessor`. Returns `S_OK`
/// on success.
pub type REMOVEPREPROCESSINFO = unsafe extern "system" fn(
    lpMessage: crate::LPMESSAGE,
) -> crate::HRESULT;
/// Callback of a transport's message or recipient options (see `OPTIONDATA`).
///
/// Obsolete: MAPI no longer calls `IXPLogon::RegisterOptions` nor these callbacks.
/// Uses the C calling convention (`STDMAPIINITCALLTYPE`).
pub type OPTIONCALLBACK = unsafe extern "C" fn(
    hInst: crate::HINSTANCE,
    lpMalloc: crate::LPMALLOC,
    ulFlags: crate::ULONG,
    cbOptionData: crate::ULONG,
    lpbOptionData: crate::LPBYTE,
    lpMAPISup: LPMAPISUP,
    lpDataSource: crate::LPMAPIPROP,
    lppWrappedSource: *mut crate::LPMAPIPROP,
    lppMAPIError: *mut crate::LPMAPIERROR,
) -> crate::SCODE;
/// Message service entry point (`ServiceEntry` by convention; named in
/// MAPISVC.INF by `PR_SERVICE_ENTRY_NAME`), called by MAPI to configure or
/// maintain the service.
///
/// MAPI calls it from the profile UI and for
/// `IMsgServiceAdmin::CreateMsgService` / `ConfigureMsgService`. It mostly shows
/// a configuration dialog (`BuildDisplayTable` and
/// `IMAPISupport::DoConfigPropsheet` help), and may also configure from the
/// property values in `lpProps` (required for Profile Wizard support).
///
/// Return values: `S_OK`; `MAPI_E_UNCONFIGURED` (not configured);
/// `MAPI_E_USER_CANCEL` (the user cancelled, including cancelling an uninstall);
/// `MAPI_E_NO_SUPPORT` (operation not supported, e.g. provider create/delete);
/// `MAPI_E_BAD_CHARWIDTH` (unsupported string width). MAPI forwards the value to
/// the `ConfigureMsgService` caller.
pub type MSGSERVICEENTRY = unsafe extern "system" fn(
    hInstance: crate::HINSTANCE,
    lpMalloc: crate::LPMALLOC,
    lpMAPISup: LPMAPISUP,
    ulUIParam: crate::ULONG_PTR,
    ulFlags: crate::ULONG,
    ulContext: crate::ULONG,
    cValues: crate::ULONG,
    lpProps: crate::LPSPropValue,
    lpProviderAdmin: crate::LPPROVIDERADMIN,
    lppMapiError: *mut crate::LPMAPIERROR,
) -> crate::HRESULT;
/// Pointer to a `MSGSERVICEENTRY` function.
pub type LPMSGSERVICEENTRY = ::core::option::Option<MSGSERVICEENTRY>;
/// Pointer to an `IMAPISupport` support object.
pub type LPMAPISUP = *mut IMAPISupport;
/// A notification key: binary data that identifies an advise source to the MAPI
/// notification engine.
///
/// Providers build one when their `Advise` method is called and hand it to
/// `IMAPISupport::Subscribe`, then pass an identical key to
/// `IMAPISupport::Notify` whenever the source changes. The key must compare equal
/// byte for byte across processes; a provider GUID followed by something unique to
/// the object (an entry ID, a folder path) is typical.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct NOTIFKEY {
    /// Number of bytes in `ab`.
    pub cb: crate::ULONG,
    /// The key bytes (variable length; the declared size is a placeholder).
    pub ab: [crate::BYTE; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NOTIFKEY>() == 8);
    assert!(::core::mem::align_of::<NOTIFKEY>() == 4);
    assert!(::core::mem::offset_of!(NOTIFKEY, cb) == 0);
    assert!(::core::mem::offset_of!(NOTIFKEY, ab) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<NOTIFKEY>() == 8);
    assert!(::core::mem::align_of::<NOTIFKEY>() == 4);
    assert!(::core::mem::offset_of!(NOTIFKEY, cb) == 0);
    assert!(::core::mem::offset_of!(NOTIFKEY, ab) == 4);
};
/// Message or recipient options that a transport registers with
/// `IXPLogon::RegisterOptions`.
///
/// Obsolete: MAPI no longer calls `RegisterOptions`; kept for the layout of the
/// `IXPLogon` method.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct OPTIONDATA {
    /// Which kind of options: `OPTION_TYPE_RECIPIENT` or `OPTION_TYPE_MESSAGE`.
    pub ulFlags: crate::ULONG,
    /// Recipient GUID, as returned by `IXPLogon::AddressTypes`.
    pub lpRecipGUID: crate::LPGUID,
    /// Address type, as returned by `IXPLogon::AddressTypes`.
    pub lpszAdrType: crate::LPTSTR,
    /// Name of the DLL that implements the options.
    pub lpszDLLName: crate::LPTSTR,
    /// Ordinal of the `OPTIONCALLBACK` function in that DLL.
    pub ulOrdinal: crate::ULONG,
    /// Number of bytes in `lpbOptionsData`.
    pub cbOptionsData: crate::ULONG,
    /// Provider-defined option data.
    pub lpbOptionsData: crate::LPBYTE,
    /// Number of default option property values in `lpOptionsProps`.
    pub cOptionsProps: crate::ULONG,
    /// Default option property values.
    pub lpOptionsProps: crate::LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<OPTIONDATA>() == 64);
    assert!(::core::mem::align_of::<OPTIONDATA>() == 8);
    assert!(::core::mem::offset_of!(OPTIONDATA, ulFlags) == 0);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpRecipGUID) == 8);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpszAdrType) == 16);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpszDLLName) == 24);
    assert!(::core::mem::offset_of!(OPTIONDATA, ulOrdinal) == 32);
    assert!(::core::mem::offset_of!(OPTIONDATA, cbOptionsData) == 36);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpbOptionsData) == 40);
    assert!(::core::mem::offset_of!(OPTIONDATA, cOptionsProps) == 48);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpOptionsProps) == 56);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<OPTIONDATA>() == 36);
    assert!(::core::mem::align_of::<OPTIONDATA>() == 4);
    assert!(::core::mem::offset_of!(OPTIONDATA, ulFlags) == 0);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpRecipGUID) == 4);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpszAdrType) == 8);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpszDLLName) == 12);
    assert!(::core::mem::offset_of!(OPTIONDATA, ulOrdinal) == 16);
    assert!(::core::mem::offset_of!(OPTIONDATA, cbOptionsData) == 20);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpbOptionsData) == 24);
    assert!(::core::mem::offset_of!(OPTIONDATA, cOptionsProps) == 28);
    assert!(::core::mem::offset_of!(OPTIONDATA, lpOptionsProps) == 32);
};
/// Version of the service provider interface described by these headers.
///
/// A provider returns it from its entry point in `*lpulProviderVer`; MAPI passes
/// its own version in `ulMAPIVer`. The layout is major (8 bits), minor (8 bits),
/// micro (16 bits).
pub const CURRENT_SPI_VERSION: crate::ULONG = 0x10010;
/// SPI version 0.1.0 of the first MAPI provider development kit (spring 1993).
pub const PDK1_SPI_VERSION: crate::ULONG = 0x10000;
/// SPI version 0.1.8 of the second MAPI provider development kit (spring 1994).
pub const PDK2_SPI_VERSION: crate::ULONG = 0x10008;
/// SPI version 0.1.16 of the third MAPI provider development kit (fall 1994); equal to `CURRENT_SPI_VERSION`.
pub const PDK3_SPI_VERSION: crate::ULONG = 0x10010;
/// `IMAPISupport::Subscribe`: have `IMAPISupport::Notify` call the advise sinks before it returns.
pub const NOTIFY_SYNC: crate::ULONG = 0x40000000;
/// `IMAPISupport::Notify` (out): a callback stopped a synchronous notification.
pub const NOTIFY_CANCELED: crate::ULONG = 0x80000000;
/// Result of a provider's notification callback asking MAPI to stop sending the current batch of notifications.
pub const CALLBACK_DISCONTINUE: crate::ULONG = 0x80000000;
/// `IMAPISupport::SpoolerNotify` (transport): newly arrived messages are waiting to be downloaded.
pub const NOTIFY_NEWMAIL: crate::ULONG = 1;
/// `IMAPISupport::SpoolerNotify`: the provider is ready to send messages (again).
pub const NOTIFY_READYTOSEND: crate::ULONG = 2;
/// `IMAPISupport::SpoolerNotify` (transport): a deferred message should be sent now; `lpvData` holds its entry ID.
pub const NOTIFY_SENTDEFERRED: crate::ULONG = 4;
/// `IMAPISupport::SpoolerNotify` (transport): enter a critical section; the spooler stops calling `Idle` and `Poll`.
pub const NOTIFY_CRITSEC: crate::ULONG = 0x1000;
/// `IMAPISupport::SpoolerNotify` (transport): leave the critical section entered with `NOTIFY_CRITSEC`.
pub const NOTIFY_NONCRIT: crate::ULONG = 0x2000;
/// `IMAPISupport::SpoolerNotify` (transport): the transport's configuration changed.
pub const NOTIFY_CONFIG_CHANGE: crate::ULONG = 0x4000;
/// `IMAPISupport::SpoolerNotify` (transport): the transport hit an unrecoverable error.
pub const NOTIFY_CRITICAL_ERROR: crate::ULONG = 0x10000000;
/// `IMAPISupport::SpoolerNotify` (message store): a new message was delivered into the store.
pub const NOTIFY_NEWMAIL_RECEIVED: crate::ULONG = 0x20000000;
/// `IMAPISupport::ModifyStatusRow`: merge the given columns into the provider's existing status row.
pub const STATUSROW_UPDATE: crate::ULONG = 0x10000000;
/// `IMAPISupport::IStorageFromStream`: the storage starts at offset zero of the stream (the default; no bit).
pub const STGSTRM_RESET: crate::ULONG = 0;
/// `IMAPISupport::IStorageFromStream`: the storage starts at the stream's current seek position.
pub const STGSTRM_CURRENT: crate::ULONG = 0x10000000;
/// `IMAPISupport::IStorageFromStream`: the storage is opened for reading and writing.
pub const STGSTRM_MODIFY: crate::ULONG = 2;
/// `IMAPISupport::IStorageFromStream`: create a new storage on the stream.
pub const STGSTRM_CREATE: crate::ULONG = 0x1000;
/// `IMAPISupport::ReadReceipt`: generate a nonread report instead of a read report.
pub const MAPI_NON_READ: crate::ULONG = 1;
/// `IMAPISupport::OpenTemplateID` / `IABLogon::OpenTemplateID`: the entry is being created, so the foreign provider may fill it in.
pub const FILL_ENTRY: crate::ULONG = 1;
/// `IXPProvider::Shutdown`: a normal shutdown.
pub const DEINIT_NORMAL: crate::ULONG = 1;
/// `IXPProvider::Shutdown`: shut down as fast as possible.
pub const DEINIT_HURRY: crate::ULONG = 0x80000000;
/// `IXPProvider::TransportLogon` (from the spooler): do not show any user interface.
pub const LOGON_NO_DIALOG: crate::ULONG = 1;
/// `IXPProvider::TransportLogon` (from the spooler): do not connect to the messaging system yet.
pub const LOGON_NO_CONNECT: crate::ULONG = 4;
/// `IXPProvider::TransportLogon` (from the spooler): do not accept inbound messages.
pub const LOGON_NO_INBOUND: crate::ULONG = 8;
/// `IXPProvider::TransportLogon` (from the spooler): do not accept outbound messages.
pub const LOGON_NO_OUTBOUND: crate::ULONG = 0x10;
/// `IXPProvider::TransportLogon` (to the spooler): call `IXPLogon::Idle` when the system is idle.
pub const LOGON_SP_IDLE: crate::ULONG = 0x10000;
/// `IXPProvider::TransportLogon` (to the spooler): call `IXPLogon::Poll` periodically to check for inbound mail.
pub const LOGON_SP_POLL: crate::ULONG = 0x20000;
/// `IXPProvider::TransportLogon` (to the spooler): resolve recipient addresses before handing messages to this transport.
pub const LOGON_SP_RESOLVE: crate::ULONG = 0x40000;
/// `OPTIONDATA.ulFlags`: the options are per-recipient options (obsolete).
pub const OPTION_TYPE_RECIPIENT: crate::ULONG = 1;
/// `OPTIONDATA.ulFlags`: the options are per-message options (obsolete).
pub const OPTION_TYPE_MESSAGE: crate::ULONG = 2;
/// `IXPLogon::TransportNotify`: abort deferred messages.
pub const NOTIFY_ABORT_DEFERRED: crate::ULONG = 0x40000000;
/// `IXPLogon::TransportNotify`: cancel the message being processed.
pub const NOTIFY_CANCEL_MESSAGE: crate::ULONG = 0x80000000;
/// `IXPLogon::TransportNotify`: start inbound processing.
pub const NOTIFY_BEGIN_INBOUND: crate::ULONG = 1;
/// `IXPLogon::TransportNotify`: stop inbound processing.
pub const NOTIFY_END_INBOUND: crate::ULONG = 0x10000;
/// `IXPLogon::TransportNotify`: start outbound processing.
pub const NOTIFY_BEGIN_OUTBOUND: crate::ULONG = 2;
/// `IXPLogon::TransportNotify`: stop outbound processing.
pub const NOTIFY_END_OUTBOUND: crate::ULONG = 0x20000;
/// `IXPLogon::TransportNotify`: start flushing the inbound queue.
pub const NOTIFY_BEGIN_INBOUND_FLUSH: crate::ULONG = 4;
/// `IXPLogon::TransportNotify`: stop flushing the inbound queue.
pub const NOTIFY_END_INBOUND_FLUSH: crate::ULONG = 0x40000;
/// `IXPLogon::TransportNotify`: start flushing the outbound queue.
pub const NOTIFY_BEGIN_OUTBOUND_FLUSH: crate::ULONG = 8;
/// `IXPLogon::TransportNotify`: stop flushing the outbound queue.
pub const NOTIFY_END_OUTBOUND_FLUSH: crate::ULONG = 0x80000;
/// `IXPLogon::TransportLogoff`: a normal logoff.
pub const LOGOFF_NORMAL: crate::ULONG = 1;
/// `IXPLogon::TransportLogoff`: log off as fast as possible.
pub const LOGOFF_HURRY: crate::ULONG = 0x80000000;
/// `IXPLogon::SubmitMessage`: the message was deferred earlier and is being submitted again.
pub const BEGIN_DEFERRED: crate::ULONG = 1;
/// `IXPLogon::EndMessage` (to the spooler): try to send the message again right away.
pub const END_RESEND_NOW: crate::ULONG = 0x10000;
/// `IXPLogon::EndMessage` (to the spooler): try to send the message again later.
pub const END_RESEND_LATER: crate::ULONG = 0x20000;
/// `IXPLogon::EndMessage` (to the spooler): do not try to send the message again.
pub const END_DONT_RESEND: crate::ULONG = 0x40000;
/// `IMSLogon` credentials: the credentials belong to a transport.
pub const LOGON_SP_TRANSPORT: crate::ULONG = 1;
/// `IMSLogon` credentials: prompt the user for credentials.
pub const LOGON_SP_PROMPT: crate::ULONG = 2;
/// `IMSLogon` credentials: a new password is being set.
pub const LOGON_SP_NEWPW: crate::ULONG = 4;
/// `IMSLogon` credentials: the credentials changed.
pub const LOGON_CHANGED: crate::ULONG = 8;
/// Store dialog: the operation applies to folders.
pub const DIALOG_FOLDER: crate::ULONG = 1;
/// Store dialog: the operation applies to messages.
pub const DIALOG_MESSAGE: crate::ULONG = 2;
/// Store dialog: the operation applies to properties.
pub const DIALOG_PROP: crate::ULONG = 4;
/// Store dialog: the operation applies to attachments.
pub const DIALOG_ATTACH: crate::ULONG = 8;
/// Store dialog: the operation is a move.
pub const DIALOG_MOVE: crate::ULONG = 0x10;
/// Store dialog: the operation is a copy.
pub const DIALOG_COPY: crate::ULONG = 0x20;
/// Store dialog: the operation is a delete.
pub const DIALOG_DELETE: crate::ULONG = 0x40;
/// Store dialog: the user may cancel the operation.
pub const DIALOG_ALLOW_CANCEL: crate::ULONG = 0x80;
/// Store dialog: ask the user to confirm a cancel.
pub const DIALOG_CONFIRM_CANCEL: crate::ULONG = 0x100;
/// `IMAPISupport::ExpandRecips` (out): the message must be preprocessed before it is sent.
pub const NEEDS_PREPROCESSING: crate::ULONG = 1;
/// `IMAPISupport::ExpandRecips` (out): the MAPI spooler, not a tightly coupled transport, must send the message.
pub const NEEDS_SPOOLER: crate::ULONG = 2;
/// `IMAPISupport::PrepareSubmit`: check the sender of the message (listed in mapispi.h; not described by the reference).
pub const CHECK_SENDER: crate::ULONG = 1;
/// `IMAPISupport::PrepareSubmit`: nonstandard submission (listed in mapispi.h; not described by the reference).
pub const NON_STANDARD: crate::ULONG = 0x10000;
/// `MSGSERVICEENTRY` flag: show the current configuration but do not let the user change it.
pub const MSG_SERVICE_UI_READ_ONLY: crate::ULONG = 8;
/// `MSGSERVICEENTRY` flag: a logon failed and the provider should be reconfigured.
pub const SERVICE_LOGON_FAILED: crate::ULONG = 0x20;
/// `MSGSERVICEENTRY` context: the service was just installed on the workstation.
pub const MSG_SERVICE_INSTALL: crate::ULONG = 1;
/// `MSGSERVICEENTRY` context: the service is being added to a profile.
pub const MSG_SERVICE_CREATE: crate::ULONG = 2;
/// `MSGSERVICEENTRY` context: the service's configuration in the profile is being changed.
pub const MSG_SERVICE_CONFIGURE: crate::ULONG = 3;
/// `MSGSERVICEENTRY` context: the service is being removed from a profile.
pub const MSG_SERVICE_DELETE: crate::ULONG = 4;
/// `MSGSERVICEENTRY` context: the service is being uninstalled.
pub const MSG_SERVICE_UNINSTALL: crate::ULONG = 5;
/// `MSGSERVICEENTRY` context: create another provider instance in the service.
pub const MSG_SERVICE_PROVIDER_CREATE: crate::ULONG = 6;
/// `MSGSERVICEENTRY` context: delete a provider instance from the service.
pub const MSG_SERVICE_PROVIDER_DELETE: crate::ULONG = 7;
/// Flags that MAPI passes to a provider entry point (`MSProviderInit`,
/// `XPProviderInit`, `ABProviderInit`).
pub type ProviderInitFlags = crate::Flags<ProviderInitFlagsGroup>;
/// The group of [`ProviderInitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum ProviderInitFlagsGroup {}
impl crate::FlagGroup for ProviderInitFlagsGroup {
    const IN_MASK: u32 = 0x00010000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_NT_SERVICE", 0x00010000)];
}
impl crate::Flags<ProviderInitFlagsGroup> {
    /// The provider is loaded inside a Windows service, which has no user interface.
    ///
    /// `MAPI_NT_SERVICE` (`0x10000`), valid on input.
    pub const MAPI_NT_SERVICE: Self = Self::from_bits_retain(0x00010000);
}
/// Flags of a message service entry point (`MSGSERVICEENTRY`).
pub type MsgServiceEntryFlags = crate::Flags<MsgServiceEntryFlagsGroup>;
/// The group of [`MsgServiceEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MsgServiceEntryFlagsGroup {}
impl crate::FlagGroup for MsgServiceEntryFlagsGroup {
    const IN_MASK: u32 = 0x8000003E;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_UNICODE", 0x80000000),
        ("MSG_SERVICE_UI_READ_ONLY", 0x00000008),
        ("SERVICE_UI_ALLOWED", 0x00000010),
        ("UI_CURRENT_PROVIDER_FIRST", 0x00000004),
        ("SERVICE_UI_ALWAYS", 0x00000002),
        ("SERVICE_LOGON_FAILED", 0x00000020),
    ];
}
impl crate::Flags<MsgServiceEntryFlagsGroup> {
    /// Strings passed in are Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Show the current configuration read-only.
    ///
    /// `MSG_SERVICE_UI_READ_ONLY` (`0x8`), valid on input.
    pub const MSG_SERVICE_UI_READ_ONLY: Self = Self::from_bits_retain(0x00000008);
    /// A configuration dialog may be shown, but only if `lpProps` lacks a valid configuration.
    ///
    /// `SERVICE_UI_ALLOWED` (`0x10`), valid on input.
    pub const SERVICE_UI_ALLOWED: Self = Self::from_bits_retain(0x00000010);
    /// Put the active provider's configuration dialog on top of the others.
    ///
    /// `UI_CURRENT_PROVIDER_FIRST` (`0x4`), valid on input.
    pub const UI_CURRENT_PROVIDER_FIRST: Self = Self::from_bits_retain(0x00000004);
    /// The service must show its configuration dialog.
    ///
    /// `SERVICE_UI_ALWAYS` (`0x2`), valid on input.
    pub const SERVICE_UI_ALWAYS: Self = Self::from_bits_retain(0x00000002);
    /// A logon failed; reconfigure the provider.
    ///
    /// `SERVICE_LOGON_FAILED` (`0x20`), valid on input.
    pub const SERVICE_LOGON_FAILED: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of the `IMAPISupport` methods whose `ulFlags` is reserved
/// (`RegisterPreprocessor`, `MakeInvalid`, `SpoolerYield`, `SetProviderUID`,
/// `CompareEntryIDs`, `NewEntry`, `DoSentMail`, `OpenAddressBook`, `CompleteMsg`,
/// `GetSvcConfigSupportObj`).
///
/// None are defined: the parameter must be zero.
pub type MAPISupportReservedFlags = crate::Flags<MAPISupportReservedFlagsGroup>;
/// The group of [`MAPISupportReservedFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportReservedFlagsGroup {}
impl crate::FlagGroup for MAPISupportReservedFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPISupport::GetLastError`.
pub type MAPISupportGetLastErrorFlags = crate::Flags<MAPISupportGetLastErrorFlagsGroup>;
/// The group of [`MAPISupportGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportGetLastErrorFlagsGroup {}
impl crate::FlagGroup for MAPISupportGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPISupportGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Event mask of `IMAPISupport::Subscribe`: the events the advise sink wants.
pub type MAPISupportSubscribeEventMaskFlags = crate::Flags<
    MAPISupportSubscribeEventMaskFlagsGroup,
>;
/// The group of [`MAPISupportSubscribeEventMaskFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportSubscribeEventMaskFlagsGroup {}
impl crate::FlagGroup for MAPISupportSubscribeEventMaskFlagsGroup {
    const IN_MASK: u32 = 0x800003FF;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("fnevCriticalError", 0x00000001),
        ("fnevExtended", 0x80000000),
        ("fnevNewMail", 0x00000002),
        ("fnevObjectCreated", 0x00000004),
        ("fnevObjectCopied", 0x00000040),
        ("fnevObjectDeleted", 0x00000008),
        ("fnevObjectModified", 0x00000010),
        ("fnevObjectMoved", 0x00000020),
        ("fnevSearchComplete", 0x00000080),
        ("fnevTableModified", 0x00000100),
        ("fnevStatusObjectModified", 0x00000200),
    ];
}
impl crate::Flags<MAPISupportSubscribeEventMaskFlagsGroup> {
    /// Severe errors, such as running out of memory.
    ///
    /// `fnevCriticalError` (`0x1`), valid on input.
    pub const fnevCriticalError: Self = Self::from_bits_retain(0x00000001);
    /// Provider-specific events.
    ///
    /// `fnevExtended` (`0x80000000`), valid on input.
    pub const fnevExtended: Self = Self::from_bits_retain(0x80000000);
    /// Arrival of new messages.
    ///
    /// `fnevNewMail` (`0x2`), valid on input.
    pub const fnevNewMail: Self = Self::from_bits_retain(0x00000002);
    /// Creation of an object.
    ///
    /// `fnevObjectCreated` (`0x4`), valid on input.
    pub const fnevObjectCreated: Self = Self::from_bits_retain(0x00000004);
    /// Copy of an object.
    ///
    /// `fnevObjectCopied` (`0x40`), valid on input.
    pub const fnevObjectCopied: Self = Self::from_bits_retain(0x00000040);
    /// Deletion of an object.
    ///
    /// `fnevObjectDeleted` (`0x8`), valid on input.
    pub const fnevObjectDeleted: Self = Self::from_bits_retain(0x00000008);
    /// Modification of an object.
    ///
    /// `fnevObjectModified` (`0x10`), valid on input.
    pub const fnevObjectModified: Self = Self::from_bits_retain(0x00000010);
    /// Move of an object.
    ///
    /// `fnevObjectMoved` (`0x20`), valid on input.
    pub const fnevObjectMoved: Self = Self::from_bits_retain(0x00000020);
    /// Completion of a search.
    ///
    /// `fnevSearchComplete` (`0x80`), valid on input.
    pub const fnevSearchComplete: Self = Self::from_bits_retain(0x00000080);
    /// Changes to a table (not listed on the reference page; a provider forwarding an `Advise` mask may pass it).
    ///
    /// `fnevTableModified` (`0x100`), valid on input.
    pub const fnevTableModified: Self = Self::from_bits_retain(0x00000100);
    /// Changes to a status object (not listed on the reference page; a provider forwarding an `Advise` mask may pass it).
    ///
    /// `fnevStatusObjectModified` (`0x200`), valid on input.
    pub const fnevStatusObjectModified: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of `IMAPISupport::Subscribe`.
pub type MAPISupportSubscribeFlags = crate::Flags<MAPISupportSubscribeFlagsGroup>;
/// The group of [`MAPISupportSubscribeFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportSubscribeFlagsGroup {}
impl crate::FlagGroup for MAPISupportSubscribeFlagsGroup {
    const IN_MASK: u32 = 0x40000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("NOTIFY_SYNC", 0x40000000)];
}
impl crate::Flags<MAPISupportSubscribeFlagsGroup> {
    /// Later `Notify` calls for this key call the advise sink before returning, instead of queueing the callback.
    ///
    /// `NOTIFY_SYNC` (`0x40000000`), valid on input.
    pub const NOTIFY_SYNC: Self = Self::from_bits_retain(0x40000000);
}
/// Flags of `IMAPISupport::Notify`.
pub type MAPISupportNotifyFlags = crate::Flags<MAPISupportNotifyFlagsGroup>;
/// The group of [`MAPISupportNotifyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportNotifyFlagsGroup {}
impl crate::FlagGroup for MAPISupportNotifyFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x80000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_UNICODE", 0x80000000),
        ("NOTIFY_CANCELED", 0x80000000),
    ];
}
impl crate::Flags<MAPISupportNotifyFlagsGroup> {
    /// Strings in the `NOTIFICATION` structures are Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// A callback returned `CALLBACK_DISCONTINUE` and stopped a synchronous notification.
    ///
    /// `NOTIFY_CANCELED` (`0x80000000`), valid on output.
    pub const NOTIFY_CANCELED: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::ModifyStatusRow`.
pub type MAPISupportModifyStatusRowFlags = crate::Flags<
    MAPISupportModifyStatusRowFlagsGroup,
>;
/// The group of [`MAPISupportModifyStatusRowFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportModifyStatusRowFlagsGroup {}
impl crate::FlagGroup for MAPISupportModifyStatusRowFlagsGroup {
    const IN_MASK: u32 = 0x10000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("STATUSROW_UPDATE", 0x10000000)];
}
impl crate::Flags<MAPISupportModifyStatusRowFlagsGroup> {
    /// Merge the given columns into the existing status row instead of replacing the row.
    ///
    /// `STATUSROW_UPDATE` (`0x10000000`), valid on input.
    pub const STATUSROW_UPDATE: Self = Self::from_bits_retain(0x10000000);
}
/// Flags of `IMAPISupport::OpenProfileSection`.
pub type MAPISupportOpenProfileSectionFlags = crate::Flags<
    MAPISupportOpenProfileSectionFlagsGroup,
>;
/// The group of [`MAPISupportOpenProfileSectionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportOpenProfileSectionFlagsGroup {}
impl crate::FlagGroup for MAPISupportOpenProfileSectionFlagsGroup {
    const IN_MASK: u32 = 0x00000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
impl crate::Flags<MAPISupportOpenProfileSectionFlagsGroup> {
    /// The call may succeed before the section is fully available; errors can surface on later calls.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access; a missing section is then created.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISupport::SpoolerNotify`: what the provider tells the spooler.
pub type MAPISupportSpoolerNotifyFlags = crate::Flags<
    MAPISupportSpoolerNotifyFlagsGroup,
>;
/// The group of [`MAPISupportSpoolerNotifyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportSpoolerNotifyFlagsGroup {}
impl crate::FlagGroup for MAPISupportSpoolerNotifyFlagsGroup {
    const IN_MASK: u32 = 0x30007007;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x30000004];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("NOTIFY_CONFIG_CHANGE", 0x00004000),
        ("NOTIFY_CRITICAL_ERROR", 0x10000000),
        ("NOTIFY_CRITSEC", 0x00001000),
        ("NOTIFY_NEWMAIL", 0x00000001),
        ("NOTIFY_NEWMAIL_RECEIVED", 0x20000000),
        ("NOTIFY_NONCRIT", 0x00002000),
        ("NOTIFY_READYTOSEND", 0x00000002),
        ("NOTIFY_SENTDEFERRED", 0x00000004),
    ];
}
impl crate::Flags<MAPISupportSpoolerNotifyFlagsGroup> {
    /// (Transport) The configuration changed; the spooler calls `IXPLogon::AddressTypes` again.
    ///
    /// `NOTIFY_CONFIG_CHANGE` (`0x4000`), valid on input.
    pub const CONFIG_CHANGE: Self = Self::from_bits_retain(0x00004000);
    /// (Transport) An unrecoverable error occurred; `lpvData` describes it and the spooler stops using the transport.
    ///
    /// `NOTIFY_CRITICAL_ERROR` (`0x10000000`), valid on input.
    pub const CRITICAL_ERROR: Self = Self::from_bits_retain(0x10000000);
    /// (Transport) Enter a critical section: the spooler stops calling `Idle` and `Poll`; `lpvData` is NULL.
    ///
    /// `NOTIFY_CRITSEC` (`0x1000`), valid on input.
    pub const CRITSEC: Self = Self::from_bits_retain(0x00001000);
    /// (Transport) New mail is waiting to be downloaded; `lpvData` is NULL.
    ///
    /// `NOTIFY_NEWMAIL` (`0x1`), valid on input.
    pub const NEWMAIL: Self = Self::from_bits_retain(0x00000001);
    /// (Message store) A message was delivered to the store; `lpvData` points to a `NEWMAIL_NOTIFICATION`.
    ///
    /// `NOTIFY_NEWMAIL_RECEIVED` (`0x20000000`), valid on input.
    pub const NEWMAIL_RECEIVED: Self = Self::from_bits_retain(0x20000000);
    /// (Transport) Leave the critical section entered with `NOTIFY_CRITSEC`; `lpvData` is NULL.
    ///
    /// `NOTIFY_NONCRIT` (`0x2000`), valid on input.
    pub const NONCRIT: Self = Self::from_bits_retain(0x00002000);
    /// (Transport or store) Ready to send messages again; `lpvData` is NULL.
    ///
    /// `NOTIFY_READYTOSEND` (`0x2`), valid on input.
    pub const READYTOSEND: Self = Self::from_bits_retain(0x00000002);
    /// (Transport) A deferred message should go out now; `lpvData` points to an `SBinary` with its entry ID.
    ///
    /// `NOTIFY_SENTDEFERRED` (`0x4`), valid on input.
    pub const SENTDEFERRED: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IMAPISupport::CreateOneOff`.
pub type MAPISupportCreateOneOffFlags = crate::Flags<MAPISupportCreateOneOffFlagsGroup>;
/// The group of [`MAPISupportCreateOneOffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportCreateOneOffFlagsGroup {}
impl crate::FlagGroup for MAPISupportCreateOneOffFlagsGroup {
    const IN_MASK: u32 = 0x80010000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_SEND_NO_RICH_INFO", 0x00010000),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPISupportCreateOneOffFlagsGroup> {
    /// The recipient cannot take formatted content: `PR_SEND_RICH_INFO` is set to FALSE.
    ///
    /// `MAPI_SEND_NO_RICH_INFO` (`0x10000`), valid on input.
    pub const SEND_NO_RICH_INFO: Self = Self::from_bits_retain(0x00010000);
    /// The name, address type and address are Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::OpenTemplateID`.
pub type MAPISupportOpenTemplateIDFlags = crate::Flags<
    MAPISupportOpenTemplateIDFlagsGroup,
>;
/// The group of [`MAPISupportOpenTemplateIDFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportOpenTemplateIDFlagsGroup {}
impl crate::FlagGroup for MAPISupportOpenTemplateIDFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("FILL_ENTRY", 0x00000001)];
}
impl crate::Flags<MAPISupportOpenTemplateIDFlagsGroup> {
    /// A new entry is being created; the foreign provider may shape it through `lpMAPIPropData` or the object it returns.
    ///
    /// `FILL_ENTRY` (`0x1`), valid on input.
    pub const FILL_ENTRY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISupport::OpenEntry`.
pub type MAPISupportOpenEntryFlags = crate::Flags<MAPISupportOpenEntryFlagsGroup>;
/// The group of [`MAPISupportOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportOpenEntryFlagsGroup {}
impl crate::FlagGroup for MAPISupportOpenEntryFlagsGroup {
    const IN_MASK: u32 = 0x00004219;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_BEST_ACCESS", 0x00000010),
        ("MAPI_CACHE_ONLY", 0x00004000),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
        ("MAPI_NO_CACHE", 0x00000200),
    ];
}
impl crate::Flags<MAPISupportOpenEntryFlagsGroup> {
    /// Open with the highest access the caller is allowed.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// Use only the local cache (offline address book), not the server; Outlook passes it.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// The call may succeed before the object is fully available; errors can surface on later calls.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access (objects open read-only by default).
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Go to the server, not the local cache; Outlook passes it in cached Exchange mode.
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const NO_CACHE: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of `IMAPISupport::GetOneOffTable`.
pub type MAPISupportGetOneOffTableFlags = crate::Flags<
    MAPISupportGetOneOffTableFlagsGroup,
>;
/// The group of [`MAPISupportGetOneOffTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportGetOneOffTableFlagsGroup {}
impl crate::FlagGroup for MAPISupportGetOneOffTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPISupportGetOneOffTableFlagsGroup> {
    /// String columns of the table are Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::Details`.
pub type MAPISupportDetailsFlags = crate::Flags<MAPISupportDetailsFlagsGroup>;
/// The group of [`MAPISupportDetailsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportDetailsFlagsGroup {}
impl crate::FlagGroup for MAPISupportDetailsFlagsGroup {
    const IN_MASK: u32 = 0x80000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("DIALOG_MODAL", 0x00000001),
        ("DIALOG_SDI", 0x00000002),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPISupportDetailsFlagsGroup> {
    /// Show the modal version of the dialog.
    ///
    /// `DIALOG_MODAL` (`0x1`), valid on input.
    pub const DIALOG_MODAL: Self = Self::from_bits_retain(0x00000001);
    /// Show the modeless version of the dialog; `lpfnDismiss` is called when it closes.
    ///
    /// `DIALOG_SDI` (`0x2`), valid on input.
    pub const DIALOG_SDI: Self = Self::from_bits_retain(0x00000002);
    /// `lpszButtonText` is Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::DoConfigPropsheet`.
pub type MAPISupportDoConfigPropsheetFlags = crate::Flags<
    MAPISupportDoConfigPropsheetFlagsGroup,
>;
/// The group of [`MAPISupportDoConfigPropsheetFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportDoConfigPropsheetFlagsGroup {}
impl crate::FlagGroup for MAPISupportDoConfigPropsheetFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPISupportDoConfigPropsheetFlagsGroup> {
    /// `lpszTitle` is Unicode (the reference calls `ulFlags` reserved, mapispi.h lists this flag for the method).
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::CopyMessages`.
pub type MAPISupportCopyMessagesFlags = crate::Flags<MAPISupportCopyMessagesFlagsGroup>;
/// The group of [`MAPISupportCopyMessagesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportCopyMessagesFlagsGroup {}
impl crate::FlagGroup for MAPISupportCopyMessagesFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MESSAGE_DIALOG", 0x00000002),
        ("MESSAGE_MOVE", 0x00000001),
    ];
}
impl crate::Flags<MAPISupportCopyMessagesFlagsGroup> {
    /// Show a progress indicator.
    ///
    /// `MESSAGE_DIALOG` (`0x2`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000002);
    /// Move the messages instead of copying them.
    ///
    /// `MESSAGE_MOVE` (`0x1`), valid on input.
    pub const MOVE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISupport::CopyFolder`.
pub type MAPISupportCopyFolderFlags = crate::Flags<MAPISupportCopyFolderFlagsGroup>;
/// The group of [`MAPISupportCopyFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportCopyFolderFlagsGroup {}
impl crate::FlagGroup for MAPISupportCopyFolderFlagsGroup {
    const IN_MASK: u32 = 0x80000013;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("COPY_SUBFOLDERS", 0x00000010),
        ("FOLDER_DIALOG", 0x00000002),
        ("FOLDER_MOVE", 0x00000001),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPISupportCopyFolderFlagsGroup> {
    /// Copy the subfolders too (a move always takes them).
    ///
    /// `COPY_SUBFOLDERS` (`0x10`), valid on input.
    pub const COPY_SUBFOLDERS: Self = Self::from_bits_retain(0x00000010);
    /// Show a progress indicator.
    ///
    /// `FOLDER_DIALOG` (`0x2`), valid on input.
    pub const FOLDER_DIALOG: Self = Self::from_bits_retain(0x00000002);
    /// Move the folder instead of copying it.
    ///
    /// `FOLDER_MOVE` (`0x1`), valid on input.
    pub const FOLDER_MOVE: Self = Self::from_bits_retain(0x00000001);
    /// `lpszNewFolderName` is Unicode rather than ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::DoCopyTo`.
pub type MAPISupportDoCopyToFlags = crate::Flags<MAPISupportDoCopyToFlagsGroup>;
/// The group of [`MAPISupportDoCopyToFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportDoCopyToFlagsGroup {}
impl crate::FlagGroup for MAPISupportDoCopyToFlagsGroup {
    const IN_MASK: u32 = 0x8000000B;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_MOVE", 0x00000001),
        ("MAPI_NOREPLACE", 0x00000002),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPISupportDoCopyToFlagsGroup> {
    /// Show a progress indicator.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// Move the properties instead of copying them.
    ///
    /// `MAPI_MOVE` (`0x1`), valid on input.
    pub const MOVE: Self = Self::from_bits_retain(0x00000001);
    /// Keep properties that already exist on the destination.
    ///
    /// `MAPI_NOREPLACE` (`0x2`), valid on input.
    pub const NOREPLACE: Self = Self::from_bits_retain(0x00000002);
    /// Strings are Unicode; a width the object cannot handle is `MAPI_E_BAD_CHARWIDTH`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::DoCopyProps`.
pub type MAPISupportDoCopyPropsFlags = crate::Flags<MAPISupportDoCopyPropsFlagsGroup>;
/// The group of [`MAPISupportDoCopyPropsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportDoCopyPropsFlagsGroup {}
impl crate::FlagGroup for MAPISupportDoCopyPropsFlagsGroup {
    const IN_MASK: u32 = 0x8000000B;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_MOVE", 0x00000001),
        ("MAPI_NOREPLACE", 0x00000002),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPISupportDoCopyPropsFlagsGroup> {
    /// Show a progress indicator.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// Move the properties instead of copying them.
    ///
    /// `MAPI_MOVE` (`0x1`), valid on input.
    pub const MOVE: Self = Self::from_bits_retain(0x00000001);
    /// Keep properties that already exist on the destination.
    ///
    /// `MAPI_NOREPLACE` (`0x2`), valid on input.
    pub const NOREPLACE: Self = Self::from_bits_retain(0x00000002);
    /// Strings are Unicode; a width the object cannot handle is `MAPI_E_BAD_CHARWIDTH`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISupport::DoProgressDialog`.
pub type MAPISupportDoProgressDialogFlags = crate::Flags<
    MAPISupportDoProgressDialogFlagsGroup,
>;
/// The group of [`MAPISupportDoProgressDialogFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportDoProgressDialogFlagsGroup {}
impl crate::FlagGroup for MAPISupportDoProgressDialogFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_TOP_LEVEL", 0x00000001)];
}
impl crate::Flags<MAPISupportDoProgressDialogFlagsGroup> {
    /// Progress is for a top-level item: advance the indicator from `ulCount` and `ulTotal` of `IMAPIProgress::Progress`.
    ///
    /// `MAPI_TOP_LEVEL` (`0x1`), valid on input.
    pub const MAPI_TOP_LEVEL: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISupport::ReadReceipt`.
pub type MAPISupportReadReceiptFlags = crate::Flags<MAPISupportReadReceiptFlagsGroup>;
/// The group of [`MAPISupportReadReceiptFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportReadReceiptFlagsGroup {}
impl crate::FlagGroup for MAPISupportReadReceiptFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_NON_READ", 0x00000001)];
}
impl crate::Flags<MAPISupportReadReceiptFlagsGroup> {
    /// Generate a nonread report instead of a read report.
    ///
    /// `MAPI_NON_READ` (`0x1`), valid on input.
    pub const MAPI_NON_READ: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISupport::PrepareSubmit`.
///
/// None are defined: the reference says the word is reserved and must be
/// zero on input, and gives no output flags. (mapispi.h declares
/// `CHECK_SENDER` and `NON_STANDARD` near the method, but the reference
/// describes neither.)
pub type MAPISupportPrepareSubmitFlags = crate::Flags<
    MAPISupportPrepareSubmitFlagsGroup,
>;
/// The group of [`MAPISupportPrepareSubmitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportPrepareSubmitFlagsGroup {}
impl crate::FlagGroup for MAPISupportPrepareSubmitFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags returned by `IMAPISupport::ExpandRecips`.
pub type MAPISupportExpandRecipsFlags = crate::Flags<MAPISupportExpandRecipsFlagsGroup>;
/// The group of [`MAPISupportExpandRecipsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportExpandRecipsFlagsGroup {}
impl crate::FlagGroup for MAPISupportExpandRecipsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000003;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("NEEDS_PREPROCESSING", 0x00000001),
        ("NEEDS_SPOOLER", 0x00000002),
    ];
}
impl crate::Flags<MAPISupportExpandRecipsFlagsGroup> {
    /// The message must be preprocessed before it is sent.
    ///
    /// `NEEDS_PREPROCESSING` (`0x1`), valid on output.
    pub const PREPROCESSING: Self = Self::from_bits_retain(0x00000001);
    /// The MAPI spooler, not the tightly coupled transport, must send the message.
    ///
    /// `NEEDS_SPOOLER` (`0x2`), valid on output.
    pub const SPOOLER: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPISupport::StoreLogoffTransports`. Exactly one input flag per
/// call; the spooler reports what is going on with the output flags.
pub type MAPISupportStoreLogoffTransportsFlags = crate::Flags<
    MAPISupportStoreLogoffTransportsFlagsGroup,
>;
/// The group of [`MAPISupportStoreLogoffTransportsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportStoreLogoffTransportsFlagsGroup {}
impl crate::FlagGroup for MAPISupportStoreLogoffTransportsFlagsGroup {
    const IN_MASK: u32 = 0x0000001F;
    const OUT_MASK: u32 = 0x000F0000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x0000001F];
    const REQUIRED: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("LOGOFF_ABORT", 0x00000008),
        ("LOGOFF_NO_WAIT", 0x00000001),
        ("LOGOFF_ORDERLY", 0x00000002),
        ("LOGOFF_PURGE", 0x00000004),
        ("LOGOFF_QUIET", 0x00000010),
        ("LOGOFF_COMPLETE", 0x00010000),
        ("LOGOFF_INBOUND", 0x00020000),
        ("LOGOFF_OUTBOUND", 0x00040000),
        ("LOGOFF_OUTBOUND_QUEUE", 0x00080000),
    ];
}
impl crate::Flags<MAPISupportStoreLogoffTransportsFlagsGroup> {
    /// Stop transport activity for the store, then release it; if transports are busy the logoff does not happen.
    ///
    /// `LOGOFF_ABORT` (`0x8`), valid on input.
    pub const ABORT: Self = Self::from_bits_retain(0x00000008);
    /// Release the store once ready outbound mail is sent; a default-Inbox store finishes the message being received and stops receiving.
    ///
    /// `LOGOFF_NO_WAIT` (`0x1`), valid on input.
    pub const NO_WAIT: Self = Self::from_bits_retain(0x00000001);
    /// Release the store once pending messages are processed; start nothing new.
    ///
    /// `LOGOFF_ORDERLY` (`0x2`), valid on input.
    pub const ORDERLY: Self = Self::from_bits_retain(0x00000002);
    /// Like `LOGOFF_NO_WAIT`, but return only when done.
    ///
    /// `LOGOFF_PURGE` (`0x4`), valid on input.
    pub const PURGE: Self = Self::from_bits_retain(0x00000004);
    /// Do not log off while transports are busy; report the activity in the output flags.
    ///
    /// `LOGOFF_QUIET` (`0x10`), valid on input.
    pub const QUIET: Self = Self::from_bits_retain(0x00000010);
    /// The logoff can complete: resources are released and the store is invalidated; only `Release` should follow.
    ///
    /// `LOGOFF_COMPLETE` (`0x10000`), valid on output.
    pub const COMPLETE: Self = Self::from_bits_retain(0x00010000);
    /// Messages are arriving in the store from one or more transports.
    ///
    /// `LOGOFF_INBOUND` (`0x20000`), valid on output.
    pub const INBOUND: Self = Self::from_bits_retain(0x00020000);
    /// Messages are being sent from the store by one or more transports.
    ///
    /// `LOGOFF_OUTBOUND` (`0x40000`), valid on output.
    pub const OUTBOUND: Self = Self::from_bits_retain(0x00040000);
    /// The store's outbound queue still holds messages.
    ///
    /// `LOGOFF_OUTBOUND_QUEUE` (`0x80000`), valid on output.
    pub const OUTBOUND_QUEUE: Self = Self::from_bits_retain(0x00080000);
}
/// Flags of `IMAPISupport::ModifyProfile`.
pub type MAPISupportModifyProfileFlags = crate::Flags<
    MAPISupportModifyProfileFlagsGroup,
>;
/// The group of [`MAPISupportModifyProfileFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportModifyProfileFlagsGroup {}
impl crate::FlagGroup for MAPISupportModifyProfileFlagsGroup {
    const IN_MASK: u32 = 0x00000020;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MDB_TEMPORARY", 0x00000020)];
}
impl crate::Flags<MAPISupportModifyProfileFlagsGroup> {
    /// The store is temporary and must not go into the message store table; the call does nothing.
    ///
    /// `MDB_TEMPORARY` (`0x20`), valid on input.
    pub const MDB_TEMPORARY: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of `IMAPISupport::IStorageFromStream`. Without flags the storage is
/// read-only and starts at offset zero.
pub type MAPISupportIStorageFromStreamFlags = crate::Flags<
    MAPISupportIStorageFromStreamFlagsGroup,
>;
/// The group of [`MAPISupportIStorageFromStreamFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPISupportIStorageFromStreamFlagsGroup {}
impl crate::FlagGroup for MAPISupportIStorageFromStreamFlagsGroup {
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
impl crate::Flags<MAPISupportIStorageFromStreamFlagsGroup> {
    /// Create a new storage on the stream.
    ///
    /// `STGSTRM_CREATE` (`0x1000`), valid on input.
    pub const CREATE: Self = Self::from_bits_retain(0x00001000);
    /// Start the storage at the stream's current position.
    ///
    /// `STGSTRM_CURRENT` (`0x10000000`), valid on input.
    pub const CURRENT: Self = Self::from_bits_retain(0x10000000);
    /// Open the storage read/write.
    ///
    /// `STGSTRM_MODIFY` (`0x2`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000002);
    /// Start the storage at offset zero (value 0: the default).
    ///
    /// `STGSTRM_RESET` (`0x0`), valid on input.
    pub const RESET: Self = Self::from_bits_retain(0x00000000);
}
/// The support object MAPI gives to service providers and message services.
///
/// It implements work common to many providers: notifications, status rows,
/// profile access, entry ID handling, address book dialogs, copying, reports and
/// spooler coordination. Providers get it as the `lpMAPISup` argument of their
/// logon method; message services get it in their `MSGSERVICEENTRY` call.
///
/// Each kind of support object (address book, message store, transport,
/// message service) implements only the methods that make sense for its
/// callers; the others return `MAPI_E_NO_SUPPORT`. Each method's doc says which
/// support objects implement it. MAPI implements this interface; providers call
/// it.
#[repr(C)]
pub struct IMAPISupport {
    /// The object's vtable.
    pub lpVtbl: *const IMAPISupportVtbl,
}
/// The vtable of [`IMAPISupport`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPISupportVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the support object.
    ///
    /// Implemented by every support object. Use the returned structure only when
    /// the call returns `S_OK`; it may be NULL when MAPI has nothing more to say.
    /// Free it with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the requested string width
    /// is not supported.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call on the support object.
    /// - `ulFlags` (`ULONG`, in): String format of the returned structure.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error description, or NULL.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Returns the addresses of `MAPIAllocateBuffer`, `MAPIAllocateMore` and
    /// `MAPIFreeBuffer`.
    ///
    /// Implemented by every support object. These are the same functions MAPI
    /// passed to the provider's entry point. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lppAllocateBuffer` (`LPALLOCATEBUFFER*`, out): Receives `MAPIAllocateBuffer`.
    /// - `lppAllocateMore` (`LPALLOCATEMORE*`, out): Receives `MAPIAllocateMore`.
    /// - `lppFreeBuffer` (`LPFREEBUFFER*`, out): Receives `MAPIFreeBuffer`.
    pub GetMemAllocRoutines: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lppAllocateBuffer: *mut crate::LPALLOCATEBUFFER,
        lppAllocateMore: *mut crate::LPALLOCATEMORE,
        lppFreeBuffer: *mut crate::LPFREEBUFFER,
    ) -> crate::HRESULT,
    /// Registers an advise sink with MAPI so that MAPI manages notifications for
    /// an advise source.
    ///
    /// Implemented by all service provider support objects. Providers call it from
    /// their `Advise` methods. Build a notification key that identifies the source
    /// and is easy to rebuild, and pass the same key to `Notify` when the source
    /// changes. With `NOTIFY_SYNC`, later `Notify` calls for this registration
    /// complete all callbacks before returning; otherwise callbacks are queued to
    /// the subscribing processes. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpKey` (`LPNOTIFKEY`, in): Notification key of the advise source; must not be NULL.
    /// - `ulEventMask` (`ULONG`, in): The `fnev*` events to register for.
    /// - `ulFlags` (`ULONG`, in): How notifications are delivered.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): The advise sink to call.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives a nonzero connection number for `Unsubscribe`.
    pub Subscribe: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpKey: LPNOTIFKEY,
        ulEventMask: crate::ULONG,
        ulFlags: crate::ULONG,
        lpAdviseSink: crate::LPMAPIADVISESINK,
        lpulConnection: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Cancels a registration made with `Subscribe`.
    ///
    /// Implemented by all service provider support objects. MAPI releases the
    /// advise sink, normally during the call; if another thread is inside the
    /// sink's `OnNotify`, the release waits until that call returns.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when the connection does not exist.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by `Subscribe`.
    pub Unsubscribe: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulConnection: crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Sends notifications to the advise sinks registered through `Subscribe`
    /// for an advise source.
    ///
    /// Implemented by all service provider support objects. MAPI copies the
    /// notification structures and calls each matching sink's `OnNotify`; the
    /// caller allocates nothing. Pass the same key as to `Subscribe` and use
    /// long-term entry IDs in the structures. For synchronous registrations the
    /// callbacks run before `Notify` returns (beware of deadlocks); if a provider
    /// callback returns `CALLBACK_DISCONTINUE`, MAPI stops and sets
    /// `NOTIFY_CANCELED`, and the caller may stop notifying that process. A zero
    /// output means keep notifying. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpKey` (`LPNOTIFKEY`, in): Notification key of the advise source; must not be NULL.
    /// - `cNotification` (`ULONG`, in): Number of structures in `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in): The events to report.
    /// - `lpulFlags` (`ULONG*`, in, out): On input, string format; on output, whether delivery was cancelled.
    pub Notify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpKey: LPNOTIFKEY,
        cNotification: crate::ULONG,
        lpNotifications: crate::LPNOTIFICATION,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Adds the provider's row to the status table, or updates it.
    ///
    /// Implemented by all service provider support objects. Providers call it at
    /// logon to add their row, and later with `STATUSROW_UPDATE` to change only the
    /// columns passed. See the MAPI "Status Tables" topic for the columns to
    /// supply. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`ULONG`, in): Number of values in `lpColumnVals`.
    /// - `lpColumnVals` (`LPSPropValue`, in): The column values of the row.
    /// - `ulFlags` (`ULONG`, in): Add or merge.
    pub ModifyStatusRow: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cValues: crate::ULONG,
        lpColumnVals: crate::LPSPropValue,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Opens a section of the current profile.
    ///
    /// Implemented by every support object. Sections open read-only unless
    /// `MAPI_MODIFY` is given and allowed. Opening a missing section read-only
    /// fails with `MAPI_E_NOT_FOUND`; opening it read/write creates it.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS` (insufficient permission),
    /// `MAPI_E_NOT_FOUND` (no such section) or `MAPI_E_UNKNOWN_FLAGS`.
    ///
    /// # Parameters
    ///
    /// - `lpUid` (`LPMAPIUID`, in): UID of the section; NULL opens the caller's own section.
    /// - `ulFlags` (`ULONG`, in): Access options.
    /// - `lppProfileObj` (`LPPROFSECT*`, out): Receives the profile section.
    pub OpenProfileSection: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUid: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
        lppProfileObj: *mut crate::LPPROFSECT,
    ) -> crate::HRESULT,
    /// Registers a transport preprocessor (`PREPROCESSMESSAGE`) and its cleanup
    /// function (`REMOVEPREPROCESSINFO`) with the MAPI spooler.
    ///
    /// Implemented by transport support objects only. The function names are
    /// looked up with `GetProcAddress` in the named DLL. The preprocessor runs only
    /// for messages this transport handles: for recipients matching `lpMuid` or
    /// `lpszAdrType` (either one), or for every recipient when both are NULL.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMuid` (`LPMAPIUID`, in): Provider UID of the recipients to preprocess, or NULL.
    /// - `lpszAdrType` (`LPSTR`, in): Address type (such as `FAX` or `SMTP`) of the recipients to preprocess, or NULL.
    /// - `lpszDLLName` (`LPSTR`, in): Name of the DLL that exports the functions.
    /// - `lpszPreprocess` (`LPSTR`, in): Export name of the preprocessor (always 8-bit), or NULL.
    /// - `lpszRemovePreprocessInfo` (`LPSTR`, in): Export name of the cleanup function (always 8-bit), or NULL.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub RegisterPreprocessor: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMuid: crate::LPMAPIUID,
        lpszAdrType: crate::LPSTR,
        lpszDLLName: crate::LPSTR,
        lpszPreprocess: crate::LPSTR,
        lpszRemovePreprocessInfo: crate::LPSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Generates a new unique `MAPIUID`.
    ///
    /// Implemented by every support object; useful for long-term identifiers such
    /// as a new message's `PR_SEARCH_KEY`. Do not use it for the UID registered
    /// with `SetProviderUID`, which should be a fixed constant. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMuid` (`LPMAPIUID`, out): Caller's structure that receives the new UID.
    pub NewUID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMuid: crate::LPMAPIUID,
    ) -> crate::HRESULT,
    /// Makes an object unusable by swapping its vtable for a stub.
    ///
    /// Implemented by every support object. Afterwards `AddRef` and `Release`
    /// still work and every other method returns `MAPI_E_INVALID_OBJECT`; MAPI
    /// frees the memory with `MAPIFreeBuffer` on final release. Typically called at
    /// shutdown, or at any time (for example for subobjects a client left behind).
    /// The caller must own the object, which must be at least 16 bytes with at
    /// least three vtable methods. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpObject` (`LPVOID`, in): The object to invalidate (an `IUnknown`-derived object).
    /// - `ulRefCount` (`ULONG`, in): The object's current reference count.
    /// - `cMethods` (`ULONG`, in): Number of methods in the object's vtable.
    pub MakeInvalid: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpObject: crate::LPVOID,
        ulRefCount: crate::ULONG,
        cMethods: crate::ULONG,
    ) -> crate::HRESULT,
    /// Yields the CPU to the MAPI spooler during a long transport operation.
    ///
    /// Implemented by transport support objects. Call it periodically during
    /// pausable work (for example delivering to a long recipient list) so
    /// foreground applications keep running.
    ///
    /// Returns `S_OK`, or `MAPI_W_CANCEL_MESSAGE` when the spooler decided the
    /// message should not be sent any more: stop delivering it and return
    /// `MAPI_E_USER_CANCEL` if possible.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub SpoolerYield: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Tells the MAPI spooler about a status change or asks it for a service.
    ///
    /// Implemented by message store and transport support objects. Transports may
    /// use every flag except `NOTIFY_NEWMAIL_RECEIVED`; stores may use only
    /// `NOTIFY_NEWMAIL_RECEIVED` and `NOTIFY_READYTOSEND`.
    ///
    /// Notes for transports: while in a `NOTIFY_CRITSEC` section return
    /// `MAPI_E_BUSY` from `IMAPIStatus::ValidateState`; after
    /// `NOTIFY_CRITICAL_ERROR` the spooler only releases the provider (if sent from
    /// `StartMessage` or `SubmitMessage`, fail that call right away); send
    /// `NOTIFY_READYTOSEND` after recovering from a failure.
    ///
    /// Notes for stores: send `NOTIFY_READYTOSEND` once per session before the first
    /// `PrepareSubmit` in `IMessage::SubmitMessage`. A store tightly coupled with a
    /// transport sends `NOTIFY_NEWMAIL_RECEIVED`; the spooler then runs the new-mail
    /// hooks and calls `IMsgStore::NotifyNewMail`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): The kind of notification.
    /// - `lpvData` (`LPVOID`, in): Data for `NOTIFY_CRITICAL_ERROR`, `NOTIFY_NEWMAIL_RECEIVED` or `NOTIFY_SENTDEFERRED`; NULL otherwise.
    pub SpoolerNotify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpvData: crate::LPVOID,
    ) -> crate::HRESULT,
    /// Builds an entry ID for a one-off recipient (one not in any loaded address
    /// book container).
    ///
    /// Implemented by all service provider support objects. Free the entry ID with
    /// `MAPIFreeBuffer`. Unless `MAPI_SEND_NO_RICH_INFO` is given, MAPI sets
    /// `PR_SEND_RICH_INFO` to TRUE (FALSE for Internet addresses); transports
    /// should honour it and support TNEF. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpszName` (`LPTSTR`, in): Display name of the recipient, or NULL.
    /// - `lpszAdrType` (`LPTSTR`, in): Address type (such as `SMTP`); must not be NULL.
    /// - `lpszAddress` (`LPTSTR`, in): Messaging address; must not be NULL.
    /// - `ulFlags` (`ULONG`, in): Rich-text and string-format options.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size of the entry ID in bytes.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the one-off entry ID.
    pub CreateOneOff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszName: crate::LPTSTR,
        lpszAdrType: crate::LPTSTR,
        lpszAddress: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Registers a `MAPIUID` that identifies the calling address book or message
    /// store provider.
    ///
    /// Implemented by address book and message store support objects. Call it at
    /// logon. The provider puts this UID in every entry ID it creates; MAPI uses it
    /// to route calls such as `IMAPISession::OpenEntry` to the right provider. Each
    /// call adds a UID (even a duplicate); none can be removed. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpProviderID` (`LPMAPIUID`, in): The provider's UID.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub SetProviderUID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpProviderID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Tells whether two entry IDs of the same provider refer to the same object.
    ///
    /// Implemented by address book and message store support objects. MAPI finds
    /// the owning provider from the UID in the entry IDs and calls its logon
    /// object's `CompareEntryIDs`. If the call fails, act conservatively and do not
    /// trust the result.
    ///
    /// Returns `S_OK`, or `MAPI_E_UNKNOWN_ENTRYID` when an entry ID is not
    /// recognised.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size of the first entry ID in bytes.
    /// - `lpEntryID1` (`LPENTRYID`, in): The first entry ID.
    /// - `cbEntryID2` (`ULONG`, in): Size of the second entry ID in bytes.
    /// - `lpEntryID2` (`LPENTRYID`, in): The second entry ID.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE when both identify the same object, FALSE otherwise.
    pub CompareEntryIDs: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID1: crate::ULONG,
        lpEntryID1: crate::LPENTRYID,
        cbEntryID2: crate::ULONG,
        lpEntryID2: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulResult: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Opens a recipient entry that belongs to a foreign address book provider,
    /// binding the host's data to the foreign provider's code.
    ///
    /// Implemented by address book support objects only; called by host
    /// providers that store entries with foreign template IDs. If the returned
    /// object is the one passed in, the foreign provider holds its own reference
    /// and the caller may release its own. On `MAPI_E_UNKNOWN_ENTRYID` (the
    /// foreign provider is not available) treat the entry as read-only.
    ///
    /// Returns `S_OK` or `MAPI_E_UNKNOWN_ENTRYID`.
    ///
    /// # Parameters
    ///
    /// - `cbTemplateID` (`ULONG`, in): Size of the template ID in bytes.
    /// - `lpTemplateID` (`LPENTRYID`, in): The entry's template ID (`PR_TEMPLATEID`).
    /// - `ulTemplateFlags` (`ULONG`, in): How the entry is opened.
    /// - `lpMAPIPropData` (`LPMAPIPROP`, in): Read/write property object of the host, which the foreign provider may wrap.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the entry; NULL means `IMailUser`.
    /// - `lppMAPIPropNew` (`LPMAPIPROP*`, out): Receives the foreign provider's object for the entry.
    /// - `lpMAPIPropSibling` (`LPMAPIPROP`, in): Reserved; must be NULL.
    pub OpenTemplateID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbTemplateID: crate::ULONG,
        lpTemplateID: crate::LPENTRYID,
        ulTemplateFlags: crate::ULONG,
        lpMAPIPropData: crate::LPMAPIPROP,
        lpInterface: crate::LPCIID,
        lppMAPIPropNew: *mut crate::LPMAPIPROP,
        lpMAPIPropSibling: crate::LPMAPIPROP,
    ) -> crate::HRESULT,
    /// Opens any object from its entry ID.
    ///
    /// Implemented by all service provider support objects. Prefer
    /// `IMsgStore::OpenEntry` or `IAddrBook::OpenEntry` when the kind of object is
    /// known; they are faster. Objects open read-only unless `MAPI_MODIFY` or
    /// `MAPI_BEST_ACCESS` is given and allowed (check `PR_ACCESS_LEVEL`). Check
    /// `*lpulObjType` before casting the returned pointer.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS`, `MAPI_E_NOT_FOUND` (no such object) or
    /// `MAPI_E_UNKNOWN_ENTRYID` (unrecognised entry ID, often because its provider
    /// is not open).
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size of the entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the object to open.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted; NULL means the object's standard interface.
    /// - `ulOpenFlags` (`ULONG`, in): Access options.
    /// - `lpulObjType` (`ULONG*`, out): Receives the object type (`MAPI_FOLDER`, `MAPI_MESSAGE`, ...).
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    pub OpenEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulOpenFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT,
    /// Returns the MAPI one-off table: the templates every active address book
    /// provider, and MAPI itself, offer for creating new recipients.
    ///
    /// Implemented by address book support objects. `MAPI_UNICODE` also governs
    /// the string types returned by the table's `QueryColumns`, `QueryRows` and
    /// `QuerySortOrder`. A provider registered for notifications on this table
    /// also hears about changes to other providers' one-off tables. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): String format of the columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the one-off table.
    pub GetOneOffTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Shows the common address dialog to build or edit a recipient list.
    ///
    /// Implemented by address book support objects. `Address` may free the
    /// incoming `ADRLIST` and return a new one of a different size, and frees and
    /// allocates property values as needed: allocate the list and each
    /// `SPropValue` array separately with `MAPIAllocateBuffer`. With `DIALOG_SDI`
    /// in `lpAdrParms` the call returns at once with the modeless dialog's window.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): In: parent window handle (required); out: the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpAdrParms` (`LPADRPARM`, in, out): Presentation and behaviour of the dialog.
    /// - `lppAdrList` (`LPADRLIST*`, in, out): In: the current recipients, or NULL; out: the updated list.
    pub Address: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulUIParam: *mut crate::ULONG_PTR,
        lpAdrParms: crate::LPADRPARM,
        lppAdrList: *mut crate::LPADRLIST,
    ) -> crate::HRESULT,
    /// Shows the details dialog of an address book entry.
    ///
    /// Implemented by address book support objects. `lpfButtonCallback`,
    /// `lpvButtonContext` and `lpszButtonText` add a caller-defined button; when it
    /// is clicked MAPI calls the callback with the context. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): Parent window handle; receives the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpfnDismiss` (`LPFNDISMISS`, in): Called when a modeless (`DIALOG_SDI`) dialog is dismissed, or NULL.
    /// - `lpvDismissContext` (`LPVOID`, in): Context passed to `lpfnDismiss`.
    /// - `cbEntryID` (`ULONG`, in): Size of the entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the entry to show.
    /// - `lpfButtonCallback` (`LPFNBUTTON`, in): Callback for the added button, or NULL.
    /// - `lpvButtonContext` (`LPVOID`, in): Context passed to `lpfButtonCallback`.
    /// - `lpszButtonText` (`LPTSTR`, in): Label of the added button, or NULL when none is needed.
    /// - `ulFlags` (`ULONG`, in): Dialog kind and string format.
    pub Details: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulUIParam: *mut crate::ULONG_PTR,
        lpfnDismiss: crate::LPFNDISMISS,
        lpvDismissContext: crate::LPVOID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpfButtonCallback: crate::LPFNBUTTON,
        lpvButtonContext: crate::LPVOID,
        lpszButtonText: crate::LPTSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Creates a new recipient, either in an address book container or for the
    /// recipient list of an outgoing message.
    ///
    /// Implemented by address book support objects. With no container (0/NULL)
    /// the result is a one-off entry ID like `CreateOneOff` makes. With no template
    /// (0/NULL) MAPI lets the user pick one from the one-off table; to use a known
    /// template, take its `PR_ENTRYID` from a container's `PR_CREATE_TEMPLATES`
    /// table. Free the returned entry ID with `MAPIFreeBuffer`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the dialog.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEIDContainer` (`ULONG`, in): Size of the container entry ID, or 0.
    /// - `lpEIDContainer` (`LPENTRYID`, in): Container to receive the entry, or NULL for a message recipient.
    /// - `cbEIDNewEntryTpl` (`ULONG`, in): Size of the template entry ID, or 0.
    /// - `lpEIDNewEntryTpl` (`LPENTRYID`, in): Template to use, or NULL to let the user choose.
    /// - `lpcbEIDNewEntry` (`ULONG*`, out): Receives the size of the new entry ID; may be NULL if the ID is not wanted.
    /// - `lppEIDNewEntry` (`LPENTRYID*`, out): Receives the new entry ID; may be NULL if the ID is not wanted.
    pub NewEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        cbEIDContainer: crate::ULONG,
        lpEIDContainer: crate::LPENTRYID,
        cbEIDNewEntryTpl: crate::ULONG,
        lpEIDNewEntryTpl: crate::LPENTRYID,
        lpcbEIDNewEntry: *mut crate::ULONG,
        lppEIDNewEntry: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Shows a configuration property sheet built from a display table.
    ///
    /// Implemented by every support object. Providers use it from
    /// `IMAPIStatus::SettingsDialog` or a details button; message services from
    /// their `MSGSERVICEENTRY` function, so that all configuration UI looks the
    /// same. The display table can come from `BuildDisplayTable`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): String format of `lpszTitle`.
    /// - `lpszTitle` (`LPTSTR`, in): Title of the property sheet.
    /// - `lpDisplayTable` (`LPMAPITABLE`, in): Display table describing the controls.
    /// - `lpConfigData` (`LPMAPIPROP`, in): Property object holding the configuration values.
    /// - `ulTopPage` (`ULONG`, in): Zero-based index of the page shown first.
    pub DoConfigPropsheet: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpszTitle: crate::LPTSTR,
        lpDisplayTable: crate::LPMAPITABLE,
        lpConfigData: crate::LPMAPIPROP,
        ulTopPage: crate::ULONG,
    ) -> crate::HRESULT,
    /// Copies or moves messages between folders, optionally with a progress
    /// indicator.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIFolder::CopyMessages`.
    ///
    /// Returns `S_OK`, or `MAPI_E_USER_CANCEL` when the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source folder.
    /// - `lpSrcFolder` (`LPVOID`, in): The folder holding the messages.
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry IDs of the messages.
    /// - `lpDestInterface` (`LPCIID`, in): Interface used to access the destination folder.
    /// - `lpDestFolder` (`LPVOID`, in): The open destination folder.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `MESSAGE_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Copy or move, and progress display.
    pub CopyMessages: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSrcInterface: crate::LPCIID,
        lpSrcFolder: crate::LPVOID,
        lpMsgList: crate::LPENTRYLIST,
        lpDestInterface: crate::LPCIID,
        lpDestFolder: crate::LPVOID,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Copies or moves a folder to another parent folder, optionally renaming it
    /// and taking its subfolders.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIFolder::CopyFolder`. The folder becomes a subfolder of the
    /// destination. After an error, do not assume nothing was copied.
    ///
    /// Returns `S_OK`; `MAPI_W_PARTIAL_COMPLETION` (success, but not every folder
    /// was processed); `MAPI_E_COLLISION` (a subfolder of that name already exists).
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source parent folder.
    /// - `lpSrcFolder` (`LPVOID`, in): Current parent of the folder.
    /// - `cbEntryID` (`ULONG`, in): Size of the folder's entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder to copy or move.
    /// - `lpInterface` (`LPCIID`, in): Reserved; must be NULL (named `lpDestInterface` in mapispi.h).
    /// - `lpDestFolder` (`LPVOID`, in): The new parent folder.
    /// - `lpszNewFolderName` (`LPTSTR`, in): New name, or NULL to keep the current name.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator; used only with `FOLDER_DIALOG`.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `FOLDER_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Copy or move, subfolders, progress and string format.
    pub CopyFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSrcInterface: crate::LPCIID,
        lpSrcFolder: crate::LPVOID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        lpDestFolder: crate::LPVOID,
        lpszNewFolderName: crate::LPTSTR,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Copies or moves all properties of an object, except excluded properties and
    /// interfaces, to another object.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIProp::CopyTo` for folders and messages. Subobjects are
    /// included. Exclusions: list tags in `lpExcludeProps` (a tag excludes its
    /// identifier regardless of type; e.g. `PR_MESSAGE_RECIPIENTS`,
    /// `PR_MESSAGE_ATTACHMENTS`, `PR_CONTAINER_HIERARCHY`), and interfaces in
    /// `rgiidExclude` (which also excludes derived interfaces; never exclude
    /// `IUnknown` or `IMAPIProp`). Per-property problems come back in
    /// `*lppProblems` only on `S_OK` (free with `MAPIFreeBuffer`, ignore
    /// `MAPI_E_COMPUTED` and `ulIndex`); on failure use `GetLastError`.
    ///
    /// Returns `S_OK`; `MAPI_E_COLLISION` (existing property with
    /// `MAPI_NOREPLACE`); `MAPI_E_FOLDER_CYCLE` (the source contains the
    /// destination; partial work possible); `MAPI_E_INTERFACE_NOT_SUPPORTED`;
    /// `MAPI_E_NO_ACCESS` (also when source and destination are the same);
    /// `MAPI_E_INVALID_PARAMETER` (`lpSrcInterface` NULL, or an empty exclude
    /// array).
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source object.
    /// - `lpSrcObj` (`LPVOID`, in): The source object.
    /// - `ciidExclude` (`ULONG`, in): Number of interfaces in `rgiidExclude`.
    /// - `rgiidExclude` (`LPCIID`, in): Interfaces whose supplemental data must not be copied.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Properties to leave out, or NULL to copy all of them.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `MAPI_DIALOG`.
    /// - `lpDestInterface` (`LPCIID`, in): Interface used to access the destination object.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Copy or move, overwrite and progress options.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives per-property problems; pass NULL to skip them.
    pub DoCopyTo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSrcInterface: crate::LPCIID,
        lpSrcObj: crate::LPVOID,
        ciidExclude: crate::ULONG,
        rgiidExclude: crate::LPCIID,
        lpExcludeProps: crate::LPSPropTagArray,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        lpDestInterface: crate::LPCIID,
        lpDestObj: crate::LPVOID,
        ulFlags: crate::ULONG,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
    /// Copies or moves selected properties of an object to another object.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIProp::CopyProps` for folders and messages. Source and
    /// destination should be of the same kind with the same interface. Include
    /// `PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`, `PR_CONTAINER_HIERARCHY`,
    /// `PR_CONTAINER_CONTENTS` or `PR_FOLDER_ASSOCIATED_CONTENTS` to copy those
    /// subobjects; copied subfolders always go in full. Per-property problems come
    /// back in `*lppProblems` only on `S_OK` (free with `MAPIFreeBuffer`); on
    /// failure use `GetLastError`.
    ///
    /// Returns `S_OK`; `MAPI_E_COLLISION`; `MAPI_E_FOLDER_CYCLE`;
    /// `MAPI_E_INTERFACE_NOT_SUPPORTED`; `MAPI_E_NO_ACCESS`;
    /// `MAPI_E_INVALID_PARAMETER` (`lpDestInterface` NULL).
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source object.
    /// - `lpSrcObj` (`LPVOID`, in): The source object.
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Properties to copy or move; must not be NULL.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `MAPI_DIALOG`.
    /// - `lpDestInterface` (`LPCIID`, in): Interface used to access the destination object; must not be NULL.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Copy or move, overwrite and progress options.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives per-property problems; pass NULL to skip them.
    pub DoCopyProps: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSrcInterface: crate::LPCIID,
        lpSrcObj: crate::LPVOID,
        lpIncludeProps: crate::LPSPropTagArray,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        lpDestInterface: crate::LPCIID,
        lpDestObj: crate::LPVOID,
        ulFlags: crate::ULONG,
        lppProblems: *mut crate::LPSPropProblemArray,
    ) -> crate::HRESULT,
    /// Returns MAPI's progress object, which computes progress and shows the
    /// standard progress dialog.
    ///
    /// Implemented by address book and message store support objects. Returns
    /// `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `ulFlags` (`ULONG`, in): How progress is computed.
    /// - `lppProgress` (`LPMAPIPROGRESS*`, out): Receives the progress object.
    pub DoProgressDialog: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lppProgress: *mut crate::LPMAPIPROGRESS,
    ) -> crate::HRESULT,
    /// Has MAPI generate a read or nonread report for a message.
    ///
    /// Implemented by message store support objects only. Call it when
    /// `PR_READ_RECEIPT_REQUESTED` is set and the message was read, moved, copied
    /// or passed to `IMessage::SetReadFlag`; never on delete, and only once per
    /// message. If a report message comes back, submit it with
    /// `IMessage::SubmitMessage` and release it; on failure release it without
    /// submitting. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Read or nonread report.
    /// - `lpReadMessage` (`LPMESSAGE`, in): The message being reported on.
    /// - `lppEmptyMessage` (`LPMESSAGE*`, in, out): In: an empty message; out: the report message.
    pub ReadReceipt: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpReadMessage: crate::LPMESSAGE,
        lppEmptyMessage: *mut crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Prepares a message for submission to the MAPI spooler.
    ///
    /// Implemented by message store support objects; called from
    /// `IMessage::SubmitMessage`. It handles resends (`MSGFLAG_RESEND`): for each
    /// recipient row, a recipient marked `MAPI_SUBMITTED` has the mark cleared and
    /// `PR_RESPONSIBILITY` set to FALSE, others become `MAPI_P1` with
    /// `PR_RESPONSIBILITY` TRUE. Call `SpoolerNotify(NOTIFY_READYTOSEND)` once per
    /// session before the first call. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message to prepare.
    /// - `lpulFlags` (`ULONG*`, in, out): Reserved: zero on input.
    pub PrepareSubmit: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Completes a message's recipient list.
    ///
    /// Implemented by message store support objects; call it early in
    /// `IMessage::SubmitMessage`. MAPI expands personal distribution lists
    /// (address type `MAPIPDL`), restores changed display names, marks duplicates,
    /// resolves one-off addresses and reports whether preprocessing is needed.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message whose recipients are processed.
    /// - `lpulFlags` (`ULONG*`, out): Receives what further processing the message needs.
    pub ExpandRecips: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Updates the personal address book with the recipients of a message.
    ///
    /// Obsolete and not described by the current reference; kept for the vtable
    /// layout.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpMessage` (`LPMESSAGE`, in): The message whose recipients are added.
    pub UpdatePAB: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Files a sent message: handles `PR_DELETE_AFTER_SUBMIT`, finds the Sent
    /// Items folder, runs its message hooks, moves the message there (or to
    /// Deleted Items or elsewhere) and releases it.
    ///
    /// Implemented by message store support objects; stores call it from
    /// `IMsgStore::FinishedMsg` after unlocking the message (reference count 1).
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpMessage` (`LPMESSAGE`, in): The sent message; it is released by the call.
    pub DoSentMail: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Opens the MAPI address book.
    ///
    /// Implemented by all service provider support objects; mostly used by
    /// tightly coupled stores and transports. The call succeeds and returns an
    /// address book even when some (or all) address book providers fail to load;
    /// then it returns `MAPI_W_ERRORS_RETURNED` and `GetLastError` tells which.
    /// Always release the returned pointer.
    ///
    /// Returns `S_OK` or `MAPI_W_ERRORS_RETURNED` (a success).
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): `IID_IAddrBook`, or NULL for the same.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppAdrBook` (`LPADRBOOK*`, out): Receives the address book.
    pub OpenAddressBook: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppAdrBook: *mut crate::LPADRBOOK,
    ) -> crate::HRESULT,
    /// Has the MAPI spooler preprocess a message of a tightly coupled store.
    ///
    /// Not described by the current reference; kept for the vtable layout.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEntryID` (`ULONG`, in): Size of the message entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the message.
    pub Preprocess: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Has the MAPI spooler postprocess a message.
    ///
    /// Implemented by message store support objects; only for stores tightly
    /// coupled with a transport that can handle every recipient of the message,
    /// when the message was preprocessed or needs postprocessing. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEntryID` (`ULONG`, in): Size of the message entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the message.
    pub CompleteMsg: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Asks MAPI to release a message store in an orderly way with respect to
    /// transport activity.
    ///
    /// Implemented by message store support objects. Stores call it from
    /// `IMsgStore::StoreLogoff`, passing the client's logoff flag through, and
    /// from the store's `Release` with `LOGOFF_ABORT` if `StoreLogoffTransports`
    /// was never called. If another process has the store open in the same
    /// profile, MAPI ignores the request and returns `LOGOFF_COMPLETE`. What the
    /// store does next depends on the returned flags. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in, out): In: one logoff mode; out: the state of transport activity.
    pub StoreLogoffTransports: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Has MAPI send delivery or nondelivery reports for some recipients of a
    /// message.
    ///
    /// Implemented by transport support objects. Gather all report information for
    /// a message and call once per recipient set: several calls for the same
    /// recipient produce duplicate reports. Allocate the `ADRLIST` with
    /// `MAPIAllocateBuffer`/`MAPIAllocateMore`; MAPI frees it, but only when the
    /// call succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_W_ERRORS_RETURNED` (a success: no recipient options
    /// for this recipient type).
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message being reported on.
    /// - `lpRecipList` (`LPADRLIST`, in): Recipients with their delivery or nondelivery properties; MAPI takes ownership on success.
    pub StatusRecips: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        lpRecipList: crate::LPADRLIST,
    ) -> crate::HRESULT,
    /// Wraps a store's private entry ID into a standard MAPI store entry ID.
    ///
    /// Implemented by all service provider support objects. A store with a
    /// private entry ID format returns the wrapped form for `PR_STORE_ENTRYID`;
    /// `IMSProvider::Logon` and `IMSLogon::CompareEntryIDs` still see the private
    /// form. Free the result with `MAPIFreeBuffer`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cbOrigEntry` (`ULONG`, in): Size of the private entry ID in bytes.
    /// - `lpOrigEntry` (`LPENTRYID`, in): The store's private entry ID.
    /// - `lpcbWrappedEntry` (`ULONG*`, out): Receives the size of the wrapped entry ID in bytes.
    /// - `lppWrappedEntry` (`LPENTRYID*`, out): Receives the wrapped entry ID.
    pub WrapStoreEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbOrigEntry: crate::ULONG,
        lpOrigEntry: crate::LPENTRYID,
        lpcbWrappedEntry: *mut crate::ULONG,
        lppWrappedEntry: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Makes the store's profile section permanent so the store appears in the
    /// message store table.
    ///
    /// Implemented by message store support objects. MAPI adds the provider's
    /// section to the installed stores, so clients see it in
    /// `IMAPISession::GetMsgStoresTable` and can open it without a dialog. With
    /// `MDB_TEMPORARY` it returns `S_OK` at once and does nothing. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Kind of store.
    pub ModifyProfile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Builds a storage object on top of a stream.
    ///
    /// Implemented by all service provider support objects. Providers without
    /// their own `IStorage` use it when `IMAPIProp::OpenProperty` asks for
    /// `IStorage`: open the property's stream read/write, mark it as a storage,
    /// call this and return the result. Do not let a property created as `IStorage`
    /// be opened as `IStream`, or the reverse. The storage holds a reference on the
    /// stream until it is released. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpUnkIn` (`LPUNKNOWN`, in): The stream.
    /// - `lpInterface` (`LPCIID`, in): `IID_IStream`, `IID_ILockBytes`, or NULL for `IStream`.
    /// - `ulFlags` (`ULONG`, in): Creation, access and starting position.
    /// - `lppStorageOut` (`LPSTORAGE*`, out): Receives the storage object.
    pub IStorageFromStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUnkIn: crate::LPUNKNOWN,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppStorageOut: *mut crate::LPSTORAGE,
    ) -> crate::HRESULT,
    /// Creates a message service support object, to pass to a message service
    /// entry point (`MSGSERVICEENTRY`).
    ///
    /// Implemented by every support object. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppSvcSupport` (`LPMAPISUP*`, out): Receives the message service support object.
    pub GetSvcConfigSupportObj: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppSvcSupport: *mut LPMAPISUP,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPISupport`]: `{0002030F-0000-0000-C000-000000000046}`.
pub const IID_IMAPISupport: crate::GUID = crate::GUID::from_u128(
    0x0002030f_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPISupport {
    const IID: crate::GUID = IID_IMAPISupport;
    const NAME: &'static str = "IMAPISupport";
    type Vtbl = IMAPISupportVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPISupport || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPISupportVtbl>() == 44 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`IMAPISupport`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPISupportImpl`, the provider side of `IMAPISupport`",
    label = "`IMAPISupport` needs `impl IMAPISupportImpl for {Self}`",
    note = "write `impl IMAPISupportImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPISupportImpl: crate::__private::Declares<
        IMAPISupport,
        0x0002030f_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error of the support object.
    ///
    /// Implemented by every support object. Use the returned structure only when
    /// the call returns `S_OK`; it may be NULL when MAPI has nothing more to say.
    /// Free it with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the requested string width
    /// is not supported.
    ///
    /// Called through slot 3 ([`IMAPISupportVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPISupportGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the addresses of `MAPIAllocateBuffer`, `MAPIAllocateMore` and
    /// `MAPIFreeBuffer`.
    ///
    /// Implemented by every support object. These are the same functions MAPI
    /// passed to the provider's entry point. Returns `S_OK`.
    ///
    /// Called through slot 4 ([`IMAPISupportVtbl::GetMemAllocRoutines`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mem_alloc_routines(
        &self,
    ) -> ::core::result::Result<crate::value::Allocator, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers an advise sink with MAPI so that MAPI manages notifications for
    /// an advise source.
    ///
    /// Implemented by all service provider support objects. Providers call it from
    /// their `Advise` methods. Build a notification key that identifies the source
    /// and is easy to rebuild, and pass the same key to `Notify` when the source
    /// changes. With `NOTIFY_SYNC`, later `Notify` calls for this registration
    /// complete all callbacks before returning; otherwise callbacks are queued to
    /// the subscribing processes. Returns `S_OK`.
    ///
    /// Called through slot 5 ([`IMAPISupportVtbl::Subscribe`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn subscribe(
        &self,
        lpKey: &[u8],
        ulEventMask: MAPISupportSubscribeEventMaskFlags,
        ulFlags: MAPISupportSubscribeFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpKey, ulEventMask, ulFlags, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a registration made with `Subscribe`.
    ///
    /// Implemented by all service provider support objects. MAPI releases the
    /// advise sink, normally during the call; if another thread is inside the
    /// sink's `OnNotify`, the release waits until that call returns.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when the connection does not exist.
    ///
    /// Called through slot 6 ([`IMAPISupportVtbl::Unsubscribe`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unsubscribe(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sends notifications to the advise sinks registered through `Subscribe`
    /// for an advise source.
    ///
    /// Implemented by all service provider support objects. MAPI copies the
    /// notification structures and calls each matching sink's `OnNotify`; the
    /// caller allocates nothing. Pass the same key as to `Subscribe` and use
    /// long-term entry IDs in the structures. For synchronous registrations the
    /// callbacks run before `Notify` returns (beware of deadlocks); if a provider
    /// callback returns `CALLBACK_DISCONTINUE`, MAPI stops and sets
    /// `NOTIFY_CANCELED`, and the caller may stop notifying that process. A zero
    /// output means keep notifying. Returns `S_OK`.
    ///
    /// Called through slot 7 ([`IMAPISupportVtbl::Notify`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn notify(
        &self,
        lpKey: &[u8],
        lpNotifications: &[crate::value::NotificationRef<'_>],
        lpulFlags: &mut MAPISupportNotifyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpKey, lpNotifications, lpulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds the provider's row to the status table, or updates it.
    ///
    /// Implemented by all service provider support objects. Providers call it at
    /// logon to add their row, and later with `STATUSROW_UPDATE` to change only the
    /// columns passed. See the MAPI "Status Tables" topic for the columns to
    /// supply. Returns `S_OK`.
    ///
    /// Called through slot 8 ([`IMAPISupportVtbl::ModifyStatusRow`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn modify_status_row(
        &self,
        lpColumnVals: &[crate::value::PropRef<'_>],
        ulFlags: MAPISupportModifyStatusRowFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpColumnVals, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a section of the current profile.
    ///
    /// Implemented by every support object. Sections open read-only unless
    /// `MAPI_MODIFY` is given and allowed. Opening a missing section read-only
    /// fails with `MAPI_E_NOT_FOUND`; opening it read/write creates it.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS` (insufficient permission),
    /// `MAPI_E_NOT_FOUND` (no such section) or `MAPI_E_UNKNOWN_FLAGS`.
    ///
    /// Called through slot 9 ([`IMAPISupportVtbl::OpenProfileSection`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_profile_section(
        &self,
        lpUid: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: MAPISupportOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IProfSect>, crate::Hresult> {
        let _ = (lpUid, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers a transport preprocessor (`PREPROCESSMESSAGE`) and its cleanup
    /// function (`REMOVEPREPROCESSINFO`) with the MAPI spooler.
    ///
    /// Implemented by transport support objects only. The function names are
    /// looked up with `GetProcAddress` in the named DLL. The preprocessor runs only
    /// for messages this transport handles: for recipients matching `lpMuid` or
    /// `lpszAdrType` (either one), or for every recipient when both are NULL.
    /// Returns `S_OK`.
    ///
    /// Called through slot 10 ([`IMAPISupportVtbl::RegisterPreprocessor`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn register_preprocessor(
        &self,
        lpMuid: ::core::option::Option<&crate::MAPIUID>,
        lpszAdrType: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszDLLName: crate::value::StrRef<'_>,
        lpszPreprocess: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszRemovePreprocessInfo: ::core::option::Option<crate::value::StrRef<'_>>,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpMuid,
            lpszAdrType,
            lpszDLLName,
            lpszPreprocess,
            lpszRemovePreprocessInfo,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Generates a new unique `MAPIUID`.
    ///
    /// Implemented by every support object; useful for long-term identifiers such
    /// as a new message's `PR_SEARCH_KEY`. Do not use it for the UID registered
    /// with `SetProviderUID`, which should be a fixed constant. Returns `S_OK`.
    ///
    /// Called through slot 11 ([`IMAPISupportVtbl::NewUID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn new_uid(&self) -> ::core::result::Result<crate::MAPIUID, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes an object unusable by swapping its vtable for a stub.
    ///
    /// Implemented by every support object. Afterwards `AddRef` and `Release`
    /// still work and every other method returns `MAPI_E_INVALID_OBJECT`; MAPI
    /// frees the memory with `MAPIFreeBuffer` on final release. Typically called at
    /// shutdown, or at any time (for example for subobjects a client left behind).
    /// The caller must own the object, which must be at least 16 bytes with at
    /// least three vtable methods. Returns `S_OK`.
    ///
    /// Called through slot 12 ([`IMAPISupportVtbl::MakeInvalid`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpObject` (`LPVOID`): The object to invalidate (an `IUnknown`-derived object). It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn make_invalid(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpObject: crate::LPVOID,
        ulRefCount: crate::ULONG,
        cMethods: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpObject, ulRefCount, cMethods);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Yields the CPU to the MAPI spooler during a long transport operation.
    ///
    /// Implemented by transport support objects. Call it periodically during
    /// pausable work (for example delivering to a long recipient list) so
    /// foreground applications keep running.
    ///
    /// Returns `S_OK`, or `MAPI_W_CANCEL_MESSAGE` when the spooler decided the
    /// message should not be sent any more: stop delivering it and return
    /// `MAPI_E_USER_CANCEL` if possible.
    ///
    /// Called through slot 13 ([`IMAPISupportVtbl::SpoolerYield`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn spooler_yield(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the MAPI spooler about a status change or asks it for a service.
    ///
    /// Implemented by message store and transport support objects. Transports may
    /// use every flag except `NOTIFY_NEWMAIL_RECEIVED`; stores may use only
    /// `NOTIFY_NEWMAIL_RECEIVED` and `NOTIFY_READYTOSEND`.
    ///
    /// Notes for transports: while in a `NOTIFY_CRITSEC` section return
    /// `MAPI_E_BUSY` from `IMAPIStatus::ValidateState`; after
    /// `NOTIFY_CRITICAL_ERROR` the spooler only releases the provider (if sent from
    /// `StartMessage` or `SubmitMessage`, fail that call right away); send
    /// `NOTIFY_READYTOSEND` after recovering from a failure.
    ///
    /// Notes for stores: send `NOTIFY_READYTOSEND` once per session before the first
    /// `PrepareSubmit` in `IMessage::SubmitMessage`. A store tightly coupled with a
    /// transport sends `NOTIFY_NEWMAIL_RECEIVED`; the spooler then runs the new-mail
    /// hooks and calls `IMsgStore::NotifyNewMail`. Returns `S_OK`.
    ///
    /// Called through slot 14 ([`IMAPISupportVtbl::SpoolerNotify`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpvData` (`LPVOID`): Data for `NOTIFY_CRITICAL_ERROR`, `NOTIFY_NEWMAIL_RECEIVED` or `NOTIFY_SENTDEFERRED`; NULL otherwise. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn spooler_notify(
        &self,
        ulFlags: MAPISupportSpoolerNotifyFlags,
        lpvData: crate::LPVOID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpvData);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Builds an entry ID for a one-off recipient (one not in any loaded address
    /// book container).
    ///
    /// Implemented by all service provider support objects. Free the entry ID with
    /// `MAPIFreeBuffer`. Unless `MAPI_SEND_NO_RICH_INFO` is given, MAPI sets
    /// `PR_SEND_RICH_INFO` to TRUE (FALSE for Internet addresses); transports
    /// should honour it and support TNEF. Returns `S_OK`.
    ///
    /// Called through slot 15 ([`IMAPISupportVtbl::CreateOneOff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_one_off(
        &self,
        lpszName: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszAdrType: crate::value::StrRef<'_>,
        lpszAddress: crate::value::StrRef<'_>,
        ulFlags: MAPISupportCreateOneOffFlags,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszName, lpszAdrType, lpszAddress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers a `MAPIUID` that identifies the calling address book or message
    /// store provider.
    ///
    /// Implemented by address book and message store support objects. Call it at
    /// logon. The provider puts this UID in every entry ID it creates; MAPI uses it
    /// to route calls such as `IMAPISession::OpenEntry` to the right provider. Each
    /// call adds a UID (even a duplicate); none can be removed. Returns `S_OK`.
    ///
    /// Called through slot 16 ([`IMAPISupportVtbl::SetProviderUID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_provider_uid(
        &self,
        lpProviderID: &crate::MAPIUID,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpProviderID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two entry IDs of the same provider refer to the same object.
    ///
    /// Implemented by address book and message store support objects. MAPI finds
    /// the owning provider from the UID in the entry IDs and calls its logon
    /// object's `CompareEntryIDs`. If the call fails, act conservatively and do not
    /// trust the result.
    ///
    /// Returns `S_OK`, or `MAPI_E_UNKNOWN_ENTRYID` when an entry ID is not
    /// recognised.
    ///
    /// Called through slot 17 ([`IMAPISupportVtbl::CompareEntryIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a recipient entry that belongs to a foreign address book provider,
    /// binding the host's data to the foreign provider's code.
    ///
    /// Implemented by address book support objects only; called by host
    /// providers that store entries with foreign template IDs. If the returned
    /// object is the one passed in, the foreign provider holds its own reference
    /// and the caller may release its own. On `MAPI_E_UNKNOWN_ENTRYID` (the
    /// foreign provider is not available) treat the entry as read-only.
    ///
    /// Returns `S_OK` or `MAPI_E_UNKNOWN_ENTRYID`.
    ///
    /// Called through slot 18 ([`IMAPISupportVtbl::OpenTemplateID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_template_id(
        &self,
        lpTemplateID: &[u8],
        ulTemplateFlags: MAPISupportOpenTemplateIDFlags,
        lpMAPIPropData: crate::ComPtr<crate::IMAPIProp>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        lpMAPIPropSibling: ::core::option::Option<crate::ComPtr<crate::IMAPIProp>>,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (
            lpTemplateID,
            ulTemplateFlags,
            lpMAPIPropData,
            lpInterface,
            lpMAPIPropSibling,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens any object from its entry ID.
    ///
    /// Implemented by all service provider support objects. Prefer
    /// `IMsgStore::OpenEntry` or `IAddrBook::OpenEntry` when the kind of object is
    /// known; they are faster. Objects open read-only unless `MAPI_MODIFY` or
    /// `MAPI_BEST_ACCESS` is given and allowed (check `PR_ACCESS_LEVEL`). Check
    /// `*lpulObjType` before casting the returned pointer.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS`, `MAPI_E_NOT_FOUND` (no such object) or
    /// `MAPI_E_UNKNOWN_ENTRYID` (unrecognised entry ID, often because its provider
    /// is not open).
    ///
    /// Called through slot 19 ([`IMAPISupportVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: &[u8],
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulOpenFlags: MAPISupportOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulOpenFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the MAPI one-off table: the templates every active address book
    /// provider, and MAPI itself, offer for creating new recipients.
    ///
    /// Implemented by address book support objects. `MAPI_UNICODE` also governs
    /// the string types returned by the table's `QueryColumns`, `QueryRows` and
    /// `QuerySortOrder`. A provider registered for notifications on this table
    /// also hears about changes to other providers' one-off tables. Returns `S_OK`.
    ///
    /// Called through slot 20 ([`IMAPISupportVtbl::GetOneOffTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_one_off_table(
        &self,
        ulFlags: MAPISupportGetOneOffTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows the common address dialog to build or edit a recipient list.
    ///
    /// Implemented by address book support objects. `Address` may free the
    /// incoming `ADRLIST` and return a new one of a different size, and frees and
    /// allocates property values as needed: allocate the list and each
    /// `SPropValue` array separately with `MAPIAllocateBuffer`. With `DIALOG_SDI`
    /// in `lpAdrParms` the call returns at once with the modeless dialog's window.
    /// Returns `S_OK`.
    ///
    /// Called through slot 21 ([`IMAPISupportVtbl::Address`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpAdrParms` (`LPADRPARM`): Presentation and behaviour of the dialog. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    ///
    /// `lppAdrList` (`LPADRLIST*`): In: the current recipients, or NULL; out: the updated list. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn address(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpAdrParms: crate::LPADRPARM,
        lppAdrList: *mut crate::LPADRLIST,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulUIParam, lpAdrParms, lppAdrList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows the details dialog of an address book entry.
    ///
    /// Implemented by address book support objects. `lpfButtonCallback`,
    /// `lpvButtonContext` and `lpszButtonText` add a caller-defined button; when it
    /// is clicked MAPI calls the callback with the context. Returns `S_OK`.
    ///
    /// Called through slot 22 ([`IMAPISupportVtbl::Details`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpvDismissContext` (`LPVOID`): Context passed to `lpfnDismiss`. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    ///
    /// `lpvButtonContext` (`LPVOID`): Context passed to `lpfButtonCallback`. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn details(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpfnDismiss: crate::LPFNDISMISS,
        lpvDismissContext: crate::LPVOID,
        lpEntryID: &[u8],
        lpfButtonCallback: crate::LPFNBUTTON,
        lpvButtonContext: crate::LPVOID,
        lpszButtonText: ::core::option::Option<crate::value::StrRef<'_>>,
        ulFlags: MAPISupportDetailsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpulUIParam,
            lpfnDismiss,
            lpvDismissContext,
            lpEntryID,
            lpfButtonCallback,
            lpvButtonContext,
            lpszButtonText,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a new recipient, either in an address book container or for the
    /// recipient list of an outgoing message.
    ///
    /// Implemented by address book support objects. With no container (0/NULL)
    /// the result is a one-off entry ID like `CreateOneOff` makes. With no template
    /// (0/NULL) MAPI lets the user pick one from the one-off table; to use a known
    /// template, take its `PR_ENTRYID` from a container's `PR_CREATE_TEMPLATES`
    /// table. Free the returned entry ID with `MAPIFreeBuffer`. Returns `S_OK`.
    ///
    /// Called through slot 23 ([`IMAPISupportVtbl::NewEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn new_entry(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportReservedFlags,
        lpEIDContainer: ::core::option::Option<&[u8]>,
        lpEIDNewEntryTpl: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (ulUIParam, ulFlags, lpEIDContainer, lpEIDNewEntryTpl);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a configuration property sheet built from a display table.
    ///
    /// Implemented by every support object. Providers use it from
    /// `IMAPIStatus::SettingsDialog` or a details button; message services from
    /// their `MSGSERVICEENTRY` function, so that all configuration UI looks the
    /// same. The display table can come from `BuildDisplayTable`. Returns `S_OK`.
    ///
    /// Called through slot 24 ([`IMAPISupportVtbl::DoConfigPropsheet`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_config_propsheet(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportDoConfigPropsheetFlags,
        lpszTitle: crate::value::StrRef<'_>,
        lpDisplayTable: crate::ComPtr<crate::IMAPITable>,
        lpConfigData: crate::ComPtr<crate::IMAPIProp>,
        ulTopPage: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, lpszTitle, lpDisplayTable, lpConfigData, ulTopPage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves messages between folders, optionally with a progress
    /// indicator.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIFolder::CopyMessages`.
    ///
    /// Returns `S_OK`, or `MAPI_E_USER_CANCEL` when the user cancelled.
    ///
    /// Called through slot 25 ([`IMAPISupportVtbl::CopyMessages`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_messages(
        &self,
        lpSrcInterface: &crate::GUID,
        lpSrcFolder: crate::ComPtr<crate::IUnknown>,
        lpMsgList: &[&[u8]],
        lpDestInterface: &crate::GUID,
        lpDestFolder: crate::ComPtr<crate::IUnknown>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPISupportCopyMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpSrcInterface,
            lpSrcFolder,
            lpMsgList,
            lpDestInterface,
            lpDestFolder,
            ulUIParam,
            lpProgress,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves a folder to another parent folder, optionally renaming it
    /// and taking its subfolders.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIFolder::CopyFolder`. The folder becomes a subfolder of the
    /// destination. After an error, do not assume nothing was copied.
    ///
    /// Returns `S_OK`; `MAPI_W_PARTIAL_COMPLETION` (success, but not every folder
    /// was processed); `MAPI_E_COLLISION` (a subfolder of that name already exists).
    ///
    /// Called through slot 26 ([`IMAPISupportVtbl::CopyFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_folder(
        &self,
        lpSrcInterface: &crate::GUID,
        lpSrcFolder: crate::ComPtr<crate::IUnknown>,
        lpEntryID: &[u8],
        lpInterface: ::core::option::Option<&crate::GUID>,
        lpDestFolder: crate::ComPtr<crate::IUnknown>,
        lpszNewFolderName: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPISupportCopyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpSrcInterface,
            lpSrcFolder,
            lpEntryID,
            lpInterface,
            lpDestFolder,
            lpszNewFolderName,
            ulUIParam,
            lpProgress,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves all properties of an object, except excluded properties and
    /// interfaces, to another object.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIProp::CopyTo` for folders and messages. Subobjects are
    /// included. Exclusions: list tags in `lpExcludeProps` (a tag excludes its
    /// identifier regardless of type; e.g. `PR_MESSAGE_RECIPIENTS`,
    /// `PR_MESSAGE_ATTACHMENTS`, `PR_CONTAINER_HIERARCHY`), and interfaces in
    /// `rgiidExclude` (which also excludes derived interfaces; never exclude
    /// `IUnknown` or `IMAPIProp`). Per-property problems come back in
    /// `*lppProblems` only on `S_OK` (free with `MAPIFreeBuffer`, ignore
    /// `MAPI_E_COMPUTED` and `ulIndex`); on failure use `GetLastError`.
    ///
    /// Returns `S_OK`; `MAPI_E_COLLISION` (existing property with
    /// `MAPI_NOREPLACE`); `MAPI_E_FOLDER_CYCLE` (the source contains the
    /// destination; partial work possible); `MAPI_E_INTERFACE_NOT_SUPPORTED`;
    /// `MAPI_E_NO_ACCESS` (also when source and destination are the same);
    /// `MAPI_E_INVALID_PARAMETER` (`lpSrcInterface` NULL, or an empty exclude
    /// array).
    ///
    /// Called through slot 27 ([`IMAPISupportVtbl::DoCopyTo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_copy_to(
        &self,
        lpSrcInterface: &crate::GUID,
        lpSrcObj: crate::ComPtr<crate::IUnknown>,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        lpDestInterface: &crate::GUID,
        lpDestObj: crate::ComPtr<crate::IUnknown>,
        ulFlags: MAPISupportDoCopyToFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (
            lpSrcInterface,
            lpSrcObj,
            rgiidExclude,
            lpExcludeProps,
            ulUIParam,
            lpProgress,
            lpDestInterface,
            lpDestObj,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves selected properties of an object to another object.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIProp::CopyProps` for folders and messages. Source and
    /// destination should be of the same kind with the same interface. Include
    /// `PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`, `PR_CONTAINER_HIERARCHY`,
    /// `PR_CONTAINER_CONTENTS` or `PR_FOLDER_ASSOCIATED_CONTENTS` to copy those
    /// subobjects; copied subfolders always go in full. Per-property problems come
    /// back in `*lppProblems` only on `S_OK` (free with `MAPIFreeBuffer`); on
    /// failure use `GetLastError`.
    ///
    /// Returns `S_OK`; `MAPI_E_COLLISION`; `MAPI_E_FOLDER_CYCLE`;
    /// `MAPI_E_INTERFACE_NOT_SUPPORTED`; `MAPI_E_NO_ACCESS`;
    /// `MAPI_E_INVALID_PARAMETER` (`lpDestInterface` NULL).
    ///
    /// Called through slot 28 ([`IMAPISupportVtbl::DoCopyProps`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_copy_props(
        &self,
        lpSrcInterface: &crate::GUID,
        lpSrcObj: crate::ComPtr<crate::IUnknown>,
        lpIncludeProps: &[crate::value::PropTag],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        lpDestInterface: &crate::GUID,
        lpDestObj: crate::ComPtr<crate::IUnknown>,
        ulFlags: MAPISupportDoCopyPropsFlags,
    ) -> ::core::result::Result<::std::vec::Vec<crate::value::Problem>, crate::Hresult> {
        let _ = (
            lpSrcInterface,
            lpSrcObj,
            lpIncludeProps,
            ulUIParam,
            lpProgress,
            lpDestInterface,
            lpDestObj,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns MAPI's progress object, which computes progress and shows the
    /// standard progress dialog.
    ///
    /// Implemented by address book and message store support objects. Returns
    /// `S_OK`.
    ///
    /// Called through slot 29 ([`IMAPISupportVtbl::DoProgressDialog`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_progress_dialog(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportDoProgressDialogFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProgress>, crate::Hresult> {
        let _ = (ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Has MAPI generate a read or nonread report for a message.
    ///
    /// Implemented by message store support objects only. Call it when
    /// `PR_READ_RECEIPT_REQUESTED` is set and the message was read, moved, copied
    /// or passed to `IMessage::SetReadFlag`; never on delete, and only once per
    /// message. If a report message comes back, submit it with
    /// `IMessage::SubmitMessage` and release it; on failure release it without
    /// submitting. Returns `S_OK`.
    ///
    /// Called through slot 30 ([`IMAPISupportVtbl::ReadReceipt`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn read_receipt(
        &self,
        ulFlags: MAPISupportReadReceiptFlags,
        lpReadMessage: crate::ComPtr<crate::IMessage>,
        lppEmptyMessage: &mut ::core::option::Option<crate::ComPtr<crate::IMessage>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpReadMessage, lppEmptyMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares a message for submission to the MAPI spooler.
    ///
    /// Implemented by message store support objects; called from
    /// `IMessage::SubmitMessage`. It handles resends (`MSGFLAG_RESEND`): for each
    /// recipient row, a recipient marked `MAPI_SUBMITTED` has the mark cleared and
    /// `PR_RESPONSIBILITY` set to FALSE, others become `MAPI_P1` with
    /// `PR_RESPONSIBILITY` TRUE. Call `SpoolerNotify(NOTIFY_READYTOSEND)` once per
    /// session before the first call. Returns `S_OK`.
    ///
    /// Called through slot 31 ([`IMAPISupportVtbl::PrepareSubmit`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn prepare_submit(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
        lpulFlags: &mut MAPISupportPrepareSubmitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpMessage, lpulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Completes a message's recipient list.
    ///
    /// Implemented by message store support objects; call it early in
    /// `IMessage::SubmitMessage`. MAPI expands personal distribution lists
    /// (address type `MAPIPDL`), restores changed display names, marks duplicates,
    /// resolves one-off addresses and reports whether preprocessing is needed.
    /// Returns `S_OK`.
    ///
    /// Called through slot 32 ([`IMAPISupportVtbl::ExpandRecips`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn expand_recips(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<MAPISupportExpandRecipsFlags, crate::Hresult> {
        let _ = (lpMessage,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Updates the personal address book with the recipients of a message.
    ///
    /// Obsolete and not described by the current reference; kept for the vtable
    /// layout.
    ///
    /// Called through slot 33 ([`IMAPISupportVtbl::UpdatePAB`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn update_pab(
        &self,
        ulFlags: crate::ULONG,
        lpMessage: crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Files a sent message: handles `PR_DELETE_AFTER_SUBMIT`, finds the Sent
    /// Items folder, runs its message hooks, moves the message there (or to
    /// Deleted Items or elsewhere) and releases it.
    ///
    /// Implemented by message store support objects; stores call it from
    /// `IMsgStore::FinishedMsg` after unlocking the message (reference count 1).
    /// Returns `S_OK`.
    ///
    /// Called through slot 34 ([`IMAPISupportVtbl::DoSentMail`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_sent_mail(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpMessage: crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the MAPI address book.
    ///
    /// Implemented by all service provider support objects; mostly used by
    /// tightly coupled stores and transports. The call succeeds and returns an
    /// address book even when some (or all) address book providers fail to load;
    /// then it returns `MAPI_W_ERRORS_RETURNED` and `GetLastError` tells which.
    /// Always release the returned pointer.
    ///
    /// Returns `S_OK` or `MAPI_W_ERRORS_RETURNED` (a success).
    ///
    /// Called through slot 35 ([`IMAPISupportVtbl::OpenAddressBook`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_address_book(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Has the MAPI spooler preprocess a message of a tightly coupled store.
    ///
    /// Not described by the current reference; kept for the vtable layout.
    ///
    /// Called through slot 36 ([`IMAPISupportVtbl::Preprocess`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn preprocess(
        &self,
        ulFlags: crate::ULONG,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Has the MAPI spooler postprocess a message.
    ///
    /// Implemented by message store support objects; only for stores tightly
    /// coupled with a transport that can handle every recipient of the message,
    /// when the message was preprocessed or needs postprocessing. Returns `S_OK`.
    ///
    /// Called through slot 37 ([`IMAPISupportVtbl::CompleteMsg`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn complete_msg(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks MAPI to release a message store in an orderly way with respect to
    /// transport activity.
    ///
    /// Implemented by message store support objects. Stores call it from
    /// `IMsgStore::StoreLogoff`, passing the client's logoff flag through, and
    /// from the store's `Release` with `LOGOFF_ABORT` if `StoreLogoffTransports`
    /// was never called. If another process has the store open in the same
    /// profile, MAPI ignores the request and returns `LOGOFF_COMPLETE`. What the
    /// store does next depends on the returned flags. Returns `S_OK`.
    ///
    /// Called through slot 38 ([`IMAPISupportVtbl::StoreLogoffTransports`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn store_logoff_transports(
        &self,
        lpulFlags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Has MAPI send delivery or nondelivery reports for some recipients of a
    /// message.
    ///
    /// Implemented by transport support objects. Gather all report information for
    /// a message and call once per recipient set: several calls for the same
    /// recipient produce duplicate reports. Allocate the `ADRLIST` with
    /// `MAPIAllocateBuffer`/`MAPIAllocateMore`; MAPI frees it, but only when the
    /// call succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_W_ERRORS_RETURNED` (a success: no recipient options
    /// for this recipient type).
    ///
    /// Called through slot 39 ([`IMAPISupportVtbl::StatusRecips`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn status_recips(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
        lpRecipList: &[::std::vec::Vec<crate::value::PropRef<'_>>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpMessage, lpRecipList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Wraps a store's private entry ID into a standard MAPI store entry ID.
    ///
    /// Implemented by all service provider support objects. A store with a
    /// private entry ID format returns the wrapped form for `PR_STORE_ENTRYID`;
    /// `IMSProvider::Logon` and `IMSLogon::CompareEntryIDs` still see the private
    /// form. Free the result with `MAPIFreeBuffer`. Returns `S_OK`.
    ///
    /// Called through slot 40 ([`IMAPISupportVtbl::WrapStoreEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn wrap_store_entry_id(
        &self,
        lpOrigEntry: &[u8],
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpOrigEntry,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes the store's profile section permanent so the store appears in the
    /// message store table.
    ///
    /// Implemented by message store support objects. MAPI adds the provider's
    /// section to the installed stores, so clients see it in
    /// `IMAPISession::GetMsgStoresTable` and can open it without a dialog. With
    /// `MDB_TEMPORARY` it returns `S_OK` at once and does nothing. Returns `S_OK`.
    ///
    /// Called through slot 41 ([`IMAPISupportVtbl::ModifyProfile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn modify_profile(
        &self,
        ulFlags: MAPISupportModifyProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Builds a storage object on top of a stream.
    ///
    /// Implemented by all service provider support objects. Providers without
    /// their own `IStorage` use it when `IMAPIProp::OpenProperty` asks for
    /// `IStorage`: open the property's stream read/write, mark it as a storage,
    /// call this and return the result. Do not let a property created as `IStorage`
    /// be opened as `IStream`, or the reverse. The storage holds a reference on the
    /// stream until it is released. Returns `S_OK`.
    ///
    /// Called through slot 42 ([`IMAPISupportVtbl::IStorageFromStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn i_storage_from_stream(
        &self,
        lpUnkIn: crate::ComPtr<crate::IUnknown>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPISupportIStorageFromStreamFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStorage>, crate::Hresult> {
        let _ = (lpUnkIn, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a message service support object, to pass to a message service
    /// entry point (`MSGSERVICEENTRY`).
    ///
    /// Implemented by every support object. Returns `S_OK`.
    ///
    /// Called through slot 43 ([`IMAPISupportVtbl::GetSvcConfigSupportObj`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_svc_config_support_obj(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPISupport>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPISupportVtbl {
    /// A vtable of [`IMAPISupport`] whose slots check their arguments and call [`IMAPISupportImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPISupportImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPISupport::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPISupportGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPISupportImpl>::get_last_error(
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
            GetMemAllocRoutines: {
                /// `IMAPISupport::GetMemAllocRoutines`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lppAllocateBuffer: *mut crate::LPALLOCATEBUFFER,
                    lppAllocateMore: *mut crate::LPALLOCATEMORE,
                    lppFreeBuffer: *mut crate::LPFREEBUFFER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppAllocateBuffer.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAllocateBuffer, 0, 1) };
                        }
                        if !lppAllocateMore.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAllocateMore, 0, 1) };
                        }
                        if !lppFreeBuffer.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppFreeBuffer, 0, 1) };
                        }
                        if lppAllocateBuffer.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppAllocateMore.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppFreeBuffer.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::get_mem_alloc_routines(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lppAllocateBuffer
                                        .write(::core::option::Option::Some(arg0.functions().0))
                                };
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lppAllocateMore
                                        .write(::core::option::Option::Some(arg0.functions().1))
                                };
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lppFreeBuffer
                                        .write(::core::option::Option::Some(arg0.functions().2))
                                };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Subscribe: {
                /// `IMAPISupport::Subscribe`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpKey: LPNOTIFKEY,
                    ulEventMask: crate::ULONG,
                    ulFlags: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulConnection.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulConnection, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::notif_key_from_raw(lpKey.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MAPISupportSubscribeEventMaskFlags as crate::FlagSet>::check_input_for(
                            ulEventMask,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match <MAPISupportSubscribeFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIAdviseSink,
                            >::from_borrowed(
                                lpAdviseSink.cast::<crate::IMAPIAdviseSink>(),
                            )
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lpulConnection.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::subscribe(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulConnection.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Unsubscribe: {
                /// `IMAPISupport::Unsubscribe`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::unsubscribe(
                            object.inner(),
                            ulConnection,
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
            Notify: {
                /// `IMAPISupport::Notify`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpKey: LPNOTIFKEY,
                    cNotification: crate::ULONG,
                    lpNotifications: crate::LPNOTIFICATION,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::notif_key_from_raw(lpKey.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: the caller passes `cNotification` elements at
                        // a non-null `lpNotifications`, readable for the call;
                        // the view checks the count and reads each element as
                        // its type says.
                        let arg2 = match unsafe {
                            crate::value::NotificationRef::slice_from_raw(
                                lpNotifications.cast_const().cast(),
                                cNotification,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg3 = match <MAPISupportNotifyFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let mut arg3 = arg3;
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::notify(
                            object.inner(),
                            arg0,
                            &arg2,
                            &mut arg3,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write_unaligned(
                                            arg3.bits()
                                                & <MAPISupportNotifyFlags as crate::FlagSet>::OUT_MASK,
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
            ModifyStatusRow: {
                /// `IMAPISupport::ModifyStatusRow`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cValues: crate::ULONG,
                    lpColumnVals: crate::LPSPropValue,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cValues` elements at a
                        // non-null `lpColumnVals`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                lpColumnVals.cast_const().cast(),
                                cValues,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match <MAPISupportModifyStatusRowFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::modify_status_row(
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
            OpenProfileSection: {
                /// `IMAPISupport::OpenProfileSection`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUid: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                    lppProfileObj: *mut crate::LPPROFSECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProfileObj.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProfileObj, 0, 1) };
                        }
                        let arg0 = if lpUid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUid.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let arg1 = match <MAPISupportOpenProfileSectionFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProfileObj.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::open_profile_section(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppProfileObj.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RegisterPreprocessor: {
                /// `IMAPISupport::RegisterPreprocessor`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMuid: crate::LPMAPIUID,
                    lpszAdrType: crate::LPSTR,
                    lpszDLLName: crate::LPSTR,
                    lpszPreprocess: crate::LPSTR,
                    lpszRemovePreprocessInfo: crate::LPSTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpMuid.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpMuid.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszAdrType.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszDLLName.cast_const().cast(),
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg3 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszPreprocess.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg4 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszRemovePreprocessInfo.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg5 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::register_preprocessor(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                            arg2,
                            arg3,
                            arg4,
                            arg5,
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
            NewUID: {
                /// `IMAPISupport::NewUID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMuid: crate::LPMAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpMuid.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpMuid, 0, 1) };
                        }
                        if lpMuid.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::new_uid(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpMuid.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            MakeInvalid: {
                /// `IMAPISupport::MakeInvalid`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpObject: crate::LPVOID,
                    ulRefCount: crate::ULONG,
                    cMethods: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpObject.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = arg0;
                        let __c1 = lpObject;
                        let __c2 = ulRefCount;
                        let __c3 = cMethods;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IMAPISupportImpl>::make_invalid(
                                object.inner(),
                                __c0,
                                __c1,
                                __c2,
                                __c3,
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
            SpoolerYield: {
                /// `IMAPISupport::SpoolerYield`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::spooler_yield(
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
            SpoolerNotify: {
                /// `IMAPISupport::SpoolerNotify`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpvData: crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportSpoolerNotifyFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = arg0;
                        let __c1 = lpvData;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IMAPISupportImpl>::spooler_notify(
                                object.inner(),
                                __c0,
                                __c1,
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
            CreateOneOff: {
                /// `IMAPISupport::CreateOneOff`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszName: crate::LPTSTR,
                    lpszAdrType: crate::LPTSTR,
                    lpszAddress: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcbEntryID.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcbEntryID, 0, 1) };
                        }
                        if !lppEntryID.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppEntryID, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszAdrType.cast_const().cast(),
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
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszAddress.cast_const().cast(),
                                __unicode,
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
                        let arg3 = match <MAPISupportCreateOneOffFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::create_one_off(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                let __buf5 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg5.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf5.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lppEntryID.write(__ptr.cast());
                                    lpcbEntryID.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetProviderUID: {
                /// `IMAPISupport::SetProviderUID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpProviderID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpProviderID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpProviderID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::set_provider_uid(
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
            CompareEntryIDs: {
                /// `IMAPISupport::CompareEntryIDs`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID1: crate::ULONG,
                    lpEntryID1: crate::LPENTRYID,
                    cbEntryID2: crate::ULONG,
                    lpEntryID2: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                    lpulResult: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulResult.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulResult, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbEntryID1` valid elements
                        // at `lpEntryID1` (null, misaligned and oversized are
                        // checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID1.cast(), cbEntryID1 as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbEntryID2` valid elements
                        // at `lpEntryID2` (null, misaligned and oversized are
                        // checked).
                        let arg3 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID2.cast(), cbEntryID2 as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg4 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulResult.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::compare_entry_ids(
                            object.inner(),
                            arg1,
                            arg3,
                            arg4,
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulResult.write(arg5) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenTemplateID: {
                /// `IMAPISupport::OpenTemplateID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbTemplateID: crate::ULONG,
                    lpTemplateID: crate::LPENTRYID,
                    ulTemplateFlags: crate::ULONG,
                    lpMAPIPropData: crate::LPMAPIPROP,
                    lpInterface: crate::LPCIID,
                    lppMAPIPropNew: *mut crate::LPMAPIPROP,
                    lpMAPIPropSibling: crate::LPMAPIPROP,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIPropNew.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIPropNew, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbTemplateID` valid
                        // elements at `lpTemplateID` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpTemplateID.cast(), cbTemplateID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match <MAPISupportOpenTemplateIDFlags as crate::FlagSet>::check_input_for(
                            ulTemplateFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProp,
                            >::from_borrowed(lpMAPIPropData.cast::<crate::IMAPIProp>())
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg4 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        if lppMAPIPropNew.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg6 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProp,
                            >::from_borrowed(
                                lpMAPIPropSibling.cast::<crate::IMAPIProp>(),
                            )
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::open_template_id(
                            object.inner(),
                            arg1,
                            arg2,
                            arg3,
                            arg4.as_ref(),
                            arg6,
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg5;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppMAPIPropNew.write(p.cast()) }
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
            OpenEntry: {
                /// `IMAPISupport::OpenEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpInterface: crate::LPCIID,
                    ulOpenFlags: crate::ULONG,
                    lpulObjType: *mut crate::ULONG,
                    lppUnk: *mut crate::LPUNKNOWN,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulObjType.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulObjType, 0, 1) };
                        }
                        if !lppUnk.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppUnk, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbEntryID` valid elements
                        // at `lpEntryID` (null, misaligned and oversized are
                        // checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID.cast(), cbEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg3 = match <MAPISupportOpenEntryFlags as crate::FlagSet>::check_input_for(
                            ulOpenFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulObjType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppUnk.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPISupportImpl>::open_entry(
                            object.inner(),
                            arg1,
                            arg2.as_ref(),
                            arg3,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg4, arg5) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                {
                                    let __o = &arg5;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppUnk.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpulObjType.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetOneOffTable: {
                /// `IMAPISupport::GetOneOffTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MAPISupportGetOneOffTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::get_one_off_table(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppTable.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Address: {
                /// `IMAPISupport::Address`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulUIParam: *mut crate::ULONG_PTR,
                    lpAdrParms: crate::LPADRPARM,
                    lppAdrList: *mut crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if lpulUIParam.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpAdrParms.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppAdrList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        // SAFETY: checked non-null; the caller passes a valid
                        // in-out value.
                        let __c0 = unsafe { &mut *lpulUIParam };
                        let __c1 = lpAdrParms;
                        let __c2 = lppAdrList;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IMAPISupportImpl>::address(
                                object.inner(),
                                __c0,
                                __c1,
                                __c2,
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
            Details: {
                /// `IMAPISupport::Details`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulUIParam: *mut crate::ULONG_PTR,
                    lpfnDismiss: crate::LPFNDISMISS,
                    lpvDismissContext: crate::LPVOID,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpfButtonCallback: crate::LPFNBUTTON,
                    lpvButtonContext: crate::LPVOID,
                    lpszButtonText: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if lpulUIParam.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: the caller passes `cbEntryID` valid elements
                        // at `lpEntryID` (null, misaligned and oversized are
                        // checked).
                        let arg4 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID.cast(), cbEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg7 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszButtonText.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg8 = match <MAPISupportDetailsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        // SAFETY: checked non-null; the caller passes a valid
                        // in-out value.
                        let __c0 = unsafe { &mut *lpulUIParam };
                        let __c1 = lpfnDismiss;
                        let __c2 = lpvDismissContext;
                        let __c3 = arg4;
                        let __c4 = lpfButtonCallback;
                        let __c5 = lpvButtonContext;
                        let __c6 = arg7;
                        let __c7 = arg8;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IMAPISupportImpl>::details(
                                object.inner(),
                                __c0,
                                __c1,
                                __c2,
                                __c3,
                                __c4,
                                __c5,
                                __c6,
                                __c7,
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
            NewEntry: {
                /// `IMAPISupport::NewEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    cbEIDContainer: crate::ULONG,
                    lpEIDContainer: crate::LPENTRYID,
                    cbEIDNewEntryTpl: crate::ULONG,
                    lpEIDNewEntryTpl: crate::LPENTRYID,
                    lpcbEIDNewEntry: *mut crate::ULONG,
                    lppEIDNewEntry: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcbEIDNewEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcbEIDNewEntry, 0, 1) };
                        }
                        if !lppEIDNewEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppEIDNewEntry, 0, 1) };
                        }
                        let arg1 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpEIDContainer.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cbEIDContainer`
                                // valid elements at `lpEIDContainer` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpEIDContainer.cast(), cbEIDContainer as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        let arg5 = if lpEIDNewEntryTpl.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cbEIDNewEntryTpl`
                                // valid elements at `lpEIDNewEntryTpl` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpEIDNewEntryTpl.cast(), cbEIDNewEntryTpl as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::new_entry(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg3,
                            arg5,
                        ) {
                            ::core::result::Result::Ok(arg7) => {
                                let status: crate::HRESULT = 0;
                                let __buf7 = if !lppEIDNewEntry.is_null()
                                    && !lpcbEIDNewEntry.is_null()
                                {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                arg7.write(__alloc)
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
                                if let ::core::option::Option::Some(__buf7) = __buf7 {
                                    let (__count, __ptr) = __buf7.into_raw_parts();
                                    // SAFETY: both out-pointers were checked
                                    // non-null (an optional pair before
                                    // allocating); the caller now owns the
                                    // block.
                                    unsafe {
                                        lppEIDNewEntry.write(__ptr.cast());
                                        lpcbEIDNewEntry.write(__count);
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
            DoConfigPropsheet: {
                /// `IMAPISupport::DoConfigPropsheet`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpszTitle: crate::LPTSTR,
                    lpDisplayTable: crate::LPMAPITABLE,
                    lpConfigData: crate::LPMAPIPROP,
                    ulTopPage: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPISupportDoConfigPropsheetFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszTitle.cast_const().cast(),
                                __unicode,
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
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPITable,
                            >::from_borrowed(lpDisplayTable.cast::<crate::IMAPITable>())
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProp,
                            >::from_borrowed(lpConfigData.cast::<crate::IMAPIProp>())
                        };
                        let ::core::option::Option::Some(arg4) = arg4 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::do_config_propsheet(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            arg3,
                            arg4,
                            ulTopPage,
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
            CopyMessages: {
                /// `IMAPISupport::CopyMessages`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSrcInterface: crate::LPCIID,
                    lpSrcFolder: crate::LPVOID,
                    lpMsgList: crate::LPENTRYLIST,
                    lpDestInterface: crate::LPCIID,
                    lpDestFolder: crate::LPVOID,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpSrcInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpSrcInterface.cast::<crate::GUID>().read_unaligned()
                            })
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
                            >::from_borrowed(lpSrcFolder.cast())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg2 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpMsgList.cast_const().cast(),
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
                        let arg3 = if lpDestInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpDestInterface.cast::<crate::GUID>().read_unaligned()
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
                            >::from_borrowed(lpDestFolder.cast())
                        };
                        let ::core::option::Option::Some(arg4) = arg4 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg6 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg7 = match <MAPISupportCopyMessagesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::copy_messages(
                            object.inner(),
                            &arg0,
                            arg1,
                            &arg2,
                            &arg3,
                            arg4,
                            ulUIParam,
                            arg6,
                            arg7,
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
            CopyFolder: {
                /// `IMAPISupport::CopyFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSrcInterface: crate::LPCIID,
                    lpSrcFolder: crate::LPVOID,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpInterface: crate::LPCIID,
                    lpDestFolder: crate::LPVOID,
                    lpszNewFolderName: crate::LPTSTR,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpSrcInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpSrcInterface.cast::<crate::GUID>().read_unaligned()
                            })
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
                            >::from_borrowed(lpSrcFolder.cast())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: the caller passes `cbEntryID` valid elements
                        // at `lpEntryID` (null, misaligned and oversized are
                        // checked).
                        let arg3 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID.cast(), cbEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg4 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg5 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpDestFolder.cast())
                        };
                        let ::core::option::Option::Some(arg5) = arg5 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg6 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszNewFolderName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg8 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg9 = match <MAPISupportCopyFolderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::copy_folder(
                            object.inner(),
                            &arg0,
                            arg1,
                            arg3,
                            arg4.as_ref(),
                            arg5,
                            arg6,
                            ulUIParam,
                            arg8,
                            arg9,
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
            DoCopyTo: {
                /// `IMAPISupport::DoCopyTo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSrcInterface: crate::LPCIID,
                    lpSrcObj: crate::LPVOID,
                    ciidExclude: crate::ULONG,
                    rgiidExclude: crate::LPCIID,
                    lpExcludeProps: crate::LPSPropTagArray,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    lpDestInterface: crate::LPCIID,
                    lpDestObj: crate::LPVOID,
                    ulFlags: crate::ULONG,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProblems, 0, 1) };
                        }
                        let arg0 = if lpSrcInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpSrcInterface.cast::<crate::GUID>().read_unaligned()
                            })
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
                            >::from_borrowed(lpSrcObj.cast())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg3 = if rgiidExclude.is_null() {
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
                        let arg4 = match unsafe {
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
                        let arg6 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg7 = if lpDestInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpDestInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg7) = arg7 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg8 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpDestObj.cast())
                        };
                        let ::core::option::Option::Some(arg8) = arg8 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg9 = match <MAPISupportDoCopyToFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::do_copy_to(
                            object.inner(),
                            &arg0,
                            arg1,
                            arg3,
                            arg4.as_deref(),
                            ulUIParam,
                            arg6,
                            &arg7,
                            arg8,
                            arg9,
                        ) {
                            ::core::result::Result::Ok(arg10) => {
                                let status: crate::HRESULT = 0;
                                let __buf10 = if !lppProblems.is_null() && !arg10.is_empty()
                                {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_problems(__alloc, &arg10)
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
                                if let ::core::option::Option::Some(__buf10) = __buf10 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppProblems.write(__buf10.into_raw().cast()) };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DoCopyProps: {
                /// `IMAPISupport::DoCopyProps`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSrcInterface: crate::LPCIID,
                    lpSrcObj: crate::LPVOID,
                    lpIncludeProps: crate::LPSPropTagArray,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    lpDestInterface: crate::LPCIID,
                    lpDestObj: crate::LPVOID,
                    ulFlags: crate::ULONG,
                    lppProblems: *mut crate::LPSPropProblemArray,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProblems.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProblems, 0, 1) };
                        }
                        let arg0 = if lpSrcInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpSrcInterface.cast::<crate::GUID>().read_unaligned()
                            })
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
                            >::from_borrowed(lpSrcObj.cast())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg2 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpIncludeProps.cast_const().cast(),
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
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg5 = if lpDestInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpDestInterface.cast::<crate::GUID>().read_unaligned()
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
                        let arg7 = match <MAPISupportDoCopyPropsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::do_copy_props(
                            object.inner(),
                            &arg0,
                            arg1,
                            &arg2,
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
            DoProgressDialog: {
                /// `IMAPISupport::DoProgressDialog`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lppProgress: *mut crate::LPMAPIPROGRESS,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProgress.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProgress, 0, 1) };
                        }
                        let arg1 = match <MAPISupportDoProgressDialogFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProgress.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::do_progress_dialog(
                            object.inner(),
                            ulUIParam,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppProgress.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ReadReceipt: {
                /// `IMAPISupport::ReadReceipt`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpReadMessage: crate::LPMESSAGE,
                    lppEmptyMessage: *mut crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportReadReceiptFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
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
                                crate::IMessage,
                            >::from_borrowed(lpReadMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lppEmptyMessage.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a slot
                        // holding null or a live interface pointer it lends,
                        // writable for the call.
                        let mut arg2 = unsafe {
                            crate::__private::InterfaceSlot::<
                                crate::IMessage,
                            >::new(lppEmptyMessage.cast())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::read_receipt(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2.value_mut(),
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
            PrepareSubmit: {
                /// `IMAPISupport::PrepareSubmit`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg1 = match <MAPISupportPrepareSubmitFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let mut arg1 = arg1;
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::prepare_submit(
                            object.inner(),
                            arg0,
                            &mut arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write_unaligned(
                                            arg1.bits()
                                                & <MAPISupportPrepareSubmitFlags as crate::FlagSet>::OUT_MASK,
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
            ExpandRecips: {
                /// `IMAPISupport::ExpandRecips`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulFlags, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::expand_recips(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg1.bits()
                                                & <MAPISupportExpandRecipsFlags as crate::FlagSet>::OUT_MASK,
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
            UpdatePAB: {
                /// `IMAPISupport::UpdatePAB`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpMessage: crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::update_pab(
                            object.inner(),
                            ulFlags,
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
            DoSentMail: {
                /// `IMAPISupport::DoSentMail`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpMessage: crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
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
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::do_sent_mail(
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
            OpenAddressBook: {
                /// `IMAPISupport::OpenAddressBook`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppAdrBook: *mut crate::LPADRBOOK,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppAdrBook.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAdrBook, 0, 1) };
                        }
                        let arg0 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg1 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppAdrBook.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::open_address_book(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg2;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppAdrBook.write(p.cast()) }
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
            Preprocess: {
                /// `IMAPISupport::Preprocess`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cbEntryID` valid elements
                        // at `lpEntryID` (null, misaligned and oversized are
                        // checked).
                        let arg2 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID.cast(), cbEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::preprocess(
                            object.inner(),
                            ulFlags,
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
            CompleteMsg: {
                /// `IMAPISupport::CompleteMsg`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbEntryID` valid elements
                        // at `lpEntryID` (null, misaligned and oversized are
                        // checked).
                        let arg2 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpEntryID.cast(), cbEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::complete_msg(
                            object.inner(),
                            arg0,
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
            StoreLogoffTransports: {
                /// `IMAPISupport::StoreLogoffTransports`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <MAPISupportStoreLogoffTransportsFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let mut arg0 = arg0;
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::store_logoff_transports(
                            object.inner(),
                            &mut arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write_unaligned(
                                            arg0.bits()
                                                & <MAPISupportStoreLogoffTransportsFlags as crate::FlagSet>::OUT_MASK,
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
            StatusRecips: {
                /// `IMAPISupport::StatusRecips`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    lpRecipList: crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::RowSetRef::from_raw_adr_list(
                                lpRecipList.cast_const().cast(),
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
                        match <O::Inner as IMAPISupportImpl>::status_recips(
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
            WrapStoreEntryID: {
                /// `IMAPISupport::WrapStoreEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbOrigEntry: crate::ULONG,
                    lpOrigEntry: crate::LPENTRYID,
                    lpcbWrappedEntry: *mut crate::ULONG,
                    lppWrappedEntry: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcbWrappedEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcbWrappedEntry, 0, 1) };
                        }
                        if !lppWrappedEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppWrappedEntry, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbOrigEntry` valid
                        // elements at `lpOrigEntry` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpOrigEntry.cast(), cbOrigEntry as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcbWrappedEntry.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppWrappedEntry.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::wrap_store_entry_id(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
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
                                    lppWrappedEntry.write(__ptr.cast());
                                    lpcbWrappedEntry.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ModifyProfile: {
                /// `IMAPISupport::ModifyProfile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MAPISupportModifyProfileFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::modify_profile(
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
            IStorageFromStream: {
                /// `IMAPISupport::IStorageFromStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUnkIn: crate::LPUNKNOWN,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppStorageOut: *mut crate::LPSTORAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppStorageOut.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppStorageOut, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpUnkIn.cast::<crate::IUnknown>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg2 = match <MAPISupportIStorageFromStreamFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppStorageOut.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::i_storage_from_stream(
                            object.inner(),
                            arg0,
                            arg1.as_ref(),
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppStorageOut.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetSvcConfigSupportObj: {
                /// `IMAPISupport::GetSvcConfigSupportObj`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppSvcSupport: *mut LPMAPISUP,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISupportImpl,
                {
                    crate::__private::guard(|| {
                        if !lppSvcSupport.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppSvcSupport, 0, 1) };
                        }
                        let arg0 = match <MAPISupportReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppSvcSupport.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISupportImpl>::get_svc_config_support_obj(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppSvcSupport.write(arg1.into_raw().cast()) };
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
impl crate::__private::InterfaceChain for IMAPISupport {
    const IIDS: &'static [u128] = &[
        0x0002030f_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPISupport` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPISupport {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPISupport`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPISupport> for IMAPISupport {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPISupport`]: its methods, called through the vtable, on every `ComPtr` to `IMAPISupport` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPISupportExt {
    /// Returns a `MAPIERROR` describing the last error of the support object.
    ///
    /// Implemented by every support object. Use the returned structure only when
    /// the call returns `S_OK`; it may be NULL when MAPI has nothing more to say.
    /// Free it with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK`, or `MAPI_E_BAD_CHARWIDTH` when the requested string width
    /// is not supported.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call on the support object.
    /// - `ulFlags` (`ULONG`, in): String format of the returned structure.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error description, or NULL.
    ///
    /// Calls slot 3 of the vtable, [`IMAPISupportVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPISupportGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Returns the addresses of `MAPIAllocateBuffer`, `MAPIAllocateMore` and
    /// `MAPIFreeBuffer`.
    ///
    /// Implemented by every support object. These are the same functions MAPI
    /// passed to the provider's entry point. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lppAllocateBuffer` (`LPALLOCATEBUFFER*`, out): Receives `MAPIAllocateBuffer`.
    /// - `lppAllocateMore` (`LPALLOCATEMORE*`, out): Receives `MAPIAllocateMore`.
    /// - `lppFreeBuffer` (`LPFREEBUFFER*`, out): Receives `MAPIFreeBuffer`.
    ///
    /// Calls slot 4 of the vtable, [`IMAPISupportVtbl::GetMemAllocRoutines`].
    fn get_mem_alloc_routines(
        &self,
    ) -> ::core::result::Result<crate::value::Allocator, crate::Hresult>;
    /// Registers an advise sink with MAPI so that MAPI manages notifications for
    /// an advise source.
    ///
    /// Implemented by all service provider support objects. Providers call it from
    /// their `Advise` methods. Build a notification key that identifies the source
    /// and is easy to rebuild, and pass the same key to `Notify` when the source
    /// changes. With `NOTIFY_SYNC`, later `Notify` calls for this registration
    /// complete all callbacks before returning; otherwise callbacks are queued to
    /// the subscribing processes. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpKey` (`LPNOTIFKEY`, in): Notification key of the advise source; must not be NULL.
    /// - `ulEventMask` (`ULONG`, in): The `fnev*` events to register for.
    /// - `ulFlags` (`ULONG`, in): How notifications are delivered.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): The advise sink to call.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives a nonzero connection number for `Unsubscribe`.
    ///
    /// Calls slot 5 of the vtable, [`IMAPISupportVtbl::Subscribe`]. In Rust:
    ///
    /// - Returns `lpulConnection`.
    fn subscribe(
        &self,
        lpKey: &[u8],
        ulEventMask: MAPISupportSubscribeEventMaskFlags,
        ulFlags: MAPISupportSubscribeFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a registration made with `Subscribe`.
    ///
    /// Implemented by all service provider support objects. MAPI releases the
    /// advise sink, normally during the call; if another thread is inside the
    /// sink's `OnNotify`, the release waits until that call returns.
    ///
    /// Returns `S_OK`, or `MAPI_E_NOT_FOUND` when the connection does not exist.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by `Subscribe`.
    ///
    /// Calls slot 6 of the vtable, [`IMAPISupportVtbl::Unsubscribe`].
    fn unsubscribe(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sends notifications to the advise sinks registered through `Subscribe`
    /// for an advise source.
    ///
    /// Implemented by all service provider support objects. MAPI copies the
    /// notification structures and calls each matching sink's `OnNotify`; the
    /// caller allocates nothing. Pass the same key as to `Subscribe` and use
    /// long-term entry IDs in the structures. For synchronous registrations the
    /// callbacks run before `Notify` returns (beware of deadlocks); if a provider
    /// callback returns `CALLBACK_DISCONTINUE`, MAPI stops and sets
    /// `NOTIFY_CANCELED`, and the caller may stop notifying that process. A zero
    /// output means keep notifying. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpKey` (`LPNOTIFKEY`, in): Notification key of the advise source; must not be NULL.
    /// - `cNotification` (`ULONG`, in): Number of structures in `lpNotifications`.
    /// - `lpNotifications` (`LPNOTIFICATION`, in): The events to report.
    /// - `lpulFlags` (`ULONG*`, in, out): On input, string format; on output, whether delivery was cancelled.
    ///
    /// Calls slot 7 of the vtable, [`IMAPISupportVtbl::Notify`]. In Rust:
    ///
    /// - `lpNotifications` is laid out as `NOTIFICATION`s for the call; `cNotification` is their count.
    /// - `lpulFlags` is written back with the flags the object returns, whether or not the call succeeds.
    fn notify(
        &self,
        lpKey: &[u8],
        lpNotifications: &[crate::value::NotificationRef<'_>],
        lpulFlags: &mut MAPISupportNotifyFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Adds the provider's row to the status table, or updates it.
    ///
    /// Implemented by all service provider support objects. Providers call it at
    /// logon to add their row, and later with `STATUSROW_UPDATE` to change only the
    /// columns passed. See the MAPI "Status Tables" topic for the columns to
    /// supply. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`ULONG`, in): Number of values in `lpColumnVals`.
    /// - `lpColumnVals` (`LPSPropValue`, in): The column values of the row.
    /// - `ulFlags` (`ULONG`, in): Add or merge.
    ///
    /// Calls slot 8 of the vtable, [`IMAPISupportVtbl::ModifyStatusRow`]. In Rust:
    ///
    /// - `lpColumnVals` is laid out as `SPropValue`s for the call; `cValues` is their count.
    fn modify_status_row(
        &self,
        lpColumnVals: &[crate::value::Prop],
        ulFlags: MAPISupportModifyStatusRowFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens a section of the current profile.
    ///
    /// Implemented by every support object. Sections open read-only unless
    /// `MAPI_MODIFY` is given and allowed. Opening a missing section read-only
    /// fails with `MAPI_E_NOT_FOUND`; opening it read/write creates it.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS` (insufficient permission),
    /// `MAPI_E_NOT_FOUND` (no such section) or `MAPI_E_UNKNOWN_FLAGS`.
    ///
    /// # Parameters
    ///
    /// - `lpUid` (`LPMAPIUID`, in): UID of the section; NULL opens the caller's own section.
    /// - `ulFlags` (`ULONG`, in): Access options.
    /// - `lppProfileObj` (`LPPROFSECT*`, out): Receives the profile section.
    ///
    /// Calls slot 9 of the vtable, [`IMAPISupportVtbl::OpenProfileSection`]. In Rust:
    ///
    /// - Returns `lppProfileObj`.
    fn open_profile_section(
        &self,
        lpUid: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: MAPISupportOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IProfSect>, crate::Hresult>;
    /// Registers a transport preprocessor (`PREPROCESSMESSAGE`) and its cleanup
    /// function (`REMOVEPREPROCESSINFO`) with the MAPI spooler.
    ///
    /// Implemented by transport support objects only. The function names are
    /// looked up with `GetProcAddress` in the named DLL. The preprocessor runs only
    /// for messages this transport handles: for recipients matching `lpMuid` or
    /// `lpszAdrType` (either one), or for every recipient when both are NULL.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMuid` (`LPMAPIUID`, in): Provider UID of the recipients to preprocess, or NULL.
    /// - `lpszAdrType` (`LPSTR`, in): Address type (such as `FAX` or `SMTP`) of the recipients to preprocess, or NULL.
    /// - `lpszDLLName` (`LPSTR`, in): Name of the DLL that exports the functions.
    /// - `lpszPreprocess` (`LPSTR`, in): Export name of the preprocessor (always 8-bit), or NULL.
    /// - `lpszRemovePreprocessInfo` (`LPSTR`, in): Export name of the cleanup function (always 8-bit), or NULL.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 10 of the vtable, [`IMAPISupportVtbl::RegisterPreprocessor`]. In Rust:
    ///
    /// - `lpszAdrType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszDLLName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszPreprocess` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszRemovePreprocessInfo` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn register_preprocessor(
        &self,
        lpMuid: ::core::option::Option<&crate::MAPIUID>,
        lpszAdrType: ::core::option::Option<&str>,
        lpszDLLName: &str,
        lpszPreprocess: ::core::option::Option<&str>,
        lpszRemovePreprocessInfo: ::core::option::Option<&str>,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Generates a new unique `MAPIUID`.
    ///
    /// Implemented by every support object; useful for long-term identifiers such
    /// as a new message's `PR_SEARCH_KEY`. Do not use it for the UID registered
    /// with `SetProviderUID`, which should be a fixed constant. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMuid` (`LPMAPIUID`, out): Caller's structure that receives the new UID.
    ///
    /// Calls slot 11 of the vtable, [`IMAPISupportVtbl::NewUID`]. In Rust:
    ///
    /// - Returns `lpMuid`.
    fn new_uid(&self) -> ::core::result::Result<crate::MAPIUID, crate::Hresult>;
    /// Makes an object unusable by swapping its vtable for a stub.
    ///
    /// Implemented by every support object. Afterwards `AddRef` and `Release`
    /// still work and every other method returns `MAPI_E_INVALID_OBJECT`; MAPI
    /// frees the memory with `MAPIFreeBuffer` on final release. Typically called at
    /// shutdown, or at any time (for example for subobjects a client left behind).
    /// The caller must own the object, which must be at least 16 bytes with at
    /// least three vtable methods. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpObject` (`LPVOID`, in): The object to invalidate (an `IUnknown`-derived object).
    /// - `ulRefCount` (`ULONG`, in): The object's current reference count.
    /// - `cMethods` (`ULONG`, in): Number of methods in the object's vtable.
    ///
    /// Calls slot 12 of the vtable, [`IMAPISupportVtbl::MakeInvalid`].
    ///
    /// # Safety
    ///
    /// - `lpObject` (`LPVOID`) must be valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn make_invalid(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpObject: crate::LPVOID,
        ulRefCount: crate::ULONG,
        cMethods: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Yields the CPU to the MAPI spooler during a long transport operation.
    ///
    /// Implemented by transport support objects. Call it periodically during
    /// pausable work (for example delivering to a long recipient list) so
    /// foreground applications keep running.
    ///
    /// Returns `S_OK`, or `MAPI_W_CANCEL_MESSAGE` when the spooler decided the
    /// message should not be sent any more: stop delivering it and return
    /// `MAPI_E_USER_CANCEL` if possible.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 13 of the vtable, [`IMAPISupportVtbl::SpoolerYield`].
    fn spooler_yield(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the MAPI spooler about a status change or asks it for a service.
    ///
    /// Implemented by message store and transport support objects. Transports may
    /// use every flag except `NOTIFY_NEWMAIL_RECEIVED`; stores may use only
    /// `NOTIFY_NEWMAIL_RECEIVED` and `NOTIFY_READYTOSEND`.
    ///
    /// Notes for transports: while in a `NOTIFY_CRITSEC` section return
    /// `MAPI_E_BUSY` from `IMAPIStatus::ValidateState`; after
    /// `NOTIFY_CRITICAL_ERROR` the spooler only releases the provider (if sent from
    /// `StartMessage` or `SubmitMessage`, fail that call right away); send
    /// `NOTIFY_READYTOSEND` after recovering from a failure.
    ///
    /// Notes for stores: send `NOTIFY_READYTOSEND` once per session before the first
    /// `PrepareSubmit` in `IMessage::SubmitMessage`. A store tightly coupled with a
    /// transport sends `NOTIFY_NEWMAIL_RECEIVED`; the spooler then runs the new-mail
    /// hooks and calls `IMsgStore::NotifyNewMail`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): The kind of notification.
    /// - `lpvData` (`LPVOID`, in): Data for `NOTIFY_CRITICAL_ERROR`, `NOTIFY_NEWMAIL_RECEIVED` or `NOTIFY_SENTDEFERRED`; NULL otherwise.
    ///
    /// Calls slot 14 of the vtable, [`IMAPISupportVtbl::SpoolerNotify`].
    ///
    /// # Safety
    ///
    /// - `lpvData` (`LPVOID`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn spooler_notify(
        &self,
        ulFlags: MAPISupportSpoolerNotifyFlags,
        lpvData: crate::LPVOID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Builds an entry ID for a one-off recipient (one not in any loaded address
    /// book container).
    ///
    /// Implemented by all service provider support objects. Free the entry ID with
    /// `MAPIFreeBuffer`. Unless `MAPI_SEND_NO_RICH_INFO` is given, MAPI sets
    /// `PR_SEND_RICH_INFO` to TRUE (FALSE for Internet addresses); transports
    /// should honour it and support TNEF. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpszName` (`LPTSTR`, in): Display name of the recipient, or NULL.
    /// - `lpszAdrType` (`LPTSTR`, in): Address type (such as `SMTP`); must not be NULL.
    /// - `lpszAddress` (`LPTSTR`, in): Messaging address; must not be NULL.
    /// - `ulFlags` (`ULONG`, in): Rich-text and string-format options.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size of the entry ID in bytes.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the one-off entry ID.
    ///
    /// Calls slot 15 of the vtable, [`IMAPISupportVtbl::CreateOneOff`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszAdrType` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszAddress` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_one_off(
        &self,
        alloc: &crate::value::Allocator,
        lpszName: ::core::option::Option<&str>,
        lpszAdrType: &str,
        lpszAddress: &str,
        ulFlags: MAPISupportCreateOneOffFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Registers a `MAPIUID` that identifies the calling address book or message
    /// store provider.
    ///
    /// Implemented by address book and message store support objects. Call it at
    /// logon. The provider puts this UID in every entry ID it creates; MAPI uses it
    /// to route calls such as `IMAPISession::OpenEntry` to the right provider. Each
    /// call adds a UID (even a duplicate); none can be removed. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpProviderID` (`LPMAPIUID`, in): The provider's UID.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 16 of the vtable, [`IMAPISupportVtbl::SetProviderUID`].
    fn set_provider_uid(
        &self,
        lpProviderID: &crate::MAPIUID,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether two entry IDs of the same provider refer to the same object.
    ///
    /// Implemented by address book and message store support objects. MAPI finds
    /// the owning provider from the UID in the entry IDs and calls its logon
    /// object's `CompareEntryIDs`. If the call fails, act conservatively and do not
    /// trust the result.
    ///
    /// Returns `S_OK`, or `MAPI_E_UNKNOWN_ENTRYID` when an entry ID is not
    /// recognised.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size of the first entry ID in bytes.
    /// - `lpEntryID1` (`LPENTRYID`, in): The first entry ID.
    /// - `cbEntryID2` (`ULONG`, in): Size of the second entry ID in bytes.
    /// - `lpEntryID2` (`LPENTRYID`, in): The second entry ID.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE when both identify the same object, FALSE otherwise.
    ///
    /// Calls slot 17 of the vtable, [`IMAPISupportVtbl::CompareEntryIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulResult`.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Opens a recipient entry that belongs to a foreign address book provider,
    /// binding the host's data to the foreign provider's code.
    ///
    /// Implemented by address book support objects only; called by host
    /// providers that store entries with foreign template IDs. If the returned
    /// object is the one passed in, the foreign provider holds its own reference
    /// and the caller may release its own. On `MAPI_E_UNKNOWN_ENTRYID` (the
    /// foreign provider is not available) treat the entry as read-only.
    ///
    /// Returns `S_OK` or `MAPI_E_UNKNOWN_ENTRYID`.
    ///
    /// # Parameters
    ///
    /// - `cbTemplateID` (`ULONG`, in): Size of the template ID in bytes.
    /// - `lpTemplateID` (`LPENTRYID`, in): The entry's template ID (`PR_TEMPLATEID`).
    /// - `ulTemplateFlags` (`ULONG`, in): How the entry is opened.
    /// - `lpMAPIPropData` (`LPMAPIPROP`, in): Read/write property object of the host, which the foreign provider may wrap.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the entry; NULL means `IMailUser`.
    /// - `lppMAPIPropNew` (`LPMAPIPROP*`, out): Receives the foreign provider's object for the entry.
    /// - `lpMAPIPropSibling` (`LPMAPIPROP`, in): Reserved; must be NULL.
    ///
    /// Calls slot 18 of the vtable, [`IMAPISupportVtbl::OpenTemplateID`]. In Rust:
    ///
    /// - `cbTemplateID` is the length of `lpTemplateID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppMAPIPropNew`.
    fn open_template_id<U: crate::Interface>(
        &self,
        lpTemplateID: &[u8],
        ulTemplateFlags: MAPISupportOpenTemplateIDFlags,
        lpMAPIPropData: &crate::ComPtr<crate::IMAPIProp>,
        lpMAPIPropSibling: ::core::option::Option<&crate::ComPtr<crate::IMAPIProp>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Opens any object from its entry ID.
    ///
    /// Implemented by all service provider support objects. Prefer
    /// `IMsgStore::OpenEntry` or `IAddrBook::OpenEntry` when the kind of object is
    /// known; they are faster. Objects open read-only unless `MAPI_MODIFY` or
    /// `MAPI_BEST_ACCESS` is given and allowed (check `PR_ACCESS_LEVEL`). Check
    /// `*lpulObjType` before casting the returned pointer.
    ///
    /// Returns `S_OK`, `MAPI_E_NO_ACCESS`, `MAPI_E_NOT_FOUND` (no such object) or
    /// `MAPI_E_UNKNOWN_ENTRYID` (unrecognised entry ID, often because its provider
    /// is not open).
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size of the entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the object to open.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted; NULL means the object's standard interface.
    /// - `ulOpenFlags` (`ULONG`, in): Access options.
    /// - `lpulObjType` (`ULONG*`, out): Receives the object type (`MAPI_FOLDER`, `MAPI_MESSAGE`, ...).
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    ///
    /// Calls slot 19 of the vtable, [`IMAPISupportVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: &[u8],
        ulOpenFlags: MAPISupportOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Returns the MAPI one-off table: the templates every active address book
    /// provider, and MAPI itself, offer for creating new recipients.
    ///
    /// Implemented by address book support objects. `MAPI_UNICODE` also governs
    /// the string types returned by the table's `QueryColumns`, `QueryRows` and
    /// `QuerySortOrder`. A provider registered for notifications on this table
    /// also hears about changes to other providers' one-off tables. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): String format of the columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the one-off table.
    ///
    /// Calls slot 20 of the vtable, [`IMAPISupportVtbl::GetOneOffTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_one_off_table(
        &self,
        ulFlags: MAPISupportGetOneOffTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Shows the common address dialog to build or edit a recipient list.
    ///
    /// Implemented by address book support objects. `Address` may free the
    /// incoming `ADRLIST` and return a new one of a different size, and frees and
    /// allocates property values as needed: allocate the list and each
    /// `SPropValue` array separately with `MAPIAllocateBuffer`. With `DIALOG_SDI`
    /// in `lpAdrParms` the call returns at once with the modeless dialog's window.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): In: parent window handle (required); out: the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpAdrParms` (`LPADRPARM`, in, out): Presentation and behaviour of the dialog.
    /// - `lppAdrList` (`LPADRLIST*`, in, out): In: the current recipients, or NULL; out: the updated list.
    ///
    /// Calls slot 21 of the vtable, [`IMAPISupportVtbl::Address`].
    ///
    /// # Safety
    ///
    /// - `lpAdrParms` (`LPADRPARM`) must be valid for reads and writes as the parameter's documentation says, for the duration of the call.
    /// - `lppAdrList` (`LPADRLIST*`) must be valid for reads and writes as the parameter's documentation says, for the duration of the call.
    unsafe fn address(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpAdrParms: crate::LPADRPARM,
        lppAdrList: *mut crate::LPADRLIST,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Shows the details dialog of an address book entry.
    ///
    /// Implemented by address book support objects. `lpfButtonCallback`,
    /// `lpvButtonContext` and `lpszButtonText` add a caller-defined button; when it
    /// is clicked MAPI calls the callback with the context. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): Parent window handle; receives the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpfnDismiss` (`LPFNDISMISS`, in): Called when a modeless (`DIALOG_SDI`) dialog is dismissed, or NULL.
    /// - `lpvDismissContext` (`LPVOID`, in): Context passed to `lpfnDismiss`.
    /// - `cbEntryID` (`ULONG`, in): Size of the entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the entry to show.
    /// - `lpfButtonCallback` (`LPFNBUTTON`, in): Callback for the added button, or NULL.
    /// - `lpvButtonContext` (`LPVOID`, in): Context passed to `lpfButtonCallback`.
    /// - `lpszButtonText` (`LPTSTR`, in): Label of the added button, or NULL when none is needed.
    /// - `ulFlags` (`ULONG`, in): Dialog kind and string format.
    ///
    /// Calls slot 22 of the vtable, [`IMAPISupportVtbl::Details`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszButtonText` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    ///
    /// # Safety
    ///
    /// - `lpvDismissContext` (`LPVOID`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    /// - `lpvButtonContext` (`LPVOID`) must be null or valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn details(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpfnDismiss: crate::LPFNDISMISS,
        lpvDismissContext: crate::LPVOID,
        lpEntryID: &[u8],
        lpfButtonCallback: crate::LPFNBUTTON,
        lpvButtonContext: crate::LPVOID,
        lpszButtonText: ::core::option::Option<&str>,
        ulFlags: MAPISupportDetailsFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Creates a new recipient, either in an address book container or for the
    /// recipient list of an outgoing message.
    ///
    /// Implemented by address book support objects. With no container (0/NULL)
    /// the result is a one-off entry ID like `CreateOneOff` makes. With no template
    /// (0/NULL) MAPI lets the user pick one from the one-off table; to use a known
    /// template, take its `PR_ENTRYID` from a container's `PR_CREATE_TEMPLATES`
    /// table. Free the returned entry ID with `MAPIFreeBuffer`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the dialog.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEIDContainer` (`ULONG`, in): Size of the container entry ID, or 0.
    /// - `lpEIDContainer` (`LPENTRYID`, in): Container to receive the entry, or NULL for a message recipient.
    /// - `cbEIDNewEntryTpl` (`ULONG`, in): Size of the template entry ID, or 0.
    /// - `lpEIDNewEntryTpl` (`LPENTRYID`, in): Template to use, or NULL to let the user choose.
    /// - `lpcbEIDNewEntry` (`ULONG*`, out): Receives the size of the new entry ID; may be NULL if the ID is not wanted.
    /// - `lppEIDNewEntry` (`LPENTRYID*`, out): Receives the new entry ID; may be NULL if the ID is not wanted.
    ///
    /// Calls slot 23 of the vtable, [`IMAPISupportVtbl::NewEntry`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cbEIDContainer` is the length of `lpEIDContainer` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEIDNewEntryTpl` is the length of `lpEIDNewEntryTpl` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEIDNewEntry`.
    fn new_entry(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportReservedFlags,
        lpEIDContainer: ::core::option::Option<&[u8]>,
        lpEIDNewEntryTpl: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Shows a configuration property sheet built from a display table.
    ///
    /// Implemented by every support object. Providers use it from
    /// `IMAPIStatus::SettingsDialog` or a details button; message services from
    /// their `MSGSERVICEENTRY` function, so that all configuration UI looks the
    /// same. The display table can come from `BuildDisplayTable`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): String format of `lpszTitle`.
    /// - `lpszTitle` (`LPTSTR`, in): Title of the property sheet.
    /// - `lpDisplayTable` (`LPMAPITABLE`, in): Display table describing the controls.
    /// - `lpConfigData` (`LPMAPIPROP`, in): Property object holding the configuration values.
    /// - `ulTopPage` (`ULONG`, in): Zero-based index of the page shown first.
    ///
    /// Calls slot 24 of the vtable, [`IMAPISupportVtbl::DoConfigPropsheet`]. In Rust:
    ///
    /// - `lpszTitle` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn do_config_propsheet(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportDoConfigPropsheetFlags,
        lpszTitle: &str,
        lpDisplayTable: &crate::ComPtr<crate::IMAPITable>,
        lpConfigData: &crate::ComPtr<crate::IMAPIProp>,
        ulTopPage: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies or moves messages between folders, optionally with a progress
    /// indicator.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIFolder::CopyMessages`.
    ///
    /// Returns `S_OK`, or `MAPI_E_USER_CANCEL` when the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source folder.
    /// - `lpSrcFolder` (`LPVOID`, in): The folder holding the messages.
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry IDs of the messages.
    /// - `lpDestInterface` (`LPCIID`, in): Interface used to access the destination folder.
    /// - `lpDestFolder` (`LPVOID`, in): The open destination folder.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `MESSAGE_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Copy or move, and progress display.
    ///
    /// Calls slot 25 of the vtable, [`IMAPISupportVtbl::CopyMessages`]. In Rust:
    ///
    /// - `lpSrcInterface` is the IID of `U1`.
    /// - `lpDestInterface` is the IID of `U2`.
    fn copy_messages<U1: crate::Interface, U2: crate::Interface>(
        &self,
        lpSrcFolder: &crate::ComPtr<U1>,
        lpMsgList: &[&[u8]],
        lpDestFolder: &crate::ComPtr<U2>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPISupportCopyMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies or moves a folder to another parent folder, optionally renaming it
    /// and taking its subfolders.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIFolder::CopyFolder`. The folder becomes a subfolder of the
    /// destination. After an error, do not assume nothing was copied.
    ///
    /// Returns `S_OK`; `MAPI_W_PARTIAL_COMPLETION` (success, but not every folder
    /// was processed); `MAPI_E_COLLISION` (a subfolder of that name already exists).
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source parent folder.
    /// - `lpSrcFolder` (`LPVOID`, in): Current parent of the folder.
    /// - `cbEntryID` (`ULONG`, in): Size of the folder's entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder to copy or move.
    /// - `lpInterface` (`LPCIID`, in): Reserved; must be NULL (named `lpDestInterface` in mapispi.h).
    /// - `lpDestFolder` (`LPVOID`, in): The new parent folder.
    /// - `lpszNewFolderName` (`LPTSTR`, in): New name, or NULL to keep the current name.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator; used only with `FOLDER_DIALOG`.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `FOLDER_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Copy or move, subfolders, progress and string format.
    ///
    /// Calls slot 26 of the vtable, [`IMAPISupportVtbl::CopyFolder`]. In Rust:
    ///
    /// - `lpSrcInterface` is the IID of `U1`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U2`.
    /// - `lpszNewFolderName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn copy_folder<U1: crate::Interface, U2: crate::Interface>(
        &self,
        lpSrcFolder: &crate::ComPtr<U1>,
        lpEntryID: &[u8],
        lpDestFolder: &crate::ComPtr<U2>,
        lpszNewFolderName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPISupportCopyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies or moves all properties of an object, except excluded properties and
    /// interfaces, to another object.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIProp::CopyTo` for folders and messages. Subobjects are
    /// included. Exclusions: list tags in `lpExcludeProps` (a tag excludes its
    /// identifier regardless of type; e.g. `PR_MESSAGE_RECIPIENTS`,
    /// `PR_MESSAGE_ATTACHMENTS`, `PR_CONTAINER_HIERARCHY`), and interfaces in
    /// `rgiidExclude` (which also excludes derived interfaces; never exclude
    /// `IUnknown` or `IMAPIProp`). Per-property problems come back in
    /// `*lppProblems` only on `S_OK` (free with `MAPIFreeBuffer`, ignore
    /// `MAPI_E_COMPUTED` and `ulIndex`); on failure use `GetLastError`.
    ///
    /// Returns `S_OK`; `MAPI_E_COLLISION` (existing property with
    /// `MAPI_NOREPLACE`); `MAPI_E_FOLDER_CYCLE` (the source contains the
    /// destination; partial work possible); `MAPI_E_INTERFACE_NOT_SUPPORTED`;
    /// `MAPI_E_NO_ACCESS` (also when source and destination are the same);
    /// `MAPI_E_INVALID_PARAMETER` (`lpSrcInterface` NULL, or an empty exclude
    /// array).
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source object.
    /// - `lpSrcObj` (`LPVOID`, in): The source object.
    /// - `ciidExclude` (`ULONG`, in): Number of interfaces in `rgiidExclude`.
    /// - `rgiidExclude` (`LPCIID`, in): Interfaces whose supplemental data must not be copied.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Properties to leave out, or NULL to copy all of them.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `MAPI_DIALOG`.
    /// - `lpDestInterface` (`LPCIID`, in): Interface used to access the destination object.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Copy or move, overwrite and progress options.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives per-property problems; pass NULL to skip them.
    ///
    /// Calls slot 27 of the vtable, [`IMAPISupportVtbl::DoCopyTo`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpSrcInterface` is the IID of `U1`.
    /// - `ciidExclude` is the length of `rgiidExclude` (in elements); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpDestInterface` is the IID of `U2`.
    /// - Returns `lppProblems`.
    fn do_copy_to<U1: crate::Interface, U2: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpSrcObj: &crate::ComPtr<U1>,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U2>,
        ulFlags: MAPISupportDoCopyToFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
    /// Copies or moves selected properties of an object to another object.
    ///
    /// Implemented by message store support objects; stores may use it to
    /// implement `IMAPIProp::CopyProps` for folders and messages. Source and
    /// destination should be of the same kind with the same interface. Include
    /// `PR_MESSAGE_RECIPIENTS`, `PR_MESSAGE_ATTACHMENTS`, `PR_CONTAINER_HIERARCHY`,
    /// `PR_CONTAINER_CONTENTS` or `PR_FOLDER_ASSOCIATED_CONTENTS` to copy those
    /// subobjects; copied subfolders always go in full. Per-property problems come
    /// back in `*lppProblems` only on `S_OK` (free with `MAPIFreeBuffer`); on
    /// failure use `GetLastError`.
    ///
    /// Returns `S_OK`; `MAPI_E_COLLISION`; `MAPI_E_FOLDER_CYCLE`;
    /// `MAPI_E_INTERFACE_NOT_SUPPORTED`; `MAPI_E_NO_ACCESS`;
    /// `MAPI_E_INVALID_PARAMETER` (`lpDestInterface` NULL).
    ///
    /// # Parameters
    ///
    /// - `lpSrcInterface` (`LPCIID`, in): Interface used to access the source object.
    /// - `lpSrcObj` (`LPVOID`, in): The source object.
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Properties to copy or move; must not be NULL.
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object, or NULL for MAPI's own; used only with `MAPI_DIALOG`.
    /// - `lpDestInterface` (`LPCIID`, in): Interface used to access the destination object; must not be NULL.
    /// - `lpDestObj` (`LPVOID`, in): The destination object.
    /// - `ulFlags` (`ULONG`, in): Copy or move, overwrite and progress options.
    /// - `lppProblems` (`LPSPropProblemArray*`, out): Receives per-property problems; pass NULL to skip them.
    ///
    /// Calls slot 28 of the vtable, [`IMAPISupportVtbl::DoCopyProps`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpSrcInterface` is the IID of `U1`.
    /// - `lpDestInterface` is the IID of `U2`.
    /// - Returns `lppProblems`.
    fn do_copy_props<U1: crate::Interface, U2: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpSrcObj: &crate::ComPtr<U1>,
        lpIncludeProps: &[crate::value::PropTag],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U2>,
        ulFlags: MAPISupportDoCopyPropsFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    >;
    /// Returns MAPI's progress object, which computes progress and shows the
    /// standard progress dialog.
    ///
    /// Implemented by address book and message store support objects. Returns
    /// `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Parent window of the progress indicator.
    /// - `ulFlags` (`ULONG`, in): How progress is computed.
    /// - `lppProgress` (`LPMAPIPROGRESS*`, out): Receives the progress object.
    ///
    /// Calls slot 29 of the vtable, [`IMAPISupportVtbl::DoProgressDialog`]. In Rust:
    ///
    /// - Returns `lppProgress`.
    fn do_progress_dialog(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportDoProgressDialogFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProgress>, crate::Hresult>;
    /// Has MAPI generate a read or nonread report for a message.
    ///
    /// Implemented by message store support objects only. Call it when
    /// `PR_READ_RECEIPT_REQUESTED` is set and the message was read, moved, copied
    /// or passed to `IMessage::SetReadFlag`; never on delete, and only once per
    /// message. If a report message comes back, submit it with
    /// `IMessage::SubmitMessage` and release it; on failure release it without
    /// submitting. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Read or nonread report.
    /// - `lpReadMessage` (`LPMESSAGE`, in): The message being reported on.
    /// - `lppEmptyMessage` (`LPMESSAGE*`, in, out): In: an empty message; out: the report message.
    ///
    /// Calls slot 30 of the vtable, [`IMAPISupportVtbl::ReadReceipt`]. In Rust:
    ///
    /// - `lppEmptyMessage` lends its reference to the object and holds whatever the object leaves in the slot, whether or not the call succeeds.
    fn read_receipt(
        &self,
        ulFlags: MAPISupportReadReceiptFlags,
        lpReadMessage: &crate::ComPtr<crate::IMessage>,
        lppEmptyMessage: &mut ::core::option::Option<crate::ComPtr<crate::IMessage>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Prepares a message for submission to the MAPI spooler.
    ///
    /// Implemented by message store support objects; called from
    /// `IMessage::SubmitMessage`. It handles resends (`MSGFLAG_RESEND`): for each
    /// recipient row, a recipient marked `MAPI_SUBMITTED` has the mark cleared and
    /// `PR_RESPONSIBILITY` set to FALSE, others become `MAPI_P1` with
    /// `PR_RESPONSIBILITY` TRUE. Call `SpoolerNotify(NOTIFY_READYTOSEND)` once per
    /// session before the first call. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message to prepare.
    /// - `lpulFlags` (`ULONG*`, in, out): Reserved: zero on input.
    ///
    /// Calls slot 31 of the vtable, [`IMAPISupportVtbl::PrepareSubmit`]. In Rust:
    ///
    /// - `lpulFlags` is written back with the flags the object returns, whether or not the call succeeds.
    fn prepare_submit(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpulFlags: &mut MAPISupportPrepareSubmitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Completes a message's recipient list.
    ///
    /// Implemented by message store support objects; call it early in
    /// `IMessage::SubmitMessage`. MAPI expands personal distribution lists
    /// (address type `MAPIPDL`), restores changed display names, marks duplicates,
    /// resolves one-off addresses and reports whether preprocessing is needed.
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message whose recipients are processed.
    /// - `lpulFlags` (`ULONG*`, out): Receives what further processing the message needs.
    ///
    /// Calls slot 32 of the vtable, [`IMAPISupportVtbl::ExpandRecips`]. In Rust:
    ///
    /// - Returns `lpulFlags`.
    fn expand_recips(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<MAPISupportExpandRecipsFlags, crate::Hresult>;
    /// Updates the personal address book with the recipients of a message.
    ///
    /// Obsolete and not described by the current reference; kept for the vtable
    /// layout.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpMessage` (`LPMESSAGE`, in): The message whose recipients are added.
    ///
    /// Calls slot 33 of the vtable, [`IMAPISupportVtbl::UpdatePAB`].
    fn update_pab(
        &self,
        ulFlags: crate::ULONG,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Files a sent message: handles `PR_DELETE_AFTER_SUBMIT`, finds the Sent
    /// Items folder, runs its message hooks, moves the message there (or to
    /// Deleted Items or elsewhere) and releases it.
    ///
    /// Implemented by message store support objects; stores call it from
    /// `IMsgStore::FinishedMsg` after unlocking the message (reference count 1).
    /// Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpMessage` (`LPMESSAGE`, in): The sent message; it is released by the call.
    ///
    /// Calls slot 34 of the vtable, [`IMAPISupportVtbl::DoSentMail`].
    fn do_sent_mail(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens the MAPI address book.
    ///
    /// Implemented by all service provider support objects; mostly used by
    /// tightly coupled stores and transports. The call succeeds and returns an
    /// address book even when some (or all) address book providers fail to load;
    /// then it returns `MAPI_W_ERRORS_RETURNED` and `GetLastError` tells which.
    /// Always release the returned pointer.
    ///
    /// Returns `S_OK` or `MAPI_W_ERRORS_RETURNED` (a success).
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): `IID_IAddrBook`, or NULL for the same.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppAdrBook` (`LPADRBOOK*`, out): Receives the address book.
    ///
    /// Calls slot 35 of the vtable, [`IMAPISupportVtbl::OpenAddressBook`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppAdrBook`.
    fn open_address_book<U: crate::Interface>(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Has the MAPI spooler preprocess a message of a tightly coupled store.
    ///
    /// Not described by the current reference; kept for the vtable layout.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEntryID` (`ULONG`, in): Size of the message entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the message.
    ///
    /// Calls slot 36 of the vtable, [`IMAPISupportVtbl::Preprocess`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn preprocess(
        &self,
        ulFlags: crate::ULONG,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Has the MAPI spooler postprocess a message.
    ///
    /// Implemented by message store support objects; only for stores tightly
    /// coupled with a transport that can handle every recipient of the message,
    /// when the message was preprocessed or needs postprocessing. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEntryID` (`ULONG`, in): Size of the message entry ID in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the message.
    ///
    /// Calls slot 37 of the vtable, [`IMAPISupportVtbl::CompleteMsg`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn complete_msg(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks MAPI to release a message store in an orderly way with respect to
    /// transport activity.
    ///
    /// Implemented by message store support objects. Stores call it from
    /// `IMsgStore::StoreLogoff`, passing the client's logoff flag through, and
    /// from the store's `Release` with `LOGOFF_ABORT` if `StoreLogoffTransports`
    /// was never called. If another process has the store open in the same
    /// profile, MAPI ignores the request and returns `LOGOFF_COMPLETE`. What the
    /// store does next depends on the returned flags. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in, out): In: one logoff mode; out: the state of transport activity.
    ///
    /// Calls slot 38 of the vtable, [`IMAPISupportVtbl::StoreLogoffTransports`]. In Rust:
    ///
    /// - `lpulFlags` is written back with the flags the object returns, whether or not the call succeeds.
    fn store_logoff_transports(
        &self,
        lpulFlags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Has MAPI send delivery or nondelivery reports for some recipients of a
    /// message.
    ///
    /// Implemented by transport support objects. Gather all report information for
    /// a message and call once per recipient set: several calls for the same
    /// recipient produce duplicate reports. Allocate the `ADRLIST` with
    /// `MAPIAllocateBuffer`/`MAPIAllocateMore`; MAPI frees it, but only when the
    /// call succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_W_ERRORS_RETURNED` (a success: no recipient options
    /// for this recipient type).
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message being reported on.
    /// - `lpRecipList` (`LPADRLIST`, in): Recipients with their delivery or nondelivery properties; MAPI takes ownership on success.
    ///
    /// Calls slot 39 of the vtable, [`IMAPISupportVtbl::StatusRecips`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    fn status_recips(
        &self,
        alloc: &crate::value::Allocator,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpRecipList: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Wraps a store's private entry ID into a standard MAPI store entry ID.
    ///
    /// Implemented by all service provider support objects. A store with a
    /// private entry ID format returns the wrapped form for `PR_STORE_ENTRYID`;
    /// `IMSProvider::Logon` and `IMSLogon::CompareEntryIDs` still see the private
    /// form. Free the result with `MAPIFreeBuffer`. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `cbOrigEntry` (`ULONG`, in): Size of the private entry ID in bytes.
    /// - `lpOrigEntry` (`LPENTRYID`, in): The store's private entry ID.
    /// - `lpcbWrappedEntry` (`ULONG*`, out): Receives the size of the wrapped entry ID in bytes.
    /// - `lppWrappedEntry` (`LPENTRYID*`, out): Receives the wrapped entry ID.
    ///
    /// Calls slot 40 of the vtable, [`IMAPISupportVtbl::WrapStoreEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cbOrigEntry` is the length of `lpOrigEntry` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppWrappedEntry`.
    fn wrap_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpOrigEntry: &[u8],
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Makes the store's profile section permanent so the store appears in the
    /// message store table.
    ///
    /// Implemented by message store support objects. MAPI adds the provider's
    /// section to the installed stores, so clients see it in
    /// `IMAPISession::GetMsgStoresTable` and can open it without a dialog. With
    /// `MDB_TEMPORARY` it returns `S_OK` at once and does nothing. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Kind of store.
    ///
    /// Calls slot 41 of the vtable, [`IMAPISupportVtbl::ModifyProfile`].
    fn modify_profile(
        &self,
        ulFlags: MAPISupportModifyProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Builds a storage object on top of a stream.
    ///
    /// Implemented by all service provider support objects. Providers without
    /// their own `IStorage` use it when `IMAPIProp::OpenProperty` asks for
    /// `IStorage`: open the property's stream read/write, mark it as a storage,
    /// call this and return the result. Do not let a property created as `IStorage`
    /// be opened as `IStream`, or the reverse. The storage holds a reference on the
    /// stream until it is released. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpUnkIn` (`LPUNKNOWN`, in): The stream.
    /// - `lpInterface` (`LPCIID`, in): `IID_IStream`, `IID_ILockBytes`, or NULL for `IStream`.
    /// - `ulFlags` (`ULONG`, in): Creation, access and starting position.
    /// - `lppStorageOut` (`LPSTORAGE*`, out): Receives the storage object.
    ///
    /// Calls slot 42 of the vtable, [`IMAPISupportVtbl::IStorageFromStream`]. In Rust:
    ///
    /// - Returns `lppStorageOut`.
    fn i_storage_from_stream(
        &self,
        lpUnkIn: &crate::ComPtr<crate::IUnknown>,
        lpInterface: ::core::option::Option<&crate::IID>,
        ulFlags: MAPISupportIStorageFromStreamFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStorage>, crate::Hresult>;
    /// Creates a message service support object, to pass to a message service
    /// entry point (`MSGSERVICEENTRY`).
    ///
    /// Implemented by every support object. Returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppSvcSupport` (`LPMAPISUP*`, out): Receives the message service support object.
    ///
    /// Calls slot 43 of the vtable, [`IMAPISupportVtbl::GetSvcConfigSupportObj`]. In Rust:
    ///
    /// - Returns `lppSvcSupport`.
    fn get_svc_config_support_obj(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPISupport>, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPISupport>> IMAPISupportExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPISupportGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
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
    fn get_mem_alloc_routines(
        &self,
    ) -> ::core::result::Result<crate::value::Allocator, crate::Hresult> {
        let mut __a0: crate::LPALLOCATEBUFFER = ::core::option::Option::None;
        let mut __a1: crate::LPALLOCATEMORE = ::core::option::Option::None;
        let mut __a2: crate::LPFREEBUFFER = ::core::option::Option::None;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .GetMemAllocRoutines)(
                self.as_raw().cast(),
                &mut __a0,
                &mut __a1,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: the object returns MAPI's allocator functions, which keep
        // `Allocator::new`'s contract (the method's contract).
        let __r2 = unsafe { crate::value::Allocator::from_optional(__a0, __a1, __a2) };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn subscribe(
        &self,
        lpKey: &[u8],
        ulEventMask: MAPISupportSubscribeEventMaskFlags,
        ulFlags: MAPISupportSubscribeFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let __t = lpKey;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::notif_key_in(__t)?;
        let __s = &mut __b0;
        let __a0: LPNOTIFKEY = __s.as_mut_ptr();
        let __r = lpAdviseSink;
        let __a3: crate::LPMAPIADVISESINK = __r.as_raw();
        let mut __a4: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .Subscribe)(
                self.as_raw().cast(),
                __a0,
                ulEventMask.bits(),
                ulFlags.bits(),
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn unsubscribe(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .Unsubscribe)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn notify(
        &self,
        lpKey: &[u8],
        lpNotifications: &[crate::value::NotificationRef<'_>],
        lpulFlags: &mut MAPISupportNotifyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpKey;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::notif_key_in(__t)?;
        let __s = &mut __b0;
        let __a0: LPNOTIFKEY = __s.as_mut_ptr();
        let __b2 = crate::__private::call::notifications_in(lpNotifications)?;
        let __s = &__b2;
        let (__a2, __a1): (crate::LPNOTIFICATION, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        let mut __a3: crate::ULONG = lpulFlags.bits();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .Notify)(self.as_raw().cast(), __a0, __a1, __a2, &mut __a3)
        };
        *lpulFlags = MAPISupportNotifyFlags::from_bits_retain(__a3);
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn modify_status_row(
        &self,
        lpColumnVals: &[crate::value::Prop],
        ulFlags: MAPISupportModifyStatusRowFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::props_in(lpColumnVals)?;
        let __s = &__b1;
        let (__a1, __a0): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .ModifyStatusRow)(self.as_raw().cast(), __a0, __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_profile_section(
        &self,
        lpUid: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: MAPISupportOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IProfSect>, crate::Hresult> {
        let __a0: crate::LPMAPIUID = match lpUid {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a2: crate::LPPROFSECT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .OpenProfileSection)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IProfSect>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn register_preprocessor(
        &self,
        lpMuid: ::core::option::Option<&crate::MAPIUID>,
        lpszAdrType: ::core::option::Option<&str>,
        lpszDLLName: &str,
        lpszPreprocess: ::core::option::Option<&str>,
        lpszRemovePreprocessInfo: ::core::option::Option<&str>,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPMAPIUID = match lpMuid {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b1 = match lpszAdrType {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b2 = crate::__private::call::str_in(lpszDLLName, false)?;
        let __s = &__b2;
        let __a2: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let __b3 = match lpszPreprocess {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: crate::LPSTR = match &__b3 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b4 = match lpszRemovePreprocessInfo {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a4: crate::LPSTR = match &__b4 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .RegisterPreprocessor)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn new_uid(&self) -> ::core::result::Result<crate::MAPIUID, crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a0: crate::MAPIUID = unsafe { ::core::mem::zeroed::<crate::MAPIUID>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMAPISupport>().NewUID)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    unsafe fn make_invalid(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpObject: crate::LPVOID,
        ulRefCount: crate::ULONG,
        cMethods: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .MakeInvalid)(
                self.as_raw().cast(),
                ulFlags.bits(),
                lpObject,
                ulRefCount,
                cMethods,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn spooler_yield(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .SpoolerYield)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn spooler_notify(
        &self,
        ulFlags: MAPISupportSpoolerNotifyFlags,
        lpvData: crate::LPVOID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .SpoolerNotify)(self.as_raw().cast(), ulFlags.bits(), lpvData)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn create_one_off(
        &self,
        alloc: &crate::value::Allocator,
        lpszName: ::core::option::Option<&str>,
        lpszAdrType: &str,
        lpszAddress: &str,
        ulFlags: MAPISupportCreateOneOffFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = match lpszName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPTSTR = match &__b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b1 = crate::__private::call::str_in(
            lpszAdrType,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b1;
        let __a1: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b2 = crate::__private::call::str_in(
            lpszAddress,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a4: crate::ULONG = 0;
        let mut __a5: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .CreateOneOff)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulFlags.bits(),
                &mut __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r5 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a5.cast::<crate::ENTRYID>(),
                __a4,
            )
        };
        let __r5 = __r5.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r5)
    }
    fn set_provider_uid(
        &self,
        lpProviderID: &crate::MAPIUID,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpProviderID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .SetProviderUID)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = lpEntryID1;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = lpEntryID2;
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a5: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .CompareEntryIDs)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                ulFlags.bits(),
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a5)
    }
    fn open_template_id<U: crate::Interface>(
        &self,
        lpTemplateID: &[u8],
        ulTemplateFlags: MAPISupportOpenTemplateIDFlags,
        lpMAPIPropData: &crate::ComPtr<crate::IMAPIProp>,
        lpMAPIPropSibling: ::core::option::Option<&crate::ComPtr<crate::IMAPIProp>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __s = lpTemplateID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __r = lpMAPIPropData;
        let __a3: crate::LPMAPIPROP = __r.as_raw();
        let __iid4: crate::GUID = <U as crate::Interface>::IID;
        let __a4: crate::LPCIID = ::core::ptr::from_ref(&__iid4);
        let mut __a5: crate::LPMAPIPROP = ::core::ptr::null_mut();
        let __a6: crate::LPMAPIPROP = match lpMAPIPropSibling {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .OpenTemplateID)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulTemplateFlags.bits(),
                __a3,
                __a4,
                &mut __a5,
                __a6,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r5 = unsafe { crate::ComPtr::<U>::from_raw(__a5.cast()) };
        let __r5 = __r5.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r5)
    }
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: &[u8],
        ulOpenFlags: MAPISupportOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __iid2: crate::GUID = <U as crate::Interface>::IID;
        let __a2: crate::LPCIID = ::core::ptr::from_ref(&__iid2);
        let mut __a4: crate::ULONG = 0;
        let mut __a5: crate::LPUNKNOWN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .OpenEntry)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulOpenFlags.bits(),
                &mut __a4,
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r5 = unsafe { crate::ComPtr::<U>::from_raw(__a5.cast()) };
        let __r5 = __r5.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__a4, __r5))
    }
    fn get_one_off_table(
        &self,
        ulFlags: MAPISupportGetOneOffTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .GetOneOffTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    unsafe fn address(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpAdrParms: crate::LPADRPARM,
        lppAdrList: *mut crate::LPADRLIST,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut crate::ULONG_PTR = lpulUIParam;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .Address)(self.as_raw().cast(), __a0, lpAdrParms, lppAdrList)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn details(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpfnDismiss: crate::LPFNDISMISS,
        lpvDismissContext: crate::LPVOID,
        lpEntryID: &[u8],
        lpfButtonCallback: crate::LPFNBUTTON,
        lpvButtonContext: crate::LPVOID,
        lpszButtonText: ::core::option::Option<&str>,
        ulFlags: MAPISupportDetailsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: *mut crate::ULONG_PTR = lpulUIParam;
        let __s = lpEntryID;
        let (__a4, __a3): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __b7 = match lpszButtonText {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a7: crate::LPTSTR = match &__b7 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .Details)(
                self.as_raw().cast(),
                __a0,
                lpfnDismiss,
                lpvDismissContext,
                __a3,
                __a4,
                lpfButtonCallback,
                lpvButtonContext,
                __a7,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn new_entry(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportReservedFlags,
        lpEIDContainer: ::core::option::Option<&[u8]>,
        lpEIDNewEntryTpl: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = match lpEIDContainer {
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
        let (__a5, __a4): (crate::LPENTRYID, crate::ULONG) = match lpEIDNewEntryTpl {
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
        let mut __a6: crate::ULONG = 0;
        let mut __a7: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .NewEntry)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                __a3,
                __a4,
                __a5,
                &mut __a6,
                &mut __a7,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r7 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a7.cast::<crate::ENTRYID>(),
                __a6,
            )
        };
        let __r7 = __r7.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r7)
    }
    fn do_config_propsheet(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportDoConfigPropsheetFlags,
        lpszTitle: &str,
        lpDisplayTable: &crate::ComPtr<crate::IMAPITable>,
        lpConfigData: &crate::ComPtr<crate::IMAPIProp>,
        ulTopPage: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = crate::__private::call::str_in(
            lpszTitle,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __r = lpDisplayTable;
        let __a3: crate::LPMAPITABLE = __r.as_raw();
        let __r = lpConfigData;
        let __a4: crate::LPMAPIPROP = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .DoConfigPropsheet)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                __a3,
                __a4,
                ulTopPage,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_messages<U1: crate::Interface, U2: crate::Interface>(
        &self,
        lpSrcFolder: &crate::ComPtr<U1>,
        lpMsgList: &[&[u8]],
        lpDestFolder: &crate::ComPtr<U2>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPISupportCopyMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __iid0: crate::GUID = <U1 as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let __r = lpSrcFolder;
        let __a1: crate::LPVOID = __r.as_raw().cast();
        let __t = lpMsgList;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b2;
        let __a2: crate::LPENTRYLIST = __s.as_mut_ptr();
        let __iid3: crate::GUID = <U2 as crate::Interface>::IID;
        let __a3: crate::LPCIID = ::core::ptr::from_ref(&__iid3);
        let __r = lpDestFolder;
        let __a4: crate::LPVOID = __r.as_raw().cast();
        let __a6: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .CopyMessages)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                ulUIParam,
                __a6,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_folder<U1: crate::Interface, U2: crate::Interface>(
        &self,
        lpSrcFolder: &crate::ComPtr<U1>,
        lpEntryID: &[u8],
        lpDestFolder: &crate::ComPtr<U2>,
        lpszNewFolderName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPISupportCopyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __iid0: crate::GUID = <U1 as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let __r = lpSrcFolder;
        let __a1: crate::LPVOID = __r.as_raw().cast();
        let __s = lpEntryID;
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __iid4: crate::GUID = <U2 as crate::Interface>::IID;
        let __a4: crate::LPCIID = ::core::ptr::from_ref(&__iid4);
        let __r = lpDestFolder;
        let __a5: crate::LPVOID = __r.as_raw().cast();
        let __b6 = match lpszNewFolderName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a6: crate::LPTSTR = match &__b6 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a8: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .CopyFolder)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                __a5,
                __a6,
                ulUIParam,
                __a8,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn do_copy_to<U1: crate::Interface, U2: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpSrcObj: &crate::ComPtr<U1>,
        rgiidExclude: ::core::option::Option<&[crate::IID]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U2>,
        ulFlags: MAPISupportDoCopyToFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    > {
        let __iid0: crate::GUID = <U1 as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let __r = lpSrcObj;
        let __a1: crate::LPVOID = __r.as_raw().cast();
        let (__a3, __a2): (crate::LPCIID, crate::ULONG) = match rgiidExclude {
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
        let mut __b4 = match lpExcludeProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a4: crate::LPSPropTagArray = match &mut __b4 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a6: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid7: crate::GUID = <U2 as crate::Interface>::IID;
        let __a7: crate::LPCIID = ::core::ptr::from_ref(&__iid7);
        let __r = lpDestObj;
        let __a8: crate::LPVOID = __r.as_raw().cast();
        let mut __a10: crate::LPSPropProblemArray = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .DoCopyTo)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                ulUIParam,
                __a6,
                __a7,
                __a8,
                ulFlags.bits(),
                &mut __a10,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r10 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a10.cast::<crate::SPropProblemArray>(),
                1,
            )
        };
        ::core::result::Result::Ok(__r10)
    }
    fn do_copy_props<U1: crate::Interface, U2: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpSrcObj: &crate::ComPtr<U1>,
        lpIncludeProps: &[crate::value::PropTag],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        lpDestObj: &crate::ComPtr<U2>,
        ulFlags: MAPISupportDoCopyPropsFlags,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::value::MapiBuffer<crate::SPropProblemArray>>,
        crate::Hresult,
    > {
        let __iid0: crate::GUID = <U1 as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let __r = lpSrcObj;
        let __a1: crate::LPVOID = __r.as_raw().cast();
        let __t = lpIncludeProps;
        #[allow(unused_mut)]
        let mut __b2 = crate::__private::call::tags_in(__t)?;
        let __s = &mut __b2;
        let __a2: crate::LPSPropTagArray = __s.as_mut_ptr();
        let __a4: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid5: crate::GUID = <U2 as crate::Interface>::IID;
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
                .base_vtable::<IMAPISupport>()
                .DoCopyProps)(
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
    fn do_progress_dialog(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISupportDoProgressDialogFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProgress>, crate::Hresult> {
        let mut __a2: crate::LPMAPIPROGRESS = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .DoProgressDialog)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IMAPIProgress>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn read_receipt(
        &self,
        ulFlags: MAPISupportReadReceiptFlags,
        lpReadMessage: &crate::ComPtr<crate::IMessage>,
        lppEmptyMessage: &mut ::core::option::Option<crate::ComPtr<crate::IMessage>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpReadMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        let mut __a2: crate::LPMESSAGE = lppEmptyMessage
            .take()
            .map_or(::core::ptr::null_mut(), crate::ComPtr::into_raw);
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .ReadReceipt)(self.as_raw().cast(), ulFlags.bits(), __a1, &mut __a2)
        };
        // SAFETY: whatever the slot holds after the call, on every path, is a
        // reference the caller owns, or null.
        *lppEmptyMessage = unsafe { crate::ComPtr::<crate::IMessage>::from_raw(__a2) };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn prepare_submit(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpulFlags: &mut MAPISupportPrepareSubmitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        let mut __a1: crate::ULONG = lpulFlags.bits();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .PrepareSubmit)(self.as_raw().cast(), __a0, &mut __a1)
        };
        *lpulFlags = MAPISupportPrepareSubmitFlags::from_bits_retain(__a1);
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn expand_recips(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<MAPISupportExpandRecipsFlags, crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        let mut __a1: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .ExpandRecips)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(MAPISupportExpandRecipsFlags::from_bits_retain(__a1))
    }
    fn update_pab(
        &self,
        ulFlags: crate::ULONG,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .UpdatePAB)(self.as_raw().cast(), ulFlags, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn do_sent_mail(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .DoSentMail)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_address_book<U: crate::Interface>(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let mut __a2: crate::LPADRBOOK = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .OpenAddressBook)(self.as_raw().cast(), __a0, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r2 = unsafe { crate::ComPtr::<U>::from_raw(__a2.cast()) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r2)
    }
    fn preprocess(
        &self,
        ulFlags: crate::ULONG,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpEntryID;
        let (__a2, __a1): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .Preprocess)(self.as_raw().cast(), ulFlags, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn complete_msg(
        &self,
        ulFlags: MAPISupportReservedFlags,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpEntryID;
        let (__a2, __a1): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .CompleteMsg)(self.as_raw().cast(), ulFlags.bits(), __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn store_logoff_transports(
        &self,
        lpulFlags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let mut __a0: crate::ULONG = lpulFlags.bits();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .StoreLogoffTransports)(self.as_raw().cast(), &mut __a0)
        };
        *lpulFlags = MAPISupportStoreLogoffTransportsFlags::from_bits_retain(__a0);
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn status_recips(
        &self,
        alloc: &crate::value::Allocator,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpRecipList: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        let __t = lpRecipList;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::adr_list_in(alloc, __t)?;
        let __s = &mut __b1;
        let __a1: crate::LPADRLIST = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .StatusRecips)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn wrap_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpOrigEntry: &[u8],
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __s = lpOrigEntry;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .WrapStoreEntryID)(
                self.as_raw().cast(),
                __a0,
                __a1,
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
                __a3.cast::<crate::ENTRYID>(),
                __a2,
            )
        };
        let __r3 = __r3.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r3)
    }
    fn modify_profile(
        &self,
        ulFlags: MAPISupportModifyProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .ModifyProfile)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn i_storage_from_stream(
        &self,
        lpUnkIn: &crate::ComPtr<crate::IUnknown>,
        lpInterface: ::core::option::Option<&crate::IID>,
        ulFlags: MAPISupportIStorageFromStreamFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStorage>, crate::Hresult> {
        let __r = lpUnkIn;
        let __a0: crate::LPUNKNOWN = __r.as_raw();
        let __a1: crate::LPCIID = match lpInterface {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let mut __a3: crate::LPSTORAGE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .IStorageFromStream)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<crate::IStorage>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn get_svc_config_support_obj(
        &self,
        ulFlags: MAPISupportReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMAPISupport>, crate::Hresult> {
        let mut __a1: LPMAPISUP = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISupport>()
                .GetSvcConfigSupportObj)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<IMAPISupport>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
}
