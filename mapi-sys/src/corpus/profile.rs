// `idl/mapi/profile.idl` as Rust, included by `mod.rs`.
/// The `MAPIUID` of the Exchange messaging service's global profile section, as 16 bytes, for `OpenProfileSection`.
#[cfg(feature = "exchange")]
pub const pbGlobalProfileSectionGuid: &[u8] = b"\x13\xDB\xB0\xC8\xAA\x05\x10\x1A\x9B\xB0\0\xAA\0/\xC4Z\0";
/// Exchange profile property: the version of the profile's layout (`PROFILE_VERSION`).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_VERSION: u32 = 0x66000003;
/// Exchange profile property: configuration bits (`CONFIG_*`).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_CONFIG_FLAGS: u32 = 0x66010003;
/// Exchange profile property: the name of the user's home server.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_HOME_SERVER: u32 = 0x6602001E;
/// Exchange profile property: the distinguished name of the user.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_USER: u32 = 0x6603001E;
/// Exchange profile property: connection bits (`CONNECT_*`).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_CONNECT_FLAGS: u32 = 0x66040003;
/// Exchange profile property: transport bits (`TRANSPORT_*`).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_TRANSPORT_FLAGS: u32 = 0x66050003;
/// Exchange profile property: UI state.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_UI_STATE: u32 = 0x66060003;
/// Exchange profile property: the user name as typed, before it is resolved.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_UNRESOLVED_NAME: u32 = 0x6607001E;
/// Exchange profile property: unresolved name (8-bit).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_UNRESOLVED_NAME_A: u32 = 0x6607001E;
/// Exchange profile property: unresolved name (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_UNRESOLVED_NAME_W: u32 = 0x6607001F;
/// Exchange profile property: the server name as typed, before it is resolved.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_UNRESOLVED_SERVER: u32 = 0x6608001E;
/// Exchange profile property: binding order.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_BINDING_ORDER: u32 = 0x6609001E;
/// Exchange profile property: max restrict.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_MAX_RESTRICT: u32 = 0x660D0003;
/// Exchange profile property: AB files path.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_AB_FILES_PATH: u32 = 0x660E001E;
/// Exchange profile property: AB files path (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_AB_FILES_PATH_W: u32 = 0x660E001F;
/// Exchange profile property: the path of the offline store (OST) file.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_OFFLINE_STORE_PATH: u32 = 0x6610001E;
/// Exchange profile property: the path of the offline store (OST) file (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_OFFLINE_STORE_PATH_W: u32 = 0x6610001F;
/// Exchange profile property: offline information.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_OFFLINE_INFO: u32 = 0x66110102;
/// Exchange profile property: home server DN.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_HOME_SERVER_DN: u32 = 0x6612001E;
/// Exchange profile property: home server addresses.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_HOME_SERVER_ADDRS: u32 = 0x6613101E;
/// Exchange profile property: address information.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ADDR_INFO: u32 = 0x66870102;
/// Exchange profile property: options data.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_OPTIONS_DATA: u32 = 0x66890102;
/// Exchange profile property: secure mailbox.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_SECURE_MAILBOX: u32 = 0x67F00102;
/// Exchange profile property: disable winsock.
#[cfg(feature = "exchange")]
pub const PR_DISABLE_WINSOCK: u32 = 0x66180003;
/// Exchange profile property: auth package.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_AUTH_PACKAGE: u32 = 0x66190003;
/// Exchange profile property: reconnect interval.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_RECONNECT_INTERVAL: u32 = 0x661A0003;
/// Exchange profile property: server version.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_SERVER_VERSION: u32 = 0x661B0003;
/// Exchange profile property: server full version.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_SERVER_FULL_VERSION: u32 = 0x663B0102;
/// Exchange profile property: the user's SMTP address.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_USER_SMTP_EMAIL_ADDRESS: u32 = 0x6641001F;
/// Exchange profile property: the user's SMTP address.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_A: u32 = 0x6641001E;
/// Exchange profile property: the user's SMTP address.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_W: u32 = 0x6641001F;
/// Exchange profile property: abp allow reconnect.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ABP_ALLOW_RECONNECT: u32 = 0x66390003;
/// Exchange profile property: abp mthread timeout secs.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ABP_MTHREAD_TIMEOUT_SECS: u32 = 0x663A0003;
/// Profile property passed to the offline store through `ServiceEntry`: its encryption (`OSTF_*`).
#[cfg(feature = "exchange")]
pub const PR_OST_ENCRYPTION: u32 = 0x67020003;
/// Exchange profile property of a store's section: how the store is opened (`OPENSTORE_*`).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_OPEN_FLAGS: u32 = 0x66090003;
/// Exchange profile property of a store's section: whose store it is (`PROFILE_*`).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_TYPE: u32 = 0x660A0003;
/// Exchange profile property of a store's section: the distinguished name of the mailbox.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_MAILBOX: u32 = 0x660B001E;
/// Exchange profile property of a store's section: the name of the mailbox's server.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_SERVER: u32 = 0x660C001E;
/// Exchange profile property of a store's section: the distinguished name of the mailbox's server.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_SERVER_DN: u32 = 0x6614001E;
/// Exchange profile property: favfld display name.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_FAVFLD_DISPLAY_NAME: u32 = 0x660F001E;
/// Exchange profile property: favfld display name (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_FAVFLD_DISPLAY_NAME_W: u32 = 0x660F001F;
/// Exchange profile property: favfld comment.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_FAVFLD_COMMENT: u32 = 0x6615001E;
/// Exchange profile property: favfld comment (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_FAVFLD_COMMENT_W: u32 = 0x6615001F;
/// Exchange profile property: allpub display name.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ALLPUB_DISPLAY_NAME: u32 = 0x6616001E;
/// Exchange profile property: allpub display name (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ALLPUB_DISPLAY_NAME_W: u32 = 0x6616001F;
/// Exchange profile property: allpub comment.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ALLPUB_COMMENT: u32 = 0x6617001E;
/// Exchange profile property: allpub comment (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ALLPUB_COMMENT_W: u32 = 0x6617001F;
/// Exchange profile property: MOAB.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_MOAB: u32 = 0x667B001E;
/// Exchange profile property: MOAB (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_MOAB_W: u32 = 0x667B001F;
/// Exchange profile property: MOAB GUID.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_MOAB_GUID: u32 = 0x667C001E;
/// Exchange profile property: MOAB seq.
#[cfg(feature = "exchange")]
pub const PR_PROFILE_MOAB_SEQ: u32 = 0x667D0003;
/// Exchange profile property: alternate store type (Unicode).
#[cfg(feature = "exchange")]
pub const PR_PROFILE_ALTERNATE_STORE_TYPE_W: u32 = 0x65D0001F;
/// Exchange profile property: get props exclude prop ID list.
#[cfg(feature = "exchange")]
pub const PR_GET_PROPS_EXCLUDE_PROP_ID_LIST: u32 = 0x667E0102;
/// A value of `PR_OST_ENCRYPTION`, the encryption of an offline store file: no encryption.
#[cfg(feature = "exchange")]
pub const OSTF_NO_ENCRYPTION: crate::DWORD = 0x80000000;
/// A value of `PR_OST_ENCRYPTION`, the encryption of an offline store file: compressable encryption.
#[cfg(feature = "exchange")]
pub const OSTF_COMPRESSABLE_ENCRYPTION: crate::DWORD = 0x40000000;
/// A value of `PR_OST_ENCRYPTION`, the encryption of an offline store file: best encryption.
#[cfg(feature = "exchange")]
pub const OSTF_BEST_ENCRYPTION: crate::DWORD = 0x20000000;
/// The current value of `PR_PROFILE_VERSION`.
#[cfg(feature = "exchange")]
pub const PROFILE_VERSION: crate::ULONG = 0x501;
/// A bit of `PR_PROFILE_CONFIG_FLAGS`: service.
#[cfg(feature = "exchange")]
pub const CONFIG_SERVICE: crate::ULONG = 1;
/// A bit of `PR_PROFILE_CONFIG_FLAGS`: show startup UI.
#[cfg(feature = "exchange")]
pub const CONFIG_SHOW_STARTUP_UI: crate::ULONG = 2;
/// A bit of `PR_PROFILE_CONFIG_FLAGS`: show connect UI.
#[cfg(feature = "exchange")]
pub const CONFIG_SHOW_CONNECT_UI: crate::ULONG = 4;
/// A bit of `PR_PROFILE_CONFIG_FLAGS`: prompt for credentials.
#[cfg(feature = "exchange")]
pub const CONFIG_PROMPT_FOR_CREDENTIALS: crate::ULONG = 8;
/// A bit of `PR_PROFILE_CONFIG_FLAGS`: no auto detect.
#[cfg(feature = "exchange")]
pub const CONFIG_NO_AUTO_DETECT: crate::ULONG = 0x10;
/// A bit of `PR_PROFILE_CONFIG_FLAGS`: OST cache only.
#[cfg(feature = "exchange")]
pub const CONFIG_OST_CACHE_ONLY: crate::ULONG = 0x20;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: use admin privilege.
#[cfg(feature = "exchange")]
pub const CONNECT_USE_ADMIN_PRIVILEGE: crate::ULONG = 1;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: no RPC encryption.
#[cfg(feature = "exchange")]
pub const CONNECT_NO_RPC_ENCRYPTION: crate::ULONG = 2;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: use separate connection.
#[cfg(feature = "exchange")]
pub const CONNECT_USE_SEPARATE_CONNECTION: crate::ULONG = 4;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: no under cover connection.
#[cfg(feature = "exchange")]
pub const CONNECT_NO_UNDER_COVER_CONNECTION: crate::ULONG = 8;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: anonymous access.
#[cfg(feature = "exchange")]
pub const CONNECT_ANONYMOUS_ACCESS: crate::ULONG = 0x10;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: no notifications.
#[cfg(feature = "exchange")]
pub const CONNECT_NO_NOTIFICATIONS: crate::ULONG = 0x20;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: no table notifications.
#[cfg(feature = "exchange")]
pub const CONNECT_NO_TABLE_NOTIFICATIONS: crate::ULONG = 0x20;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: no address resolution.
#[cfg(feature = "exchange")]
pub const CONNECT_NO_ADDRESS_RESOLUTION: crate::ULONG = 0x40;
/// A bit of `PR_PROFILE_CONNECT_FLAGS`: restore database.
#[cfg(feature = "exchange")]
pub const CONNECT_RESTORE_DATABASE: crate::ULONG = 0x80;
/// A bit of `PR_PROFILE_TRANSPORT_FLAGS`: download.
#[cfg(feature = "exchange")]
pub const TRANSPORT_DOWNLOAD: crate::ULONG = 1;
/// A bit of `PR_PROFILE_TRANSPORT_FLAGS`: upload.
#[cfg(feature = "exchange")]
pub const TRANSPORT_UPLOAD: crate::ULONG = 2;
/// A value of `PR_PROFILE_TYPE`: primary user.
#[cfg(feature = "exchange")]
pub const PROFILE_PRIMARY_USER: crate::ULONG = 1;
/// A value of `PR_PROFILE_TYPE`: delegate.
#[cfg(feature = "exchange")]
pub const PROFILE_DELEGATE: crate::ULONG = 2;
/// A value of `PR_PROFILE_TYPE`: public store.
#[cfg(feature = "exchange")]
pub const PROFILE_PUBLIC_STORE: crate::ULONG = 3;
/// A value of `PR_PROFILE_TYPE`: subscription.
#[cfg(feature = "exchange")]
pub const PROFILE_SUBSCRIPTION: crate::ULONG = 4;
