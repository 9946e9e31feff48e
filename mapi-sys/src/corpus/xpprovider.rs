// `idl/mapi/xpprovider.idl` as Rust, included by `mod.rs`.
/// Pointer to a transport provider object.
#[cfg(feature = "transport")]
pub type LPXPPROVIDER = *mut IXPProvider;
/// Pointer to a transport logon object.
#[cfg(feature = "transport")]
pub type LPXPLOGON = *mut IXPLogon;
/// Entry point of a transport provider DLL (exported as `XPProviderInit`).
///
/// MAPI calls it once for each transport in the profile after a client logs on.
/// It uses the C calling convention (`STDMAPIINITCALLTYPE`).
///
/// Returns `S_OK`, or `MAPI_E_VERSION` when the SPI versions are incompatible.
///
/// Notes to implementers: return a distinct provider object for every call, and
/// use the allocator pointers for memory handed to clients; `AddRef` `lpMalloc`
/// if you keep it.
#[cfg(feature = "transport")]
pub type XPPROVIDERINIT = unsafe extern "C" fn(
    hInstance: crate::HINSTANCE,
    lpMalloc: crate::LPMALLOC,
    lpAllocateBuffer: crate::LPALLOCATEBUFFER,
    lpAllocateMore: crate::LPALLOCATEMORE,
    lpFreeBuffer: crate::LPFREEBUFFER,
    ulFlags: crate::ULONG,
    ulMAPIVer: crate::ULONG,
    lpulProviderVer: *mut crate::ULONG,
    lppXPProvider: *mut LPXPPROVIDER,
) -> crate::HRESULT;
/// Pointer to an `XPPROVIDERINIT` entry point.
#[cfg(feature = "transport")]
pub type LPXPPROVIDERINIT = ::core::option::Option<XPPROVIDERINIT>;
/// Flags of `IXPProvider::Shutdown`.
///
/// None are defined: `lpulFlags` must point to zero.
#[cfg(feature = "transport")]
pub type XPProviderShutdownFlags = crate::Flags<XPProviderShutdownFlagsGroup>;
/// The group of [`XPProviderShutdownFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPProviderShutdownFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPProviderShutdownFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IXPProvider::TransportLogon`: set by the MAPI spooler on input,
/// by the transport on output.
#[cfg(feature = "transport")]
pub type XPProviderTransportLogonFlags = crate::Flags<
    XPProviderTransportLogonFlagsGroup,
>;
/// The group of [`XPProviderTransportLogonFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPProviderTransportLogonFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPProviderTransportLogonFlagsGroup {
    const IN_MASK: u32 = 0x8000001D;
    const OUT_MASK: u32 = 0x80070000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("LOGON_NO_CONNECT", 0x00000004),
        ("LOGON_NO_DIALOG", 0x00000001),
        ("LOGON_NO_INBOUND", 0x00000008),
        ("LOGON_NO_OUTBOUND", 0x00000010),
        ("MAPI_UNICODE", 0x80000000),
        ("LOGON_SP_IDLE", 0x00010000),
        ("LOGON_SP_POLL", 0x00020000),
        ("LOGON_SP_RESOLVE", 0x00040000),
    ];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPProviderTransportLogonFlagsGroup> {
    /// The logon is not for sending or receiving: make no connection to
    /// another messaging system (offline use).
    ///
    /// `LOGON_NO_CONNECT` (`0x4`), valid on input.
    pub const LOGON_NO_CONNECT: Self = Self::from_bits_retain(0x00000004);
    /// Show no dialog box, even if the saved credentials are missing or
    /// invalid.
    ///
    /// `LOGON_NO_DIALOG` (`0x1`), valid on input.
    pub const LOGON_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
    /// Do not prepare for or accept inbound messages yet; the spooler will
    /// start reception later with `IXPLogon::TransportNotify`.
    ///
    /// `LOGON_NO_INBOUND` (`0x8`), valid on input.
    pub const LOGON_NO_INBOUND: Self = Self::from_bits_retain(0x00000008);
    /// Do not prepare for sending yet; the spooler will start outbound work
    /// later with `IXPLogon::TransportNotify`.
    ///
    /// `LOGON_NO_OUTBOUND` (`0x10`), valid on input.
    pub const LOGON_NO_OUTBOUND: Self = Self::from_bits_retain(0x00000010);
    /// On input, the profile name is Unicode; on output, the strings of a
    /// returned `MAPIERROR` are Unicode. Without it, ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input and output.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Returned: the transport wants `IXPLogon::Idle` calls when the system
    /// is idle.
    ///
    /// `LOGON_SP_IDLE` (`0x10000`), valid on output.
    pub const LOGON_SP_IDLE: Self = Self::from_bits_retain(0x00010000);
    /// Returned: the transport wants the spooler to call `IXPLogon::Poll`
    /// regularly to look for new messages.
    ///
    /// `LOGON_SP_POLL` (`0x20000`), valid on output.
    pub const LOGON_SP_POLL: Self = Self::from_bits_retain(0x00020000);
    /// Returned: the spooler should resolve to full addresses all recipients
    /// this transport does not handle, so it can build a reply path.
    ///
    /// `LOGON_SP_RESOLVE` (`0x40000`), valid on output.
    pub const LOGON_SP_RESOLVE: Self = Self::from_bits_retain(0x00040000);
}
/// Flags returned by `IXPLogon::AddressTypes`.
#[cfg(feature = "transport")]
pub type XPLogonAddressTypesFlags = crate::Flags<XPLogonAddressTypesFlagsGroup>;
/// The group of [`XPLogonAddressTypesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonAddressTypesFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonAddressTypesFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x80000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonAddressTypesFlagsGroup> {
    /// The returned address type strings are Unicode; otherwise ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on output.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags returned by `IXPLogon::RegisterOptions`.
#[cfg(feature = "transport")]
pub type XPLogonRegisterOptionsFlags = crate::Flags<XPLogonRegisterOptionsFlagsGroup>;
/// The group of [`XPLogonRegisterOptionsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonRegisterOptionsFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonRegisterOptionsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x80000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonRegisterOptionsFlagsGroup> {
    /// The strings of the returned `OPTIONDATA` are Unicode; otherwise ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on output.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Events signalled by `IXPLogon::TransportNotify`. The spooler sets them on
/// input and the transport returns them unchanged.
#[cfg(feature = "transport")]
pub type XPLogonTransportNotifyFlags = crate::Flags<XPLogonTransportNotifyFlagsGroup>;
/// The group of [`XPLogonTransportNotifyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonTransportNotifyFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonTransportNotifyFlagsGroup {
    const IN_MASK: u32 = 0xC00F000F;
    const OUT_MASK: u32 = 0xC00F000F;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00010001, 0x00020002];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("NOTIFY_ABORT_DEFERRED", 0x40000000),
        ("NOTIFY_BEGIN_INBOUND", 0x00000001),
        ("NOTIFY_BEGIN_INBOUND_FLUSH", 0x00000004),
        ("NOTIFY_BEGIN_OUTBOUND", 0x00000002),
        ("NOTIFY_BEGIN_OUTBOUND_FLUSH", 0x00000008),
        ("NOTIFY_CANCEL_MESSAGE", 0x80000000),
        ("NOTIFY_END_INBOUND", 0x00010000),
        ("NOTIFY_END_INBOUND_FLUSH", 0x00040000),
        ("NOTIFY_END_OUTBOUND", 0x00020000),
        ("NOTIFY_END_OUTBOUND_FLUSH", 0x00080000),
    ];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonTransportNotifyFlagsGroup> {
    /// A message the transport had accepted is being deferred; `lppvData`
    /// points to its entry identifier.
    ///
    /// `NOTIFY_ABORT_DEFERRED` (`0x40000000`), valid on input and output.
    pub const ABORT_DEFERRED: Self = Self::from_bits_retain(0x40000000);
    /// Inbound processing may start.
    ///
    /// `NOTIFY_BEGIN_INBOUND` (`0x1`), valid on input and output.
    pub const BEGIN_INBOUND: Self = Self::from_bits_retain(0x00000001);
    /// Download inbound messages as fast as possible until the cycle ends.
    ///
    /// `NOTIFY_BEGIN_INBOUND_FLUSH` (`0x4`), valid on input and output.
    pub const BEGIN_INBOUND_FLUSH: Self = Self::from_bits_retain(0x00000004);
    /// Outbound processing may start.
    ///
    /// `NOTIFY_BEGIN_OUTBOUND` (`0x2`), valid on input and output.
    pub const BEGIN_OUTBOUND: Self = Self::from_bits_retain(0x00000002);
    /// Send outbound messages as fast as possible until the cycle ends.
    ///
    /// `NOTIFY_BEGIN_OUTBOUND_FLUSH` (`0x8`), valid on input and output.
    pub const BEGIN_OUTBOUND_FLUSH: Self = Self::from_bits_retain(0x00000008);
    /// Cancel the transfer of the message whose reference `lppvData` points to.
    ///
    /// `NOTIFY_CANCEL_MESSAGE` (`0x80000000`), valid on input and output.
    pub const CANCEL_MESSAGE: Self = Self::from_bits_retain(0x80000000);
    /// Inbound processing must stop.
    ///
    /// `NOTIFY_END_INBOUND` (`0x10000`), valid on input and output.
    pub const END_INBOUND: Self = Self::from_bits_retain(0x00010000);
    /// Leave inbound flush mode; keep downloading in the background.
    ///
    /// `NOTIFY_END_INBOUND_FLUSH` (`0x40000`), valid on input and output.
    pub const END_INBOUND_FLUSH: Self = Self::from_bits_retain(0x00040000);
    /// Outbound processing must stop.
    ///
    /// `NOTIFY_END_OUTBOUND` (`0x20000`), valid on input and output.
    pub const END_OUTBOUND: Self = Self::from_bits_retain(0x00020000);
    /// Leave outbound flush mode.
    ///
    /// `NOTIFY_END_OUTBOUND_FLUSH` (`0x80000`), valid on input and output.
    pub const END_OUTBOUND_FLUSH: Self = Self::from_bits_retain(0x00080000);
}
/// Flags of `IXPLogon::Idle`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "transport")]
pub type XPLogonIdleFlags = crate::Flags<XPLogonIdleFlagsGroup>;
/// The group of [`XPLogonIdleFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonIdleFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonIdleFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IXPLogon::TransportLogoff`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "transport")]
pub type XPLogonTransportLogoffFlags = crate::Flags<XPLogonTransportLogoffFlagsGroup>;
/// The group of [`XPLogonTransportLogoffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonTransportLogoffFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonTransportLogoffFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IXPLogon::SubmitMessage`.
#[cfg(feature = "transport")]
pub type XPLogonSubmitMessageFlags = crate::Flags<XPLogonSubmitMessageFlagsGroup>;
/// The group of [`XPLogonSubmitMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonSubmitMessageFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonSubmitMessageFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("BEGIN_DEFERRED", 0x00000001)];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonSubmitMessageFlagsGroup> {
    /// The message was deferred earlier and is now submitted again, with the
    /// same entry identifier.
    ///
    /// `BEGIN_DEFERRED` (`0x1`), valid on input.
    pub const BEGIN_DEFERRED: Self = Self::from_bits_retain(0x00000001);
}
/// Flags returned by `IXPLogon::EndMessage`: what the spooler should do with
/// the message. None set means the message was sent.
#[cfg(feature = "transport")]
pub type XPLogonEndMessageFlags = crate::Flags<XPLogonEndMessageFlagsGroup>;
/// The group of [`XPLogonEndMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonEndMessageFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonEndMessageFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00070000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("END_DONT_RESEND", 0x00040000),
        ("END_RESEND_LATER", 0x00020000),
        ("END_RESEND_NOW", 0x00010000),
    ];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonEndMessageFlagsGroup> {
    /// The transport keeps the message for now and will report on it later
    /// with `IMAPISupport::SpoolerNotify` (`NOTIFY_SENTDEFERRED`).
    ///
    /// `END_DONT_RESEND` (`0x40000`), valid on output.
    pub const DONT_RESEND: Self = Self::from_bits_retain(0x00040000);
    /// The message is not being sent now (not an error); submit it again
    /// later.
    ///
    /// `END_RESEND_LATER` (`0x20000`), valid on output.
    pub const RESEND_LATER: Self = Self::from_bits_retain(0x00020000);
    /// The transport needs the message to be submitted again right away.
    ///
    /// `END_RESEND_NOW` (`0x10000`), valid on output.
    pub const RESEND_NOW: Self = Self::from_bits_retain(0x00010000);
}
/// Flags of `IXPLogon::StartMessage`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "transport")]
pub type XPLogonStartMessageFlags = crate::Flags<XPLogonStartMessageFlagsGroup>;
/// The group of [`XPLogonStartMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonStartMessageFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonStartMessageFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IXPLogon::OpenStatusEntry`.
#[cfg(feature = "transport")]
pub type XPLogonOpenStatusEntryFlags = crate::Flags<XPLogonOpenStatusEntryFlagsGroup>;
/// The group of [`XPLogonOpenStatusEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonOpenStatusEntryFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonOpenStatusEntryFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_MODIFY", 0x00000001)];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonOpenStatusEntryFlagsGroup> {
    /// Ask for read/write access to the status object; the default is
    /// read-only.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MAPI_MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IXPLogon::ValidateState`.
#[cfg(feature = "transport")]
pub type XPLogonValidateStateFlags = crate::Flags<XPLogonValidateStateFlagsGroup>;
/// The group of [`XPLogonValidateStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonValidateStateFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonValidateStateFlagsGroup {
    const IN_MASK: u32 = 0x003F0001;
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
        ("SUPPRESS_UI", 0x00000001),
    ];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonValidateStateFlagsGroup> {
    /// The user cancelled the operation; the transport may go on or stop and
    /// return `MAPI_E_USER_CANCEL`.
    ///
    /// `ABORT_XP_HEADER_OPERATION` (`0x200000`), valid on input.
    pub const ABORT_XP_HEADER_OPERATION: Self = Self::from_bits_retain(0x00200000);
    /// Revalidate the loaded transports: the spooler calls their
    /// `IXPLogon::AddressTypes` again.
    ///
    /// `CONFIG_CHANGED` (`0x100000`), valid on input.
    pub const CONFIG_CHANGED: Self = Self::from_bits_retain(0x00100000);
    /// The user chose to connect; with a header cache flag, connect without
    /// caching.
    ///
    /// `FORCE_XP_CONNECT` (`0x40000`), valid on input.
    pub const FORCE_XP_CONNECT: Self = Self::from_bits_retain(0x00040000);
    /// The user chose to disconnect; with a header cache flag, disconnect
    /// without caching.
    ///
    /// `FORCE_XP_DISCONNECT` (`0x80000`), valid on input.
    pub const FORCE_XP_DISCONNECT: Self = Self::from_bits_retain(0x00080000);
    /// Process the header cache: download, delete or move the messages marked
    /// for it.
    ///
    /// `PROCESS_XP_HEADER_CACHE` (`0x20000`), valid on input.
    pub const PROCESS_XP_HEADER_CACHE: Self = Self::from_bits_retain(0x00020000);
    /// Download a fresh list of message headers and clear all status marks.
    ///
    /// `REFRESH_XP_HEADER_CACHE` (`0x10000`), valid on input.
    pub const REFRESH_XP_HEADER_CACHE: Self = Self::from_bits_retain(0x00010000);
    /// Show no user interface.
    ///
    /// `SUPPRESS_UI` (`0x1`), valid on input.
    pub const SUPPRESS_UI: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IXPLogon::FlushQueues`.
#[cfg(feature = "transport")]
pub type XPLogonFlushQueuesFlags = crate::Flags<XPLogonFlushQueuesFlagsGroup>;
/// The group of [`XPLogonFlushQueuesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "transport")]
pub enum XPLogonFlushQueuesFlagsGroup {}
#[cfg(feature = "transport")]
impl crate::FlagGroup for XPLogonFlushQueuesFlagsGroup {
    const IN_MASK: u32 = 0x0000001E;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("FLUSH_DOWNLOAD", 0x00000004),
        ("FLUSH_FORCE", 0x00000008),
        ("FLUSH_NO_UI", 0x00000010),
        ("FLUSH_UPLOAD", 0x00000002),
    ];
}
#[cfg(feature = "transport")]
impl crate::Flags<XPLogonFlushQueuesFlagsGroup> {
    /// Flush the inbound queue or queues.
    ///
    /// `FLUSH_DOWNLOAD` (`0x4`), valid on input.
    pub const DOWNLOAD: Self = Self::from_bits_retain(0x00000004);
    /// Do the flush if at all possible, even if it takes a long time.
    ///
    /// `FLUSH_FORCE` (`0x8`), valid on input.
    pub const FORCE: Self = Self::from_bits_retain(0x00000008);
    /// Show no user interface.
    ///
    /// `FLUSH_NO_UI` (`0x10`), valid on input.
    pub const NO_UI: Self = Self::from_bits_retain(0x00000010);
    /// Flush the outbound queue or queues.
    ///
    /// `FLUSH_UPLOAD` (`0x2`), valid on input.
    pub const UPLOAD: Self = Self::from_bits_retain(0x00000002);
}
/// A transport provider: the MAPI spooler uses it to log on to the transport
/// and to shut it down.
#[cfg(feature = "transport")]
#[repr(C)]
pub struct IXPProvider {
    /// The object's vtable.
    pub lpVtbl: *const IXPProviderVtbl,
}
/// The vtable of [`IXPProvider`]: its methods in slot order, after its base's.
#[cfg(feature = "transport")]
#[repr(C)]
pub struct IXPProviderVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Shuts the transport provider down in an orderly way.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    pub Shutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Opens a logon session on the transport and returns its logon object.
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): Support object for this session; `AddRef` it to keep it.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the user's profile, mainly for dialog boxes.
    /// - `lpulFlags` (`ULONG*`, in, out): Flags controlling the logon on input; flags requesting spooler services on output.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppXPLogon` (`LPXPLOGON*`, out): Receives the transport logon object.
    pub TransportLogon: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMAPISup: crate::LPMAPISUP,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::LPTSTR,
        lpulFlags: *mut crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
        lppXPLogon: *mut LPXPLOGON,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IXPProvider`]: `{00020312-0000-0000-C000-000000000046}`.
#[cfg(feature = "transport")]
pub const IID_IXPProvider: crate::GUID = crate::GUID::from_u128(
    0x00020312_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "transport")]
#[automatically_derived]
unsafe impl crate::Interface for IXPProvider {
    const IID: crate::GUID = IID_IXPProvider;
    const NAME: &'static str = "IXPProvider";
    type Vtbl = IXPProviderVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IXPProvider || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "transport")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IXPProviderVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// A transport logon object: the MAPI spooler's access to one logon session
/// of a transport provider.
#[cfg(feature = "transport")]
#[repr(C)]
pub struct IXPLogon {
    /// The object's vtable.
    pub lpVtbl: *const IXPLogonVtbl,
}
/// The vtable of [`IXPLogon`]: its methods in slot order, after its base's.
#[cfg(feature = "transport")]
#[repr(C)]
pub struct IXPLogonVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the recipient types (address types and `MAPIUID`s) the
    /// transport handles.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, out): Receives flags giving the character set of the returned strings.
    /// - `lpcAdrType` (`ULONG*`, out): Receives the number of strings in `*lpppszAdrTypeArray`.
    /// - `lpppszAdrTypeArray` (`LPTSTR**`, out): Receives the array of address type strings; owned by the transport until logoff.
    /// - `lpcMAPIUID` (`ULONG*`, out): Receives the number of entries in `*lpppUIDArray`.
    /// - `lpppUIDArray` (`LPMAPIUID**`, out): Receives the array of `MAPIUID` pointers; owned by the transport until logoff.
    pub AddressTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
        lpcAdrType: *mut crate::ULONG,
        lpppszAdrTypeArray: *mut *mut crate::LPTSTR,
        lpcMAPIUID: *mut crate::ULONG,
        lpppUIDArray: *mut *mut crate::LPMAPIUID,
    ) -> crate::HRESULT,
    /// Returns the message and recipient options the transport supports
    /// (no longer documented).
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, out): Receives flags giving the character set of the returned strings.
    /// - `lpcOptions` (`ULONG*`, out): Receives the number of `OPTIONDATA` structures returned.
    /// - `lppOptions` (`LPOPTIONDATA*`, out): Receives the array of `OPTIONDATA` structures.
    pub RegisterOptions: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
        lpcOptions: *mut crate::ULONG,
        lppOptions: *mut crate::LPOPTIONDATA,
    ) -> crate::HRESULT,
    /// Signals an event the transport asked to be told about (start or stop
    /// of inbound or outbound work, flush, cancellation, ...).
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in, out): Event flags, to be returned unchanged.
    /// - `lppvData` (`LPVOID*`, in, out): Event-specific data, as the flags say: with `NOTIFY_ABORT_DEFERRED`, it points to the entry identifier of the deferred message.
    pub TransportNotify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
        lppvData: *mut crate::LPVOID,
    ) -> crate::HRESULT,
    /// Tells the transport that the system is idle, so it can do
    /// low-priority work.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub Idle: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Starts logging off the transport session.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub TransportLogoff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Gives the transport an outbound message to deliver.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags describing the submission.
    /// - `lpMessage` (`LPMESSAGE`, in): Read/write message to send, valid until `EndMessage` returns.
    /// - `lpulMsgRef` (`ULONG_PTR*`, in, out): Receives the transport's reference value for the message (initialized to 0).
    /// - `lpulReturnParm` (`ULONG_PTR*`, out): Receives a value qualifying a `MAPI_E_WAIT` or `MAPI_E_NETWORK_ERROR` return.
    pub SubmitMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
        lpulMsgRef: *mut crate::ULONG_PTR,
        lpulReturnParm: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Tells the transport the spooler has finished with an outbound message,
    /// and learns what to do with it next.
    ///
    /// # Parameters
    ///
    /// - `ulMsgRef` (`ULONG_PTR`, in): Reference value the transport returned from `SubmitMessage`.
    /// - `lpulFlags` (`ULONG*`, out): Receives flags saying what the spooler should do with the message.
    pub EndMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulMsgRef: crate::ULONG_PTR,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Asks the transport whether it has received inbound messages.
    ///
    /// # Parameters
    ///
    /// - `lpulIncoming` (`ULONG*`, out): Receives a nonzero value if inbound messages are waiting.
    pub Poll: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulIncoming: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Starts handing an inbound message from the transport to the spooler.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpMessage` (`LPMESSAGE`, in): Read/write message to fill in, valid until this call returns.
    /// - `lpulMsgRef` (`ULONG_PTR*`, in, out): Receives the transport's reference value for the message (initialized to 1).
    pub StartMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpMessage: crate::LPMESSAGE,
        lpulMsgRef: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Opens the transport's status object.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface wanted; null means `IMAPIStatus`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the status object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppEntry` (`LPMAPISTATUS*`, out): Receives the status object.
    pub OpenStatusEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppEntry: *mut crate::LPMAPISTATUS,
    ) -> crate::HRESULT,
    /// Checks the transport's external state.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the check.
    pub ValidateState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Asks the transport to deliver all pending inbound or outbound
    /// messages at once.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `cbTargetTransport` (`ULONG`, in): Reserved; must be zero.
    /// - `lpTargetTransport` (`LPENTRYID`, in): Reserved; must be null.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the flush.
    pub FlushQueues: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        cbTargetTransport: crate::ULONG,
        lpTargetTransport: crate::LPENTRYID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IXPLogon`]: `{00020315-0000-0000-C000-000000000046}`.
#[cfg(feature = "transport")]
pub const IID_IXPLogon: crate::GUID = crate::GUID::from_u128(
    0x00020315_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "transport")]
#[automatically_derived]
unsafe impl crate::Interface for IXPLogon {
    const IID: crate::GUID = IID_IXPLogon;
    const NAME: &'static str = "IXPLogon";
    type Vtbl = IXPLogonVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IXPLogon || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "transport")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IXPLogonVtbl>() == 15 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "transport"))]
/// The provider side of [`IXPProvider`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IXPProviderImpl`, the provider side of `IXPProvider`",
    label = "`IXPProvider` needs `impl IXPProviderImpl for {Self}`",
    note = "write `impl IXPProviderImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IXPProviderImpl: crate::__private::Declares<
        IXPProvider,
        0x00020312_0000_0000_c000_000000000046,
    > {
    /// Shuts the transport provider down in an orderly way.
    ///
    /// Called through slot 3 ([`IXPProviderVtbl::Shutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn shutdown(
        &self,
        lpulFlags: XPProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a logon session on the transport and returns its logon object.
    ///
    /// Called through slot 4 ([`IXPProviderVtbl::TransportLogon`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn transport_logon(
        &self,
        lpMAPISup: crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::value::StrRef<'_>,
        lpulFlags: &mut XPProviderTransportLogonFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiError, crate::ComPtr<IXPLogon>),
        crate::Hresult,
    > {
        let _ = (lpMAPISup, ulUIParam, lpszProfileName, lpulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "transport"))]
impl IXPProviderVtbl {
    /// A vtable of [`IXPProvider`] whose slots check their arguments and call [`IXPProviderImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IXPProviderImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Shutdown: {
                /// `IXPProvider::Shutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPProviderImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <XPProviderShutdownFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPProviderImpl>::shutdown(
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
            TransportLogon: {
                /// `IXPProvider::TransportLogon`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMAPISup: crate::LPMAPISUP,
                    ulUIParam: crate::ULONG_PTR,
                    lpszProfileName: crate::LPTSTR,
                    lpulFlags: *mut crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                    lppXPLogon: *mut LPXPLOGON,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPProviderImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        if !lppXPLogon.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppXPLogon, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPISupport,
                            >::from_borrowed(lpMAPISup.cast::<crate::IMAPISupport>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = {
                            // SAFETY: a non-null flags pointer from the caller
                            // points to a readable flags word.
                            let __flags = if lpulFlags.is_null() {
                                0
                            } else {
                                unsafe { lpulFlags.read_unaligned() }
                            };
                            (__flags & crate::MAPI_UNICODE) != 0
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszProfileName.cast_const().cast(),
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
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg3 = match <XPProviderTransportLogonFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let mut arg3 = arg3;
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppXPLogon.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IXPProviderImpl>::transport_logon(
                            object.inner(),
                            arg0,
                            ulUIParam,
                            arg2,
                            &mut arg3,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg4, arg5) = __outs;
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_mapi_error(
                                                __alloc,
                                                &arg4,
                                                {
                                                    // SAFETY: a non-null flags pointer from
                                                    // the caller points to a readable flags
                                                    // word.
                                                    let __flags = if lpulFlags.is_null() {
                                                        0
                                                    } else {
                                                        unsafe { lpulFlags.read_unaligned() }
                                                    };
                                                    (__flags & crate::MAPI_UNICODE) != 0
                                                },
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
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write_unaligned(
                                            arg3.bits()
                                                & <XPProviderTransportLogonFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { lppMAPIError.write(__buf4.into_raw().cast()) };
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppXPLogon.write(arg5.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "transport"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IXPProvider {
    const IIDS: &'static [u128] = &[
        0x00020312_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "transport"))]
/// The provider side of [`IXPLogon`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IXPLogonImpl`, the provider side of `IXPLogon`",
    label = "`IXPLogon` needs `impl IXPLogonImpl for {Self}`",
    note = "write `impl IXPLogonImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IXPLogonImpl: crate::__private::Declares<
        IXPLogon,
        0x00020315_0000_0000_c000_000000000046,
    > {
    /// Returns the recipient types (address types and `MAPIUID`s) the
    /// transport handles.
    ///
    /// Called through slot 3 ([`IXPLogonVtbl::AddressTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn address_types(
        &self,
    ) -> ::core::result::Result<
        (XPLogonAddressTypesFlags, &crate::value::StringTable, &crate::value::UidTable),
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the message and recipient options the transport supports
    /// (no longer documented).
    ///
    /// Called through slot 4 ([`IXPLogonVtbl::RegisterOptions`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lppOptions` (`LPOPTIONDATA*`): Receives the array of `OPTIONDATA` structures. It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says.
    unsafe fn register_options(
        &self,
        lppOptions: *mut crate::LPOPTIONDATA,
    ) -> ::core::result::Result<
        (XPLogonRegisterOptionsFlags, crate::ULONG),
        crate::Hresult,
    > {
        let _ = (lppOptions,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Signals an event the transport asked to be told about (start or stop
    /// of inbound or outbound work, flush, cancellation, ...).
    ///
    /// Called through slot 5 ([`IXPLogonVtbl::TransportNotify`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lppvData` (`LPVOID*`): Event-specific data, as the flags say: with `NOTIFY_ABORT_DEFERRED`, it points to the entry identifier of the deferred message. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn transport_notify(
        &self,
        lpulFlags: &mut XPLogonTransportNotifyFlags,
        lppvData: *mut crate::LPVOID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags, lppvData);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the transport that the system is idle, so it can do
    /// low-priority work.
    ///
    /// Called through slot 6 ([`IXPLogonVtbl::Idle`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn idle(
        &self,
        ulFlags: XPLogonIdleFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Starts logging off the transport session.
    ///
    /// Called through slot 7 ([`IXPLogonVtbl::TransportLogoff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn transport_logoff(
        &self,
        ulFlags: XPLogonTransportLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Gives the transport an outbound message to deliver.
    ///
    /// Called through slot 8 ([`IXPLogonVtbl::SubmitMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn submit_message(
        &self,
        ulFlags: XPLogonSubmitMessageFlags,
        lpMessage: crate::ComPtr<crate::IMessage>,
        lpulMsgRef: &mut crate::ULONG_PTR,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (ulFlags, lpMessage, lpulMsgRef);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the transport the spooler has finished with an outbound message,
    /// and learns what to do with it next.
    ///
    /// Called through slot 9 ([`IXPLogonVtbl::EndMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn end_message(
        &self,
        ulMsgRef: crate::ULONG_PTR,
    ) -> ::core::result::Result<XPLogonEndMessageFlags, crate::Hresult> {
        let _ = (ulMsgRef,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks the transport whether it has received inbound messages.
    ///
    /// Called through slot 10 ([`IXPLogonVtbl::Poll`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn poll(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Starts handing an inbound message from the transport to the spooler.
    ///
    /// Called through slot 11 ([`IXPLogonVtbl::StartMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn start_message(
        &self,
        ulFlags: XPLogonStartMessageFlags,
        lpMessage: crate::ComPtr<crate::IMessage>,
        lpulMsgRef: &mut crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpMessage, lpulMsgRef);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the transport's status object.
    ///
    /// Called through slot 12 ([`IXPLogonVtbl::OpenStatusEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_status_entry(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: XPLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Checks the transport's external state.
    ///
    /// Called through slot 13 ([`IXPLogonVtbl::ValidateState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn validate_state(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: XPLogonValidateStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Asks the transport to deliver all pending inbound or outbound
    /// messages at once.
    ///
    /// Called through slot 14 ([`IXPLogonVtbl::FlushQueues`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn flush_queues(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpTargetTransport: ::core::option::Option<&[u8]>,
        ulFlags: XPLogonFlushQueuesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, lpTargetTransport, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "transport"))]
impl IXPLogonVtbl {
    /// A vtable of [`IXPLogon`] whose slots check their arguments and call [`IXPLogonImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IXPLogonImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            AddressTypes: {
                /// `IXPLogon::AddressTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                    lpcAdrType: *mut crate::ULONG,
                    lpppszAdrTypeArray: *mut *mut crate::LPTSTR,
                    lpcMAPIUID: *mut crate::ULONG,
                    lpppUIDArray: *mut *mut crate::LPMAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulFlags, 0, 1) };
                        }
                        if !lpcAdrType.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcAdrType, 0, 1) };
                        }
                        if !lpppszAdrTypeArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe {
                                ::core::ptr::write_bytes(lpppszAdrTypeArray, 0, 1)
                            };
                        }
                        if !lpcMAPIUID.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcMAPIUID, 0, 1) };
                        }
                        if !lpppUIDArray.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpppUIDArray, 0, 1) };
                        }
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpcAdrType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpppszAdrTypeArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpcMAPIUID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpppUIDArray.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IXPLogonImpl>::address_types(object.inner()) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg0, arg2, arg4) = __outs;
                                if ::core::primitive::u32::try_from(arg2.len()).is_err() {
                                    return crate::MAPI_E_CALL_FAILED;
                                }
                                if arg2.is_unicode()
                                    != ((arg0.bits() & crate::MAPI_UNICODE) != 0)
                                {
                                    return crate::MAPI_E_CALL_FAILED;
                                }
                                if ::core::primitive::u32::try_from(arg4.len()).is_err() {
                                    return crate::MAPI_E_CALL_FAILED;
                                }
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg0.bits()
                                                & <XPLogonAddressTypesFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                // SAFETY: both out-pointers were checked
                                // non-null; the array lives as long as the
                                // object, as the method's contract asks.
                                unsafe {
                                    lpppszAdrTypeArray.write(arg2.as_ptr().cast());
                                    lpcAdrType.write(arg2.len() as u32);
                                }
                                // SAFETY: both out-pointers were checked
                                // non-null; the array lives as long as the
                                // object, as the method's contract asks.
                                unsafe {
                                    lpppUIDArray.write(arg4.as_ptr().cast());
                                    lpcMAPIUID.write(arg4.len() as u32);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RegisterOptions: {
                /// `IXPLogon::RegisterOptions`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                    lpcOptions: *mut crate::ULONG,
                    lppOptions: *mut crate::LPOPTIONDATA,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulFlags, 0, 1) };
                        }
                        if !lpcOptions.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcOptions, 0, 1) };
                        }
                        if !lppOptions.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppOptions, 0, 1) };
                        }
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpcOptions.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppOptions.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = lppOptions;
                        let __commits = crate::__private::Commits::enter();
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IXPLogonImpl>::register_options(
                                object.inner(),
                                __c0,
                            )
                        } {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg0, arg1) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg0.bits()
                                                & <XPLogonRegisterOptionsFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                // SAFETY: checked non-null above.
                                unsafe { lpcOptions.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            TransportNotify: {
                /// `IXPLogon::TransportNotify`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                    lppvData: *mut crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <XPLogonTransportNotifyFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let mut arg0 = arg0;
                        if lppvData.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = &mut arg0;
                        let __c1 = lppvData;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IXPLogonImpl>::transport_notify(
                                object.inner(),
                                __c0,
                                __c1,
                            )
                        } {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write_unaligned(
                                            arg0.bits()
                                                & <XPLogonTransportNotifyFlags as crate::FlagSet>::OUT_MASK,
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
            Idle: {
                /// `IXPLogon::Idle`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <XPLogonIdleFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::idle(object.inner(), arg0) {
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
            TransportLogoff: {
                /// `IXPLogon::TransportLogoff`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <XPLogonTransportLogoffFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::transport_logoff(
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
            SubmitMessage: {
                /// `IXPLogon::SubmitMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpMessage: crate::LPMESSAGE,
                    lpulMsgRef: *mut crate::ULONG_PTR,
                    lpulReturnParm: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulReturnParm.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulReturnParm, 0, 1) };
                        }
                        let arg0 = match <XPLogonSubmitMessageFlags as crate::FlagSet>::check_input_for(
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
                        if lpulMsgRef.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpulReturnParm.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::submit_message(
                            object.inner(),
                            arg0,
                            arg1,
                            // SAFETY: checked non-null; the caller passes a
                            // valid in-out value.
                            unsafe { &mut *lpulMsgRef },
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulReturnParm.write(arg3) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            EndMessage: {
                /// `IXPLogon::EndMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulMsgRef: crate::ULONG_PTR,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
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
                        match <O::Inner as IXPLogonImpl>::end_message(
                            object.inner(),
                            ulMsgRef,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg1.bits()
                                                & <XPLogonEndMessageFlags as crate::FlagSet>::OUT_MASK,
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
            Poll: {
                /// `IXPLogon::Poll`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulIncoming: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulIncoming.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulIncoming, 0, 1) };
                        }
                        if lpulIncoming.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::poll(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulIncoming.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            StartMessage: {
                /// `IXPLogon::StartMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpMessage: crate::LPMESSAGE,
                    lpulMsgRef: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <XPLogonStartMessageFlags as crate::FlagSet>::check_input_for(
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
                        if lpulMsgRef.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::start_message(
                            object.inner(),
                            arg0,
                            arg1,
                            // SAFETY: checked non-null; the caller passes a
                            // valid in-out value.
                            unsafe { &mut *lpulMsgRef },
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
            OpenStatusEntry: {
                /// `IXPLogon::OpenStatusEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lpulObjType: *mut crate::ULONG,
                    lppEntry: *mut crate::LPMAPISTATUS,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulObjType.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulObjType, 0, 1) };
                        }
                        if !lppEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppEntry, 0, 1) };
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
                        let arg1 = match <XPLogonOpenStatusEntryFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulObjType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntry.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IXPLogonImpl>::open_status_entry(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg2, arg3) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                {
                                    let __o = &arg3;
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
                                            unsafe { lppEntry.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
                                    }
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpulObjType.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ValidateState: {
                /// `IXPLogon::ValidateState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <XPLogonValidateStateFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::validate_state(
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
            FlushQueues: {
                /// `IXPLogon::FlushQueues`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    cbTargetTransport: crate::ULONG,
                    lpTargetTransport: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IXPLogonImpl,
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
                        let arg3 = match <XPLogonFlushQueuesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IXPLogonImpl>::flush_queues(
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
#[cfg(all(feature = "provider", feature = "transport"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IXPLogon {
    const IIDS: &'static [u128] = &[
        0x00020315_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "transport"))]
/// SAFETY: `IXPProvider` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IXPProvider {}
#[cfg(all(feature = "client", feature = "transport"))]
/// SAFETY: every interface begins with itself (`IXPProvider`).
#[automatically_derived]
unsafe impl crate::Inherits<IXPProvider> for IXPProvider {}
#[cfg(all(feature = "client", feature = "transport"))]
/// The caller side of [`IXPProvider`]: its methods, called through the vtable, on every `ComPtr` to `IXPProvider` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IXPProviderExt {
    /// Shuts the transport provider down in an orderly way.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    ///
    /// Calls slot 3 of the vtable, [`IXPProviderVtbl::Shutdown`].
    fn shutdown(
        &self,
        lpulFlags: &XPProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens a logon session on the transport and returns its logon object.
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): Support object for this session; `AddRef` it to keep it.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the user's profile, mainly for dialog boxes.
    /// - `lpulFlags` (`ULONG*`, in, out): Flags controlling the logon on input; flags requesting spooler services on output.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppXPLogon` (`LPXPLOGON*`, out): Receives the transport logon object.
    ///
    /// Calls slot 4 of the vtable, [`IXPProviderVtbl::TransportLogon`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `lpulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpulFlags` is written back with the flags the object returns, whether or not the call succeeds.
    /// - Returns `(lppMAPIError, lppXPLogon)`.
    fn transport_logon(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        lpulFlags: &mut XPProviderTransportLogonFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiErrorBuffer, crate::ComPtr<IXPLogon>),
        crate::Hresult,
    >;
}
#[cfg(all(feature = "client", feature = "transport"))]
#[automatically_derived]
impl<T: crate::Inherits<IXPProvider>> IXPProviderExt for crate::ComPtr<T> {
    fn shutdown(
        &self,
        lpulFlags: &XPProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpulFlags;
        let __a0: *mut crate::ULONG = ::core::ptr::from_ref(__r)
            .cast::<crate::ULONG>()
            .cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IXPProvider>().Shutdown)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn transport_logon(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        lpulFlags: &mut XPProviderTransportLogonFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiErrorBuffer, crate::ComPtr<IXPLogon>),
        crate::Hresult,
    > {
        let __r = lpMAPISup;
        let __a0: crate::LPMAPISUP = __r.as_raw();
        let __b2 = crate::__private::call::str_in(
            lpszProfileName,
            (lpulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a3: crate::ULONG = lpulFlags.bits();
        let mut __a4: crate::LPMAPIERROR = ::core::ptr::null_mut();
        let mut __a5: LPXPLOGON = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPProvider>()
                .TransportLogon)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                &mut __a3,
                &mut __a4,
                &mut __a5,
            )
        };
        *lpulFlags = XPProviderTransportLogonFlags::from_bits_retain(__a3);
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r4 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a4.cast(),
                (lpulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r5 = unsafe { crate::ComPtr::<IXPLogon>::from_raw(__a5) };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        let __r5 = __r5.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok((__r4, __r5))
    }
}
#[cfg(all(feature = "client", feature = "transport"))]
/// SAFETY: `IXPLogon` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IXPLogon {}
#[cfg(all(feature = "client", feature = "transport"))]
/// SAFETY: every interface begins with itself (`IXPLogon`).
#[automatically_derived]
unsafe impl crate::Inherits<IXPLogon> for IXPLogon {}
#[cfg(all(feature = "client", feature = "transport"))]
/// The caller side of [`IXPLogon`]: its methods, called through the vtable, on every `ComPtr` to `IXPLogon` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IXPLogonExt {
    /// Returns the recipient types (address types and `MAPIUID`s) the
    /// transport handles.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, out): Receives flags giving the character set of the returned strings.
    /// - `lpcAdrType` (`ULONG*`, out): Receives the number of strings in `*lpppszAdrTypeArray`.
    /// - `lpppszAdrTypeArray` (`LPTSTR**`, out): Receives the array of address type strings; owned by the transport until logoff.
    /// - `lpcMAPIUID` (`ULONG*`, out): Receives the number of entries in `*lpppUIDArray`.
    /// - `lpppUIDArray` (`LPMAPIUID**`, out): Receives the array of `MAPIUID` pointers; owned by the transport until logoff.
    ///
    /// Calls slot 3 of the vtable, [`IXPLogonVtbl::AddressTypes`]. In Rust:
    ///
    /// - `lpppszAdrTypeArray` is the object's own array: copied into owned values.
    /// - `lpppUIDArray` is the object's own array: copied into owned values.
    /// - Returns `lpulFlags`.
    fn address_types(
        &self,
    ) -> ::core::result::Result<
        (
            XPLogonAddressTypesFlags,
            ::std::vec::Vec<::std::string::String>,
            ::std::vec::Vec<crate::MAPIUID>,
        ),
        crate::Hresult,
    >;
    /// Returns the message and recipient options the transport supports
    /// (no longer documented).
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, out): Receives flags giving the character set of the returned strings.
    /// - `lpcOptions` (`ULONG*`, out): Receives the number of `OPTIONDATA` structures returned.
    /// - `lppOptions` (`LPOPTIONDATA*`, out): Receives the array of `OPTIONDATA` structures.
    ///
    /// Calls slot 4 of the vtable, [`IXPLogonVtbl::RegisterOptions`]. In Rust:
    ///
    /// - Returns `(lpulFlags, lpcOptions, lppOptions)`.
    ///
    /// # Safety
    ///
    /// - The `lppOptions` returned points into the object's memory: use it only as the method's documentation says, and not after the object is released.
    unsafe fn register_options(
        &self,
    ) -> ::core::result::Result<
        (XPLogonRegisterOptionsFlags, crate::ULONG, crate::LPOPTIONDATA),
        crate::Hresult,
    >;
    /// Signals an event the transport asked to be told about (start or stop
    /// of inbound or outbound work, flush, cancellation, ...).
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in, out): Event flags, to be returned unchanged.
    /// - `lppvData` (`LPVOID*`, in, out): Event-specific data, as the flags say: with `NOTIFY_ABORT_DEFERRED`, it points to the entry identifier of the deferred message.
    ///
    /// Calls slot 5 of the vtable, [`IXPLogonVtbl::TransportNotify`]. In Rust:
    ///
    /// - `lpulFlags` is written back with the flags the object returns, whether or not the call succeeds.
    ///
    /// # Safety
    ///
    /// - `lppvData` (`LPVOID*`) must be valid for reads and writes as the parameter's documentation says, for the duration of the call.
    unsafe fn transport_notify(
        &self,
        lpulFlags: &mut XPLogonTransportNotifyFlags,
        lppvData: *mut crate::LPVOID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the transport that the system is idle, so it can do
    /// low-priority work.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 6 of the vtable, [`IXPLogonVtbl::Idle`].
    fn idle(
        &self,
        ulFlags: XPLogonIdleFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Starts logging off the transport session.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 7 of the vtable, [`IXPLogonVtbl::TransportLogoff`].
    fn transport_logoff(
        &self,
        ulFlags: XPLogonTransportLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Gives the transport an outbound message to deliver.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags describing the submission.
    /// - `lpMessage` (`LPMESSAGE`, in): Read/write message to send, valid until `EndMessage` returns.
    /// - `lpulMsgRef` (`ULONG_PTR*`, in, out): Receives the transport's reference value for the message (initialized to 0).
    /// - `lpulReturnParm` (`ULONG_PTR*`, out): Receives a value qualifying a `MAPI_E_WAIT` or `MAPI_E_NETWORK_ERROR` return.
    ///
    /// Calls slot 8 of the vtable, [`IXPLogonVtbl::SubmitMessage`]. In Rust:
    ///
    /// - Returns `lpulReturnParm`.
    fn submit_message(
        &self,
        ulFlags: XPLogonSubmitMessageFlags,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpulMsgRef: &mut crate::ULONG_PTR,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Tells the transport the spooler has finished with an outbound message,
    /// and learns what to do with it next.
    ///
    /// # Parameters
    ///
    /// - `ulMsgRef` (`ULONG_PTR`, in): Reference value the transport returned from `SubmitMessage`.
    /// - `lpulFlags` (`ULONG*`, out): Receives flags saying what the spooler should do with the message.
    ///
    /// Calls slot 9 of the vtable, [`IXPLogonVtbl::EndMessage`]. In Rust:
    ///
    /// - Returns `lpulFlags`.
    fn end_message(
        &self,
        ulMsgRef: crate::ULONG_PTR,
    ) -> ::core::result::Result<XPLogonEndMessageFlags, crate::Hresult>;
    /// Asks the transport whether it has received inbound messages.
    ///
    /// # Parameters
    ///
    /// - `lpulIncoming` (`ULONG*`, out): Receives a nonzero value if inbound messages are waiting.
    ///
    /// Calls slot 10 of the vtable, [`IXPLogonVtbl::Poll`]. In Rust:
    ///
    /// - Returns `lpulIncoming`.
    fn poll(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Starts handing an inbound message from the transport to the spooler.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpMessage` (`LPMESSAGE`, in): Read/write message to fill in, valid until this call returns.
    /// - `lpulMsgRef` (`ULONG_PTR*`, in, out): Receives the transport's reference value for the message (initialized to 1).
    ///
    /// Calls slot 11 of the vtable, [`IXPLogonVtbl::StartMessage`].
    fn start_message(
        &self,
        ulFlags: XPLogonStartMessageFlags,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpulMsgRef: &mut crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens the transport's status object.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface wanted; null means `IMAPIStatus`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the status object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppEntry` (`LPMAPISTATUS*`, out): Receives the status object.
    ///
    /// Calls slot 12 of the vtable, [`IXPLogonVtbl::OpenStatusEntry`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppEntry)`.
    fn open_status_entry<U: crate::Interface>(
        &self,
        ulFlags: XPLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Checks the transport's external state.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the check.
    ///
    /// Calls slot 13 of the vtable, [`IXPLogonVtbl::ValidateState`].
    fn validate_state(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: XPLogonValidateStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Asks the transport to deliver all pending inbound or outbound
    /// messages at once.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `cbTargetTransport` (`ULONG`, in): Reserved; must be zero.
    /// - `lpTargetTransport` (`LPENTRYID`, in): Reserved; must be null.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the flush.
    ///
    /// Calls slot 14 of the vtable, [`IXPLogonVtbl::FlushQueues`]. In Rust:
    ///
    /// - `cbTargetTransport` is the length of `lpTargetTransport` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn flush_queues(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpTargetTransport: ::core::option::Option<&[u8]>,
        ulFlags: XPLogonFlushQueuesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "transport"))]
#[automatically_derived]
impl<T: crate::Inherits<IXPLogon>> IXPLogonExt for crate::ComPtr<T> {
    fn address_types(
        &self,
    ) -> ::core::result::Result<
        (
            XPLogonAddressTypesFlags,
            ::std::vec::Vec<::std::string::String>,
            ::std::vec::Vec<crate::MAPIUID>,
        ),
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        let mut __a2: *mut crate::LPTSTR = ::core::ptr::null_mut();
        let mut __a3: crate::ULONG = 0;
        let mut __a4: *mut crate::LPMAPIUID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .AddressTypes)(
                self.as_raw().cast(),
                &mut __a0,
                &mut __a1,
                &mut __a2,
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object lent `count` elements, valid while it
        // lives (it outlives this call).
        let __r2 = unsafe {
            crate::__private::call::lent_strings(
                __a2.cast(),
                __a1,
                (__a0 & crate::MAPI_UNICODE) != 0,
            )
        };
        // SAFETY: on success the object lent `count` elements, valid while it
        // lives (it outlives this call).
        let __r4 = unsafe { crate::__private::call::lent_uids(__a4.cast(), __a3) };
        let __r2 = __r2?;
        let __r4 = __r4?;
        ::core::result::Result::Ok((
            XPLogonAddressTypesFlags::from_bits_retain(__a0),
            __r2,
            __r4,
        ))
    }
    unsafe fn register_options(
        &self,
    ) -> ::core::result::Result<
        (XPLogonRegisterOptionsFlags, crate::ULONG, crate::LPOPTIONDATA),
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        let mut __a2: crate::LPOPTIONDATA = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .RegisterOptions)(self.as_raw().cast(), &mut __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((
            XPLogonRegisterOptionsFlags::from_bits_retain(__a0),
            __a1,
            __a2,
        ))
    }
    unsafe fn transport_notify(
        &self,
        lpulFlags: &mut XPLogonTransportNotifyFlags,
        lppvData: *mut crate::LPVOID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let mut __a0: crate::ULONG = lpulFlags.bits();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .TransportNotify)(self.as_raw().cast(), &mut __a0, lppvData)
        };
        *lpulFlags = XPLogonTransportNotifyFlags::from_bits_retain(__a0);
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn idle(
        &self,
        ulFlags: XPLogonIdleFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IXPLogon>().Idle)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn transport_logoff(
        &self,
        ulFlags: XPLogonTransportLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .TransportLogoff)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn submit_message(
        &self,
        ulFlags: XPLogonSubmitMessageFlags,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpulMsgRef: &mut crate::ULONG_PTR,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let __r = lpMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        let __a2: *mut crate::ULONG_PTR = lpulMsgRef;
        let mut __a3: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .SubmitMessage)(
                self.as_raw().cast(),
                ulFlags.bits(),
                __a1,
                __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a3)
    }
    fn end_message(
        &self,
        ulMsgRef: crate::ULONG_PTR,
    ) -> ::core::result::Result<XPLogonEndMessageFlags, crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .EndMessage)(self.as_raw().cast(), ulMsgRef, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(XPLogonEndMessageFlags::from_bits_retain(__a1))
    }
    fn poll(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IXPLogon>().Poll)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn start_message(
        &self,
        ulFlags: XPLogonStartMessageFlags,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpulMsgRef: &mut crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        let __a2: *mut crate::ULONG_PTR = lpulMsgRef;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .StartMessage)(self.as_raw().cast(), ulFlags.bits(), __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_status_entry<U: crate::Interface>(
        &self,
        ulFlags: XPLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPMAPISTATUS = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .OpenStatusEntry)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__a2, __r3))
    }
    fn validate_state(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: XPLogonValidateStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IXPLogon>()
                .ValidateState)(self.as_raw().cast(), ulUIParam, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn flush_queues(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpTargetTransport: ::core::option::Option<&[u8]>,
        ulFlags: XPLogonFlushQueuesFlags,
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
                .base_vtable::<IXPLogon>()
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
