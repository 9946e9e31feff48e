//! The in-memory message store: folders, messages with their attachments,
//! receive folder settings and the store's own properties, behind one
//! `RwLock`, plus the properties MAPI requires that are computed rather
//! than stored.
//!
//! A new store has three folders: the root (the folder `OpenEntry` with no
//! entry identifier opens), the IPM subtree below it
//! (`PR_IPM_SUBTREE_ENTRYID`) and an Inbox below that, the default receive
//! folder. These three cannot be deleted.

use crate::entryid::EntryId;
use mapi_sys::kit::restrict::compare_text;
use mapi_sys::kit::{
    Listeners, Notification, ObjectEventKind as EventKind, PropBag, ReceiveFolders,
};
use mapi_sys::value::PropValue;
use mapi_sys::*;
use std::collections::BTreeMap;
use std::sync::{RwLock, RwLockReadGuard, RwLockWriteGuard};

/// The root folder's number.
pub const ROOT: u64 = 1;
/// The IPM subtree's number.
pub const IPM_SUBTREE: u64 = 2;
/// The Inbox's number.
pub const INBOX: u64 = 3;

/// What this store supports (`PR_STORE_SUPPORT_MASK`).
pub const SUPPORT_MASK: u32 = STORE_ENTRYID_UNIQUE
    | STORE_MODIFY_OK
    | STORE_CREATE_OK
    | STORE_ATTACH_OK
    | STORE_NOTIFY_OK
    | STORE_MV_PROPS_OK
    | STORE_RESTRICTION_OK
    | STORE_SORT_OK
    | STORE_UNICODE_OK;

/// `STORE_UNICODE_OK`: the store accepts and returns Unicode strings.
pub const STORE_UNICODE_OK: u32 = 0x0004_0000;

/// The current time as a `FILETIME` value (100 ns since 1601).
pub fn now() -> PropValue {
    let t = value::FileTime::from_system_time(std::time::SystemTime::now());
    PropValue::SysTime(t.unwrap_or_default())
}

/// A folder.
#[derive(Clone, Debug)]
pub struct FolderRec {
    /// Its parent (none for the root).
    pub parent: Option<u64>,
    /// Its stored properties.
    pub props: PropBag,
}

/// A saved message.
#[derive(Clone, Debug, Default)]
pub struct MessageRec {
    /// The folder holding it.
    pub folder: u64,
    /// Whether it is an associated (hidden) message.
    pub associated: bool,
    /// Its stored properties.
    pub props: PropBag,
    /// Its attachments by number.
    pub attachments: BTreeMap<u32, PropBag>,
    /// The number the next new attachment gets.
    pub next_attach: u32,
    /// Incremented by each save, to detect concurrent changes.
    pub version: u64,
    /// The status bits of `IMAPIFolder::SetMessageStatus`.
    pub status: u32,
}

impl MessageRec {
    /// Sets or clears `MSGFLAG_READ`.
    pub fn set_read(&mut self, read: bool) {
        let flags = self.props.long(PR_MESSAGE_FLAGS).unwrap_or(0) as u32 & !MSGFLAG_READ;
        let read = if read { MSGFLAG_READ } else { 0 };
        self.props.set(PR_MESSAGE_FLAGS, flags | read);
    }
}

/// The contents of a store.
#[derive(Debug)]
pub struct Data {
    instance: [u8; 16],
    next_id: u64,
    /// The store object's stored properties.
    pub store: PropBag,
    folders: BTreeMap<u64, FolderRec>,
    messages: BTreeMap<u64, MessageRec>,
    /// Receive folder settings (the default: the Inbox).
    pub receive: ReceiveFolders<u64>,
}

/// A store: its contents and the registrations for its notifications.
#[derive(Debug)]
pub struct Database {
    instance: [u8; 16],
    data: RwLock<Data>,
    /// The advise sinks of every logon to this store and its open tables:
    /// told of every change, with no lock held.
    pub listeners: Listeners,
}

impl Database {
    /// A new, nearly empty store with this instance identifier.
    pub fn new(instance: [u8; 16], display_name: &str) -> Database {
        let created = now();
        let folder = |parent: Option<u64>, name: &str| {
            let props = new_folder_props(name, None, &created);
            FolderRec { parent, props }
        };
        let mut folders = BTreeMap::new();
        folders.insert(ROOT, folder(None, ""));
        folders.insert(IPM_SUBTREE, folder(Some(ROOT), "Top of Information Store"));
        folders.insert(INBOX, folder(Some(IPM_SUBTREE), "Inbox"));
        if let Some(inbox) = folders.get_mut(&INBOX) {
            inbox.props.set(PR_CONTAINER_CLASS, "IPF.Note");
        }
        let mut store = PropBag::new();
        store.set(PR_DISPLAY_NAME, display_name);
        Database {
            instance,
            data: RwLock::new(Data {
                instance,
                next_id: INBOX + 1,
                store,
                folders,
                messages: BTreeMap::new(),
                receive: ReceiveFolders::new(INBOX),
            }),
            listeners: Listeners::new(),
        }
    }

    /// The store's instance identifier.
    pub fn instance(&self) -> [u8; 16] {
        self.instance
    }

    /// The store's entry identifier.
    pub fn store_id(&self) -> EntryId {
        EntryId::store(self.instance)
    }

    /// Reads the contents.
    pub fn read(&self) -> Result<RwLockReadGuard<'_, Data>, Hresult> {
        self.data.read().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
    }

    /// Changes the contents. Notify the events the change caused only
    /// after the guard is dropped.
    pub fn write(&self) -> Result<RwLockWriteGuard<'_, Data>, Hresult> {
        self.data.write().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
    }
}

impl Data {
    /// A new object number (never reused).
    pub fn new_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// The store's instance identifier.
    pub fn instance(&self) -> [u8; 16] {
        self.instance
    }

    /// A folder's entry identifier.
    pub fn folder_eid(&self, id: u64) -> EntryId {
        EntryId::folder(self.instance, id)
    }

    /// A message's entry identifier.
    pub fn message_eid(&self, id: u64) -> EntryId {
        EntryId::message(self.instance, id)
    }

    /// An event on folder `id`, whose parent is `parent`.
    fn folder_event(&self, kind: EventKind, id: u64, parent: Option<u64>) -> Notification {
        let parent = parent.map(|p| self.folder_eid(p).to_bytes());
        let eid = self.folder_eid(id).to_bytes();
        Notification::object(kind, MAPI_FOLDER, eid, parent.unwrap_or_default())
    }

    /// An event on message `id` of `folder`.
    fn message_event(&self, kind: EventKind, id: u64, folder: u64) -> Notification {
        let (eid, parent) = (self.message_eid(id), self.folder_eid(folder));
        Notification::object(kind, MAPI_MESSAGE, eid.to_bytes(), parent.to_bytes())
    }

    /// A folder.
    pub fn folder(&self, id: u64) -> Option<&FolderRec> {
        self.folders.get(&id)
    }

    /// A saved message.
    pub fn message(&self, id: u64) -> Option<&MessageRec> {
        self.messages.get(&id)
    }

    /// The subfolders of a folder, by number.
    pub fn children(&self, folder: u64) -> impl Iterator<Item = (u64, &FolderRec)> {
        self.folders
            .iter()
            .filter(move |(_, f)| f.parent == Some(folder))
            .map(|(id, f)| (*id, f))
    }

    /// The messages of a folder (associated or normal ones), by number.
    pub fn messages_in(
        &self,
        folder: u64,
        associated: bool,
    ) -> impl Iterator<Item = (u64, &MessageRec)> {
        self.messages
            .iter()
            .filter(move |(_, m)| m.folder == folder && m.associated == associated)
            .map(|(id, m)| (*id, m))
    }

    /// Every folder below `folder`, with its depth relative to it (0 for
    /// the immediate subfolders), depth first in number order.
    pub fn descendants(&self, folder: u64, max_depth: Option<i32>) -> Vec<(u64, i32)> {
        let mut out = Vec::new();
        let mut stack: Vec<(u64, i32)> = self.children(folder).map(|(id, _)| (id, 0)).collect();
        stack.reverse();
        while let Some((id, depth)) = stack.pop() {
            out.push((id, depth));
            if max_depth.is_none_or(|m| depth < m) {
                let mut kids: Vec<(u64, i32)> =
                    self.children(id).map(|(k, _)| (k, depth + 1)).collect();
                kids.reverse();
                stack.extend(kids);
            }
        }
        out
    }

    /// The store object's properties, stored and computed (except
    /// `PR_ACCESS_LEVEL`, which depends on how it was opened).
    pub fn store_props(&self) -> PropBag {
        let mut p = self.store.clone();
        identity(&mut p, EntryId::store(self.instance), None);
        p.set_computed(PR_STORE_SUPPORT_MASK, SUPPORT_MASK);
        p.set_computed(PR_MDB_PROVIDER, &crate::entryid::PROVIDER_UID.ab[..]);
        let subtree = self.folder_eid(IPM_SUBTREE).to_bytes();
        p.set_computed(PR_IPM_SUBTREE_ENTRYID, subtree);
        let valid = FOLDER_IPM_SUBTREE_VALID | FOLDER_IPM_INBOX_VALID;
        p.set_computed(PR_VALID_FOLDER_MASK, valid);
        p.set_computed(PR_PROVIDER_DISPLAY, crate::PROVIDER_DISPLAY);
        p.set_computed(PR_STORE_STATE, 0);
        p
    }

    /// A folder's properties, stored and computed (except
    /// `PR_ACCESS_LEVEL`).
    pub fn folder_props(&self, id: u64) -> Option<PropBag> {
        let f = self.folders.get(&id)?;
        let mut p = f.props.clone();
        let parent = self.folder_eid(f.parent.unwrap_or(id));
        identity(&mut p, self.folder_eid(id), Some(parent));
        let kind = if id == ROOT {
            FOLDER_ROOT
        } else {
            FOLDER_GENERIC
        };
        p.set_computed(PR_FOLDER_TYPE, kind);
        let unread = self
            .messages_in(id, false)
            .filter(|(_, m)| m.props.long(PR_MESSAGE_FLAGS).unwrap_or(0) as u32 & MSGFLAG_READ == 0)
            .count();
        p.set_computed(PR_CONTENT_COUNT, count(self.messages_in(id, false).count()));
        p.set_computed(PR_CONTENT_UNREAD, count(unread));
        p.set_computed(
            PR_ASSOC_CONTENT_COUNT,
            count(self.messages_in(id, true).count()),
        );
        p.set_computed(PR_SUBFOLDERS, self.children(id).next().is_some());
        let mut access = MAPI_ACCESS_MODIFY
            | MAPI_ACCESS_READ
            | MAPI_ACCESS_CREATE_HIERARCHY
            | MAPI_ACCESS_CREATE_CONTENTS
            | MAPI_ACCESS_CREATE_ASSOCIATED;
        if !is_special(id) {
            access |= MAPI_ACCESS_DELETE;
        }
        p.set_computed(PR_ACCESS, access);
        p.set_computed(PR_DISPLAY_TYPE, DT_FOLDER);
        p.set_computed(PR_STATUS, 0);
        // Table columns, never the folder object's own.
        p.mark_computed(PR_INSTANCE_KEY);
        p.mark_computed(PR_DEPTH);
        Some(p)
    }

    /// The properties of a message (saved or being edited), stored and
    /// computed (except `PR_ACCESS_LEVEL`).
    pub fn message_props(&self, id: u64, m: &MessageRec) -> PropBag {
        message_props(self.instance, id, m)
    }

    /// Creates a subfolder of `parent` named `name`; with `open_if_exists`
    /// an existing subfolder of that name (case ignored) is returned
    /// instead of `MAPI_E_COLLISION`. The folder's number, and the event if
    /// one was created.
    pub fn create_folder(
        &mut self,
        parent: u64,
        name: &str,
        comment: Option<&str>,
        open_if_exists: bool,
    ) -> Result<(u64, Option<Notification>), Hresult> {
        if !self.folders.contains_key(&parent) {
            return Err(Hresult(MAPI_E_OBJECT_DELETED));
        }
        if name.is_empty() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let existing = self
            .children(parent)
            .find(|(_, f)| {
                f.props
                    .text(PR_DISPLAY_NAME)
                    .is_some_and(|n| compare_text(&n, name).is_eq())
            })
            .map(|(id, _)| id);
        if let Some(id) = existing {
            return if open_if_exists {
                Ok((id, None))
            } else {
                Err(Hresult(MAPI_E_COLLISION))
            };
        }
        let id = self.new_id();
        let props = new_folder_props(name, comment, &now());
        let parent = Some(parent);
        self.folders.insert(id, FolderRec { parent, props });
        Ok((id, Some(self.folder_event(EventKind::Created, id, parent))))
    }

    /// Sets stored properties of a folder (folders are not transacted).
    pub fn update_folder(
        &mut self,
        id: u64,
        f: impl FnOnce(&mut PropBag),
    ) -> Result<Notification, Hresult> {
        let parent = {
            let folder = self
                .folders
                .get_mut(&id)
                .ok_or(Hresult(MAPI_E_OBJECT_DELETED))?;
            f(&mut folder.props);
            folder.props.set(PR_LAST_MODIFICATION_TIME, now());
            folder.parent
        };
        Ok(self.folder_event(EventKind::Modified, id, parent))
    }

    /// Deletes subfolder `id` of `parent`: `MAPI_E_HAS_FOLDERS` or
    /// `MAPI_E_HAS_MESSAGES` unless `DEL_FOLDERS` / `DEL_MESSAGES` allow
    /// deleting what it holds. The events, one per object deleted.
    pub fn delete_folder(
        &mut self,
        parent: u64,
        id: u64,
        flags: u32,
    ) -> Result<Vec<Notification>, Hresult> {
        match self.folders.get(&id) {
            Some(f) if f.parent == Some(parent) => {}
            _ => return Err(Hresult(MAPI_E_NOT_FOUND)),
        }
        if is_special(id) {
            return Err(Hresult(MAPI_E_NO_ACCESS));
        }
        let mut doomed = vec![id];
        doomed.extend(self.descendants(id, None).into_iter().map(|(f, _)| f));
        if doomed.iter().any(|f| is_special(*f)) {
            return Err(Hresult(MAPI_E_NO_ACCESS));
        }
        if doomed.len() > 1 && flags & DEL_FOLDERS == 0 {
            return Err(Hresult(MAPI_E_HAS_FOLDERS));
        }
        let messages: Vec<u64> = self
            .messages
            .iter()
            .filter(|(_, m)| doomed.contains(&m.folder))
            .map(|(mid, _)| *mid)
            .collect();
        if !messages.is_empty() && flags & DEL_MESSAGES == 0 {
            return Err(Hresult(MAPI_E_HAS_MESSAGES));
        }
        let mut events = Vec::new();
        for mid in messages {
            if let Some(m) = self.messages.remove(&mid) {
                events.push(self.message_event(EventKind::Deleted, mid, m.folder));
            }
        }
        // Deepest first, so each event's parent still existed when it came.
        for fid in doomed.into_iter().rev() {
            if let Some(f) = self.folders.remove(&fid) {
                events.push(self.folder_event(EventKind::Deleted, fid, f.parent));
            }
        }
        let folders = &self.folders;
        self.receive.retain(|f| folders.contains_key(f));
        Ok(events)
    }

    /// Saves a message: `expected` is the version it was opened at (none
    /// for a new message). `MAPI_E_OBJECT_DELETED` if it (or its folder) is
    /// gone, `MAPI_E_OBJECT_CHANGED` if it was saved meanwhile (unless
    /// `force`). The new version and the event.
    pub fn save_message(
        &mut self,
        id: u64,
        mut rec: MessageRec,
        expected: Option<u64>,
        force: bool,
    ) -> Result<(u64, Notification), Hresult> {
        if !self.folders.contains_key(&rec.folder) {
            return Err(Hresult(MAPI_E_OBJECT_DELETED));
        }
        let kind = match (self.messages.get(&id), expected) {
            (None, Some(_)) => return Err(Hresult(MAPI_E_OBJECT_DELETED)),
            (Some(_), None) => return Err(Hresult(MAPI_E_COLLISION)),
            (Some(old), Some(v)) if old.version != v && !force => {
                return Err(Hresult(MAPI_E_OBJECT_CHANGED));
            }
            (Some(_), Some(_)) => EventKind::Modified,
            (None, None) => EventKind::Created,
        };
        rec.version = self.messages.get(&id).map_or(1, |m| m.version + 1);
        let version = rec.version;
        let folder = rec.folder;
        self.messages.insert(id, rec);
        Ok((version, self.message_event(kind, id, folder)))
    }

    /// Changes a saved message in place (read flags, status).
    pub fn touch_message(
        &mut self,
        id: u64,
        f: impl FnOnce(&mut MessageRec),
    ) -> Result<Notification, Hresult> {
        let folder = {
            let m = self
                .messages
                .get_mut(&id)
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            f(m);
            m.version += 1;
            m.folder
        };
        Ok(self.message_event(EventKind::Modified, id, folder))
    }

    /// Deletes message `id` if it is in `folder`.
    pub fn delete_message(&mut self, folder: u64, id: u64) -> Option<Notification> {
        if self.messages.get(&id).is_none_or(|m| m.folder != folder) {
            return None;
        }
        self.messages.remove(&id)?;
        Some(self.message_event(EventKind::Deleted, id, folder))
    }
}

/// Whether a folder is one of the three every store has.
pub fn is_special(id: u64) -> bool {
    matches!(id, ROOT | IPM_SUBTREE | INBOX)
}

/// The properties of a message, stored and computed (except
/// `PR_ACCESS_LEVEL`).
pub fn message_props(instance: [u8; 16], id: u64, m: &MessageRec) -> PropBag {
    let mut p = m.props.clone();
    let parent = EntryId::folder(instance, m.folder);
    identity(&mut p, EntryId::message(instance, id), Some(parent));
    let has_attach = !m.attachments.is_empty();
    p.set_computed(PR_HASATTACH, has_attach);
    let mut flags = m.props.long(PR_MESSAGE_FLAGS).unwrap_or(0) as u32 & !MSGFLAG_HASATTACH;
    if has_attach {
        flags |= MSGFLAG_HASATTACH;
    }
    if m.associated {
        flags |= MSGFLAG_ASSOCIATED;
    }
    p.set(PR_MESSAGE_FLAGS, flags);
    let attachments: usize = m.attachments.values().map(PropBag::byte_size).sum();
    p.set_computed(PR_MESSAGE_SIZE, count(m.props.byte_size() + attachments));
    let access = MAPI_ACCESS_MODIFY | MAPI_ACCESS_READ | MAPI_ACCESS_DELETE;
    p.set_computed(PR_ACCESS, access);
    p.set_computed(PR_MSG_STATUS, m.status);
    p.mark_computed(PR_INSTANCE_KEY);
    p
}

/// The properties of attachment `num` of message `message`, stored and
/// computed (except `PR_ACCESS_LEVEL`).
pub fn attach_props(instance: [u8; 16], message: u64, num: u32, stored: &PropBag) -> PropBag {
    let mut p = stored.clone();
    p.set_computed(PR_ATTACH_NUM, num);
    p.set_computed(PR_OBJECT_TYPE, MAPI_ATTACH);
    p.set_computed(PR_ATTACH_SIZE, count(stored.byte_size()));
    let mut key = EntryId::message(instance, message).record_key();
    key.extend_from_slice(&num.to_le_bytes());
    p.set_computed(PR_RECORD_KEY, key);
    p.mark_computed(PR_INSTANCE_KEY);
    p
}

/// The stored properties of a new folder.
fn new_folder_props(name: &str, comment: Option<&str>, created: &PropValue) -> PropBag {
    let mut props = PropBag::new();
    props.set(PR_DISPLAY_NAME, name);
    if let Some(c) = comment {
        props.set(PR_COMMENT, c);
    }
    props.set(PR_CREATION_TIME, created.clone());
    props.set(PR_LAST_MODIFICATION_TIME, created.clone());
    props
}

/// Sets what identifies an object: its entry identifier and record key, its
/// store's, its parent folder's identifier and its object type.
fn identity(p: &mut PropBag, eid: EntryId, parent: Option<EntryId>) {
    let store = EntryId::store(eid.store);
    p.set_computed(PR_ENTRYID, eid.to_bytes());
    p.set_computed(PR_RECORD_KEY, eid.record_key());
    if let Some(parent) = parent {
        p.set_computed(PR_PARENT_ENTRYID, parent.to_bytes());
    }
    p.set_computed(PR_STORE_ENTRYID, store.to_bytes());
    p.set_computed(PR_STORE_RECORD_KEY, store.record_key());
    p.set_computed(PR_OBJECT_TYPE, eid.kind.object_type());
}

/// A count as a `PT_LONG` value (at most `i32::MAX`).
fn count(n: usize) -> PropValue {
    PropValue::Long(i32::try_from(n).unwrap_or(i32::MAX))
}
