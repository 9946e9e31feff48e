//! `IMSProvider`: the object `MSProviderInit` returns, which logs MAPI and
//! the spooler on to stores.
//!
//! The provider keeps its stores in memory for as long as it lives: a
//! logon with no entry identifier opens the provider's default store
//! (created at the first such logon); a logon with a store entry
//! identifier opens the store with that instance identifier, creating an
//! empty one if this provider has none (an in-memory store named by an
//! identifier from an earlier process is empty). A logon of a store that
//! is open gets that store object and no logon object; any other, a new
//! store and logon pair over the store's data.

use crate::db::Database;
use crate::entryid::{self, EntryId, Kind, PROVIDER_UID};
use crate::logon::{Logon, status_props};
use crate::session::{ErrorLog, Session, check_iid};
use crate::store::Store;
use mapi_sys::kit::{OpenStores, Validity, register_store};
use mapi_sys::value::{Allocator, MapiError, StrRef};
use mapi_sys::*;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// The display name of a new store.
pub const STORE_DISPLAY_NAME: &str = "Sample Store";

/// The message store provider object.
#[derive(ComObject)]
#[mapi(implements(IMSProvider), allocator = alloc)]
pub struct Provider {
    alloc: Allocator,
    stores: Mutex<Stores>,
    /// The stores open through `Logon`, by instance.
    open: Arc<OpenStores<[u8; 16]>>,
    valid: Validity,
    log: ErrorLog,
}

#[derive(Default)]
struct Stores {
    by_instance: HashMap<[u8; 16], Arc<Database>>,
    default: Option<[u8; 16]>,
}

/// What a logon makes: the logon object (none for a store already open),
/// the store object (as `IUnknown`, for the thunk to query for the
/// caller's interface) and the store's instance identifier.
type LogonPair = (Option<ComPtr<IMSLogon>>, ComPtr<IUnknown>, [u8; 16]);

impl Provider {
    /// A provider allocating through `alloc`.
    pub fn new(alloc: Allocator) -> Provider {
        Provider {
            alloc,
            stores: Mutex::new(Stores::default()),
            open: Arc::new(OpenStores::new()),
            valid: Validity::new(),
            log: ErrorLog::new(crate::session::COMPONENT),
        }
    }

    /// The store an entry identifier (or none: the default store, whose
    /// instance identifier MAPI makes: `IMAPISupport::NewUID`) names.
    fn database(
        &self,
        support: &ComPtr<IMAPISupport>,
        eid: Option<&[u8]>,
    ) -> Result<Arc<Database>, Hresult> {
        let mut stores = self
            .stores
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?;
        let instance = match eid {
            None => match stores.default {
                Some(i) => i,
                None => *stores.default.insert(support.new_uid()?.ab),
            },
            Some(bytes) => {
                let e = EntryId::parse(bytes)?;
                if e.kind != Kind::Store {
                    return Err(Hresult(MAPI_E_UNKNOWN_ENTRYID));
                }
                e.store
            }
        };
        Ok(stores
            .by_instance
            .entry(instance)
            .or_insert_with(|| Arc::new(Database::new(instance, STORE_DISPLAY_NAME)))
            .clone())
    }

    fn logon(
        &self,
        support: ComPtr<IMAPISupport>,
        eid: Option<&[u8]>,
        flags: u32,
        iid: Option<&GUID>,
        spooler: bool,
    ) -> Result<LogonPair, Hresult> {
        self.valid.check()?;
        check_iid::<IMsgStore>(iid)?;
        let db = self.database(&support, eid)?;
        let instance = db.instance();
        // Already open: that store, no logon object, nothing asked of the
        // support object (IMSProvider::Logon's standard processing).
        if let Some(store) = self.open.get(&instance).filter(|_| !spooler) {
            return Ok((None, store.cast()?, instance));
        }
        let name = db
            .read()?
            .store
            .text(PR_DISPLAY_NAME)
            .unwrap_or_default()
            .into_owned();
        let (uid, eid) = (PROVIDER_UID, db.store_id().to_bytes());
        let wrapped = register_store(&support, &self.alloc, uid, &eid, &status_props(&name))?;
        let session = Session::new(db, self.alloc, spooler, flags & MDB_WRITE != 0, wrapped);
        let (store, weak) = Store::create(support.clone(), session.clone());
        let mut logon = Logon::new(session, support);
        if !spooler {
            // Open once the call succeeds; closed at the logon's Logoff.
            logon.close_at_logoff(self.open.clone(), instance, weak.clone());
            self.open.open_on_commit(instance, weak)?;
        }
        Ok((Some(logon.into_com()), store.cast()?, instance))
    }
}

impl IMSProviderImpl for Provider {
    fn shutdown(&self, _flags: MSProviderShutdownFlags) -> Result<(), Hresult> {
        // The thunk rejected any flag (none is defined).
        self.valid.check()?;
        self.valid.invalidate();
        Ok(())
    }

    fn logon(
        &self,
        support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: StrRef<'_>,
        eid: Option<&[u8]>,
        flags: MSProviderLogonFlags,
        iid: Option<&GUID>,
    ) -> Result<
        (
            Vec<u8>,
            Option<MapiError>,
            Option<ComPtr<IMSLogon>>,
            ComPtr<IUnknown>,
        ),
        Hresult,
    > {
        self.log.run("IMSProvider::Logon", || {
            let (logon, store, instance) = self.logon(support, eid, flags.bits(), iid, false)?;
            // What SpoolerLogon needs to find the same store: its instance.
            Ok((instance.to_vec(), None, logon, store))
        })
    }

    fn spooler_logon(
        &self,
        support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: StrRef<'_>,
        eid: Option<&[u8]>,
        flags: MSProviderSpoolerLogonFlags,
        iid: Option<&GUID>,
        spool_security: &[u8],
    ) -> Result<(Option<MapiError>, ComPtr<IMSLogon>, ComPtr<IUnknown>), Hresult> {
        self.log.run("IMSProvider::SpoolerLogon", || {
            self.valid.check()?;
            let instance: [u8; 16] = spool_security
                .try_into()
                .map_err(|_| Hresult(MAPI_E_LOGON_FAILED))?;
            let known = self
                .stores
                .lock()
                .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
                .by_instance
                .contains_key(&instance);
            if !known || eid.is_some_and(|e| EntryId::parse(e).map(|e| e.store) != Ok(instance)) {
                return Err(Hresult(MAPI_E_LOGON_FAILED));
            }
            let store_eid = EntryId::store(instance).to_bytes();
            let (logon, store, _) =
                self.logon(support, Some(&store_eid), flags.bits(), iid, true)?;
            Ok((None, logon.ok_or(Hresult(MAPI_E_CALL_FAILED))?, store))
        })
    }

    fn compare_store_ids(
        &self,
        a: &[u8],
        b: &[u8],
        _flags: MSProviderCompareStoreIDsFlags,
    ) -> Result<ULONG, Hresult> {
        self.valid.check()?;
        let r = entryid::compare_stores(a, b).map(ULONG::from);
        self.log.track("IMSProvider::CompareStoreIDs", r)
    }
}
