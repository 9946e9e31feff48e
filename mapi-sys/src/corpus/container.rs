// `idl/mapi/container.idl` as Rust, included by `mod.rs`.
/// Pointer to a container object.
pub type LPMAPICONTAINER = *mut IMAPIContainer;
/// Pointer to a folder object.
pub type LPMAPIFOLDER = *mut IMAPIFolder;
/// Flags of `IMAPIContainer::GetContentsTable`.
pub type MAPIContainerGetContentsTableFlags = crate::Flags<
    MAPIContainerGetContentsTableFlagsGroup,
>;
/// The group of [`MAPIContainerGetContentsTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIContainerGetContentsTableFlagsGroup {}
impl crate::FlagGroup for MAPIContainerGetContentsTableFlagsGroup {
    const IN_MASK: u32 = 0x8000004A;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_ASSOCIATED", 0x00000040),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
        ("SHOW_SOFT_DELETES", 0x00000002),
    ];
}
impl crate::Flags<MAPIContainerGetContentsTableFlagsGroup> {
    /// Return the folder's associated contents table (the hidden messages
    /// created with `MAPI_ASSOCIATED`) instead of the normal one. Folders
    /// only.
    ///
    /// `MAPI_ASSOCIATED` (`0x40`), valid on input.
    pub const MAPI_ASSOCIATED: Self = Self::from_bits_retain(0x00000040);
    /// The table may be returned before it is fully available; errors may
    /// then come from later calls on it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// String columns are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Include items that are soft-deleted, that is, still within the
    /// deleted-item retention period.
    ///
    /// `SHOW_SOFT_DELETES` (`0x2`), valid on input.
    pub const SHOW_SOFT_DELETES: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIContainer::GetHierarchyTable`.
pub type MAPIContainerGetHierarchyTableFlags = crate::Flags<
    MAPIContainerGetHierarchyTableFlagsGroup,
>;
/// The group of [`MAPIContainerGetHierarchyTableFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIContainerGetHierarchyTableFlagsGroup {}
impl crate::FlagGroup for MAPIContainerGetHierarchyTableFlagsGroup {
    const IN_MASK: u32 = 0x8000000B;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("CONVENIENT_DEPTH", 0x00000001),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
        ("SHOW_SOFT_DELETES", 0x00000002),
    ];
}
impl crate::Flags<MAPIContainerGetHierarchyTableFlagsGroup> {
    /// List containers from every level below this one, not only the
    /// immediate children.
    ///
    /// `CONVENIENT_DEPTH` (`0x1`), valid on input.
    pub const CONVENIENT_DEPTH: Self = Self::from_bits_retain(0x00000001);
    /// The table may be returned before it is fully available; errors may
    /// then come from later calls on it.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// String columns are Unicode; without this flag they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Include containers that are soft-deleted, that is, still within the
    /// deleted-item retention period.
    ///
    /// `SHOW_SOFT_DELETES` (`0x2`), valid on input.
    pub const SHOW_SOFT_DELETES: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIContainer::OpenEntry`: how the object is opened.
pub type MAPIContainerOpenEntryFlags = crate::Flags<MAPIContainerOpenEntryFlagsGroup>;
/// The group of [`MAPIContainerOpenEntryFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIContainerOpenEntryFlagsGroup {}
impl crate::FlagGroup for MAPIContainerOpenEntryFlagsGroup {
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
impl crate::Flags<MAPIContainerOpenEntryFlagsGroup> {
    /// Open with the highest access the user and the client are allowed:
    /// read/write where permitted, read-only otherwise.
    ///
    /// `MAPI_BEST_ACCESS` (`0x10`), valid on input.
    pub const MAPI_BEST_ACCESS: Self = Self::from_bits_retain(0x00000010);
    /// Use only the local cache (offline address book), not the server; Outlook passes it.
    ///
    /// `MAPI_CACHE_ONLY` (`0x4000`), valid on input.
    pub const MAPI_CACHE_ONLY: Self = Self::from_bits_retain(0x00004000);
    /// The call may succeed before the object is fully available; problems
    /// may then surface on a later call to the object.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Ask for read/write access. Without it the object is opened read-only,
    /// and even with it less may be granted.
    ///
    /// `MAPI_MODIFY` (`0x1`), valid on input.
    pub const MAPI_MODIFY: Self = Self::from_bits_retain(0x00000001);
    /// Go to the server, not the local cache; Outlook passes it in cached Exchange mode.
    ///
    /// `MAPI_NO_CACHE` (`0x200`), valid on input.
    pub const MAPI_NO_CACHE: Self = Self::from_bits_retain(0x00000200);
    /// Allow opening an item that is soft-deleted, that is, still within the
    /// deleted-item retention period.
    ///
    /// `SHOW_SOFT_DELETES` (`0x2`), valid on input.
    pub const SHOW_SOFT_DELETES: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIContainer::SetSearchCriteria`.
///
/// Each pair of opposite flags forms an exclusive set: at most one of
/// `BACKGROUND_SEARCH`/`FOREGROUND_SEARCH`, of
/// `RECURSIVE_SEARCH`/`SHALLOW_SEARCH` and of `RESTART_SEARCH`/`STOP_SEARCH`
/// may be given.
pub type MAPIContainerSetSearchCriteriaFlags = crate::Flags<
    MAPIContainerSetSearchCriteriaFlagsGroup,
>;
/// The group of [`MAPIContainerSetSearchCriteriaFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIContainerSetSearchCriteriaFlagsGroup {}
impl crate::FlagGroup for MAPIContainerSetSearchCriteriaFlagsGroup {
    const IN_MASK: u32 = 0x0002003F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000030, 0x0000000C, 0x00000003];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("BACKGROUND_SEARCH", 0x00000020),
        ("FOREGROUND_SEARCH", 0x00000010),
        ("RECURSIVE_SEARCH", 0x00000004),
        ("SHALLOW_SEARCH", 0x00000008),
        ("NON_CONTENT_INDEXED_SEARCH", 0x00020000),
        ("RESTART_SEARCH", 0x00000002),
        ("STOP_SEARCH", 0x00000001),
    ];
}
impl crate::Flags<MAPIContainerSetSearchCriteriaFlagsGroup> {
    /// Run the search at normal priority relative to other searches.
    ///
    /// `BACKGROUND_SEARCH` (`0x20`), valid on input.
    pub const BACKGROUND_SEARCH: Self = Self::from_bits_retain(0x00000020);
    /// Run the search at high priority relative to other searches.
    ///
    /// `FOREGROUND_SEARCH` (`0x10`), valid on input.
    pub const FOREGROUND_SEARCH: Self = Self::from_bits_retain(0x00000010);
    /// Search the listed containers and all the containers below them.
    ///
    /// `RECURSIVE_SEARCH` (`0x4`), valid on input.
    pub const RECURSIVE_SEARCH: Self = Self::from_bits_retain(0x00000004);
    /// Search only the listed containers.
    ///
    /// `SHALLOW_SEARCH` (`0x8`), valid on input.
    pub const SHALLOW_SEARCH: Self = Self::from_bits_retain(0x00000008);
    /// Do not use the content index to find matches (Exchange stores only).
    ///
    /// `NON_CONTENT_INDEXED_SEARCH` (`0x20000`), valid on input.
    pub const NON_CONTENT_INDEXED_SEARCH: Self = Self::from_bits_retain(0x00020000);
    /// Start the search if this is the first call, or restart it if it is
    /// inactive.
    ///
    /// `RESTART_SEARCH` (`0x2`), valid on input.
    pub const RESTART_SEARCH: Self = Self::from_bits_retain(0x00000002);
    /// Stop the search.
    ///
    /// `STOP_SEARCH` (`0x1`), valid on input.
    pub const STOP_SEARCH: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIContainer::GetSearchCriteria`.
pub type MAPIContainerGetSearchCriteriaFlags = crate::Flags<
    MAPIContainerGetSearchCriteriaFlagsGroup,
>;
/// The group of [`MAPIContainerGetSearchCriteriaFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIContainerGetSearchCriteriaFlagsGroup {}
impl crate::FlagGroup for MAPIContainerGetSearchCriteriaFlagsGroup {
    const IN_MASK: u32 = 0x80000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("MAPI_UNICODE", 0x80000000)];
}
impl crate::Flags<MAPIContainerGetSearchCriteriaFlagsGroup> {
    /// Strings in the returned restriction are Unicode; without this flag
    /// they are ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Search state bits returned by `IMAPIContainer::GetSearchCriteria` in
/// `lpulSearchState`.
///
/// The values are the headers'; the reference page gives 0x1 to
/// `SEARCH_FOREGROUND` and 0x8 to `SEARCH_RUNNING`, the other way round.
/// The bits from `SEARCH_COMPLETE` on come from Exchange (`edkmdb.h`).
pub type MAPIContainerSearchStateFlags = crate::Flags<
    MAPIContainerSearchStateFlagsGroup,
>;
/// The group of [`MAPIContainerSearchStateFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIContainerSearchStateFlagsGroup {}
impl crate::FlagGroup for MAPIContainerSearchStateFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x0F03300F;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("SEARCH_RUNNING", 0x00000001),
        ("SEARCH_REBUILD", 0x00000002),
        ("SEARCH_RECURSIVE", 0x00000004),
        ("SEARCH_FOREGROUND", 0x00000008),
        ("SEARCH_COMPLETE", 0x00001000),
        ("SEARCH_PARTIAL", 0x00002000),
        ("SEARCH_STATIC", 0x00010000),
        ("SEARCH_MAYBE_STATIC", 0x00020000),
        ("CI_TOTALLY", 0x01000000),
        ("CI_WITH_TWIR_RESIDUAL", 0x02000000),
        ("TWIR_MOSTLY", 0x04000000),
        ("TWIR_TOTALLY", 0x08000000),
    ];
}
impl crate::Flags<MAPIContainerSearchStateFlagsGroup> {
    /// The search is active: the contents table is kept up to date as the
    /// store changes. When clear, the search is inactive and the table
    /// static.
    ///
    /// `SEARCH_RUNNING` (`0x1`), valid on output.
    pub const SEARCH_RUNNING: Self = Self::from_bits_retain(0x00000001);
    /// The search is in its CPU-intensive phase, looking for matching
    /// messages. Meaningful only while `SEARCH_RUNNING` is set.
    ///
    /// `SEARCH_REBUILD` (`0x2`), valid on output.
    pub const SEARCH_REBUILD: Self = Self::from_bits_retain(0x00000002);
    /// The search covers the listed containers and all the containers below
    /// them; when clear, only those named in the last `SetSearchCriteria`.
    ///
    /// `SEARCH_RECURSIVE` (`0x4`), valid on output.
    pub const SEARCH_RECURSIVE: Self = Self::from_bits_retain(0x00000004);
    /// The search runs at high priority relative to other searches; when
    /// clear, at normal priority.
    ///
    /// `SEARCH_FOREGROUND` (`0x8`), valid on output.
    pub const SEARCH_FOREGROUND: Self = Self::from_bits_retain(0x00000008);
    /// The search has finished and its results are complete.
    ///
    /// `SEARCH_COMPLETE` (`0x1000`), valid on output.
    pub const SEARCH_COMPLETE: Self = Self::from_bits_retain(0x00001000);
    /// Only parts of the messages were included in the search.
    ///
    /// `SEARCH_PARTIAL` (`0x2000`), valid on output.
    pub const SEARCH_PARTIAL: Self = Self::from_bits_retain(0x00002000);
    /// The search is static: its results do not follow changes to the store.
    ///
    /// `SEARCH_STATIC` (`0x10000`), valid on output.
    pub const SEARCH_STATIC: Self = Self::from_bits_retain(0x00010000);
    /// The store is still working out whether the search is static.
    ///
    /// `SEARCH_MAYBE_STATIC` (`0x20000`), valid on output.
    pub const SEARCH_MAYBE_STATIC: Self = Self::from_bits_retain(0x00020000);
    /// The content index alone answered the search.
    ///
    /// `CI_TOTALLY` (`0x1000000`), valid on output.
    pub const CI_TOTALLY: Self = Self::from_bits_retain(0x01000000);
    /// The content index answered most of the search, table restrictions the rest.
    ///
    /// `CI_WITH_TWIR_RESIDUAL` (`0x2000000`), valid on output.
    pub const CI_WITH_TWIR_RESIDUAL: Self = Self::from_bits_retain(0x02000000);
    /// Table restrictions answered most of the search.
    ///
    /// `TWIR_MOSTLY` (`0x4000000`), valid on output.
    pub const TWIR_MOSTLY: Self = Self::from_bits_retain(0x04000000);
    /// Table restrictions alone answered the search, without the content index.
    ///
    /// `TWIR_TOTALLY` (`0x8000000`), valid on output.
    pub const TWIR_TOTALLY: Self = Self::from_bits_retain(0x08000000);
}
/// Flags of `IMAPIFolder::CreateMessage`.
pub type MAPIFolderCreateMessageFlags = crate::Flags<MAPIFolderCreateMessageFlagsGroup>;
/// The group of [`MAPIFolderCreateMessageFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderCreateMessageFlagsGroup {}
impl crate::FlagGroup for MAPIFolderCreateMessageFlagsGroup {
    const IN_MASK: u32 = 0x00000848;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("ITEMPROC_FORCE", 0x00000800),
        ("MAPI_ASSOCIATED", 0x00000040),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
    ];
}
impl crate::Flags<MAPIFolderCreateMessageFlagsGroup> {
    /// Tell a PST store that the new message may go through rules
    /// processing before listening clients are told it arrived (for
    /// messages not delivered by Exchange; see `NON_EMS_XP_SAVE`).
    ///
    /// `ITEMPROC_FORCE` (`0x800`), valid on input.
    pub const ITEMPROC_FORCE: Self = Self::from_bits_retain(0x00000800);
    /// Create an associated (hidden) message, listed in the associated
    /// contents table instead of the normal one.
    ///
    /// `MAPI_ASSOCIATED` (`0x40`), valid on input.
    pub const MAPI_ASSOCIATED: Self = Self::from_bits_retain(0x00000040);
    /// The call may succeed before the message is fully created; it may
    /// not be available at once.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
}
/// Flags of `IMAPIFolder::CopyMessages`.
pub type MAPIFolderCopyMessagesFlags = crate::Flags<MAPIFolderCopyMessagesFlagsGroup>;
/// The group of [`MAPIFolderCopyMessagesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderCopyMessagesFlagsGroup {}
impl crate::FlagGroup for MAPIFolderCopyMessagesFlagsGroup {
    const IN_MASK: u32 = 0x00000007;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DECLINE_OK", 0x00000004),
        ("MESSAGE_DIALOG", 0x00000002),
        ("MESSAGE_MOVE", 0x00000001),
    ];
}
impl crate::Flags<MAPIFolderCopyMessagesFlagsGroup> {
    /// A provider that would hand the work to `IMAPISupport::DoCopyTo` or
    /// `DoCopyProps` must instead return `MAPI_E_DECLINE_COPY` at once.
    ///
    /// `MAPI_DECLINE_OK` (`0x4`), valid on input.
    pub const MAPI_DECLINE_OK: Self = Self::from_bits_retain(0x00000004);
    /// Show a progress indicator while the operation runs.
    ///
    /// `MESSAGE_DIALOG` (`0x2`), valid on input.
    pub const MESSAGE_DIALOG: Self = Self::from_bits_retain(0x00000002);
    /// Move the messages instead of copying them.
    ///
    /// `MESSAGE_MOVE` (`0x1`), valid on input.
    pub const MESSAGE_MOVE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIFolder::DeleteMessages`.
pub type MAPIFolderDeleteMessagesFlags = crate::Flags<
    MAPIFolderDeleteMessagesFlagsGroup,
>;
/// The group of [`MAPIFolderDeleteMessagesFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderDeleteMessagesFlagsGroup {}
impl crate::FlagGroup for MAPIFolderDeleteMessagesFlagsGroup {
    const IN_MASK: u32 = 0x00000012;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("DELETE_HARD_DELETE", 0x00000010),
        ("MESSAGE_DIALOG", 0x00000002),
    ];
}
impl crate::Flags<MAPIFolderDeleteMessagesFlagsGroup> {
    /// Remove the messages permanently, soft-deleted ones included.
    ///
    /// `DELETE_HARD_DELETE` (`0x10`), valid on input.
    pub const DELETE_HARD_DELETE: Self = Self::from_bits_retain(0x00000010);
    /// Show a progress indicator while the operation runs.
    ///
    /// `MESSAGE_DIALOG` (`0x2`), valid on input.
    pub const MESSAGE_DIALOG: Self = Self::from_bits_retain(0x00000002);
}
/// Kind of folder accepted by `IMAPIFolder::CreateFolder` in
/// `ulFolderType`; exactly one must be given.
pub type MAPIFolderCreateFolderTypeFlags = crate::Flags<
    MAPIFolderCreateFolderTypeFlagsGroup,
>;
/// The group of [`MAPIFolderCreateFolderTypeFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderCreateFolderTypeFlagsGroup {}
impl crate::FlagGroup for MAPIFolderCreateFolderTypeFlagsGroup {
    const IN_MASK: u32 = 0x00000003;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[0x00000003];
    const REQUIRED: bool = true;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("FOLDER_GENERIC", 0x00000001),
        ("FOLDER_SEARCH", 0x00000002),
    ];
}
impl crate::Flags<MAPIFolderCreateFolderTypeFlagsGroup> {
    /// An ordinary folder.
    ///
    /// `FOLDER_GENERIC` (`0x1`), valid on input.
    pub const GENERIC: Self = Self::from_bits_retain(0x00000001);
    /// A search-results folder.
    ///
    /// `FOLDER_SEARCH` (`0x2`), valid on input.
    pub const SEARCH: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIFolder::CreateFolder`.
pub type MAPIFolderCreateFolderFlags = crate::Flags<MAPIFolderCreateFolderFlagsGroup>;
/// The group of [`MAPIFolderCreateFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderCreateFolderFlagsGroup {}
impl crate::FlagGroup for MAPIFolderCreateFolderFlagsGroup {
    const IN_MASK: u32 = 0x80000009;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MAPI_UNICODE", 0x80000000),
        ("OPEN_IF_EXISTS", 0x00000001),
    ];
}
impl crate::Flags<MAPIFolderCreateFolderFlagsGroup> {
    /// The call may succeed before the folder is fully created; it may not
    /// be available at once.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// The folder name and comment are Unicode; without this flag they are
    /// ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// If a folder of that name already exists, open it and succeed instead
    /// of failing. Stores that allow sibling folders with the same name may
    /// create a new one anyway.
    ///
    /// `OPEN_IF_EXISTS` (`0x1`), valid on input.
    pub const OPEN_IF_EXISTS: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIFolder::CopyFolder`.
pub type MAPIFolderCopyFolderFlags = crate::Flags<MAPIFolderCopyFolderFlagsGroup>;
/// The group of [`MAPIFolderCopyFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderCopyFolderFlagsGroup {}
impl crate::FlagGroup for MAPIFolderCopyFolderFlagsGroup {
    const IN_MASK: u32 = 0x80000017;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("COPY_SUBFOLDERS", 0x00000010),
        ("FOLDER_DIALOG", 0x00000002),
        ("FOLDER_MOVE", 0x00000001),
        ("MAPI_DECLINE_OK", 0x00000004),
        ("MAPI_UNICODE", 0x80000000),
    ];
}
impl crate::Flags<MAPIFolderCopyFolderFlagsGroup> {
    /// Copy the subfolders of the folder too. A move always takes them
    /// along.
    ///
    /// `COPY_SUBFOLDERS` (`0x10`), valid on input.
    pub const COPY_SUBFOLDERS: Self = Self::from_bits_retain(0x00000010);
    /// Show a progress indicator while the operation runs.
    ///
    /// `FOLDER_DIALOG` (`0x2`), valid on input.
    pub const FOLDER_DIALOG: Self = Self::from_bits_retain(0x00000002);
    /// Move the folder instead of copying it.
    ///
    /// `FOLDER_MOVE` (`0x1`), valid on input.
    pub const FOLDER_MOVE: Self = Self::from_bits_retain(0x00000001);
    /// A provider that would hand the work to `IMAPISupport::DoCopyTo` or
    /// `DoCopyProps` must instead return `MAPI_E_DECLINE_COPY` at once.
    ///
    /// `MAPI_DECLINE_OK` (`0x4`), valid on input.
    pub const MAPI_DECLINE_OK: Self = Self::from_bits_retain(0x00000004);
    /// The new folder name is Unicode; without this flag it is ANSI.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
}
/// Flags of `IMAPIFolder::DeleteFolder`.
pub type MAPIFolderDeleteFolderFlags = crate::Flags<MAPIFolderDeleteFolderFlagsGroup>;
/// The group of [`MAPIFolderDeleteFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderDeleteFolderFlagsGroup {}
impl crate::FlagGroup for MAPIFolderDeleteFolderFlagsGroup {
    const IN_MASK: u32 = 0x00000017;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("DEL_FOLDERS", 0x00000004),
        ("DEL_MESSAGES", 0x00000001),
        ("DELETE_HARD_DELETE", 0x00000010),
        ("FOLDER_DIALOG", 0x00000002),
    ];
}
impl crate::Flags<MAPIFolderDeleteFolderFlagsGroup> {
    /// Delete all the subfolders of the folder as well.
    ///
    /// `DEL_FOLDERS` (`0x4`), valid on input.
    pub const DEL_FOLDERS: Self = Self::from_bits_retain(0x00000004);
    /// Delete all the messages of the folder as well.
    ///
    /// `DEL_MESSAGES` (`0x1`), valid on input.
    pub const DEL_MESSAGES: Self = Self::from_bits_retain(0x00000001);
    /// Remove the folder permanently.
    ///
    /// `DELETE_HARD_DELETE` (`0x10`), valid on input.
    pub const DELETE_HARD_DELETE: Self = Self::from_bits_retain(0x00000010);
    /// Show a progress indicator while the operation runs.
    ///
    /// `FOLDER_DIALOG` (`0x2`), valid on input.
    pub const FOLDER_DIALOG: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIFolder::SetReadFlags`.
///
/// `CLEAR_READ_FLAG` may not be combined with `SUPPRESS_RECEIPT` or with
/// `GENERATE_RECEIPT_ONLY` (`MAPI_E_INVALID_PARAMETER`); those two may be
/// combined with each other.
pub type MAPIFolderSetReadFlagsFlags = crate::Flags<MAPIFolderSetReadFlagsFlagsGroup>;
/// The group of [`MAPIFolderSetReadFlagsFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderSetReadFlagsFlagsGroup {}
impl crate::FlagGroup for MAPIFolderSetReadFlagsFlagsGroup {
    const IN_MASK: u32 = 0x0000007F;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const EXCLUDED_PAIRS: &'static [u32] = &[0x00000005, 0x00000014];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("CLEAR_READ_FLAG", 0x00000004),
        ("CLEAR_NRN_PENDING", 0x00000040),
        ("CLEAR_RN_PENDING", 0x00000020),
        ("GENERATE_RECEIPT_ONLY", 0x00000010),
        ("MAPI_DEFERRED_ERRORS", 0x00000008),
        ("MESSAGE_DIALOG", 0x00000002),
        ("SUPPRESS_RECEIPT", 0x00000001),
    ];
}
impl crate::Flags<MAPIFolderSetReadFlagsFlagsGroup> {
    /// Clear `MSGFLAG_READ` and send no read report.
    ///
    /// `CLEAR_READ_FLAG` (`0x4`), valid on input. Not with `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    pub const CLEAR_READ_FLAG: Self = Self::from_bits_retain(0x00000004);
    /// Clear `MSGFLAG_NRN_PENDING` and send no non-read report.
    ///
    /// `CLEAR_NRN_PENDING` (`0x40`), valid on input.
    pub const CLEAR_NRN_PENDING: Self = Self::from_bits_retain(0x00000040);
    /// Clear `MSGFLAG_RN_PENDING` and send no read report.
    ///
    /// `CLEAR_RN_PENDING` (`0x20`), valid on input.
    pub const CLEAR_RN_PENDING: Self = Self::from_bits_retain(0x00000020);
    /// Send any pending read report but leave `MSGFLAG_READ` as it is.
    ///
    /// `GENERATE_RECEIPT_ONLY` (`0x10`), valid on input.
    pub const GENERATE_RECEIPT_ONLY: Self = Self::from_bits_retain(0x00000010);
    /// The call may return before the operation is complete.
    ///
    /// `MAPI_DEFERRED_ERRORS` (`0x8`), valid on input.
    pub const MAPI_DEFERRED_ERRORS: Self = Self::from_bits_retain(0x00000008);
    /// Show a progress indicator while the operation runs.
    ///
    /// `MESSAGE_DIALOG` (`0x2`), valid on input.
    pub const MESSAGE_DIALOG: Self = Self::from_bits_retain(0x00000002);
    /// When this call marks an unread message read, cancel its pending read
    /// report. If the state does not change, the flag may be ignored.
    ///
    /// `SUPPRESS_RECEIPT` (`0x1`), valid on input.
    pub const SUPPRESS_RECEIPT: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `IMAPIFolder::GetMessageStatus`.
///
/// None are defined: the parameter is reserved and must be zero.
pub type MAPIFolderGetMessageStatusFlags = crate::Flags<
    MAPIFolderGetMessageStatusFlagsGroup,
>;
/// The group of [`MAPIFolderGetMessageStatusFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderGetMessageStatusFlagsGroup {}
impl crate::FlagGroup for MAPIFolderGetMessageStatusFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[];
}
/// The message status bits read and written by
/// `IMAPIFolder::GetMessageStatus` and `IMAPIFolder::SetMessageStatus`.
///
/// Bits 0 to 15 are reserved for MAPI (the ones below are defined); bits 16
/// to 31 are for the implementation, and in the IPM subtree for IPM
/// clients.
pub type MAPIFolderMessageStatusFlags = crate::Flags<MAPIFolderMessageStatusFlagsGroup>;
/// The group of [`MAPIFolderMessageStatusFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderMessageStatusFlagsGroup {}
impl crate::FlagGroup for MAPIFolderMessageStatusFlagsGroup {
    const IN_MASK: u32 = 0x0000300F;
    const OUT_MASK: u32 = 0x0000300F;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MSGSTATUS_HIGHLIGHTED", 0x00000001),
        ("MSGSTATUS_TAGGED", 0x00000002),
        ("MSGSTATUS_HIDDEN", 0x00000004),
        ("MSGSTATUS_DELMARKED", 0x00000008),
        ("MSGSTATUS_REMOTE_DOWNLOAD", 0x00001000),
        ("MSGSTATUS_REMOTE_DELETE", 0x00002000),
    ];
}
impl crate::Flags<MAPIFolderMessageStatusFlagsGroup> {
    /// The message is shown highlighted.
    ///
    /// `MSGSTATUS_HIGHLIGHTED` (`0x1`), valid on input and output.
    pub const HIGHLIGHTED: Self = Self::from_bits_retain(0x00000001);
    /// The message is tagged for a purpose of the client's own.
    ///
    /// `MSGSTATUS_TAGGED` (`0x2`), valid on input and output.
    pub const TAGGED: Self = Self::from_bits_retain(0x00000002);
    /// The message is not to be shown.
    ///
    /// `MSGSTATUS_HIDDEN` (`0x4`), valid on input and output.
    pub const HIDDEN: Self = Self::from_bits_retain(0x00000004);
    /// The message is marked for deletion.
    ///
    /// `MSGSTATUS_DELMARKED` (`0x8`), valid on input and output.
    pub const DELMARKED: Self = Self::from_bits_retain(0x00000008);
    /// The message is marked for download from the remote store to the
    /// local client.
    ///
    /// `MSGSTATUS_REMOTE_DOWNLOAD` (`0x1000`), valid on input and output.
    pub const REMOTE_DOWNLOAD: Self = Self::from_bits_retain(0x00001000);
    /// The message is marked for deletion on the remote store without being
    /// downloaded.
    ///
    /// `MSGSTATUS_REMOTE_DELETE` (`0x2000`), valid on input and output.
    pub const REMOTE_DELETE: Self = Self::from_bits_retain(0x00002000);
}
/// Flags of `IMAPIFolder::SaveContentsSort`.
pub type MAPIFolderSaveContentsSortFlags = crate::Flags<
    MAPIFolderSaveContentsSortFlagsGroup,
>;
/// The group of [`MAPIFolderSaveContentsSortFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderSaveContentsSortFlagsGroup {}
impl crate::FlagGroup for MAPIFolderSaveContentsSortFlagsGroup {
    const IN_MASK: u32 = 0x00000002;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[("RECURSIVE_SORT", 0x00000002)];
}
impl crate::Flags<MAPIFolderSaveContentsSortFlagsGroup> {
    /// Apply the default sort order to all the subfolders too.
    ///
    /// `RECURSIVE_SORT` (`0x2`), valid on input.
    pub const RECURSIVE_SORT: Self = Self::from_bits_retain(0x00000002);
}
/// Flags of `IMAPIFolder::EmptyFolder`.
pub type MAPIFolderEmptyFolderFlags = crate::Flags<MAPIFolderEmptyFolderFlagsGroup>;
/// The group of [`MAPIFolderEmptyFolderFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
pub enum MAPIFolderEmptyFolderFlagsGroup {}
impl crate::FlagGroup for MAPIFolderEmptyFolderFlagsGroup {
    const IN_MASK: u32 = 0x0000001A;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("DEL_ASSOCIATED", 0x00000008),
        ("DELETE_HARD_DELETE", 0x00000010),
        ("FOLDER_DIALOG", 0x00000002),
    ];
}
impl crate::Flags<MAPIFolderEmptyFolderFlagsGroup> {
    /// Delete the associated (hidden) messages too, and subfolders that hold
    /// some. Applies to the folder being emptied only.
    ///
    /// `DEL_ASSOCIATED` (`0x8`), valid on input.
    pub const DEL_ASSOCIATED: Self = Self::from_bits_retain(0x00000008);
    /// Remove everything permanently, soft-deleted items included.
    ///
    /// `DELETE_HARD_DELETE` (`0x10`), valid on input.
    pub const DELETE_HARD_DELETE: Self = Self::from_bits_retain(0x00000010);
    /// Show a progress indicator while the operation runs.
    ///
    /// `FOLDER_DIALOG` (`0x2`), valid on input.
    pub const FOLDER_DIALOG: Self = Self::from_bits_retain(0x00000002);
}
/// A container: an object holding other objects, with a contents table,
/// usually a hierarchy table of child containers, and search criteria.
///
/// Not used on its own: `IMAPIFolder`, `IABContainer` and `IDistList`
/// derive from it. Message store, address book and remote transport
/// providers implement it; clients call it.
///
/// Containers must expose `PR_CONTAINER_FLAGS` (read/write) and the
/// read-only `PR_CONTAINER_HIERARCHY` and `PR_CONTAINER_CONTENTS`.
#[repr(C)]
pub struct IMAPIContainer {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIContainerVtbl,
}
/// The vtable of [`IMAPIContainer`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIContainerVtbl {
    /// The slots of `IMAPIProp`.
    pub base__: crate::IMAPIPropVtbl,
    /// Returns the container's contents table, one row per object it holds.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NO_SUPPORT`: the container has no contents.
    ///
    /// **Notes to implementers.** If you offer a contents table, also let
    /// `OpenProperty` open `PR_CONTAINER_CONTENTS` and list that property in
    /// `GetProps` and `GetPropList`. A remote transport's table needs at
    /// least the usual message summary columns (`PR_ENTRYID`,
    /// `PR_SUBJECT`, `PR_MESSAGE_FLAGS`, `PR_MESSAGE_SIZE`,
    /// `PR_INSTANCE_KEY`, ...).
    ///
    /// The value 0x2 is also used for `ACLTABLE_FREEBUSY` by the Exchange
    /// permissions table; for contents tables it means `SHOW_SOFT_DELETES`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling what the table holds and how.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the contents table.
    pub GetContentsTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Returns the container's hierarchy table, one row per child
    /// container.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NO_SUPPORT`: the container has no child containers.
    ///
    /// **Notes to implementers.** If you offer a hierarchy table, also let
    /// `OpenProperty` open `PR_CONTAINER_HIERARCHY` and list that property
    /// in `GetProps` and `GetPropList`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling what the table holds and how.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the hierarchy table.
    pub GetHierarchyTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Opens an object of the container and returns an interface pointer to
    /// it.
    ///
    /// With `lpEntryID` null the top-level container of the hierarchy is
    /// opened. Without `MAPI_MODIFY` or `MAPI_BEST_ACCESS` the object is
    /// opened read-only.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or asked
    ///   to modify a read-only object.
    /// - `MAPI_E_NOT_FOUND`: no object has this entry identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: the entry identifier has a format the
    ///   container does not recognize.
    ///
    /// **Notes to callers.** The provider may return another interface than
    /// the one asked for: check `lpulObjType` before casting `lppUnk`, and
    /// read `PR_ACCESS_LEVEL` to learn what access was granted.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to open; null opens the top-level container.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard one.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object (`MAPI_FOLDER`, `MAPI_MESSAGE`, `MAPI_MAILUSER`, ...).
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
    /// Sets the search criteria of a search container (a search-results
    /// folder, or an address book container with advanced search).
    ///
    /// A null restriction or container list reuses the one from the previous
    /// call; on the first call the restriction must be given. The results
    /// appear in the container's contents table.
    ///
    /// Returns:
    /// - `S_OK`: the criteria were set.
    /// - `MAPI_E_TOO_COMPLEX`: the provider cannot handle these criteria.
    ///
    /// **Notes to implementers.** Address book containers apply the
    /// restriction to their contents table. In a search-results folder,
    /// support opening, copying, moving and deleting the messages found, but
    /// refuse to create messages in the folder or copy messages into it.
    /// Only Exchange stores act on `NON_CONTENT_INDEXED_SEARCH` (search
    /// without the content index), which only Exchange's `edkmdb.h` defines;
    /// other providers may ignore it.
    ///
    /// # Parameters
    ///
    /// - `lpRestriction` (`LPSRestriction`, in): The search criteria; null to reuse the previous ones.
    /// - `lpContainerList` (`LPENTRYLIST`, in): Entry identifiers of the containers to search; null to reuse the previous list.
    /// - `ulSearchFlags` (`ULONG`, in): Bitmask of flags controlling the search.
    pub SetSearchCriteria: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpRestriction: crate::LPSRestriction,
        lpContainerList: crate::LPENTRYLIST,
        ulSearchFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the search criteria of a search container and the state of
    /// its search.
    ///
    /// Any of the three output pointers may be null when the caller does not
    /// want that piece of information.
    ///
    /// Returns:
    /// - `S_OK`: the criteria were returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NOT_INITIALIZED`: no search criteria were ever set.
    ///
    /// **Notes to implementers.** Address book containers need this only if
    /// they support advanced searching through `PR_SEARCH`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of strings in the restriction.
    /// - `lppRestriction` (`LPSRestriction*`, out): Receives the search restriction; null if not wanted.
    /// - `lppContainerList` (`LPENTRYLIST*`, out): Receives the entry identifiers of the containers searched; null if not wanted.
    /// - `lpulSearchState` (`ULONG*`, out): Receives the state of the search (`SEARCH_*` bits); null if not wanted.
    pub GetSearchCriteria: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppRestriction: *mut crate::LPSRestriction,
        lppContainerList: *mut crate::LPENTRYLIST,
        lpulSearchState: *mut crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIContainer`]: `{0002030B-0000-0000-C000-000000000046}`.
pub const IID_IMAPIContainer: crate::GUID = crate::GUID::from_u128(
    0x0002030b_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIContainer {
    const IID: crate::GUID = IID_IMAPIContainer;
    const NAME: &'static str = "IMAPIContainer";
    type Vtbl = IMAPIContainerVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIContainer
            || <crate::IMAPIProp as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIContainerVtbl>() == 19 * ::core::mem::size_of::<usize>()
);
/// A folder of a message store: creates, copies, moves and deletes the
/// messages and subfolders it holds.
///
/// Message store providers (and remote transport providers) implement it;
/// clients call it. Folders are not transacted: changes take effect at
/// once. Besides the normal contents table, a folder has an associated
/// contents table of hidden messages (views, forms, rules and the like).
#[repr(C)]
pub struct IMAPIFolder {
    /// The object's vtable.
    pub lpVtbl: *const IMAPIFolderVtbl,
}
/// The vtable of [`IMAPIFolder`]: its methods in slot order, after its base's.
#[repr(C)]
pub struct IMAPIFolderVtbl {
    /// The slots of `IMAPIContainer`.
    pub base__: IMAPIContainerVtbl,
    /// Creates a new message in the folder.
    ///
    /// The message exists only once it has been saved with
    /// `IMAPIProp::SaveChanges`.
    ///
    /// Returns `S_OK` when the message was created.
    ///
    /// **Notes to implementers.** You may set the required message
    /// properties here or when the message is first saved; they need not be
    /// available before that.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IMessage`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the message is created.
    /// - `lppMessage` (`LPMESSAGE*`, out): Receives the new message.
    pub CreateMessage: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppMessage: *mut crate::LPMESSAGE,
    ) -> crate::HRESULT,
    /// Copies or moves messages from this folder to another folder.
    ///
    /// Returns:
    /// - `S_OK`: all the messages were copied or moved.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be handled.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to a support method
    ///   and `MAPI_DECLINE_OK` was given.
    ///
    /// **Notes to implementers.** When copying to another store without
    /// `IMAPISupport::CopyMessages`, first call `SetReadFlags` with
    /// `GENERATE_RECEIPT_ONLY`, since the receiving store will not send read
    /// reports. Handle every message you can instead of stopping at the
    /// first failure, try to keep entry identifiers, send notifications for
    /// the messages affected, and do not copy the message status.
    ///
    /// # Parameters
    ///
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry identifiers of the messages to copy or move.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination folder; null means `IMAPIFolder`.
    /// - `lpDestFolder` (`LPVOID`, in): The open destination folder.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MESSAGE_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    pub CopyMessages: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMsgList: crate::LPENTRYLIST,
        lpInterface: crate::LPCIID,
        lpDestFolder: crate::LPVOID,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Deletes messages from the folder.
    ///
    /// Returns:
    /// - `S_OK`: all the messages were deleted.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be deleted.
    ///
    /// **Notes to implementers.** Delete every message you can instead of
    /// stopping at the first failure.
    ///
    /// # Parameters
    ///
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry identifiers of the messages to delete.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MESSAGE_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the deletion.
    pub DeleteMessages: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMsgList: crate::LPENTRYLIST,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Creates a subfolder of this folder.
    ///
    /// The name becomes the folder's `PR_DISPLAY_NAME`, the comment its
    /// `PR_COMMENT`.
    ///
    /// Returns:
    /// - `S_OK`: the folder was created (or, with `OPEN_IF_EXISTS`, opened).
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_COLLISION`: a folder of that name already exists.
    ///
    /// # Parameters
    ///
    /// - `ulFolderType` (`ULONG`, in): Kind of folder to create: `FOLDER_GENERIC` or `FOLDER_SEARCH`.
    /// - `lpszFolderName` (`LPTSTR`, in): Name of the new folder.
    /// - `lpszFolderComment` (`LPTSTR`, in): Comment for the new folder; null for none.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IMAPIFolder`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the folder is created.
    /// - `lppFolder` (`LPMAPIFOLDER*`, out): Receives the new (or existing) folder.
    pub CreateFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFolderType: crate::ULONG,
        lpszFolderName: crate::LPTSTR,
        lpszFolderComment: crate::LPTSTR,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppFolder: *mut LPMAPIFOLDER,
    ) -> crate::HRESULT,
    /// Copies or moves a subfolder of this folder into another folder.
    ///
    /// Returns:
    /// - `S_OK`: the folder was copied or moved.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some entries
    ///   could not be handled.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_COLLISION`: the destination already has a subfolder of that
    ///   name.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to a support method
    ///   and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the folder contains the destination; both
    ///   may be partly modified.
    ///
    /// **Notes to implementers.** With `COPY_SUBFOLDERS`, handle every
    /// folder you can instead of stopping at the first failure. Try to keep
    /// entry identifiers.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the subfolder to copy or move.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination folder; null means `IMAPIFolder`.
    /// - `lpDestFolder` (`LPVOID`, in): The open destination folder.
    /// - `lpszNewFolderName` (`LPTSTR`, in): Name of the folder at its destination; null keeps the current name.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `FOLDER_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    pub CopyFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        lpInterface: crate::LPCIID,
        lpDestFolder: crate::LPVOID,
        lpszNewFolderName: crate::LPTSTR,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Deletes a subfolder of this folder.
    ///
    /// Returns:
    /// - `S_OK`: the folder was deleted.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some entries
    ///   could not be deleted.
    /// - `MAPI_E_HAS_FOLDERS`: the folder has subfolders and `DEL_FOLDERS`
    ///   was not given; nothing was deleted.
    /// - `MAPI_E_HAS_MESSAGES`: the folder has messages and `DEL_MESSAGES`
    ///   was not given; nothing was deleted.
    ///
    /// **Notes to implementers.** Handle every folder you can instead of
    /// stopping at the first failure.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the subfolder to delete.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `FOLDER_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the deletion.
    pub DeleteFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Sets or clears `MSGFLAG_READ` in `PR_MESSAGE_FLAGS` of some or all
    /// messages of the folder, and deals with their read reports.
    ///
    /// Without flags, unread messages become read and pending read reports
    /// are sent (when `PR_READ_RECEIPT_REQUESTED` is set).
    ///
    /// Returns:
    /// - `S_OK`: the read state was changed.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be handled.
    /// - `MAPI_E_NO_SUPPRESS`: the store cannot suppress read reports.
    /// - `MAPI_E_INVALID_PARAMETER`: `CLEAR_READ_FLAG` was combined with
    ///   `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    ///
    /// **Notes to implementers.** Supporting read reports and their
    /// suppression is optional; refuse `SUPPRESS_RECEIPT` with
    /// `MAPI_E_NO_SUPPRESS`. With `SUPPRESS_RECEIPT` and
    /// `GENERATE_RECEIPT_ONLY` together, set `PR_READ_RECEIPT_REQUESTED` to
    /// FALSE and send nothing. Handle every message you can instead of
    /// stopping at the first failure.
    ///
    /// # Parameters
    ///
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry identifiers of the messages; null for all the messages of the folder.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MESSAGE_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the read flag and the read reports.
    pub SetReadFlags: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMsgList: crate::LPENTRYLIST,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Returns the status bits the folder keeps for one of its messages
    /// (marked for deletion, hidden, highlighted, ...).
    ///
    /// Returns `S_OK` when the status was returned.
    ///
    /// **Notes to implementers.** How the bits are set and used is up to
    /// you, except that bits 0 to 15 are reserved.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the message.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulMessageStatus` (`ULONG*`, out): Receives the message status bits.
    pub GetMessageStatus: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulFlags: crate::ULONG,
        lpulMessageStatus: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Changes some of the status bits the folder keeps for one of its
    /// messages, and returns the previous ones.
    ///
    /// Only the bits set in `ulNewStatusMask` are changed, to their value in
    /// `ulNewStatus`. Both arguments may carry implementation-defined bits
    /// 16 to 31, which is why they are not checked against
    /// `MAPIFolderMessageStatusFlags`. Remote clients use it to mark
    /// messages with `MSGSTATUS_REMOTE_DOWNLOAD` and
    /// `MSGSTATUS_REMOTE_DELETE`.
    ///
    /// Returns `S_OK` when the status was set.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the message.
    /// - `ulNewStatus` (`ULONG`, in): New values of the bits selected by `ulNewStatusMask`.
    /// - `ulNewStatusMask` (`ULONG`, in): Mask of the status bits to change.
    /// - `lpulOldStatus` (`ULONG*`, out): Receives the status bits as they were before the call.
    pub SetMessageStatus: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cbEntryID: crate::ULONG,
        lpEntryID: crate::LPENTRYID,
        ulNewStatus: crate::ULONG,
        ulNewStatusMask: crate::ULONG,
        lpulOldStatus: *mut crate::ULONG,
    ) -> crate::HRESULT,
    /// Sets the default sort order of the folder's contents table.
    ///
    /// Returns:
    /// - `S_OK`: the sort order was saved.
    /// - `MAPI_E_NO_SUPPORT`: the store cannot save sort orders.
    ///
    /// # Parameters
    ///
    /// - `lpSortCriteria` (`LPSSortOrderSet`, in): The default sort order.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling where the sort order applies.
    pub SaveContentsSort: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpSortCriteria: crate::LPSSortOrderSet,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// Deletes every message and subfolder of the folder, keeping the folder
    /// itself.
    ///
    /// Returns:
    /// - `S_OK`: the folder was emptied.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but the folder was
    ///   not emptied completely.
    ///
    /// **Notes to implementers.** Messages that were submitted are not
    /// deleted; do not call `IMsgStore::AbortSubmit` for them.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `FOLDER_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling what is deleted.
    pub EmptyFolder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: crate::LPMAPIPROGRESS,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMAPIFolder`]: `{0002030C-0000-0000-C000-000000000046}`.
pub const IID_IMAPIFolder: crate::GUID = crate::GUID::from_u128(
    0x0002030c_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[automatically_derived]
unsafe impl crate::Interface for IMAPIFolder {
    const IID: crate::GUID = IID_IMAPIFolder;
    const NAME: &'static str = "IMAPIFolder";
    type Vtbl = IMAPIFolderVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMAPIFolder || <IMAPIContainer as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMAPIFolderVtbl>() == 30 * ::core::mem::size_of::<usize>()
);
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIContainer`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIContainerImpl`, the provider side of `IMAPIContainer`",
    label = "`IMAPIContainer` needs `impl IMAPIContainerImpl for {Self}`",
    note = "write `impl IMAPIContainerImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIContainerImpl: crate::IMAPIPropImpl + crate::__private::Declares<
        IMAPIContainer,
        0x0002030b_0000_0000_c000_000000000046,
    > {
    /// Returns the container's contents table, one row per object it holds.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NO_SUPPORT`: the container has no contents.
    ///
    /// **Notes to implementers.** If you offer a contents table, also let
    /// `OpenProperty` open `PR_CONTAINER_CONTENTS` and list that property in
    /// `GetProps` and `GetPropList`. A remote transport's table needs at
    /// least the usual message summary columns (`PR_ENTRYID`,
    /// `PR_SUBJECT`, `PR_MESSAGE_FLAGS`, `PR_MESSAGE_SIZE`,
    /// `PR_INSTANCE_KEY`, ...).
    ///
    /// The value 0x2 is also used for `ACLTABLE_FREEBUSY` by the Exchange
    /// permissions table; for contents tables it means `SHOW_SOFT_DELETES`.
    ///
    /// Called through slot 14 ([`IMAPIContainerVtbl::GetContentsTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_contents_table(
        &self,
        ulFlags: MAPIContainerGetContentsTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the container's hierarchy table, one row per child
    /// container.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NO_SUPPORT`: the container has no child containers.
    ///
    /// **Notes to implementers.** If you offer a hierarchy table, also let
    /// `OpenProperty` open `PR_CONTAINER_HIERARCHY` and list that property
    /// in `GetProps` and `GetPropList`.
    ///
    /// Called through slot 15 ([`IMAPIContainerVtbl::GetHierarchyTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_hierarchy_table(
        &self,
        ulFlags: MAPIContainerGetHierarchyTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Opens an object of the container and returns an interface pointer to
    /// it.
    ///
    /// With `lpEntryID` null the top-level container of the hierarchy is
    /// opened. Without `MAPI_MODIFY` or `MAPI_BEST_ACCESS` the object is
    /// opened read-only.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or asked
    ///   to modify a read-only object.
    /// - `MAPI_E_NOT_FOUND`: no object has this entry identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: the entry identifier has a format the
    ///   container does not recognize.
    ///
    /// **Notes to callers.** The provider may return another interface than
    /// the one asked for: check `lpulObjType` before casting `lppUnk`, and
    /// read `PR_ACCESS_LEVEL` to learn what access was granted.
    ///
    /// Called through slot 16 ([`IMAPIContainerVtbl::OpenEntry`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_entry(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIContainerOpenEntryFlags,
    ) -> ::core::result::Result<
        (crate::ULONG, crate::ComPtr<crate::IUnknown>),
        crate::Hresult,
    > {
        let _ = (lpEntryID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the search criteria of a search container (a search-results
    /// folder, or an address book container with advanced search).
    ///
    /// A null restriction or container list reuses the one from the previous
    /// call; on the first call the restriction must be given. The results
    /// appear in the container's contents table.
    ///
    /// Returns:
    /// - `S_OK`: the criteria were set.
    /// - `MAPI_E_TOO_COMPLEX`: the provider cannot handle these criteria.
    ///
    /// **Notes to implementers.** Address book containers apply the
    /// restriction to their contents table. In a search-results folder,
    /// support opening, copying, moving and deleting the messages found, but
    /// refuse to create messages in the folder or copy messages into it.
    /// Only Exchange stores act on `NON_CONTENT_INDEXED_SEARCH` (search
    /// without the content index), which only Exchange's `edkmdb.h` defines;
    /// other providers may ignore it.
    ///
    /// Called through slot 17 ([`IMAPIContainerVtbl::SetSearchCriteria`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_search_criteria(
        &self,
        lpRestriction: ::core::option::Option<&crate::value::RestrictionRef<'_>>,
        lpContainerList: ::core::option::Option<&[&[u8]]>,
        ulSearchFlags: MAPIContainerSetSearchCriteriaFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpRestriction, lpContainerList, ulSearchFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the search criteria of a search container and the state of
    /// its search.
    ///
    /// Any of the three output pointers may be null when the caller does not
    /// want that piece of information.
    ///
    /// Returns:
    /// - `S_OK`: the criteria were returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NOT_INITIALIZED`: no search criteria were ever set.
    ///
    /// **Notes to implementers.** Address book containers need this only if
    /// they support advanced searching through `PR_SEARCH`.
    ///
    /// Called through slot 18 ([`IMAPIContainerVtbl::GetSearchCriteria`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_search_criteria(
        &self,
        ulFlags: MAPIContainerGetSearchCriteriaFlags,
    ) -> ::core::result::Result<
        (
            crate::value::Restriction,
            ::std::vec::Vec<crate::value::EntryId>,
            MAPIContainerSearchStateFlags,
        ),
        crate::Hresult,
    > {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPIContainerVtbl {
    /// A vtable of [`IMAPIContainer`] whose slots check their arguments and call [`IMAPIContainerImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIContainerImpl,
    {
        Self {
            base__: crate::IMAPIPropVtbl::new::<O, INDEX>(),
            GetContentsTable: {
                /// `IMAPIContainer::GetContentsTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MAPIContainerGetContentsTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPIContainerImpl>::get_contents_table(
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
            GetHierarchyTable: {
                /// `IMAPIContainer::GetHierarchyTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <MAPIContainerGetHierarchyTableFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPIContainerImpl>::get_hierarchy_table(
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
                /// `IMAPIContainer::OpenEntry`.
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
                    O::Inner: IMAPIContainerImpl,
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
                        let arg3 = match <MAPIContainerOpenEntryFlags as crate::FlagSet>::check_input_for(
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
                        match <O::Inner as IMAPIContainerImpl>::open_entry(
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
            SetSearchCriteria: {
                /// `IMAPIContainer::SetSearchCriteria`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpRestriction: crate::LPSRestriction,
                    lpContainerList: crate::LPENTRYLIST,
                    ulSearchFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIContainerImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
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
                        let arg1 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpContainerList.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = match <MAPIContainerSetSearchCriteriaFlags as crate::FlagSet>::check_input_for(
                            ulSearchFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIContainerImpl>::set_search_criteria(
                            object.inner(),
                            arg0.as_ref(),
                            arg1.as_deref(),
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
            GetSearchCriteria: {
                /// `IMAPIContainer::GetSearchCriteria`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppRestriction: *mut crate::LPSRestriction,
                    lppContainerList: *mut crate::LPENTRYLIST,
                    lpulSearchState: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIContainerImpl,
                {
                    crate::__private::guard(|| {
                        if !lppRestriction.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppRestriction, 0, 1) };
                        }
                        if !lppContainerList.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppContainerList, 0, 1) };
                        }
                        if !lpulSearchState.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulSearchState, 0, 1) };
                        }
                        let arg0 = match <MAPIContainerGetSearchCriteriaFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as IMAPIContainerImpl>::get_search_criteria(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg1, arg2, arg3) = __outs;
                                let __buf1 = if !lppRestriction.is_null() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
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
                                        },
                                    )
                                } else {
                                    ::core::option::Option::None
                                };
                                let __buf2 = if !lppContainerList.is_null() {
                                    ::core::option::Option::Some(
                                        match match <O as crate::ComObject>::allocator(object) {
                                            ::core::result::Result::Ok(__a) => {
                                                let __alloc = &__a;
                                                crate::value::write_entry_list(__alloc, &arg2)
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
                                if let ::core::option::Option::Some(__buf1) = __buf1 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppRestriction.write(__buf1.into_raw().cast()) };
                                }
                                if let ::core::option::Option::Some(__buf2) = __buf2 {
                                    // SAFETY: checked non-null; the caller now
                                    // owns the block.
                                    unsafe { lppContainerList.write(__buf2.into_raw().cast()) };
                                }
                                if !lpulSearchState.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe {
                                        lpulSearchState
                                            .write(
                                                arg3.bits()
                                                    & <MAPIContainerSearchStateFlags as crate::FlagSet>::OUT_MASK,
                                            )
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
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIContainer {
    const IIDS: &'static [u128] = &[
        0x0002030b_0000_0000_c000_000000000046, 0x00020303_0000_0000_c000_000000000046,
        0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "provider")]
/// The provider side of [`IMAPIFolder`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMAPIFolderImpl`, the provider side of `IMAPIFolder`",
    label = "`IMAPIFolder` needs `impl IMAPIFolderImpl for {Self}`",
    note = "write `impl IMAPIFolderImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMAPIFolderImpl: IMAPIContainerImpl + crate::__private::Declares<
        IMAPIFolder,
        0x0002030c_0000_0000_c000_000000000046,
    > {
    /// Creates a new message in the folder.
    ///
    /// The message exists only once it has been saved with
    /// `IMAPIProp::SaveChanges`.
    ///
    /// Returns `S_OK` when the message was created.
    ///
    /// **Notes to implementers.** You may set the required message
    /// properties here or when the message is first saved; they need not be
    /// available before that.
    ///
    /// Called through slot 19 ([`IMAPIFolderVtbl::CreateMessage`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_message(
        &self,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIFolderCreateMessageFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves messages from this folder to another folder.
    ///
    /// Returns:
    /// - `S_OK`: all the messages were copied or moved.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be handled.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to a support method
    ///   and `MAPI_DECLINE_OK` was given.
    ///
    /// **Notes to implementers.** When copying to another store without
    /// `IMAPISupport::CopyMessages`, first call `SetReadFlags` with
    /// `GENERATE_RECEIPT_ONLY`, since the receiving store will not send read
    /// reports. Handle every message you can instead of stopping at the
    /// first failure, try to keep entry identifiers, send notifications for
    /// the messages affected, and do not copy the message status.
    ///
    /// Called through slot 20 ([`IMAPIFolderVtbl::CopyMessages`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_messages(
        &self,
        lpMsgList: &[&[u8]],
        lpInterface: ::core::option::Option<&crate::GUID>,
        lpDestFolder: crate::ComPtr<crate::IUnknown>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderCopyMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpMsgList, lpInterface, lpDestFolder, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes messages from the folder.
    ///
    /// Returns:
    /// - `S_OK`: all the messages were deleted.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be deleted.
    ///
    /// **Notes to implementers.** Delete every message you can instead of
    /// stopping at the first failure.
    ///
    /// Called through slot 21 ([`IMAPIFolderVtbl::DeleteMessages`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_messages(
        &self,
        lpMsgList: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderDeleteMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpMsgList, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Creates a subfolder of this folder.
    ///
    /// The name becomes the folder's `PR_DISPLAY_NAME`, the comment its
    /// `PR_COMMENT`.
    ///
    /// Returns:
    /// - `S_OK`: the folder was created (or, with `OPEN_IF_EXISTS`, opened).
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_COLLISION`: a folder of that name already exists.
    ///
    /// Called through slot 22 ([`IMAPIFolderVtbl::CreateFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_folder(
        &self,
        ulFolderType: MAPIFolderCreateFolderTypeFlags,
        lpszFolderName: crate::value::StrRef<'_>,
        lpszFolderComment: ::core::option::Option<crate::value::StrRef<'_>>,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: MAPIFolderCreateFolderFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (ulFolderType, lpszFolderName, lpszFolderComment, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Copies or moves a subfolder of this folder into another folder.
    ///
    /// Returns:
    /// - `S_OK`: the folder was copied or moved.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some entries
    ///   could not be handled.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_COLLISION`: the destination already has a subfolder of that
    ///   name.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to a support method
    ///   and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the folder contains the destination; both
    ///   may be partly modified.
    ///
    /// **Notes to implementers.** With `COPY_SUBFOLDERS`, handle every
    /// folder you can instead of stopping at the first failure. Try to keep
    /// entry identifiers.
    ///
    /// Called through slot 23 ([`IMAPIFolderVtbl::CopyFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_folder(
        &self,
        lpEntryID: &[u8],
        lpInterface: ::core::option::Option<&crate::GUID>,
        lpDestFolder: crate::ComPtr<crate::IUnknown>,
        lpszNewFolderName: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderCopyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpEntryID,
            lpInterface,
            lpDestFolder,
            lpszNewFolderName,
            ulUIParam,
            lpProgress,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes a subfolder of this folder.
    ///
    /// Returns:
    /// - `S_OK`: the folder was deleted.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some entries
    ///   could not be deleted.
    /// - `MAPI_E_HAS_FOLDERS`: the folder has subfolders and `DEL_FOLDERS`
    ///   was not given; nothing was deleted.
    /// - `MAPI_E_HAS_MESSAGES`: the folder has messages and `DEL_MESSAGES`
    ///   was not given; nothing was deleted.
    ///
    /// **Notes to implementers.** Handle every folder you can instead of
    /// stopping at the first failure.
    ///
    /// Called through slot 24 ([`IMAPIFolderVtbl::DeleteFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_folder(
        &self,
        lpEntryID: &[u8],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderDeleteFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpEntryID, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets or clears `MSGFLAG_READ` in `PR_MESSAGE_FLAGS` of some or all
    /// messages of the folder, and deals with their read reports.
    ///
    /// Without flags, unread messages become read and pending read reports
    /// are sent (when `PR_READ_RECEIPT_REQUESTED` is set).
    ///
    /// Returns:
    /// - `S_OK`: the read state was changed.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be handled.
    /// - `MAPI_E_NO_SUPPRESS`: the store cannot suppress read reports.
    /// - `MAPI_E_INVALID_PARAMETER`: `CLEAR_READ_FLAG` was combined with
    ///   `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    ///
    /// **Notes to implementers.** Supporting read reports and their
    /// suppression is optional; refuse `SUPPRESS_RECEIPT` with
    /// `MAPI_E_NO_SUPPRESS`. With `SUPPRESS_RECEIPT` and
    /// `GENERATE_RECEIPT_ONLY` together, set `PR_READ_RECEIPT_REQUESTED` to
    /// FALSE and send nothing. Handle every message you can instead of
    /// stopping at the first failure.
    ///
    /// Called through slot 25 ([`IMAPIFolderVtbl::SetReadFlags`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_read_flags(
        &self,
        lpMsgList: ::core::option::Option<&[&[u8]]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderSetReadFlagsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpMsgList, ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Returns the status bits the folder keeps for one of its messages
    /// (marked for deletion, hidden, highlighted, ...).
    ///
    /// Returns `S_OK` when the status was returned.
    ///
    /// **Notes to implementers.** How the bits are set and used is up to
    /// you, except that bits 0 to 15 are reserved.
    ///
    /// Called through slot 26 ([`IMAPIFolderVtbl::GetMessageStatus`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_message_status(
        &self,
        lpEntryID: &[u8],
        ulFlags: MAPIFolderGetMessageStatusFlags,
    ) -> ::core::result::Result<MAPIFolderMessageStatusFlags, crate::Hresult> {
        let _ = (lpEntryID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Changes some of the status bits the folder keeps for one of its
    /// messages, and returns the previous ones.
    ///
    /// Only the bits set in `ulNewStatusMask` are changed, to their value in
    /// `ulNewStatus`. Both arguments may carry implementation-defined bits
    /// 16 to 31, which is why they are not checked against
    /// `MAPIFolderMessageStatusFlags`. Remote clients use it to mark
    /// messages with `MSGSTATUS_REMOTE_DOWNLOAD` and
    /// `MSGSTATUS_REMOTE_DELETE`.
    ///
    /// Returns `S_OK` when the status was set.
    ///
    /// Called through slot 27 ([`IMAPIFolderVtbl::SetMessageStatus`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_message_status(
        &self,
        lpEntryID: &[u8],
        ulNewStatus: crate::ULONG,
        ulNewStatusMask: crate::ULONG,
    ) -> ::core::result::Result<MAPIFolderMessageStatusFlags, crate::Hresult> {
        let _ = (lpEntryID, ulNewStatus, ulNewStatusMask);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Sets the default sort order of the folder's contents table.
    ///
    /// Returns:
    /// - `S_OK`: the sort order was saved.
    /// - `MAPI_E_NO_SUPPORT`: the store cannot save sort orders.
    ///
    /// Called through slot 28 ([`IMAPIFolderVtbl::SaveContentsSort`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn save_contents_sort(
        &self,
        lpSortCriteria: &crate::value::SortOrderSet,
        ulFlags: MAPIFolderSaveContentsSortFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpSortCriteria, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Deletes every message and subfolder of the folder, keeping the folder
    /// itself.
    ///
    /// Returns:
    /// - `S_OK`: the folder was emptied.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but the folder was
    ///   not emptied completely.
    ///
    /// **Notes to implementers.** Messages that were submitted are not
    /// deleted; do not call `IMsgStore::AbortSubmit` for them.
    ///
    /// Called through slot 29 ([`IMAPIFolderVtbl::EmptyFolder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn empty_folder(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderEmptyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (ulUIParam, lpProgress, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(feature = "provider")]
impl IMAPIFolderVtbl {
    /// A vtable of [`IMAPIFolder`] whose slots check their arguments and call [`IMAPIFolderImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMAPIFolderImpl,
    {
        Self {
            base__: IMAPIContainerVtbl::new::<O, INDEX>(),
            CreateMessage: {
                /// `IMAPIFolder::CreateMessage`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppMessage: *mut crate::LPMESSAGE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        if !lppMessage.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMessage, 0, 1) };
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
                        let arg1 = match <MAPIFolderCreateMessageFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMessage.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::create_message(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg2;
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
                                            unsafe { lppMessage.write(p.cast()) }
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
            CopyMessages: {
                /// `IMAPIFolder::CopyMessages`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMsgList: crate::LPENTRYLIST,
                    lpInterface: crate::LPCIID,
                    lpDestFolder: crate::LPVOID,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpMsgList.cast_const().cast(),
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
                        let arg1 = if lpInterface.is_null() {
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
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpDestFolder.cast())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg5 = match <MAPIFolderCopyMessagesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::copy_messages(
                            object.inner(),
                            &arg0,
                            arg1.as_ref(),
                            arg2,
                            ulUIParam,
                            arg4,
                            arg5,
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
            DeleteMessages: {
                /// `IMAPIFolder::DeleteMessages`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMsgList: crate::LPENTRYLIST,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpMsgList.cast_const().cast(),
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
                        let arg3 = match <MAPIFolderDeleteMessagesFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::delete_messages(
                            object.inner(),
                            &arg0,
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
            CreateFolder: {
                /// `IMAPIFolder::CreateFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFolderType: crate::ULONG,
                    lpszFolderName: crate::LPTSTR,
                    lpszFolderComment: crate::LPTSTR,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppFolder: *mut LPMAPIFOLDER,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        if !lppFolder.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppFolder, 0, 1) };
                        }
                        let arg0 = match <MAPIFolderCreateFolderTypeFlags as crate::FlagSet>::check_input_for(
                            ulFolderType,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszFolderName.cast_const().cast(),
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
                                lpszFolderComment.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
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
                        let arg4 = match <MAPIFolderCreateFolderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppFolder.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::create_folder(
                            object.inner(),
                            arg0,
                            arg1,
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
                                            unsafe { lppFolder.write(p.cast()) }
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
            CopyFolder: {
                /// `IMAPIFolder::CopyFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    lpInterface: crate::LPCIID,
                    lpDestFolder: crate::LPVOID,
                    lpszNewFolderName: crate::LPTSTR,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
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
                        let arg2 = if lpInterface.is_null() {
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
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpDestFolder.cast())
                        };
                        let ::core::option::Option::Some(arg3) = arg3 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg4 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszNewFolderName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg6 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg7 = match <MAPIFolderCopyFolderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::copy_folder(
                            object.inner(),
                            arg1,
                            arg2.as_ref(),
                            arg3,
                            arg4,
                            ulUIParam,
                            arg6,
                            arg7,
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
            DeleteFolder: {
                /// `IMAPIFolder::DeleteFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
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
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg3 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg4 = match <MAPIFolderDeleteFolderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::delete_folder(
                            object.inner(),
                            arg1,
                            ulUIParam,
                            arg3,
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
            SetReadFlags: {
                /// `IMAPIFolder::SetReadFlags`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMsgList: crate::LPENTRYLIST,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::EntryList::from_raw(
                                lpMsgList.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg3 = match <MAPIFolderSetReadFlagsFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::set_read_flags(
                            object.inner(),
                            arg0.as_deref(),
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
            GetMessageStatus: {
                /// `IMAPIFolder::GetMessageStatus`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulFlags: crate::ULONG,
                    lpulMessageStatus: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulMessageStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulMessageStatus, 0, 1) };
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
                        let arg2 = match <MAPIFolderGetMessageStatusFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lpulMessageStatus.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::get_message_status(
                            object.inner(),
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulMessageStatus
                                        .write(
                                            arg3.bits()
                                                & <MAPIFolderMessageStatusFlags as crate::FlagSet>::OUT_MASK,
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
            SetMessageStatus: {
                /// `IMAPIFolder::SetMessageStatus`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cbEntryID: crate::ULONG,
                    lpEntryID: crate::LPENTRYID,
                    ulNewStatus: crate::ULONG,
                    ulNewStatusMask: crate::ULONG,
                    lpulOldStatus: *mut crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulOldStatus.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulOldStatus, 0, 1) };
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
                        if lpulOldStatus.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::set_message_status(
                            object.inner(),
                            arg1,
                            ulNewStatus,
                            ulNewStatusMask,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulOldStatus
                                        .write(
                                            arg4.bits()
                                                & <MAPIFolderMessageStatusFlags as crate::FlagSet>::OUT_MASK,
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
            SaveContentsSort: {
                /// `IMAPIFolder::SaveContentsSort`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpSortCriteria: crate::LPSSortOrderSet,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null pointer from the caller points to
                        // the structure MAPI says, readable for the call; the
                        // view checks counts, nulls and depth.
                        let arg0 = match unsafe {
                            crate::value::SortOrderSet::from_raw(
                                lpSortCriteria.cast_const().cast(),
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
                        let arg1 = match <MAPIFolderSaveContentsSortFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::save_contents_sort(
                            object.inner(),
                            &arg0,
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
            EmptyFolder: {
                /// `IMAPIFolder::EmptyFolder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulUIParam: crate::ULONG_PTR,
                    lpProgress: crate::LPMAPIPROGRESS,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMAPIFolderImpl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIProgress,
                            >::from_borrowed(lpProgress.cast::<crate::IMAPIProgress>())
                        };
                        let arg2 = match <MAPIFolderEmptyFolderFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMAPIFolderImpl>::empty_folder(
                            object.inner(),
                            ulUIParam,
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
        }
    }
}
#[cfg(feature = "provider")]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMAPIFolder {
    const IIDS: &'static [u128] = &[
        0x0002030c_0000_0000_c000_000000000046, 0x0002030b_0000_0000_c000_000000000046,
        0x00020303_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIContainer` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIContainer {}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIContainer` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMAPIContainer {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIContainer`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIContainer> for IMAPIContainer {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIContainer`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIContainer` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIContainerExt {
    /// Returns the container's contents table, one row per object it holds.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NO_SUPPORT`: the container has no contents.
    ///
    /// **Notes to implementers.** If you offer a contents table, also let
    /// `OpenProperty` open `PR_CONTAINER_CONTENTS` and list that property in
    /// `GetProps` and `GetPropList`. A remote transport's table needs at
    /// least the usual message summary columns (`PR_ENTRYID`,
    /// `PR_SUBJECT`, `PR_MESSAGE_FLAGS`, `PR_MESSAGE_SIZE`,
    /// `PR_INSTANCE_KEY`, ...).
    ///
    /// The value 0x2 is also used for `ACLTABLE_FREEBUSY` by the Exchange
    /// permissions table; for contents tables it means `SHOW_SOFT_DELETES`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling what the table holds and how.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the contents table.
    ///
    /// Calls slot 14 of the vtable, [`IMAPIContainerVtbl::GetContentsTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_contents_table(
        &self,
        ulFlags: MAPIContainerGetContentsTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Returns the container's hierarchy table, one row per child
    /// container.
    ///
    /// Returns:
    /// - `S_OK`: the table was returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NO_SUPPORT`: the container has no child containers.
    ///
    /// **Notes to implementers.** If you offer a hierarchy table, also let
    /// `OpenProperty` open `PR_CONTAINER_HIERARCHY` and list that property
    /// in `GetProps` and `GetPropList`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling what the table holds and how.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the hierarchy table.
    ///
    /// Calls slot 15 of the vtable, [`IMAPIContainerVtbl::GetHierarchyTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_hierarchy_table(
        &self,
        ulFlags: MAPIContainerGetHierarchyTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Opens an object of the container and returns an interface pointer to
    /// it.
    ///
    /// With `lpEntryID` null the top-level container of the hierarchy is
    /// opened. Without `MAPI_MODIFY` or `MAPI_BEST_ACCESS` the object is
    /// opened read-only.
    ///
    /// Returns:
    /// - `S_OK`: the object was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed, or asked
    ///   to modify a read-only object.
    /// - `MAPI_E_NOT_FOUND`: no object has this entry identifier.
    /// - `MAPI_E_UNKNOWN_ENTRYID`: the entry identifier has a format the
    ///   container does not recognize.
    ///
    /// **Notes to callers.** The provider may return another interface than
    /// the one asked for: check `lpulObjType` before casting `lppUnk`, and
    /// read `PR_ACCESS_LEVEL` to learn what access was granted.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the object to open; null opens the top-level container.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means the object's standard one.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the object is opened.
    /// - `lpulObjType` (`ULONG*`, out): Receives the type of the opened object (`MAPI_FOLDER`, `MAPI_MESSAGE`, `MAPI_MAILUSER`, ...).
    /// - `lppUnk` (`LPUNKNOWN*`, out): Receives the opened object.
    ///
    /// Calls slot 16 of the vtable, [`IMAPIContainerVtbl::OpenEntry`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `(lpulObjType, lppUnk)`.
    fn open_entry<U: crate::Interface>(
        &self,
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MAPIContainerOpenEntryFlags,
    ) -> ::core::result::Result<(crate::ULONG, crate::ComPtr<U>), crate::Hresult>;
    /// Sets the search criteria of a search container (a search-results
    /// folder, or an address book container with advanced search).
    ///
    /// A null restriction or container list reuses the one from the previous
    /// call; on the first call the restriction must be given. The results
    /// appear in the container's contents table.
    ///
    /// Returns:
    /// - `S_OK`: the criteria were set.
    /// - `MAPI_E_TOO_COMPLEX`: the provider cannot handle these criteria.
    ///
    /// **Notes to implementers.** Address book containers apply the
    /// restriction to their contents table. In a search-results folder,
    /// support opening, copying, moving and deleting the messages found, but
    /// refuse to create messages in the folder or copy messages into it.
    /// Only Exchange stores act on `NON_CONTENT_INDEXED_SEARCH` (search
    /// without the content index), which only Exchange's `edkmdb.h` defines;
    /// other providers may ignore it.
    ///
    /// # Parameters
    ///
    /// - `lpRestriction` (`LPSRestriction`, in): The search criteria; null to reuse the previous ones.
    /// - `lpContainerList` (`LPENTRYLIST`, in): Entry identifiers of the containers to search; null to reuse the previous list.
    /// - `ulSearchFlags` (`ULONG`, in): Bitmask of flags controlling the search.
    ///
    /// Calls slot 17 of the vtable, [`IMAPIContainerVtbl::SetSearchCriteria`].
    fn set_search_criteria(
        &self,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpContainerList: ::core::option::Option<&[&[u8]]>,
        ulSearchFlags: MAPIContainerSetSearchCriteriaFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the search criteria of a search container and the state of
    /// its search.
    ///
    /// Any of the three output pointers may be null when the caller does not
    /// want that piece of information.
    ///
    /// Returns:
    /// - `S_OK`: the criteria were returned.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_NOT_INITIALIZED`: no search criteria were ever set.
    ///
    /// **Notes to implementers.** Address book containers need this only if
    /// they support advanced searching through `PR_SEARCH`.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of strings in the restriction.
    /// - `lppRestriction` (`LPSRestriction*`, out): Receives the search restriction; null if not wanted.
    /// - `lppContainerList` (`LPENTRYLIST*`, out): Receives the entry identifiers of the containers searched; null if not wanted.
    /// - `lpulSearchState` (`ULONG*`, out): Receives the state of the search (`SEARCH_*` bits); null if not wanted.
    ///
    /// Calls slot 18 of the vtable, [`IMAPIContainerVtbl::GetSearchCriteria`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `(lppRestriction, lppContainerList, lpulSearchState)`.
    fn get_search_criteria(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIContainerGetSearchCriteriaFlags,
    ) -> ::core::result::Result<
        (
            crate::value::MapiBuffer<crate::SRestriction>,
            crate::value::MapiBuffer<crate::SBinaryArray>,
            MAPIContainerSearchStateFlags,
        ),
        crate::Hresult,
    >;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIContainer>> IMAPIContainerExt for crate::ComPtr<T> {
    fn get_contents_table(
        &self,
        ulFlags: MAPIContainerGetContentsTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIContainer>()
                .GetContentsTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn get_hierarchy_table(
        &self,
        ulFlags: MAPIContainerGetHierarchyTableFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIContainer>()
                .GetHierarchyTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
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
        lpEntryID: ::core::option::Option<&[u8]>,
        ulFlags: MAPIContainerOpenEntryFlags,
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
                .base_vtable::<IMAPIContainer>()
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
    fn set_search_criteria(
        &self,
        lpRestriction: ::core::option::Option<&crate::value::Restriction>,
        lpContainerList: ::core::option::Option<&[&[u8]]>,
        ulSearchFlags: MAPIContainerSetSearchCriteriaFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        #[allow(unused_mut)]
        let mut __b0 = match lpRestriction {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::restriction_in(__t)?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPSRestriction = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        #[allow(unused_mut)]
        let mut __b1 = match lpContainerList {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::entry_list_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPENTRYLIST = match &mut __b1 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIContainer>()
                .SetSearchCriteria)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulSearchFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_search_criteria(
        &self,
        alloc: &crate::value::Allocator,
        ulFlags: MAPIContainerGetSearchCriteriaFlags,
    ) -> ::core::result::Result<
        (
            crate::value::MapiBuffer<crate::SRestriction>,
            crate::value::MapiBuffer<crate::SBinaryArray>,
            MAPIContainerSearchStateFlags,
        ),
        crate::Hresult,
    > {
        let mut __a1: crate::LPSRestriction = ::core::ptr::null_mut();
        let mut __a2: crate::LPENTRYLIST = ::core::ptr::null_mut();
        let mut __a3: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIContainer>()
                .GetSearchCriteria)(
                self.as_raw().cast(),
                ulFlags.bits(),
                &mut __a1,
                &mut __a2,
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r1 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a1.cast::<crate::SRestriction>(),
                1,
            )
        };
        // SAFETY: on success the object stored a root block of the allocator it
        // was given (MAPI's contract for this `[out]`), or null.
        let __r2 = unsafe {
            crate::value::MapiBuffer::from_raw(
                *alloc,
                __a2.cast::<crate::SBinaryArray>(),
                1,
            )
        };
        let __r1 = __r1.ok_or_else(crate::__private::call::missing_output)?;
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok((
            __r1,
            __r2,
            MAPIContainerSearchStateFlags::from_bits_retain(__a3),
        ))
    }
}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIFolder` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMAPIFolder {}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIFolder` derives from `IMAPIProp`: its vtable begins with `IMAPIProp`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IMAPIProp> for IMAPIFolder {}
#[cfg(feature = "client")]
/// SAFETY: `IMAPIFolder` derives from `IMAPIContainer`: its vtable begins with `IMAPIContainer`'s.
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIContainer> for IMAPIFolder {}
#[cfg(feature = "client")]
/// SAFETY: every interface begins with itself (`IMAPIFolder`).
#[automatically_derived]
unsafe impl crate::Inherits<IMAPIFolder> for IMAPIFolder {}
#[cfg(feature = "client")]
/// The caller side of [`IMAPIFolder`]: its methods, called through the vtable, on every `ComPtr` to `IMAPIFolder` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMAPIFolderExt {
    /// Creates a new message in the folder.
    ///
    /// The message exists only once it has been saved with
    /// `IMAPIProp::SaveChanges`.
    ///
    /// Returns `S_OK` when the message was created.
    ///
    /// **Notes to implementers.** You may set the required message
    /// properties here or when the message is first saved; they need not be
    /// available before that.
    ///
    /// # Parameters
    ///
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IMessage`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the message is created.
    /// - `lppMessage` (`LPMESSAGE*`, out): Receives the new message.
    ///
    /// Calls slot 19 of the vtable, [`IMAPIFolderVtbl::CreateMessage`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppMessage`.
    fn create_message<U: crate::Interface>(
        &self,
        ulFlags: MAPIFolderCreateMessageFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Copies or moves messages from this folder to another folder.
    ///
    /// Returns:
    /// - `S_OK`: all the messages were copied or moved.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be handled.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to a support method
    ///   and `MAPI_DECLINE_OK` was given.
    ///
    /// **Notes to implementers.** When copying to another store without
    /// `IMAPISupport::CopyMessages`, first call `SetReadFlags` with
    /// `GENERATE_RECEIPT_ONLY`, since the receiving store will not send read
    /// reports. Handle every message you can instead of stopping at the
    /// first failure, try to keep entry identifiers, send notifications for
    /// the messages affected, and do not copy the message status.
    ///
    /// # Parameters
    ///
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry identifiers of the messages to copy or move.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination folder; null means `IMAPIFolder`.
    /// - `lpDestFolder` (`LPVOID`, in): The open destination folder.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MESSAGE_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    ///
    /// Calls slot 20 of the vtable, [`IMAPIFolderVtbl::CopyMessages`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    fn copy_messages<U: crate::Interface>(
        &self,
        lpMsgList: &[&[u8]],
        lpDestFolder: &crate::ComPtr<U>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderCopyMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes messages from the folder.
    ///
    /// Returns:
    /// - `S_OK`: all the messages were deleted.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be deleted.
    ///
    /// **Notes to implementers.** Delete every message you can instead of
    /// stopping at the first failure.
    ///
    /// # Parameters
    ///
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry identifiers of the messages to delete.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MESSAGE_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the deletion.
    ///
    /// Calls slot 21 of the vtable, [`IMAPIFolderVtbl::DeleteMessages`].
    fn delete_messages(
        &self,
        lpMsgList: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderDeleteMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Creates a subfolder of this folder.
    ///
    /// The name becomes the folder's `PR_DISPLAY_NAME`, the comment its
    /// `PR_COMMENT`.
    ///
    /// Returns:
    /// - `S_OK`: the folder was created (or, with `OPEN_IF_EXISTS`, opened).
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_COLLISION`: a folder of that name already exists.
    ///
    /// # Parameters
    ///
    /// - `ulFolderType` (`ULONG`, in): Kind of folder to create: `FOLDER_GENERIC` or `FOLDER_SEARCH`.
    /// - `lpszFolderName` (`LPTSTR`, in): Name of the new folder.
    /// - `lpszFolderComment` (`LPTSTR`, in): Comment for the new folder; null for none.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IMAPIFolder`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling how the folder is created.
    /// - `lppFolder` (`LPMAPIFOLDER*`, out): Receives the new (or existing) folder.
    ///
    /// Calls slot 22 of the vtable, [`IMAPIFolderVtbl::CreateFolder`]. In Rust:
    ///
    /// - `lpszFolderName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszFolderComment` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppFolder`.
    fn create_folder<U: crate::Interface>(
        &self,
        ulFolderType: MAPIFolderCreateFolderTypeFlags,
        lpszFolderName: &str,
        lpszFolderComment: ::core::option::Option<&str>,
        ulFlags: MAPIFolderCreateFolderFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// Copies or moves a subfolder of this folder into another folder.
    ///
    /// Returns:
    /// - `S_OK`: the folder was copied or moved.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some entries
    ///   could not be handled.
    /// - `MAPI_E_BAD_CHARWIDTH`: the requested character set is not
    ///   supported.
    /// - `MAPI_E_COLLISION`: the destination already has a subfolder of that
    ///   name.
    /// - `MAPI_E_DECLINE_COPY`: the provider delegates to a support method
    ///   and `MAPI_DECLINE_OK` was given.
    /// - `MAPI_E_FOLDER_CYCLE`: the folder contains the destination; both
    ///   may be partly modified.
    ///
    /// **Notes to implementers.** With `COPY_SUBFOLDERS`, handle every
    /// folder you can instead of stopping at the first failure. Try to keep
    /// entry identifiers.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the subfolder to copy or move.
    /// - `lpInterface` (`LPCIID`, in): Interface through which to reach the destination folder; null means `IMAPIFolder`.
    /// - `lpDestFolder` (`LPVOID`, in): The open destination folder.
    /// - `lpszNewFolderName` (`LPTSTR`, in): Name of the folder at its destination; null keeps the current name.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `FOLDER_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy or move.
    ///
    /// Calls slot 23 of the vtable, [`IMAPIFolderVtbl::CopyFolder`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterface` is the IID of `U`.
    /// - `lpszNewFolderName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn copy_folder<U: crate::Interface>(
        &self,
        lpEntryID: &[u8],
        lpDestFolder: &crate::ComPtr<U>,
        lpszNewFolderName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderCopyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes a subfolder of this folder.
    ///
    /// Returns:
    /// - `S_OK`: the folder was deleted.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some entries
    ///   could not be deleted.
    /// - `MAPI_E_HAS_FOLDERS`: the folder has subfolders and `DEL_FOLDERS`
    ///   was not given; nothing was deleted.
    /// - `MAPI_E_HAS_MESSAGES`: the folder has messages and `DEL_MESSAGES`
    ///   was not given; nothing was deleted.
    ///
    /// **Notes to implementers.** Handle every folder you can instead of
    /// stopping at the first failure.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the subfolder to delete.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `FOLDER_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the deletion.
    ///
    /// Calls slot 24 of the vtable, [`IMAPIFolderVtbl::DeleteFolder`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn delete_folder(
        &self,
        lpEntryID: &[u8],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderDeleteFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Sets or clears `MSGFLAG_READ` in `PR_MESSAGE_FLAGS` of some or all
    /// messages of the folder, and deals with their read reports.
    ///
    /// Without flags, unread messages become read and pending read reports
    /// are sent (when `PR_READ_RECEIPT_REQUESTED` is set).
    ///
    /// Returns:
    /// - `S_OK`: the read state was changed.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but some messages
    ///   could not be handled.
    /// - `MAPI_E_NO_SUPPRESS`: the store cannot suppress read reports.
    /// - `MAPI_E_INVALID_PARAMETER`: `CLEAR_READ_FLAG` was combined with
    ///   `SUPPRESS_RECEIPT` or `GENERATE_RECEIPT_ONLY`.
    ///
    /// **Notes to implementers.** Supporting read reports and their
    /// suppression is optional; refuse `SUPPRESS_RECEIPT` with
    /// `MAPI_E_NO_SUPPRESS`. With `SUPPRESS_RECEIPT` and
    /// `GENERATE_RECEIPT_ONLY` together, set `PR_READ_RECEIPT_REQUESTED` to
    /// FALSE and send nothing. Handle every message you can instead of
    /// stopping at the first failure.
    ///
    /// # Parameters
    ///
    /// - `lpMsgList` (`LPENTRYLIST`, in): Entry identifiers of the messages; null for all the messages of the folder.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `MESSAGE_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the read flag and the read reports.
    ///
    /// Calls slot 25 of the vtable, [`IMAPIFolderVtbl::SetReadFlags`].
    fn set_read_flags(
        &self,
        lpMsgList: ::core::option::Option<&[&[u8]]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderSetReadFlagsFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Returns the status bits the folder keeps for one of its messages
    /// (marked for deletion, hidden, highlighted, ...).
    ///
    /// Returns `S_OK` when the status was returned.
    ///
    /// **Notes to implementers.** How the bits are set and used is up to
    /// you, except that bits 0 to 15 are reserved.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the message.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpulMessageStatus` (`ULONG*`, out): Receives the message status bits.
    ///
    /// Calls slot 26 of the vtable, [`IMAPIFolderVtbl::GetMessageStatus`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulMessageStatus`.
    fn get_message_status(
        &self,
        lpEntryID: &[u8],
        ulFlags: MAPIFolderGetMessageStatusFlags,
    ) -> ::core::result::Result<MAPIFolderMessageStatusFlags, crate::Hresult>;
    /// Changes some of the status bits the folder keeps for one of its
    /// messages, and returns the previous ones.
    ///
    /// Only the bits set in `ulNewStatusMask` are changed, to their value in
    /// `ulNewStatus`. Both arguments may carry implementation-defined bits
    /// 16 to 31, which is why they are not checked against
    /// `MAPIFolderMessageStatusFlags`. Remote clients use it to mark
    /// messages with `MSGSTATUS_REMOTE_DOWNLOAD` and
    /// `MSGSTATUS_REMOTE_DELETE`.
    ///
    /// Returns `S_OK` when the status was set.
    ///
    /// # Parameters
    ///
    /// - `cbEntryID` (`ULONG`, in): Size in bytes of the entry identifier at `lpEntryID`.
    /// - `lpEntryID` (`LPENTRYID`, in): Entry identifier of the message.
    /// - `ulNewStatus` (`ULONG`, in): New values of the bits selected by `ulNewStatusMask`.
    /// - `ulNewStatusMask` (`ULONG`, in): Mask of the status bits to change.
    /// - `lpulOldStatus` (`ULONG*`, out): Receives the status bits as they were before the call.
    ///
    /// Calls slot 27 of the vtable, [`IMAPIFolderVtbl::SetMessageStatus`]. In Rust:
    ///
    /// - `cbEntryID` is the length of `lpEntryID` (in bytes); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpulOldStatus`.
    fn set_message_status(
        &self,
        lpEntryID: &[u8],
        ulNewStatus: crate::ULONG,
        ulNewStatusMask: crate::ULONG,
    ) -> ::core::result::Result<MAPIFolderMessageStatusFlags, crate::Hresult>;
    /// Sets the default sort order of the folder's contents table.
    ///
    /// Returns:
    /// - `S_OK`: the sort order was saved.
    /// - `MAPI_E_NO_SUPPORT`: the store cannot save sort orders.
    ///
    /// # Parameters
    ///
    /// - `lpSortCriteria` (`LPSSortOrderSet`, in): The default sort order.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling where the sort order applies.
    ///
    /// Calls slot 28 of the vtable, [`IMAPIFolderVtbl::SaveContentsSort`].
    fn save_contents_sort(
        &self,
        lpSortCriteria: &crate::value::SortOrderSet,
        ulFlags: MAPIFolderSaveContentsSortFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// Deletes every message and subfolder of the folder, keeping the folder
    /// itself.
    ///
    /// Returns:
    /// - `S_OK`: the folder was emptied.
    /// - `MAPI_W_PARTIAL_COMPLETION`: the call succeeded but the folder was
    ///   not emptied completely.
    ///
    /// **Notes to implementers.** Messages that were submitted are not
    /// deleted; do not call `IMsgStore::AbortSubmit` for them.
    ///
    /// # Parameters
    ///
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the progress indicator.
    /// - `lpProgress` (`LPMAPIPROGRESS`, in): Progress object to use with `FOLDER_DIALOG`; null for MAPI's own.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling what is deleted.
    ///
    /// Calls slot 29 of the vtable, [`IMAPIFolderVtbl::EmptyFolder`].
    fn empty_folder(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderEmptyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
}
#[cfg(feature = "client")]
#[automatically_derived]
impl<T: crate::Inherits<IMAPIFolder>> IMAPIFolderExt for crate::ComPtr<T> {
    fn create_message<U: crate::Interface>(
        &self,
        ulFlags: MAPIFolderCreateMessageFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __iid0: crate::GUID = <U as crate::Interface>::IID;
        let __a0: crate::LPCIID = ::core::ptr::from_ref(&__iid0);
        let mut __a2: crate::LPMESSAGE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .CreateMessage)(self.as_raw().cast(), __a0, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r2 = unsafe { crate::ComPtr::<U>::from_raw(__a2.cast()) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r2)
    }
    fn copy_messages<U: crate::Interface>(
        &self,
        lpMsgList: &[&[u8]],
        lpDestFolder: &crate::ComPtr<U>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderCopyMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpMsgList;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::entry_list_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPENTRYLIST = __s.as_mut_ptr();
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let __r = lpDestFolder;
        let __a2: crate::LPVOID = __r.as_raw().cast();
        let __a4: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .CopyMessages)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                ulUIParam,
                __a4,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_messages(
        &self,
        lpMsgList: &[&[u8]],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderDeleteMessagesFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpMsgList;
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
                .base_vtable::<IMAPIFolder>()
                .DeleteMessages)(
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
    fn create_folder<U: crate::Interface>(
        &self,
        ulFolderType: MAPIFolderCreateFolderTypeFlags,
        lpszFolderName: &str,
        lpszFolderComment: ::core::option::Option<&str>,
        ulFlags: MAPIFolderCreateFolderFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __b1 = crate::__private::call::str_in(
            lpszFolderName,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b1;
        let __a1: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b2 = match lpszFolderComment {
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
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::LPCIID = ::core::ptr::from_ref(&__iid3);
        let mut __a5: LPMAPIFOLDER = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .CreateFolder)(
                self.as_raw().cast(),
                ulFolderType.bits(),
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
    fn copy_folder<U: crate::Interface>(
        &self,
        lpEntryID: &[u8],
        lpDestFolder: &crate::ComPtr<U>,
        lpszNewFolderName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderCopyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __iid2: crate::GUID = <U as crate::Interface>::IID;
        let __a2: crate::LPCIID = ::core::ptr::from_ref(&__iid2);
        let __r = lpDestFolder;
        let __a3: crate::LPVOID = __r.as_raw().cast();
        let __b4 = match lpszNewFolderName {
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
        let __a4: crate::LPTSTR = match &__b4 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a6: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .CopyFolder)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                ulUIParam,
                __a6,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_folder(
        &self,
        lpEntryID: &[u8],
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderDeleteFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let __a3: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .DeleteFolder)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulUIParam,
                __a3,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn set_read_flags(
        &self,
        lpMsgList: ::core::option::Option<&[&[u8]]>,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderSetReadFlagsFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        #[allow(unused_mut)]
        let mut __b0 = match lpMsgList {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::entry_list_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a0: crate::LPENTRYLIST = match &mut __b0 {
            ::core::option::Option::Some(__s) => __s.as_mut_ptr(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
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
                .base_vtable::<IMAPIFolder>()
                .SetReadFlags)(
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
    fn get_message_status(
        &self,
        lpEntryID: &[u8],
        ulFlags: MAPIFolderGetMessageStatusFlags,
    ) -> ::core::result::Result<MAPIFolderMessageStatusFlags, crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
            __s.as_ptr().cast_mut().cast(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        let mut __a3: crate::ULONG = 0;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .GetMessageStatus)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(MAPIFolderMessageStatusFlags::from_bits_retain(__a3))
    }
    fn set_message_status(
        &self,
        lpEntryID: &[u8],
        ulNewStatus: crate::ULONG,
        ulNewStatusMask: crate::ULONG,
    ) -> ::core::result::Result<MAPIFolderMessageStatusFlags, crate::Hresult> {
        let __s = lpEntryID;
        let (__a1, __a0): (crate::LPENTRYID, crate::ULONG) = (
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
                .base_vtable::<IMAPIFolder>()
                .SetMessageStatus)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulNewStatus,
                ulNewStatusMask,
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(MAPIFolderMessageStatusFlags::from_bits_retain(__a4))
    }
    fn save_contents_sort(
        &self,
        lpSortCriteria: &crate::value::SortOrderSet,
        ulFlags: MAPIFolderSaveContentsSortFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __t = lpSortCriteria;
        #[allow(unused_mut)]
        let mut __b0 = crate::__private::call::sort_in(__t)?;
        let __s = &mut __b0;
        let __a0: crate::LPSSortOrderSet = __s.as_ptr().cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .SaveContentsSort)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn empty_folder(
        &self,
        ulUIParam: crate::ULONG_PTR,
        lpProgress: ::core::option::Option<&crate::ComPtr<crate::IMAPIProgress>>,
        ulFlags: MAPIFolderEmptyFolderFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a1: crate::LPMAPIPROGRESS = match lpProgress {
            ::core::option::Option::Some(__r) => __r.as_raw(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMAPIFolder>()
                .EmptyFolder)(self.as_raw().cast(), ulUIParam, __a1, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
}
