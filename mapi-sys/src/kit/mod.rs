//! The provider kit: what every MAPI service provider needs besides its
//! own objects (feature `provider`).
//!
//! - [`ms_provider_init!`](crate::ms_provider_init),
//!   [`xp_provider_init!`](crate::xp_provider_init) and
//!   [`ab_provider_init!`](crate::ab_provider_init) export a provider DLL's
//!   entry point from a closure that makes the provider object out of the
//!   checked [`ProviderInit`] arguments.
//! - [`PropBag`] holds an object's properties with `IMAPIProp`'s semantics
//!   (`GetProps`, `GetPropList`, `SetProps`, `DeleteProps`, `CopyTo`,
//!   `CopyProps`, computed properties); [`restrict`] evaluates restrictions
//!   on it; implementing [`PropObject`] over a bag gives an object
//!   `IMAPIProp`.
//! - [`Table`] implements `IMAPITable` over a [`RowSource`] (columns,
//!   sorting, restrictions, bookmarks, `FindRow`, `TABLE_CHANGED`
//!   notifications through [`TableEvents`] and [`TableSet`]).
//! - `OpenStores` (feature `store`) finds the store a `Logon` asks for
//!   when it is already open, as `IMSProvider::Logon` must, and
//!   `register_store` (with `client` too) tells the support object about a
//!   store being opened;
//!   `ReceiveFolders` (feature `store`) keeps a store's receive folder
//!   settings.
//! - [`on_commit`] holds back what the host would see until the call can no
//!   longer fail.
//! - [`ErrorLog`] records failures for `GetLastError`.
//! - [`Advisers`] keeps the advise sinks an object's `Advise` registers and
//!   delivers [`Notification`]s to them; [`Listeners`] fans a change out to
//!   every logon's sinks and every open table.
//! - [`EntryIdFormat`] makes and reads entry identifiers in the layout MAPI
//!   routes by (flags, the provider's `MAPIUID`, a payload).
//! - `MessageService` (with feature `client` too: `ServiceEntry` calls the
//!   profile's objects) declares a message service once; from it
//!   `service_entry!` exports `ServiceEntry` and
//!   `MessageService::mapisvc_inf` writes its `mapisvc.inf` sections.

mod advise;
mod entry;
mod entry_id;
mod error;
mod object;
#[cfg(feature = "store")]
mod open;
mod props;
#[cfg(feature = "store")]
mod receive;
pub mod restrict;
#[cfg(feature = "client")]
mod service;
mod table;

pub use advise::{Advisers, Listeners, Notification, ObjectEventKind};
pub use entry::{ProviderInit, spi_compatible};
pub use entry_id::EntryIdFormat;
pub use error::ErrorLog;
pub use object::{OpenTable, PropObject, Validity, check_iid, open_access, open_table_property};
#[cfg(feature = "store")]
pub use open::OpenStores;
#[cfg(all(feature = "store", feature = "client"))]
pub use open::register_store;
pub use props::{PropBag, Update, byte_size, text_tag};
#[cfg(feature = "store")]
pub use receive::ReceiveFolders;
#[cfg(feature = "client")]
pub use service::{ConfigProp, MessageService, ProviderSection, ServiceCall, ServiceContext};
pub use table::{Guard, MAX_BOOKMARKS, RowSource, Table, TableEvents, TableSet};

#[cfg(feature = "client")]
#[doc(hidden)]
pub use service::service_entry as __service_entry;

#[doc(hidden)]
pub use entry::provider_init as __provider_init;

/// Defers provider work with effects the host can see (registering with
/// the support object: `SetProviderUID`, `ModifyStatusRow`, ...) to the
/// end of the current call: it runs once the generated thunk has allocated
/// every out-value, just before handing them over, so that a call that
/// fails (an allocation of its results, say) has no such effect. Its error
/// fails the call. Outside a method with several out-values (where nothing
/// can fail after the method returns) it runs at once.
///
/// ```
/// use mapi_sys::Hresult;
/// // Not inside a call: runs at once, its result is the answer.
/// assert_eq!(mapi_sys::kit::on_commit(|| Err(Hresult(mapi_sys::MAPI_E_NOT_ENOUGH_MEMORY))),
///            Err(Hresult(mapi_sys::MAPI_E_NOT_ENOUGH_MEMORY)));
/// ```
pub fn on_commit(
    work: impl FnOnce() -> Result<(), crate::Hresult> + 'static,
) -> Result<(), crate::Hresult> {
    crate::__private::defer(Box::new(work))
}
