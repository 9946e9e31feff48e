// `idl/mapi/abprovider.idl` as Rust, included by `mod.rs`.
/// Pointer to an address book provider object.
#[cfg(feature = "address-book")]
pub type LPABPROVIDER = *mut IABProvider;
/// Pointer to an address book logon object.
#[cfg(feature = "address-book")]
pub type LPABLOGON = *mut IABLogon;
/// Pointer to a messaging user object.
#[cfg(feature = "address-book")]
pub type LPMAILUSER = *mut IMailUser;
/// Pointer to an address book container.
#[cfg(feature = "address-book")]
pub type LPABCONT = *mut IABContainer;
/// Pointer to a distribution list.
#[cfg(feature = "address-book")]
pub type LPDISTLIST = *mut IDistList;
/// Entry point of an address book provider DLL (exported as `ABProviderInit`).
///
/// MAPI calls it after a client logs on, to get a provider object. It uses the
/// C calling convention (`STDMAPIINITCALLTYPE`).
///
/// Returns `S_OK`, or `MAPI_E_VERSION` when the SPI versions are incompatible.
///
/// Notes to implementers: return a distinct provider object for every call, and
/// use the allocator pointers for memory handed to clients; `AddRef` `lpMalloc`
/// if you keep it.
#[cfg(feature = "address-book")]
pub type ABPROVIDERINIT = unsafe extern "C" fn(
    hInstance: crate::HINSTANCE,
    lpMalloc: crate::LPMALLOC,
    lpAllocateBuffer: crate::LPALLOCATEBUFFER,
    lpAllocateMore: crate::LPALLOCATEMORE,
    lpFreeBuffer: crate::LPFREEBUFFER,
    ulFlags: crate::ULONG,
    ulMAPIVer: crate::ULONG,
    lpulProviderVer: *mut crate::ULONG,
    lppABProvider: *mut LPABPROVIDER,
) -> crate::HRESULT;
/// Pointer to an `ABPROVIDERINIT` entry point.
#[cfg(feature = "address-book")]
pub type LPABPROVIDERINIT = ::core::option::Option<ABPROVIDERINIT>;
/// Flags of `IABProvider::Shutdown`.
///
/// None are defined: `lpulFlags` must point to zero.
#[cfg(feature = "address-book")]
pub type ABProviderShutdownFlags = crate::Flags<ABProviderShutdownFlagsGroup>;
/// The group of [`ABProviderShutdownFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABProviderShutdownFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABProviderShutdownFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IABProvider::Logon`.
#[cfg(feature = "address-book")]
pub type ABProviderLogonFlags = crate::Flags<ABProviderLogonFlagsGroup>;
/// The group of [`ABProviderLogonFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABProviderLogonFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABProviderLogonFlagsGroup {
    const IN_MASK: u32 = 0x80000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("AB_NO_DIALOG", 0x00000001),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABProviderLogonFlagsGroup> {
    /// Show no dialog box during logon; without it the provider may prompt
    /// for missing configuration.
    ///
    /// `AB_NO_DIALOG` (`0x1`), valid on input.
    pub const AB_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
    /// The logon may return before it has fully completed.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Strings are Unicode; without it they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IABLogon::GetLastError`.
#[cfg(feature = "address-book")]
pub type ABLogonGetLastErrorFlags = crate::Flags<ABLogonGetLastErrorFlagsGroup>;
/// The group of [`ABLogonGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonGetLastErrorFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; otherwise ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IABLogon::Logoff`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "address-book")]
pub type ABLogonLogoffFlags = crate::Flags<ABLogonLogoffFlagsGroup>;
/// The group of [`ABLogonLogoffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonLogoffFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonLogoffFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IABLogon::OpenEntry`: how the entry is opened.
#[cfg(feature = "address-book")]
pub type ABLogonOpenEntryFlags = crate::Flags<ABLogonOpenEntryFlagsGroup>;
/// The group of [`ABLogonOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonOpenEntryFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonOpenEntryFlagsGroup {
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
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonOpenEntryFlagsGroup> {
    /// Open with the highest access the user and the client are allowed.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// Use only the local cache (offline address book), not the server; Outlook passes it.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// The call may succeed before the object is fully available.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Use the global address list only; passed on from `IAddrBook::OpenEntry`.
    ///
    /// `MAPI_GAL_ONLY` (`0x80`), valid on input.
    pub const GAL_ONLY: Self = Self::from_bits_retain(0x00000080);
    /// Ask for read/write access; the default is read-only.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Go to the server, not the local cache; Outlook passes it in cached Exchange mode.
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const NO_CACHE: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of `IABLogon::CompareEntryIDs`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(feature = "address-book")]
pub type ABLogonCompareEntryIDsFlags = crate::Flags<ABLogonCompareEntryIDsFlagsGroup>;
/// The group of [`ABLogonCompareEntryIDsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonCompareEntryIDsFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonCompareEntryIDsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Event types accepted by `IABLogon::Advise` in `ulEventMask`.
#[cfg(feature = "address-book")]
pub type ABLogonAdviseFlags = crate::Flags<ABLogonAdviseFlagsGroup>;
/// The group of [`ABLogonAdviseFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonAdviseFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonAdviseFlagsGroup {
    const IN_MASK: u32 = 0x0000007D;
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
    ];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonAdviseFlagsGroup> {
    /// Report serious failures (`ERROR_NOTIFICATION`).
    ///
    /// `fnevCriticalError` (`0x1`), valid on input.
    pub const fnevCriticalError: Self = Self::from_bits_retain(0x00000001);
    /// Report that an entry was created (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectCreated` (`0x4`), valid on input.
    pub const fnevObjectCreated: Self = Self::from_bits_retain(0x00000004);
    /// Report that an entry was deleted (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectDeleted` (`0x8`), valid on input.
    pub const fnevObjectDeleted: Self = Self::from_bits_retain(0x00000008);
    /// Report that an entry was changed (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectModified` (`0x10`), valid on input.
    pub const fnevObjectModified: Self = Self::from_bits_retain(0x00000010);
    /// Report that an entry was copied (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectCopied` (`0x40`), valid on input.
    pub const fnevObjectCopied: Self = Self::from_bits_retain(0x00000040);
    /// Report that an entry was moved (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectMoved` (`0x20`), valid on input.
    pub const fnevObjectMoved: Self = Self::from_bits_retain(0x00000020);
}
/// Flags of `IABLogon::OpenStatusEntry`.
#[cfg(feature = "address-book")]
pub type ABLogonOpenStatusEntryFlags = crate::Flags<ABLogonOpenStatusEntryFlagsGroup>;
/// The group of [`ABLogonOpenStatusEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonOpenStatusEntryFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonOpenStatusEntryFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_MODIFY", 0x00000001)];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonOpenStatusEntryFlagsGroup> {
    /// Ask for read/write access to the status object; the default is
    /// read-only.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MAPI_MODIFY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IABLogon::OpenTemplateID` (`ulTemplateFlags`).
#[cfg(feature = "address-book")]
pub type ABLogonOpenTemplateIDFlags = crate::Flags<ABLogonOpenTemplateIDFlagsGroup>;
/// The group of [`ABLogonOpenTemplateIDFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonOpenTemplateIDFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonOpenTemplateIDFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("FILL_ENTRY", 0x00000001)];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonOpenTemplateIDFlagsGroup> {
    /// The host provider is creating a new entry from the template: set up
    /// the host's entry through `lpMAPIPropData`, or return a property object
    /// of your own in `lppMAPIPropNew`.
    ///
    /// `FILL_ENTRY` (`0x1`), valid on input.
    pub const FILL_ENTRY: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IABLogon::GetOneOffTable`.
#[cfg(feature = "address-book")]
pub type ABLogonGetOneOffTableFlags = crate::Flags<ABLogonGetOneOffTableFlagsGroup>;
/// The group of [`ABLogonGetOneOffTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonGetOneOffTableFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonGetOneOffTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonGetOneOffTableFlagsGroup> {
    /// String columns are Unicode; otherwise ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IABLogon::PrepareRecips`.
#[cfg(feature = "address-book")]
pub type ABLogonPrepareRecipsFlags = crate::Flags<ABLogonPrepareRecipsFlagsGroup>;
/// The group of [`ABLogonPrepareRecipsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABLogonPrepareRecipsFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABLogonPrepareRecipsFlagsGroup {
    const IN_MASK: u32 = 0x00004000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_CACHE_ONLY", 0x00004000)];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABLogonPrepareRecipsFlagsGroup> {
    /// Resolve names from the offline address book only (Exchange address
    /// book provider in cached mode), causing no server traffic.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const MAPI_CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
}
/// Flags of `IABContainer::CreateEntry` (and `IDistList::CreateEntry`).
#[cfg(feature = "address-book")]
pub type ABContainerCreateEntryFlags = crate::Flags<ABContainerCreateEntryFlagsGroup>;
/// The group of [`ABContainerCreateEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABContainerCreateEntryFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABContainerCreateEntryFlagsGroup {
    const IN_MASK: u32 = 0x00000007;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("CREATE_CHECK_DUP_STRICT", 0x00000001),
        ("CREATE_CHECK_DUP_LOOSE", 0x00000002),
        ("CREATE_REPLACE", 0x00000004),
    ];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABContainerCreateEntryFlagsGroup> {
    /// Refuse an entry whose name or address matches an existing one exactly.
    ///
    /// `CREATE_CHECK_DUP_STRICT` (`0x1`), valid on input.
    pub const CHECK_DUP_STRICT: Self = Self::from_bits_retain(0x00000001);
    /// Refuse an entry that loosely matches an existing one.
    ///
    /// `CREATE_CHECK_DUP_LOOSE` (`0x2`), valid on input.
    pub const CHECK_DUP_LOOSE: Self = Self::from_bits_retain(0x00000002);
    /// Replace a duplicate entry instead of refusing it.
    ///
    /// `CREATE_REPLACE` (`0x4`), valid on input.
    pub const REPLACE: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IABContainer::CopyEntries` (and `IDistList::CopyEntries`).
#[cfg(feature = "address-book")]
pub type ABContainerCopyEntriesFlags = crate::Flags<ABContainerCopyEntriesFlagsGroup>;
/// The group of [`ABContainerCopyEntriesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABContainerCopyEntriesFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABContainerCopyEntriesFlagsGroup {
    const IN_MASK: u32 = 0x00000007;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("AB_NO_DIALOG", 0x00000001),
        ("CREATE_CHECK_DUP_LOOSE", 0x00000002),
        ("CREATE_CHECK_DUP_STRICT", 0x00000001),
        ("CREATE_REPLACE", 0x00000004),
    ];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABContainerCopyEntriesFlagsGroup> {
    /// Show no progress indicator.
    ///
    /// `AB_NO_DIALOG` (`0x1`), valid on input.
    pub const AB_NO_DIALOG: Self = Self::from_bits_retain(0x00000001);
    /// Refuse a copy that loosely matches an existing entry.
    ///
    /// `CREATE_CHECK_DUP_LOOSE` (`0x2`), valid on input.
    pub const CREATE_CHECK_DUP_LOOSE: Self = Self::from_bits_retain(0x00000002);
    /// Refuse a copy whose name or address matches an existing entry exactly.
    ///
    /// `CREATE_CHECK_DUP_STRICT` (`0x1`), valid on input.
    pub const CREATE_CHECK_DUP_STRICT: Self = Self::from_bits_retain(0x00000001);
    /// Replace a duplicate entry with the copy.
    ///
    /// `CREATE_REPLACE` (`0x4`), valid on input.
    pub const CREATE_REPLACE: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IABContainer::ResolveNames` (and `IDistList::ResolveNames`).
#[cfg(feature = "address-book")]
pub type ABContainerResolveNamesFlags = crate::Flags<ABContainerResolveNamesFlagsGroup>;
/// The group of [`ABContainerResolveNamesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "address-book")]
pub enum ABContainerResolveNamesFlagsGroup {}
#[cfg(feature = "address-book")]
impl crate::FlagGroup for ABContainerResolveNamesFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "address-book")]
impl crate::Flags<ABContainerResolveNamesFlagsGroup> {
    /// The strings of the address list are Unicode; without it, 8-bit.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// An address book provider: MAPI uses it to log on to the provider and to
/// shut it down.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IABProvider {
    /// The object's vtable.
    pub lpVtbl: *const IABProviderVtbl,
}
/// The vtable of [`IABProvider`]: its methods in slot order, after its base's.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IABProviderVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Shuts the address book provider down, ending its connection to the
    /// session.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    pub Shutdown: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Logs on to the address book provider for a session and returns its
    /// logon object.
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): The provider's support object; `AddRef` it on success.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any logon dialog box.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the session's profile.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logon.
    /// - `lpulcbSecurity` (`ULONG*`, in, out): Size in bytes of the security credentials at `*lppbSecurity`: nonzero on input, zero on output.
    /// - `lppbSecurity` (`LPBYTE*`, in, out): Security credentials: nonzero on input, zero on output (the provider reads them; the memory stays the caller's).
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppABLogon` (`LPABLOGON*`, out): Receives the provider's logon object.
    pub Logon: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMAPISup: crate::LPMAPISUP,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpulcbSecurity: *mut crate::ULONG,
        lppbSecurity: *mut crate::LPBYTE,
        lppMAPIError: *mut crate::LPMAPIERROR,
        lppABLogon: *mut LPABLOGON,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IABProvider`]: `{00020311-0000-0000-C000-000000000046}`.
#[cfg(feature = "address-book")]
pub const IID_IABProvider: crate::GUID = crate::GUID::from_u128(
    0x00020311_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "address-book")]
#[automatically_derived]
unsafe impl crate::Interface for IABProvider {
    const IID: crate::GUID = IID_IABProvider;
    const NAME: &'static str = "IABProvider";
    type Vtbl = IABProviderVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IABProvider || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "address-book")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IABProviderVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// An address book logon object: MAPI's access to one logon of an address
/// book provider.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IABLogon {
    /// The object's vtable.
    pub lpVtbl: *const IABLogonVtbl,
}
/// The vtable of [`IABLogon`]: its methods in slot order, after its base's.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IABLogonVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the provider's last error.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): Error value returned by the earlier call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the `MAPIERROR`, or null if none is available.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Starts logging off the provider.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub Logoff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Opens a container, messaging user or distribution list and returns an
    /// interface pointer to it.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to open; null opens the root container.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard interface.
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
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulRet` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    pub CompareEntryIDs: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID1: crate::ULONG,
        lpEntryID1: crate::LPENTRYID,
        cbEntryID2: crate::ULONG,
        lpEntryID2: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulRet: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Registers an advise sink for notifications about a container,
    /// messaging user or distribution list.
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
    /// Cancels a notification registration made with `IABLogon::Advise`.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    pub Unadvise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulConnection: crate::ULONG_PTR,
    ) -> crate::HRESULT,
    /// Opens the provider's status object.
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
    /// Opens, for a host address book provider, a recipient entry whose data
    /// lives in the host but whose code belongs to this provider.
    ///
    /// # Parameters
    ///
    /// - `cbTemplateID` (`ULONG`, in): Size in bytes of the template identifier at `lpTemplateID`.
    /// - `lpTemplateID` (`LPENTRYID`, in): Template identifier (`PR_TEMPLATEID`) of the entry to open.
    /// - `ulTemplateFlags` (`ULONG`, in): Bitmask of flags saying how to open the entry.
    /// - `lpMAPIPropData` (`LPMAPIPROP`, in): The host provider's property object for the entry.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for `lppMAPIPropNew`; null means `IMailUser`.
    /// - `lppMAPIPropNew` (`LPMAPIPROP*`, out): Receives the bound property object.
    /// - `lpMAPIPropSibling` (`LPMAPIPROP`, in): Reserved; must be null.
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
    /// Returns the table of one-off templates this provider offers for
    /// creating recipients.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the one-off table.
    pub GetOneOffTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Prepares a recipient list for later use by the messaging system:
    /// long-term entry identifiers and the requested properties first.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling name resolution.
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Properties each recipient must have, in order; may be null.
    /// - `lpRecipList` (`LPADRLIST`, in, out): Recipient list to update in place.
    pub PrepareRecips: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpPropTagArray: crate::LPSPropTagArray,
        lpRecipList: crate::LPADRLIST,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IABLogon`]: `{00020314-0000-0000-C000-000000000046}`.
#[cfg(feature = "address-book")]
pub const IID_IABLogon: crate::GUID = crate::GUID::from_u128(
    0x00020314_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "address-book")]
#[automatically_derived]
unsafe impl crate::Interface for IABLogon {
    const IID: crate::GUID = IID_IABLogon;
    const NAME: &'static str = "IABLogon";
    type Vtbl = IABLogonVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IABLogon || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "address-book")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IABLogonVtbl>() == 13 * ::core::mem::size_of::<usize>()
);
/// A messaging user: a recipient in an address book container, with the
/// properties that address it (`PR_DISPLAY_NAME`, `PR_ADDRTYPE`,
/// `PR_EMAIL_ADDRESS`, `PR_ENTRYID`, `PR_SEARCH_KEY`, ...).
///
/// It adds no methods to `IMAPIProp`. Address book providers implement it
/// (and `IMAPIProp::OpenEntry` of their containers returns it); clients and
/// MAPI call it.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IMailUser {
    /// The object's vtable.
    pub lpVtbl: *const IMailUserVtbl,
}
/// The vtable of [`IMailUser`]: its methods in slot order, after its base's.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IMailUserVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
}
/// The interface identifier of [`IMailUser`]: `{0002030A-0000-0000-C000-000000000046}`.
#[cfg(feature = "address-book")]
pub const IID_IMailUser: crate::GUID = crate::GUID::from_u128(
    0x0002030a_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "address-book")]
#[automatically_derived]
unsafe impl crate::Interface for IMailUser {
    const IID: crate::GUID = IID_IMailUser;
    const NAME: &'static str = "IMailUser";
    type Vtbl = IMailUserVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMailUser || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "address-book")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMailUserVtbl>() == 14 * ::core::mem::size_of::<usize>()
);
/// An address book container: a list of messaging users and distribution
/// lists, browsed through its contents table, whose entries can be created
/// from templates, copied in, deleted, and matched against names.
///
/// Address book providers implement it; MAPI and clients call it (the
/// address book's `ResolveName` calls `ResolveNames` on each container of
/// the search path).
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IABContainer {
    /// The object's vtable.
    pub lpVtbl: *const IABContainerVtbl,
}
/// The vtable of [`IABContainer`]: its methods in slot order, after its base's.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IABContainerVtbl {
    /// The slots of `IMAPIContainer`.
    pub base__: crate::IMAPIContainerVtbl,
    /// Creates an entry from a template and returns it to be filled in;
    /// the entry exists once its `SaveChanges` succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_E_COLLISION` for a duplicate refused by the
    /// `CREATE_CHECK_DUP_*` flags.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): The size of `lpEntryID`, in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the template (from the container's one-off table, `PR_CREATE_TEMPLATES`).
    /// - `ulCreateFlags` (`ULONG`, in): How duplicates are handled.
    /// - `lppMAPIPropEntry` (`LPMAPIPROP*`, out): Receives the new entry.
    pub CreateEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulCreateFlags: crate::ULONG,
        lppMAPIPropEntry: *mut crate::LPMAPIPROP,
    ) -> crate::HRESULT,
    /// Copies entries (from any container) into this one.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be copied.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the entries to copy.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    pub CopyEntries: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntries: crate::LPENTRYLIST,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Removes entries from the container.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be deleted.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the entries to delete.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub DeleteEntries: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntries: crate::LPENTRYLIST,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Matches the unresolved entries of an address list against the
    /// container: an entry matched by exactly one recipient gets that
    /// recipient's properties (`PR_ENTRYID` among them) and
    /// `MAPI_RESOLVED`; one matched by several gets `MAPI_AMBIGUOUS`; the
    /// others stay `MAPI_UNRESOLVED`. Entries already resolved are left as
    /// they are.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): The properties resolved entries receive, in order; null for the container's default set.
    /// - `ulFlags` (`ULONG`, in): The width of the strings of the address list.
    /// - `lpAdrList` (`LPADRLIST`, in, out): The entries to resolve; resolved ones are given new property values in place.
    /// - `lpFlagList` (`LPFlagList`, in, out): One flag per entry of `lpAdrList` (`MAPI_UNRESOLVED`, `MAPI_AMBIGUOUS`, `MAPI_RESOLVED`), updated in place.
    pub ResolveNames: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        ulFlags: crate::ULONG,
        lpAdrList: crate::LPADRLIST,
        lpFlagList: crate::LPFlagList,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IABContainer`]: `{0002030D-0000-0000-C000-000000000046}`.
#[cfg(feature = "address-book")]
pub const IID_IABContainer: crate::GUID = crate::GUID::from_u128(
    0x0002030d_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "address-book")]
#[automatically_derived]
unsafe impl crate::Interface for IABContainer {
    const IID: crate::GUID = IID_IABContainer;
    const NAME: &'static str = "IABContainer";
    type Vtbl = IABContainerVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IABContainer
            || <crate::IMAPIContainer as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "address-book")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IABContainerVtbl>() == 23 * ::core::mem::size_of::<usize>()
);
/// A distribution list: a container of messaging users and other
/// distribution lists, addressed as one recipient. Its methods are those
/// of `IABContainer`, on the list's members.
///
/// Address book providers implement it; MAPI and clients call it.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IDistList {
    /// The object's vtable.
    pub lpVtbl: *const IDistListVtbl,
}
/// The vtable of [`IDistList`]: its methods in slot order, after its base's.
#[cfg(feature = "address-book")]
#[repr(C)]
pub struct IDistListVtbl {
    /// The slots of `IMAPIContainer`.
    pub base__: crate::IMAPIContainerVtbl,
    /// Creates a member from a template and returns it to be filled in; it
    /// exists once its `SaveChanges` succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_E_COLLISION` for a duplicate refused by the
    /// `CREATE_CHECK_DUP_*` flags.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): The size of `lpEntryID`, in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the template.
    /// - `ulCreateFlags` (`ULONG`, in): How duplicates are handled.
    /// - `lppMAPIPropEntry` (`LPMAPIPROP*`, out): Receives the new member.
    pub CreateEntry: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulCreateFlags: crate::ULONG,
        lppMAPIPropEntry: *mut crate::LPMAPIPROP,
    ) -> crate::HRESULT,
    /// Copies entries into the list as members.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be copied.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the entries to copy.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    pub CopyEntries: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntries: crate::LPENTRYLIST,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Removes members from the list.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some members
    /// could not be removed.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the members to remove.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub DeleteEntries: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntries: crate::LPENTRYLIST,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Matches the unresolved entries of an address list against the
    /// list's members, as `IABContainer::ResolveNames` does.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): The properties resolved entries receive; null for the default set.
    /// - `ulFlags` (`ULONG`, in): The width of the strings of the address list.
    /// - `lpAdrList` (`LPADRLIST`, in, out): The entries to resolve, changed in place.
    /// - `lpFlagList` (`LPFlagList`, in, out): One flag per entry of `lpAdrList`, updated in place.
    pub ResolveNames: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpPropTagArray: crate::LPSPropTagArray,
        ulFlags: crate::ULONG,
        lpAdrList: crate::LPADRLIST,
        lpFlagList: crate::LPFlagList,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IDistList`]: `{0002030E-0000-0000-C000-000000000046}`.
#[cfg(feature = "address-book")]
pub const IID_IDistList: crate::GUID = crate::GUID::from_u128(
    0x0002030e_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "address-book")]
#[automatically_derived]
unsafe impl crate::Interface for IDistList {
    const IID: crate::GUID = IID_IDistList;
    const NAME: &'static str = "IDistList";
    type Vtbl = IDistListVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IDistList
            || <crate::IMAPIContainer as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "address-book")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IDistListVtbl>() == 23 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "address-book"))]
/// The provider side of [`IABProvider`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IABProviderImpl`, the provider side of `IABProvider`",
    label = "`IABProvider` needs `impl IABProviderImpl for {Self}`",
    note = "write `impl IABProviderImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IABProviderImpl: crate::__private::Declares<
        IABProvider,
        0x00020311_0000_0000_c000_000000000046,
    > {
    /// Shuts the address book provider down, ending its connection to the
    /// session.
    ///
    /// Called through slot 3 ([`IABProviderVtbl::Shutdown`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn shutdown(
        &self,
        lpulFlags: ABProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Logs on to the address book provider for a session and returns its
    /// logon object.
    ///
    /// Called through slot 4 ([`IABProviderVtbl::Logon`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn logon(
        &self,
        lpMAPISup: crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: crate::value::StrRef<'_>,
        ulFlags: ABProviderLogonFlags,
        lppbSecurity: &[u8],
    ) -> ::core::result::Result<
        (::core::option::Option<crate::value::MapiError>, crate::ComPtr<IABLogon>),
        crate::Hresult,
    > {
        let _ = (lpMAPISup, ulUIParam, lpszProfileName, ulFlags, lppbSecurity);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "address-book"))]
impl IABProviderVtbl {
    /// A vtable of [`IABProvider`] whose slots check their arguments and call [`IABProviderImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IABProviderImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Shutdown: {
                /// `IABProvider::Shutdown`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IABProviderImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <ABProviderShutdownFlags as crate::FlagSet>::check_input_for(
                            __bits,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IABProviderImpl>::shutdown(
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
                /// `IABProvider::Logon`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMAPISup: crate::LPMAPISUP,
                    ulUIParam: crate::ULONG_PTR,
                    lpszProfileName: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                    lpulcbSecurity: *mut crate::ULONG,
                    lppbSecurity: *mut crate::LPBYTE,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                    lppABLogon: *mut LPABLOGON,
                ) -> crate::HRESULT
                where
                    O::Inner: IABProviderImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        if !lppABLogon.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppABLogon, 0, 1) };
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
                        let arg3 = match <ABProviderLogonFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppbSecurity.is_null() || lpulcbSecurity.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: both checked non-null; the caller passes a
                        // byte count and a pointer to that many readable bytes
                        // (null, misaligned and oversized are checked).
                        let arg5 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(
                                lppbSecurity.read_unaligned().cast_const(),
                                lpulcbSecurity.read_unaligned() as usize,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppABLogon.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IABProviderImpl>::logon(
                            object.inner(),
                            arg0,
                            ulUIParam,
                            arg2,
                            arg3,
                            arg5,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg6, arg7) = __outs;
                                let __buf6 = match arg6 {
                                    ::core::option::Option::Some(
                                        arg6,
                                    ) if !lppMAPIError.is_null() => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    crate::value::write_mapi_error(
                                                            __alloc,
                                                            &arg6,
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
                                // SAFETY: both checked non-null above.
                                unsafe {
                                    lppbSecurity.write_unaligned(::core::ptr::null_mut());
                                    lpulcbSecurity.write_unaligned(0);
                                }
                                if let ::core::option::Option::Some(__buf6) = __buf6 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppMAPIError.write(__buf6.into_raw().cast()) };
                                }
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppABLogon.write(arg7.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "address-book"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IABProvider {
    const IIDS: &'static [u128] = &[
        0x00020311_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "address-book"))]
/// The provider side of [`IABLogon`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IABLogonImpl`, the provider side of `IABLogon`",
    label = "`IABLogon` needs `impl IABLogonImpl for {Self}`",
    note = "write `impl IABLogonImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IABLogonImpl: crate::__private::Declares<
        IABLogon,
        0x00020314_0000_0000_c000_000000000046,
    > {
    /// Returns a `MAPIERROR` describing the provider's last error.
    ///
    /// Called through slot 3 ([`IABLogonVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ABLogonGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Starts logging off the provider.
    ///
    /// Called through slot 4 ([`IABLogonVtbl::Logoff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn logoff(
        &self,
        ulFlags: ABLogonLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a container, messaging user or distribution list and returns an
    /// interface pointer to it.
    ///
    /// Called through slot 5 ([`IABLogonVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: ABLogonOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two entry identifiers designate the same object.
    ///
    /// Called through slot 6 ([`IABLogonVtbl::CompareEntryIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: ABLogonCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers an advise sink for notifications about a container,
    /// messaging user or distribution list.
    ///
    /// Called through slot 7 ([`IABLogonVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        lpEntryID: &[u8],
        ulEventMask: ABLogonAdviseFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpEntryID, ulEventMask, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a notification registration made with `IABLogon::Advise`.
    ///
    /// Called through slot 8 ([`IABLogonVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the provider's status object.
    ///
    /// Called through slot 9 ([`IABLogonVtbl::OpenStatusEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_status_entry(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: ABLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens, for a host address book provider, a recipient entry whose data
    /// lives in the host but whose code belongs to this provider.
    ///
    /// Called through slot 10 ([`IABLogonVtbl::OpenTemplateID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_template_id(
        &self,
        lpTemplateID: &[u8],
        ulTemplateFlags: ABLogonOpenTemplateIDFlags,
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
    /// Returns the table of one-off templates this provider offers for
    /// creating recipients.
    ///
    /// Called through slot 11 ([`IABLogonVtbl::GetOneOffTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_one_off_table(
        &self,
        ulFlags: ABLogonGetOneOffTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares a recipient list for later use by the messaging system:
    /// long-term entry identifiers and the requested properties first.
    ///
    /// Called through slot 12 ([`IABLogonVtbl::PrepareRecips`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn prepare_recips(
        &self,
        ulFlags: ABLogonPrepareRecipsFlags,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        lpRecipList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpPropTagArray, lpRecipList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "address-book"))]
impl IABLogonVtbl {
    /// A vtable of [`IABLogon`] whose slots check their arguments and call [`IABLogonImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IABLogonImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IABLogon::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ABLogonGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::get_last_error(
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
                /// `IABLogon::Logoff`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ABLogonLogoffFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IABLogonImpl>::logoff(object.inner(), arg0) {
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
                /// `IABLogon::OpenEntry`.
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
                    O::Inner: IABLogonImpl,
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
                        let arg3 = match <ABLogonOpenEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::open_entry(
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
                /// `IABLogon::CompareEntryIDs`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID1: crate::ULONG,
                    lpEntryID1: crate::LPENTRYID,
                    cbEntryID2: crate::ULONG,
                    lpEntryID2: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                    lpulRet: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulRet.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRet, 0, 1) };
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
                        let arg4 = match <ABLogonCompareEntryIDsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulRet.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IABLogonImpl>::compare_entry_ids(
                            object.inner(),
                            arg1,
                            arg3,
                            arg4,
                        ) {
                            ::core::result::Result::Ok(arg5) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulRet.write(arg5) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Advise: {
                /// `IABLogon::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulEventMask: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
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
                        let arg2 = match <ABLogonAdviseFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::advise(
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
                /// `IABLogon::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IABLogonImpl>::unadvise(
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
                /// `IABLogon::OpenStatusEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lpulObjType: *mut crate::ULONG,
                    lppEntry: *mut crate::LPMAPISTATUS,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
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
                        let arg1 = match <ABLogonOpenStatusEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::open_status_entry(
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
            OpenTemplateID: {
                /// `IABLogon::OpenTemplateID`.
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
                    O::Inner: IABLogonImpl,
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
                        let arg2 = match <ABLogonOpenTemplateIDFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::open_template_id(
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
            GetOneOffTable: {
                /// `IABLogon::GetOneOffTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <ABLogonGetOneOffTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::get_one_off_table(
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
            PrepareRecips: {
                /// `IABLogon::PrepareRecips`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpPropTagArray: crate::LPSPropTagArray,
                    lpRecipList: crate::LPADRLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IABLogonImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ABLogonPrepareRecipsFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IABLogonImpl>::prepare_recips(
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
#[cfg(all(feature = "provider", feature = "address-book"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IABLogon {
    const IIDS: &'static [u128] = &[
        0x00020314_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "address-book"))]
/// The provider side of [`IMailUser`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMailUserImpl`, the provider side of `IMailUser`",
    label = "`IMailUser` needs `impl IMailUserImpl for {Self}`",
    note = "write `impl IMailUserImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMailUserImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IMailUser,
        0x0002030a_0000_0000_c000_000000000046,
    > {}
#[cfg(all(feature = "provider", feature = "address-book"))]
impl IMailUserVtbl {
    /// A vtable of [`IMailUser`] whose slots check their arguments and call [`IMailUserImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMailUserImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
        }
    }
}
#[cfg(all(feature = "provider", feature = "address-book"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMailUser {
    const IIDS: &'static [u128] = &[
        0x0002030a_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "address-book"))]
/// The provider side of [`IABContainer`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IABContainerImpl`, the provider side of `IABContainer`",
    label = "`IABContainer` needs `impl IABContainerImpl for {Self}`",
    note = "write `impl IABContainerImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IABContainerImpl: crate::IMAPIContainerImpl + crate::__private::Declares<
        IABContainer,
        0x0002030d_0000_0000_c000_000000000046,
    > {
    /// Creates an entry from a template and returns it to be filled in;
    /// the entry exists once its `SaveChanges` succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_E_COLLISION` for a duplicate refused by the
    /// `CREATE_CHECK_DUP_*` flags.
    ///
    /// Called through slot 19 ([`IABContainerVtbl::CreateEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_entry(
        &self,
        lpEntryID: &[u8],
        ulCreateFlags: ABContainerCreateEntryFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProp>, crate::Hresult> {
        let _ = (lpEntryID, ulCreateFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies entries (from any container) into this one.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be copied.
    ///
    /// Called through slot 20 ([`IABContainerVtbl::CopyEntries`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_entries(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntries, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::copy_entries`], but may also return a success code other than `S_OK` (`MAPI_W_PARTIAL_COMPLETION`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::copy_entries`] and answers `S_OK`.
    fn copy_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.copy_entries(lpEntries, ulUIParam, lpProgress, ulFlags)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Removes entries from the container.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be deleted.
    ///
    /// Called through slot 21 ([`IABContainerVtbl::DeleteEntries`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_entries(
        &self,
        lpEntries: &[&[u8]],
        ulFlags: crate::Reserved,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntries, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::delete_entries`], but may also return a success code other than `S_OK` (`MAPI_W_PARTIAL_COMPLETION`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::delete_entries`] and answers `S_OK`.
    fn delete_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulFlags: crate::Reserved,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.delete_entries(lpEntries, ulFlags).map(|v| (crate::Hresult::OK, v))
    }
    /// Matches the unresolved entries of an address list against the
    /// container: an entry matched by exactly one recipient gets that
    /// recipient's properties (`PR_ENTRYID` among them) and
    /// `MAPI_RESOLVED`; one matched by several gets `MAPI_AMBIGUOUS`; the
    /// others stay `MAPI_UNRESOLVED`. Entries already resolved are left as
    /// they are.
    ///
    /// Called through slot 22 ([`IABContainerVtbl::ResolveNames`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_names(
        &self,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ABContainerResolveNamesFlags,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
        lpFlagList: &mut [crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpPropTagArray, ulFlags, lpAdrList, lpFlagList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "address-book"))]
impl IABContainerVtbl {
    /// A vtable of [`IABContainer`] whose slots check their arguments and call [`IABContainerImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IABContainerImpl,
    {
        Self {
            base__: crate::IMAPIContainerVtbl::new::<O, INDEX>(),
            CreateEntry: {
                /// `IABContainer::CreateEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulCreateFlags: crate::ULONG,
                    lppMAPIPropEntry: *mut crate::LPMAPIPROP,
                ) -> crate::HRESULT
                where
                    O::Inner: IABContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIPropEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIPropEntry, 0, 1) };
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
                        let arg2 = match <ABContainerCreateEntryFlags as crate::FlagSet>::check_input_for(
                            ulCreateFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIPropEntry.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IABContainerImpl>::create_entry(
                            object.inner(),
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppMAPIPropEntry.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyEntries: {
                /// `IABContainer::CopyEntries`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntries: crate::LPENTRYLIST,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IABContainerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntries.cast_const().cast(),
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
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg3 = match <ABContainerCopyEntriesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IABContainerImpl>::copy_entries_with_warning(
                                object.inner(),
                                &arg0,
                                ulUIParam,
                                arg2,
                                arg3,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteEntries: {
                /// `IABContainer::DeleteEntries`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntries: crate::LPENTRYLIST,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IABContainerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntries.cast_const().cast(),
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
                        let __bits = ulFlags;
                        if __bits != 0 {
                            return crate::MAPI_E_UNKNOWN_FLAGS;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IABContainerImpl>::delete_entries_with_warning(
                                object.inner(),
                                &arg0,
                                crate::Reserved::from_bits_retain(0),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ResolveNames: {
                /// `IABContainer::ResolveNames`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    ulFlags: crate::ULONG,
                    lpAdrList: crate::LPADRLIST,
                    lpFlagList: crate::LPFlagList,
                ) -> crate::HRESULT
                where
                    O::Inner: IABContainerImpl,
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
                        let arg1 = match <ABContainerResolveNamesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpAdrList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes an
                        // address list readable for the call; the view checks
                        // counts and values.
                        let __before2 = match unsafe {
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
                        let mut arg2 = __before2.clone();
                        if lpFlagList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a flag
                        // list readable and writable for the call with its
                        // `cFlags` flags; the slice checks the count and
                        // alignment.
                        let arg3 = match unsafe {
                            crate::__private::flag_list(lpFlagList)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IABContainerImpl>::resolve_names(
                            object.inner(),
                            arg0.as_deref(),
                            arg1,
                            &mut arg2,
                            arg3,
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
                                                    lpAdrList,
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
#[cfg(all(feature = "provider", feature = "address-book"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IABContainer {
    const IIDS: &'static [u128] = &[
        0x0002030d_0000_0000_c000_000000000046, 0x0002030b_0000_0000_c000_000000000046,
        0x00020303_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "address-book"))]
/// The provider side of [`IDistList`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IDistListImpl`, the provider side of `IDistList`",
    label = "`IDistList` needs `impl IDistListImpl for {Self}`",
    note = "write `impl IDistListImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IDistListImpl: crate::IMAPIContainerImpl + crate::__private::Declares<
        IDistList,
        0x0002030e_0000_0000_c000_000000000046,
    > {
    /// Creates a member from a template and returns it to be filled in; it
    /// exists once its `SaveChanges` succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_E_COLLISION` for a duplicate refused by the
    /// `CREATE_CHECK_DUP_*` flags.
    ///
    /// Called through slot 19 ([`IDistListVtbl::CreateEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_entry(
        &self,
        lpEntryID: &[u8],
        ulCreateFlags: ABContainerCreateEntryFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProp>, crate::Hresult> {
        let _ = (lpEntryID, ulCreateFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies entries into the list as members.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be copied.
    ///
    /// Called through slot 20 ([`IDistListVtbl::CopyEntries`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_entries(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntries, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::copy_entries`], but may also return a success code other than `S_OK` (`MAPI_W_PARTIAL_COMPLETION`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::copy_entries`] and answers `S_OK`.
    fn copy_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.copy_entries(lpEntries, ulUIParam, lpProgress, ulFlags)
            .map(|v| (crate::Hresult::OK, v))
    }
    /// Removes members from the list.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some members
    /// could not be removed.
    ///
    /// Called through slot 21 ([`IDistListVtbl::DeleteEntries`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_entries(
        &self,
        lpEntries: &[&[u8]],
        ulFlags: crate::Reserved,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntries, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::delete_entries`], but may also return a success code other than `S_OK` (`MAPI_W_PARTIAL_COMPLETION`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::delete_entries`] and answers `S_OK`.
    fn delete_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulFlags: crate::Reserved,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        self.delete_entries(lpEntries, ulFlags).map(|v| (crate::Hresult::OK, v))
    }
    /// Matches the unresolved entries of an address list against the
    /// list's members, as `IABContainer::ResolveNames` does.
    ///
    /// Called through slot 22 ([`IDistListVtbl::ResolveNames`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn resolve_names(
        &self,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ABContainerResolveNamesFlags,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
        lpFlagList: &mut [crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpPropTagArray, ulFlags, lpAdrList, lpFlagList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "address-book"))]
impl IDistListVtbl {
    /// A vtable of [`IDistList`] whose slots check their arguments and call [`IDistListImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IDistListImpl,
    {
        Self {
            base__: crate::IMAPIContainerVtbl::new::<O, INDEX>(),
            CreateEntry: {
                /// `IDistList::CreateEntry`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulCreateFlags: crate::ULONG,
                    lppMAPIPropEntry: *mut crate::LPMAPIPROP,
                ) -> crate::HRESULT
                where
                    O::Inner: IDistListImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIPropEntry.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIPropEntry, 0, 1) };
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
                        let arg2 = match <ABContainerCreateEntryFlags as crate::FlagSet>::check_input_for(
                            ulCreateFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIPropEntry.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IDistListImpl>::create_entry(
                            object.inner(),
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppMAPIPropEntry.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyEntries: {
                /// `IDistList::CopyEntries`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntries: crate::LPENTRYLIST,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IDistListImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntries.cast_const().cast(),
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
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg3 = match <ABContainerCopyEntriesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IDistListImpl>::copy_entries_with_warning(
                                object.inner(),
                                &arg0,
                                ulUIParam,
                                arg2,
                                arg3,
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteEntries: {
                /// `IDistList::DeleteEntries`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntries: crate::LPENTRYLIST,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IDistListImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntries.cast_const().cast(),
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
                        let __bits = ulFlags;
                        if __bits != 0 {
                            return crate::MAPI_E_UNKNOWN_FLAGS;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IDistListImpl>::delete_entries_with_warning(
                                object.inner(),
                                &arg0,
                                crate::Reserved::from_bits_retain(0),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, ())) => status,
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ResolveNames: {
                /// `IDistList::ResolveNames`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpPropTagArray: crate::LPSPropTagArray,
                    ulFlags: crate::ULONG,
                    lpAdrList: crate::LPADRLIST,
                    lpFlagList: crate::LPFlagList,
                ) -> crate::HRESULT
                where
                    O::Inner: IDistListImpl,
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
                        let arg1 = match <ABContainerResolveNamesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpAdrList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes an
                        // address list readable for the call; the view checks
                        // counts and values.
                        let __before2 = match unsafe {
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
                        let mut arg2 = __before2.clone();
                        if lpFlagList.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a flag
                        // list readable and writable for the call with its
                        // `cFlags` flags; the slice checks the count and
                        // alignment.
                        let arg3 = match unsafe {
                            crate::__private::flag_list(lpFlagList)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IDistListImpl>::resolve_names(
                            object.inner(),
                            arg0.as_deref(),
                            arg1,
                            &mut arg2,
                            arg3,
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
                                                    lpAdrList,
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
#[cfg(all(feature = "provider", feature = "address-book"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IDistList {
    const IIDS: &'static [u128] = &[
        0x0002030e_0000_0000_c000_000000000046, 0x0002030b_0000_0000_c000_000000000046,
        0x00020303_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IABProvider` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IABProvider {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: every interface begins with itself (`IABProvider`).
#[automatically_derived]
unsafe impl crate::Inherits<IABProvider> for IABProvider {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// The caller side of [`IABProvider`]: its methods, called through the vtable, on every `ComPtr` to `IABProvider` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IABProviderExt {
    /// Shuts the address book provider down, ending its connection to the
    /// session.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in): Reserved; must point to zero.
    ///
    /// Calls slot 3 of the vtable, [`IABProviderVtbl::Shutdown`].
    fn shutdown(
        &self,
        lpulFlags: &ABProviderShutdownFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Logs on to the address book provider for a session and returns its
    /// logon object.
    ///
    /// # Parameters
    ///
    /// - `lpMAPISup` (`LPMAPISUP`, in): The provider's support object; `AddRef` it on success.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window for any logon dialog box.
    /// - `lpszProfileName` (`LPTSTR`, in): Name of the session's profile.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the logon.
    /// - `lpulcbSecurity` (`ULONG*`, in, out): Size in bytes of the security credentials at `*lppbSecurity`: nonzero on input, zero on output.
    /// - `lppbSecurity` (`LPBYTE*`, in, out): Security credentials: nonzero on input, zero on output (the provider reads them; the memory stays the caller's).
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives a `MAPIERROR` describing an error, or null if there is none.
    /// - `lppABLogon` (`LPABLOGON*`, out): Receives the provider's logon object.
    ///
    /// Calls slot 4 of the vtable, [`IABProviderVtbl::Logon`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszProfileName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lppbSecurity` is read by the object (which then sets the caller's pointer and size to zero, as MAPI says); `lpulcbSecurity` is its size.
    /// - Returns `(lppMAPIError, lppABLogon)`.
    fn logon(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        ulFlags: ABProviderLogonFlags,
        lppbSecurity: &[u8],
    ) -> ::core::result::Result<
        (::core::option::Option<crate::value::MapiErrorBuffer>, crate::ComPtr<IABLogon>),
        crate::Hresult,
    >;
}
#[cfg(all(feature = "client", feature = "address-book"))]
#[automatically_derived]
impl<T: crate::Inherits<IABProvider>> IABProviderExt for crate::ComPtr<T> {
    fn shutdown(
        &self,
        lpulFlags: &ABProviderShutdownFlags,
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
            (self.base_vtable::<IABProvider>().Shutdown)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn logon(
        &self,
        alloc: &crate::value::Allocator,
        lpMAPISup: &crate::ComPtr<crate::IMAPISupport>,
        ulUIParam: crate::ULONG_PTR,
        lpszProfileName: &str,
        ulFlags: ABProviderLogonFlags,
        lppbSecurity: &[u8],
    ) -> ::core::result::Result<
        (::core::option::Option<crate::value::MapiErrorBuffer>, crate::ComPtr<IABLogon>),
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
        let mut __a5: crate::LPBYTE = lppbSecurity.as_ptr().cast_mut();
        let mut __a4: crate::ULONG = <crate::ULONG as ::core::convert::TryFrom<
            usize,
        >>::try_from(lppbSecurity.len())
            .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?;
        let mut __a6: crate::LPMAPIERROR = ::core::ptr::null_mut();
        let mut __a7: LPABLOGON = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABProvider>()
                .Logon)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                ulFlags.bits(),
                &mut __a4,
                &mut __a5,
                &mut __a6,
                &mut __a7,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r6 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a6.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r7 = unsafe { crate::ComPtr::<IABLogon>::from_raw(__a7) };
        let __r7 = __r7.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok((__r6, __r7))
    }
}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IABLogon` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IABLogon {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: every interface begins with itself (`IABLogon`).
#[automatically_derived]
unsafe impl crate::Inherits<IABLogon> for IABLogon {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// The caller side of [`IABLogon`]: its methods, called through the vtable, on every `ComPtr` to `IABLogon` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IABLogonExt {
    /// Returns a `MAPIERROR` describing the provider's last error.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): Error value returned by the earlier call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the `MAPIERROR`, or null if none is available.
    ///
    /// Calls slot 3 of the vtable, [`IABLogonVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ABLogonGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Starts logging off the provider.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 4 of the vtable, [`IABLogonVtbl::Logoff`].
    fn logoff(
        &self,
        ulFlags: ABLogonLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens a container, messaging user or distribution list and returns an
    /// interface pointer to it.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to open; null opens the root container.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard interface.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    ///
    /// Calls slot 5 of the vtable, [`IABLogonVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: ABLogonOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Tells whether two entry identifiers designate the same object.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulRet` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    ///
    /// Calls slot 6 of the vtable, [`IABLogonVtbl::CompareEntryIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulRet`.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: ABLogonCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Registers an advise sink for notifications about a container,
    /// messaging user or distribution list.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to watch.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    ///
    /// Calls slot 7 of the vtable, [`IABLogonVtbl::Advise`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulConnection`.
    fn advise(
        &self,
        lpEntryID: &[u8],
        ulEventMask: ABLogonAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a notification registration made with `IABLogon::Advise`.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    ///
    /// Calls slot 8 of the vtable, [`IABLogonVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens the provider's status object.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface wanted; null means `IMAPIStatus`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the status object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object.
    /// - `lppEntry` (`LPMAPISTATUS*`, out): Receives the status object.
    ///
    /// Calls slot 9 of the vtable, [`IABLogonVtbl::OpenStatusEntry`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppEntry)`.
    fn open_status_entry<U: crate::Interface>(
        &self,
        ulFlags: ABLogonOpenStatusEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Opens, for a host address book provider, a recipient entry whose data
    /// lives in the host but whose code belongs to this provider.
    ///
    /// # Parameters
    ///
    /// - `cbTemplateID` (`ULONG`, in): Size in bytes of the template identifier at `lpTemplateID`.
    /// - `lpTemplateID` (`LPENTRYID`, in): Template identifier (`PR_TEMPLATEID`) of the entry to open.
    /// - `ulTemplateFlags` (`ULONG`, in): Bitmask of flags saying how to open the entry.
    /// - `lpMAPIPropData` (`LPMAPIPROP`, in): The host provider's property object for the entry.
    /// - `lpInterface` (`LPCIID`, in): Interface wanted for `lppMAPIPropNew`; null means `IMailUser`.
    /// - `lppMAPIPropNew` (`LPMAPIPROP*`, out): Receives the bound property object.
    /// - `lpMAPIPropSibling` (`LPMAPIPROP`, in): Reserved; must be null.
    ///
    /// Calls slot 10 of the vtable, [`IABLogonVtbl::OpenTemplateID`]. In Rust:
    ///
    /// - `cbTemplateID` is the length of `lpTemplateID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppMAPIPropNew`.
    fn open_template_id<U: crate::Interface>(
        &self,
        lpTemplateID: &[u8],
        ulTemplateFlags: ABLogonOpenTemplateIDFlags,
        lpMAPIPropData: &crate::ComPtr<crate::IMAPIProp>,
        lpMAPIPropSibling: ::core::option::Option<&crate::ComPtr<crate::IMAPIProp>>,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Returns the table of one-off templates this provider offers for
    /// creating recipients.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the string columns.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the one-off table.
    ///
    /// Calls slot 11 of the vtable, [`IABLogonVtbl::GetOneOffTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_one_off_table(
        &self,
        ulFlags: ABLogonGetOneOffTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Prepares a recipient list for later use by the messaging system:
    /// long-term entry identifiers and the requested properties first.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling name resolution.
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): Properties each recipient must have, in order; may be null.
    /// - `lpRecipList` (`LPADRLIST`, in, out): Recipient list to update in place.
    ///
    /// Calls slot 12 of the vtable, [`IABLogonVtbl::PrepareRecips`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpRecipList` is written with `alloc` for the call (the object may replace its entries, freeing and allocating them with its allocator, which must be `alloc`) and read back when the call succeeds.
    fn prepare_recips(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: ABLogonPrepareRecipsFlags,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        lpRecipList: &mut [::std::vec::Vec<crate::value::Prop>],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "address-book"))]
#[automatically_derived]
impl<T: crate::Inherits<IABLogon>> IABLogonExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ABLogonGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABLogon>()
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
        ulFlags: ABLogonLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IABLogon>().Logoff)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: ABLogonOpenEntryFlags,
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
                .base_vtable::<IABLogon>()
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
        ulFlags: ABLogonCompareEntryIDsFlags,
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
                .base_vtable::<IABLogon>()
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
        ulEventMask: ABLogonAdviseFlags,
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
                .base_vtable::<IABLogon>()
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
            (self.base_vtable::<IABLogon>().Unadvise)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_status_entry<U: crate::Interface>(
        &self,
        ulFlags: ABLogonOpenStatusEntryFlags,
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
                .base_vtable::<IABLogon>()
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
    fn open_template_id<U: crate::Interface>(
        &self,
        lpTemplateID: &[u8],
        ulTemplateFlags: ABLogonOpenTemplateIDFlags,
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
                .base_vtable::<IABLogon>()
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
    fn get_one_off_table(
        &self,
        ulFlags: ABLogonGetOneOffTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABLogon>()
                .GetOneOffTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn prepare_recips(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: ABLogonPrepareRecipsFlags,
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
                .base_vtable::<IABLogon>()
                .PrepareRecips)(self.as_raw().cast(), ulFlags.bits(), __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        let __read = crate::__private::call::adr_list_out(&__b2);
        ::core::mem::drop(__b2);
        crate::__private::call::adr_list_back(lpRecipList, __read?)?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IMailUser` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMailUser {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IMailUser` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMailUser {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: every interface begins with itself (`IMailUser`).
#[automatically_derived]
unsafe impl crate::Inherits<IMailUser> for IMailUser {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IABContainer` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IABContainer {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IABContainer` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IABContainer {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IABContainer` derives from `IMAPIContainer`: its vtable begins with `IMAPIContainer`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIContainer> for IABContainer {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: every interface begins with itself (`IABContainer`).
#[automatically_derived]
unsafe impl crate::Inherits<IABContainer> for IABContainer {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// The caller side of [`IABContainer`]: its methods, called through the vtable, on every `ComPtr` to `IABContainer` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IABContainerExt {
    /// Creates an entry from a template and returns it to be filled in;
    /// the entry exists once its `SaveChanges` succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_E_COLLISION` for a duplicate refused by the
    /// `CREATE_CHECK_DUP_*` flags.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): The size of `lpEntryID`, in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the template (from the container's one-off table, `PR_CREATE_TEMPLATES`).
    /// - `ulCreateFlags` (`ULONG`, in): How duplicates are handled.
    /// - `lppMAPIPropEntry` (`LPMAPIPROP*`, out): Receives the new entry.
    ///
    /// Calls slot 19 of the vtable, [`IABContainerVtbl::CreateEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppMAPIPropEntry`.
    fn create_entry(
        &self,
        lpEntryID: &[u8],
        ulCreateFlags: ABContainerCreateEntryFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProp>, crate::Hresult>;
    /// Copies entries (from any container) into this one.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be copied.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the entries to copy.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    ///
    /// Calls slot 20 of the vtable, [`IABContainerVtbl::CopyEntries`].
    fn copy_entries(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::copy_entries`], but also returns the success code the object answered: `S_OK` or `MAPI_W_PARTIAL_COMPLETION`.
    fn copy_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Removes entries from the container.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be deleted.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the entries to delete.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 21 of the vtable, [`IABContainerVtbl::DeleteEntries`]. In Rust:
    ///
    /// - `ulFlags` is reserved: zero is passed.
    fn delete_entries(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::delete_entries`], but also returns the success code the object answered: `S_OK` or `MAPI_W_PARTIAL_COMPLETION`.
    fn delete_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Matches the unresolved entries of an address list against the
    /// container: an entry matched by exactly one recipient gets that
    /// recipient's properties (`PR_ENTRYID` among them) and
    /// `MAPI_RESOLVED`; one matched by several gets `MAPI_AMBIGUOUS`; the
    /// others stay `MAPI_UNRESOLVED`. Entries already resolved are left as
    /// they are.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): The properties resolved entries receive, in order; null for the container's default set.
    /// - `ulFlags` (`ULONG`, in): The width of the strings of the address list.
    /// - `lpAdrList` (`LPADRLIST`, in, out): The entries to resolve; resolved ones are given new property values in place.
    /// - `lpFlagList` (`LPFlagList`, in, out): One flag per entry of `lpAdrList` (`MAPI_UNRESOLVED`, `MAPI_AMBIGUOUS`, `MAPI_RESOLVED`), updated in place.
    ///
    /// Calls slot 22 of the vtable, [`IABContainerVtbl::ResolveNames`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpAdrList` is written with `alloc` for the call (the object may replace its entries, freeing and allocating them with its allocator, which must be `alloc`) and read back when the call succeeds.
    /// - `lpFlagList` has one flag per entry; the object's flags are copied back when the call succeeds.
    fn resolve_names(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ABContainerResolveNamesFlags,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
        lpFlagList: &mut [crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "address-book"))]
#[automatically_derived]
impl<T: crate::Inherits<IABContainer>> IABContainerExt for crate::ComPtr<T> {
    fn create_entry(
        &self,
        lpEntryID: &[u8],
        ulCreateFlags: ABContainerCreateEntryFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProp>, crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::LPMAPIPROP = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABContainer>()
                .CreateEntry)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulCreateFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<crate::IMAPIProp>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn copy_entries(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        let __a2: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABContainer>()
                .CopyEntries)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        let __a2: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IABContainer>()
                .CopyEntries)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                ulFlags.bits(),
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn delete_entries(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABContainer>()
                .DeleteEntries)(self.as_raw().cast(), __a0, 0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IABContainer>()
                .DeleteEntries)(self.as_raw().cast(), __a0, 0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn resolve_names(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ABContainerResolveNamesFlags,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
        lpFlagList: &mut [crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult> {
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
        let __b2 = crate::__private::call::adr_list_in(alloc, &*lpAdrList)?;
        let __a2: crate::LPADRLIST = __b2.as_ptr().cast_mut();
        let mut __b3 = crate::__private::call::flag_list_in(lpFlagList)?;
        let __a3: crate::LPFlagList = __b3.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IABContainer>()
                .ResolveNames)(self.as_raw().cast(), __a0, ulFlags.bits(), __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        let __read = crate::__private::call::adr_list_out(&__b2);
        ::core::mem::drop(__b2);
        crate::__private::call::adr_list_back(lpAdrList, __read?)?;
        __b3.copy_to(lpFlagList);
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IDistList` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IDistList {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IDistList` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IDistList {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: `IDistList` derives from `IMAPIContainer`: its vtable begins with `IMAPIContainer`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIContainer> for IDistList {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// SAFETY: every interface begins with itself (`IDistList`).
#[automatically_derived]
unsafe impl crate::Inherits<IDistList> for IDistList {}
#[cfg(all(feature = "client", feature = "address-book"))]
/// The caller side of [`IDistList`]: its methods, called through the vtable, on every `ComPtr` to `IDistList` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IDistListExt {
    /// Creates a member from a template and returns it to be filled in; it
    /// exists once its `SaveChanges` succeeds.
    ///
    /// Returns `S_OK`, or `MAPI_E_COLLISION` for a duplicate refused by the
    /// `CREATE_CHECK_DUP_*` flags.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): The size of `lpEntryID`, in bytes.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the template.
    /// - `ulCreateFlags` (`ULONG`, in): How duplicates are handled.
    /// - `lppMAPIPropEntry` (`LPMAPIPROP*`, out): Receives the new member.
    ///
    /// Calls slot 19 of the vtable, [`IDistListVtbl::CreateEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppMAPIPropEntry`.
    fn create_entry(
        &self,
        lpEntryID: &[u8],
        ulCreateFlags: ABContainerCreateEntryFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProp>, crate::Hresult>;
    /// Copies entries into the list as members.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some entries
    /// could not be copied.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the entries to copy.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    ///
    /// Calls slot 20 of the vtable, [`IDistListVtbl::CopyEntries`].
    fn copy_entries(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::copy_entries`], but also returns the success code the object answered: `S_OK` or `MAPI_W_PARTIAL_COMPLETION`.
    fn copy_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Removes members from the list.
    ///
    /// Returns `S_OK`, or `MAPI_W_PARTIAL_COMPLETION` when some members
    /// could not be removed.
    ///
    /// # Parameters
    ///
    /// - `lpEntries` (`LPENTRYLIST`, in): Entry identifiers of the members to remove.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 21 of the vtable, [`IDistListVtbl::DeleteEntries`]. In Rust:
    ///
    /// - `ulFlags` is reserved: zero is passed.
    fn delete_entries(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Like [`Self::delete_entries`], but also returns the success code the object answered: `S_OK` or `MAPI_W_PARTIAL_COMPLETION`.
    fn delete_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult>;
    /// Matches the unresolved entries of an address list against the
    /// list's members, as `IABContainer::ResolveNames` does.
    ///
    /// # Parameters
    ///
    /// - `lpPropTagArray` (`LPSPropTagArray`, in): The properties resolved entries receive; null for the default set.
    /// - `ulFlags` (`ULONG`, in): The width of the strings of the address list.
    /// - `lpAdrList` (`LPADRLIST`, in, out): The entries to resolve, changed in place.
    /// - `lpFlagList` (`LPFlagList`, in, out): One flag per entry of `lpAdrList`, updated in place.
    ///
    /// Calls slot 22 of the vtable, [`IDistListVtbl::ResolveNames`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpAdrList` is written with `alloc` for the call (the object may replace its entries, freeing and allocating them with its allocator, which must be `alloc`) and read back when the call succeeds.
    /// - `lpFlagList` has one flag per entry; the object's flags are copied back when the call succeeds.
    fn resolve_names(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ABContainerResolveNamesFlags,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
        lpFlagList: &mut [crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "address-book"))]
#[automatically_derived]
impl<T: crate::Inherits<IDistList>> IDistListExt for crate::ComPtr<T> {
    fn create_entry(
        &self,
        lpEntryID: &[u8],
        ulCreateFlags: ABContainerCreateEntryFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPIProp>, crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::LPMAPIPROP = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IDistList>()
                .CreateEntry)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulCreateFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<crate::IMAPIProp>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn copy_entries(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        let __a2: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IDistList>()
                .CopyEntries)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: ABContainerCopyEntriesFlags,
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        let __a2: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IDistList>()
                .CopyEntries)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                __a2,
                ulFlags.bits(),
            )
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn delete_entries(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IDistList>()
                .DeleteEntries)(self.as_raw().cast(), __a0, 0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_entries_with_warning(
        &self,
        lpEntries: &[&[u8]],
    ) -> ::core::result::Result<(crate::Hresult, ()), crate::Hresult> {
        let __t = lpEntries;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IDistList>()
                .DeleteEntries)(self.as_raw().cast(), __a0, 0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, ()))
    }
    fn resolve_names(
        &self,
        alloc: &crate::value::Allocator,
        lpPropTagArray: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ABContainerResolveNamesFlags,
        lpAdrList: &mut [::std::vec::Vec<crate::value::Prop>],
        lpFlagList: &mut [crate::ULONG],
    ) -> ::core::result::Result<(), crate::Hresult> {
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
        let __b2 = crate::__private::call::adr_list_in(alloc, &*lpAdrList)?;
        let __a2: crate::LPADRLIST = __b2.as_ptr().cast_mut();
        let mut __b3 = crate::__private::call::flag_list_in(lpFlagList)?;
        let __a3: crate::LPFlagList = __b3.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IDistList>()
                .ResolveNames)(self.as_raw().cast(), __a0, ulFlags.bits(), __a2, __a3)
        };
        crate::Hresult(__hr).ok()?;
        let __read = crate::__private::call::adr_list_out(&__b2);
        ::core::mem::drop(__b2);
        crate::__private::call::adr_list_back(lpAdrList, __read?)?;
        __b3.copy_to(lpFlagList);
        ::core::result::Result::Ok(())
    }
}
