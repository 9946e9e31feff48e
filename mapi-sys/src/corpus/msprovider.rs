// `idl/mapi/msprovider.idl` as Rust, included by `mod.rs`.
/// Pointer to a message store provider object.
#[cfg(feature = "store")]
pub type LPMSPROVIDER = *mut IMSProvider;
/// Pointer to a message store logon object.
#[cfg(feature = "store")]
pub type LPMSLOGON = *mut IMSLogon;
/// Pointer to a provider's fast shutdown object.
#[cfg(feature = "store")]
pub type LPMAPIPROVIDERSHUTDOWN = *mut IMAPIProviderShutdown;
/// Entry point of a message store provider DLL (exported as `MSProviderInit`).
///
/// MAPI calls it after a client logs on, to get a provider object. It uses the
/// C calling convention (`STDMAPIINITCALLTYPE`), not `__stdcall`.
///
/// Returns `S_OK`, or `MAPI_E_VERSION` when the provider cannot work with the SPI
/// version MAPI offers in `ulMAPIVer`.
///
/// Notes to implementers:
/// - Return a new provider object on every call: a provider can be initialized
///   several times in one process (several profiles, or the same profile twice).
/// - Do not link with Mapix.dll; allocate memory handed to clients (for example
///   from `GetProps` or `QueryRows`) through the three allocator pointers.
/// - Call `AddRef` on `lpMalloc` if you keep it.
#[cfg(feature = "store")]
pub type MSPROVIDERINIT = unsafe extern "C" fn(
    hInstance: crate::HINSTANCE,
    lpMalloc: crate::LPMALLOC,
    lpAllocateBuffer: crate::LPALLOCATEBUFFER,
    lpAllocateMore: crate::LPALLOCATEMORE,
    lpFreeBuffer: crate::LPFREEBUFFER,
    ulFlags: crate::ULONG,
    ulMAPIVer: crate::ULONG,
    lpulProviderVer: *mut crate::ULONG,
    lppMSProvider: *mut LPMSPROVIDER,
) -> crate::HRESULT;
/// Pointer to an `MSPROVIDERINIT` entry point.
#[cfg(feature = "store")]
pub type LPMSPROVIDERINIT = ::core::option::Option<MSPROVIDERINIT>;
/// What `IMSCapabilities::GetCapabilities` is asked about.
#[cfg(feature = "store")]
pub type MSCAP_SELECTOR = i32;
/// Reserved for Outlook's own use; not supported.
#[cfg(feature = "store")]
pub const MSCAP_SEL_RESERVED1: MSCAP_SELECTOR = 0;
/// Reserved for Outlook's own use; not supported.
#[cfg(feature = "store")]
pub const MSCAP_SEL_RESERVED2: MSCAP_SELECTOR = 1;
/// Capabilities concerning the store's folders.
#[cfg(feature = "store")]
pub const MSCAP_SEL_FOLDER: MSCAP_SELECTOR = 2;
/// Reserved for Outlook's own use; not supported.
#[cfg(feature = "store")]
pub const MSCAP_SEL_RESERVED3: MSCAP_SELECTOR = 3;
/// Capabilities concerning restrictions.
#[cfg(feature = "store")]
pub const MSCAP_SEL_RESTRICTION: MSCAP_SELECTOR = 4;
/// `IMSCapabilities::GetCapabilities` with `MSCAP_SEL_FOLDER`: folder home
/// pages are supported in this store even when it is not the default one.
#[cfg(feature = "store")]
pub const MSCAP_SECURE_FOLDER_HOMEPAGES: crate::ULONG = 1;
/// `IMSCapabilities::GetCapabilities` with `MSCAP_SEL_RESTRICTION`: the store
/// ignores the invalid parts of a restriction (an unknown property, say) and
/// applies the rest, as `RES_ANNOTATION` needs.
#[cfg(feature = "store")]
pub const MSCAP_RES_ANNOTATION: crate::ULONG = 1;
/// Flags of `IMSProvider::Shutdown`.
///
/// None are defined: `lpulFlags` must point to zero.
#[cfg(feature = "store")]
pub type MSProviderShutdownFlags = crate::Flags<MSProviderShutdownFlagsGroup>;
/// The group of [`MSProviderShutdownFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSProviderShutdownFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSProviderShutdownFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMSProvider::Logon`: how MAPI's logon to a store is performed.
#[cfg(feature = "store")]
pub type MSProviderLogonFlags = crate::Flags<MSProviderLogonFlagsGroup>;
/// The group of [`MSProviderLogonFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSProviderLogonFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSProviderLogonFlagsGroup {
    const IN_MASK: u32 = 0x800001AD;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
        ("MDB_NO_DIALOG", 0x00000001),
        ("MDB_NO_MAIL", 0x00000080),
        ("MDB_ONLINE", 0x00000100),
        ("MDB_TEMPORARY", 0x00000020),
        ("MDB_WRITE", 0x00000004),
    ];
}
#[cfg(feature = "store")]
impl crate::Flags<MSProviderLogonFlagsGroup> {
    /// The logon may succeed even if the store is not yet fully available;
    /// problems may then surface on later calls to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// `lpszProfileName` is Unicode, and so must be any strings in a
    /// returned `MAPIERROR`; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Show no logon dialog box. If the logon cannot complete without one,
    /// fail with `MAPI_E_LOGON_FAILED`. Without this flag the provider may
    /// prompt the user (for a password, a disk, a corrected name, ...).
    ///
    /// `MDB_NO_DIALOG` (`0x1`), valid on input.
    pub const MDB_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
    /// The store will not be used to send or receive mail, so MAPI does not
    /// tell the spooler it is being opened; a store tightly coupled to a
    /// transport then need not call `IMAPISupport::SpoolerNotify`.
    ///
    /// `MDB_NO_MAIL` (`0x80`), valid on input.
    pub const MDB_NO_MAIL: Self = Self::from_bits_retain(0x00000080);
    /// The client opened the store on the server in cached Exchange mode (`OpenMsgStore`).
    ///
    /// `MDB_ONLINE` (`0x100`), valid on input.
    pub const MDB_ONLINE: Self = Self::from_bits_retain(0x00000100);
    /// Log on only to read information programmatically from the profile
    /// section, without dialog boxes. The store is not added to the message
    /// store table and cannot become permanent, so there is no need to call
    /// `IMAPISupport::ModifyProfile`.
    ///
    /// `MDB_TEMPORARY` (`0x20`), valid on input.
    pub const MDB_TEMPORARY: Self = Self::from_bits_retain(0x00000020);
    /// Ask for read/write access to the store.
    ///
    /// `MDB_WRITE` (`0x4`), valid on input.
    pub const MDB_WRITE: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IMSProvider::SpoolerLogon`: how the MAPI spooler's logon to a
/// store is performed.
#[cfg(feature = "store")]
pub type MSProviderSpoolerLogonFlags = crate::Flags<MSProviderSpoolerLogonFlagsGroup>;
/// The group of [`MSProviderSpoolerLogonFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSProviderSpoolerLogonFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSProviderSpoolerLogonFlagsGroup {
    const IN_MASK: u32 = 0x8000010D;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
        ("MDB_NO_DIALOG", 0x00000001),
        ("MDB_ONLINE", 0x00000100),
        ("MDB_WRITE", 0x00000004),
    ];
}
#[cfg(feature = "store")]
impl crate::Flags<MSProviderSpoolerLogonFlagsGroup> {
    /// The logon may succeed even if the store is not yet fully available;
    /// problems may then surface on later calls to it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// `lpszProfileName` is Unicode, and so must be any strings in a
    /// returned `MAPIERROR`; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Show no logon dialog box; fail with `MAPI_E_LOGON_FAILED` if one
    /// would be needed. Without this flag the provider may prompt the user.
    ///
    /// `MDB_NO_DIALOG` (`0x1`), valid on input.
    pub const MDB_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
    /// The client opened the store on the server in cached Exchange mode (`OpenMsgStore`).
    ///
    /// `MDB_ONLINE` (`0x100`), valid on input.
    pub const MDB_ONLINE: Self = Self::from_bits_retain(0x00000100);
    /// Ask for read/write access to the store.
    ///
    /// `MDB_WRITE` (`0x4`), valid on input.
    pub const MDB_WRITE: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IMSProvider::CompareStoreIDs`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "store")]
pub type MSProviderCompareStoreIDsFlags = crate::Flags<
    MSProviderCompareStoreIDsFlagsGroup,
>;
/// The group of [`MSProviderCompareStoreIDsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSProviderCompareStoreIDsFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSProviderCompareStoreIDsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMSLogon::GetLastError`.
#[cfg(feature = "store")]
pub type MSLogonGetLastErrorFlags = crate::Flags<MSLogonGetLastErrorFlagsGroup>;
/// The group of [`MSLogonGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSLogonGetLastErrorFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSLogonGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "store")]
impl crate::Flags<MSLogonGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMSLogon::Logoff`.
///
/// None are defined: `lpulFlags` must point to zero.
#[cfg(feature = "store")]
pub type MSLogonLogoffFlags = crate::Flags<MSLogonLogoffFlagsGroup>;
/// The group of [`MSLogonLogoffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSLogonLogoffFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSLogonLogoffFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMSLogon::OpenEntry`: how the folder or message is opened.
#[cfg(feature = "store")]
pub type MSLogonOpenEntryFlags = crate::Flags<MSLogonOpenEntryFlagsGroup>;
/// The group of [`MSLogonOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSLogonOpenEntryFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSLogonOpenEntryFlagsGroup {
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
#[cfg(feature = "store")]
impl crate::Flags<MSLogonOpenEntryFlagsGroup> {
    /// Open with the highest access the user and the client are allowed:
    /// read/write where permitted, read-only otherwise (the caller can read
    /// `PR_ACCESS_LEVEL` to see which).
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// Use only the local cache (offline address book), not the server; Outlook passes it.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// The call may succeed before the object is fully available; problems
    /// may then surface on a later call to the object.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access; without it the object is opened read-only,
    /// and even with it the caller must not assume write access was granted.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Go to the server, not the local cache; Outlook passes it in cached Exchange mode.
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const NO_CACHE: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of `IMSLogon::CompareEntryIDs`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "store")]
pub type MSLogonCompareEntryIDsFlags = crate::Flags<MSLogonCompareEntryIDsFlagsGroup>;
/// The group of [`MSLogonCompareEntryIDsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSLogonCompareEntryIDsFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSLogonCompareEntryIDsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Event types accepted by `IMSLogon::Advise` in `ulEventMask`.
///
/// Each event kind is described to the sink by the matching member of the
/// `NOTIFICATION` union.
#[cfg(feature = "store")]
pub type MSLogonAdviseFlags = crate::Flags<MSLogonAdviseFlagsGroup>;
/// The group of [`MSLogonAdviseFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSLogonAdviseFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSLogonAdviseFlagsGroup {
    const IN_MASK: u32 = 0x000002FF;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("fnevCriticalError", 0x00000001),
        ("fnevNewMail", 0x00000002),
        ("fnevObjectCreated", 0x00000004),
        ("fnevObjectDeleted", 0x00000008),
        ("fnevObjectModified", 0x00000010),
        ("fnevObjectCopied", 0x00000040),
        ("fnevObjectMoved", 0x00000020),
        ("fnevSearchComplete", 0x00000080),
        ("fnevStatusObjectModified", 0x00000200),
    ];
}
#[cfg(feature = "store")]
impl crate::Flags<MSLogonAdviseFlagsGroup> {
    /// Report serious failures (`ERROR_NOTIFICATION`).
    ///
    /// `fnevCriticalError` (`0x1`), valid on input.
    pub const fnevCriticalError: Self = Self::from_bits_retain(0x00000001);
    /// Report the delivery of new messages (`NEWMAIL_NOTIFICATION`).
    ///
    /// `fnevNewMail` (`0x2`), valid on input.
    pub const fnevNewMail: Self = Self::from_bits_retain(0x00000002);
    /// Report that an object was created (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectCreated` (`0x4`), valid on input.
    pub const fnevObjectCreated: Self = Self::from_bits_retain(0x00000004);
    /// Report that an object was deleted (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectDeleted` (`0x8`), valid on input.
    pub const fnevObjectDeleted: Self = Self::from_bits_retain(0x00000008);
    /// Report that an object was changed (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectModified` (`0x10`), valid on input.
    pub const fnevObjectModified: Self = Self::from_bits_retain(0x00000010);
    /// Report that an object was copied (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectCopied` (`0x40`), valid on input.
    pub const fnevObjectCopied: Self = Self::from_bits_retain(0x00000040);
    /// Report that an object was moved (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectMoved` (`0x20`), valid on input.
    pub const fnevObjectMoved: Self = Self::from_bits_retain(0x00000020);
    /// Report that a search has finished (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevSearchComplete` (`0x80`), valid on input.
    pub const fnevSearchComplete: Self = Self::from_bits_retain(0x00000080);
    /// Report that a status object changed (`STATUS_OBJECT_NOTIFICATION`).
    ///
    /// `fnevStatusObjectModified` (`0x200`), valid on input.
    pub const fnevStatusObjectModified: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of `IMSLogon::OpenStatusEntry`.
#[cfg(feature = "store")]
pub type MSLogonOpenStatusEntryFlags = crate::Flags<MSLogonOpenStatusEntryFlagsGroup>;
/// The group of [`MSLogonOpenStatusEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum MSLogonOpenStatusEntryFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for MSLogonOpenStatusEntryFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_MODIFY", 0x00000001)];
}
#[cfg(feature = "store")]
impl crate::Flags<MSLogonOpenStatusEntryFlagsGroup> {
    /// Ask for read/write access to the status object; by default it is
    /// read-only, and callers must not assume write access was granted.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MAPI_MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// A message store provider: the object MAPI and the MAPI spooler use to
/// open the stores of one provider.
///
/// The provider's `MSProviderInit` entry point returns it. MAPI keeps one
/// such object per session, however many stores it opens; a second session
/// logging on to the same stores gets a provider object of its own from a
/// second `MSProviderInit` call.
///
/// **Notes to implementers.** The provider object should hold what all the
/// stores it opens share: the `lpMalloc` allocator and the
/// `lpfAllocateBuffer`, `lpfAllocateMore` and `lpfFreeBuffer` functions
/// received by `MSProviderInit`, and a list of the stores opened through it
/// and not yet closed (which `Logon` uses to detect a store that is already
/// open).
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMSProvider {
    /// The object's vtable.
    pub lpVtbl: *const IMSProviderVtbl,
}
/// The vtable of [`IMSProvider`]: its methods in slot order, after its base's.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMSProviderVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Shuts the message store provider down in an orderly way.
    ///
    /// MAPI calls it just before releasing the provider object, after it has
    /// released every logon object of the provider.
    ///
    /// Returns `S_OK` on success.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    pub Shutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Logs MAPI on to one message store of this provider, returning the
    /// store object and its companion logon object.
    ///
    /// This is where most of the work of opening a store happens: checking
    /// the credentials needed for the store, then creating an `IMsgStore`
    /// for clients and the spooler (`lppMDB`) together with an `IMSLogon`
    /// that MAPI uses to control it (`lppMSLogon`). The two must be tightly
    /// linked, one to one, created and freed together, as if one object
    /// exposed two interfaces.
    ///
    /// `lpEntryID`, when given, is an unwrapped store entry identifier that
    /// this provider made earlier (saved as `PR_ENTRYID` in the profile
    /// section, or handed to a client as `PR_STORE_ENTRYID` or as the
    /// store's `PR_ENTRYID`), possibly on another computer; it must carry
    /// everything needed to find the store. If the store cannot be reached
    /// with it (renamed server, changed account, ...) let the user pick the
    /// store in a dialog box. With `lpEntryID` null no store has been chosen
    /// yet; the provider may still find one (initialization file, extra
    /// properties in its profile section) without asking.
    ///
    /// Returns:
    /// - `S_OK`: the logon succeeded.
    /// - `MAPI_E_FAILONEPROVIDER`: this provider cannot log on, but its
    ///   message service should stay enabled.
    /// - `MAPI_E_LOGON_FAILED`: no logon could be established (also the
    ///   answer when a dialog box is needed but not allowed).
    /// - `MAPI_E_UNCONFIGURED`: the profile lacks information needed for the
    ///   logon; MAPI then calls the service entry point with
    ///   `MSG_SERVICE_CONFIGURE` and retries.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    /// - `MAPI_E_UNKNOWN_CPID` / `MAPI_E_UNKNOWN_LCID`: the server does not
    ///   support the client's code page / locale.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the store is already open and does
    ///   not support the interface asked for.
    /// - `MAPI_W_ERRORS_RETURNED`: success, with error details available
    ///   through `GetLastError`.
    ///
    /// Any other failure makes MAPI disable the whole message service for
    /// the rest of the session.
    ///
    /// **Notes to implementers.**
    /// - Keep the support object `lpMAPISup` in the logon object and `AddRef`
    ///   it; it can differ from store to store, so use the one of the store
    ///   at hand. Use it (`OpenProfileSection`) to save and read credentials
    ///   and options: properties 0x6600 to 0x67FF of the profile section are
    ///   private to the provider. Also set `PR_DISPLAY_NAME` in the section
    ///   to a name users can tell this store by.
    /// - Use `ulUIParam` as the parent of any dialog box, but show none when
    ///   `MDB_NO_DIALOG` is set.
    /// - `lpInterface` null or `IID_IMsgStore` asks for `IMsgStore`;
    ///   `IID_IUnknown` lets the provider choose (normally `IMsgStore`).
    /// - Return in `lpcbSpoolSecurity`/`lppbSpoolSecurity` whatever lets the
    ///   spooler open the same store without a dialog box (path,
    ///   credentials), allocated with the `lpfAllocateBuffer` of
    ///   `MSProviderInit`. The spooler runs in another process: put no
    ///   addresses in that buffer.
    /// - If the profile lacks needed information, return
    ///   `MAPI_E_UNCONFIGURED`. Calling `IMAPISupport::ModifyProfile` makes a
    ///   new store's profile section permanent and lists the store in the
    ///   session's message store table.
    /// - After a successful logon, build the status row properties and call
    ///   `IMAPISupport::ModifyStatusRow` before returning.
    /// - Keep a list of open stores in the provider object and check it (by
    ///   `lpEntryID`, early) for a store that is already open in this
    ///   session. For such a store, skip credentials and dialog boxes,
    ///   `AddRef` the existing store (or `QueryInterface` it for another
    ///   interface), return it in `lppMDB`, return null in `lppMSLogon`, and
    ///   do not touch the profile, register a `MAPIUID`, add a status row,
    ///   return spooler data or `AddRef` the support object.
    /// - Return a `MAPIERROR` in `lppMAPIError` whenever you can, allocated
    ///   with `lpfAllocateBuffer`, its strings in Unicode when
    ///   `MAPI_UNICODE` is set; MAPI reads and frees it.
    /// - Return `MAPI_E_FAILONEPROVIDER` for failures that do not justify
    ///   disabling the whole service (say, a missing password when no UI is
    ///   allowed).
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): MAPI support object for the store being opened.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile in use, for display or logging; Unicode if `MAPI_UNICODE` is set.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Unwrapped entry identifier of the store; null when no store has been chosen yet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logon.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the store object; null means `IMsgStore`.
    /// - `lpcbSpoolSecurity` (`ULONG*`, out): Receives the size in bytes of the spooler logon data returned in `lppbSpoolSecurity`.
    /// - `lppbSpoolSecurity` (`LPBYTE*`, out): Receives the data `SpoolerLogon` needs to open the same store.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppMSLogon` (`LPMSLOGON*`, out): Receives the logon object MAPI uses to control the store; null if the store was already open.
    /// - `lppMDB` (`LPMDB*`, out): Receives the store object for clients and the MAPI spooler.
    pub Logon: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMAPISup: crate::LPMAPISUP,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::LPTSTR,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpInterface: crate::LPCIID,
        lpcbSpoolSecurity: *mut crate::ULONG,
        lppbSpoolSecurity: *mut crate::LPBYTE,
        lppMAPIError: *mut crate::LPMAPIERROR,
        lppMSLogon: *mut LPMSLOGON,
        lppMDB: *mut crate::LPMDB,
    ) -> crate::HRESULT,
    /// Logs the MAPI spooler on to a message store already opened through
    /// `IMSProvider::Logon`.
    ///
    /// The spooler uses the store object returned in `lppMDB`. As with
    /// `Logon`, a logon object comes back in `lppMSLogon`, paired one to one
    /// with the store object and created and freed with it. The spooler
    /// logon data that `Logon` returned arrives here in
    /// `cbSpoolSecurity`/`lpbSpoolSecurity`, so no dialog box should be
    /// needed.
    ///
    /// Returns:
    /// - `S_OK`: the logon succeeded.
    /// - `MAPI_E_UNCONFIGURED`: the profile lacks information needed for the
    ///   logon; MAPI calls the service entry point.
    /// - `MAPI_W_ERRORS_RETURNED`: success, with error details available.
    ///
    /// **Notes to implementers.** Mark the returned store object internally
    /// as the spooler's: several store methods (such as those meant only for
    /// the spooler) behave differently for it than for a client's store.
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): MAPI support object for the store.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile in use; Unicode if `MAPI_UNICODE` is set.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the store; null when no store has been chosen yet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logon.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the store object; null means `IMsgStore`.
    /// - `cbSpoolSecurity` (`ULONG`, in): Size in bytes of the spooler logon data at `lpbSpoolSecurity`.
    /// - `lpbSpoolSecurity` (`LPBYTE`, in): Spooler logon data returned earlier by `IMSProvider::Logon`.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppMSLogon` (`LPMSLOGON*`, out): Receives the logon object MAPI uses to control the store.
    /// - `lppMDB` (`LPMDB*`, out): Receives the store object for the MAPI spooler.
    pub SpoolerLogon: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMAPISup: crate::LPMAPISUP,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::LPTSTR,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpInterface: crate::LPCIID,
        cbSpoolSecurity: crate::ULONG,
        lpbSpoolSecurity: crate::LPBYTE,
        lppMAPIError: *mut crate::LPMAPIERROR,
        lppMSLogon: *mut LPMSLOGON,
        lppMDB: *mut crate::LPMDB,
    ) -> crate::HRESULT,
    /// Tells whether two store entry identifiers designate the same store.
    ///
    /// MAPI calls it while handling `IMAPISession::OpenMsgStore`, to find the
    /// profile section (if any) of the store being opened, and while handling
    /// a provider's `IMAPISupport::OpenProfileSection`; it may be called when
    /// no store of the provider is open. Both identifiers belong to this
    /// provider's DLL and are unwrapped (see
    /// `IMAPISupport::WrapStoreEntryID`). A store can have several valid
    /// identifiers, for instance after a provider upgrade, hence the need for
    /// this method.
    ///
    /// Returns `S_OK` when the comparison was made; the answer is in
    /// `lpulResult`.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First store entry identifier.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second store entry identifier.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same store, FALSE otherwise.
    pub CompareStoreIDs: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID1: crate::ULONG,
        lpEntryID1: crate::LPENTRYID,
        cbEntryID2: crate::ULONG,
        lpEntryID2: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulResult: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMSProvider`]: `{00020310-0000-0000-C000-000000000046}`.
#[cfg(feature = "store")]
pub const IID_IMSProvider: crate::GUID = crate::GUID::from_u128(
    0x00020310_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "store")]
#[automatically_derived]
unsafe impl crate::Interface for IMSProvider {
    const IID: crate::GUID = IID_IMSProvider;
    const NAME: &'static str = "IMSProvider";
    type Vtbl = IMSProviderVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMSProvider || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "store")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMSProviderVtbl>() == 7 * ::core::mem::size_of::<usize>()
);
/// A message store logon object: the side of an open store that MAPI itself
/// calls.
///
/// It is paired one to one with the `IMsgStore` object that clients call;
/// the two are created together by `IMSProvider::Logon` or `SpoolerLogon`
/// and freed together, like one object exposing two interfaces.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMSLogon {
    /// The object's vtable.
    pub lpVtbl: *const IMSLogonVtbl,
}
/// The vtable of [`IMSLogon`]: its methods in slot order, after its base's.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMSLogonVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// message store object.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; `lppMAPIError` may still be null when
    ///   nothing is known about the error.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was set and Unicode is not
    ///   supported, or it was not set and only Unicode is supported.
    ///
    /// **Notes to callers.** Use the structure only when the call returned
    /// `S_OK`, and free it with a single `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): Error value returned by the earlier call on the store object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the `MAPIERROR`, or null if none is available.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Logs off the message store provider, forcibly shutting this logon
    /// down.
    ///
    /// MAPI calls it while logging a client off (after
    /// `IMAPISession::Logoff`), and while logging off the store: in that
    /// case from the `Release` of the support object that the provider
    /// releases while handling `IMsgStore::StoreLogoff` or the store's final
    /// `Release`.
    ///
    /// Returns `S_OK` on success.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    pub Logoff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Opens a folder or message of the store for MAPI and returns an
    /// interface pointer to it.
    ///
    /// MAPI calls it when handling `IMAPISession::OpenEntry`, after checking
    /// that the entry identifier carries a `MAPIUID` this provider registered
    /// with `IMAPISupport::SetProviderUID`. It behaves exactly like
    /// `IMsgStore::OpenEntry`.
    ///
    /// Returns `S_OK` when the object was opened.
    ///
    /// **Notes to implementers.** Treat objects opened here exactly like
    /// those opened through the store object; in particular invalidate them
    /// when the store object is released.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder or message to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard interface.
    /// - `ulOpenFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
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
    /// Tells whether two entry identifiers of this store designate the same
    /// object.
    ///
    /// MAPI passes the call to the provider only when both identifiers carry
    /// a `MAPIUID` it handles. An object can have several valid identifiers
    /// (for instance after a provider upgrade), which is why the provider
    /// must do the comparison.
    ///
    /// Returns `S_OK` when the comparison was made; the answer is in
    /// `lpulResult`.
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
    /// Registers an advise sink, on MAPI's behalf, for notifications about
    /// changes to an object of the store or to the whole store.
    ///
    /// When an event selected by `ulEventMask` occurs on the object, the
    /// provider calls the sink's `IMAPIAdviseSink::OnNotify` with a
    /// `NOTIFICATION` describing it, either during the call that made the
    /// change or later, and possibly on any thread.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: notifications are not supported.
    ///
    /// **Notes to implementers.** `AddRef` the sink and keep it until
    /// `IMSLogon::Unadvise` cancels the registration; return a nonzero
    /// connection number and keep it valid until `Unadvise` has been called.
    /// Be ready for the sink to be released at any time between `Advise` and
    /// `Unadvise`.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`; 0 with a null `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch; null to watch the whole store.
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
    /// Cancels a notification registration made with `IMSLogon::Advise`.
    ///
    /// The provider releases the advise sink of that registration, normally
    /// during the call; if another thread is inside the sink's `OnNotify`,
    /// the release waits until `OnNotify` returns.
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
    /// Opens the status object of this store logon.
    ///
    /// Clients then use it through `IMAPIStatus`, for instance
    /// `SettingsDialog` to reconfigure the logon or `ValidateState` to check
    /// its state.
    ///
    /// Returns `S_OK` when the status object was opened.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the status object; null means `IMAPIStatus`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the status object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object (`MAPI_STATUS`).
    /// - `lppEntry` (`LPVOID*`, out): Receives the status object.
    pub OpenStatusEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppEntry: *mut crate::LPVOID,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMSLogon`]: `{00020313-0000-0000-C000-000000000046}`.
#[cfg(feature = "store")]
pub const IID_IMSLogon: crate::GUID = crate::GUID::from_u128(
    0x00020313_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "store")]
#[automatically_derived]
unsafe impl crate::Interface for IMSLogon {
    const IID: crate::GUID = IID_IMSLogon;
    const NAME: &'static str = "IMSLogon";
    type Vtbl = IMSLogonVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMSLogon || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "store")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMSLogonVtbl>() == 10 * ::core::mem::size_of::<usize>()
);
/// Tells Outlook what a message store supports beyond MAPI's common
/// contract, one area at a time.
///
/// Outlook asks a store object for it with `QueryInterface`; a store that
/// does not offer it is treated as supporting none of these capabilities.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMSCapabilities {
    /// The object's vtable.
    pub lpVtbl: *const IMSCapabilitiesVtbl,
}
/// The vtable of [`IMSCapabilities`]: its methods in slot order, after its base's.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMSCapabilitiesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the capabilities of the store in the area the selector
    /// names: a bitmask of `MSCAP_*` values for that area (the same bit
    /// means different things in different areas), or 0 for none.
    ///
    /// # Parameters
    ///
    /// - `mscapSelector` (`MSCAP_SELECTOR`, in): The area asked about.
    pub GetCapabilities: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        mscapSelector: MSCAP_SELECTOR,
    ) -> crate::ULONG,
}
/// The interface identifier of [`IMSCapabilities`]: `{00020393-0000-0000-C000-000000000046}`.
#[cfg(feature = "store")]
pub const IID_IMSCapabilities: crate::GUID = crate::GUID::from_u128(
    0x00020393_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "store")]
#[automatically_derived]
unsafe impl crate::Interface for IMSCapabilities {
    const IID: crate::GUID = IID_IMSCapabilities;
    const NAME: &'static str = "IMSCapabilities";
    type Vtbl = IMSCapabilitiesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMSCapabilities
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "store")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMSCapabilitiesVtbl>() == 4 * ::core::mem::size_of::<usize>()
);
/// Lets a MAPI client that exits quickly tell the providers it has loaded,
/// so that they save their data before the process goes away.
///
/// Implemented by providers (a store returns it from `QueryInterface` on its
/// `IMSProvider` object); called by the MAPI subsystem on behalf of a client
/// that uses `IMAPIClientShutdown`.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMAPIProviderShutdown {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIProviderShutdownVtbl,
}
/// The vtable of [`IMAPIProviderShutdown`]: its methods in slot order, after its base's.
#[cfg(feature = "store")]
#[repr(C)]
pub struct IMAPIProviderShutdownVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Asks whether the provider supports a fast shutdown.
    ///
    /// Returns `S_OK` if it does, `MAPI_E_NO_SUPPORT` if it does not (the
    /// client then shuts down the slow way, releasing every object).
    pub QueryFastShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells the provider that the client is about to shut down, so that it
    /// can stop work it has started and prepare to save its data.
    pub NotifyProcessShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Tells the provider that the client exits now, without releasing its
    /// objects: the provider saves what must persist at once; nothing it
    /// does afterwards can be relied on.
    pub DoFastShutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIProviderShutdown`]: `{00020398-0000-0000-C000-000000000046}`.
#[cfg(feature = "store")]
pub const IID_IMAPIProviderShutdown: crate::GUID = crate::GUID::from_u128(
    0x00020398_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "store")]
#[automatically_derived]
unsafe impl crate::Interface for IMAPIProviderShutdown {
    const IID: crate::GUID = IID_IMAPIProviderShutdown;
    const NAME: &'static str = "IMAPIProviderShutdown";
    type Vtbl = IMAPIProviderShutdownVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIProviderShutdown
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "store")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIProviderShutdownVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "store"))]
/// The provider side of [`IMSProvider`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMSProviderImpl`, the provider side of `IMSProvider`",
    label = "`IMSProvider` needs `impl IMSProviderImpl for {Self}`",
    note = "write `impl IMSProviderImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMSProviderImpl: crate::__private::Declares<
        IMSProvider,
        0x00020310_0000_0000_c000_000000000046,
    > {
    /// Shuts the message store provider down in an orderly way.
    ///
    /// MAPI calls it just before releasing the provider object, after it has
    /// released every logon object of the provider.
    ///
    /// Returns `S_OK` on success.
    ///
    /// Called through slot 3 ([`IMSProviderVtbl::Shutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn shutdown(
        &self,
        lpulFlags: MSProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Logs MAPI on to one message store of this provider, returning the
    /// store object and its companion logon object.
    ///
    /// This is where most of the work of opening a store happens: checking
    /// the credentials needed for the store, then creating an `IMsgStore`
    /// for clients and the spooler (`lppMDB`) together with an `IMSLogon`
    /// that MAPI uses to control it (`lppMSLogon`). The two must be tightly
    /// linked, one to one, created and freed together, as if one object
    /// exposed two interfaces.
    ///
    /// `lpEntryID`, when given, is an unwrapped store entry identifier that
    /// this provider made earlier (saved as `PR_ENTRYID` in the profile
    /// section, or handed to a client as `PR_STORE_ENTRYID` or as the
    /// store's `PR_ENTRYID`), possibly on another computer; it must carry
    /// everything needed to find the store. If the store cannot be reached
    /// with it (renamed server, changed account, ...) let the user pick the
    /// store in a dialog box. With `lpEntryID` null no store has been chosen
    /// yet; the provider may still find one (initialization file, extra
    /// properties in its profile section) without asking.
    ///
    /// Returns:
    /// - `S_OK`: the logon succeeded.
    /// - `MAPI_E_FAILONEPROVIDER`: this provider cannot log on, but its
    ///   message service should stay enabled.
    /// - `MAPI_E_LOGON_FAILED`: no logon could be established (also the
    ///   answer when a dialog box is needed but not allowed).
    /// - `MAPI_E_UNCONFIGURED`: the profile lacks information needed for the
    ///   logon; MAPI then calls the service entry point with
    ///   `MSG_SERVICE_CONFIGURE` and retries.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    /// - `MAPI_E_UNKNOWN_CPID` / `MAPI_E_UNKNOWN_LCID`: the server does not
    ///   support the client's code page / locale.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the store is already open and does
    ///   not support the interface asked for.
    /// - `MAPI_W_ERRORS_RETURNED`: success, with error details available
    ///   through `GetLastError`.
    ///
    /// Any other failure makes MAPI disable the whole message service for
    /// the rest of the session.
    ///
    /// **Notes to implementers.**
    /// - Keep the support object `lpMAPISup` in the logon object and `AddRef`
    ///   it; it can differ from store to store, so use the one of the store
    ///   at hand. Use it (`OpenProfileSection`) to save and read credentials
    ///   and options: properties 0x6600 to 0x67FF of the profile section are
    ///   private to the provider. Also set `PR_DISPLAY_NAME` in the section
    ///   to a name users can tell this store by.
    /// - Use `ulUIParam` as the parent of any dialog box, but show none when
    ///   `MDB_NO_DIALOG` is set.
    /// - `lpInterface` null or `IID_IMsgStore` asks for `IMsgStore`;
    ///   `IID_IUnknown` lets the provider choose (normally `IMsgStore`).
    /// - Return in `lpcbSpoolSecurity`/`lppbSpoolSecurity` whatever lets the
    ///   spooler open the same store without a dialog box (path,
    ///   credentials), allocated with the `lpfAllocateBuffer` of
    ///   `MSProviderInit`. The spooler runs in another process: put no
    ///   addresses in that buffer.
    /// - If the profile lacks needed information, return
    ///   `MAPI_E_UNCONFIGURED`. Calling `IMAPISupport::ModifyProfile` makes a
    ///   new store's profile section permanent and lists the store in the
    ///   session's message store table.
    /// - After a successful logon, build the status row properties and call
    ///   `IMAPISupport::ModifyStatusRow` before returning.
    /// - Keep a list of open stores in the provider object and check it (by
    ///   `lpEntryID`, early) for a store that is already open in this
    ///   session. For such a store, skip credentials and dialog boxes,
    ///   `AddRef` the existing store (or `QueryInterface` it for another
    ///   interface), return it in `lppMDB`, return null in `lppMSLogon`, and
    ///   do not touch the profile, register a `MAPIUID`, add a status row,
    ///   return spooler data or `AddRef` the support object.
    /// - Return a `MAPIERROR` in `lppMAPIError` whenever you can, allocated
    ///   with `lpfAllocateBuffer`, its strings in Unicode when
    ///   `MAPI_UNICODE` is set; MAPI reads and frees it.
    /// - Return `MAPI_E_FAILONEPROVIDER` for failures that do not justify
    ///   disabling the whole service (say, a missing password when no UI is
    ///   allowed).
    ///
    /// Called through slot 4 ([`IMSProviderVtbl::Logon`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn logon(
        &self,
        lpMAPISup: crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::value::StrRef<'_>,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MSProviderLogonFlags,
        lpInterface: ::core::option::Option<&crate::GUID>,
    ) -> ::core::result::Result<
        (
            ::std::vec::Vec<u8>,
            ::core::option::Option<crate::value::MapiError>,
            ::core::option::Option<crate::ComPtr<IMSLogon>>,
            crate::ComPtr<crate::IUnknown>,
        ),
        crate::Hresult,
    > {
        let _ = (lpMAPISup, ulUIParam, lpszProfileName, lpEntryID, ulFlags, lpInterface);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Logs the MAPI spooler on to a message store already opened through
    /// `IMSProvider::Logon`.
    ///
    /// The spooler uses the store object returned in `lppMDB`. As with
    /// `Logon`, a logon object comes back in `lppMSLogon`, paired one to one
    /// with the store object and created and freed with it. The spooler
    /// logon data that `Logon` returned arrives here in
    /// `cbSpoolSecurity`/`lpbSpoolSecurity`, so no dialog box should be
    /// needed.
    ///
    /// Returns:
    /// - `S_OK`: the logon succeeded.
    /// - `MAPI_E_UNCONFIGURED`: the profile lacks information needed for the
    ///   logon; MAPI calls the service entry point.
    /// - `MAPI_W_ERRORS_RETURNED`: success, with error details available.
    ///
    /// **Notes to implementers.** Mark the returned store object internally
    /// as the spooler's: several store methods (such as those meant only for
    /// the spooler) behave differently for it than for a client's store.
    ///
    /// Called through slot 5 ([`IMSProviderVtbl::SpoolerLogon`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn spooler_logon(
        &self,
        lpMAPISup: crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::value::StrRef<'_>,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MSProviderSpoolerLogonFlags,
        lpInterface: ::core::option::Option<&crate::GUID>,
        lpbSpoolSecurity: &[u8],
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiError>,
            crate::ComPtr<IMSLogon>,
            crate::ComPtr<crate::IUnknown>,
        ),
        crate::Hresult,
    > {
        let _ = (
            lpMAPISup,
            ulUIParam,
            lpszProfileName,
            lpEntryID,
            ulFlags,
            lpInterface,
            lpbSpoolSecurity,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two store entry identifiers designate the same store.
    ///
    /// MAPI calls it while handling `IMAPISession::OpenMsgStore`, to find the
    /// profile section (if any) of the store being opened, and while handling
    /// a provider's `IMAPISupport::OpenProfileSection`; it may be called when
    /// no store of the provider is open. Both identifiers belong to this
    /// provider's DLL and are unwrapped (see
    /// `IMAPISupport::WrapStoreEntryID`). A store can have several valid
    /// identifiers, for instance after a provider upgrade, hence the need for
    /// this method.
    ///
    /// Returns `S_OK` when the comparison was made; the answer is in
    /// `lpulResult`.
    ///
    /// Called through slot 6 ([`IMSProviderVtbl::CompareStoreIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_store_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MSProviderCompareStoreIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "store"))]
impl IMSProviderVtbl {
    /// A vtable of [`IMSProvider`] whose slots check their arguments and call [`IMSProviderImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMSProviderImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Shutdown: {
                /// `IMSProvider::Shutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSProviderImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <MSProviderShutdownFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMSProviderImpl>::shutdown(
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
            Logon: {
                /// `IMSProvider::Logon`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMAPISup: crate::LPMAPISUP,
                    ulUIParam: crate::ULONG_PTR,
                    lpszProfileName: crate::LPTSTR,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                    lpInterface: crate::LPCIID,
                    lpcbSpoolSecurity: *mut crate::ULONG,
                    lppbSpoolSecurity: *mut crate::LPBYTE,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                    lppMSLogon: *mut LPMSLOGON,
                    lppMDB: *mut crate::LPMDB,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSProviderImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcbSpoolSecurity.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcbSpoolSecurity, 0, 1) };
                        }
                        if !lppbSpoolSecurity.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppbSpoolSecurity, 0, 1) };
                        }
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        if !lppMSLogon.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMSLogon, 0, 1) };
                        }
                        if !lppMDB.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMDB, 0, 1) };
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
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
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
                        let arg4 = if lpEntryID.is_null() {
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
                        let arg5 = match <MSProviderLogonFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg6 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        if lpcbSpoolSecurity.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppbSpoolSecurity.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppMSLogon.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppMDB.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMSProviderImpl>::logon(
                            object.inner(),
                            arg0,
                            ulUIParam,
                            arg2,
                            arg4,
                            arg5,
                            arg6.as_ref(),
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg8, arg9, arg10, arg11) = __outs;
                                let __buf8 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_bytes(__alloc, &arg8)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let __buf9 = match arg9 {
                                    ::core::option::Option::Some(
                                        arg9,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg9,
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
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                {
                                    let __o = &arg11;
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
                                let (__count, __ptr) = __buf8.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lppbSpoolSecurity.write(__ptr.cast());
                                    lpcbSpoolSecurity.write(__count);
                                }
                                if let ::core::option::Option::Some(__buf9) = __buf9 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf9.into_raw().cast()) };
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    lppMSLogon
                                        .write(
                                            arg10
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
            SpoolerLogon: {
                /// `IMSProvider::SpoolerLogon`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMAPISup: crate::LPMAPISUP,
                    ulUIParam: crate::ULONG_PTR,
                    lpszProfileName: crate::LPTSTR,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                    lpInterface: crate::LPCIID,
                    cbSpoolSecurity: crate::ULONG,
                    lpbSpoolSecurity: crate::LPBYTE,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                    lppMSLogon: *mut LPMSLOGON,
                    lppMDB: *mut crate::LPMDB,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSProviderImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        if !lppMSLogon.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMSLogon, 0, 1) };
                        }
                        if !lppMDB.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMDB, 0, 1) };
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
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
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
                        let arg4 = if lpEntryID.is_null() {
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
                        let arg5 = match <MSProviderSpoolerLogonFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg6 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        // SAFETY: the caller passes `cbSpoolSecurity` valid
                        // elements at `lpbSpoolSecurity` (null, misaligned and
                        // oversized are checked).
                        let arg8 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpbSpoolSecurity.cast(), cbSpoolSecurity as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppMSLogon.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppMDB.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMSProviderImpl>::spooler_logon(
                            object.inner(),
                            arg0,
                            ulUIParam,
                            arg2,
                            arg4,
                            arg5,
                            arg6.as_ref(),
                            arg8,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg9, arg10, arg11) = __outs;
                                let __buf9 = match arg9 {
                                    ::core::option::Option::Some(
                                        arg9,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg9,
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
                                            },
                                        )
                                    }
                                    _ => ::core::option::Option::None,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                {
                                    let __o = &arg11;
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
                                if let ::core::option::Option::Some(__buf9) = __buf9 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf9.into_raw().cast()) };
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppMSLogon.write(arg10.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CompareStoreIDs: {
                /// `IMSProvider::CompareStoreIDs`.
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
                    O::Inner: IMSProviderImpl,
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
                        let arg4 = match <MSProviderCompareStoreIDsFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMSProviderImpl>::compare_store_ids(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "store"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMSProvider {
    const IIDS: &'static [u128] = &[
        0x00020310_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "store"))]
/// The provider side of [`IMSLogon`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMSLogonImpl`, the provider side of `IMSLogon`",
    label = "`IMSLogon` needs `impl IMSLogonImpl for {Self}`",
    note = "write `impl IMSLogonImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMSLogonImpl: crate::__private::Declares<
        IMSLogon,
        0x00020313_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// message store object.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; `lppMAPIError` may still be null when
    ///   nothing is known about the error.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was set and Unicode is not
    ///   supported, or it was not set and only Unicode is supported.
    ///
    /// **Notes to callers.** Use the structure only when the call returned
    /// `S_OK`, and free it with a single `MAPIFreeBuffer`.
    ///
    /// Called through slot 3 ([`IMSLogonVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: MSLogonGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Logs off the message store provider, forcibly shutting this logon
    /// down.
    ///
    /// MAPI calls it while logging a client off (after
    /// `IMAPISession::Logoff`), and while logging off the store: in that
    /// case from the `Release` of the support object that the provider
    /// releases while handling `IMsgStore::StoreLogoff` or the store's final
    /// `Release`.
    ///
    /// Returns `S_OK` on success.
    ///
    /// Called through slot 4 ([`IMSLogonVtbl::Logoff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn logoff(
        &self,
        lpulFlags: MSLogonLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a folder or message of the store for MAPI and returns an
    /// interface pointer to it.
    ///
    /// MAPI calls it when handling `IMAPISession::OpenEntry`, after checking
    /// that the entry identifier carries a `MAPIUID` this provider registered
    /// with `IMAPISupport::SetProviderUID`. It behaves exactly like
    /// `IMsgStore::OpenEntry`.
    ///
    /// Returns `S_OK` when the object was opened.
    ///
    /// **Notes to implementers.** Treat objects opened here exactly like
    /// those opened through the store object; in particular invalidate them
    /// when the store object is released.
    ///
    /// Called through slot 5 ([`IMSLogonVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulOpenFlags: MSLogonOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulOpenFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two entry identifiers of this store designate the same
    /// object.
    ///
    /// MAPI passes the call to the provider only when both identifiers carry
    /// a `MAPIUID` it handles. An object can have several valid identifiers
    /// (for instance after a provider upgrade), which is why the provider
    /// must do the comparison.
    ///
    /// Returns `S_OK` when the comparison was made; the answer is in
    /// `lpulResult`.
    ///
    /// Called through slot 6 ([`IMSLogonVtbl::CompareEntryIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MSLogonCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers an advise sink, on MAPI's behalf, for notifications about
    /// changes to an object of the store or to the whole store.
    ///
    /// When an event selected by `ulEventMask` occurs on the object, the
    /// provider calls the sink's `IMAPIAdviseSink::OnNotify` with a
    /// `NOTIFICATION` describing it, either during the call that made the
    /// change or later, and possibly on any thread.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: notifications are not supported.
    ///
    /// **Notes to implementers.** `AddRef` the sink and keep it until
    /// `IMSLogon::Unadvise` cancels the registration; return a nonzero
    /// connection number and keep it valid until `Unadvise` has been called.
    /// Be ready for the sink to be released at any time between `Advise` and
    /// `Unadvise`.
    ///
    /// Called through slot 7 ([`IMSLogonVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MSLogonAdviseFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpEntryID, ulEventMask, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a notification registration made with `IMSLogon::Advise`.
    ///
    /// The provider releases the advise sink of that registration, normally
    /// during the call; if another thread is inside the sink's `OnNotify`,
    /// the release waits until `OnNotify` returns.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// Called through slot 8 ([`IMSLogonVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the status object of this store logon.
    ///
    /// Clients then use it through `IMAPIStatus`, for instance
    /// `SettingsDialog` to reconfigure the logon or `ValidateState` to check
    /// its state.
    ///
    /// Returns `S_OK` when the status object was opened.
    ///
    /// Called through slot 9 ([`IMSLogonVtbl::OpenStatusEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_status_entry(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MSLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "store"))]
impl IMSLogonVtbl {
    /// A vtable of [`IMSLogon`] whose slots check their arguments and call [`IMSLogonImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMSLogonImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMSLogon::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <MSLogonGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMSLogonImpl>::get_last_error(
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
            Logoff: {
                /// `IMSLogon::Logoff`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSLogonImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <MSLogonLogoffFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMSLogonImpl>::logoff(object.inner(), arg0) {
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
            OpenEntry: {
                /// `IMSLogon::OpenEntry`.
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
                    O::Inner: IMSLogonImpl,
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
                        let arg3 = match <MSLogonOpenEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMSLogonImpl>::open_entry(
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
                /// `IMSLogon::CompareEntryIDs`.
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
                    O::Inner: IMSLogonImpl,
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
                        let arg4 = match <MSLogonCompareEntryIDsFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMSLogonImpl>::compare_entry_ids(
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
                /// `IMSLogon::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulEventMask: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSLogonImpl,
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
                        let arg2 = match <MSLogonAdviseFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMSLogonImpl>::advise(
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
                /// `IMSLogon::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSLogonImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMSLogonImpl>::unadvise(
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
            OpenStatusEntry: {
                /// `IMSLogon::OpenStatusEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lpulObjType: *mut crate::ULONG,
                    lppEntry: *mut crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMSLogonImpl,
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
                        let arg1 = match <MSLogonOpenStatusEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMSLogonImpl>::open_status_entry(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "store"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMSLogon {
    const IIDS: &'static [u128] = &[
        0x00020313_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "store"))]
/// The provider side of [`IMSCapabilities`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMSCapabilitiesImpl`, the provider side of `IMSCapabilities`",
    label = "`IMSCapabilities` needs `impl IMSCapabilitiesImpl for {Self}`",
    note = "write `impl IMSCapabilitiesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMSCapabilitiesImpl: crate::__private::Declares<
        IMSCapabilities,
        0x00020393_0000_0000_c000_000000000046,
    > {
    /// Returns the capabilities of the store in the area the selector
    /// names: a bitmask of `MSCAP_*` values for that area (the same bit
    /// means different things in different areas), or 0 for none.
    ///
    /// Called through slot 3 ([`IMSCapabilitiesVtbl::GetCapabilities`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    fn get_capabilities(&self, mscapSelector: MSCAP_SELECTOR) -> crate::ULONG;
}
#[cfg(all(feature = "provider", feature = "store"))]
impl IMSCapabilitiesVtbl {
    /// A vtable of [`IMSCapabilities`] whose slots check their arguments and call [`IMSCapabilitiesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMSCapabilitiesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetCapabilities: {
                /// `IMSCapabilities::GetCapabilities`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    mscapSelector: MSCAP_SELECTOR,
                ) -> crate::ULONG
                where
                    O::Inner: IMSCapabilitiesImpl,
                {
                    crate::__private::guard_or(
                        0,
                        || {
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            <O::Inner as IMSCapabilitiesImpl>::get_capabilities(
                                object.inner(),
                                mscapSelector,
                            )
                        },
                    )
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "store"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMSCapabilities {
    const IIDS: &'static [u128] = &[
        0x00020393_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "store"))]
/// The provider side of [`IMAPIProviderShutdown`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIProviderShutdownImpl`, the provider side of `IMAPIProviderShutdown`",
    label = "`IMAPIProviderShutdown` needs `impl IMAPIProviderShutdownImpl for {Self}`",
    note = "write `impl IMAPIProviderShutdownImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIProviderShutdownImpl: crate::__private::Declares<
        IMAPIProviderShutdown,
        0x00020398_0000_0000_c000_000000000046,
    > {
    /// Asks whether the provider supports a fast shutdown.
    ///
    /// Returns `S_OK` if it does, `MAPI_E_NO_SUPPORT` if it does not (the
    /// client then shuts down the slow way, releasing every object).
    ///
    /// Called through slot 3 ([`IMAPIProviderShutdownVtbl::QueryFastShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn query_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the provider that the client is about to shut down, so that it
    /// can stop work it has started and prepare to save its data.
    ///
    /// Called through slot 4 ([`IMAPIProviderShutdownVtbl::NotifyProcessShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn notify_process_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the provider that the client exits now, without releasing its
    /// objects: the provider saves what must persist at once; nothing it
    /// does afterwards can be relied on.
    ///
    /// Called through slot 5 ([`IMAPIProviderShutdownVtbl::DoFastShutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn do_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "store"))]
impl IMAPIProviderShutdownVtbl {
    /// A vtable of [`IMAPIProviderShutdown`] whose slots check their arguments and call [`IMAPIProviderShutdownImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIProviderShutdownImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            QueryFastShutdown: {
                /// `IMAPIProviderShutdown::QueryFastShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProviderShutdownImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProviderShutdownImpl>::query_fast_shutdown(
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
                /// `IMAPIProviderShutdown::NotifyProcessShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProviderShutdownImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProviderShutdownImpl>::notify_process_shutdown(
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
                /// `IMAPIProviderShutdown::DoFastShutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIProviderShutdownImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIProviderShutdownImpl>::do_fast_shutdown(
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
#[cfg(all(feature = "provider", feature = "store"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIProviderShutdown {
    const IIDS: &'static [u128] = &[
        0x00020398_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: `IMSProvider` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMSProvider {}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: every interface begins with itself (`IMSProvider`).
#[automatically_derived]
unsafe impl crate::Inherits<IMSProvider> for IMSProvider {}
#[cfg(all(feature = "client", feature = "store"))]
/// The caller side of [`IMSProvider`]: its methods, called through the vtable, on every `ComPtr` to `IMSProvider` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMSProviderExt {
    /// Shuts the message store provider down in an orderly way.
    ///
    /// MAPI calls it just before releasing the provider object, after it has
    /// released every logon object of the provider.
    ///
    /// Returns `S_OK` on success.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    ///
    /// Calls slot 3 of the vtable, [`IMSProviderVtbl::Shutdown`].
    fn shutdown(
        &self,
        lpulFlags: &MSProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Logs MAPI on to one message store of this provider, returning the
    /// store object and its companion logon object.
    ///
    /// This is where most of the work of opening a store happens: checking
    /// the credentials needed for the store, then creating an `IMsgStore`
    /// for clients and the spooler (`lppMDB`) together with an `IMSLogon`
    /// that MAPI uses to control it (`lppMSLogon`). The two must be tightly
    /// linked, one to one, created and freed together, as if one object
    /// exposed two interfaces.
    ///
    /// `lpEntryID`, when given, is an unwrapped store entry identifier that
    /// this provider made earlier (saved as `PR_ENTRYID` in the profile
    /// section, or handed to a client as `PR_STORE_ENTRYID` or as the
    /// store's `PR_ENTRYID`), possibly on another computer; it must carry
    /// everything needed to find the store. If the store cannot be reached
    /// with it (renamed server, changed account, ...) let the user pick the
    /// store in a dialog box. With `lpEntryID` null no store has been chosen
    /// yet; the provider may still find one (initialization file, extra
    /// properties in its profile section) without asking.
    ///
    /// Returns:
    /// - `S_OK`: the logon succeeded.
    /// - `MAPI_E_FAILONEPROVIDER`: this provider cannot log on, but its
    ///   message service should stay enabled.
    /// - `MAPI_E_LOGON_FAILED`: no logon could be established (also the
    ///   answer when a dialog box is needed but not allowed).
    /// - `MAPI_E_UNCONFIGURED`: the profile lacks information needed for the
    ///   logon; MAPI then calls the service entry point with
    ///   `MSG_SERVICE_CONFIGURE` and retries.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled a dialog box.
    /// - `MAPI_E_UNKNOWN_CPID` / `MAPI_E_UNKNOWN_LCID`: the server does not
    ///   support the client's code page / locale.
    /// - `MAPI_E_INTERFACE_NOT_SUPPORTED`: the store is already open and does
    ///   not support the interface asked for.
    /// - `MAPI_W_ERRORS_RETURNED`: success, with error details available
    ///   through `GetLastError`.
    ///
    /// Any other failure makes MAPI disable the whole message service for
    /// the rest of the session.
    ///
    /// **Notes to implementers.**
    /// - Keep the support object `lpMAPISup` in the logon object and `AddRef`
    ///   it; it can differ from store to store, so use the one of the store
    ///   at hand. Use it (`OpenProfileSection`) to save and read credentials
    ///   and options: properties 0x6600 to 0x67FF of the profile section are
    ///   private to the provider. Also set `PR_DISPLAY_NAME` in the section
    ///   to a name users can tell this store by.
    /// - Use `ulUIParam` as the parent of any dialog box, but show none when
    ///   `MDB_NO_DIALOG` is set.
    /// - `lpInterface` null or `IID_IMsgStore` asks for `IMsgStore`;
    ///   `IID_IUnknown` lets the provider choose (normally `IMsgStore`).
    /// - Return in `lpcbSpoolSecurity`/`lppbSpoolSecurity` whatever lets the
    ///   spooler open the same store without a dialog box (path,
    ///   credentials), allocated with the `lpfAllocateBuffer` of
    ///   `MSProviderInit`. The spooler runs in another process: put no
    ///   addresses in that buffer.
    /// - If the profile lacks needed information, return
    ///   `MAPI_E_UNCONFIGURED`. Calling `IMAPISupport::ModifyProfile` makes a
    ///   new store's profile section permanent and lists the store in the
    ///   session's message store table.
    /// - After a successful logon, build the status row properties and call
    ///   `IMAPISupport::ModifyStatusRow` before returning.
    /// - Keep a list of open stores in the provider object and check it (by
    ///   `lpEntryID`, early) for a store that is already open in this
    ///   session. For such a store, skip credentials and dialog boxes,
    ///   `AddRef` the existing store (or `QueryInterface` it for another
    ///   interface), return it in `lppMDB`, return null in `lppMSLogon`, and
    ///   do not touch the profile, register a `MAPIUID`, add a status row,
    ///   return spooler data or `AddRef` the support object.
    /// - Return a `MAPIERROR` in `lppMAPIError` whenever you can, allocated
    ///   with `lpfAllocateBuffer`, its strings in Unicode when
    ///   `MAPI_UNICODE` is set; MAPI reads and frees it.
    /// - Return `MAPI_E_FAILONEPROVIDER` for failures that do not justify
    ///   disabling the whole service (say, a missing password when no UI is
    ///   allowed).
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): MAPI support object for the store being opened.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile in use, for display or logging; Unicode if `MAPI_UNICODE` is set.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Unwrapped entry identifier of the store; null when no store has been chosen yet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logon.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the store object; null means `IMsgStore`.
    /// - `lpcbSpoolSecurity` (`ULONG*`, out): Receives the size in bytes of the spooler logon data returned in `lppbSpoolSecurity`.
    /// - `lppbSpoolSecurity` (`LPBYTE*`, out): Receives the data `SpoolerLogon` needs to open the same store.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppMSLogon` (`LPMSLOGON*`, out): Receives the logon object MAPI uses to control the store; null if the store was already open.
    /// - `lppMDB` (`LPMDB*`, out): Receives the store object for clients and the MAPI spooler.
    ///
    /// Calls slot 4 of the vtable, [`IMSProviderVtbl::Logon`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lppbSpoolSecurity, lppMAPIError, lppMSLogon, lppMDB)`.
    fn logon<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MSProviderLogonFlags,
    ) -> ::core::result::Result<
        (
            crate::value::MapiBuffer<u8>,
            ::core::option::Option<crate::value::MapiErrorBuffer>,
            ::core::option::Option<crate::ComPtr<IMSLogon>>,
            crate::ComPtr<U>,
        ),
        crate::Hresult,
    >;
    /// Logs the MAPI spooler on to a message store already opened through
    /// `IMSProvider::Logon`.
    ///
    /// The spooler uses the store object returned in `lppMDB`. As with
    /// `Logon`, a logon object comes back in `lppMSLogon`, paired one to one
    /// with the store object and created and freed with it. The spooler
    /// logon data that `Logon` returned arrives here in
    /// `cbSpoolSecurity`/`lpbSpoolSecurity`, so no dialog box should be
    /// needed.
    ///
    /// Returns:
    /// - `S_OK`: the logon succeeded.
    /// - `MAPI_E_UNCONFIGURED`: the profile lacks information needed for the
    ///   logon; MAPI calls the service entry point.
    /// - `MAPI_W_ERRORS_RETURNED`: success, with error details available.
    ///
    /// **Notes to implementers.** Mark the returned store object internally
    /// as the spooler's: several store methods (such as those meant only for
    /// the spooler) behave differently for it than for a client's store.
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): MAPI support object for the store.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any dialog box the method shows.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the profile in use; Unicode if `MAPI_UNICODE` is set.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the store; null when no store has been chosen yet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logon.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the store object; null means `IMsgStore`.
    /// - `cbSpoolSecurity` (`ULONG`, in): Size in bytes of the spooler logon data at `lpbSpoolSecurity`.
    /// - `lpbSpoolSecurity` (`LPBYTE`, in): Spooler logon data returned earlier by `IMSProvider::Logon`.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppMSLogon` (`LPMSLOGON*`, out): Receives the logon object MAPI uses to control the store.
    /// - `lppMDB` (`LPMDB*`, out): Receives the store object for the MAPI spooler.
    ///
    /// Calls slot 5 of the vtable, [`IMSProviderVtbl::SpoolerLogon`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - `cbSpoolSecurity` is the length of `lpbSpoolSecurity` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `(lppMAPIError, lppMSLogon, lppMDB)`.
    fn spooler_logon<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MSProviderSpoolerLogonFlags,
        lpbSpoolSecurity: &[u8],
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiErrorBuffer>,
            crate::ComPtr<IMSLogon>,
            crate::ComPtr<U>,
        ),
        crate::Hresult,
    >;
    /// Tells whether two store entry identifiers designate the same store.
    ///
    /// MAPI calls it while handling `IMAPISession::OpenMsgStore`, to find the
    /// profile section (if any) of the store being opened, and while handling
    /// a provider's `IMAPISupport::OpenProfileSection`; it may be called when
    /// no store of the provider is open. Both identifiers belong to this
    /// provider's DLL and are unwrapped (see
    /// `IMAPISupport::WrapStoreEntryID`). A store can have several valid
    /// identifiers, for instance after a provider upgrade, hence the need for
    /// this method.
    ///
    /// Returns `S_OK` when the comparison was made; the answer is in
    /// `lpulResult`.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First store entry identifier.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second store entry identifier.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same store, FALSE otherwise.
    ///
    /// Calls slot 6 of the vtable, [`IMSProviderVtbl::CompareStoreIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulResult`.
    fn compare_store_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MSProviderCompareStoreIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "store"))]
#[automatically_derived]
impl<T: crate::Inherits<IMSProvider>> IMSProviderExt for crate::ComPtr<T> {
    fn shutdown(
        &self,
        lpulFlags: &MSProviderShutdownFlags,
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
            (self.base_vtable::<IMSProvider>().Shutdown)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn logon<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MSProviderLogonFlags,
    ) -> ::core::result::Result<
        (
            crate::value::MapiBuffer<u8>,
            ::core::option::Option<crate::value::MapiErrorBuffer>,
            ::core::option::Option<crate::ComPtr<IMSLogon>>,
            crate::ComPtr<U>,
        ),
        crate::Hresult,
    > {
        let __r = lpMAPISup;
        let __a0: crate::LPMAPISUP = __r.as_raw();
        let __b2 = crate::__private::call::str_in(
            lpszProfileName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let (__a4, __a3): (crate::LPENTRYID, crate::ULONG) = match lpEntryID {
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
        let __iid6: crate::GUID = <U as crate::Interface>::IID;
        let __a6: crate::LPCIID = ::core::ptr::from_ref(&__iid6);
        let mut __a7: crate::ULONG = 0;
        let mut __a8: crate::LPBYTE = ::core::ptr::null_mut();
        let mut __a9: crate::LPMAPIERROR = ::core::ptr::null_mut();
        let mut __a10: LPMSLOGON = ::core::ptr::null_mut();
        let mut __a11: crate::LPMDB = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMSProvider>()
                .Logon)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                __a3,
                __a4,
                ulFlags.bits(),
                __a6,
                &mut __a7,
                &mut __a8,
                &mut __a9,
                &mut __a10,
                &mut __a11,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r8 = unsafe { crate::value::MapiBuffer::from_raw(*alloc, __a8.cast::<u8>(), __a7) };
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r9 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a9.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r10 = unsafe { crate::ComPtr::<IMSLogon>::from_raw(__a10) };
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r11 = unsafe { crate::ComPtr::<U>::from_raw(__a11.cast()) };
        let __r8 = __r8.ok_or_else(crate::__private::call::missing_output)?;
        let __r11 = __r11.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__r8, __r9, __r10, __r11))
    }
    fn spooler_logon<U: crate::Interface>(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MSProviderSpoolerLogonFlags,
        lpbSpoolSecurity: &[u8],
    ) -> ::core::result::Result<
        (
            ::core::option::Option<crate::value::MapiErrorBuffer>,
            crate::ComPtr<IMSLogon>,
            crate::ComPtr<U>,
        ),
        crate::Hresult,
    > {
        let __r = lpMAPISup;
        let __a0: crate::LPMAPISUP = __r.as_raw();
        let __b2 = crate::__private::call::str_in(
            lpszProfileName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b2;
        let __a2: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let (__a4, __a3): (crate::LPENTRYID, crate::ULONG) = match lpEntryID {
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
        let __iid6: crate::GUID = <U as crate::Interface>::IID;
        let __a6: crate::LPCIID = ::core::ptr::from_ref(&__iid6);
        let __s = lpbSpoolSecurity;
        let (__a8, __a7): (crate::LPBYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a9: crate::LPMAPIERROR = ::core::ptr::null_mut();
        let mut __a10: LPMSLOGON = ::core::ptr::null_mut();
        let mut __a11: crate::LPMDB = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMSProvider>()
                .SpoolerLogon)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                __a3,
                __a4,
                ulFlags.bits(),
                __a6,
                __a7,
                __a8,
                &mut __a9,
                &mut __a10,
                &mut __a11,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r9 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a9.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r10 = unsafe { crate::ComPtr::<IMSLogon>::from_raw(__a10) };
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r11 = unsafe { crate::ComPtr::<U>::from_raw(__a11.cast()) };
        let __r10 = __r10.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        let __r11 = __r11.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok((__r9, __r10, __r11))
    }
    fn compare_store_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MSProviderCompareStoreIDsFlags,
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
                .base_vtable::<IMSProvider>()
                .CompareStoreIDs)(
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
}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: `IMSLogon` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMSLogon {}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: every interface begins with itself (`IMSLogon`).
#[automatically_derived]
unsafe impl crate::Inherits<IMSLogon> for IMSLogon {}
#[cfg(all(feature = "client", feature = "store"))]
/// The caller side of [`IMSLogon`]: its methods, called through the vtable, on every `ComPtr` to `IMSLogon` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMSLogonExt {
    /// Returns a `MAPIERROR` describing the last error that occurred on the
    /// message store object.
    ///
    /// Returns:
    /// - `S_OK`: the call succeeded; `lppMAPIError` may still be null when
    ///   nothing is known about the error.
    /// - `MAPI_E_BAD_CHARWIDTH`: `MAPI_UNICODE` was set and Unicode is not
    ///   supported, or it was not set and only Unicode is supported.
    ///
    /// **Notes to callers.** Use the structure only when the call returned
    /// `S_OK`, and free it with a single `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): Error value returned by the earlier call on the store object.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the `MAPIERROR`, or null if none is available.
    ///
    /// Calls slot 3 of the vtable, [`IMSLogonVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MSLogonGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Logs off the message store provider, forcibly shutting this logon
    /// down.
    ///
    /// MAPI calls it while logging a client off (after
    /// `IMAPISession::Logoff`), and while logging off the store: in that
    /// case from the `Release` of the support object that the provider
    /// releases while handling `IMsgStore::StoreLogoff` or the store's final
    /// `Release`.
    ///
    /// Returns `S_OK` on success.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    ///
    /// Calls slot 4 of the vtable, [`IMSLogonVtbl::Logoff`].
    fn logoff(
        &self,
        lpulFlags: &MSLogonLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens a folder or message of the store for MAPI and returns an
    /// interface pointer to it.
    ///
    /// MAPI calls it when handling `IMAPISession::OpenEntry`, after checking
    /// that the entry identifier carries a `MAPIUID` this provider registered
    /// with `IMAPISupport::SetProviderUID`. It behaves exactly like
    /// `IMsgStore::OpenEntry`.
    ///
    /// Returns `S_OK` when the object was opened.
    ///
    /// **Notes to implementers.** Treat objects opened here exactly like
    /// those opened through the store object; in particular invalidate them
    /// when the store object is released.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder or message to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard interface.
    /// - `ulOpenFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    ///
    /// Calls slot 5 of the vtable, [`IMSLogonVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulOpenFlags: MSLogonOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Tells whether two entry identifiers of this store designate the same
    /// object.
    ///
    /// MAPI passes the call to the provider only when both identifiers carry
    /// a `MAPIUID` it handles. An object can have several valid identifiers
    /// (for instance after a provider upgrade), which is why the provider
    /// must do the comparison.
    ///
    /// Returns `S_OK` when the comparison was made; the answer is in
    /// `lpulResult`.
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
    /// Calls slot 6 of the vtable, [`IMSLogonVtbl::CompareEntryIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulResult`.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MSLogonCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Registers an advise sink, on MAPI's behalf, for notifications about
    /// changes to an object of the store or to the whole store.
    ///
    /// When an event selected by `ulEventMask` occurs on the object, the
    /// provider calls the sink's `IMAPIAdviseSink::OnNotify` with a
    /// `NOTIFICATION` describing it, either during the call that made the
    /// change or later, and possibly on any thread.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: notifications are not supported.
    ///
    /// **Notes to implementers.** `AddRef` the sink and keep it until
    /// `IMSLogon::Unadvise` cancels the registration; return a nonzero
    /// connection number and keep it valid until `Unadvise` has been called.
    /// Be ready for the sink to be released at any time between `Advise` and
    /// `Unadvise`.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`; 0 with a null `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch; null to watch the whole store.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications; it must already exist.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    ///
    /// Calls slot 7 of the vtable, [`IMSLogonVtbl::Advise`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulConnection`.
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MSLogonAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a notification registration made with `IMSLogon::Advise`.
    ///
    /// The provider releases the advise sink of that registration, normally
    /// during the call; if another thread is inside the sink's `OnNotify`,
    /// the release waits until `OnNotify` returns.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    ///
    /// Calls slot 8 of the vtable, [`IMSLogonVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens the status object of this store logon.
    ///
    /// Clients then use it through `IMAPIStatus`, for instance
    /// `SettingsDialog` to reconfigure the logon or `ValidateState` to check
    /// its state.
    ///
    /// Returns `S_OK` when the status object was opened.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for the status object; null means `IMAPIStatus`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the status object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object (`MAPI_STATUS`).
    /// - `lppEntry` (`LPVOID*`, out): Receives the status object.
    ///
    /// Calls slot 9 of the vtable, [`IMSLogonVtbl::OpenStatusEntry`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppEntry)`.
    fn open_status_entry<U: crate::Interface>(
        &self,
        ulFlags: MSLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "store"))]
#[automatically_derived]
impl<T: crate::Inherits<IMSLogon>> IMSLogonExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: MSLogonGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMSLogon>()
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
    fn logoff(
        &self,
        lpulFlags: &MSLogonLogoffFlags,
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
            (self.base_vtable::<IMSLogon>().Logoff)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulOpenFlags: MSLogonOpenEntryFlags,
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
                .base_vtable::<IMSLogon>()
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
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MSLogonCompareEntryIDsFlags,
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
                .base_vtable::<IMSLogon>()
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
        ulEventMask: MSLogonAdviseFlags,
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
                .base_vtable::<IMSLogon>()
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
            (self.base_vtable::<IMSLogon>().Unadvise)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_status_entry<U: crate::Interface>(
        &self,
        ulFlags: MSLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPVOID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMSLogon>()
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
}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: `IMSCapabilities` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMSCapabilities {}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: every interface begins with itself (`IMSCapabilities`).
#[automatically_derived]
unsafe impl crate::Inherits<IMSCapabilities> for IMSCapabilities {}
#[cfg(all(feature = "client", feature = "store"))]
/// The caller side of [`IMSCapabilities`]: its methods, called through the vtable, on every `ComPtr` to `IMSCapabilities` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMSCapabilitiesExt {
    /// Returns the capabilities of the store in the area the selector
    /// names: a bitmask of `MSCAP_*` values for that area (the same bit
    /// means different things in different areas), or 0 for none.
    ///
    /// # Parameters
    ///
    /// - `mscapSelector` (`MSCAP_SELECTOR`, in): The area asked about.
    ///
    /// Calls slot 3 of the vtable, [`IMSCapabilitiesVtbl::GetCapabilities`].
    fn get_capabilities(&self, mscapSelector: MSCAP_SELECTOR) -> crate::ULONG;
}
#[cfg(all(feature = "client", feature = "store"))]
#[automatically_derived]
impl<T: crate::Inherits<IMSCapabilities>> IMSCapabilitiesExt for crate::ComPtr<T> {
    fn get_capabilities(&self, mscapSelector: MSCAP_SELECTOR) -> crate::ULONG {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        unsafe {
            (self
                .base_vtable::<IMSCapabilities>()
                .GetCapabilities)(self.as_raw().cast(), mscapSelector)
        }
    }
}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: `IMAPIProviderShutdown` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIProviderShutdown {}
#[cfg(all(feature = "client", feature = "store"))]
/// SAFETY: every interface begins with itself (`IMAPIProviderShutdown`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIProviderShutdown> for IMAPIProviderShutdown {}
#[cfg(all(feature = "client", feature = "store"))]
/// The caller side of [`IMAPIProviderShutdown`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIProviderShutdown` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIProviderShutdownExt {
    /// Asks whether the provider supports a fast shutdown.
    ///
    /// Returns `S_OK` if it does, `MAPI_E_NO_SUPPORT` if it does not (the
    /// client then shuts down the slow way, releasing every object).
    ///
    /// Calls slot 3 of the vtable, [`IMAPIProviderShutdownVtbl::QueryFastShutdown`].
    fn query_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the provider that the client is about to shut down, so that it
    /// can stop work it has started and prepare to save its data.
    ///
    /// Calls slot 4 of the vtable, [`IMAPIProviderShutdownVtbl::NotifyProcessShutdown`].
    fn notify_process_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the provider that the client exits now, without releasing its
    /// objects: the provider saves what must persist at once; nothing it
    /// does afterwards can be relied on.
    ///
    /// Calls slot 5 of the vtable, [`IMAPIProviderShutdownVtbl::DoFastShutdown`].
    fn do_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "store"))]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIProviderShutdown>> IMAPIProviderShutdownExt
for crate::ComPtr<T> {
    fn query_fast_shutdown(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIProviderShutdown>()
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
                .base_vtable::<IMAPIProviderShutdown>()
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
                .base_vtable::<IMAPIProviderShutdown>()
                .DoFastShutdown)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
