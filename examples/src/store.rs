//! `IMsgStore`: the store object clients call, built with
//! `#[derive(MsgStore)]` (which keeps the `StoreLogoff` contract), and the
//! `OpenEntry` logic it shares with the logon object and folders.

use crate::db;
use crate::entryid::{EntryId, Kind};
use crate::folder::Folder;
use crate::message::{Message, MessageState};
use crate::session::{ErrorLog, Session, check_iid, instance_key, unicode};
use mapi_sys::kit::{PropBag, Update};
use mapi_sys::value::PropValue;
use mapi_sys::value::{self, MapiError, Problem, Prop, PropArray, PropRef, PropTag, StrRef};
use mapi_sys::*;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Arc, Mutex};

/// The message store object.
#[derive(MsgStore)]
#[mapi(support = support, allocator = session.alloc)]
pub struct Store {
    support: ComPtr<IMAPISupport>,
    session: Arc<Session>,
    /// The store's own interface pointer (not a reference: the object is
    /// alive whenever one of its methods runs), for the objects it opens
    /// to hold.
    this: Arc<AtomicPtr<IMsgStore>>,
    log: ErrorLog,
}

impl Store {
    /// A new store object for `session`.
    pub fn create(support: ComPtr<IMAPISupport>, session: Arc<Session>) -> ComPtr<IMsgStore> {
        let this = Arc::new(AtomicPtr::new(core::ptr::null_mut()));
        let store = Store {
            support,
            session,
            this: this.clone(),
            log: ErrorLog::new(crate::session::COMPONENT),
        }
        .into_com();
        this.store(store.as_raw(), Ordering::Release);
        store
    }

    /// A new reference to this store object.
    fn com(&self) -> Result<ComPtr<IMsgStore>, Hresult> {
        let p = self.this.load(Ordering::Acquire);
        // SAFETY: `p` is this object's own interface pointer, set right after
        // it was created; the object is alive while its methods run, and
        // `from_borrowed` takes a reference of its own.
        unsafe { ComPtr::from_borrowed(p) }.ok_or(Hresult(MAPI_E_CALL_FAILED))
    }

    fn check_write(&self) -> Result<(), Hresult> {
        self.session.check()?;
        if self.session.writable {
            Ok(())
        } else {
            Err(Hresult(MAPI_E_NO_ACCESS))
        }
    }

    fn props(&self) -> Result<PropBag, Hresult> {
        self.session.check()?;
        let mut p = self.session.db.read()?.store_props();
        self.session.fix_store_ids(&mut p, Kind::Store);
        let level = if self.session.writable {
            MAPI_MODIFY
        } else {
            0
        };
        p.set(PR_ACCESS_LEVEL, PropValue::Long(level as i32));
        Ok(p)
    }

    fn receive_table(&self, flags: u32) -> Result<ComPtr<IMAPITable>, Hresult> {
        self.session.check()?;
        let session = self.session.clone();
        let source = move || -> Result<Vec<PropBag>, Hresult> {
            let data = session.db.read()?;
            Ok(data
                .receive_settings()
                .enumerate()
                .map(|(i, r)| {
                    let eid = data.folder_eid(r.folder);
                    let mut p = PropBag::new();
                    p.set(PR_ENTRYID, PropValue::Binary(eid.to_bytes()));
                    p.set(PR_RECORD_KEY, PropValue::Binary(eid.record_key()));
                    p.set(PR_MESSAGE_CLASS, PropValue::unicode(r.class.clone()));
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
/// caller's: `MAPI_MODIFY` asks for write access (`MAPI_E_NO_ACCESS` if the
/// logon is read-only), `MAPI_BEST_ACCESS` for write access if possible;
/// without either the object is read-only.
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
    if flags & MAPI_MODIFY != 0 && !session.writable {
        return Err(Hresult(MAPI_E_NO_ACCESS));
    }
    let writable = session.writable && flags & (MAPI_MODIFY | MAPI_BEST_ACCESS) != 0;
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
            let state = MessageState::saved(target.id, rec, writable);
            let message =
                Message::new(session.clone(), Arc::new(Mutex::new(state)), store).into_com();
            Ok((MAPI_MESSAGE, message.cast()?))
        }
        Kind::Store => Err(Hresult(MAPI_E_NOT_FOUND)),
    }
}

/// Opens the table of a table-valued property.
pub type OpenTable<'a> = dyn Fn() -> Result<ComPtr<IMAPITable>, Hresult> + 'a;

/// `IMAPIProp::OpenProperty` for the table-valued properties: `tables`
/// maps the properties an object can open to the table each opens.
/// Anything else: `MAPI_E_NOT_FOUND` for a property the object lacks,
/// `MAPI_E_NO_SUPPORT` otherwise (no streams).
pub fn open_table_property(
    tag: u32,
    iid: &GUID,
    props: &PropBag,
    tables: &[(u32, &OpenTable<'_>)],
) -> Result<ComPtr<IUnknown>, Hresult> {
    let tag = PropTag(tag);
    if tag.prop_type() == PT_UNSPECIFIED {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    if let Some((_, open)) = tables.iter().find(|(t, _)| PropTag(*t).id() == tag.id()) {
        check_iid::<IMAPITable>(Some(iid))?;
        return open()?.cast();
    }
    Err(Hresult(if props.contains(tag) {
        MAPI_E_NO_SUPPORT
    } else {
        MAPI_E_NOT_FOUND
    }))
}

/// `GetProps` on an object's properties, strings in the width `flags`
/// asks for; the thunk answers `MAPI_W_ERRORS_RETURNED` when some values
/// come back as `PT_ERROR`.
pub fn get_props(
    props: &PropBag,
    tags: Option<&[PropTag]>,
    flags: u32,
) -> Result<(Hresult, PropArray<'static>), Hresult> {
    let values = props.get_props(tags, unicode(flags))?.into_owned();
    Ok((Hresult::OK, values.into()))
}

/// `SetProps` on an object whose computed properties are `computed`: sorts
/// the values into changes and problems, lets `apply` store the changes,
/// and returns the problems.
pub fn set_props(
    computed: &[u32],
    values: &[PropRef<'_>],
    apply: impl FnOnce(Vec<Prop>) -> Result<(), Hresult>,
) -> Result<Vec<Problem>, Hresult> {
    let update = Update::read(values, |t| {
        computed.iter().any(|&c| PropTag(c).id() == t.id())
    })?;
    apply(update.values)?;
    Ok(update.problems)
}

/// `DeleteProps` on an object whose current properties are `current`:
/// computed properties are `MAPI_E_COMPUTED` problems, missing ones
/// `MAPI_E_NOT_FOUND`; `apply` removes the rest.
pub fn delete_props(
    current: &PropBag,
    tags: &[PropTag],
    apply: impl FnOnce(Vec<PropTag>) -> Result<(), Hresult>,
) -> Result<Vec<Problem>, Hresult> {
    let (found, problems) = current.check_delete(tags)?;
    apply(found)?;
    Ok(problems)
}

impl IMAPIPropImpl for Store {
    fn get_last_error(
        &self,
        hr: HRESULT,
        _flags: MAPIPropGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        Ok(self.log.get_last_error(hr))
    }

    fn save_changes(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        // The store's properties are not transacted: SetProps already saved.
        self.session.check()
    }

    fn get_props_with_warning(
        &self,
        tags: Option<&[PropTag]>,
        flags: MAPIPropGetPropsFlags,
    ) -> Result<(Hresult, PropArray<'_>), Hresult> {
        let r = self.props().and_then(|p| get_props(&p, tags, flags.bits()));
        self.log.track("IMsgStore::GetProps", r)
    }

    fn get_prop_list(&self, flags: MAPIPropGetPropListFlags) -> Result<Vec<PropTag>, Hresult> {
        Ok(self.props()?.prop_list(unicode(flags.bits())))
    }

    fn open_property(
        &self,
        tag: ULONG,
        iid: &GUID,
        _options: ULONG,
        _flags: MAPIPropOpenPropertyFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let p = self.props()?;
        let table = || self.receive_table(0);
        open_table_property(tag, iid, &p, &[(PR_RECEIVE_FOLDER_SETTINGS, &table)])
    }

    fn set_props(&self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let r = self.check_write().and_then(|()| {
            {
                set_props(db::STORE_COMPUTED, values, |changes| {
                    let mut data = self.session.db.write()?;
                    for (tag, v) in changes.into_iter().map(Prop::into_parts) {
                        data.store.set(tag, v);
                    }
                    Ok(())
                })
            }
        });
        self.log.track("IMsgStore::SetProps", r)
    }

    fn delete_props(&self, tags: &[PropTag]) -> Result<Vec<Problem>, Hresult> {
        let r = self.check_write().and_then(|()| {
            let current = self.props()?;
            {
                delete_props(&current, tags, |gone| {
                    let mut data = self.session.db.write()?;
                    for tag in gone {
                        data.store.remove(tag);
                    }
                    Ok(())
                })
            }
        });
        self.log.track("IMsgStore::DeleteProps", r)
    }
}

impl IMsgStoreImpl for Store {
    fn advise(
        &self,
        eid: Option<&[u8]>,
        mask: MsgStoreAdviseFlags,
        sink: Option<ComPtr<IMAPIAdviseSink>>,
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
        let r = (|| {
            self.check_write()?;
            let class = class.map(|c| c.to_string_lossy()).unwrap_or_default();
            let folder = match eid {
                None => None,
                Some(bytes) => {
                    let e = self.session.parse(bytes)?;
                    if e.kind != Kind::Folder {
                        return Err(Hresult(MAPI_E_INVALID_ENTRYID));
                    }
                    Some(e.id)
                }
            };
            self.session.db.write()?.set_receive_folder(&class, folder)
        })();
        self.log.track("IMsgStore::SetReceiveFolder", r)
    }

    fn get_receive_folder(
        &self,
        class: Option<StrRef<'_>>,
        _flags: MsgStoreGetReceiveFolderFlags,
    ) -> Result<(value::EntryId, String), Hresult> {
        let r = (|| {
            self.session.check()?;
            let class = class.map(|c| c.to_string_lossy()).unwrap_or_default();
            let (folder, matched) = self
                .session
                .db
                .read()?
                .receive_folder(&class)
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            let eid = EntryId::folder(self.session.db.instance(), folder).to_bytes();
            let eid = value::EntryId::from_bytes(eid).map_err(Hresult::from)?;
            Ok((eid, matched))
        })();
        self.log.track("IMsgStore::GetReceiveFolder", r)
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
