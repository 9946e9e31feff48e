//! `IMsgStore`: the store object clients call, built with
//! `#[derive(MsgStore)]` (which keeps the `StoreLogoff` contract), and the
//! `OpenEntry` logic it shares with the logon object and folders.

use crate::db::{self, STORE_COMPUTED};
use crate::entryid::{EntryId, Kind};
use crate::folder::Folder;
use crate::message::{Message, MessageState};
use crate::props::{self, PropValue, Props, read_tstr};
use crate::session::{ErrorLog, Session, check_iid, unicode};
use crate::table::{Table, instance_key_value, text_tag};
use mapi_sys::*;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Arc, Mutex};

/// The message store object.
#[derive(MsgStore)]
#[mapi(support = support)]
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
            log: ErrorLog::default(),
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

    fn props(&self) -> Result<Props, Hresult> {
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
        let source = move || -> Result<Vec<Props>, Hresult> {
            let data = session.db.read()?;
            Ok(data
                .receive_settings()
                .enumerate()
                .map(|(i, r)| {
                    let eid = data.folder_eid(r.folder);
                    let mut p = Props::new();
                    p.set(PR_ENTRYID, PropValue::Binary(eid.to_bytes()));
                    p.set(PR_RECORD_KEY, PropValue::Binary(eid.record_key()));
                    p.set(PR_MESSAGE_CLASS, PropValue::unicode(r.class.clone()));
                    p.set(PR_INSTANCE_KEY, instance_key_value(i as u64));
                    p
                })
                .collect())
        };
        let u = unicode(flags);
        let columns = vec![
            PR_INSTANCE_KEY,
            PR_ENTRYID,
            PR_RECORD_KEY,
            text_tag(PR_MESSAGE_CLASS, u),
        ];
        Ok(Table::new(
            self.session.clone(),
            Box::new(source),
            columns,
            u,
            Some(self.com()?),
        )
        .into_com())
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
    iid: LPCIID,
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
            // SAFETY: the caller passes the caller's IID pointer (null or valid).
            unsafe { check_iid::<IMAPIFolder>(iid) }?;
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
            // SAFETY: as above.
            unsafe { check_iid::<IMessage>(iid) }?;
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
///
/// # Safety
/// `iid` must be null or point to a GUID.
pub unsafe fn open_table_property(
    tag: u32,
    iid: LPCIID,
    props: &Props,
    tables: &[(u32, &OpenTable<'_>)],
) -> Result<ComPtr<IUnknown>, Hresult> {
    if props::prop_type(tag) == PT_UNSPECIFIED || iid.is_null() {
        return Err(Hresult(MAPI_E_INVALID_PARAMETER));
    }
    if let Some((_, open)) = tables
        .iter()
        .find(|(t, _)| props::prop_id(*t) == props::prop_id(tag))
    {
        // SAFETY: forwarded.
        unsafe { check_iid::<IMAPITable>(iid) }?;
        return open()?.cast();
    }
    if props.contains(tag) {
        Err(Hresult(MAPI_E_NO_SUPPORT))
    } else {
        Err(Hresult(MAPI_E_NOT_FOUND))
    }
}

/// `GetProps` on an object's properties: the tags asked for (all when the
/// array is null), with `MAPI_W_ERRORS_RETURNED` when some values come back
/// as `PT_ERROR`, as the reference asks.
///
/// # Safety
/// `tags` must be null or a valid tag array.
pub unsafe fn get_props(
    alloc: &crate::alloc::Allocator,
    props: &Props,
    tags: LPSPropTagArray,
    flags: u32,
) -> Result<(Hresult, (ULONG, LPSPropValue)), Hresult> {
    // SAFETY: forwarded.
    let tags = unsafe { props::read_tags(tags) }?;
    let (count, values, errors) = props::get_props(alloc, props, tags.as_deref(), unicode(flags))?;
    let status = if errors {
        Hresult(MAPI_W_ERRORS_RETURNED)
    } else {
        Hresult::OK
    };
    Ok((status, (count, values)))
}

/// `GetPropList` on an object's properties: every tag, strings in the
/// width `flags` asks for, as a MAPI-allocated tag array.
pub fn get_prop_list(
    alloc: &crate::alloc::Allocator,
    props: &Props,
    flags: u32,
) -> Result<LPSPropTagArray, Hresult> {
    let tags = props::prop_list(props, unicode(flags));
    Ok(props::write_tags(alloc, &tags)?.into_raw().cast())
}

/// `SetProps` on an object: sorts the values into changes and problems,
/// prepares the problem array, lets `apply` store the changes, then hands
/// the problems to the caller.
///
/// # Safety
/// `values` must be valid property values; `problems` null or writable.
pub unsafe fn set_props(
    alloc: &crate::alloc::Allocator,
    values: &[SPropValue],
    problems: *mut LPSPropProblemArray,
    computed: &[u32],
    apply: impl FnOnce(Vec<(u32, PropValue)>) -> Result<(), Hresult>,
) -> Result<(), Hresult> {
    // SAFETY: forwarded.
    let update = unsafe { props::read_update(values, |t| db::listed(computed, t)) }?;
    let prepared = props::prepare_problems(alloc, problems, &update.problems)?;
    apply(update.values)?;
    // SAFETY: forwarded.
    unsafe { props::hand_problems(problems, prepared) };
    Ok(())
}

/// `DeleteProps` on an object: computed properties are `MAPI_E_COMPUTED`
/// problems, missing ones `MAPI_E_NOT_FOUND`; `apply` removes the rest.
///
/// # Safety
/// `tags` must be null or a valid tag array; `problems` null or writable.
pub unsafe fn delete_props(
    alloc: &crate::alloc::Allocator,
    current: &Props,
    tags: LPSPropTagArray,
    problems: *mut LPSPropProblemArray,
    computed: &[u32],
    apply: impl FnOnce(Vec<u32>) -> Result<(), Hresult>,
) -> Result<(), Hresult> {
    // SAFETY: forwarded.
    let tags = unsafe { props::read_tags(tags) }?.ok_or(Hresult(MAPI_E_INVALID_PARAMETER))?;
    let mut found = Vec::new();
    let mut issues = Vec::new();
    for (i, &tag) in tags.iter().enumerate() {
        let problem = |scode| SPropProblem {
            ulIndex: i as u32,
            ulPropTag: tag,
            scode,
        };
        if db::listed(computed, tag) {
            issues.push(problem(MAPI_E_COMPUTED));
        } else if !current.contains(tag) {
            issues.push(problem(MAPI_E_NOT_FOUND));
        } else {
            found.push(tag);
        }
    }
    let prepared = props::prepare_problems(alloc, problems, &issues)?;
    apply(found)?;
    // SAFETY: forwarded.
    unsafe { props::hand_problems(problems, prepared) };
    Ok(())
}

impl IMAPIPropImpl for Store {
    fn get_last_error(
        &self,
        hr: HRESULT,
        flags: MAPIPropGetLastErrorFlags,
    ) -> Result<LPMAPIERROR, Hresult> {
        self.log
            .get_last_error(&self.session.alloc, hr, flags.bits())
    }

    fn save_changes(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        // The store's properties are not transacted: SetProps already saved.
        self.session.check()
    }

    fn get_props_with_warning(
        &self,
        tags: LPSPropTagArray,
        flags: MAPIPropGetPropsFlags,
    ) -> Result<(Hresult, (ULONG, LPSPropValue)), Hresult> {
        let r = self.props().and_then(|p| {
            // SAFETY: the caller passes a valid tag array or null.
            unsafe { get_props(&self.session.alloc, &p, tags, flags.bits()) }
        });
        self.log.track("IMsgStore::GetProps", r)
    }

    fn get_prop_list(&self, flags: MAPIPropGetPropListFlags) -> Result<LPSPropTagArray, Hresult> {
        get_prop_list(&self.session.alloc, &self.props()?, flags.bits())
    }

    fn open_property(
        &self,
        tag: ULONG,
        iid: LPCIID,
        _options: ULONG,
        _flags: MAPIPropOpenPropertyFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let p = self.props()?;
        let table = || self.receive_table(0);
        // SAFETY: the caller passes a valid IID pointer (checked non-null).
        unsafe { open_table_property(tag, iid, &p, &[(PR_RECEIVE_FOLDER_SETTINGS, &table)]) }
    }

    fn set_props(
        &self,
        values: &[SPropValue],
        problems: *mut LPSPropProblemArray,
    ) -> Result<(), Hresult> {
        let r = self.check_write().and_then(|()| {
            // SAFETY: the caller passes valid values and a null or writable
            // problems pointer.
            unsafe {
                set_props(
                    &self.session.alloc,
                    values,
                    problems,
                    STORE_COMPUTED,
                    |changes| {
                        let mut data = self.session.db.write()?;
                        for (tag, v) in changes {
                            data.store.set(tag, v);
                        }
                        Ok(())
                    },
                )
            }
        });
        self.log.track("IMsgStore::SetProps", r)
    }

    fn delete_props(
        &self,
        tags: LPSPropTagArray,
        problems: *mut LPSPropProblemArray,
    ) -> Result<(), Hresult> {
        let r = self.check_write().and_then(|()| {
            let current = self.props()?;
            // SAFETY: the caller passes a valid tag array and a null or
            // writable problems pointer.
            unsafe {
                delete_props(
                    &self.session.alloc,
                    &current,
                    tags,
                    problems,
                    STORE_COMPUTED,
                    |gone| {
                        let mut data = self.session.db.write()?;
                        for tag in gone {
                            data.store.remove(tag);
                        }
                        Ok(())
                    },
                )
            }
        });
        self.log.track("IMsgStore::DeleteProps", r)
    }
}

/// `Advise` for the store and the logon: validates the source and
/// registers the sink.
pub fn advise(
    session: &Session,
    eid: Option<&[u8]>,
    mask: u32,
    sink: Option<ComPtr<IMAPIAdviseSink>>,
) -> Result<ULONG_PTR, Hresult> {
    session.check()?;
    let sink = sink.ok_or(Hresult(MAPI_E_INVALID_PARAMETER))?;
    let source = match eid {
        None => None,
        Some(bytes) => {
            let e = session.parse(bytes)?;
            let data = session.db.read()?;
            let exists = match e.kind {
                Kind::Store => true,
                Kind::Folder => data.folder(e.id).is_some(),
                Kind::Message => data.message(e.id).is_some(),
            };
            if !exists {
                return Err(Hresult(MAPI_E_NOT_FOUND));
            }
            Some(e)
        }
    };
    session.db.notifier.advise(session.id, source, mask, sink)
}

impl IMsgStoreImpl for Store {
    fn advise(
        &self,
        eid: Option<&[u8]>,
        mask: MsgStoreAdviseFlags,
        sink: Option<ComPtr<IMAPIAdviseSink>>,
    ) -> Result<ULONG_PTR, Hresult> {
        let r = advise(&self.session, eid, mask.bits(), sink);
        self.log.track("IMsgStore::Advise", r)
    }

    fn unadvise(&self, connection: ULONG_PTR) -> Result<(), Hresult> {
        self.session.check()?;
        let r = self
            .session
            .db
            .notifier
            .unadvise(self.session.id, connection);
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
        iid: LPCIID,
        flags: MsgStoreOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        let r = self
            .com()
            .and_then(|me| open_object(&self.session, Some(me), eid, iid, flags.bits()));
        self.log.track("IMsgStore::OpenEntry", r)
    }

    fn set_receive_folder(
        &self,
        class: LPTSTR,
        flags: MsgStoreSetReceiveFolderFlags,
        eid: Option<&[u8]>,
    ) -> Result<(), Hresult> {
        let r = (|| {
            self.check_write()?;
            // SAFETY: the caller passes a null or NUL-terminated string of
            // the width its flags say.
            let class = unsafe { read_tstr(class, unicode(flags.bits())) }?.unwrap_or_default();
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
        class: LPTSTR,
        flags: MsgStoreGetReceiveFolderFlags,
        explicit: *mut LPTSTR,
    ) -> Result<(ULONG, LPENTRYID), Hresult> {
        let r = (|| {
            self.session.check()?;
            let u = unicode(flags.bits());
            // SAFETY: as for SetReceiveFolder.
            let class = unsafe { read_tstr(class, u) }?.unwrap_or_default();
            let (folder, matched) = self
                .session
                .db
                .read()?
                .receive_folder(&class)
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            let eid = EntryId::folder(self.session.db.instance(), folder).to_bytes();
            let alloc = &self.session.alloc;
            let eid_buf = alloc.bytes(&eid)?;
            let class_buf = if explicit.is_null() {
                None
            } else {
                Some(alloc.string(&matched, u)?)
            };
            if let Some(buf) = class_buf {
                // SAFETY: checked non-null; the caller's out-pointer. Nothing
                // can fail after this point.
                unsafe { explicit.write(buf.into_raw().cast()) };
            }
            Ok((eid.len() as ULONG, eid_buf.into_raw().cast()))
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
