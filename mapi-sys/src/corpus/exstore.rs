// `idl/mapi/exstore.idl` as Rust, included by `mod.rs`.
/// One hop of a message's route, as gateways and MTAs record it in
/// `PR_TRACE_INFO`: what the domain did with the message, when, and the
/// X.400 domain it went through and the one it tried. The names are 8-bit
/// NUL-terminated strings in arrays of the `MAX_*_NAME_SIZ` limits plus the
/// `*_PAD` bytes that keep the entry aligned.
#[cfg(feature = "exchange")]
pub type LPTRACEENTRY = *mut TRACEENTRY;
/// A message's route (the value of `PR_TRACE_INFO`): a count and that many
/// `TRACEENTRY` hops.
#[cfg(feature = "exchange")]
pub type LPTRACEINFO = *mut TRACEINFO;
/// One hop of a message's route inside an Exchange organisation
/// (`PR_INTERNAL_TRACE_INFO`): a `TRACEENTRY` with the names of the MTA
/// that handled the message and of the one it was attempted to.
#[cfg(feature = "exchange")]
pub type PINTTRACEENTRY = *mut INTTRACEENTRY;
/// A message's route inside an Exchange organisation (the value of
/// `PR_INTERNAL_TRACE_INFO`): a count and that many `INTTRACEENTRY` hops.
#[cfg(feature = "exchange")]
pub type PINTTRACEINFO = *mut INTTRACEINFO;
/// One hop of a message's route, as gateways and MTAs record it in
/// `PR_TRACE_INFO`: what the domain did with the message, when, and the
/// X.400 domain it went through and the one it tried. The names are 8-bit
/// NUL-terminated strings in arrays of the `MAX_*_NAME_SIZ` limits plus the
/// `*_PAD` bytes that keep the entry aligned.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TRACEENTRY {
    /// The routing action the domain took (1984 X.400 actions).
    pub lAction: crate::LONG,
    /// When the message entered the domain.
    pub ftArrivalTime: crate::FILETIME,
    /// When the domain released the message (after any deferral).
    pub ftDeferredTime: crate::FILETIME,
    /// The ADMD (administration management domain) name.
    pub rgchADMDName: [i8; 20],
    /// The country name.
    pub rgchCountryName: [i8; 4],
    /// The PRMD (private management domain) identifier.
    pub rgchPRMDId: [i8; 20],
    /// The ADMD name of the domain the message was attempted to.
    pub rgchAttADMDName: [i8; 20],
    /// The country name of the domain the message was attempted to.
    pub rgchAttCountryName: [i8; 4],
    /// The PRMD identifier of the domain the message was attempted to.
    pub rgchAttPRMDId: [i8; 19],
    /// The actions added by the 1988 X.400 recommendations.
    pub bAdditionalActions: crate::BYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<TRACEENTRY>() == 108);
    assert!(::core::mem::align_of::<TRACEENTRY>() == 4);
    assert!(::core::mem::offset_of!(TRACEENTRY, lAction) == 0);
    assert!(::core::mem::offset_of!(TRACEENTRY, ftArrivalTime) == 4);
    assert!(::core::mem::offset_of!(TRACEENTRY, ftDeferredTime) == 12);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchADMDName) == 20);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchCountryName) == 40);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchPRMDId) == 44);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchAttADMDName) == 64);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchAttCountryName) == 84);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchAttPRMDId) == 88);
    assert!(::core::mem::offset_of!(TRACEENTRY, bAdditionalActions) == 107);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<TRACEENTRY>() == 108);
    assert!(::core::mem::align_of::<TRACEENTRY>() == 4);
    assert!(::core::mem::offset_of!(TRACEENTRY, lAction) == 0);
    assert!(::core::mem::offset_of!(TRACEENTRY, ftArrivalTime) == 4);
    assert!(::core::mem::offset_of!(TRACEENTRY, ftDeferredTime) == 12);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchADMDName) == 20);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchCountryName) == 40);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchPRMDId) == 44);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchAttADMDName) == 64);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchAttCountryName) == 84);
    assert!(::core::mem::offset_of!(TRACEENTRY, rgchAttPRMDId) == 88);
    assert!(::core::mem::offset_of!(TRACEENTRY, bAdditionalActions) == 107);
};
/// A message's route (the value of `PR_TRACE_INFO`): a count and that many
/// `TRACEENTRY` hops.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct TRACEINFO {
    /// How many entries `rgtraceentry` holds.
    pub cEntries: crate::ULONG,
    /// The entries, one per hop.
    pub rgtraceentry: [TRACEENTRY; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<TRACEINFO>() == 112);
    assert!(::core::mem::align_of::<TRACEINFO>() == 4);
    assert!(::core::mem::offset_of!(TRACEINFO, cEntries) == 0);
    assert!(::core::mem::offset_of!(TRACEINFO, rgtraceentry) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<TRACEINFO>() == 112);
    assert!(::core::mem::align_of::<TRACEINFO>() == 4);
    assert!(::core::mem::offset_of!(TRACEINFO, cEntries) == 0);
    assert!(::core::mem::offset_of!(TRACEINFO, rgtraceentry) == 4);
};
/// One hop of a message's route inside an Exchange organisation
/// (`PR_INTERNAL_TRACE_INFO`): a `TRACEENTRY` with the names of the MTA
/// that handled the message and of the one it was attempted to.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct INTTRACEENTRY {
    /// The routing action the domain took (1984 X.400 actions).
    pub lAction: crate::LONG,
    /// When the message entered the domain.
    pub ftArrivalTime: crate::FILETIME,
    /// When the domain released the message (after any deferral).
    pub ftDeferredTime: crate::FILETIME,
    /// The ADMD (administration management domain) name.
    pub rgchADMDName: [i8; 20],
    /// The country name.
    pub rgchCountryName: [i8; 4],
    /// The PRMD (private management domain) identifier.
    pub rgchPRMDId: [i8; 20],
    /// The ADMD name of the domain the message was attempted to.
    pub rgchAttADMDName: [i8; 20],
    /// The country name of the domain the message was attempted to.
    pub rgchAttCountryName: [i8; 4],
    /// The PRMD identifier of the domain the message was attempted to
    /// (padded as in the routing-domain part, unlike `TRACEENTRY`'s).
    pub rgchAttPRMDId: [i8; 20],
    /// The name of the MTA that handled the message.
    pub rgchMTAName: [i8; 36],
    /// The name of the MTA the message was attempted to.
    pub rgchAttMTAName: [i8; 35],
    /// The actions added by the 1988 X.400 recommendations.
    pub bAdditionalActions: crate::BYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<INTTRACEENTRY>() == 180);
    assert!(::core::mem::align_of::<INTTRACEENTRY>() == 4);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, lAction) == 0);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, ftArrivalTime) == 4);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, ftDeferredTime) == 12);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchADMDName) == 20);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchCountryName) == 40);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchPRMDId) == 44);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttADMDName) == 64);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttCountryName) == 84);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttPRMDId) == 88);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchMTAName) == 108);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttMTAName) == 144);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, bAdditionalActions) == 179);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<INTTRACEENTRY>() == 180);
    assert!(::core::mem::align_of::<INTTRACEENTRY>() == 4);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, lAction) == 0);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, ftArrivalTime) == 4);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, ftDeferredTime) == 12);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchADMDName) == 20);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchCountryName) == 40);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchPRMDId) == 44);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttADMDName) == 64);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttCountryName) == 84);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttPRMDId) == 88);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchMTAName) == 108);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, rgchAttMTAName) == 144);
    assert!(::core::mem::offset_of!(INTTRACEENTRY, bAdditionalActions) == 179);
};
/// A message's route inside an Exchange organisation (the value of
/// `PR_INTERNAL_TRACE_INFO`): a count and that many `INTTRACEENTRY` hops.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct INTTRACEINFO {
    /// How many entries `rgIntTraceEntry` holds.
    pub cEntries: crate::ULONG,
    /// The entries, one per hop.
    pub rgIntTraceEntry: [INTTRACEENTRY; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<INTTRACEINFO>() == 184);
    assert!(::core::mem::align_of::<INTTRACEINFO>() == 4);
    assert!(::core::mem::offset_of!(INTTRACEINFO, cEntries) == 0);
    assert!(::core::mem::offset_of!(INTTRACEINFO, rgIntTraceEntry) == 4);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<INTTRACEINFO>() == 184);
    assert!(::core::mem::align_of::<INTTRACEINFO>() == 4);
    assert!(::core::mem::offset_of!(INTTRACEINFO, cEntries) == 0);
    assert!(::core::mem::offset_of!(INTTRACEINFO, rgIntTraceEntry) == 4);
};
/// First property id of the non-transmittable store range of Exchange (`0x0E40`).
#[cfg(feature = "exchange")]
pub const pidStoreNonTransMin: crate::ULONG = 0xE40;
/// First property id Exchange reserves among transmittable properties.
#[cfg(feature = "exchange")]
pub const pidExchangeXmitReservedMin: crate::ULONG = 0x3FE0;
/// First property id Exchange reserves among non-transmittable properties.
#[cfg(feature = "exchange")]
pub const pidExchangeNonXmitReservedMin: crate::ULONG = 0x65E0;
/// First property id of Exchange profile section properties (`0x6600`).
#[cfg(feature = "exchange")]
pub const pidProfileMin: crate::ULONG = 0x6600;
/// First property id of Exchange message store properties.
#[cfg(feature = "exchange")]
pub const pidStoreMin: crate::ULONG = 0x6618;
/// First property id of Exchange folder properties.
#[cfg(feature = "exchange")]
pub const pidFolderMin: crate::ULONG = 0x6638;
/// First property id of read-only Exchange message properties.
#[cfg(feature = "exchange")]
pub const pidMessageReadOnlyMin: crate::ULONG = 0x6640;
/// First property id of writable Exchange message properties.
#[cfg(feature = "exchange")]
pub const pidMessageWriteableMin: crate::ULONG = 0x6658;
/// First property id of read-only Exchange attachment properties.
#[cfg(feature = "exchange")]
pub const pidAttachReadOnlyMin: crate::ULONG = 0x666C;
/// First property id of Exchange's special properties (ACL members, tables and others).
#[cfg(feature = "exchange")]
pub const pidSpecialMin: crate::ULONG = 0x6670;
/// First property id of Exchange properties only administrators may write.
#[cfg(feature = "exchange")]
pub const pidAdminMin: crate::ULONG = 0x6690;
/// First property id of Exchange's special-folder properties (`0x1080`).
#[cfg(feature = "exchange")]
pub const pidRenMsgFldMin: crate::ULONG = 0x1080;
/// First property id Exchange's local store uses internally.
#[cfg(feature = "exchange")]
pub const pidLocalStoreInternalMin: crate::ULONG = 0x6500;
/// Last property id (exclusive) Exchange's local store uses internally.
#[cfg(feature = "exchange")]
pub const pidLocalStoreInternalMax: crate::ULONG = 0x65C0;
/// First property id of the range MAPI reserves for its own properties.
#[cfg(feature = "exchange")]
pub const pidMAPIMin: crate::ULONG = 0x3000;
/// First property id of the local store's message and folder properties.
#[cfg(feature = "exchange")]
pub const pidLISMsgFolderPropMin: crate::ULONG = 0x65A0;
/// Last property id (exclusive) of the local store's message and folder properties.
#[cfg(feature = "exchange")]
pub const pidLISMsgFolderPropMax: crate::ULONG = 0x65C0;
/// First property id of the local store's error properties.
#[cfg(feature = "exchange")]
pub const pidLISErrorCodeMin: crate::ULONG = 0x65AA;
/// Last property id (exclusive) of the local store's error properties.
#[cfg(feature = "exchange")]
pub const pidLISErrorCodeMax: crate::ULONG = 0x65B0;
/// First property id of the local store's interface properties.
#[cfg(feature = "exchange")]
pub const pidLISInterfacePropMin: crate::ULONG = 0x65D0;
/// Last property id (exclusive) of the local store's interface properties.
#[cfg(feature = "exchange")]
pub const pidLISInterfacePropMax: crate::ULONG = 0x65E0;
/// The provider UID (`PR_MDB_PROVIDER`) of an Exchange user's own mailbox store, as 16 bytes.
#[cfg(feature = "exchange")]
pub const pbExchangeProviderPrimaryUserGuid: &[u8] = b"T\x94\xA1\xC0)\x7F\x10\x1B\xA5\x87\x08\0+*%\x17\0";
/// The provider UID (`PR_MDB_PROVIDER`) of a delegate's Exchange mailbox store, as 16 bytes.
#[cfg(feature = "exchange")]
pub const pbExchangeProviderDelegateGuid: &[u8] = b"\x9E\xB4w\0t\xE4\x11\xCE\x8C^\0\xAA\0BT\xE2\0";
/// The provider UID (`PR_MDB_PROVIDER`) of the Exchange public folder store, as 16 bytes.
#[cfg(feature = "exchange")]
pub const pbExchangeProviderPublicGuid: &[u8] = b"x\xB2\xFAp\xAF\xF7\x11\xCD\x9B\xC8\0\xAA\0/\xC4Z\0";
/// The provider UID of the Exchange transport provider, as 16 bytes.
#[cfg(feature = "exchange")]
pub const pbExchangeProviderXportGuid: &[u8] = b"\xA9\x06@\xE0\xD6\x93\x11\xCD\xAF\x95\0\xAA\0J5\xC3\0";
/// The provider UID (`PR_MDB_PROVIDER`) of Exchange's local store, as 16 bytes.
#[cfg(feature = "exchange")]
pub const pbExchangeProviderLocalStoreGuid: &[u8] = b"-\xE5k\xA1dn\x11\xD2\x8DN\0\xC0O\xAE#q\0";
/// The provider UID (`PR_MDB_PROVIDER`) of Exchange's persistent store, as 16 bytes.
#[cfg(feature = "exchange")]
pub const pbExchangeProviderPersistStoreGuid: &::core::ffi::CStr = c"\x98\xA2=gb\xCFM4\x82y\xDB\xFAjP\x8B1";
/// Exchange store property: the entry ID of the user logged on to the store.
#[cfg(feature = "exchange")]
pub const PR_USER_ENTRYID: u32 = 0x66190102;
/// Exchange store property: the name of the user logged on to the store.
#[cfg(feature = "exchange")]
pub const PR_USER_NAME: u32 = 0x661A001E;
/// Exchange store property: the entry ID of the mailbox's owner.
#[cfg(feature = "exchange")]
pub const PR_MAILBOX_OWNER_ENTRYID: u32 = 0x661B0102;
/// Exchange store property: the display name of the mailbox's owner.
#[cfg(feature = "exchange")]
pub const PR_MAILBOX_OWNER_NAME: u32 = 0x661C001F;
/// Exchange store property: the display name of the mailbox's owner.
#[cfg(feature = "exchange")]
pub const PR_MAILBOX_OWNER_NAME_A: u32 = 0x661C001E;
/// Exchange store property: the display name of the mailbox's owner.
#[cfg(feature = "exchange")]
pub const PR_MAILBOX_OWNER_NAME_W: u32 = 0x661C001F;
/// Exchange store property: whether the mailbox owner is out of office.
#[cfg(feature = "exchange")]
pub const PR_OOF_STATE: u32 = 0x661D000B;
/// Exchange store property: hierarchy server.
#[cfg(feature = "exchange")]
pub const PR_HIERARCHY_SERVER: u32 = 0x6633001F;
/// Exchange store property: hierarchy server.
#[cfg(feature = "exchange")]
pub const PR_HIERARCHY_SERVER_A: u32 = 0x6633001E;
/// Exchange store property: hierarchy server.
#[cfg(feature = "exchange")]
pub const PR_HIERARCHY_SERVER_W: u32 = 0x6633001F;
/// Exchange store property: schedule folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_SCHEDULE_FOLDER_ENTRYID: u32 = 0x661E0102;
/// Exchange store property: IPM DAF entry ID.
#[cfg(feature = "exchange")]
pub const PR_IPM_DAF_ENTRYID: u32 = 0x661F0102;
/// Exchange store property: non IPM subtree entry ID.
#[cfg(feature = "exchange")]
pub const PR_NON_IPM_SUBTREE_ENTRYID: u32 = 0x66200102;
/// Exchange store property: eforms registry entry ID.
#[cfg(feature = "exchange")]
pub const PR_EFORMS_REGISTRY_ENTRYID: u32 = 0x66210102;
/// Exchange store property: splus free busy entry ID.
#[cfg(feature = "exchange")]
pub const PR_SPLUS_FREE_BUSY_ENTRYID: u32 = 0x66220102;
/// Exchange store property: offline address book entry ID.
#[cfg(feature = "exchange")]
pub const PR_OFFLINE_ADDRBOOK_ENTRYID: u32 = 0x66230102;
/// Exchange store property: NNTP control folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_NNTP_CONTROL_FOLDER_ENTRYID: u32 = 0x668B0102;
/// Exchange store property: eforms for locale entry ID.
#[cfg(feature = "exchange")]
pub const PR_EFORMS_FOR_LOCALE_ENTRYID: u32 = 0x66240102;
/// Exchange store property: free busy for local site entry ID.
#[cfg(feature = "exchange")]
pub const PR_FREE_BUSY_FOR_LOCAL_SITE_ENTRYID: u32 = 0x66250102;
/// Exchange store property: address book for local site entry ID.
#[cfg(feature = "exchange")]
pub const PR_ADDRBOOK_FOR_LOCAL_SITE_ENTRYID: u32 = 0x66260102;
/// Exchange store property: newsgroup root folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_NEWSGROUP_ROOT_FOLDER_ENTRYID: u32 = 0x668C0102;
/// Exchange store property: offline message entry ID.
#[cfg(feature = "exchange")]
pub const PR_OFFLINE_MESSAGE_ENTRYID: u32 = 0x66270102;
/// Exchange store property: IPM favorites entry ID.
#[cfg(feature = "exchange")]
pub const PR_IPM_FAVORITES_ENTRYID: u32 = 0x66300102;
/// Exchange store property: IPM public folders entry ID.
#[cfg(feature = "exchange")]
pub const PR_IPM_PUBLIC_FOLDERS_ENTRYID: u32 = 0x66310102;
/// Exchange store property: favorites default name.
#[cfg(feature = "exchange")]
pub const PR_FAVORITES_DEFAULT_NAME: u32 = 0x6635001E;
/// Exchange store property: favorites default name (Unicode).
#[cfg(feature = "exchange")]
pub const PR_FAVORITES_DEFAULT_NAME_W: u32 = 0x6635001F;
/// Exchange store property: sys config folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_SYS_CONFIG_FOLDER_ENTRYID: u32 = 0x66360102;
/// Exchange store property: NNTP article folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_NNTP_ARTICLE_FOLDER_ENTRYID: u32 = 0x668A0102;
/// Exchange store property: events root folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_EVENTS_ROOT_FOLDER_ENTRYID: u32 = 0x667A0102;
/// Exchange store property: gw mtsin entry ID.
#[cfg(feature = "exchange")]
pub const PR_GW_MTSIN_ENTRYID: u32 = 0x66280102;
/// Exchange store property: gw mtsout entry ID.
#[cfg(feature = "exchange")]
pub const PR_GW_MTSOUT_ENTRYID: u32 = 0x66290102;
/// Exchange store property: transfer enabled.
#[cfg(feature = "exchange")]
pub const PR_TRANSFER_ENABLED: u32 = 0x662A000B;
/// Exchange store property: 256 zero bytes, read from the server on every call, to time the connection.
#[cfg(feature = "exchange")]
pub const PR_TEST_LINE_SPEED: u32 = 0x662B0102;
/// Opened with `OpenProperty` on a folder: its `IExchangeExportChanges` for the folder hierarchy.
#[cfg(feature = "exchange")]
pub const PR_HIERARCHY_SYNCHRONIZER: u32 = 0x662C000D;
/// Opened with `OpenProperty` on a folder: its `IExchangeExportChanges` for the folder contents.
#[cfg(feature = "exchange")]
pub const PR_CONTENTS_SYNCHRONIZER: u32 = 0x662D000D;
/// Opened with `OpenProperty` on a folder: its `IExchangeImportHierarchyChanges` or `IExchangeImportContentsChanges`.
#[cfg(feature = "exchange")]
pub const PR_COLLECTOR: u32 = 0x662E000D;
/// Opened with `OpenProperty` on a folder, message or attachment: its `IExchangeFastTransfer`.
#[cfg(feature = "exchange")]
pub const PR_FAST_TRANSFER: u32 = 0x662F000D;
/// Opened with `OpenProperty` on a store: its `IExchangeChangeAdvisor`.
#[cfg(feature = "exchange")]
pub const PR_CHANGE_ADVISOR: u32 = 0x6634000D;
/// Exchange store property: the GUID that marks changes whose synchronization notifications are suppressed.
#[cfg(feature = "exchange")]
pub const PR_CHANGE_NOTIFICATION_GUID: u32 = 0x66370048;
/// Exchange store property: TRUE when the store is connected to the offline store provider.
#[cfg(feature = "exchange")]
pub const PR_STORE_OFFLINE: u32 = 0x6632000B;
/// Exchange store property: the largest message the user may send, in kilobytes.
#[cfg(feature = "exchange")]
pub const PR_MAX_SUBMIT_MESSAGE_SIZE: u32 = 0x666D0003;
/// Exchange store property: the mailbox size, in kilobytes, above which sending is refused.
#[cfg(feature = "exchange")]
pub const PR_PROHIBIT_SEND_QUOTA: u32 = 0x666E0003;
/// Exchange store property: the mailbox size, in kilobytes, above which delivery is refused.
#[cfg(feature = "exchange")]
pub const PR_PROHIBIT_RECEIVE_QUOTA: u32 = 0x666A0003;
/// Exchange store property: whether the mailbox is being moved (delivery to it is paused).
#[cfg(feature = "exchange")]
pub const PR_IN_TRANSIT: u32 = 0x6618000B;
/// Exchange store property: replication style.
#[cfg(feature = "exchange")]
pub const PR_REPLICATION_STYLE: u32 = 0x66900003;
/// Exchange store property: replication schedule.
#[cfg(feature = "exchange")]
pub const PR_REPLICATION_SCHEDULE: u32 = 0x66910102;
/// Exchange store property: replication message priority.
#[cfg(feature = "exchange")]
pub const PR_REPLICATION_MESSAGE_PRIORITY: u32 = 0x66920003;
/// Exchange store property: overall message age limit.
#[cfg(feature = "exchange")]
pub const PR_OVERALL_MSG_AGE_LIMIT: u32 = 0x66930003;
/// Exchange store property: replication always interval.
#[cfg(feature = "exchange")]
pub const PR_REPLICATION_ALWAYS_INTERVAL: u32 = 0x66940003;
/// Exchange store property: replication message size.
#[cfg(feature = "exchange")]
pub const PR_REPLICATION_MSG_SIZE: u32 = 0x66950003;
/// Exchange folder property: catalog.
#[cfg(feature = "exchange")]
pub const PR_CATALOG: u32 = 0xE5B0102;
/// Exchange folder property: CI search enabled.
#[cfg(feature = "exchange")]
pub const PR_CI_SEARCH_ENABLED: u32 = 0xE5C000B;
/// Exchange folder property: CI notification enabled.
#[cfg(feature = "exchange")]
pub const PR_CI_NOTIFICATION_ENABLED: u32 = 0xE5D000B;
/// Exchange property: the folder id (FID) of the folder a contents table row comes from.
#[cfg(feature = "exchange")]
pub const PR_SOURCE_FID: u32 = 0xE5F0014;
/// Exchange folder property: max cached views.
#[cfg(feature = "exchange")]
pub const PR_MAX_CACHED_VIEWS: u32 = 0xE680003;
/// Exchange folder property: max indices.
#[cfg(feature = "exchange")]
pub const PR_MAX_INDICES: u32 = 0xE5E0003;
/// Exchange folder property: implied restrictions.
#[cfg(feature = "exchange")]
pub const PR_IMPLIED_RESTRICTIONS: u32 = 0x667F1102;
/// Exchange folder property: the number of subfolders.
#[cfg(feature = "exchange")]
pub const PR_FOLDER_CHILD_COUNT: u32 = 0x66380003;
/// Exchange folder property: the permission bits (`frights*`) the logged-on user has on the folder.
#[cfg(feature = "exchange")]
pub const PR_RIGHTS: u32 = 0x66390003;
/// Opened with `OpenProperty` on a folder: its ACL table (`IExchangeModifyTable`).
#[cfg(feature = "exchange")]
pub const PR_ACL_TABLE: u32 = 0x3FE0000D;
/// Opened with `OpenProperty` on a folder: its rules table (`IExchangeModifyTable`).
#[cfg(feature = "exchange")]
pub const PR_RULES_TABLE: u32 = 0x3FE1000D;
/// Exchange folder property: whether the folder has server-side rules.
#[cfg(feature = "exchange")]
pub const PR_HAS_RULES: u32 = 0x663A000B;
/// Exchange folder property: whether the folder has moderator rules.
#[cfg(feature = "exchange")]
pub const PR_HAS_MODERATOR_RULES: u32 = 0x663F000B;
/// Exchange folder property: address book entry ID.
#[cfg(feature = "exchange")]
pub const PR_ADDRESS_BOOK_ENTRYID: u32 = 0x663B0102;
/// Exchange folder property: the folder's access control list, in binary form.
#[cfg(feature = "exchange")]
pub const PR_ACL_DATA: u32 = 0x3FE00102;
/// Exchange folder property: the folder's rules, in binary form.
#[cfg(feature = "exchange")]
pub const PR_RULES_DATA: u32 = 0x3FE10102;
/// Exchange folder property: extended ACL data.
#[cfg(feature = "exchange")]
pub const PR_EXTENDED_ACL_DATA: u32 = 0x3FFE0102;
/// Exchange folder property: folder design flags.
#[cfg(feature = "exchange")]
pub const PR_FOLDER_DESIGN_FLAGS: u32 = 0x3FE20003;
/// Exchange folder property: design in progress.
#[cfg(feature = "exchange")]
pub const PR_DESIGN_IN_PROGRESS: u32 = 0x3FE4000B;
/// Exchange folder property: secure origination.
#[cfg(feature = "exchange")]
pub const PR_SECURE_ORIGINATION: u32 = 0x3FE5000B;
/// Exchange folder property: publish in address book.
#[cfg(feature = "exchange")]
pub const PR_PUBLISH_IN_ADDRESS_BOOK: u32 = 0x3FE6000B;
/// Exchange folder property: resolve method.
#[cfg(feature = "exchange")]
pub const PR_RESOLVE_METHOD: u32 = 0x3FE70003;
/// Exchange folder property: address book display name.
#[cfg(feature = "exchange")]
pub const PR_ADDRESS_BOOK_DISPLAY_NAME: u32 = 0x3FE8001F;
/// Exchange folder property: address book display name.
#[cfg(feature = "exchange")]
pub const PR_ADDRESS_BOOK_DISPLAY_NAME_A: u32 = 0x3FE8001E;
/// Exchange folder property: address book display name.
#[cfg(feature = "exchange")]
pub const PR_ADDRESS_BOOK_DISPLAY_NAME_W: u32 = 0x3FE8001F;
/// Exchange folder property: eforms locale ID.
#[cfg(feature = "exchange")]
pub const PR_EFORMS_LOCALE_ID: u32 = 0x3FE90003;
/// Exchange folder property: replica list.
#[cfg(feature = "exchange")]
pub const PR_REPLICA_LIST: u32 = 0x66980102;
/// Exchange folder property: overall age limit.
#[cfg(feature = "exchange")]
pub const PR_OVERALL_AGE_LIMIT: u32 = 0x66990003;
/// Exchange folder property: is newsgroup anchor.
#[cfg(feature = "exchange")]
pub const PR_IS_NEWSGROUP_ANCHOR: u32 = 0x6696000B;
/// Exchange folder property: is newsgroup.
#[cfg(feature = "exchange")]
pub const PR_IS_NEWSGROUP: u32 = 0x6697000B;
/// Exchange folder property: newsgroup component.
#[cfg(feature = "exchange")]
pub const PR_NEWSGROUP_COMPONENT: u32 = 0x66A5001E;
/// Exchange folder property: internet newsgroup name.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_NEWSGROUP_NAME: u32 = 0x66A7001F;
/// Exchange folder property: internet newsgroup name.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_NEWSGROUP_NAME_A: u32 = 0x66A7001E;
/// Exchange folder property: internet newsgroup name.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_NEWSGROUP_NAME_W: u32 = 0x66A7001F;
/// Exchange folder property: newsfeed information.
#[cfg(feature = "exchange")]
pub const PR_NEWSFEED_INFO: u32 = 0x66A60102;
/// Exchange folder property: prevent message create.
#[cfg(feature = "exchange")]
pub const PR_PREVENT_MSG_CREATE: u32 = 0x65F4000B;
/// Exchange folder property: IMAP internal date.
#[cfg(feature = "exchange")]
pub const PR_IMAP_INTERNAL_DATE: u32 = 0x65F50040;
/// Exchange folder property: inbound newsfeed DN.
#[cfg(feature = "exchange")]
pub const PR_INBOUND_NEWSFEED_DN: u32 = 0x668D001E;
/// Exchange folder property: outbound newsfeed DN.
#[cfg(feature = "exchange")]
pub const PR_OUTBOUND_NEWSFEED_DN: u32 = 0x668E001E;
/// Exchange folder property: internet charset.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CHARSET: u32 = 0x669A001F;
/// Exchange folder property: internet charset.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CHARSET_A: u32 = 0x669A001E;
/// Exchange folder property: internet charset.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CHARSET_W: u32 = 0x669A001F;
/// A value of `PR_RESOLVE_METHOD`, how replication conflicts are resolved: default.
#[cfg(feature = "exchange")]
pub const RESOLVE_METHOD_DEFAULT: crate::LONG = 0;
/// A value of `PR_RESOLVE_METHOD`, how replication conflicts are resolved: last writer wins.
#[cfg(feature = "exchange")]
pub const RESOLVE_METHOD_LAST_WRITER_WINS: crate::LONG = 1;
/// A value of `PR_RESOLVE_METHOD`, how replication conflicts are resolved: no conflict notification.
#[cfg(feature = "exchange")]
pub const RESOLVE_METHOD_NO_CONFLICT_NOTIFICATION: crate::LONG = 2;
/// Exchange folder property: public folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_PUBLIC_FOLDER_ENTRYID: u32 = 0x663C0102;
/// Exchange folder property: hierarchy change number.
#[cfg(feature = "exchange")]
pub const PR_HIERARCHY_CHANGE_NUM: u32 = 0x663E0003;
/// Exchange message property: has named properties.
#[cfg(feature = "exchange")]
pub const PR_HAS_NAMED_PROPERTIES: u32 = 0x664A000B;
/// Exchange message property: creator name.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_NAME: u32 = 0x3FF8001F;
/// Exchange message property: creator name.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_NAME_A: u32 = 0x3FF8001E;
/// Exchange message property: creator name.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_NAME_W: u32 = 0x3FF8001F;
/// Exchange message property: creator entry ID.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_ENTRYID: u32 = 0x3FF90102;
/// Exchange message property: last modifier name.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_NAME: u32 = 0x3FFA001F;
/// Exchange message property: last modifier name.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_NAME_A: u32 = 0x3FFA001E;
/// Exchange message property: last modifier name.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_NAME_W: u32 = 0x3FFA001F;
/// Exchange message property: last modifier entry ID.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_ENTRYID: u32 = 0x3FFB0102;
/// Exchange message property: reply recipient SMTP proxies.
#[cfg(feature = "exchange")]
pub const PR_REPLY_RECIPIENT_SMTP_PROXIES: u32 = 0x3FFC001F;
/// Exchange message property: reply recipient SMTP proxies.
#[cfg(feature = "exchange")]
pub const PR_REPLY_RECIPIENT_SMTP_PROXIES_A: u32 = 0x3FFC001E;
/// Exchange message property: reply recipient SMTP proxies.
#[cfg(feature = "exchange")]
pub const PR_REPLY_RECIPIENT_SMTP_PROXIES_W: u32 = 0x3FFC001F;
/// Exchange message property: has dams.
#[cfg(feature = "exchange")]
pub const PR_HAS_DAMS: u32 = 0x3FEA000B;
/// Exchange message property: move to store entry ID.
#[cfg(feature = "exchange")]
pub const PR_MOVE_TO_STORE_ENTRYID: u32 = 0x3FF30102;
/// Exchange message property: move to folder entry ID.
#[cfg(feature = "exchange")]
pub const PR_MOVE_TO_FOLDER_ENTRYID: u32 = 0x3FF40102;
/// Exchange message property: replica server.
#[cfg(feature = "exchange")]
pub const PR_REPLICA_SERVER: u32 = 0x6644001F;
/// Exchange message property: replica server.
#[cfg(feature = "exchange")]
pub const PR_REPLICA_SERVER_A: u32 = 0x6644001E;
/// Exchange message property: replica server.
#[cfg(feature = "exchange")]
pub const PR_REPLICA_SERVER_W: u32 = 0x6644001F;
/// Exchange message property: replica version.
#[cfg(feature = "exchange")]
pub const PR_REPLICA_VERSION: u32 = 0x664B0014;
/// Exchange message property: creator SID.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_SID: u32 = 0xE580102;
/// Exchange message property: last modifier SID.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_SID: u32 = 0xE590102;
/// Exchange message property: sender SID.
#[cfg(feature = "exchange")]
pub const PR_SENDER_SID: u32 = 0xE4D0102;
/// Exchange message property: sent representing SID.
#[cfg(feature = "exchange")]
pub const PR_SENT_REPRESENTING_SID: u32 = 0xE4E0102;
/// Exchange message property: original sender SID.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENDER_SID: u32 = 0xE4F0102;
/// Exchange message property: original sent representing SID.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENT_REPRESENTING_SID: u32 = 0xE500102;
/// Exchange message property: read receipt SID.
#[cfg(feature = "exchange")]
pub const PR_READ_RECEIPT_SID: u32 = 0xE510102;
/// Exchange message property: report SID.
#[cfg(feature = "exchange")]
pub const PR_REPORT_SID: u32 = 0xE520102;
/// Exchange message property: originator SID.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_SID: u32 = 0xE530102;
/// Exchange message property: report destination SID.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_SID: u32 = 0xE540102;
/// Exchange message property: original author SID.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_AUTHOR_SID: u32 = 0xE550102;
/// Exchange message property: received by SID.
#[cfg(feature = "exchange")]
pub const PR_RECEIVED_BY_SID: u32 = 0xE560102;
/// Exchange message property: rcvd representing SID.
#[cfg(feature = "exchange")]
pub const PR_RCVD_REPRESENTING_SID: u32 = 0xE570102;
/// Exchange message property: read.
#[cfg(feature = "exchange")]
pub const PR_READ: u32 = 0xE69000B;
/// Exchange message property: NT security descriptor as XML.
#[cfg(feature = "exchange")]
pub const PR_NT_SECURITY_DESCRIPTOR_AS_XML: u32 = 0xE6A001F;
/// Exchange message property: NT security descriptor as XML.
#[cfg(feature = "exchange")]
pub const PR_NT_SECURITY_DESCRIPTOR_AS_XML_A: u32 = 0xE6A001E;
/// Exchange message property: NT security descriptor as XML.
#[cfg(feature = "exchange")]
pub const PR_NT_SECURITY_DESCRIPTOR_AS_XML_W: u32 = 0xE6A001F;
/// Exchange message property: admin security descriptor as XML.
#[cfg(feature = "exchange")]
pub const PR_ADMIN_SECURITY_DESCRIPTOR_AS_XML: u32 = 0xE6B001F;
/// Exchange message property: admin security descriptor as XML.
#[cfg(feature = "exchange")]
pub const PR_ADMIN_SECURITY_DESCRIPTOR_AS_XML_A: u32 = 0xE6B001E;
/// Exchange message property: admin security descriptor as XML.
#[cfg(feature = "exchange")]
pub const PR_ADMIN_SECURITY_DESCRIPTOR_AS_XML_W: u32 = 0xE6B001F;
/// Exchange message property: creator SID as XML.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_SID_AS_XML: u32 = 0xE6C001F;
/// Exchange message property: creator SID as XML.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_SID_AS_XML_A: u32 = 0xE6C001E;
/// Exchange message property: creator SID as XML.
#[cfg(feature = "exchange")]
pub const PR_CREATOR_SID_AS_XML_W: u32 = 0xE6C001F;
/// Exchange message property: last modifier SID as XML.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_SID_AS_XML: u32 = 0xE6D001F;
/// Exchange message property: last modifier SID as XML.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_SID_AS_XML_A: u32 = 0xE6D001E;
/// Exchange message property: last modifier SID as XML.
#[cfg(feature = "exchange")]
pub const PR_LAST_MODIFIER_SID_AS_XML_W: u32 = 0xE6D001F;
/// Exchange message property: sender SID as XML.
#[cfg(feature = "exchange")]
pub const PR_SENDER_SID_AS_XML: u32 = 0xE6E001F;
/// Exchange message property: sender SID as XML.
#[cfg(feature = "exchange")]
pub const PR_SENDER_SID_AS_XML_A: u32 = 0xE6E001E;
/// Exchange message property: sender SID as XML.
#[cfg(feature = "exchange")]
pub const PR_SENDER_SID_AS_XML_W: u32 = 0xE6E001F;
/// Exchange message property: sent representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_SENT_REPRESENTING_SID_AS_XML: u32 = 0xE6F001F;
/// Exchange message property: sent representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_SENT_REPRESENTING_SID_AS_XML_A: u32 = 0xE6F001E;
/// Exchange message property: sent representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_SENT_REPRESENTING_SID_AS_XML_W: u32 = 0xE6F001F;
/// Exchange message property: original sender SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENDER_SID_AS_XML: u32 = 0xE70001F;
/// Exchange message property: original sender SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENDER_SID_AS_XML_A: u32 = 0xE70001E;
/// Exchange message property: original sender SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENDER_SID_AS_XML_W: u32 = 0xE70001F;
/// Exchange message property: original sent representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENT_REPRESENTING_SID_AS_XML: u32 = 0xE71001F;
/// Exchange message property: original sent representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENT_REPRESENTING_SID_AS_XML_A: u32 = 0xE71001E;
/// Exchange message property: original sent representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_SENT_REPRESENTING_SID_AS_XML_W: u32 = 0xE71001F;
/// Exchange message property: read receipt SID as XML.
#[cfg(feature = "exchange")]
pub const PR_READ_RECEIPT_SID_AS_XML: u32 = 0xE72001F;
/// Exchange message property: read receipt SID as XML.
#[cfg(feature = "exchange")]
pub const PR_READ_RECEIPT_SID_AS_XML_A: u32 = 0xE72001E;
/// Exchange message property: read receipt SID as XML.
#[cfg(feature = "exchange")]
pub const PR_READ_RECEIPT_SID_AS_XML_W: u32 = 0xE72001F;
/// Exchange message property: report SID as XML.
#[cfg(feature = "exchange")]
pub const PR_REPORT_SID_AS_XML: u32 = 0xE73001F;
/// Exchange message property: report SID as XML.
#[cfg(feature = "exchange")]
pub const PR_REPORT_SID_AS_XML_A: u32 = 0xE73001E;
/// Exchange message property: report SID as XML.
#[cfg(feature = "exchange")]
pub const PR_REPORT_SID_AS_XML_W: u32 = 0xE73001F;
/// Exchange message property: originator SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_SID_AS_XML: u32 = 0xE74001F;
/// Exchange message property: originator SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_SID_AS_XML_A: u32 = 0xE74001E;
/// Exchange message property: originator SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_SID_AS_XML_W: u32 = 0xE74001F;
/// Exchange message property: report destination SID as XML.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_SID_AS_XML: u32 = 0xE75001F;
/// Exchange message property: report destination SID as XML.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_SID_AS_XML_A: u32 = 0xE75001E;
/// Exchange message property: report destination SID as XML.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_SID_AS_XML_W: u32 = 0xE75001F;
/// Exchange message property: original author SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_AUTHOR_SID_AS_XML: u32 = 0xE76001F;
/// Exchange message property: original author SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_AUTHOR_SID_AS_XML_A: u32 = 0xE76001E;
/// Exchange message property: original author SID as XML.
#[cfg(feature = "exchange")]
pub const PR_ORIGINAL_AUTHOR_SID_AS_XML_W: u32 = 0xE76001F;
/// Exchange message property: received by SID as XML.
#[cfg(feature = "exchange")]
pub const PR_RECEIVED_BY_SID_AS_XML: u32 = 0xE77001F;
/// Exchange message property: received by SID as XML.
#[cfg(feature = "exchange")]
pub const PR_RECEIVED_BY_SID_AS_XML_A: u32 = 0xE77001E;
/// Exchange message property: received by SID as XML.
#[cfg(feature = "exchange")]
pub const PR_RECEIVED_BY_SID_AS_XML_W: u32 = 0xE77001F;
/// Exchange message property: rcvd representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_RCVD_REPRESENTING_SID_AS_XML: u32 = 0xE78001F;
/// Exchange message property: rcvd representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_RCVD_REPRESENTING_SID_AS_XML_A: u32 = 0xE78001E;
/// Exchange message property: rcvd representing SID as XML.
#[cfg(feature = "exchange")]
pub const PR_RCVD_REPRESENTING_SID_AS_XML_W: u32 = 0xE78001F;
/// A value of `PR_TRUST_SENDER`: no.
#[cfg(feature = "exchange")]
pub const PR_TRUST_SENDER_NO: crate::LONG = 0;
/// A value of `PR_TRUST_SENDER`: yes.
#[cfg(feature = "exchange")]
pub const PR_TRUST_SENDER_YES: crate::LONG = 1;
/// Exchange message property: whether the sender is trusted (`PR_TRUST_SENDER_YES`/`NO`).
#[cfg(feature = "exchange")]
pub const PR_TRUST_SENDER: u32 = 0xE790003;
/// Exchange message property: merge midset deleted.
#[cfg(feature = "exchange")]
pub const PR_MERGE_MIDSET_DELETED: u32 = 0xE7A0102;
/// Exchange message property: reserve range of IDS.
#[cfg(feature = "exchange")]
pub const PR_RESERVE_RANGE_OF_IDS: u32 = 0xE7B0102;
/// Exchange message property: FID VID.
#[cfg(feature = "exchange")]
pub const PR_FID_VID: u32 = 0x664C0102;
/// Exchange message property: origin ID.
#[cfg(feature = "exchange")]
pub const PR_ORIGIN_ID: u32 = 0x664D0102;
/// Exchange message property: rank.
#[cfg(feature = "exchange")]
pub const PR_RANK: u32 = 0x67120003;
/// Exchange message property: message fold time.
#[cfg(feature = "exchange")]
pub const PR_MSG_FOLD_TIME: u32 = 0x66540040;
/// Exchange message property: ICS change key.
#[cfg(feature = "exchange")]
pub const PR_ICS_CHANGE_KEY: u32 = 0x66550102;
/// Exchange message property: deferred send number.
#[cfg(feature = "exchange")]
pub const PR_DEFERRED_SEND_NUMBER: u32 = 0x3FEB0003;
/// Exchange message property: deferred send units.
#[cfg(feature = "exchange")]
pub const PR_DEFERRED_SEND_UNITS: u32 = 0x3FEC0003;
/// Exchange message property: expiry number.
#[cfg(feature = "exchange")]
pub const PR_EXPIRY_NUMBER: u32 = 0x3FED0003;
/// Exchange message property: expiry units.
#[cfg(feature = "exchange")]
pub const PR_EXPIRY_UNITS: u32 = 0x3FEE0003;
/// Exchange message property: deferred send time.
#[cfg(feature = "exchange")]
pub const PR_DEFERRED_SEND_TIME: u32 = 0x3FEF0040;
/// Exchange message property: gw admin operations.
#[cfg(feature = "exchange")]
pub const PR_GW_ADMIN_OPERATIONS: u32 = 0x66580003;
/// Exchange message property: P1 content.
#[cfg(feature = "exchange")]
pub const PR_P1_CONTENT: u32 = 0x11000102;
/// Exchange message property: P1 content type.
#[cfg(feature = "exchange")]
pub const PR_P1_CONTENT_TYPE: u32 = 0x11010102;
/// Exchange message property: client actions.
#[cfg(feature = "exchange")]
pub const PR_CLIENT_ACTIONS: u32 = 0x66450102;
/// Exchange message property: DAM original entry ID.
#[cfg(feature = "exchange")]
pub const PR_DAM_ORIGINAL_ENTRYID: u32 = 0x66460102;
/// Exchange message property: DAM back patched.
#[cfg(feature = "exchange")]
pub const PR_DAM_BACK_PATCHED: u32 = 0x6647000B;
/// Exchange message property: internet content.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CONTENT: u32 = 0x66590102;
/// Exchange message property: internet content handle.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CONTENT_HANDLE: u32 = 0x66590103;
/// Exchange message property: internet content ea.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CONTENT_EA: u32 = 0x66590104;
/// Exchange message property: MIME size.
#[cfg(feature = "exchange")]
pub const PR_MIME_SIZE: u32 = 0x67460003;
/// Exchange message property: MIME size extended.
#[cfg(feature = "exchange")]
pub const PR_MIME_SIZE_EXTENDED: u32 = 0x67460014;
/// Exchange message property: file size.
#[cfg(feature = "exchange")]
pub const PR_FILE_SIZE: u32 = 0x67470003;
/// Exchange message property: file size extended.
#[cfg(feature = "exchange")]
pub const PR_FILE_SIZE_EXTENDED: u32 = 0x67470014;
/// Exchange message property: the format the sender edited the body in (`EDITOR_FORMAT_*`).
#[cfg(feature = "exchange")]
pub const PR_MSG_EDITOR_FORMAT: u32 = 0x59090003;
/// A value of `PR_MSG_EDITOR_FORMAT`, the format the sender edited the body in: dontknow.
#[cfg(feature = "exchange")]
pub const EDITOR_FORMAT_DONTKNOW: crate::ULONG = 0;
/// A value of `PR_MSG_EDITOR_FORMAT`, the format the sender edited the body in: plaintext.
#[cfg(feature = "exchange")]
pub const EDITOR_FORMAT_PLAINTEXT: crate::ULONG = 1;
/// A value of `PR_MSG_EDITOR_FORMAT`, the format the sender edited the body in: HTML.
#[cfg(feature = "exchange")]
pub const EDITOR_FORMAT_HTML: crate::ULONG = 2;
/// A value of `PR_MSG_EDITOR_FORMAT`, the format the sender edited the body in: RTF.
#[cfg(feature = "exchange")]
pub const EDITOR_FORMAT_RTF: crate::ULONG = 3;
/// Exchange message property: active user entry ID.
#[cfg(feature = "exchange")]
pub const PR_ACTIVE_USER_ENTRYID: u32 = 0x66520102;
/// Exchange message property: conflict entry ID.
#[cfg(feature = "exchange")]
pub const PR_CONFLICT_ENTRYID: u32 = 0x3FF00102;
/// Exchange message property: message locale ID.
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_LOCALE_ID: u32 = 0x3FF10003;
/// Exchange message property: message codepage.
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_CODEPAGE: u32 = 0x3FFD0003;
/// Exchange message property: storage quota limit.
#[cfg(feature = "exchange")]
pub const PR_STORAGE_QUOTA_LIMIT: u32 = 0x3FF50003;
/// Exchange message property: excess storage used.
#[cfg(feature = "exchange")]
pub const PR_EXCESS_STORAGE_USED: u32 = 0x3FF60003;
/// Exchange message property: svr generating quota message.
#[cfg(feature = "exchange")]
pub const PR_SVR_GENERATING_QUOTA_MSG: u32 = 0x3FF7001F;
/// Exchange message property: svr generating quota message.
#[cfg(feature = "exchange")]
pub const PR_SVR_GENERATING_QUOTA_MSG_A: u32 = 0x3FF7001E;
/// Exchange message property: svr generating quota message.
#[cfg(feature = "exchange")]
pub const PR_SVR_GENERATING_QUOTA_MSG_W: u32 = 0x3FF7001F;
/// Exchange message property: delegated by rule.
#[cfg(feature = "exchange")]
pub const PR_DELEGATED_BY_RULE: u32 = 0x3FE3000B;
/// An Exchange bit of `PR_MSG_STATUS`: in conflict.
#[cfg(feature = "exchange")]
pub const MSGSTATUS_IN_CONFLICT: crate::ULONG = 0x800;
/// An Exchange bit of `PR_MSG_STATUS`: mdnsent.
#[cfg(feature = "exchange")]
pub const MSGSTATUS_MDNSENT: crate::ULONG = 0x4000;
/// A value of `PR_X400_ENVELOPE_TYPE`: blank.
#[cfg(feature = "exchange")]
pub const ENV_BLANK: crate::ULONG = 0;
/// A value of `PR_X400_ENVELOPE_TYPE`: recip number.
#[cfg(feature = "exchange")]
pub const ENV_RECIP_NUM: crate::ULONG = 1;
/// A value of `PR_X400_ENVELOPE_TYPE`: message ext.
#[cfg(feature = "exchange")]
pub const ENV_MSG_EXT: crate::ULONG = 2;
/// A value of `PR_X400_ENVELOPE_TYPE`: recip ext.
#[cfg(feature = "exchange")]
pub const ENV_RECIP_EXT: crate::ULONG = 4;
/// Exchange property: which X.400 envelope extensions the message carries (`ENV_*`).
#[cfg(feature = "exchange")]
pub const PR_X400_ENVELOPE_TYPE: u32 = 0x66530003;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: DR.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_DR: crate::ULONG = 1;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: NDR.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_NDR: crate::ULONG = 2;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: RN.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_RN: crate::ULONG = 4;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: NRN.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_NRN: crate::ULONG = 8;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: OOF.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_OOF: crate::ULONG = 0x10;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: auto reply.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_AUTO_REPLY: crate::ULONG = 0x20;
/// A bit of `PR_AUTO_RESPONSE_SUPPRESS`, a kind of automatic response not to send: NORFC821FROM.
#[cfg(feature = "exchange")]
pub const AUTO_RESPONSE_SUPPRESS_NORFC821FROM: crate::ULONG = 0x40;
/// Exchange message property: auto response suppress.
#[cfg(feature = "exchange")]
pub const PR_AUTO_RESPONSE_SUPPRESS: u32 = 0x3FDF0003;
/// Exchange message property: internet CPID.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_CPID: u32 = 0x3FDE0003;
/// Exchange message property: syncevent fired.
#[cfg(feature = "exchange")]
pub const PR_SYNCEVENT_FIRED: u32 = 0x664F000B;
/// Exchange property: in conflict.
#[cfg(feature = "exchange")]
pub const PR_IN_CONFLICT: u32 = 0x666C000B;
/// Exchange property: when the item or folder was deleted (soft deletion).
#[cfg(feature = "exchange")]
pub const PR_DELETED_ON: u32 = 0x668F0040;
/// Exchange property: deleted message count.
#[cfg(feature = "exchange")]
pub const PR_DELETED_MSG_COUNT: u32 = 0x66400003;
/// Exchange property: deleted assoc message count.
#[cfg(feature = "exchange")]
pub const PR_DELETED_ASSOC_MSG_COUNT: u32 = 0x66430003;
/// Exchange property: deleted folder count.
#[cfg(feature = "exchange")]
pub const PR_DELETED_FOLDER_COUNT: u32 = 0x66410003;
/// Exchange property: oldest deleted on.
#[cfg(feature = "exchange")]
pub const PR_OLDEST_DELETED_ON: u32 = 0x66420040;
/// Exchange property: deleted message size extended.
#[cfg(feature = "exchange")]
pub const PR_DELETED_MESSAGE_SIZE_EXTENDED: u32 = 0x669B0014;
/// Exchange property: deleted normal message size extended.
#[cfg(feature = "exchange")]
pub const PR_DELETED_NORMAL_MESSAGE_SIZE_EXTENDED: u32 = 0x669C0014;
/// Exchange property: deleted assoc message size extended.
#[cfg(feature = "exchange")]
pub const PR_DELETED_ASSOC_MESSAGE_SIZE_EXTENDED: u32 = 0x669D0014;
/// Exchange property: retention age limit.
#[cfg(feature = "exchange")]
pub const PR_RETENTION_AGE_LIMIT: u32 = 0x66C40003;
/// Exchange property: disable peruser read.
#[cfg(feature = "exchange")]
pub const PR_DISABLE_PERUSER_READ: u32 = 0x66C5000B;
/// Exchange property: last full backup.
#[cfg(feature = "exchange")]
pub const PR_LAST_FULL_BACKUP: u32 = 0x66850040;
/// Exchange property: URL name.
#[cfg(feature = "exchange")]
pub const PR_URL_NAME: u32 = 0x6707001F;
/// Exchange property: URL name.
#[cfg(feature = "exchange")]
pub const PR_URL_NAME_A: u32 = 0x6707001E;
/// Exchange property: URL name.
#[cfg(feature = "exchange")]
pub const PR_URL_NAME_W: u32 = 0x6707001F;
/// Exchange property: URL comp name.
#[cfg(feature = "exchange")]
pub const PR_URL_COMP_NAME: u32 = 0x10F3001F;
/// Exchange property: URL comp name.
#[cfg(feature = "exchange")]
pub const PR_URL_COMP_NAME_A: u32 = 0x10F3001E;
/// Exchange property: URL comp name.
#[cfg(feature = "exchange")]
pub const PR_URL_COMP_NAME_W: u32 = 0x10F3001F;
/// Exchange property: parent URL name.
#[cfg(feature = "exchange")]
pub const PR_PARENT_URL_NAME: u32 = 0x670D001F;
/// Exchange property: parent URL name.
#[cfg(feature = "exchange")]
pub const PR_PARENT_URL_NAME_A: u32 = 0x670D001E;
/// Exchange property: parent URL name.
#[cfg(feature = "exchange")]
pub const PR_PARENT_URL_NAME_W: u32 = 0x670D001F;
/// Exchange property: flat URL name.
#[cfg(feature = "exchange")]
pub const PR_FLAT_URL_NAME: u32 = 0x670E001F;
/// Exchange property: flat URL name.
#[cfg(feature = "exchange")]
pub const PR_FLAT_URL_NAME_A: u32 = 0x670E001E;
/// Exchange property: flat URL name.
#[cfg(feature = "exchange")]
pub const PR_FLAT_URL_NAME_W: u32 = 0x670E001F;
/// Exchange property: src URL name.
#[cfg(feature = "exchange")]
pub const PR_SRC_URL_NAME: u32 = 0x670F001F;
/// Exchange property: src URL name.
#[cfg(feature = "exchange")]
pub const PR_SRC_URL_NAME_A: u32 = 0x670F001E;
/// Exchange property: src URL name.
#[cfg(feature = "exchange")]
pub const PR_SRC_URL_NAME_W: u32 = 0x670F001F;
/// The path prefix of Exchange's flat URL space (Unicode).
#[cfg(feature = "exchange")]
pub const WSZ_URL_FLAT_FOLDER_SPACE: &[u16] = &[
    47u16, 45u16, 70u16, 108u16, 97u16, 116u16, 85u16, 114u16, 108u16, 83u16, 112u16,
    97u16, 99u16, 101u16, 45u16, 47u16, 0u16,
];
/// The length, in characters, of `WSZ_URL_FLAT_FOLDER_SPACE`.
#[cfg(feature = "exchange")]
pub const cwchUrlFlatFolderSpace: crate::ULONG = 0x10;
/// Exchange property: secure in site.
#[cfg(feature = "exchange")]
pub const PR_SECURE_IN_SITE: u32 = 0x669E000B;
/// Exchange property: local commit time.
#[cfg(feature = "exchange")]
pub const PR_LOCAL_COMMIT_TIME: u32 = 0x67090040;
/// Exchange property: local commit time max.
#[cfg(feature = "exchange")]
pub const PR_LOCAL_COMMIT_TIME_MAX: u32 = 0x670A0040;
/// Exchange property: deleted count total.
#[cfg(feature = "exchange")]
pub const PR_DELETED_COUNT_TOTAL: u32 = 0x670B0003;
/// Exchange property: auto reset.
#[cfg(feature = "exchange")]
pub const PR_AUTO_RESET: u32 = 0x670C1048;
/// Exchange contents table column: the row's long-term entry ID.
#[cfg(feature = "exchange")]
pub const PR_LONGTERM_ENTRYID_FROM_TABLE: u32 = 0x66700102;
/// Exchange contents table column: whether the row is a subfolder.
#[cfg(feature = "exchange")]
pub const PR_SUBFOLDER: u32 = 0x6708000B;
/// Exchange property: a short-term entry ID of the object's parent folder.
#[cfg(feature = "exchange")]
pub const PR_SHORTTERM_PARENT_ENTRYID_FROM_OBJECT: u32 = 0x66710102;
/// Exchange property: a short-term entry ID of the object itself.
#[cfg(feature = "exchange")]
pub const PR_SHORTTERM_ENTRYID_FROM_OBJECT: u32 = 0x66720102;
/// Exchange gateway envelope property: the originator's display name.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_NAME: u32 = 0x665B001F;
/// Exchange gateway envelope property: the originator's display name.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_NAME_A: u32 = 0x665B001E;
/// Exchange gateway envelope property: the originator's display name.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_NAME_W: u32 = 0x665B001F;
/// Exchange gateway envelope property: the originator's e-mail address.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ADDR: u32 = 0x665C001F;
/// Exchange gateway envelope property: the originator's e-mail address.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ADDR_A: u32 = 0x665C001E;
/// Exchange gateway envelope property: the originator's e-mail address.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ADDR_W: u32 = 0x665C001F;
/// Exchange gateway envelope property: the type of the originator's address.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ADDRTYPE: u32 = 0x665D001F;
/// Exchange gateway envelope property: the type of the originator's address.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ADDRTYPE_A: u32 = 0x665D001E;
/// Exchange gateway envelope property: the type of the originator's address.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ADDRTYPE_W: u32 = 0x665D001F;
/// Exchange gateway envelope property: the originator's entry ID.
#[cfg(feature = "exchange")]
pub const PR_ORIGINATOR_ENTRYID: u32 = 0x665E0102;
/// Exchange gateway envelope property: when the message arrived.
#[cfg(feature = "exchange")]
pub const PR_ARRIVAL_TIME: u32 = 0x665F0040;
/// Exchange gateway envelope property: the message's trace information (`TRACEINFO`).
#[cfg(feature = "exchange")]
pub const PR_TRACE_INFO: u32 = 0x66600102;
/// Exchange gateway envelope property: Exchange's internal trace information (`INTTRACEINFO`).
#[cfg(feature = "exchange")]
pub const PR_INTERNAL_TRACE_INFO: u32 = 0x666A0102;
/// Exchange gateway envelope property: the trace information of the subject message, in a report.
#[cfg(feature = "exchange")]
pub const PR_SUBJECT_TRACE_INFO: u32 = 0x66610102;
/// Exchange gateway envelope property: the recipient's number in the message.
#[cfg(feature = "exchange")]
pub const PR_RECIPIENT_NUMBER: u32 = 0x66620003;
/// Exchange property: MTS subject ID.
#[cfg(feature = "exchange")]
pub const PR_MTS_SUBJECT_ID: u32 = 0x66630102;
/// Exchange property: report destination name.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_NAME: u32 = 0x6664001F;
/// Exchange property: report destination name.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_NAME_A: u32 = 0x6664001E;
/// Exchange property: report destination name.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_NAME_W: u32 = 0x6664001F;
/// Exchange property: report destination entry ID.
#[cfg(feature = "exchange")]
pub const PR_REPORT_DESTINATION_ENTRYID: u32 = 0x66650102;
/// Exchange property: content search key.
#[cfg(feature = "exchange")]
pub const PR_CONTENT_SEARCH_KEY: u32 = 0x66660102;
/// Exchange property: foreign ID.
#[cfg(feature = "exchange")]
pub const PR_FOREIGN_ID: u32 = 0x66670102;
/// Exchange property: foreign report ID.
#[cfg(feature = "exchange")]
pub const PR_FOREIGN_REPORT_ID: u32 = 0x66680102;
/// Exchange property: foreign subject ID.
#[cfg(feature = "exchange")]
pub const PR_FOREIGN_SUBJECT_ID: u32 = 0x66690102;
/// Exchange property: promote prop ID list.
#[cfg(feature = "exchange")]
pub const PR_PROMOTE_PROP_ID_LIST: u32 = 0x666B0102;
/// The longest X.400 name of its kind, in characters: ADMD name siz.
#[cfg(feature = "exchange")]
pub const MAX_ADMD_NAME_SIZ: crate::ULONG = 0x11;
/// The longest X.400 name of its kind, in characters: PRMD name siz.
#[cfg(feature = "exchange")]
pub const MAX_PRMD_NAME_SIZ: crate::ULONG = 0x11;
/// The longest X.400 name of its kind, in characters: country name siz.
#[cfg(feature = "exchange")]
pub const MAX_COUNTRY_NAME_SIZ: crate::ULONG = 4;
/// The longest X.400 name of its kind, in characters: MTA name siz.
#[cfg(feature = "exchange")]
pub const MAX_MTA_NAME_SIZ: crate::ULONG = 0x21;
/// Padding after the ADMD name in a trace entry (`TRACEENTRY`), in bytes.
#[cfg(feature = "exchange")]
pub const ADMN_PAD: crate::ULONG = 3;
/// Padding after the PRMD id in a trace entry (`TRACEENTRY`), in bytes.
#[cfg(feature = "exchange")]
pub const PRMD_PAD: crate::ULONG = 3;
/// Padding after the country name in a trace entry (`TRACEENTRY`), in bytes.
#[cfg(feature = "exchange")]
pub const COUNTRY_PAD: crate::ULONG = 0;
/// Padding after the MTA name in a trace entry (`TRACEENTRY`), in bytes.
#[cfg(feature = "exchange")]
pub const MTA_PAD: crate::ULONG = 3;
/// Padding after the attempted PRMD id in a trace entry (`TRACEENTRY`), in bytes.
#[cfg(feature = "exchange")]
pub const PRMD_PAD_FOR_ACTIONS: crate::ULONG = 2;
/// Padding after the attempted MTA name in an internal trace entry (`INTTRACEENTRY`), in bytes.
#[cfg(feature = "exchange")]
pub const MTA_PAD_FOR_ACTIONS: crate::ULONG = 2;
/// Property type of a restriction (`SRestriction`) value, as rules use in `PR_RULE_CONDITION`.
#[cfg(feature = "exchange")]
pub const PT_SRESTRICTION: crate::ULONG = 0xFD;
/// Property type of a rule action list (`ACTIONS`), as `PR_RULE_ACTIONS` holds.
#[cfg(feature = "exchange")]
pub const PT_ACTIONS: crate::ULONG = 0xFE;
/// Exchange property type: the value is in the file whose handle `Value.l` holds.
#[cfg(feature = "exchange")]
pub const PT_FILE_HANDLE: crate::ULONG = 0x103;
/// Exchange property type: the value is in the file named by an extended attribute.
#[cfg(feature = "exchange")]
pub const PT_FILE_EA: crate::ULONG = 0x104;
/// Exchange property type of virtual properties, which only restrictions may name.
#[cfg(feature = "exchange")]
pub const PT_VIRTUAL: crate::ULONG = 0x105;
/// Exchange property: NT user name.
#[cfg(feature = "exchange")]
pub const PR_NT_USER_NAME: u32 = 0x66A0001F;
/// Exchange property: NT user name.
#[cfg(feature = "exchange")]
pub const PR_NT_USER_NAME_A: u32 = 0x66A0001E;
/// Exchange property: NT user name.
#[cfg(feature = "exchange")]
pub const PR_NT_USER_NAME_W: u32 = 0x66A0001F;
/// Exchange property: last logon time.
#[cfg(feature = "exchange")]
pub const PR_LAST_LOGON_TIME: u32 = 0x66A20040;
/// Exchange property: last logoff time.
#[cfg(feature = "exchange")]
pub const PR_LAST_LOGOFF_TIME: u32 = 0x66A30040;
/// Exchange property: storage limit information.
#[cfg(feature = "exchange")]
pub const PR_STORAGE_LIMIT_INFORMATION: u32 = 0x66A40003;
/// Exchange property: internet MDNS.
#[cfg(feature = "exchange")]
pub const PR_INTERNET_MDNS: u32 = 0x66A5000B;
/// Exchange property: quota warning threshold.
#[cfg(feature = "exchange")]
pub const PR_QUOTA_WARNING_THRESHOLD: u32 = 0x67210003;
/// Exchange property: quota send threshold.
#[cfg(feature = "exchange")]
pub const PR_QUOTA_SEND_THRESHOLD: u32 = 0x67220003;
/// Exchange property: quota receive threshold.
#[cfg(feature = "exchange")]
pub const PR_QUOTA_RECEIVE_THRESHOLD: u32 = 0x67230003;
/// Exchange property: folder flags.
#[cfg(feature = "exchange")]
pub const PR_FOLDER_FLAGS: u32 = 0x66A80003;
/// Exchange property: last access time.
#[cfg(feature = "exchange")]
pub const PR_LAST_ACCESS_TIME: u32 = 0x66A90040;
/// Exchange property: restriction count.
#[cfg(feature = "exchange")]
pub const PR_RESTRICTION_COUNT: u32 = 0x66AA0003;
/// Exchange property: categ count.
#[cfg(feature = "exchange")]
pub const PR_CATEG_COUNT: u32 = 0x66AB0003;
/// Exchange property: cached column count.
#[cfg(feature = "exchange")]
pub const PR_CACHED_COLUMN_COUNT: u32 = 0x66AC0003;
/// Exchange property: normal message with attachment count.
#[cfg(feature = "exchange")]
pub const PR_NORMAL_MSG_W_ATTACH_COUNT: u32 = 0x66AD0003;
/// Exchange property: assoc message with attachment count.
#[cfg(feature = "exchange")]
pub const PR_ASSOC_MSG_W_ATTACH_COUNT: u32 = 0x66AE0003;
/// Exchange property: recipient on normal message count.
#[cfg(feature = "exchange")]
pub const PR_RECIPIENT_ON_NORMAL_MSG_COUNT: u32 = 0x66AF0003;
/// Exchange property: recipient on assoc message count.
#[cfg(feature = "exchange")]
pub const PR_RECIPIENT_ON_ASSOC_MSG_COUNT: u32 = 0x66B00003;
/// Exchange property: attachment on normal message count.
#[cfg(feature = "exchange")]
pub const PR_ATTACH_ON_NORMAL_MSG_COUNT: u32 = 0x66B10003;
/// Exchange property: attachment on assoc message count.
#[cfg(feature = "exchange")]
pub const PR_ATTACH_ON_ASSOC_MSG_COUNT: u32 = 0x66B20003;
/// Exchange property: normal message size.
#[cfg(feature = "exchange")]
pub const PR_NORMAL_MESSAGE_SIZE: u32 = 0x66B30003;
/// Exchange property: normal message size extended.
#[cfg(feature = "exchange")]
pub const PR_NORMAL_MESSAGE_SIZE_EXTENDED: u32 = 0x66B30014;
/// Exchange property: assoc message size.
#[cfg(feature = "exchange")]
pub const PR_ASSOC_MESSAGE_SIZE: u32 = 0x66B40003;
/// Exchange property: assoc message size extended.
#[cfg(feature = "exchange")]
pub const PR_ASSOC_MESSAGE_SIZE_EXTENDED: u32 = 0x66B40014;
/// Exchange property: folder pathname.
#[cfg(feature = "exchange")]
pub const PR_FOLDER_PATHNAME: u32 = 0x66B5001F;
/// Exchange property: folder pathname.
#[cfg(feature = "exchange")]
pub const PR_FOLDER_PATHNAME_A: u32 = 0x66B5001E;
/// Exchange property: folder pathname.
#[cfg(feature = "exchange")]
pub const PR_FOLDER_PATHNAME_W: u32 = 0x66B5001F;
/// Exchange property: owner count.
#[cfg(feature = "exchange")]
pub const PR_OWNER_COUNT: u32 = 0x66B60003;
/// Exchange property: contact count.
#[cfg(feature = "exchange")]
pub const PR_CONTACT_COUNT: u32 = 0x66B70003;
/// Exchange property: PF over hard quota limit.
#[cfg(feature = "exchange")]
pub const PR_PF_OVER_HARD_QUOTA_LIMIT: u32 = 0x67210014;
/// Exchange property: PF message size limit.
#[cfg(feature = "exchange")]
pub const PR_PF_MSG_SIZE_LIMIT: u32 = 0x67220014;
/// Exchange property: PF disallow MDB wide expiry.
#[cfg(feature = "exchange")]
pub const PR_PF_DISALLOW_MDB_WIDE_EXPIRY: u32 = 0x6723000B;
/// Exchange property: the locale identifier (LCID) of the logon or item.
#[cfg(feature = "exchange")]
pub const PR_LOCALE_ID: u32 = 0x66A10003;
/// Exchange property: the code page of the logon or item.
#[cfg(feature = "exchange")]
pub const PR_CODE_PAGE_ID: u32 = 0x66C30003;
/// Exchange property: the locale identifier (LCID) tables are sorted by.
#[cfg(feature = "exchange")]
pub const PR_SORT_LOCALE_ID: u32 = 0x67050003;
/// Exchange message property: the message size as a 64-bit integer (`PR_MESSAGE_SIZE` is 32-bit).
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_SIZE_EXTENDED: u32 = 0xE080014;
/// A bit of `PR_FOLDER_FLAGS` (public folder table): IPM.
#[cfg(feature = "exchange")]
pub const MDB_FOLDER_IPM: crate::ULONG = 1;
/// A bit of `PR_FOLDER_FLAGS` (public folder table): search.
#[cfg(feature = "exchange")]
pub const MDB_FOLDER_SEARCH: crate::ULONG = 2;
/// A bit of `PR_FOLDER_FLAGS` (public folder table): normal.
#[cfg(feature = "exchange")]
pub const MDB_FOLDER_NORMAL: crate::ULONG = 4;
/// A bit of `PR_FOLDER_FLAGS` (public folder table): rules.
#[cfg(feature = "exchange")]
pub const MDB_FOLDER_RULES: crate::ULONG = 8;
/// A value of `PR_STORAGE_LIMIT_INFORMATION`, the state of a mailbox against its quotas: below.
#[cfg(feature = "exchange")]
pub const MDB_LIMIT_BELOW: crate::ULONG = 1;
/// A value of `PR_STORAGE_LIMIT_INFORMATION`, the state of a mailbox against its quotas: issue warning.
#[cfg(feature = "exchange")]
pub const MDB_LIMIT_ISSUE_WARNING: crate::ULONG = 2;
/// A value of `PR_STORAGE_LIMIT_INFORMATION`, the state of a mailbox against its quotas: prohibit send.
#[cfg(feature = "exchange")]
pub const MDB_LIMIT_PROHIBIT_SEND: crate::ULONG = 4;
/// A value of `PR_STORAGE_LIMIT_INFORMATION`, the state of a mailbox against its quotas: no check.
#[cfg(feature = "exchange")]
pub const MDB_LIMIT_NO_CHECK: crate::ULONG = 8;
/// A value of `PR_STORAGE_LIMIT_INFORMATION`, the state of a mailbox against its quotas: disabled.
#[cfg(feature = "exchange")]
pub const MDB_LIMIT_DISABLED: crate::ULONG = 0x10;
/// A quota value of the mailbox table: noquota.
#[cfg(feature = "exchange")]
pub const MDB_QUOTA_NOQUOTA: crate::ULONG = 0xFFFFFFFF;
/// An Exchange flag of `IMAPIFolder::CopyMessages`: best body.
#[cfg(feature = "exchange")]
pub const MESSAGE_BEST_BODY: crate::ULONG = 0x10;
/// An Exchange flag of `IMAPIFolder::CopyMessages`: send entry ID.
#[cfg(feature = "exchange")]
pub const MESSAGE_SEND_ENTRYID: crate::ULONG = 0x20;
/// An Exchange flag of `GetHierarchyTable`: no table notifications for changes the caller makes.
#[cfg(feature = "exchange")]
pub const SUPRESS_NOTIFICATIONS_ON_MY_ACTIONS: crate::ULONG = 0x1000;
/// Exchange property: auto add new subs.
#[cfg(feature = "exchange")]
pub const PR_AUTO_ADD_NEW_SUBS: u32 = 0x65E5000B;
/// Exchange property: new subs get auto add.
#[cfg(feature = "exchange")]
pub const PR_NEW_SUBS_GET_AUTO_ADD: u32 = 0x65E6000B;
/// Exchange property: offline flags.
#[cfg(feature = "exchange")]
pub const PR_OFFLINE_FLAGS: u32 = 0x663D0003;
/// Exchange property: synchronize flags.
#[cfg(feature = "exchange")]
pub const PR_SYNCHRONIZE_FLAGS: u32 = 0x65E40003;
/// A flag of the offline folders API: available offline.
#[cfg(feature = "exchange")]
pub const OF_AVAILABLE_OFFLINE: crate::ULONG = 1;
/// A flag of the offline folders API: force.
#[cfg(feature = "exchange")]
pub const OF_FORCE: crate::ULONG = 0x80000000;
/// A flag of the offline folders API: do not synchronize at startup.
#[cfg(feature = "exchange")]
pub const SF_DISABLE_STARTUP_SYNC: crate::ULONG = 1;
/// Exchange property: message site name.
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_SITE_NAME: u32 = 0x65E7001F;
/// Exchange property: message site name.
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_SITE_NAME_A: u32 = 0x65E7001E;
/// Exchange property: message site name.
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_SITE_NAME_W: u32 = 0x65E7001F;
/// Exchange property: message processed.
#[cfg(feature = "exchange")]
pub const PR_MESSAGE_PROCESSED: u32 = 0x65E8000B;
/// Exchange property: message body ID.
#[cfg(feature = "exchange")]
pub const PR_MSG_BODY_ID: u32 = 0x3FDD0003;
/// Exchange property: bilateral information.
#[cfg(feature = "exchange")]
pub const PR_BILATERAL_INFO: u32 = 0x3FDC0102;
/// Exchange property: DL report flags.
#[cfg(feature = "exchange")]
pub const PR_DL_REPORT_FLAGS: u32 = 0x3FDB0003;
/// A bit of `PR_DL_REPORT_FLAGS`, for private distribution lists: hide members.
#[cfg(feature = "exchange")]
pub const PRIV_DL_HIDE_MEMBERS: crate::ULONG = 1;
/// A bit of `PR_DL_REPORT_FLAGS`, for private distribution lists: report to orig.
#[cfg(feature = "exchange")]
pub const PRIV_DL_REPORT_TO_ORIG: crate::ULONG = 2;
/// A bit of `PR_DL_REPORT_FLAGS`, for private distribution lists: report to owner.
#[cfg(feature = "exchange")]
pub const PRIV_DL_REPORT_TO_OWNER: crate::ULONG = 4;
/// A bit of `PR_DL_REPORT_FLAGS`, for private distribution lists: allow OOF.
#[cfg(feature = "exchange")]
pub const PRIV_DL_ALLOW_OOF: crate::ULONG = 8;
/// Exchange message property: a short summary of the message.
#[cfg(feature = "exchange")]
pub const PR_ABSTRACT: u32 = 0x3FDA001F;
/// Exchange message property: a short summary of the message.
#[cfg(feature = "exchange")]
pub const PR_ABSTRACT_A: u32 = 0x3FDA001E;
/// Exchange message property: a short summary of the message.
#[cfg(feature = "exchange")]
pub const PR_ABSTRACT_W: u32 = 0x3FDA001F;
/// Exchange contents table property: the message's abstract, or the first characters of its body.
#[cfg(feature = "exchange")]
pub const PR_PREVIEW: u32 = 0x3FD9001F;
/// Exchange contents table property: the message's abstract, or the first characters of its body.
#[cfg(feature = "exchange")]
pub const PR_PREVIEW_A: u32 = 0x3FD9001E;
/// Exchange contents table property: the message's abstract, or the first characters of its body.
#[cfg(feature = "exchange")]
pub const PR_PREVIEW_W: u32 = 0x3FD9001F;
/// Exchange contents table property: the preview of an unread message.
#[cfg(feature = "exchange")]
pub const PR_PREVIEW_UNREAD: u32 = 0x3FD8001F;
/// Exchange contents table property: the preview of an unread message.
#[cfg(feature = "exchange")]
pub const PR_PREVIEW_UNREAD_A: u32 = 0x3FD8001E;
/// Exchange contents table property: the preview of an unread message.
#[cfg(feature = "exchange")]
pub const PR_PREVIEW_UNREAD_W: u32 = 0x3FD8001F;
/// Exchange property: disable full fidelity.
#[cfg(feature = "exchange")]
pub const PR_DISABLE_FULL_FIDELITY: u32 = 0x10F2000B;
/// Exchange property: attr hidden.
#[cfg(feature = "exchange")]
pub const PR_ATTR_HIDDEN: u32 = 0x10F4000B;
/// Exchange property: attr system.
#[cfg(feature = "exchange")]
pub const PR_ATTR_SYSTEM: u32 = 0x10F5000B;
/// Exchange property: attr readonly.
#[cfg(feature = "exchange")]
pub const PR_ATTR_READONLY: u32 = 0x10F6000B;
/// Exchange property: admin security descriptor.
#[cfg(feature = "exchange")]
pub const PR_ADMIN_SECURITY_DESCRIPTOR: u32 = 0x3D210102;
/// Exchange property: WIN32 security descriptor.
#[cfg(feature = "exchange")]
pub const PR_WIN32_SECURITY_DESCRIPTOR: u32 = 0x3D220102;
/// Exchange property: non WIN32 ACL.
#[cfg(feature = "exchange")]
pub const PR_NON_WIN32_ACL: u32 = 0x3D23000B;
/// Exchange property: item level ACL.
#[cfg(feature = "exchange")]
pub const PR_ITEM_LEVEL_ACL: u32 = 0x3D24000B;
/// Exchange property: dav transfer security descriptor.
#[cfg(feature = "exchange")]
pub const PR_DAV_TRANSFER_SECURITY_DESCRIPTOR: u32 = 0xE840102;
/// Exchange property: store slowlink.
#[cfg(feature = "exchange")]
pub const PR_STORE_SLOWLINK: u32 = 0x7C0A000B;
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V2.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V2: &::core::ffi::CStr = c"Software\\Microsoft\\Windows CE Services";
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V2 major.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V2_MAJOR: &::core::ffi::CStr = c"MajorVersion";
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V2 minor.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V2_MINOR: &::core::ffi::CStr = c"MinorVersion";
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V1.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V1: &::core::ffi::CStr = c"Software\\Microsoft\\Pegasus";
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V1 major.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V1_MAJOR: &::core::ffi::CStr = c"MajorVersion";
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V1 minor.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V1_MINOR: &::core::ffi::CStr = c"MinorVersion";
/// A registry key or value name of the handheld PC (Windows CE) synchronization services: V1 0.
#[cfg(feature = "exchange")]
pub const SZ_HPC_V1_0: &::core::ffi::CStr = c"InstalledDir";
/// The registry key of Outlook's offline store options.
#[cfg(feature = "exchange")]
pub const SZ_OUTL_OST_OPTIONS: &::core::ffi::CStr = c"Software\\Microsoft\\Office\\8.0\\Outlook\\OST";
/// The registry value name that says whether an offline store may be used (`NO_OST_*`).
#[cfg(feature = "exchange")]
pub const SZ_NO_OST: &::core::ffi::CStr = c"NoOST";
/// A value of the `NoOST` registry setting, which says whether an offline store may be used: flag allowed.
#[cfg(feature = "exchange")]
pub const NO_OST_FLAG_ALLOWED: crate::ULONG = 0;
/// A value of the `NoOST` registry setting, which says whether an offline store may be used: flag cache only.
#[cfg(feature = "exchange")]
pub const NO_OST_FLAG_CACHE_ONLY: crate::ULONG = 1;
/// A value of the `NoOST` registry setting, which says whether an offline store may be used: flag not allowed.
#[cfg(feature = "exchange")]
pub const NO_OST_FLAG_NOT_ALLOWED: crate::ULONG = 2;
/// A value of the `NoOST` registry setting, which says whether an offline store may be used: flag no cache.
#[cfg(feature = "exchange")]
pub const NO_OST_FLAG_NO_CACHE: crate::ULONG = 3;
/// A value of the `NoOST` registry setting, which says whether an offline store may be used: default.
#[cfg(feature = "exchange")]
pub const NO_OST_DEFAULT: crate::ULONG = 0;
/// Exchange property: syncevent suppress GUID.
#[cfg(feature = "exchange")]
pub const PR_SYNCEVENT_SUPPRESS_GUID: u32 = 0x38800102;
/// Exchange property: lock branch ID.
#[cfg(feature = "exchange")]
pub const PR_LOCK_BRANCH_ID: u32 = 0x38000014;
/// Exchange property: lock resource FID.
#[cfg(feature = "exchange")]
pub const PR_LOCK_RESOURCE_FID: u32 = 0x38010014;
/// Exchange property: lock resource DID.
#[cfg(feature = "exchange")]
pub const PR_LOCK_RESOURCE_DID: u32 = 0x38020014;
/// Exchange property: lock resource VID.
#[cfg(feature = "exchange")]
pub const PR_LOCK_RESOURCE_VID: u32 = 0x38030014;
/// Exchange property: lock enlistment context.
#[cfg(feature = "exchange")]
pub const PR_LOCK_ENLISTMENT_CONTEXT: u32 = 0x38040102;
/// Exchange property: lock type.
#[cfg(feature = "exchange")]
pub const PR_LOCK_TYPE: u32 = 0x38050002;
/// Exchange property: lock scope.
#[cfg(feature = "exchange")]
pub const PR_LOCK_SCOPE: u32 = 0x38060002;
/// Exchange property: lock transient ID.
#[cfg(feature = "exchange")]
pub const PR_LOCK_TRANSIENT_ID: u32 = 0x38070102;
/// Exchange property: lock depth.
#[cfg(feature = "exchange")]
pub const PR_LOCK_DEPTH: u32 = 0x38080003;
/// Exchange property: lock timeout.
#[cfg(feature = "exchange")]
pub const PR_LOCK_TIMEOUT: u32 = 0x38090003;
/// Exchange property: lock expiry time.
#[cfg(feature = "exchange")]
pub const PR_LOCK_EXPIRY_TIME: u32 = 0x380A0040;
/// Exchange property: lock GLID.
#[cfg(feature = "exchange")]
pub const PR_LOCK_GLID: u32 = 0x380B0102;
/// Exchange property: lock null URL (Unicode).
#[cfg(feature = "exchange")]
pub const PR_LOCK_NULL_URL_W: u32 = 0x380C001F;
/// A flag of Exchange item locking: non persistent.
#[cfg(feature = "exchange")]
pub const LOCK_NON_PERSISTENT: crate::ULONG = 1;
/// A flag of Exchange item locking: blocking MID lock.
#[cfg(feature = "exchange")]
pub const LOCK_BLOCKING_MID_LOCK: crate::ULONG = 2;
/// A flag of Exchange item locking: null resource.
#[cfg(feature = "exchange")]
pub const LOCK_NULL_RESOURCE: crate::ULONG = 4;
/// A flag of Exchange item locking: read access check only.
#[cfg(feature = "exchange")]
pub const LOCK_READ_ACCESS_CHECK_ONLY: crate::ULONG = 8;
/// A flag of Exchange item locking: write through GOP.
#[cfg(feature = "exchange")]
pub const LOCK_WRITE_THROUGH_GOP: crate::ULONG = 0x10000;
/// A flag of Exchange item locking: reserved.
#[cfg(feature = "exchange")]
pub const LOCK_RESERVED: crate::ULONG = 0x80000000;
/// A flag of Exchange item unlocking: checkin abort.
#[cfg(feature = "exchange")]
pub const UNLOCK_CHECKIN_ABORT: crate::ULONG = 1;
/// A flag of Exchange item unlocking: checkin keep locked.
#[cfg(feature = "exchange")]
pub const UNLOCK_CHECKIN_KEEP_LOCKED: crate::ULONG = 2;
/// A flag of Exchange item unlocking: blocking MID lock all.
#[cfg(feature = "exchange")]
pub const UNLOCK_BLOCKING_MID_LOCK_ALL: crate::ULONG = 4;
/// A flag of Exchange item unlocking: blocking MID lock logon only.
#[cfg(feature = "exchange")]
pub const UNLOCK_BLOCKING_MID_LOCK_LOGON_ONLY: crate::ULONG = 8;
/// A flag of Exchange item unlocking: null resource.
#[cfg(feature = "exchange")]
pub const UNLOCK_NULL_RESOURCE: crate::ULONG = 0x10;
/// A flag of Exchange item unlocking: write through GOP.
#[cfg(feature = "exchange")]
pub const UNLOCK_WRITE_THROUGH_GOP: crate::ULONG = 0x10000;
/// A flag of versioned item operations: delete.
#[cfg(feature = "exchange")]
pub const fVersionedDelete: crate::ULONG = 1;
/// A flag of versioned item operations: un delete.
#[cfg(feature = "exchange")]
pub const fVersionedUnDelete: crate::ULONG = 2;
/// A flag of versioned item operations: pin.
#[cfg(feature = "exchange")]
pub const fVersionedPin: crate::ULONG = 4;
/// A flag of versioned item operations: un pin.
#[cfg(feature = "exchange")]
pub const fVersionedUnPin: crate::ULONG = 8;
/// A flag of versioned item operations: move in.
#[cfg(feature = "exchange")]
pub const fVersionedMoveIn: crate::ULONG = 0x10;
/// A flag of versioned item operations: move out.
#[cfg(feature = "exchange")]
pub const fVersionedMoveOut: crate::ULONG = 0x20;
/// Exchange local store property: LIS subfolders.
#[cfg(feature = "exchange")]
pub const ptagLISSubfolders: u32 = 0x6500000B;
/// Exchange local store property: LIS unread count.
#[cfg(feature = "exchange")]
pub const ptagLISUnreadCount: u32 = 0x65010003;
/// Exchange local store property: LIS error code.
#[cfg(feature = "exchange")]
pub const ptagLISErrorCode: u32 = 0x65AA0003;
/// Exchange local store property: LIS error item type.
#[cfg(feature = "exchange")]
pub const ptagLISErrorItemType: u32 = 0x65AB0003;
/// Exchange local store property: LIS error operation.
#[cfg(feature = "exchange")]
pub const ptagLISErrorOperation: u32 = 0x65AC0003;
/// Exchange local store property: LIS error item url.
#[cfg(feature = "exchange")]
pub const ptagLISErrorItemUrl: u32 = 0x65AD001F;
/// Exchange local store property: LIS error source url.
#[cfg(feature = "exchange")]
pub const ptagLISErrorSourceUrl: u32 = 0x65AE001F;
/// Exchange local store property: LIS modified property list.
#[cfg(feature = "exchange")]
pub const ptagLISModifiedPropertyList: u32 = 0x65AF001F;
/// Exchange local store property: LIS extended errorinfo.
#[cfg(feature = "exchange")]
pub const ptagLISExtendedErrorinfo: u32 = 0x65B00003;
/// Exchange local store property: LIS error log url.
#[cfg(feature = "exchange")]
pub const ptagLISErrorLogUrl: u32 = 0x6570001F;
/// Exchange local store property: sql.
#[cfg(feature = "exchange")]
pub const ptagSql: u32 = 0x65D0001F;
/// Exchange local store property: sql select.
#[cfg(feature = "exchange")]
pub const ptagSqlSelect: u32 = 0x65D1001F;
/// Exchange local store property: sql from.
#[cfg(feature = "exchange")]
pub const ptagSqlFrom: u32 = 0x65D2001F;
/// Exchange local store property: sql where.
#[cfg(feature = "exchange")]
pub const ptagSqlWhere: u32 = 0x65D3001F;
/// Exchange local store property: sql order.
#[cfg(feature = "exchange")]
pub const ptagSqlOrder: u32 = 0x65D4001F;
/// Exchange local store property: sql group.
#[cfg(feature = "exchange")]
pub const ptagSqlGroup: u32 = 0x65D5001F;
/// Exchange property: force client refresh.
#[cfg(feature = "exchange")]
pub const PR_FORCE_CLIENT_REFRESH: u32 = 0x65A1000B;
/// Exchange property: antivirus vendor.
#[cfg(feature = "exchange")]
pub const PR_ANTIVIRUS_VENDOR: u32 = 0xE85001E;
/// Exchange property: antivirus version.
#[cfg(feature = "exchange")]
pub const PR_ANTIVIRUS_VERSION: u32 = 0xE860003;
/// Exchange property: antivirus scan status.
#[cfg(feature = "exchange")]
pub const PR_ANTIVIRUS_SCAN_STATUS: u32 = 0xE870003;
/// Exchange property: antivirus scan information.
#[cfg(feature = "exchange")]
pub const PR_ANTIVIRUS_SCAN_INFO: u32 = 0xE88001E;
/// A value of `PR_ANTIVIRUS_SCAN_STATUS`, the outcome of a virus scan: no virus.
#[cfg(feature = "exchange")]
pub const ANTIVIRUS_SCAN_NO_VIRUS: crate::ULONG = 0;
/// A value of `PR_ANTIVIRUS_SCAN_STATUS`, the outcome of a virus scan: virus present.
#[cfg(feature = "exchange")]
pub const ANTIVIRUS_SCAN_VIRUS_PRESENT: crate::ULONG = 1;
/// A value of `PR_ANTIVIRUS_SCAN_STATUS`, the outcome of a virus scan: virus cleaned.
#[cfg(feature = "exchange")]
pub const ANTIVIRUS_SCAN_VIRUS_CLEANED: crate::ULONG = 2;
/// A value of `PR_ANTIVIRUS_SCAN_STATUS`, the outcome of a virus scan: virus deleted.
#[cfg(feature = "exchange")]
pub const ANTIVIRUS_SCAN_VIRUS_DELETED: crate::ULONG = 3;
/// Exchange property: address to.
#[cfg(feature = "exchange")]
pub const PR_ADDR_TO: u32 = 0xE97001F;
/// Exchange property: address to.
#[cfg(feature = "exchange")]
pub const PR_ADDR_TO_A: u32 = 0xE97001E;
/// Exchange property: address to.
#[cfg(feature = "exchange")]
pub const PR_ADDR_TO_W: u32 = 0xE97001F;
/// Exchange property: address cc.
#[cfg(feature = "exchange")]
pub const PR_ADDR_CC: u32 = 0xE98001F;
/// Exchange property: address cc.
#[cfg(feature = "exchange")]
pub const PR_ADDR_CC_A: u32 = 0xE98001E;
/// Exchange property: address cc.
#[cfg(feature = "exchange")]
pub const PR_ADDR_CC_W: u32 = 0xE98001F;
/// Exchange property: TNEF unprocessed props.
#[cfg(feature = "exchange")]
pub const PR_TNEF_UNPROCESSED_PROPS: u32 = 0xE9C0102;
/// Exchange local store property: LIS new mail.
#[cfg(feature = "exchange")]
pub const ptagLISNewMail: u32 = 0x65C5000B;
/// A bit of `PR_RETENTION_FLAGS`: explicit.
#[cfg(feature = "exchange")]
pub const RETENTION_FLAGS_EXPLICIT: crate::ULONG = 1;
/// A bit of `PR_RETENTION_FLAGS`: tag changed.
#[cfg(feature = "exchange")]
pub const RETENTION_FLAGS_TAG_CHANGED: crate::ULONG = 2;
/// A bit of `PR_RETENTION_FLAGS`: autotag.
#[cfg(feature = "exchange")]
pub const RETENTION_FLAGS_AUTOTAG: crate::ULONG = 4;
/// A bit of `PR_RETENTION_FLAGS`: personal.
#[cfg(feature = "exchange")]
pub const RETENTION_FLAGS_PERSONAL: crate::ULONG = 8;
/// A bit of `PR_RETENTION_FLAGS`: explicit archive.
#[cfg(feature = "exchange")]
pub const RETENTION_FLAGS_EXPLICIT_ARCHIVE: crate::ULONG = 0x10;
/// Exchange property: policy tag.
#[cfg(feature = "exchange")]
pub const PR_POLICY_TAG: u32 = 0x30190102;
/// Exchange property: retention period.
#[cfg(feature = "exchange")]
pub const PR_RETENTION_PERIOD: u32 = 0x301A0003;
/// Exchange property: start date etc.
#[cfg(feature = "exchange")]
pub const PR_START_DATE_ETC: u32 = 0x301B0102;
/// Exchange property: retention date.
#[cfg(feature = "exchange")]
pub const PR_RETENTION_DATE: u32 = 0x301C0040;
/// Exchange property: retention flags.
#[cfg(feature = "exchange")]
pub const PR_RETENTION_FLAGS: u32 = 0x301D0003;
/// Exchange property: archive tag.
#[cfg(feature = "exchange")]
pub const PR_ARCHIVE_TAG: u32 = 0x30180102;
/// Exchange property: archive period.
#[cfg(feature = "exchange")]
pub const PR_ARCHIVE_PERIOD: u32 = 0x301E0003;
/// Exchange property: archive date.
#[cfg(feature = "exchange")]
pub const PR_ARCHIVE_DATE: u32 = 0x301F0040;
/// Exchange property: sort position.
#[cfg(feature = "exchange")]
pub const PR_SORT_POSITION: u32 = 0x30200102;
/// Exchange property: sort parentid.
#[cfg(feature = "exchange")]
pub const PR_SORT_PARENTID: u32 = 0x30210102;
