//! The fake `IMAPISupport` a provider is logged on with, and the in-memory
//! profile section it opens. Both are derived objects (`#[derive(ComObject)]`);
//! every call is recorded in a [`SupportLog`] the host reads.

use crate::alloc;
use crate::props::{PropVal, prop_id};
use mapi_sys::value::{
    Allocator, EntryId, MapiError, NotificationRef, Problem, Prop, PropArray, PropRef, PropTag,
    PropValue, PropValueRef,
};
use mapi_sys::*;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// One `IMAPISupport::Subscribe` registration.
pub struct Subscription {
    /// The connection number returned.
    pub connection: usize,
    /// The notification key bytes.
    pub key: Vec<u8>,
    /// The event mask.
    pub mask: u32,
    /// The sink (the support object holds a reference).
    pub sink: ComPtr<IMAPIAdviseSink>,
}

/// Everything the fake support object saw.
#[derive(Default)]
pub struct SupportLog {
    /// Method names, in call order.
    pub calls: Mutex<Vec<&'static str>>,
    /// The flags of every `StoreLogoffTransports` call.
    pub logoff_transports: Mutex<Vec<u32>>,
    /// Live `Subscribe` registrations.
    pub subscriptions: Mutex<Vec<Subscription>>,
    /// `(original, wrapped)` entry IDs from `WrapStoreEntryID`.
    pub wrapped: Mutex<Vec<(Vec<u8>, Vec<u8>)>>,
    /// UIDs registered with `SetProviderUID`.
    pub provider_uids: Mutex<Vec<[u8; 16]>>,
    /// `(object, refcount, methods)` of `MakeInvalid` calls.
    pub invalidated: Mutex<Vec<(usize, u32, u32)>>,
    /// The profile section's properties.
    pub profile: Arc<Mutex<BTreeMap<u32, PropVal>>>,
    next: AtomicUsize,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl SupportLog {
    fn call(&self, name: &'static str) {
        lock(&self.calls).push(name);
    }

    /// How many calls so far.
    pub fn calls_len(&self) -> usize {
        lock(&self.calls).len()
    }

    /// The calls made since there were `n`.
    pub fn calls_since(&self, n: usize) -> Vec<&'static str> {
        lock(&self.calls).get(n..).unwrap_or_default().to_vec()
    }

    /// How many times `name` was called.
    pub fn count(&self, name: &str) -> usize {
        lock(&self.calls).iter().filter(|c| **c == name).count()
    }

    /// The flags of the `StoreLogoffTransports` calls so far.
    pub fn logoff_transports(&self) -> Vec<u32> {
        lock(&self.logoff_transports).clone()
    }

    /// The original (unwrapped) entry ID behind a wrapped store entry ID.
    pub fn unwrap_store_id(&self, wrapped: &[u8]) -> Option<Vec<u8>> {
        lock(&self.wrapped)
            .iter()
            .find(|(_, w)| w == wrapped)
            .map(|(o, _)| o.clone())
    }

    /// The number of live `Subscribe` registrations.
    pub fn subscription_count(&self) -> usize {
        lock(&self.subscriptions).len()
    }

    /// Drops every registration (releasing the sinks), as MAPI does when a
    /// provider goes away; returns how many there were.
    pub fn clear_subscriptions(&self) -> usize {
        let subs = std::mem::take(&mut *lock(&self.subscriptions));
        subs.len()
    }

    /// Copies of the `MakeInvalid` calls.
    pub fn invalidated(&self) -> Vec<(usize, u32, u32)> {
        lock(&self.invalidated).clone()
    }
}

/// The host's MAPI allocator (the counting one of [`crate::alloc`]), as a
/// [`Allocator`] for the derived objects' thunks.
pub(crate) fn host_allocator() -> Allocator {
    // SAFETY: the host's three functions are a matching, thread-safe set
    // with MAPI's contract, for the life of the process.
    unsafe {
        Allocator::new(
            alloc::allocate_buffer,
            alloc::allocate_more,
            alloc::free_buffer,
        )
    }
}

/// The host's support object.
#[derive(ComObject)]
#[mapi(implements(IMAPISupport), allocator = alloc)]
pub(crate) struct FakeSupport {
    log: Arc<SupportLog>,
    alloc: Allocator,
}

impl FakeSupport {
    /// A support object recording into `log`.
    pub(crate) fn new(log: Arc<SupportLog>) -> FakeSupport {
        FakeSupport {
            log,
            alloc: host_allocator(),
        }
    }
}

/// The `MAPIUID` that prefixes wrapped store entry IDs (MAPI's
/// `MUIDSTOREWRAP`).
pub const MUID_STORE_WRAP: [u8; 16] = [
    0x38, 0xa1, 0xbb, 0x10, 0x05, 0xe5, 0x10, 0x1a, 0xa1, 0xbb, 0x08, 0x00, 0x2b, 0x2a, 0x56, 0xc2,
];

/// A host value as the value layer's.
fn to_prop(tag: u32, v: &PropVal) -> Prop {
    let value = match v {
        PropVal::Long(l) => PropValue::Long(*l),
        PropVal::Bool(b) => PropValue::Boolean(*b),
        PropVal::Str8(b) => PropValue::String8(
            std::ffi::CString::new(b.clone()).unwrap_or_else(|_| c"?".to_owned()),
        ),
        PropVal::Unicode(w) => PropValue::Unicode(String::from_utf16_lossy(w)),
        PropVal::Bin(b) => PropValue::Binary(b.clone()),
        PropVal::I8(i) if tag & 0xFFFF == PT_SYSTIME => PropValue::SysTime(
            FILETIME {
                dwLowDateTime: *i as u32,
                dwHighDateTime: (*i >> 32) as u32,
            }
            .into(),
        ),
        PropVal::I8(i) => PropValue::I8(*i),
        PropVal::Error(sc) => PropValue::Error(Hresult(*sc)),
        PropVal::Other | PropVal::NullPointer => PropValue::Error(Hresult(MAPI_E_NOT_FOUND)),
    };
    Prop::new(tag, value)
}

/// A caller's value as the host keeps it.
fn from_prop(p: &PropRef<'_>) -> PropVal {
    match &p.value {
        PropValueRef::Long(l) => PropVal::Long(*l),
        PropValueRef::Boolean(b) => PropVal::Bool(*b),
        PropValueRef::String8(s) => PropVal::Str8(s.to_bytes().to_vec()),
        PropValueRef::Unicode(w) => PropVal::Unicode(w.to_vec()),
        PropValueRef::Binary(b) => PropVal::Bin(b.to_vec()),
        PropValueRef::I8(i) => PropVal::I8(*i),
        PropValueRef::SysTime(t) => {
            let ft = FILETIME::from(*t);
            PropVal::I8((i64::from(ft.dwHighDateTime) << 32) | i64::from(ft.dwLowDateTime))
        }
        PropValueRef::Error(e) => PropVal::Error(e.0),
        PropValueRef::Invalid(_) => PropVal::NullPointer,
        _ => PropVal::Other,
    }
}

impl IMAPISupportImpl for FakeSupport {
    fn get_last_error(
        &self,
        _hr: HRESULT,
        _flags: MAPISupportGetLastErrorFlags,
    ) -> Result<MapiError, Hresult> {
        self.log.call("GetLastError");
        Ok(MapiError::default())
    }

    fn get_mem_alloc_routines(&self) -> Result<Allocator, Hresult> {
        self.log.call("GetMemAllocRoutines");
        Ok(self.alloc)
    }

    fn subscribe(
        &self,
        key: &[u8],
        mask: MAPISupportSubscribeEventMaskFlags,
        _flags: MAPISupportSubscribeFlags,
        sink: ComPtr<IMAPIAdviseSink>,
    ) -> Result<ULONG_PTR, Hresult> {
        self.log.call("Subscribe");
        let key = key.to_vec();
        let connection = self.log.next.fetch_add(1, Ordering::SeqCst) + 1;
        lock(&self.log.subscriptions).push(Subscription {
            connection,
            key,
            mask: mask.bits(),
            sink,
        });
        Ok(connection)
    }

    fn unsubscribe(&self, connection: ULONG_PTR) -> Result<(), Hresult> {
        self.log.call("Unsubscribe");
        let removed = {
            let mut subs = lock(&self.log.subscriptions);
            let before = subs.len();
            let kept: Vec<Subscription> = std::mem::take(&mut *subs)
                .into_iter()
                .filter(|s| s.connection != connection)
                .collect();
            let removed = before - kept.len();
            *subs = kept;
            removed
        };
        if removed == 0 {
            return Err(Hresult(MAPI_E_NOT_FOUND));
        }
        Ok(())
    }

    fn notify(
        &self,
        key: &[u8],
        notifications: &[NotificationRef<'_>],
        flags: &mut MAPISupportNotifyFlags,
    ) -> Result<(), Hresult> {
        self.log.call("Notify");
        // Copy the matching sinks out so no lock is held during OnNotify.
        let sinks: Vec<(u32, ComPtr<IMAPIAdviseSink>)> = lock(&self.log.subscriptions)
            .iter()
            .filter(|s| s.key[..] == *key)
            .map(|s| (s.mask, s.sink.clone()))
            .collect();
        for (mask, sink) in sinks {
            let mine: Vec<NotificationRef<'_>> = notifications
                .iter()
                .filter(|n| n.event_type() & mask != 0)
                .cloned()
                .collect();
            if !mine.is_empty() {
                sink.on_notify(&mine)?;
            }
        }
        *flags = MAPISupportNotifyFlags::empty();
        Ok(())
    }

    fn modify_status_row(
        &self,
        _values: &[PropRef<'_>],
        _flags: MAPISupportModifyStatusRowFlags,
    ) -> Result<(), Hresult> {
        self.log.call("ModifyStatusRow");
        Ok(())
    }

    fn open_profile_section(
        &self,
        _uid: Option<&MAPIUID>,
        _flags: MAPISupportOpenProfileSectionFlags,
    ) -> Result<ComPtr<IProfSect>, Hresult> {
        self.log.call("OpenProfileSection");
        Ok(ProfileSection {
            props: self.log.profile.clone(),
            alloc: self.alloc,
        }
        .into_com())
    }

    fn new_uid(&self) -> Result<MAPIUID, Hresult> {
        self.log.call("NewUID");
        let n = self.log.next.fetch_add(1, Ordering::SeqCst) as u64 + 1;
        let mut ab = [0u8; 16];
        ab[..8].copy_from_slice(b"mapihost");
        ab[8..].copy_from_slice(&n.to_be_bytes());
        Ok(MAPIUID { ab })
    }

    unsafe fn make_invalid(
        &self,
        _flags: MAPISupportReservedFlags,
        object: LPVOID,
        ref_count: ULONG,
        methods: ULONG,
    ) -> Result<(), Hresult> {
        self.log.call("MakeInvalid");
        lock(&self.log.invalidated).push((object as usize, ref_count, methods));
        Ok(())
    }

    unsafe fn spooler_notify(
        &self,
        _flags: MAPISupportSpoolerNotifyFlags,
        _data: LPVOID,
    ) -> Result<(), Hresult> {
        self.log.call("SpoolerNotify");
        Ok(())
    }

    fn set_provider_uid(
        &self,
        uid: &MAPIUID,
        _flags: MAPISupportReservedFlags,
    ) -> Result<(), Hresult> {
        self.log.call("SetProviderUID");
        lock(&self.log.provider_uids).push(uid.ab);
        Ok(())
    }

    fn store_logoff_transports(
        &self,
        flags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> Result<(), Hresult> {
        self.log.call("StoreLogoffTransports");
        lock(&self.log.logoff_transports).push(flags.bits());
        Ok(())
    }

    fn wrap_store_entry_id(&self, original: &[u8]) -> Result<EntryId, Hresult> {
        self.log.call("WrapStoreEntryID");
        let wrapped = EntryId::new([0; 4], &[&MUID_STORE_WRAP[..], original].concat());
        lock(&self.log.wrapped).push((original.to_vec(), wrapped.as_bytes().to_vec()));
        Ok(wrapped)
    }

    fn modify_profile(&self, _flags: MAPISupportModifyProfileFlags) -> Result<(), Hresult> {
        self.log.call("ModifyProfile");
        Ok(())
    }
}

/// An in-memory profile section (`IProfSect`): `GetProps`, `SetProps`,
/// `GetPropList`, `DeleteProps` and `SaveChanges` over the log's map.
#[derive(ComObject)]
#[mapi(implements(IProfSect), allocator = alloc)]
pub(crate) struct ProfileSection {
    props: Arc<Mutex<BTreeMap<u32, PropVal>>>,
    alloc: Allocator,
}

impl IProfSectImpl for ProfileSection {}

impl IMAPIPropImpl for ProfileSection {
    fn save_changes(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        Ok(())
    }

    fn get_props(
        &self,
        tags: Option<&[PropTag]>,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<PropArray<'_>, Hresult> {
        let props = lock(&self.props);
        // Missing properties come back as PT_ERROR values (the thunk answers
        // MAPI_W_ERRORS_RETURNED).
        Ok(match tags {
            None => props.iter().map(|(id, v)| to_prop(id << 16, v)).collect(),
            Some(tags) => tags
                .iter()
                .map(|&t| match props.get(&prop_id(t.0)) {
                    Some(v) => to_prop(t.0, v),
                    None => Prop::error(t, Hresult(MAPI_E_NOT_FOUND)),
                })
                .collect(),
        })
    }

    fn get_prop_list(&self, _flags: MAPIPropGetPropListFlags) -> Result<Vec<PropTag>, Hresult> {
        let props = lock(&self.props);
        Ok(props
            .iter()
            .map(|(id, v)| to_prop(id << 16, v).tag())
            .collect())
    }

    fn set_props(&self, values: &[PropRef<'_>]) -> Result<Vec<Problem>, Hresult> {
        let mut props = lock(&self.props);
        for v in values {
            let val = from_prop(v);
            if !matches!(
                val,
                PropVal::Other | PropVal::NullPointer | PropVal::Error(_)
            ) {
                props.insert(prop_id(v.tag.0), val);
            }
        }
        Ok(Vec::new())
    }

    fn delete_props(&self, tags: &[PropTag]) -> Result<Vec<Problem>, Hresult> {
        let mut props = lock(&self.props);
        for t in tags {
            props.remove(&prop_id(t.0));
        }
        Ok(Vec::new())
    }
}
