// `idl/mapi/exchange.idl` as Rust, included by `mod.rs`.
/// One change to a rule or permission table: the operation and the row's
/// values.
#[cfg(feature = "exchange")]
pub type LPROWENTRY = *mut ROWENTRY;
/// The changes passed to `IExchangeModifyTable::ModifyTable`.
#[cfg(feature = "exchange")]
pub type LPROWLIST = *mut ROWLIST;
/// One action of a server-side rule.
#[cfg(feature = "exchange")]
pub type LPACTION = *mut ACTION;
/// Pointer to an `IExchangeModifyTable`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMODIFYTABLE = *mut IExchangeModifyTable;
/// Pointer to an `IExchangeRuleAction`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGERULEACTION = *mut IExchangeRuleAction;
/// Pointer to an `IExchangeManageStore`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMANAGESTORE = *mut IExchangeManageStore;
/// Pointer to an `IExchangeManageStore2`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMANAGESTORE2 = *mut IExchangeManageStore2;
/// Pointer to an `IExchangeManageStore3`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMANAGESTORE3 = *mut IExchangeManageStore3;
/// Pointer to an `IExchangeManageStore4`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMANAGESTORE4 = *mut IExchangeManageStore4;
/// Pointer to an `IExchangeNntpNewsfeed`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGENNTPNEWSFEED = *mut IExchangeNntpNewsfeed;
/// Pointer to an `IExchangeFastTransfer`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEFASTTRANSFER = *mut IExchangeFastTransfer;
/// Pointer to an `IExchangeExportChanges`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEEXPORTCHANGES = *mut IExchangeExportChanges;
/// Pointer to an `IExchangeExportChanges2`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEEXPORTCHANGES2 = *mut IExchangeExportChanges2;
/// Pointer to an `IExchangeExportChanges3`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEEXPORTCHANGES3 = *mut IExchangeExportChanges3;
/// The new read state of one message, passed to
/// `IExchangeImportContentsChanges::ImportPerUserReadStateChange`.
#[cfg(feature = "exchange")]
pub type LPREADSTATE = *mut READSTATE;
/// Pointer to an `IExchangeImportContentsChanges`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEIMPORTCONTENTSCHANGES = *mut IExchangeImportContentsChanges;
/// Pointer to an `IExchangeImportContentsChanges2`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEIMPORTCONTENTSCHANGES2 = *mut IExchangeImportContentsChanges2;
/// Pointer to an `IExchangeImportHierarchyChanges`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEIMPORTHIERARCHYCHANGES = *mut IExchangeImportHierarchyChanges;
/// Pointer to an `IExchangeChangeAdviseSink`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGECHANGEADVISESINK = *mut IExchangeChangeAdviseSink;
/// Pointer to an `IExchangeChangeAdvisor`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGECHANGEADVISOR = *mut IExchangeChangeAdvisor;
/// Pointer to an `IExchangeBadItemCallback`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEBADITEMCALLBACK = *mut IExchangeBadItemCallback;
/// Pointer to an `IExchangeMoveUserProgress`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMOVEUSERPROGRESS = *mut IExchangeMoveUserProgress;
/// Pointer to an `IExchangeFavorites`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEFAVORITES = *mut IExchangeFavorites;
/// Pointer to an `IExchangeMessageConversion`.
#[cfg(feature = "exchange")]
pub type LPEXCHANGEMESSAGECONVERSION = *mut IExchangeMessageConversion;
/// One change to a rule or permission table: the operation and the row's
/// values.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ROWENTRY {
    /// The operation: `ROW_ADD`, `ROW_MODIFY`, `ROW_REMOVE` or `ROW_EMPTY`.
    pub ulRowFlags: crate::ULONG,
    /// The number of values at `rgPropVals`.
    pub cValues: crate::ULONG,
    /// The row's column values.
    pub rgPropVals: crate::LPSPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ROWENTRY>() == 16);
    assert!(::core::mem::align_of::<ROWENTRY>() == 8);
    assert!(::core::mem::offset_of!(ROWENTRY, ulRowFlags) == 0);
    assert!(::core::mem::offset_of!(ROWENTRY, cValues) == 4);
    assert!(::core::mem::offset_of!(ROWENTRY, rgPropVals) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ROWENTRY>() == 12);
    assert!(::core::mem::align_of::<ROWENTRY>() == 4);
    assert!(::core::mem::offset_of!(ROWENTRY, ulRowFlags) == 0);
    assert!(::core::mem::offset_of!(ROWENTRY, cValues) == 4);
    assert!(::core::mem::offset_of!(ROWENTRY, rgPropVals) == 8);
};
/// The changes passed to `IExchangeModifyTable::ModifyTable`.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ROWLIST {
    /// The number of entries.
    pub cEntries: crate::ULONG,
    /// The entries (the array really holds `cEntries` of them).
    pub aEntries: [ROWENTRY; 1],
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ROWLIST>() == 24);
    assert!(::core::mem::align_of::<ROWLIST>() == 8);
    assert!(::core::mem::offset_of!(ROWLIST, cEntries) == 0);
    assert!(::core::mem::offset_of!(ROWLIST, aEntries) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ROWLIST>() == 16);
    assert!(::core::mem::align_of::<ROWLIST>() == 4);
    assert!(::core::mem::offset_of!(ROWLIST, cEntries) == 0);
    assert!(::core::mem::offset_of!(ROWLIST, aEntries) == 4);
};
/// One action of a server-side rule.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACTION {
    /// What the action does.
    pub acttype: ACTTYPE,
    /// A variant of the action (`DO_NOT_SEND_TO_ORIGINATOR`, `FWD_*`).
    pub ulActionFlavor: crate::ULONG,
    /// Unused; null.
    pub lpRes: crate::LPSRestriction,
    /// Unused; null.
    pub lpPropTagArray: crate::LPSPropTagArray,
    /// Flags defined by the rule's author.
    pub ulFlags: crate::ULONG,
    /// Padding that aligns the union on 8 bytes.
    pub dwAlignPad: crate::ULONG,
    /// The action's data; which member is valid depends on `acttype`.
    pub Anonymous: ACTION_0,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION>() == 64);
    assert!(::core::mem::align_of::<ACTION>() == 8);
    assert!(::core::mem::offset_of!(ACTION, acttype) == 0);
    assert!(::core::mem::offset_of!(ACTION, ulActionFlavor) == 4);
    assert!(::core::mem::offset_of!(ACTION, lpRes) == 8);
    assert!(::core::mem::offset_of!(ACTION, lpPropTagArray) == 16);
    assert!(::core::mem::offset_of!(ACTION, ulFlags) == 24);
    assert!(::core::mem::offset_of!(ACTION, dwAlignPad) == 28);
    assert!(::core::mem::offset_of!(ACTION, Anonymous) == 32);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION>() == 48);
    assert!(::core::mem::align_of::<ACTION>() == 8);
    assert!(::core::mem::offset_of!(ACTION, acttype) == 0);
    assert!(::core::mem::offset_of!(ACTION, ulActionFlavor) == 4);
    assert!(::core::mem::offset_of!(ACTION, lpRes) == 8);
    assert!(::core::mem::offset_of!(ACTION, lpPropTagArray) == 12);
    assert!(::core::mem::offset_of!(ACTION, ulFlags) == 16);
    assert!(::core::mem::offset_of!(ACTION, dwAlignPad) == 20);
    assert!(::core::mem::offset_of!(ACTION, Anonymous) == 24);
};
/// The action's data; which member is valid depends on `acttype`.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub union ACTION_0 {
    /// `OP_MOVE`, `OP_COPY`: the target store and folder.
    pub actMoveCopy: ACTION_0_0,
    /// `OP_REPLY`, `OP_OOF_REPLY`: the reply template.
    pub actReply: ACTION_0_1,
    /// `OP_DEFER_ACTION`: data for the client that carries it out.
    pub actDeferAction: ACTION_0_2,
    /// `OP_BOUNCE`: the reason given to the sender.
    pub scBounceCode: crate::SCODE,
    /// `OP_FORWARD`, `OP_DELEGATE`: the recipients.
    pub lpadrlist: crate::LPADRLIST,
    /// `OP_TAG`: the property to set.
    pub propTag: crate::SPropValue,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0>() == 32);
    assert!(::core::mem::align_of::<ACTION_0>() == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0>() == 24);
    assert!(::core::mem::align_of::<ACTION_0>() == 8);
};
/// `OP_MOVE`, `OP_COPY`: the target store and folder.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACTION_0_0 {
    /// The size of the store's entry ID, in bytes.
    pub cbStoreEntryId: crate::ULONG,
    /// The entry ID of the target store.
    pub lpStoreEntryId: crate::LPENTRYID,
    /// The size of the folder's entry ID, in bytes.
    pub cbFldEntryId: crate::ULONG,
    /// The entry ID of the target folder.
    pub lpFldEntryId: crate::LPENTRYID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0_0>() == 32);
    assert!(::core::mem::align_of::<ACTION_0_0>() == 8);
    assert!(::core::mem::offset_of!(ACTION_0_0, cbStoreEntryId) == 0);
    assert!(::core::mem::offset_of!(ACTION_0_0, lpStoreEntryId) == 8);
    assert!(::core::mem::offset_of!(ACTION_0_0, cbFldEntryId) == 16);
    assert!(::core::mem::offset_of!(ACTION_0_0, lpFldEntryId) == 24);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0_0>() == 16);
    assert!(::core::mem::align_of::<ACTION_0_0>() == 4);
    assert!(::core::mem::offset_of!(ACTION_0_0, cbStoreEntryId) == 0);
    assert!(::core::mem::offset_of!(ACTION_0_0, lpStoreEntryId) == 4);
    assert!(::core::mem::offset_of!(ACTION_0_0, cbFldEntryId) == 8);
    assert!(::core::mem::offset_of!(ACTION_0_0, lpFldEntryId) == 12);
};
/// `OP_REPLY`, `OP_OOF_REPLY`: the reply template.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACTION_0_1 {
    /// The size of the template's entry ID, in bytes.
    pub cbEntryId: crate::ULONG,
    /// The entry ID of the template message.
    pub lpEntryId: crate::LPENTRYID,
    /// The GUID identifying the template.
    pub guidReplyTemplate: crate::GUID,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0_1>() == 32);
    assert!(::core::mem::align_of::<ACTION_0_1>() == 8);
    assert!(::core::mem::offset_of!(ACTION_0_1, cbEntryId) == 0);
    assert!(::core::mem::offset_of!(ACTION_0_1, lpEntryId) == 8);
    assert!(::core::mem::offset_of!(ACTION_0_1, guidReplyTemplate) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0_1>() == 24);
    assert!(::core::mem::align_of::<ACTION_0_1>() == 4);
    assert!(::core::mem::offset_of!(ACTION_0_1, cbEntryId) == 0);
    assert!(::core::mem::offset_of!(ACTION_0_1, lpEntryId) == 4);
    assert!(::core::mem::offset_of!(ACTION_0_1, guidReplyTemplate) == 8);
};
/// `OP_DEFER_ACTION`: data for the client that carries it out.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACTION_0_2 {
    /// The size of the data, in bytes.
    pub cbData: crate::ULONG,
    /// The data.
    pub pbData: *mut crate::BYTE,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0_2>() == 16);
    assert!(::core::mem::align_of::<ACTION_0_2>() == 8);
    assert!(::core::mem::offset_of!(ACTION_0_2, cbData) == 0);
    assert!(::core::mem::offset_of!(ACTION_0_2, pbData) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTION_0_2>() == 8);
    assert!(::core::mem::align_of::<ACTION_0_2>() == 4);
    assert!(::core::mem::offset_of!(ACTION_0_2, cbData) == 0);
    assert!(::core::mem::offset_of!(ACTION_0_2, pbData) == 4);
};
/// The actions of a server-side rule (the value of `PR_RULE_ACTIONS`).
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ACTIONS {
    /// `EDK_RULES_VERSION`.
    pub ulVersion: crate::ULONG,
    /// The number of actions at `lpAction`.
    pub cActions: crate::UINT,
    /// The actions.
    pub lpAction: LPACTION,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTIONS>() == 16);
    assert!(::core::mem::align_of::<ACTIONS>() == 8);
    assert!(::core::mem::offset_of!(ACTIONS, ulVersion) == 0);
    assert!(::core::mem::offset_of!(ACTIONS, cActions) == 4);
    assert!(::core::mem::offset_of!(ACTIONS, lpAction) == 8);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<ACTIONS>() == 12);
    assert!(::core::mem::align_of::<ACTIONS>() == 4);
    assert!(::core::mem::offset_of!(ACTIONS, ulVersion) == 0);
    assert!(::core::mem::offset_of!(ACTIONS, cActions) == 4);
    assert!(::core::mem::offset_of!(ACTIONS, lpAction) == 8);
};
/// The new read state of one message, passed to
/// `IExchangeImportContentsChanges::ImportPerUserReadStateChange`.
#[cfg(feature = "exchange")]
#[repr(C)]
#[derive(Clone, Copy)]
pub struct READSTATE {
    /// Size in bytes of the source key.
    pub cbSourceKey: crate::ULONG,
    /// The message's source key (`PR_SOURCE_KEY`).
    pub pbSourceKey: *mut crate::BYTE,
    /// `SYNC_READ` if the message became read; zero if it became unread.
    pub ulFlags: crate::ULONG,
}
#[cfg(target_pointer_width = "64")]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<READSTATE>() == 24);
    assert!(::core::mem::align_of::<READSTATE>() == 8);
    assert!(::core::mem::offset_of!(READSTATE, cbSourceKey) == 0);
    assert!(::core::mem::offset_of!(READSTATE, pbSourceKey) == 8);
    assert!(::core::mem::offset_of!(READSTATE, ulFlags) == 16);
};
#[cfg(all(target_pointer_width = "32", windows))]
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = {
    assert!(::core::mem::size_of::<READSTATE>() == 12);
    assert!(::core::mem::align_of::<READSTATE>() == 4);
    assert!(::core::mem::offset_of!(READSTATE, cbSourceKey) == 0);
    assert!(::core::mem::offset_of!(READSTATE, pbSourceKey) == 4);
    assert!(::core::mem::offset_of!(READSTATE, ulFlags) == 8);
};
/// What a server-side rule does when it fires (`ACTION::acttype`).
#[cfg(feature = "exchange")]
pub type ACTTYPE = i32;
/// Move the message to a folder.
#[cfg(feature = "exchange")]
pub const OP_MOVE: ACTTYPE = 1;
/// Copy the message to a folder.
#[cfg(feature = "exchange")]
pub const OP_COPY: ACTTYPE = 2;
/// Reply to the message with a template.
#[cfg(feature = "exchange")]
pub const OP_REPLY: ACTTYPE = 3;
/// Reply with an out-of-office template.
#[cfg(feature = "exchange")]
pub const OP_OOF_REPLY: ACTTYPE = 4;
/// Defer the action to the client (a deferred action message).
#[cfg(feature = "exchange")]
pub const OP_DEFER_ACTION: ACTTYPE = 5;
/// Reject the message back to its sender.
#[cfg(feature = "exchange")]
pub const OP_BOUNCE: ACTTYPE = 6;
/// Forward the message to other recipients.
#[cfg(feature = "exchange")]
pub const OP_FORWARD: ACTTYPE = 7;
/// Delegate the message to other recipients.
#[cfg(feature = "exchange")]
pub const OP_DELEGATE: ACTTYPE = 8;
/// Set a property on the message.
#[cfg(feature = "exchange")]
pub const OP_TAG: ACTTYPE = 9;
/// Delete the message.
#[cfg(feature = "exchange")]
pub const OP_DELETE: ACTTYPE = 0xA;
/// Mark the message as read.
#[cfg(feature = "exchange")]
pub const OP_MARK_AS_READ: ACTTYPE = 0xB;
/// ICS `Config`: strings are exported as Unicode (`PT_UNICODE`); without it
/// they come in the client's code page.
#[cfg(feature = "exchange")]
pub const SYNC_UNICODE: crate::ULONG = 1;
/// ICS `Config`: do not export deletions.
#[cfg(feature = "exchange")]
pub const SYNC_NO_DELETIONS: crate::ULONG = 2;
/// ICS `Config`: do not export soft deletions (items kept for the deleted-item
/// retention period).
#[cfg(feature = "exchange")]
pub const SYNC_NO_SOFT_DELETIONS: crate::ULONG = 4;
/// ICS `Config`: export changes of the read state (`PR_MESSAGE_FLAGS` of
/// messages, `PR_CONTENT_UNREAD` of folders), for stores that keep a per-user
/// read state.
#[cfg(feature = "exchange")]
pub const SYNC_READ_STATE: crate::ULONG = 8;
/// ICS `Config`: export folder associated information (FAI) messages, such as
/// forms and views; `ImportMessageChange`: the message is an FAI message.
#[cfg(feature = "exchange")]
pub const SYNC_ASSOCIATED: crate::ULONG = 0x10;
/// ICS `Config`: export normal (non-FAI) messages.
#[cfg(feature = "exchange")]
pub const SYNC_NORMAL: crate::ULONG = 0x20;
/// ICS `Config`: do not detect conflicts; the newer change wins.
#[cfg(feature = "exchange")]
pub const SYNC_NO_CONFLICTS: crate::ULONG = 0x40;
/// ICS `Config`: export only the properties named in the include list.
#[cfg(feature = "exchange")]
pub const SYNC_ONLY_SPECIFIED_PROPS: crate::ULONG = 0x80;
/// ICS `Config`: do not export changes made in other replicas than the one
/// being synchronized.
#[cfg(feature = "exchange")]
pub const SYNC_NO_FOREIGN_KEYS: crate::ULONG = 0x100;
/// ICS `Config`: the collector's message objects support only a limited set of
/// `IMessage` methods.
#[cfg(feature = "exchange")]
pub const SYNC_LIMITED_IMESSAGE: crate::ULONG = 0x200;
/// ICS `Config`: catch up: bring the state up to date without exporting the
/// changes.
#[cfg(feature = "exchange")]
pub const SYNC_CATCHUP: crate::ULONG = 0x400;
/// `ImportMessageChange`: the message is new to the collector, so no
/// conflict detection is needed.
#[cfg(feature = "exchange")]
pub const SYNC_NEW_MESSAGE: crate::ULONG = 0x800;
/// ICS `Config`: used by the synchronizer itself for selective message
/// synchronization; rejected when a client passes it.
#[cfg(feature = "exchange")]
pub const SYNC_MSG_SELECTIVE: crate::ULONG = 0x1000;
/// ICS `Config`: export the best body format of each message rather than all
/// of them.
#[cfg(feature = "exchange")]
pub const SYNC_BEST_BODY: crate::ULONG = 0x2000;
/// ICS `Config`: for FAI messages, ignore the include and exclude lists.
#[cfg(feature = "exchange")]
pub const SYNC_IGNORE_SPECIFIED_ON_ASSOCIATED: crate::ULONG = 0x4000;
/// ICS `Config`: report progress information with the exported changes.
#[cfg(feature = "exchange")]
pub const SYNC_PROGRESS_MODE: crate::ULONG = 0x8000;
/// ICS `Config`: skip items that cannot be exported instead of failing
/// (fast-transfer recovery mode).
#[cfg(feature = "exchange")]
pub const SYNC_FXRECOVERMODE: crate::ULONG = 0x10000;
/// ICS `Config`: used by the synchronizer itself to defer its configuration
/// until the first buffer is requested.
#[cfg(feature = "exchange")]
pub const SYNC_DEFER_CONFIG: crate::ULONG = 0x40000;
/// ICS `Config`: ask the server to return string properties as Unicode; the
/// same bit as `SYNC_DEFER_CONFIG`.
#[cfg(feature = "exchange")]
pub const SYNC_FORCE_UNICODE: crate::ULONG = 0x40000;
/// `ImportMessageDeletion`, `ImportFolderDeletion`: the items were
/// soft-deleted (kept for the deleted-item retention period).
#[cfg(feature = "exchange")]
pub const SYNC_SOFT_DELETE: crate::ULONG = 1;
/// `ImportMessageDeletion`, `ImportFolderDeletion`: the items expired (aged
/// out) rather than being deleted by a user.
#[cfg(feature = "exchange")]
pub const SYNC_EXPIRY: crate::ULONG = 2;
/// `READSTATE::ulFlags`: the message is now read; without it, it is now
/// unread.
#[cfg(feature = "exchange")]
pub const SYNC_READ: crate::ULONG = 1;
/// ICS status: the object was deleted in the collector's store; the change
/// cannot be applied.
#[cfg(feature = "exchange")]
pub const SYNC_E_OBJECT_DELETED: crate::SCODE = 0x80040800u32 as i32;
/// ICS status: the collector ignores this change (for instance an older
/// version of an object it already has); the synchronizer goes on.
#[cfg(feature = "exchange")]
pub const SYNC_E_IGNORE: crate::SCODE = 0x80040801u32 as i32;
/// ICS status: the change conflicts with a change made in the collector's
/// store.
#[cfg(feature = "exchange")]
pub const SYNC_E_CONFLICT: crate::SCODE = 0x80040802u32 as i32;
/// ICS status: the parent folder of the imported folder does not exist in the
/// collector's store.
#[cfg(feature = "exchange")]
pub const SYNC_E_NO_PARENT: crate::SCODE = 0x80040803u32 as i32;
/// ICS status: importing the folder would make the hierarchy a cycle.
#[cfg(feature = "exchange")]
pub const SYNC_E_CYCLE: crate::SCODE = 0x80040804u32 as i32;
/// ICS status: the object is not synchronized (the state does not know it).
#[cfg(feature = "exchange")]
pub const SYNC_E_UNSYNCHRONIZED: crate::SCODE = 0x80040805u32 as i32;
/// ICS status (success): `Synchronize` made progress and there is more to do;
/// call it again.
#[cfg(feature = "exchange")]
pub const SYNC_W_PROGRESS: crate::SCODE = 0x40820;
/// ICS status (success): the collector's version of the object is newer than
/// the imported one and was kept.
#[cfg(feature = "exchange")]
pub const SYNC_W_CLIENT_CHANGE_NEWER: crate::SCODE = 0x40821;
/// `IExchangeChangeAdviseSink::OnNotify`: the folder hierarchy changed.
#[cfg(feature = "exchange")]
pub const ulHierChanged: crate::ULONG = 1;
/// `IExchangeModifyTable::ModifyTable`: replace every row of the table with
/// the rows given.
#[cfg(feature = "exchange")]
pub const ROWLIST_REPLACE: crate::ULONG = 1;
/// `ROWENTRY::ulRowFlags`: add the row to the table.
#[cfg(feature = "exchange")]
pub const ROW_ADD: crate::ULONG = 1;
/// `ROWENTRY::ulRowFlags`: change this row of the table.
#[cfg(feature = "exchange")]
pub const ROW_MODIFY: crate::ULONG = 2;
/// `ROWENTRY::ulRowFlags`: remove this row from the table.
#[cfg(feature = "exchange")]
pub const ROW_REMOVE: crate::ULONG = 4;
/// `ROWENTRY::ulRowFlags`: an empty row: nothing is added (`ROW_ADD |
/// ROW_REMOVE`).
#[cfg(feature = "exchange")]
pub const ROW_EMPTY: crate::ULONG = 5;
/// Access control tables (`GetTable`, `ModifyTable`): work with the free/busy
/// rights (`frightsFreeBusySimple`, `frightsFreeBusyDetailed`) as well.
#[cfg(feature = "exchange")]
pub const ACLTABLE_FREEBUSY: crate::ULONG = 2;
/// Folder right (`PR_MEMBER_RIGHTS`, `GetRights`): read any item.
#[cfg(feature = "exchange")]
pub const frightsReadAny: crate::ULONG = 1;
/// Folder right: create items.
#[cfg(feature = "exchange")]
pub const frightsCreate: crate::ULONG = 2;
/// Folder right: edit the items one owns.
#[cfg(feature = "exchange")]
pub const frightsEditOwned: crate::ULONG = 8;
/// Folder right: delete the items one owns.
#[cfg(feature = "exchange")]
pub const frightsDeleteOwned: crate::ULONG = 0x10;
/// Folder right: edit any item.
#[cfg(feature = "exchange")]
pub const frightsEditAny: crate::ULONG = 0x20;
/// Folder right: delete any item.
#[cfg(feature = "exchange")]
pub const frightsDeleteAny: crate::ULONG = 0x40;
/// Folder right: create subfolders.
#[cfg(feature = "exchange")]
pub const frightsCreateSubfolder: crate::ULONG = 0x80;
/// Folder right: own the folder (all rights, and change its permissions).
#[cfg(feature = "exchange")]
pub const frightsOwner: crate::ULONG = 0x100;
/// Folder right: be the folder's contact; not part of `rightsAll`.
#[cfg(feature = "exchange")]
pub const frightsContact: crate::ULONG = 0x200;
/// Folder right: see the folder.
#[cfg(feature = "exchange")]
pub const frightsVisible: crate::ULONG = 0x400;
/// Calendar folder right: see free/busy times.
#[cfg(feature = "exchange")]
pub const frightsFreeBusySimple: crate::ULONG = 0x800;
/// Calendar folder right: see free/busy times with subjects and locations.
#[cfg(feature = "exchange")]
pub const frightsFreeBusyDetailed: crate::ULONG = 0x1000;
/// No rights.
#[cfg(feature = "exchange")]
pub const rightsNone: crate::ULONG = 0;
/// Read-only access: `frightsReadAny`.
#[cfg(feature = "exchange")]
pub const rightsReadOnly: crate::ULONG = 1;
/// Read and edit: `frightsReadAny | frightsEditAny`.
#[cfg(feature = "exchange")]
pub const rightsReadWrite: crate::ULONG = 0x21;
/// Every right but `frightsContact`.
#[cfg(feature = "exchange")]
pub const rightsAll: crate::ULONG = 0x5FB;
/// `ACTION::ulActionFlavor` of `OP_REPLY`: do not send the reply to the
/// message's originator.
#[cfg(feature = "exchange")]
pub const DO_NOT_SEND_TO_ORIGINATOR: crate::ULONG = 1;
/// `ACTION::ulActionFlavor` of `OP_REPLY`: reply with a stock template.
#[cfg(feature = "exchange")]
pub const STOCK_REPLY_TEMPLATE: crate::ULONG = 2;
/// `ACTION::ulActionFlavor` of `OP_FORWARD`: keep the original sender.
#[cfg(feature = "exchange")]
pub const FWD_PRESERVE_SENDER: crate::ULONG = 1;
/// `ACTION::ulActionFlavor` of `OP_FORWARD`: forward the message unchanged.
#[cfg(feature = "exchange")]
pub const FWD_DO_NOT_MUNGE_MSG: crate::ULONG = 2;
/// `ACTION::ulActionFlavor` of `OP_FORWARD`: forward the message as an
/// attachment.
#[cfg(feature = "exchange")]
pub const FWD_AS_ATTACHMENT: crate::ULONG = 4;
/// `ACTIONS::ulVersion`: the version of the rule actions format.
#[cfg(feature = "exchange")]
pub const EDK_RULES_VERSION: crate::ULONG = 1;
/// Open another user's store with administrative rights.
#[cfg(feature = "exchange")]
pub const OPENSTORE_USE_ADMIN_PRIVILEGE: crate::ULONG = 1;
/// Open the public store.
#[cfg(feature = "exchange")]
pub const OPENSTORE_PUBLIC: crate::ULONG = 2;
/// Open the user's home store.
#[cfg(feature = "exchange")]
pub const OPENSTORE_HOME_LOGON: crate::ULONG = 4;
/// Open the store as its owner.
#[cfg(feature = "exchange")]
pub const OPENSTORE_TAKE_OWNERSHIP: crate::ULONG = 8;
/// Ignore the user's current home store (mailbox moves and copies).
#[cfg(feature = "exchange")]
pub const OPENSTORE_OVERRIDE_HOME_MDB: crate::ULONG = 0x10;
/// The logon is the transport's.
#[cfg(feature = "exchange")]
pub const OPENSTORE_TRANSPORT: crate::ULONG = 0x20;
/// The logon is a remote transport's.
#[cfg(feature = "exchange")]
pub const OPENSTORE_REMOTE_TRANSPORT: crate::ULONG = 0x40;
/// Log on anonymously, as an Internet client.
#[cfg(feature = "exchange")]
pub const OPENSTORE_INTERNET_ANONYMOUS: crate::ULONG = 0x80;
/// Reserved for Exchange's own use: log on through an alternate server.
#[cfg(feature = "exchange")]
pub const OPENSTORE_ALTERNATE_SERVER: crate::ULONG = 0x100;
/// Reserved for Exchange's own use: ignore the home store.
#[cfg(feature = "exchange")]
pub const OPENSTORE_IGNORE_HOME_MDB: crate::ULONG = 0x200;
/// Reserved for Exchange's own use: a logon that sends no mail.
#[cfg(feature = "exchange")]
pub const OPENSTORE_NO_MAIL: crate::ULONG = 0x400;
/// Do not record the logged-on user as the last modifier of what is changed.
#[cfg(feature = "exchange")]
pub const OPENSTORE_OVERRIDE_LAST_MODIFIER: crate::ULONG = 0x800;
/// Reserved for Exchange's own use: a callback logon.
#[cfg(feature = "exchange")]
pub const OPENSTORE_CALLBACK_LOGON: crate::ULONG = 0x1000;
/// Open the local replica.
#[cfg(feature = "exchange")]
pub const OPENSTORE_LOCAL: crate::ULONG = 0x2000;
/// Reserved for Exchange's own use: fail when the user has no mailbox.
#[cfg(feature = "exchange")]
pub const OPENSTORE_FAIL_IF_NO_MAILBOX: crate::ULONG = 0x4000;
/// Open the store through the cached Exchange mode.
#[cfg(feature = "exchange")]
pub const OPENSTORE_CACHE_EXCHANGE: crate::ULONG = 0x8000;
/// Reserved for Exchange's own use: the client has the named property fix.
#[cfg(feature = "exchange")]
pub const OPENSTORE_CLI_WITH_NAMEDPROP_FIX: crate::ULONG = 0x10000;
/// Reserved for Exchange's own use: lazy logging.
#[cfg(feature = "exchange")]
pub const OPENSTORE_ENABLE_LAZY_LOGGING: crate::ULONG = 0x20000;
/// Reserved for Exchange's own use: the client has the replica GUID mapping
/// fix.
#[cfg(feature = "exchange")]
pub const OPENSTORE_CLI_WITH_REPLID_GUID_MAPPING_FIX: crate::ULONG = 0x40000;
/// Reserved for Exchange's own use: do not localize folder names.
#[cfg(feature = "exchange")]
pub const OPENSTORE_NO_LOCALIZATION: crate::ULONG = 0x80000;
/// Open a store of a recovery storage group.
#[cfg(feature = "exchange")]
pub const OPENSTORE_RESTORE_DATABASE: crate::ULONG = 0x100000;
/// Reserved for Exchange's own use: a cross-forest mailbox move.
#[cfg(feature = "exchange")]
pub const OPENSTORE_XFOREST_MOVE: crate::ULONG = 0x200000;
/// List interpersonal message (IPM) folders.
#[cfg(feature = "exchange")]
pub const MDB_IPM: u32 = 0x20;
/// List non-IPM folders.
#[cfg(feature = "exchange")]
pub const MDB_NON_IPM: u32 = 0x10;
/// `IExchangeFastTransfer::Config`: the transfer is a `CopyTo`.
#[cfg(feature = "exchange")]
pub const TRANSFER_COPYTO: crate::ULONG = 1;
/// `IExchangeFastTransfer::Config`: the transfer is a `CopyProps`.
#[cfg(feature = "exchange")]
pub const TRANSFER_COPYPROPS: crate::ULONG = 2;
/// `IExchangeFastTransfer::Config`: the transfer is a `CopyMessages`.
#[cfg(feature = "exchange")]
pub const TRANSFER_COPYMESSAGES: crate::ULONG = 3;
/// `IExchangeFastTransfer::Config`: the transfer is a `CopyFolder`.
#[cfg(feature = "exchange")]
pub const TRANSFER_COPYFOLDER: crate::ULONG = 4;
/// `IMsgStore::CopyTo`: the progress object passed also offers the
/// extended mailbox-move callbacks (`IExchangeBadItemCallback`,
/// `IExchangeMoveUserProgress`).
#[cfg(feature = "exchange")]
pub const MAPI_EXTENDEDCALLBACKS: crate::ULONG = 0x400;
/// Flags of the `GetLastError` methods of the Exchange interfaces
/// (`IExchangeModifyTable`, `IExchangeExportChanges`,
/// `IExchangeImportContentsChanges`, `IExchangeImportHierarchyChanges`,
/// `IExchangeChangeAdvisor`, `IExchangeFavorites`).
#[cfg(feature = "exchange")]
pub type ExchangeGetLastErrorFlags = crate::Flags<ExchangeGetLastErrorFlagsGroup>;
/// The group of [`ExchangeGetLastErrorFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeGetLastErrorFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeGetLastErrorFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeGetLastErrorFlagsGroup> {
    /// Return the strings of the `MAPIERROR` in Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IExchangeModifyTable::GetTable`.
///
/// The reference page calls the parameter reserved yet lists these flags for
/// access control tables; Exchange accepts more bits than it documents, so
/// other bits are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeModifyTableGetTableFlags = crate::Flags<
    ExchangeModifyTableGetTableFlagsGroup,
>;
/// The group of [`ExchangeModifyTableGetTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeModifyTableGetTableFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeModifyTableGetTableFlagsGroup {
    const IN_MASK: u32 = 0x00001802;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ACLTABLE_FREEBUSY", 0x00000002),
        ("frightsFreeBusyDetailed", 0x00001000),
        ("frightsFreeBusySimple", 0x00000800),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeModifyTableGetTableFlagsGroup> {
    /// Include the free/busy rights in the access control table.
    ///
    /// `ACLTABLE_FREEBUSY` (`0x2`), valid on input.
    pub const ACLTABLE_FREEBUSY: Self = Self::from_bits_retain(0x00000002);
    /// With `ACLTABLE_FREEBUSY`: show the detailed free/busy right.
    ///
    /// `frightsFreeBusyDetailed` (`0x1000`), valid on input.
    pub const frightsFreeBusyDetailed: Self = Self::from_bits_retain(0x00001000);
    /// With `ACLTABLE_FREEBUSY`: show the simple free/busy right.
    ///
    /// `frightsFreeBusySimple` (`0x800`), valid on input.
    pub const frightsFreeBusySimple: Self = Self::from_bits_retain(0x00000800);
}
/// Flags of `IExchangeModifyTable::ModifyTable`. Zero applies each entry's
/// `ulRowFlags`. Other bits are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeModifyTableModifyTableFlags = crate::Flags<
    ExchangeModifyTableModifyTableFlagsGroup,
>;
/// The group of [`ExchangeModifyTableModifyTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeModifyTableModifyTableFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeModifyTableModifyTableFlagsGroup {
    const IN_MASK: u32 = 0x00001803;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ROWLIST_REPLACE", 0x00000001),
        ("ACLTABLE_FREEBUSY", 0x00000002),
        ("frightsFreeBusyDetailed", 0x00001000),
        ("frightsFreeBusySimple", 0x00000800),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeModifyTableModifyTableFlagsGroup> {
    /// Replace all the rows of the table with the rows given.
    ///
    /// `ROWLIST_REPLACE` (`0x1`), valid on input.
    pub const ROWLIST_REPLACE: Self = Self::from_bits_retain(0x00000001);
    /// Set the free/busy rights as well.
    ///
    /// `ACLTABLE_FREEBUSY` (`0x2`), valid on input.
    pub const ACLTABLE_FREEBUSY: Self = Self::from_bits_retain(0x00000002);
    /// With `ACLTABLE_FREEBUSY`: the detailed free/busy right.
    ///
    /// `frightsFreeBusyDetailed` (`0x1000`), valid on input.
    pub const frightsFreeBusyDetailed: Self = Self::from_bits_retain(0x00001000);
    /// With `ACLTABLE_FREEBUSY`: the simple free/busy right.
    ///
    /// `frightsFreeBusySimple` (`0x800`), valid on input.
    pub const frightsFreeBusySimple: Self = Self::from_bits_retain(0x00000800);
}
/// Flags of `IExchangeManageStore::CreateStoreEntryID`: how the store whose
/// entry ID is made will be opened.
///
/// The header defines further `OPENSTORE_*` bits reserved for internal use,
/// which Exchange accepts; they are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeManageStoreCreateStoreEntryIDFlags = crate::Flags<
    ExchangeManageStoreCreateStoreEntryIDFlagsGroup,
>;
/// The group of [`ExchangeManageStoreCreateStoreEntryIDFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeManageStoreCreateStoreEntryIDFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeManageStoreCreateStoreEntryIDFlagsGroup {
    const IN_MASK: u32 = 0x0000001F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("OPENSTORE_HOME_LOGON", 0x00000004),
        ("OPENSTORE_OVERRIDE_HOME_MDB", 0x00000010),
        ("OPENSTORE_PUBLIC", 0x00000002),
        ("OPENSTORE_TAKE_OWNERSHIP", 0x00000008),
        ("OPENSTORE_USE_ADMIN_PRIVILEGE", 0x00000001),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeManageStoreCreateStoreEntryIDFlagsGroup> {
    /// Open the user's home store; for a separate logon to the user's own
    /// mailbox (to keep a per-user read state of public folder items, for
    /// instance).
    ///
    /// `OPENSTORE_HOME_LOGON` (`0x4`), valid on input.
    pub const HOME_LOGON: Self = Self::from_bits_retain(0x00000004);
    /// Ignore the user's current home store: for moving or copying a mailbox
    /// to another server.
    ///
    /// `OPENSTORE_OVERRIDE_HOME_MDB` (`0x10`), valid on input.
    pub const OVERRIDE_HOME_MDB: Self = Self::from_bits_retain(0x00000010);
    /// Open the public store.
    ///
    /// `OPENSTORE_PUBLIC` (`0x2`), valid on input.
    pub const PUBLIC: Self = Self::from_bits_retain(0x00000002);
    /// Open the store as its owner, with the owner's rights; logs a security
    /// event.
    ///
    /// `OPENSTORE_TAKE_OWNERSHIP` (`0x8`), valid on input.
    pub const TAKE_OWNERSHIP: Self = Self::from_bits_retain(0x00000008);
    /// Open another user's store with administrative rights, without logging
    /// on as its owner; logs a security event. Usually given with
    /// `OPENSTORE_TAKE_OWNERSHIP`.
    ///
    /// `OPENSTORE_USE_ADMIN_PRIVILEGE` (`0x1`), valid on input.
    pub const USE_ADMIN_PRIVILEGE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IExchangeManageStore::GetMailboxTable` and
/// `IExchangeManageStore3::GetMailboxTableOffset`.
#[cfg(feature = "exchange")]
pub type ExchangeManageStoreGetMailboxTableFlags = crate::Flags<
    ExchangeManageStoreGetMailboxTableFlagsGroup,
>;
/// The group of [`ExchangeManageStoreGetMailboxTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeManageStoreGetMailboxTableFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeManageStoreGetMailboxTableFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeManageStoreGetMailboxTableFlagsGroup> {
    /// The server name is a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IExchangeManageStore::GetPublicFolderTable` and
/// `IExchangeManageStore4::GetPublicFolderTableOffset`.
#[cfg(feature = "exchange")]
pub type ExchangeManageStoreGetPublicFolderTableFlags = crate::Flags<
    ExchangeManageStoreGetPublicFolderTableFlagsGroup,
>;
/// The group of [`ExchangeManageStoreGetPublicFolderTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeManageStoreGetPublicFolderTableFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeManageStoreGetPublicFolderTableFlagsGroup {
    const IN_MASK: u32 = 0x80000030;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_UNICODE", 0x80000000),
        ("MDB_IPM", 0x00000020),
        ("MDB_NON_IPM", 0x00000010),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeManageStoreGetPublicFolderTableFlagsGroup> {
    /// The server name is a Unicode string; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// List interpersonal message (IPM) folders.
    ///
    /// `MDB_IPM` (`0x20`), valid on input.
    pub const MDB_IPM: Self = Self::from_bits_retain(0x00000020);
    /// List non-IPM folders.
    ///
    /// `MDB_NON_IPM` (`0x10`), valid on input.
    pub const MDB_NON_IPM: Self = Self::from_bits_retain(0x00000010);
}
/// Flags of `IExchangeFastTransfer::Config`: the flags of the copy it stands
/// for (`CopyTo`, `CopyProps`, `CopyMessages`, `CopyFolder`).
///
/// Only `MAPI_MOVE` is named by the header; the copy methods' other flags
/// are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeFastTransferConfigFlags = crate::Flags<
    ExchangeFastTransferConfigFlagsGroup,
>;
/// The group of [`ExchangeFastTransferConfigFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeFastTransferConfigFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeFastTransferConfigFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_MOVE", 0x00000001)];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeFastTransferConfigFlagsGroup> {
    /// Move rather than copy.
    ///
    /// `MAPI_MOVE` (`0x1`), valid on input.
    pub const MAPI_MOVE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IExchangeFastTransfer::IsInterfaceOk`. None are documented;
/// bits are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeFastTransferIsInterfaceOkFlags = crate::Flags<
    ExchangeFastTransferIsInterfaceOkFlagsGroup,
>;
/// The group of [`ExchangeFastTransferIsInterfaceOkFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeFastTransferIsInterfaceOkFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeFastTransferIsInterfaceOkFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IExchangeExportChanges::Config` and of the configuration
/// methods of `IExchangeExportChanges2` and `IExchangeExportChanges3`: what
/// the synchronizer exports, and how.
///
/// Synchronizers have gained flags with each Exchange version, and some
/// (`SYNC_MSG_SELECTIVE`, `SYNC_DEFER_CONFIG`) are only used internally, so
/// bits not listed are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeExportChangesConfigFlags = crate::Flags<
    ExchangeExportChangesConfigFlagsGroup,
>;
/// The group of [`ExchangeExportChangesConfigFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeExportChangesConfigFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeExportChangesConfigFlagsGroup {
    const IN_MASK: u32 = 0x0005E7FF;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SYNC_UNICODE", 0x00000001),
        ("SYNC_NO_DELETIONS", 0x00000002),
        ("SYNC_NO_SOFT_DELETIONS", 0x00000004),
        ("SYNC_READ_STATE", 0x00000008),
        ("SYNC_ASSOCIATED", 0x00000010),
        ("SYNC_NORMAL", 0x00000020),
        ("SYNC_NO_CONFLICTS", 0x00000040),
        ("SYNC_ONLY_SPECIFIED_PROPS", 0x00000080),
        ("SYNC_NO_FOREIGN_KEYS", 0x00000100),
        ("SYNC_LIMITED_IMESSAGE", 0x00000200),
        ("SYNC_CATCHUP", 0x00000400),
        ("SYNC_BEST_BODY", 0x00002000),
        ("SYNC_IGNORE_SPECIFIED_ON_ASSOCIATED", 0x00004000),
        ("SYNC_PROGRESS_MODE", 0x00008000),
        ("SYNC_FXRECOVERMODE", 0x00010000),
        ("SYNC_FORCE_UNICODE", 0x00040000),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeExportChangesConfigFlagsGroup> {
    /// Export strings as Unicode.
    ///
    /// `SYNC_UNICODE` (`0x1`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x00000001);
    /// Do not export deletions.
    ///
    /// `SYNC_NO_DELETIONS` (`0x2`), valid on input.
    pub const NO_DELETIONS: Self = Self::from_bits_retain(0x00000002);
    /// Do not export soft deletions.
    ///
    /// `SYNC_NO_SOFT_DELETIONS` (`0x4`), valid on input.
    pub const NO_SOFT_DELETIONS: Self = Self::from_bits_retain(0x00000004);
    /// Export read-state changes.
    ///
    /// `SYNC_READ_STATE` (`0x8`), valid on input.
    pub const READ_STATE: Self = Self::from_bits_retain(0x00000008);
    /// Export folder associated information (FAI) messages.
    ///
    /// `SYNC_ASSOCIATED` (`0x10`), valid on input.
    pub const ASSOCIATED: Self = Self::from_bits_retain(0x00000010);
    /// Export normal (non-FAI) messages.
    ///
    /// `SYNC_NORMAL` (`0x20`), valid on input.
    pub const NORMAL: Self = Self::from_bits_retain(0x00000020);
    /// Do not detect conflicts.
    ///
    /// `SYNC_NO_CONFLICTS` (`0x40`), valid on input.
    pub const NO_CONFLICTS: Self = Self::from_bits_retain(0x00000040);
    /// Export only the properties of the include list.
    ///
    /// `SYNC_ONLY_SPECIFIED_PROPS` (`0x80`), valid on input.
    pub const ONLY_SPECIFIED_PROPS: Self = Self::from_bits_retain(0x00000080);
    /// Do not export changes made in other replicas.
    ///
    /// `SYNC_NO_FOREIGN_KEYS` (`0x100`), valid on input.
    pub const NO_FOREIGN_KEYS: Self = Self::from_bits_retain(0x00000100);
    /// The collector's messages support a limited `IMessage`.
    ///
    /// `SYNC_LIMITED_IMESSAGE` (`0x200`), valid on input.
    pub const LIMITED_IMESSAGE: Self = Self::from_bits_retain(0x00000200);
    /// Bring the state up to date without exporting changes.
    ///
    /// `SYNC_CATCHUP` (`0x400`), valid on input.
    pub const CATCHUP: Self = Self::from_bits_retain(0x00000400);
    /// Export each message's best body format only.
    ///
    /// `SYNC_BEST_BODY` (`0x2000`), valid on input.
    pub const BEST_BODY: Self = Self::from_bits_retain(0x00002000);
    /// Ignore the include and exclude lists for FAI messages.
    ///
    /// `SYNC_IGNORE_SPECIFIED_ON_ASSOCIATED` (`0x4000`), valid on input.
    pub const IGNORE_SPECIFIED_ON_ASSOCIATED: Self = Self::from_bits_retain(0x00004000);
    /// Report progress with the changes.
    ///
    /// `SYNC_PROGRESS_MODE` (`0x8000`), valid on input.
    pub const PROGRESS_MODE: Self = Self::from_bits_retain(0x00008000);
    /// Skip items that cannot be exported.
    ///
    /// `SYNC_FXRECOVERMODE` (`0x10000`), valid on input.
    pub const FXRECOVERMODE: Self = Self::from_bits_retain(0x00010000);
    /// Return string properties as Unicode.
    ///
    /// `SYNC_FORCE_UNICODE` (`0x40000`), valid on input.
    pub const FORCE_UNICODE: Self = Self::from_bits_retain(0x00040000);
}
/// Flags of the `Config` methods of the collectors
/// (`IExchangeImportContentsChanges`, `IExchangeImportHierarchyChanges`) and
/// of `IExchangeImportContentsChanges2::ConfigForConversionStream`.
///
/// None are documented; bits are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeImportChangesConfigFlags = crate::Flags<
    ExchangeImportChangesConfigFlagsGroup,
>;
/// The group of [`ExchangeImportChangesConfigFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeImportChangesConfigFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeImportChangesConfigFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IExchangeImportContentsChanges::ImportMessageChange` and
/// `IExchangeImportContentsChanges2::ImportMessageChangeAsAStream`. Bits not
/// listed are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeImportMessageChangeFlags = crate::Flags<
    ExchangeImportMessageChangeFlagsGroup,
>;
/// The group of [`ExchangeImportMessageChangeFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeImportMessageChangeFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeImportMessageChangeFlagsGroup {
    const IN_MASK: u32 = 0x00000810;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SYNC_ASSOCIATED", 0x00000010),
        ("SYNC_NEW_MESSAGE", 0x00000800),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeImportMessageChangeFlagsGroup> {
    /// The message is a folder associated information (FAI) message.
    ///
    /// `SYNC_ASSOCIATED` (`0x10`), valid on input.
    pub const ASSOCIATED: Self = Self::from_bits_retain(0x00000010);
    /// The message is new: the collector need not look for a conflict.
    ///
    /// `SYNC_NEW_MESSAGE` (`0x800`), valid on input.
    pub const NEW_MESSAGE: Self = Self::from_bits_retain(0x00000800);
}
/// Flags of `IExchangeImportContentsChanges::ImportMessageDeletion` and
/// `IExchangeImportHierarchyChanges::ImportFolderDeletion`. Older
/// synchronizers passed zero; bits not listed are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeImportDeletionFlags = crate::Flags<ExchangeImportDeletionFlagsGroup>;
/// The group of [`ExchangeImportDeletionFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeImportDeletionFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeImportDeletionFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SYNC_SOFT_DELETE", 0x00000001),
        ("SYNC_EXPIRY", 0x00000002),
    ];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeImportDeletionFlagsGroup> {
    /// The items were soft-deleted.
    ///
    /// `SYNC_SOFT_DELETE` (`0x1`), valid on input.
    pub const SOFT_DELETE: Self = Self::from_bits_retain(0x00000001);
    /// The items expired.
    ///
    /// `SYNC_EXPIRY` (`0x2`), valid on input.
    pub const EXPIRY: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IExchangeChangeAdviseSink::OnNotify`.
#[cfg(feature = "exchange")]
pub type ExchangeChangeAdviseSinkOnNotifyFlags = crate::Flags<
    ExchangeChangeAdviseSinkOnNotifyFlagsGroup,
>;
/// The group of [`ExchangeChangeAdviseSinkOnNotifyFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeChangeAdviseSinkOnNotifyFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeChangeAdviseSinkOnNotifyFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("ulHierChanged", 0x00000001)];
}
#[cfg(feature = "exchange")]
impl crate::Flags<ExchangeChangeAdviseSinkOnNotifyFlagsGroup> {
    /// The folder hierarchy changed.
    ///
    /// `ulHierChanged` (`0x1`), valid on input.
    pub const ulHierChanged: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IExchangeChangeAdvisor::Config`. None are documented; bits are
/// passed through.
#[cfg(feature = "exchange")]
pub type ExchangeChangeAdvisorConfigFlags = crate::Flags<
    ExchangeChangeAdvisorConfigFlagsGroup,
>;
/// The group of [`ExchangeChangeAdvisorConfigFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeChangeAdvisorConfigFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeChangeAdvisorConfigFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IExchangeBadItemCallback::BadItem`. None are documented; bits
/// are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeBadItemCallbackBadItemFlags = crate::Flags<
    ExchangeBadItemCallbackBadItemFlagsGroup,
>;
/// The group of [`ExchangeBadItemCallbackBadItemFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeBadItemCallbackBadItemFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeBadItemCallbackBadItemFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of the `IExchangeMoveUserProgress` methods. None are documented;
/// bits are passed through.
#[cfg(feature = "exchange")]
pub type ExchangeMoveUserProgressFlags = crate::Flags<
    ExchangeMoveUserProgressFlagsGroup,
>;
/// The group of [`ExchangeMoveUserProgressFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "exchange")]
pub enum ExchangeMoveUserProgressFlagsGroup {}
#[cfg(feature = "exchange")]
impl crate::FlagGroup for ExchangeMoveUserProgressFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const KEEP_UNKNOWN: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Tells whether two address book entry identifiers designate the same
    /// object, letting the Exchange service named by `pEmsmdbUID` compare
    /// them; stands in for `IAddrBook::CompareEntryIDs`.
    ///
    /// Returns `S_OK` when the comparison was made.
    ///
    /// # Parameters
    ///
    /// - `pmsess` (`LPMAPISESSION`, in): The session the client is logged on to.
    /// - `pEmsmdbUID` (`const MAPIUID*`, in): The `emsmdbUID` of the Exchange service whose address book compares the identifiers; null or all zero for the address book's own comparison.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `cbEntryID1` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID1`.
    /// - `lpEntryID1` (`LPENTRYID`, in): First entry identifier to compare.
    /// - `cbEntryID2` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID2`.
    /// - `lpEntryID2` (`LPENTRYID`, in): Second entry identifier to compare.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulResult` (`ULONG*`, out): Receives TRUE if both identifiers designate the same object, FALSE otherwise.
    pub fn HrCompareABEntryIDsWithExchangeContext(
        pmsess: crate::LPMAPISESSION,
        pEmsmdbUID: *const crate::MAPIUID,
        pAddrBook: crate::LPADRBOOK,
        cbEntryID1: crate::ULONG,
        lpEntryID1: crate::LPENTRYID,
        cbEntryID2: crate::ULONG,
        lpEntryID2: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulResult: *mut crate::ULONG,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Shows the details dialog box of an address book entry, opened by the
    /// address book provider of the Exchange service named by
    /// `pEmsmdbUID`; stands in for `IAddrBook::Details`.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// # Parameters
    ///
    /// - `pmsess` (`LPMAPISESSION`, in): The session the client is logged on to.
    /// - `pEmsmdbUID` (`const MAPIUID*`, in): The `emsmdbUID` of the Exchange service whose address book provider opens the entry; null or all zero to let the address book choose.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): Handle of the parent window of the dialog box; receives the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpfnDismiss` (`LPFNDISMISS`, in): Function called when a modeless dialog box is dismissed, or null.
    /// - `lpvDismissContext` (`LPVOID`, in): Context passed to `lpfnDismiss`.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry whose details are shown.
    /// - `lpfButtonCallback` (`LPFNBUTTON`, in): Function called when the added button is clicked, or null.
    /// - `lpvButtonContext` (`LPVOID`, in): Context passed to `lpfButtonCallback`.
    /// - `lpszButtonText` (`LPTSTR`, in): Label of the added button, or null when no button is wanted.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing the dialog kind and the string format.
    pub fn HrDoABDetailsWithExchangeContext(
        pmsess: crate::LPMAPISESSION,
        pEmsmdbUID: *const crate::MAPIUID,
        pAddrBook: crate::LPADRBOOK,
        lpulUIParam: *mut crate::ULONG_PTR,
        lpfnDismiss: crate::LPFNDISMISS,
        lpvDismissContext: crate::LPVOID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpfButtonCallback: crate::LPFNBUTTON,
        lpvButtonContext: crate::LPVOID,
        lpszButtonText: crate::LPTSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Shows the details dialog box of an address book entry, opened by the
    /// Exchange address book provider named by `pEmsabpUID`; stands in for
    /// `IAddrBook::Details`.
    ///
    /// Returns `S_OK` when the dialog box was shown.
    ///
    /// # Parameters
    ///
    /// - `pEmsabpUID` (`const MAPIUID*`, in): The `emsabpUID` of the Exchange address book provider that opens the entry; null or all zero to let the address book choose.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `lpulUIParam` (`ULONG_PTR*`, in, out): Handle of the parent window of the dialog box; receives the modeless dialog's window with `DIALOG_SDI`.
    /// - `lpfnDismiss` (`LPFNDISMISS`, in): Function called when a modeless dialog box is dismissed, or null.
    /// - `lpvDismissContext` (`LPVOID`, in): Context passed to `lpfnDismiss`.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry whose details are shown.
    /// - `lpfButtonCallback` (`LPFNBUTTON`, in): Function called when the added button is clicked, or null.
    /// - `lpvButtonContext` (`LPVOID`, in): Context passed to `lpfButtonCallback`.
    /// - `lpszButtonText` (`LPTSTR`, in): Label of the added button, or null when no button is wanted.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing the dialog kind and the string format.
    pub fn HrDoABDetailsWithProviderUID(
        pEmsabpUID: *const crate::MAPIUID,
        pAddrBook: crate::LPADRBOOK,
        lpulUIParam: *mut crate::ULONG_PTR,
        lpfnDismiss: crate::LPFNDISMISS,
        lpvDismissContext: crate::LPVOID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpfButtonCallback: crate::LPFNBUTTON,
        lpvButtonContext: crate::LPVOID,
        lpszButtonText: crate::LPTSTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Returns the entry identifier of the global address list of the
    /// Exchange service named by `pEmsmdbUID`.
    ///
    /// The caller frees `*lppeid` with `MAPIFreeBuffer`. Returns `S_OK`
    /// when the identifier was returned.
    ///
    /// # Parameters
    ///
    /// - `pSess` (`LPMAPISESSION`, in): The session the client is logged on to.
    /// - `lpAdrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `pEmsmdbUID` (`const MAPIUID*`, in): The `emsmdbUID` of the Exchange service whose global address list is wanted; null or all zero for the legacy one.
    /// - `lpcbeid` (`ULONG*`, out): Receives the size in bytes of the entry identifier.
    /// - `lppeid` (`LPENTRYID*`, out): Receives the entry identifier of the global address list.
    pub fn HrGetGALFromEmsmdbUID(
        pSess: crate::LPMAPISESSION,
        lpAdrBook: crate::LPADRBOOK,
        pEmsmdbUID: *const crate::MAPIUID,
        lpcbeid: *mut crate::ULONG,
        lppeid: *mut crate::LPENTRYID,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens an address book entry as `HrOpenABEntryWithExchangeContext`
    /// does, with the legacy `emsmdbUID` (the Exchange account that serves
    /// callers unaware of several accounts). Only for callers that cannot
    /// find the right `emsmdbUID`.
    ///
    /// Returns `S_OK` when the entry was opened.
    ///
    /// # Parameters
    ///
    /// - `pmsess` (`LPMAPISESSION`, in): The session the client is logged on to.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub fn HrOpenABEntryUsingDefaultContext(
        pmsess: crate::LPMAPISESSION,
        pAddrBook: crate::LPADRBOOK,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens an address book entry through the address book provider of
    /// the Exchange service named by `pEmsmdbUID`; stands in for
    /// `IAddrBook::OpenEntry`.
    ///
    /// Returns `S_OK` when the entry was opened.
    ///
    /// # Parameters
    ///
    /// - `pmsess` (`LPMAPISESSION`, in): The session the client is logged on to.
    /// - `pEmsmdbUID` (`const MAPIUID*`, in): The `emsmdbUID` of the Exchange service whose address book provider opens the entry; null or all zero to let the address book choose.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub fn HrOpenABEntryWithExchangeContext(
        pmsess: crate::LPMAPISESSION,
        pEmsmdbUID: *const crate::MAPIUID,
        pAddrBook: crate::LPADRBOOK,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens an address book entry through the Exchange address book
    /// provider named by `pEmsabpUID`; stands in for
    /// `IAddrBook::OpenEntry`.
    ///
    /// Returns `S_OK` when the entry was opened.
    ///
    /// # Parameters
    ///
    /// - `pEmsabpUID` (`const MAPIUID*`, in): The `emsabpUID` of the Exchange address book provider that opens the entry; null or all zero to let the address book choose.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub fn HrOpenABEntryWithProviderUID(
        pEmsabpUID: *const crate::MAPIUID,
        pAddrBook: crate::LPADRBOOK,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens an address book entry as `HrOpenABEntryWithProviderUID` does,
    /// through a provider's support object instead of a session and its
    /// address book.
    ///
    /// Returns `S_OK` when the entry was opened.
    ///
    /// # Parameters
    ///
    /// - `pEmsabpUID` (`const MAPIUID*`, in): The `emsabpUID` of the Exchange address book provider that opens the entry; null or all zero to let the address book choose.
    /// - `lpSup` (`LPMAPISUP`, in): The support object MAPI gave the calling provider.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub fn HrOpenABEntryWithProviderUIDSupport(
        pEmsabpUID: *const crate::MAPIUID,
        lpSup: crate::LPMAPISUP,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens an address book entry as `HrOpenABEntryWithExchangeContext`
    /// does, taking the `emsabpUID` from a row that name resolution
    /// returned (an `ADRLIST` entry from `IAddrBook::ResolveName`, say).
    ///
    /// Returns `S_OK` when the entry was opened.
    ///
    /// # Parameters
    ///
    /// - `prwResolved` (`LPSRow`, in): The resolved row the `emsabpUID` is read from.
    /// - `pAddrBook` (`LPADRBOOK`, in): The session's address book.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub fn HrOpenABEntryWithResolvedRow(
        prwResolved: crate::LPSRow,
        pAddrBook: crate::LPADRBOOK,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT;
}
#[cfg(feature = "exchange")]
#[cfg(feature = "olmapi32")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "olmapi32", kind = "raw-dylib"))]
unsafe extern "system" {
    /// Opens an address book entry through a provider's support object,
    /// without naming an Exchange account. The reference says not to use
    /// it; `HrOpenABEntryWithProviderUIDSupport` names the account.
    ///
    /// Returns `S_OK` when the entry was opened.
    ///
    /// # Parameters
    ///
    /// - `lpSup` (`LPMAPISUP`, in): The support object MAPI gave the calling provider.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the entry to open.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the entry's standard interface (`IMailUser`, `IDistList` or `IABContainer`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the entry is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened entry.
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened entry.
    pub fn HrOpenABEntryWithSupport(
        lpSup: crate::LPMAPISUP,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lpulObjType: *mut crate::ULONG,
        lppUnk: *mut crate::LPUNKNOWN,
    ) -> crate::HRESULT;
}
/// Access to the rule table and the access control (permissions) table of an
/// Exchange folder: like `IMAPITable`, plus a way to change the rows.
///
/// Obtained with `IMAPIProp::OpenProperty` on the folder's `PR_RULES_TABLE`
/// or `PR_ACL_TABLE` (`PT_OBJECT`) with `IID_IExchangeModifyTable`. Changes
/// are transacted: they take effect when `ModifyTable` returns.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeModifyTable {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeModifyTableVtbl,
}
/// The vtable of [`IExchangeModifyTable`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeModifyTableVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the table object.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Returns the rows of the rule or permission table as an ordinary
    /// `IMAPITable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing what the table shows.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    pub GetTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Adds, changes or removes rows of the rule or permission table.
    ///
    /// Each `ROWENTRY` says what to do with its row (`ROW_ADD`,
    /// `ROW_MODIFY`, `ROW_REMOVE`); with `ROWLIST_REPLACE` the rows given
    /// replace the whole table. Rules are rows of `PR_RULE_*` columns,
    /// permissions rows of `PR_MEMBER_ID`, `PR_MEMBER_ENTRYID` and
    /// `PR_MEMBER_RIGHTS`.
    ///
    /// Returns `S_OK` when the table was changed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; zero applies each entry's own operation.
    /// - `lpMods` (`LPROWLIST`, in): The rows and what to do with each.
    pub ModifyTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpMods: LPROWLIST,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeModifyTable`]: `{2D734CB0-53FD-101B-B19D-08002B3056E3}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeModifyTable: crate::GUID = crate::GUID::from_u128(
    0x2d734cb0_53fd_101b_b19d_08002b3056e3,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeModifyTable {
    const IID: crate::GUID = IID_IExchangeModifyTable;
    const NAME: &'static str = "IExchangeModifyTable";
    type Vtbl = IExchangeModifyTableVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeModifyTable
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeModifyTableVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
/// The actions a deferred action message (DAM) carries: what a server-side
/// rule left for the client to do.
///
/// Obtained with `IMAPIProp::OpenProperty` on the message's
/// `PR_CLIENT_ACTIONS` with `IID_IExchangeRuleAction`. Only deferred action
/// messages expose it.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeRuleAction {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeRuleActionVtbl,
}
/// The vtable of [`IExchangeRuleAction`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeRuleActionVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns the number of actions of the message.
    ///
    /// Returns `S_OK` when the count was returned.
    ///
    /// # Parameters
    ///
    /// - `lpcActions` (`ULONG*`, out): Receives the number of actions.
    pub ActionCount: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpcActions: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns one action and the identifier of the rule it comes from.
    ///
    /// Returns `S_OK` when the action was returned.
    ///
    /// # Parameters
    ///
    /// - `ulActionNumber` (`ULONG`, in): The index of the action, from zero to the count less one.
    /// - `lpruleid` (`LARGE_INTEGER*`, out): Receives the identifier of the rule (`PR_RULE_ID`).
    /// - `lppAction` (`LPACTION*`, out): Receives the action.
    pub GetAction: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulActionNumber: crate::ULONG,
        lpruleid: *mut crate::LARGE_INTEGER,
        lppAction: *mut LPACTION,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeRuleAction`]: `{74BBA840-C93A-11CE-9581-00AA005742F7}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeRuleAction: crate::GUID = crate::GUID::from_u128(
    0x74bba840_c93a_11ce_9581_00aa005742f7,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeRuleAction {
    const IID: crate::GUID = IID_IExchangeRuleAction;
    const NAME: &'static str = "IExchangeRuleAction";
    type Vtbl = IExchangeRuleActionVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeRuleAction
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeRuleActionVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
/// Administration of an Exchange server's stores: entry IDs of other users'
/// mailboxes, entry IDs from source keys, folder rights, and the tables of
/// mailboxes and public folders of a server.
///
/// Obtained with `QueryInterface` on an open Exchange message store. The
/// numbered versions repeat these methods and add more.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeManageStoreVtbl,
}
/// The vtable of [`IExchangeManageStore`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStoreVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Makes the entry ID of a mailbox (or of the public store), to open it
    /// with `IMAPISession::OpenMsgStore`.
    ///
    /// The entry ID is only formatted; the server is not contacted, so the
    /// call is cheap. The flags decide the rights the store will be opened
    /// with (as its owner, with administrative rights, ...).
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateStoreEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMsgStoreDN: crate::LPCSTR,
        lpszMailboxDN: crate::LPCSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns the entry ID of a folder or message from its source key
    /// (`PR_SOURCE_KEY`), which, unlike an entry ID, has a fixed size.
    ///
    /// For a folder, pass its source key alone; for a message, the source key
    /// of its folder and its own.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub EntryIDFromSourceKey: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFolderKeySize: crate::ULONG,
        lpFolderSourceKey: *mut crate::BYTE,
        cMessageKeySize: crate::ULONG,
        lpMessageSourceKey: *mut crate::BYTE,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns the rights a user has on a folder (`frights*` bits).
    ///
    /// Returns:
    /// - `S_OK`: the rights were returned.
    /// - `MAPI_E_NO_ACCESS`: the caller may not see the folder's rights.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    pub GetRights: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbUserEntryID: crate::ULONG,
        lpUserEntryID: crate::LPENTRYID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpulRights: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns a table of every mailbox on a server: display name, e-mail
    /// address, locale, sizes, message counts, last logon and logoff times,
    /// storage limits.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_LOGON_FAILED`: the store service is not running on the server.
    /// - `MAPI_E_NETWORK_ERROR`: the server cannot be reached.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    pub GetMailboxTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns a table of every public folder on a server: counts and sizes
    /// of messages and attachments, path names, owner and contact counts.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_LOGON_FAILED`: the store service is not running on the server.
    /// - `MAPI_E_NETWORK_ERROR`: the server cannot be reached.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    pub GetPublicFolderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeManageStore`]: `{559D10B0-A772-11CD-9BC8-00AA002FC45A}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeManageStore: crate::GUID = crate::GUID::from_u128(
    0x559d10b0_a772_11cd_9bc8_00aa002fc45a,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeManageStore {
    const IID: crate::GUID = IID_IExchangeManageStore;
    const NAME: &'static str = "IExchangeManageStore";
    type Vtbl = IExchangeManageStoreVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeManageStore
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeManageStoreVtbl>() == 8 * ::core::mem::size_of::<usize>()
);
/// `IExchangeManageStore` with the entry IDs of newsgroup folders. It repeats
/// the methods of `IExchangeManageStore` (its base is `IUnknown`).
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore2 {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeManageStore2Vtbl,
}
/// The vtable of [`IExchangeManageStore2`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore2Vtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// As `IExchangeManageStore::CreateStoreEntryID`: makes the entry ID of a
    /// mailbox or of the public store.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateStoreEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMsgStoreDN: crate::LPCSTR,
        lpszMailboxDN: crate::LPCSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::EntryIDFromSourceKey`: the entry ID of a
    /// folder or message from source keys.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub EntryIDFromSourceKey: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFolderKeySize: crate::ULONG,
        lpFolderSourceKey: *mut crate::BYTE,
        cMessageKeySize: crate::ULONG,
        lpMessageSourceKey: *mut crate::BYTE,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetRights`: a user's rights on a folder.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    pub GetRights: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbUserEntryID: crate::ULONG,
        lpUserEntryID: crate::LPENTRYID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpulRights: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetMailboxTable`: the mailboxes of a server.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    pub GetMailboxTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetPublicFolderTable`: the public folders of
    /// a server.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    pub GetPublicFolderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the entry ID of the folder of a newsgroup.
    ///
    /// Returns:
    /// - `S_OK`: the entry ID was returned.
    /// - `MAPI_E_NOT_FOUND`: no folder holds this newsgroup.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsgroupName` (`LPSTR`, in): Name of the newsgroup (`comp.mail.misc`).
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateNewsgroupNameEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszNewsgroupName: crate::LPSTR,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeManageStore2`]: `{B6DCA470-0FF3-11D0-A409-00C04FD7BD87}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeManageStore2: crate::GUID = crate::GUID::from_u128(
    0xb6dca470_0ff3_11d0_a409_00c04fd7bd87,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeManageStore2 {
    const IID: crate::GUID = IID_IExchangeManageStore2;
    const NAME: &'static str = "IExchangeManageStore2";
    type Vtbl = IExchangeManageStore2Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeManageStore2
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeManageStore2Vtbl>() == 9 * ::core::mem::size_of::<usize>()
);
/// `IExchangeManageStore2` with a mailbox table read from an offset, for
/// servers with many mailboxes.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore3 {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeManageStore3Vtbl,
}
/// The vtable of [`IExchangeManageStore3`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore3Vtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// As `IExchangeManageStore::CreateStoreEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateStoreEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMsgStoreDN: crate::LPCSTR,
        lpszMailboxDN: crate::LPCSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::EntryIDFromSourceKey`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub EntryIDFromSourceKey: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFolderKeySize: crate::ULONG,
        lpFolderSourceKey: *mut crate::BYTE,
        cMessageKeySize: crate::ULONG,
        lpMessageSourceKey: *mut crate::BYTE,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetRights`.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    pub GetRights: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbUserEntryID: crate::ULONG,
        lpUserEntryID: crate::LPENTRYID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpulRights: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetMailboxTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    pub GetMailboxTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetPublicFolderTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    pub GetPublicFolderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsgroupName` (`LPSTR`, in): Name of the newsgroup.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateNewsgroupNameEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszNewsgroupName: crate::LPSTR,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns the mailbox table of a server starting at a given mailbox, so
    /// that a large server can be read in parts.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    /// - `uOffset` (`UINT`, in): The index of the first mailbox in the table.
    pub GetMailboxTableOffset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
        uOffset: crate::UINT,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeManageStore3`]: `{166D9BC2-DB75-44A9-8A93-9F3FFC994D76}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeManageStore3: crate::GUID = crate::GUID::from_u128(
    0x166d9bc2_db75_44a9_8a93_9f3ffc994d76,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeManageStore3 {
    const IID: crate::GUID = IID_IExchangeManageStore3;
    const NAME: &'static str = "IExchangeManageStore3";
    type Vtbl = IExchangeManageStore3Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeManageStore3
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeManageStore3Vtbl>() == 10 *
    ::core::mem::size_of::<usize>()
);
/// `IExchangeManageStore3` with a public folder table read from an offset.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore4 {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeManageStore4Vtbl,
}
/// The vtable of [`IExchangeManageStore4`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeManageStore4Vtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// As `IExchangeManageStore::CreateStoreEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateStoreEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMsgStoreDN: crate::LPCSTR,
        lpszMailboxDN: crate::LPCSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::EntryIDFromSourceKey`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub EntryIDFromSourceKey: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cFolderKeySize: crate::ULONG,
        lpFolderSourceKey: *mut crate::BYTE,
        cMessageKeySize: crate::ULONG,
        lpMessageSourceKey: *mut crate::BYTE,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetRights`.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    pub GetRights: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbUserEntryID: crate::ULONG,
        lpUserEntryID: crate::LPENTRYID,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpulRights: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetMailboxTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    pub GetMailboxTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore::GetPublicFolderTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    pub GetPublicFolderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsgroupName` (`LPSTR`, in): Name of the newsgroup.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    pub CreateNewsgroupNameEntryID: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszNewsgroupName: crate::LPSTR,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// As `IExchangeManageStore3::GetMailboxTableOffset`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    /// - `uOffset` (`UINT`, in): The index of the first mailbox in the table.
    pub GetMailboxTableOffset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
        uOffset: crate::UINT,
    ) -> crate::HRESULT,
    /// Returns the public folder table of a server starting at a given
    /// folder, so that a large server can be read in parts.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    /// - `uOffset` (`UINT`, in): The index of the first folder in the table.
    pub GetPublicFolderTableOffset: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszServerName: crate::LPTSTR,
        lppTable: *mut crate::LPMAPITABLE,
        ulFlags: crate::ULONG,
        uOffset: crate::UINT,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeManageStore4`]: `{2590FF87-C431-4F9C-B1A8-CD69D760CD10}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeManageStore4: crate::GUID = crate::GUID::from_u128(
    0x2590ff87_c431_4f9c_b1a8_cd69d760cd10,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeManageStore4 {
    const IID: crate::GUID = IID_IExchangeManageStore4;
    const NAME: &'static str = "IExchangeManageStore4";
    type Vtbl = IExchangeManageStore4Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeManageStore4
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeManageStore4Vtbl>() == 11 *
    ::core::mem::size_of::<usize>()
);
/// A pull newsfeed of the Exchange NNTP service: configures the feed,
/// filters the articles offered, and receives articles.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeNntpNewsfeed {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeNntpNewsfeedVtbl,
}
/// The vtable of [`IExchangeNntpNewsfeed`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeNntpNewsfeedVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Configures the newsfeed from its directory object and Internet mail
    /// settings.
    ///
    /// Returns `S_OK` when the feed was configured.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsfeedDN` (`LPSTR`, in): Distinguished name of the newsfeed's directory object.
    /// - `cValues` (`ULONG`, in): Number of values at `lpIMailPropArray`.
    /// - `lpIMailPropArray` (`LPSPropValue`, in): The Internet mail properties of the feed.
    pub Configure: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszNewsfeedDN: crate::LPSTR,
        cValues: crate::ULONG,
        lpIMailPropArray: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Tells which of the articles a peer offers are wanted.
    ///
    /// Returns `S_OK` when the answer was returned.
    ///
    /// **Notes to callers.** Free the returned bytes with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgIds` (`LPSTR`, in): The message IDs of the articles offered.
    /// - `lpcfWanted` (`ULONG*`, out): Receives the number of bytes at `lppfWanted`.
    /// - `lppfWanted` (`BYTE**`, out): Receives one byte per message ID: nonzero when the article is wanted.
    pub CheckMsgIds: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMsgIds: crate::LPSTR,
        lpcfWanted: *mut crate::ULONG,
        lppfWanted: *mut *mut crate::BYTE,
    ) -> crate::HRESULT,
    /// Opens a stream to write an incoming article into.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// # Parameters
    ///
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream.
    pub OpenArticleStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lppStream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeNntpNewsfeed`]: `{380F41C0-3CDC-11D0-9792-00C04FD6551D}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeNntpNewsfeed: crate::GUID = crate::GUID::from_u128(
    0x380f41c0_3cdc_11d0_9792_00c04fd6551d,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeNntpNewsfeed {
    const IID: crate::GUID = IID_IExchangeNntpNewsfeed;
    const NAME: &'static str = "IExchangeNntpNewsfeed";
    type Vtbl = IExchangeNntpNewsfeedVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeNntpNewsfeed
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeNntpNewsfeedVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
/// The fast transfer of Exchange stores: `CopyTo`, `CopyProps`,
/// `CopyMessages` and `CopyFolder` carried out as a stream of opaque buffers
/// from the source object to the destination.
///
/// Obtained with `IMAPIProp::OpenProperty` on `PR_FAST_TRANSFER` of a
/// folder, message or attachment.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeFastTransfer {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeFastTransferVtbl,
}
/// The vtable of [`IExchangeFastTransfer`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeFastTransferVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Prepares the object for a transfer of the given kind.
    ///
    /// Returns `S_OK` when the object is ready.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of the copy's flags.
    /// - `ulTransferMethod` (`ULONG`, in): The kind of transfer: `TRANSFER_COPYTO`, `TRANSFER_COPYPROPS`, `TRANSFER_COPYMESSAGES` or `TRANSFER_COPYFOLDER`.
    pub Config: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulTransferMethod: crate::ULONG,
    ) -> crate::HRESULT,
    /// Hands the object one buffer of the transfer stream.
    ///
    /// Returns `S_OK` when the buffer was taken.
    ///
    /// # Parameters
    ///
    /// - `cb` (`ULONG`, in): Size of the buffer in bytes.
    /// - `lpb` (`LPBYTE`, in): The buffer.
    /// - `lpcbProcessed` (`ULONG*`, out): Receives the number of bytes processed.
    pub TransferBuffer: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cb: crate::ULONG,
        lpb: crate::LPBYTE,
        lpcbProcessed: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Tells whether a transfer of the given kind through the given interface
    /// and properties can be made fast.
    ///
    /// Returns `TRUE` if it can, `FALSE` otherwise.
    ///
    /// # Parameters
    ///
    /// - `ulTransferMethod` (`ULONG`, in): The kind of transfer (`TRANSFER_*`).
    /// - `refiid` (`REFIID`, in): The interface the copy is made through.
    /// - `lpptagList` (`LPSPropTagArray`, in): The properties copied; null for all.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    pub IsInterfaceOk: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulTransferMethod: crate::ULONG,
        refiid: crate::REFIID,
        lpptagList: crate::LPSPropTagArray,
        ulFlags: crate::ULONG,
    ) -> crate::BOOL,
}
/// The interface identifier of [`IExchangeFastTransfer`]: `{FF7DB070-A88A-11CD-9BC8-00AA002FC45A}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeFastTransfer: crate::GUID = crate::GUID::from_u128(
    0xff7db070_a88a_11cd_9bc8_00aa002fc45a,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeFastTransfer {
    const IID: crate::GUID = IID_IExchangeFastTransfer;
    const NAME: &'static str = "IExchangeFastTransfer";
    type Vtbl = IExchangeFastTransferVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeFastTransfer
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeFastTransferVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
/// The synchronizer of incremental change synchronization: exports the
/// changes of a folder's contents or of its subfolder hierarchy since a
/// recorded state, one small step at a time, to a collector.
///
/// Obtained with `IMAPIProp::OpenProperty` on a folder's
/// `PR_CONTENTS_SYNCHRONIZER` or `PR_HIERARCHY_SYNCHRONIZER` with
/// `IID_IExchangeExportChanges`. The collector is an object of the agent's
/// that implements `IExchangeImportContentsChanges` or
/// `IExchangeImportHierarchyChanges`.
///
/// **Notes to implementers.** A message store offering incremental
/// synchronization implements it on its folders, with the state streams it
/// defines.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeExportChanges {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeExportChangesVtbl,
}
/// The vtable of [`IExchangeExportChanges`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeExportChangesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the synchronizer.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Prepares the synchronizer: the state to start from, what to export,
    /// and the collector to export to.
    ///
    /// The state stream holds the binary state of an earlier
    /// synchronization (empty the first time); it is specific to this
    /// synchronizer and collector.
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state to start from.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what is exported and how.
    /// - `lpUnk` (`LPUNKNOWN`, in): The collector: an object implementing `IExchangeImportContentsChanges` or `IExchangeImportHierarchyChanges`.
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction on the messages exported; null for all.
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Properties to export besides the usual ones (`PR_MESSAGE_SIZE`, `PR_ENTRYID`), or the only ones with `SYNC_ONLY_SPECIFIED_PROPS`; may be null.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Properties not to export; may be null.
    /// - `ulBufferSize` (`ULONG`, in): Size in bytes of the buffers used for the transfer; zero for the default.
    pub Config: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
        lpUnk: crate::LPUNKNOWN,
        lpRestriction: crate::LPSRestriction,
        lpIncludeProps: crate::LPSPropTagArray,
        lpExcludeProps: crate::LPSPropTagArray,
        ulBufferSize: crate::ULONG,
    ) -> crate::HRESULT,
    /// Exports the next step of changes to the collector.
    ///
    /// Changes are exported in small atomic steps. Between two calls the
    /// agent may stop, save the state with `UpdateState`, and resume later
    /// from it.
    ///
    /// Returns:
    /// - `S_OK`: synchronization is complete.
    /// - `SYNC_W_PROGRESS`: a step was made and more are left; call again.
    ///
    /// # Parameters
    ///
    /// - `lpulSteps` (`ULONG*`, out): Receives the total number of steps.
    /// - `lpulProgress` (`ULONG*`, out): Receives the number of steps done.
    pub Synchronize: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulSteps: *mut crate::ULONG,
        lpulProgress: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes the current synchronization state to a stream.
    ///
    /// Use a stream of its own when checkpointing or when stopping to resume
    /// later.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    pub UpdateState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeExportChanges`]: `{A3EA9CC0-D1B2-11CD-80FC-00AA004BBA0B}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeExportChanges: crate::GUID = crate::GUID::from_u128(
    0xa3ea9cc0_d1b2_11cd_80fc_00aa004bba0b,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeExportChanges {
    const IID: crate::GUID = IID_IExchangeExportChanges;
    const NAME: &'static str = "IExchangeExportChanges";
    type Vtbl = IExchangeExportChangesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeExportChanges
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeExportChangesVtbl>() == 7 *
    ::core::mem::size_of::<usize>()
);
/// `IExchangeExportChanges` that can export messages as Internet-format
/// conversion streams.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeExportChanges2 {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeExportChanges2Vtbl,
}
/// The vtable of [`IExchangeExportChanges2`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeExportChanges2Vtbl {
    /// The slots of `IExchangeExportChanges`.
    pub base__: IExchangeExportChangesVtbl,
    /// Prepares the synchronizer like `Config`, exporting each changed
    /// message as a conversion stream (an Internet-format message) built with
    /// the given conversion properties.
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state to start from.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what is exported and how.
    /// - `lpUnk` (`LPUNKNOWN`, in): The collector (an `IExchangeImportContentsChanges2`).
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction on the messages exported; null for all.
    /// - `cValuesConversion` (`ULONG`, in): Number of values at `lpPropArrayConversion`.
    /// - `lpPropArrayConversion` (`LPSPropValue`, in): Properties controlling the conversion; may be null.
    /// - `ulBufferSize` (`ULONG`, in): Size in bytes of the buffers used for the transfer; zero for the default.
    pub ConfigForConversionStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
        lpUnk: crate::LPUNKNOWN,
        lpRestriction: crate::LPSRestriction,
        cValuesConversion: crate::ULONG,
        lpPropArrayConversion: crate::LPSPropValue,
        ulBufferSize: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeExportChanges2`]: `{387CEBE0-F53F-11CF-A48F-00C04FD65595}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeExportChanges2: crate::GUID = crate::GUID::from_u128(
    0x387cebe0_f53f_11cf_a48f_00c04fd65595,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeExportChanges2 {
    const IID: crate::GUID = IID_IExchangeExportChanges2;
    const NAME: &'static str = "IExchangeExportChanges2";
    type Vtbl = IExchangeExportChanges2Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeExportChanges2
            || <IExchangeExportChanges as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeExportChanges2Vtbl>() == 8 *
    ::core::mem::size_of::<usize>()
);
/// `IExchangeExportChanges2` that can export a chosen list of messages.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeExportChanges3 {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeExportChanges3Vtbl,
}
/// The vtable of [`IExchangeExportChanges3`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeExportChanges3Vtbl {
    /// The slots of `IExchangeExportChanges2`.
    pub base__: IExchangeExportChanges2Vtbl,
    /// Prepares the synchronizer like `Config`, for the listed messages only
    /// (selective download).
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state to start from.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what is exported and how.
    /// - `lpUnk` (`LPUNKNOWN`, in): The collector.
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry IDs of the messages to export.
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction on the messages exported; null for all.
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Properties to export besides the usual ones; may be null.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Properties not to export; may be null.
    /// - `ulBufferSize` (`ULONG`, in): Size in bytes of the buffers used for the transfer; zero for the default.
    pub ConfigForSelectiveSync: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
        lpUnk: crate::LPUNKNOWN,
        lpMsgList: crate::LPENTRYLIST,
        lpRestriction: crate::LPSRestriction,
        lpIncludeProps: crate::LPSPropTagArray,
        lpExcludeProps: crate::LPSPropTagArray,
        ulBufferSize: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeExportChanges3`]: `{702E7F86-50A6-11D1-ABD6-00A0C905660A}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeExportChanges3: crate::GUID = crate::GUID::from_u128(
    0x702e7f86_50a6_11d1_abd6_00a0c905660a,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeExportChanges3 {
    const IID: crate::GUID = IID_IExchangeExportChanges3;
    const NAME: &'static str = "IExchangeExportChanges3";
    type Vtbl = IExchangeExportChanges3Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeExportChanges3
            || <IExchangeExportChanges2 as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeExportChanges3Vtbl>() == 9 *
    ::core::mem::size_of::<usize>()
);
/// The collector of message changes in incremental change synchronization:
/// the synchronizer calls it once per new, changed, deleted, moved or
/// read-state-changed message.
///
/// An agent implements it to receive the changes of a folder's contents from
/// `IExchangeExportChanges`; a store offering uploads implements it on its
/// folders (`PR_COLLECTOR`) for changes made offline.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeImportContentsChanges {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeImportContentsChangesVtbl,
}
/// The vtable of [`IExchangeImportContentsChanges`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeImportContentsChangesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the collector.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Prepares the collector with the state to start from.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    pub Config: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes the collector's current synchronization state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    pub UpdateState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
    ) -> crate::HRESULT,
    /// Takes a new or changed message.
    ///
    /// The values hold at least `PR_SOURCE_KEY`, `PR_CHANGE_KEY` and
    /// `PR_PREDECESSOR_CHANGE_LIST`. The collector returns a message object
    /// that the synchronizer fills in with `SetProps` (or a stream) and saves
    /// with `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the message is returned.
    /// - `SYNC_E_IGNORE`: the collector does not want this change.
    /// - `SYNC_E_OBJECT_DELETED`: the message was deleted in the collector's
    ///   store.
    /// - `SYNC_E_CONFLICT`: the change conflicts with the collector's version.
    ///
    /// **Notes to implementers.** The message object needs only `SetProps`,
    /// `SaveChanges` and `IUnknown`.
    ///
    /// # Parameters
    ///
    /// - `cpvalChanges` (`ULONG`, in): Number of values at `ppvalChanges`.
    /// - `ppvalChanges` (`LPSPropValue`, in): Identifying properties of the message.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags describing the message.
    /// - `lppmessage` (`LPMESSAGE*`, out): Receives the message object to fill in.
    pub ImportMessageChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpvalChanges: crate::ULONG,
        ppvalChanges: crate::LPSPropValue,
        ulFlags: crate::ULONG,
        lppmessage: *mut crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Takes the deletion of messages.
    ///
    /// Returns:
    /// - `S_OK`: the messages were deleted.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a source key in the list
    ///   is not valid; the rest of the list is not processed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the messages were deleted.
    /// - `lpSrcEntryList` (`LPENTRYLIST`, in): Source keys (`PR_SOURCE_KEY`) of the deleted messages.
    pub ImportMessageDeletion: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpSrcEntryList: crate::LPENTRYLIST,
    ) -> crate::HRESULT,
    /// Takes changes of the read state of messages.
    ///
    /// Returns `S_OK` when the read states were changed.
    ///
    /// # Parameters
    ///
    /// - `cElements` (`ULONG`, in): Number of entries at `lpReadState`.
    /// - `lpReadState` (`LPREADSTATE`, in): One entry per message: its source key and new read state.
    pub ImportPerUserReadStateChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cElements: crate::ULONG,
        lpReadState: LPREADSTATE,
    ) -> crate::HRESULT,
    /// Takes the move of a message from one folder to another, so the
    /// collector can move it rather than delete and re-create it.
    ///
    /// Returns `S_OK` when the message was moved.
    ///
    /// # Parameters
    ///
    /// - `cbSourceKeySrcFolder` (`ULONG`, in): Size in bytes of `pbSourceKeySrcFolder`.
    /// - `pbSourceKeySrcFolder` (`BYTE*`, in): Source key of the folder the message was in.
    /// - `cbSourceKeySrcMessage` (`ULONG`, in): Size in bytes of `pbSourceKeySrcMessage`.
    /// - `pbSourceKeySrcMessage` (`BYTE*`, in): Source key of the message in that folder.
    /// - `cbPCLMessage` (`ULONG`, in): Size in bytes of `pbPCLMessage`.
    /// - `pbPCLMessage` (`BYTE*`, in): Predecessor change list of the message (`PR_PREDECESSOR_CHANGE_LIST`).
    /// - `cbSourceKeyDestMessage` (`ULONG`, in): Size in bytes of `pbSourceKeyDestMessage`.
    /// - `pbSourceKeyDestMessage` (`BYTE*`, in): Source key of the message in its new folder.
    /// - `cbChangeNumDestMessage` (`ULONG`, in): Size in bytes of `pbChangeNumDestMessage`.
    /// - `pbChangeNumDestMessage` (`BYTE*`, in): Change key (`PR_CHANGE_KEY`) of the move.
    pub ImportMessageMove: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbSourceKeySrcFolder: crate::ULONG,
        pbSourceKeySrcFolder: *mut crate::BYTE,
        cbSourceKeySrcMessage: crate::ULONG,
        pbSourceKeySrcMessage: *mut crate::BYTE,
        cbPCLMessage: crate::ULONG,
        pbPCLMessage: *mut crate::BYTE,
        cbSourceKeyDestMessage: crate::ULONG,
        pbSourceKeyDestMessage: *mut crate::BYTE,
        cbChangeNumDestMessage: crate::ULONG,
        pbChangeNumDestMessage: *mut crate::BYTE,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeImportContentsChanges`]: `{F75ABFA0-D0E0-11CD-80FC-00AA004BBA0B}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeImportContentsChanges: crate::GUID = crate::GUID::from_u128(
    0xf75abfa0_d0e0_11cd_80fc_00aa004bba0b,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeImportContentsChanges {
    const IID: crate::GUID = IID_IExchangeImportContentsChanges;
    const NAME: &'static str = "IExchangeImportContentsChanges";
    type Vtbl = IExchangeImportContentsChangesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeImportContentsChanges
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeImportContentsChangesVtbl>() == 10 *
    ::core::mem::size_of::<usize>()
);
/// `IExchangeImportContentsChanges` that takes messages as Internet-format
/// conversion streams.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeImportContentsChanges2 {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeImportContentsChanges2Vtbl,
}
/// The vtable of [`IExchangeImportContentsChanges2`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeImportContentsChanges2Vtbl {
    /// The slots of `IExchangeImportContentsChanges`.
    pub base__: IExchangeImportContentsChangesVtbl,
    /// Prepares the collector like `Config`, to take messages as conversion
    /// streams built with the given conversion properties.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `cValuesConversion` (`ULONG`, in): Number of values at `lpPropArrayConversion`.
    /// - `lpPropArrayConversion` (`LPSPropValue`, in): Properties controlling the conversion; may be null.
    pub ConfigForConversionStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
        cValuesConversion: crate::ULONG,
        lpPropArrayConversion: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Takes a new or changed message as a conversion stream: like
    /// `ImportMessageChange`, but the collector returns a stream the
    /// synchronizer writes the message into.
    ///
    /// Returns `S_OK` when the stream is returned, or one of the
    /// `ImportMessageChange` codes.
    ///
    /// # Parameters
    ///
    /// - `cpvalChanges` (`ULONG`, in): Number of values at `ppvalChanges`.
    /// - `ppvalChanges` (`LPSPropValue`, in): Identifying properties of the message.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags describing the message.
    /// - `lppstream` (`LPSTREAM*`, out): Receives the stream to write the message into.
    pub ImportMessageChangeAsAStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpvalChanges: crate::ULONG,
        ppvalChanges: crate::LPSPropValue,
        ulFlags: crate::ULONG,
        lppstream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeImportContentsChanges2`]: `{7DFDD720-F53F-11CF-A48F-00C04FD65595}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeImportContentsChanges2: crate::GUID = crate::GUID::from_u128(
    0x7dfdd720_f53f_11cf_a48f_00c04fd65595,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeImportContentsChanges2 {
    const IID: crate::GUID = IID_IExchangeImportContentsChanges2;
    const NAME: &'static str = "IExchangeImportContentsChanges2";
    type Vtbl = IExchangeImportContentsChanges2Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeImportContentsChanges2
            || <IExchangeImportContentsChanges as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeImportContentsChanges2Vtbl>() == 12 *
    ::core::mem::size_of::<usize>()
);
/// The collector of folder changes in incremental change synchronization:
/// the synchronizer calls it once per new, changed or deleted subfolder.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeImportHierarchyChanges {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeImportHierarchyChangesVtbl,
}
/// The vtable of [`IExchangeImportHierarchyChanges`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeImportHierarchyChangesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the collector.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Prepares the collector with the state to start from.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    pub Config: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes the collector's current synchronization state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    pub UpdateState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
    ) -> crate::HRESULT,
    /// Takes a new or changed folder.
    ///
    /// The values hold at least `PR_PARENT_SOURCE_KEY`, `PR_SOURCE_KEY`,
    /// `PR_CHANGE_KEY`, `PR_PREDECESSOR_CHANGE_LIST` and `PR_DISPLAY_NAME`.
    ///
    /// Returns:
    /// - `S_OK`: the change was applied, or discarded because the collector
    ///   already had it.
    /// - `SYNC_E_NO_PARENT`: no folder has the parent's source key.
    /// - `SYNC_E_OBJECT_DELETED`: the folder was deleted in the collector's
    ///   store.
    /// - `SYNC_E_CONFLICT`: the change conflicts with the collector's version
    ///   and conflicts are not allowed.
    ///
    /// **Notes to implementers.** Find the parent by its source key, then the
    /// folder by its own. Create a missing folder under the parent. If the
    /// imported change key is already in the folder's predecessor change
    /// list, discard the change; if the folder's change list is contained in
    /// the imported one, replace its properties; otherwise it is a conflict,
    /// resolved by the modification times when conflicts are allowed.
    ///
    /// # Parameters
    ///
    /// - `cpvalChanges` (`ULONG`, in): Number of values at `ppvalChanges`.
    /// - `ppvalChanges` (`LPSPropValue`, in): The folder's properties.
    pub ImportFolderChange: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cpvalChanges: crate::ULONG,
        ppvalChanges: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// Takes the deletion of folders.
    ///
    /// Returns:
    /// - `S_OK`: the folders were deleted.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a folder in the list is
    ///   not valid or cannot be deleted; the rest of the list is not
    ///   processed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the folders were deleted.
    /// - `lpSrcEntryList` (`LPENTRYLIST`, in): Source keys (`PR_SOURCE_KEY`) of the deleted folders.
    pub ImportFolderDeletion: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpSrcEntryList: crate::LPENTRYLIST,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeImportHierarchyChanges`]: `{85A66CF0-D0E0-11CD-80FC-00AA004BBA0B}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeImportHierarchyChanges: crate::GUID = crate::GUID::from_u128(
    0x85a66cf0_d0e0_11cd_80fc_00aa004bba0b,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeImportHierarchyChanges {
    const IID: crate::GUID = IID_IExchangeImportHierarchyChanges;
    const NAME: &'static str = "IExchangeImportHierarchyChanges";
    type Vtbl = IExchangeImportHierarchyChangesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeImportHierarchyChanges
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeImportHierarchyChangesVtbl>() == 8 *
    ::core::mem::size_of::<usize>()
);
/// The advise sink of `IExchangeChangeAdvisor`: told which of the watched
/// folders changed.
///
/// The header declares no IID for it: it is only ever passed to
/// `IExchangeChangeAdvisor::Config`, never asked for with `QueryInterface`.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeChangeAdviseSink {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeChangeAdviseSinkVtbl,
}
/// The vtable of [`IExchangeChangeAdviseSink`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeChangeAdviseSinkVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Called with the keys of the folders that changed.
    ///
    /// Returns zero.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: `ulHierChanged` when the hierarchy changed.
    /// - `lpEntryList` (`LPENTRYLIST`, in): The keys of the folders that changed, as registered with `AddKeys`.
    pub OnNotify: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpEntryList: crate::LPENTRYLIST,
    ) -> crate::ULONG,
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeChangeAdviseSinkVtbl>() == 4 *
    ::core::mem::size_of::<usize>()
);
/// Watches a set of folders for changes, cheaply, and tells an advise sink
/// which ones changed, so that an agent synchronizes only those.
///
/// Obtained with `IMAPIProp::OpenProperty` on the store's
/// `PR_CHANGE_ADVISOR`.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeChangeAdvisor {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeChangeAdvisorVtbl,
}
/// The vtable of [`IExchangeChangeAdvisor`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeChangeAdvisorVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the advisor.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Prepares the advisor: the state to start from and the sink to tell.
    ///
    /// Returns `S_OK` when the advisor is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the advisor's state.
    /// - `lpGUID` (`LPGUID`, in): GUID marking the caller's own changes, which are not reported (`PR_CHANGE_NOTIFICATION_GUID`); may be null.
    /// - `lpAdviseSink` (`LPEXCHANGECHANGEADVISESINK`, in): The sink told of changes.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    pub Config: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
        lpGUID: crate::LPGUID,
        lpAdviseSink: LPEXCHANGECHANGEADVISESINK,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Writes the advisor's current state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    pub UpdateState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpStream: crate::LPSTREAM,
    ) -> crate::HRESULT,
    /// Adds folders to watch.
    ///
    /// Returns `S_OK` when the folders are watched.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): The folders' keys.
    pub AddKeys: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntryList: crate::LPENTRYLIST,
    ) -> crate::HRESULT,
    /// Stops watching folders.
    ///
    /// Returns `S_OK` when the folders are no longer watched.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): The folders' keys.
    pub RemoveKeys: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntryList: crate::LPENTRYLIST,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeChangeAdvisor`]: `{1E300720-A839-11CF-BDE0-00004C7531E3}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeChangeAdvisor: crate::GUID = crate::GUID::from_u128(
    0x1e300720_a839_11cf_bde0_00004c7531e3,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeChangeAdvisor {
    const IID: crate::GUID = IID_IExchangeChangeAdvisor;
    const NAME: &'static str = "IExchangeChangeAdvisor";
    type Vtbl = IExchangeChangeAdvisorVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeChangeAdvisor
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeChangeAdvisorVtbl>() == 8 *
    ::core::mem::size_of::<usize>()
);
/// Told, while a mailbox is moved, of each item that could not be moved.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeBadItemCallback {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeBadItemCallbackVtbl,
}
/// The vtable of [`IExchangeBadItemCallback`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeBadItemCallbackVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Reports an item that could not be moved.
    ///
    /// Returns `S_OK` to go on with the move; an error stops it.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): Why the item could not be moved.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `lpwszFolderName` (`LPWSTR`, in): Name of the item's folder; may be null.
    /// - `lpsbFolderEid` (`LPSBinary`, in): Entry ID of the item's folder; may be null.
    /// - `cValues` (`ULONG`, in): Number of values at `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): Properties of the item; may be null.
    pub BadItem: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lpwszFolderName: crate::LPWSTR,
        lpsbFolderEid: crate::LPSBinary,
        cValues: crate::ULONG,
        lpPropArray: crate::LPSPropValue,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeBadItemCallback`]: `{1DF85AB7-4D20-4A57-B170-2F062136C1D6}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeBadItemCallback: crate::GUID = crate::GUID::from_u128(
    0x1df85ab7_4d20_4a57_b170_2f062136c1d6,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeBadItemCallback {
    const IID: crate::GUID = IID_IExchangeBadItemCallback;
    const NAME: &'static str = "IExchangeBadItemCallback";
    type Vtbl = IExchangeBadItemCallbackVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeBadItemCallback
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeBadItemCallbackVtbl>() == 4 *
    ::core::mem::size_of::<usize>()
);
/// Told, while a mailbox is moved, of the progress folder by folder.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeMoveUserProgress {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeMoveUserProgressVtbl,
}
/// The vtable of [`IExchangeMoveUserProgress`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeMoveUserProgressVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// The move goes on to the next folder.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `lpwszFolderName` (`LPWSTR`, in): Name of the folder; may be null.
    pub NextFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lpwszFolderName: crate::LPWSTR,
    ) -> crate::HRESULT,
    /// Progress within the current folder.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `ulCount` (`ULONG`, in): Number of items moved so far.
    /// - `ulTotal` (`ULONG`, in): Number of items to move.
    pub Progress: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> crate::HRESULT,
    /// The move starts over.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    pub Restart: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeMoveUserProgress`]: `{EF2FB44A-8DAC-4E4E-B1E3-A3B926355617}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeMoveUserProgress: crate::GUID = crate::GUID::from_u128(
    0xef2fb44a_8dac_4e4e_b1e3_a3b926355617,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeMoveUserProgress {
    const IID: crate::GUID = IID_IExchangeMoveUserProgress;
    const NAME: &'static str = "IExchangeMoveUserProgress";
    type Vtbl = IExchangeMoveUserProgressVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeMoveUserProgress
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeMoveUserProgressVtbl>() == 6 *
    ::core::mem::size_of::<usize>()
);
/// Adds public folders to, or removes them from, the user's Favorites
/// folder of the public store.
///
/// Obtained with `QueryInterface` on the folder whose entry ID is the
/// public store's `PR_IPM_FAVORITES_ENTRYID`.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeFavorites {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeFavoritesVtbl,
}
/// The vtable of [`IExchangeFavorites`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeFavoritesVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Returns a `MAPIERROR` describing the last error of the object.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// Adds public folders to Favorites.
    ///
    /// Returns `S_OK` when the folders were added.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): Entry IDs of the public folders.
    pub AddFavorites: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntryList: crate::LPENTRYLIST,
    ) -> crate::HRESULT,
    /// Removes folders from Favorites.
    ///
    /// Returns:
    /// - `S_OK`: the folders were removed.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a folder cannot be
    ///   removed; the rest of the list is not processed.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): Entry IDs of the folders in Favorites (not of the public folders they stand for).
    pub DelFavorites: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpEntryList: crate::LPENTRYLIST,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeFavorites`]: `{CF4F3BC0-EC66-11CE-B31C-00AA00574CC6}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeFavorites: crate::GUID = crate::GUID::from_u128(
    0xcf4f3bc0_ec66_11ce_b31c_00aa00574cc6,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeFavorites {
    const IID: crate::GUID = IID_IExchangeFavorites;
    const NAME: &'static str = "IExchangeFavorites";
    type Vtbl = IExchangeFavoritesVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeFavorites
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeFavoritesVtbl>() == 6 * ::core::mem::size_of::<usize>()
);
/// Opens Internet-format conversion streams of messages.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeMessageConversion {
    /// The object's vtable.
    pub lpVtbl: *const IExchangeMessageConversionVtbl,
}
/// The vtable of [`IExchangeMessageConversion`]: its methods in slot order, after its base's.
#[cfg(feature = "exchange")]
#[repr(C)]
pub struct IExchangeMessageConversionVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Opens a stream of the message converted to Internet format as the
    /// given properties say.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`ULONG`, in): Number of values at `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): Properties controlling the conversion.
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream.
    pub OpenStream: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cValues: crate::ULONG,
        lpPropArray: crate::LPSPropValue,
        lppStream: *mut crate::LPSTREAM,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IExchangeMessageConversion`]: `{3532B360-D114-11CF-A83B-00C04FD65597}`.
#[cfg(feature = "exchange")]
pub const IID_IExchangeMessageConversion: crate::GUID = crate::GUID::from_u128(
    0x3532b360_d114_11cf_a83b_00c04fd65597,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "exchange")]
#[automatically_derived]
unsafe impl crate::Interface for IExchangeMessageConversion {
    const IID: crate::GUID = IID_IExchangeMessageConversion;
    const NAME: &'static str = "IExchangeMessageConversion";
    type Vtbl = IExchangeMessageConversionVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IExchangeMessageConversion
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "exchange")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IExchangeMessageConversionVtbl>() == 4 *
    ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeModifyTable`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeModifyTableImpl`, the provider side of `IExchangeModifyTable`",
    label = "`IExchangeModifyTable` needs `impl IExchangeModifyTableImpl for {Self}`",
    note = "write `impl IExchangeModifyTableImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeModifyTableImpl: crate::__private::Declares<
        IExchangeModifyTable,
        0x2d734cb0_53fd_101b_b19d_08002b3056e3,
    > {
    /// Returns a `MAPIERROR` describing the last error of the table object.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IExchangeModifyTableVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the rows of the rule or permission table as an ordinary
    /// `IMAPITable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 4 ([`IExchangeModifyTableVtbl::GetTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_table(
        &self,
        ulFlags: ExchangeModifyTableGetTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds, changes or removes rows of the rule or permission table.
    ///
    /// Each `ROWENTRY` says what to do with its row (`ROW_ADD`,
    /// `ROW_MODIFY`, `ROW_REMOVE`); with `ROWLIST_REPLACE` the rows given
    /// replace the whole table. Rules are rows of `PR_RULE_*` columns,
    /// permissions rows of `PR_MEMBER_ID`, `PR_MEMBER_ENTRYID` and
    /// `PR_MEMBER_RIGHTS`.
    ///
    /// Returns `S_OK` when the table was changed.
    ///
    /// Called through slot 5 ([`IExchangeModifyTableVtbl::ModifyTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn modify_table(
        &self,
        ulFlags: ExchangeModifyTableModifyTableFlags,
        lpMods: &[crate::value::RowEntryRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpMods);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeModifyTableVtbl {
    /// A vtable of [`IExchangeModifyTable`] whose slots check their arguments and call [`IExchangeModifyTableImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeModifyTableImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IExchangeModifyTable::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeModifyTableImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ExchangeGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeModifyTableImpl>::get_last_error(
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
            GetTable: {
                /// `IExchangeModifyTable::GetTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeModifyTableImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <ExchangeModifyTableGetTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeModifyTableImpl>::get_table(
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
            ModifyTable: {
                /// `IExchangeModifyTable::ModifyTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpMods: LPROWLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeModifyTableImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeModifyTableModifyTableFlags as crate::FlagSet>::check_input_for(
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
                            crate::value::RowEntryRef::list_from_raw(
                                lpMods.cast_const().cast(),
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
                        match <O::Inner as IExchangeModifyTableImpl>::modify_table(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeModifyTable {
    const IIDS: &'static [u128] = &[
        0x2d734cb0_53fd_101b_b19d_08002b3056e3, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeRuleAction`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeRuleActionImpl`, the provider side of `IExchangeRuleAction`",
    label = "`IExchangeRuleAction` needs `impl IExchangeRuleActionImpl for {Self}`",
    note = "write `impl IExchangeRuleActionImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeRuleActionImpl: crate::__private::Declares<
        IExchangeRuleAction,
        0x74bba840_c93a_11ce_9581_00aa005742f7,
    > {
    /// Returns the number of actions of the message.
    ///
    /// Returns `S_OK` when the count was returned.
    ///
    /// Called through slot 3 ([`IExchangeRuleActionVtbl::ActionCount`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn action_count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns one action and the identifier of the rule it comes from.
    ///
    /// Returns `S_OK` when the action was returned.
    ///
    /// Called through slot 4 ([`IExchangeRuleActionVtbl::GetAction`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lppAction` (`LPACTION*`): Receives the action. It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says.
    unsafe fn get_action(
        &self,
        ulActionNumber: crate::ULONG,
        lppAction: *mut LPACTION,
    ) -> ::core::result::Result<crate::LARGE_INTEGER, crate::Hresult> {
        let _ = (ulActionNumber, lppAction);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeRuleActionVtbl {
    /// A vtable of [`IExchangeRuleAction`] whose slots check their arguments and call [`IExchangeRuleActionImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeRuleActionImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            ActionCount: {
                /// `IExchangeRuleAction::ActionCount`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpcActions: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeRuleActionImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcActions.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcActions, 0, 1) };
                        }
                        if lpcActions.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeRuleActionImpl>::action_count(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpcActions.write(arg0) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetAction: {
                /// `IExchangeRuleAction::GetAction`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulActionNumber: crate::ULONG,
                    lpruleid: *mut crate::LARGE_INTEGER,
                    lppAction: *mut LPACTION,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeRuleActionImpl,
                {
                    crate::__private::guard(|| {
                        if !lpruleid.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpruleid, 0, 1) };
                        }
                        if !lppAction.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppAction, 0, 1) };
                        }
                        if lpruleid.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppAction.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __c0 = ulActionNumber;
                        let __c1 = lppAction;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IExchangeRuleActionImpl>::get_action(
                                object.inner(),
                                __c0,
                                __c1,
                            )
                        } {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpruleid.write(arg1) };
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeRuleAction {
    const IIDS: &'static [u128] = &[
        0x74bba840_c93a_11ce_9581_00aa005742f7, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeManageStore`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeManageStoreImpl`, the provider side of `IExchangeManageStore`",
    label = "`IExchangeManageStore` needs `impl IExchangeManageStoreImpl for {Self}`",
    note = "write `impl IExchangeManageStoreImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeManageStoreImpl: crate::__private::Declares<
        IExchangeManageStore,
        0x559d10b0_a772_11cd_9bc8_00aa002fc45a,
    > {
    /// Makes the entry ID of a mailbox (or of the public store), to open it
    /// with `IMAPISession::OpenMsgStore`.
    ///
    /// The entry ID is only formatted; the server is not contacted, so the
    /// call is cheap. The flags decide the rights the store will be opened
    /// with (as its owner, with administrative rights, ...).
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// Called through slot 3 ([`IExchangeManageStoreVtbl::CreateStoreEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_store_entry_id(
        &self,
        lpszMsgStoreDN: crate::value::StrRef<'_>,
        lpszMailboxDN: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszMsgStoreDN, lpszMailboxDN, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the entry ID of a folder or message from its source key
    /// (`PR_SOURCE_KEY`), which, unlike an entry ID, has a fixed size.
    ///
    /// For a folder, pass its source key alone; for a message, the source key
    /// of its folder and its own.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// Called through slot 4 ([`IExchangeManageStoreVtbl::EntryIDFromSourceKey`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn entry_id_from_source_key(
        &self,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpFolderSourceKey, lpMessageSourceKey);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the rights a user has on a folder (`frights*` bits).
    ///
    /// Returns:
    /// - `S_OK`: the rights were returned.
    /// - `MAPI_E_NO_ACCESS`: the caller may not see the folder's rights.
    ///
    /// Called through slot 5 ([`IExchangeManageStoreVtbl::GetRights`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpUserEntryID, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a table of every mailbox on a server: display name, e-mail
    /// address, locale, sizes, message counts, last logon and logoff times,
    /// storage limits.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_LOGON_FAILED`: the store service is not running on the server.
    /// - `MAPI_E_NETWORK_ERROR`: the server cannot be reached.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    ///
    /// Called through slot 6 ([`IExchangeManageStoreVtbl::GetMailboxTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mailbox_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns a table of every public folder on a server: counts and sizes
    /// of messages and attachments, path names, owner and contact counts.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_LOGON_FAILED`: the store service is not running on the server.
    /// - `MAPI_E_NETWORK_ERROR`: the server cannot be reached.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    ///
    /// Called through slot 7 ([`IExchangeManageStoreVtbl::GetPublicFolderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_public_folder_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeManageStoreVtbl {
    /// A vtable of [`IExchangeManageStore`] whose slots check their arguments and call [`IExchangeManageStoreImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeManageStoreImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            CreateStoreEntryID: {
                /// `IExchangeManageStore::CreateStoreEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMsgStoreDN: crate::LPCSTR,
                    lpszMailboxDN: crate::LPCSTR,
                    ulFlags: crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStoreImpl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(lpszMsgStoreDN.cast())
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
                            crate::value::StrRef::from_raw_ansi(lpszMailboxDN.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <ExchangeManageStoreCreateStoreEntryIDFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeManageStoreImpl>::create_store_entry_id(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg4.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf4.into_raw_parts();
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
            EntryIDFromSourceKey: {
                /// `IExchangeManageStore::EntryIDFromSourceKey`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFolderKeySize: crate::ULONG,
                    lpFolderSourceKey: *mut crate::BYTE,
                    cMessageKeySize: crate::ULONG,
                    lpMessageSourceKey: *mut crate::BYTE,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStoreImpl,
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
                        // SAFETY: the caller passes `cFolderKeySize` valid
                        // elements at `lpFolderSourceKey` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpFolderSourceKey.cast(), cFolderKeySize as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpMessageSourceKey.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cMessageKeySize`
                                // valid elements at `lpMessageSourceKey` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpMessageSourceKey.cast(), cMessageKeySize as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
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
                        match <O::Inner as IExchangeManageStoreImpl>::entry_id_from_source_key(
                            object.inner(),
                            arg1,
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
            GetRights: {
                /// `IExchangeManageStore::GetRights`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbUserEntryID: crate::ULONG,
                    lpUserEntryID: crate::LPENTRYID,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpulRights: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStoreImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulRights.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRights, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbUserEntryID` valid
                        // elements at `lpUserEntryID` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpUserEntryID.cast(), cbUserEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
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
                        if lpulRights.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStoreImpl>::get_rights(
                            object.inner(),
                            arg1,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulRights.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMailboxTable: {
                /// `IExchangeManageStore::GetMailboxTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStoreImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetMailboxTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStoreImpl>::get_mailbox_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            GetPublicFolderTable: {
                /// `IExchangeManageStore::GetPublicFolderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStoreImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetPublicFolderTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStoreImpl>::get_public_folder_table(
                            object.inner(),
                            arg0,
                            arg2,
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeManageStore {
    const IIDS: &'static [u128] = &[
        0x559d10b0_a772_11cd_9bc8_00aa002fc45a, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeManageStore2`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeManageStore2Impl`, the provider side of `IExchangeManageStore2`",
    label = "`IExchangeManageStore2` needs `impl IExchangeManageStore2Impl for {Self}`",
    note = "write `impl IExchangeManageStore2Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeManageStore2Impl: crate::__private::Declares<
        IExchangeManageStore2,
        0xb6dca470_0ff3_11d0_a409_00c04fd7bd87,
    > {
    /// As `IExchangeManageStore::CreateStoreEntryID`: makes the entry ID of a
    /// mailbox or of the public store.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 3 ([`IExchangeManageStore2Vtbl::CreateStoreEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_store_entry_id(
        &self,
        lpszMsgStoreDN: crate::value::StrRef<'_>,
        lpszMailboxDN: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszMsgStoreDN, lpszMailboxDN, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::EntryIDFromSourceKey`: the entry ID of a
    /// folder or message from source keys.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 4 ([`IExchangeManageStore2Vtbl::EntryIDFromSourceKey`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn entry_id_from_source_key(
        &self,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpFolderSourceKey, lpMessageSourceKey);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetRights`: a user's rights on a folder.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// Called through slot 5 ([`IExchangeManageStore2Vtbl::GetRights`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpUserEntryID, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetMailboxTable`: the mailboxes of a server.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 6 ([`IExchangeManageStore2Vtbl::GetMailboxTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mailbox_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetPublicFolderTable`: the public folders of
    /// a server.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 7 ([`IExchangeManageStore2Vtbl::GetPublicFolderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_public_folder_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the entry ID of the folder of a newsgroup.
    ///
    /// Returns:
    /// - `S_OK`: the entry ID was returned.
    /// - `MAPI_E_NOT_FOUND`: no folder holds this newsgroup.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// Called through slot 8 ([`IExchangeManageStore2Vtbl::CreateNewsgroupNameEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_newsgroup_name_entry_id(
        &self,
        lpszNewsgroupName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszNewsgroupName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeManageStore2Vtbl {
    /// A vtable of [`IExchangeManageStore2`] whose slots check their arguments and call [`IExchangeManageStore2Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeManageStore2Impl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            CreateStoreEntryID: {
                /// `IExchangeManageStore2::CreateStoreEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMsgStoreDN: crate::LPCSTR,
                    lpszMailboxDN: crate::LPCSTR,
                    ulFlags: crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore2Impl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(lpszMsgStoreDN.cast())
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
                            crate::value::StrRef::from_raw_ansi(lpszMailboxDN.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <ExchangeManageStoreCreateStoreEntryIDFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeManageStore2Impl>::create_store_entry_id(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg4.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf4.into_raw_parts();
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
            EntryIDFromSourceKey: {
                /// `IExchangeManageStore2::EntryIDFromSourceKey`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFolderKeySize: crate::ULONG,
                    lpFolderSourceKey: *mut crate::BYTE,
                    cMessageKeySize: crate::ULONG,
                    lpMessageSourceKey: *mut crate::BYTE,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore2Impl,
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
                        // SAFETY: the caller passes `cFolderKeySize` valid
                        // elements at `lpFolderSourceKey` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpFolderSourceKey.cast(), cFolderKeySize as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpMessageSourceKey.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cMessageKeySize`
                                // valid elements at `lpMessageSourceKey` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpMessageSourceKey.cast(), cMessageKeySize as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
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
                        match <O::Inner as IExchangeManageStore2Impl>::entry_id_from_source_key(
                            object.inner(),
                            arg1,
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
            GetRights: {
                /// `IExchangeManageStore2::GetRights`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbUserEntryID: crate::ULONG,
                    lpUserEntryID: crate::LPENTRYID,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpulRights: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore2Impl,
                {
                    crate::__private::guard(|| {
                        if !lpulRights.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRights, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbUserEntryID` valid
                        // elements at `lpUserEntryID` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpUserEntryID.cast(), cbUserEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
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
                        if lpulRights.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore2Impl>::get_rights(
                            object.inner(),
                            arg1,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulRights.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMailboxTable: {
                /// `IExchangeManageStore2::GetMailboxTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetMailboxTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore2Impl>::get_mailbox_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            GetPublicFolderTable: {
                /// `IExchangeManageStore2::GetPublicFolderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetPublicFolderTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore2Impl>::get_public_folder_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            CreateNewsgroupNameEntryID: {
                /// `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszNewsgroupName: crate::LPSTR,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore2Impl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszNewsgroupName.cast_const().cast(),
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
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore2Impl>::create_newsgroup_name_entry_id(
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
                                        arg2.write(__alloc)
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeManageStore2 {
    const IIDS: &'static [u128] = &[
        0xb6dca470_0ff3_11d0_a409_00c04fd7bd87, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeManageStore3`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeManageStore3Impl`, the provider side of `IExchangeManageStore3`",
    label = "`IExchangeManageStore3` needs `impl IExchangeManageStore3Impl for {Self}`",
    note = "write `impl IExchangeManageStore3Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeManageStore3Impl: crate::__private::Declares<
        IExchangeManageStore3,
        0x166d9bc2_db75_44a9_8a93_9f3ffc994d76,
    > {
    /// As `IExchangeManageStore::CreateStoreEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 3 ([`IExchangeManageStore3Vtbl::CreateStoreEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_store_entry_id(
        &self,
        lpszMsgStoreDN: crate::value::StrRef<'_>,
        lpszMailboxDN: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszMsgStoreDN, lpszMailboxDN, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::EntryIDFromSourceKey`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 4 ([`IExchangeManageStore3Vtbl::EntryIDFromSourceKey`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn entry_id_from_source_key(
        &self,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpFolderSourceKey, lpMessageSourceKey);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetRights`.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// Called through slot 5 ([`IExchangeManageStore3Vtbl::GetRights`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpUserEntryID, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetMailboxTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 6 ([`IExchangeManageStore3Vtbl::GetMailboxTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mailbox_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetPublicFolderTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 7 ([`IExchangeManageStore3Vtbl::GetPublicFolderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_public_folder_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 8 ([`IExchangeManageStore3Vtbl::CreateNewsgroupNameEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_newsgroup_name_entry_id(
        &self,
        lpszNewsgroupName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszNewsgroupName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the mailbox table of a server starting at a given mailbox, so
    /// that a large server can be read in parts.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 9 ([`IExchangeManageStore3Vtbl::GetMailboxTableOffset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mailbox_table_offset(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags, uOffset);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeManageStore3Vtbl {
    /// A vtable of [`IExchangeManageStore3`] whose slots check their arguments and call [`IExchangeManageStore3Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeManageStore3Impl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            CreateStoreEntryID: {
                /// `IExchangeManageStore3::CreateStoreEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMsgStoreDN: crate::LPCSTR,
                    lpszMailboxDN: crate::LPCSTR,
                    ulFlags: crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(lpszMsgStoreDN.cast())
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
                            crate::value::StrRef::from_raw_ansi(lpszMailboxDN.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <ExchangeManageStoreCreateStoreEntryIDFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeManageStore3Impl>::create_store_entry_id(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg4.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf4.into_raw_parts();
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
            EntryIDFromSourceKey: {
                /// `IExchangeManageStore3::EntryIDFromSourceKey`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFolderKeySize: crate::ULONG,
                    lpFolderSourceKey: *mut crate::BYTE,
                    cMessageKeySize: crate::ULONG,
                    lpMessageSourceKey: *mut crate::BYTE,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
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
                        // SAFETY: the caller passes `cFolderKeySize` valid
                        // elements at `lpFolderSourceKey` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpFolderSourceKey.cast(), cFolderKeySize as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpMessageSourceKey.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cMessageKeySize`
                                // valid elements at `lpMessageSourceKey` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpMessageSourceKey.cast(), cMessageKeySize as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
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
                        match <O::Inner as IExchangeManageStore3Impl>::entry_id_from_source_key(
                            object.inner(),
                            arg1,
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
            GetRights: {
                /// `IExchangeManageStore3::GetRights`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbUserEntryID: crate::ULONG,
                    lpUserEntryID: crate::LPENTRYID,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpulRights: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
                {
                    crate::__private::guard(|| {
                        if !lpulRights.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRights, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbUserEntryID` valid
                        // elements at `lpUserEntryID` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpUserEntryID.cast(), cbUserEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
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
                        if lpulRights.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore3Impl>::get_rights(
                            object.inner(),
                            arg1,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulRights.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMailboxTable: {
                /// `IExchangeManageStore3::GetMailboxTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetMailboxTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore3Impl>::get_mailbox_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            GetPublicFolderTable: {
                /// `IExchangeManageStore3::GetPublicFolderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetPublicFolderTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore3Impl>::get_public_folder_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            CreateNewsgroupNameEntryID: {
                /// `IExchangeManageStore3::CreateNewsgroupNameEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszNewsgroupName: crate::LPSTR,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszNewsgroupName.cast_const().cast(),
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
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore3Impl>::create_newsgroup_name_entry_id(
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
                                        arg2.write(__alloc)
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
            GetMailboxTableOffset: {
                /// `IExchangeManageStore3::GetMailboxTableOffset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                    uOffset: crate::UINT,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore3Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetMailboxTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore3Impl>::get_mailbox_table_offset(
                            object.inner(),
                            arg0,
                            arg2,
                            uOffset,
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeManageStore3 {
    const IIDS: &'static [u128] = &[
        0x166d9bc2_db75_44a9_8a93_9f3ffc994d76, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeManageStore4`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeManageStore4Impl`, the provider side of `IExchangeManageStore4`",
    label = "`IExchangeManageStore4` needs `impl IExchangeManageStore4Impl for {Self}`",
    note = "write `impl IExchangeManageStore4Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeManageStore4Impl: crate::__private::Declares<
        IExchangeManageStore4,
        0x2590ff87_c431_4f9c_b1a8_cd69d760cd10,
    > {
    /// As `IExchangeManageStore::CreateStoreEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 3 ([`IExchangeManageStore4Vtbl::CreateStoreEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_store_entry_id(
        &self,
        lpszMsgStoreDN: crate::value::StrRef<'_>,
        lpszMailboxDN: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszMsgStoreDN, lpszMailboxDN, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::EntryIDFromSourceKey`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 4 ([`IExchangeManageStore4Vtbl::EntryIDFromSourceKey`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn entry_id_from_source_key(
        &self,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpFolderSourceKey, lpMessageSourceKey);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetRights`.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// Called through slot 5 ([`IExchangeManageStore4Vtbl::GetRights`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpUserEntryID, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetMailboxTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 6 ([`IExchangeManageStore4Vtbl::GetMailboxTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mailbox_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore::GetPublicFolderTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 7 ([`IExchangeManageStore4Vtbl::GetPublicFolderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_public_folder_table(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// Called through slot 8 ([`IExchangeManageStore4Vtbl::CreateNewsgroupNameEntryID`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_newsgroup_name_entry_id(
        &self,
        lpszNewsgroupName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<crate::value::EntryId, crate::Hresult> {
        let _ = (lpszNewsgroupName,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IExchangeManageStore3::GetMailboxTableOffset`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 9 ([`IExchangeManageStore4Vtbl::GetMailboxTableOffset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_mailbox_table_offset(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags, uOffset);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the public folder table of a server starting at a given
    /// folder, so that a large server can be read in parts.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 10 ([`IExchangeManageStore4Vtbl::GetPublicFolderTableOffset`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_public_folder_table_offset(
        &self,
        lpszServerName: crate::value::StrRef<'_>,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (lpszServerName, ulFlags, uOffset);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeManageStore4Vtbl {
    /// A vtable of [`IExchangeManageStore4`] whose slots check their arguments and call [`IExchangeManageStore4Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeManageStore4Impl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            CreateStoreEntryID: {
                /// `IExchangeManageStore4::CreateStoreEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMsgStoreDN: crate::LPCSTR,
                    lpszMailboxDN: crate::LPCSTR,
                    ulFlags: crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(lpszMsgStoreDN.cast())
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
                            crate::value::StrRef::from_raw_ansi(lpszMailboxDN.cast())
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <ExchangeManageStoreCreateStoreEntryIDFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeManageStore4Impl>::create_store_entry_id(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                let __buf4 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        arg4.write(__alloc)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                let (__count, __ptr) = __buf4.into_raw_parts();
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
            EntryIDFromSourceKey: {
                /// `IExchangeManageStore4::EntryIDFromSourceKey`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cFolderKeySize: crate::ULONG,
                    lpFolderSourceKey: *mut crate::BYTE,
                    cMessageKeySize: crate::ULONG,
                    lpMessageSourceKey: *mut crate::BYTE,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
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
                        // SAFETY: the caller passes `cFolderKeySize` valid
                        // elements at `lpFolderSourceKey` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpFolderSourceKey.cast(), cFolderKeySize as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpMessageSourceKey.is_null() {
                            ::core::option::Option::None
                        } else {
                            ::core::option::Option::Some(
                                // SAFETY: the caller passes `cMessageKeySize`
                                // valid elements at `lpMessageSourceKey` (null,
                                // misaligned and oversized are checked).
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(lpMessageSourceKey.cast(), cMessageKeySize as usize)
                                } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return __e.0,
                                },
                            )
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
                        match <O::Inner as IExchangeManageStore4Impl>::entry_id_from_source_key(
                            object.inner(),
                            arg1,
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
            GetRights: {
                /// `IExchangeManageStore4::GetRights`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbUserEntryID: crate::ULONG,
                    lpUserEntryID: crate::LPENTRYID,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpulRights: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
                {
                    crate::__private::guard(|| {
                        if !lpulRights.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulRights, 0, 1) };
                        }
                        // SAFETY: the caller passes `cbUserEntryID` valid
                        // elements at `lpUserEntryID` (null, misaligned and
                        // oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(lpUserEntryID.cast(), cbUserEntryID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
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
                        if lpulRights.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore4Impl>::get_rights(
                            object.inner(),
                            arg1,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpulRights.write(arg4) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMailboxTable: {
                /// `IExchangeManageStore4::GetMailboxTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetMailboxTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore4Impl>::get_mailbox_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            GetPublicFolderTable: {
                /// `IExchangeManageStore4::GetPublicFolderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetPublicFolderTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore4Impl>::get_public_folder_table(
                            object.inner(),
                            arg0,
                            arg2,
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
            CreateNewsgroupNameEntryID: {
                /// `IExchangeManageStore4::CreateNewsgroupNameEntryID`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszNewsgroupName: crate::LPSTR,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
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
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszNewsgroupName.cast_const().cast(),
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
                        if lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore4Impl>::create_newsgroup_name_entry_id(
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
                                        arg2.write(__alloc)
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
            GetMailboxTableOffset: {
                /// `IExchangeManageStore4::GetMailboxTableOffset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                    uOffset: crate::UINT,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetMailboxTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore4Impl>::get_mailbox_table_offset(
                            object.inner(),
                            arg0,
                            arg2,
                            uOffset,
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
            GetPublicFolderTableOffset: {
                /// `IExchangeManageStore4::GetPublicFolderTableOffset`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszServerName: crate::LPTSTR,
                    lppTable: *mut crate::LPMAPITABLE,
                    ulFlags: crate::ULONG,
                    uOffset: crate::UINT,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeManageStore4Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszServerName.cast_const().cast(),
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
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg2 = match <ExchangeManageStoreGetPublicFolderTableFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeManageStore4Impl>::get_public_folder_table_offset(
                            object.inner(),
                            arg0,
                            arg2,
                            uOffset,
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeManageStore4 {
    const IIDS: &'static [u128] = &[
        0x2590ff87_c431_4f9c_b1a8_cd69d760cd10, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeNntpNewsfeed`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeNntpNewsfeedImpl`, the provider side of `IExchangeNntpNewsfeed`",
    label = "`IExchangeNntpNewsfeed` needs `impl IExchangeNntpNewsfeedImpl for {Self}`",
    note = "write `impl IExchangeNntpNewsfeedImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeNntpNewsfeedImpl: crate::__private::Declares<
        IExchangeNntpNewsfeed,
        0x380f41c0_3cdc_11d0_9792_00c04fd6551d,
    > {
    /// Configures the newsfeed from its directory object and Internet mail
    /// settings.
    ///
    /// Returns `S_OK` when the feed was configured.
    ///
    /// Called through slot 3 ([`IExchangeNntpNewsfeedVtbl::Configure`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn configure(
        &self,
        lpszNewsfeedDN: crate::value::StrRef<'_>,
        lpIMailPropArray: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszNewsfeedDN, lpIMailPropArray);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells which of the articles a peer offers are wanted.
    ///
    /// Returns `S_OK` when the answer was returned.
    ///
    /// **Notes to callers.** Free the returned bytes with `MAPIFreeBuffer`.
    ///
    /// Called through slot 4 ([`IExchangeNntpNewsfeedVtbl::CheckMsgIds`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn check_msg_ids(
        &self,
        lpszMsgIds: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<::std::vec::Vec<u8>, crate::Hresult> {
        let _ = (lpszMsgIds,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a stream to write an incoming article into.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// Called through slot 5 ([`IExchangeNntpNewsfeedVtbl::OpenArticleStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_article_stream(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeNntpNewsfeedVtbl {
    /// A vtable of [`IExchangeNntpNewsfeed`] whose slots check their arguments and call [`IExchangeNntpNewsfeedImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeNntpNewsfeedImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Configure: {
                /// `IExchangeNntpNewsfeed::Configure`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszNewsfeedDN: crate::LPSTR,
                    cValues: crate::ULONG,
                    lpIMailPropArray: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeNntpNewsfeedImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszNewsfeedDN.cast_const().cast(),
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
                        // SAFETY: the caller passes `cValues` elements at a
                        // non-null `lpIMailPropArray`, readable for the call;
                        // the view checks the count and reads each element as
                        // its type says.
                        let arg2 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                lpIMailPropArray.cast_const().cast(),
                                cValues,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeNntpNewsfeedImpl>::configure(
                            object.inner(),
                            arg0,
                            &arg2,
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
            CheckMsgIds: {
                /// `IExchangeNntpNewsfeed::CheckMsgIds`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMsgIds: crate::LPSTR,
                    lpcfWanted: *mut crate::ULONG,
                    lppfWanted: *mut *mut crate::BYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeNntpNewsfeedImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcfWanted.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcfWanted, 0, 1) };
                        }
                        if !lppfWanted.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppfWanted, 0, 1) };
                        }
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszMsgIds.cast_const().cast(),
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
                        if lpcfWanted.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppfWanted.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeNntpNewsfeedImpl>::check_msg_ids(
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
                                        crate::value::write_bytes(__alloc, &arg2)
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
                                    lppfWanted.write(__ptr.cast());
                                    lpcfWanted.write(__count);
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenArticleStream: {
                /// `IExchangeNntpNewsfeed::OpenArticleStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lppStream: *mut crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeNntpNewsfeedImpl,
                {
                    crate::__private::guard(|| {
                        if !lppStream.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppStream, 0, 1) };
                        }
                        if lppStream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeNntpNewsfeedImpl>::open_article_stream(
                            object.inner(),
                        ) {
                            ::core::result::Result::Ok(arg0) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppStream.write(arg0.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeNntpNewsfeed {
    const IIDS: &'static [u128] = &[
        0x380f41c0_3cdc_11d0_9792_00c04fd6551d, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeFastTransfer`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeFastTransferImpl`, the provider side of `IExchangeFastTransfer`",
    label = "`IExchangeFastTransfer` needs `impl IExchangeFastTransferImpl for {Self}`",
    note = "write `impl IExchangeFastTransferImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeFastTransferImpl: crate::__private::Declares<
        IExchangeFastTransfer,
        0xff7db070_a88a_11cd_9bc8_00aa002fc45a,
    > {
    /// Prepares the object for a transfer of the given kind.
    ///
    /// Returns `S_OK` when the object is ready.
    ///
    /// Called through slot 3 ([`IExchangeFastTransferVtbl::Config`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config(
        &self,
        ulFlags: ExchangeFastTransferConfigFlags,
        ulTransferMethod: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, ulTransferMethod);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Hands the object one buffer of the transfer stream.
    ///
    /// Returns `S_OK` when the buffer was taken.
    ///
    /// Called through slot 4 ([`IExchangeFastTransferVtbl::TransferBuffer`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn transfer_buffer(
        &self,
        lpb: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpb,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether a transfer of the given kind through the given interface
    /// and properties can be made fast.
    ///
    /// Returns `TRUE` if it can, `FALSE` otherwise.
    ///
    /// Called through slot 5 ([`IExchangeFastTransferVtbl::IsInterfaceOk`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).
    fn is_interface_ok(
        &self,
        ulTransferMethod: crate::ULONG,
        refiid: &crate::GUID,
        lpptagList: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ExchangeFastTransferIsInterfaceOkFlags,
    ) -> crate::BOOL;
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeFastTransferVtbl {
    /// A vtable of [`IExchangeFastTransfer`] whose slots check their arguments and call [`IExchangeFastTransferImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeFastTransferImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            Config: {
                /// `IExchangeFastTransfer::Config`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulTransferMethod: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeFastTransferImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeFastTransferConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeFastTransferImpl>::config(
                            object.inner(),
                            arg0,
                            ulTransferMethod,
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
            TransferBuffer: {
                /// `IExchangeFastTransfer::TransferBuffer`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cb: crate::ULONG,
                    lpb: crate::LPBYTE,
                    lpcbProcessed: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeFastTransferImpl,
                {
                    crate::__private::guard(|| {
                        if !lpcbProcessed.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpcbProcessed, 0, 1) };
                        }
                        // SAFETY: the caller passes `cb` valid elements at
                        // `lpb` (null, misaligned and oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<u8>(lpb.cast(), cb as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpcbProcessed.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeFastTransferImpl>::transfer_buffer(
                            object.inner(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe { lpcbProcessed.write(arg2) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            IsInterfaceOk: {
                /// `IExchangeFastTransfer::IsInterfaceOk`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulTransferMethod: crate::ULONG,
                    refiid: crate::REFIID,
                    lpptagList: crate::LPSPropTagArray,
                    ulFlags: crate::ULONG,
                ) -> crate::BOOL
                where
                    O::Inner: IExchangeFastTransferImpl,
                {
                    crate::__private::guard_or(
                        0,
                        || {
                            let arg1 = if refiid.is_null() {
                                ::core::option::Option::None
                            } else {
                                // SAFETY: checked non-null; the caller passes a
                                // readable IID.
                                ::core::option::Option::Some(unsafe {
                                    refiid.cast::<crate::GUID>().read_unaligned()
                                })
                            };
                            let ::core::option::Option::Some(arg1) = arg1 else {
                                return 0;
                            };
                            // SAFETY: a non-null pointer from the caller points
                            // to the structure MAPI says, readable for the
                            // call; the view checks counts, nulls and depth.
                            let arg2 = match unsafe {
                                crate::value::TagArray::from_raw(
                                    lpptagList.cast_const().cast(),
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => return 0,
                            };
                            let arg3 = match <ExchangeFastTransferIsInterfaceOkFlags as crate::FlagSet>::check_input_for(
                                ulFlags,
                                O::UNKNOWN_FLAGS,
                            ) {
                                ::core::result::Result::Ok(f) => f,
                                ::core::result::Result::Err(__e) => return 0,
                            };
                            // SAFETY: `this` is the pointer to vtable `INDEX`
                            // of a live `O`, as handed out by `O` itself.
                            let object = unsafe { O::from_interface(this, INDEX) };
                            <O::Inner as IExchangeFastTransferImpl>::is_interface_ok(
                                object.inner(),
                                ulTransferMethod,
                                &arg1,
                                arg2.as_deref(),
                                arg3,
                            )
                        },
                    )
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeFastTransfer {
    const IIDS: &'static [u128] = &[
        0xff7db070_a88a_11cd_9bc8_00aa002fc45a, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeExportChanges`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeExportChangesImpl`, the provider side of `IExchangeExportChanges`",
    label = "`IExchangeExportChanges` needs `impl IExchangeExportChangesImpl for {Self}`",
    note = "write `impl IExchangeExportChangesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeExportChangesImpl: crate::__private::Declares<
        IExchangeExportChanges,
        0xa3ea9cc0_d1b2_11cd_80fc_00aa004bba0b,
    > {
    /// Returns a `MAPIERROR` describing the last error of the synchronizer.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IExchangeExportChangesVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares the synchronizer: the state to start from, what to export,
    /// and the collector to export to.
    ///
    /// The state stream holds the binary state of an earlier
    /// synchronization (empty the first time); it is specific to this
    /// synchronizer and collector.
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// Called through slot 4 ([`IExchangeExportChangesVtbl::Config`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: crate::ComPtr<crate::IUnknown>,
        lpRestriction: ::core::option::Option<&crate::value::RestrictionRef<'_>>,
        lpIncludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpStream,
            ulFlags,
            lpUnk,
            lpRestriction,
            lpIncludeProps,
            lpExcludeProps,
            ulBufferSize,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Exports the next step of changes to the collector.
    ///
    /// Changes are exported in small atomic steps. Between two calls the
    /// agent may stop, save the state with `UpdateState`, and resume later
    /// from it.
    ///
    /// Returns:
    /// - `S_OK`: synchronization is complete.
    /// - `SYNC_W_PROGRESS`: a step was made and more are left; call again.
    ///
    /// Called through slot 5 ([`IExchangeExportChangesVtbl::Synchronize`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn synchronize(
        &self,
    ) -> ::core::result::Result<(crate::ULONG, crate::ULONG), crate::Hresult> {
        let _ = ();
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Like [`Self::synchronize`], but may also return a success code other than `S_OK` (`SYNC_W_PROGRESS`) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::synchronize`] and answers `S_OK`.
    fn synchronize_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, (crate::ULONG, crate::ULONG)),
        crate::Hresult,
    > {
        self.synchronize().map(|v| (crate::Hresult::OK, v))
    }
    /// Writes the current synchronization state to a stream.
    ///
    /// Use a stream of its own when checkpointing or when stopping to resume
    /// later.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// Called through slot 6 ([`IExchangeExportChangesVtbl::UpdateState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn update_state(
        &self,
        lpStream: ::core::option::Option<crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeExportChangesVtbl {
    /// A vtable of [`IExchangeExportChanges`] whose slots check their arguments and call [`IExchangeExportChangesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeExportChangesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IExchangeExportChanges::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeExportChangesImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ExchangeGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeExportChangesImpl>::get_last_error(
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
            Config: {
                /// `IExchangeExportChanges::Config`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    ulFlags: crate::ULONG,
                    lpUnk: crate::LPUNKNOWN,
                    lpRestriction: crate::LPSRestriction,
                    lpIncludeProps: crate::LPSPropTagArray,
                    lpExcludeProps: crate::LPSPropTagArray,
                    ulBufferSize: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeExportChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <ExchangeExportChangesConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpUnk.cast::<crate::IUnknown>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg3 = match unsafe {
                            crate::value::RestrictionRef::from_raw(
                                lpRestriction.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg4 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpIncludeProps.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg5 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpExcludeProps.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeExportChangesImpl>::config(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            arg3.as_ref(),
                            arg4.as_deref(),
                            arg5.as_deref(),
                            ulBufferSize,
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
            Synchronize: {
                /// `IExchangeExportChanges::Synchronize`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulSteps: *mut crate::ULONG,
                    lpulProgress: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeExportChangesImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulSteps.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulSteps, 0, 1) };
                        }
                        if !lpulProgress.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulProgress, 0, 1) };
                        }
                        if lpulSteps.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lpulProgress.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match crate::__private::warned(
                            <O::Inner as IExchangeExportChangesImpl>::synchronize_with_warning(
                                object.inner(),
                            ),
                        ) {
                            ::core::result::Result::Ok((status, __outs)) => {
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg0, arg1) = __outs;
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe { lpulSteps.write(arg0) };
                                // SAFETY: checked non-null above.
                                unsafe { lpulProgress.write(arg1) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            UpdateState: {
                /// `IExchangeExportChanges::UpdateState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeExportChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeExportChangesImpl>::update_state(
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeExportChanges {
    const IIDS: &'static [u128] = &[
        0xa3ea9cc0_d1b2_11cd_80fc_00aa004bba0b, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeExportChanges2`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeExportChanges2Impl`, the provider side of `IExchangeExportChanges2`",
    label = "`IExchangeExportChanges2` needs `impl IExchangeExportChanges2Impl for {Self}`",
    note = "write `impl IExchangeExportChanges2Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeExportChanges2Impl: IExchangeExportChangesImpl + crate::__private::Declares<
        IExchangeExportChanges2,
        0x387cebe0_f53f_11cf_a48f_00c04fd65595,
    > {
    /// Prepares the synchronizer like `Config`, exporting each changed
    /// message as a conversion stream (an Internet-format message) built with
    /// the given conversion properties.
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// Called through slot 7 ([`IExchangeExportChanges2Vtbl::ConfigForConversionStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config_for_conversion_stream(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: crate::ComPtr<crate::IUnknown>,
        lpRestriction: ::core::option::Option<&crate::value::RestrictionRef<'_>>,
        lpPropArrayConversion: ::core::option::Option<&[crate::value::PropRef<'_>]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpStream,
            ulFlags,
            lpUnk,
            lpRestriction,
            lpPropArrayConversion,
            ulBufferSize,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeExportChanges2Vtbl {
    /// A vtable of [`IExchangeExportChanges2`] whose slots check their arguments and call [`IExchangeExportChanges2Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeExportChanges2Impl,
    {
        Self {
            base__: IExchangeExportChangesVtbl::new::<O, INDEX>(),
            ConfigForConversionStream: {
                /// `IExchangeExportChanges2::ConfigForConversionStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    ulFlags: crate::ULONG,
                    lpUnk: crate::LPUNKNOWN,
                    lpRestriction: crate::LPSRestriction,
                    cValuesConversion: crate::ULONG,
                    lpPropArrayConversion: crate::LPSPropValue,
                    ulBufferSize: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeExportChanges2Impl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <ExchangeExportChangesConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpUnk.cast::<crate::IUnknown>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg3 = match unsafe {
                            crate::value::RestrictionRef::from_raw(
                                lpRestriction.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg5 = if lpPropArrayConversion.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cValuesConversion`
                            // elements at a non-null `lpPropArrayConversion`,
                            // readable for the call; the view checks the count
                            // and reads each element as its type says.
                            let arg5 = match unsafe {
                                crate::value::PropRef::slice_from_raw(
                                    lpPropArrayConversion.cast_const().cast(),
                                    cValuesConversion,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg5)
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeExportChanges2Impl>::config_for_conversion_stream(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            arg3.as_ref(),
                            arg5.as_deref(),
                            ulBufferSize,
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeExportChanges2 {
    const IIDS: &'static [u128] = &[
        0x387cebe0_f53f_11cf_a48f_00c04fd65595, 0xa3ea9cc0_d1b2_11cd_80fc_00aa004bba0b,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeExportChanges3`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeExportChanges3Impl`, the provider side of `IExchangeExportChanges3`",
    label = "`IExchangeExportChanges3` needs `impl IExchangeExportChanges3Impl for {Self}`",
    note = "write `impl IExchangeExportChanges3Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeExportChanges3Impl: IExchangeExportChanges2Impl + crate::__private::Declares<
        IExchangeExportChanges3,
        0x702e7f86_50a6_11d1_abd6_00a0c905660a,
    > {
    /// Prepares the synchronizer like `Config`, for the listed messages only
    /// (selective download).
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// Called through slot 8 ([`IExchangeExportChanges3Vtbl::ConfigForSelectiveSync`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config_for_selective_sync(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: crate::ComPtr<crate::IUnknown>,
        lpMsgList: &[&[u8]],
        lpRestriction: ::core::option::Option<&crate::value::RestrictionRef<'_>>,
        lpIncludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpStream,
            ulFlags,
            lpUnk,
            lpMsgList,
            lpRestriction,
            lpIncludeProps,
            lpExcludeProps,
            ulBufferSize,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeExportChanges3Vtbl {
    /// A vtable of [`IExchangeExportChanges3`] whose slots check their arguments and call [`IExchangeExportChanges3Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeExportChanges3Impl,
    {
        Self {
            base__: IExchangeExportChanges2Vtbl::new::<O, INDEX>(),
            ConfigForSelectiveSync: {
                /// `IExchangeExportChanges3::ConfigForSelectiveSync`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    ulFlags: crate::ULONG,
                    lpUnk: crate::LPUNKNOWN,
                    lpMsgList: crate::LPENTRYLIST,
                    lpRestriction: crate::LPSRestriction,
                    lpIncludeProps: crate::LPSPropTagArray,
                    lpExcludeProps: crate::LPSPropTagArray,
                    ulBufferSize: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeExportChanges3Impl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <ExchangeExportChangesConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpUnk.cast::<crate::IUnknown>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg3 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpMsgList.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg4 = match unsafe {
                            crate::value::RestrictionRef::from_raw(
                                lpRestriction.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg5 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpIncludeProps.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg6 = match unsafe {
                            crate::value::TagArray::from_raw(
                                lpExcludeProps.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeExportChanges3Impl>::config_for_selective_sync(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            &arg3,
                            arg4.as_ref(),
                            arg5.as_deref(),
                            arg6.as_deref(),
                            ulBufferSize,
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeExportChanges3 {
    const IIDS: &'static [u128] = &[
        0x702e7f86_50a6_11d1_abd6_00a0c905660a, 0x387cebe0_f53f_11cf_a48f_00c04fd65595,
        0xa3ea9cc0_d1b2_11cd_80fc_00aa004bba0b, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeImportContentsChanges`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeImportContentsChangesImpl`, the provider side of `IExchangeImportContentsChanges`",
    label = "`IExchangeImportContentsChanges` needs `impl IExchangeImportContentsChangesImpl for {Self}`",
    note = "write `impl IExchangeImportContentsChangesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeImportContentsChangesImpl: crate::__private::Declares<
        IExchangeImportContentsChanges,
        0xf75abfa0_d0e0_11cd_80fc_00aa004bba0b,
    > {
    /// Returns a `MAPIERROR` describing the last error of the collector.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IExchangeImportContentsChangesVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares the collector with the state to start from.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// Called through slot 4 ([`IExchangeImportContentsChangesVtbl::Config`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the collector's current synchronization state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// Called through slot 5 ([`IExchangeImportContentsChangesVtbl::UpdateState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn update_state(
        &self,
        lpStream: ::core::option::Option<crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes a new or changed message.
    ///
    /// The values hold at least `PR_SOURCE_KEY`, `PR_CHANGE_KEY` and
    /// `PR_PREDECESSOR_CHANGE_LIST`. The collector returns a message object
    /// that the synchronizer fills in with `SetProps` (or a stream) and saves
    /// with `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the message is returned.
    /// - `SYNC_E_IGNORE`: the collector does not want this change.
    /// - `SYNC_E_OBJECT_DELETED`: the message was deleted in the collector's
    ///   store.
    /// - `SYNC_E_CONFLICT`: the change conflicts with the collector's version.
    ///
    /// **Notes to implementers.** The message object needs only `SetProps`,
    /// `SaveChanges` and `IUnknown`.
    ///
    /// Called through slot 6 ([`IExchangeImportContentsChangesVtbl::ImportMessageChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_message_change(
        &self,
        ppvalChanges: &[crate::value::PropRef<'_>],
        ulFlags: ExchangeImportMessageChangeFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMessage>, crate::Hresult> {
        let _ = (ppvalChanges, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes the deletion of messages.
    ///
    /// Returns:
    /// - `S_OK`: the messages were deleted.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a source key in the list
    ///   is not valid; the rest of the list is not processed.
    ///
    /// Called through slot 7 ([`IExchangeImportContentsChangesVtbl::ImportMessageDeletion`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_message_deletion(
        &self,
        ulFlags: ExchangeImportDeletionFlags,
        lpSrcEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpSrcEntryList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes changes of the read state of messages.
    ///
    /// Returns `S_OK` when the read states were changed.
    ///
    /// Called through slot 8 ([`IExchangeImportContentsChangesVtbl::ImportPerUserReadStateChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_per_user_read_state_change(
        &self,
        lpReadState: &[crate::value::ReadState<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpReadState,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes the move of a message from one folder to another, so the
    /// collector can move it rather than delete and re-create it.
    ///
    /// Returns `S_OK` when the message was moved.
    ///
    /// Called through slot 9 ([`IExchangeImportContentsChangesVtbl::ImportMessageMove`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_message_move(
        &self,
        pbSourceKeySrcFolder: &[u8],
        pbSourceKeySrcMessage: &[u8],
        pbPCLMessage: &[u8],
        pbSourceKeyDestMessage: &[u8],
        pbChangeNumDestMessage: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            pbSourceKeySrcFolder,
            pbSourceKeySrcMessage,
            pbPCLMessage,
            pbSourceKeyDestMessage,
            pbChangeNumDestMessage,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeImportContentsChangesVtbl {
    /// A vtable of [`IExchangeImportContentsChanges`] whose slots check their arguments and call [`IExchangeImportContentsChangesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeImportContentsChangesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IExchangeImportContentsChanges::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ExchangeGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeImportContentsChangesImpl>::get_last_error(
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
            Config: {
                /// `IExchangeImportContentsChanges::Config`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <ExchangeImportChangesConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChangesImpl>::config(
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
            UpdateState: {
                /// `IExchangeImportContentsChanges::UpdateState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChangesImpl>::update_state(
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
            ImportMessageChange: {
                /// `IExchangeImportContentsChanges::ImportMessageChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpvalChanges: crate::ULONG,
                    ppvalChanges: crate::LPSPropValue,
                    ulFlags: crate::ULONG,
                    lppmessage: *mut crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        if !lppmessage.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppmessage, 0, 1) };
                        }
                        // SAFETY: the caller passes `cpvalChanges` elements at
                        // a non-null `ppvalChanges`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                ppvalChanges.cast_const().cast(),
                                cpvalChanges,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match <ExchangeImportMessageChangeFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppmessage.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChangesImpl>::import_message_change(
                            object.inner(),
                            &arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppmessage.write(arg3.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ImportMessageDeletion: {
                /// `IExchangeImportContentsChanges::ImportMessageDeletion`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpSrcEntryList: crate::LPENTRYLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeImportDeletionFlags as crate::FlagSet>::check_input_for(
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
                            crate::value::EntryList::from_raw(
                                lpSrcEntryList.cast_const().cast(),
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
                        match <O::Inner as IExchangeImportContentsChangesImpl>::import_message_deletion(
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
            ImportPerUserReadStateChange: {
                /// `IExchangeImportContentsChanges::ImportPerUserReadStateChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cElements: crate::ULONG,
                    lpReadState: LPREADSTATE,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cElements` elements at a
                        // non-null `lpReadState`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::ReadState::slice_from_raw(
                                lpReadState.cast_const().cast(),
                                cElements,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChangesImpl>::import_per_user_read_state_change(
                            object.inner(),
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
            ImportMessageMove: {
                /// `IExchangeImportContentsChanges::ImportMessageMove`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbSourceKeySrcFolder: crate::ULONG,
                    pbSourceKeySrcFolder: *mut crate::BYTE,
                    cbSourceKeySrcMessage: crate::ULONG,
                    pbSourceKeySrcMessage: *mut crate::BYTE,
                    cbPCLMessage: crate::ULONG,
                    pbPCLMessage: *mut crate::BYTE,
                    cbSourceKeyDestMessage: crate::ULONG,
                    pbSourceKeyDestMessage: *mut crate::BYTE,
                    cbChangeNumDestMessage: crate::ULONG,
                    pbChangeNumDestMessage: *mut crate::BYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cbSourceKeySrcFolder`
                        // valid elements at `pbSourceKeySrcFolder` (null,
                        // misaligned and oversized are checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pbSourceKeySrcFolder.cast(), cbSourceKeySrcFolder as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbSourceKeySrcMessage`
                        // valid elements at `pbSourceKeySrcMessage` (null,
                        // misaligned and oversized are checked).
                        let arg3 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(
                                pbSourceKeySrcMessage.cast(),
                                cbSourceKeySrcMessage as usize,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbPCLMessage` valid
                        // elements at `pbPCLMessage` (null, misaligned and
                        // oversized are checked).
                        let arg5 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(pbPCLMessage.cast(), cbPCLMessage as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbSourceKeyDestMessage`
                        // valid elements at `pbSourceKeyDestMessage` (null,
                        // misaligned and oversized are checked).
                        let arg7 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(
                                pbSourceKeyDestMessage.cast(),
                                cbSourceKeyDestMessage as usize,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: the caller passes `cbChangeNumDestMessage`
                        // valid elements at `pbChangeNumDestMessage` (null,
                        // misaligned and oversized are checked).
                        let arg9 = match unsafe {
                            crate::__private::slice_in::<
                                u8,
                            >(
                                pbChangeNumDestMessage.cast(),
                                cbChangeNumDestMessage as usize,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChangesImpl>::import_message_move(
                            object.inner(),
                            arg1,
                            arg3,
                            arg5,
                            arg7,
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeImportContentsChanges {
    const IIDS: &'static [u128] = &[
        0xf75abfa0_d0e0_11cd_80fc_00aa004bba0b, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeImportContentsChanges2`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeImportContentsChanges2Impl`, the provider side of `IExchangeImportContentsChanges2`",
    label = "`IExchangeImportContentsChanges2` needs `impl IExchangeImportContentsChanges2Impl for {Self}`",
    note = "write `impl IExchangeImportContentsChanges2Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeImportContentsChanges2Impl: IExchangeImportContentsChangesImpl + crate::__private::Declares<
        IExchangeImportContentsChanges2,
        0x7dfdd720_f53f_11cf_a48f_00c04fd65595,
    > {
    /// Prepares the collector like `Config`, to take messages as conversion
    /// streams built with the given conversion properties.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// Called through slot 10 ([`IExchangeImportContentsChanges2Vtbl::ConfigForConversionStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config_for_conversion_stream(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
        lpPropArrayConversion: ::core::option::Option<&[crate::value::PropRef<'_>]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream, ulFlags, lpPropArrayConversion);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes a new or changed message as a conversion stream: like
    /// `ImportMessageChange`, but the collector returns a stream the
    /// synchronizer writes the message into.
    ///
    /// Returns `S_OK` when the stream is returned, or one of the
    /// `ImportMessageChange` codes.
    ///
    /// Called through slot 11 ([`IExchangeImportContentsChanges2Vtbl::ImportMessageChangeAsAStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_message_change_as_a_stream(
        &self,
        ppvalChanges: &[crate::value::PropRef<'_>],
        ulFlags: ExchangeImportMessageChangeFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let _ = (ppvalChanges, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeImportContentsChanges2Vtbl {
    /// A vtable of [`IExchangeImportContentsChanges2`] whose slots check their arguments and call [`IExchangeImportContentsChanges2Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeImportContentsChanges2Impl,
    {
        Self {
            base__: IExchangeImportContentsChangesVtbl::new::<O, INDEX>(),
            ConfigForConversionStream: {
                /// `IExchangeImportContentsChanges2::ConfigForConversionStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    ulFlags: crate::ULONG,
                    cValuesConversion: crate::ULONG,
                    lpPropArrayConversion: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChanges2Impl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <ExchangeImportChangesConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpPropArrayConversion.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cValuesConversion`
                            // elements at a non-null `lpPropArrayConversion`,
                            // readable for the call; the view checks the count
                            // and reads each element as its type says.
                            let arg3 = match unsafe {
                                crate::value::PropRef::slice_from_raw(
                                    lpPropArrayConversion.cast_const().cast(),
                                    cValuesConversion,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg3)
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChanges2Impl>::config_for_conversion_stream(
                            object.inner(),
                            arg0,
                            arg1,
                            arg3.as_deref(),
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
            ImportMessageChangeAsAStream: {
                /// `IExchangeImportContentsChanges2::ImportMessageChangeAsAStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpvalChanges: crate::ULONG,
                    ppvalChanges: crate::LPSPropValue,
                    ulFlags: crate::ULONG,
                    lppstream: *mut crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportContentsChanges2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppstream.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppstream, 0, 1) };
                        }
                        // SAFETY: the caller passes `cpvalChanges` elements at
                        // a non-null `ppvalChanges`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                ppvalChanges.cast_const().cast(),
                                cpvalChanges,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match <ExchangeImportMessageChangeFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppstream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportContentsChanges2Impl>::import_message_change_as_a_stream(
                            object.inner(),
                            &arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppstream.write(arg3.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeImportContentsChanges2 {
    const IIDS: &'static [u128] = &[
        0x7dfdd720_f53f_11cf_a48f_00c04fd65595, 0xf75abfa0_d0e0_11cd_80fc_00aa004bba0b,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeImportHierarchyChanges`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeImportHierarchyChangesImpl`, the provider side of `IExchangeImportHierarchyChanges`",
    label = "`IExchangeImportHierarchyChanges` needs `impl IExchangeImportHierarchyChangesImpl for {Self}`",
    note = "write `impl IExchangeImportHierarchyChangesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeImportHierarchyChangesImpl: crate::__private::Declares<
        IExchangeImportHierarchyChanges,
        0x85a66cf0_d0e0_11cd_80fc_00aa004bba0b,
    > {
    /// Returns a `MAPIERROR` describing the last error of the collector.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IExchangeImportHierarchyChangesVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares the collector with the state to start from.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// Called through slot 4 ([`IExchangeImportHierarchyChangesVtbl::Config`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn config(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the collector's current synchronization state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// Called through slot 5 ([`IExchangeImportHierarchyChangesVtbl::UpdateState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn update_state(
        &self,
        lpStream: ::core::option::Option<crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes a new or changed folder.
    ///
    /// The values hold at least `PR_PARENT_SOURCE_KEY`, `PR_SOURCE_KEY`,
    /// `PR_CHANGE_KEY`, `PR_PREDECESSOR_CHANGE_LIST` and `PR_DISPLAY_NAME`.
    ///
    /// Returns:
    /// - `S_OK`: the change was applied, or discarded because the collector
    ///   already had it.
    /// - `SYNC_E_NO_PARENT`: no folder has the parent's source key.
    /// - `SYNC_E_OBJECT_DELETED`: the folder was deleted in the collector's
    ///   store.
    /// - `SYNC_E_CONFLICT`: the change conflicts with the collector's version
    ///   and conflicts are not allowed.
    ///
    /// **Notes to implementers.** Find the parent by its source key, then the
    /// folder by its own. Create a missing folder under the parent. If the
    /// imported change key is already in the folder's predecessor change
    /// list, discard the change; if the folder's change list is contained in
    /// the imported one, replace its properties; otherwise it is a conflict,
    /// resolved by the modification times when conflicts are allowed.
    ///
    /// Called through slot 6 ([`IExchangeImportHierarchyChangesVtbl::ImportFolderChange`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_folder_change(
        &self,
        ppvalChanges: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ppvalChanges,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Takes the deletion of folders.
    ///
    /// Returns:
    /// - `S_OK`: the folders were deleted.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a folder in the list is
    ///   not valid or cannot be deleted; the rest of the list is not
    ///   processed.
    ///
    /// Called through slot 7 ([`IExchangeImportHierarchyChangesVtbl::ImportFolderDeletion`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn import_folder_deletion(
        &self,
        ulFlags: ExchangeImportDeletionFlags,
        lpSrcEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpSrcEntryList);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeImportHierarchyChangesVtbl {
    /// A vtable of [`IExchangeImportHierarchyChanges`] whose slots check their arguments and call [`IExchangeImportHierarchyChangesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeImportHierarchyChangesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IExchangeImportHierarchyChanges::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportHierarchyChangesImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ExchangeGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeImportHierarchyChangesImpl>::get_last_error(
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
            Config: {
                /// `IExchangeImportHierarchyChanges::Config`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportHierarchyChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <ExchangeImportChangesConfigFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportHierarchyChangesImpl>::config(
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
            UpdateState: {
                /// `IExchangeImportHierarchyChanges::UpdateState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportHierarchyChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportHierarchyChangesImpl>::update_state(
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
            ImportFolderChange: {
                /// `IExchangeImportHierarchyChanges::ImportFolderChange`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cpvalChanges: crate::ULONG,
                    ppvalChanges: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportHierarchyChangesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cpvalChanges` elements at
                        // a non-null `ppvalChanges`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                ppvalChanges.cast_const().cast(),
                                cpvalChanges,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeImportHierarchyChangesImpl>::import_folder_change(
                            object.inner(),
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
            ImportFolderDeletion: {
                /// `IExchangeImportHierarchyChanges::ImportFolderDeletion`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpSrcEntryList: crate::LPENTRYLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeImportHierarchyChangesImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeImportDeletionFlags as crate::FlagSet>::check_input_for(
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
                            crate::value::EntryList::from_raw(
                                lpSrcEntryList.cast_const().cast(),
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
                        match <O::Inner as IExchangeImportHierarchyChangesImpl>::import_folder_deletion(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeImportHierarchyChanges {
    const IIDS: &'static [u128] = &[
        0x85a66cf0_d0e0_11cd_80fc_00aa004bba0b, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeChangeAdvisor`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeChangeAdvisorImpl`, the provider side of `IExchangeChangeAdvisor`",
    label = "`IExchangeChangeAdvisor` needs `impl IExchangeChangeAdvisorImpl for {Self}`",
    note = "write `impl IExchangeChangeAdvisorImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeChangeAdvisorImpl: crate::__private::Declares<
        IExchangeChangeAdvisor,
        0x1e300720_a839_11cf_bde0_00004c7531e3,
    > {
    /// Returns a `MAPIERROR` describing the last error of the advisor.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IExchangeChangeAdvisorVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Prepares the advisor: the state to start from and the sink to tell.
    ///
    /// Returns `S_OK` when the advisor is ready.
    ///
    /// Called through slot 4 ([`IExchangeChangeAdvisorVtbl::Config`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    ///
    /// # Safety
    ///
    /// `lpAdviseSink` (`LPEXCHANGECHANGEADVISESINK`): The sink told of changes. It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows.
    unsafe fn config(
        &self,
        lpStream: crate::ComPtr<crate::IStream>,
        lpGUID: ::core::option::Option<&crate::GUID>,
        lpAdviseSink: LPEXCHANGECHANGEADVISESINK,
        ulFlags: ExchangeChangeAdvisorConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream, lpGUID, lpAdviseSink, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Writes the advisor's current state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// Called through slot 5 ([`IExchangeChangeAdvisorVtbl::UpdateState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn update_state(
        &self,
        lpStream: ::core::option::Option<crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpStream,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds folders to watch.
    ///
    /// Returns `S_OK` when the folders are watched.
    ///
    /// Called through slot 6 ([`IExchangeChangeAdvisorVtbl::AddKeys`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn add_keys(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryList,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Stops watching folders.
    ///
    /// Returns `S_OK` when the folders are no longer watched.
    ///
    /// Called through slot 7 ([`IExchangeChangeAdvisorVtbl::RemoveKeys`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn remove_keys(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryList,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeChangeAdvisorVtbl {
    /// A vtable of [`IExchangeChangeAdvisor`] whose slots check their arguments and call [`IExchangeChangeAdvisorImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeChangeAdvisorImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IExchangeChangeAdvisor::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeChangeAdvisorImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ExchangeGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeChangeAdvisorImpl>::get_last_error(
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
            Config: {
                /// `IExchangeChangeAdvisor::Config`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                    lpGUID: crate::LPGUID,
                    lpAdviseSink: LPEXCHANGECHANGEADVISESINK,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeChangeAdvisorImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = if lpGUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpGUID.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        if lpAdviseSink.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        let arg3 = match <ExchangeChangeAdvisorConfigFlags as crate::FlagSet>::check_input_for(
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
                        let __c1 = arg1.as_ref();
                        let __c2 = lpAdviseSink;
                        let __c3 = arg3;
                        // SAFETY: the raw pointers are the caller's, passed on
                        // as the method's `# Safety` says.
                        match unsafe {
                            <O::Inner as IExchangeChangeAdvisorImpl>::config(
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
            UpdateState: {
                /// `IExchangeChangeAdvisor::UpdateState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpStream: crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeChangeAdvisorImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IStream,
                            >::from_borrowed(lpStream.cast::<crate::IStream>())
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeChangeAdvisorImpl>::update_state(
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
            AddKeys: {
                /// `IExchangeChangeAdvisor::AddKeys`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntryList: crate::LPENTRYLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeChangeAdvisorImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntryList.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeChangeAdvisorImpl>::add_keys(
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
            RemoveKeys: {
                /// `IExchangeChangeAdvisor::RemoveKeys`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntryList: crate::LPENTRYLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeChangeAdvisorImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntryList.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeChangeAdvisorImpl>::remove_keys(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeChangeAdvisor {
    const IIDS: &'static [u128] = &[
        0x1e300720_a839_11cf_bde0_00004c7531e3, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeBadItemCallback`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeBadItemCallbackImpl`, the provider side of `IExchangeBadItemCallback`",
    label = "`IExchangeBadItemCallback` needs `impl IExchangeBadItemCallbackImpl for {Self}`",
    note = "write `impl IExchangeBadItemCallbackImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeBadItemCallbackImpl: crate::__private::Declares<
        IExchangeBadItemCallback,
        0x1df85ab7_4d20_4a57_b170_2f062136c1d6,
    > {
    /// Reports an item that could not be moved.
    ///
    /// Returns `S_OK` to go on with the move; an error stops it.
    ///
    /// Called through slot 3 ([`IExchangeBadItemCallbackVtbl::BadItem`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn bad_item(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeBadItemCallbackBadItemFlags,
        lpwszFolderName: ::core::option::Option<crate::value::StrRef<'_>>,
        lpsbFolderEid: ::core::option::Option<&[u8]>,
        lpPropArray: ::core::option::Option<&[crate::value::PropRef<'_>]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (hResult, ulFlags, lpwszFolderName, lpsbFolderEid, lpPropArray);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeBadItemCallbackVtbl {
    /// A vtable of [`IExchangeBadItemCallback`] whose slots check their arguments and call [`IExchangeBadItemCallbackImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeBadItemCallbackImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            BadItem: {
                /// `IExchangeBadItemCallback::BadItem`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lpwszFolderName: crate::LPWSTR,
                    lpsbFolderEid: crate::LPSBinary,
                    cValues: crate::ULONG,
                    lpPropArray: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeBadItemCallbackImpl,
                {
                    crate::__private::guard(|| {
                        let arg1 = match <ExchangeBadItemCallbackBadItemFlags as crate::FlagSet>::check_input_for(
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
                            crate::value::StrRef::from_raw_unicode(
                                lpwszFolderName.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg3 = match unsafe {
                            crate::value::binary_from_raw(
                                lpsbFolderEid.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg5 = if lpPropArray.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cValues` elements at a
                            // non-null `lpPropArray`, readable for the call;
                            // the view checks the count and reads each element
                            // as its type says.
                            let arg5 = match unsafe {
                                crate::value::PropRef::slice_from_raw(
                                    lpPropArray.cast_const().cast(),
                                    cValues,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg5)
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeBadItemCallbackImpl>::bad_item(
                            object.inner(),
                            hResult,
                            arg1,
                            arg2,
                            arg3,
                            arg5.as_deref(),
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeBadItemCallback {
    const IIDS: &'static [u128] = &[
        0x1df85ab7_4d20_4a57_b170_2f062136c1d6, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeMoveUserProgress`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeMoveUserProgressImpl`, the provider side of `IExchangeMoveUserProgress`",
    label = "`IExchangeMoveUserProgress` needs `impl IExchangeMoveUserProgressImpl for {Self}`",
    note = "write `impl IExchangeMoveUserProgressImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeMoveUserProgressImpl: crate::__private::Declares<
        IExchangeMoveUserProgress,
        0xef2fb44a_8dac_4e4e_b1e3_a3b926355617,
    > {
    /// The move goes on to the next folder.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// Called through slot 3 ([`IExchangeMoveUserProgressVtbl::NextFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn next_folder(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
        lpwszFolderName: ::core::option::Option<crate::value::StrRef<'_>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpwszFolderName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Progress within the current folder.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// Called through slot 4 ([`IExchangeMoveUserProgressVtbl::Progress`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn progress(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, ulCount, ulTotal);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// The move starts over.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// Called through slot 5 ([`IExchangeMoveUserProgressVtbl::Restart`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn restart(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeMoveUserProgressVtbl {
    /// A vtable of [`IExchangeMoveUserProgress`] whose slots check their arguments and call [`IExchangeMoveUserProgressImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeMoveUserProgressImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            NextFolder: {
                /// `IExchangeMoveUserProgress::NextFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lpwszFolderName: crate::LPWSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeMoveUserProgressImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeMoveUserProgressFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_unicode(
                                lpwszFolderName.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeMoveUserProgressImpl>::next_folder(
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
            Progress: {
                /// `IExchangeMoveUserProgress::Progress`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    ulCount: crate::ULONG,
                    ulTotal: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeMoveUserProgressImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeMoveUserProgressFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeMoveUserProgressImpl>::progress(
                            object.inner(),
                            arg0,
                            ulCount,
                            ulTotal,
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
            Restart: {
                /// `IExchangeMoveUserProgress::Restart`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeMoveUserProgressImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <ExchangeMoveUserProgressFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeMoveUserProgressImpl>::restart(
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeMoveUserProgress {
    const IIDS: &'static [u128] = &[
        0xef2fb44a_8dac_4e4e_b1e3_a3b926355617, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeFavorites`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeFavoritesImpl`, the provider side of `IExchangeFavorites`",
    label = "`IExchangeFavorites` needs `impl IExchangeFavoritesImpl for {Self}`",
    note = "write `impl IExchangeFavoritesImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeFavoritesImpl: crate::__private::Declares<
        IExchangeFavorites,
        0xcf4f3bc0_ec66_11ce_b31c_00aa00574cc6,
    > {
    /// Returns a `MAPIERROR` describing the last error of the object.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IExchangeFavoritesVtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds public folders to Favorites.
    ///
    /// Returns `S_OK` when the folders were added.
    ///
    /// Called through slot 4 ([`IExchangeFavoritesVtbl::AddFavorites`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn add_favorites(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryList,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Removes folders from Favorites.
    ///
    /// Returns:
    /// - `S_OK`: the folders were removed.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a folder cannot be
    ///   removed; the rest of the list is not processed.
    ///
    /// Called through slot 5 ([`IExchangeFavoritesVtbl::DelFavorites`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn del_favorites(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryList,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeFavoritesVtbl {
    /// A vtable of [`IExchangeFavorites`] whose slots check their arguments and call [`IExchangeFavoritesImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeFavoritesImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IExchangeFavorites::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeFavoritesImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <ExchangeGetLastErrorFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IExchangeFavoritesImpl>::get_last_error(
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
            AddFavorites: {
                /// `IExchangeFavorites::AddFavorites`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntryList: crate::LPENTRYLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeFavoritesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntryList.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeFavoritesImpl>::add_favorites(
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
            DelFavorites: {
                /// `IExchangeFavorites::DelFavorites`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpEntryList: crate::LPENTRYLIST,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeFavoritesImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpEntryList.cast_const().cast(),
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
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeFavoritesImpl>::del_favorites(
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
        }
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeFavorites {
    const IIDS: &'static [u128] = &[
        0xcf4f3bc0_ec66_11ce_b31c_00aa00574cc6, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "provider", feature = "exchange"))]
/// The provider side of [`IExchangeMessageConversion`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IExchangeMessageConversionImpl`, the provider side of `IExchangeMessageConversion`",
    label = "`IExchangeMessageConversion` needs `impl IExchangeMessageConversionImpl for {Self}`",
    note = "write `impl IExchangeMessageConversionImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IExchangeMessageConversionImpl: crate::__private::Declares<
        IExchangeMessageConversion,
        0x3532b360_d114_11cf_a83b_00c04fd65597,
    > {
    /// Opens a stream of the message converted to Internet format as the
    /// given properties say.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// Called through slot 3 ([`IExchangeMessageConversionVtbl::OpenStream`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_stream(
        &self,
        lpPropArray: &[crate::value::PropRef<'_>],
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let _ = (lpPropArray,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "exchange"))]
impl IExchangeMessageConversionVtbl {
    /// A vtable of [`IExchangeMessageConversion`] whose slots check their arguments and call [`IExchangeMessageConversionImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IExchangeMessageConversionImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            OpenStream: {
                /// `IExchangeMessageConversion::OpenStream`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cValues: crate::ULONG,
                    lpPropArray: crate::LPSPropValue,
                    lppStream: *mut crate::LPSTREAM,
                ) -> crate::HRESULT
                where
                    O::Inner: IExchangeMessageConversionImpl,
                {
                    crate::__private::guard(|| {
                        if !lppStream.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppStream, 0, 1) };
                        }
                        // SAFETY: the caller passes `cValues` elements at a
                        // non-null `lpPropArray`, readable for the call; the
                        // view checks the count and reads each element as its
                        // type says.
                        let arg1 = match unsafe {
                            crate::value::PropRef::slice_from_raw(
                                lpPropArray.cast_const().cast(),
                                cValues,
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        if lppStream.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IExchangeMessageConversionImpl>::open_stream(
                            object.inner(),
                            &arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppStream.write(arg2.into_raw().cast()) };
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
#[cfg(all(feature = "provider", feature = "exchange"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IExchangeMessageConversion {
    const IIDS: &'static [u128] = &[
        0x3532b360_d114_11cf_a83b_00c04fd65597, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeModifyTable` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeModifyTable {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeModifyTable`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeModifyTable> for IExchangeModifyTable {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeModifyTable`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeModifyTable` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeModifyTableExt {
    /// Returns a `MAPIERROR` describing the last error of the table object.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeModifyTableVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Returns the rows of the rule or permission table as an ordinary
    /// `IMAPITable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags choosing what the table shows.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeModifyTableVtbl::GetTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_table(
        &self,
        ulFlags: ExchangeModifyTableGetTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Adds, changes or removes rows of the rule or permission table.
    ///
    /// Each `ROWENTRY` says what to do with its row (`ROW_ADD`,
    /// `ROW_MODIFY`, `ROW_REMOVE`); with `ROWLIST_REPLACE` the rows given
    /// replace the whole table. Rules are rows of `PR_RULE_*` columns,
    /// permissions rows of `PR_MEMBER_ID`, `PR_MEMBER_ENTRYID` and
    /// `PR_MEMBER_RIGHTS`.
    ///
    /// Returns `S_OK` when the table was changed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; zero applies each entry's own operation.
    /// - `lpMods` (`LPROWLIST`, in): The rows and what to do with each.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeModifyTableVtbl::ModifyTable`].
    fn modify_table(
        &self,
        ulFlags: ExchangeModifyTableModifyTableFlags,
        lpMods: &[crate::value::RowEntry],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeModifyTable>> IExchangeModifyTableExt
for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeModifyTable>()
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
    fn get_table(
        &self,
        ulFlags: ExchangeModifyTableGetTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeModifyTable>()
                .GetTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn modify_table(
        &self,
        ulFlags: ExchangeModifyTableModifyTableFlags,
        lpMods: &[crate::value::RowEntry],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpMods;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::row_list_in(__t)?;
        let __s = &mut __b1;
        let __a1: LPROWLIST = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeModifyTable>()
                .ModifyTable)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeRuleAction` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeRuleAction {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeRuleAction`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeRuleAction> for IExchangeRuleAction {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeRuleAction`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeRuleAction` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeRuleActionExt {
    /// Returns the number of actions of the message.
    ///
    /// Returns `S_OK` when the count was returned.
    ///
    /// # Parameters
    ///
    /// - `lpcActions` (`ULONG*`, out): Receives the number of actions.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeRuleActionVtbl::ActionCount`]. In Rust:
    ///
    /// - Returns `lpcActions`.
    fn action_count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Returns one action and the identifier of the rule it comes from.
    ///
    /// Returns `S_OK` when the action was returned.
    ///
    /// # Parameters
    ///
    /// - `ulActionNumber` (`ULONG`, in): The index of the action, from zero to the count less one.
    /// - `lpruleid` (`LARGE_INTEGER*`, out): Receives the identifier of the rule (`PR_RULE_ID`).
    /// - `lppAction` (`LPACTION*`, out): Receives the action.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeRuleActionVtbl::GetAction`]. In Rust:
    ///
    /// - Returns `(lpruleid, lppAction)`.
    ///
    /// # Safety
    ///
    /// - The `lppAction` returned points into the object's memory: use it only as the method's documentation says, and not after the object is released.
    unsafe fn get_action(
        &self,
        ulActionNumber: crate::ULONG,
    ) -> ::core::result::Result<(crate::LARGE_INTEGER, LPACTION), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeRuleAction>> IExchangeRuleActionExt
for crate::ComPtr<T> {
    fn action_count(&self) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeRuleAction>()
                .ActionCount)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a0)
    }
    unsafe fn get_action(
        &self,
        ulActionNumber: crate::ULONG,
    ) -> ::core::result::Result<(crate::LARGE_INTEGER, LPACTION), crate::Hresult> {
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a1: crate::LARGE_INTEGER = unsafe { ::core::mem::zeroed::<crate::LARGE_INTEGER>() };
        let mut __a2: LPACTION = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeRuleAction>()
                .GetAction)(self.as_raw().cast(), ulActionNumber, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a1, __a2))
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeManageStore` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeManageStore {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeManageStore`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeManageStore> for IExchangeManageStore {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeManageStore`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeManageStore` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeManageStoreExt {
    /// Makes the entry ID of a mailbox (or of the public store), to open it
    /// with `IMAPISession::OpenMsgStore`.
    ///
    /// The entry ID is only formatted; the server is not contacted, so the
    /// call is cheap. The flags decide the rights the store will be opened
    /// with (as its owner, with administrative rights, ...).
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeManageStoreVtbl::CreateStoreEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszMsgStoreDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszMailboxDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Returns the entry ID of a folder or message from its source key
    /// (`PR_SOURCE_KEY`), which, unlike an entry ID, has a fixed size.
    ///
    /// For a folder, pass its source key alone; for a message, the source key
    /// of its folder and its own.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeManageStoreVtbl::EntryIDFromSourceKey`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cFolderKeySize` is the length of `lpFolderSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cMessageKeySize` is the length of `lpMessageSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Returns the rights a user has on a folder (`frights*` bits).
    ///
    /// Returns:
    /// - `S_OK`: the rights were returned.
    /// - `MAPI_E_NO_ACCESS`: the caller may not see the folder's rights.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeManageStoreVtbl::GetRights`]. In Rust:
    ///
    /// - `cbUserEntryID` is the length of `lpUserEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulRights`.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Returns a table of every mailbox on a server: display name, e-mail
    /// address, locale, sizes, message counts, last logon and logoff times,
    /// storage limits.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_LOGON_FAILED`: the store service is not running on the server.
    /// - `MAPI_E_NETWORK_ERROR`: the server cannot be reached.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeManageStoreVtbl::GetMailboxTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Returns a table of every public folder on a server: counts and sizes
    /// of messages and attachments, path names, owner and contact counts.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_LOGON_FAILED`: the store service is not running on the server.
    /// - `MAPI_E_NETWORK_ERROR`: the server cannot be reached.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeManageStoreVtbl::GetPublicFolderTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeManageStore>> IExchangeManageStoreExt
for crate::ComPtr<T> {
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszMsgStoreDN, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(lpszMailboxDN, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3: crate::ULONG = 0;
        let mut __a4: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore>()
                .CreateStoreEntryID)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a4.cast::<crate::ENTRYID>(),
                __a3,
            )
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r4)
    }
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __s = lpFolderSourceKey;
        let (__a1, __a0): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let (__a3, __a2): (*mut crate::BYTE, crate::ULONG) = match lpMessageSourceKey {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr().cast_mut(),
                    <crate::ULONG as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        let mut __a4: crate::ULONG = 0;
        let mut __a5: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore>()
                .EntryIDFromSourceKey)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
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
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = lpUserEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = lpEntryID;
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a4: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore>()
                .GetRights)(self.as_raw().cast(), __a0, __a1, __a2, __a3, &mut __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore>()
                .GetMailboxTable)(self.as_raw().cast(), __a0, &mut __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore>()
                .GetPublicFolderTable)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeManageStore2` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeManageStore2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeManageStore2`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeManageStore2> for IExchangeManageStore2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeManageStore2`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeManageStore2` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeManageStore2Ext {
    /// As `IExchangeManageStore::CreateStoreEntryID`: makes the entry ID of a
    /// mailbox or of the public store.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeManageStore2Vtbl::CreateStoreEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszMsgStoreDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszMailboxDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore::EntryIDFromSourceKey`: the entry ID of a
    /// folder or message from source keys.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeManageStore2Vtbl::EntryIDFromSourceKey`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cFolderKeySize` is the length of `lpFolderSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cMessageKeySize` is the length of `lpMessageSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore::GetRights`: a user's rights on a folder.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeManageStore2Vtbl::GetRights`]. In Rust:
    ///
    /// - `cbUserEntryID` is the length of `lpUserEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulRights`.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// As `IExchangeManageStore::GetMailboxTable`: the mailboxes of a server.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeManageStore2Vtbl::GetMailboxTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// As `IExchangeManageStore::GetPublicFolderTable`: the public folders of
    /// a server.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeManageStore2Vtbl::GetPublicFolderTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Returns the entry ID of the folder of a newsgroup.
    ///
    /// Returns:
    /// - `S_OK`: the entry ID was returned.
    /// - `MAPI_E_NOT_FOUND`: no folder holds this newsgroup.
    ///
    /// **Notes to callers.** Free the entry ID with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsgroupName` (`LPSTR`, in): Name of the newsgroup (`comp.mail.misc`).
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 8 of the vtable, [`IExchangeManageStore2Vtbl::CreateNewsgroupNameEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszNewsgroupName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_newsgroup_name_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszNewsgroupName: &str,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeManageStore2>> IExchangeManageStore2Ext
for crate::ComPtr<T> {
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszMsgStoreDN, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(lpszMailboxDN, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3: crate::ULONG = 0;
        let mut __a4: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore2>()
                .CreateStoreEntryID)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a4.cast::<crate::ENTRYID>(),
                __a3,
            )
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r4)
    }
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __s = lpFolderSourceKey;
        let (__a1, __a0): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let (__a3, __a2): (*mut crate::BYTE, crate::ULONG) = match lpMessageSourceKey {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr().cast_mut(),
                    <crate::ULONG as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        let mut __a4: crate::ULONG = 0;
        let mut __a5: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore2>()
                .EntryIDFromSourceKey)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
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
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = lpUserEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = lpEntryID;
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a4: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore2>()
                .GetRights)(self.as_raw().cast(), __a0, __a1, __a2, __a3, &mut __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore2>()
                .GetMailboxTable)(self.as_raw().cast(), __a0, &mut __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore2>()
                .GetPublicFolderTable)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_newsgroup_name_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszNewsgroupName: &str,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszNewsgroupName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::ULONG = 0;
        let mut __a2: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore2>()
                .CreateNewsgroupNameEntryID)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::ENTRYID>(),
                __a1,
            )
        };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeManageStore3` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeManageStore3 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeManageStore3`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeManageStore3> for IExchangeManageStore3 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeManageStore3`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeManageStore3` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeManageStore3Ext {
    /// As `IExchangeManageStore::CreateStoreEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeManageStore3Vtbl::CreateStoreEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszMsgStoreDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszMailboxDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore::EntryIDFromSourceKey`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeManageStore3Vtbl::EntryIDFromSourceKey`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cFolderKeySize` is the length of `lpFolderSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cMessageKeySize` is the length of `lpMessageSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore::GetRights`.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeManageStore3Vtbl::GetRights`]. In Rust:
    ///
    /// - `cbUserEntryID` is the length of `lpUserEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulRights`.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// As `IExchangeManageStore::GetMailboxTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeManageStore3Vtbl::GetMailboxTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// As `IExchangeManageStore::GetPublicFolderTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeManageStore3Vtbl::GetPublicFolderTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// As `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsgroupName` (`LPSTR`, in): Name of the newsgroup.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 8 of the vtable, [`IExchangeManageStore3Vtbl::CreateNewsgroupNameEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszNewsgroupName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_newsgroup_name_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszNewsgroupName: &str,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// Returns the mailbox table of a server starting at a given mailbox, so
    /// that a large server can be read in parts.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    /// - `uOffset` (`UINT`, in): The index of the first mailbox in the table.
    ///
    /// Calls slot 9 of the vtable, [`IExchangeManageStore3Vtbl::GetMailboxTableOffset`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_mailbox_table_offset(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeManageStore3>> IExchangeManageStore3Ext
for crate::ComPtr<T> {
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszMsgStoreDN, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(lpszMailboxDN, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3: crate::ULONG = 0;
        let mut __a4: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .CreateStoreEntryID)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a4.cast::<crate::ENTRYID>(),
                __a3,
            )
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r4)
    }
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __s = lpFolderSourceKey;
        let (__a1, __a0): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let (__a3, __a2): (*mut crate::BYTE, crate::ULONG) = match lpMessageSourceKey {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr().cast_mut(),
                    <crate::ULONG as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        let mut __a4: crate::ULONG = 0;
        let mut __a5: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .EntryIDFromSourceKey)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
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
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = lpUserEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = lpEntryID;
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a4: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .GetRights)(self.as_raw().cast(), __a0, __a1, __a2, __a3, &mut __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .GetMailboxTable)(self.as_raw().cast(), __a0, &mut __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .GetPublicFolderTable)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_newsgroup_name_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszNewsgroupName: &str,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszNewsgroupName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::ULONG = 0;
        let mut __a2: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .CreateNewsgroupNameEntryID)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::ENTRYID>(),
                __a1,
            )
        };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn get_mailbox_table_offset(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore3>()
                .GetMailboxTableOffset)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
                uOffset,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeManageStore4` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeManageStore4 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeManageStore4`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeManageStore4> for IExchangeManageStore4 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeManageStore4`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeManageStore4` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeManageStore4Ext {
    /// As `IExchangeManageStore::CreateStoreEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgStoreDN` (`LPCSTR`, in): Distinguished name of the store (of its server).
    /// - `lpszMailboxDN` (`LPCSTR`, in): Distinguished name of the mailbox.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the store will be opened.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeManageStore4Vtbl::CreateStoreEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszMsgStoreDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszMailboxDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore::EntryIDFromSourceKey`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `cFolderKeySize` (`ULONG`, in): Size in bytes of the folder's source key.
    /// - `lpFolderSourceKey` (`BYTE*`, in): Source key of the folder (of the message's folder, for a message).
    /// - `cMessageKeySize` (`ULONG`, in): Size in bytes of the message's source key; zero for a folder.
    /// - `lpMessageSourceKey` (`BYTE*`, in): Source key of the message; null for a folder.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeManageStore4Vtbl::EntryIDFromSourceKey`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `cFolderKeySize` is the length of `lpFolderSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cMessageKeySize` is the length of `lpMessageSourceKey` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore::GetRights`.
    ///
    /// Returns `S_OK` when the rights were returned.
    ///
    /// # Parameters
    ///
    /// - `cbUserEntryID` (`ULONG`, in): Size in bytes of the user's entry ID.
    /// - `lpUserEntryID` (`LPENTRYID`, in): Address book entry ID of the user.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the folder's entry ID.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry ID of the folder.
    /// - `lpulRights` (`ULONG*`, out): Receives the user's rights: a combination of `frights*` bits.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeManageStore4Vtbl::GetRights`]. In Rust:
    ///
    /// - `cbUserEntryID` is the length of `lpUserEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulRights`.
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// As `IExchangeManageStore::GetMailboxTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeManageStore4Vtbl::GetMailboxTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// As `IExchangeManageStore::GetPublicFolderTable`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeManageStore4Vtbl::GetPublicFolderTable`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// As `IExchangeManageStore2::CreateNewsgroupNameEntryID`.
    ///
    /// Returns `S_OK` when the entry ID was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsgroupName` (`LPSTR`, in): Name of the newsgroup.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry ID.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry ID.
    ///
    /// Calls slot 8 of the vtable, [`IExchangeManageStore4Vtbl::CreateNewsgroupNameEntryID`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszNewsgroupName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppEntryID`.
    fn create_newsgroup_name_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszNewsgroupName: &str,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    >;
    /// As `IExchangeManageStore3::GetMailboxTableOffset`.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the server name.
    /// - `uOffset` (`UINT`, in): The index of the first mailbox in the table.
    ///
    /// Calls slot 9 of the vtable, [`IExchangeManageStore4Vtbl::GetMailboxTableOffset`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_mailbox_table_offset(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Returns the public folder table of a server starting at a given
    /// folder, so that a large server can be read in parts.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `lpszServerName` (`LPTSTR`, in): Distinguished name of the server; Unicode with `MAPI_UNICODE`.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the table.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags: the kind of folders and the server name's character set.
    /// - `uOffset` (`UINT`, in): The index of the first folder in the table.
    ///
    /// Calls slot 10 of the vtable, [`IExchangeManageStore4Vtbl::GetPublicFolderTableOffset`]. In Rust:
    ///
    /// - `lpszServerName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppTable`.
    fn get_public_folder_table_offset(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeManageStore4>> IExchangeManageStore4Ext
for crate::ComPtr<T> {
    fn create_store_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgStoreDN: &str,
        lpszMailboxDN: &str,
        ulFlags: ExchangeManageStoreCreateStoreEntryIDFlags,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszMsgStoreDN, false)?;
        let __s = &__b0;
        let __a0: crate::LPCSTR = __s.as_ptr().cast();
        let __b1 = crate::__private::call::str_in(lpszMailboxDN, false)?;
        let __s = &__b1;
        let __a1: crate::LPCSTR = __s.as_ptr().cast();
        let mut __a3: crate::ULONG = 0;
        let mut __a4: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .CreateStoreEntryID)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r4 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a4.cast::<crate::ENTRYID>(),
                __a3,
            )
        };
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r4)
    }
    fn entry_id_from_source_key(
        &self,
        alloc: &crate::value::Allocator,
        lpFolderSourceKey: &[u8],
        lpMessageSourceKey: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __s = lpFolderSourceKey;
        let (__a1, __a0): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let (__a3, __a2): (*mut crate::BYTE, crate::ULONG) = match lpMessageSourceKey {
            ::core::option::Option::Some(__s) => {
                (
                    __s.as_ptr().cast_mut(),
                    <crate::ULONG as ::core::convert::TryFrom<
                        usize,
                    >>::try_from(__s.len())
                        .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
                )
            }
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        let mut __a4: crate::ULONG = 0;
        let mut __a5: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .EntryIDFromSourceKey)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
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
    fn get_rights(
        &self,
        lpUserEntryID: &[u8],
        lpEntryID: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = lpUserEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = lpEntryID;
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a4: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .GetRights)(self.as_raw().cast(), __a0, __a1, __a2, __a3, &mut __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
    fn get_mailbox_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .GetMailboxTable)(self.as_raw().cast(), __a0, &mut __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_public_folder_table(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .GetPublicFolderTable)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_newsgroup_name_entry_id(
        &self,
        alloc: &crate::value::Allocator,
        lpszNewsgroupName: &str,
    ) -> ::core::result::Result<
        crate::value::MapiBuffer<crate::ENTRYID>,
        crate::Hresult,
    > {
        let __b0 = crate::__private::call::str_in(lpszNewsgroupName, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::ULONG = 0;
        let mut __a2: crate::LPENTRYID = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .CreateNewsgroupNameEntryID)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                &mut __a2,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::ENTRYID>(),
                __a1,
            )
        };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn get_mailbox_table_offset(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetMailboxTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .GetMailboxTableOffset)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
                uOffset,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_public_folder_table_offset(
        &self,
        lpszServerName: &str,
        ulFlags: ExchangeManageStoreGetPublicFolderTableFlags,
        uOffset: crate::UINT,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszServerName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeManageStore4>()
                .GetPublicFolderTableOffset)(
                self.as_raw().cast(),
                __a0,
                &mut __a1,
                ulFlags.bits(),
                uOffset,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeNntpNewsfeed` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeNntpNewsfeed {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeNntpNewsfeed`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeNntpNewsfeed> for IExchangeNntpNewsfeed {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeNntpNewsfeed`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeNntpNewsfeed` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeNntpNewsfeedExt {
    /// Configures the newsfeed from its directory object and Internet mail
    /// settings.
    ///
    /// Returns `S_OK` when the feed was configured.
    ///
    /// # Parameters
    ///
    /// - `lpszNewsfeedDN` (`LPSTR`, in): Distinguished name of the newsfeed's directory object.
    /// - `cValues` (`ULONG`, in): Number of values at `lpIMailPropArray`.
    /// - `lpIMailPropArray` (`LPSPropValue`, in): The Internet mail properties of the feed.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeNntpNewsfeedVtbl::Configure`]. In Rust:
    ///
    /// - `lpszNewsfeedDN` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpIMailPropArray` is laid out as `SPropValue`s for the call; `cValues` is their count.
    fn configure(
        &self,
        lpszNewsfeedDN: &str,
        lpIMailPropArray: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells which of the articles a peer offers are wanted.
    ///
    /// Returns `S_OK` when the answer was returned.
    ///
    /// **Notes to callers.** Free the returned bytes with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpszMsgIds` (`LPSTR`, in): The message IDs of the articles offered.
    /// - `lpcfWanted` (`ULONG*`, out): Receives the number of bytes at `lppfWanted`.
    /// - `lppfWanted` (`BYTE**`, out): Receives one byte per message ID: nonzero when the article is wanted.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeNntpNewsfeedVtbl::CheckMsgIds`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszMsgIds` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lppfWanted`.
    fn check_msg_ids(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgIds: &str,
    ) -> ::core::result::Result<crate::value::MapiBuffer<u8>, crate::Hresult>;
    /// Opens a stream to write an incoming article into.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// # Parameters
    ///
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeNntpNewsfeedVtbl::OpenArticleStream`]. In Rust:
    ///
    /// - Returns `lppStream`.
    fn open_article_stream(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeNntpNewsfeed>> IExchangeNntpNewsfeedExt
for crate::ComPtr<T> {
    fn configure(
        &self,
        lpszNewsfeedDN: &str,
        lpIMailPropArray: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(lpszNewsfeedDN, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let __b2 = crate::__private::call::props_in(lpIMailPropArray)?;
        let __s = &__b2;
        let (__a2, __a1): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeNntpNewsfeed>()
                .Configure)(self.as_raw().cast(), __a0, __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn check_msg_ids(
        &self,
        alloc: &crate::value::Allocator,
        lpszMsgIds: &str,
    ) -> ::core::result::Result<crate::value::MapiBuffer<u8>, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(lpszMsgIds, false)?;
        let __s = &__b0;
        let __a0: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        let mut __a1: crate::ULONG = 0;
        let mut __a2: *mut crate::BYTE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeNntpNewsfeed>()
                .CheckMsgIds)(self.as_raw().cast(), __a0, &mut __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe { crate::value::MapiBuffer::from_raw(*alloc, __a2.cast::<u8>(), __a1) };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn open_article_stream(
        &self,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let mut __a0: crate::LPSTREAM = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeNntpNewsfeed>()
                .OpenArticleStream)(self.as_raw().cast(), &mut __a0)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r0 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a0) };
        let __r0 = __r0.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r0)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeFastTransfer` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeFastTransfer {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeFastTransfer`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeFastTransfer> for IExchangeFastTransfer {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeFastTransfer`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeFastTransfer` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeFastTransferExt {
    /// Prepares the object for a transfer of the given kind.
    ///
    /// Returns `S_OK` when the object is ready.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of the copy's flags.
    /// - `ulTransferMethod` (`ULONG`, in): The kind of transfer: `TRANSFER_COPYTO`, `TRANSFER_COPYPROPS`, `TRANSFER_COPYMESSAGES` or `TRANSFER_COPYFOLDER`.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeFastTransferVtbl::Config`].
    fn config(
        &self,
        ulFlags: ExchangeFastTransferConfigFlags,
        ulTransferMethod: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Hands the object one buffer of the transfer stream.
    ///
    /// Returns `S_OK` when the buffer was taken.
    ///
    /// # Parameters
    ///
    /// - `cb` (`ULONG`, in): Size of the buffer in bytes.
    /// - `lpb` (`LPBYTE`, in): The buffer.
    /// - `lpcbProcessed` (`ULONG*`, out): Receives the number of bytes processed.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeFastTransferVtbl::TransferBuffer`]. In Rust:
    ///
    /// - `cb` is the length of `lpb` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpcbProcessed`.
    fn transfer_buffer(
        &self,
        lpb: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Tells whether a transfer of the given kind through the given interface
    /// and properties can be made fast.
    ///
    /// Returns `TRUE` if it can, `FALSE` otherwise.
    ///
    /// # Parameters
    ///
    /// - `ulTransferMethod` (`ULONG`, in): The kind of transfer (`TRANSFER_*`).
    /// - `refiid` (`REFIID`, in): The interface the copy is made through.
    /// - `lpptagList` (`LPSPropTagArray`, in): The properties copied; null for all.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeFastTransferVtbl::IsInterfaceOk`]. In Rust:
    ///
    /// - The method has no status of its own: `Err` means an argument could not be laid out for the call, and the object was not called.
    fn is_interface_ok(
        &self,
        ulTransferMethod: crate::ULONG,
        refiid: &crate::IID,
        lpptagList: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ExchangeFastTransferIsInterfaceOkFlags,
    ) -> ::core::result::Result<crate::BOOL, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeFastTransfer>> IExchangeFastTransferExt
for crate::ComPtr<T> {
    fn config(
        &self,
        ulFlags: ExchangeFastTransferConfigFlags,
        ulTransferMethod: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeFastTransfer>()
                .Config)(self.as_raw().cast(), ulFlags.bits(), ulTransferMethod)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn transfer_buffer(
        &self,
        lpb: &[u8],
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let __s = lpb;
        let (__a1, __a0): (crate::LPBYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a2: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeFastTransfer>()
                .TransferBuffer)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a2)
    }
    fn is_interface_ok(
        &self,
        ulTransferMethod: crate::ULONG,
        refiid: &crate::IID,
        lpptagList: ::core::option::Option<&[crate::value::PropTag]>,
        ulFlags: ExchangeFastTransferIsInterfaceOkFlags,
    ) -> ::core::result::Result<crate::BOOL, crate::Hresult> {
        let __r = refiid;
        let __a1: crate::REFIID = ::core::ptr::from_ref(__r);
        #[allow(unused_mut)]
        let mut __b2 = match lpptagList {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPSPropTagArray = match &mut __b2 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __r = unsafe {
            (self
                .base_vtable::<IExchangeFastTransfer>()
                .IsInterfaceOk)(
                self.as_raw().cast(),
                ulTransferMethod,
                __a1,
                __a2,
                ulFlags.bits(),
            )
        };
        ::core::result::Result::Ok(__r)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeExportChanges` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeExportChanges {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeExportChanges`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeExportChanges> for IExchangeExportChanges {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeExportChanges`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeExportChanges` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeExportChangesExt {
    /// Returns a `MAPIERROR` describing the last error of the synchronizer.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeExportChangesVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Prepares the synchronizer: the state to start from, what to export,
    /// and the collector to export to.
    ///
    /// The state stream holds the binary state of an earlier
    /// synchronization (empty the first time); it is specific to this
    /// synchronizer and collector.
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state to start from.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what is exported and how.
    /// - `lpUnk` (`LPUNKNOWN`, in): The collector: an object implementing `IExchangeImportContentsChanges` or `IExchangeImportHierarchyChanges`.
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction on the messages exported; null for all.
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Properties to export besides the usual ones (`PR_MESSAGE_SIZE`, `PR_ENTRYID`), or the only ones with `SYNC_ONLY_SPECIFIED_PROPS`; may be null.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Properties not to export; may be null.
    /// - `ulBufferSize` (`ULONG`, in): Size in bytes of the buffers used for the transfer; zero for the default.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeExportChangesVtbl::Config`].
    fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: &crate::ComPtr<crate::IUnknown>,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpIncludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Exports the next step of changes to the collector.
    ///
    /// Changes are exported in small atomic steps. Between two calls the
    /// agent may stop, save the state with `UpdateState`, and resume later
    /// from it.
    ///
    /// Returns:
    /// - `S_OK`: synchronization is complete.
    /// - `SYNC_W_PROGRESS`: a step was made and more are left; call again.
    ///
    /// # Parameters
    ///
    /// - `lpulSteps` (`ULONG*`, out): Receives the total number of steps.
    /// - `lpulProgress` (`ULONG*`, out): Receives the number of steps done.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeExportChangesVtbl::Synchronize`]. In Rust:
    ///
    /// - Returns `(lpulSteps, lpulProgress)`.
    fn synchronize(
        &self,
    ) -> ::core::result::Result<(crate::ULONG, crate::ULONG), crate::Hresult>;
    /// Like [`Self::synchronize`], but also returns the success code the object answered: `S_OK` or `SYNC_W_PROGRESS`.
    fn synchronize_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, (crate::ULONG, crate::ULONG)),
        crate::Hresult,
    >;
    /// Writes the current synchronization state to a stream.
    ///
    /// Use a stream of its own when checkpointing or when stopping to resume
    /// later.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeExportChangesVtbl::UpdateState`].
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeExportChanges>> IExchangeExportChangesExt
for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges>()
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
    fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: &crate::ComPtr<crate::IUnknown>,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpIncludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        let __r = lpUnk;
        let __a2: crate::LPUNKNOWN = __r.as_raw();
        #[allow(unused_mut)]
        let mut __b3 = match lpRestriction {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::restriction_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: crate::LPSRestriction = match &mut __b3 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b4 = match lpIncludeProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a4: crate::LPSPropTagArray = match &mut __b4 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b5 = match lpExcludeProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a5: crate::LPSPropTagArray = match &mut __b5 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges>()
                .Config)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                __a2,
                __a3,
                __a4,
                __a5,
                ulBufferSize,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn synchronize(
        &self,
    ) -> ::core::result::Result<(crate::ULONG, crate::ULONG), crate::Hresult> {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges>()
                .Synchronize)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok((__a0, __a1))
    }
    fn synchronize_with_warning(
        &self,
    ) -> ::core::result::Result<
        (crate::Hresult, (crate::ULONG, crate::ULONG)),
        crate::Hresult,
    > {
        let mut __a0: crate::ULONG = 0;
        let mut __a1: crate::ULONG = 0;
        // SAFETY: as in the method without the status.
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges>()
                .Synchronize)(self.as_raw().cast(), &mut __a0, &mut __a1)
        };
        let __status = crate::Hresult(__hr);
        __status.ok()?;
        ::core::result::Result::Ok((__status, (__a0, __a1)))
    }
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPSTREAM = match lpStream {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges>()
                .UpdateState)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeExportChanges2` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeExportChanges2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeExportChanges2` derives from `IExchangeExportChanges`: its vtable begins with `IExchangeExportChanges`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeExportChanges> for IExchangeExportChanges2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeExportChanges2`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeExportChanges2> for IExchangeExportChanges2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeExportChanges2`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeExportChanges2` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeExportChanges2Ext {
    /// Prepares the synchronizer like `Config`, exporting each changed
    /// message as a conversion stream (an Internet-format message) built with
    /// the given conversion properties.
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state to start from.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what is exported and how.
    /// - `lpUnk` (`LPUNKNOWN`, in): The collector (an `IExchangeImportContentsChanges2`).
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction on the messages exported; null for all.
    /// - `cValuesConversion` (`ULONG`, in): Number of values at `lpPropArrayConversion`.
    /// - `lpPropArrayConversion` (`LPSPropValue`, in): Properties controlling the conversion; may be null.
    /// - `ulBufferSize` (`ULONG`, in): Size in bytes of the buffers used for the transfer; zero for the default.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeExportChanges2Vtbl::ConfigForConversionStream`]. In Rust:
    ///
    /// - `lpPropArrayConversion` is laid out as `SPropValue`s for the call; `cValuesConversion` is their count.
    fn config_for_conversion_stream(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: &crate::ComPtr<crate::IUnknown>,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpPropArrayConversion: ::core::option::Option<&[crate::value::Prop]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeExportChanges2>> IExchangeExportChanges2Ext
for crate::ComPtr<T> {
    fn config_for_conversion_stream(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: &crate::ComPtr<crate::IUnknown>,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpPropArrayConversion: ::core::option::Option<&[crate::value::Prop]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        let __r = lpUnk;
        let __a2: crate::LPUNKNOWN = __r.as_raw();
        #[allow(unused_mut)]
        let mut __b3 = match lpRestriction {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::restriction_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: crate::LPSRestriction = match &mut __b3 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b5 = match lpPropArrayConversion {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a5, __a4): (crate::LPSPropValue, crate::ULONG) = match &__b5 {
            ::core::option::Option::Some(__s) => (__s.as_ptr().cast_mut(), __s.count()),
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges2>()
                .ConfigForConversionStream)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                __a2,
                __a3,
                __a4,
                __a5,
                ulBufferSize,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeExportChanges3` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeExportChanges3 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeExportChanges3` derives from `IExchangeExportChanges`: its vtable begins with `IExchangeExportChanges`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeExportChanges> for IExchangeExportChanges3 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeExportChanges3` derives from `IExchangeExportChanges2`: its vtable begins with `IExchangeExportChanges2`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeExportChanges2> for IExchangeExportChanges3 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeExportChanges3`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeExportChanges3> for IExchangeExportChanges3 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeExportChanges3`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeExportChanges3` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeExportChanges3Ext {
    /// Prepares the synchronizer like `Config`, for the listed messages only
    /// (selective download).
    ///
    /// Returns `S_OK` when the synchronizer is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state to start from.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying what is exported and how.
    /// - `lpUnk` (`LPUNKNOWN`, in): The collector.
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry IDs of the messages to export.
    /// - `lpRestriction` (`LPSRestriction`, in): Restriction on the messages exported; null for all.
    /// - `lpIncludeProps` (`LPSPropTagArray`, in): Properties to export besides the usual ones; may be null.
    /// - `lpExcludeProps` (`LPSPropTagArray`, in): Properties not to export; may be null.
    /// - `ulBufferSize` (`ULONG`, in): Size in bytes of the buffers used for the transfer; zero for the default.
    ///
    /// Calls slot 8 of the vtable, [`IExchangeExportChanges3Vtbl::ConfigForSelectiveSync`].
    fn config_for_selective_sync(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: &crate::ComPtr<crate::IUnknown>,
        lpMsgList: &[&[u8]],
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpIncludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeExportChanges3>> IExchangeExportChanges3Ext
for crate::ComPtr<T> {
    fn config_for_selective_sync(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeExportChangesConfigFlags,
        lpUnk: &crate::ComPtr<crate::IUnknown>,
        lpMsgList: &[&[u8]],
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpIncludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        lpExcludeProps: ::core::option::Option<&[crate::value::PropTag]>,
        ulBufferSize: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        let __r = lpUnk;
        let __a2: crate::LPUNKNOWN = __r.as_raw();
        let __t = lpMsgList;
        #[allow(unused_mut)]
        let mut __b3 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b3;
        let __a3: crate::LPENTRYLIST = __s.as_mut_ptr();
        #[allow(unused_mut)]
        let mut __b4 = match lpRestriction {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::restriction_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a4: crate::LPSRestriction = match &mut __b4 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b5 = match lpIncludeProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a5: crate::LPSPropTagArray = match &mut __b5 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b6 = match lpExcludeProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::tags_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a6: crate::LPSPropTagArray = match &mut __b6 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeExportChanges3>()
                .ConfigForSelectiveSync)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                __a2,
                __a3,
                __a4,
                __a5,
                __a6,
                ulBufferSize,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeImportContentsChanges` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeImportContentsChanges {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeImportContentsChanges`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeImportContentsChanges>
for IExchangeImportContentsChanges {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeImportContentsChanges`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeImportContentsChanges` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeImportContentsChangesExt {
    /// Returns a `MAPIERROR` describing the last error of the collector.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeImportContentsChangesVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Prepares the collector with the state to start from.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeImportContentsChangesVtbl::Config`].
    fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the collector's current synchronization state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeImportContentsChangesVtbl::UpdateState`].
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Takes a new or changed message.
    ///
    /// The values hold at least `PR_SOURCE_KEY`, `PR_CHANGE_KEY` and
    /// `PR_PREDECESSOR_CHANGE_LIST`. The collector returns a message object
    /// that the synchronizer fills in with `SetProps` (or a stream) and saves
    /// with `SaveChanges`.
    ///
    /// Returns:
    /// - `S_OK`: the message is returned.
    /// - `SYNC_E_IGNORE`: the collector does not want this change.
    /// - `SYNC_E_OBJECT_DELETED`: the message was deleted in the collector's
    ///   store.
    /// - `SYNC_E_CONFLICT`: the change conflicts with the collector's version.
    ///
    /// **Notes to implementers.** The message object needs only `SetProps`,
    /// `SaveChanges` and `IUnknown`.
    ///
    /// # Parameters
    ///
    /// - `cpvalChanges` (`ULONG`, in): Number of values at `ppvalChanges`.
    /// - `ppvalChanges` (`LPSPropValue`, in): Identifying properties of the message.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags describing the message.
    /// - `lppmessage` (`LPMESSAGE*`, out): Receives the message object to fill in.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeImportContentsChangesVtbl::ImportMessageChange`]. In Rust:
    ///
    /// - `ppvalChanges` is laid out as `SPropValue`s for the call; `cpvalChanges` is their count.
    /// - Returns `lppmessage`.
    fn import_message_change(
        &self,
        ppvalChanges: &[crate::value::Prop],
        ulFlags: ExchangeImportMessageChangeFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMessage>, crate::Hresult>;
    /// Takes the deletion of messages.
    ///
    /// Returns:
    /// - `S_OK`: the messages were deleted.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a source key in the list
    ///   is not valid; the rest of the list is not processed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the messages were deleted.
    /// - `lpSrcEntryList` (`LPENTRYLIST`, in): Source keys (`PR_SOURCE_KEY`) of the deleted messages.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeImportContentsChangesVtbl::ImportMessageDeletion`].
    fn import_message_deletion(
        &self,
        ulFlags: ExchangeImportDeletionFlags,
        lpSrcEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Takes changes of the read state of messages.
    ///
    /// Returns `S_OK` when the read states were changed.
    ///
    /// # Parameters
    ///
    /// - `cElements` (`ULONG`, in): Number of entries at `lpReadState`.
    /// - `lpReadState` (`LPREADSTATE`, in): One entry per message: its source key and new read state.
    ///
    /// Calls slot 8 of the vtable, [`IExchangeImportContentsChangesVtbl::ImportPerUserReadStateChange`]. In Rust:
    ///
    /// - `lpReadState` is laid out as `READSTATE`s for the call; `cElements` is their count.
    fn import_per_user_read_state_change(
        &self,
        lpReadState: &[crate::value::ReadState<'_>],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Takes the move of a message from one folder to another, so the
    /// collector can move it rather than delete and re-create it.
    ///
    /// Returns `S_OK` when the message was moved.
    ///
    /// # Parameters
    ///
    /// - `cbSourceKeySrcFolder` (`ULONG`, in): Size in bytes of `pbSourceKeySrcFolder`.
    /// - `pbSourceKeySrcFolder` (`BYTE*`, in): Source key of the folder the message was in.
    /// - `cbSourceKeySrcMessage` (`ULONG`, in): Size in bytes of `pbSourceKeySrcMessage`.
    /// - `pbSourceKeySrcMessage` (`BYTE*`, in): Source key of the message in that folder.
    /// - `cbPCLMessage` (`ULONG`, in): Size in bytes of `pbPCLMessage`.
    /// - `pbPCLMessage` (`BYTE*`, in): Predecessor change list of the message (`PR_PREDECESSOR_CHANGE_LIST`).
    /// - `cbSourceKeyDestMessage` (`ULONG`, in): Size in bytes of `pbSourceKeyDestMessage`.
    /// - `pbSourceKeyDestMessage` (`BYTE*`, in): Source key of the message in its new folder.
    /// - `cbChangeNumDestMessage` (`ULONG`, in): Size in bytes of `pbChangeNumDestMessage`.
    /// - `pbChangeNumDestMessage` (`BYTE*`, in): Change key (`PR_CHANGE_KEY`) of the move.
    ///
    /// Calls slot 9 of the vtable, [`IExchangeImportContentsChangesVtbl::ImportMessageMove`]. In Rust:
    ///
    /// - `cbSourceKeySrcFolder` is the length of `pbSourceKeySrcFolder` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbSourceKeySrcMessage` is the length of `pbSourceKeySrcMessage` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbPCLMessage` is the length of `pbPCLMessage` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbSourceKeyDestMessage` is the length of `pbSourceKeyDestMessage` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbChangeNumDestMessage` is the length of `pbChangeNumDestMessage` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn import_message_move(
        &self,
        pbSourceKeySrcFolder: &[u8],
        pbSourceKeySrcMessage: &[u8],
        pbPCLMessage: &[u8],
        pbSourceKeyDestMessage: &[u8],
        pbChangeNumDestMessage: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<
    T: crate::Inherits<IExchangeImportContentsChanges>,
> IExchangeImportContentsChangesExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges>()
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
    fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges>()
                .Config)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPSTREAM = match lpStream {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges>()
                .UpdateState)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn import_message_change(
        &self,
        ppvalChanges: &[crate::value::Prop],
        ulFlags: ExchangeImportMessageChangeFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMessage>, crate::Hresult> {
        let __b1 = crate::__private::call::props_in(ppvalChanges)?;
        let __s = &__b1;
        let (__a1, __a0): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        let mut __a3: crate::LPMESSAGE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges>()
                .ImportMessageChange)(
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
        let __r3 = unsafe { crate::ComPtr::<crate::IMessage>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
    fn import_message_deletion(
        &self,
        ulFlags: ExchangeImportDeletionFlags,
        lpSrcEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSrcEntryList;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b1;
        let __a1: crate::LPENTRYLIST = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges>()
                .ImportMessageDeletion)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn import_per_user_read_state_change(
        &self,
        lpReadState: &[crate::value::ReadState<'_>],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::read_states_in(lpReadState)?;
        let __s = &__b1;
        let (__a1, __a0): (LPREADSTATE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges>()
                .ImportPerUserReadStateChange)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn import_message_move(
        &self,
        pbSourceKeySrcFolder: &[u8],
        pbSourceKeySrcMessage: &[u8],
        pbPCLMessage: &[u8],
        pbSourceKeyDestMessage: &[u8],
        pbChangeNumDestMessage: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = pbSourceKeySrcFolder;
        let (__a1, __a0): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = pbSourceKeySrcMessage;
        let (__a3, __a2): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = pbPCLMessage;
        let (__a5, __a4): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = pbSourceKeyDestMessage;
        let (__a7, __a6): (*mut crate::BYTE, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __s = pbChangeNumDestMessage;
        let (__a9, __a8): (*mut crate::BYTE, crate::ULONG) = (
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
                .base_vtable::<IExchangeImportContentsChanges>()
                .ImportMessageMove)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                __a5,
                __a6,
                __a7,
                __a8,
                __a9,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeImportContentsChanges2` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeImportContentsChanges2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeImportContentsChanges2` derives from `IExchangeImportContentsChanges`: its vtable begins with `IExchangeImportContentsChanges`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeImportContentsChanges>
for IExchangeImportContentsChanges2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeImportContentsChanges2`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeImportContentsChanges2>
for IExchangeImportContentsChanges2 {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeImportContentsChanges2`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeImportContentsChanges2` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeImportContentsChanges2Ext {
    /// Prepares the collector like `Config`, to take messages as conversion
    /// streams built with the given conversion properties.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `cValuesConversion` (`ULONG`, in): Number of values at `lpPropArrayConversion`.
    /// - `lpPropArrayConversion` (`LPSPropValue`, in): Properties controlling the conversion; may be null.
    ///
    /// Calls slot 10 of the vtable, [`IExchangeImportContentsChanges2Vtbl::ConfigForConversionStream`]. In Rust:
    ///
    /// - `lpPropArrayConversion` is laid out as `SPropValue`s for the call; `cValuesConversion` is their count.
    fn config_for_conversion_stream(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
        lpPropArrayConversion: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Takes a new or changed message as a conversion stream: like
    /// `ImportMessageChange`, but the collector returns a stream the
    /// synchronizer writes the message into.
    ///
    /// Returns `S_OK` when the stream is returned, or one of the
    /// `ImportMessageChange` codes.
    ///
    /// # Parameters
    ///
    /// - `cpvalChanges` (`ULONG`, in): Number of values at `ppvalChanges`.
    /// - `ppvalChanges` (`LPSPropValue`, in): Identifying properties of the message.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags describing the message.
    /// - `lppstream` (`LPSTREAM*`, out): Receives the stream to write the message into.
    ///
    /// Calls slot 11 of the vtable, [`IExchangeImportContentsChanges2Vtbl::ImportMessageChangeAsAStream`]. In Rust:
    ///
    /// - `ppvalChanges` is laid out as `SPropValue`s for the call; `cpvalChanges` is their count.
    /// - Returns `lppstream`.
    fn import_message_change_as_a_stream(
        &self,
        ppvalChanges: &[crate::value::Prop],
        ulFlags: ExchangeImportMessageChangeFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<
    T: crate::Inherits<IExchangeImportContentsChanges2>,
> IExchangeImportContentsChanges2Ext for crate::ComPtr<T> {
    fn config_for_conversion_stream(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
        lpPropArrayConversion: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        let __b3 = match lpPropArrayConversion {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a3, __a2): (crate::LPSPropValue, crate::ULONG) = match &__b3 {
            ::core::option::Option::Some(__s) => (__s.as_ptr().cast_mut(), __s.count()),
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges2>()
                .ConfigForConversionStream)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                __a2,
                __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn import_message_change_as_a_stream(
        &self,
        ppvalChanges: &[crate::value::Prop],
        ulFlags: ExchangeImportMessageChangeFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let __b1 = crate::__private::call::props_in(ppvalChanges)?;
        let __s = &__b1;
        let (__a1, __a0): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        let mut __a3: crate::LPSTREAM = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportContentsChanges2>()
                .ImportMessageChangeAsAStream)(
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
        let __r3 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a3) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r3)
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeImportHierarchyChanges` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeImportHierarchyChanges {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeImportHierarchyChanges`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeImportHierarchyChanges>
for IExchangeImportHierarchyChanges {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeImportHierarchyChanges`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeImportHierarchyChanges` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeImportHierarchyChangesExt {
    /// Returns a `MAPIERROR` describing the last error of the collector.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeImportHierarchyChangesVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Prepares the collector with the state to start from.
    ///
    /// Returns `S_OK` when the collector is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the synchronization state.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeImportHierarchyChangesVtbl::Config`].
    fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the collector's current synchronization state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeImportHierarchyChangesVtbl::UpdateState`].
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Takes a new or changed folder.
    ///
    /// The values hold at least `PR_PARENT_SOURCE_KEY`, `PR_SOURCE_KEY`,
    /// `PR_CHANGE_KEY`, `PR_PREDECESSOR_CHANGE_LIST` and `PR_DISPLAY_NAME`.
    ///
    /// Returns:
    /// - `S_OK`: the change was applied, or discarded because the collector
    ///   already had it.
    /// - `SYNC_E_NO_PARENT`: no folder has the parent's source key.
    /// - `SYNC_E_OBJECT_DELETED`: the folder was deleted in the collector's
    ///   store.
    /// - `SYNC_E_CONFLICT`: the change conflicts with the collector's version
    ///   and conflicts are not allowed.
    ///
    /// **Notes to implementers.** Find the parent by its source key, then the
    /// folder by its own. Create a missing folder under the parent. If the
    /// imported change key is already in the folder's predecessor change
    /// list, discard the change; if the folder's change list is contained in
    /// the imported one, replace its properties; otherwise it is a conflict,
    /// resolved by the modification times when conflicts are allowed.
    ///
    /// # Parameters
    ///
    /// - `cpvalChanges` (`ULONG`, in): Number of values at `ppvalChanges`.
    /// - `ppvalChanges` (`LPSPropValue`, in): The folder's properties.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeImportHierarchyChangesVtbl::ImportFolderChange`]. In Rust:
    ///
    /// - `ppvalChanges` is laid out as `SPropValue`s for the call; `cpvalChanges` is their count.
    fn import_folder_change(
        &self,
        ppvalChanges: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Takes the deletion of folders.
    ///
    /// Returns:
    /// - `S_OK`: the folders were deleted.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a folder in the list is
    ///   not valid or cannot be deleted; the rest of the list is not
    ///   processed.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags saying how the folders were deleted.
    /// - `lpSrcEntryList` (`LPENTRYLIST`, in): Source keys (`PR_SOURCE_KEY`) of the deleted folders.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeImportHierarchyChangesVtbl::ImportFolderDeletion`].
    fn import_folder_deletion(
        &self,
        ulFlags: ExchangeImportDeletionFlags,
        lpSrcEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<
    T: crate::Inherits<IExchangeImportHierarchyChanges>,
> IExchangeImportHierarchyChangesExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportHierarchyChanges>()
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
    fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        ulFlags: ExchangeImportChangesConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportHierarchyChanges>()
                .Config)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPSTREAM = match lpStream {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportHierarchyChanges>()
                .UpdateState)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn import_folder_change(
        &self,
        ppvalChanges: &[crate::value::Prop],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = crate::__private::call::props_in(ppvalChanges)?;
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
                .base_vtable::<IExchangeImportHierarchyChanges>()
                .ImportFolderChange)(self.as_raw().cast(), __a0, __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn import_folder_deletion(
        &self,
        ulFlags: ExchangeImportDeletionFlags,
        lpSrcEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSrcEntryList;
        #[allow(unused_mut)]
        let mut __b1 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b1;
        let __a1: crate::LPENTRYLIST = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeImportHierarchyChanges>()
                .ImportFolderDeletion)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeChangeAdvisor` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeChangeAdvisor {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeChangeAdvisor`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeChangeAdvisor> for IExchangeChangeAdvisor {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeChangeAdvisor`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeChangeAdvisor` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeChangeAdvisorExt {
    /// Returns a `MAPIERROR` describing the last error of the advisor.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeChangeAdvisorVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Prepares the advisor: the state to start from and the sink to tell.
    ///
    /// Returns `S_OK` when the advisor is ready.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream holding the advisor's state.
    /// - `lpGUID` (`LPGUID`, in): GUID marking the caller's own changes, which are not reported (`PR_CHANGE_NOTIFICATION_GUID`); may be null.
    /// - `lpAdviseSink` (`LPEXCHANGECHANGEADVISESINK`, in): The sink told of changes.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeChangeAdvisorVtbl::Config`].
    ///
    /// # Safety
    ///
    /// - `lpAdviseSink` (`LPEXCHANGECHANGEADVISESINK`) must be valid for reads as the parameter's documentation says, for the duration of the call.
    unsafe fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        lpGUID: ::core::option::Option<&crate::GUID>,
        lpAdviseSink: LPEXCHANGECHANGEADVISESINK,
        ulFlags: ExchangeChangeAdvisorConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Writes the advisor's current state to a stream.
    ///
    /// Returns `S_OK` when the state was written.
    ///
    /// # Parameters
    ///
    /// - `lpStream` (`LPSTREAM`, in): Stream to write the state to; null for the one given to `Config`.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeChangeAdvisorVtbl::UpdateState`].
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Adds folders to watch.
    ///
    /// Returns `S_OK` when the folders are watched.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): The folders' keys.
    ///
    /// Calls slot 6 of the vtable, [`IExchangeChangeAdvisorVtbl::AddKeys`].
    fn add_keys(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Stops watching folders.
    ///
    /// Returns `S_OK` when the folders are no longer watched.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): The folders' keys.
    ///
    /// Calls slot 7 of the vtable, [`IExchangeChangeAdvisorVtbl::RemoveKeys`].
    fn remove_keys(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeChangeAdvisor>> IExchangeChangeAdvisorExt
for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeChangeAdvisor>()
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
    unsafe fn config(
        &self,
        lpStream: &crate::ComPtr<crate::IStream>,
        lpGUID: ::core::option::Option<&crate::GUID>,
        lpAdviseSink: LPEXCHANGECHANGEADVISESINK,
        ulFlags: ExchangeChangeAdvisorConfigFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpStream;
        let __a0: crate::LPSTREAM = __r.as_raw();
        let __a1: crate::LPGUID = match lpGUID {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeChangeAdvisor>()
                .Config)(self.as_raw().cast(), __a0, __a1, lpAdviseSink, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn update_state(
        &self,
        lpStream: ::core::option::Option<&crate::ComPtr<crate::IStream>>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPSTREAM = match lpStream {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeChangeAdvisor>()
                .UpdateState)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn add_keys(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntryList;
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
                .base_vtable::<IExchangeChangeAdvisor>()
                .AddKeys)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn remove_keys(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntryList;
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
                .base_vtable::<IExchangeChangeAdvisor>()
                .RemoveKeys)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeBadItemCallback` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeBadItemCallback {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeBadItemCallback`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeBadItemCallback> for IExchangeBadItemCallback {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeBadItemCallback`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeBadItemCallback` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeBadItemCallbackExt {
    /// Reports an item that could not be moved.
    ///
    /// Returns `S_OK` to go on with the move; an error stops it.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): Why the item could not be moved.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `lpwszFolderName` (`LPWSTR`, in): Name of the item's folder; may be null.
    /// - `lpsbFolderEid` (`LPSBinary`, in): Entry ID of the item's folder; may be null.
    /// - `cValues` (`ULONG`, in): Number of values at `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): Properties of the item; may be null.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeBadItemCallbackVtbl::BadItem`]. In Rust:
    ///
    /// - `lpwszFolderName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpPropArray` is laid out as `SPropValue`s for the call; `cValues` is their count.
    fn bad_item(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeBadItemCallbackBadItemFlags,
        lpwszFolderName: ::core::option::Option<&str>,
        lpsbFolderEid: ::core::option::Option<&[u8]>,
        lpPropArray: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeBadItemCallback>> IExchangeBadItemCallbackExt
for crate::ComPtr<T> {
    fn bad_item(
        &self,
        hResult: crate::HRESULT,
        ulFlags: ExchangeBadItemCallbackBadItemFlags,
        lpwszFolderName: ::core::option::Option<&str>,
        lpsbFolderEid: ::core::option::Option<&[u8]>,
        lpPropArray: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b2 = match lpwszFolderName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, true)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a2: crate::LPWSTR = match &__b2 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b3 = match lpsbFolderEid {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::binary_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a3: crate::LPSBinary = match &mut __b3 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __b5 = match lpPropArray {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a5, __a4): (crate::LPSPropValue, crate::ULONG) = match &__b5 {
            ::core::option::Option::Some(__s) => (__s.as_ptr().cast_mut(), __s.count()),
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeBadItemCallback>()
                .BadItem)(
                self.as_raw().cast(),
                hResult,
                ulFlags.bits(),
                __a2,
                __a3,
                __a4,
                __a5,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeMoveUserProgress` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeMoveUserProgress {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeMoveUserProgress`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeMoveUserProgress> for IExchangeMoveUserProgress {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeMoveUserProgress`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeMoveUserProgress` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeMoveUserProgressExt {
    /// The move goes on to the next folder.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `lpwszFolderName` (`LPWSTR`, in): Name of the folder; may be null.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeMoveUserProgressVtbl::NextFolder`]. In Rust:
    ///
    /// - `lpwszFolderName` is passed in UTF-16; a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn next_folder(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
        lpwszFolderName: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Progress within the current folder.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    /// - `ulCount` (`ULONG`, in): Number of items moved so far.
    /// - `ulTotal` (`ULONG`, in): Number of items to move.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeMoveUserProgressVtbl::Progress`].
    fn progress(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// The move starts over.
    ///
    /// Returns `S_OK` to go on; an error stops the move.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags; none are documented.
    ///
    /// Calls slot 5 of the vtable, [`IExchangeMoveUserProgressVtbl::Restart`].
    fn restart(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeMoveUserProgress>> IExchangeMoveUserProgressExt
for crate::ComPtr<T> {
    fn next_folder(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
        lpwszFolderName: ::core::option::Option<&str>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b1 = match lpwszFolderName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, true)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPWSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeMoveUserProgress>()
                .NextFolder)(self.as_raw().cast(), ulFlags.bits(), __a1)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn progress(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
        ulCount: crate::ULONG,
        ulTotal: crate::ULONG,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeMoveUserProgress>()
                .Progress)(self.as_raw().cast(), ulFlags.bits(), ulCount, ulTotal)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn restart(
        &self,
        ulFlags: ExchangeMoveUserProgressFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeMoveUserProgress>()
                .Restart)(self.as_raw().cast(), ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeFavorites` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeFavorites {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeFavorites`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeFavorites> for IExchangeFavorites {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeFavorites`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeFavorites` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeFavoritesExt {
    /// Returns a `MAPIERROR` describing the last error of the object.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the call that failed.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeFavoritesVtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// Adds public folders to Favorites.
    ///
    /// Returns `S_OK` when the folders were added.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): Entry IDs of the public folders.
    ///
    /// Calls slot 4 of the vtable, [`IExchangeFavoritesVtbl::AddFavorites`].
    fn add_favorites(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Removes folders from Favorites.
    ///
    /// Returns:
    /// - `S_OK`: the folders were removed.
    /// - `SYNC_E_INVALID_PARAMETER` (`E_INVALIDARG`): a folder cannot be
    ///   removed; the rest of the list is not processed.
    ///
    /// # Parameters
    ///
    /// - `lpEntryList` (`LPENTRYLIST`, in): Entry IDs of the folders in Favorites (not of the public folders they stand for).
    ///
    /// Calls slot 5 of the vtable, [`IExchangeFavoritesVtbl::DelFavorites`].
    fn del_favorites(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeFavorites>> IExchangeFavoritesExt for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: ExchangeGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeFavorites>()
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
    fn add_favorites(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntryList;
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
                .base_vtable::<IExchangeFavorites>()
                .AddFavorites)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn del_favorites(
        &self,
        lpEntryList: &[&[u8]],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpEntryList;
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
                .base_vtable::<IExchangeFavorites>()
                .DelFavorites)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: `IExchangeMessageConversion` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IExchangeMessageConversion {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// SAFETY: every interface begins with itself (`IExchangeMessageConversion`).
#[automatically_derived]
unsafe impl crate::Inherits<IExchangeMessageConversion> for IExchangeMessageConversion {}
#[cfg(all(feature = "client", feature = "exchange"))]
/// The caller side of [`IExchangeMessageConversion`]: its methods, called through the vtable, on every `ComPtr` to `IExchangeMessageConversion` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IExchangeMessageConversionExt {
    /// Opens a stream of the message converted to Internet format as the
    /// given properties say.
    ///
    /// Returns `S_OK` when the stream was opened.
    ///
    /// # Parameters
    ///
    /// - `cValues` (`ULONG`, in): Number of values at `lpPropArray`.
    /// - `lpPropArray` (`LPSPropValue`, in): Properties controlling the conversion.
    /// - `lppStream` (`LPSTREAM*`, out): Receives the stream.
    ///
    /// Calls slot 3 of the vtable, [`IExchangeMessageConversionVtbl::OpenStream`]. In Rust:
    ///
    /// - `lpPropArray` is laid out as `SPropValue`s for the call; `cValues` is their count.
    /// - Returns `lppStream`.
    fn open_stream(
        &self,
        lpPropArray: &[crate::value::Prop],
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "exchange"))]
#[automatically_derived]
impl<T: crate::Inherits<IExchangeMessageConversion>> IExchangeMessageConversionExt
for crate::ComPtr<T> {
    fn open_stream(
        &self,
        lpPropArray: &[crate::value::Prop],
    ) -> ::core::result::Result<crate::ComPtr<crate::IStream>, crate::Hresult> {
        let __b1 = crate::__private::call::props_in(lpPropArray)?;
        let __s = &__b1;
        let (__a1, __a0): (crate::LPSPropValue, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            __s.count(),
        );
        let mut __a2: crate::LPSTREAM = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IExchangeMessageConversion>()
                .OpenStream)(self.as_raw().cast(), __a0, __a1, &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IStream>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
}
