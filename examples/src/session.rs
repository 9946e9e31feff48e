//! What every object of one logon shares: the store's data, the host's
//! allocators, whether the logon is still alive, the store's entry
//! identifier as clients see it; and the per-object error record behind
//! `GetLastError`.

use crate::db::Database;
use crate::entryid::{EntryId, Kind};
use crate::notify::Event;
use crate::props::{PropValue, Props};
use mapi_sys::value::Allocator;
use mapi_sys::value::MapiError;
use mapi_sys::{
    GUID, Hresult, Interface, MAPI_E_INTERFACE_NOT_SUPPORTED, MAPI_E_INVALID_OBJECT,
    MAPI_E_UNKNOWN_ENTRYID, MAPI_UNICODE, PR_ENTRYID, PR_STORE_ENTRYID,
};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The component name in the `MAPIERROR`s this provider returns.
pub const COMPONENT: &str = "Sample message store (mapi-examples)";

static NEXT_SESSION: AtomicU64 = AtomicU64::new(1);

/// One logon to a store: the state its store, logon, folder, message,
/// attachment and table objects share.
#[derive(Debug)]
pub struct Session {
    /// The store's contents.
    pub db: Arc<Database>,
    /// The host's allocators, for the generated thunks
    /// (`#[mapi(allocator = session.alloc)]`).
    pub alloc: Allocator,
    /// Identifies this logon's advise registrations.
    pub id: u64,
    /// Whether this is the MAPI spooler's logon (`SpoolerLogon`).
    pub spooler: bool,
    /// Whether the logon asked for write access (`MDB_WRITE`); without it
    /// nothing of the store can be changed (`MAPI_E_NO_ACCESS`).
    pub writable: bool,
    store_eid: Vec<u8>,
    logged_off: AtomicBool,
}

impl Session {
    /// A new logon to `db`. `wrapped` is the store's entry identifier as
    /// `IMAPISupport::WrapStoreEntryID` wrapped it, handed to clients as
    /// `PR_STORE_ENTRYID` (the unwrapped one when MAPI did not wrap it).
    pub fn new(
        db: Arc<Database>,
        alloc: Allocator,
        spooler: bool,
        writable: bool,
        wrapped: Option<Vec<u8>>,
    ) -> Arc<Session> {
        let store_eid = wrapped.unwrap_or_else(|| db.store_id().to_bytes());
        Arc::new(Session {
            db,
            alloc,
            id: NEXT_SESSION.fetch_add(1, Ordering::Relaxed),
            spooler,
            writable,
            store_eid,
            logged_off: AtomicBool::new(false),
        })
    }

    /// `MAPI_E_INVALID_OBJECT` once the logon has been logged off: every
    /// method but `AddRef`/`Release` of every object of the logon answers
    /// it, as `IMAPISupport::MakeInvalid` would make them.
    pub fn check(&self) -> Result<(), Hresult> {
        if self.logged_off.load(Ordering::Acquire) {
            Err(Hresult(MAPI_E_INVALID_OBJECT))
        } else {
            Ok(())
        }
    }

    /// Ends the logon (`IMSLogon::Logoff`): its objects become invalid and
    /// its advise registrations are cancelled (their sinks released).
    pub fn log_off(&self) {
        self.logged_off.store(true, Ordering::Release);
        self.db.notifier.unadvise_session(self.id);
    }

    /// The store's entry identifier as clients see it.
    pub fn store_entry_id(&self) -> &[u8] {
        &self.store_eid
    }

    /// Decodes an entry identifier of this store: the provider's own
    /// format, or the wrapped store identifier handed out as
    /// `PR_STORE_ENTRYID`. Another store's identifier is
    /// `MAPI_E_UNKNOWN_ENTRYID`.
    pub fn parse(&self, bytes: &[u8]) -> Result<EntryId, Hresult> {
        if bytes.len() == self.store_eid.len() && bytes.get(4..) == self.store_eid.get(4..) {
            return Ok(self.db.store_id());
        }
        let eid = EntryId::parse(bytes)?;
        if eid.store != self.db.instance() {
            return Err(Hresult(MAPI_E_UNKNOWN_ENTRYID));
        }
        Ok(eid)
    }

    /// `CompareEntryIDs`: whether two identifiers of this store designate
    /// the same object.
    pub fn same_object(&self, a: &[u8], b: &[u8]) -> Result<bool, Hresult> {
        Ok(self.parse(a)? == self.parse(b)?)
    }

    /// Puts the store's identifier as clients see it in `PR_STORE_ENTRYID`
    /// (and in `PR_ENTRYID` for the store object itself).
    pub fn fix_store_ids(&self, props: &mut Props, kind: Kind) {
        props.set(PR_STORE_ENTRYID, PropValue::Binary(self.store_eid.clone()));
        if kind == Kind::Store {
            props.set(PR_ENTRYID, PropValue::Binary(self.store_eid.clone()));
        }
    }

    /// Delivers events to the sinks registered on the store. Call with no
    /// lock held.
    pub fn notify(&self, events: &[Event]) {
        self.db.notifier.notify(events);
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.db.notifier.unadvise_session(self.id);
    }
}

/// Whether a flags word has `MAPI_UNICODE`.
pub fn unicode(flags: u32) -> bool {
    flags & MAPI_UNICODE != 0
}

/// Checks the interface a caller asks an object for: null (the object's
/// standard interface) or one of `I`'s chain, else
/// `MAPI_E_INTERFACE_NOT_SUPPORTED`.
///
pub fn check_iid<I: Interface>(iid: Option<&GUID>) -> Result<(), Hresult> {
    let Some(iid) = iid else {
        return Ok(());
    };
    if I::matches(iid) {
        Ok(())
    } else {
        Err(Hresult(MAPI_E_INTERFACE_NOT_SUPPORTED))
    }
}

/// The last error of one object, for its `GetLastError`.
#[derive(Debug, Default)]
pub struct ErrorLog {
    last: Mutex<Option<(i32, String)>>,
}

impl ErrorLog {
    /// Records a failure of the method `what`, and passes the result on.
    pub fn track<T>(&self, what: &str, r: Result<T, Hresult>) -> Result<T, Hresult> {
        if let Err(e) = &r
            && let Ok(mut last) = self.last.lock()
        {
            *last = Some((e.0, format!("{what} failed: {e}")));
        }
        r
    }

    /// `GetLastError`: a description of `hr` (with the context of the last
    /// failure when it returned `hr`); the thunk writes it in the width the
    /// caller's flags ask for.
    pub fn get_last_error(&self, hr: i32) -> MapiError {
        let text = match self.last.lock().ok().and_then(|l| l.clone()) {
            Some((code, text)) if code == hr => text,
            _ => Hresult(hr).to_string(),
        };
        MapiError {
            error: Some(text),
            component: Some(COMPONENT.to_string()),
            ..MapiError::default()
        }
    }
}
