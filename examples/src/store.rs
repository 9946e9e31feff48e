//! `IMsgStore`: the store object clients call, built with
//! `#[derive(MsgStore)]` (which keeps the `StoreLogoff` contract), and the
//! `OpenEntry` logic it shares with the logon object and folders.

use crate::db;
use crate::entryid::{EntryId, Kind};
use crate::folder::Folder;
use crate::message::Message;
use crate::session::{ErrorLog, Session, check_iid, instance_key};
use mapi_sys::kit::{PropBag, PropObject, open_access, open_table_property};
use mapi_sys::value::PropValue;
use mapi_sys::value::{self, Prop, PropTag, StrRef};
use mapi_sys::*;
use std::sync::{Arc, OnceLock};

/// The message store object.
#[derive(MsgStore)]
#[mapi(support = support, allocator = session.alloc)]
pub struct Store {
    support: ComPtr<IMAPISupport>,
    session: Arc<Session>,
    /// The store itself, weakly, for the objects it opens to hold.
    this: Arc<OnceLock<ComWeak<IMsgStore>>>,
    log: ErrorLog,
}

impl Store {
    /// A new store object for `session`, and a weak reference to it.
    pub fn create(
        support: ComPtr<IMAPISupport>,
        session: Arc<Session>,
    ) -> (ComPtr<IMsgStore>, ComWeak<IMsgStore>) {
        let this = Arc::new(OnceLock::new());
        let (store, weak) = Store {
            support,
            session,
            this: this.clone(),
            log: ErrorLog::new(crate::session::COMPONENT),
        }
        .into_com_weak();
        let _ = this.set(weak.clone());
        (store, weak)
    }

    /// A new reference to this store object (alive while its methods run).
    fn com(&self) -> Result<ComPtr<IMsgStore>, Hresult> {
        let this = self.this.get().and_then(ComWeak::upgrade);
        this.ok_or(Hresult(MAPI_E_CALL_FAILED))
    }

    fn receive_table(&self, flags: u32) -> Result<ComPtr<IMAPITable>, Hresult> {
        self.session.check()?;
        let session = self.session.clone();
        let source = move || -> Result<Vec<PropBag>, Hresult> {
            let data = session.db.read()?;
            Ok(data
                .receive
                .iter()
                .enumerate()
                .map(|(i, (class, folder))| {
                    let eid = data.folder_eid(*folder);
                    let mut p = PropBag::new();
                    p.set(PR_ENTRYID, eid.to_bytes());
                    p.set(PR_RECORD_KEY, eid.record_key());
                    p.set(PR_MESSAGE_CLASS, class);
                    p.set(PR_INSTANCE_KEY, instance_key(i as u64));
                    p
                })
                .collect())
        };
        let columns = [PR_INSTANCE_KEY, PR_ENTRYID, PR_RECORD_KEY, PR_MESSAGE_CLASS];
        self.session
            .table(source, &columns, flags, Some(self.com()?))
    }
}

/// Opens a folder or message of the session's store (the root folder when
/// `eid` is `None`), for `OpenEntry` of the store, the logon and folders.
/// `store` is what the opened object keeps alive. `flags` are the
/// caller's (`MAPI_MODIFY`, `MAPI_BEST_ACCESS`: `kit::open_access`).
pub fn open_object(
    session: &Arc<Session>,
    store: Option<ComPtr<IMsgStore>>,
    eid: Option<&[u8]>,
    iid: Option<&GUID>,
    flags: u32,
) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
    session.check()?;
    let target = match eid {
        None => EntryId::folder(session.db.instance(), db::ROOT),
        Some(bytes) => session.parse(bytes)?,
    };
    let writable = open_access(flags, session.writable)?;
    match target.kind {
        Kind::Folder => {
            if session.db.read()?.folder(target.id).is_none() {
                return Err(Hresult(MAPI_E_NOT_FOUND));
            }
            check_iid::<IMAPIFolder>(iid)?;
            let folder = Folder::new(session.clone(), target.id, writable, store).into_com();
            Ok((MAPI_FOLDER, folder.cast()?))
        }
        Kind::Message => {
            let rec = session
                .db
                .read()?
                .message(target.id)
                .cloned()
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            check_iid::<IMessage>(iid)?;
            let message = Message::new(session.clone(), target.id, rec, true, writable, store);
            Ok((MAPI_MESSAGE, message.into_com().cast()?))
        }
        Kind::Store => Err(Hresult(MAPI_E_NOT_FOUND)),
    }
}

impl PropObject for Store {
    const NAME: &'static str = "IMsgStore";

    fn props(&self) -> Result<PropBag, Hresult> {
        self.session.check()?;
        let mut p = self.session.db.read()?.store_props();
        self.session.fix_store_ids(&mut p, Kind::Store);
        p.set_computed(PR_ACCESS_LEVEL, access_level(self.session.writable));
        Ok(p)
    }

    fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult> {
        // The store's properties are not transacted: they change at once.
        self.session.db.write()?.store.apply(set, &deleted);
        Ok(())
    }

    fn error_log(&self) -> &ErrorLog {
        &self.log
    }

    fn writable(&self) -> Result<(), Hresult> {
        self.session.check_write(self.session.writable)
    }

    fn open_property(
        &self,
        tag: PropTag,
        iid: &GUID,
        _options: ULONG,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let table = || self.receive_table(0);
        open_table_property(
            tag,
            iid,
            &self.props()?,
            &[(PR_RECEIVE_FOLDER_SETTINGS, &table)],
        )
    }
}

/// `PR_ACCESS_LEVEL` of an object opened for writing or not.
pub fn access_level(writable: bool) -> PropValue {
    PropValue::Long(if writable { MAPI_MODIFY as i32 } else { 0 })
}

impl IMsgStoreImpl for Store {
    fn advise(
        &self,
        eid: Option<&[u8]>,
        mask: MsgStoreAdviseFlags,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        let r = self.session.advise(eid, mask.bits(), sink);
        self.log.track("IMsgStore::Advise", r)
    }

    fn unadvise(&self, connection: ULONG_PTR) -> Result<(), Hresult> {
        self.session.check()?;
        let r = self.session.advisers.unadvise(connection);
        self.log.track("IMsgStore::Unadvise", r)
    }

    fn compare_entry_ids(
        &self,
        a: &[u8],
        b: &[u8],
        _flags: MsgStoreCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        self.session.check()?;
        let r = self.session.same_object(a, b).map(ULONG::from);
        self.log.track("IMsgStore::CompareEntryIDs", r)
    }

    fn open_entry(
        &self,
        eid: Option<&[u8]>,
        iid: Option<&GUID>,
        flags: MsgStoreOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        let r = self
            .com()
            .and_then(|me| open_object(&self.session, Some(me), eid, iid, flags.bits()));
        self.log.track("IMsgStore::OpenEntry", r)
    }

    fn set_receive_folder(
        &self,
        class: Option<StrRef<'_>>,
        _flags: MsgStoreSetReceiveFolderFlags,
        eid: Option<&[u8]>,
    ) -> Result<(), Hresult> {
        self.log.run("IMsgStore::SetReceiveFolder", || {
            self.writable()?;
            let class = class.map(|c| c.to_string_lossy()).unwrap_or_default();
            let Some(eid) = eid else {
                self.session.db.write()?.receive.reset(&class);
                return Ok(());
            };
            let e = self.session.parse(eid)?;
            if e.kind != Kind::Folder {
                return Err(Hresult(MAPI_E_INVALID_ENTRYID));
            }
            let mut data = self.session.db.write()?;
            data.folder(e.id).ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            data.receive.set(&class, e.id);
            Ok(())
        })
    }

    fn get_receive_folder(
        &self,
        class: Option<StrRef<'_>>,
        _flags: MsgStoreGetReceiveFolderFlags,
    ) -> Result<(value::EntryId, String), Hresult> {
        self.log.run("IMsgStore::GetReceiveFolder", || {
            self.session.check()?;
            let class = class.map(|c| c.to_string_lossy()).unwrap_or_default();
            let data = self.session.db.read()?;
            let (folder, matched) = data.receive.get(&class);
            let eid = data.folder_eid(*folder).to_bytes();
            let eid = value::EntryId::from_bytes(eid).map_err(Hresult::from)?;
            Ok((eid, matched.to_owned()))
        })
    }

    fn get_receive_folder_table(
        &self,
        flags: MsgStoreGetReceiveFolderTableFlags,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        let r = self.receive_table(flags.bits());
        self.log.track("IMsgStore::GetReceiveFolderTable", r)
    }

    fn store_logoff(&self, flags: &mut MsgStoreStoreLogoffFlags) -> Result<(), Hresult> {
        // The derive has saved the flags for StoreLogoffTransports. This
        // store has no transport traffic of its own to report.
        *flags = MsgStoreStoreLogoffFlags::empty();
        Ok(())
    }
}
