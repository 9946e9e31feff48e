// `idl/mapi/olk.idl` as Rust, included by `mod.rs`.
/// Pointer to an `IOlkErrorUnknown` interface.
#[cfg(feature = "outlook")]
pub type LPOLKERRORUNKNOWN = *mut IOlkErrorUnknown;
/// Pointer to an `IOlkEnum` interface.
#[cfg(feature = "outlook")]
pub type LPOLKENUM = *mut IOlkEnum;
/// Pointer to an `IOlkAccount` interface.
#[cfg(feature = "outlook")]
pub type LPOLKACCOUNT = *mut IOlkAccount;
/// Pointer to an `IOlkAccountHelper` interface.
#[cfg(feature = "outlook")]
pub type LPOLKACCOUNTHELPER = *mut IOlkAccountHelper;
/// Pointer to an `IOlkAccountNotify` interface.
#[cfg(feature = "outlook")]
pub type LPOLKACCOUNTNOTIFY = *mut IOlkAccountNotify;
/// Pointer to an `IOlkAccountManager` interface.
#[cfg(feature = "outlook")]
pub type LPOLKACCOUNTMANAGER = *mut IOlkAccountManager;
/// Counted bytes: the value of a binary account property.
#[cfg(feature = "outlook")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACCT_BIN {
    /// The number of bytes.
    pub cb: crate::DWORD,
    /// The bytes.
    pub pb: *mut crate::BYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACCT_BIN>() == 16);
    assert!(::core::mem::align_of::<ACCT_BIN>() == 8);
    assert!(::core::mem::offset_of!(ACCT_BIN, cb) == 0);
    assert!(::core::mem::offset_of!(ACCT_BIN, pb) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACCT_BIN>() == 8);
    assert!(::core::mem::align_of::<ACCT_BIN>() == 4);
    assert!(::core::mem::offset_of!(ACCT_BIN, cb) == 0);
    assert!(::core::mem::offset_of!(ACCT_BIN, pb) == 4);
};
/// The value of an account property; `dwType` says which member of `Val`
/// holds it.
#[cfg(feature = "outlook")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACCT_VARIANT {
    /// `PT_LONG`, `PT_UNICODE` or `PT_BINARY`.
    pub dwType: crate::DWORD,
    /// The value.
    pub Val: ACCT_VARIANT_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACCT_VARIANT>() == 24);
    assert!(::core::mem::align_of::<ACCT_VARIANT>() == 8);
    assert!(::core::mem::offset_of!(ACCT_VARIANT, dwType) == 0);
    assert!(::core::mem::offset_of!(ACCT_VARIANT, Val) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACCT_VARIANT>() == 12);
    assert!(::core::mem::align_of::<ACCT_VARIANT>() == 4);
    assert!(::core::mem::offset_of!(ACCT_VARIANT, dwType) == 0);
    assert!(::core::mem::offset_of!(ACCT_VARIANT, Val) == 4);
};
/// The value.
#[cfg(feature = "outlook")]
#[repr(C)]
#[derive(Clone, Copy)]
pub union ACCT_VARIANT_0 {
    /// The integer, for `PT_LONG`.
    pub dw: crate::DWORD,
    /// The string, for `PT_UNICODE`.
    pub pwsz: *mut crate::WCHAR,
    /// The bytes, for `PT_BINARY`.
    pub bin: ACCT_BIN,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACCT_VARIANT_0>() == 16);
    assert!(::core::mem::align_of::<ACCT_VARIANT_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACCT_VARIANT_0>() == 8);
    assert!(::core::mem::align_of::<ACCT_VARIANT_0>() == 4);
};
/// The account could not be found.
#[cfg(feature = "outlook")]
pub const E_ACCT_NOT_FOUND: crate::SCODE = 0x800C8101u32 as i32;
/// The account dialog box could not be created.
#[cfg(feature = "outlook")]
pub const E_ACCT_UI_BUSY: crate::SCODE = 0x800C8102u32 as i32;
/// A new account order does not hold as many accounts as the old one.
#[cfg(feature = "outlook")]
pub const E_ACCT_WRONG_SORT_ORDER: crate::SCODE = 0x800C8105u32 as i32;
/// The account manager was already initialized (`IOlkAccountManager::Init`).
#[cfg(feature = "outlook")]
pub const E_OLK_ALREADY_INITIALIZED: crate::SCODE = 0x800C8002u32 as i32;
/// The account manager was not initialized for use (`IOlkAccountManager::Init`).
#[cfg(feature = "outlook")]
pub const E_OLK_NOT_INITIALIZED: crate::SCODE = 0x800C8005u32 as i32;
/// A parameter is not supported.
#[cfg(feature = "outlook")]
pub const E_OLK_PARAM_NOT_SUPPORTED: crate::SCODE = 0x800C8003u32 as i32;
/// The account property is read-only.
#[cfg(feature = "outlook")]
pub const E_OLK_PROP_READ_ONLY: crate::SCODE = 0x800C800Du32 as i32;
/// The account manager could not reach the registry settings it needs.
#[cfg(feature = "outlook")]
pub const E_OLK_REGISTRY: crate::SCODE = 0x800C8001u32 as i32;
/// `NOTIFY_ACCT_*`: an account was changed.
#[cfg(feature = "outlook")]
pub const NOTIFY_ACCT_CHANGED: crate::ULONG = 1;
/// `NOTIFY_ACCT_*`: an account was created.
#[cfg(feature = "outlook")]
pub const NOTIFY_ACCT_CREATED: crate::ULONG = 2;
/// `NOTIFY_ACCT_*`: an account was deleted.
#[cfg(feature = "outlook")]
pub const NOTIFY_ACCT_DELETED: crate::ULONG = 3;
/// `NOTIFY_ACCT_*`: the order of the accounts changed.
#[cfg(feature = "outlook")]
pub const NOTIFY_ACCT_ORDER_CHANGED: crate::ULONG = 4;
/// `NOTIFY_ACCT_*`: an account is about to be deleted.
#[cfg(feature = "outlook")]
pub const NOTIFY_ACCT_PREDELETED: crate::ULONG = 5;
/// The only flags value most account methods take: none.
#[cfg(feature = "outlook")]
pub const OLK_ACCOUNT_NO_FLAGS: crate::ULONG = 0;
/// Account property (`PT_LONG`): the account identifier of Outlook 2000 and earlier.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_ID: crate::ULONG = 0x10003;
/// Account property (`PT_UNICODE`): the account's name.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_NAME: crate::ULONG = 0x2001F;
/// Account property (`PT_LONG`): the account identifier since Outlook 2002.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_MINI_UID: crate::ULONG = 0x30003;
/// Account property (`PT_UNICODE`): the user's display name.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_USER_DISPLAY_NAME: crate::ULONG = 0xB001F;
/// Account property (`PT_UNICODE`): the account's email address.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_USER_EMAIL_ADDR: crate::ULONG = 0xC001F;
/// Account property (`PT_UNICODE`): the account stamp.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_STAMP: crate::ULONG = 0xD001F;
/// Account property (`PT_UNICODE`): the account's send stamp.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_SEND_STAMP: crate::ULONG = 0xE001F;
/// Account property (`PT_LONG`): nonzero for an Exchange account.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_IS_EXCH: crate::ULONG = 0x140003;
/// Account property (`PT_BINARY`): the entry identifier of the account's default delivery store.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_DELIVERY_STORE: crate::ULONG = 0x180102;
/// Account property (`PT_BINARY`): the entry identifier of the account's default delivery folder.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_DELIVERY_FOLDER: crate::ULONG = 0x190102;
/// Account property (`PT_BINARY`): the entry identifier of the account's Sent Items folder.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_SENTITEMS_EID: crate::ULONG = 0x200102;
/// Account property (`PT_BINARY`): the UID of the profile section holding the account's preferences.
#[cfg(feature = "outlook")]
pub const PROP_ACCT_PREFERENCES_UID: crate::ULONG = 0x220102;
/// Account property (`PT_UNICODE`): the incoming mail server.
#[cfg(feature = "outlook")]
pub const PROP_INET_SERVER: crate::ULONG = 0x100001F;
/// Account property (`PT_UNICODE`): the user name on the incoming mail server.
#[cfg(feature = "outlook")]
pub const PROP_INET_USER: crate::ULONG = 0x101001F;
/// Account property (`PT_UNICODE`): the password on the incoming mail server.
#[cfg(feature = "outlook")]
pub const PROP_INET_PASSWORD: crate::ULONG = 0x102001F;
/// Account property (`PT_LONG`): the port of the incoming mail server.
#[cfg(feature = "outlook")]
pub const PROP_INET_PORT: crate::ULONG = 0x1040003;
/// Account property (`PT_LONG`): nonzero to reach the incoming mail server over SSL.
#[cfg(feature = "outlook")]
pub const PROP_INET_SSL: crate::ULONG = 0x1050003;
/// Account property (`PT_LONG`): nonzero to log on to the incoming mail server with SPA.
#[cfg(feature = "outlook")]
pub const PROP_INET_USE_SPA: crate::ULONG = 0x1080003;
/// Account property (`PT_UNICODE`): the SMTP server.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_SERVER: crate::ULONG = 0x200001F;
/// Account property (`PT_LONG`): the SMTP port.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_PORT: crate::ULONG = 0x2010003;
/// Account property (`PT_LONG`): nonzero to reach the SMTP server over SSL.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_SSL: crate::ULONG = 0x2020003;
/// Account property (`PT_LONG`): nonzero when the SMTP server needs authentication.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_USE_AUTH: crate::ULONG = 0x2030003;
/// Account property (`PT_UNICODE`): the user name on the SMTP server.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_USER: crate::ULONG = 0x204001F;
/// Account property (`PT_UNICODE`): the password on the SMTP server.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_PASSWORD: crate::ULONG = 0x205001F;
/// Account property (`PT_LONG`): nonzero to log on to the SMTP server with SPA.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_USE_SPA: crate::ULONG = 0x2070003;
/// Account property (`PT_LONG`): how to authenticate to the SMTP server.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_AUTH_METHOD: crate::ULONG = 0x2080003;
/// Account property (`PT_LONG`): the kind of encrypted connection to the SMTP server.
#[cfg(feature = "outlook")]
pub const PROP_SMTP_SECURE_CONNECTION: crate::ULONG = 0x20A0003;
/// Account property (`PT_LONG`): whether a POP3 account leaves copies of messages on the server.
#[cfg(feature = "outlook")]
pub const PROP_POP_LEAVE_ON_SERVER: crate::ULONG = 0x10000003;
/// Account property (`PT_BINARY`): the address book entry identifier of the account's identity.
#[cfg(feature = "outlook")]
pub const PROP_MAPI_IDENTITY_ENTRYID: crate::ULONG = 0x20020102;
/// Account property (`PT_BINARY`): the UID of an Exchange account.
#[cfg(feature = "outlook")]
pub const PROP_MAPI_EMSMDB_UID: crate::ULONG = 0x20090102;
/// Account property (`PT_BINARY`): the transport settings of the account.
#[cfg(feature = "outlook")]
pub const PROP_MAPI_TRANSPORT_FLAGS: crate::ULONG = 0x20100102;
/// Do not synchronize MAPI services with the accounts; Outlook already
/// does it when it starts, so pass this unless there is a reason not to.
#[cfg(feature = "outlook")]
pub const ACCT_INIT_NOSYNCH_MAPI_ACCTS: u32 = 1;
/// Do not synchronize accounts (an IMAP account, say) with their
/// stores.
#[cfg(feature = "outlook")]
pub const ACCT_INIT_NO_STORES_CHECK: u32 = 2;
/// Do not intercept broadcast messages meant for other applications.
#[cfg(feature = "outlook")]
pub const ACCT_INIT_NO_NOTIFICATIONS: u32 = 4;
/// Do not warn that changes take effect only after Outlook restarts
/// (in Outlook's process only).
#[cfg(feature = "outlook")]
pub const ACCTUI_NO_WARNING: u32 = 0x100;
/// Open Account Settings on the Data tab; not with
/// `ACCTUI_SHOW_ACCTWIZARD`.
#[cfg(feature = "outlook")]
pub const ACCTUI_SHOW_DATA_TAB: u32 = 0x200;
/// Show the Add New Account dialog box instead.
#[cfg(feature = "outlook")]
pub const ACCTUI_SHOW_ACCTWIZARD: u32 = 0x400;
/// Flags of `IOlkAccount::SaveChanges` and `IOlkAccountManager::SaveChanges`.
///
/// None are defined (`OLK_ACCOUNT_NO_FLAGS`).
#[cfg(feature = "outlook")]
pub type OlkAccountSaveChangesFlags = crate::Flags<OlkAccountSaveChangesFlagsGroup>;
/// The group of [`OlkAccountSaveChangesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "outlook")]
pub enum OlkAccountSaveChangesFlagsGroup {}
#[cfg(feature = "outlook")]
impl crate::FlagGroup for OlkAccountSaveChangesFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IOlkAccountNotify::Notify`.
///
/// None are defined (`OLK_ACCOUNT_NO_FLAGS`).
#[cfg(feature = "outlook")]
pub type OlkAccountNotifyFlags = crate::Flags<OlkAccountNotifyFlagsGroup>;
/// The group of [`OlkAccountNotifyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "outlook")]
pub enum OlkAccountNotifyFlagsGroup {}
#[cfg(feature = "outlook")]
impl crate::FlagGroup for OlkAccountNotifyFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IOlkAccountManager::Init`.
#[cfg(feature = "outlook")]
pub type OlkAccountManagerInitFlags = crate::Flags<OlkAccountManagerInitFlagsGroup>;
/// The group of [`OlkAccountManagerInitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "outlook")]
pub enum OlkAccountManagerInitFlagsGroup {}
#[cfg(feature = "outlook")]
impl crate::FlagGroup for OlkAccountManagerInitFlagsGroup {
    const IN_MASK: u32 = 0x00000007;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ACCT_INIT_NOSYNCH_MAPI_ACCTS", 0x00000001),
        ("ACCT_INIT_NO_STORES_CHECK", 0x00000002),
        ("ACCT_INIT_NO_NOTIFICATIONS", 0x00000004),
    ];
}
#[cfg(feature = "outlook")]
impl crate::Flags<OlkAccountManagerInitFlagsGroup> {
    /// Do not synchronize MAPI services with the accounts; Outlook already
    /// does it when it starts, so pass this unless there is a reason not to.
    ///
    /// `ACCT_INIT_NOSYNCH_MAPI_ACCTS` (`0x1`), valid on input.
    pub const NOSYNCH_MAPI_ACCTS: Self = Self::from_bits_retain(0x00000001);
    /// Do not synchronize accounts (an IMAP account, say) with their
    /// stores.
    ///
    /// `ACCT_INIT_NO_STORES_CHECK` (`0x2`), valid on input.
    pub const NO_STORES_CHECK: Self = Self::from_bits_retain(0x00000002);
    /// Do not intercept broadcast messages meant for other applications.
    ///
    /// `ACCT_INIT_NO_NOTIFICATIONS` (`0x4`), valid on input.
    pub const NO_NOTIFICATIONS: Self = Self::from_bits_retain(0x00000004);
}
/// Flags of `IOlkAccountManager::DisplayAccountList`.
#[cfg(feature = "outlook")]
pub type OlkAccountManagerDisplayAccountListFlags = crate::Flags<
    OlkAccountManagerDisplayAccountListFlagsGroup,
>;
/// The group of [`OlkAccountManagerDisplayAccountListFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "outlook")]
pub enum OlkAccountManagerDisplayAccountListFlagsGroup {}
#[cfg(feature = "outlook")]
impl crate::FlagGroup for OlkAccountManagerDisplayAccountListFlagsGroup {
    const IN_MASK: u32 = 0x00000700;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000600];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ACCTUI_NO_WARNING", 0x00000100),
        ("ACCTUI_SHOW_DATA_TAB", 0x00000200),
        ("ACCTUI_SHOW_ACCTWIZARD", 0x00000400),
    ];
}
#[cfg(feature = "outlook")]
impl crate::Flags<OlkAccountManagerDisplayAccountListFlagsGroup> {
    /// Do not warn that changes take effect only after Outlook restarts
    /// (in Outlook's process only).
    ///
    /// `ACCTUI_NO_WARNING` (`0x100`), valid on input.
    pub const NO_WARNING: Self = Self::from_bits_retain(0x00000100);
    /// Open Account Settings on the Data tab; not with
    /// `ACCTUI_SHOW_ACCTWIZARD`.
    ///
    /// `ACCTUI_SHOW_DATA_TAB` (`0x200`), valid on input.
    pub const SHOW_DATA_TAB: Self = Self::from_bits_retain(0x00000200);
    /// Show the Add New Account dialog box instead.
    ///
    /// `ACCTUI_SHOW_ACCTWIZARD` (`0x400`), valid on input.
    pub const SHOW_ACCTWIZARD: Self = Self::from_bits_retain(0x00000400);
}
/// Flags of `IOlkAccountManager::EnumerateAccounts`.
///
/// None are defined (`OLK_ACCOUNT_NO_FLAGS`).
#[cfg(feature = "outlook")]
pub type OlkAccountManagerEnumerateAccountsFlags = crate::Flags<
    OlkAccountManagerEnumerateAccountsFlagsGroup,
>;
/// The group of [`OlkAccountManagerEnumerateAccountsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "outlook")]
pub enum OlkAccountManagerEnumerateAccountsFlagsGroup {}
#[cfg(feature = "outlook")]
impl crate::FlagGroup for OlkAccountManagerEnumerateAccountsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// The base of the account interfaces: describes an error in words.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkErrorUnknown {
    /// The object's vtable.
    pub lpVtbl: *const IOlkErrorUnknownVtbl,
}
/// The vtable of [`IOlkErrorUnknown`]: its methods in slot order, after its base's.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkErrorUnknownVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the message text for an error code.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG`.
    ///
    /// # Parameters
    ///
    /// - `hr` (`HRESULT`, in): The error code to describe.
    /// - `ppwszError` (`LPWSTR*`, out): Receives the message text; the reference does not say who frees it.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hr: crate::HRESULT,
        ppwszError: *mut crate::LPWSTR,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IOlkErrorUnknown`]: `{9240A6C0-AF41-11D2-8C3B-00104B2A6676}`.
#[cfg(feature = "outlook")]
pub const IID_IOlkErrorUnknown: crate::GUID = crate::GUID::from_u128(
    0x9240a6c0_af41_11d2_8c3b_00104b2a6676,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "outlook")]
#[automatically_derived]
unsafe impl crate::Interface for IOlkErrorUnknown {
    const IID: crate::GUID = IID_IOlkErrorUnknown;
    const NAME: &'static str = "IOlkErrorUnknown";
    type Vtbl = IOlkErrorUnknownVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IOlkErrorUnknown
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IOlkErrorUnknownVtbl>() == 4 * ::core::mem::size_of::<usize>()
);
/// An enumerator of accounts, as `IOlkAccountManager::EnumerateAccounts`
/// returns it.
///
/// Outlook implements it. Each item is an `IUnknown` to ask for
/// `IOlkAccount`.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkEnum {
    /// The object's vtable.
    pub lpVtbl: *const IOlkEnumVtbl,
}
/// The vtable of [`IOlkEnum`]: its methods in slot order, after its base's.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkEnumVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the number of accounts the enumerator holds.
    ///
    /// # Parameters
    ///
    /// - `pulCount` (`DWORD*`, out): Receives the number of accounts.
    pub GetCount: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pulCount: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Goes back to the first account.
    pub Reset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns the next account.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null once every account was
    /// returned.
    ///
    /// # Parameters
    ///
    /// - `ppunk` (`LPUNKNOWN*`, out): Receives the account, to ask for `IOlkAccount`; null at the end.
    pub GetNext: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppunk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT,
    /// Skips accounts.
    ///
    /// # Parameters
    ///
    /// - `cSkip` (`DWORD`, in): The number of accounts to skip.
    pub Skip: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cSkip: crate::DWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IOlkEnum`]: `{9240A6C1-AF41-11D2-8C3B-00104B2A6676}`.
#[cfg(feature = "outlook")]
pub const IID_IOlkEnum: crate::GUID = crate::GUID::from_u128(
    0x9240a6c1_af41_11d2_8c3b_00104b2a6676,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "outlook")]
#[automatically_derived]
unsafe impl crate::Interface for IOlkEnum {
    const IID: crate::GUID = IID_IOlkEnum;
    const NAME: &'static str = "IOlkEnum";
    type Vtbl = IOlkEnumVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IOlkEnum || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IOlkEnumVtbl>() == 7 * ::core::mem::size_of::<usize>()
);
/// One account: its type and categories and its properties.
///
/// Outlook implements it; clients get it from
/// `IOlkAccountManager::FindAccount` or `IOlkEnum::GetNext`. The
/// placeholder methods hold vtable slots that are not documented.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccount {
    /// The object's vtable.
    pub lpVtbl: *const IOlkAccountVtbl,
}
/// The vtable of [`IOlkAccount`]: its methods in slot order, after its base's.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountVtbl {
    /// The slots of `IOlkErrorUnknown`.
    pub base__: IOlkErrorUnknownVtbl,
    /// Not documented.
    pub PlaceHolder1: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder2: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder3: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder4: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder5: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder6: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Returns the account's type and the categories it belongs to.
    ///
    /// An Exchange account (`CLSID_OlkMAPIAccount`) does not report
    /// `CLSID_OlkAddressBook` even when it provides an address book.
    ///
    /// **Notes to callers.** Free the category array with `FreeMemory`.
    ///
    /// # Parameters
    ///
    /// - `pclsidType` (`CLSID*`, out): Receives the account type (`CLSID_OlkPOP3Account`, `CLSID_OlkIMAP4Account`, `CLSID_OlkMAPIAccount`, `CLSID_OlkHotmailAccount` or `CLSID_OlkLDAPAccount`).
    /// - `pcCategories` (`DWORD*`, out): Receives the number of categories.
    /// - `prgclsidCategory` (`CLSID**`, out): Receives the categories (`CLSID_OlkMail`, `CLSID_OlkAddressBook`, `CLSID_OlkStore`), allocated by the account.
    pub GetAccountInfo: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pclsidType: *mut crate::CLSID,
        pcCategories: *mut crate::DWORD,
        prgclsidCategory: *mut *mut crate::CLSID,
    ) -> crate::HRESULT,
    /// Returns the value of an account property.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND` when the account does not have
    /// the property, or `E_INVALIDARG` for an invalid tag.
    ///
    /// **Notes to callers.** Free a string or binary value with
    /// `FreeMemory`.
    ///
    /// # Parameters
    ///
    /// - `dwProp` (`DWORD`, in): The property (`PROP_ACCT_*`, `PROP_INET_*`, ...).
    /// - `pVar` (`ACCT_VARIANT*`, out): Receives the value; strings and bytes are allocated by the account.
    pub GetProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwProp: crate::DWORD,
        pVar: *mut ACCT_VARIANT,
    ) -> crate::HRESULT,
    /// Sets the value of an account property; `SaveChanges` keeps it.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` for an invalid tag.
    ///
    /// # Parameters
    ///
    /// - `dwProp` (`DWORD`, in): The property (`PROP_ACCT_*`, `PROP_INET_*`, ...).
    /// - `pVar` (`ACCT_VARIANT*`, in): The new value.
    pub SetProp: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwProp: crate::DWORD,
        pVar: *mut ACCT_VARIANT,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder7: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder8: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder9: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Frees memory the account returned (from `GetProp` or
    /// `GetAccountInfo`).
    ///
    /// # Parameters
    ///
    /// - `pv` (`BYTE*`, in): The memory to free.
    pub FreeMemory: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut crate::BYTE,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder10: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Writes the account's changed properties to the registry.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    pub SaveChanges: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IOlkAccount`]: `{9240A6D2-AF41-11D2-8C3B-00104B2A6676}`.
#[cfg(feature = "outlook")]
pub const IID_IOlkAccount: crate::GUID = crate::GUID::from_u128(
    0x9240a6d2_af41_11d2_8c3b_00104b2a6676,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "outlook")]
#[automatically_derived]
unsafe impl crate::Interface for IOlkAccount {
    const IID: crate::GUID = IID_IOlkAccount;
    const NAME: &'static str = "IOlkAccount";
    type Vtbl = IOlkAccountVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IOlkAccount || <IOlkErrorUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IOlkAccountVtbl>() == 19 * ::core::mem::size_of::<usize>()
);
/// What the client gives the account manager (`IOlkAccountManager::Init`):
/// the profile's name and a MAPI session.
///
/// Clients implement it.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountHelper {
    /// The object's vtable.
    pub lpVtbl: *const IOlkAccountHelperVtbl,
}
/// The vtable of [`IOlkAccountHelper`]: its methods in slot order, after its base's.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountHelperVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Not supported: implementations return `E_NOTIMPL`.
    ///
    /// # Parameters
    ///
    /// - `pv` (`LPVOID`, in): Not used.
    pub PlaceHolder1: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: crate::LPVOID,
    ) -> crate::HRESULT,
    /// Returns the name of the profile the accounts belong to, in a buffer
    /// of the caller's.
    ///
    /// Returns `S_OK`, `E_OUTOFMEMORY` when the buffer is too small (then
    /// `pwszIdentity` is left as it was and `pcch` holds the size needed),
    /// or `E_INVALIDARG` when `pcch` is null.
    ///
    /// # Parameters
    ///
    /// - `pwszIdentity` (`LPWSTR`, in, out): The buffer that receives the profile name.
    /// - `pcch` (`DWORD*`, in, out): On input the size of the buffer in characters; on output the length of the name with its NUL.
    pub GetIdentity: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pwszIdentity: crate::LPWSTR,
        pcch: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns the MAPI session of the profile, keeping a reference to it
    /// for the account manager (which cannot hold one itself without a
    /// reference cycle).
    ///
    /// # Parameters
    ///
    /// - `ppmsess` (`LPUNKNOWN*`, out): Receives the session.
    pub GetMapiSession: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ppmsess: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT,
    /// Releases the session `GetMapiSession` opened.
    ///
    /// Returns `S_OK` when the helper opened the session itself and
    /// released it here, and only `E_NOTIMPL` when it did not.
    pub HandsOffSession: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IOlkAccountHelper`]: `{9240A6CB-AF41-11D2-8C3B-00104B2A6676}`.
#[cfg(feature = "outlook")]
pub const IID_IOlkAccountHelper: crate::GUID = crate::GUID::from_u128(
    0x9240a6cb_af41_11d2_8c3b_00104b2a6676,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "outlook")]
#[automatically_derived]
unsafe impl crate::Interface for IOlkAccountHelper {
    const IID: crate::GUID = IID_IOlkAccountHelper;
    const NAME: &'static str = "IOlkAccountHelper";
    type Vtbl = IOlkAccountHelperVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IOlkAccountHelper
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IOlkAccountHelperVtbl>() == 7 * ::core::mem::size_of::<usize>()
);
/// A client's sink for account changes (`IOlkAccountManager::Advise`).
///
/// Clients implement it.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountNotify {
    /// The object's vtable.
    pub lpVtbl: *const IOlkAccountNotifyVtbl,
}
/// The vtable of [`IOlkAccountNotify`]: its methods in slot order, after its base's.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountNotifyVtbl {
    /// The slots of `IOlkErrorUnknown`.
    pub base__: IOlkErrorUnknownVtbl,
    /// Tells the client that an account changed.
    ///
    /// # Parameters
    ///
    /// - `dwNotify` (`DWORD`, in): What happened: one of `NOTIFY_ACCT_CHANGED`, `NOTIFY_ACCT_CREATED`, `NOTIFY_ACCT_DELETED`, `NOTIFY_ACCT_ORDER_CHANGED` or `NOTIFY_ACCT_PREDELETED`.
    /// - `dwAcctID` (`DWORD`, in): The identifier of the account concerned.
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    pub Notify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwNotify: crate::DWORD,
        dwAcctID: crate::DWORD,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IOlkAccountNotify`]: `{9240A6C3-AF41-11D2-8C3B-00104B2A6676}`.
#[cfg(feature = "outlook")]
pub const IID_IOlkAccountNotify: crate::GUID = crate::GUID::from_u128(
    0x9240a6c3_af41_11d2_8c3b_00104b2a6676,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "outlook")]
#[automatically_derived]
unsafe impl crate::Interface for IOlkAccountNotify {
    const IID: crate::GUID = IID_IOlkAccountNotify;
    const NAME: &'static str = "IOlkAccountNotify";
    type Vtbl = IOlkAccountNotifyVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IOlkAccountNotify
            || <IOlkErrorUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IOlkAccountNotifyVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// The account manager: finds, enumerates, orders, saves and deletes
/// accounts, shows the account dialog boxes, and notifies clients of
/// changes.
///
/// Outlook implements it (`CLSID_OlkAccountManager`); call `Init` first.
/// The placeholder methods hold vtable slots that are not documented.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountManager {
    /// The object's vtable.
    pub lpVtbl: *const IOlkAccountManagerVtbl,
}
/// The vtable of [`IOlkAccountManager`]: its methods in slot order, after its base's.
#[cfg(feature = "outlook")]
#[repr(C)]
pub struct IOlkAccountManagerVtbl {
    /// The slots of `IOlkErrorUnknown`.
    pub base__: IOlkErrorUnknownVtbl,
    /// Readies the account manager for use; every other method needs it.
    ///
    /// Returns `S_OK`, `E_OLK_ALREADY_INITIALIZED`, or `E_OLK_REGISTRY`.
    ///
    /// # Parameters
    ///
    /// - `pAcctHelper` (`IOlkAccountHelper*`, in): The client's helper: the profile and its MAPI session.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags controlling synchronization.
    pub Init: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pAcctHelper: *mut IOlkAccountHelper,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Shows the Account Settings dialog box, or with
    /// `ACCTUI_SHOW_ACCTWIZARD` the Add New Account one.
    ///
    /// Returns `S_OK`, `E_ACCT_UI_BUSY`, `E_OLK_NOT_INITIALIZED`,
    /// `MAPI_E_CALL_FAILED` (Add New Account failed),
    /// `MAPI_E_USER_CANCEL`, or `MAPI_E_INVALID_PARAMETER` when a reserved
    /// parameter is not null.
    ///
    /// # Parameters
    ///
    /// - `hwnd` (`HWND`, in): The window the dialog box is modal to, or null.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags choosing the dialog box.
    /// - `wszTitle` (`LPCWSTR`, in): Not used; null.
    /// - `cCategories` (`DWORD`, in): Not used; zero.
    /// - `rgclsidCategories` (`const CLSID*`, in): Not used; null.
    /// - `pclsidType` (`const CLSID*`, in): Not used; null.
    pub DisplayAccountList: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hwnd: crate::HWND,
        dwFlags: crate::DWORD,
        wszTitle: crate::LPCWSTR,
        cCategories: crate::DWORD,
        rgclsidCategories: *const crate::CLSID,
        pclsidType: *const crate::CLSID,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder1: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder2: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder3: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder4: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder5: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Finds the account whose property has a value.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, `E_OLK_NOT_INITIALIZED`, or
    /// `E_OLK_PARAM_NOT_SUPPORTED`.
    ///
    /// # Parameters
    ///
    /// - `dwProp` (`DWORD`, in): The property to match: `PROP_ACCT_ID` or `PROP_ACCT_IS_EXCH`.
    /// - `pVar` (`ACCT_VARIANT*`, in): The value to match.
    /// - `ppAccount` (`IOlkAccount**`, out): Receives the account.
    pub FindAccount: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwProp: crate::DWORD,
        pVar: *mut ACCT_VARIANT,
        ppAccount: *mut *mut IOlkAccount,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder6: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder7: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder8: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Deletes an account.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `dwAcctID` (`DWORD`, in): The identifier of the account.
    pub DeleteAccount: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAcctID: crate::DWORD,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder9: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Writes an account's changed properties to the registry.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `dwAcctID` (`DWORD`, in): The identifier of the account.
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    pub SaveChanges: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        dwAcctID: crate::DWORD,
        dwFlags: crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns the order of the accounts of a category.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// **Notes to callers.** Free the array with `FreeMemory`.
    ///
    /// # Parameters
    ///
    /// - `pclsidCategory` (`const CLSID*`, in): The category: `CLSID_OlkMail`, `CLSID_OlkAddressBook` or `CLSID_OlkStore`.
    /// - `pcAccts` (`DWORD*`, out): Receives the number of accounts.
    /// - `prgAccts` (`DWORD**`, out): Receives the account identifiers in order, allocated by the account manager.
    pub GetOrder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pclsidCategory: *const crate::CLSID,
        pcAccts: *mut crate::DWORD,
        prgAccts: *mut *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Changes the order of the accounts of a category.
    ///
    /// Returns `S_OK`, `E_ACCT_WRONG_SORT_ORDER` when the new order does
    /// not hold as many accounts as the old one, `E_INVALIDARG`, or
    /// `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pclsidCategory` (`const CLSID*`, in): The category: `CLSID_OlkAddressBook` or `CLSID_OlkStore`.
    /// - `pcAccts` (`DWORD*`, in): The number of accounts.
    /// - `prgAccts` (`DWORD**`, in): The account identifiers in the new order.
    pub SetOrder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pclsidCategory: *const crate::CLSID,
        pcAccts: *mut crate::DWORD,
        prgAccts: *mut *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Returns an enumerator of the accounts of a category, of a type, or
    /// both.
    ///
    /// Exchange accounts are not listed in `CLSID_OlkAddressBook` even
    /// when they provide an address book.
    ///
    /// Returns `S_OK`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pclsidCategory` (`const CLSID*`, in): The category (`CLSID_OlkMail`, `CLSID_OlkAddressBook`, `CLSID_OlkStore`), or null for every category.
    /// - `pclsidType` (`const CLSID*`, in): The account type (`CLSID_OlkPOP3Account`, ...), or null for every type.
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    /// - `ppEnum` (`IOlkEnum**`, out): Receives the enumerator.
    pub EnumerateAccounts: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pclsidCategory: *const crate::CLSID,
        pclsidType: *const crate::CLSID,
        dwFlags: crate::DWORD,
        ppEnum: *mut *mut IOlkEnum,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder10: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder11: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Frees memory the account manager returned (from `GetOrder`).
    ///
    /// # Parameters
    ///
    /// - `pv` (`BYTE*`, in): The memory to free.
    pub FreeMemory: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pv: *mut crate::BYTE,
    ) -> crate::HRESULT,
    /// Registers a client's sink for changes to any account.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pNotify` (`IOlkAccountNotify*`, in): The sink to notify.
    /// - `pdwCookie` (`DWORD*`, out): Receives the cookie that `Unadvise` takes.
    pub Advise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pNotify: *mut IOlkAccountNotify,
        pdwCookie: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Cancels a registration made with `Advise`.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pdwCookie` (`DWORD*`, in): The cookie `Advise` returned.
    pub Unadvise: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        pdwCookie: *mut crate::DWORD,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder12: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder13: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
    /// Not documented.
    pub PlaceHolder14: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IOlkAccountManager`]: `{9240A6CD-AF41-11D2-8C3B-00104B2A6676}`.
#[cfg(feature = "outlook")]
pub const IID_IOlkAccountManager: crate::GUID = crate::GUID::from_u128(
    0x9240a6cd_af41_11d2_8c3b_00104b2a6676,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "outlook")]
#[automatically_derived]
unsafe impl crate::Interface for IOlkAccountManager {
    const IID: crate::GUID = IID_IOlkAccountManager;
    const NAME: &'static str = "IOlkAccountManager";
    type Vtbl = IOlkAccountManagerVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IOlkAccountManager
            || <IOlkErrorUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "outlook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IOlkAccountManagerVtbl>() == 29 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "outlook"))]
/// The provider side of [`IOlkErrorUnknown`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IOlkErrorUnknownImpl`, the provider side of `IOlkErrorUnknown`",
    label = "`IOlkErrorUnknown` needs `impl IOlkErrorUnknownImpl for {Self}`",
    note = "write `impl IOlkErrorUnknownImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IOlkErrorUnknownImpl: crate::__private::Declares<
        IOlkErrorUnknown,
        0x9240a6c0_af41_11d2_8c3b_00104b2a6676,
    > {
    /// Returns the message text for an error code.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG`.
    ///
    /// Called through slot 3 ([`IOlkErrorUnknownVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `ppwszError` (`LPWSTR*`): Receives the message text; the reference does not say who frees it. It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says.
    unsafe fn get_last_error(
        &self,
        hr: crate::HRESULT,
        ppwszError: *mut crate::LPWSTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hr, ppwszError);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
impl IOlkErrorUnknownVtbl {
    /// A vtable of [`IOlkErrorUnknown`] whose slots check their arguments and call [`IOlkErrorUnknownImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IOlkErrorUnknownImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IOlkErrorUnknown::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hr: crate::HRESULT,
                    ppwszError: *mut crate::LPWSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkErrorUnknownImpl,
                {
                    crate::__private::guard(|| {
                        if !ppwszError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppwszError, 0, 1) };
                        }
                        if ppwszError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = hr;
                        let __c1 = ppwszError;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkErrorUnknownImpl>::get_last_error(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IOlkErrorUnknown {
    const IIDS: &'static [u128] = &[
        0x9240a6c0_af41_11d2_8c3b_00104b2a6676, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "outlook"))]
/// The provider side of [`IOlkEnum`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IOlkEnumImpl`, the provider side of `IOlkEnum`",
    label = "`IOlkEnum` needs `impl IOlkEnumImpl for {Self}`",
    note = "write `impl IOlkEnumImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IOlkEnumImpl: crate::__private::Declares<
        IOlkEnum,
        0x9240a6c1_af41_11d2_8c3b_00104b2a6676,
    > {
    /// Returns the number of accounts the enumerator holds.
    ///
    /// Called through slot 3 ([`IOlkEnumVtbl::GetCount`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_count(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Goes back to the first account.
    ///
    /// Called through slot 4 ([`IOlkEnumVtbl::Reset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the next account.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null once every account was
    /// returned.
    ///
    /// Called through slot 5 ([`IOlkEnumVtbl::GetNext`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_next(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
        crate::Hresult,
    > {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::get_next`], but may also return a success code other than `S_OK` (`S_FALSE`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::get_next`] and answers `S_OK`.
    fn get_next_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IUnknown>>),
        crate::Hresult,
    > {
        self.get_next().map(|v| (crate::Hresult::OK, v))
    }
    /// Skips accounts.
    ///
    /// Called through slot 6 ([`IOlkEnumVtbl::Skip`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn skip(&self, cSkip: crate::DWORD) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (cSkip,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
impl IOlkEnumVtbl {
    /// A vtable of [`IOlkEnum`] whose slots check their arguments and call [`IOlkEnumImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IOlkEnumImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetCount: {
                /// `IOlkEnum::GetCount`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pulCount: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkEnumImpl,
                {
                    crate::__private::guard(|| {
                        if !pulCount.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pulCount, 0, 1) };
                        }
                        if pulCount.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkEnumImpl>::get_count(object.inner()) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pulCount.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Reset: {
                /// `IOlkEnum::Reset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkEnumImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkEnumImpl>::reset(object.inner()) {
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
            GetNext: {
                /// `IOlkEnum::GetNext`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppunk: *mut crate::LPUNKNOWN,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkEnumImpl,
                {
                    crate::__private::guard(|| {
                        if !ppunk.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppunk, 0, 1) };
                        }
                        if ppunk.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match crate::__private::warned(
                            <O::Inner as IOlkEnumImpl>::get_next_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, arg0)) => {
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe {
                                    ppunk
                                        .write(
                                            arg0
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
            Skip: {
                /// `IOlkEnum::Skip`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cSkip: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkEnumImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkEnumImpl>::skip(object.inner(), cSkip) {
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
#[cfg(all(feature = "provider", feature = "outlook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IOlkEnum {
    const IIDS: &'static [u128] = &[
        0x9240a6c1_af41_11d2_8c3b_00104b2a6676, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "outlook"))]
/// The provider side of [`IOlkAccount`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IOlkAccountImpl`, the provider side of `IOlkAccount`",
    label = "`IOlkAccount` needs `impl IOlkAccountImpl for {Self}`",
    note = "write `impl IOlkAccountImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IOlkAccountImpl: IOlkErrorUnknownImpl + crate::__private::Declares<
        IOlkAccount,
        0x9240a6d2_af41_11d2_8c3b_00104b2a6676,
    > {
    /// Not documented.
    ///
    /// Called through slot 4 ([`IOlkAccountVtbl::PlaceHolder1`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 5 ([`IOlkAccountVtbl::PlaceHolder2`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder2(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 6 ([`IOlkAccountVtbl::PlaceHolder3`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder3(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 7 ([`IOlkAccountVtbl::PlaceHolder4`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder4(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 8 ([`IOlkAccountVtbl::PlaceHolder5`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder5(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 9 ([`IOlkAccountVtbl::PlaceHolder6`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder6(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the account's type and the categories it belongs to.
    ///
    /// An Exchange account (`CLSID_OlkMAPIAccount`) does not report
    /// `CLSID_OlkAddressBook` even when it provides an address book.
    ///
    /// **Notes to callers.** Free the category array with `FreeMemory`.
    ///
    /// Called through slot 10 ([`IOlkAccountVtbl::GetAccountInfo`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `prgclsidCategory` (`CLSID**`): Receives the categories (`CLSID_OlkMail`, `CLSID_OlkAddressBook`, `CLSID_OlkStore`), allocated by the account. It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says.
    unsafe fn get_account_info(
        &self,
        prgclsidCategory: *mut *mut crate::CLSID,
    ) -> ::core::result::Result<(crate::CLSID, crate::DWORD), crate::Hresult> {
        let _ = (prgclsidCategory,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the value of an account property.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND` when the account does not have
    /// the property, or `E_INVALIDARG` for an invalid tag.
    ///
    /// **Notes to callers.** Free a string or binary value with
    /// `FreeMemory`.
    ///
    /// Called through slot 11 ([`IOlkAccountVtbl::GetProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `pVar` (`ACCT_VARIANT*`): Receives the value; strings and bytes are allocated by the account. It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says.
    unsafe fn get_prop(
        &self,
        dwProp: crate::DWORD,
        pVar: *mut ACCT_VARIANT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwProp, pVar);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the value of an account property; `SaveChanges` keeps it.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` for an invalid tag.
    ///
    /// Called through slot 12 ([`IOlkAccountVtbl::SetProp`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_prop(
        &self,
        dwProp: crate::DWORD,
        pVar: &crate::value::AcctValue,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwProp, pVar);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 13 ([`IOlkAccountVtbl::PlaceHolder7`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder7(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 14 ([`IOlkAccountVtbl::PlaceHolder8`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder8(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 15 ([`IOlkAccountVtbl::PlaceHolder9`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder9(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees memory the account returned (from `GetProp` or
    /// `GetAccountInfo`).
    ///
    /// Called through slot 16 ([`IOlkAccountVtbl::FreeMemory`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `pv` (`BYTE*`): The memory to free. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn free_memory(
        &self,
        pv: *mut crate::BYTE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pv,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 17 ([`IOlkAccountVtbl::PlaceHolder10`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder10(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the account's changed properties to the registry.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 18 ([`IOlkAccountVtbl::SaveChanges`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_changes(
        &self,
        dwFlags: OlkAccountSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
impl IOlkAccountVtbl {
    /// A vtable of [`IOlkAccount`] whose slots check their arguments and call [`IOlkAccountImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IOlkAccountImpl,
    {
        Self {
            base__: IOlkErrorUnknownVtbl::new::<O, INDEX>(),
            PlaceHolder1: {
                /// `IOlkAccount::PlaceHolder1`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder1(
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
            PlaceHolder2: {
                /// `IOlkAccount::PlaceHolder2`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder2(
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
            PlaceHolder3: {
                /// `IOlkAccount::PlaceHolder3`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder3(
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
            PlaceHolder4: {
                /// `IOlkAccount::PlaceHolder4`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder4(
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
            PlaceHolder5: {
                /// `IOlkAccount::PlaceHolder5`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder5(
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
            PlaceHolder6: {
                /// `IOlkAccount::PlaceHolder6`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder6(
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
            GetAccountInfo: {
                /// `IOlkAccount::GetAccountInfo`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pclsidType: *mut crate::CLSID,
                    pcCategories: *mut crate::DWORD,
                    prgclsidCategory: *mut *mut crate::CLSID,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        if !pclsidType.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pclsidType, 0, 1) };
                        }
                        if !pcCategories.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcCategories, 0, 1) };
                        }
                        if !prgclsidCategory.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(prgclsidCategory, 0, 1) };
                        }
                        if pclsidType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcCategories.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if prgclsidCategory.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = prgclsidCategory;
                        let __commits = crate::__private::Commits::enter();
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountImpl>::get_account_info(
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
                                unsafe { pclsidType.write(arg0) };
                                // SAFETY: checked non-null above.
                                unsafe { pcCategories.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetProp: {
                /// `IOlkAccount::GetProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwProp: crate::DWORD,
                    pVar: *mut ACCT_VARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        if !pVar.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pVar, 0, 1) };
                        }
                        if pVar.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = dwProp;
                        let __c1 = pVar;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountImpl>::get_prop(
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
            SetProp: {
                /// `IOlkAccount::SetProp`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwProp: crate::DWORD,
                    pVar: *mut ACCT_VARIANT,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::AcctValue::from_raw(pVar.cast_const().cast())
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
                        match <O::Inner as IOlkAccountImpl>::set_prop(
                            object.inner(),
                            dwProp,
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
            PlaceHolder7: {
                /// `IOlkAccount::PlaceHolder7`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder7(
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
            PlaceHolder8: {
                /// `IOlkAccount::PlaceHolder8`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder8(
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
            PlaceHolder9: {
                /// `IOlkAccount::PlaceHolder9`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder9(
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
            FreeMemory: {
                /// `IOlkAccount::FreeMemory`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut crate::BYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        if pv.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = pv;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountImpl>::free_memory(
                                object.inner(),
                                __c0,
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
            PlaceHolder10: {
                /// `IOlkAccount::PlaceHolder10`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::place_holder10(
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
            SaveChanges: {
                /// `IOlkAccount::SaveChanges`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <OlkAccountSaveChangesFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountImpl>::save_changes(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IOlkAccount {
    const IIDS: &'static [u128] = &[
        0x9240a6d2_af41_11d2_8c3b_00104b2a6676, 0x9240a6c0_af41_11d2_8c3b_00104b2a6676,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "outlook"))]
/// The provider side of [`IOlkAccountHelper`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IOlkAccountHelperImpl`, the provider side of `IOlkAccountHelper`",
    label = "`IOlkAccountHelper` needs `impl IOlkAccountHelperImpl for {Self}`",
    note = "write `impl IOlkAccountHelperImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IOlkAccountHelperImpl: crate::__private::Declares<
        IOlkAccountHelper,
        0x9240a6cb_af41_11d2_8c3b_00104b2a6676,
    > {
    /// Not supported: implementations return `E_NOTIMPL`.
    ///
    /// Called through slot 3 ([`IOlkAccountHelperVtbl::PlaceHolder1`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the name of the profile the accounts belong to, in a buffer
    /// of the caller's.
    ///
    /// Returns `S_OK`, `E_OUTOFMEMORY` when the buffer is too small (then
    /// `pwszIdentity` is left as it was and `pcch` holds the size needed),
    /// or `E_INVALIDARG` when `pcch` is null.
    ///
    /// Called through slot 4 ([`IOlkAccountHelperVtbl::GetIdentity`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `pwszIdentity` (`LPWSTR`): The buffer that receives the profile name. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn get_identity(
        &self,
        pwszIdentity: crate::LPWSTR,
        pcch: &mut crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pwszIdentity, pcch);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the MAPI session of the profile, keeping a reference to it
    /// for the account manager (which cannot hold one itself without a
    /// reference cycle).
    ///
    /// Called through slot 5 ([`IOlkAccountHelperVtbl::GetMapiSession`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mapi_session(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Releases the session `GetMapiSession` opened.
    ///
    /// Returns `S_OK` when the helper opened the session itself and
    /// released it here, and only `E_NOTIMPL` when it did not.
    ///
    /// Called through slot 6 ([`IOlkAccountHelperVtbl::HandsOffSession`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn hands_off_session(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
impl IOlkAccountHelperVtbl {
    /// A vtable of [`IOlkAccountHelper`] whose slots check their arguments and call [`IOlkAccountHelperImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IOlkAccountHelperImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            PlaceHolder1: {
                /// `IOlkAccountHelper::PlaceHolder1`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: crate::LPVOID,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountHelperImpl,
                {
                    crate::__private::guard(|| {
                        if !pv.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountHelperImpl>::place_holder1(
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
            GetIdentity: {
                /// `IOlkAccountHelper::GetIdentity`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pwszIdentity: crate::LPWSTR,
                    pcch: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountHelperImpl,
                {
                    crate::__private::guard(|| {
                        if pwszIdentity.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if pcch.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = pwszIdentity;
                        // SAFETY: checked non-null; the caller passes a valid
                        // in-out value.
                        let __c1 = unsafe { &mut *pcch };
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountHelperImpl>::get_identity(
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
            GetMapiSession: {
                /// `IOlkAccountHelper::GetMapiSession`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ppmsess: *mut crate::LPUNKNOWN,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountHelperImpl,
                {
                    crate::__private::guard(|| {
                        if !ppmsess.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppmsess, 0, 1) };
                        }
                        if ppmsess.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountHelperImpl>::get_mapi_session(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppmsess.write(arg0.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            HandsOffSession: {
                /// `IOlkAccountHelper::HandsOffSession`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountHelperImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountHelperImpl>::hands_off_session(
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
#[cfg(all(feature = "provider", feature = "outlook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IOlkAccountHelper {
    const IIDS: &'static [u128] = &[
        0x9240a6cb_af41_11d2_8c3b_00104b2a6676, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "outlook"))]
/// The provider side of [`IOlkAccountNotify`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IOlkAccountNotifyImpl`, the provider side of `IOlkAccountNotify`",
    label = "`IOlkAccountNotify` needs `impl IOlkAccountNotifyImpl for {Self}`",
    note = "write `impl IOlkAccountNotifyImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IOlkAccountNotifyImpl: IOlkErrorUnknownImpl + crate::__private::Declares<
        IOlkAccountNotify,
        0x9240a6c3_af41_11d2_8c3b_00104b2a6676,
    > {
    /// Tells the client that an account changed.
    ///
    /// Called through slot 4 ([`IOlkAccountNotifyVtbl::Notify`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn notify(
        &self,
        dwNotify: crate::DWORD,
        dwAcctID: crate::DWORD,
        dwFlags: OlkAccountNotifyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwNotify, dwAcctID, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
impl IOlkAccountNotifyVtbl {
    /// A vtable of [`IOlkAccountNotify`] whose slots check their arguments and call [`IOlkAccountNotifyImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IOlkAccountNotifyImpl,
    {
        Self {
            base__: IOlkErrorUnknownVtbl::new::<O, INDEX>(),
            Notify: {
                /// `IOlkAccountNotify::Notify`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwNotify: crate::DWORD,
                    dwAcctID: crate::DWORD,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountNotifyImpl,
                {
                    crate::__private::guard(|| {
                        let arg2 = match <OlkAccountNotifyFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountNotifyImpl>::notify(
                            object.inner(),
                            dwNotify,
                            dwAcctID,
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
#[cfg(all(feature = "provider", feature = "outlook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IOlkAccountNotify {
    const IIDS: &'static [u128] = &[
        0x9240a6c3_af41_11d2_8c3b_00104b2a6676, 0x9240a6c0_af41_11d2_8c3b_00104b2a6676,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "outlook"))]
/// The provider side of [`IOlkAccountManager`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IOlkAccountManagerImpl`, the provider side of `IOlkAccountManager`",
    label = "`IOlkAccountManager` needs `impl IOlkAccountManagerImpl for {Self}`",
    note = "write `impl IOlkAccountManagerImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IOlkAccountManagerImpl: IOlkErrorUnknownImpl + crate::__private::Declares<
        IOlkAccountManager,
        0x9240a6cd_af41_11d2_8c3b_00104b2a6676,
    > {
    /// Readies the account manager for use; every other method needs it.
    ///
    /// Returns `S_OK`, `E_OLK_ALREADY_INITIALIZED`, or `E_OLK_REGISTRY`.
    ///
    /// Called through slot 4 ([`IOlkAccountManagerVtbl::Init`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn init(
        &self,
        pAcctHelper: crate::ComPtr<IOlkAccountHelper>,
        dwFlags: OlkAccountManagerInitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pAcctHelper, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Shows the Account Settings dialog box, or with
    /// `ACCTUI_SHOW_ACCTWIZARD` the Add New Account one.
    ///
    /// Returns `S_OK`, `E_ACCT_UI_BUSY`, `E_OLK_NOT_INITIALIZED`,
    /// `MAPI_E_CALL_FAILED` (Add New Account failed),
    /// `MAPI_E_USER_CANCEL`, or `MAPI_E_INVALID_PARAMETER` when a reserved
    /// parameter is not null.
    ///
    /// Called through slot 5 ([`IOlkAccountManagerVtbl::DisplayAccountList`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn display_account_list(
        &self,
        hwnd: crate::HWND,
        dwFlags: OlkAccountManagerDisplayAccountListFlags,
        cCategories: crate::Reserved,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hwnd, dwFlags, cCategories);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 6 ([`IOlkAccountManagerVtbl::PlaceHolder1`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 7 ([`IOlkAccountManagerVtbl::PlaceHolder2`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder2(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 8 ([`IOlkAccountManagerVtbl::PlaceHolder3`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder3(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 9 ([`IOlkAccountManagerVtbl::PlaceHolder4`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder4(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 10 ([`IOlkAccountManagerVtbl::PlaceHolder5`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder5(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Finds the account whose property has a value.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, `E_OLK_NOT_INITIALIZED`, or
    /// `E_OLK_PARAM_NOT_SUPPORTED`.
    ///
    /// Called through slot 11 ([`IOlkAccountManagerVtbl::FindAccount`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn find_account(
        &self,
        dwProp: crate::DWORD,
        pVar: &crate::value::AcctValue,
    ) -> ::core::result::Result<crate::ComPtr<IOlkAccount>, crate::Hresult> {
        let _ = (dwProp, pVar);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 12 ([`IOlkAccountManagerVtbl::PlaceHolder6`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder6(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 13 ([`IOlkAccountManagerVtbl::PlaceHolder7`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder7(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 14 ([`IOlkAccountManagerVtbl::PlaceHolder8`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder8(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes an account.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 15 ([`IOlkAccountManagerVtbl::DeleteAccount`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_account(
        &self,
        dwAcctID: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwAcctID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 16 ([`IOlkAccountManagerVtbl::PlaceHolder9`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder9(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes an account's changed properties to the registry.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 17 ([`IOlkAccountManagerVtbl::SaveChanges`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_changes(
        &self,
        dwAcctID: crate::DWORD,
        dwFlags: OlkAccountSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (dwAcctID, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the order of the accounts of a category.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// **Notes to callers.** Free the array with `FreeMemory`.
    ///
    /// Called through slot 18 ([`IOlkAccountManagerVtbl::GetOrder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `prgAccts` (`DWORD**`): Receives the account identifiers in order, allocated by the account manager. It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says.
    unsafe fn get_order(
        &self,
        pclsidCategory: &crate::GUID,
        prgAccts: *mut *mut crate::DWORD,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = (pclsidCategory, prgAccts);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes the order of the accounts of a category.
    ///
    /// Returns `S_OK`, `E_ACCT_WRONG_SORT_ORDER` when the new order does
    /// not hold as many accounts as the old one, `E_INVALIDARG`, or
    /// `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 19 ([`IOlkAccountManagerVtbl::SetOrder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `prgAccts` (`DWORD**`): The account identifiers in the new order. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn set_order(
        &self,
        pclsidCategory: &crate::GUID,
        pcAccts: crate::DWORD,
        prgAccts: *mut *mut crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pclsidCategory, pcAccts, prgAccts);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns an enumerator of the accounts of a category, of a type, or
    /// both.
    ///
    /// Exchange accounts are not listed in `CLSID_OlkAddressBook` even
    /// when they provide an address book.
    ///
    /// Returns `S_OK`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 20 ([`IOlkAccountManagerVtbl::EnumerateAccounts`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn enumerate_accounts(
        &self,
        pclsidCategory: ::core::option::Option<&crate::GUID>,
        pclsidType: ::core::option::Option<&crate::GUID>,
        dwFlags: OlkAccountManagerEnumerateAccountsFlags,
    ) -> ::core::result::Result<crate::ComPtr<IOlkEnum>, crate::Hresult> {
        let _ = (pclsidCategory, pclsidType, dwFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 21 ([`IOlkAccountManagerVtbl::PlaceHolder10`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder10(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 22 ([`IOlkAccountManagerVtbl::PlaceHolder11`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder11(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Frees memory the account manager returned (from `GetOrder`).
    ///
    /// Called through slot 23 ([`IOlkAccountManagerVtbl::FreeMemory`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `pv` (`BYTE*`): The memory to free. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn free_memory(
        &self,
        pv: *mut crate::BYTE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pv,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Registers a client's sink for changes to any account.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 24 ([`IOlkAccountManagerVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        pNotify: crate::ComPtr<IOlkAccountNotify>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let _ = (pNotify,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a registration made with `Advise`.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// Called through slot 25 ([`IOlkAccountManagerVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        pdwCookie: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (pdwCookie,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 26 ([`IOlkAccountManagerVtbl::PlaceHolder12`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder12(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 27 ([`IOlkAccountManagerVtbl::PlaceHolder13`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder13(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Not documented.
    ///
    /// Called through slot 28 ([`IOlkAccountManagerVtbl::PlaceHolder14`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn place_holder14(&self) -> ::core::result::Result<(), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "outlook"))]
impl IOlkAccountManagerVtbl {
    /// A vtable of [`IOlkAccountManager`] whose slots check their arguments and call [`IOlkAccountManagerImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IOlkAccountManagerImpl,
    {
        Self {
            base__: IOlkErrorUnknownVtbl::new::<O, INDEX>(),
            Init: {
                /// `IOlkAccountManager::Init`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pAcctHelper: *mut IOlkAccountHelper,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IOlkAccountHelper,
                            >::from_borrowed(pAcctHelper.cast::<IOlkAccountHelper>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <OlkAccountManagerInitFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::init(
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
            DisplayAccountList: {
                /// `IOlkAccountManager::DisplayAccountList`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hwnd: crate::HWND,
                    dwFlags: crate::DWORD,
                    wszTitle: crate::LPCWSTR,
                    cCategories: crate::DWORD,
                    rgclsidCategories: *const crate::CLSID,
                    pclsidType: *const crate::CLSID,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <OlkAccountManagerDisplayAccountListFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if !wszTitle.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let __bits = cCategories;
                        if __bits != 0 {
                            return crate::MAPI_E_UNKNOWN_FLAGS;
                        }
                        if !rgclsidCategories.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if !pclsidType.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::display_account_list(
                            object.inner(),
                            hwnd,
                            arg1,
                            crate::Reserved::from_bits_retain(0),
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
            PlaceHolder1: {
                /// `IOlkAccountManager::PlaceHolder1`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder1(
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
            PlaceHolder2: {
                /// `IOlkAccountManager::PlaceHolder2`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder2(
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
            PlaceHolder3: {
                /// `IOlkAccountManager::PlaceHolder3`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder3(
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
            PlaceHolder4: {
                /// `IOlkAccountManager::PlaceHolder4`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder4(
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
            PlaceHolder5: {
                /// `IOlkAccountManager::PlaceHolder5`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder5(
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
            FindAccount: {
                /// `IOlkAccountManager::FindAccount`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwProp: crate::DWORD,
                    pVar: *mut ACCT_VARIANT,
                    ppAccount: *mut *mut IOlkAccount,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppAccount.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppAccount, 0, 1) };
                        }
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg1 = match unsafe {
                            crate::value::AcctValue::from_raw(pVar.cast_const().cast())
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if ppAccount.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::find_account(
                            object.inner(),
                            dwProp,
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppAccount.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            PlaceHolder6: {
                /// `IOlkAccountManager::PlaceHolder6`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder6(
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
            PlaceHolder7: {
                /// `IOlkAccountManager::PlaceHolder7`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder7(
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
            PlaceHolder8: {
                /// `IOlkAccountManager::PlaceHolder8`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder8(
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
            DeleteAccount: {
                /// `IOlkAccountManager::DeleteAccount`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAcctID: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::delete_account(
                            object.inner(),
                            dwAcctID,
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
            PlaceHolder9: {
                /// `IOlkAccountManager::PlaceHolder9`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder9(
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
            SaveChanges: {
                /// `IOlkAccountManager::SaveChanges`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    dwAcctID: crate::DWORD,
                    dwFlags: crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <OlkAccountSaveChangesFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::save_changes(
                            object.inner(),
                            dwAcctID,
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
            GetOrder: {
                /// `IOlkAccountManager::GetOrder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pclsidCategory: *const crate::CLSID,
                    pcAccts: *mut crate::DWORD,
                    prgAccts: *mut *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        if !pcAccts.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pcAccts, 0, 1) };
                        }
                        if !prgAccts.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(prgAccts, 0, 1) };
                        }
                        let arg0 = if pclsidCategory.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                pclsidCategory.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pcAccts.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if prgAccts.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = &arg0;
                        let __c1 = prgAccts;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountManagerImpl>::get_order(
                                object.inner(),
                                __c0,
                                __c1,
                            )
                        } {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pcAccts.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetOrder: {
                /// `IOlkAccountManager::SetOrder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pclsidCategory: *const crate::CLSID,
                    pcAccts: *mut crate::DWORD,
                    prgAccts: *mut *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if pclsidCategory.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                pclsidCategory.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = if pcAccts.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                pcAccts.cast::<crate::DWORD>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if prgAccts.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = &arg0;
                        let __c1 = arg1;
                        let __c2 = prgAccts;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountManagerImpl>::set_order(
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
            EnumerateAccounts: {
                /// `IOlkAccountManager::EnumerateAccounts`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pclsidCategory: *const crate::CLSID,
                    pclsidType: *const crate::CLSID,
                    dwFlags: crate::DWORD,
                    ppEnum: *mut *mut IOlkEnum,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        if !ppEnum.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(ppEnum, 0, 1) };
                        }
                        let arg0 = if pclsidCategory.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                pclsidCategory.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg1 = if pclsidType.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                pclsidType.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg2 = match <OlkAccountManagerEnumerateAccountsFlags as crate::FlagSet>::check_input_for(
                            dwFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if ppEnum.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::enumerate_accounts(
                            object.inner(),
                            arg0.as_ref(),
                            arg1.as_ref(),
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { ppEnum.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            PlaceHolder10: {
                /// `IOlkAccountManager::PlaceHolder10`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder10(
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
            PlaceHolder11: {
                /// `IOlkAccountManager::PlaceHolder11`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder11(
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
            FreeMemory: {
                /// `IOlkAccountManager::FreeMemory`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pv: *mut crate::BYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        if pv.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = pv;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IOlkAccountManagerImpl>::free_memory(
                                object.inner(),
                                __c0,
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
            Advise: {
                /// `IOlkAccountManager::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pNotify: *mut IOlkAccountNotify,
                    pdwCookie: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        if !pdwCookie.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(pdwCookie, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                IOlkAccountNotify,
                            >::from_borrowed(pNotify.cast::<IOlkAccountNotify>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if pdwCookie.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::advise(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { pdwCookie.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            Unadvise: {
                /// `IOlkAccountManager::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    pdwCookie: *mut crate::DWORD,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if pdwCookie.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                pdwCookie.cast::<crate::DWORD>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::unadvise(
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
            PlaceHolder12: {
                /// `IOlkAccountManager::PlaceHolder12`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder12(
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
            PlaceHolder13: {
                /// `IOlkAccountManager::PlaceHolder13`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder13(
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
            PlaceHolder14: {
                /// `IOlkAccountManager::PlaceHolder14`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                ) -> crate::HRESULT
                where
                    O::Inner: IOlkAccountManagerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IOlkAccountManagerImpl>::place_holder14(
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
#[cfg(all(feature = "provider", feature = "outlook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IOlkAccountManager {
    const IIDS: &'static [u128] = &[
        0x9240a6cd_af41_11d2_8c3b_00104b2a6676, 0x9240a6c0_af41_11d2_8c3b_00104b2a6676,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkErrorUnknown` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IOlkErrorUnknown {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: every interface begins with itself (`IOlkErrorUnknown`).
#[automatically_derived]
unsafe impl crate::Inherits<IOlkErrorUnknown> for IOlkErrorUnknown {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// The caller side of [`IOlkErrorUnknown`]: its methods, called through the vtable, on every `ComPtr` to `IOlkErrorUnknown` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IOlkErrorUnknownExt {
    /// Returns the message text for an error code.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG`.
    ///
    /// # Parameters
    ///
    /// - `hr` (`HRESULT`, in): The error code to describe.
    /// - `ppwszError` (`LPWSTR*`, out): Receives the message text; the reference does not say who frees it.
    ///
    /// Calls slot 3 of the vtable, [`IOlkErrorUnknownVtbl::GetLastError`]. In Rust:
    ///
    /// - Returns `ppwszError`.
    ///
    /// # Safety
    ///
    /// - The `ppwszError` returned points into the object's memory: use it only as the method's documentation says, and not after the object is released.
    unsafe fn get_last_error(
        &self,
        hr: crate::HRESULT,
    ) -> ::core::result::Result<crate::LPWSTR, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "outlook"))]
#[automatically_derived]
impl<T: crate::Inherits<IOlkErrorUnknown>> IOlkErrorUnknownExt for crate::ComPtr<T> {
    unsafe fn get_last_error(
        &self,
        hr: crate::HRESULT,
    ) -> ::core::result::Result<crate::LPWSTR, crate::Hresult> {
        let mut __a1: crate::LPWSTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkErrorUnknown>()
                .GetLastError)(self.as_raw().cast(), hr, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkEnum` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IOlkEnum {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: every interface begins with itself (`IOlkEnum`).
#[automatically_derived]
unsafe impl crate::Inherits<IOlkEnum> for IOlkEnum {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// The caller side of [`IOlkEnum`]: its methods, called through the vtable, on every `ComPtr` to `IOlkEnum` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IOlkEnumExt {
    /// Returns the number of accounts the enumerator holds.
    ///
    /// # Parameters
    ///
    /// - `pulCount` (`DWORD*`, out): Receives the number of accounts.
    ///
    /// Calls slot 3 of the vtable, [`IOlkEnumVtbl::GetCount`]. In Rust:
    ///
    /// - Returns `pulCount`.
    fn get_count(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Goes back to the first account.
    ///
    /// Calls slot 4 of the vtable, [`IOlkEnumVtbl::Reset`].
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the next account.
    ///
    /// Returns `S_OK`, or `S_FALSE` with null once every account was
    /// returned.
    ///
    /// # Parameters
    ///
    /// - `ppunk` (`LPUNKNOWN*`, out): Receives the account, to ask for `IOlkAccount`; null at the end.
    ///
    /// Calls slot 5 of the vtable, [`IOlkEnumVtbl::GetNext`]. In Rust:
    ///
    /// - Returns `ppunk`.
    fn get_next(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
        crate::Hresult,
    >;
    /// Like [`Self::get_next`], but also returns the success code the object answered: `S_OK` or `S_FALSE`.
    fn get_next_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IUnknown>>),
        crate::Hresult,
    >;
    /// Skips accounts.
    ///
    /// # Parameters
    ///
    /// - `cSkip` (`DWORD`, in): The number of accounts to skip.
    ///
    /// Calls slot 6 of the vtable, [`IOlkEnumVtbl::Skip`].
    fn skip(&self, cSkip: crate::DWORD) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "outlook"))]
#[automatically_derived]
impl<T: crate::Inherits<IOlkEnum>> IOlkEnumExt for crate::ComPtr<T> {
    fn get_count(&self) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let mut __a0: crate::DWORD = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkEnum>().GetCount)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    fn reset(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkEnum>().Reset)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_next(
        &self,
    ) -> ::core::result::Result<
        ::core::option::Option<crate::ComPtr<crate::IUnknown>>,
        crate::Hresult,
    > {
        let mut __a0: crate::LPUNKNOWN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkEnum>().GetNext)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IUnknown>::from_raw(__a0) };
        ::core::result::Result::Ok(__r0)
    }
    fn get_next_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, ::core::option::Option<crate::ComPtr<crate::IUnknown>>),
        crate::Hresult,
    > {
        let mut __a0: crate::LPUNKNOWN = ::core::ptr::null_mut();
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self.base_vtable::<IOlkEnum>().GetNext)(self.as_raw().cast(), &mut __a0)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IUnknown>::from_raw(__a0) };
        ::core::result::Result::Ok((__status, __r0))
    }
    fn skip(&self, cSkip: crate::DWORD) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkEnum>().Skip)(self.as_raw().cast(), cSkip)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccount` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IOlkAccount {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccount` derives from `IOlkErrorUnknown`: its vtable begins with `IOlkErrorUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IOlkErrorUnknown> for IOlkAccount {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: every interface begins with itself (`IOlkAccount`).
#[automatically_derived]
unsafe impl crate::Inherits<IOlkAccount> for IOlkAccount {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// The caller side of [`IOlkAccount`]: its methods, called through the vtable, on every `ComPtr` to `IOlkAccount` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IOlkAccountExt {
    /// Not documented.
    ///
    /// Calls slot 4 of the vtable, [`IOlkAccountVtbl::PlaceHolder1`].
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 5 of the vtable, [`IOlkAccountVtbl::PlaceHolder2`].
    fn place_holder2(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 6 of the vtable, [`IOlkAccountVtbl::PlaceHolder3`].
    fn place_holder3(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 7 of the vtable, [`IOlkAccountVtbl::PlaceHolder4`].
    fn place_holder4(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 8 of the vtable, [`IOlkAccountVtbl::PlaceHolder5`].
    fn place_holder5(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 9 of the vtable, [`IOlkAccountVtbl::PlaceHolder6`].
    fn place_holder6(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the account's type and the categories it belongs to.
    ///
    /// An Exchange account (`CLSID_OlkMAPIAccount`) does not report
    /// `CLSID_OlkAddressBook` even when it provides an address book.
    ///
    /// **Notes to callers.** Free the category array with `FreeMemory`.
    ///
    /// # Parameters
    ///
    /// - `pclsidType` (`CLSID*`, out): Receives the account type (`CLSID_OlkPOP3Account`, `CLSID_OlkIMAP4Account`, `CLSID_OlkMAPIAccount`, `CLSID_OlkHotmailAccount` or `CLSID_OlkLDAPAccount`).
    /// - `pcCategories` (`DWORD*`, out): Receives the number of categories.
    /// - `prgclsidCategory` (`CLSID**`, out): Receives the categories (`CLSID_OlkMail`, `CLSID_OlkAddressBook`, `CLSID_OlkStore`), allocated by the account.
    ///
    /// Calls slot 10 of the vtable, [`IOlkAccountVtbl::GetAccountInfo`]. In Rust:
    ///
    /// - Returns `(pclsidType, pcCategories, prgclsidCategory)`.
    ///
    /// # Safety
    ///
    /// - The `prgclsidCategory` returned points into the object's memory: use it only as the method's documentation says, and not after the object is released.
    unsafe fn get_account_info(
        &self,
    ) -> ::core::result::Result<
        (crate::CLSID, crate::DWORD, *mut crate::CLSID),
        crate::Hresult,
    >;
    /// Returns the value of an account property.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND` when the account does not have
    /// the property, or `E_INVALIDARG` for an invalid tag.
    ///
    /// **Notes to callers.** Free a string or binary value with
    /// `FreeMemory`.
    ///
    /// # Parameters
    ///
    /// - `dwProp` (`DWORD`, in): The property (`PROP_ACCT_*`, `PROP_INET_*`, ...).
    /// - `pVar` (`ACCT_VARIANT*`, out): Receives the value; strings and bytes are allocated by the account.
    ///
    /// Calls slot 11 of the vtable, [`IOlkAccountVtbl::GetProp`].
    ///
    /// # Safety
    ///
    /// - `pVar` (`ACCT_VARIANT*`) must be valid for writes as the parameter's documentation says, for the duration of the call.
    unsafe fn get_prop(
        &self,
        dwProp: crate::DWORD,
        pVar: *mut ACCT_VARIANT,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets the value of an account property; `SaveChanges` keeps it.
    ///
    /// Returns `S_OK`, or `E_INVALIDARG` for an invalid tag.
    ///
    /// # Parameters
    ///
    /// - `dwProp` (`DWORD`, in): The property (`PROP_ACCT_*`, `PROP_INET_*`, ...).
    /// - `pVar` (`ACCT_VARIANT*`, in): The new value.
    ///
    /// Calls slot 12 of the vtable, [`IOlkAccountVtbl::SetProp`].
    fn set_prop(
        &self,
        dwProp: crate::DWORD,
        pVar: &crate::value::AcctValue,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 13 of the vtable, [`IOlkAccountVtbl::PlaceHolder7`].
    fn place_holder7(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 14 of the vtable, [`IOlkAccountVtbl::PlaceHolder8`].
    fn place_holder8(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 15 of the vtable, [`IOlkAccountVtbl::PlaceHolder9`].
    fn place_holder9(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees memory the account returned (from `GetProp` or
    /// `GetAccountInfo`).
    ///
    /// # Parameters
    ///
    /// - `pv` (`BYTE*`, in): The memory to free.
    ///
    /// Calls slot 16 of the vtable, [`IOlkAccountVtbl::FreeMemory`].
    ///
    /// # Safety
    ///
    /// - `pv` (`BYTE*`) must be valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn free_memory(
        &self,
        pv: *mut crate::BYTE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 17 of the vtable, [`IOlkAccountVtbl::PlaceHolder10`].
    fn place_holder10(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the account's changed properties to the registry.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    ///
    /// Calls slot 18 of the vtable, [`IOlkAccountVtbl::SaveChanges`].
    fn save_changes(
        &self,
        dwFlags: OlkAccountSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "outlook"))]
#[automatically_derived]
impl<T: crate::Inherits<IOlkAccount>> IOlkAccountExt for crate::ComPtr<T> {
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder1)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder2(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder2)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder3(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder3)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder4(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder4)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder5(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder5)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder6(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder6)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn get_account_info(
        &self,
    ) -> ::core::result::Result<
        (crate::CLSID, crate::DWORD, *mut crate::CLSID),
        crate::Hresult,
    > {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a0: crate::CLSID = unsafe { ::core::mem::zeroed::<crate::CLSID>() };
        let mut __a1: crate::DWORD = 0;
        let mut __a2: *mut crate::CLSID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccount>()
                .GetAccountInfo)(self.as_raw().cast(), &mut __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a0, __a1, __a2))
    }
    unsafe fn get_prop(
        &self,
        dwProp: crate::DWORD,
        pVar: *mut ACCT_VARIANT,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccount>()
                .GetProp)(self.as_raw().cast(), dwProp, pVar)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_prop(
        &self,
        dwProp: crate::DWORD,
        pVar: &crate::value::AcctValue,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = pVar;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::acct_variant_in(__t)?;
        let __s = &mut __b1;
        let __a1: *mut ACCT_VARIANT = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccount>()
                .SetProp)(self.as_raw().cast(), dwProp, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder7(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder7)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder8(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder8)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder9(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder9)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn free_memory(
        &self,
        pv: *mut crate::BYTE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().FreeMemory)(self.as_raw().cast(), pv)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder10(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccount>().PlaceHolder10)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save_changes(
        &self,
        dwFlags: OlkAccountSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccount>()
                .SaveChanges)(self.as_raw().cast(), dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccountHelper` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IOlkAccountHelper {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: every interface begins with itself (`IOlkAccountHelper`).
#[automatically_derived]
unsafe impl crate::Inherits<IOlkAccountHelper> for IOlkAccountHelper {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// The caller side of [`IOlkAccountHelper`]: its methods, called through the vtable, on every `ComPtr` to `IOlkAccountHelper` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IOlkAccountHelperExt {
    /// Not supported: implementations return `E_NOTIMPL`.
    ///
    /// # Parameters
    ///
    /// - `pv` (`LPVOID`, in): Not used.
    ///
    /// Calls slot 3 of the vtable, [`IOlkAccountHelperVtbl::PlaceHolder1`]. In Rust:
    ///
    /// - `pv` is reserved: null is passed.
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the name of the profile the accounts belong to, in a buffer
    /// of the caller's.
    ///
    /// Returns `S_OK`, `E_OUTOFMEMORY` when the buffer is too small (then
    /// `pwszIdentity` is left as it was and `pcch` holds the size needed),
    /// or `E_INVALIDARG` when `pcch` is null.
    ///
    /// # Parameters
    ///
    /// - `pwszIdentity` (`LPWSTR`, in, out): The buffer that receives the profile name.
    /// - `pcch` (`DWORD*`, in, out): On input the size of the buffer in characters; on output the length of the name with its NUL.
    ///
    /// Calls slot 4 of the vtable, [`IOlkAccountHelperVtbl::GetIdentity`].
    ///
    /// # Safety
    ///
    /// - `pwszIdentity` (`LPWSTR`) must be valid for reads and writes as the parameter's documentation says, for the duration of the call.
    unsafe fn get_identity(
        &self,
        pwszIdentity: crate::LPWSTR,
        pcch: &mut crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the MAPI session of the profile, keeping a reference to it
    /// for the account manager (which cannot hold one itself without a
    /// reference cycle).
    ///
    /// # Parameters
    ///
    /// - `ppmsess` (`LPUNKNOWN*`, out): Receives the session.
    ///
    /// Calls slot 5 of the vtable, [`IOlkAccountHelperVtbl::GetMapiSession`]. In Rust:
    ///
    /// - Returns `ppmsess`.
    fn get_mapi_session(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult>;
    /// Releases the session `GetMapiSession` opened.
    ///
    /// Returns `S_OK` when the helper opened the session itself and
    /// released it here, and only `E_NOTIMPL` when it did not.
    ///
    /// Calls slot 6 of the vtable, [`IOlkAccountHelperVtbl::HandsOffSession`].
    fn hands_off_session(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "outlook"))]
#[automatically_derived]
impl<T: crate::Inherits<IOlkAccountHelper>> IOlkAccountHelperExt for crate::ComPtr<T> {
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountHelper>()
                .PlaceHolder1)(self.as_raw().cast(), ::core::ptr::null_mut())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn get_identity(
        &self,
        pwszIdentity: crate::LPWSTR,
        pcch: &mut crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: *mut crate::DWORD = pcch;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountHelper>()
                .GetIdentity)(self.as_raw().cast(), pwszIdentity, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_mapi_session(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let mut __a0: crate::LPUNKNOWN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountHelper>()
                .GetMapiSession)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IUnknown>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
    fn hands_off_session(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountHelper>()
                .HandsOffSession)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccountNotify` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IOlkAccountNotify {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccountNotify` derives from `IOlkErrorUnknown`: its vtable begins with `IOlkErrorUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IOlkErrorUnknown> for IOlkAccountNotify {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: every interface begins with itself (`IOlkAccountNotify`).
#[automatically_derived]
unsafe impl crate::Inherits<IOlkAccountNotify> for IOlkAccountNotify {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// The caller side of [`IOlkAccountNotify`]: its methods, called through the vtable, on every `ComPtr` to `IOlkAccountNotify` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IOlkAccountNotifyExt {
    /// Tells the client that an account changed.
    ///
    /// # Parameters
    ///
    /// - `dwNotify` (`DWORD`, in): What happened: one of `NOTIFY_ACCT_CHANGED`, `NOTIFY_ACCT_CREATED`, `NOTIFY_ACCT_DELETED`, `NOTIFY_ACCT_ORDER_CHANGED` or `NOTIFY_ACCT_PREDELETED`.
    /// - `dwAcctID` (`DWORD`, in): The identifier of the account concerned.
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    ///
    /// Calls slot 4 of the vtable, [`IOlkAccountNotifyVtbl::Notify`].
    fn notify(
        &self,
        dwNotify: crate::DWORD,
        dwAcctID: crate::DWORD,
        dwFlags: OlkAccountNotifyFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "outlook"))]
#[automatically_derived]
impl<T: crate::Inherits<IOlkAccountNotify>> IOlkAccountNotifyExt for crate::ComPtr<T> {
    fn notify(
        &self,
        dwNotify: crate::DWORD,
        dwAcctID: crate::DWORD,
        dwFlags: OlkAccountNotifyFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountNotify>()
                .Notify)(self.as_raw().cast(), dwNotify, dwAcctID, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccountManager` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IOlkAccountManager {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: `IOlkAccountManager` derives from `IOlkErrorUnknown`: its vtable begins with `IOlkErrorUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IOlkErrorUnknown> for IOlkAccountManager {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// SAFETY: every interface begins with itself (`IOlkAccountManager`).
#[automatically_derived]
unsafe impl crate::Inherits<IOlkAccountManager> for IOlkAccountManager {}
#[cfg(all(feature = "client", feature = "outlook"))]
/// The caller side of [`IOlkAccountManager`]: its methods, called through the vtable, on every `ComPtr` to `IOlkAccountManager` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IOlkAccountManagerExt {
    /// Readies the account manager for use; every other method needs it.
    ///
    /// Returns `S_OK`, `E_OLK_ALREADY_INITIALIZED`, or `E_OLK_REGISTRY`.
    ///
    /// # Parameters
    ///
    /// - `pAcctHelper` (`IOlkAccountHelper*`, in): The client's helper: the profile and its MAPI session.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags controlling synchronization.
    ///
    /// Calls slot 4 of the vtable, [`IOlkAccountManagerVtbl::Init`].
    fn init(
        &self,
        pAcctHelper: &crate::ComPtr<IOlkAccountHelper>,
        dwFlags: OlkAccountManagerInitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Shows the Account Settings dialog box, or with
    /// `ACCTUI_SHOW_ACCTWIZARD` the Add New Account one.
    ///
    /// Returns `S_OK`, `E_ACCT_UI_BUSY`, `E_OLK_NOT_INITIALIZED`,
    /// `MAPI_E_CALL_FAILED` (Add New Account failed),
    /// `MAPI_E_USER_CANCEL`, or `MAPI_E_INVALID_PARAMETER` when a reserved
    /// parameter is not null.
    ///
    /// # Parameters
    ///
    /// - `hwnd` (`HWND`, in): The window the dialog box is modal to, or null.
    /// - `dwFlags` (`DWORD`, in): Bitmask of flags choosing the dialog box.
    /// - `wszTitle` (`LPCWSTR`, in): Not used; null.
    /// - `cCategories` (`DWORD`, in): Not used; zero.
    /// - `rgclsidCategories` (`const CLSID*`, in): Not used; null.
    /// - `pclsidType` (`const CLSID*`, in): Not used; null.
    ///
    /// Calls slot 5 of the vtable, [`IOlkAccountManagerVtbl::DisplayAccountList`]. In Rust:
    ///
    /// - `wszTitle` is reserved: null is passed.
    /// - `cCategories` is reserved: zero is passed.
    /// - `rgclsidCategories` is reserved: null is passed.
    /// - `pclsidType` is reserved: null is passed.
    fn display_account_list(
        &self,
        hwnd: crate::HWND,
        dwFlags: OlkAccountManagerDisplayAccountListFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 6 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder1`].
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 7 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder2`].
    fn place_holder2(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 8 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder3`].
    fn place_holder3(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 9 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder4`].
    fn place_holder4(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 10 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder5`].
    fn place_holder5(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Finds the account whose property has a value.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, `E_OLK_NOT_INITIALIZED`, or
    /// `E_OLK_PARAM_NOT_SUPPORTED`.
    ///
    /// # Parameters
    ///
    /// - `dwProp` (`DWORD`, in): The property to match: `PROP_ACCT_ID` or `PROP_ACCT_IS_EXCH`.
    /// - `pVar` (`ACCT_VARIANT*`, in): The value to match.
    /// - `ppAccount` (`IOlkAccount**`, out): Receives the account.
    ///
    /// Calls slot 11 of the vtable, [`IOlkAccountManagerVtbl::FindAccount`]. In Rust:
    ///
    /// - Returns `ppAccount`.
    fn find_account(
        &self,
        dwProp: crate::DWORD,
        pVar: &crate::value::AcctValue,
    ) -> ::core::result::Result<crate::ComPtr<IOlkAccount>, crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 12 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder6`].
    fn place_holder6(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 13 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder7`].
    fn place_holder7(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 14 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder8`].
    fn place_holder8(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes an account.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `dwAcctID` (`DWORD`, in): The identifier of the account.
    ///
    /// Calls slot 15 of the vtable, [`IOlkAccountManagerVtbl::DeleteAccount`].
    fn delete_account(
        &self,
        dwAcctID: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 16 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder9`].
    fn place_holder9(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes an account's changed properties to the registry.
    ///
    /// Returns `S_OK`, `E_ACCT_NOT_FOUND`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `dwAcctID` (`DWORD`, in): The identifier of the account.
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    ///
    /// Calls slot 17 of the vtable, [`IOlkAccountManagerVtbl::SaveChanges`].
    fn save_changes(
        &self,
        dwAcctID: crate::DWORD,
        dwFlags: OlkAccountSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the order of the accounts of a category.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// **Notes to callers.** Free the array with `FreeMemory`.
    ///
    /// # Parameters
    ///
    /// - `pclsidCategory` (`const CLSID*`, in): The category: `CLSID_OlkMail`, `CLSID_OlkAddressBook` or `CLSID_OlkStore`.
    /// - `pcAccts` (`DWORD*`, out): Receives the number of accounts.
    /// - `prgAccts` (`DWORD**`, out): Receives the account identifiers in order, allocated by the account manager.
    ///
    /// Calls slot 18 of the vtable, [`IOlkAccountManagerVtbl::GetOrder`]. In Rust:
    ///
    /// - Returns `(pcAccts, prgAccts)`.
    ///
    /// # Safety
    ///
    /// - The `prgAccts` returned points into the object's memory: use it only as the method's documentation says, and not after the object is released.
    unsafe fn get_order(
        &self,
        pclsidCategory: &crate::CLSID,
    ) -> ::core::result::Result<(crate::DWORD, *mut crate::DWORD), crate::Hresult>;
    /// Changes the order of the accounts of a category.
    ///
    /// Returns `S_OK`, `E_ACCT_WRONG_SORT_ORDER` when the new order does
    /// not hold as many accounts as the old one, `E_INVALIDARG`, or
    /// `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pclsidCategory` (`const CLSID*`, in): The category: `CLSID_OlkAddressBook` or `CLSID_OlkStore`.
    /// - `pcAccts` (`DWORD*`, in): The number of accounts.
    /// - `prgAccts` (`DWORD**`, in): The account identifiers in the new order.
    ///
    /// Calls slot 19 of the vtable, [`IOlkAccountManagerVtbl::SetOrder`].
    ///
    /// # Safety
    ///
    /// - `prgAccts` (`DWORD**`) must be valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn set_order(
        &self,
        pclsidCategory: &crate::CLSID,
        pcAccts: &crate::DWORD,
        prgAccts: *mut *mut crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns an enumerator of the accounts of a category, of a type, or
    /// both.
    ///
    /// Exchange accounts are not listed in `CLSID_OlkAddressBook` even
    /// when they provide an address book.
    ///
    /// Returns `S_OK`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pclsidCategory` (`const CLSID*`, in): The category (`CLSID_OlkMail`, `CLSID_OlkAddressBook`, `CLSID_OlkStore`), or null for every category.
    /// - `pclsidType` (`const CLSID*`, in): The account type (`CLSID_OlkPOP3Account`, ...), or null for every type.
    /// - `dwFlags` (`DWORD`, in): `OLK_ACCOUNT_NO_FLAGS`.
    /// - `ppEnum` (`IOlkEnum**`, out): Receives the enumerator.
    ///
    /// Calls slot 20 of the vtable, [`IOlkAccountManagerVtbl::EnumerateAccounts`]. In Rust:
    ///
    /// - Returns `ppEnum`.
    fn enumerate_accounts(
        &self,
        pclsidCategory: ::core::option::Option<&crate::CLSID>,
        pclsidType: ::core::option::Option<&crate::CLSID>,
        dwFlags: OlkAccountManagerEnumerateAccountsFlags,
    ) -> ::core::result::Result<crate::ComPtr<IOlkEnum>, crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 21 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder10`].
    fn place_holder10(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 22 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder11`].
    fn place_holder11(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Frees memory the account manager returned (from `GetOrder`).
    ///
    /// # Parameters
    ///
    /// - `pv` (`BYTE*`, in): The memory to free.
    ///
    /// Calls slot 23 of the vtable, [`IOlkAccountManagerVtbl::FreeMemory`].
    ///
    /// # Safety
    ///
    /// - `pv` (`BYTE*`) must be valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn free_memory(
        &self,
        pv: *mut crate::BYTE,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Registers a client's sink for changes to any account.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pNotify` (`IOlkAccountNotify*`, in): The sink to notify.
    /// - `pdwCookie` (`DWORD*`, out): Receives the cookie that `Unadvise` takes.
    ///
    /// Calls slot 24 of the vtable, [`IOlkAccountManagerVtbl::Advise`]. In Rust:
    ///
    /// - Returns `pdwCookie`.
    fn advise(
        &self,
        pNotify: &crate::ComPtr<IOlkAccountNotify>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult>;
    /// Cancels a registration made with `Advise`.
    ///
    /// Returns `S_OK`, `E_INVALIDARG`, or `E_OLK_NOT_INITIALIZED`.
    ///
    /// # Parameters
    ///
    /// - `pdwCookie` (`DWORD*`, in): The cookie `Advise` returned.
    ///
    /// Calls slot 25 of the vtable, [`IOlkAccountManagerVtbl::Unadvise`].
    fn unadvise(
        &self,
        pdwCookie: &crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 26 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder12`].
    fn place_holder12(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 27 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder13`].
    fn place_holder13(&self) -> ::core::result::Result<(), crate::Hresult>;
    /// Not documented.
    ///
    /// Calls slot 28 of the vtable, [`IOlkAccountManagerVtbl::PlaceHolder14`].
    fn place_holder14(&self) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "outlook"))]
#[automatically_derived]
impl<T: crate::Inherits<IOlkAccountManager>> IOlkAccountManagerExt for crate::ComPtr<T> {
    fn init(
        &self,
        pAcctHelper: &crate::ComPtr<IOlkAccountHelper>,
        dwFlags: OlkAccountManagerInitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pAcctHelper;
        let __a0: *mut IOlkAccountHelper = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .Init)(self.as_raw().cast(), __a0, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn display_account_list(
        &self,
        hwnd: crate::HWND,
        dwFlags: OlkAccountManagerDisplayAccountListFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .DisplayAccountList)(
                self.as_raw().cast(),
                hwnd,
                dwFlags.bits(),
                ::core::ptr::null(),
                0,
                ::core::ptr::null(),
                ::core::ptr::null(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder1(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder1)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder2(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder2)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder3(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder3)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder4(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder4)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder5(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder5)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn find_account(
        &self,
        dwProp: crate::DWORD,
        pVar: &crate::value::AcctValue,
    ) -> ::core::result::Result<crate::ComPtr<IOlkAccount>, crate::Hresult> {
        let __t = pVar;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::acct_variant_in(__t)?;
        let __s = &mut __b1;
        let __a1: *mut ACCT_VARIANT = __s.as_mut_ptr();
        let mut __a2: *mut IOlkAccount = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .FindAccount)(self.as_raw().cast(), dwProp, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<IOlkAccount>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn place_holder6(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder6)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder7(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder7)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder8(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder8)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_account(
        &self,
        dwAcctID: crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .DeleteAccount)(self.as_raw().cast(), dwAcctID)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder9(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IOlkAccountManager>().PlaceHolder9)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn save_changes(
        &self,
        dwAcctID: crate::DWORD,
        dwFlags: OlkAccountSaveChangesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .SaveChanges)(self.as_raw().cast(), dwAcctID, dwFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn get_order(
        &self,
        pclsidCategory: &crate::CLSID,
    ) -> ::core::result::Result<(crate::DWORD, *mut crate::DWORD), crate::Hresult> {
        let __r = pclsidCategory;
        let __a0: *const crate::CLSID = ::core::ptr::from_ref(__r);
        let mut __a1: crate::DWORD = 0;
        let mut __a2: *mut crate::DWORD = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .GetOrder)(self.as_raw().cast(), __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a1, __a2))
    }
    unsafe fn set_order(
        &self,
        pclsidCategory: &crate::CLSID,
        pcAccts: &crate::DWORD,
        prgAccts: *mut *mut crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pclsidCategory;
        let __a0: *const crate::CLSID = ::core::ptr::from_ref(__r);
        let __r = pcAccts;
        let __a1: *mut crate::DWORD = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .SetOrder)(self.as_raw().cast(), __a0, __a1, prgAccts)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn enumerate_accounts(
        &self,
        pclsidCategory: ::core::option::Option<&crate::CLSID>,
        pclsidType: ::core::option::Option<&crate::CLSID>,
        dwFlags: OlkAccountManagerEnumerateAccountsFlags,
    ) -> ::core::result::Result<crate::ComPtr<IOlkEnum>, crate::Hresult> {
        let __a0: *const crate::CLSID = match pclsidCategory {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __a1: *const crate::CLSID = match pclsidType {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let mut __a3: *mut IOlkEnum = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .EnumerateAccounts)(
                self.as_raw().cast(),
                __a0,
                __a1,
                dwFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r3 = unsafe { crate::ComPtr::<IOlkEnum>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn place_holder10(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .PlaceHolder10)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder11(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .PlaceHolder11)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    unsafe fn free_memory(
        &self,
        pv: *mut crate::BYTE,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .FreeMemory)(self.as_raw().cast(), pv)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn advise(
        &self,
        pNotify: &crate::ComPtr<IOlkAccountNotify>,
    ) -> ::core::result::Result<crate::DWORD, crate::Hresult> {
        let __r = pNotify;
        let __a0: *mut IOlkAccountNotify = __r.as_raw();
        let mut __a1: crate::DWORD = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .Advise)(self.as_raw().cast(), __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a1)
    }
    fn unadvise(
        &self,
        pdwCookie: &crate::DWORD,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = pdwCookie;
        let __a0: *mut crate::DWORD = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .Unadvise)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder12(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .PlaceHolder12)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder13(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .PlaceHolder13)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn place_holder14(&self) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IOlkAccountManager>()
                .PlaceHolder14)(self.as_raw().cast())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
