//! Advise sinks: the registrations an object's `Advise` makes and
//! `Unadvise` cancels, and the delivery of notifications to them.

use super::table::{TableEvents, TableSet};
use crate::value::{
    NewMailRef, NotificationRef, ObjectNotificationRef, PropTag, StrRef, TableNotificationRef,
    TagArray,
};
use crate::{
    ComPtr, Hresult, IMAPIAdviseSink, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_FOUND, MAPI_UNICODE,
    ULONG, ULONG_PTR, fnevNewMail, fnevObjectCopied, fnevObjectCreated, fnevObjectDeleted,
    fnevObjectModified, fnevObjectMoved, fnevTableModified,
};
use std::sync::{Arc, Mutex, Weak};

/// What happened to an object (`fnevObject*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObjectEventKind {
    /// `fnevObjectCreated`.
    Created,
    /// `fnevObjectDeleted`.
    Deleted,
    /// `fnevObjectModified`.
    Modified,
    /// `fnevObjectMoved`.
    Moved,
    /// `fnevObjectCopied`.
    Copied,
}

impl ObjectEventKind {
    /// The `fnev*` bit.
    pub fn mask(self) -> ULONG {
        match self {
            ObjectEventKind::Created => fnevObjectCreated,
            ObjectEventKind::Deleted => fnevObjectDeleted,
            ObjectEventKind::Modified => fnevObjectModified,
            ObjectEventKind::Moved => fnevObjectMoved,
            ObjectEventKind::Copied => fnevObjectCopied,
        }
    }
}

/// A notification a provider sends, owned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notification {
    /// `fnevNewMail`: a message arrived in a folder.
    NewMail {
        /// The message's entry identifier.
        entry_id: Vec<u8>,
        /// The receiving folder's entry identifier.
        parent_id: Vec<u8>,
        /// The message class (sent in UTF-16, with `MAPI_UNICODE`).
        message_class: String,
        /// `PR_MESSAGE_FLAGS` of the message.
        message_flags: ULONG,
    },
    /// `fnevObject*`: an object was created, deleted, changed, moved or
    /// copied.
    Object {
        /// What happened.
        kind: ObjectEventKind,
        /// The object's entry identifier (its new one for a move or copy).
        entry_id: Vec<u8>,
        /// `MAPI_MESSAGE`, `MAPI_FOLDER`, `MAPI_STORE`, ...
        object_type: ULONG,
        /// Its parent folder's entry identifier (empty for none).
        parent_id: Vec<u8>,
        /// For a move or copy, the identifier it had (empty otherwise).
        old_id: Vec<u8>,
        /// For a move or copy, its former parent's identifier.
        old_parent_id: Vec<u8>,
        /// For a change, the properties that changed, if known.
        changed: Option<Vec<PropTag>>,
    },
    /// `fnevTableModified` without a row: `TABLE_CHANGED`, `TABLE_RELOAD`,
    /// `TABLE_ERROR`, `TABLE_SORT_DONE`, `TABLE_RESTRICT_DONE`,
    /// `TABLE_SETCOL_DONE`.
    Table {
        /// The `TABLE_*` event.
        event: ULONG,
        /// For `TABLE_ERROR`, the error (else `S_OK`).
        error: Hresult,
    },
}

impl Notification {
    /// An `fnevObject*` notification about the object `entry_id` of type
    /// `object_type` (`MAPI_MESSAGE`, `MAPI_FOLDER`, ...) in the folder
    /// `parent_id` (empty for none), with no former identifiers and no
    /// list of changed properties.
    pub fn object(
        kind: ObjectEventKind,
        object_type: ULONG,
        entry_id: Vec<u8>,
        parent_id: Vec<u8>,
    ) -> Notification {
        Notification::Object {
            kind,
            entry_id,
            object_type,
            parent_id,
            old_id: Vec::new(),
            old_parent_id: Vec::new(),
            changed: None,
        }
    }

    /// The `fnev*` bit of its event type.
    pub fn mask(&self) -> ULONG {
        match self {
            Notification::NewMail { .. } => fnevNewMail,
            Notification::Object { kind, .. } => kind.mask(),
            Notification::Table { .. } => fnevTableModified,
        }
    }
}

struct Registration {
    connection: ULONG_PTR,
    key: Vec<u8>,
    mask: ULONG,
    sink: ComPtr<IMAPIAdviseSink>,
}

#[derive(Default)]
struct Inner {
    registrations: Vec<Registration>,
    last: ULONG_PTR,
}

/// The advise sinks registered with an object (`IMsgStore::Advise`,
/// `IMAPITable::Advise`, ...): connection numbers, event masks, the key a
/// registration watches, and delivery.
///
/// Delivery is synchronous, on the calling thread, with no lock held
/// while a sink runs (a sink may call back into the provider, even
/// `Unadvise`); the notifications' memory belongs to the registry and is
/// valid during `OnNotify` only, as MAPI says.
///
/// ```
/// use mapi_sys::*;
/// use mapi_sys::kit::{Advisers, Notification, ObjectEventKind};
/// use std::sync::{Arc, Mutex};
///
/// #[derive(ComObject)]
/// #[mapi(implements(IMAPIAdviseSink))]
/// struct Sink(Arc<Mutex<Vec<ULONG>>>);
///
/// impl IMAPIAdviseSinkImpl for Sink {
///     fn on_notify(&self, notifications: &[value::NotificationRef<'_>]) -> ULONG {
///         let mut seen = self.0.lock().expect("lock");
///         seen.extend(notifications.iter().map(|n| n.event_type()));
///         0
///     }
/// }
///
/// let seen = Arc::new(Mutex::new(Vec::new()));
/// let advisers = Advisers::new();
/// let folder = b"folder-id".to_vec();
/// let conn = advisers.advise(&folder, fnevObjectCreated, Sink(seen.clone()).into_com())?;
/// let created = Notification::Object {
///     kind: ObjectEventKind::Created,
///     entry_id: b"message-id".to_vec(),
///     object_type: MAPI_MESSAGE,
///     parent_id: folder.clone(),
///     old_id: vec![],
///     old_parent_id: vec![],
///     changed: None,
/// };
/// // Delivered to registrations on the message or its folder (or on
/// // everything), whose mask has the event.
/// assert_eq!(advisers.notify(&[b"message-id", &folder], &[created]), 1);
/// assert_eq!(*seen.lock().expect("lock"), [fnevObjectCreated]);
/// advisers.unadvise(conn)?;
/// assert!(advisers.is_empty());
/// # Ok::<(), Hresult>(())
/// ```
#[derive(Default)]
pub struct Advisers {
    inner: Mutex<Inner>,
}

impl std::fmt::Debug for Advisers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Advisers")
            .field("len", &self.len())
            .finish()
    }
}

impl Advisers {
    /// No registration.
    pub fn new() -> Advisers {
        Advisers::default()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Registers `sink` for the events of `mask` on `key` (an entry
    /// identifier; empty: everything the object reports) and returns the
    /// connection number (never 0). A zero mask is
    /// `MAPI_E_INVALID_PARAMETER`.
    pub fn advise(
        &self,
        key: &[u8],
        mask: ULONG,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        if mask == 0 {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let mut inner = self.lock();
        inner.last = inner.last.wrapping_add(1).max(1);
        let connection = inner.last;
        inner.registrations.push(Registration {
            connection,
            key: key.to_vec(),
            mask,
            sink,
        });
        Ok(connection)
    }

    /// Cancels a registration and releases its sink (outside the lock);
    /// an unknown connection is `MAPI_E_NOT_FOUND`.
    pub fn unadvise(&self, connection: ULONG_PTR) -> Result<(), Hresult> {
        let removed = {
            let mut inner = self.lock();
            let at = inner
                .registrations
                .iter()
                .position(|r| r.connection == connection)
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            inner.registrations.remove(at)
        };
        drop(removed);
        Ok(())
    }

    /// The number of registrations.
    pub fn len(&self) -> usize {
        self.lock().registrations.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Cancels every registration (at logoff), releasing the sinks.
    pub fn clear(&self) {
        let all = std::mem::take(&mut self.lock().registrations);
        drop(all);
    }

    /// Delivers `notifications` to every registration whose key is empty or
    /// one of `keys` (the object's identifier, its parent's, ...) and whose
    /// mask has their event: one `OnNotify` per sink with the ones it asked
    /// for. Returns how many sinks were called.
    pub fn notify(&self, keys: &[&[u8]], notifications: &[Notification]) -> usize {
        self.deliver_where(notifications, |key, _| keys.contains(&key))
    }

    /// Delivers each notification to the registrations on everything (an
    /// empty key), on the object it is about (its `entry_id`) or on that
    /// object's parent (its `parent_id`): a sink advised on a folder hears
    /// about the folder and about what is created, changed or deleted in
    /// it. One `OnNotify` per sink; returns how many sinks were called.
    /// Keys are compared byte for byte: register them in the form the
    /// notifications carry (flags zero, for instance).
    pub fn notify_related(&self, notifications: &[Notification]) -> usize {
        self.deliver_where(notifications, |key, n| match n {
            Notification::NewMail {
                entry_id,
                parent_id,
                ..
            }
            | Notification::Object {
                entry_id,
                parent_id,
                ..
            } => key == entry_id.as_slice() || key == parent_id.as_slice(),
            Notification::Table { .. } => false,
        })
    }

    fn deliver_where(
        &self,
        notifications: &[Notification],
        related: impl Fn(&[u8], &Notification) -> bool,
    ) -> usize {
        let targets: Vec<(ComPtr<IMAPIAdviseSink>, Vec<&Notification>)> = self
            .lock()
            .registrations
            .iter()
            .filter_map(|r| {
                let mine: Vec<&Notification> = notifications
                    .iter()
                    .filter(|n| n.mask() & r.mask != 0)
                    .filter(|n| r.key.is_empty() || related(&r.key, n))
                    .collect();
                (!mine.is_empty()).then(|| (r.sink.clone(), mine))
            })
            .collect();
        let called = targets.len();
        for (sink, mine) in targets {
            deliver(&sink, &mine);
        }
        called
    }
}

/// Objects held weakly, for those who want to reach them while they
/// live: a released one drops out.
pub(super) struct WeakSet<T>(Mutex<Vec<Weak<T>>>);

impl<T> Default for WeakSet<T> {
    fn default() -> Self {
        WeakSet(Mutex::new(Vec::new()))
    }
}

impl<T> std::fmt::Debug for WeakSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WeakSet")
            .field("live", &self.live().len())
            .finish()
    }
}

impl<T> WeakSet<T> {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Weak<T>>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(super) fn add(&self, item: &Arc<T>) {
        let mut all = self.lock();
        all.retain(|w| w.strong_count() > 0);
        all.push(Arc::downgrade(item));
    }

    /// The live ones, to use with the set unlocked.
    pub(super) fn live(&self) -> Vec<Arc<T>> {
        self.lock().iter().filter_map(Weak::upgrade).collect()
    }
}

/// Everyone to tell when a provider's data changes: the advise sinks of
/// each object over the data that keeps an [`Advisers`] (every logon to one
/// store, say) and the data's open tables. Both are held weakly: a logon
/// or table released drops out.
///
/// ```
/// use mapi_sys::kit::{Advisers, Listeners, Notification, ObjectEventKind};
/// use std::sync::Arc;
///
/// let listeners = Listeners::new();
/// let logon = Arc::new(Advisers::new()); // a logon's, for its Advise
/// listeners.add_advisers(&logon);
/// let created = Notification::object(
///     ObjectEventKind::Created, mapi_sys::MAPI_FOLDER, vec![1; 20], vec![2; 20]);
/// assert_eq!(listeners.notify(&[created]), 0); // no sink advised yet
/// ```
#[derive(Debug, Default)]
pub struct Listeners {
    advisers: WeakSet<Advisers>,
    tables: TableSet,
}

impl Listeners {
    /// None.
    pub fn new() -> Listeners {
        Listeners::default()
    }

    /// Adds an object's registrations, for as long as `advisers` lives.
    pub fn add_advisers(&self, advisers: &Arc<Advisers>) {
        self.advisers.add(advisers);
    }

    /// Adds an open table (its [`Table::events`](super::Table::events)).
    pub fn add_table(&self, table: &TableEvents) {
        self.tables.add(table);
    }

    /// Delivers `notifications` to the registrations they concern
    /// ([`Advisers::notify_related`]), then `TABLE_CHANGED` to the sinks of
    /// every open table; nothing when there are no notifications. Returns
    /// how many sinks were called. Call with no lock of the data held:
    /// sinks may call back into the provider.
    pub fn notify(&self, notifications: &[Notification]) -> usize {
        if notifications.is_empty() {
            return 0;
        }
        let called: usize = self
            .advisers
            .live()
            .iter()
            .map(|a| a.notify_related(notifications))
            .sum();
        called + self.tables.changed()
    }
}

/// Calls `OnNotify` once with `notifications`, laid out as the caller side
/// of `IMAPIAdviseSink` lays them out (which a provider without the
/// `client` feature does not have).
fn deliver(sink: &ComPtr<IMAPIAdviseSink>, notifications: &[&Notification]) {
    // New mail's classes in UTF-16 (sent with `MAPI_UNICODE`), which the
    // views borrow; a class ends at a NUL, as C would read it.
    let classes: Vec<Vec<u16>> = notifications
        .iter()
        .map(|n| match n {
            Notification::NewMail { message_class, .. } => message_class
                .encode_utf16()
                .take_while(|&u| u != 0)
                .collect(),
            Notification::Object { .. } | Notification::Table { .. } => Vec::new(),
        })
        .collect();
    let views: Vec<NotificationRef<'_>> = notifications
        .iter()
        .zip(&classes)
        .map(|(n, class)| match n {
            Notification::NewMail {
                entry_id,
                parent_id,
                message_flags,
                ..
            } => NotificationRef::NewMail(NewMailRef {
                entry_id,
                parent_id,
                flags: MAPI_UNICODE,
                message_class: Some(StrRef::Unicode(class)),
                message_flags: *message_flags,
            }),
            Notification::Object {
                kind,
                entry_id,
                object_type,
                parent_id,
                old_id,
                old_parent_id,
                changed,
            } => NotificationRef::Object(ObjectNotificationRef {
                event: kind.mask(),
                entry_id,
                object_type: *object_type,
                parent_id,
                old_id,
                old_parent_id,
                changed: changed.as_deref().map(TagArray::from),
            }),
            Notification::Table { event, error } => NotificationRef::Table(TableNotificationRef {
                event: *event,
                error: *error,
                index: None,
                prior: None,
                row: Vec::new(),
            }),
        })
        .collect();
    // Only an identifier beyond a `ULONG` of bytes fails the layout; a
    // batch holding one is not delivered.
    let Ok(raw) = crate::value::call::notifications_in(&views) else {
        return;
    };
    // SAFETY: `sink` is a live advise sink we hold a reference to; the
    // array and everything it points to live until the call returns. The
    // sink's answer changes nothing here.
    let _ = unsafe {
        (sink.vtable().OnNotify)(sink.as_raw().cast(), raw.count(), raw.as_ptr().cast_mut())
    };
}
