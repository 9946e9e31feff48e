// `idl/mapi/mapiaux.idl` as Rust, included by `mod.rs`.
/// Include or open items and folders that are soft-deleted, that is, deleted
/// but still kept by the store for its deleted-item retention period.
/// Accepted by `OpenEntry` and by the contents and hierarchy table methods.
pub const SHOW_SOFT_DELETES: crate::ULONG = 2;
/// Delete permanently: the items or folders are hard-deleted instead of being
/// kept as soft-deleted items. Accepted by `IMAPIFolder::DeleteMessages`,
/// `DeleteFolder` and `EmptyFolder`.
pub const DELETE_HARD_DELETE: crate::ULONG = 0x10;
/// `IMAPIFolder::CreateMessage`: mark the new message as one that rules must
/// be run on before the PST store announces its arrival. Used together with
/// `NON_EMS_XP_SAVE` on `SaveChanges`.
pub const ITEMPROC_FORCE: crate::ULONG = 0x800;
/// `IMAPIProp::SaveChanges`: run the junk-mail filter on the message being
/// saved. Only works for senders with SMTP addresses and messages saved to a
/// PST store.
pub const SPAMFILTER_ONSAVE: crate::ULONG = 0x80;
/// `IMAPIProp::SaveChanges`: the message did not come from an Exchange
/// server, so a PST store should process rules on it (with `ITEMPROC_FORCE`
/// given at creation) before notifying clients of its arrival.
pub const NON_EMS_XP_SAVE: crate::ULONG = 0x1000;
/// `IMAPISession::OpenMsgStore`: in cached Exchange mode, open the store on
/// the server rather than its local copy. A session cannot have the same
/// store open both ways at once. MAPI passes it on to the store provider's
/// `IMSProvider::Logon`.
pub const MDB_ONLINE: crate::ULONG = 0x100;
/// Go to the server rather than the local cache: for a store in cached mode,
/// open the item or folder on the server; for the Exchange address book, do
/// not use the offline address book. Accepted by every `OpenEntry`.
pub const MAPI_NO_CACHE: crate::ULONG = 0x200;
/// Use only the local cache (for the Exchange address book, the offline
/// address book), without traffic to the server. Accepted by every
/// `OpenEntry`, by `ResolveName` and by `PrepareRecips`.
pub const MAPI_CACHE_ONLY: crate::ULONG = 0x4000;
/// Exchange address book: resolve or open entries from the global address
/// list only. Accepted by `IAddrBook::OpenEntry` and `ResolveName`; the
/// reference notes that older headers lack it.
pub const MAPI_GAL_ONLY: crate::ULONG = 0x80;
/// `IMAPIContainer::SetSearchCriteria`: find matches without the content
/// index. Only Exchange stores act on it.
pub const NON_CONTENT_INDEXED_SEARCH: crate::ULONG = 0x20000;
/// Search state from `IMAPIContainer::GetSearchCriteria`: the results are
/// complete.
pub const SEARCH_COMPLETE: crate::ULONG = 0x1000;
/// Search state: only some parts of the messages were searched.
pub const SEARCH_PARTIAL: crate::ULONG = 0x2000;
/// Search state: the search is static; its results are not kept up to date.
pub const SEARCH_STATIC: crate::ULONG = 0x10000;
/// Search state: whether the search is static is still being worked out.
pub const SEARCH_MAYBE_STATIC: crate::ULONG = 0x20000;
/// Search state: the search used the content index alone.
pub const CI_TOTALLY: crate::ULONG = 0x1000000;
/// Search state: the search used the content index, with a remainder done by
/// restricting tables.
pub const CI_WITH_TWIR_RESIDUAL: crate::ULONG = 0x2000000;
/// Search state: the search was mostly done by restricting tables.
pub const TWIR_MOSTLY: crate::ULONG = 0x4000000;
/// Search state: the search was done by restricting tables alone, without the
/// content index.
pub const TWIR_TOTALLY: crate::ULONG = 0x8000000;
/// The MIME content ID of an attachment.
pub const PR_ATTACH_CONTENT_ID: u32 = 0x3712001F;
/// The MIME content ID of an attachment.
pub const PR_ATTACH_CONTENT_ID_A: u32 = 0x3712001E;
/// The MIME content ID of an attachment.
pub const PR_ATTACH_CONTENT_ID_W: u32 = 0x3712001F;
/// The extended display type of a recipient: local and remote display types and flags (`DTE_*`).
pub const PR_DISPLAY_TYPE_EX: u32 = 0x39050003;
/// Profile property: the RPC over HTTP settings (`ROHFLAGS_*`).
pub const PR_ROH_FLAGS: u32 = 0x66230003;
/// Profile property: how RPC over HTTP authenticates to the proxy (`ROHAUTH_*`).
pub const PR_ROH_PROXY_AUTH_SCHEME: u32 = 0x66270003;
/// A bit of `PR_STORE_SUPPORT_MASK`: the store supports Unicode properties.
pub const STORE_UNICODE_OK: crate::ULONG = 0x40000;
/// A bit of `PR_STORE_SUPPORT_MASK`: the store processes new items (rules, junk mail) before announcing them (`ITEMPROC_FORCE`).
pub const STORE_ITEMPROC: crate::ULONG = 0x200000;
/// A value of the address book grouping type: months.
pub const AG_MONTHS: crate::ULONG = 0;
/// A value of the address book grouping type: weeks.
pub const AG_WEEKS: crate::ULONG = 1;
/// A value of the address book grouping type: days.
pub const AG_DAYS: crate::ULONG = 2;
/// The number of address book grouping types (`AG_*`).
pub const NUM_AG_TYPES: crate::ULONG = 3;
/// A bit of `PR_DISPLAY_TYPE_EX`: the remote display type is valid.
pub const DTE_FLAG_REMOTE_VALID: crate::ULONG = 0x80000000;
/// A bit of `PR_DISPLAY_TYPE_EX`: the recipient may be named in an ACL.
pub const DTE_FLAG_ACL_CAPABLE: crate::ULONG = 0x40000000;
/// The bits of `PR_DISPLAY_TYPE_EX` holding the remote display type.
pub const DTE_MASK_REMOTE: crate::ULONG = 0xFF00;
/// The bits of `PR_DISPLAY_TYPE_EX` holding the local display type.
pub const DTE_MASK_LOCAL: crate::ULONG = 0xFF;
/// A display type (`PR_DISPLAY_TYPE`): a conference room.
pub const DT_ROOM: crate::ULONG = 7;
/// A display type (`PR_DISPLAY_TYPE`): equipment.
pub const DT_EQUIPMENT: crate::ULONG = 8;
/// A display type (`PR_DISPLAY_TYPE`): a security distribution list.
pub const DT_SEC_DISTLIST: crate::ULONG = 9;
/// A bit of `PR_ROH_FLAGS` (RPC over HTTP): use ROH.
pub const ROHFLAGS_USE_ROH: crate::ULONG = 1;
/// A bit of `PR_ROH_FLAGS` (RPC over HTTP): SSL only.
pub const ROHFLAGS_SSL_ONLY: crate::ULONG = 2;
/// A bit of `PR_ROH_FLAGS` (RPC over HTTP): mutual auth.
pub const ROHFLAGS_MUTUAL_AUTH: crate::ULONG = 4;
/// A bit of `PR_ROH_FLAGS` (RPC over HTTP): HTTP first on fast.
pub const ROHFLAGS_HTTP_FIRST_ON_FAST: crate::ULONG = 8;
/// A bit of `PR_ROH_FLAGS` (RPC over HTTP): HTTP first on slow.
pub const ROHFLAGS_HTTP_FIRST_ON_SLOW: crate::ULONG = 0x20;
/// A value of `PR_ROH_PROXY_AUTH_SCHEME`, how RPC over HTTP authenticates to the proxy: basic.
pub const ROHAUTH_BASIC: crate::ULONG = 1;
/// A value of `PR_ROH_PROXY_AUTH_SCHEME`, how RPC over HTTP authenticates to the proxy: NTLM.
pub const ROHAUTH_NTLM: crate::ULONG = 2;
