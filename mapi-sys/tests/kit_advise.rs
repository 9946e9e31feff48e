//! `kit::Advisers`: registrations, delivery as a sink sees it through its
//! vtable (one `OnNotify` per sink with the events of its mask and key),
//! and a sink that cancels its own registration while notified.

use mapi_sys::kit::{Advisers, Notification, ObjectEventKind};
use mapi_sys::value::{NotificationRef, PropTag};
use mapi_sys::*;
use std::sync::{Arc, Mutex, OnceLock};

/// What a sink saw: per call, per notification, the event type and the
/// entry identifiers (or the class, for new mail).
type Seen = Arc<Mutex<Vec<Vec<String>>>>;

#[derive(ComObject)]
#[mapi(implements(IMAPIAdviseSink))]
struct Sink {
    seen: Seen,
    /// Unadvise this connection of this registry when notified.
    cancel: Option<(Arc<Advisers>, Arc<OnceLock<ULONG_PTR>>)>,
}

fn describe(n: &NotificationRef<'_>) -> String {
    match n {
        NotificationRef::NewMail(m) => format!(
            "new mail {:?} in {:?}: {}",
            m.entry_id,
            m.parent_id,
            m.message_class.map(|c| c.to_string()).unwrap_or_default()
        ),
        NotificationRef::Object(o) => format!(
            "event {:#x} on {:?} type {} tags {:?}",
            o.event,
            o.entry_id,
            o.object_type,
            o.changed.as_ref().map(|t| t.to_vec())
        ),
        other => format!("unexpected {other:?}"),
    }
}

impl IMAPIAdviseSinkImpl for Sink {
    fn on_notify(&self, notifications: &[NotificationRef<'_>]) -> ULONG {
        self.seen
            .lock()
            .expect("lock")
            .push(notifications.iter().map(describe).collect());
        if let Some((advisers, conn)) = &self.cancel
            && let Some(c) = conn.get()
        {
            assert_eq!(advisers.unadvise(*c), Ok(()), "re-entrant unadvise");
        }
        0
    }
}

fn sink(seen: &Seen) -> ComPtr<IMAPIAdviseSink> {
    Sink {
        seen: seen.clone(),
        cancel: None,
    }
    .into_com()
}

fn created(id: &[u8], parent: &[u8]) -> Notification {
    Notification::Object {
        kind: ObjectEventKind::Created,
        entry_id: id.to_vec(),
        object_type: MAPI_MESSAGE,
        parent_id: parent.to_vec(),
        old_id: vec![],
        old_parent_id: vec![],
        changed: None,
    }
}

#[test]
fn each_sink_gets_the_events_of_its_key_and_mask_in_one_call() {
    let advisers = Advisers::new();
    let (all, folder, other, mail) = (
        Seen::default(),
        Seen::default(),
        Seen::default(),
        Seen::default(),
    );
    advisers
        .advise(b"", fnevObjectCreated | fnevObjectModified, sink(&all))
        .expect("all");
    advisers
        .advise(b"folder", fnevObjectCreated, sink(&folder))
        .expect("folder");
    advisers
        .advise(b"elsewhere", fnevObjectCreated, sink(&other))
        .expect("other");
    advisers
        .advise(b"folder", fnevNewMail, sink(&mail))
        .expect("mail");
    let modified = Notification::Object {
        kind: ObjectEventKind::Modified,
        entry_id: b"m1".to_vec(),
        object_type: MAPI_MESSAGE,
        parent_id: b"folder".to_vec(),
        old_id: vec![],
        old_parent_id: vec![],
        changed: Some(vec![PropTag(PR_SUBJECT_W)]),
    };
    let new_mail = Notification::NewMail {
        entry_id: b"m2".to_vec(),
        parent_id: b"folder".to_vec(),
        message_class: "IPM.Note".into(),
        message_flags: 0,
    };
    let called = advisers.notify(
        &[b"m1", b"folder"],
        &[created(b"m1", b"folder"), modified, new_mail],
    );
    assert_eq!(called, 3);
    assert_eq!(
        *all.lock().expect("lock"),
        [vec![
            format!("event {fnevObjectCreated:#x} on [109, 49] type {MAPI_MESSAGE} tags None"),
            format!(
                "event {fnevObjectModified:#x} on [109, 49] type {MAPI_MESSAGE} tags Some([{:?}])",
                PropTag(PR_SUBJECT_W)
            ),
        ]]
    );
    assert_eq!(
        *folder.lock().expect("lock"),
        [vec![format!(
            "event {fnevObjectCreated:#x} on [109, 49] type {MAPI_MESSAGE} tags None"
        )]]
    );
    assert!(other.lock().expect("lock").is_empty(), "another key");
    assert_eq!(
        *mail.lock().expect("lock"),
        [vec![
            "new mail [109, 50] in [102, 111, 108, 100, 101, 114]: IPM.Note".to_string()
        ]]
    );
}

#[test]
fn registrations_are_cancelled_by_connection_even_from_inside_a_sink() {
    let advisers = Arc::new(Advisers::new());
    assert_eq!(
        advisers.advise(b"", 0, sink(&Seen::default())),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    let seen = Seen::default();
    let conn = Arc::new(OnceLock::new());
    let c = advisers
        .advise(
            b"",
            fnevObjectCreated,
            Sink {
                seen: seen.clone(),
                cancel: Some((advisers.clone(), conn.clone())),
            }
            .into_com(),
        )
        .expect("advise");
    assert_ne!(c, 0);
    conn.set(c).expect("once");
    // The sink unadvises itself while notified: no deadlock, and no second
    // delivery.
    assert_eq!(advisers.notify(&[], &[created(b"a", b"")]), 1);
    assert_eq!(advisers.notify(&[], &[created(b"b", b"")]), 0);
    assert_eq!(seen.lock().expect("lock").len(), 1);
    assert_eq!(advisers.unadvise(c), Err(Hresult(MAPI_E_NOT_FOUND)));
    let d = advisers
        .advise(b"", fnevObjectCreated, sink(&seen))
        .expect("again");
    assert_ne!(d, c, "connection numbers are not reused");
    advisers.clear();
    assert!(advisers.is_empty());
}

#[test]
fn listeners_reach_every_live_logon_and_drop_released_ones() {
    use mapi_sys::kit::Listeners;
    let listeners = Listeners::new();
    let (first_seen, second_seen) = (Seen::default(), Seen::default());
    let first = Arc::new(Advisers::new());
    let second = Arc::new(Advisers::new());
    first
        .advise(&[], fnevObjectCreated, sink(&first_seen))
        .expect("advise");
    // Advised on the folder the event happens in: related, so delivered.
    second
        .advise(&[7; 4], fnevObjectCreated, sink(&second_seen))
        .expect("advise");
    listeners.add_advisers(&first);
    listeners.add_advisers(&second);

    let event = Notification::object(
        ObjectEventKind::Created,
        MAPI_MESSAGE,
        vec![1; 4],
        vec![7; 4],
    );
    assert_eq!(listeners.notify(std::slice::from_ref(&event)), 2);
    assert_eq!(first_seen.lock().expect("lock").len(), 1);
    assert_eq!(second_seen.lock().expect("lock").len(), 1);

    // A logon gone (its registry dropped) is no longer reached; nothing to
    // tell is no call at all.
    drop(second);
    assert_eq!(listeners.notify(&[event]), 1);
    assert_eq!(listeners.notify(&[]), 0);
    assert_eq!(first_seen.lock().expect("lock").len(), 2);
    assert_eq!(second_seen.lock().expect("lock").len(), 1);
}
