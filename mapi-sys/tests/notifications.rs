//! Notifications of every kind cross `IMAPIAdviseSink::OnNotify` as MAPI
//! lays them out: the caller side lays Rust views out as `NOTIFICATION`s,
//! the sink's thunk reads them back as views, and a sink implemented in
//! Rust never touches the C union. A host's malformed array is refused
//! before the sink runs, and a table event's unused fields are not read.

use mapi_sys::value::{
    ErrorNotificationRef, ExtendedNotificationRef, MapiErrorRef, NewMailRef, NotificationRef,
    ObjectNotificationRef, PropRef, PropTag, PropValueRef, StatusObjectNotificationRef, StrRef,
    TableNotificationRef, TagArray,
};
use mapi_sys::*;
use std::sync::{Arc, Mutex};

/// What the sink saw: per call, each notification as `{:?}` prints it (the
/// views borrow the call's memory, so they are described, not kept).
type Seen = Arc<Mutex<Vec<Vec<String>>>>;

#[derive(ComObject)]
#[mapi(implements(IMAPIAdviseSink))]
struct Sink(Seen);

impl IMAPIAdviseSinkImpl for Sink {
    fn on_notify(&self, notifications: &[NotificationRef<'_>]) -> ULONG {
        let seen = notifications.iter().map(|n| format!("{n:?}")).collect();
        self.0.lock().expect("seen").push(seen);
        0
    }
}

fn sink() -> (ComPtr<IMAPIAdviseSink>, Seen) {
    let seen = Seen::default();
    (Sink(seen.clone()).into_com(), seen)
}

fn utf16(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

#[test]
fn every_kind_of_notification_reaches_a_rust_sink_as_it_was_sent() {
    let (sink, seen) = sink();
    let subject = utf16("Quarterly ✓");
    let class = utf16("IPM.Note");
    let error_text = utf16("disk full");
    let changed = [PropTag(PR_SUBJECT_W), PropTag(PR_BODY_W)];
    let sent = vec![
        NotificationRef::CriticalError(ErrorNotificationRef {
            entry_id: b"\0\0\0\0store",
            error: Hresult(MAPI_E_DISK_ERROR),
            flags: MAPI_UNICODE,
            details: Some(MapiErrorRef {
                version: MAPI_ERROR_VERSION,
                error: Some(StrRef::Unicode(&error_text)),
                component: None,
                low_level_error: 112,
                context: 7,
            }),
        }),
        NotificationRef::NewMail(NewMailRef {
            entry_id: b"\0\0\0\0message",
            parent_id: b"\0\0\0\0inbox",
            flags: MAPI_UNICODE,
            message_class: Some(StrRef::Unicode(&class)),
            message_flags: MSGFLAG_UNSENT,
        }),
        NotificationRef::NewMail(NewMailRef {
            entry_id: b"\0\0\0\0message",
            parent_id: b"",
            flags: 0,
            message_class: Some(StrRef::Ansi(c"IPM.Note.8bit")),
            message_flags: 0,
        }),
        NotificationRef::Object(ObjectNotificationRef {
            event: fnevObjectMoved,
            entry_id: b"\0\0\0\0new",
            object_type: MAPI_MESSAGE,
            parent_id: b"\0\0\0\0archive",
            old_id: b"\0\0\0\0old",
            old_parent_id: b"\0\0\0\0inbox",
            changed: Some(TagArray::from(&changed[..])),
        }),
        NotificationRef::Object(ObjectNotificationRef {
            event: fnevSearchComplete,
            entry_id: b"\0\0\0\0search",
            object_type: MAPI_FOLDER,
            parent_id: b"",
            old_id: b"",
            old_parent_id: b"",
            changed: None,
        }),
        NotificationRef::Table(TableNotificationRef {
            event: TABLE_ROW_ADDED,
            error: Hresult(0),
            index: Some(PropRef {
                tag: PropTag(PR_INSTANCE_KEY),
                value: PropValueRef::Binary(b"row-2"),
            }),
            prior: Some(PropRef {
                tag: PropTag(PR_INSTANCE_KEY),
                value: PropValueRef::Binary(b"row-1"),
            }),
            row: vec![
                PropRef {
                    tag: PropTag(PR_INSTANCE_KEY),
                    value: PropValueRef::Binary(b"row-2"),
                },
                PropRef {
                    tag: PropTag(PR_SUBJECT_W),
                    value: PropValueRef::Unicode(&subject),
                },
                PropRef {
                    tag: PropTag(PR_MESSAGE_FLAGS),
                    value: PropValueRef::Long(1),
                },
            ],
        }),
        NotificationRef::Table(TableNotificationRef {
            event: TABLE_ROW_ADDED,
            error: Hresult(0),
            index: Some(PropRef {
                tag: PropTag(PR_INSTANCE_KEY),
                value: PropValueRef::Binary(b"row-0"),
            }),
            // The first row: sent as `PR_NULL`, read back as none.
            prior: None,
            row: Vec::new(),
        }),
        NotificationRef::Table(TableNotificationRef {
            event: TABLE_ROW_DELETED,
            error: Hresult(0),
            index: Some(PropRef {
                tag: PropTag(PR_INSTANCE_KEY),
                value: PropValueRef::Binary(b"row-1"),
            }),
            prior: None,
            row: Vec::new(),
        }),
        NotificationRef::Table(TableNotificationRef {
            event: TABLE_ERROR,
            error: Hresult(MAPI_E_CALL_FAILED),
            index: None,
            prior: None,
            row: Vec::new(),
        }),
        NotificationRef::StatusObject(StatusObjectNotificationRef {
            entry_id: b"\0\0\0\0status",
            props: vec![PropRef {
                tag: PropTag(PR_STATUS_CODE),
                value: PropValueRef::Long(STATUS_AVAILABLE as i32),
            }],
        }),
        NotificationRef::Extended(ExtendedNotificationRef {
            event: 0x1234,
            parameters: &[1, 2, 3, 0, 255],
        }),
        NotificationRef::Other(fnevReservedForMapi),
    ];
    assert_eq!(sink.on_notify(&sent), Ok(0));
    let expected: Vec<String> = sent.iter().map(|n| format!("{n:?}")).collect();
    assert_eq!(
        *seen.lock().expect("seen"),
        [expected],
        "one call, every notification"
    );
    let events: Vec<u32> = sent.iter().map(NotificationRef::event_type).collect();
    assert_eq!(
        events,
        [
            fnevCriticalError,
            fnevNewMail,
            fnevNewMail,
            fnevObjectMoved,
            fnevSearchComplete,
            fnevTableModified,
            fnevTableModified,
            fnevTableModified,
            fnevTableModified,
            fnevStatusObjectModified,
            fnevExtended,
            fnevReservedForMapi,
        ]
    );
}

#[test]
fn what_c_cannot_carry_is_refused_before_the_sink_runs() {
    let (sink, seen) = sink();
    let class = utf16("IPM.Note");
    // A UTF-16 class whose flags announce 8-bit characters.
    let mismatched = NotificationRef::NewMail(NewMailRef {
        entry_id: b"id",
        parent_id: b"",
        flags: 0,
        message_class: Some(StrRef::Unicode(&class)),
        message_flags: 0,
    });
    assert_eq!(
        sink.on_notify(&[mismatched]),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    // A class with a NUL inside, which C would read shorter.
    let nul = utf16("IPM\0Note");
    let cut = NotificationRef::NewMail(NewMailRef {
        entry_id: b"id",
        parent_id: b"",
        flags: MAPI_UNICODE,
        message_class: Some(StrRef::Unicode(&nul)),
        message_flags: 0,
    });
    assert_eq!(
        sink.on_notify(&[cut]),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    // A row value that could not be read from its own peer.
    let unreadable = NotificationRef::StatusObject(StatusObjectNotificationRef {
        entry_id: b"id",
        props: vec![PropRef {
            tag: PropTag(PR_SUBJECT_W),
            value: PropValueRef::Invalid(value::ViewError::Unterminated),
        }],
    });
    assert_eq!(
        sink.on_notify(&[unreadable]),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    assert!(
        seen.lock().expect("seen").is_empty(),
        "the sink was not called"
    );
}

/// Calls the sink's `OnNotify` slot as a host does.
fn on_notify_raw(sink: &ComPtr<IMAPIAdviseSink>, count: ULONG, at: *mut NOTIFICATION) -> ULONG {
    // SAFETY: a live sink; what `at` points to is each test's to vouch for.
    unsafe { (sink.vtable().OnNotify)(sink.as_raw().cast(), count, at) }
}

fn zeroed() -> NOTIFICATION {
    // SAFETY: integers, raw pointers and a union of such: valid all-zero.
    unsafe { std::mem::zeroed() }
}

#[test]
fn a_malformed_array_from_a_host_is_refused_not_read() {
    let (sink, seen) = sink();
    // A null array with a count.
    assert_eq!(on_notify_raw(&sink, 2, std::ptr::null_mut()), 0);
    // An object notification whose entry identifier is null with a size.
    let mut bad_id = zeroed();
    bad_id.ulEventType = fnevObjectCreated;
    bad_id.info.obj.cbEntryID = 16;
    assert_eq!(on_notify_raw(&sink, 1, &mut bad_id), 0);
    // A count beyond what a view reads, refused before any element is.
    let mut one = zeroed();
    one.ulEventType = fnevExtended;
    assert_eq!(on_notify_raw(&sink, u32::MAX, &mut one), 0);
    // An extended event whose parameters are null with a size.
    one.info.ext.cb = 4;
    assert_eq!(on_notify_raw(&sink, 1, &mut one), 0);
    assert!(
        seen.lock().expect("seen").is_empty(),
        "the sink was not called"
    );
}

#[test]
fn a_table_event_without_a_row_leaves_the_row_fields_unread() {
    let (sink, seen) = sink();
    // `TABLE_CHANGED` carries no row: a host may leave garbage in the row
    // fields, which must not be followed.
    let mut changed = zeroed();
    changed.ulEventType = fnevTableModified;
    changed.info.tab.ulTableEvent = TABLE_CHANGED;
    changed.info.tab.propIndex.ulPropTag = PR_SUBJECT_W;
    changed.info.tab.propIndex.Value.lpszW = std::ptr::dangling_mut();
    changed.info.tab.row.cValues = 5;
    changed.info.tab.row.lpProps = std::ptr::dangling_mut();
    assert_eq!(on_notify_raw(&sink, 1, &mut changed), 0);
    let expected = NotificationRef::Table(TableNotificationRef {
        event: TABLE_CHANGED,
        error: Hresult(0),
        index: None,
        prior: None,
        row: Vec::new(),
    });
    assert_eq!(*seen.lock().expect("seen"), [[format!("{expected:?}")]]);
}
