//! Notifications (`NOTIFICATION`): a view of every kind an advise sink
//! receives, and their layout for a call (`IMAPIAdviseSink::OnNotify`,
//! `IMAPISupport::Notify`, `IMsgStore::NotifyNewMail`).

use super::alloc::MapiBuffer;
use super::call::scratch;
use super::strings::StrRef;
use super::structs::{MapiErrorBuffer, MapiErrorRef, TagArray, TagArrayBuf, write_mapi_error};
use super::view::{PropRef, bytes, each_at};
use super::write::write_props;
use super::{Prop, PropTag, ViewError};
use crate::{
    ENTRYID, ERROR_NOTIFICATION, EXTENDED_NOTIFICATION, Hresult, MAPI_E_INVALID_PARAMETER,
    MAPI_UNICODE, NEWMAIL_NOTIFICATION, NOTIFICATION, NOTIFICATION_0, OBJECT_NOTIFICATION, PR_NULL,
    SPropValue, SRow, STATUS_OBJECT_NOTIFICATION, TABLE_NOTIFICATION, TABLE_ROW_ADDED,
    TABLE_ROW_DELETED, TABLE_ROW_MODIFIED, TCHAR, ULONG, fnevCriticalError, fnevExtended,
    fnevNewMail, fnevObjectCopied, fnevObjectCreated, fnevObjectDeleted, fnevObjectModified,
    fnevObjectMoved, fnevSearchComplete, fnevStatusObjectModified, fnevTableModified,
};
use core::marker::PhantomData;
use core::ptr::{addr_of, null_mut};

/// `fnevCriticalError`: an error the advise source could not report
/// otherwise (`ERROR_NOTIFICATION`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrorNotificationRef<'a> {
    /// The entry identifier of the object the error concerns (may be
    /// empty).
    pub entry_id: &'a [u8],
    /// The error (`scode`).
    pub error: Hresult,
    /// `ulFlags`: `MAPI_UNICODE` when the strings of `details` are UTF-16.
    pub flags: u32,
    /// What the source says about the error, if anything (`lpMAPIError`).
    pub details: Option<MapiErrorRef<'a>>,
}

/// `fnevNewMail`: a message arrived in a receive folder
/// (`NEWMAIL_NOTIFICATION`, as `IMsgStore::NotifyNewMail` receives it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NewMailRef<'a> {
    /// The new message's entry identifier.
    pub entry_id: &'a [u8],
    /// The entry identifier of the folder that received it.
    pub parent_id: &'a [u8],
    /// The notification's `ulFlags` (`MAPI_UNICODE`: the class is UTF-16).
    pub flags: u32,
    /// The message class, if given, in the width `flags` says.
    pub message_class: Option<StrRef<'a>>,
    /// The message flags (`MSGFLAG_*`, `PR_MESSAGE_FLAGS`).
    pub message_flags: u32,
}

/// `fnevObjectCreated`, `fnevObjectDeleted`, `fnevObjectModified`,
/// `fnevObjectMoved`, `fnevObjectCopied` and `fnevSearchComplete`: what
/// happened to an object (`OBJECT_NOTIFICATION`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObjectNotificationRef<'a> {
    /// Which of the six events (an `fnev*` value).
    pub event: u32,
    /// The object's entry identifier (its new one after a move or copy).
    pub entry_id: &'a [u8],
    /// Its type (`MAPI_MESSAGE`, `MAPI_FOLDER`, `MAPI_STORE`, ...).
    pub object_type: u32,
    /// Its parent's entry identifier (may be empty).
    pub parent_id: &'a [u8],
    /// After a move or copy, the identifier it had (else empty).
    pub old_id: &'a [u8],
    /// After a move or copy, its former parent's identifier (else empty).
    pub old_parent_id: &'a [u8],
    /// The properties that changed, if the source says (`lpPropTagArray`).
    pub changed: Option<TagArray<'a>>,
}

/// `fnevTableModified`: a change to a table (`TABLE_NOTIFICATION`).
///
/// Which fields MAPI fills depends on the event, and only those are read:
/// `index` for `TABLE_ROW_ADDED`, `TABLE_ROW_DELETED` and
/// `TABLE_ROW_MODIFIED`; `prior` and `row` for the first and the last.
#[derive(Clone, Debug, PartialEq)]
pub struct TableNotificationRef<'a> {
    /// What happened: a `TABLE_*` event value.
    pub event: u32,
    /// For `TABLE_ERROR`, the error (`hResult`).
    pub error: Hresult,
    /// The index property (usually `PR_INSTANCE_KEY`) of the row concerned.
    pub index: Option<PropRef<'a>>,
    /// The index property of the row before it; `None` when the row is
    /// first (MAPI's `PR_NULL`).
    pub prior: Option<PropRef<'a>>,
    /// The row's values, for an added or modified row.
    pub row: Vec<PropRef<'a>>,
}

/// `fnevStatusObjectModified`: a status object changed
/// (`STATUS_OBJECT_NOTIFICATION`).
#[derive(Clone, Debug, PartialEq)]
pub struct StatusObjectNotificationRef<'a> {
    /// The status object's entry identifier.
    pub entry_id: &'a [u8],
    /// Its changed properties.
    pub props: Vec<PropRef<'a>>,
}

/// `fnevExtended`: an event the advise source defines
/// (`EXTENDED_NOTIFICATION`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExtendedNotificationRef<'a> {
    /// The source's event code (`ulEvent`).
    pub event: u32,
    /// Its parameters (`pbEventParameters`).
    pub parameters: &'a [u8],
}

/// One notification, read from a peer's `NOTIFICATION` or made in Rust to
/// send: a variant per kind of event MAPI defines, and the event type of
/// any other.
///
/// ```
/// use mapi_sys::value::{NotificationRef, ObjectNotificationRef, TagArray};
/// use mapi_sys::*;
///
/// let changed = [value::PropTag(PR_SUBJECT_W)];
/// let modified = NotificationRef::Object(ObjectNotificationRef {
///     event: fnevObjectModified,
///     entry_id: b"message",
///     object_type: MAPI_MESSAGE,
///     parent_id: b"folder",
///     old_id: b"",
///     old_parent_id: b"",
///     changed: Some(TagArray::from(&changed[..])),
/// });
/// assert_eq!(modified.event_type(), fnevObjectModified);
/// if let NotificationRef::Object(o) = &modified {
///     assert_eq!(o.changed.as_deref(), Some(&changed[..]));
/// }
/// ```
#[derive(Clone, Debug, PartialEq)]
pub enum NotificationRef<'a> {
    /// `fnevCriticalError`.
    CriticalError(ErrorNotificationRef<'a>),
    /// `fnevNewMail`.
    NewMail(NewMailRef<'a>),
    /// `fnevObjectCreated`, `...Deleted`, `...Modified`, `...Moved`,
    /// `...Copied` and `fnevSearchComplete`.
    Object(ObjectNotificationRef<'a>),
    /// `fnevTableModified`.
    Table(TableNotificationRef<'a>),
    /// `fnevStatusObjectModified`.
    StatusObject(StatusObjectNotificationRef<'a>),
    /// `fnevExtended`.
    Extended(ExtendedNotificationRef<'a>),
    /// An event type MAPI does not define, whose data is not read (and is
    /// sent as zeros).
    Other(u32),
}

/// Whether `event` is one of the events an `OBJECT_NOTIFICATION` carries.
fn is_object_event(event: u32) -> bool {
    [
        fnevObjectCreated,
        fnevObjectDeleted,
        fnevObjectModified,
        fnevObjectMoved,
        fnevObjectCopied,
        fnevSearchComplete,
    ]
    .contains(&event)
}

impl<'a> NotificationRef<'a> {
    /// The `fnev*` event type (`ulEventType`).
    pub fn event_type(&self) -> u32 {
        match self {
            NotificationRef::CriticalError(_) => fnevCriticalError,
            NotificationRef::NewMail(_) => fnevNewMail,
            NotificationRef::Object(o) => o.event,
            NotificationRef::Table(_) => fnevTableModified,
            NotificationRef::StatusObject(_) => fnevStatusObjectModified,
            NotificationRef::Extended(_) => fnevExtended,
            NotificationRef::Other(event) => *event,
        }
    }

    /// Reads a notification; `None` for null. Errors: an identifier or
    /// array that is null with a size, or too large; a string as
    /// [`StrRef::from_raw`] says; a tag array as [`TagArray::from_raw`]
    /// says. A property value that cannot be read is
    /// [`PropValueRef::Invalid`](super::PropValueRef::Invalid), as in
    /// [`PropRef::slice_from_raw`].
    ///
    /// ```
    /// use mapi_sys::value::{NotificationRef, StrRef};
    /// use mapi_sys::*;
    ///
    /// let id = [0u8, 0, 0, 0, 1];
    /// let mut n: NOTIFICATION = unsafe { std::mem::zeroed() };
    /// n.ulEventType = fnevNewMail;
    /// n.info.newmail = NEWMAIL_NOTIFICATION {
    ///     cbEntryID: 5,
    ///     lpEntryID: id.as_ptr().cast_mut().cast(),
    ///     cbParentID: 0,
    ///     lpParentID: std::ptr::null_mut(),
    ///     ulFlags: 0,
    ///     lpszMessageClass: c"IPM.Note".as_ptr().cast_mut().cast(),
    ///     ulMessageFlags: 0,
    /// };
    /// // SAFETY: a readable notification whose pointers outlive the view.
    /// let Some(NotificationRef::NewMail(mail)) = (unsafe { NotificationRef::from_raw(&n) })? else { panic!() };
    /// assert_eq!(mail.entry_id, id);
    /// assert_eq!(mail.message_class.map(|c| c.to_string_lossy().into_owned()).as_deref(), Some("IPM.Note"));
    /// # Ok::<(), mapi_sys::value::ViewError>(())
    /// ```
    ///
    /// # Safety
    /// A non-null `ptr` must point to a readable `NOTIFICATION` whose
    /// `ulEventType` selects the union member that is initialized (for a
    /// table event, the fields its `TABLE_*` event uses), and whose
    /// pointers point to what MAPI says (identifiers and arrays of their
    /// sizes, NUL-terminated strings, property values as in
    /// [`PropRef::slice_from_raw`]), readable and unchanged for `'a`.
    pub unsafe fn from_raw(
        ptr: *const NOTIFICATION,
    ) -> Result<Option<NotificationRef<'a>>, ViewError> {
        if ptr.is_null() {
            return Ok(None);
        }
        // SAFETY: forwarded.
        unsafe { read(ptr) }.map(Some)
    }

    /// Reads `count` notifications (`OnNotify`'s `cNotif` and
    /// `lpNotifications`): empty for 0, [`ViewError::NullPointer`] for null
    /// with a count, [`ViewError::TooLarge`] beyond
    /// [`MAX_COUNT`](super::MAX_COUNT); each as [`NotificationRef::from_raw`].
    ///
    /// # Safety
    /// A non-null `ptr` must point to `count` notifications, each as
    /// [`NotificationRef::from_raw`] requires.
    pub unsafe fn slice_from_raw(
        ptr: *const NOTIFICATION,
        count: ULONG,
    ) -> Result<Vec<NotificationRef<'a>>, ViewError> {
        // SAFETY: forwarded; `each_at` hands out the address of each
        // notification of the array.
        unsafe { each_at(ptr, count, |p| read(p)) }
    }
}

/// An entry identifier's bytes (`ENTRYID *` and its size).
///
/// # Safety
/// A non-null `id` must point to `size` readable bytes, unchanged for `'a`.
unsafe fn id<'a>(id: *mut ENTRYID, size: ULONG) -> Result<&'a [u8], ViewError> {
    // SAFETY: forwarded.
    unsafe { bytes(id.cast_const().cast(), size) }
}

/// [`NotificationRef::from_raw`] for a non-null `ptr`.
///
/// # Safety
/// As for [`NotificationRef::from_raw`], `ptr` non-null.
unsafe fn read<'a>(ptr: *const NOTIFICATION) -> Result<NotificationRef<'a>, ViewError> {
    // SAFETY: a readable notification (the caller's contract): the event
    // type selects the union member read, and within a table event, the
    // fields its event uses; every pointer goes through a reader that
    // checks it. Members are read unaligned, by address where they hold
    // property values (whose padding may be uninitialized).
    unsafe {
        let event = addr_of!((*ptr).ulEventType).read_unaligned();
        let info = addr_of!((*ptr).info);
        Ok(match event {
            _ if event == fnevCriticalError => {
                let e = addr_of!((*info).err).read_unaligned();
                let unicode = e.ulFlags & MAPI_UNICODE != 0;
                NotificationRef::CriticalError(ErrorNotificationRef {
                    entry_id: id(e.lpEntryID, e.cbEntryID)?,
                    error: Hresult(e.scode),
                    flags: e.ulFlags,
                    details: MapiErrorRef::from_raw(e.lpMAPIError, unicode)?,
                })
            }
            _ if event == fnevNewMail => {
                let m = addr_of!((*info).newmail).read_unaligned();
                let unicode = m.ulFlags & MAPI_UNICODE != 0;
                NotificationRef::NewMail(NewMailRef {
                    entry_id: id(m.lpEntryID, m.cbEntryID)?,
                    parent_id: id(m.lpParentID, m.cbParentID)?,
                    flags: m.ulFlags,
                    message_class: StrRef::from_raw(m.lpszMessageClass, unicode)?,
                    message_flags: m.ulMessageFlags,
                })
            }
            _ if is_object_event(event) => {
                let o = addr_of!((*info).obj).read_unaligned();
                NotificationRef::Object(ObjectNotificationRef {
                    event,
                    entry_id: id(o.lpEntryID, o.cbEntryID)?,
                    object_type: o.ulObjType,
                    parent_id: id(o.lpParentID, o.cbParentID)?,
                    old_id: id(o.lpOldID, o.cbOldID)?,
                    old_parent_id: id(o.lpOldParentID, o.cbOldParentID)?,
                    changed: TagArray::from_raw(o.lpPropTagArray)?,
                })
            }
            _ if event == fnevTableModified => {
                let t = addr_of!((*info).tab);
                let table_event = addr_of!((*t).ulTableEvent).read_unaligned();
                let has_row = table_event == TABLE_ROW_ADDED || table_event == TABLE_ROW_MODIFIED;
                let has_index = has_row || table_event == TABLE_ROW_DELETED;
                let index = if has_index {
                    Some(PropRef::from_raw(addr_of!((*t).propIndex))?)
                } else {
                    None
                };
                let (prior, row) = if has_row {
                    let prior = PropRef::from_raw(addr_of!((*t).propPrior))?;
                    let row = PropRef::row_from_raw(addr_of!((*t).row))?;
                    (Some(prior).filter(|p| p.tag != PropTag::NULL), row)
                } else {
                    (None, Vec::new())
                };
                NotificationRef::Table(TableNotificationRef {
                    event: table_event,
                    error: Hresult(addr_of!((*t).hResult).read_unaligned()),
                    index,
                    prior,
                    row,
                })
            }
            _ if event == fnevStatusObjectModified => {
                let s = addr_of!((*info).statobj).read_unaligned();
                NotificationRef::StatusObject(StatusObjectNotificationRef {
                    entry_id: id(s.lpEntryID, s.cbEntryID)?,
                    props: PropRef::slice_from_raw(s.lpPropVals, s.cValues)?,
                })
            }
            _ if event == fnevExtended => {
                let x = addr_of!((*info).ext).read_unaligned();
                NotificationRef::Extended(ExtendedNotificationRef {
                    event: x.ulEvent,
                    parameters: bytes(x.pbEventParameters.cast_const(), x.cb)?,
                })
            }
            _ => NotificationRef::Other(event),
        })
    }
}

// ------------------------------------------------------------------ layout

/// Notifications laid out as MAPI's `NOTIFICATION` array for one call,
/// over the borrowed identifiers and bytes of their views; what they point
/// to besides (property values, tag arrays, errors, UTF-16 classes) is
/// owned here, on the Rust heap. The callee only reads them.
pub struct NotificationsIn<'a> {
    items: Vec<NOTIFICATION>,
    // What `items` points to, kept until the call returns.
    _strings: Vec<Vec<u16>>,
    _values: Vec<MapiBuffer<SPropValue>>,
    _tags: Vec<TagArrayBuf>,
    _errors: Vec<MapiErrorBuffer>,
    _borrows: PhantomData<&'a [u8]>,
}

impl NotificationsIn<'_> {
    /// The array as MAPI's signatures take it.
    pub fn as_ptr(&self) -> *const NOTIFICATION {
        self.items.as_ptr()
    }

    /// The number of notifications (`cNotif`).
    pub fn count(&self) -> ULONG {
        // At most a `ULONG` of them (checked in `notifications_in`).
        self.items.len() as ULONG
    }
}

/// One notification laid out for a call (`IMsgStore::NotifyNewMail`'s
/// `LPNOTIFICATION`).
pub struct NotificationIn<'a>(NotificationsIn<'a>);

impl NotificationIn<'_> {
    /// The notification as MAPI's signatures take it; the callee only reads
    /// it.
    pub fn as_mut_ptr(&mut self) -> *mut NOTIFICATION {
        self.0.items.as_mut_ptr()
    }
}

/// The `NOTIFICATION` of `n`, as [`notifications_in`] lays it out.
pub fn notification_in<'a>(n: &NotificationRef<'a>) -> Result<NotificationIn<'a>, Hresult> {
    notifications_in(core::slice::from_ref(n)).map(NotificationIn)
}

/// The `NOTIFICATION`s of `notifications`, for `OnNotify` or `Notify`.
///
/// `MAPI_E_INVALID_PARAMETER` for what MAPI cannot carry: more than a
/// `ULONG` of notifications, an identifier or parameter block longer than a
/// `ULONG` counts, a message class whose width is not the one its `flags`
/// announce (`MAPI_UNICODE`), or with a NUL inside; a property value that
/// cannot be laid out ([`PropValueRef::Invalid`](super::PropValueRef::Invalid))
/// is its `Hresult`. An error's strings are sent in the width its `flags`
/// say, converted as [`StrRef::to_string_lossy`] does.
pub fn notifications_in<'a>(
    notifications: &[NotificationRef<'a>],
) -> Result<NotificationsIn<'a>, Hresult> {
    let invalid = || Hresult(MAPI_E_INVALID_PARAMETER);
    ULONG::try_from(notifications.len()).map_err(|_| invalid())?;
    let mut out = NotificationsIn {
        items: Vec::with_capacity(notifications.len()),
        _strings: Vec::new(),
        _values: Vec::new(),
        _tags: Vec::new(),
        _errors: Vec::new(),
        _borrows: PhantomData,
    };
    for n in notifications {
        let info = lay_out(n, &mut out)?;
        out.items.push(NOTIFICATION {
            ulEventType: n.event_type(),
            ulAlignPad: 0,
            info,
        });
    }
    Ok(out)
}

/// A size and a pointer for borrowed bytes; empty is `(0, null)`.
fn sized<T>(data: &[u8]) -> Result<(ULONG, *mut T), Hresult> {
    if data.is_empty() {
        return Ok((0, null_mut()));
    }
    let size = ULONG::try_from(data.len()).map_err(|_| Hresult(MAPI_E_INVALID_PARAMETER))?;
    Ok((size, data.as_ptr().cast_mut().cast()))
}

/// Owned copies of views' values, laid out in one scratch block (the
/// pointer to the first and the count), kept in `out`.
fn values_in(
    props: &[PropRef<'_>],
    out: &mut NotificationsIn<'_>,
) -> Result<(ULONG, *mut SPropValue), Hresult> {
    let owned = props
        .iter()
        .map(PropRef::to_prop)
        .collect::<Result<Vec<Prop>, ViewError>>()?;
    let buffer = write_props(&scratch(), &owned)?;
    let laid = (buffer.count(), buffer.as_ptr().cast_mut());
    out._values.push(buffer);
    Ok(laid)
}

/// One property value for a field that holds it in place
/// (`TABLE_NOTIFICATION::propIndex`); `PR_NULL` for none.
fn value_in(
    prop: Option<&PropRef<'_>>,
    out: &mut NotificationsIn<'_>,
) -> Result<SPropValue, Hresult> {
    match prop {
        Some(p) => {
            let (_, at) = values_in(core::slice::from_ref(p), out)?;
            // SAFETY: `values_in` wrote one value at `at`, in a block `out`
            // keeps; the copy points into that block's chain.
            Ok(unsafe { at.read() })
        }
        None => {
            // SAFETY: an integer tag and a union of integers and pointers,
            // valid all-zero; the tag is set next.
            let mut none: SPropValue = unsafe { core::mem::zeroed() };
            none.ulPropTag = PR_NULL;
            Ok(none)
        }
    }
}

/// The union member of one notification, pointing into its views and into
/// what `out` keeps.
fn lay_out(
    n: &NotificationRef<'_>,
    out: &mut NotificationsIn<'_>,
) -> Result<NOTIFICATION_0, Hresult> {
    let invalid = || Hresult(MAPI_E_INVALID_PARAMETER);
    Ok(match n {
        NotificationRef::CriticalError(e) => {
            let (cb, at) = sized(e.entry_id)?;
            let details = match &e.details {
                Some(d) => {
                    let written =
                        write_mapi_error(&scratch(), &d.to_error(), e.flags & MAPI_UNICODE != 0)?;
                    let at = written.as_ptr().cast_mut();
                    out._errors.push(written);
                    at
                }
                None => null_mut(),
            };
            NOTIFICATION_0 {
                err: ERROR_NOTIFICATION {
                    cbEntryID: cb,
                    lpEntryID: at,
                    scode: e.error.0,
                    ulFlags: e.flags,
                    lpMAPIError: details,
                },
            }
        }
        NotificationRef::NewMail(m) => {
            // The class's width is what the flags announce.
            let class: *mut TCHAR = match m.message_class {
                Some(c) if c.is_unicode() != (m.flags & MAPI_UNICODE != 0) => return Err(invalid()),
                Some(StrRef::Ansi(a)) => a.as_ptr().cast_mut().cast(),
                Some(StrRef::Unicode(u)) => {
                    if u.contains(&0) {
                        return Err(invalid());
                    }
                    let text: Vec<u16> = u.iter().copied().chain([0]).collect();
                    let at = text.as_ptr().cast_mut();
                    out._strings.push(text);
                    at
                }
                None => null_mut(),
            };
            let (cb, at) = sized(m.entry_id)?;
            let (cbp, parent) = sized(m.parent_id)?;
            NOTIFICATION_0 {
                newmail: NEWMAIL_NOTIFICATION {
                    cbEntryID: cb,
                    lpEntryID: at,
                    cbParentID: cbp,
                    lpParentID: parent,
                    ulFlags: m.flags,
                    lpszMessageClass: class,
                    ulMessageFlags: m.message_flags,
                },
            }
        }
        NotificationRef::Object(o) => {
            let changed = match &o.changed {
                Some(tags) => {
                    let mut buf = TagArrayBuf::new(tags)?;
                    let at = buf.as_mut_ptr();
                    out._tags.push(buf);
                    at
                }
                None => null_mut(),
            };
            let (cb, at) = sized(o.entry_id)?;
            let (cbp, parent) = sized(o.parent_id)?;
            let (cbo, old) = sized(o.old_id)?;
            let (cbop, old_parent) = sized(o.old_parent_id)?;
            NOTIFICATION_0 {
                obj: OBJECT_NOTIFICATION {
                    cbEntryID: cb,
                    lpEntryID: at,
                    ulObjType: o.object_type,
                    cbParentID: cbp,
                    lpParentID: parent,
                    cbOldID: cbo,
                    lpOldID: old,
                    cbOldParentID: cbop,
                    lpOldParentID: old_parent,
                    lpPropTagArray: changed,
                },
            }
        }
        NotificationRef::Table(t) => {
            let (count, values) = if t.row.is_empty() {
                (0, null_mut())
            } else {
                values_in(&t.row, out)?
            };
            NOTIFICATION_0 {
                tab: TABLE_NOTIFICATION {
                    ulTableEvent: t.event,
                    hResult: t.error.0,
                    propIndex: value_in(t.index.as_ref(), out)?,
                    propPrior: value_in(t.prior.as_ref(), out)?,
                    row: SRow {
                        ulAdrEntryPad: 0,
                        cValues: count,
                        lpProps: values,
                    },
                    ulPad: 0,
                },
            }
        }
        NotificationRef::StatusObject(s) => {
            let (count, values) = values_in(&s.props, out)?;
            let (cb, at) = sized(s.entry_id)?;
            NOTIFICATION_0 {
                statobj: STATUS_OBJECT_NOTIFICATION {
                    cbEntryID: cb,
                    lpEntryID: at,
                    cValues: count,
                    lpPropVals: values,
                },
            }
        }
        NotificationRef::Extended(x) => {
            let (cb, at) = sized(x.parameters)?;
            NOTIFICATION_0 {
                ext: EXTENDED_NOTIFICATION {
                    ulEvent: x.event,
                    cb,
                    pbEventParameters: at,
                },
            }
        }
        // SAFETY: every member is integers and raw pointers, valid
        // all-zero.
        NotificationRef::Other(_) => unsafe { core::mem::zeroed() },
    })
}
