// `idl/mapi/msgstore.idl` as Rust, included by `mod.rs`.
/// Pointer to a message store object.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type LPMDB = *mut IMsgStore;
/// Event types accepted by `IMsgStore::Advise` in `ulEventMask`.
///
/// Each bit selects one kind of event; every event kind arrives in
/// `IMAPIAdviseSink::OnNotify` as a `NOTIFICATION` whose union member matches
/// the event.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreAdviseFlags = crate::Flags<MsgStoreAdviseFlagsGroup>;
/// The group of [`MsgStoreAdviseFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreAdviseFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreAdviseFlagsGroup {
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
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreAdviseFlagsGroup> {
    /// Report serious failures, such as running out of memory (`ERROR_NOTIFICATION`).
    ///
    /// `fnevCriticalError` (`0x1`), valid on input.
    pub const fnevCriticalError: Self = Self::from_bits_retain(0x00000001);
    /// Report events that are private to this store provider (`EXTENDED_NOTIFICATION`).
    ///
    /// `fnevExtended` (`0x80000000`), valid on input.
    pub const fnevExtended: Self = Self::from_bits_retain(0x80000000);
    /// Report the delivery of new messages (`NEWMAIL_NOTIFICATION`).
    ///
    /// `fnevNewMail` (`0x2`), valid on input.
    pub const fnevNewMail: Self = Self::from_bits_retain(0x00000002);
    /// Report that a folder or message was created (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectCreated` (`0x4`), valid on input.
    pub const fnevObjectCreated: Self = Self::from_bits_retain(0x00000004);
    /// Report that a folder or message was copied (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectCopied` (`0x40`), valid on input.
    pub const fnevObjectCopied: Self = Self::from_bits_retain(0x00000040);
    /// Report that a folder or message was deleted (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectDeleted` (`0x8`), valid on input.
    pub const fnevObjectDeleted: Self = Self::from_bits_retain(0x00000008);
    /// Report that a folder or message was changed (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectModified` (`0x10`), valid on input.
    pub const fnevObjectModified: Self = Self::from_bits_retain(0x00000010);
    /// Report that a folder or message was moved (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevObjectMoved` (`0x20`), valid on input.
    pub const fnevObjectMoved: Self = Self::from_bits_retain(0x00000020);
    /// Report that a search has finished (`OBJECT_NOTIFICATION`).
    ///
    /// `fnevSearchComplete` (`0x80`), valid on input.
    pub const fnevSearchComplete: Self = Self::from_bits_retain(0x00000080);
}
/// Flags of `IMsgStore::CompareEntryIDs`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreCompareEntryIDsFlags = crate::Flags<MsgStoreCompareEntryIDsFlagsGroup>;
/// The group of [`MsgStoreCompareEntryIDsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreCompareEntryIDsFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreCompareEntryIDsFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMsgStore::OpenEntry`: how the folder or message is opened.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreOpenEntryFlags = crate::Flags<MsgStoreOpenEntryFlagsGroup>;
/// The group of [`MsgStoreOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreOpenEntryFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreOpenEntryFlagsGroup {
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
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreOpenEntryFlagsGroup> {
    /// Open with the highest access the user and the client are allowed:
    /// read/write where permitted, read-only otherwise. Read
    /// `PR_ACCESS_LEVEL` on the opened object to learn what was granted.
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
    /// Ask for read/write access. Without it the object is opened read-only,
    /// and even with it the provider may grant less.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// For a store running in cached mode, open the item or folder on the
    /// remote (server) store instead of the local cache. Not needed when the
    /// store itself was opened with `MDB_ONLINE`.
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const NO_CACHE: Self = Self::from_bits_retain(0x00000200);
}
/// Flags of `IMsgStore::SetReceiveFolder`.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreSetReceiveFolderFlags = crate::Flags<
    MsgStoreSetReceiveFolderFlagsGroup,
>;
/// The group of [`MsgStoreSetReceiveFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreSetReceiveFolderFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreSetReceiveFolderFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreSetReceiveFolderFlagsGroup> {
    /// The message class string is Unicode; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMsgStore::GetReceiveFolder`.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreGetReceiveFolderFlags = crate::Flags<
    MsgStoreGetReceiveFolderFlagsGroup,
>;
/// The group of [`MsgStoreGetReceiveFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreGetReceiveFolderFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreGetReceiveFolderFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreGetReceiveFolderFlagsGroup> {
    /// The message class passed in, and the explicit class returned, are
    /// Unicode strings; without this flag both are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMsgStore::GetReceiveFolderTable`.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreGetReceiveFolderTableFlags = crate::Flags<
    MsgStoreGetReceiveFolderTableFlagsGroup,
>;
/// The group of [`MsgStoreGetReceiveFolderTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreGetReceiveFolderTableFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreGetReceiveFolderTableFlagsGroup {
    const IN_MASK: u32 = 0x80000008;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreGetReceiveFolderTableFlagsGroup> {
    /// The table may be returned before it is fully ready; errors may then be
    /// reported by later calls on the table.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// String columns of the table are Unicode (`PT_UNICODE`); without this
    /// flag they are ANSI (`PT_STRING8`). This also governs the property
    /// types reported by `QueryColumns`, `QueryRows` and `QuerySortOrder`.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMsgStore::StoreLogoff`.
///
/// On input the caller sets exactly one of the `exclusive` flags, which says
/// how the store and the MAPI spooler deal with transport activity while the
/// store closes. On output the store reports, with the `[out]` flags, what
/// transport activity was going on.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreStoreLogoffFlags = crate::Flags<MsgStoreStoreLogoffFlagsGroup>;
/// The group of [`MsgStoreStoreLogoffFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreStoreLogoffFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreStoreLogoffFlagsGroup {
    const IN_MASK: u32 = 0x0000001F;
    const OUT_MASK: u32 = 0x000E0000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x0000001F];
    const REQUIRED: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("LOGOFF_ABORT", 0x00000008),
        ("LOGOFF_NO_WAIT", 0x00000001),
        ("LOGOFF_ORDERLY", 0x00000002),
        ("LOGOFF_PURGE", 0x00000004),
        ("LOGOFF_QUIET", 0x00000010),
        ("LOGOFF_INBOUND", 0x00020000),
        ("LOGOFF_OUTBOUND", 0x00040000),
        ("LOGOFF_OUTBOUND_QUEUE", 0x00080000),
    ];
}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreStoreLogoffFlagsGroup> {
    /// Stop transport activity for this store first and return once it has
    /// stopped. If transports are busy the logoff does not happen and neither
    /// the spooler nor the transports change behaviour; if they are idle the
    /// spooler releases the store.
    ///
    /// `LOGOFF_ABORT` (`0x8`), valid on input.
    pub const ABORT: Self = Self::from_bits_retain(0x00000008);
    /// Do not wait for transports: outgoing messages that are ready are
    /// still sent, and if the store holds the default Inbox, messages being
    /// received are finished and then reception stops. The spooler releases
    /// the store when that work is done; the call returns at once.
    ///
    /// `LOGOFF_NO_WAIT` (`0x1`), valid on input.
    pub const NO_WAIT: Self = Self::from_bits_retain(0x00000001);
    /// Do not wait for transports: messages already in progress are
    /// completed but no new ones are started. The spooler releases the store
    /// when that work is done, and control returns at once.
    ///
    /// `LOGOFF_ORDERLY` (`0x2`), valid on input.
    pub const ORDERLY: Self = Self::from_bits_retain(0x00000002);
    /// Like `LOGOFF_NO_WAIT`, but the queues of the transports concerned are
    /// flushed first (`IXPLogon::FlushQueues` / `IMAPIStatus::FlushQueues`);
    /// the call returns only when that is finished.
    ///
    /// `LOGOFF_PURGE` (`0x4`), valid on input.
    pub const PURGE: Self = Self::from_bits_retain(0x00000004);
    /// Do not log off at all if any transport activity is under way.
    ///
    /// `LOGOFF_QUIET` (`0x10`), valid on input.
    pub const QUIET: Self = Self::from_bits_retain(0x00000010);
    /// Returned: inbound messages are arriving.
    ///
    /// `LOGOFF_INBOUND` (`0x20000`), valid on output.
    pub const INBOUND: Self = Self::from_bits_retain(0x00020000);
    /// Returned: outbound messages are being sent.
    ///
    /// `LOGOFF_OUTBOUND` (`0x40000`), valid on output.
    pub const OUTBOUND: Self = Self::from_bits_retain(0x00040000);
    /// Returned: outbound messages are waiting in the Outbox.
    ///
    /// `LOGOFF_OUTBOUND_QUEUE` (`0x80000`), valid on output.
    pub const OUTBOUND_QUEUE: Self = Self::from_bits_retain(0x00080000);
}
/// Flags of `IMsgStore::AbortSubmit`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreAbortSubmitFlags = crate::Flags<MsgStoreAbortSubmitFlagsGroup>;
/// The group of [`MsgStoreAbortSubmitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreAbortSubmitFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreAbortSubmitFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `IMsgStore::GetOutgoingQueue`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreGetOutgoingQueueFlags = crate::Flags<
    MsgStoreGetOutgoingQueueFlagsGroup,
>;
/// The group of [`MsgStoreGetOutgoingQueueFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreGetOutgoingQueueFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreGetOutgoingQueueFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Lock states accepted by `IMsgStore::SetLockState` in `ulLockState`.
///
/// The parameter holds one of these values. `MSG_UNLOCKED` is zero, so the
/// group is not `required`: a value with no bit set means "unlock".
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreSetLockStateFlags = crate::Flags<MsgStoreSetLockStateFlagsGroup>;
/// The group of [`MsgStoreSetLockStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreSetLockStateFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreSetLockStateFlagsGroup {
    const IN_MASK: u32 = 0x00000001;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000001];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MSG_LOCKED", 0x00000001),
        ("MSG_UNLOCKED", 0x00000000),
    ];
}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::Flags<MsgStoreSetLockStateFlagsGroup> {
    /// Lock the message: the spooler is about to send it.
    ///
    /// `MSG_LOCKED` (`0x1`), valid on input.
    pub const LOCKED: Self = Self::from_bits_retain(0x00000001);
    /// Unlock the message.
    ///
    /// `MSG_UNLOCKED` (`0x0`), valid on input.
    pub const UNLOCKED: Self = Self::from_bits_retain(0x00000000);
}
/// Flags of `IMsgStore::FinishedMsg`.
///
/// None are defined: the parameter is reserved and must be zero.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub type MsgStoreFinishedMsgFlags = crate::Flags<MsgStoreFinishedMsgFlagsGroup>;
/// The group of [`MsgStoreFinishedMsgFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub enum MsgStoreFinishedMsgFlagsGroup {}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
impl crate::FlagGroup for MsgStoreFinishedMsgFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// Flags of `HrValidateIPMSubtree`.
#[cfg(feature = "store")]
pub type HrValidateIPMSubtreeFlags = crate::Flags<HrValidateIPMSubtreeFlagsGroup>;
/// The group of [`HrValidateIPMSubtreeFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "store")]
pub enum HrValidateIPMSubtreeFlagsGroup {}
#[cfg(feature = "store")]
impl crate::FlagGroup for HrValidateIPMSubtreeFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_FORCE_CREATE", 0x00000001),
        ("MAPI_FULL_IPM_TREE", 0x00000002),
    ];
}
#[cfg(feature = "store")]
impl crate::Flags<HrValidateIPMSubtreeFlagsGroup> {
    /// Check the folders even if the store's properties say they are valid
    /// (after an error suggests a damaged folder).
    ///
    /// `MAPI_FORCE_CREATE` (`0x1`), valid on input.
    pub const FORCE_CREATE: Self = Self::from_bits_retain(0x00000001);
    /// Create the full set of IPM folders, not only the minimum; for the
    /// default store.
    ///
    /// `MAPI_FULL_IPM_TREE` (`0x2`), valid on input.
    pub const FULL_IPM_TREE: Self = Self::from_bits_retain(0x00000002);
}
#[cfg(feature = "store")]
#[cfg(any(windows, doc))]
#[cfg_attr(windows, link(name = "mapi32"))]
unsafe extern "system" {
    /// Checks the standard interpersonal-message (IPM) folders of a store
    /// and creates those missing, as MAPI does when a store is first opened
    /// or made the default.
    ///
    /// It always makes `Search Root` and `IPM Subtree` in the root folder
    /// and `Deleted Items` in `IPM Subtree`; with `MAPI_FULL_IPM_TREE` also
    /// the views folders, `Inbox`, `Outbox` and `Sent Items`. The values
    /// returned are `PR_VALID_FOLDER_MASK` and the folders' entry identifier
    /// properties (the Inbox's under `PROP_TAG(PT_BINARY, PROP_ID_NULL)`).
    /// Returns `S_OK`. Free the values and the error with `MAPIFreeBuffer`.
    ///
    /// # Parameters
    ///
    /// - `lpMDB` (`LPMDB`, in): The message store.
    /// - `ulFlags` (`ULONG`, in): `MAPI_FORCE_CREATE`, `MAPI_FULL_IPM_TREE`.
    /// - `lpcValues` (`ULONG*`, out): Receives the number of values in `lppProps`.
    /// - `lppProps` (`LPSPropValue*`, out): Receives the folder mask and entry identifiers; null if the caller does not want them.
    /// - `lppMapiError` (`LPMAPIERROR*`, out): Receives a description of the error, or null.
    pub fn HrValidateIPMSubtree(
        lpMDB: LPMDB,
        ulFlags: crate::ULONG,
        lpcValues: *mut crate::ULONG,
        lppProps: *mut crate::LPSPropValue,
        lppMapiError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT;
}
/// A message store: the object through which clients, the MAPI spooler and
/// MAPI reach the folders and messages of a store and the store's own
/// properties.
///
/// Message store providers implement it; the object is handed out by
/// `IMSProvider::Logon` and `IMSProvider::SpoolerLogon`, paired one-to-one
/// with an `IMSLogon` object that MAPI uses to control the same store (think
/// of the two as one object with two faces: they are created and destroyed
/// together). The store is not transacted: changes take effect at once.
///
/// Every store must expose `PR_DISPLAY_NAME` (read/write) and the read-only
/// `PR_ENTRYID`, `PR_OBJECT_TYPE`, `PR_RECORD_KEY`, `PR_STORE_ENTRYID`,
/// `PR_STORE_RECORD_KEY`, `PR_MDB_PROVIDER` and `PR_STORE_SUPPORT_MASK`.
/// Stores holding interpersonal messages also expose
/// `PR_IPM_OUTBOX_ENTRYID`, `PR_IPM_SENTMAIL_ENTRYID`,
/// `PR_IPM_SUBTREE_ENTRYID` and `PR_IPM_WASTEBASKET_ENTRYID`.
///
/// `GetOutgoingQueue`, `SetLockState`, `FinishedMsg` and `NotifyNewMail` are
/// meant for the MAPI spooler only.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
#[repr(C)]
pub struct IMsgStore {
    /// The object's vtable.
    pub lpVtbl: *const IMsgStoreVtbl,
}
/// The vtable of [`IMsgStore`]: its methods in slot order, after its base's.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
#[repr(C)]
pub struct IMsgStoreVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Registers an advise sink for notifications about events in the store
    /// or in one folder or message of it.
    ///
    /// With `lpEntryID` null the whole store is the advise source; otherwise
    /// the folder or message it names is. Whenever an event selected by
    /// `ulEventMask` happens to the source, the provider (or MAPI on its
    /// behalf) calls the sink's `IMAPIAdviseSink::OnNotify` with a
    /// `NOTIFICATION` describing it.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: this store does not offer notifications.
    ///
    /// **Notes to implementers.** You may rely on MAPI: call
    /// `IMAPISupport::Subscribe` from `Advise` (and `Unsubscribe`/`Notify`
    /// later) and release `lpAdviseSink`. Or do it yourself: `AddRef` the sink
    /// and keep it until `Unadvise` cancels the registration. Either way hand
    /// back a nonzero connection number in `lpulConnection`, and keep it valid
    /// until `Unadvise` for it has completed.
    ///
    /// **Notes to callers.** `OnNotify` may be called on any thread at any
    /// time; wrap the sink with `HrThisThreadAdviseSink` if notifications must
    /// arrive on one thread. Expect the store to release the sink at any
    /// moment between `Advise` and `Unadvise`, and release your own reference
    /// once `Advise` returns unless you need the sink for something else.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder or message to watch; null to watch the whole store.
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
    /// Cancels a notification registration made with `IMsgStore::Advise`.
    ///
    /// The store drops its reference to the advise sink of that registration.
    /// The sink's `Release` normally happens during `Unadvise`; if another
    /// thread is inside the sink's `OnNotify` at that moment, the release is
    /// deferred until `OnNotify` returns.
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
    /// Tells whether two entry identifiers of this store designate the same
    /// object.
    ///
    /// An object can have several valid entry identifiers (for instance after
    /// a new version of the provider is installed), so identifiers cannot be
    /// compared byte by byte. MAPI forwards the call to a provider only when
    /// both identifiers carry a `MAPIUID` that provider handles.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: one or both identifiers do not designate an
    ///   object, possibly because the object is not open and not available
    ///   now.
    ///
    /// **Notes to callers.** When the call fails, draw no conclusion from
    /// `lpulResult` and act as cautiously as possible; a malformed `MAPIUID`
    /// in either identifier is one cause of failure.
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
    /// Opens a folder or message of the store and returns an interface
    /// pointer to it.
    ///
    /// With `lpEntryID` null the root folder of the store is opened. Without
    /// `MAPI_MODIFY` or `MAPI_BEST_ACCESS` the object is opened read-only.
    /// When a store runs in cached mode, `MAPI_NO_CACHE` opens the item on
    /// the remote store instead of the local copy.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or asked
    ///   to modify a read-only object.
    ///
    /// **Notes to callers.** Asking for `MAPI_MODIFY` or `MAPI_BEST_ACCESS`
    /// guarantees nothing: what you get depends on the provider, your rights
    /// and the object, so read `PR_ACCESS_LEVEL` to find out. Opening through
    /// the parent folder (`IMAPIContainer::OpenEntry`) is usually faster when
    /// you have it. Check `lpulObjType` before casting `lppUnk` (to
    /// `LPMAPIFOLDER` for a folder, for instance). For folders and messages
    /// of a public store, call this method rather than
    /// `IMAPISession::OpenEntry`, so that public folders behave when the
    /// profile holds several Exchange accounts.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder or message to open; null opens the root folder.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the standard one (`IMAPIFolder` or `IMessage`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object (`MAPI_FOLDER`, `MAPI_MESSAGE`, ...).
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
    /// Makes a folder the receive folder for incoming messages of one
    /// message class.
    ///
    /// By calling it repeatedly a client can give each message class its own
    /// folder or route several classes to the same one; a fax application,
    /// for instance, could have incoming faxes land in a folder of their own.
    /// A null or empty `lpszMessageClass` sets the store's default receive
    /// folder. A null `lpEntryID` puts the store's default back in place for
    /// that class, and then succeeds even if the class had no setting. If
    /// the call fails, the previous setting is left as it was.
    ///
    /// Returns `S_OK` when the receive folder was set.
    ///
    /// # Parameters
    ///
    /// - `lpszMessageClass` (`LPTSTR`, in): Message class to associate with the folder; null or empty for the default receive folder.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `lpszMessageClass`.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder to use; null restores the store's default.
    pub SetReceiveFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMessageClass: crate::LPTSTR,
        ulFlags: crate::ULONG,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Returns the receive folder for a message class, or the store's default
    /// receive folder.
    ///
    /// When the class has no receive folder of its own, the search walks up
    /// to its base classes: the store returns the folder of the nearest base
    /// class that has one, and names that class in `lppszExplicitClass`. If
    /// `IPM.Note` is routed to the Inbox and `IPM.Note.Phone` has no setting,
    /// asking for `IPM.Note.Phone` yields the Inbox and `IPM.Note`. A null or
    /// empty `lpszMessageClass` asks for the default receive folder, which
    /// every store has. When no class matched, the explicit class is a
    /// zero-length string (ANSI or Unicode as `MAPI_UNICODE` says).
    ///
    /// Returns `S_OK` when the receive folder was returned.
    ///
    /// **Notes to callers.** Free the entry identifier and the class string
    /// with `MAPIFreeBuffer` when done with them.
    ///
    /// # Parameters
    ///
    /// - `lpszMessageClass` (`LPTSTR`, in): Message class to look up; null or empty for the default receive folder.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the strings passed and returned.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier returned in `lppEntryID`.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the receive folder.
    /// - `lppszExplicitClass` (`LPTSTR*`, out): Receives the message class that explicitly names this folder (the class asked for or one of its bases); may be null if not wanted.
    pub GetReceiveFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszMessageClass: crate::LPTSTR,
        ulFlags: crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPENTRYID,
        lppszExplicitClass: *mut crate::LPTSTR,
    ) -> crate::HRESULT,
    /// Opens the receive folder table, which lists every receive folder
    /// setting of the store.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// **Notes to implementers.** The required columns are listed under
    /// "Receive Folder Tables" in the MAPI reference. Support property
    /// restrictions on `PR_RECORD_KEY`, so callers can find one receive
    /// folder quickly.
    ///
    /// **Notes to callers.** `MAPI_UNICODE` decides the string property types
    /// of the columns returned by `QueryColumns` and `QueryRows` and of the
    /// sort order returned by `QuerySortOrder`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the table.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the receive folder table.
    pub GetReceiveFolderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Starts an orderly logoff of the store, saying how the store and the
    /// transports should wind down.
    ///
    /// The caller passes exactly one of the input flags of
    /// `MsgStoreStoreLogoffFlags`; on return the store may report, with the
    /// output flags, what transport traffic was in progress. Calling
    /// `StoreLogoff` is only meaningful when the caller is the store's only
    /// user: if two clients share the store and one of them calls it, the
    /// store is released at once and the call returns.
    ///
    /// Returns `S_OK` when the logoff completed.
    ///
    /// **Notes to implementers.** Do not act on the flags right away: save
    /// them, and pass them to `IMAPISupport::StoreLogoffTransports` only when
    /// the store's reference count drops to zero. Each new `StoreLogoff`
    /// call replaces the flags saved by the previous one. If the reference
    /// count reaches zero and `StoreLogoff` was never called, call
    /// `StoreLogoffTransports` with `LOGOFF_ABORT`.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in, out): On input, exactly one flag saying how to log off; on output, flags describing transport activity.
    pub StoreLogoff: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpulFlags: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Tries to take a submitted message back out of the outgoing queue.
    ///
    /// Once a message is submitted, aborting the submission is the only
    /// thing that can still be done with it.
    ///
    /// Returns:
    /// - `S_OK`: the message was removed from the queue.
    /// - `MAPI_E_NOT_IN_QUEUE`: the message is no longer queued, typically
    ///   because it was already sent.
    /// - `MAPI_E_UNABLE_TO_ABORT`: the MAPI spooler has locked the message
    ///   and the submission can no longer be cancelled.
    ///
    /// **Notes to callers.** Do not count on success: depending on the
    /// underlying messaging system it may be impossible to stop a message.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the message to take out of the queue.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub AbortSubmit: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Opens the outgoing queue table, which lists the messages waiting in
    /// the store's outgoing queue. Only the MAPI spooler calls it.
    ///
    /// Messages usually enter the queue when `IMessage::SubmitMessage` is
    /// called on them, but since submission order drives preprocessing and
    /// hand-over to transports, a message marked for sending may show up in
    /// the table a little later.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// **Notes to implementers.** The required columns are listed under
    /// "Outgoing Queue Tables" in the MAPI reference. The spooler takes
    /// messages in ascending order of submission time: either let it sort the
    /// table that way or make that the default sort order. The table must
    /// support notifications so that the spooler learns whenever the queue
    /// changes.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the outgoing queue table.
    pub GetOutgoingQueue: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Locks or unlocks a message. Only the MAPI spooler calls it, while it
    /// is sending the message.
    ///
    /// The spooler normally locks only the oldest message of the queue (the
    /// next to send); if that one waits for a transport that is temporarily
    /// unavailable and the next message uses another transport, the spooler
    /// may lock and process that later message first.
    ///
    /// Returns `S_OK` when the lock state was set.
    ///
    /// **Notes to implementers.** Once a message is locked with
    /// `MSG_LOCKED`, `IMsgStore::AbortSubmit` on it must fail. Call the
    /// message's `IMAPIProp::SaveChanges` from `SetLockState`, so that
    /// changes made to it before the call are kept.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): Message to lock or unlock.
    /// - `ulLockState` (`ULONG`, in): `MSG_LOCKED` or `MSG_UNLOCKED`.
    pub SetLockState: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        ulLockState: crate::ULONG,
    ) -> crate::HRESULT,
    /// Lets the store do its post-send processing on a message that has been
    /// sent. Only the MAPI spooler calls it.
    ///
    /// The processing is to delete the message, move it, or both, according
    /// to its `PR_DELETE_AFTER_SUBMIT` and `PR_SENTMAIL_ENTRYID` properties.
    ///
    /// Returns:
    /// - `S_OK`: the sent message was processed.
    /// - `MAPI_E_NO_SUPPORT`: the store does no sent-message processing; also
    ///   returned when the caller is not the MAPI spooler.
    ///
    /// **Notes to implementers.** The message named by `lpEntryID` is always
    /// locked when the spooler calls this; unlock it, then:
    /// - neither property set: leave the message where it was sent from
    ///   (usually the Outbox);
    /// - only `PR_SENTMAIL_ENTRYID` set: move it to that folder;
    /// - only `PR_DELETE_AFTER_SUBMIT` set: delete it;
    /// - both set: optionally move it to the folder, then delete it.
    ///
    /// Afterwards call `IMAPISupport::DoSentMail`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the sent message to process.
    pub FinishedMsg: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
    ) -> crate::HRESULT,
    /// Tells the store that a new message has been delivered to it. Only the
    /// MAPI spooler calls it.
    ///
    /// Returns `S_OK` when the store has been told.
    ///
    /// **Notes to implementers.** Send a new-mail notification to every
    /// client registered for it, that is, every client that called
    /// `IMsgStore::Advise` with a null `lpEntryID` and `fnevNewMail` in
    /// `ulEventMask`; use `IMAPISupport::Notify` or your own mechanism. Do
    /// not change or free the `NOTIFICATION` passed in; if you need its
    /// contents later, copy it with `ScCopyNotifications`.
    ///
    /// # Parameters
    ///
    /// - `lpNotification` (`LPNOTIFICATION`, in): Notification describing the new message; owned by the caller.
    pub NotifyNewMail: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpNotification: crate::LPNOTIFICATION,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMsgStore`]: `{00020306-0000-0000-C000-000000000046}`.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
pub const IID_IMsgStore: crate::GUID = crate::GUID::from_u128(
    0x00020306_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
#[automatically_derived]
unsafe impl crate::Interface for IMsgStore {
    const IID: crate::GUID = IID_IMsgStore;
    const NAME: &'static str = "IMsgStore";
    type Vtbl = IMsgStoreVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMsgStore || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(
    any(
        feature = "exchange",
        feature = "forms",
        feature = "hook",
        feature = "session",
        feature = "store"
    )
)]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMsgStoreVtbl>() == 27 * ::core::mem::size_of::<usize>()
);
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
/// The provider side of [`IMsgStore`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMsgStoreImpl`, the provider side of `IMsgStore`",
    label = "`IMsgStore` needs `impl IMsgStoreImpl for {Self}`",
    note = "write `impl IMsgStoreImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMsgStoreImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IMsgStore,
        0x00020306_0000_0000_c000_000000000046,
    > {
    /// Registers an advise sink for notifications about events in the store
    /// or in one folder or message of it.
    ///
    /// With `lpEntryID` null the whole store is the advise source; otherwise
    /// the folder or message it names is. Whenever an event selected by
    /// `ulEventMask` happens to the source, the provider (or MAPI on its
    /// behalf) calls the sink's `IMAPIAdviseSink::OnNotify` with a
    /// `NOTIFICATION` describing it.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: this store does not offer notifications.
    ///
    /// **Notes to implementers.** You may rely on MAPI: call
    /// `IMAPISupport::Subscribe` from `Advise` (and `Unsubscribe`/`Notify`
    /// later) and release `lpAdviseSink`. Or do it yourself: `AddRef` the sink
    /// and keep it until `Unadvise` cancels the registration. Either way hand
    /// back a nonzero connection number in `lpulConnection`, and keep it valid
    /// until `Unadvise` for it has completed.
    ///
    /// **Notes to callers.** `OnNotify` may be called on any thread at any
    /// time; wrap the sink with `HrThisThreadAdviseSink` if notifications must
    /// arrive on one thread. Expect the store to release the sink at any
    /// moment between `Advise` and `Unadvise`, and release your own reference
    /// once `Advise` returns unless you need the sink for something else.
    ///
    /// Called through slot 14 ([`IMsgStoreVtbl::Advise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MsgStoreAdviseFlags,
        lpAdviseSink: crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult> {
        let _ = (lpEntryID, ulEventMask, lpAdviseSink);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Cancels a notification registration made with `IMsgStore::Advise`.
    ///
    /// The store drops its reference to the advise sink of that registration.
    /// The sink's `Release` normally happens during `Unadvise`; if another
    /// thread is inside the sink's `OnNotify` at that moment, the release is
    /// deferred until `OnNotify` returns.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// Called through slot 15 ([`IMsgStoreVtbl::Unadvise`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulConnection,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells whether two entry identifiers of this store designate the same
    /// object.
    ///
    /// An object can have several valid entry identifiers (for instance after
    /// a new version of the provider is installed), so identifiers cannot be
    /// compared byte by byte. MAPI forwards the call to a provider only when
    /// both identifiers carry a `MAPIUID` that provider handles.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: one or both identifiers do not designate an
    ///   object, possibly because the object is not open and not available
    ///   now.
    ///
    /// **Notes to callers.** When the call fails, draw no conclusion from
    /// `lpulResult` and act as cautiously as possible; a malformed `MAPIUID`
    /// in either identifier is one cause of failure.
    ///
    /// Called through slot 16 ([`IMsgStoreVtbl::CompareEntryIDs`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MsgStoreCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult> {
        let _ = (lpEntryID1, lpEntryID2, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens a folder or message of the store and returns an interface
    /// pointer to it.
    ///
    /// With `lpEntryID` null the root folder of the store is opened. Without
    /// `MAPI_MODIFY` or `MAPI_BEST_ACCESS` the object is opened read-only.
    /// When a store runs in cached mode, `MAPI_NO_CACHE` opens the item on
    /// the remote store instead of the local copy.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or asked
    ///   to modify a read-only object.
    ///
    /// **Notes to callers.** Asking for `MAPI_MODIFY` or `MAPI_BEST_ACCESS`
    /// guarantees nothing: what you get depends on the provider, your rights
    /// and the object, so read `PR_ACCESS_LEVEL` to find out. Opening through
    /// the parent folder (`IMAPIContainer::OpenEntry`) is usually faster when
    /// you have it. Check `lpulObjType` before casting `lppUnk` (to
    /// `LPMAPIFOLDER` for a folder, for instance). For folders and messages
    /// of a public store, call this method rather than
    /// `IMAPISession::OpenEntry`, so that public folders behave when the
    /// profile holds several Exchange accounts.
    ///
    /// Called through slot 17 ([`IMsgStoreVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MsgStoreOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Makes a folder the receive folder for incoming messages of one
    /// message class.
    ///
    /// By calling it repeatedly a client can give each message class its own
    /// folder or route several classes to the same one; a fax application,
    /// for instance, could have incoming faxes land in a folder of their own.
    /// A null or empty `lpszMessageClass` sets the store's default receive
    /// folder. A null `lpEntryID` puts the store's default back in place for
    /// that class, and then succeeds even if the class had no setting. If
    /// the call fails, the previous setting is left as it was.
    ///
    /// Returns `S_OK` when the receive folder was set.
    ///
    /// Called through slot 18 ([`IMsgStoreVtbl::SetReceiveFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_receive_folder(
        &self,
        lpszMessageClass: ::core::option::Option<crate::value::StrRef<'_>>,
        ulFlags: MsgStoreSetReceiveFolderFlags,
        lpEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszMessageClass, ulFlags, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the receive folder for a message class, or the store's default
    /// receive folder.
    ///
    /// When the class has no receive folder of its own, the search walks up
    /// to its base classes: the store returns the folder of the nearest base
    /// class that has one, and names that class in `lppszExplicitClass`. If
    /// `IPM.Note` is routed to the Inbox and `IPM.Note.Phone` has no setting,
    /// asking for `IPM.Note.Phone` yields the Inbox and `IPM.Note`. A null or
    /// empty `lpszMessageClass` asks for the default receive folder, which
    /// every store has. When no class matched, the explicit class is a
    /// zero-length string (ANSI or Unicode as `MAPI_UNICODE` says).
    ///
    /// Returns `S_OK` when the receive folder was returned.
    ///
    /// **Notes to callers.** Free the entry identifier and the class string
    /// with `MAPIFreeBuffer` when done with them.
    ///
    /// Called through slot 19 ([`IMsgStoreVtbl::GetReceiveFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_receive_folder(
        &self,
        lpszMessageClass: ::core::option::Option<crate::value::StrRef<'_>>,
        ulFlags: MsgStoreGetReceiveFolderFlags,
    ) -> ::core::result::Result<
        (crate::value::EntryId, ::std::string::String),
        crate::Hresult,
    > {
        let _ = (lpszMessageClass, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the receive folder table, which lists every receive folder
    /// setting of the store.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// **Notes to implementers.** The required columns are listed under
    /// "Receive Folder Tables" in the MAPI reference. Support property
    /// restrictions on `PR_RECORD_KEY`, so callers can find one receive
    /// folder quickly.
    ///
    /// **Notes to callers.** `MAPI_UNICODE` decides the string property types
    /// of the columns returned by `QueryColumns` and `QueryRows` and of the
    /// sort order returned by `QuerySortOrder`.
    ///
    /// Called through slot 20 ([`IMsgStoreVtbl::GetReceiveFolderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_receive_folder_table(
        &self,
        ulFlags: MsgStoreGetReceiveFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Starts an orderly logoff of the store, saying how the store and the
    /// transports should wind down.
    ///
    /// The caller passes exactly one of the input flags of
    /// `MsgStoreStoreLogoffFlags`; on return the store may report, with the
    /// output flags, what transport traffic was in progress. Calling
    /// `StoreLogoff` is only meaningful when the caller is the store's only
    /// user: if two clients share the store and one of them calls it, the
    /// store is released at once and the call returns.
    ///
    /// Returns `S_OK` when the logoff completed.
    ///
    /// **Notes to implementers.** Do not act on the flags right away: save
    /// them, and pass them to `IMAPISupport::StoreLogoffTransports` only when
    /// the store's reference count drops to zero. Each new `StoreLogoff`
    /// call replaces the flags saved by the previous one. If the reference
    /// count reaches zero and `StoreLogoff` was never called, call
    /// `StoreLogoffTransports` with `LOGOFF_ABORT`.
    ///
    /// Called through slot 21 ([`IMsgStoreVtbl::StoreLogoff`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn store_logoff(
        &self,
        lpulFlags: &mut MsgStoreStoreLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tries to take a submitted message back out of the outgoing queue.
    ///
    /// Once a message is submitted, aborting the submission is the only
    /// thing that can still be done with it.
    ///
    /// Returns:
    /// - `S_OK`: the message was removed from the queue.
    /// - `MAPI_E_NOT_IN_QUEUE`: the message is no longer queued, typically
    ///   because it was already sent.
    /// - `MAPI_E_UNABLE_TO_ABORT`: the MAPI spooler has locked the message
    ///   and the submission can no longer be cancelled.
    ///
    /// **Notes to callers.** Do not count on success: depending on the
    /// underlying messaging system it may be impossible to stop a message.
    ///
    /// Called through slot 22 ([`IMsgStoreVtbl::AbortSubmit`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn abort_submit(
        &self,
        lpEntryID: &[u8],
        ulFlags: MsgStoreAbortSubmitFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens the outgoing queue table, which lists the messages waiting in
    /// the store's outgoing queue. Only the MAPI spooler calls it.
    ///
    /// Messages usually enter the queue when `IMessage::SubmitMessage` is
    /// called on them, but since submission order drives preprocessing and
    /// hand-over to transports, a message marked for sending may show up in
    /// the table a little later.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// **Notes to implementers.** The required columns are listed under
    /// "Outgoing Queue Tables" in the MAPI reference. The spooler takes
    /// messages in ascending order of submission time: either let it sort the
    /// table that way or make that the default sort order. The table must
    /// support notifications so that the spooler learns whenever the queue
    /// changes.
    ///
    /// Called through slot 23 ([`IMsgStoreVtbl::GetOutgoingQueue`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_outgoing_queue(
        &self,
        ulFlags: MsgStoreGetOutgoingQueueFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Locks or unlocks a message. Only the MAPI spooler calls it, while it
    /// is sending the message.
    ///
    /// The spooler normally locks only the oldest message of the queue (the
    /// next to send); if that one waits for a transport that is temporarily
    /// unavailable and the next message uses another transport, the spooler
    /// may lock and process that later message first.
    ///
    /// Returns `S_OK` when the lock state was set.
    ///
    /// **Notes to implementers.** Once a message is locked with
    /// `MSG_LOCKED`, `IMsgStore::AbortSubmit` on it must fail. Call the
    /// message's `IMAPIProp::SaveChanges` from `SetLockState`, so that
    /// changes made to it before the call are kept.
    ///
    /// Called through slot 24 ([`IMsgStoreVtbl::SetLockState`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_lock_state(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
        ulLockState: MsgStoreSetLockStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpMessage, ulLockState);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Lets the store do its post-send processing on a message that has been
    /// sent. Only the MAPI spooler calls it.
    ///
    /// The processing is to delete the message, move it, or both, according
    /// to its `PR_DELETE_AFTER_SUBMIT` and `PR_SENTMAIL_ENTRYID` properties.
    ///
    /// Returns:
    /// - `S_OK`: the sent message was processed.
    /// - `MAPI_E_NO_SUPPORT`: the store does no sent-message processing; also
    ///   returned when the caller is not the MAPI spooler.
    ///
    /// **Notes to implementers.** The message named by `lpEntryID` is always
    /// locked when the spooler calls this; unlock it, then:
    /// - neither property set: leave the message where it was sent from
    ///   (usually the Outbox);
    /// - only `PR_SENTMAIL_ENTRYID` set: move it to that folder;
    /// - only `PR_DELETE_AFTER_SUBMIT` set: delete it;
    /// - both set: optionally move it to the folder, then delete it.
    ///
    /// Afterwards call `IMAPISupport::DoSentMail`.
    ///
    /// Called through slot 25 ([`IMsgStoreVtbl::FinishedMsg`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn finished_msg(
        &self,
        ulFlags: MsgStoreFinishedMsgFlags,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulFlags, lpEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Tells the store that a new message has been delivered to it. Only the
    /// MAPI spooler calls it.
    ///
    /// Returns `S_OK` when the store has been told.
    ///
    /// **Notes to implementers.** Send a new-mail notification to every
    /// client registered for it, that is, every client that called
    /// `IMsgStore::Advise` with a null `lpEntryID` and `fnevNewMail` in
    /// `ulEventMask`; use `IMAPISupport::Notify` or your own mechanism. Do
    /// not change or free the `NOTIFICATION` passed in; if you need its
    /// contents later, copy it with `ScCopyNotifications`.
    ///
    /// Called through slot 26 ([`IMsgStoreVtbl::NotifyNewMail`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn notify_new_mail(
        &self,
        lpNotification: &crate::value::NotificationRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpNotification,);
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
            feature = "session",
            feature = "store"
        )
    )
)]
impl IMsgStoreVtbl {
    /// A vtable of [`IMsgStore`] whose slots check their arguments and call [`IMsgStoreImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMsgStoreImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            Advise: {
                /// `IMsgStore::Advise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulEventMask: crate::ULONG,
                    lpAdviseSink: crate::LPMAPIADVISESINK,
                    lpulConnection: *mut crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
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
                        let arg2 = match <MsgStoreAdviseFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::advise(
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
                /// `IMsgStore::Unadvise`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulConnection: crate::ULONG_PTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgStoreImpl>::unadvise(
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
            CompareEntryIDs: {
                /// `IMsgStore::CompareEntryIDs`.
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
                    O::Inner: IMsgStoreImpl,
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
                        let arg4 = match <MsgStoreCompareEntryIDsFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::compare_entry_ids(
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
            OpenEntry: {
                /// `IMsgStore::OpenEntry`.
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
                    O::Inner: IMsgStoreImpl,
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
                        let arg3 = match <MsgStoreOpenEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::open_entry(
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
            SetReceiveFolder: {
                /// `IMsgStore::SetReceiveFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMessageClass: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszMessageClass.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <MsgStoreSetReceiveFolderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg3 = if lpEntryID.is_null() {
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
                        match <O::Inner as IMsgStoreImpl>::set_receive_folder(
                            object.inner(),
                            arg0,
                            arg1,
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
            GetReceiveFolder: {
                /// `IMsgStore::GetReceiveFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszMessageClass: crate::LPTSTR,
                    ulFlags: crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPENTRYID,
                    lppszExplicitClass: *mut crate::LPTSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
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
                        if !lppszExplicitClass.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe {
                                ::core::ptr::write_bytes(lppszExplicitClass, 0, 1)
                            };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszMessageClass.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg1 = match <MsgStoreGetReceiveFolderFlags as crate::FlagSet>::check_input_for(
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
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMsgStoreImpl>::get_receive_folder(
                            object.inner(),
                            arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg3, arg4) = __outs;
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
                                let __buf4 = if !lppszExplicitClass.is_null() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_tstr(
                                                    __alloc,
                                                    &arg4,
                                                    (ulFlags & crate::MAPI_UNICODE) != 0,
                                                )
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
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                let (__count, __ptr) = __buf3.into_raw_parts();
                                // SAFETY: both out-pointers were checked
                                // non-null (an optional pair before
                                // allocating); the caller now owns the block.
                                unsafe {
                                    lppEntryID.write(__ptr.cast());
                                    lpcbEntryID.write(__count);
                                }
                                if let ::core::option::Option::Some(__buf4) = __buf4 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe {
                                        lppszExplicitClass.write(__buf4.into_raw().cast())
                                    };
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetReceiveFolderTable: {
                /// `IMsgStore::GetReceiveFolderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MsgStoreGetReceiveFolderTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::get_receive_folder_table(
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
            StoreLogoff: {
                /// `IMsgStore::StoreLogoff`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpulFlags: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: checked non-null; the caller passes a valid
                        // flags word.
                        let __bits = unsafe { lpulFlags.read_unaligned() };
                        let arg0 = match <MsgStoreStoreLogoffFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::store_logoff(
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
                                                & <MsgStoreStoreLogoffFlags as crate::FlagSet>::OUT_MASK,
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
            AbortSubmit: {
                /// `IMsgStore::AbortSubmit`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
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
                        let arg2 = match <MsgStoreAbortSubmitFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgStoreImpl>::abort_submit(
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
            GetOutgoingQueue: {
                /// `IMsgStore::GetOutgoingQueue`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MsgStoreGetOutgoingQueueFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::get_outgoing_queue(
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
            SetLockState: {
                /// `IMsgStore::SetLockState`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    ulLockState: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
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
                        let arg1 = match <MsgStoreSetLockStateFlags as crate::FlagSet>::check_input_for(
                            ulLockState,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgStoreImpl>::set_lock_state(
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
            FinishedMsg: {
                /// `IMsgStore::FinishedMsg`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        let arg0 = match <MsgStoreFinishedMsgFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMsgStoreImpl>::finished_msg(
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
            NotifyNewMail: {
                /// `IMsgStore::NotifyNewMail`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpNotification: crate::LPNOTIFICATION,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgStoreImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::NotificationRef::from_raw(
                                lpNotification.cast_const().cast(),
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
                        match <O::Inner as IMsgStoreImpl>::notify_new_mail(
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
#[cfg(
    all(
        feature = "provider",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMsgStore {
    const IIDS: &'static [u128] = &[
        0x00020306_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
/// SAFETY: `IMsgStore` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMsgStore {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
/// SAFETY: `IMsgStore` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMsgStore {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
/// SAFETY: every interface begins with itself (`IMsgStore`).
#[automatically_derived]
unsafe impl crate::Inherits<IMsgStore> for IMsgStore {}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
/// The caller side of [`IMsgStore`]: its methods, called through the vtable, on every `ComPtr` to `IMsgStore` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMsgStoreExt {
    /// Registers an advise sink for notifications about events in the store
    /// or in one folder or message of it.
    ///
    /// With `lpEntryID` null the whole store is the advise source; otherwise
    /// the folder or message it names is. Whenever an event selected by
    /// `ulEventMask` happens to the source, the provider (or MAPI on its
    /// behalf) calls the sink's `IMAPIAdviseSink::OnNotify` with a
    /// `NOTIFICATION` describing it.
    ///
    /// Returns:
    /// - `S_OK`: the registration was made.
    /// - `MAPI_E_NO_SUPPORT`: this store does not offer notifications.
    ///
    /// **Notes to implementers.** You may rely on MAPI: call
    /// `IMAPISupport::Subscribe` from `Advise` (and `Unsubscribe`/`Notify`
    /// later) and release `lpAdviseSink`. Or do it yourself: `AddRef` the sink
    /// and keep it until `Unadvise` cancels the registration. Either way hand
    /// back a nonzero connection number in `lpulConnection`, and keep it valid
    /// until `Unadvise` for it has completed.
    ///
    /// **Notes to callers.** `OnNotify` may be called on any thread at any
    /// time; wrap the sink with `HrThisThreadAdviseSink` if notifications must
    /// arrive on one thread. Expect the store to release the sink at any
    /// moment between `Advise` and `Unadvise`, and release your own reference
    /// once `Advise` returns unless you need the sink for something else.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder or message to watch; null to watch the whole store.
    /// - `ulEventMask` (`ULONG`, in): Bitmask of the event types to report.
    /// - `lpAdviseSink` (`LPMAPIADVISESINK`, in): Advise sink that will receive the notifications; it must already exist.
    /// - `lpulConnection` (`ULONG_PTR*`, out): Receives the nonzero connection number identifying this registration.
    ///
    /// Calls slot 14 of the vtable, [`IMsgStoreVtbl::Advise`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulConnection`.
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MsgStoreAdviseFlags,
        lpAdviseSink: &crate::ComPtr<crate::IMAPIAdviseSink>,
    ) -> ::core::result::Result<crate::ULONG_PTR, crate::Hresult>;
    /// Cancels a notification registration made with `IMsgStore::Advise`.
    ///
    /// The store drops its reference to the advise sink of that registration.
    /// The sink's `Release` normally happens during `Unadvise`; if another
    /// thread is inside the sink's `OnNotify` at that moment, the release is
    /// deferred until `OnNotify` returns.
    ///
    /// Returns `S_OK` when the registration was cancelled.
    ///
    /// # Parameters
    ///
    /// - `ulConnection` (`ULONG_PTR`, in): Connection number returned by the earlier `Advise` call.
    ///
    /// Calls slot 15 of the vtable, [`IMsgStoreVtbl::Unadvise`].
    fn unadvise(
        &self,
        ulConnection: crate::ULONG_PTR,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells whether two entry identifiers of this store designate the same
    /// object.
    ///
    /// An object can have several valid entry identifiers (for instance after
    /// a new version of the provider is installed), so identifiers cannot be
    /// compared byte by byte. MAPI forwards the call to a provider only when
    /// both identifiers carry a `MAPIUID` that provider handles.
    ///
    /// Returns:
    /// - `S_OK`: the comparison was made; the answer is in `lpulResult`.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: one or both identifiers do not designate an
    ///   object, possibly because the object is not open and not available
    ///   now.
    ///
    /// **Notes to callers.** When the call fails, draw no conclusion from
    /// `lpulResult` and act as cautiously as possible; a malformed `MAPIUID`
    /// in either identifier is one cause of failure.
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
    /// Calls slot 16 of the vtable, [`IMsgStoreVtbl::CompareEntryIDs`]. In Rust:
    ///
    /// - `cbEntryID1` is the length of `lpEntryID1` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID2` is the length of `lpEntryID2` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulResult`.
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MsgStoreCompareEntryIDsFlags,
    ) -> ::core::result::Result<crate::ULONG, crate::Hresult>;
    /// Opens a folder or message of the store and returns an interface
    /// pointer to it.
    ///
    /// With `lpEntryID` null the root folder of the store is opened. Without
    /// `MAPI_MODIFY` or `MAPI_BEST_ACCESS` the object is opened read-only.
    /// When a store runs in cached mode, `MAPI_NO_CACHE` opens the item on
    /// the remote store instead of the local copy.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or asked
    ///   to modify a read-only object.
    ///
    /// **Notes to callers.** Asking for `MAPI_MODIFY` or `MAPI_BEST_ACCESS`
    /// guarantees nothing: what you get depends on the provider, your rights
    /// and the object, so read `PR_ACCESS_LEVEL` to find out. Opening through
    /// the parent folder (`IMAPIContainer::OpenEntry`) is usually faster when
    /// you have it. Check `lpulObjType` before casting `lppUnk` (to
    /// `LPMAPIFOLDER` for a folder, for instance). For folders and messages
    /// of a public store, call this method rather than
    /// `IMAPISession::OpenEntry`, so that public folders behave when the
    /// profile holds several Exchange accounts.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder or message to open; null opens the root folder.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the standard one (`IMAPIFolder` or `IMessage`).
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object (`MAPI_FOLDER`, `MAPI_MESSAGE`, ...).
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    ///
    /// Calls slot 17 of the vtable, [`IMsgStoreVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MsgStoreOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Makes a folder the receive folder for incoming messages of one
    /// message class.
    ///
    /// By calling it repeatedly a client can give each message class its own
    /// folder or route several classes to the same one; a fax application,
    /// for instance, could have incoming faxes land in a folder of their own.
    /// A null or empty `lpszMessageClass` sets the store's default receive
    /// folder. A null `lpEntryID` puts the store's default back in place for
    /// that class, and then succeeds even if the class had no setting. If
    /// the call fails, the previous setting is left as it was.
    ///
    /// Returns `S_OK` when the receive folder was set.
    ///
    /// # Parameters
    ///
    /// - `lpszMessageClass` (`LPTSTR`, in): Message class to associate with the folder; null or empty for the default receive folder.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of `lpszMessageClass`.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the folder to use; null restores the store's default.
    ///
    /// Calls slot 18 of the vtable, [`IMsgStoreVtbl::SetReceiveFolder`]. In Rust:
    ///
    /// - `lpszMessageClass` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn set_receive_folder(
        &self,
        lpszMessageClass: ::core::option::Option<&str>,
        ulFlags: MsgStoreSetReceiveFolderFlags,
        lpEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the receive folder for a message class, or the store's default
    /// receive folder.
    ///
    /// When the class has no receive folder of its own, the search walks up
    /// to its base classes: the store returns the folder of the nearest base
    /// class that has one, and names that class in `lppszExplicitClass`. If
    /// `IPM.Note` is routed to the Inbox and `IPM.Note.Phone` has no setting,
    /// asking for `IPM.Note.Phone` yields the Inbox and `IPM.Note`. A null or
    /// empty `lpszMessageClass` asks for the default receive folder, which
    /// every store has. When no class matched, the explicit class is a
    /// zero-length string (ANSI or Unicode as `MAPI_UNICODE` says).
    ///
    /// Returns `S_OK` when the receive folder was returned.
    ///
    /// **Notes to callers.** Free the entry identifier and the class string
    /// with `MAPIFreeBuffer` when done with them.
    ///
    /// # Parameters
    ///
    /// - `lpszMessageClass` (`LPTSTR`, in): Message class to look up; null or empty for the default receive folder.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the strings passed and returned.
    /// - `lpcbEntryID` (`ULONG*`, out): Receives the size in bytes of the entry identifier returned in `lppEntryID`.
    /// - `lppEntryID` (`LPENTRYID*`, out): Receives the entry identifier of the receive folder.
    /// - `lppszExplicitClass` (`LPTSTR*`, out): Receives the message class that explicitly names this folder (the class asked for or one of its bases); may be null if not wanted.
    ///
    /// Calls slot 19 of the vtable, [`IMsgStoreVtbl::GetReceiveFolder`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lpszMessageClass` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `(lppEntryID, lppszExplicitClass)`.
    fn get_receive_folder(
        &self,
        alloc: &crate::value::Allocator,
        lpszMessageClass: ::core::option::Option<&str>,
        ulFlags: MsgStoreGetReceiveFolderFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiBuffer<crate::ENTRYID>, crate::value::MapiStr),
        crate::Hresult,
    >;
    /// Opens the receive folder table, which lists every receive folder
    /// setting of the store.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// **Notes to implementers.** The required columns are listed under
    /// "Receive Folder Tables" in the MAPI reference. Support property
    /// restrictions on `PR_RECORD_KEY`, so callers can find one receive
    /// folder quickly.
    ///
    /// **Notes to callers.** `MAPI_UNICODE` decides the string property types
    /// of the columns returned by `QueryColumns` and `QueryRows` and of the
    /// sort order returned by `QuerySortOrder`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the table.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the receive folder table.
    ///
    /// Calls slot 20 of the vtable, [`IMsgStoreVtbl::GetReceiveFolderTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_receive_folder_table(
        &self,
        ulFlags: MsgStoreGetReceiveFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Starts an orderly logoff of the store, saying how the store and the
    /// transports should wind down.
    ///
    /// The caller passes exactly one of the input flags of
    /// `MsgStoreStoreLogoffFlags`; on return the store may report, with the
    /// output flags, what transport traffic was in progress. Calling
    /// `StoreLogoff` is only meaningful when the caller is the store's only
    /// user: if two clients share the store and one of them calls it, the
    /// store is released at once and the call returns.
    ///
    /// Returns `S_OK` when the logoff completed.
    ///
    /// **Notes to implementers.** Do not act on the flags right away: save
    /// them, and pass them to `IMAPISupport::StoreLogoffTransports` only when
    /// the store's reference count drops to zero. Each new `StoreLogoff`
    /// call replaces the flags saved by the previous one. If the reference
    /// count reaches zero and `StoreLogoff` was never called, call
    /// `StoreLogoffTransports` with `LOGOFF_ABORT`.
    ///
    /// # Parameters
    ///
    /// - `lpulFlags` (`ULONG*`, in, out): On input, exactly one flag saying how to log off; on output, flags describing transport activity.
    ///
    /// Calls slot 21 of the vtable, [`IMsgStoreVtbl::StoreLogoff`]. In Rust:
    ///
    /// - `lpulFlags` is written back with the flags the object returns, whether or not the call succeeds.
    fn store_logoff(
        &self,
        lpulFlags: &mut MsgStoreStoreLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tries to take a submitted message back out of the outgoing queue.
    ///
    /// Once a message is submitted, aborting the submission is the only
    /// thing that can still be done with it.
    ///
    /// Returns:
    /// - `S_OK`: the message was removed from the queue.
    /// - `MAPI_E_NOT_IN_QUEUE`: the message is no longer queued, typically
    ///   because it was already sent.
    /// - `MAPI_E_UNABLE_TO_ABORT`: the MAPI spooler has locked the message
    ///   and the submission can no longer be cancelled.
    ///
    /// **Notes to callers.** Do not count on success: depending on the
    /// underlying messaging system it may be impossible to stop a message.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the message to take out of the queue.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 22 of the vtable, [`IMsgStoreVtbl::AbortSubmit`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn abort_submit(
        &self,
        lpEntryID: &[u8],
        ulFlags: MsgStoreAbortSubmitFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Opens the outgoing queue table, which lists the messages waiting in
    /// the store's outgoing queue. Only the MAPI spooler calls it.
    ///
    /// Messages usually enter the queue when `IMessage::SubmitMessage` is
    /// called on them, but since submission order drives preprocessing and
    /// hand-over to transports, a message marked for sending may show up in
    /// the table a little later.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// **Notes to implementers.** The required columns are listed under
    /// "Outgoing Queue Tables" in the MAPI reference. The spooler takes
    /// messages in ascending order of submission time: either let it sort the
    /// table that way or make that the default sort order. The table must
    /// support notifications so that the spooler learns whenever the queue
    /// changes.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the outgoing queue table.
    ///
    /// Calls slot 23 of the vtable, [`IMsgStoreVtbl::GetOutgoingQueue`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_outgoing_queue(
        &self,
        ulFlags: MsgStoreGetOutgoingQueueFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Locks or unlocks a message. Only the MAPI spooler calls it, while it
    /// is sending the message.
    ///
    /// The spooler normally locks only the oldest message of the queue (the
    /// next to send); if that one waits for a transport that is temporarily
    /// unavailable and the next message uses another transport, the spooler
    /// may lock and process that later message first.
    ///
    /// Returns `S_OK` when the lock state was set.
    ///
    /// **Notes to implementers.** Once a message is locked with
    /// `MSG_LOCKED`, `IMsgStore::AbortSubmit` on it must fail. Call the
    /// message's `IMAPIProp::SaveChanges` from `SetLockState`, so that
    /// changes made to it before the call are kept.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): Message to lock or unlock.
    /// - `ulLockState` (`ULONG`, in): `MSG_LOCKED` or `MSG_UNLOCKED`.
    ///
    /// Calls slot 24 of the vtable, [`IMsgStoreVtbl::SetLockState`].
    fn set_lock_state(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        ulLockState: MsgStoreSetLockStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Lets the store do its post-send processing on a message that has been
    /// sent. Only the MAPI spooler calls it.
    ///
    /// The processing is to delete the message, move it, or both, according
    /// to its `PR_DELETE_AFTER_SUBMIT` and `PR_SENTMAIL_ENTRYID` properties.
    ///
    /// Returns:
    /// - `S_OK`: the sent message was processed.
    /// - `MAPI_E_NO_SUPPORT`: the store does no sent-message processing; also
    ///   returned when the caller is not the MAPI spooler.
    ///
    /// **Notes to implementers.** The message named by `lpEntryID` is always
    /// locked when the spooler calls this; unlock it, then:
    /// - neither property set: leave the message where it was sent from
    ///   (usually the Outbox);
    /// - only `PR_SENTMAIL_ENTRYID` set: move it to that folder;
    /// - only `PR_DELETE_AFTER_SUBMIT` set: delete it;
    /// - both set: optionally move it to the folder, then delete it.
    ///
    /// Afterwards call `IMAPISupport::DoSentMail`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the sent message to process.
    ///
    /// Calls slot 25 of the vtable, [`IMsgStoreVtbl::FinishedMsg`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn finished_msg(
        &self,
        ulFlags: MsgStoreFinishedMsgFlags,
        lpEntryID: &[u8],
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Tells the store that a new message has been delivered to it. Only the
    /// MAPI spooler calls it.
    ///
    /// Returns `S_OK` when the store has been told.
    ///
    /// **Notes to implementers.** Send a new-mail notification to every
    /// client registered for it, that is, every client that called
    /// `IMsgStore::Advise` with a null `lpEntryID` and `fnevNewMail` in
    /// `ulEventMask`; use `IMAPISupport::Notify` or your own mechanism. Do
    /// not change or free the `NOTIFICATION` passed in; if you need its
    /// contents later, copy it with `ScCopyNotifications`.
    ///
    /// # Parameters
    ///
    /// - `lpNotification` (`LPNOTIFICATION`, in): Notification describing the new message; owned by the caller.
    ///
    /// Calls slot 26 of the vtable, [`IMsgStoreVtbl::NotifyNewMail`].
    fn notify_new_mail(
        &self,
        lpNotification: &crate::value::NotificationRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(
    all(
        feature = "client",
        any(
            feature = "exchange",
            feature = "forms",
            feature = "hook",
            feature = "session",
            feature = "store"
        )
    )
)]
#[automatically_derived]
impl<T: crate::Inherits<IMsgStore>> IMsgStoreExt for crate::ComPtr<T> {
    fn advise(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulEventMask: MsgStoreAdviseFlags,
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
                .base_vtable::<IMsgStore>()
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
                .base_vtable::<IMsgStore>()
                .Unadvise)(self.as_raw().cast(), ulConnection)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn compare_entry_ids(
        &self,
        lpEntryID1: &[u8],
        lpEntryID2: &[u8],
        ulFlags: MsgStoreCompareEntryIDsFlags,
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
                .base_vtable::<IMsgStore>()
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
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MsgStoreOpenEntryFlags,
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
                .base_vtable::<IMsgStore>()
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
    fn set_receive_folder(
        &self,
        lpszMessageClass: ::core::option::Option<&str>,
        ulFlags: MsgStoreSetReceiveFolderFlags,
        lpEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = match lpszMessageClass {
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
        let (__a3, __a2): (crate::LPENTRYID, crate::ULONG) = match lpEntryID {
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
                .base_vtable::<IMsgStore>()
                .SetReceiveFolder)(
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
    fn get_receive_folder(
        &self,
        alloc: &crate::value::Allocator,
        lpszMessageClass: ::core::option::Option<&str>,
        ulFlags: MsgStoreGetReceiveFolderFlags,
    ) -> ::core::result::Result<
        (crate::value::MapiBuffer<crate::ENTRYID>, crate::value::MapiStr),
        crate::Hresult,
    > {
        let __b0 = match lpszMessageClass {
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
        let mut __a2: crate::ULONG = 0;
        let mut __a3: crate::LPENTRYID = ::core::ptr::null_mut();
        let mut __a4: crate::LPTSTR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgStore>()
                .GetReceiveFolder)(
                self.as_raw().cast(),
                __a0,
                ulFlags.bits(),
                &mut __a2,
                &mut __a3,
                &mut __a4,
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
        // SAFETY: on success the object stored a root block of the allocator it
        // was given holding a string of the width the call asked for, or null.
        let __r4 = unsafe {
            crate::__private::call::adopt_str(
                alloc,
                __a4.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        let __r3 = __r3.ok_or_else(crate::__private::call::missing_output)?;
        let __r4 = __r4?;
        let __r4 = __r4.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((__r3, __r4))
    }
    fn get_receive_folder_table(
        &self,
        ulFlags: MsgStoreGetReceiveFolderTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgStore>()
                .GetReceiveFolderTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn store_logoff(
        &self,
        lpulFlags: &mut MsgStoreStoreLogoffFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let mut __a0: crate::ULONG = lpulFlags.bits();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgStore>()
                .StoreLogoff)(self.as_raw().cast(), &mut __a0)
        };
        *lpulFlags = MsgStoreStoreLogoffFlags::from_bits_retain(__a0);
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn abort_submit(
        &self,
        lpEntryID: &[u8],
        ulFlags: MsgStoreAbortSubmitFlags,
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
                .base_vtable::<IMsgStore>()
                .AbortSubmit)(self.as_raw().cast(), __a0, __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_outgoing_queue(
        &self,
        ulFlags: MsgStoreGetOutgoingQueueFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgStore>()
                .GetOutgoingQueue)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn set_lock_state(
        &self,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        ulLockState: MsgStoreSetLockStateFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgStore>()
                .SetLockState)(self.as_raw().cast(), __a0, ulLockState.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn finished_msg(
        &self,
        ulFlags: MsgStoreFinishedMsgFlags,
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
                .base_vtable::<IMsgStore>()
                .FinishedMsg)(self.as_raw().cast(), ulFlags.bits(), __a1, __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn notify_new_mail(
        &self,
        lpNotification: &crate::value::NotificationRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpNotification;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::notification_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPNOTIFICATION = __s.as_mut_ptr();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self.base_vtable::<IMsgStore>().NotifyNewMail)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
