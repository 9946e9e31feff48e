//! `IMessage` and `IAttach`: messages with their properties and
//! attachments.
//!
//! Messages are transacted: a message object edits its own copy, and
//! `SaveChanges` writes it to the store (a new message exists, and shows in
//! contents tables, only once saved). An attachment object edits a copy of
//! its attachment; its `SaveChanges` puts it in the message's copy, where
//! the message's `SaveChanges` saves it.

use crate::db::{self, MessageRec};
use crate::entryid::Kind;
use crate::session::{ErrorLog, Session, check_iid, instance_key};
use crate::store::access_level;
use mapi_sys::kit::{PropBag, PropObject, open_access, open_table_property};
use mapi_sys::value::{Prop, PropTag};
use mapi_sys::*;
use std::sync::{Arc, Mutex, MutexGuard};

/// The copy of a message that a message object (and its attachment
/// objects) edit.
#[derive(Debug)]
pub struct MessageState {
    /// The message's number.
    pub id: u64,
    /// The working copy.
    pub rec: MessageRec,
    /// The version it was opened at or last saved as; none before the
    /// first save of a new message.
    pub saved: Option<u64>,
    /// Whether it may be changed.
    pub writable: bool,
}

type Shared = Arc<Mutex<MessageState>>;

fn lock(state: &Shared) -> Result<MutexGuard<'_, MessageState>, Hresult> {
    state.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
}

/// The default columns of an attachment table.
pub const ATTACHMENT_COLUMNS: &[u32] = &[
    PR_ATTACH_NUM,
    PR_INSTANCE_KEY,
    PR_RECORD_KEY,
    PR_RENDERING_POSITION,
    PR_ATTACH_METHOD,
    PR_DISPLAY_NAME,
    PR_ATTACH_FILENAME,
    PR_ATTACH_LONG_FILENAME,
    PR_ATTACH_SIZE,
    PR_OBJECT_TYPE,
];

/// A message object.
#[derive(ComObject)]
#[mapi(implements(IMessage), allocator = session.alloc)]
pub struct Message {
    session: Arc<Session>,
    state: Shared,
    log: ErrorLog,
    store: Option<ComPtr<IMsgStore>>,
}

impl Message {
    /// A message object editing a copy of message `id`, `rec`: as last
    /// saved if `saved`, else a new message. `store` is kept alive with it.
    pub fn new(
        session: Arc<Session>,
        id: u64,
        rec: MessageRec,
        saved: bool,
        writable: bool,
        store: Option<ComPtr<IMsgStore>>,
    ) -> Message {
        let saved = saved.then_some(rec.version);
        let state = Arc::new(Mutex::new(MessageState {
            id,
            rec,
            saved,
            writable,
        }));
        let log = ErrorLog::new(crate::session::COMPONENT);
        Message {
            session,
            state,
            log,
            store,
        }
    }

    fn state(&self) -> Result<MutexGuard<'_, MessageState>, Hresult> {
        self.session.check()?;
        lock(&self.state)
    }

    fn writable_state(&self) -> Result<MutexGuard<'_, MessageState>, Hresult> {
        let s = self.state()?;
        if s.writable {
            Ok(s)
        } else {
            Err(Hresult(MAPI_E_NO_ACCESS))
        }
    }

    fn attachment_table(&self, flags: u32) -> Result<ComPtr<IMAPITable>, Hresult> {
        self.session.check()?;
        let (state, instance) = (self.state.clone(), self.session.db.instance());
        let source = move || -> Result<Vec<PropBag>, Hresult> {
            let s = lock(&state)?;
            Ok(s.rec
                .attachments
                .iter()
                .map(|(num, stored)| {
                    let mut p = db::attach_props(instance, s.id, *num, stored);
                    p.set(PR_INSTANCE_KEY, instance_key(u64::from(*num)));
                    p
                })
                .collect())
        };
        self.session
            .table(source, ATTACHMENT_COLUMNS, flags, self.store.clone())
    }

    fn save(&self, flags: u32) -> Result<(), Hresult> {
        let event = {
            let mut s = self.writable_state()?;
            s.rec.props.set(PR_LAST_MODIFICATION_TIME, db::now());
            let (version, event) = self.session.db.write()?.save_message(
                s.id,
                s.rec.clone(),
                s.saved,
                flags & FORCE_SAVE != 0,
            )?;
            s.saved = Some(version);
            s.rec.version = version;
            if flags & KEEP_OPEN_READONLY != 0 {
                s.writable = false;
            }
            event
        };
        self.session.notify(&[event]);
        Ok(())
    }
}

impl PropObject for Message {
    const NAME: &'static str = "IMessage";

    fn props(&self) -> Result<PropBag, Hresult> {
        let s = self.state()?;
        let mut p = db::message_props(self.session.db.instance(), s.id, &s.rec);
        self.session.fix_store_ids(&mut p, Kind::Message);
        p.set_computed(PR_ACCESS_LEVEL, access_level(s.writable));
        Ok(p)
    }

    fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult> {
        // Into the working copy: SaveChanges stores it.
        self.writable_state()?.rec.props.apply(set, &deleted);
        Ok(())
    }

    fn error_log(&self) -> &ErrorLog {
        &self.log
    }

    fn writable(&self) -> Result<(), Hresult> {
        self.writable_state().map(drop)
    }

    fn save(&self, flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        self.save(flags.bits())
    }

    fn open_property(
        &self,
        tag: PropTag,
        iid: &GUID,
        options: ULONG,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        let table = || self.attachment_table(options & MAPI_UNICODE);
        open_table_property(
            tag,
            iid,
            &self.props()?,
            &[(PR_MESSAGE_ATTACHMENTS, &table)],
        )
    }
}

impl IMessageImpl for Message {
    fn get_attachment_table(
        &self,
        flags: MessageGetAttachmentTableFlags,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        let r = self.attachment_table(flags.bits());
        self.log.track("IMessage::GetAttachmentTable", r)
    }

    fn open_attach(
        &self,
        num: ULONG,
        iid: Option<&GUID>,
        flags: MessageOpenAttachFlags,
    ) -> Result<ComPtr<IUnknown>, Hresult> {
        self.log.run("IMessage::OpenAttach", || {
            let s = self.state()?;
            check_iid::<IAttach>(iid)?;
            let stored = s
                .rec
                .attachments
                .get(&num)
                .cloned()
                .ok_or(Hresult(MAPI_E_NOT_FOUND))?;
            let writable = open_access(flags.bits(), s.writable)?;
            drop(s);
            self.attach(num, stored, writable).into_com().cast()
        })
    }

    fn create_attach(
        &self,
        iid: Option<&GUID>,
        _flags: MessageCreateAttachFlags,
    ) -> Result<(ULONG, ComPtr<IUnknown>), Hresult> {
        self.log.run("IMessage::CreateAttach", || {
            let mut s = self.writable_state()?;
            check_iid::<IAttach>(iid)?;
            let num = s.rec.next_attach;
            s.rec.next_attach = num.checked_add(1).ok_or(Hresult(MAPI_E_TOO_BIG))?;
            drop(s);
            let mut stored = PropBag::new();
            stored.set(PR_ATTACH_METHOD, NO_ATTACHMENT);
            stored.set(PR_RENDERING_POSITION, -1);
            Ok((num, self.attach(num, stored, true).into_com().cast()?))
        })
    }

    fn delete_attach(
        &self,
        num: ULONG,
        _ui: ULONG_PTR,
        _progress: Option<ComPtr<IMAPIProgress>>,
        _flags: MessageDeleteAttachFlags,
    ) -> Result<(), Hresult> {
        let r = self.writable_state().and_then(|mut s| {
            s.rec
                .attachments
                .remove(&num)
                .map(drop)
                .ok_or(Hresult(MAPI_E_NOT_FOUND))
        });
        self.log.track("IMessage::DeleteAttach", r)
    }

    fn set_read_flag(&self, flags: MessageSetReadFlagFlags) -> Result<(), Hresult> {
        let f = flags.bits();
        if f & GENERATE_RECEIPT_ONLY != 0 {
            return self.session.check();
        }
        let update = |m: &mut MessageRec| m.set_read(f & CLEAR_READ_FLAG == 0);
        let event = {
            let mut s = self.state()?;
            update(&mut s.rec);
            // The read flag takes effect at once, without SaveChanges.
            match s.saved {
                Some(_) => {
                    let id = s.id;
                    let event = self.session.db.write()?.touch_message(id, update).ok();
                    if let Some(m) = self.session.db.read()?.message(id) {
                        s.saved = Some(m.version);
                    }
                    event
                }
                None => None,
            }
        };
        self.session.notify(event.as_slice());
        Ok(())
    }
}

impl Message {
    fn attach(&self, num: u32, stored: PropBag, writable: bool) -> Attach {
        Attach {
            session: self.session.clone(),
            message: self.state.clone(),
            num,
            props: Mutex::new(stored),
            writable,
            log: ErrorLog::new(crate::session::COMPONENT),
            _store: self.store.clone(),
        }
    }
}

/// An attachment object.
#[derive(ComObject)]
#[mapi(implements(IAttach), allocator = session.alloc)]
pub struct Attach {
    session: Arc<Session>,
    message: Shared,
    num: u32,
    props: Mutex<PropBag>,
    writable: bool,
    log: ErrorLog,
    _store: Option<ComPtr<IMsgStore>>,
}

impl Attach {
    fn stored(&self) -> Result<MutexGuard<'_, PropBag>, Hresult> {
        self.session.check()?;
        self.props.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))
    }

    fn writable_stored(&self) -> Result<MutexGuard<'_, PropBag>, Hresult> {
        if !self.writable {
            self.session.check()?;
            return Err(Hresult(MAPI_E_NO_ACCESS));
        }
        self.stored()
    }
}

impl PropObject for Attach {
    const NAME: &'static str = "IAttach";

    fn props(&self) -> Result<PropBag, Hresult> {
        let stored = self.stored()?.clone();
        let message = lock(&self.message)?.id;
        let mut p = db::attach_props(self.session.db.instance(), message, self.num, &stored);
        p.set_computed(PR_ACCESS_LEVEL, access_level(self.writable));
        Ok(p)
    }

    fn change(&self, set: Vec<Prop>, deleted: Vec<PropTag>) -> Result<(), Hresult> {
        self.writable_stored()?.apply(set, &deleted);
        Ok(())
    }

    fn error_log(&self) -> &ErrorLog {
        &self.log
    }

    fn writable(&self) -> Result<(), Hresult> {
        self.writable_stored().map(drop)
    }

    fn save(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        // Into the message's copy; the message's SaveChanges stores it.
        let stored = self.writable_stored()?.clone();
        let mut m = lock(&self.message)?;
        if !m.writable {
            return Err(Hresult(MAPI_E_NO_ACCESS));
        }
        m.rec.attachments.insert(self.num, stored);
        Ok(())
    }
}

impl IAttachImpl for Attach {}
