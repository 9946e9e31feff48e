//! What every object of one logon shares: the store's data, the host's
//! allocators, whether the logon is still alive, the store's entry
//! identifier as clients see it, and the logon's advise sinks.

use crate::db::Database;
use crate::entryid::{EntryId, Kind};
use mapi_sys::kit::{Advisers, Notification, PropBag, RowSource, Table, Validity};
use mapi_sys::value::{Allocator, PropTag, PropValue};
use mapi_sys::*;
use std::sync::Arc;

pub use mapi_sys::kit::{ErrorLog, check_iid};

/// The component name in the `MAPIERROR`s this provider returns.
pub const COMPONENT: &str = "Sample message store (mapi-examples)";

/// One logon to a store: the state its store, logon, folder, message,
/// attachment and table objects share.
#[derive(Debug)]
pub struct Session {
    /// The store's contents.
    pub db: Arc<Database>,
    /// The host's allocators, for the generated thunks
    /// (`#[mapi(allocator = session.alloc)]`).
    pub alloc: Allocator,
    /// The sinks advised through this logon's store and logon objects.
    pub advisers: Arc<Advisers>,
    /// Whether this is the MAPI spooler's logon (`SpoolerLogon`).
    pub spooler: bool,
    /// Whether the logon asked for write access (`MDB_WRITE`); without it
    /// nothing of the store can be changed (`MAPI_E_NO_ACCESS`).
    pub writable: bool,
    store_eid: Vec<u8>,
    valid: Validity,
}

impl Session {
    /// A new logon to `db`. `wrapped` is the store's entry identifier as
    /// `IMAPISupport::WrapStoreEntryID` wrapped it, handed to clients as
    /// `PR_STORE_ENTRYID`.
    pub fn new(
        db: Arc<Database>,
        alloc: Allocator,
        spooler: bool,
        writable: bool,
        wrapped: Vec<u8>,
    ) -> Arc<Session> {
        let advisers = Arc::new(Advisers::new());
        db.listeners.add_advisers(&advisers);
        Arc::new(Session {
            db,
            alloc,
            advisers,
            spooler,
            writable,
            store_eid: wrapped,
            valid: Validity::new(),
        })
    }

    /// `MAPI_E_INVALID_OBJECT` once the logon has been logged off: every
    /// method but `AddRef`/`Release` of every object of the logon answers
    /// it, as `IMAPISupport::MakeInvalid` would make them.
    pub fn check(&self) -> Result<(), Hresult> {
        self.valid.check()
    }

    /// `MAPI_E_NO_ACCESS` unless `writable`, after [`check`](Self::check).
    pub fn check_write(&self, writable: bool) -> Result<(), Hresult> {
        self.check()?;
        if writable {
            Ok(())
        } else {
            Err(Hresult(MAPI_E_NO_ACCESS))
        }
    }

    /// Ends the logon (`IMSLogon::Logoff`): its objects become invalid and
    /// its advise registrations are cancelled (their sinks released).
    pub fn log_off(&self) {
        self.valid.invalidate();
        self.advisers.clear();
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
    pub fn fix_store_ids(&self, props: &mut PropBag, kind: Kind) {
        props.set_computed(PR_STORE_ENTRYID, self.store_eid.clone());
        if kind == Kind::Store {
            props.set_computed(PR_ENTRYID, self.store_eid.clone());
        }
    }

    /// Registers `sink` for the events of `mask` on the object `eid` names
    /// (the whole store when `None`): `IMsgStore::Advise` and
    /// `IMSLogon::Advise`.
    pub fn advise(
        &self,
        eid: Option<&[u8]>,
        mask: u32,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        self.check()?;
        let key = match eid.map(|b| self.parse(b)).transpose()? {
            None => Vec::new(),
            Some(e) if e.kind == Kind::Store => Vec::new(),
            Some(e) => {
                let data = self.db.read()?;
                let exists = match e.kind {
                    Kind::Folder => data.folder(e.id).is_some(),
                    _ => data.message(e.id).is_some(),
                };
                if !exists {
                    return Err(Hresult(MAPI_E_NOT_FOUND));
                }
                e.to_bytes()
            }
        };
        self.advisers.advise(&key, mask, sink)
    }

    /// Delivers events to the sinks advised on the store, on the object or
    /// on its folder by every logon to the store, and tells the open tables.
    /// Call with no lock held: sinks may call back into the store.
    pub fn notify(&self, events: &[Notification]) {
        self.db.listeners.notify(events);
    }

    /// A table over `source` for the objects of this logon: answers
    /// `MAPI_E_INVALID_OBJECT` after logoff and keeps `store` alive.
    pub fn table(
        self: &Arc<Session>,
        source: impl RowSource + 'static,
        columns: &[u32],
        flags: u32,
        store: Option<ComPtr<IMsgStore>>,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        self.check()?;
        let u = unicode(flags);
        let columns: Vec<PropTag> = columns
            .iter()
            .map(|&t| mapi_sys::kit::text_tag(t, u))
            .collect();
        let session = self.clone();
        let mut table = Table::new(self.alloc, source, &columns)
            .unicode(u)
            .component(COMPONENT)
            .guard(move || session.check());
        if let Some(store) = store {
            table = table.keep_alive(store.upcast());
        }
        self.db.listeners.add_table(&table.events());
        Ok(table.into_com())
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.advisers.clear();
    }
}

/// Whether a flags word has `MAPI_UNICODE`.
pub fn unicode(flags: u32) -> bool {
    flags & MAPI_UNICODE != 0
}

/// A row's `PR_INSTANCE_KEY` from a number.
pub fn instance_key(n: u64) -> PropValue {
    PropValue::Binary(n.to_le_bytes().to_vec())
}
