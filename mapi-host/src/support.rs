//! The fake `IMAPISupport` a provider is logged on with, and the in-memory
//! profile section it opens. Both are derived objects (`#[derive(ComObject)]`);
//! every call is recorded in a [`SupportLog`] the host reads.

use crate::alloc;
use crate::props::{PropVal, alloc_props, prop_id, read_prop, read_tags};
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

/// The host's support object.
#[derive(ComObject)]
#[mapi(implements(IMAPISupport))]
pub(crate) struct FakeSupport {
    log: Arc<SupportLog>,
}

impl FakeSupport {
    /// A support object recording into `log`.
    pub(crate) fn new(log: Arc<SupportLog>) -> FakeSupport {
        FakeSupport { log }
    }
}

/// The `MAPIUID` that prefixes wrapped store entry IDs (MAPI's
/// `MUIDSTOREWRAP`).
pub const MUID_STORE_WRAP: [u8; 16] = [
    0x38, 0xa1, 0xbb, 0x10, 0x05, 0xe5, 0x10, 0x1a, 0xa1, 0xbb, 0x08, 0x00, 0x2b, 0x2a, 0x56, 0xc2,
];

fn alloc_copy(data: &[u8]) -> Result<*mut core::ffi::c_void, Hresult> {
    let mut p: *mut core::ffi::c_void = core::ptr::null_mut();
    // SAFETY: valid out-pointer.
    let hr = unsafe { alloc::allocate_buffer(data.len().max(1) as ULONG, &mut p) };
    Hresult(hr).ok()?;
    // SAFETY: `p` has room for `data.len()` bytes.
    unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), p.cast::<u8>(), data.len()) };
    Ok(p)
}

impl IMAPISupportImpl for FakeSupport {
    fn get_last_error(
        &self,
        _hr: HRESULT,
        _flags: MAPISupportGetLastErrorFlags,
    ) -> Result<LPMAPIERROR, Hresult> {
        self.log.call("GetLastError");
        Ok(core::ptr::null_mut())
    }

    fn get_mem_alloc_routines(
        &self,
    ) -> Result<(LPALLOCATEBUFFER, LPALLOCATEMORE, LPFREEBUFFER), Hresult> {
        self.log.call("GetMemAllocRoutines");
        Ok((
            Some(alloc::allocate_buffer),
            Some(alloc::allocate_more),
            Some(alloc::free_buffer),
        ))
    }

    fn subscribe(
        &self,
        key: LPNOTIFKEY,
        mask: MAPISupportSubscribeEventMaskFlags,
        _flags: MAPISupportSubscribeFlags,
        sink: Option<ComPtr<IMAPIAdviseSink>>,
    ) -> Result<ULONG_PTR, Hresult> {
        self.log.call("Subscribe");
        let (Some(sink), false) = (sink, key.is_null()) else {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        };
        // SAFETY: a non-null NOTIFKEY is `cb` then `cb` bytes.
        let key = unsafe {
            let cb = (*key).cb;
            crate::objects::bytes(core::ptr::addr_of!((*key).ab).cast(), cb)
        };
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
        key: LPNOTIFKEY,
        notifications: &[NOTIFICATION],
        flags: &mut MAPISupportNotifyFlags,
    ) -> Result<(), Hresult> {
        self.log.call("Notify");
        if key.is_null() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        // SAFETY: a non-null NOTIFKEY is `cb` then `cb` bytes.
        let key = unsafe {
            let cb = (*key).cb;
            crate::objects::bytes(core::ptr::addr_of!((*key).ab).cast(), cb)
        };
        // Copy the matching sinks out so no lock is held during OnNotify.
        let sinks: Vec<(u32, ComPtr<IMAPIAdviseSink>)> = lock(&self.log.subscriptions)
            .iter()
            .filter(|s| s.key == key)
            .map(|s| (s.mask, s.sink.clone()))
            .collect();
        for (mask, sink) in sinks {
            let mut mine: Vec<NOTIFICATION> = notifications
                .iter()
                .filter(|n| n.ulEventType & mask != 0)
                .copied()
                .collect();
            if mine.is_empty() {
                continue;
            }
            // SAFETY: `sink` is live (held); the array is valid for the call.
            unsafe {
                (sink.vtable().OnNotify)(
                    sink.as_raw().cast(),
                    mine.len() as ULONG,
                    mine.as_mut_ptr(),
                )
            };
        }
        *flags = MAPISupportNotifyFlags::empty();
        Ok(())
    }

    fn modify_status_row(
        &self,
        _values: &[SPropValue],
        _flags: MAPISupportModifyStatusRowFlags,
    ) -> Result<(), Hresult> {
        self.log.call("ModifyStatusRow");
        Ok(())
    }

    fn open_profile_section(
        &self,
        _uid: LPMAPIUID,
        _flags: MAPISupportOpenProfileSectionFlags,
    ) -> Result<ComPtr<IProfSect>, Hresult> {
        self.log.call("OpenProfileSection");
        Ok(ProfileSection {
            props: self.log.profile.clone(),
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

    fn make_invalid(
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

    fn spooler_notify(
        &self,
        _flags: MAPISupportSpoolerNotifyFlags,
        _data: LPVOID,
    ) -> Result<(), Hresult> {
        self.log.call("SpoolerNotify");
        Ok(())
    }

    fn set_provider_uid(
        &self,
        uid: LPMAPIUID,
        _flags: MAPISupportReservedFlags,
    ) -> Result<(), Hresult> {
        self.log.call("SetProviderUID");
        if uid.is_null() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        // SAFETY: a non-null MAPIUID pointer points to 16 bytes.
        let ab = unsafe { (*uid).ab };
        lock(&self.log.provider_uids).push(ab);
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

    fn wrap_store_entry_id(&self, original: &[u8]) -> Result<(ULONG, LPENTRYID), Hresult> {
        self.log.call("WrapStoreEntryID");
        let mut wrapped = vec![0u8; 4];
        wrapped.extend_from_slice(&MUID_STORE_WRAP);
        wrapped.extend_from_slice(original);
        let p = alloc_copy(&wrapped)?;
        lock(&self.log.wrapped).push((original.to_vec(), wrapped.clone()));
        Ok((wrapped.len() as ULONG, p.cast()))
    }

    fn modify_profile(&self, _flags: MAPISupportModifyProfileFlags) -> Result<(), Hresult> {
        self.log.call("ModifyProfile");
        Ok(())
    }
}

/// An in-memory profile section (`IProfSect`): `GetProps`, `SetProps`,
/// `GetPropList`, `DeleteProps` and `SaveChanges` over the log's map.
#[derive(ComObject)]
#[mapi(implements(IProfSect))]
pub(crate) struct ProfileSection {
    props: Arc<Mutex<BTreeMap<u32, PropVal>>>,
}

impl IProfSectImpl for ProfileSection {}

impl IMAPIPropImpl for ProfileSection {
    fn save_changes(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        Ok(())
    }

    fn get_props(
        &self,
        tags: LPSPropTagArray,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<(ULONG, LPSPropValue), Hresult> {
        let props = lock(&self.props);
        // SAFETY: a non-null tag array from the caller is valid.
        let wanted = unsafe { read_tags(tags) };
        let values: Vec<(u32, PropVal)> = if tags.is_null() {
            props.iter().map(|(t, v)| (*t, v.clone())).collect()
        } else {
            wanted
                .iter()
                .map(|&t| match props.get(&prop_id(t)) {
                    Some(v) => (t, v.clone()),
                    None => (t, PropVal::Error(MAPI_E_NOT_FOUND)),
                })
                .collect()
        };
        // Missing properties come back as PT_ERROR values; the call itself
        // reports S_OK (the trait has no way to return a warning).
        alloc_props(&values).ok_or(Hresult(MAPI_E_NOT_ENOUGH_MEMORY))
    }

    fn get_prop_list(&self, _flags: MAPIPropGetPropListFlags) -> Result<LPSPropTagArray, Hresult> {
        let props = lock(&self.props);
        let mut v: Vec<u8> = (props.len() as u32).to_ne_bytes().to_vec();
        for (id, val) in props.iter() {
            let ty = match val {
                PropVal::Long(_) => PT_LONG,
                PropVal::Bool(_) => PT_BOOLEAN,
                PropVal::Str8(_) => PT_STRING8,
                PropVal::Unicode(_) => PT_UNICODE,
                PropVal::Bin(_) => PT_BINARY,
                _ => PT_I8,
            };
            v.extend_from_slice(&((id << 16) | ty).to_ne_bytes());
        }
        Ok(alloc_copy(&v)?.cast())
    }

    fn set_props(
        &self,
        values: &[SPropValue],
        problems: *mut LPSPropProblemArray,
    ) -> Result<(), Hresult> {
        let mut props = lock(&self.props);
        for v in values {
            // SAFETY: the caller passes valid values.
            let p = unsafe { read_prop(v) };
            if !matches!(
                p.val,
                PropVal::Other | PropVal::NullPointer | PropVal::Error(_)
            ) {
                props.insert(prop_id(p.tag), p.val);
            }
        }
        if !problems.is_null() {
            // SAFETY: a non-null out-pointer from the caller is writable.
            unsafe { problems.write(core::ptr::null_mut()) };
        }
        Ok(())
    }

    fn delete_props(
        &self,
        tags: LPSPropTagArray,
        problems: *mut LPSPropProblemArray,
    ) -> Result<(), Hresult> {
        let mut props = lock(&self.props);
        // SAFETY: the caller passes a valid tag array.
        for t in unsafe { read_tags(tags) } {
            props.remove(&prop_id(t));
        }
        if !problems.is_null() {
            // SAFETY: a non-null out-pointer from the caller is writable.
            unsafe { problems.write(core::ptr::null_mut()) };
        }
        Ok(())
    }
}
