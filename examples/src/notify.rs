//! Notifications: the advise sinks registered with `IMsgStore::Advise` and
//! `IMSLogon::Advise`, and the delivery of `fnevObjectCreated`,
//! `fnevObjectModified` and `fnevObjectDeleted` to their
//! `IMAPIAdviseSink::OnNotify`.
//!
//! A registration watches the whole store (no entry identifier) or one
//! folder or message: it then sees the events of that object and of the
//! objects directly inside it (a message created in a watched folder is
//! reported to it). Notifications are delivered synchronously, on the
//! thread whose call caused the event, after every lock is released, and
//! their memory belongs to the provider: it is valid during `OnNotify`
//! only.

use crate::entryid::{EntryId, Kind};
use mapi_sys::{
    ComPtr, ENTRYID, Hresult, IMAPIAdviseSink, MAPI_E_CALL_FAILED, MAPI_E_NOT_FOUND, MAPI_FOLDER,
    MAPI_MESSAGE, MAPI_STORE, NOTIFICATION, NOTIFICATION_0, OBJECT_NOTIFICATION, ULONG,
    fnevObjectCreated, fnevObjectDeleted, fnevObjectModified,
};
use std::sync::Mutex;

/// What happened to an object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// `fnevObjectCreated`.
    Created,
    /// `fnevObjectModified`.
    Modified,
    /// `fnevObjectDeleted`.
    Deleted,
}

impl EventKind {
    /// The `fnev*` bit.
    pub fn mask(self) -> ULONG {
        match self {
            EventKind::Created => fnevObjectCreated,
            EventKind::Modified => fnevObjectModified,
            EventKind::Deleted => fnevObjectDeleted,
        }
    }
}

/// An event on a folder or message of the store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    /// What happened.
    pub kind: EventKind,
    /// The object it happened to.
    pub object: EntryId,
    /// Its parent folder, if it has one.
    pub parent: Option<EntryId>,
}

impl Event {
    /// Whether a registration on `source` (none: the whole store) sees it.
    pub fn seen_from(&self, source: Option<&EntryId>) -> bool {
        match source {
            None => true,
            Some(s) if s.kind == Kind::Store => s.store == self.object.store,
            Some(s) => *s == self.object || Some(*s) == self.parent,
        }
    }
}

struct Registration {
    connection: usize,
    session: u64,
    mask: ULONG,
    source: Option<EntryId>,
    sink: ComPtr<IMAPIAdviseSink>,
}

/// The registrations of one store.
#[derive(Default)]
pub struct Notifier {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    next: usize,
    registrations: Vec<Registration>,
}

impl core::fmt::Debug for Notifier {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Notifier").finish_non_exhaustive()
    }
}

impl Notifier {
    fn lock(&self) -> Result<std::sync::MutexGuard<'_, Inner>, Hresult> {
        self.inner.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
    }

    /// Registers `sink` for the events in `mask` on `source` (none: the
    /// whole store), on behalf of `session`; the nonzero connection number.
    pub fn advise(
        &self,
        session: u64,
        source: Option<EntryId>,
        mask: ULONG,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<usize, Hresult> {
        let mut inner = self.lock()?;
        inner.next += 1;
        let connection = inner.next;
        inner.registrations.push(Registration {
            connection,
            session,
            mask,
            source,
            sink,
        });
        Ok(connection)
    }

    /// Cancels a registration of `session`, releasing its sink (outside the
    /// lock); `MAPI_E_NOT_FOUND` for an unknown connection.
    pub fn unadvise(&self, session: u64, connection: usize) -> Result<(), Hresult> {
        let removed = {
            let mut inner = self.lock()?;
            let at = inner
                .registrations
                .iter()
                .position(|r| r.connection == connection && r.session == session)
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            inner.registrations.remove(at)
        };
        drop(removed);
        Ok(())
    }

    /// Cancels every registration of `session` (at its logoff).
    pub fn unadvise_session(&self, session: u64) {
        let removed: Vec<Registration> = match self.inner.lock() {
            Ok(mut inner) => {
                let (gone, kept) = core::mem::take(&mut inner.registrations)
                    .into_iter()
                    .partition(|r| r.session == session);
                inner.registrations = kept;
                gone
            }
            Err(_) => Vec::new(),
        };
        drop(removed);
    }

    /// The number of live registrations.
    pub fn len(&self) -> usize {
        self.inner
            .lock()
            .map(|i| i.registrations.len())
            .unwrap_or(0)
    }

    /// Whether there are no registrations.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Delivers events to every sink registered for them. Call with no lock
    /// held: sinks may call back into the store.
    pub fn notify(&self, events: &[Event]) {
        if events.is_empty() {
            return;
        }
        let targets: Vec<(ComPtr<IMAPIAdviseSink>, Vec<Event>)> = match self.inner.lock() {
            Ok(inner) => inner
                .registrations
                .iter()
                .filter_map(|r| {
                    let mine: Vec<Event> = events
                        .iter()
                        .filter(|e| r.mask & e.kind.mask() != 0 && e.seen_from(r.source.as_ref()))
                        .copied()
                        .collect();
                    (!mine.is_empty()).then(|| (r.sink.clone(), mine))
                })
                .collect(),
            Err(_) => return,
        };
        for (sink, events) in targets {
            deliver(&sink, &events);
        }
    }
}

/// Builds the `NOTIFICATION` array for `events` (pointing into local
/// buffers) and calls `OnNotify` once.
fn deliver(sink: &ComPtr<IMAPIAdviseSink>, events: &[Event]) {
    struct Ids {
        object: Vec<u8>,
        parent: Option<Vec<u8>>,
    }
    let ids: Vec<Ids> = events
        .iter()
        .map(|e| Ids {
            object: e.object.to_bytes(),
            parent: e.parent.map(|p| p.to_bytes()),
        })
        .collect();
    let notifications: Vec<NOTIFICATION> = events
        .iter()
        .zip(&ids)
        .map(|(e, ids)| {
            let (cb_parent, parent) = match &ids.parent {
                Some(p) => (p.len() as ULONG, p.as_ptr().cast_mut().cast::<ENTRYID>()),
                None => (0, core::ptr::null_mut()),
            };
            NOTIFICATION {
                ulEventType: e.kind.mask(),
                ulAlignPad: 0,
                info: NOTIFICATION_0 {
                    obj: OBJECT_NOTIFICATION {
                        cbEntryID: ids.object.len() as ULONG,
                        lpEntryID: ids.object.as_ptr().cast_mut().cast::<ENTRYID>(),
                        ulObjType: match e.object.kind {
                            Kind::Store => MAPI_STORE,
                            Kind::Folder => MAPI_FOLDER,
                            Kind::Message => MAPI_MESSAGE,
                        },
                        cbParentID: cb_parent,
                        lpParentID: parent,
                        cbOldID: 0,
                        lpOldID: core::ptr::null_mut(),
                        cbOldParentID: 0,
                        lpOldParentID: core::ptr::null_mut(),
                        lpPropTagArray: core::ptr::null_mut(),
                    },
                },
            }
        })
        .collect();
    // SAFETY: `sink` is a live advise sink we hold a reference to; the
    // array and the identifiers it points to live until the call returns.
    // The sink's answer (CALLBACK_DISCONTINUE or not) changes nothing here.
    let _ = unsafe {
        (sink.vtable().OnNotify)(
            sink.as_raw().cast(),
            notifications.len() as ULONG,
            notifications.as_ptr().cast_mut(),
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const STORE: [u8; 16] = [3; 16];

    #[test]
    fn a_registration_sees_its_object_and_the_objects_inside_it() {
        let folder = EntryId::folder(STORE, 2);
        let msg = Event {
            kind: EventKind::Created,
            object: EntryId::message(STORE, 9),
            parent: Some(folder),
        };
        assert!(msg.seen_from(None));
        assert!(msg.seen_from(Some(&EntryId::store(STORE))));
        assert!(!msg.seen_from(Some(&EntryId::store([4; 16]))));
        assert!(msg.seen_from(Some(&folder)));
        assert!(msg.seen_from(Some(&EntryId::message(STORE, 9))));
        assert!(!msg.seen_from(Some(&EntryId::folder(STORE, 3))));
        assert_eq!(EventKind::Modified.mask(), fnevObjectModified);
    }
}
