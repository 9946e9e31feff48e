// `idl/mapi/olkdefs.idl` as Rust, included by `mod.rs`.
/// Outlook account property: pr primary send acct.
#[cfg(feature = "outlook")]
pub const PR_PRIMARY_SEND_ACCT: u32 = 0xE28001F;
/// Outlook account property: pr next send acct.
#[cfg(feature = "outlook")]
pub const PR_NEXT_SEND_ACCT: u32 = 0xE29001F;
/// The class of Outlook's account manager object (`IOlkAccountManager`).
#[cfg(feature = "outlook")]
pub const CLSID_OlkAccountManager: crate::GUID = crate::GUID::from_u128(
    0xed475410_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account type of POP3 accounts.
#[cfg(feature = "outlook")]
pub const CLSID_OlkPOP3Account: crate::GUID = crate::GUID::from_u128(
    0xed475411_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account type of IMAP4 accounts.
#[cfg(feature = "outlook")]
pub const CLSID_OlkIMAP4Account: crate::GUID = crate::GUID::from_u128(
    0xed475412_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account type of MAPI (Exchange) accounts.
#[cfg(feature = "outlook")]
pub const CLSID_OlkMAPIAccount: crate::GUID = crate::GUID::from_u128(
    0xed475414_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account category of mail accounts, for `IOlkAccountManager::EnumerateAccounts`.
#[cfg(feature = "outlook")]
pub const CLSID_OlkMail: crate::GUID = crate::GUID::from_u128(
    0xed475418_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account category of address book accounts, for `IOlkAccountManager::EnumerateAccounts`.
#[cfg(feature = "outlook")]
pub const CLSID_OlkAddressBook: crate::GUID = crate::GUID::from_u128(
    0xed475419_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account category of store accounts, for `IOlkAccountManager::EnumerateAccounts`.
#[cfg(feature = "outlook")]
pub const CLSID_OlkStore: crate::GUID = crate::GUID::from_u128(
    0xed475420_b0d6_11d2_8c3b_00104b2a6676,
);
/// The account type of Hotmail (HTTP) accounts.
#[cfg(feature = "outlook")]
pub const CLSID_OlkHotmailAccount: crate::GUID = crate::GUID::from_u128(
    0x4db5cbf0_3b77_4852_bc8e_bb81908861f3,
);
/// The account type of LDAP directory accounts.
#[cfg(feature = "outlook")]
pub const CLSID_OlkLDAPAccount: crate::GUID = crate::GUID::from_u128(
    0x4db5cbf2_3b77_4852_bc8e_bb81908861f3,
);
