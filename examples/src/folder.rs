//! `IMAPIFolder`: folders, their contents and hierarchy tables, and the
//! creation and deletion of the messages and subfolders they hold.
//! Folders are not transacted: `SetProps` takes effect at once and
//! `SaveChanges` has nothing left to do.

use crate::db::{self, MessageRec};
use crate::entryid::Kind;
use crate::message::Message;
use crate::session::{ErrorLog, Session, check_iid, instance_key};
use crate::store::{access_level, open_object};
use mapi_sys::kit::restrict::compare_text;
use mapi_sys::kit::{OpenTable, PropBag, PropObject, open_table_property};
use mapi_sys::value::{Prop, PropTag, StrRef};
use mapi_sys::*;
use std::sync::Arc;

/// A folder object.
#[derive(ComObject)]
#[mapi(implements(IMAPIFolder), allocator = session.alloc)]
pub struct Folder {
    session: Arc<Session>,
    id: u64,
    writable: bool,
    log: ErrorLog,
    store: Option<ComPtr<IMsgStore>>,
}

/// The default columns of a contents table.
pub const CONTENTS_COLUMNS: &[u32] = &[
    PR_ENTRYID,
    PR_INSTANCE_KEY,
    PR_RECORD_KEY,
    PR_MESSAGE_CLASS,
    PR_SUBJECT,
    PR_MESSAGE_FLAGS,
    PR_MESSAGE_SIZE,
    PR_HASATTACH,
    PR_IMPORTANCE,
    PR_LAST_MODIFICATION_TIME,
    PR_PARENT_ENTRYID,
    PR_OBJECT_TYPE,
];

/// The default columns of a hierarchy table.
pub const HIERARCHY_COLUMNS: &[u32] = &[
    PR_ENTRYID,
    PR_INSTANCE_KEY,
    PR_RECORD_KEY,
    PR_DISPLAY_NAME,
    PR_COMMENT,
    PR_DEPTH,
    PR_DISPLAY_TYPE,
    PR_OBJECT_TYPE,
    PR_STATUS,
    PR_FOLDER_TYPE,
    PR_CONTENT_COUNT,
    PR_CONTENT_UNREAD,
    PR_SUBFOLDERS,
    PR_CONTAINER_CLASS,
];

impl Folder {
    /// A folder object for folder `id`; `store` is kept alive with it.
    pub fn new(
        session: Arc<Session>,
        id: u64,
        writable: bool,
        store: Option<ComPtr<IMsgStore>>,
    ) -> Folder {
        Folder {
            session,
            id,
            writable,
            log: ErrorLog::new(crate::session::COMPONENT),
            store,
        }
    }

    fn contents_table(&self, flags: u32) -> Result<ComPtr<IMAPITable>, Hresult> {
        self.session.check()?;
        if flags & SHOW_SOFT_DELETES != 0 {
            return Err(Hresult(MAPI_E_NO_SUPPORT));
        }
        let associated = flags & MAPI_ASSOCIATED != 0;
        let (session, folder) = (self.session.clone(), self.id);
        let source = move || -> Result<Vec<PropBag>, Hresult> {
            let data = session.db.read()?;
            if data.folder(folder).is_none() {
                return Err(Hresult(MAPI_E_OBJECT_DELETED));
            }
            Ok(data
                .messages_in(folder, associated)
                .map(|(id, m)| {
                    let mut p = data.message_props(id, m);
                    session.fix_store_ids(&mut p, Kind::Message);
                    p.set(PR_INSTANCE_KEY, instance_key(id));
                    p
                })
                .collect())
        };
        self.session
            .table(source, CONTENTS_COLUMNS, flags, self.store.clone())
    }

    fn hierarchy_table(&self, flags: u32) -> Result<ComPtr<IMAPITable>, Hresult> {
        self.session.check()?;
        if flags & SHOW_SOFT_DELETES != 0 {
            return Err(Hresult(MAPI_E_NO_SUPPORT));
        }
        let depth = if flags & CONVENIENT_DEPTH != 0 {
            None
        } else {
            Some(0)
        };
        let (session, folder) = (self.session.clone(), self.id);
        let source = move || -> Result<Vec<PropBag>, Hresult> {
            let data = session.db.read()?;
            if data.folder(folder).is_none() {
                return Err(Hresult(MAPI_E_OBJECT_DELETED));
            }
            Ok(data
                .descendants(folder, depth)
                .into_iter()
                .filter_map(|(id, d)| {
                    let mut p = data.folder_props(id)?;
                    session.fix_store_ids(&mut p, Kind::Folder);
                    p.set(PR_INSTANCE_KEY, instance_key(id));
                    p.set(PR_DEPTH, d);
                    Some(p)
                })
                .collect())
        };
        self.session
            .table(source, HIERARCHY_COLUMNS, flags, self.store.clone())
    }

    /// The messages of an entry list that are in this folder; the others
    /// (not ours, not here) are counted.
    fn read_list(&self, list: &[&[u8]]) -> (Vec<u64>, usize) {
        let mut ids = Vec::new();
        let mut missed = 0;
        for bytes in list {
            match self.session.parse(bytes) {
                Ok(e) if e.kind == Kind::Message => ids.push(e.id),
                _ => missed += 1,
            }
        }
        (ids, missed)
    }

    /// Sets or clears `MSGFLAG_READ` on saved messages of this folder.
    fn set_read(&self, ids: Option<Vec<u64>>, flags: u32) -> Result<usize, Hresult> {
        if flags & GENERATE_RECEIPT_ONLY != 0 {
            return Ok(0);
        }
        let clear = flags & CLEAR_READ_FLAG != 0;
        let (events, missed) = {
            let mut data = self.session.db.write()?;
            let ids = match ids {
                Some(ids) => ids,
                None => data.messages_in(self.id, false).map(|(id, _)| id).collect(),
            };
            let mut events = Vec::new();
            let mut missed = 0;
            for id in ids {
                if data.message(id).is_none_or(|m| m.folder != self.id) {
                    missed += 1;
                    continue;
                }
                events.push(data.touch_message(id, |m| m.set_read(!clear))?);
            }
            (events, missed)
        };
        self.session.notify(&events);
        Ok(missed)
    }
}

impl PropObject for Folder {
    const NAME: &'static str = "IMAPIFolder";

    fn props(&self) -> Result<PropBag, Hresult> {
        self.session.check()?;
        let data = self.session.db.read()?;
        let mut p = data
            .folder_props(self.id)
            .ok_or(Hresult(MAPI_E_OBJECT_DELETED))?;
        self.session.fix_store_ids(&mut p, Kind::Folder);
        p.set_computed(PR_ACCESS_LEVEL, access_level(self.writable));
        Ok(p)
    }

    fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult> {
        // Folders are not transacted: changes take effect at once. A new
        // name must not be a sibling's.
        let event = {
            let mut data = self.session.db.write()?;
            let rename = set
                .iter()
                .find(|p| p.tag().id() == PropTag(PR_DISPLAY_NAME).id());
            if let Some(name) = rename.and_then(|p| p.value().to_string_lossy()) {
                let parent = data.folder(self.id).and_then(|f| f.parent);
                let taken = |(id, f): (u64, &db::FolderRec)| {
                    id != self.id
                        && f.props
                            .text(PR_DISPLAY_NAME)
                            .is_some_and(|n| compare_text(&n, &name).is_eq())
                };
                if parent.is_some_and(|p| data.children(p).any(taken)) {
                    return Err(Hresult(MAPI_E_COLLISION));
                }
            }
            data.update_folder(self.id, |p| p.apply(set, &deleted))?
        };
        self.session.notify(&[event]);
        Ok(())
    }

    fn error_log(&self) -> &ErrorLog {
        &self.log
    }

    fn writable(&self) -> Result<(), Hresult> {
        self.session.check_write(self.writable)
    }

    fn open_property(
        &self,
        tag: PropTag,
        iid: &GUID,
        options: ULONG,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let u = options & MAPI_UNICODE;
        let contents = || self.contents_table(u);
        let associated = || self.contents_table(u | MAPI_ASSOCIATED);
        let hierarchy = || self.hierarchy_table(u);
        let tables: [(u32, OpenTable<'_>); 3] = [
            (PR_CONTAINER_CONTENTS, &contents),
            (PR_FOLDER_ASSOCIATED_CONTENTS, &associated),
            (PR_CONTAINER_HIERARCHY, &hierarchy),
        ];
        open_table_property(tag, iid, &self.props()?, &tables)
    }
}

impl IMAPIContainerImpl for Folder {
    fn get_contents_table(
        &self,
        flags: MAPIContainerGetContentsTableFlags,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        let r = self.contents_table(flags.bits());
        self.log.track("IMAPIFolder::GetContentsTable", r)
    }

    fn get_hierarchy_table(
        &self,
        flags: MAPIContainerGetHierarchyTableFlags,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        let r = self.hierarchy_table(flags.bits());
        self.log.track("IMAPIFolder::GetHierarchyTable", r)
    }

    fn open_entry(
        &self,
        eid: Option<&[u8]>,
        iid: Option<&GUID>,
        flags: MAPIContainerOpenEntryFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        let r = open_object(&self.session, self.store.clone(), eid, iid, flags.bits());
        self.log.track("IMAPIFolder::OpenEntry", r)
    }
}

impl IMAPIFolderImpl for Folder {
    fn create_message(
        &self,
        iid: Option<&GUID>,
        flags: MAPIFolderCreateMessageFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        self.log.run("IMAPIFolder::CreateMessage", || {
            self.writable()?;
            check_iid::<IMessage>(iid)?;
            let id = {
                let mut data = self.session.db.write()?;
                if data.folder(self.id).is_none() {
                    return Err(Hresult(MAPI_E_OBJECT_DELETED));
                }
                data.new_id()
            };
            let associated = flags.bits() & MAPI_ASSOCIATED != 0;
            let t = db::now();
            let mut rec = MessageRec {
                folder: self.id,
                associated,
                ..MessageRec::default()
            };
            rec.props.set(PR_MESSAGE_CLASS, "IPM");
            rec.props
                .set(PR_MESSAGE_FLAGS, MSGFLAG_READ | MSGFLAG_UNSENT);
            rec.props.set(PR_CREATION_TIME, t.clone());
            rec.props.set(PR_LAST_MODIFICATION_TIME, t.clone());
            let key = self.session.db.read()?.message_eid(id).record_key();
            rec.props.set(PR_SEARCH_KEY, key);
            let store = self.store.clone();
            let message = Message::new(self.session.clone(), id, rec, false, true, store);
            message.into_com().cast()
        })
    }

    fn delete_messages(
        &self,
        list: &[&[u8]],
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        _flags: MAPIFolderDeleteMessagesFlags,
    ) -> Result<(), Hresult> {
        self.log.run("IMAPIFolder::DeleteMessages", || {
            self.writable()?;
            let (ids, mut missed) = self.read_list(list);
            let events: Vec<_> = {
                let mut data = self.session.db.write()?;
                ids.into_iter()
                    .filter_map(|id| {
                        let e = data.delete_message(self.id, id);
                        if e.is_none() {
                            missed += 1;
                        }
                        e
                    })
                    .collect()
            };
            self.session.notify(&events);
            if missed > 0 {
                return Err(Hresult(MAPI_W_PARTIAL_COMPLETION));
            }
            Ok(())
        })
    }

    fn create_folder(
        &self,
        kind: MAPIFolderCreateFolderTypeFlags,
        name: StrRef<'_>,
        comment: Option<StrRef<'_>>,
        iid: Option<&GUID>,
        flags: MAPIFolderCreateFolderFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        self.log.run("IMAPIFolder::CreateFolder", || {
            self.writable()?;
            if kind.contains(MAPIFolderCreateFolderTypeFlags::SEARCH) {
                return Err(Hresult(MAPI_E_NO_SUPPORT));
            }
            check_iid::<IMAPIFolder>(iid)?;
            let name = name.to_string_lossy();
            let comment = comment.map(|c| c.to_string_lossy());
            let open_if_exists = flags.contains(MAPIFolderCreateFolderFlags::OPEN_IF_EXISTS);
            let (id, event) = self.session.db.write()?.create_folder(
                self.id,
                &name,
                comment.as_deref(),
                open_if_exists,
            )?;
            self.session.notify(event.as_slice());
            Folder::new(self.session.clone(), id, true, self.store.clone())
                .into_com()
                .cast()
        })
    }

    fn delete_folder(
        &self,
        eid: &[u8],
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        flags: MAPIFolderDeleteFolderFlags,
    ) -> Result<(), Hresult> {
        self.log.run("IMAPIFolder::DeleteFolder", || {
            self.writable()?;
            let e = self.session.parse(eid)?;
            if e.kind != Kind::Folder {
                return Err(Hresult(MAPI_E_NOT_FOUND));
            }
            let events = self
                .session
                .db
                .write()?
                .delete_folder(self.id, e.id, flags.bits())?;
            self.session.notify(&events);
            Ok(())
        })
    }

    fn set_read_flags(
        &self,
        list: Option<&[&[u8]]>,
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        flags: MAPIFolderSetReadFlagsFlags,
    ) -> Result<(), Hresult> {
        self.log.run("IMAPIFolder::SetReadFlags", || {
            self.session.check()?;
            let (ids, missed) = match list {
                None => (None, 0),
                Some(list) => {
                    let (ids, missed) = self.read_list(list);
                    (Some(ids), missed)
                }
            };
            let missed = missed + self.set_read(ids, flags.bits())?;
            if missed > 0 {
                return Err(Hresult(MAPI_W_PARTIAL_COMPLETION));
            }
            Ok(())
        })
    }

    fn get_message_status(
        &self,
        eid: &[u8],
        _flags: MAPIFolderGetMessageStatusFlags,
    ) -> Result<MAPIFolderMessageStatusFlags, Hresult> {
        self.session.check()?;
        let e = self.session.parse(eid)?;
        let data = self.session.db.read()?;
        match data.message(e.id) {
            Some(m) if e.kind == Kind::Message && m.folder == self.id => {
                Ok(MAPIFolderMessageStatusFlags::from_bits_retain(m.status))
            }
            _ => Err(Hresult(MAPI_E_NOT_FOUND)),
        }
    }

    fn set_message_status(
        &self,
        eid: &[u8],
        status: ULONG,
        mask: ULONG,
    ) -> Result<MAPIFolderMessageStatusFlags, Hresult> {
        self.writable()?;
        let e = self.session.parse(eid)?;
        let (old, event) = {
            let mut data = self.session.db.write()?;
            let old = match data.message(e.id) {
                Some(m) if e.kind == Kind::Message && m.folder == self.id => m.status,
                _ => return Err(Hresult(MAPI_E_NOT_FOUND)),
            };
            let event =
                data.touch_message(e.id, |m| m.status = (m.status & !mask) | (status & mask))?;
            (old, event)
        };
        self.session.notify(&[event]);
        Ok(MAPIFolderMessageStatusFlags::from_bits_retain(old))
    }

    fn empty_folder(
        &self,
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        flags: MAPIFolderEmptyFolderFlags,
    ) -> Result<(), Hresult> {
        self.log.run("IMAPIFolder::EmptyFolder", || {
            self.writable()?;
            let with_associated = flags.bits() & DEL_ASSOCIATED != 0;
            let events = {
                let mut data = self.session.db.write()?;
                let mut events = Vec::new();
                let subfolders: Vec<u64> = data
                    .children(self.id)
                    .map(|(id, _)| id)
                    .filter(|id| !db::is_special(*id))
                    .collect();
                for f in subfolders {
                    events.extend(data.delete_folder(self.id, f, DEL_FOLDERS | DEL_MESSAGES)?);
                }
                let mut doomed: Vec<u64> =
                    data.messages_in(self.id, false).map(|(id, _)| id).collect();
                if with_associated {
                    doomed.extend(data.messages_in(self.id, true).map(|(id, _)| id));
                }
                events.extend(
                    doomed
                        .into_iter()
                        .filter_map(|id| data.delete_message(self.id, id)),
                );
                events
            };
            self.session.notify(&events);
            Ok(())
        })
    }
}
