//! `IMSLogon`, the side of an open store that MAPI itself calls, and
//! `IMAPIStatus`, the status object it opens.
//!
//! The logon object shares the store object's [`Session`] but holds no
//! reference on the store object: MAPI keeps the logon until after the
//! store's last `Release` (which calls `StoreLogoffTransports`), so a
//! reference here would keep the store alive for ever. Objects opened
//! through the logon likewise keep only the session alive.

use crate::session::{ErrorLog, Session, check_iid};
use crate::store::open_object;
use mapi_sys::kit::{OpenStores, PropBag, PropObject};
use mapi_sys::value::{MapiError, Prop, PropTag};
use mapi_sys::*;
use std::sync::{Arc, Mutex};

/// The provider's open stores, a store's key among them, and the store.
type OpenEntry = (Arc<OpenStores<[u8; 16]>>, [u8; 16], ComWeak<IMsgStore>);

/// A logon object.
#[derive(ComObject)]
#[mapi(implements(IMSLogon), allocator = session.alloc)]
pub struct Logon {
    session: Arc<Session>,
    /// The support object of this logon, released at `Logoff`.
    support: Mutex<Option<ComPtr<IMAPISupport>>>,
    /// Where its store is recorded as open, to forget it at `Logoff`.
    open: Option<OpenEntry>,
    log: ErrorLog,
}

impl Logon {
    /// The logon object of `session`, keeping `support` until `Logoff`.
    pub fn new(session: Arc<Session>, support: ComPtr<IMAPISupport>) -> Logon {
        Logon {
            session,
            support: Mutex::new(Some(support)),
            open: None,
            log: ErrorLog::new(crate::session::COMPONENT),
        }
    }

    /// At `Logoff`, forgets `store` as the store open under `key`.
    pub fn close_at_logoff(
        &mut self,
        open: Arc<OpenStores<[u8; 16]>>,
        key: [u8; 16],
        store: ComWeak<IMsgStore>,
    ) {
        self.open = Some((open, key, store));
    }
}

impl IMSLogonImpl for Logon {
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MSLogonGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(self.log.get_last_error(hr))
    }

    fn logoff(&self, _flags: MSLogonLogoffFlags) -> Result<(), Hresult> {
        // The thunk rejected any flag (none is defined).
        self.session.check()?;
        self.session.log_off();
        if let Some((open, key, store)) = &self.open {
            open.close(key, store);
        }
        let support = self.support.lock().ok().and_then(|mut s| s.take());
        drop(support);
        Ok(())
    }

    fn open_entry(
        &self,
        eid: Option<&[u8]>,
        iid: Option<&GUID>,
        flags: MSLogonOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        let r = open_object(&self.session, None, eid, iid, flags.bits());
        self.log.track("IMSLogon::OpenEntry", r)
    }

    fn compare_entry_ids(
        &self,
        a: &[u8],
        b: &[u8],
        _flags: MSLogonCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        self.session.check()?;
        let r = self.session.same_object(a, b).map(ULONG::from);
        self.log.track("IMSLogon::CompareEntryIDs", r)
    }

    fn advise(
        &self,
        eid: Option<&[u8]>,
        mask: MSLogonAdviseFlags,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        let r = self.session.advise(eid, mask.bits(), sink);
        self.log.track("IMSLogon::Advise", r)
    }

    fn unadvise(&self, connection: ULONG_PTR) -> Result<(), Hresult> {
        self.session.check()?;
        let r = self.session.advisers.unadvise(connection);
        self.log.track("IMSLogon::Unadvise", r)
    }

    fn open_status_entry(
        &self,
        iid: Option<&GUID>,
        _flags: MSLogonOpenStatusEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.session.check()?;
        check_iid::<IMAPIStatus>(iid)?;
        let status = Status {
            session: self.session.clone(),
            log: ErrorLog::new(crate::session::COMPONENT),
        };
        Ok((MAPI_STATUS, status.into_com().cast()?))
    }
}

/// The status row of a store logon: what `IMAPIStatus` returns and the
/// provider gives `IMAPISupport::ModifyStatusRow`.
pub fn status_props(display_name: &str) -> PropBag {
    let mut p = PropBag::new();
    p.set(PR_DISPLAY_NAME, display_name);
    p.set(PR_PROVIDER_DISPLAY, crate::PROVIDER_DISPLAY);
    p.set(PR_RESOURCE_METHODS, STATUS_VALIDATE_STATE);
    p.set(PR_RESOURCE_TYPE, MAPI_STORE_PROVIDER);
    p.set(PR_RESOURCE_FLAGS, 0);
    p.set(PR_STATUS_CODE, STATUS_AVAILABLE);
    p.set(PR_STATUS_STRING, "Available");
    p
}

/// The status object of a store logon.
#[derive(ComObject)]
#[mapi(implements(IMAPIStatus), allocator = session.alloc)]
pub struct Status {
    session: Arc<Session>,
    log: ErrorLog,
}

impl PropObject for Status {
    const NAME: &'static str = "IMAPIStatus";

    fn props(&self) -> Result<PropBag, Hresult> {
        self.session.check()?;
        let data = self.session.db.read()?;
        let mut p = status_props(&data.store.text(PR_DISPLAY_NAME).unwrap_or_default());
        p.set(PR_OBJECT_TYPE, MAPI_STATUS);
        Ok(p)
    }

    fn change(&self, _set: Vec<Prop>, _deleted: Vec<PropTag>) -> Result<(), Hresult> {
        Err(Hresult(MAPI_E_NO_ACCESS))
    }

    fn error_log(&self) -> &ErrorLog {
        &self.log
    }

    fn writable(&self) -> Result<(), Hresult> {
        // Status objects are read-only.
        self.session.check_write(false)
    }

    fn save(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        Err(Hresult(MAPI_E_NO_SUPPORT))
    }
}

impl IMAPIStatusImpl for Status {
    fn validate_state(
        &self,
        _ui: ULONG_PTR,
        _flags: MAPIStatusValidateStateFlags,
    ) -> Result<(), Hresult> {
        // An in-memory store is always available: nothing to check.
        self.session.check()
    }
}
