//! A sample MAPI message store provider, in memory, written the way a
//! provider author uses this toolkit: `#[derive(MsgStore)]` for the store,
//! `#[derive(ComObject)]` for every other object, and the generated
//! `IFooImpl` traits for the methods.
//!
//! Built as `sample_store` (a `cdylib` MAPI or the host test kit loads, and
//! an `rlib`), it exports [`MSProviderInit`] (made by the kit's `ms_provider_init!`). Every MAPI-allocated result
//! goes through the three allocators passed to it: the objects return Rust
//! values (`mapi_sys::value`) and the generated thunks write them with the
//! session's allocator (`#[mapi(allocator = session.alloc)]`).
//!
//! # Layout
//!
//! | module | job |
//! |---|---|
//! | [`entryid`] | the provider's entry identifier format and its `MAPIUID` |
//! | [`db`] | the in-memory store: folders, messages, receive folders |
//! | [`session`] | what the objects of one logon share: logoff, advise sinks, tables |
//! | [`store`] | `IMsgStore` (and the shared `OpenEntry`/property logic) |
//! | [`folder`] | `IMAPIFolder` |
//! | [`message`] | `IMessage`, `IAttach` |
//! | [`logon`] | `IMSLogon`, `IMAPIStatus` |
//! | [`provider`] | `IMSProvider` |
//!
//! # What is implemented
//!
//! Every method not listed as implemented answers `MAPI_E_NO_SUPPORT` (the
//! default of the generated traits). After `IMSLogon::Logoff`, every
//! method of every object of that logon but `AddRef`/`Release` answers
//! `MAPI_E_INVALID_OBJECT`; after `IMSProvider::Shutdown`, the provider's
//! do too.
//!
//! | interface | implemented | `MAPI_E_NO_SUPPORT` |
//! |---|---|---|
//! | `IMSProvider` | `Shutdown`, `Logon`, `SpoolerLogon`, `CompareStoreIDs` | |
//! | `IMSLogon` | `GetLastError`, `Logoff`, `OpenEntry`, `CompareEntryIDs`, `Advise`, `Unadvise`, `OpenStatusEntry` | |
//! | `IMAPIStatus` | `GetLastError`, `GetProps`, `GetPropList`, `OpenProperty`¹, `SetProps` and `DeleteProps` (`MAPI_E_NO_ACCESS`: read-only), `CopyTo`², `CopyProps`², `ValidateState` | `SaveChanges`, `GetNamesFromIDs`, `GetIDsFromNames`, `SettingsDialog`, `ChangePassword`, `FlushQueues` |
//! | `IMsgStore` | `GetLastError`, `SaveChanges`, `GetProps`, `GetPropList`, `OpenProperty`¹ (`PR_RECEIVE_FOLDER_SETTINGS`), `SetProps`, `DeleteProps`, `CopyTo`², `CopyProps`², `Advise`, `Unadvise`, `CompareEntryIDs`, `OpenEntry`, `SetReceiveFolder`, `GetReceiveFolder`, `GetReceiveFolderTable`, `StoreLogoff` | `GetNamesFromIDs`, `GetIDsFromNames`, `AbortSubmit`, `GetOutgoingQueue`, `SetLockState`, `FinishedMsg`, `NotifyNewMail` |
//! | `IMAPIFolder` | `GetLastError`, `SaveChanges`, `GetProps`, `GetPropList`, `OpenProperty`¹ (`PR_CONTAINER_CONTENTS`, `PR_FOLDER_ASSOCIATED_CONTENTS`, `PR_CONTAINER_HIERARCHY`), `SetProps`, `DeleteProps`, `CopyTo`², `CopyProps`², `GetContentsTable`, `GetHierarchyTable`, `OpenEntry`, `CreateMessage`, `DeleteMessages`, `CreateFolder`, `DeleteFolder`, `SetReadFlags`, `GetMessageStatus`, `SetMessageStatus`, `EmptyFolder` | `GetNamesFromIDs`, `GetIDsFromNames`, `SetSearchCriteria`, `GetSearchCriteria`, `CopyMessages`, `CopyFolder`, `SaveContentsSort` |
//! | `IMessage` | `GetLastError`, `SaveChanges`, `GetProps`, `GetPropList`, `OpenProperty`¹ (`PR_MESSAGE_ATTACHMENTS`), `SetProps`, `DeleteProps`, `CopyTo`², `CopyProps`², `GetAttachmentTable`, `OpenAttach`, `CreateAttach`, `DeleteAttach`, `SetReadFlag` | `GetNamesFromIDs`, `GetIDsFromNames`, `GetRecipientTable`, `ModifyRecipients`, `SubmitMessage` |
//! | `IAttach` | `GetLastError`, `SaveChanges`, `GetProps`, `GetPropList`, `OpenProperty`¹, `SetProps`, `DeleteProps`, `CopyTo`², `CopyProps`² | `GetNamesFromIDs`, `GetIDsFromNames` |
//! | `IMAPITable` (the kit's `Table`) | `GetLastError`, `Advise`, `Unadvise`, `GetStatus`, `SetColumns`, `QueryColumns`, `GetRowCount`, `SeekRow`, `SeekRowApprox`, `QueryPosition`, `FindRow`, `Restrict`, `CreateBookmark`, `FreeBookmark`, `SortTable` (no categories: `MAPI_E_TOO_COMPLEX`), `QuerySortOrder`, `QueryRows`, `Abort`, `WaitForCompletion` | `ExpandRow`, `CollapseRow`, `GetCollapseState`, `SetCollapseState` |
//!
//! ¹ Opens the table-valued properties listed (others: `MAPI_E_NO_SUPPORT`,
//! no streams; missing ones: `MAPI_E_NOT_FOUND`). ² The kit's `PropObject`
//! writes through the destination's own `SetProps`.
//!
//! Properties, tables and restrictions come from the provider kit
//! (`mapi_sys::kit`: `PropBag`, `Table`, `restrict`; restrictions but
//! `RES_SUBRESTRICTION`, `RES_COUNT` and `RELOP_RE` are evaluated, those are
//! `MAPI_E_TOO_COMPLEX`). Notifications: `fnevObjectCreated`,
//! `fnevObjectModified` and `fnevObjectDeleted` for folders and messages,
//! through the kit's `Advisers`; other event types are accepted and never
//! happen. Tables accept `Advise` and send `TABLE_CHANGED` (`fnevTableModified`)
//! when the store changes.
//!
//! `GetProps` answers `MAPI_W_ERRORS_RETURNED` when some of the values it
//! returns are `PT_ERROR`, through `IMAPIPropImpl::get_props_with_warning`.

pub mod db;
pub mod entryid;
pub mod folder;
pub mod logon;
pub mod message;
pub mod provider;
pub mod session;
pub mod store;

/// `PR_PROVIDER_DISPLAY` of the store and its status row.
pub const PROVIDER_DISPLAY: &str = "Sample Message Store (mapi-examples)";

/// The sample as a message service: the declaration its `ServiceEntry`
/// and its `mapisvc.inf` sections come from. The DLL is installed as
/// `sample32.dll` (MAPI appends `32` to the base name the file gives).
pub fn service() -> mapi_sys::kit::MessageService {
    use mapi_sys::kit::{ConfigProp, MessageService, ProviderSection};
    use mapi_sys::value::{PropTag, PropValue};
    let hex: String = entryid::PROVIDER_UID
        .ab
        .iter()
        .map(|b| format!("{b:02X}"))
        .collect();
    MessageService {
        name: "SAMPLE_STORE".into(),
        display_name: PROVIDER_DISPLAY.into(),
        dll_base: "sample".into(),
        entry_name: "ServiceEntry".into(),
        resource_flags: vec!["SERVICE_NO_PRIMARY_IDENTITY".into()],
        providers: vec![ProviderSection {
            section: "SAMPLE_STORE_MS".into(),
            resource_type: "MAPI_STORE_PROVIDER".into(),
            resource_flags: vec!["STATUS_NO_DEFAULT_STORE".into()],
            display_name: provider::STORE_DISPLAY_NAME.into(),
            provider_display: PROVIDER_DISPLAY.into(),
            extra: vec![("PR_MDB_PROVIDER".into(), hex)],
        }],
        config: vec![ConfigProp {
            tag: PropTag(mapi_sys::PR_DISPLAY_NAME_W),
            default: Some(PropValue::unicode(provider::STORE_DISPLAY_NAME)),
            required: true,
        }],
    }
}

// `ServiceEntry`, for the profile wizard and `ConfigureMsgService`.
mapi_sys::service_entry!(service());

mapi_sys::ms_provider_init!(|init: mapi_sys::kit::ProviderInit| {
    // `hInstance` and `lpMalloc` are not used: the kit has checked the rest
    // (null out-pointers or allocators, flags other than `MAPI_NT_SERVICE`,
    // an incompatible SPI version) and catches panics.
    Ok(provider::Provider::new(init.allocator()).into_com())
});
