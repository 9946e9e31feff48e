// `idl/mapi/mapix.idl` as Rust, included by `mod.rs`.
/// Options for `MAPIInitialize`.
#[cfg(feature = "session")]
pub type LPMAPIINIT_0 = *mut MAPIINIT_0;
/// The current version of the `MAPIInitialize` options.
#[cfg(feature = "session")]
pub type MAPIINIT = MAPIINIT_0;
/// Pointer to the `MAPIInitialize` options.
#[cfg(feature = "session")]
pub type LPMAPIINIT = *mut MAPIINIT;
/// `MAPIInitialize`: takes a reference on the MAPI subsystem and sets up its
/// global data. Every successful call needs a matching `MAPIUninitialize`.
#[cfg(feature = "session")]
pub type MAPIINITIALIZE = unsafe extern "system" fn(
    lpMapiInit: crate::LPVOID,
) -> crate::HRESULT;
/// Pointer to `MAPIInitialize`.
#[cfg(feature = "session")]
pub type LPMAPIINITIALIZE = ::core::option::Option<MAPIINITIALIZE>;
/// `MAPIUninitialize`: drops a reference on the MAPI subsystem, cleaning up
/// when the last one goes.
#[cfg(feature = "session")]
pub type MAPIUNINITIALIZE = unsafe extern "system" fn();
/// Pointer to `MAPIUninitialize`.
#[cfg(feature = "session")]
pub type LPMAPIUNINITIALIZE = ::core::option::Option<MAPIUNINITIALIZE>;
/// `MAPILogonEx`: logs a client on to a MAPI session.
///
/// Fails with `MAPI_E_LOGON_FAILED` (bad parameters or too many sessions),
/// `MAPI_E_TIMEOUT` (with `MAPI_TIMEOUT_SHORT`) or `MAPI_E_USER_CANCEL`.
#[cfg(feature = "session")]
pub type MAPILOGONEX = unsafe extern "system" fn(
    ulUIParam: crate::ULONG_PTR,
    lpszProfileName: crate::LPTSTR,
    lpszPassword: crate::LPTSTR,
    flFlags: crate::ULONG,
    lppSession: *mut LPMAPISESSION,
) -> crate::HRESULT;
/// Pointer to `MAPILogonEx`.
#[cfg(feature = "session")]
pub type LPMAPILOGONEX = ::core::option::Option<MAPILOGONEX>;
/// `MAPIAllocateBuffer`: allocates a block of MAPI memory, to be freed with
/// `MAPIFreeBuffer`.
#[cfg(feature = "session")]
pub type MAPIALLOCATEBUFFER = unsafe extern "system" fn(
    cbSize: crate::ULONG,
    lppBuffer: *mut crate::LPVOID,
) -> crate::SCODE;
/// Pointer to `MAPIAllocateBuffer`.
#[cfg(feature = "session")]
pub type LPMAPIALLOCATEBUFFER = ::core::option::Option<MAPIALLOCATEBUFFER>;
/// `MAPIAllocateMore`: allocates a block linked to one from
/// `MAPIAllocateBuffer`; it is freed together with that block.
#[cfg(feature = "session")]
pub type MAPIALLOCATEMORE = unsafe extern "system" fn(
    cbSize: crate::ULONG,
    lpObject: crate::LPVOID,
    lppBuffer: *mut crate::LPVOID,
) -> crate::SCODE;
/// Pointer to `MAPIAllocateMore`.
#[cfg(feature = "session")]
pub type LPMAPIALLOCATEMORE = ::core::option::Option<MAPIALLOCATEMORE>;
/// `MAPIFreeBuffer`: frees a block from `MAPIAllocateBuffer` and every block
/// linked to it by `MAPIAllocateMore`.
#[cfg(feature = "session")]
pub type MAPIFREEBUFFER = unsafe extern "system" fn(
    lpBuffer: crate::LPVOID,
) -> crate::ULONG;
/// Pointer to `MAPIFreeBuffer`.
#[cfg(feature = "session")]
pub type LPMAPIFREEBUFFER = ::core::option::Option<MAPIFREEBUFFER>;
/// `MAPIAdminProfiles`: creates a profile administration object.
#[cfg(feature = "session")]
pub type MAPIADMINPROFILES = unsafe extern "system" fn(
    ulFlags: crate::ULONG,
    lppProfAdmin: *mut LPPROFADMIN,
) -> crate::HRESULT;
/// Pointer to `MAPIAdminProfiles`.
#[cfg(feature = "session")]
pub type LPMAPIADMINPROFILES = ::core::option::Option<MAPIADMINPROFILES>;
/// Pointer to a session object.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type LPMAPISESSION = *mut IMAPISession;
/// Pointer to the address book object.
pub type LPADRBOOK = *mut IAddrBook;
/// Pointer to a provider administration object.
pub type LPPROVIDERADMIN = *mut IProviderAdmin;
/// Pointer to a message service administration object.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type LPSERVICEADMIN = *mut IMsgServiceAdmin;
/// Pointer to a profile administration object.
#[cfg(feature = "session")]
pub type LPPROFADMIN = *mut IProfAdmin;
/// Pointer to MAPI's client fast shutdown object.
#[cfg(feature = "session")]
pub type LPMAPICLIENTSHUTDOWN = *mut IMAPIClientShutdown;
/// Options for `MAPIInitialize`.
#[cfg(feature = "session")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct MAPIINIT_0 {
    /// Version of this structure: `MAPI_INIT_VERSION`. It is not the MAPI
    /// version.
    pub ulVersion: crate::ULONG,
    /// Initialization options (`MAPIInitFlags`).
    pub ulFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "session")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPIINIT_0>() == 8);
    assert!(::core::mem::align_of::<MAPIINIT_0>() == 4);
    assert!(::core::mem::offset_of!(MAPIINIT_0, ulVersion) == 0);
    assert!(::core::mem::offset_of!(MAPIINIT_0, ulFlags) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "session")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<MAPIINIT_0>() == 8);
    assert!(::core::mem::align_of::<MAPIINIT_0>() == 4);
    assert!(::core::mem::offset_of!(MAPIINIT_0, ulVersion) == 0);
    assert!(::core::mem::offset_of!(MAPIINIT_0, ulFlags) == 4);
};
/// `MAPILogonEx`: show a logon dialog box when logon information is
/// missing; without it the call fails instead of prompting.
#[cfg(feature = "session")]
pub const MAPI_LOGON_UI: crate::ULONG = 1;
/// `MAPILogonEx`: create a new session instead of joining the shared one.
#[cfg(feature = "session")]
pub const MAPI_NEW_SESSION: crate::ULONG = 2;
/// `MAPILogonEx` (Outlook headers): work with application profiles.
#[cfg(feature = "session")]
pub const MAPI_APP_PROFILE: crate::ULONG = 4;
/// `MAPILogonEx`: make the session the shared session, which later clients
/// can join without credentials.
#[cfg(feature = "session")]
pub const MAPI_ALLOW_OTHERS: crate::ULONG = 8;
/// `MAPILogonEx`: do not fall back on the default profile; a profile must
/// be named or chosen.
#[cfg(feature = "session")]
pub const MAPI_EXPLICIT_PROFILE: crate::ULONG = 0x10;
/// `MAPILogonEx`: log on with Extended MAPI capabilities; always set it.
#[cfg(feature = "session")]
pub const MAPI_EXTENDED: crate::ULONG = 0x20;
/// `MAPILogonEx`: try to download all the user's messages before returning.
#[cfg(feature = "session")]
pub const MAPI_FORCE_DOWNLOAD: crate::ULONG = 0x1000;
/// `MAPILogonEx`: show the configuration dialog box of every message
/// service of the profile before logging them on.
#[cfg(feature = "session")]
pub const MAPI_SERVICE_UI_ALWAYS: crate::ULONG = 0x2000;
/// `MAPILogonEx`: do not tell the MAPI spooler about the session, so that
/// nothing is sent or received except through a tightly coupled store and
/// transport.
#[cfg(feature = "session")]
pub const MAPI_NO_MAIL: crate::ULONG = 0x8000;
/// `MAPILogonEx`: prompt for the password only, not for the profile.
#[cfg(feature = "session")]
pub const MAPI_PASSWORD_UI: crate::ULONG = 0x20000;
/// `MAPILogonEx`: fail after a few seconds instead of waiting for the
/// logon lock held by another thread (`MAPI_E_TIMEOUT`).
#[cfg(feature = "session")]
pub const MAPI_TIMEOUT_SHORT: crate::ULONG = 0x100000;
/// `MAPILogonEx`: the session is for background work that should not
/// disturb the foreground (for example another thread or process).
/// Defined by `mapiaux.h` in some header sets.
#[cfg(feature = "session")]
pub const MAPI_BG_SESSION: crate::ULONG = 0x200000;
/// The `MAPILogonEx` flags that make a session behave like a Simple MAPI
/// logon on the default profile.
#[cfg(feature = "session")]
pub const MAPI_SIMPLE_DEFAULT: crate::ULONG = 0x1009;
/// The `MAPILogonEx` flags that make a session behave like a Simple MAPI
/// logon on an explicitly named profile.
#[cfg(feature = "session")]
pub const MAPI_SIMPLE_EXPLICIT: crate::ULONG = 0x1012;
/// The only version of `MAPIINIT_0` so far; put it in `ulVersion`.
#[cfg(feature = "session")]
pub const MAPI_INIT_VERSION: crate::ULONG = 0;
/// `MAPIINIT_0.ulFlags`: deliver notifications on a thread of their own
/// instead of the first thread that called `MAPIInitialize`.
#[cfg(feature = "session")]
pub const MAPI_MULTITHREAD_NOTIFICATIONS: crate::ULONG = 1;
/// `MAPIINIT_0.ulFlags`: do not initialize COM; the caller has done it
/// already (with a compatible threading model).
#[cfg(feature = "session")]
pub const MAPI_NO_COINIT: crate::ULONG = 8;
/// `IMAPISession::Logoff`: if the session is shared, tell every client
/// using it that it is being logged off, so that they log off too.
#[cfg(feature = "session")]
pub const MAPI_LOGOFF_SHARED: crate::ULONG = 1;
/// `IMAPISession::Logoff`: a dialog box may be shown, for instance to ask
/// for confirmation.
#[cfg(feature = "session")]
pub const MAPI_LOGOFF_UI: crate::ULONG = 2;
/// `IMAPISession::SetDefaultStore`: make the store the session's default
/// store (`STATUS_DEFAULT_STORE` in its status row).
#[cfg(feature = "session")]
pub const MAPI_DEFAULT_STORE: crate::ULONG = 1;
/// `IMAPISession::SetDefaultStore`: mark the store as the simple MAPI store
/// (`STATUS_SIMPLE_STORE`) in the status and message store tables only,
/// without changing the profile.
#[cfg(feature = "session")]
pub const MAPI_SIMPLE_STORE_TEMPORARY: crate::ULONG = 2;
/// `IMAPISession::SetDefaultStore`: mark the store as the simple MAPI store
/// (`STATUS_SIMPLE_STORE`) in the status and message store tables and in the
/// profile.
#[cfg(feature = "session")]
pub const MAPI_SIMPLE_STORE_PERMANENT: crate::ULONG = 3;
/// `IMAPISession::SetDefaultStore`: make the store the one to open at logon
/// (`STATUS_PRIMARY_STORE`).
#[cfg(feature = "session")]
pub const MAPI_PRIMARY_STORE: crate::ULONG = 4;
/// `IMAPISession::SetDefaultStore`: make the store the one to open at logon
/// when the primary store is unavailable (`STATUS_SECONDARY_STORE`).
#[cfg(feature = "session")]
pub const MAPI_SECONDARY_STORE: crate::ULONG = 5;
/// `IMAPISession::ShowForm`: post the message to its parent folder instead
/// of sending it through the Outbox.
#[cfg(feature = "session")]
pub const MAPI_POST_MESSAGE: crate::ULONG = 1;
/// `IMAPISession::ShowForm`: the message has never been saved.
#[cfg(feature = "session")]
pub const MAPI_NEW_MESSAGE: crate::ULONG = 2;
/// `IProfAdmin::CreateProfile`: add the default message services (those
/// listed in the `[Default Services]` section of MAPISVC.INF) to the new
/// profile.
#[cfg(feature = "session")]
pub const MAPI_DEFAULT_SERVICES: crate::ULONG = 1;
/// `PR_RESOURCE_FLAGS` of a message service: the service holds the default
/// message store, so the user should confirm before it is removed or moved.
#[cfg(feature = "session")]
pub const SERVICE_DEFAULT_STORE: crate::ULONG = 1;
/// `PR_RESOURCE_FLAGS` of a message service: a profile may hold only one
/// instance of the service; creating or copying a second one fails.
#[cfg(feature = "session")]
pub const SERVICE_SINGLE_COPY: crate::ULONG = 2;
/// `PR_RESOURCE_FLAGS` of a message service: reserved, do not use.
#[cfg(feature = "session")]
pub const SERVICE_CREATE_WITH_STORE: crate::ULONG = 4;
/// `PR_RESOURCE_FLAGS` of a message service: the service holds the
/// provider that supplies the session's primary identity (set with
/// `IMsgServiceAdmin::SetPrimaryIdentity`).
#[cfg(feature = "session")]
pub const SERVICE_PRIMARY_IDENTITY: crate::ULONG = 8;
/// `PR_RESOURCE_FLAGS` of a message service: none of its providers can
/// supply an identity. Set this or `SERVICE_PRIMARY_IDENTITY`, not both.
#[cfg(feature = "session")]
pub const SERVICE_NO_PRIMARY_IDENTITY: crate::ULONG = 0x20;
/// `CreateMsgService`, `CreateMsgServiceEx`: do not tell the user that
/// Outlook must be restarted for the new service to take effect. The value
/// is the one the `CreateMsgServiceEx` reference page gives for headers that
/// lack it.
#[cfg(feature = "session")]
pub const SERVICE_NO_RESTART_WARNING: crate::ULONG = 0x80;
/// Flags accepted by `MAPILogonEx` in `flFlags`.
#[cfg(feature = "session")]
pub type MAPILogonExFlags = crate::Flags<MAPILogonExFlagsGroup>;
/// The group of [`MAPILogonExFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum MAPILogonExFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for MAPILogonExFlagsGroup {
    const IN_MASK: u32 = 0x8033B07B;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_ALLOW_OTHERS", 0x00000008),
        ("MAPI_BG_SESSION", 0x00200000),
        ("MAPI_EXPLICIT_PROFILE", 0x00000010),
        ("MAPI_EXTENDED", 0x00000020),
        ("MAPI_FORCE_DOWNLOAD", 0x00001000),
        ("MAPI_LOGON_UI", 0x00000001),
        ("MAPI_NEW_SESSION", 0x00000002),
        ("MAPI_NO_MAIL", 0x00008000),
        ("MAPI_NT_SERVICE", 0x00010000),
        ("MAPI_PASSWORD_UI", 0x00020000),
        ("MAPI_SERVICE_UI_ALWAYS", 0x00002000),
        ("MAPI_TIMEOUT_SHORT", 0x00100000),
        ("MAPI_UNICODE", 0x80000000),
        ("MAPI_USE_DEFAULT", 0x00000040),
    ];
}
#[cfg(feature = "session")]
impl crate::Flags<MAPILogonExFlagsGroup> {
    /// Return the shared session, so that later clients can get it without
    /// credentials.
    ///
    /// `MAPI_ALLOW_OTHERS` (`0x8`), valid on input.
    pub const ALLOW_OTHERS: Self = Self::from_bits_retain(0x00000008);
    /// Run the session's work in the background, without disturbing the
    /// foreground thread.
    ///
    /// `MAPI_BG_SESSION` (`0x200000`), valid on input.
    pub const BG_SESSION: Self = Self::from_bits_retain(0x00200000);
    /// Never use the default profile: the user must supply one.
    ///
    /// `MAPI_EXPLICIT_PROFILE` (`0x10`), valid on input.
    pub const EXPLICIT_PROFILE: Self = Self::from_bits_retain(0x00000010);
    /// Log on with extended capabilities; always set it.
    ///
    /// `MAPI_EXTENDED` (`0x20`), valid on input.
    pub const EXTENDED: Self = Self::from_bits_retain(0x00000020);
    /// Download the user's messages before returning instead of in the
    /// background afterwards.
    ///
    /// `MAPI_FORCE_DOWNLOAD` (`0x1000`), valid on input.
    pub const FORCE_DOWNLOAD: Self = Self::from_bits_retain(0x00001000);
    /// Prompt for logon information if needed; without it the call fails
    /// instead.
    ///
    /// `MAPI_LOGON_UI` (`0x1`), valid on input.
    pub const LOGON_UI: Self = Self::from_bits_retain(0x00000001);
    /// Create a new session even if a shared session exists.
    ///
    /// `MAPI_NEW_SESSION` (`0x2`), valid on input.
    pub const NEW_SESSION: Self = Self::from_bits_retain(0x00000002);
    /// Keep the MAPI spooler out of the session: nothing is sent or
    /// received except through a tightly coupled store and transport. For
    /// agents and the like.
    ///
    /// `MAPI_NO_MAIL` (`0x8000`), valid on input.
    pub const NO_MAIL: Self = Self::from_bits_retain(0x00008000);
    /// The caller runs as a Windows service; services must set it and
    /// others must not.
    ///
    /// `MAPI_NT_SERVICE` (`0x10000`), valid on input.
    pub const NT_SERVICE: Self = Self::from_bits_retain(0x00010000);
    /// Prompt for the password only.
    ///
    /// `MAPI_PASSWORD_UI` (`0x20000`), valid on input.
    pub const PASSWORD_UI: Self = Self::from_bits_retain(0x00020000);
    /// Show each message service's configuration dialog box after the
    /// profile is chosen and before the services log on.
    ///
    /// `MAPI_SERVICE_UI_ALWAYS` (`0x2000`), valid on input.
    pub const SERVICE_UI_ALWAYS: Self = Self::from_bits_retain(0x00002000);
    /// Fail if the logon is blocked for more than a few seconds.
    ///
    /// `MAPI_TIMEOUT_SHORT` (`0x100000`), valid on input.
    pub const TIMEOUT_SHORT: Self = Self::from_bits_retain(0x00100000);
    /// The profile name and password are Unicode strings; without it they
    /// are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Use the default profile in place of `lpszProfileName`.
    ///
    /// `MAPI_USE_DEFAULT` (`0x40`), valid on input.
    pub const USE_DEFAULT: Self = Self::from_bits_retain(0x00000040);
}
/// Flags of `MAPIINIT_0.ulFlags`, the options of `MAPIInitialize`.
#[cfg(feature = "session")]
pub type MAPIInitFlags = crate::Flags<MAPIInitFlagsGroup>;
/// The group of [`MAPIInitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum MAPIInitFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for MAPIInitFlagsGroup {
    const IN_MASK: u32 = 0x00010009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_MULTITHREAD_NOTIFICATIONS", 0x00000001),
        ("MAPI_NO_COINIT", 0x00000008),
        ("MAPI_NT_SERVICE", 0x00010000),
    ];
}
#[cfg(feature = "session")]
impl crate::Flags<MAPIInitFlagsGroup> {
    /// Deliver notifications on a thread dedicated to them.
    ///
    /// `MAPI_MULTITHREAD_NOTIFICATIONS` (`0x1`), valid on input.
    pub const MULTITHREAD_NOTIFICATIONS: Self = Self::from_bits_retain(0x00000001);
    /// Do not call `CoInitialize`: COM is already initialized.
    ///
    /// `MAPI_NO_COINIT` (`0x8`), valid on input.
    pub const NO_COINIT: Self = Self::from_bits_retain(0x00000008);
    /// The caller runs as a Windows service; services must set it and
    /// others must not.
    ///
    /// `MAPI_NT_SERVICE` (`0x10000`), valid on input.
    pub const NT_SERVICE: Self = Self::from_bits_retain(0x00010000);
}
/// Flags of `IMAPISession::GetLastError`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionGetLastErrorFlags = crate::Flags<MAPISessionGetLastErrorFlagsGroup>;
/// The group of [`MAPISessionGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionGetLastErrorFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISession::GetMsgStoresTable`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionGetMsgStoresTableFlags = crate::Flags<
    MAPISessionGetMsgStoresTableFlagsGroup,
>;
/// The group of [`MAPISessionGetMsgStoresTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionGetMsgStoresTableFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionGetMsgStoresTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionGetMsgStoresTableFlagsGroup> {
    /// String columns are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISession::OpenMsgStore`: how the store is opened.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionOpenMsgStoreFlags = crate::Flags<MAPISessionOpenMsgStoreFlagsGroup>;
/// The group of [`MAPISessionOpenMsgStoreFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionOpenMsgStoreFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionOpenMsgStoreFlagsGroup {
    const IN_MASK: u32 = 0x000001BD;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_BEST_ACCESS", 0x00000010),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MDB_NO_DIALOG", 0x00000001),
        ("MDB_NO_MAIL", 0x00000080),
        ("MDB_ONLINE", 0x00000100),
        ("MDB_TEMPORARY", 0x00000020),
        ("MDB_WRITE", 0x00000004),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionOpenMsgStoreFlagsGroup> {
    /// Open with the highest access the user and the client are allowed.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const MAPI_BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// The call may succeed before the store is fully available; problems
    /// may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Never show a logon dialog box; fail with `MAPI_E_LOGON_FAILED` if
    /// the store cannot be opened without the user's help.
    ///
    /// `MDB_NO_DIALOG` (`0x1`), valid on input.
    pub const MDB_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
    /// The store is not used to send or receive mail; the MAPI spooler is
    /// not told that it was opened.
    ///
    /// `MDB_NO_MAIL` (`0x80`), valid on input.
    pub const MDB_NO_MAIL: Self = Self::from_bits_retain(0x00000080);
    /// In cached Exchange mode, open the store on the server instead of the
    /// local copy. A store cannot be open in both modes in one session.
    ///
    /// `MDB_ONLINE` (`0x100`), valid on input.
    pub const MDB_ONLINE: Self = Self::from_bits_retain(0x00000100);
    /// The store is temporary: it is not added to the message store table.
    /// Used to log on to a store just to read information from its profile
    /// section.
    ///
    /// `MDB_TEMPORARY` (`0x20`), valid on input.
    pub const MDB_TEMPORARY: Self = Self::from_bits_retain(0x00000020);
    /// Ask for read/write access to the store.
    ///
    /// `MDB_WRITE` (`0x4`), valid on input.
    pub const MDB_WRITE: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IMAPISession::OpenAddressBook`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionOpenAddressBookFlags = crate::Flags<
    MAPISessionOpenAddressBookFlagsGroup,
>;
/// The group of [`MAPISessionOpenAddressBookFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionOpenAddressBookFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionOpenAddressBookFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("AB_NO_DIALOG", 0x00000001)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionOpenAddressBookFlagsGroup> {
    /// Do not let the address book providers prompt the user.
    ///
    /// `AB_NO_DIALOG` (`0x1`), valid on input.
    pub const AB_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISession::OpenProfileSection`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionOpenProfileSectionFlags = crate::Flags<
    MAPISessionOpenProfileSectionFlagsGroup,
>;
/// The group of [`MAPISessionOpenProfileSectionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionOpenProfileSectionFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionOpenProfileSectionFlagsGroup {
    const IN_MASK: u32 = 0x00000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionOpenProfileSectionFlagsGroup> {
    /// The call may succeed before the section is fully available; problems
    /// may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access; sections are opened read-only otherwise.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPISession::GetStatusTable`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionGetStatusTableFlags = crate::Flags<
    MAPISessionGetStatusTableFlagsGroup,
>;
/// The group of [`MAPISessionGetStatusTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionGetStatusTableFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionGetStatusTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionGetStatusTableFlagsGroup> {
    /// String columns are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISession::OpenEntry`: how the object is opened.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionOpenEntryFlags = crate::Flags<MAPISessionOpenEntryFlagsGroup>;
/// The group of [`MAPISessionOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionOpenEntryFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionOpenEntryFlagsGroup {
    const IN_MASK: u32 = 0x0000421B;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_BEST_ACCESS", 0x00000010),
        ("MAPI_CACHE_ONLY", 0x00004000),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
        ("MAPI_NO_CACHE", 0x00000200),
        ("SHOW_SOFT_DELETES", 0x00000002),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionOpenEntryFlagsGroup> {
    /// Open with the highest access the user and the client are allowed.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const MAPI_BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// Use only the offline address book to resolve the entry (Exchange
    /// address book in cached mode), without contacting the server.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const MAPI_CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// The call may succeed before the object is fully available; problems
    /// may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access; objects are opened read-only otherwise.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MAPI_MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Do not use the offline address book (Exchange address book only).
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const MAPI_NO_CACHE: Self = Self::from_bits_retain(0x00000200);
    /// Allow opening an item that is soft-deleted, that is, still within the
    /// deleted-item retention period.
    ///
    /// `SHOW_SOFT_DELETES` (`0x2`), valid on input.
    pub const SHOW_SOFT_DELETES: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPISession::CompareEntryIDs`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionCompareEntryIDsFlags = crate::Flags<
    MAPISessionCompareEntryIDsFlagsGroup,
>;
/// The group of [`MAPISessionCompareEntryIDsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionCompareEntryIDsFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionCompareEntryIDsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Event types accepted by `IMAPISession::Advise` in `ulEventMask`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionAdviseFlags = crate::Flags<MAPISessionAdviseFlagsGroup>;
/// The group of [`MAPISessionAdviseFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionAdviseFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionAdviseFlagsGroup {
    const IN_MASK: u32 = 0x800000FF;
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
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionAdviseFlagsGroup> {
    /// Report serious failures, such as running out of memory.
    ///
    /// `fnevCriticalError` (`0x1`), valid on input.
    pub const fnevCriticalError: Self = Self::from_bits_retain(0x00000001);
    /// Report events specific to a store or address book provider, and the
    /// shutdown of the session.
    ///
    /// `fnevExtended` (`0x80000000`), valid on input.
    pub const fnevExtended: Self = Self::from_bits_retain(0x80000000);
    /// Report the arrival of new messages.
    ///
    /// `fnevNewMail` (`0x2`), valid on input.
    pub const fnevNewMail: Self = Self::from_bits_retain(0x00000002);
    /// Report the creation of an object.
    ///
    /// `fnevObjectCreated` (`0x4`), valid on input.
    pub const fnevObjectCreated: Self = Self::from_bits_retain(0x00000004);
    /// Report the copying of an object.
    ///
    /// `fnevObjectCopied` (`0x40`), valid on input.
    pub const fnevObjectCopied: Self = Self::from_bits_retain(0x00000040);
    /// Report the deletion of an object.
    ///
    /// `fnevObjectDeleted` (`0x8`), valid on input.
    pub const fnevObjectDeleted: Self = Self::from_bits_retain(0x00000008);
    /// Report a change to an object.
    ///
    /// `fnevObjectModified` (`0x10`), valid on input.
    pub const fnevObjectModified: Self = Self::from_bits_retain(0x00000010);
    /// Report the move of an object.
    ///
    /// `fnevObjectMoved` (`0x20`), valid on input.
    pub const fnevObjectMoved: Self = Self::from_bits_retain(0x00000020);
    /// Report the end of a search.
    ///
    /// `fnevSearchComplete` (`0x80`), valid on input.
    pub const fnevSearchComplete: Self = Self::from_bits_retain(0x00000080);
}
/// Flags of `IMAPISession::MessageOptions`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionMessageOptionsFlags = crate::Flags<
    MAPISessionMessageOptionsFlagsGroup,
>;
/// The group of [`MAPISessionMessageOptionsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionMessageOptionsFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionMessageOptionsFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionMessageOptionsFlagsGroup> {
    /// The address type string is Unicode; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISession::QueryDefaultMessageOpt`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionQueryDefaultMessageOptFlags = crate::Flags<
    MAPISessionQueryDefaultMessageOptFlagsGroup,
>;
/// The group of [`MAPISessionQueryDefaultMessageOptFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionQueryDefaultMessageOptFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionQueryDefaultMessageOptFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionQueryDefaultMessageOptFlagsGroup> {
    /// The address type string is Unicode; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISession::EnumAdrTypes`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionEnumAdrTypesFlags = crate::Flags<MAPISessionEnumAdrTypesFlagsGroup>;
/// The group of [`MAPISessionEnumAdrTypesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionEnumAdrTypesFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionEnumAdrTypesFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionEnumAdrTypesFlagsGroup> {
    /// Return the address types as Unicode strings; without this flag they
    /// are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPISession::Logoff`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionLogoffFlags = crate::Flags<MAPISessionLogoffFlagsGroup>;
/// The group of [`MAPISessionLogoffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionLogoffFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionLogoffFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_LOGOFF_SHARED", 0x00000001),
        ("MAPI_LOGOFF_UI", 0x00000002),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionLogoffFlagsGroup> {
    /// If the session is shared, tell every client using it that it is
    /// logging off, so that they log off too. Ignored for a session that is
    /// not shared.
    ///
    /// `MAPI_LOGOFF_SHARED` (`0x1`), valid on input.
    pub const SHARED: Self = Self::from_bits_retain(0x00000001);
    /// A dialog box may be shown during the logoff, for instance to ask for
    /// confirmation.
    ///
    /// `MAPI_LOGOFF_UI` (`0x2`), valid on input.
    pub const UI: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPISession::AdminServices`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionAdminServicesFlags = crate::Flags<
    MAPISessionAdminServicesFlagsGroup,
>;
/// The group of [`MAPISessionAdminServicesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionAdminServicesFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionAdminServicesFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMAPISession::ShowForm`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MAPISessionShowFormFlags = crate::Flags<MAPISessionShowFormFlagsGroup>;
/// The group of [`MAPISessionShowFormFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MAPISessionShowFormFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MAPISessionShowFormFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_NEW_MESSAGE", 0x00000002),
        ("MAPI_POST_MESSAGE", 0x00000001),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MAPISessionShowFormFlagsGroup> {
    /// The message has never been saved.
    ///
    /// `MAPI_NEW_MESSAGE` (`0x2`), valid on input.
    pub const NEW_MESSAGE: Self = Self::from_bits_retain(0x00000002);
    /// Save the message to its parent folder (a post) instead of moving it
    /// to the Outbox to be sent.
    ///
    /// `MAPI_POST_MESSAGE` (`0x1`), valid on input.
    pub const POST_MESSAGE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IAddrBook::OpenEntry`: how the entry is opened.
pub type AddrBookOpenEntryFlags = crate::Flags<AddrBookOpenEntryFlagsGroup>;
/// The group of [`AddrBookOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookOpenEntryFlagsGroup {}
impl crate::FlagGroup for AddrBookOpenEntryFlagsGroup {
    const IN_MASK: u32 = 0x00004299;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_BEST_ACCESS", 0x00000010),
        ("MAPI_CACHE_ONLY", 0x00004000),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_GAL_ONLY", 0x00000080),
        ("MAPI_MODIFY", 0x00000001),
        ("MAPI_NO_CACHE", 0x00000200),
    ];
}
impl crate::Flags<AddrBookOpenEntryFlagsGroup> {
    /// Open with the highest access the network and the client allow; read
    /// `PR_ACCESS_LEVEL` afterwards to learn what was granted.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// Exchange address book only: open the entry from the offline address
    /// book, without contacting the server.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// The call may succeed before the entry is fully open; problems may then
    /// surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Exchange address book only: use the global address list alone.
    ///
    /// `MAPI_GAL_ONLY` (`0x80`), valid on input.
    pub const GAL_ONLY: Self = Self::from_bits_retain(0x00000080);
    /// Ask for read/write access; entries are opened read-only otherwise.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Exchange address book only: do not use the offline address book.
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const NO_CACHE: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of the `IAddrBook` methods whose `ulFlags` is reserved
/// (`CompareEntryIDs`, `QueryDefaultRecipOpt`, `SetSearchPath`).
///
/// None are defined: the parameter must be zero.
pub type AddrBookReservedFlags = crate::Flags<AddrBookReservedFlagsGroup>;
/// The group of [`AddrBookReservedFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookReservedFlagsGroup {}
impl crate::FlagGroup for AddrBookReservedFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Event types accepted by `IAddrBook::Advise` in `ulEventMask`.
pub type AddrBookAdviseFlags = crate::Flags<AddrBookAdviseFlagsGroup>;
/// The group of [`AddrBookAdviseFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookAdviseFlagsGroup {}
impl crate::FlagGroup for AddrBookAdviseFlagsGroup {
    const IN_MASK: u32 = 0x0000017D;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("fnevCriticalError", 0x00000001),
        ("fnevObjectCreated", 0x00000004),
        ("fnevObjectDeleted", 0x00000008),
        ("fnevObjectModified", 0x00000010),
        ("fnevObjectCopied", 0x00000040),
        ("fnevObjectMoved", 0x00000020),
        ("fnevTableModified", 0x00000100),
    ];
}
impl crate::Flags<AddrBookAdviseFlagsGroup> {
    /// Report serious failures (an `ERROR_NOTIFICATION`).
    ///
    /// `fnevCriticalError` (`0x1`), valid on input.
    pub const fnevCriticalError: Self = Self::from_bits_retain(0x00000001);
    /// Report the creation of an entry.
    ///
    /// `fnevObjectCreated` (`0x4`), valid on input.
    pub const fnevObjectCreated: Self = Self::from_bits_retain(0x00000004);
    /// Report the deletion of an entry.
    ///
    /// `fnevObjectDeleted` (`0x8`), valid on input.
    pub const fnevObjectDeleted: Self = Self::from_bits_retain(0x00000008);
    /// Report a change to an entry.
    ///
    /// `fnevObjectModified` (`0x10`), valid on input.
    pub const fnevObjectModified: Self = Self::from_bits_retain(0x00000010);
    /// Report the copying of an entry.
    ///
    /// `fnevObjectCopied` (`0x40`), valid on input.
    pub const fnevObjectCopied: Self = Self::from_bits_retain(0x00000040);
    /// Report the move of an entry.
    ///
    /// `fnevObjectMoved` (`0x20`), valid on input.
    pub const fnevObjectMoved: Self = Self::from_bits_retain(0x00000020);
    /// Report a change to a table of the container (a `TABLE_NOTIFICATION`).
    ///
    /// `fnevTableModified` (`0x100`), valid on input.
    pub const fnevTableModified: Self = Self::from_bits_retain(0x00000100);
}
/// Flags of `IAddrBook::CreateOneOff`.
pub type AddrBookCreateOneOffFlags = crate::Flags<AddrBookCreateOneOffFlagsGroup>;
/// The group of [`AddrBookCreateOneOffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookCreateOneOffFlagsGroup {}
impl crate::FlagGroup for AddrBookCreateOneOffFlagsGroup {
    const IN_MASK: u32 = 0x80010000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_SEND_NO_RICH_INFO", 0x00010000),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<AddrBookCreateOneOffFlagsGroup> {
    /// The recipient cannot handle formatted (TNEF) content: MAPI sets its
    /// `PR_SEND_RICH_INFO` to FALSE. Without the flag it is TRUE unless the
    /// address looks like an Internet address.
    ///
    /// `MAPI_SEND_NO_RICH_INFO` (`0x10000`), valid on input.
    pub const SEND_NO_RICH_INFO: Self = Self::from_bits_retain(0x00010000);
    /// The name, address type and address are Unicode strings; without this
    /// flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IAddrBook::NewEntry`.
pub type AddrBookNewEntryFlags = crate::Flags<AddrBookNewEntryFlagsGroup>;
/// The group of [`AddrBookNewEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookNewEntryFlagsGroup {}
impl crate::FlagGroup for AddrBookNewEntryFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<AddrBookNewEntryFlagsGroup> {
    /// The strings passed in are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IAddrBook::ResolveName`.
pub type AddrBookResolveNameFlags = crate::Flags<AddrBookResolveNameFlagsGroup>;
/// The group of [`AddrBookResolveNameFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookResolveNameFlagsGroup {}
impl crate::FlagGroup for AddrBookResolveNameFlagsGroup {
    const IN_MASK: u32 = 0x800040C8;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("AB_UNICODEUI", 0x00000040),
        ("MAPI_CACHE_ONLY", 0x00004000),
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_GAL_ONLY", 0x00000080),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<AddrBookResolveNameFlagsGroup> {
    /// `lpszNewEntryTitle` is a Unicode string.
    ///
    /// `AB_UNICODEUI` (`0x40`), valid on input.
    pub const AB_UNICODEUI: Self = Self::from_bits_retain(0x00000040);
    /// Exchange address book only: resolve against the offline address book
    /// only, without contacting the server.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const MAPI_CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// Show a dialog box when a name is ambiguous or not found, so that the
    /// user can settle it; without this flag no dialog box is shown.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const MAPI_DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// Resolve against the global address list only (documented for `OpenEntry`).
    ///
    /// `MAPI_GAL_ONLY` (`0x80`), valid on input.
    pub const MAPI_GAL_ONLY: Self = Self::from_bits_retain(0x00000080);
    /// Return string properties in the address list as `PT_UNICODE` rather
    /// than `PT_STRING8`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IAddrBook::Details`.
///
/// The reference also lists `AB_TELL_DETAILS_CHANGE` (return `S_FALSE` when
/// the user changed nothing), which the headers do not define.
pub type AddrBookDetailsFlags = crate::Flags<AddrBookDetailsFlagsGroup>;
/// The group of [`AddrBookDetailsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookDetailsFlagsGroup {}
impl crate::FlagGroup for AddrBookDetailsFlagsGroup {
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
impl crate::Flags<AddrBookDetailsFlagsGroup> {
    /// Show the modal version of the details dialog box (always the case for
    /// clients other than Outlook).
    ///
    /// `DIALOG_MODAL` (`0x1`), valid on input.
    pub const DIALOG_MODAL: Self = Self::from_bits_retain(0x00000001);
    /// Show the modeless version of the dialog box; ignored by clients other
    /// than Outlook.
    ///
    /// `DIALOG_SDI` (`0x2`), valid on input.
    pub const DIALOG_SDI: Self = Self::from_bits_retain(0x00000002);
    /// `lpszButtonText` is a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IAddrBook::RecipOptions`.
pub type AddrBookRecipOptionsFlags = crate::Flags<AddrBookRecipOptionsFlagsGroup>;
/// The group of [`AddrBookRecipOptionsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookRecipOptionsFlagsGroup {}
impl crate::FlagGroup for AddrBookRecipOptionsFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<AddrBookRecipOptionsFlagsGroup> {
    /// The strings passed in are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IAddrBook::GetSearchPath`.
pub type AddrBookGetSearchPathFlags = crate::Flags<AddrBookGetSearchPathFlagsGroup>;
/// The group of [`AddrBookGetSearchPathFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookGetSearchPathFlagsGroup {}
impl crate::FlagGroup for AddrBookGetSearchPathFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<AddrBookGetSearchPathFlagsGroup> {
    /// Return the strings of the search path in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IAddrBook::PrepareRecips`.
pub type AddrBookPrepareRecipsFlags = crate::Flags<AddrBookPrepareRecipsFlagsGroup>;
/// The group of [`AddrBookPrepareRecipsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum AddrBookPrepareRecipsFlagsGroup {}
impl crate::FlagGroup for AddrBookPrepareRecipsFlagsGroup {
    const IN_MASK: u32 = 0x00004000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_CACHE_ONLY", 0x00004000)];
}
impl crate::Flags<AddrBookPrepareRecipsFlagsGroup> {
    /// Exchange address book only: get the properties from the offline
    /// address book, without contacting the server.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const MAPI_CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
}
/// Flags of `IProviderAdmin::GetLastError`.
pub type ProviderAdminGetLastErrorFlags = crate::Flags<
    ProviderAdminGetLastErrorFlagsGroup,
>;
/// The group of [`ProviderAdminGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum ProviderAdminGetLastErrorFlagsGroup {}
impl crate::FlagGroup for ProviderAdminGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<ProviderAdminGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IProviderAdmin::GetProviderTable`.
pub type ProviderAdminGetProviderTableFlags = crate::Flags<
    ProviderAdminGetProviderTableFlagsGroup,
>;
/// The group of [`ProviderAdminGetProviderTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum ProviderAdminGetProviderTableFlagsGroup {}
impl crate::FlagGroup for ProviderAdminGetProviderTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<ProviderAdminGetProviderTableFlagsGroup> {
    /// String columns are Unicode; without this flag they are ANSI. Also
    /// governs the types returned by the table's `QueryColumns`, `QueryRows`
    /// and `QuerySortOrder`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IProviderAdmin::CreateProvider`.
pub type ProviderAdminCreateProviderFlags = crate::Flags<
    ProviderAdminCreateProviderFlagsGroup,
>;
/// The group of [`ProviderAdminCreateProviderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum ProviderAdminCreateProviderFlagsGroup {}
impl crate::FlagGroup for ProviderAdminCreateProviderFlagsGroup {
    const IN_MASK: u32 = 0x80000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<ProviderAdminCreateProviderFlagsGroup> {
    /// Show a dialog box asking for configuration information; the flags and
    /// `ulUIParam` are passed on to the service's entry point.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// The provider name and string properties are Unicode; without this
    /// flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IProviderAdmin::OpenProfileSection`.
///
/// The reference also lists `MAPI_FORCE_ACCESS` (open sections owned by
/// providers), which the headers do not define.
pub type ProviderAdminOpenProfileSectionFlags = crate::Flags<
    ProviderAdminOpenProfileSectionFlagsGroup,
>;
/// The group of [`ProviderAdminOpenProfileSectionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum ProviderAdminOpenProfileSectionFlagsGroup {}
impl crate::FlagGroup for ProviderAdminOpenProfileSectionFlagsGroup {
    const IN_MASK: u32 = 0x00000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
impl crate::Flags<ProviderAdminOpenProfileSectionFlagsGroup> {
    /// The call may succeed before the section is fully available; problems
    /// may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access; sections are opened read-only otherwise.
    /// Clients never get write access to a provider's own sections.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMsgServiceAdmin::GetLastError`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MsgServiceAdminGetLastErrorFlags = crate::Flags<
    MsgServiceAdminGetLastErrorFlagsGroup,
>;
/// The group of [`MsgServiceAdminGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MsgServiceAdminGetLastErrorFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MsgServiceAdminGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MsgServiceAdminGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of the `IMsgServiceAdmin` methods whose `ulFlags` is reserved
/// (`GetMsgServiceTable`, `RenameMsgService`, `MsgServiceTransportOrder`,
/// `AdminProviders`, `SetPrimaryIdentity`, `GetProviderTable`).
///
/// None are defined: the parameter must be zero.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MsgServiceAdminReservedFlags = crate::Flags<MsgServiceAdminReservedFlagsGroup>;
/// The group of [`MsgServiceAdminReservedFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MsgServiceAdminReservedFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MsgServiceAdminReservedFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMsgServiceAdmin::CreateMsgService`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MsgServiceAdminCreateMsgServiceFlags = crate::Flags<
    MsgServiceAdminCreateMsgServiceFlagsGroup,
>;
/// The group of [`MsgServiceAdminCreateMsgServiceFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MsgServiceAdminCreateMsgServiceFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MsgServiceAdminCreateMsgServiceFlagsGroup {
    const IN_MASK: u32 = 0x80000092;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_UNICODE", 0x80000000),
        ("SERVICE_NO_RESTART_WARNING", 0x00000080),
        ("SERVICE_UI_ALLOWED", 0x00000010),
        ("SERVICE_UI_ALWAYS", 0x00000002),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MsgServiceAdminCreateMsgServiceFlagsGroup> {
    /// `lpszService` and `lpszDisplayName` are Unicode strings; without this
    /// flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Do not show the "restart Outlook" message that adding a service to a
    /// profile in use may otherwise bring up when user interface is allowed.
    ///
    /// `SERVICE_NO_RESTART_WARNING` (`0x80`), valid on input.
    pub const SERVICE_NO_RESTART_WARNING: Self = Self::from_bits_retain(0x00000080);
    /// The service may show its configuration user interface if it needs to.
    ///
    /// `SERVICE_UI_ALLOWED` (`0x10`), valid on input.
    pub const SERVICE_UI_ALLOWED: Self = Self::from_bits_retain(0x00000010);
    /// The service shows its configuration property sheet.
    ///
    /// `SERVICE_UI_ALWAYS` (`0x2`), valid on input.
    pub const SERVICE_UI_ALWAYS: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMsgServiceAdmin::CopyMsgService`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MsgServiceAdminCopyMsgServiceFlags = crate::Flags<
    MsgServiceAdminCopyMsgServiceFlagsGroup,
>;
/// The group of [`MsgServiceAdminCopyMsgServiceFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MsgServiceAdminCopyMsgServiceFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MsgServiceAdminCopyMsgServiceFlagsGroup {
    const IN_MASK: u32 = 0x00000002;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("SERVICE_UI_ALWAYS", 0x00000002)];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MsgServiceAdminCopyMsgServiceFlagsGroup> {
    /// Ask the service to show its configuration property sheet.
    ///
    /// `SERVICE_UI_ALWAYS` (`0x2`), valid on input.
    pub const SERVICE_UI_ALWAYS: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMsgServiceAdmin::ConfigureMsgService`.
///
/// A property sheet appears only if `SERVICE_UI_ALLOWED` or
/// `SERVICE_UI_ALWAYS` is given.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MsgServiceAdminConfigureMsgServiceFlags = crate::Flags<
    MsgServiceAdminConfigureMsgServiceFlagsGroup,
>;
/// The group of [`MsgServiceAdminConfigureMsgServiceFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MsgServiceAdminConfigureMsgServiceFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MsgServiceAdminConfigureMsgServiceFlagsGroup {
    const IN_MASK: u32 = 0x8000001A;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_UNICODE", 0x80000000),
        ("MSG_SERVICE_UI_READ_ONLY", 0x00000008),
        ("SERVICE_UI_ALLOWED", 0x00000010),
        ("SERVICE_UI_ALWAYS", 0x00000002),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MsgServiceAdminConfigureMsgServiceFlagsGroup> {
    /// The strings passed in are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Show the property sheet without letting the user change it; most
    /// services ignore this flag.
    ///
    /// `MSG_SERVICE_UI_READ_ONLY` (`0x8`), valid on input.
    pub const MSG_SERVICE_UI_READ_ONLY: Self = Self::from_bits_retain(0x00000008);
    /// Show the property sheet only if `lpProps` does not hold a complete,
    /// valid configuration.
    ///
    /// `SERVICE_UI_ALLOWED` (`0x10`), valid on input.
    pub const SERVICE_UI_ALLOWED: Self = Self::from_bits_retain(0x00000010);
    /// Always show the property sheet.
    ///
    /// `SERVICE_UI_ALWAYS` (`0x2`), valid on input.
    pub const SERVICE_UI_ALWAYS: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMsgServiceAdmin::OpenProfileSection`.
///
/// The reference also lists `MAPI_FORCE_ACCESS` (open sections owned by
/// providers), which the headers do not define.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub type MsgServiceAdminOpenProfileSectionFlags = crate::Flags<
    MsgServiceAdminOpenProfileSectionFlagsGroup,
>;
/// The group of [`MsgServiceAdminOpenProfileSectionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub enum MsgServiceAdminOpenProfileSectionFlagsGroup {}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::FlagGroup for MsgServiceAdminOpenProfileSectionFlagsGroup {
    const IN_MASK: u32 = 0x00000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_MODIFY", 0x00000001),
    ];
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
impl crate::Flags<MsgServiceAdminOpenProfileSectionFlagsGroup> {
    /// The call may succeed before the section is fully available; problems
    /// may then surface on a later call to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access; sections are opened read-only otherwise.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IProfAdmin::GetLastError`.
#[cfg(feature = "session")]
pub type ProfAdminGetLastErrorFlags = crate::Flags<ProfAdminGetLastErrorFlagsGroup>;
/// The group of [`ProfAdminGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminGetLastErrorFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "session")]
impl crate::Flags<ProfAdminGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of the `IProfAdmin` methods whose `ulFlags` is reserved
/// (`GetProfileTable`, `DeleteProfile`, `RenameProfile`).
///
/// None are defined in the headers: the parameter must be zero. (The
/// reference mentions a `MAPI_APP_PROFILE` flag for "app" profiles that the
/// headers do not define.)
#[cfg(feature = "session")]
pub type ProfAdminReservedFlags = crate::Flags<ProfAdminReservedFlagsGroup>;
/// The group of [`ProfAdminReservedFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminReservedFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminReservedFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IProfAdmin::CreateProfile`.
#[cfg(feature = "session")]
pub type ProfAdminCreateProfileFlags = crate::Flags<ProfAdminCreateProfileFlagsGroup>;
/// The group of [`ProfAdminCreateProfileFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminCreateProfileFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminCreateProfileFlagsGroup {
    const IN_MASK: u32 = 0x00000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFAULT_SERVICES", 0x00000001),
        ("MAPI_DIALOG", 0x00000008),
    ];
}
#[cfg(feature = "session")]
impl crate::Flags<ProfAdminCreateProfileFlagsGroup> {
    /// Fill the new profile with the services listed in the
    /// `[Default Services]` section of MAPISVC.INF.
    ///
    /// `MAPI_DEFAULT_SERVICES` (`0x1`), valid on input.
    pub const DEFAULT_SERVICES: Self = Self::from_bits_retain(0x00000001);
    /// The configuration property sheets of the providers being added may be
    /// shown.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IProfAdmin::ChangeProfilePassword`.
#[cfg(feature = "session")]
pub type ProfAdminChangeProfilePasswordFlags = crate::Flags<
    ProfAdminChangeProfilePasswordFlagsGroup,
>;
/// The group of [`ProfAdminChangeProfilePasswordFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminChangeProfilePasswordFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminChangeProfilePasswordFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "session")]
impl crate::Flags<ProfAdminChangeProfilePasswordFlagsGroup> {
    /// The profile name and passwords are Unicode strings; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IProfAdmin::CopyProfile`.
#[cfg(feature = "session")]
pub type ProfAdminCopyProfileFlags = crate::Flags<ProfAdminCopyProfileFlagsGroup>;
/// The group of [`ProfAdminCopyProfileFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminCopyProfileFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminCopyProfileFlagsGroup {
    const IN_MASK: u32 = 0x00000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_DIALOG", 0x00000008)];
}
#[cfg(feature = "session")]
impl crate::Flags<ProfAdminCopyProfileFlagsGroup> {
    /// Prompt for the password of the profile to copy if needed; without this
    /// flag no dialog box is shown.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const MAPI_DIALOG: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IProfAdmin::SetDefaultProfile`.
#[cfg(feature = "session")]
pub type ProfAdminSetDefaultProfileFlags = crate::Flags<
    ProfAdminSetDefaultProfileFlagsGroup,
>;
/// The group of [`ProfAdminSetDefaultProfileFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminSetDefaultProfileFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminSetDefaultProfileFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "session")]
impl crate::Flags<ProfAdminSetDefaultProfileFlagsGroup> {
    /// The profile name is a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IProfAdmin::AdminServices`.
#[cfg(feature = "session")]
pub type ProfAdminAdminServicesFlags = crate::Flags<ProfAdminAdminServicesFlagsGroup>;
/// The group of [`ProfAdminAdminServicesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum ProfAdminAdminServicesFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for ProfAdminAdminServicesFlagsGroup {
    const IN_MASK: u32 = 0x80000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DIALOG", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
#[cfg(feature = "session")]
impl crate::Flags<ProfAdminAdminServicesFlagsGroup> {
    /// User interface may be shown.
    ///
    /// `MAPI_DIALOG` (`0x8`), valid on input.
    pub const DIALOG: Self = Self::from_bits_retain(0x00000008);
    /// The profile name is a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Builds a compound entry identifier from an object's entry identifier
    /// and the record key of the store holding it; with an empty record key,
    /// copies the entry identifier alone.
    ///
    /// The caller frees the result with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpSession` (`LPMAPISESSION`, in): The client's session.
    /// - `cbStoreRecordKey` (`ULONG`, in): Size of the store's record key in bytes; zero if the object is in no store.
    /// - `lpStoreRecordKey` (`LPBYTE`, in): The record key of the store holding the object.
    /// - `cbMsgEntryID` (`ULONG`, in): Size of the object's entry identifier in bytes.
    /// - `lpMsgEntryID` (`LPENTRYID`, in): The object's entry identifier.
    /// - `lpcbEID` (`ULONG*`, out): Receives the size of the result in bytes.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the compound identifier, or the copy.
    pub fn HrComposeEID(
        lpSession: LPMAPISESSION,
        cbStoreRecordKey: crate::ULONG,
        lpStoreRecordKey: crate::LPBYTE,
        cbMsgEntryID: crate::ULONG,
        lpMsgEntryID: crate::LPENTRYID,
        lpcbEID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Splits a compound entry identifier into the store's entry identifier
    /// and the object's; a plain identifier is copied as the object's, with
    /// no store identifier.
    ///
    /// The caller frees both results with `MAPIFreeBuffer`. The reference adds
    /// that a successful call releases the memory of `lpEntryID`; that is
    /// unconfirmed, so neither use nor free it on the strength of this.
    ///
    /// # Parameters
    ///
    /// - `lpSession` (`LPMAPISESSION`, in): The client's session.
    /// - `cbEntryID` (`ULONG`, in): Size of the identifier to split in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): The identifier to split.
    /// - `lpcbStoreEntryID` (`ULONG*`, out): Receives the size of the store's entry identifier; zero for a plain identifier.
    /// - `lppStoreEntryID` (`LPENTRYID*`, out): Receives the store's entry identifier; null for a plain identifier.
    /// - `lpcbMsgEntryID` (`ULONG*`, out): Receives the size of the object's entry identifier.
    /// - `lppMsgEntryID` (`LPENTRYID*`, out): Receives the object's entry identifier.
    pub fn HrDecomposeEID(
        lpSession: LPMAPISESSION,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpcbStoreEntryID: *mut crate::ULONG,
        lppStoreEntryID: *mut crate::LPENTRYID,
        lpcbMsgEntryID: *mut crate::ULONG,
        lppMsgEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Builds the text form of a compound entry identifier, as `HrComposeEID`
    /// followed by `HrSzFromEntryID`.
    ///
    /// The caller frees the string with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpSession` (`LPMAPISESSION`, in): The client's session.
    /// - `cbStoreSearchKey` (`ULONG`, in): Size of the store's record key in bytes; zero if the object is in no store.
    /// - `pStoreSearchKey` (`LPBYTE`, in): The record key of the store holding the object.
    /// - `cbMsgEntryID` (`ULONG`, in): Size of the object's entry identifier in bytes.
    /// - `lpMsgEntryID` (`LPENTRYID`, in): The object's entry identifier.
    /// - `lpszMsgID` (`LPSTR*`, out): Receives the 8-bit string.
    pub fn HrComposeMsgID(
        lpSession: LPMAPISESSION,
        cbStoreSearchKey: crate::ULONG,
        pStoreSearchKey: crate::LPBYTE,
        cbMsgEntryID: crate::ULONG,
        lpMsgEntryID: crate::LPENTRYID,
        lpszMsgID: *mut crate::LPSTR,
    ) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Splits the text form of a compound entry identifier into the store's
    /// entry identifier and the object's, as `HrEntryIDFromSz` followed by
    /// `HrDecomposeEID`.
    ///
    /// The caller frees both results with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpSession` (`LPMAPISESSION`, in): The client's session.
    /// - `lpszMsgID` (`LPSTR`, in): The text form to split, an 8-bit string.
    /// - `lpcbStoreEntryID` (`ULONG*`, out): Receives the size of the store's entry identifier; zero for a plain identifier.
    /// - `lppStoreEntryID` (`LPENTRYID*`, out): Receives the store's entry identifier; null for a plain identifier.
    /// - `lppcbMsgEntryID` (`ULONG*`, out): Receives the size of the object's entry identifier.
    /// - `lppMsgEntryID` (`LPENTRYID*`, out): Receives the object's entry identifier.
    pub fn HrDecomposeMsgID(
        lpSession: LPMAPISESSION,
        lpszMsgID: crate::LPSTR,
        lpcbStoreEntryID: *mut crate::ULONG,
        lppStoreEntryID: *mut crate::LPENTRYID,
        lppcbMsgEntryID: *mut crate::ULONG,
        lppMsgEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Takes a reference on the MAPI subsystem for the process and sets up
    /// its global data; every other MAPI call fails with
    /// `MAPI_E_NOT_INITIALIZED` until it has succeeded.
    ///
    /// Each successful call is balanced by one `MAPIUninitialize`. Neither
    /// may be called from `DllMain` or while threads are being created or
    /// ended. Multithreaded clients pass `MAPI_MULTITHREAD_NOTIFICATIONS`,
    /// Windows services `MAPI_NT_SERVICE`.
    ///
    /// The failure tells which step went wrong:
    /// - `MAPI_E_INVALID_PARAMETER`, `MAPI_E_UNKNOWN_FLAGS`: a bad argument.
    /// - `MAPI_E_TOO_COMPLEX`: a service could not set up MAPI's registry keys.
    /// - `MAPI_E_VERSION`: the installed OLE does not fit this MAPI; other
    ///   codes at this step come from `CoInitialize`.
    /// - `MAPI_E_SESSION_LIMIT`, `MAPI_E_NOT_ENOUGH_RESOURCES`,
    ///   `MAPI_E_INVALID_OBJECT`: the per-process state, the shared state or
    ///   the notification engine could not be set up.
    /// - `MAPI_E_NOT_INITIALIZED`: the profile provider failed.
    ///
    /// # Parameters
    ///
    /// - `lpMapiInit` (`LPVOID`, in): Null for the defaults, or a `MAPIINIT_0` giving the version and the `MAPIInitFlags`.
    pub fn MAPIInitialize(lpMapiInit: crate::LPVOID) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Drops a reference taken by `MAPIInitialize`; the last one frees the
    /// subsystem's per-process data, after which no MAPI call may be made.
    /// Not to be called from `DllMain`.
    pub fn MAPIUninitialize();
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Logs the client on to a session of the messaging system and returns
    /// the session, to be released when done (after `IMAPISession::Logoff`).
    ///
    /// Without `MAPI_NEW_SESSION` the shared session, if another client
    /// opened one with `MAPI_ALLOW_OTHERS`, is returned whatever profile is
    /// named. Services should pass `MAPI_NO_MAIL` and `MAPI_NT_SERVICE`.
    ///
    /// Returns:
    /// - `S_OK`: the session was returned.
    /// - `MAPI_E_LOGON_FAILED`: a bad argument, or too many open sessions.
    /// - `MAPI_E_TIMEOUT`: with `MAPI_TIMEOUT_SHORT`, another thread held
    ///   the logon lock.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the window any logon dialog box is modal to, or zero.
    /// - `lpszProfileName` (`LPTSTR`, in): Profile to log on to (at most 64 characters); null or empty to ask the user (`MAPI_LOGON_UI`) or take the default (`MAPI_USE_DEFAULT`).
    /// - `lpszPassword` (`LPTSTR`, in): Password of the profile; always null.
    /// - `flFlags` (`ULONG`, in): Bitmask of flags controlling the logon and the string format.
    /// - `lppSession` (`LPMAPISESSION*`, out): Receives the session.
    pub fn MAPILogonEx(
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::LPTSTR,
        lpszPassword: crate::LPTSTR,
        flFlags: crate::ULONG,
        lppSession: *mut LPMAPISESSION,
    ) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Creates a profile administration object, with which profiles are
    /// created, listed, copied and deleted without logging on. The caller
    /// releases it.
    ///
    /// Returns `S_OK` when the object was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Options; none are defined, so pass zero.
    /// - `lppProfAdmin` (`LPPROFADMIN*`, out): Receives the profile administration object.
    pub fn MAPIAdminProfiles(
        ulFlags: crate::ULONG,
        lppProfAdmin: *mut LPPROFADMIN,
    ) -> crate::HRESULT;
}
#[cfg(feature = "session")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Gives the Extended MAPI session (`IMAPISession`) behind a Simple
    /// MAPI session; there is no way back.
    ///
    /// Returns `S_OK`, `MAPI_E_INVALID_PARAMETER` when the handle cannot be
    /// converted, `MAPI_E_UNKNOWN_FLAGS`, or `E_NOINTERFACE` for an
    /// interface the session lacks. The caller releases the session.
    ///
    /// # Parameters
    ///
    /// - `lhSimpleSession` (`LHANDLE`, in): The Simple MAPI session, from `MAPILogon`.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpInterface` (`LPCIID`, in): The interface wanted, or null for `IMAPISession`.
    /// - `lppMAPISession` (`LPMAPISESSION*`, out): Receives the session.
    pub fn ScMAPIXFromSMAPI(
        lhSimpleSession: crate::LHANDLE,
        ulFlags: crate::ULONG,
        lpInterface: crate::LPCIID,
        lppMAPISession: *mut LPMAPISESSION,
    ) -> crate::SCODE;
}
/// A MAPI session: what a client gets from `MAPILogonEx`, and the way into
/// the message stores, the address book, the profile and the status of the
/// messaging system.
///
/// MAPI implements it; clients (and MAPI) call it.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[repr(C)]
pub struct IMAPISession {
    /// The object's vtable.
    pub lpVtbl: *const IMAPISessionVtbl,
}
/// The vtable of [`IMAPISession`]: its methods in slot order, after its base's.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[repr(C)]
pub struct IMAPISessionVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the session.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the session
    ///   does not support Unicode.
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
    /// Returns the message store table, one row per message store of the
    /// session's profile.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the session
    ///   does not support Unicode.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type of string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the message store table.
    pub GetMsgStoresTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Opens a message store.
    ///
    /// Returns:
    /// - `S_OK`: the store was opened.
    /// - `MAPI_W_ERRORS_RETURNED`: the store was opened but its provider has
    ///   error information; get it with `GetLastError`.
    /// - `MAPI_E_NO_ACCESS`: the user lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the store does not exist.
    /// - `MAPI_E_UNKNOWN_CPID`, `MAPI_E_UNKNOWN_LCID`: the server does not
    ///   support the client's code page or locale.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box shown.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the store (from the message store table); must not be null.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IMsgStore`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the store is opened.
    /// - `lppMDB` (`LPMDB*`, out): Receives the store.
    pub OpenMsgStore: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppMDB: *mut crate::LPMDB,
    ) -> crate::HRESULT,
    /// Opens the integrated address book of the session.
    ///
    /// Returns:
    /// - `S_OK`: the address book was opened.
    /// - `MAPI_W_ERRORS_RETURNED`: it was opened, but the containers of
    ///   some address book providers could not be.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the address book dialog boxes.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IAddrBook`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the opening.
    /// - `lppAdrBook` (`LPADRBOOK*`, out): Receives the address book.
    pub OpenAddressBook: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppAdrBook: *mut LPADRBOOK,
    ) -> crate::HRESULT,
    /// Opens a section of the session's profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller may not open this section.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// The reference also lists a `MAPI_FORCE_ACCESS` flag (open a section
    /// that belongs to another provider), which the headers do not define.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the profile section.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    pub OpenProfileSection: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppProfSect: *mut crate::LPPROFSECT,
    ) -> crate::HRESULT,
    /// Returns the status table, one row per MAPI resource of the session
    /// (MAPI itself, the spooler, the address book, each provider).
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type of string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the status table.
    pub GetStatusTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Opens any object of the session (folder, message, address book
    /// entry, ...) from its entry identifier.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or
    ///   asked to modify a read-only object.
    /// - `MAPI_E_NOT_FOUND`: no object has this entry identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider recognizes the entry
    ///   identifier (often because its provider is not open).
    ///
    /// **Notes to callers.** Use it only when you do not know what kind of
    /// object the identifier names; otherwise `IMsgStore::OpenEntry`,
    /// `IAddrBook::OpenEntry` or `IMAPIContainer::OpenEntry` is faster. For
    /// folders and messages of a public store use `IMsgStore::OpenEntry`, so
    /// that public folders behave when the profile has several Exchange
    /// accounts. Check `lpulObjType` before casting `lppUnk`.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard one.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    pub OpenEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT,
    /// Tells whether two entry identifiers designate the same object.
    ///
    /// MAPI hands the comparison to the provider that owns both
    /// identifiers.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: one or both identifiers do not designate
    ///   an object, possibly because it is not open and not available.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    pub CompareEntryIDs: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID1: crate::ULONG,
        lpEntryID1: crate::LPENTRYID,
        cbEntryID2: crate::ULONG,
        lpEntryID2: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulResult: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Registers an advise sink for events on a store or address book
    /// object, or on the session itself.
    ///
    /// With `lpEntryID` null the registration concerns the session; MAPI
    /// then always includes critical errors, and `fnevExtended` reports the
    /// session shutting down. Otherwise MAPI forwards the registration to
    /// the provider that owns the entry identifier.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_INVALID_ENTRYID`: `lpEntryID` is not a valid entry
    ///   identifier.
    /// - `MAPI_E_NO_SUPPORT`: the provider does not support these events, or
    ///   notifications at all.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider of the profile handles the
    ///   entry identifier.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch; null for the session itself.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications; it must already exist.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    pub Advise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulEventMask: crate::ULONG,
        lpAdviseSink: crate::LPMAPIADVISESINK,
        lpulConnection: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Cancels a notification registration made with `IMAPISession::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    pub Unadvise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulConnection: crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Shows the per-message options of an address type for a message.
    ///
    /// No longer supported or documented by MAPI.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `lpszAdrType`.
    /// - `lpszAdrType` (`LPTSTR`, in): The address type whose options are shown.
    /// - `lpMessage` (`LPMESSAGE`, in): The message the options apply to.
    pub MessageOptions: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpszAdrType: crate::LPTSTR,
        lpMessage: crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Returns the default per-message options of an address type.
    ///
    /// No longer supported or documented by MAPI.
    ///
    /// # Parameters
    ///
    /// - `lpszAdrType` (`LPTSTR`, in): The address type whose options are returned.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `lpszAdrType`.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of option values.
    /// - `lppOptions` (`LPSPropValue*`, out): Receives the option values.
    pub QueryDefaultMessageOpt: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszAdrType: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpcValues: *mut crate::ULONG,
        lppOptions: *mut crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Returns the address types that the transport providers of the
    /// session can handle. Deprecated.
    ///
    /// Returns `S_OK` when the address types were returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lpcAdrTypes` (`ULONG*`, out): Receives the number of address types.
    /// - `lpppszAdrTypes` (`LPTSTR**`, out): Receives the array of address type strings.
    pub EnumAdrTypes: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpcAdrTypes: *mut crate::ULONG,
        lpppszAdrTypes: *mut *mut crate::LPTSTR,
    ) -> crate::HRESULT,
    /// Returns the entry identifier of the object that gives the session its
    /// primary identity (usually a messaging user of an address book).
    ///
    /// Returns:
    /// - `S_OK`: the identity was returned.
    /// - `MAPI_W_NO_SERVICE`: the call succeeded, but the session has no
    ///   primary identity.
    ///
    /// # Parameters
    ///
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the primary identity.
    pub QueryIdentity: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Ends the session.
    ///
    /// Returns `S_OK` when the session was ended.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box; ignored without `MAPI_LOGOFF_UI`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logoff.
    /// - `ulReserved` (`ULONG`, in): Reserved; must be zero.
    pub Logoff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        ulReserved: crate::ULONG,
    ) -> crate::HRESULT,
    /// Makes a message store the default store of the session, or gives it
    /// another special role.
    ///
    /// `ulFlags` holds exactly one of `MAPI_DEFAULT_STORE`,
    /// `MAPI_PRIMARY_STORE`, `MAPI_SECONDARY_STORE`,
    /// `MAPI_SIMPLE_STORE_PERMANENT` or `MAPI_SIMPLE_STORE_TEMPORARY`. These
    /// are small integers rather than bits (`MAPI_SIMPLE_STORE_PERMANENT`
    /// is 3), so the parameter has no flag group. The matching `STATUS_*`
    /// bit is set in the store's `PR_RESOURCE_FLAGS`.
    ///
    /// Returns `S_OK` when the store's role was set.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): The role to give the store: one `MAPI_*_STORE` value.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the store; null to have no default store.
    pub SetDefaultStore: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns a message service administration object for changing the
    /// message services of the session's profile.
    ///
    /// Returns `S_OK` when the object was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppServiceAdmin` (`LPSERVICEADMIN*`, out): Receives the message service administration object.
    pub AdminServices: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppServiceAdmin: *mut LPSERVICEADMIN,
    ) -> crate::HRESULT,
    /// Shows a message in a form.
    ///
    /// The message must first be prepared with `PrepareForm`, which gives
    /// the token. The status, flags, access and class arguments are copied
    /// from the message's `PR_MSG_STATUS`, `PR_MESSAGE_FLAGS`, `PR_ACCESS`
    /// and `PR_MESSAGE_CLASS`.
    ///
    /// Returns:
    /// - `S_OK`: the form was shown.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the form.
    /// - `lpMsgStore` (`LPMDB`, in): Store holding `lpParentFolder`.
    /// - `lpParentFolder` (`LPMAPIFOLDER`, in): Folder in which the message was created.
    /// - `lpInterface` (`LPCIID`, in): Interface of the message; null or `IID_IMessage`.
    /// - `ulMessageToken` (`ULONG_PTR`, in): Token from the earlier `PrepareForm` call.
    /// - `lpMessageSent` (`LPMESSAGE`, in): Reserved; must be null.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how and whether the message is saved.
    /// - `ulMessageStatus` (`ULONG`, in): Copy of the message's `PR_MSG_STATUS`.
    /// - `ulMessageFlags` (`ULONG`, in): Copy of the message's `PR_MESSAGE_FLAGS`.
    /// - `ulAccess` (`ULONG`, in): Copy of the message's `PR_ACCESS`: the access level granted in the form.
    /// - `lpszMessageClass` (`LPSTR`, in): Message class of the message, from `PR_MESSAGE_CLASS` (always an 8-bit string).
    pub ShowForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        lpMsgStore: crate::LPMDB,
        lpParentFolder: crate::LPMAPIFOLDER,
        lpInterface: crate::LPCIID,
        ulMessageToken: crate::ULONG_PTR,
        lpMessageSent: crate::LPMESSAGE,
        ulFlags: crate::ULONG,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
        ulAccess: crate::ULONG,
        lpszMessageClass: crate::LPSTR,
    ) -> crate::HRESULT,
    /// Prepares a message for `ShowForm` and returns the token that
    /// designates it.
    ///
    /// Returns `S_OK` when the token was returned.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface of the message; null or `IID_IMessage`.
    /// - `lpMessage` (`LPMESSAGE`, in): The message to show in the form.
    /// - `lpulMessageToken` (`ULONG_PTR*`, out): Receives the token to pass to `ShowForm`.
    pub PrepareForm: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpInterface: crate::LPCIID,
        lpMessage: crate::LPMESSAGE,
        lpulMessageToken: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPISession`]: `{00020300-0000-0000-C000-000000000046}`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub const IID_IMAPISession: crate::GUID = crate::GUID::from_u128(
    0x00020300_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[automatically_derived]
unsafe impl crate::Interface for IMAPISession {
    const IID: crate::GUID = IID_IMAPISession;
    const NAME: &'static str = "IMAPISession";
    type Vtbl = IMAPISessionVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPISession || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPISessionVtbl>() == 22 * ::core::mem::size_of::<usize>()
);
/// The MAPI address book: the merged view of the containers of every address
/// book provider in the session, with the common addressing dialog boxes,
/// name resolution and the session's default containers and search path.
///
/// MAPI implements it; clients get it from `IMAPISession::OpenAddressBook`
/// and providers from `IMAPISupport::OpenAddressBook`. Its properties are not
/// transacted: changes take effect at once.
#[repr(C)]
pub struct IAddrBook {
    /// The object's vtable.
    pub lpVtbl: *const IAddrBookVtbl,
}
/// The vtable of [`IAddrBook`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IAddrBookVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Opens an address book entry (container, messaging user or
    /// distribution list) from its entry identifier.
    ///
    /// With no entry identifier (0/NULL) the root container of the address
    /// book hierarchy is opened. MAPI hands the call to the provider that
    /// owns the identifier. Check `lpulObjType` before casting `lppUnk`.
    ///
    /// Returns:
    /// - `S_OK`: the entry was opened.
    /// - `MAPI_E_NO_ACCESS`: the user lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: no entry has this identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider recognizes the identifier,
    ///   typically because the provider that owns it is not open.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open; null for the root container.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry (`MAPI_MAILUSER`, `MAPI_DISTLIST`, `MAPI_ABCONT`, ...).
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub OpenEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT,
    /// Tells whether two entry identifiers of one address book provider
    /// designate the same object.
    ///
    /// An object can have several valid identifiers (for instance after a
    /// provider upgrade). MAPI hands the comparison to the provider whose
    /// `MAPIUID` appears in the identifiers. If the call fails, take the most
    /// cautious course rather than acting on a result.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no address book provider recognizes one or
    ///   both identifiers.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    pub CompareEntryIDs: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID1: crate::ULONG,
        lpEntryID1: crate::LPENTRYID,
        cbEntryID2: crate::ULONG,
        lpEntryID2: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulResult: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Registers an advise sink for events on an address book container,
    /// messaging user or distribution list.
    ///
    /// MAPI forwards the registration to the provider that owns the entry,
    /// which handles it itself or through `IMAPISupport::Subscribe`. The sink's
    /// `OnNotify` may be called at any time afterwards, on any thread.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_INVALID_ENTRYID`: the provider could not register for this
    ///   entry.
    /// - `MAPI_E_NO_SUPPORT`: the provider does not support notifications.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider of the profile handles the
    ///   entry identifier.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    pub Advise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulEventMask: crate::ULONG,
        lpAdviseSink: crate::LPMAPIADVISESINK,
        lpulConnection: *mut crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Cancels a notification registration made with `IAddrBook::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    pub Unadvise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulConnection: crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Builds an entry identifier for a one-off recipient, one that belongs
    /// to no container of the loaded address book providers.
    ///
    /// The address type may be any type that an active address book provider
    /// supports. Free the returned identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was created.
    ///
    /// # Parameters
    ///
    /// - `lpszName` (`LPTSTR`, in): Display name of the recipient (its `PR_DISPLAY_NAME`); may be null.
    /// - `lpszAdrType` (`LPTSTR`, in): Address type of the recipient, such as `SMTP` or `FAX`.
    /// - `lpszAddress` (`LPTSTR`, in): Address of the recipient.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags affecting the one-off recipient.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the one-off entry identifier.
    pub CreateOneOff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszName: crate::LPTSTR,
        lpszAdrType: crate::LPTSTR,
        lpszAddress: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Creates a new recipient, either in an address book container or for
    /// the recipient list of an outgoing message, through a template dialog
    /// box.
    ///
    /// Without a container (0/NULL) the result is a one-off entry identifier,
    /// as `CreateOneOff` makes. Without a template (0/NULL) MAPI lets the user
    /// choose one from the one-off table. Free the returned identifier with
    /// `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the entry was created.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of strings passed in.
    /// - `cbEIDContainer` (`ULONG`, in): Size in bytes of the container entry identifier, or 0.
    /// - `lpEIDContainer` (`LPENTRYID`, in): Container to receive the entry, or null for a message recipient.
    /// - `cbEIDNewEntryTpl` (`ULONG`, in): Size in bytes of the template entry identifier, or 0.
    /// - `lpEIDNewEntryTpl` (`LPENTRYID`, in): One-off template to create the entry with, or null to let the user choose.
    /// - `lpcbEIDNewEntry` (`ULONG*`, out): Receives the size in bytes of the new entry identifier; may be null if it is not wanted.
    /// - `lppEIDNewEntry` (`LPENTRYID*`, out): Receives the entry identifier of the new entry; may be null if it is not wanted.
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
    /// Resolves the unresolved recipients of an address list, giving each an
    /// entry identifier.
    ///
    /// A recipient is unresolved while it has no `PR_ENTRYID`. Addresses in
    /// SMTP form get a one-off identifier; the others are matched against the
    /// containers of the search path (`PR_AB_SEARCH_PATH`), through
    /// `IABContainer::ResolveNames` or a `PR_ANR` restriction. With
    /// `MAPI_DIALOG` the user settles ambiguous or unknown names. Resolved
    /// entries get their property arrays replaced, so each must have been
    /// allocated separately.
    ///
    /// Returns:
    /// - `S_OK`: every recipient was resolved.
    /// - `MAPI_E_AMBIGUOUS_RECIP`: a recipient matched several entries (usually
    ///   without `MAPI_DIALOG`).
    /// - `MAPI_E_NOT_FOUND`: a recipient could not be resolved (usually without
    ///   `MAPI_DIALOG`).
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box, if one is shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `lpszNewEntryTitle` (`LPTSTR`, in): Title of the dialog box control that prompts for a recipient; may be null.
    /// - `lpAdrList` (`LPADRLIST`, in, out): The recipients to resolve; resolved entries are updated in place.
    pub ResolveName: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpszNewEntryTitle: crate::LPTSTR,
        lpAdrList: crate::LPADRLIST,
    ) -> crate::HRESULT,
    /// Shows the common address book dialog box, in which the user builds or
    /// edits a recipient list.
    ///
    /// The returned `ADRLIST` has one `ADRENTRY` per recipient and can be
    /// passed to `IMessage::ModifyRecipients`. MAPI may free the list passed
    /// in and return one of a different size; allocate the list and each
    /// property array separately with `MAPIAllocateBuffer`. `DIALOG_SDI` in
    /// `lpAdrParms` (a modeless dialog returning its window at once) is
    /// honoured only by Outlook; other clients always get the modal dialog.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): In: handle of the parent window (required); out: the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpAdrParms` (`LPADRPARM`, in, out): Presentation and behaviour of the dialog box.
    /// - `lppAdrList` (`LPADRLIST*`, in, out): In: the current recipients, or a null pointer; out: the updated recipient list.
    pub Address: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulUIParam: *mut crate::ULONG_PTR,
        lpAdrParms: crate::LPADRPARM,
        lppAdrList: *mut crate::LPADRLIST,
    ) -> crate::HRESULT,
    /// Shows a dialog box with the details of an address book entry.
    ///
    /// A caller-defined button can be added with `lpfButtonCallback`,
    /// `lpvButtonContext` and `lpszButtonText`; when it is clicked MAPI calls
    /// the callback with the context. `lpfnDismiss` is called when a modeless
    /// (`DIALOG_SDI`) dialog box is closed.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): Handle of the parent window of the dialog box; receives the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpfnDismiss` (`LPFNDISMISS`, in): Function called when a modeless dialog box is dismissed, or null.
    /// - `lpvDismissContext` (`LPVOID`, in): Context passed to `lpfnDismiss`.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry whose details are shown.
    /// - `lpfButtonCallback` (`LPFNBUTTON`, in): Function called when the added button is clicked, or null.
    /// - `lpvButtonContext` (`LPVOID`, in): Context passed to `lpfButtonCallback`.
    /// - `lpszButtonText` (`LPTSTR`, in): Label of the added button, or null when no button is wanted.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing the dialog kind and the string format.
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
    /// Shows a dialog box in which the user sets the per-recipient options
    /// (registered by transport providers) of one recipient.
    ///
    /// MAPI finds the recipient's `PR_ENTRYID` and `PR_ADDRTYPE`, then asks the
    /// transport that registered options for that address type for them. If
    /// the user changes an option, MAPI frees the old property values of the
    /// entry and allocates new ones. Use `QueryDefaultRecipOpt` to read the
    /// defaults without a dialog box.
    ///
    /// Returns:
    /// - `S_OK`: the options were shown.
    /// - `MAPI_W_ERRORS_RETURNED`: the call succeeded, but this recipient has
    ///   no options.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of strings passed in.
    /// - `lpRecip` (`LPADRENTRY`, in, out): The recipient whose options are shown; its property values are replaced when options change.
    pub RecipOptions: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpRecip: crate::LPADRENTRY,
    ) -> crate::HRESULT,
    /// Returns the default recipient options that transport providers
    /// registered for an address type.
    ///
    /// Transports register them when MAPI calls `IXPLogon::RegisterOptions`;
    /// not every transport does. Free the returned array with
    /// `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the options were returned.
    ///
    /// # Parameters
    ///
    /// - `lpszAdrType` (`LPSTR`, in): The address type whose options are wanted; always an 8-bit string.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of option values.
    /// - `lppOptions` (`LPSPropValue*`, out): Receives the option values.
    pub QueryDefaultRecipOpt: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszAdrType: crate::LPSTR,
        ulFlags: crate::ULONG,
        lpcValues: *mut crate::ULONG,
        lppOptions: *mut crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Returns the entry identifier of the container designated as the
    /// personal address book (PAB).
    ///
    /// If the profile names no PAB, MAPI picks the first modifiable container
    /// of the hierarchy. Free the identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was returned.
    ///
    /// # Parameters
    ///
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the PAB, or zero when no container is the PAB.
    pub GetPAB: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Designates a container as the personal address book.
    ///
    /// Address book changes are not transacted: no `SaveChanges` is needed.
    ///
    /// Returns `S_OK` when the PAB was set.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the container to use as the PAB.
    pub SetPAB: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns the entry identifier of the default container, the one shown
    /// first when the address book opens.
    ///
    /// If none was set with `SetDefaultDir`, MAPI uses the first container
    /// with names other than the PAB, or the PAB if there is none. Free the
    /// identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was returned.
    ///
    /// # Parameters
    ///
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the default container.
    pub GetDefaultDir: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Sets the default container of the address book.
    ///
    /// The change takes effect at once; no `SaveChanges` is needed.
    ///
    /// Returns `S_OK` when the default container was set.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the container to make the default.
    pub SetDefaultDir: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns the search path: the ordered list of containers that
    /// `ResolveName` consults.
    ///
    /// Until `SetSearchPath` has been called, MAPI builds a default path from
    /// the hierarchy: the first read/write container (usually the PAB), then
    /// every container whose `PR_DISPLAY_TYPE` is `DT_GLOBAL`, then the
    /// default container if none was `DT_GLOBAL`. Afterwards the path saved in
    /// the profile is validated and returned. Free the rows with `FreeProws`.
    ///
    /// Returns `S_OK` when the search path was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of returned strings.
    /// - `lppSearchPath` (`LPSRowSet*`, out): Receives one row per container, in search order; zero rows when the hierarchy has no containers.
    pub GetSearchPath: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppSearchPath: *mut crate::LPSRowSet,
    ) -> crate::HRESULT,
    /// Saves a new search path for name resolution in the profile.
    ///
    /// The path persists across sessions and needs no `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the search path was set.
    /// - `MAPI_E_MISSING_REQUIRED_COLUMN`: a row lacks `PR_ENTRYID` as its
    ///   first property.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpSearchPath` (`LPSRowSet`, in): The containers in search order; each row starts with the container's `PR_ENTRYID`.
    pub SetSearchPath: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpSearchPath: crate::LPSRowSet,
    ) -> crate::HRESULT,
    /// Prepares a recipient list for later use by the messaging system.
    ///
    /// MAPI converts short-term entry identifiers into long-term ones and
    /// fetches the requested properties from the owning providers, putting
    /// them first in each entry, ahead of the properties already there. A
    /// property a provider cannot supply comes back as `PT_ERROR` with a
    /// reason such as `MAPI_E_NOT_FOUND`. Each entry's property array must be
    /// allocated separately so that it can be replaced.
    ///
    /// Returns `S_OK` when the list was prepared.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how entries are looked up.
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Properties every recipient must have, in order; may be null.
    /// - `lpRecipList` (`LPADRLIST`, in, out): The recipients to prepare; updated in place.
    pub PrepareRecips: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpPropTagArray: crate::LPSPropTagArray,
        lpRecipList: crate::LPADRLIST,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IAddrBook`]: `{00020309-0000-0000-C000-000000000046}`.
pub const IID_IAddrBook: crate::GUID = crate::GUID::from_u128(
    0x00020309_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IAddrBook {
    const IID: crate::GUID = IID_IAddrBook;
    const NAME: &'static str = "IAddrBook";
    type Vtbl = IAddrBookVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IAddrBook || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IAddrBookVtbl>() == 32 * ::core::mem::size_of::<usize>()
);
/// Administration of the service providers that make up one message service
/// of a profile.
///
/// MAPI implements it. Clients get it from `IMsgServiceAdmin::AdminProviders`;
/// a message service's entry point function (`MSGSERVICEENTRY`) receives one.
/// Most message services do not allow providers to be added or removed while
/// the profile is in use.
#[repr(C)]
pub struct IProviderAdmin {
    /// The object's vtable.
    pub lpVtbl: *const IProviderAdminVtbl,
}
/// The vtable of [`IProviderAdmin`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IProviderAdminVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the provider
    /// administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
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
    /// Returns the provider table of the message service, one row per
    /// service provider.
    ///
    /// Unlike the table of `IMsgServiceAdmin::GetProviderTable`, it may hold
    /// extra rows for additional profile sections a provider declared with the
    /// `Sections` keyword of MAPISVC.INF; restrict on `PR_RESOURCE_TYPE` to
    /// skip them, and sort on `PR_PROVIDER_ORDINAL` for transport order. The
    /// table is a snapshot and omits providers deleted or marked for deletion.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type of string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the provider table.
    pub GetProviderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Adds a service provider to the message service.
    ///
    /// The name must be one of the service's providers; it is not checked, and
    /// a wrong name gives unpredictable results. After copying what MAPISVC.INF
    /// holds about the provider into the profile, MAPI calls the service's
    /// entry point with `MSG_SERVICE_PROVIDER_CREATE`.
    ///
    /// Returns:
    /// - `S_OK`: the provider was added.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszProvider` (`LPTSTR`, in): Name of the provider to add.
    /// - `cValues` (`ULONG`, in): Number of property values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): Properties of the new provider.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box; used with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the addition.
    /// - `lpUID` (`MAPIUID*`, out): Receives the unique identifier of the new provider.
    pub CreateProvider: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszProvider: crate::LPTSTR,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpUID: *mut crate::MAPIUID,
    ) -> crate::HRESULT,
    /// Removes a service provider from the message service.
    ///
    /// MAPI first calls the service's entry point with
    /// `MSG_SERVICE_PROVIDER_DELETE`, then removes the provider's profile
    /// section. A provider in use is only marked for deletion and removed when
    /// the profile is no longer in use.
    ///
    /// Returns:
    /// - `S_OK`: the provider was deleted or marked for deletion.
    /// - `MAPI_E_NOT_FOUND`: no provider of the service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the provider to delete.
    pub DeleteProvider: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
    ) -> crate::HRESULT,
    /// Opens a section of the current profile.
    ///
    /// Many callers may hold a section open read-only at once, but a section
    /// open for writing cannot be opened again in any mode. Opening an unknown
    /// section with `MAPI_MODIFY` creates it; read-only, it fails with
    /// `MAPI_E_NOT_FOUND`. Clients cannot open sections that belong to a
    /// provider.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller may not open the section this way.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the section; a service entry point may pass null to get its own section, clients may not.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    pub OpenProfileSection: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppProfSect: *mut crate::LPPROFSECT,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IProviderAdmin`]: `{00020325-0000-0000-C000-000000000046}`.
pub const IID_IProviderAdmin: crate::GUID = crate::GUID::from_u128(
    0x00020325_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IProviderAdmin {
    const IID: crate::GUID = IID_IProviderAdmin;
    const NAME: &'static str = "IProviderAdmin";
    type Vtbl = IProviderAdminVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IProviderAdmin || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IProviderAdminVtbl>() == 8 * ::core::mem::size_of::<usize>()
);
/// Administration of the message services of a profile: adding, removing,
/// copying and configuring them, and ordering the transports.
///
/// MAPI implements it. Clients get it from `IMAPISession::AdminServices` (to
/// change the profile in use) or from `IProfAdmin::AdminServices`, which is
/// cheaper for pure configuration programs because it logs no provider on.
/// MAPI does not stop a client from removing every service of a profile.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[repr(C)]
pub struct IMsgServiceAdmin {
    /// The object's vtable.
    pub lpVtbl: *const IMsgServiceAdminVtbl,
}
/// The vtable of [`IMsgServiceAdmin`]: its methods in slot order, after its base's.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[repr(C)]
pub struct IMsgServiceAdminVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the message
    /// service administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
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
    /// Returns the message service table, one row per message service of the
    /// profile.
    ///
    /// The table is a snapshot: services added or removed later do not show.
    /// A profile without services gives a table with no rows.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the message service table.
    pub GetMsgServiceTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Adds a message service to the profile. Deprecated in favour of
    /// `IMsgServiceAdmin2::CreateMsgServiceEx`, which also returns the new
    /// service's identifier.
    ///
    /// MAPI creates a profile section for the service and one per provider,
    /// copies what MAPISVC.INF says about them, then calls the service's entry
    /// point with `MSG_SERVICE_CREATE` (passing the window and flags on when
    /// user interface is allowed).
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// # Parameters
    ///
    /// - `lpszService` (`LPTSTR`, in): Name of the service as listed in the `[Services]` section of MAPISVC.INF.
    /// - `lpszDisplayName` (`LPTSTR`, in): Display name of the service; ignored if MAPISVC.INF sets its `PR_DISPLAY_NAME`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    pub CreateMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszService: crate::LPTSTR,
        lpszDisplayName: crate::LPTSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Removes a message service, and all its profile sections, from the
    /// profile.
    ///
    /// MAPI first calls the service's entry point with `MSG_SERVICE_DELETE`
    /// so that it can clean up, then deletes the service and its sections.
    /// Take the identifier from the `PR_SERVICE_UID` column of the message
    /// service table.
    ///
    /// Returns:
    /// - `S_OK`: the service was deleted.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to delete.
    pub DeleteMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
    ) -> crate::HRESULT,
    /// Copies a message service into a profile, the current one or another.
    ///
    /// The copy keeps the original's configuration; the service's entry
    /// point is not called. Use `ConfigureMsgService` to change the copy.
    ///
    /// Returns:
    /// - `S_OK`: the service was copied.
    /// - `MAPI_E_NO_ACCESS`: the service is already in the target profile and
    ///   allows only one instance.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to copy.
    /// - `lpszDisplayName` (`LPSTR`, in): Deprecated; ignored.
    /// - `lpInterfaceToCopy` (`LPCIID`, in): Interface used to read the service's profile section; null means `IProfSect`.
    /// - `lpInterfaceDst` (`LPCIID`, in): Interface of the object at `lpObjectDst`: null means `IMAPISession`; `IID_IMsgServiceAdmin` is also allowed.
    /// - `lpObjectDst` (`LPVOID`, in): Session or message service administration object of the target profile.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    pub CopyMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        lpszDisplayName: crate::LPSTR,
        lpInterfaceToCopy: crate::LPCIID,
        lpInterfaceDst: crate::LPCIID,
        lpObjectDst: crate::LPVOID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Gives a message service a new name. Deprecated and not supported:
    /// change the service's `PR_SERVICE_NAME` instead.
    ///
    /// Always returns `MAPI_E_NO_SUPPORT`.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to rename.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpszDisplayName` (`LPSTR`, in): New name of the service.
    pub RenameMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
        lpszDisplayName: crate::LPSTR,
    ) -> crate::HRESULT,
    /// Configures a message service, with or without its property sheet.
    ///
    /// To configure without user interface, pass every needed property in
    /// `lpProps` (services usually publish a header of their property tags)
    /// and give none of the UI flags; a service left without required data is
    /// unconfigured. Take the identifier from the `PR_SERVICE_UID` column of
    /// the message service table.
    ///
    /// Returns:
    /// - `S_OK`: the service was configured.
    /// - `MAPI_E_EXTENDED_ERROR`: a service-specific error; call `GetLastError`
    ///   for details.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    /// - `MAPI_E_NOT_INITIALIZED`: the service has no entry point function.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled the property sheet.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to configure.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the property sheet.
    /// - `cValues` (`ULONG`, in): Number of property values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): Configuration properties; must not be null when the service is configured without user interface.
    pub ConfigureMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Opens a section of the profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the profile section.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    pub OpenProfileSection: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppProfSect: *mut crate::LPPROFSECT,
    ) -> crate::HRESULT,
    /// Sets the order in which transport providers are offered outgoing
    /// messages.
    ///
    /// The list must name every transport of the profile, by the
    /// `PR_PROVIDER_UID` values of the provider table, in the wanted order. It
    /// overrides preferences such as `STATUS_XP_PREFER_LAST`.
    ///
    /// Returns:
    /// - `S_OK`: the order was set.
    /// - `MAPI_E_BUSY`: `cUID` is not the number of transports in the profile.
    /// - `MAPI_E_NOT_FOUND`: an identifier names no transport of the profile.
    ///
    /// # Parameters
    ///
    /// - `cUID` (`ULONG`, in): Number of identifiers at `lpUIDList`.
    /// - `lpUIDList` (`LPMAPIUID`, in): Identifiers of all the transport providers, in delivery order.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub MsgServiceTransportOrder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cUID: crate::ULONG,
        lpUIDList: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns a provider administration object for one message service, to
    /// add, remove or inspect its providers and open their profile sections.
    ///
    /// Most services do not accept changes to their providers while the
    /// profile is in use. Take the identifier from the `PR_SERVICE_UID` column
    /// of the message service table.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to administer.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppProviderAdmin` (`LPPROVIDERADMIN*`, out): Receives the provider administration object.
    pub AdminProviders: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
        lppProviderAdmin: *mut LPPROVIDERADMIN,
    ) -> crate::HRESULT,
    /// Makes a message service the supplier of the profile's primary
    /// identity, or clears it.
    ///
    /// The providers of that service set `PR_IDENTITY_DISPLAY`,
    /// `PR_IDENTITY_ENTRYID` and `PR_IDENTITY_SEARCH_KEY` to the user that is
    /// the identity (returned by `IMAPISession::QueryIdentity`); MAPI updates
    /// the `SERVICE_PRIMARY_IDENTITY`/`SERVICE_NO_PRIMARY_IDENTITY` bits of the
    /// services' `PR_RESOURCE_FLAGS`.
    ///
    /// Returns:
    /// - `S_OK`: the primary identity was set.
    /// - `MAPI_E_NO_ACCESS`: the service has `SERVICE_NO_PRIMARY_IDENTITY` set.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service, or null to clear the primary identity.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub SetPrimaryIdentity: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the provider table of the profile, one row per address book,
    /// store and transport provider.
    ///
    /// Unlike `IProviderAdmin::GetProviderTable`, it holds no extra rows for
    /// additional profile sections. It is a snapshot and omits providers
    /// deleted or marked for deletion. For transport order, restrict on
    /// `PR_RESOURCE_TYPE` = `MAPI_TRANSPORT_PROVIDER` and sort on
    /// `PR_PROVIDER_ORDINAL`.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the provider table.
    pub GetProviderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMsgServiceAdmin`]: `{0002031D-0000-0000-C000-000000000046}`.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
pub const IID_IMsgServiceAdmin: crate::GUID = crate::GUID::from_u128(
    0x0002031d_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[automatically_derived]
unsafe impl crate::Interface for IMsgServiceAdmin {
    const IID: crate::GUID = IID_IMsgServiceAdmin;
    const NAME: &'static str = "IMsgServiceAdmin";
    type Vtbl = IMsgServiceAdminVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMsgServiceAdmin
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(
    any(feature = "exchange", feature = "forms", feature = "hook", feature = "session")
)]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMsgServiceAdminVtbl>() == 15 * ::core::mem::size_of::<usize>()
);
/// Administration of the profiles of the user: listing, creating, copying,
/// renaming and deleting them, choosing the default, and reaching their
/// message services.
///
/// MAPI implements it; clients get it from `MAPIAdminProfiles`. Profile names
/// are at most 64 characters of letters, digits, accented characters,
/// underscores and inner (not leading or trailing) spaces. MAPI does not
/// support profile passwords: pass null or an empty string.
#[cfg(feature = "session")]
#[repr(C)]
pub struct IProfAdmin {
    /// The object's vtable.
    pub lpVtbl: *const IProfAdminVtbl,
}
/// The vtable of [`IProfAdmin`]: its methods in slot order, after its base's.
#[cfg(feature = "session")]
#[repr(C)]
pub struct IProfAdminVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the profile
    /// administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
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
    /// Returns the profile table: one row per profile, with its display name
    /// and whether it is the default.
    ///
    /// The table is a snapshot and omits profiles deleted or marked for
    /// deletion; with no profiles it has no rows.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the profile table.
    pub GetProfileTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Creates a new profile.
    ///
    /// With `MAPI_DEFAULT_SERVICES` MAPI calls the entry point of each default
    /// service with `MSG_SERVICE_CREATE`, after copying what MAPISVC.INF holds
    /// into the profile; with `MAPI_DIALOG` too, the window and flags are
    /// passed on so that services can show their property sheets.
    ///
    /// Returns:
    /// - `S_OK`: the profile was created.
    /// - `MAPI_E_NO_ACCESS`: a profile with this name already exists.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPSTR`, in): Name of the new profile.
    /// - `lpszPassword` (`LPSTR`, in): Password of the new profile; must be null or empty.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the creation.
    pub CreateProfile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszProfileName: crate::LPSTR,
        lpszPassword: crate::LPSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Deletes a profile.
    ///
    /// A profile in use is only marked for deletion and removed when its last
    /// session ends. MAPI calls the entry point of each of its services with
    /// `MSG_SERVICE_DELETE`. No password is needed.
    ///
    /// Returns:
    /// - `S_OK`: the profile was deleted or marked for deletion.
    /// - `MAPI_E_NOT_FOUND`: the profile does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPSTR`, in): Name of the profile to delete.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub DeleteProfile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszProfileName: crate::LPSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Changes the password of a profile. Deprecated: MAPI does not support
    /// profile passwords, and the call does nothing.
    ///
    /// Always returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile.
    /// - `lpszOldPassword` (`LPTSTR`, in): Current password.
    /// - `lpszNewPassword` (`LPTSTR`, in): New password.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the strings.
    pub ChangeProfilePassword: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszProfileName: crate::LPTSTR,
        lpszOldPassword: crate::LPTSTR,
        lpszNewPassword: crate::LPTSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Copies a profile under a new name.
    ///
    /// Returns:
    /// - `S_OK`: the profile was copied.
    /// - `MAPI_E_ACCESS_DENIED`: a profile with the new name already exists.
    /// - `MAPI_E_LOGON_FAILED`: the password is wrong and no dialog box could
    ///   ask for it (no `MAPI_DIALOG`).
    /// - `MAPI_E_NOT_FOUND`: the profile to copy does not exist.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszOldProfileName` (`LPSTR`, in): Name of the profile to copy.
    /// - `lpszOldPassword` (`LPSTR`, in): Password of the profile to copy; null or empty.
    /// - `lpszNewProfileName` (`LPSTR`, in): Name of the copy.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    pub CopyProfile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszOldProfileName: crate::LPSTR,
        lpszOldPassword: crate::LPSTR,
        lpszNewProfileName: crate::LPSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Gives a profile a new name.
    ///
    /// A profile in use is only marked and renamed once it is no longer used;
    /// the call still returns `S_OK`.
    ///
    /// Returns:
    /// - `S_OK`: the profile was renamed or marked for renaming.
    /// - `MAPI_E_LOGON_FAILED`: the password is wrong.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszOldProfileName` (`LPSTR`, in): Current name of the profile.
    /// - `lpszOldPassword` (`LPSTR`, in): Password of the profile; always null.
    /// - `lpszNewProfileName` (`LPSTR`, in): New name of the profile.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub RenameProfile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszOldProfileName: crate::LPSTR,
        lpszOldPassword: crate::LPSTR,
        lpszNewProfileName: crate::LPSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Makes a profile the default one, or clears the default.
    ///
    /// The default profile is used when a client logs on with
    /// `MAPI_USE_DEFAULT`; its `PR_DEFAULT_PROFILE` is set to TRUE.
    ///
    /// Returns:
    /// - `S_OK`: the default was set or cleared.
    /// - `MAPI_E_NOT_FOUND`: the profile does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the new default profile, or null to leave no default.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the name.
    pub SetDefaultProfile: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszProfileName: crate::LPTSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns a message service administration object for an existing
    /// profile.
    ///
    /// Unlike `IMAPISession::AdminServices` it needs no session and loads no
    /// provider, so configuration programs should prefer it. It cannot create
    /// a profile.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_LOGON_FAILED`: the profile does not exist, or the password is
    ///   wrong and no dialog box could ask for it (no `MAPI_DIALOG`).
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile to change.
    /// - `lpszPassword` (`LPTSTR`, in): Password of the profile; always null.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the call.
    /// - `lppServiceAdmin` (`LPSERVICEADMIN*`, out): Receives the message service administration object.
    pub AdminServices: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszProfileName: crate::LPTSTR,
        lpszPassword: crate::LPTSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lppServiceAdmin: *mut LPSERVICEADMIN,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IProfAdmin`]: `{0002031C-0000-0000-C000-000000000046}`.
#[cfg(feature = "session")]
pub const IID_IProfAdmin: crate::GUID = crate::GUID::from_u128(
    0x0002031c_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "session")]
#[automatically_derived]
unsafe impl crate::Interface for IProfAdmin {
    const IID: crate::GUID = IID_IProfAdmin;
    const NAME: &'static str = "IProfAdmin";
    type Vtbl = IProfAdminVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IProfAdmin || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "session")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IProfAdminVtbl>() == 12 * ::core::mem::size_of::<usize>()
);
/// Lets a MAPI client exit quickly: it asks the MAPI subsystem whether the
/// loaded providers support a fast shutdown, tells them it is about to
/// shut down, then that it exits now, without releasing its objects.
///
/// MAPI implements it on the session (`QueryInterface` of an
/// `IMAPISession`); clients call it. MAPI passes each step on to the
/// providers' `IMAPIProviderShutdown`.
#[cfg(feature = "session")]
#[repr(C)]
pub struct IMAPIClientShutdown {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIClientShutdownVtbl,
}
/// The vtable of [`IMAPIClientShutdown`]: its methods in slot order, after its base's.
#[cfg(feature = "session")]
#[repr(C)]
pub struct IMAPIClientShutdownVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Asks whether every loaded provider supports a fast shutdown.
    ///
    /// Returns `S_OK` if they do, `MAPI_E_NO_SUPPORT` if one does not (the
    /// client must then shut down the slow way).
    pub QueryFastShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells MAPI, and through it the providers, that the client is about to
    /// shut down.
    pub NotifyProcessShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells MAPI, and through it the providers, that the client exits now;
    /// the providers save their data at once.
    pub DoFastShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIClientShutdown`]: `{00020397-0000-0000-C000-000000000046}`.
#[cfg(feature = "session")]
pub const IID_IMAPIClientShutdown: crate::GUID = crate::GUID::from_u128(
    0x00020397_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "session")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIClientShutdown {
    const IID: crate::GUID = IID_IMAPIClientShutdown;
    const NAME: &'static str = "IMAPIClientShutdown";
    type Vtbl = IMAPIClientShutdownVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIClientShutdown
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "session")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIClientShutdownVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// The provider side of [`IMAPISession`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPISessionImpl`, the provider side of `IMAPISession`",
    label = "`IMAPISession` needs `impl IMAPISessionImpl for {Self}`",
    note = "write `impl IMAPISessionImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPISessionImpl: crate::__private::Declares<
        IMAPISession,
        0x00020300_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error of the session.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the session
    ///   does not support Unicode.
    ///
    /// Called through slot 3 ([`IMAPISessionVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MAPISessionGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the message store table, one row per message store of the
    /// session's profile.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the session
    ///   does not support Unicode.
    ///
    /// Called through slot 4 ([`IMAPISessionVtbl::GetMsgStoresTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_msg_stores_table(
        &self,
        ulFlags: MAPISessionGetMsgStoresTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a message store.
    ///
    /// Returns:
    /// - `S_OK`: the store was opened.
    /// - `MAPI_W_ERRORS_RETURNED`: the store was opened but its provider has
    ///   error information; get it with `GetLastError`.
    /// - `MAPI_E_NO_ACCESS`: the user lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the store does not exist.
    /// - `MAPI_E_UNKNOWN_CPID`, `MAPI_E_UNKNOWN_LCID`: the server does not
    ///   support the client's code page or locale.
    ///
    /// Called through slot 5 ([`IMAPISessionVtbl::OpenMsgStore`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_msg_store(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpEntryID: &[u8],
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPISessionOpenMsgStoreFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (ulUIParam, lpEntryID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the integrated address book of the session.
    ///
    /// Returns:
    /// - `S_OK`: the address book was opened.
    /// - `MAPI_W_ERRORS_RETURNED`: it was opened, but the containers of
    ///   some address book providers could not be.
    ///
    /// Called through slot 6 ([`IMAPISessionVtbl::OpenAddressBook`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_address_book(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPISessionOpenAddressBookFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (ulUIParam, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a section of the session's profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller may not open this section.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// The reference also lists a `MAPI_FORCE_ACCESS` flag (open a section
    /// that belongs to another provider), which the headers do not define.
    ///
    /// Called through slot 7 ([`IMAPISessionVtbl::OpenProfileSection`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_profile_section(
        &self,
        lpUID: &crate::MAPIUID,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPISessionOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (lpUID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the status table, one row per MAPI resource of the session
    /// (MAPI itself, the spooler, the address book, each provider).
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 8 ([`IMAPISessionVtbl::GetStatusTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_status_table(
        &self,
        ulFlags: MAPISessionGetStatusTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens any object of the session (folder, message, address book
    /// entry, ...) from its entry identifier.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or
    ///   asked to modify a read-only object.
    /// - `MAPI_E_NOT_FOUND`: no object has this entry identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider recognizes the entry
    ///   identifier (often because its provider is not open).
    ///
    /// **Notes to callers.** Use it only when you do not know what kind of
    /// object the identifier names; otherwise `IMsgStore::OpenEntry`,
    /// `IAddrBook::OpenEntry` or `IMAPIContainer::OpenEntry` is faster. For
    /// folders and messages of a public store use `IMsgStore::OpenEntry`, so
    /// that public folders behave when the profile has several Exchange
    /// accounts. Check `lpulObjType` before casting `lppUnk`.
    ///
    /// Called through slot 9 ([`IMAPISessionVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: &[u8],
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPISessionOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two entry identifiers designate the same object.
    ///
    /// MAPI hands the comparison to the provider that owns both
    /// identifiers.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: one or both identifiers do not designate
    ///   an object, possibly because it is not open and not available.
    ///
    /// Called through slot 10 ([`IMAPISessionVtbl::CompareEntryIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MAPISessionCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers an advise sink for events on a store or address book
    /// object, or on the session itself.
    ///
    /// With `lpEntryID` null the registration concerns the session; MAPI
    /// then always includes critical errors, and `fnevExtended` reports the
    /// session shutting down. Otherwise MAPI forwards the registration to
    /// the provider that owns the entry identifier.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_INVALID_ENTRYID`: `lpEntryID` is not a valid entry
    ///   identifier.
    /// - `MAPI_E_NO_SUPPORT`: the provider does not support these events, or
    ///   notifications at all.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider of the profile handles the
    ///   entry identifier.
    ///
    /// Called through slot 11 ([`IMAPISessionVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MAPISessionAdviseFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpEntryID, ulEventMask, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a notification registration made with `IMAPISession::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// Called through slot 12 ([`IMAPISessionVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows the per-message options of an address type for a message.
    ///
    /// No longer supported or documented by MAPI.
    ///
    /// Called through slot 13 ([`IMAPISessionVtbl::MessageOptions`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn message_options(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionMessageOptionsFlags,
        lpszAdrType: crate::value::StrRef<'_>,
        lpMessage: crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, lpszAdrType, lpMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the default per-message options of an address type.
    ///
    /// No longer supported or documented by MAPI.
    ///
    /// Called through slot 14 ([`IMAPISessionVtbl::QueryDefaultMessageOpt`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_default_message_opt(
        &self,
        lpszAdrType: crate::value::StrRef<'_>,
        ulFlags: MAPISessionQueryDefaultMessageOptFlags,
    ) -> ::core::result::Result<crate::value::PropArray<'_>, crate::Hresult> {
        let _ = (lpszAdrType, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the address types that the transport providers of the
    /// session can handle. Deprecated.
    ///
    /// Returns `S_OK` when the address types were returned.
    ///
    /// Called through slot 15 ([`IMAPISessionVtbl::EnumAdrTypes`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enum_adr_types(
        &self,
        ulFlags: MAPISessionEnumAdrTypesFlags,
    ) -> ::core::result::Result<::std::vec::Vec<::std::string::String>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the entry identifier of the object that gives the session its
    /// primary identity (usually a messaging user of an address book).
    ///
    /// Returns:
    /// - `S_OK`: the identity was returned.
    /// - `MAPI_W_NO_SERVICE`: the call succeeded, but the session has no
    ///   primary identity.
    ///
    /// Called through slot 16 ([`IMAPISessionVtbl::QueryIdentity`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_identity(
        &self,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Ends the session.
    ///
    /// Returns `S_OK` when the session was ended.
    ///
    /// Called through slot 17 ([`IMAPISessionVtbl::Logoff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn logoff(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionLogoffFlags,
        ulReserved: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, ulReserved);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes a message store the default store of the session, or gives it
    /// another special role.
    ///
    /// `ulFlags` holds exactly one of `MAPI_DEFAULT_STORE`,
    /// `MAPI_PRIMARY_STORE`, `MAPI_SECONDARY_STORE`,
    /// `MAPI_SIMPLE_STORE_PERMANENT` or `MAPI_SIMPLE_STORE_TEMPORARY`. These
    /// are small integers rather than bits (`MAPI_SIMPLE_STORE_PERMANENT`
    /// is 3), so the parameter has no flag group. The matching `STATUS_*`
    /// bit is set in the store's `PR_RESOURCE_FLAGS`.
    ///
    /// Returns `S_OK` when the store's role was set.
    ///
    /// Called through slot 18 ([`IMAPISessionVtbl::SetDefaultStore`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_default_store(
        &self,
        ulFlags: crate::ULONG,
        lpEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a message service administration object for changing the
    /// message services of the session's profile.
    ///
    /// Returns `S_OK` when the object was returned.
    ///
    /// Called through slot 19 ([`IMAPISessionVtbl::AdminServices`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn admin_services(
        &self,
        ulFlags: MAPISessionAdminServicesFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMsgServiceAdmin>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a message in a form.
    ///
    /// The message must first be prepared with `PrepareForm`, which gives
    /// the token. The status, flags, access and class arguments are copied
    /// from the message's `PR_MSG_STATUS`, `PR_MESSAGE_FLAGS`, `PR_ACCESS`
    /// and `PR_MESSAGE_CLASS`.
    ///
    /// Returns:
    /// - `S_OK`: the form was shown.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled.
    ///
    /// Called through slot 20 ([`IMAPISessionVtbl::ShowForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn show_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpMsgStore: crate::ComPtr<crate::IMsgStore>,
        lpParentFolder: crate::ComPtr<crate::IMAPIFolder>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulMessageToken: crate::ULONG_PTR,
        lpMessageSent: ::core::option::Option<crate::ComPtr<crate::IMessage>>,
        ulFlags: MAPISessionShowFormFlags,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
        ulAccess: crate::ULONG,
        lpszMessageClass: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            ulUIParam,
            lpMsgStore,
            lpParentFolder,
            lpInterface,
            ulMessageToken,
            lpMessageSent,
            ulFlags,
            ulMessageStatus,
            ulMessageFlags,
            ulAccess,
            lpszMessageClass,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares a message for `ShowForm` and returns the token that
    /// designates it.
    ///
    /// Returns `S_OK` when the token was returned.
    ///
    /// Called through slot 21 ([`IMAPISessionVtbl::PrepareForm`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn prepare_form(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        lpMessage: crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpInterface, lpMessage);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
impl IMAPISessionVtbl {
    /// A vtable of [`IMAPISession`] whose slots check their arguments and call [`IMAPISessionImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPISessionImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMAPISession::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MAPISessionGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPISessionImpl>::get_last_error(
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
            GetMsgStoresTable: {
                /// `IMAPISession::GetMsgStoresTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MAPISessionGetMsgStoresTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPISessionImpl>::get_msg_stores_table(
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
            OpenMsgStore: {
                /// `IMAPISession::OpenMsgStore`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppMDB: *mut crate::LPMDB,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMDB.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMDB, 0, 1) };
                        }
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
                        let arg3 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg4 = match <MAPISessionOpenMsgStoreFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMDB.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::open_msg_store(
                            object.inner(),
                            ulUIParam,
                            arg2,
                            arg3.as_ref(),
                            arg4,
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
                                            unsafe { lppMDB.write(p.cast()) }
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
            OpenAddressBook: {
                /// `IMAPISession::OpenAddressBook`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppAdrBook: *mut LPADRBOOK,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppAdrBook.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAdrBook, 0, 1) };
                        }
                        let arg1 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg2 = match <MAPISessionOpenAddressBookFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPISessionImpl>::open_address_book(
                            object.inner(),
                            ulUIParam,
                            arg1.as_ref(),
                            arg2,
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
            OpenProfileSection: {
                /// `IMAPISession::OpenProfileSection`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppProfSect: *mut crate::LPPROFSECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProfSect.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProfSect, 0, 1) };
                        }
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
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
                        let arg2 = match <MAPISessionOpenProfileSectionFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProfSect.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::open_profile_section(
                            object.inner(),
                            &arg0,
                            arg1.as_ref(),
                            arg2,
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
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppProfSect.write(p.cast()) }
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
            GetStatusTable: {
                /// `IMAPISession::GetStatusTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MAPISessionGetStatusTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPISessionImpl>::get_status_table(
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
            OpenEntry: {
                /// `IMAPISession::OpenEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lpulObjType: *mut crate::ULONG,
                    lppUnk: *mut crate::LPUNKNOWN,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
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
                        let arg3 = match <MAPISessionOpenEntryFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
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
                        match <O::Inner as IMAPISessionImpl>::open_entry(
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
            CompareEntryIDs: {
                /// `IMAPISession::CompareEntryIDs`.
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
                    O::Inner: IMAPISessionImpl,
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
                        let arg4 = match <MAPISessionCompareEntryIDsFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPISessionImpl>::compare_entry_ids(
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
            Advise: {
                /// `IMAPISession::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulEventMask: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulConnection.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulConnection, 0, 1) };
                        }
                        let arg1 = if lpEntryID.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cbEntryID` valid
                                // elements at `lpEntryID` (null, misaligned and
                                // oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpEntryID.cast(), cbEntryID as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        let arg2 = match <MAPISessionAdviseFlags as crate::FlagSet>::check_input_for(
                            ulEventMask,
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
                        match <O::Inner as IMAPISessionImpl>::advise(
                            object.inner(),
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
            Unadvise: {
                /// `IMAPISession::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::unadvise(
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
            MessageOptions: {
                /// `IMAPISession::MessageOptions`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpszAdrType: crate::LPTSTR,
                    lpMessage: crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPISessionMessageOptionsFlags as crate::FlagSet>::check_input_for(
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
                                lpszAdrType.cast_const().cast(),
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
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::message_options(
                            object.inner(),
                            ulUIParam,
                            arg1,
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
            QueryDefaultMessageOpt: {
                /// `IMAPISession::QueryDefaultMessageOpt`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszAdrType: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                    lpcValues: *mut crate::ULONG,
                    lppOptions: *mut crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcValues.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcValues, 0, 1) };
                        }
                        if !lppOptions.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppOptions, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
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
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MAPISessionQueryDefaultMessageOptFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcValues.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppOptions.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::query_default_message_opt(
                            object.inner(),
                            arg0,
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
                                    lppOptions.write(__ptr.cast());
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
            EnumAdrTypes: {
                /// `IMAPISession::EnumAdrTypes`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpcAdrTypes: *mut crate::ULONG,
                    lpppszAdrTypes: *mut *mut crate::LPTSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcAdrTypes.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcAdrTypes, 0, 1) };
                        }
                        if !lpppszAdrTypes.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpppszAdrTypes, 0, 1) };
                        }
                        let arg0 = match <MAPISessionEnumAdrTypesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcAdrTypes.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpppszAdrTypes.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::enum_adr_types(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_strings(
                                            __alloc,
                                            &arg2,
                                            (ulFlags & crate::MAPI_UNICODE) != 0,
                                        )
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf2.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lpppszAdrTypes.write(__ptr.cast());
                                    lpcAdrTypes.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            QueryIdentity: {
                /// `IMAPISession::QueryIdentity`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
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
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::query_identity(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg1.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf1.into_raw_parts();
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
            Logoff: {
                /// `IMAPISession::Logoff`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    ulReserved: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <MAPISessionLogoffFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::logoff(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            ulReserved,
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
            SetDefaultStore: {
                /// `IMAPISession::SetDefaultStore`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        let arg2 = if lpEntryID.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cbEntryID` valid
                                // elements at `lpEntryID` (null, misaligned and
                                // oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpEntryID.cast(), cbEntryID as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::set_default_store(
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
            AdminServices: {
                /// `IMAPISession::AdminServices`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppServiceAdmin: *mut LPSERVICEADMIN,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppServiceAdmin.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppServiceAdmin, 0, 1) };
                        }
                        let arg0 = match <MAPISessionAdminServicesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppServiceAdmin.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::admin_services(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppServiceAdmin.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ShowForm: {
                /// `IMAPISession::ShowForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    lpMsgStore: crate::LPMDB,
                    lpParentFolder: crate::LPMAPIFOLDER,
                    lpInterface: crate::LPCIID,
                    ulMessageToken: crate::ULONG_PTR,
                    lpMessageSent: crate::LPMESSAGE,
                    ulFlags: crate::ULONG,
                    ulMessageStatus: crate::ULONG,
                    ulMessageFlags: crate::ULONG,
                    ulAccess: crate::ULONG,
                    lpszMessageClass: crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMsgStore,
                            >::from_borrowed(lpMsgStore.cast::<crate::IMsgStore>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(lpParentFolder.cast::<crate::IMAPIFolder>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
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
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg5 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessageSent.cast::<crate::IMessage>())
                        };
                        let arg6 = match <MAPISessionShowFormFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg10 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszMessageClass.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg10) = arg10 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::show_form(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            arg3.as_ref(),
                            ulMessageToken,
                            arg5,
                            arg6,
                            ulMessageStatus,
                            ulMessageFlags,
                            ulAccess,
                            arg10,
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
            PrepareForm: {
                /// `IMAPISession::PrepareForm`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    lpMessage: crate::LPMESSAGE,
                    lpulMessageToken: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPISessionImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulMessageToken.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulMessageToken, 0, 1) };
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
                        if lpulMessageToken.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPISessionImpl>::prepare_form(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulMessageToken.write(arg2) };
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
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPISession {
    const IIDS: &'static [u128] = &[
        0x00020300_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IAddrBook`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IAddrBookImpl`, the provider side of `IAddrBook`",
    label = "`IAddrBook` needs `impl IAddrBookImpl for {Self}`",
    note = "write `impl IAddrBookImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IAddrBookImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IAddrBook,
        0x00020309_0000_0000_c000_000000000046,
    > {
    /// Opens an address book entry (container, messaging user or
    /// distribution list) from its entry identifier.
    ///
    /// With no entry identifier (0/NULL) the root container of the address
    /// book hierarchy is opened. MAPI hands the call to the provider that
    /// owns the identifier. Check `lpulObjType` before casting `lppUnk`.
    ///
    /// Returns:
    /// - `S_OK`: the entry was opened.
    /// - `MAPI_E_NO_ACCESS`: the user lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: no entry has this identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider recognizes the identifier,
    ///   typically because the provider that owns it is not open.
    ///
    /// Called through slot 14 ([`IAddrBookVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: AddrBookOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two entry identifiers of one address book provider
    /// designate the same object.
    ///
    /// An object can have several valid identifiers (for instance after a
    /// provider upgrade). MAPI hands the comparison to the provider whose
    /// `MAPIUID` appears in the identifiers. If the call fails, take the most
    /// cautious course rather than acting on a result.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no address book provider recognizes one or
    ///   both identifiers.
    ///
    /// Called through slot 15 ([`IAddrBookVtbl::CompareEntryIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: AddrBookReservedFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers an advise sink for events on an address book container,
    /// messaging user or distribution list.
    ///
    /// MAPI forwards the registration to the provider that owns the entry,
    /// which handles it itself or through `IMAPISupport::Subscribe`. The sink's
    /// `OnNotify` may be called at any time afterwards, on any thread.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_INVALID_ENTRYID`: the provider could not register for this
    ///   entry.
    /// - `MAPI_E_NO_SUPPORT`: the provider does not support notifications.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider of the profile handles the
    ///   entry identifier.
    ///
    /// Called through slot 16 ([`IAddrBookVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        lpEntryID: &[u8],
        ulEventMask: AddrBookAdviseFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpEntryID, ulEventMask, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a notification registration made with `IAddrBook::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// Called through slot 17 ([`IAddrBookVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Builds an entry identifier for a one-off recipient, one that belongs
    /// to no container of the loaded address book providers.
    ///
    /// The address type may be any type that an active address book provider
    /// supports. Free the returned identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was created.
    ///
    /// Called through slot 18 ([`IAddrBookVtbl::CreateOneOff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_one_off(
        &self,
        lpszName: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszAdrType: crate::value::StrRef<'_>,
        lpszAddress: crate::value::StrRef<'_>,
        ulFlags: AddrBookCreateOneOffFlags,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszName, lpszAdrType, lpszAddress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a new recipient, either in an address book container or for
    /// the recipient list of an outgoing message, through a template dialog
    /// box.
    ///
    /// Without a container (0/NULL) the result is a one-off entry identifier,
    /// as `CreateOneOff` makes. Without a template (0/NULL) MAPI lets the user
    /// choose one from the one-off table. Free the returned identifier with
    /// `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the entry was created.
    ///
    /// Called through slot 19 ([`IAddrBookVtbl::NewEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn new_entry(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookNewEntryFlags,
        lpEIDContainer: ::core::option::Option<&[u8]>,
        lpEIDNewEntryTpl: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (ulUIParam, ulFlags, lpEIDContainer, lpEIDNewEntryTpl);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Resolves the unresolved recipients of an address list, giving each an
    /// entry identifier.
    ///
    /// A recipient is unresolved while it has no `PR_ENTRYID`. Addresses in
    /// SMTP form get a one-off identifier; the others are matched against the
    /// containers of the search path (`PR_AB_SEARCH_PATH`), through
    /// `IABContainer::ResolveNames` or a `PR_ANR` restriction. With
    /// `MAPI_DIALOG` the user settles ambiguous or unknown names. Resolved
    /// entries get their property arrays replaced, so each must have been
    /// allocated separately.
    ///
    /// Returns:
    /// - `S_OK`: every recipient was resolved.
    /// - `MAPI_E_AMBIGUOUS_RECIP`: a recipient matched several entries (usually
    ///   without `MAPI_DIALOG`).
    /// - `MAPI_E_NOT_FOUND`: a recipient could not be resolved (usually without
    ///   `MAPI_DIALOG`).
    ///
    /// Called through slot 20 ([`IAddrBookVtbl::ResolveName`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_name(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookResolveNameFlags,
        lpszNewEntryTitle: ::core::option::Option<crate::value::StrRef<'_>>,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, lpszNewEntryTitle, lpAdrList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows the common address book dialog box, in which the user builds or
    /// edits a recipient list.
    ///
    /// The returned `ADRLIST` has one `ADRENTRY` per recipient and can be
    /// passed to `IMessage::ModifyRecipients`. MAPI may free the list passed
    /// in and return one of a different size; allocate the list and each
    /// property array separately with `MAPIAllocateBuffer`. `DIALOG_SDI` in
    /// `lpAdrParms` (a modeless dialog returning its window at once) is
    /// honoured only by Outlook; other clients always get the modal dialog.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// Called through slot 21 ([`IAddrBookVtbl::Address`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpAdrParms` (`LPADRPARM`): Presentation and behaviour of the dialog box. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    ///
    /// `lppAdrList` (`LPADRLIST*`): In: the current recipients, or a null pointer; out: the updated recipient list. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn address(
        &self,
        lpulUIParam: &mut crate::ULONG_PTR,
        lpAdrParms: crate::LPADRPARM,
        lppAdrList: *mut crate::LPADRLIST,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulUIParam, lpAdrParms, lppAdrList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows a dialog box with the details of an address book entry.
    ///
    /// A caller-defined button can be added with `lpfButtonCallback`,
    /// `lpvButtonContext` and `lpszButtonText`; when it is clicked MAPI calls
    /// the callback with the context. `lpfnDismiss` is called when a modeless
    /// (`DIALOG_SDI`) dialog box is closed.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// Called through slot 22 ([`IAddrBookVtbl::Details`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
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
        ulFlags: AddrBookDetailsFlags,
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
    /// Shows a dialog box in which the user sets the per-recipient options
    /// (registered by transport providers) of one recipient.
    ///
    /// MAPI finds the recipient's `PR_ENTRYID` and `PR_ADDRTYPE`, then asks the
    /// transport that registered options for that address type for them. If
    /// the user changes an option, MAPI frees the old property values of the
    /// entry and allocates new ones. Use `QueryDefaultRecipOpt` to read the
    /// defaults without a dialog box.
    ///
    /// Returns:
    /// - `S_OK`: the options were shown.
    /// - `MAPI_W_ERRORS_RETURNED`: the call succeeded, but this recipient has
    ///   no options.
    ///
    /// Called through slot 23 ([`IAddrBookVtbl::RecipOptions`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpRecip` (`LPADRENTRY`): The recipient whose options are shown; its property values are replaced when options change. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn recip_options(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookRecipOptionsFlags,
        lpRecip: crate::LPADRENTRY,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, ulFlags, lpRecip);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the default recipient options that transport providers
    /// registered for an address type.
    ///
    /// Transports register them when MAPI calls `IXPLogon::RegisterOptions`;
    /// not every transport does. Free the returned array with
    /// `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the options were returned.
    ///
    /// Called through slot 24 ([`IAddrBookVtbl::QueryDefaultRecipOpt`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_default_recip_opt(
        &self,
        lpszAdrType: crate::value::StrRef<'_>,
        ulFlags: AddrBookReservedFlags,
    ) -> ::core::result::Result<crate::value::PropArray<'_>, crate::Hresult> {
        let _ = (lpszAdrType, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the entry identifier of the container designated as the
    /// personal address book (PAB).
    ///
    /// If the profile names no PAB, MAPI picks the first modifiable container
    /// of the hierarchy. Free the identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was returned.
    ///
    /// Called through slot 25 ([`IAddrBookVtbl::GetPAB`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_pab(&self) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Designates a container as the personal address book.
    ///
    /// Address book changes are not transacted: no `SaveChanges` is needed.
    ///
    /// Returns `S_OK` when the PAB was set.
    ///
    /// Called through slot 26 ([`IAddrBookVtbl::SetPAB`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_pab(&self, lpEntryID: &[u8]) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the entry identifier of the default container, the one shown
    /// first when the address book opens.
    ///
    /// If none was set with `SetDefaultDir`, MAPI uses the first container
    /// with names other than the PAB, or the PAB if there is none. Free the
    /// identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was returned.
    ///
    /// Called through slot 27 ([`IAddrBookVtbl::GetDefaultDir`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_default_dir(
        &self,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the default container of the address book.
    ///
    /// The change takes effect at once; no `SaveChanges` is needed.
    ///
    /// Returns `S_OK` when the default container was set.
    ///
    /// Called through slot 28 ([`IAddrBookVtbl::SetDefaultDir`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_default_dir(
        &self,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the search path: the ordered list of containers that
    /// `ResolveName` consults.
    ///
    /// Until `SetSearchPath` has been called, MAPI builds a default path from
    /// the hierarchy: the first read/write container (usually the PAB), then
    /// every container whose `PR_DISPLAY_TYPE` is `DT_GLOBAL`, then the
    /// default container if none was `DT_GLOBAL`. Afterwards the path saved in
    /// the profile is validated and returned. Free the rows with `FreeProws`.
    ///
    /// Returns `S_OK` when the search path was returned.
    ///
    /// Called through slot 29 ([`IAddrBookVtbl::GetSearchPath`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_search_path(
        &self,
        ulFlags: AddrBookGetSearchPathFlags,
    ) -> ::core::result::Result<
        ::std::vec::Vec<::std::vec::Vec<crate::value::Prop>>,
        crate::Hresult,
    > {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Saves a new search path for name resolution in the profile.
    ///
    /// The path persists across sessions and needs no `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the search path was set.
    /// - `MAPI_E_MISSING_REQUIRED_COLUMN`: a row lacks `PR_ENTRYID` as its
    ///   first property.
    ///
    /// Called through slot 30 ([`IAddrBookVtbl::SetSearchPath`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_search_path(
        &self,
        ulFlags: AddrBookReservedFlags,
        lpSearchPath: &[::std::vec::Vec<crate::value::PropRef<'_>>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpSearchPath);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares a recipient list for later use by the messaging system.
    ///
    /// MAPI converts short-term entry identifiers into long-term ones and
    /// fetches the requested properties from the owning providers, putting
    /// them first in each entry, ahead of the properties already there. A
    /// property a provider cannot supply comes back as `PT_ERROR` with a
    /// reason such as `MAPI_E_NOT_FOUND`. Each entry's property array must be
    /// allocated separately so that it can be replaced.
    ///
    /// Returns `S_OK` when the list was prepared.
    ///
    /// Called through slot 31 ([`IAddrBookVtbl::PrepareRecips`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn prepare_recips(
        &self,
        ulFlags: AddrBookPrepareRecipsFlags,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        lpRecipList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpPropTagArray, lpRecipList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IAddrBookVtbl {
    /// A vtable of [`IAddrBook`] whose slots check their arguments and call [`IAddrBookImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IAddrBookImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            OpenEntry: {
                /// `IAddrBook::OpenEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lpulObjType: *mut crate::ULONG,
                    lppUnk: *mut crate::LPUNKNOWN,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
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
                        let arg1 = if lpEntryID.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cbEntryID` valid
                                // elements at `lpEntryID` (null, misaligned and
                                // oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpEntryID.cast(), cbEntryID as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
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
                        let arg3 = match <AddrBookOpenEntryFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
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
                        match <O::Inner as IAddrBookImpl>::open_entry(
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
            CompareEntryIDs: {
                /// `IAddrBook::CompareEntryIDs`.
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
                    O::Inner: IAddrBookImpl,
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
                        let arg4 = match <AddrBookReservedFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IAddrBookImpl>::compare_entry_ids(
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
            Advise: {
                /// `IAddrBook::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulEventMask: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulConnection.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulConnection, 0, 1) };
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
                        let arg2 = match <AddrBookAdviseFlags as crate::FlagSet>::check_input_for(
                            ulEventMask,
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
                        match <O::Inner as IAddrBookImpl>::advise(
                            object.inner(),
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
            Unadvise: {
                /// `IAddrBook::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::unadvise(
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
            CreateOneOff: {
                /// `IAddrBook::CreateOneOff`.
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
                    O::Inner: IAddrBookImpl,
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
                        let arg3 = match <AddrBookCreateOneOffFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IAddrBookImpl>::create_one_off(
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
            NewEntry: {
                /// `IAddrBook::NewEntry`.
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
                    O::Inner: IAddrBookImpl,
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
                        let arg1 = match <AddrBookNewEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IAddrBookImpl>::new_entry(
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
            ResolveName: {
                /// `IAddrBook::ResolveName`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpszNewEntryTitle: crate::LPTSTR,
                    lpAdrList: crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <AddrBookResolveNameFlags as crate::FlagSet>::check_input_for(
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
                                lpszNewEntryTitle.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if lpAdrList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes an
                        // address list readable for the call; the view checks
                        // counts and values.
                        let __before3 = match unsafe {
                            crate::value::read_adr_list(lpAdrList.cast_const())
                        } {
                            ::core::result::Result::Ok(
                                ::core::option::Option::Some(v),
                            ) => v,
                            ::core::result::Result::Ok(::core::option::Option::None) => {
                                return crate::MAPI_E_INVALID_PARAMETER;
                            }
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let mut arg3 = __before3.clone();
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::resolve_name(
                            object.inner(),
                            ulUIParam,
                            arg1,
                            arg2,
                            &mut arg3,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                if arg3 != __before3 {
                                    if let ::core::result::Result::Err(e) = match <O as crate::ComObject>::allocator(
                                        object,
                                    ) {
                                        ::core::result::Result::Ok(__a) => {
                                            let __alloc = &__a;
                                            // SAFETY: the caller's list, checked
                                            // non-null and read above; its entries'
                                            // values are MAPI blocks of the caller's
                                            // allocator, which the object's is.
                                            unsafe {
                                                crate::value::update_adr_list(
                                                    __alloc,
                                                    lpAdrList,
                                                    &__before3,
                                                    &arg3,
                                                )
                                            }
                                        }
                                        ::core::result::Result::Err(__e) => {
                                            ::core::result::Result::Err(__e)
                                        }
                                    } {
                                        return e.0;
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
            Address: {
                /// `IAddrBook::Address`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulUIParam: *mut crate::ULONG_PTR,
                    lpAdrParms: crate::LPADRPARM,
                    lppAdrList: *mut crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
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
                            <O::Inner as IAddrBookImpl>::address(
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
                /// `IAddrBook::Details`.
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
                    O::Inner: IAddrBookImpl,
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
                        let arg8 = match <AddrBookDetailsFlags as crate::FlagSet>::check_input_for(
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
                            <O::Inner as IAddrBookImpl>::details(
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
            RecipOptions: {
                /// `IAddrBook::RecipOptions`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpRecip: crate::LPADRENTRY,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <AddrBookRecipOptionsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpRecip.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = ulUIParam;
                        let __c1 = arg1;
                        let __c2 = lpRecip;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IAddrBookImpl>::recip_options(
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
            QueryDefaultRecipOpt: {
                /// `IAddrBook::QueryDefaultRecipOpt`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszAdrType: crate::LPSTR,
                    ulFlags: crate::ULONG,
                    lpcValues: *mut crate::ULONG,
                    lppOptions: *mut crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcValues.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcValues, 0, 1) };
                        }
                        if !lppOptions.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppOptions, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszAdrType.cast_const().cast(),
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
                        let arg1 = match <AddrBookReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcValues.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppOptions.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::query_default_recip_opt(
                            object.inner(),
                            arg0,
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
                                    lppOptions.write(__ptr.cast());
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
            GetPAB: {
                /// `IAddrBook::GetPAB`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
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
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::get_pab(object.inner()) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg1.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf1.into_raw_parts();
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
            SetPAB: {
                /// `IAddrBook::SetPAB`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::set_pab(
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
            GetDefaultDir: {
                /// `IAddrBook::GetDefaultDir`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
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
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::get_default_dir(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                let __buf1 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg1.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf1.into_raw_parts();
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
            SetDefaultDir: {
                /// `IAddrBook::SetDefaultDir`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::set_default_dir(
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
            GetSearchPath: {
                /// `IAddrBook::GetSearchPath`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppSearchPath: *mut crate::LPSRowSet,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        if !lppSearchPath.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppSearchPath, 0, 1) };
                        }
                        let arg0 = match <AddrBookGetSearchPathFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppSearchPath.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::get_search_path(
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
                                        crate::value::write_row_set(__alloc, &arg1)
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
                                unsafe { lppSearchPath.write(__buf1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetSearchPath: {
                /// `IAddrBook::SetSearchPath`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpSearchPath: crate::LPSRowSet,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <AddrBookReservedFlags as crate::FlagSet>::check_input_for(
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
                                lpSearchPath.cast_const().cast(),
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
                        match <O::Inner as IAddrBookImpl>::set_search_path(
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
            PrepareRecips: {
                /// `IAddrBook::PrepareRecips`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpPropTagArray: crate::LPSPropTagArray,
                    lpRecipList: crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IAddrBookImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <AddrBookPrepareRecipsFlags as crate::FlagSet>::check_input_for(
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
                            crate::value::TagArray::from_raw(
                                lpPropTagArray.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if lpRecipList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes an
                        // address list readable for the call; the view checks
                        // counts and values.
                        let __before2 = match unsafe {
                            crate::value::read_adr_list(lpRecipList.cast_const())
                        } {
                            ::core::result::Result::Ok(
                                ::core::option::Option::Some(v),
                            ) => v,
                            ::core::result::Result::Ok(::core::option::Option::None) => {
                                return crate::MAPI_E_INVALID_PARAMETER;
                            }
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let mut arg2 = __before2.clone();
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IAddrBookImpl>::prepare_recips(
                            object.inner(),
                            arg0,
                            arg1.as_deref(),
                            &mut arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                if arg2 != __before2 {
                                    if let ::core::result::Result::Err(e) = match <O as crate::ComObject>::allocator(
                                        object,
                                    ) {
                                        ::core::result::Result::Ok(__a) => {
                                            let __alloc = &__a;
                                            // SAFETY: the caller's list, checked
                                            // non-null and read above; its entries'
                                            // values are MAPI blocks of the caller's
                                            // allocator, which the object's is.
                                            unsafe {
                                                crate::value::update_adr_list(
                                                    __alloc,
                                                    lpRecipList,
                                                    &__before2,
                                                    &arg2,
                                                )
                                            }
                                        }
                                        ::core::result::Result::Err(__e) => {
                                            ::core::result::Result::Err(__e)
                                        }
                                    } {
                                        return e.0;
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
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IAddrBook {
    const IIDS: &'static [u128] = &[
        0x00020309_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IProviderAdmin`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IProviderAdminImpl`, the provider side of `IProviderAdmin`",
    label = "`IProviderAdmin` needs `impl IProviderAdminImpl for {Self}`",
    note = "write `impl IProviderAdminImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IProviderAdminImpl: crate::__private::Declares<
        IProviderAdmin,
        0x00020325_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error of the provider
    /// administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
    ///
    /// Called through slot 3 ([`IProviderAdminVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ProviderAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the provider table of the message service, one row per
    /// service provider.
    ///
    /// Unlike the table of `IMsgServiceAdmin::GetProviderTable`, it may hold
    /// extra rows for additional profile sections a provider declared with the
    /// `Sections` keyword of MAPISVC.INF; restrict on `PR_RESOURCE_TYPE` to
    /// skip them, and sort on `PR_PROVIDER_ORDINAL` for transport order. The
    /// table is a snapshot and omits providers deleted or marked for deletion.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// Called through slot 4 ([`IProviderAdminVtbl::GetProviderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_provider_table(
        &self,
        ulFlags: ProviderAdminGetProviderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a service provider to the message service.
    ///
    /// The name must be one of the service's providers; it is not checked, and
    /// a wrong name gives unpredictable results. After copying what MAPISVC.INF
    /// holds about the provider into the profile, MAPI calls the service's
    /// entry point with `MSG_SERVICE_PROVIDER_CREATE`.
    ///
    /// Returns:
    /// - `S_OK`: the provider was added.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// Called through slot 5 ([`IProviderAdminVtbl::CreateProvider`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_provider(
        &self,
        lpszProvider: crate::value::StrRef<'_>,
        lpProps: ::core::option::Option<&[crate::value::PropRef<'_>]>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProviderAdminCreateProviderFlags,
    ) -> ::core::result::Result<crate::MAPIUID, crate::Hresult> {
        let _ = (lpszProvider, lpProps, ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a service provider from the message service.
    ///
    /// MAPI first calls the service's entry point with
    /// `MSG_SERVICE_PROVIDER_DELETE`, then removes the provider's profile
    /// section. A provider in use is only marked for deletion and removed when
    /// the profile is no longer in use.
    ///
    /// Returns:
    /// - `S_OK`: the provider was deleted or marked for deletion.
    /// - `MAPI_E_NOT_FOUND`: no provider of the service has this identifier.
    ///
    /// Called through slot 6 ([`IProviderAdminVtbl::DeleteProvider`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_provider(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a section of the current profile.
    ///
    /// Many callers may hold a section open read-only at once, but a section
    /// open for writing cannot be opened again in any mode. Opening an unknown
    /// section with `MAPI_MODIFY` creates it; read-only, it fails with
    /// `MAPI_E_NOT_FOUND`. Clients cannot open sections that belong to a
    /// provider.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller may not open the section this way.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// Called through slot 7 ([`IProviderAdminVtbl::OpenProfileSection`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_profile_section(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: ProviderAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (lpUID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IProviderAdminVtbl {
    /// A vtable of [`IProviderAdmin`] whose slots check their arguments and call [`IProviderAdminImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IProviderAdminImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IProviderAdmin::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IProviderAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ProviderAdminGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IProviderAdminImpl>::get_last_error(
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
            GetProviderTable: {
                /// `IProviderAdmin::GetProviderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IProviderAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <ProviderAdminGetProviderTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IProviderAdminImpl>::get_provider_table(
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
            CreateProvider: {
                /// `IProviderAdmin::CreateProvider`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszProvider: crate::LPTSTR,
                    cValues: crate::ULONG,
                    lpProps: crate::LPSPropValue,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpUID: *mut crate::MAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IProviderAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lpUID.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpUID, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszProvider.cast_const().cast(),
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
                        let arg2 = if lpProps.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cValues` elements at a
                            // non-null `lpProps`, readable for the call; the
                            // view checks the count and reads each element as
                            // its type says.
                            let arg2 = match unsafe {
                                crate::value::PropRef::slice_from_raw(
                                    lpProps.cast_const().cast(),
                                    cValues,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg2)
                        };
                        let arg4 = match <ProviderAdminCreateProviderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpUID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProviderAdminImpl>::create_provider(
                            object.inner(),
                            arg0,
                            arg2.as_deref(),
                            ulUIParam,
                            arg4,
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpUID.write(arg5) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteProvider: {
                /// `IProviderAdmin::DeleteProvider`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IProviderAdminImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProviderAdminImpl>::delete_provider(
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
            OpenProfileSection: {
                /// `IProviderAdmin::OpenProfileSection`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppProfSect: *mut crate::LPPROFSECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IProviderAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProfSect.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProfSect, 0, 1) };
                        }
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
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
                        let arg2 = match <ProviderAdminOpenProfileSectionFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProfSect.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProviderAdminImpl>::open_profile_section(
                            object.inner(),
                            arg0.as_ref(),
                            arg1.as_ref(),
                            arg2,
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
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppProfSect.write(p.cast()) }
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
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IProviderAdmin {
    const IIDS: &'static [u128] = &[
        0x00020325_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// The provider side of [`IMsgServiceAdmin`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMsgServiceAdminImpl`, the provider side of `IMsgServiceAdmin`",
    label = "`IMsgServiceAdmin` needs `impl IMsgServiceAdminImpl for {Self}`",
    note = "write `impl IMsgServiceAdminImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMsgServiceAdminImpl: crate::__private::Declares<
        IMsgServiceAdmin,
        0x0002031d_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error of the message
    /// service administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
    ///
    /// Called through slot 3 ([`IMsgServiceAdminVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MsgServiceAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the message service table, one row per message service of the
    /// profile.
    ///
    /// The table is a snapshot: services added or removed later do not show.
    /// A profile without services gives a table with no rows.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 4 ([`IMsgServiceAdminVtbl::GetMsgServiceTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_msg_service_table(
        &self,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a message service to the profile. Deprecated in favour of
    /// `IMsgServiceAdmin2::CreateMsgServiceEx`, which also returns the new
    /// service's identifier.
    ///
    /// MAPI creates a profile section for the service and one per provider,
    /// copies what MAPISVC.INF says about them, then calls the service's entry
    /// point with `MSG_SERVICE_CREATE` (passing the window and flags on when
    /// user interface is allowed).
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// Called through slot 5 ([`IMsgServiceAdminVtbl::CreateMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_msg_service(
        &self,
        lpszService: crate::value::StrRef<'_>,
        lpszDisplayName: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminCreateMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszService, lpszDisplayName, ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes a message service, and all its profile sections, from the
    /// profile.
    ///
    /// MAPI first calls the service's entry point with `MSG_SERVICE_DELETE`
    /// so that it can clean up, then deletes the service and its sections.
    /// Take the identifier from the `PR_SERVICE_UID` column of the message
    /// service table.
    ///
    /// Returns:
    /// - `S_OK`: the service was deleted.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// Called through slot 6 ([`IMsgServiceAdminVtbl::DeleteMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies a message service into a profile, the current one or another.
    ///
    /// The copy keeps the original's configuration; the service's entry
    /// point is not called. Use `ConfigureMsgService` to change the copy.
    ///
    /// Returns:
    /// - `S_OK`: the service was copied.
    /// - `MAPI_E_NO_ACCESS`: the service is already in the target profile and
    ///   allows only one instance.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// Called through slot 7 ([`IMsgServiceAdminVtbl::CopyMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        lpszDisplayName: ::core::option::Option<crate::value::StrRef<'_>>,
        lpInterfaceToCopy: ::core::option::Option<&crate::GUID>,
        lpInterfaceDst: ::core::option::Option<&crate::GUID>,
        lpObjectDst: crate::ComPtr<crate::IUnknown>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminCopyMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpUID,
            lpszDisplayName,
            lpInterfaceToCopy,
            lpInterfaceDst,
            lpObjectDst,
            ulUIParam,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Gives a message service a new name. Deprecated and not supported:
    /// change the service's `PR_SERVICE_NAME` instead.
    ///
    /// Always returns `MAPI_E_NO_SUPPORT`.
    ///
    /// Called through slot 8 ([`IMsgServiceAdminVtbl::RenameMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn rename_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminReservedFlags,
        lpszDisplayName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID, ulFlags, lpszDisplayName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Configures a message service, with or without its property sheet.
    ///
    /// To configure without user interface, pass every needed property in
    /// `lpProps` (services usually publish a header of their property tags)
    /// and give none of the UI flags; a service left without required data is
    /// unconfigured. Take the identifier from the `PR_SERVICE_UID` column of
    /// the message service table.
    ///
    /// Returns:
    /// - `S_OK`: the service was configured.
    /// - `MAPI_E_EXTENDED_ERROR`: a service-specific error; call `GetLastError`
    ///   for details.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    /// - `MAPI_E_NOT_INITIALIZED`: the service has no entry point function.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled the property sheet.
    ///
    /// Called through slot 9 ([`IMsgServiceAdminVtbl::ConfigureMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn configure_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminConfigureMsgServiceFlags,
        lpProps: ::core::option::Option<&[crate::value::PropRef<'_>]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID, ulUIParam, ulFlags, lpProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a section of the profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// Called through slot 10 ([`IMsgServiceAdminVtbl::OpenProfileSection`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_profile_section(
        &self,
        lpUID: &crate::MAPIUID,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MsgServiceAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (lpUID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the order in which transport providers are offered outgoing
    /// messages.
    ///
    /// The list must name every transport of the profile, by the
    /// `PR_PROVIDER_UID` values of the provider table, in the wanted order. It
    /// overrides preferences such as `STATUS_XP_PREFER_LAST`.
    ///
    /// Returns:
    /// - `S_OK`: the order was set.
    /// - `MAPI_E_BUSY`: `cUID` is not the number of transports in the profile.
    /// - `MAPI_E_NOT_FOUND`: an identifier names no transport of the profile.
    ///
    /// Called through slot 11 ([`IMsgServiceAdminVtbl::MsgServiceTransportOrder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn msg_service_transport_order(
        &self,
        lpUIDList: &[crate::MAPIUID],
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUIDList, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a provider administration object for one message service, to
    /// add, remove or inspect its providers and open their profile sections.
    ///
    /// Most services do not accept changes to their providers while the
    /// profile is in use. Take the identifier from the `PR_SERVICE_UID` column
    /// of the message service table.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// Called through slot 12 ([`IMsgServiceAdminVtbl::AdminProviders`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn admin_providers(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<IProviderAdmin>, crate::Hresult> {
        let _ = (lpUID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes a message service the supplier of the profile's primary
    /// identity, or clears it.
    ///
    /// The providers of that service set `PR_IDENTITY_DISPLAY`,
    /// `PR_IDENTITY_ENTRYID` and `PR_IDENTITY_SEARCH_KEY` to the user that is
    /// the identity (returned by `IMAPISession::QueryIdentity`); MAPI updates
    /// the `SERVICE_PRIMARY_IDENTITY`/`SERVICE_NO_PRIMARY_IDENTITY` bits of the
    /// services' `PR_RESOURCE_FLAGS`.
    ///
    /// Returns:
    /// - `S_OK`: the primary identity was set.
    /// - `MAPI_E_NO_ACCESS`: the service has `SERVICE_NO_PRIMARY_IDENTITY` set.
    ///
    /// Called through slot 13 ([`IMsgServiceAdminVtbl::SetPrimaryIdentity`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_primary_identity(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the provider table of the profile, one row per address book,
    /// store and transport provider.
    ///
    /// Unlike `IProviderAdmin::GetProviderTable`, it holds no extra rows for
    /// additional profile sections. It is a snapshot and omits providers
    /// deleted or marked for deletion. For transport order, restrict on
    /// `PR_RESOURCE_TYPE` = `MAPI_TRANSPORT_PROVIDER` and sort on
    /// `PR_PROVIDER_ORDINAL`.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// Called through slot 14 ([`IMsgServiceAdminVtbl::GetProviderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_provider_table(
        &self,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
impl IMsgServiceAdminVtbl {
    /// A vtable of [`IMsgServiceAdmin`] whose slots check their arguments and call [`IMsgServiceAdminImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMsgServiceAdminImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMsgServiceAdmin::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MsgServiceAdminGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgServiceAdminImpl>::get_last_error(
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
            GetMsgServiceTable: {
                /// `IMsgServiceAdmin::GetMsgServiceTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgServiceAdminImpl>::get_msg_service_table(
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
            CreateMsgService: {
                /// `IMsgServiceAdmin::CreateMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszService: crate::LPTSTR,
                    lpszDisplayName: crate::LPTSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszService.cast_const().cast(),
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
                                lpszDisplayName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <MsgServiceAdminCreateMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::create_msg_service(
                            object.inner(),
                            arg0,
                            arg1,
                            ulUIParam,
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
            DeleteMsgService: {
                /// `IMsgServiceAdmin::DeleteMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::delete_msg_service(
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
            CopyMsgService: {
                /// `IMsgServiceAdmin::CopyMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    lpszDisplayName: crate::LPSTR,
                    lpInterfaceToCopy: crate::LPCIID,
                    lpInterfaceDst: crate::LPCIID,
                    lpObjectDst: crate::LPVOID,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszDisplayName.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = if lpInterfaceToCopy.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterfaceToCopy.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg3 = if lpInterfaceDst.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterfaceDst.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpObjectDst.cast())
                        };
                        let ::core::option::Option::Some(arg4) = arg4 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg6 = match <MsgServiceAdminCopyMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::copy_msg_service(
                            object.inner(),
                            &arg0,
                            arg1,
                            arg2.as_ref(),
                            arg3.as_ref(),
                            arg4,
                            ulUIParam,
                            arg6,
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
            RenameMsgService: {
                /// `IMsgServiceAdmin::RenameMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                    lpszDisplayName: crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszDisplayName.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::rename_msg_service(
                            object.inner(),
                            &arg0,
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
            ConfigureMsgService: {
                /// `IMsgServiceAdmin::ConfigureMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    cValues: crate::ULONG,
                    lpProps: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <MsgServiceAdminConfigureMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg4 = if lpProps.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cValues` elements at a
                            // non-null `lpProps`, readable for the call; the
                            // view checks the count and reads each element as
                            // its type says.
                            let arg4 = match unsafe {
                                crate::value::PropRef::slice_from_raw(
                                    lpProps.cast_const().cast(),
                                    cValues,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg4)
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::configure_msg_service(
                            object.inner(),
                            &arg0,
                            ulUIParam,
                            arg2,
                            arg4.as_deref(),
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
                /// `IMsgServiceAdmin::OpenProfileSection`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppProfSect: *mut crate::LPPROFSECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProfSect.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProfSect, 0, 1) };
                        }
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
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
                        let arg2 = match <MsgServiceAdminOpenProfileSectionFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProfSect.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::open_profile_section(
                            object.inner(),
                            &arg0,
                            arg1.as_ref(),
                            arg2,
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
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppProfSect.write(p.cast()) }
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
            MsgServiceTransportOrder: {
                /// `IMsgServiceAdmin::MsgServiceTransportOrder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cUID: crate::ULONG,
                    lpUIDList: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cUID` valid elements at
                        // `lpUIDList` (null, misaligned and oversized are
                        // checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                crate::MAPIUID,
                            >(lpUIDList.cast(), cUID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match <MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::msg_service_transport_order(
                            object.inner(),
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
            AdminProviders: {
                /// `IMsgServiceAdmin::AdminProviders`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                    lppProviderAdmin: *mut LPPROVIDERADMIN,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppProviderAdmin.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProviderAdmin, 0, 1) };
                        }
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProviderAdmin.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::admin_providers(
                            object.inner(),
                            &arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppProviderAdmin.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetPrimaryIdentity: {
                /// `IMsgServiceAdmin::SetPrimaryIdentity`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let arg1 = match <MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdminImpl>::set_primary_identity(
                            object.inner(),
                            arg0.as_ref(),
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
            GetProviderTable: {
                /// `IMsgServiceAdmin::GetProviderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgServiceAdminImpl>::get_provider_table(
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
        }
    }
}
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMsgServiceAdmin {
    const IIDS: &'static [u128] = &[
        0x0002031d_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "session"))]
/// The provider side of [`IProfAdmin`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IProfAdminImpl`, the provider side of `IProfAdmin`",
    label = "`IProfAdmin` needs `impl IProfAdminImpl for {Self}`",
    note = "write `impl IProfAdminImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IProfAdminImpl: crate::__private::Declares<
        IProfAdmin,
        0x0002031c_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error of the profile
    /// administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
    ///
    /// Called through slot 3 ([`IProfAdminVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ProfAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the profile table: one row per profile, with its display name
    /// and whether it is the default.
    ///
    /// The table is a snapshot and omits profiles deleted or marked for
    /// deletion; with no profiles it has no rows.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 4 ([`IProfAdminVtbl::GetProfileTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_profile_table(
        &self,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a new profile.
    ///
    /// With `MAPI_DEFAULT_SERVICES` MAPI calls the entry point of each default
    /// service with `MSG_SERVICE_CREATE`, after copying what MAPISVC.INF holds
    /// into the profile; with `MAPI_DIALOG` too, the window and flags are
    /// passed on so that services can show their property sheets.
    ///
    /// Returns:
    /// - `S_OK`: the profile was created.
    /// - `MAPI_E_NO_ACCESS`: a profile with this name already exists.
    ///
    /// Called through slot 5 ([`IProfAdminVtbl::CreateProfile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_profile(
        &self,
        lpszProfileName: crate::value::StrRef<'_>,
        lpszPassword: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminCreateProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszProfileName, lpszPassword, ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes a profile.
    ///
    /// A profile in use is only marked for deletion and removed when its last
    /// session ends. MAPI calls the entry point of each of its services with
    /// `MSG_SERVICE_DELETE`. No password is needed.
    ///
    /// Returns:
    /// - `S_OK`: the profile was deleted or marked for deletion.
    /// - `MAPI_E_NOT_FOUND`: the profile does not exist.
    ///
    /// Called through slot 6 ([`IProfAdminVtbl::DeleteProfile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_profile(
        &self,
        lpszProfileName: crate::value::StrRef<'_>,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszProfileName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the password of a profile. Deprecated: MAPI does not support
    /// profile passwords, and the call does nothing.
    ///
    /// Always returns `S_OK`.
    ///
    /// Called through slot 7 ([`IProfAdminVtbl::ChangeProfilePassword`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn change_profile_password(
        &self,
        lpszProfileName: crate::value::StrRef<'_>,
        lpszOldPassword: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszNewPassword: ::core::option::Option<crate::value::StrRef<'_>>,
        ulFlags: ProfAdminChangeProfilePasswordFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszProfileName, lpszOldPassword, lpszNewPassword, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies a profile under a new name.
    ///
    /// Returns:
    /// - `S_OK`: the profile was copied.
    /// - `MAPI_E_ACCESS_DENIED`: a profile with the new name already exists.
    /// - `MAPI_E_LOGON_FAILED`: the password is wrong and no dialog box could
    ///   ask for it (no `MAPI_DIALOG`).
    /// - `MAPI_E_NOT_FOUND`: the profile to copy does not exist.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// Called through slot 8 ([`IProfAdminVtbl::CopyProfile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_profile(
        &self,
        lpszOldProfileName: crate::value::StrRef<'_>,
        lpszOldPassword: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszNewProfileName: crate::value::StrRef<'_>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminCopyProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpszOldProfileName,
            lpszOldPassword,
            lpszNewProfileName,
            ulUIParam,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Gives a profile a new name.
    ///
    /// A profile in use is only marked and renamed once it is no longer used;
    /// the call still returns `S_OK`.
    ///
    /// Returns:
    /// - `S_OK`: the profile was renamed or marked for renaming.
    /// - `MAPI_E_LOGON_FAILED`: the password is wrong.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// Called through slot 9 ([`IProfAdminVtbl::RenameProfile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn rename_profile(
        &self,
        lpszOldProfileName: crate::value::StrRef<'_>,
        lpszOldPassword: ::core::option::Option<crate::value::StrRef<'_>>,
        lpszNewProfileName: crate::value::StrRef<'_>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpszOldProfileName,
            lpszOldPassword,
            lpszNewProfileName,
            ulUIParam,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes a profile the default one, or clears the default.
    ///
    /// The default profile is used when a client logs on with
    /// `MAPI_USE_DEFAULT`; its `PR_DEFAULT_PROFILE` is set to TRUE.
    ///
    /// Returns:
    /// - `S_OK`: the default was set or cleared.
    /// - `MAPI_E_NOT_FOUND`: the profile does not exist.
    ///
    /// Called through slot 10 ([`IProfAdminVtbl::SetDefaultProfile`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_default_profile(
        &self,
        lpszProfileName: ::core::option::Option<crate::value::StrRef<'_>>,
        ulFlags: ProfAdminSetDefaultProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszProfileName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a message service administration object for an existing
    /// profile.
    ///
    /// Unlike `IMAPISession::AdminServices` it needs no session and loads no
    /// provider, so configuration programs should prefer it. It cannot create
    /// a profile.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_LOGON_FAILED`: the profile does not exist, or the password is
    ///   wrong and no dialog box could ask for it (no `MAPI_DIALOG`).
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// Called through slot 11 ([`IProfAdminVtbl::AdminServices`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn admin_services(
        &self,
        lpszProfileName: crate::value::StrRef<'_>,
        lpszPassword: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminAdminServicesFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMsgServiceAdmin>, crate::Hresult> {
        let _ = (lpszProfileName, lpszPassword, ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "session"))]
impl IProfAdminVtbl {
    /// A vtable of [`IProfAdmin`] whose slots check their arguments and call [`IProfAdminImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IProfAdminImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IProfAdmin::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ProfAdminGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IProfAdminImpl>::get_last_error(
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
            GetProfileTable: {
                /// `IProfAdmin::GetProfileTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <ProfAdminReservedFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IProfAdminImpl>::get_profile_table(
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
            CreateProfile: {
                /// `IProfAdmin::CreateProfile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszProfileName: crate::LPSTR,
                    lpszPassword: crate::LPSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszProfileName.cast_const().cast(),
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszPassword.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <ProfAdminCreateProfileFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::create_profile(
                            object.inner(),
                            arg0,
                            arg1,
                            ulUIParam,
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
            DeleteProfile: {
                /// `IProfAdmin::DeleteProfile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszProfileName: crate::LPSTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszProfileName.cast_const().cast(),
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
                        let arg1 = match <ProfAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::delete_profile(
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
            ChangeProfilePassword: {
                /// `IProfAdmin::ChangeProfilePassword`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszProfileName: crate::LPTSTR,
                    lpszOldPassword: crate::LPTSTR,
                    lpszNewPassword: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
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
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszOldPassword.cast_const().cast(),
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
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszNewPassword.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <ProfAdminChangeProfilePasswordFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::change_profile_password(
                            object.inner(),
                            arg0,
                            arg1,
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
            CopyProfile: {
                /// `IProfAdmin::CopyProfile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszOldProfileName: crate::LPSTR,
                    lpszOldPassword: crate::LPSTR,
                    lpszNewProfileName: crate::LPSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszOldProfileName.cast_const().cast(),
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszOldPassword.cast_const().cast(),
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
                                lpszNewProfileName.cast_const().cast(),
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
                        let arg4 = match <ProfAdminCopyProfileFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::copy_profile(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            ulUIParam,
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
            RenameProfile: {
                /// `IProfAdmin::RenameProfile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszOldProfileName: crate::LPSTR,
                    lpszOldPassword: crate::LPSTR,
                    lpszNewProfileName: crate::LPSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszOldProfileName.cast_const().cast(),
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszOldPassword.cast_const().cast(),
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
                                lpszNewProfileName.cast_const().cast(),
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
                        let arg4 = match <ProfAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::rename_profile(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            ulUIParam,
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
            SetDefaultProfile: {
                /// `IProfAdmin::SetDefaultProfile`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszProfileName: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
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
                        let arg1 = match <ProfAdminSetDefaultProfileFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::set_default_profile(
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
            AdminServices: {
                /// `IProfAdmin::AdminServices`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszProfileName: crate::LPTSTR,
                    lpszPassword: crate::LPTSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lppServiceAdmin: *mut LPSERVICEADMIN,
                ) -> crate::HRESULT
                where
                    O::Inner: IProfAdminImpl,
                {
                    crate::__private::guard(|| {
                        if !lppServiceAdmin.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppServiceAdmin, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
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
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszPassword.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <ProfAdminAdminServicesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppServiceAdmin.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IProfAdminImpl>::admin_services(
                            object.inner(),
                            arg0,
                            arg1,
                            ulUIParam,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppServiceAdmin.write(arg4.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "session"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IProfAdmin {
    const IIDS: &'static [u128] = &[
        0x0002031c_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "session"))]
/// The provider side of [`IMAPIClientShutdown`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIClientShutdownImpl`, the provider side of `IMAPIClientShutdown`",
    label = "`IMAPIClientShutdown` needs `impl IMAPIClientShutdownImpl for {Self}`",
    note = "write `impl IMAPIClientShutdownImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIClientShutdownImpl: crate::__private::Declares<
        IMAPIClientShutdown,
        0x00020397_0000_0000_c000_000000000046,
    > {
    /// Asks whether every loaded provider supports a fast shutdown.
    ///
    /// Returns `S_OK` if they do, `MAPI_E_NO_SUPPORT` if one does not (the
    /// client must then shut down the slow way).
    ///
    /// Called through slot 3 ([`IMAPIClientShutdownVtbl::QueryFastShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells MAPI, and through it the providers, that the client is about to
    /// shut down.
    ///
    /// Called through slot 4 ([`IMAPIClientShutdownVtbl::NotifyProcessShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn notify_process_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells MAPI, and through it the providers, that the client exits now;
    /// the providers save their data at once.
    ///
    /// Called through slot 5 ([`IMAPIClientShutdownVtbl::DoFastShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "session"))]
impl IMAPIClientShutdownVtbl {
    /// A vtable of [`IMAPIClientShutdown`] whose slots check their arguments and call [`IMAPIClientShutdownImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIClientShutdownImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            QueryFastShutdown: {
                /// `IMAPIClientShutdown::QueryFastShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIClientShutdownImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIClientShutdownImpl>::query_fast_shutdown(
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
            NotifyProcessShutdown: {
                /// `IMAPIClientShutdown::NotifyProcessShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIClientShutdownImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIClientShutdownImpl>::notify_process_shutdown(
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
            DoFastShutdown: {
                /// `IMAPIClientShutdown::DoFastShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIClientShutdownImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIClientShutdownImpl>::do_fast_shutdown(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "session"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIClientShutdown {
    const IIDS: &'static [u128] = &[
        0x00020397_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// SAFETY: `IMAPISession` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPISession {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// SAFETY: every interface begins with itself (`IMAPISession`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPISession> for IMAPISession {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// The caller side of [`IMAPISession`]: its methods, called through the vtable, on every `ComPtr` to `IMAPISession` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPISessionExt {
    /// Returns a `MAPIERROR` describing the last error of the session.
    ///
    /// When there is nothing useful to say, the method may succeed and set
    /// `*lppMAPIError` to null.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the session
    ///   does not support Unicode.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMAPISessionVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPISessionGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Returns the message store table, one row per message store of the
    /// session's profile.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was given and the session
    ///   does not support Unicode.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type of string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the message store table.
    ///
    /// Calls slot 4 of the vtable, [`IMAPISessionVtbl::GetMsgStoresTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_msg_stores_table(
        &self,
        ulFlags: MAPISessionGetMsgStoresTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Opens a message store.
    ///
    /// Returns:
    /// - `S_OK`: the store was opened.
    /// - `MAPI_W_ERRORS_RETURNED`: the store was opened but its provider has
    ///   error information; get it with `GetLastError`.
    /// - `MAPI_E_NO_ACCESS`: the user lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the store does not exist.
    /// - `MAPI_E_UNKNOWN_CPID`, `MAPI_E_UNKNOWN_LCID`: the server does not
    ///   support the client's code page or locale.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box shown.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the store (from the message store table); must not be null.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IMsgStore`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the store is opened.
    /// - `lppMDB` (`LPMDB*`, out): Receives the store.
    ///
    /// Calls slot 5 of the vtable, [`IMAPISessionVtbl::OpenMsgStore`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppMDB`.
    fn open_msg_store<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpEntryID: &[u8],
        ulFlags: MAPISessionOpenMsgStoreFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Opens the integrated address book of the session.
    ///
    /// Returns:
    /// - `S_OK`: the address book was opened.
    /// - `MAPI_W_ERRORS_RETURNED`: it was opened, but the containers of
    ///   some address book providers could not be.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the address book dialog boxes.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IAddrBook`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the opening.
    /// - `lppAdrBook` (`LPADRBOOK*`, out): Receives the address book.
    ///
    /// Calls slot 6 of the vtable, [`IMAPISessionVtbl::OpenAddressBook`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppAdrBook`.
    fn open_address_book<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionOpenAddressBookFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Opens a section of the session's profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller may not open this section.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// The reference also lists a `MAPI_FORCE_ACCESS` flag (open a section
    /// that belongs to another provider), which the headers do not define.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the profile section.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    ///
    /// Calls slot 7 of the vtable, [`IMAPISessionVtbl::OpenProfileSection`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppProfSect`.
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MAPISessionOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Returns the status table, one row per MAPI resource of the session
    /// (MAPI itself, the spooler, the address book, each provider).
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type of string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the status table.
    ///
    /// Calls slot 8 of the vtable, [`IMAPISessionVtbl::GetStatusTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_status_table(
        &self,
        ulFlags: MAPISessionGetStatusTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Opens any object of the session (folder, message, address book
    /// entry, ...) from its entry identifier.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or
    ///   asked to modify a read-only object.
    /// - `MAPI_E_NOT_FOUND`: no object has this entry identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider recognizes the entry
    ///   identifier (often because its provider is not open).
    ///
    /// **Notes to callers.** Use it only when you do not know what kind of
    /// object the identifier names; otherwise `IMsgStore::OpenEntry`,
    /// `IAddrBook::OpenEntry` or `IMAPIContainer::OpenEntry` is faster. For
    /// folders and messages of a public store use `IMsgStore::OpenEntry`, so
    /// that public folders behave when the profile has several Exchange
    /// accounts. Check `lpulObjType` before casting `lppUnk`.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard one.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    ///
    /// Calls slot 9 of the vtable, [`IMAPISessionVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: &[u8],
        ulFlags: MAPISessionOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Tells whether two entry identifiers designate the same object.
    ///
    /// MAPI hands the comparison to the provider that owns both
    /// identifiers.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: one or both identifiers do not designate
    ///   an object, possibly because it is not open and not available.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    ///
    /// Calls slot 10 of the vtable, [`IMAPISessionVtbl::CompareEntryIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulResult`.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MAPISessionCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Registers an advise sink for events on a store or address book
    /// object, or on the session itself.
    ///
    /// With `lpEntryID` null the registration concerns the session; MAPI
    /// then always includes critical errors, and `fnevExtended` reports the
    /// session shutting down. Otherwise MAPI forwards the registration to
    /// the provider that owns the entry identifier.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_INVALID_ENTRYID`: `lpEntryID` is not a valid entry
    ///   identifier.
    /// - `MAPI_E_NO_SUPPORT`: the provider does not support these events, or
    ///   notifications at all.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider of the profile handles the
    ///   entry identifier.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch; null for the session itself.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications; it must already exist.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    ///
    /// Calls slot 11 of the vtable, [`IMAPISessionVtbl::Advise`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulConnection`.
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MAPISessionAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a notification registration made with `IMAPISession::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    ///
    /// Calls slot 12 of the vtable, [`IMAPISessionVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Shows the per-message options of an address type for a message.
    ///
    /// No longer supported or documented by MAPI.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `lpszAdrType`.
    /// - `lpszAdrType` (`LPTSTR`, in): The address type whose options are shown.
    /// - `lpMessage` (`LPMESSAGE`, in): The message the options apply to.
    ///
    /// Calls slot 13 of the vtable, [`IMAPISessionVtbl::MessageOptions`]. In Rust:
    ///
    /// - `lpszAdrType` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn message_options(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionMessageOptionsFlags,
        lpszAdrType: &str,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the default per-message options of an address type.
    ///
    /// No longer supported or documented by MAPI.
    ///
    /// # Parameters
    ///
    /// - `lpszAdrType` (`LPTSTR`, in): The address type whose options are returned.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `lpszAdrType`.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of option values.
    /// - `lppOptions` (`LPSPropValue*`, out): Receives the option values.
    ///
    /// Calls slot 14 of the vtable, [`IMAPISessionVtbl::QueryDefaultMessageOpt`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszAdrType` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppOptions`.
    fn query_default_message_opt(
        &self,
        alloc: &crate::value::Allocator,
        lpszAdrType: &str,
        ulFlags: MAPISessionQueryDefaultMessageOptFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropValue>,
        crate::Hresult,
    >;
    /// Returns the address types that the transport providers of the
    /// session can handle. Deprecated.
    ///
    /// Returns `S_OK` when the address types were returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lpcAdrTypes` (`ULONG*`, out): Receives the number of address types.
    /// - `lpppszAdrTypes` (`LPTSTR**`, out): Receives the array of address type strings.
    ///
    /// Calls slot 15 of the vtable, [`IMAPISessionVtbl::EnumAdrTypes`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lpppszAdrTypes`.
    fn enum_adr_types(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPISessionEnumAdrTypesFlags,
    ) -> ::core::result::Result<crate::value::MapiStrings, crate::Hresult>;
    /// Returns the entry identifier of the object that gives the session its
    /// primary identity (usually a messaging user of an address book).
    ///
    /// Returns:
    /// - `S_OK`: the identity was returned.
    /// - `MAPI_W_NO_SERVICE`: the call succeeded, but the session has no
    ///   primary identity.
    ///
    /// # Parameters
    ///
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the primary identity.
    ///
    /// Calls slot 16 of the vtable, [`IMAPISessionVtbl::QueryIdentity`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppEntryID`.
    fn query_identity(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Ends the session.
    ///
    /// Returns `S_OK` when the session was ended.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box; ignored without `MAPI_LOGOFF_UI`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logoff.
    /// - `ulReserved` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 17 of the vtable, [`IMAPISessionVtbl::Logoff`].
    fn logoff(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionLogoffFlags,
        ulReserved: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Makes a message store the default store of the session, or gives it
    /// another special role.
    ///
    /// `ulFlags` holds exactly one of `MAPI_DEFAULT_STORE`,
    /// `MAPI_PRIMARY_STORE`, `MAPI_SECONDARY_STORE`,
    /// `MAPI_SIMPLE_STORE_PERMANENT` or `MAPI_SIMPLE_STORE_TEMPORARY`. These
    /// are small integers rather than bits (`MAPI_SIMPLE_STORE_PERMANENT`
    /// is 3), so the parameter has no flag group. The matching `STATUS_*`
    /// bit is set in the store's `PR_RESOURCE_FLAGS`.
    ///
    /// Returns `S_OK` when the store's role was set.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): The role to give the store: one `MAPI_*_STORE` value.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the store; null to have no default store.
    ///
    /// Calls slot 18 of the vtable, [`IMAPISessionVtbl::SetDefaultStore`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn set_default_store(
        &self,
        ulFlags: crate::ULONG,
        lpEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a message service administration object for changing the
    /// message services of the session's profile.
    ///
    /// Returns `S_OK` when the object was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppServiceAdmin` (`LPSERVICEADMIN*`, out): Receives the message service administration object.
    ///
    /// Calls slot 19 of the vtable, [`IMAPISessionVtbl::AdminServices`]. In Rust:
    ///
    /// - Returns `lppServiceAdmin`.
    fn admin_services(
        &self,
        ulFlags: MAPISessionAdminServicesFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMsgServiceAdmin>, crate::Hresult>;
    /// Shows a message in a form.
    ///
    /// The message must first be prepared with `PrepareForm`, which gives
    /// the token. The status, flags, access and class arguments are copied
    /// from the message's `PR_MSG_STATUS`, `PR_MESSAGE_FLAGS`, `PR_ACCESS`
    /// and `PR_MESSAGE_CLASS`.
    ///
    /// Returns:
    /// - `S_OK`: the form was shown.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the form.
    /// - `lpMsgStore` (`LPMDB`, in): Store holding `lpParentFolder`.
    /// - `lpParentFolder` (`LPMAPIFOLDER`, in): Folder in which the message was created.
    /// - `lpInterface` (`LPCIID`, in): Interface of the message; null or `IID_IMessage`.
    /// - `ulMessageToken` (`ULONG_PTR`, in): Token from the earlier `PrepareForm` call.
    /// - `lpMessageSent` (`LPMESSAGE`, in): Reserved; must be null.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how and whether the message is saved.
    /// - `ulMessageStatus` (`ULONG`, in): Copy of the message's `PR_MSG_STATUS`.
    /// - `ulMessageFlags` (`ULONG`, in): Copy of the message's `PR_MESSAGE_FLAGS`.
    /// - `ulAccess` (`ULONG`, in): Copy of the message's `PR_ACCESS`: the access level granted in the form.
    /// - `lpszMessageClass` (`LPSTR`, in): Message class of the message, from `PR_MESSAGE_CLASS` (always an 8-bit string).
    ///
    /// Calls slot 20 of the vtable, [`IMAPISessionVtbl::ShowForm`]. In Rust:
    ///
    /// - `lpszMessageClass` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn show_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpMsgStore: &crate::ComPtr<crate::IMsgStore>,
        lpParentFolder: &crate::ComPtr<crate::IMAPIFolder>,
        lpInterface: ::core::option::Option<&crate::IID>,
        ulMessageToken: crate::ULONG_PTR,
        lpMessageSent: ::core::option::Option<&crate::ComPtr<crate::IMessage>>,
        ulFlags: MAPISessionShowFormFlags,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
        ulAccess: crate::ULONG,
        lpszMessageClass: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Prepares a message for `ShowForm` and returns the token that
    /// designates it.
    ///
    /// Returns `S_OK` when the token was returned.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface of the message; null or `IID_IMessage`.
    /// - `lpMessage` (`LPMESSAGE`, in): The message to show in the form.
    /// - `lpulMessageToken` (`ULONG_PTR*`, out): Receives the token to pass to `ShowForm`.
    ///
    /// Calls slot 21 of the vtable, [`IMAPISessionVtbl::PrepareForm`]. In Rust:
    ///
    /// - Returns `lpulMessageToken`.
    fn prepare_form(
        &self,
        lpInterface: ::core::option::Option<&crate::IID>,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
#[automatically_derived]
impl<T: crate::Inherits<IMAPISession>> IMAPISessionExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MAPISessionGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
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
    fn get_msg_stores_table(
        &self,
        ulFlags: MAPISessionGetMsgStoresTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .GetMsgStoresTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn open_msg_store<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpEntryID: &[u8],
        ulFlags: MAPISessionOpenMsgStoreFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __s = lpEntryID;
        let (__a2, __a1): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::LPCIID = ::core::ptr::from_ref(&__iid3);
        let mut __a5: crate::LPMDB = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .OpenMsgStore)(
                self.as_raw().cast(),
                ulUIParam,
                __a1,
                __a2,
                __a3,
                ulFlags.bits(),
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r5 = unsafe { crate::ComPtr::<U>::from_raw(__a5.cast()) };
        let __r5 = __r5.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r5)
    }
    fn open_address_book<U: crate::Interface>(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionOpenAddressBookFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a3: LPADRBOOK = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .OpenAddressBook)(
                self.as_raw().cast(),
                ulUIParam,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MAPISessionOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a3: crate::LPPROFSECT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .OpenProfileSection)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn get_status_table(
        &self,
        ulFlags: MAPISessionGetStatusTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .GetStatusTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: &[u8],
        ulFlags: MAPISessionOpenEntryFlags,
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
                .base_vtable::<IMAPISession>()
                .OpenEntry)(
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
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r5 = unsafe { crate::ComPtr::<U>::from_raw(__a5.cast()) };
        let __r5 = __r5.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__a4, __r5))
    }
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MAPISessionCompareEntryIDsFlags,
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
                .base_vtable::<IMAPISession>()
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
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MAPISessionAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = match lpEntryID {
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
        let __r = lpAdviseSink;
        let __a3: crate::LPMAPIADVISESINK = __r.as_raw();
        let mut __a4: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .Advise)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulEventMask.bits(),
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .Unadvise)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn message_options(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionMessageOptionsFlags,
        lpszAdrType: &str,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = crate::__private::call::str_in(
            lpszAdrType,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __r = lpMessage;
        let __a3: crate::LPMESSAGE = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .MessageOptions)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_default_message_opt(
        &self,
        alloc: &crate::value::Allocator,
        lpszAdrType: &str,
        ulFlags: MAPISessionQueryDefaultMessageOptFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropValue>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(
            lpszAdrType,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPSPropValue = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .QueryDefaultMessageOpt)(
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
    fn enum_adr_types(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPISessionEnumAdrTypesFlags,
    ) -> ::core::result::Result<crate::value::MapiStrings, crate::Hresult> {
        let mut __a1: crate::ULONG = 0;
        let mut __a2: *mut crate::LPTSTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .EnumAdrTypes)(
                self.as_raw().cast(),
                ulFlags.bits(),
                &mut __a1,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given holding that many strings of the width the call asked for,
        // or null.
        let __r2 = unsafe {
            crate::__private::call::adopt_strings(
                alloc,
                __a2.cast(),
                __a1,
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        let __r2 = __r2?;
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn query_identity(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .QueryIdentity)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::ENTRYID>(),
                __a0,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn logoff(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MAPISessionLogoffFlags,
        ulReserved: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .Logoff)(self.as_raw().cast(), ulUIParam, ulFlags.bits(), ulReserved)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_default_store(
        &self,
        ulFlags: crate::ULONG,
        lpEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let (__a2, __a1): (crate::LPENTRYID, crate::ULONG) = match lpEntryID {
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
                .base_vtable::<IMAPISession>()
                .SetDefaultStore)(self.as_raw().cast(), ulFlags, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn admin_services(
        &self,
        ulFlags: MAPISessionAdminServicesFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMsgServiceAdmin>, crate::Hresult> {
        let mut __a1: LPSERVICEADMIN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .AdminServices)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<IMsgServiceAdmin>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn show_form(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpMsgStore: &crate::ComPtr<crate::IMsgStore>,
        lpParentFolder: &crate::ComPtr<crate::IMAPIFolder>,
        lpInterface: ::core::option::Option<&crate::IID>,
        ulMessageToken: crate::ULONG_PTR,
        lpMessageSent: ::core::option::Option<&crate::ComPtr<crate::IMessage>>,
        ulFlags: MAPISessionShowFormFlags,
        ulMessageStatus: crate::ULONG,
        ulMessageFlags: crate::ULONG,
        ulAccess: crate::ULONG,
        lpszMessageClass: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMsgStore;
        let __a1: crate::LPMDB = __r.as_raw();
        let __r = lpParentFolder;
        let __a2: crate::LPMAPIFOLDER = __r.as_raw();
        let __a3: crate::LPCIID = match lpInterface {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a5: crate::LPMESSAGE = match lpMessageSent {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b10 = crate::__private::call::str_in(lpszMessageClass, false)?;
        let __s = &__b10;
        let __a10: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .ShowForm)(
                self.as_raw().cast(),
                ulUIParam,
                __a1,
                __a2,
                __a3,
                ulMessageToken,
                __a5,
                ulFlags.bits(),
                ulMessageStatus,
                ulMessageFlags,
                ulAccess,
                __a10,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn prepare_form(
        &self,
        lpInterface: ::core::option::Option<&crate::IID>,
        lpMessage: &crate::ComPtr<crate::IMessage>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let __a0: crate::LPCIID = match lpInterface {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __r = lpMessage;
        let __a1: crate::LPMESSAGE = __r.as_raw();
        let mut __a2: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPISession>()
                .PrepareForm)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IAddrBook` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IAddrBook {}
#[cfg(feature = "client")]
/// SAFETY: `IAddrBook` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IAddrBook {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IAddrBook`).
#[automatically_derived]
unsafe impl crate::Inherits<IAddrBook> for IAddrBook {}
#[cfg(feature = "client")]
/// The caller side of [`IAddrBook`]: its methods, called through the vtable, on every `ComPtr` to `IAddrBook` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IAddrBookExt {
    /// Opens an address book entry (container, messaging user or
    /// distribution list) from its entry identifier.
    ///
    /// With no entry identifier (0/NULL) the root container of the address
    /// book hierarchy is opened. MAPI hands the call to the provider that
    /// owns the identifier. Check `lpulObjType` before casting `lppUnk`.
    ///
    /// Returns:
    /// - `S_OK`: the entry was opened.
    /// - `MAPI_E_NO_ACCESS`: the user lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: no entry has this identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider recognizes the identifier,
    ///   typically because the provider that owns it is not open.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open; null for the root container.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry (`MAPI_MAILUSER`, `MAPI_DISTLIST`, `MAPI_ABCONT`, ...).
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    ///
    /// Calls slot 14 of the vtable, [`IAddrBookVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: AddrBookOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Tells whether two entry identifiers of one address book provider
    /// designate the same object.
    ///
    /// An object can have several valid identifiers (for instance after a
    /// provider upgrade). MAPI hands the comparison to the provider whose
    /// `MAPIUID` appears in the identifiers. If the call fails, take the most
    /// cautious course rather than acting on a result.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no address book provider recognizes one or
    ///   both identifiers.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    ///
    /// Calls slot 15 of the vtable, [`IAddrBookVtbl::CompareEntryIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulResult`.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: AddrBookReservedFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Registers an advise sink for events on an address book container,
    /// messaging user or distribution list.
    ///
    /// MAPI forwards the registration to the provider that owns the entry,
    /// which handles it itself or through `IMAPISupport::Subscribe`. The sink's
    /// `OnNotify` may be called at any time afterwards, on any thread.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_INVALID_ENTRYID`: the provider could not register for this
    ///   entry.
    /// - `MAPI_E_NO_SUPPORT`: the provider does not support notifications.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: no provider of the profile handles the
    ///   entry identifier.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    ///
    /// Calls slot 16 of the vtable, [`IAddrBookVtbl::Advise`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulConnection`.
    fn advise(
        &self,
        lpEntryID: &[u8],
        ulEventMask: AddrBookAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a notification registration made with `IAddrBook::Advise`.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    ///
    /// Calls slot 17 of the vtable, [`IAddrBookVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Builds an entry identifier for a one-off recipient, one that belongs
    /// to no container of the loaded address book providers.
    ///
    /// The address type may be any type that an active address book provider
    /// supports. Free the returned identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was created.
    ///
    /// # Parameters
    ///
    /// - `lpszName` (`LPTSTR`, in): Display name of the recipient (its `PR_DISPLAY_NAME`); may be null.
    /// - `lpszAdrType` (`LPTSTR`, in): Address type of the recipient, such as `SMTP` or `FAX`.
    /// - `lpszAddress` (`LPTSTR`, in): Address of the recipient.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags affecting the one-off recipient.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the one-off entry identifier.
    ///
    /// Calls slot 18 of the vtable, [`IAddrBookVtbl::CreateOneOff`]. In Rust:
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
        ulFlags: AddrBookCreateOneOffFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Creates a new recipient, either in an address book container or for
    /// the recipient list of an outgoing message, through a template dialog
    /// box.
    ///
    /// Without a container (0/NULL) the result is a one-off entry identifier,
    /// as `CreateOneOff` makes. Without a template (0/NULL) MAPI lets the user
    /// choose one from the one-off table. Free the returned identifier with
    /// `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the entry was created.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of strings passed in.
    /// - `cbEIDContainer` (`ULONG`, in): Size in bytes of the container entry identifier, or 0.
    /// - `lpEIDContainer` (`LPENTRYID`, in): Container to receive the entry, or null for a message recipient.
    /// - `cbEIDNewEntryTpl` (`ULONG`, in): Size in bytes of the template entry identifier, or 0.
    /// - `lpEIDNewEntryTpl` (`LPENTRYID`, in): One-off template to create the entry with, or null to let the user choose.
    /// - `lpcbEIDNewEntry` (`ULONG*`, out): Receives the size in bytes of the new entry identifier; may be null if it is not wanted.
    /// - `lppEIDNewEntry` (`LPENTRYID*`, out): Receives the entry identifier of the new entry; may be null if it is not wanted.
    ///
    /// Calls slot 19 of the vtable, [`IAddrBookVtbl::NewEntry`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cbEIDContainer` is the length of `lpEIDContainer` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEIDNewEntryTpl` is the length of `lpEIDNewEntryTpl` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEIDNewEntry`.
    fn new_entry(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookNewEntryFlags,
        lpEIDContainer: ::core::option::Option<&[u8]>,
        lpEIDNewEntryTpl: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Resolves the unresolved recipients of an address list, giving each an
    /// entry identifier.
    ///
    /// A recipient is unresolved while it has no `PR_ENTRYID`. Addresses in
    /// SMTP form get a one-off identifier; the others are matched against the
    /// containers of the search path (`PR_AB_SEARCH_PATH`), through
    /// `IABContainer::ResolveNames` or a `PR_ANR` restriction. With
    /// `MAPI_DIALOG` the user settles ambiguous or unknown names. Resolved
    /// entries get their property arrays replaced, so each must have been
    /// allocated separately.
    ///
    /// Returns:
    /// - `S_OK`: every recipient was resolved.
    /// - `MAPI_E_AMBIGUOUS_RECIP`: a recipient matched several entries (usually
    ///   without `MAPI_DIALOG`).
    /// - `MAPI_E_NOT_FOUND`: a recipient could not be resolved (usually without
    ///   `MAPI_DIALOG`).
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box, if one is shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the resolution.
    /// - `lpszNewEntryTitle` (`LPTSTR`, in): Title of the dialog box control that prompts for a recipient; may be null.
    /// - `lpAdrList` (`LPADRLIST`, in, out): The recipients to resolve; resolved entries are updated in place.
    ///
    /// Calls slot 20 of the vtable, [`IAddrBookVtbl::ResolveName`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszNewEntryTitle` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpAdrList` is written with `alloc` for the call (the object may replace its entries, freeing and allocating them with its allocator, which must be `alloc`) and read back when the call succeeds.
    fn resolve_name(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookResolveNameFlags,
        lpszNewEntryTitle: ::core::option::Option<&str>,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Shows the common address book dialog box, in which the user builds or
    /// edits a recipient list.
    ///
    /// The returned `ADRLIST` has one `ADRENTRY` per recipient and can be
    /// passed to `IMessage::ModifyRecipients`. MAPI may free the list passed
    /// in and return one of a different size; allocate the list and each
    /// property array separately with `MAPIAllocateBuffer`. `DIALOG_SDI` in
    /// `lpAdrParms` (a modeless dialog returning its window at once) is
    /// honoured only by Outlook; other clients always get the modal dialog.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): In: handle of the parent window (required); out: the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpAdrParms` (`LPADRPARM`, in, out): Presentation and behaviour of the dialog box.
    /// - `lppAdrList` (`LPADRLIST*`, in, out): In: the current recipients, or a null pointer; out: the updated recipient list.
    ///
    /// Calls slot 21 of the vtable, [`IAddrBookVtbl::Address`].
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
    /// Shows a dialog box with the details of an address book entry.
    ///
    /// A caller-defined button can be added with `lpfButtonCallback`,
    /// `lpvButtonContext` and `lpszButtonText`; when it is clicked MAPI calls
    /// the callback with the context. `lpfnDismiss` is called when a modeless
    /// (`DIALOG_SDI`) dialog box is closed.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// # Parameters
    ///
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): Handle of the parent window of the dialog box; receives the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpfnDismiss` (`LPFNDISMISS`, in): Function called when a modeless dialog box is dismissed, or null.
    /// - `lpvDismissContext` (`LPVOID`, in): Context passed to `lpfnDismiss`.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry whose details are shown.
    /// - `lpfButtonCallback` (`LPFNBUTTON`, in): Function called when the added button is clicked, or null.
    /// - `lpvButtonContext` (`LPVOID`, in): Context passed to `lpfButtonCallback`.
    /// - `lpszButtonText` (`LPTSTR`, in): Label of the added button, or null when no button is wanted.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing the dialog kind and the string format.
    ///
    /// Calls slot 22 of the vtable, [`IAddrBookVtbl::Details`]. In Rust:
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
        ulFlags: AddrBookDetailsFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Shows a dialog box in which the user sets the per-recipient options
    /// (registered by transport providers) of one recipient.
    ///
    /// MAPI finds the recipient's `PR_ENTRYID` and `PR_ADDRTYPE`, then asks the
    /// transport that registered options for that address type for them. If
    /// the user changes an option, MAPI frees the old property values of the
    /// entry and allocates new ones. Use `QueryDefaultRecipOpt` to read the
    /// defaults without a dialog box.
    ///
    /// Returns:
    /// - `S_OK`: the options were shown.
    /// - `MAPI_W_ERRORS_RETURNED`: the call succeeded, but this recipient has
    ///   no options.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the dialog box.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of strings passed in.
    /// - `lpRecip` (`LPADRENTRY`, in, out): The recipient whose options are shown; its property values are replaced when options change.
    ///
    /// Calls slot 23 of the vtable, [`IAddrBookVtbl::RecipOptions`].
    ///
    /// # Safety
    ///
    /// - `lpRecip` (`LPADRENTRY`) must be valid for reads and writes as the parameter's documentation says, for the duration of the call.
    unsafe fn recip_options(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookRecipOptionsFlags,
        lpRecip: crate::LPADRENTRY,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the default recipient options that transport providers
    /// registered for an address type.
    ///
    /// Transports register them when MAPI calls `IXPLogon::RegisterOptions`;
    /// not every transport does. Free the returned array with
    /// `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the options were returned.
    ///
    /// # Parameters
    ///
    /// - `lpszAdrType` (`LPSTR`, in): The address type whose options are wanted; always an 8-bit string.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of option values.
    /// - `lppOptions` (`LPSPropValue*`, out): Receives the option values.
    ///
    /// Calls slot 24 of the vtable, [`IAddrBookVtbl::QueryDefaultRecipOpt`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszAdrType` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppOptions`.
    fn query_default_recip_opt(
        &self,
        alloc: &crate::value::Allocator,
        lpszAdrType: &str,
        ulFlags: AddrBookReservedFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropValue>,
        crate::Hresult,
    >;
    /// Returns the entry identifier of the container designated as the
    /// personal address book (PAB).
    ///
    /// If the profile names no PAB, MAPI picks the first modifiable container
    /// of the hierarchy. Free the identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was returned.
    ///
    /// # Parameters
    ///
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the PAB, or zero when no container is the PAB.
    ///
    /// Calls slot 25 of the vtable, [`IAddrBookVtbl::GetPAB`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppEntryID`.
    fn get_pab(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Designates a container as the personal address book.
    ///
    /// Address book changes are not transacted: no `SaveChanges` is needed.
    ///
    /// Returns `S_OK` when the PAB was set.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the container to use as the PAB.
    ///
    /// Calls slot 26 of the vtable, [`IAddrBookVtbl::SetPAB`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn set_pab(&self, lpEntryID: &[u8]) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the entry identifier of the default container, the one shown
    /// first when the address book opens.
    ///
    /// If none was set with `SetDefaultDir`, MAPI uses the first container
    /// with names other than the PAB, or the PAB if there is none. Free the
    /// identifier with `MAPIFreeBuffer`.
    ///
    /// Returns `S_OK` when the identifier was returned.
    ///
    /// # Parameters
    ///
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the default container.
    ///
    /// Calls slot 27 of the vtable, [`IAddrBookVtbl::GetDefaultDir`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppEntryID`.
    fn get_default_dir(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Sets the default container of the address book.
    ///
    /// The change takes effect at once; no `SaveChanges` is needed.
    ///
    /// Returns `S_OK` when the default container was set.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the container to make the default.
    ///
    /// Calls slot 28 of the vtable, [`IAddrBookVtbl::SetDefaultDir`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn set_default_dir(
        &self,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the search path: the ordered list of containers that
    /// `ResolveName` consults.
    ///
    /// Until `SetSearchPath` has been called, MAPI builds a default path from
    /// the hierarchy: the first read/write container (usually the PAB), then
    /// every container whose `PR_DISPLAY_TYPE` is `DT_GLOBAL`, then the
    /// default container if none was `DT_GLOBAL`. Afterwards the path saved in
    /// the profile is validated and returned. Free the rows with `FreeProws`.
    ///
    /// Returns `S_OK` when the search path was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of returned strings.
    /// - `lppSearchPath` (`LPSRowSet*`, out): Receives one row per container, in search order; zero rows when the hierarchy has no containers.
    ///
    /// Calls slot 29 of the vtable, [`IAddrBookVtbl::GetSearchPath`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppSearchPath`.
    fn get_search_path(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: AddrBookGetSearchPathFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SRowSet>,
        crate::Hresult,
    >;
    /// Saves a new search path for name resolution in the profile.
    ///
    /// The path persists across sessions and needs no `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the search path was set.
    /// - `MAPI_E_MISSING_REQUIRED_COLUMN`: a row lacks `PR_ENTRYID` as its
    ///   first property.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpSearchPath` (`LPSRowSet`, in): The containers in search order; each row starts with the container's `PR_ENTRYID`.
    ///
    /// Calls slot 30 of the vtable, [`IAddrBookVtbl::SetSearchPath`].
    fn set_search_path(
        &self,
        ulFlags: AddrBookReservedFlags,
        lpSearchPath: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Prepares a recipient list for later use by the messaging system.
    ///
    /// MAPI converts short-term entry identifiers into long-term ones and
    /// fetches the requested properties from the owning providers, putting
    /// them first in each entry, ahead of the properties already there. A
    /// property a provider cannot supply comes back as `PT_ERROR` with a
    /// reason such as `MAPI_E_NOT_FOUND`. Each entry's property array must be
    /// allocated separately so that it can be replaced.
    ///
    /// Returns `S_OK` when the list was prepared.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how entries are looked up.
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Properties every recipient must have, in order; may be null.
    /// - `lpRecipList` (`LPADRLIST`, in, out): The recipients to prepare; updated in place.
    ///
    /// Calls slot 31 of the vtable, [`IAddrBookVtbl::PrepareRecips`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpRecipList` is written with `alloc` for the call (the object may replace its entries, freeing and allocating them with its allocator, which must be `alloc`) and read back when the call succeeds.
    fn prepare_recips(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: AddrBookPrepareRecipsFlags,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        lpRecipList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IAddrBook>> IAddrBookExt for crate::ComPtr<T> {
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: AddrBookOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult> {
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = match lpEntryID {
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
                .base_vtable::<IAddrBook>()
                .OpenEntry)(
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
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r5 = unsafe { crate::ComPtr::<U>::from_raw(__a5.cast()) };
        let __r5 = __r5.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__a4, __r5))
    }
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: AddrBookReservedFlags,
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
                .base_vtable::<IAddrBook>()
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
    fn advise(
        &self,
        lpEntryID: &[u8],
        ulEventMask: AddrBookAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __r = lpAdviseSink;
        let __a3: crate::LPMAPIADVISESINK = __r.as_raw();
        let mut __a4: crate::ULONG_PTR = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .Advise)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulEventMask.bits(),
                __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .Unadvise)(self.as_raw().cast(), ulConnection)
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
        ulFlags: AddrBookCreateOneOffFlags,
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
                .base_vtable::<IAddrBook>()
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
    fn new_entry(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookNewEntryFlags,
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
                .base_vtable::<IAddrBook>()
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
    fn resolve_name(
        &self,
        alloc: &crate::value::Allocator,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookResolveNameFlags,
        lpszNewEntryTitle: ::core::option::Option<&str>,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = match lpszNewEntryTitle {
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
        let __a2: crate::LPTSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b3 = crate::__private::call::adr_list_in(alloc, &*lpAdrList)?;
        let __a3: crate::LPADRLIST = __b3.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .ResolveName)(
                self.as_raw().cast(),
                ulUIParam,
                ulFlags.bits(),
                __a2,
                __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        let __read = crate::__private::call::adr_list_out(&__b3);
        ::core::mem::drop(__b3);
        crate::__private::call::adr_list_back(lpAdrList, __read?)?;
        ::core::result::Result::Ok(())
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
                .base_vtable::<IAddrBook>()
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
        ulFlags: AddrBookDetailsFlags,
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
                .base_vtable::<IAddrBook>()
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
    unsafe fn recip_options(
        &self,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: AddrBookRecipOptionsFlags,
        lpRecip: crate::LPADRENTRY,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .RecipOptions)(self.as_raw().cast(), ulUIParam, ulFlags.bits(), lpRecip)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn query_default_recip_opt(
        &self,
        alloc: &crate::value::Allocator,
        lpszAdrType: &str,
        ulFlags: AddrBookReservedFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SPropValue>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszAdrType, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPSPropValue = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .QueryDefaultRecipOpt)(
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
    fn get_pab(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .GetPAB)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::ENTRYID>(),
                __a0,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn set_pab(&self, lpEntryID: &[u8]) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IAddrBook>().SetPAB)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_default_dir(
        &self,
        alloc: &crate::value::Allocator,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .GetDefaultDir)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::ENTRYID>(),
                __a0,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn set_default_dir(
        &self,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
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
                .base_vtable::<IAddrBook>()
                .SetDefaultDir)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_search_path(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: AddrBookGetSearchPathFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::SRowSet>,
        crate::Hresult,
    > {
        let mut __a1: crate::LPSRowSet = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .GetSearchPath)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(*alloc, __a1.cast::<crate::SRowSet>(), 1)
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r1)
    }
    fn set_search_path(
        &self,
        ulFlags: AddrBookReservedFlags,
        lpSearchPath: &[::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSearchPath;
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
                .base_vtable::<IAddrBook>()
                .SetSearchPath)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn prepare_recips(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: AddrBookPrepareRecipsFlags,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        lpRecipList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        #[allow(unused_mut)]
        let mut __b1 = match lpPropTagArray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSPropTagArray = match &mut __b1 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b2 = crate::__private::call::adr_list_in(alloc, &*lpRecipList)?;
        let __a2: crate::LPADRLIST = __b2.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IAddrBook>()
                .PrepareRecips)(self.as_raw().cast(), ulFlags.bits(), __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __read = crate::__private::call::adr_list_out(&__b2);
        ::core::mem::drop(__b2);
        crate::__private::call::adr_list_back(lpRecipList, __read?)?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IProviderAdmin` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IProviderAdmin {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IProviderAdmin`).
#[automatically_derived]
unsafe impl crate::Inherits<IProviderAdmin> for IProviderAdmin {}
#[cfg(feature = "client")]
/// The caller side of [`IProviderAdmin`]: its methods, called through the vtable, on every `ComPtr` to `IProviderAdmin` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IProviderAdminExt {
    /// Returns a `MAPIERROR` describing the last error of the provider
    /// administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IProviderAdminVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ProviderAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Returns the provider table of the message service, one row per
    /// service provider.
    ///
    /// Unlike the table of `IMsgServiceAdmin::GetProviderTable`, it may hold
    /// extra rows for additional profile sections a provider declared with the
    /// `Sections` keyword of MAPISVC.INF; restrict on `PR_RESOURCE_TYPE` to
    /// skip them, and sort on `PR_PROVIDER_ORDINAL` for transport order. The
    /// table is a snapshot and omits providers deleted or marked for deletion.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the type of string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the provider table.
    ///
    /// Calls slot 4 of the vtable, [`IProviderAdminVtbl::GetProviderTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_provider_table(
        &self,
        ulFlags: ProviderAdminGetProviderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Adds a service provider to the message service.
    ///
    /// The name must be one of the service's providers; it is not checked, and
    /// a wrong name gives unpredictable results. After copying what MAPISVC.INF
    /// holds about the provider into the profile, MAPI calls the service's
    /// entry point with `MSG_SERVICE_PROVIDER_CREATE`.
    ///
    /// Returns:
    /// - `S_OK`: the provider was added.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszProvider` (`LPTSTR`, in): Name of the provider to add.
    /// - `cValues` (`ULONG`, in): Number of property values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): Properties of the new provider.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box; used with `MAPI_DIALOG`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the addition.
    /// - `lpUID` (`MAPIUID*`, out): Receives the unique identifier of the new provider.
    ///
    /// Calls slot 5 of the vtable, [`IProviderAdminVtbl::CreateProvider`]. In Rust:
    ///
    /// - `lpszProvider` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpProps` is laid out as `SPropValue`s for the call; `cValues` is their count.
    /// - Returns `lpUID`.
    fn create_provider(
        &self,
        lpszProvider: &str,
        lpProps: ::core::option::Option<&[crate::value::Prop]>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProviderAdminCreateProviderFlags,
    ) -> ::core::result::Result<crate::MAPIUID, crate::Hresult>;
    /// Removes a service provider from the message service.
    ///
    /// MAPI first calls the service's entry point with
    /// `MSG_SERVICE_PROVIDER_DELETE`, then removes the provider's profile
    /// section. A provider in use is only marked for deletion and removed when
    /// the profile is no longer in use.
    ///
    /// Returns:
    /// - `S_OK`: the provider was deleted or marked for deletion.
    /// - `MAPI_E_NOT_FOUND`: no provider of the service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the provider to delete.
    ///
    /// Calls slot 6 of the vtable, [`IProviderAdminVtbl::DeleteProvider`].
    fn delete_provider(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens a section of the current profile.
    ///
    /// Many callers may hold a section open read-only at once, but a section
    /// open for writing cannot be opened again in any mode. Opening an unknown
    /// section with `MAPI_MODIFY` creates it; read-only, it fails with
    /// `MAPI_E_NOT_FOUND`. Clients cannot open sections that belong to a
    /// provider.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller may not open the section this way.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the section; a service entry point may pass null to get its own section, clients may not.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    ///
    /// Calls slot 7 of the vtable, [`IProviderAdminVtbl::OpenProfileSection`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppProfSect`.
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: ProviderAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IProviderAdmin>> IProviderAdminExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ProviderAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProviderAdmin>()
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
    fn get_provider_table(
        &self,
        ulFlags: ProviderAdminGetProviderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProviderAdmin>()
                .GetProviderTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_provider(
        &self,
        lpszProvider: &str,
        lpProps: ::core::option::Option<&[crate::value::Prop]>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProviderAdminCreateProviderFlags,
    ) -> ::core::result::Result<crate::MAPIUID, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszProvider,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b2 = match lpProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a2, __a1): (crate::LPSPropValue, crate::ULONG) = match &__b2 {
            ::core::option::Option::Some(__s) => (__s.as_ptr().cast_mut(), __s.count()),
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a5: crate::MAPIUID = unsafe { ::core::mem::zeroed::<crate::MAPIUID>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProviderAdmin>()
                .CreateProvider)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulUIParam,
                ulFlags.bits(),
                &mut __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a5)
    }
    fn delete_provider(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProviderAdmin>()
                .DeleteProvider)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: ProviderAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __a0: crate::LPMAPIUID = match lpUID {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a3: crate::LPPROFSECT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProviderAdmin>()
                .OpenProfileSection)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// SAFETY: `IMsgServiceAdmin` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMsgServiceAdmin {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// SAFETY: every interface begins with itself (`IMsgServiceAdmin`).
#[automatically_derived]
unsafe impl crate::Inherits<IMsgServiceAdmin> for IMsgServiceAdmin {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
/// The caller side of [`IMsgServiceAdmin`]: its methods, called through the vtable, on every `ComPtr` to `IMsgServiceAdmin` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMsgServiceAdminExt {
    /// Returns a `MAPIERROR` describing the last error of the message
    /// service administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMsgServiceAdminVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MsgServiceAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Returns the message service table, one row per message service of the
    /// profile.
    ///
    /// The table is a snapshot: services added or removed later do not show.
    /// A profile without services gives a table with no rows.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the message service table.
    ///
    /// Calls slot 4 of the vtable, [`IMsgServiceAdminVtbl::GetMsgServiceTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_msg_service_table(
        &self,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Adds a message service to the profile. Deprecated in favour of
    /// `IMsgServiceAdmin2::CreateMsgServiceEx`, which also returns the new
    /// service's identifier.
    ///
    /// MAPI creates a profile section for the service and one per provider,
    /// copies what MAPISVC.INF says about them, then calls the service's entry
    /// point with `MSG_SERVICE_CREATE` (passing the window and flags on when
    /// user interface is allowed).
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// # Parameters
    ///
    /// - `lpszService` (`LPTSTR`, in): Name of the service as listed in the `[Services]` section of MAPISVC.INF.
    /// - `lpszDisplayName` (`LPTSTR`, in): Display name of the service; ignored if MAPISVC.INF sets its `PR_DISPLAY_NAME`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    ///
    /// Calls slot 5 of the vtable, [`IMsgServiceAdminVtbl::CreateMsgService`]. In Rust:
    ///
    /// - `lpszService` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszDisplayName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn create_msg_service(
        &self,
        lpszService: &str,
        lpszDisplayName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminCreateMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes a message service, and all its profile sections, from the
    /// profile.
    ///
    /// MAPI first calls the service's entry point with `MSG_SERVICE_DELETE`
    /// so that it can clean up, then deletes the service and its sections.
    /// Take the identifier from the `PR_SERVICE_UID` column of the message
    /// service table.
    ///
    /// Returns:
    /// - `S_OK`: the service was deleted.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to delete.
    ///
    /// Calls slot 6 of the vtable, [`IMsgServiceAdminVtbl::DeleteMsgService`].
    fn delete_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies a message service into a profile, the current one or another.
    ///
    /// The copy keeps the original's configuration; the service's entry
    /// point is not called. Use `ConfigureMsgService` to change the copy.
    ///
    /// Returns:
    /// - `S_OK`: the service was copied.
    /// - `MAPI_E_NO_ACCESS`: the service is already in the target profile and
    ///   allows only one instance.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to copy.
    /// - `lpszDisplayName` (`LPSTR`, in): Deprecated; ignored.
    /// - `lpInterfaceToCopy` (`LPCIID`, in): Interface used to read the service's profile section; null means `IProfSect`.
    /// - `lpInterfaceDst` (`LPCIID`, in): Interface of the object at `lpObjectDst`: null means `IMAPISession`; `IID_IMsgServiceAdmin` is also allowed.
    /// - `lpObjectDst` (`LPVOID`, in): Session or message service administration object of the target profile.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    ///
    /// Calls slot 7 of the vtable, [`IMsgServiceAdminVtbl::CopyMsgService`]. In Rust:
    ///
    /// - `lpszDisplayName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterfaceDst` is the IID of `U`.
    fn copy_msg_service<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        lpszDisplayName: ::core::option::Option<&str>,
        lpInterfaceToCopy: ::core::option::Option<&crate::IID>,
        lpObjectDst: &crate::ComPtr<U>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminCopyMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Gives a message service a new name. Deprecated and not supported:
    /// change the service's `PR_SERVICE_NAME` instead.
    ///
    /// Always returns `MAPI_E_NO_SUPPORT`.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to rename.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpszDisplayName` (`LPSTR`, in): New name of the service.
    ///
    /// Calls slot 8 of the vtable, [`IMsgServiceAdminVtbl::RenameMsgService`]. In Rust:
    ///
    /// - `lpszDisplayName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn rename_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminReservedFlags,
        lpszDisplayName: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Configures a message service, with or without its property sheet.
    ///
    /// To configure without user interface, pass every needed property in
    /// `lpProps` (services usually publish a header of their property tags)
    /// and give none of the UI flags; a service left without required data is
    /// unconfigured. Take the identifier from the `PR_SERVICE_UID` column of
    /// the message service table.
    ///
    /// Returns:
    /// - `S_OK`: the service was configured.
    /// - `MAPI_E_EXTENDED_ERROR`: a service-specific error; call `GetLastError`
    ///   for details.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    /// - `MAPI_E_NOT_INITIALIZED`: the service has no entry point function.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled the property sheet.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to configure.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the property sheet.
    /// - `cValues` (`ULONG`, in): Number of property values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): Configuration properties; must not be null when the service is configured without user interface.
    ///
    /// Calls slot 9 of the vtable, [`IMsgServiceAdminVtbl::ConfigureMsgService`]. In Rust:
    ///
    /// - `lpProps` is laid out as `SPropValue`s for the call; `cValues` is their count.
    fn configure_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminConfigureMsgServiceFlags,
        lpProps: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens a section of the profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the profile section.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    ///
    /// Calls slot 10 of the vtable, [`IMsgServiceAdminVtbl::OpenProfileSection`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppProfSect`.
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Sets the order in which transport providers are offered outgoing
    /// messages.
    ///
    /// The list must name every transport of the profile, by the
    /// `PR_PROVIDER_UID` values of the provider table, in the wanted order. It
    /// overrides preferences such as `STATUS_XP_PREFER_LAST`.
    ///
    /// Returns:
    /// - `S_OK`: the order was set.
    /// - `MAPI_E_BUSY`: `cUID` is not the number of transports in the profile.
    /// - `MAPI_E_NOT_FOUND`: an identifier names no transport of the profile.
    ///
    /// # Parameters
    ///
    /// - `cUID` (`ULONG`, in): Number of identifiers at `lpUIDList`.
    /// - `lpUIDList` (`LPMAPIUID`, in): Identifiers of all the transport providers, in delivery order.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 11 of the vtable, [`IMsgServiceAdminVtbl::MsgServiceTransportOrder`]. In Rust:
    ///
    /// - `cUID` is the length of `lpUIDList` (in elements); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn msg_service_transport_order(
        &self,
        lpUIDList: &[crate::MAPIUID],
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a provider administration object for one message service, to
    /// add, remove or inspect its providers and open their profile sections.
    ///
    /// Most services do not accept changes to their providers while the
    /// profile is in use. Take the identifier from the `PR_SERVICE_UID` column
    /// of the message service table.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to administer.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppProviderAdmin` (`LPPROVIDERADMIN*`, out): Receives the provider administration object.
    ///
    /// Calls slot 12 of the vtable, [`IMsgServiceAdminVtbl::AdminProviders`]. In Rust:
    ///
    /// - Returns `lppProviderAdmin`.
    fn admin_providers(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<IProviderAdmin>, crate::Hresult>;
    /// Makes a message service the supplier of the profile's primary
    /// identity, or clears it.
    ///
    /// The providers of that service set `PR_IDENTITY_DISPLAY`,
    /// `PR_IDENTITY_ENTRYID` and `PR_IDENTITY_SEARCH_KEY` to the user that is
    /// the identity (returned by `IMAPISession::QueryIdentity`); MAPI updates
    /// the `SERVICE_PRIMARY_IDENTITY`/`SERVICE_NO_PRIMARY_IDENTITY` bits of the
    /// services' `PR_RESOURCE_FLAGS`.
    ///
    /// Returns:
    /// - `S_OK`: the primary identity was set.
    /// - `MAPI_E_NO_ACCESS`: the service has `SERVICE_NO_PRIMARY_IDENTITY` set.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service, or null to clear the primary identity.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 13 of the vtable, [`IMsgServiceAdminVtbl::SetPrimaryIdentity`].
    fn set_primary_identity(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the provider table of the profile, one row per address book,
    /// store and transport provider.
    ///
    /// Unlike `IProviderAdmin::GetProviderTable`, it holds no extra rows for
    /// additional profile sections. It is a snapshot and omits providers
    /// deleted or marked for deletion. For transport order, restrict on
    /// `PR_RESOURCE_TYPE` = `MAPI_TRANSPORT_PROVIDER` and sort on
    /// `PR_PROVIDER_ORDINAL`.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the provider table.
    ///
    /// Calls slot 14 of the vtable, [`IMsgServiceAdminVtbl::GetProviderTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_provider_table(
        &self,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session"
        )
    )
)]
#[automatically_derived]
impl<T: crate::Inherits<IMsgServiceAdmin>> IMsgServiceAdminExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MsgServiceAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
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
    fn get_msg_service_table(
        &self,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .GetMsgServiceTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_msg_service(
        &self,
        lpszService: &str,
        lpszDisplayName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminCreateMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszService,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszDisplayName {
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
        let __a1: crate::LPTSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .CreateMsgService)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .DeleteMsgService)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_msg_service<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        lpszDisplayName: ::core::option::Option<&str>,
        lpInterfaceToCopy: ::core::option::Option<&crate::IID>,
        lpObjectDst: &crate::ComPtr<U>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminCopyMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __b1 = match lpszDisplayName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: crate::LPCIID = match lpInterfaceToCopy {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::LPCIID = ::core::ptr::from_ref(&__iid3);
        let __r = lpObjectDst;
        let __a4: crate::LPVOID = __r.as_raw().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .CopyMsgService)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn rename_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminReservedFlags,
        lpszDisplayName: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __b2 = crate::__private::call::str_in(lpszDisplayName, false)?;
        let __s = &__b2;
        let __a2: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .RenameMsgService)(self.as_raw().cast(), __a0, ulFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn configure_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdminConfigureMsgServiceFlags,
        lpProps: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __b4 = match lpProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a4, __a3): (crate::LPSPropValue, crate::ULONG) = match &__b4 {
            ::core::option::Option::Some(__s) => (__s.as_ptr().cast_mut(), __s.count()),
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .ConfigureMsgService)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                ulFlags.bits(),
                __a3,
                __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a3: crate::LPPROFSECT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .OpenProfileSection)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn msg_service_transport_order(
        &self,
        lpUIDList: &[crate::MAPIUID],
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpUIDList;
        let (__a1, __a0): (crate::LPMAPIUID, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .MsgServiceTransportOrder)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn admin_providers(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<IProviderAdmin>, crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let mut __a2: LPPROVIDERADMIN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .AdminProviders)(self.as_raw().cast(), __a0, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<IProviderAdmin>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn set_primary_identity(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPMAPIUID = match lpUID {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .SetPrimaryIdentity)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_provider_table(
        &self,
        ulFlags: MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin>()
                .GetProviderTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "session"))]
/// SAFETY: `IProfAdmin` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IProfAdmin {}
#[cfg(all(feature = "client", feature = "session"))]
/// SAFETY: every interface begins with itself (`IProfAdmin`).
#[automatically_derived]
unsafe impl crate::Inherits<IProfAdmin> for IProfAdmin {}
#[cfg(all(feature = "client", feature = "session"))]
/// The caller side of [`IProfAdmin`]: its methods, called through the vtable, on every `ComPtr` to `IProfAdmin` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IProfAdminExt {
    /// Returns a `MAPIERROR` describing the last error of the profile
    /// administration object.
    ///
    /// Returns:
    /// - `S_OK`: the information (or a null pointer) was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not supported.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IProfAdminVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ProfAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Returns the profile table: one row per profile, with its display name
    /// and whether it is the default.
    ///
    /// The table is a snapshot and omits profiles deleted or marked for
    /// deletion; with no profiles it has no rows.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the profile table.
    ///
    /// Calls slot 4 of the vtable, [`IProfAdminVtbl::GetProfileTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_profile_table(
        &self,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Creates a new profile.
    ///
    /// With `MAPI_DEFAULT_SERVICES` MAPI calls the entry point of each default
    /// service with `MSG_SERVICE_CREATE`, after copying what MAPISVC.INF holds
    /// into the profile; with `MAPI_DIALOG` too, the window and flags are
    /// passed on so that services can show their property sheets.
    ///
    /// Returns:
    /// - `S_OK`: the profile was created.
    /// - `MAPI_E_NO_ACCESS`: a profile with this name already exists.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPSTR`, in): Name of the new profile.
    /// - `lpszPassword` (`LPSTR`, in): Password of the new profile; must be null or empty.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the creation.
    ///
    /// Calls slot 5 of the vtable, [`IProfAdminVtbl::CreateProfile`]. In Rust:
    ///
    /// - `lpszProfileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszPassword` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn create_profile(
        &self,
        lpszProfileName: &str,
        lpszPassword: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminCreateProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes a profile.
    ///
    /// A profile in use is only marked for deletion and removed when its last
    /// session ends. MAPI calls the entry point of each of its services with
    /// `MSG_SERVICE_DELETE`. No password is needed.
    ///
    /// Returns:
    /// - `S_OK`: the profile was deleted or marked for deletion.
    /// - `MAPI_E_NOT_FOUND`: the profile does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPSTR`, in): Name of the profile to delete.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 6 of the vtable, [`IProfAdminVtbl::DeleteProfile`]. In Rust:
    ///
    /// - `lpszProfileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn delete_profile(
        &self,
        lpszProfileName: &str,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Changes the password of a profile. Deprecated: MAPI does not support
    /// profile passwords, and the call does nothing.
    ///
    /// Always returns `S_OK`.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile.
    /// - `lpszOldPassword` (`LPTSTR`, in): Current password.
    /// - `lpszNewPassword` (`LPTSTR`, in): New password.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the strings.
    ///
    /// Calls slot 7 of the vtable, [`IProfAdminVtbl::ChangeProfilePassword`]. In Rust:
    ///
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszOldPassword` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszNewPassword` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn change_profile_password(
        &self,
        lpszProfileName: &str,
        lpszOldPassword: ::core::option::Option<&str>,
        lpszNewPassword: ::core::option::Option<&str>,
        ulFlags: ProfAdminChangeProfilePasswordFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Copies a profile under a new name.
    ///
    /// Returns:
    /// - `S_OK`: the profile was copied.
    /// - `MAPI_E_ACCESS_DENIED`: a profile with the new name already exists.
    /// - `MAPI_E_LOGON_FAILED`: the password is wrong and no dialog box could
    ///   ask for it (no `MAPI_DIALOG`).
    /// - `MAPI_E_NOT_FOUND`: the profile to copy does not exist.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszOldProfileName` (`LPSTR`, in): Name of the profile to copy.
    /// - `lpszOldPassword` (`LPSTR`, in): Password of the profile to copy; null or empty.
    /// - `lpszNewProfileName` (`LPSTR`, in): Name of the copy.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    ///
    /// Calls slot 8 of the vtable, [`IProfAdminVtbl::CopyProfile`]. In Rust:
    ///
    /// - `lpszOldProfileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszOldPassword` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszNewProfileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn copy_profile(
        &self,
        lpszOldProfileName: &str,
        lpszOldPassword: ::core::option::Option<&str>,
        lpszNewProfileName: &str,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminCopyProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Gives a profile a new name.
    ///
    /// A profile in use is only marked and renamed once it is no longer used;
    /// the call still returns `S_OK`.
    ///
    /// Returns:
    /// - `S_OK`: the profile was renamed or marked for renaming.
    /// - `MAPI_E_LOGON_FAILED`: the password is wrong.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszOldProfileName` (`LPSTR`, in): Current name of the profile.
    /// - `lpszOldPassword` (`LPSTR`, in): Password of the profile; always null.
    /// - `lpszNewProfileName` (`LPSTR`, in): New name of the profile.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 9 of the vtable, [`IProfAdminVtbl::RenameProfile`]. In Rust:
    ///
    /// - `lpszOldProfileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszOldPassword` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszNewProfileName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn rename_profile(
        &self,
        lpszOldProfileName: &str,
        lpszOldPassword: ::core::option::Option<&str>,
        lpszNewProfileName: &str,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Makes a profile the default one, or clears the default.
    ///
    /// The default profile is used when a client logs on with
    /// `MAPI_USE_DEFAULT`; its `PR_DEFAULT_PROFILE` is set to TRUE.
    ///
    /// Returns:
    /// - `S_OK`: the default was set or cleared.
    /// - `MAPI_E_NOT_FOUND`: the profile does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the new default profile, or null to leave no default.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the name.
    ///
    /// Calls slot 10 of the vtable, [`IProfAdminVtbl::SetDefaultProfile`]. In Rust:
    ///
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn set_default_profile(
        &self,
        lpszProfileName: ::core::option::Option<&str>,
        ulFlags: ProfAdminSetDefaultProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns a message service administration object for an existing
    /// profile.
    ///
    /// Unlike `IMAPISession::AdminServices` it needs no session and loads no
    /// provider, so configuration programs should prefer it. It cannot create
    /// a profile.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_LOGON_FAILED`: the profile does not exist, or the password is
    ///   wrong and no dialog box could ask for it (no `MAPI_DIALOG`).
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    ///
    /// # Parameters
    ///
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile to change.
    /// - `lpszPassword` (`LPTSTR`, in): Password of the profile; always null.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the call.
    /// - `lppServiceAdmin` (`LPSERVICEADMIN*`, out): Receives the message service administration object.
    ///
    /// Calls slot 11 of the vtable, [`IProfAdminVtbl::AdminServices`]. In Rust:
    ///
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszPassword` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppServiceAdmin`.
    fn admin_services(
        &self,
        lpszProfileName: &str,
        lpszPassword: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminAdminServicesFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMsgServiceAdmin>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "session"))]
#[automatically_derived]
impl<T: crate::Inherits<IProfAdmin>> IProfAdminExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ProfAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
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
    fn get_profile_table(
        &self,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .GetProfileTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_profile(
        &self,
        lpszProfileName: &str,
        lpszPassword: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminCreateProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(lpszProfileName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszPassword {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .CreateProfile)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_profile(
        &self,
        lpszProfileName: &str,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(lpszProfileName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .DeleteProfile)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn change_profile_password(
        &self,
        lpszProfileName: &str,
        lpszOldPassword: ::core::option::Option<&str>,
        lpszNewPassword: ::core::option::Option<&str>,
        ulFlags: ProfAdminChangeProfilePasswordFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszProfileName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszOldPassword {
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
        let __a1: crate::LPTSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b2 = match lpszNewPassword {
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
        let __a2: crate::LPTSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .ChangeProfilePassword)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_profile(
        &self,
        lpszOldProfileName: &str,
        lpszOldPassword: ::core::option::Option<&str>,
        lpszNewProfileName: &str,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminCopyProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(lpszOldProfileName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszOldPassword {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b2 = crate::__private::call::str_in(lpszNewProfileName, false)?;
        let __s = &__b2;
        let __a2: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .CopyProfile)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn rename_profile(
        &self,
        lpszOldProfileName: &str,
        lpszOldPassword: ::core::option::Option<&str>,
        lpszNewProfileName: &str,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(lpszOldProfileName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszOldPassword {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b2 = crate::__private::call::str_in(lpszNewProfileName, false)?;
        let __s = &__b2;
        let __a2: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .RenameProfile)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_default_profile(
        &self,
        lpszProfileName: ::core::option::Option<&str>,
        ulFlags: ProfAdminSetDefaultProfileFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = match lpszProfileName {
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
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .SetDefaultProfile)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn admin_services(
        &self,
        lpszProfileName: &str,
        lpszPassword: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: ProfAdminAdminServicesFlags,
    ) -> ::core::result::Result<crate::ComPtr<IMsgServiceAdmin>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszProfileName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszPassword {
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
        let __a1: crate::LPTSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let mut __a4: LPSERVICEADMIN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IProfAdmin>()
                .AdminServices)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulUIParam,
                ulFlags.bits(),
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r4 = unsafe { crate::ComPtr::<IMsgServiceAdmin>::from_raw(__a4) };
        let __r4 = __r4.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r4)
    }
}
#[cfg(all(feature = "client", feature = "session"))]
/// SAFETY: `IMAPIClientShutdown` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIClientShutdown {}
#[cfg(all(feature = "client", feature = "session"))]
/// SAFETY: every interface begins with itself (`IMAPIClientShutdown`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIClientShutdown> for IMAPIClientShutdown {}
#[cfg(all(feature = "client", feature = "session"))]
/// The caller side of [`IMAPIClientShutdown`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIClientShutdown` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIClientShutdownExt {
    /// Asks whether every loaded provider supports a fast shutdown.
    ///
    /// Returns `S_OK` if they do, `MAPI_E_NO_SUPPORT` if one does not (the
    /// client must then shut down the slow way).
    ///
    /// Calls slot 3 of the vtable, [`IMAPIClientShutdownVtbl::QueryFastShutdown`].
    fn query_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells MAPI, and through it the providers, that the client is about to
    /// shut down.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIClientShutdownVtbl::NotifyProcessShutdown`].
    fn notify_process_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells MAPI, and through it the providers, that the client exits now;
    /// the providers save their data at once.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIClientShutdownVtbl::DoFastShutdown`].
    fn do_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "session"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIClientShutdown>> IMAPIClientShutdownExt
for crate::ComPtr<T> {
    fn query_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIClientShutdown>()
                .QueryFastShutdown)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn notify_process_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIClientShutdown>()
                .NotifyProcessShutdown)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn do_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIClientShutdown>()
                .DoFastShutdown)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
