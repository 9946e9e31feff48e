//! The host's own small COM objects, written by hand as a MAPI host writes
//! them: an advise sink that records notifications and an `IMalloc` for
//! `MSProviderInit`. Their reference counts live in a shared block the host
//! keeps, so it can read them at any time, even after the object is gone.

use mapi_sys::{
    E_NOINTERFACE, E_POINTER, GUID, HRESULT, IID_IMAPIAdviseSink, IID_IMalloc, IID_IUnknown,
    IMAPIAdviseSink, IMAPIAdviseSinkVtbl, IMalloc, IMallocVtbl, IUnknownVtbl, NOTIFICATION,
    OBJECT_NOTIFICATION, SIZE_T, ULONG, fnevObjectCopied, fnevObjectCreated, fnevObjectDeleted,
    fnevObjectModified, fnevObjectMoved, fnevSearchComplete,
};
use std::ffi::c_void;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

/// One notification as the sink received it (deep-copied).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// `ulEventType` (`fnev*`).
    pub event_type: ULONG,
    /// For object notifications: `ulObjType`.
    pub obj_type: ULONG,
    /// For object notifications: the entry ID of the object.
    pub entry_id: Vec<u8>,
    /// For object notifications: the entry ID of the parent.
    pub parent_id: Vec<u8>,
}

/// What the host sees of its advise sink.
#[derive(Default)]
pub struct SinkLog {
    /// The sink's reference count.
    pub refs: AtomicU32,
    /// Every notification received, in order.
    pub events: Mutex<Vec<Event>>,
    /// `OnNotify` calls.
    pub calls: AtomicU32,
}

impl SinkLog {
    /// A copy of the events so far.
    pub fn events(&self) -> Vec<Event> {
        self.events.lock().map(|e| e.clone()).unwrap_or_default()
    }
}

#[repr(C)]
struct Sink {
    vtbl: *const IMAPIAdviseSinkVtbl,
    log: Arc<SinkLog>,
}

static SINK_VTBL: IMAPIAdviseSinkVtbl = IMAPIAdviseSinkVtbl {
    base__: IUnknownVtbl {
        QueryInterface: sink_qi,
        AddRef: sink_add_ref,
        Release: sink_release,
    },
    OnNotify: sink_on_notify,
};

/// Makes an advise sink; the host owns the one reference of the returned
/// pointer.
pub fn new_sink() -> (*mut IMAPIAdviseSink, Arc<SinkLog>) {
    let log = Arc::new(SinkLog::default());
    log.refs.store(1, Ordering::SeqCst);
    let sink = Box::new(Sink {
        vtbl: &SINK_VTBL,
        log: log.clone(),
    });
    (Box::into_raw(sink).cast(), log)
}

/// Copies `cb` bytes at `p` (nothing for null or 0).
///
/// # Safety
/// A non-null `p` must be readable for `cb` bytes.
pub unsafe fn bytes(p: *const c_void, cb: ULONG) -> Vec<u8> {
    if p.is_null() || cb == 0 {
        return Vec::new();
    }
    // SAFETY: the caller vouches for `cb` readable bytes at `p`.
    unsafe { std::slice::from_raw_parts(p.cast::<u8>(), cb as usize) }.to_vec()
}

unsafe extern "system" fn sink_qi(
    this: *mut c_void,
    riid: *const GUID,
    ppv: *mut *mut c_void,
) -> HRESULT {
    if ppv.is_null() {
        return E_POINTER;
    }
    // SAFETY: checked non-null; null it first.
    unsafe { ppv.write(core::ptr::null_mut()) };
    // SAFETY: a non-null `riid` points to the caller's IID.
    let Some(iid) = (unsafe { riid.as_ref() }) else {
        return E_NOINTERFACE;
    };
    if *iid == IID_IUnknown || *iid == IID_IMAPIAdviseSink {
        // SAFETY: `this` is a live sink.
        unsafe { sink_add_ref(this) };
        // SAFETY: checked non-null.
        unsafe { ppv.write(this) };
        0
    } else {
        E_NOINTERFACE
    }
}

unsafe extern "system" fn sink_add_ref(this: *mut c_void) -> ULONG {
    // SAFETY: `this` is a live sink.
    let sink = unsafe { &*(this as *const Sink) };
    sink.log.refs.fetch_add(1, Ordering::SeqCst) + 1
}

unsafe extern "system" fn sink_release(this: *mut c_void) -> ULONG {
    // SAFETY: `this` is a live sink; the caller gives back a reference.
    let sink = unsafe { &*(this as *const Sink) };
    let n = sink.log.refs.fetch_sub(1, Ordering::SeqCst).wrapping_sub(1);
    if n == 0 {
        // SAFETY: the last reference: the box made by `new_sink` is freed once.
        drop(unsafe { Box::from_raw(this as *mut Sink) });
    }
    n
}

unsafe extern "system" fn sink_on_notify(
    this: *mut c_void,
    c_notif: ULONG,
    lp_notifications: *mut NOTIFICATION,
) -> ULONG {
    // SAFETY: `this` is a live sink.
    let sink = unsafe { &*(this as *const Sink) };
    sink.log.calls.fetch_add(1, Ordering::SeqCst);
    if lp_notifications.is_null() {
        return 0;
    }
    let mut events = Vec::new();
    for i in 0..c_notif as usize {
        // SAFETY: the caller passes `c_notif` notifications.
        let n = unsafe { &*lp_notifications.add(i) };
        let object_event = fnevObjectCreated
            | fnevObjectDeleted
            | fnevObjectModified
            | fnevObjectMoved
            | fnevObjectCopied
            | fnevSearchComplete;
        let mut e = Event {
            event_type: n.ulEventType,
            obj_type: 0,
            entry_id: Vec::new(),
            parent_id: Vec::new(),
        };
        if n.ulEventType & object_event != 0 {
            // SAFETY: object events carry an OBJECT_NOTIFICATION.
            let obj: OBJECT_NOTIFICATION = unsafe { n.info.obj };
            e.obj_type = obj.ulObjType;
            // SAFETY: the entry IDs are `cb` bytes each, as MAPI documents.
            unsafe {
                e.entry_id = bytes(obj.lpEntryID.cast(), obj.cbEntryID);
                e.parent_id = bytes(obj.lpParentID.cast(), obj.cbParentID);
            }
        }
        events.push(e);
    }
    if let Ok(mut v) = sink.log.events.lock() {
        v.extend(events);
    }
    0
}

/// What the host sees of its `IMalloc`.
#[derive(Default)]
pub struct MallocLog {
    /// The object's reference count.
    pub refs: AtomicU32,
    /// Blocks allocated and not freed.
    pub live: AtomicU32,
}

#[repr(C)]
struct Malloc {
    vtbl: *const IMallocVtbl,
    log: Arc<MallocLog>,
}

static MALLOC_VTBL: IMallocVtbl = IMallocVtbl {
    base__: IUnknownVtbl {
        QueryInterface: malloc_qi,
        AddRef: malloc_add_ref,
        Release: malloc_release,
    },
    Alloc: malloc_alloc,
    Realloc: malloc_realloc,
    Free: malloc_free,
    GetSize: malloc_get_size,
    DidAlloc: malloc_did_alloc,
    HeapMinimize: malloc_heap_minimize,
};

/// Makes the host's `IMalloc`; the host owns the one reference.
pub fn new_malloc() -> (*mut IMalloc, Arc<MallocLog>) {
    let log = Arc::new(MallocLog::default());
    log.refs.store(1, Ordering::SeqCst);
    let m = Box::new(Malloc {
        vtbl: &MALLOC_VTBL,
        log: log.clone(),
    });
    (Box::into_raw(m).cast(), log)
}

unsafe extern "system" fn malloc_qi(
    this: *mut c_void,
    riid: *const GUID,
    ppv: *mut *mut c_void,
) -> HRESULT {
    if ppv.is_null() {
        return E_POINTER;
    }
    // SAFETY: checked non-null; null it first.
    unsafe { ppv.write(core::ptr::null_mut()) };
    // SAFETY: a non-null `riid` points to the caller's IID.
    let Some(iid) = (unsafe { riid.as_ref() }) else {
        return E_NOINTERFACE;
    };
    if *iid == IID_IUnknown || *iid == IID_IMalloc {
        // SAFETY: `this` is a live object.
        unsafe { malloc_add_ref(this) };
        // SAFETY: checked non-null.
        unsafe { ppv.write(this) };
        0
    } else {
        E_NOINTERFACE
    }
}

unsafe extern "system" fn malloc_add_ref(this: *mut c_void) -> ULONG {
    // SAFETY: `this` is a live object.
    let m = unsafe { &*(this as *const Malloc) };
    m.log.refs.fetch_add(1, Ordering::SeqCst) + 1
}

unsafe extern "system" fn malloc_release(this: *mut c_void) -> ULONG {
    // SAFETY: `this` is a live object; the caller gives back a reference.
    let m = unsafe { &*(this as *const Malloc) };
    let n = m.log.refs.fetch_sub(1, Ordering::SeqCst).wrapping_sub(1);
    if n == 0 {
        // SAFETY: the last reference: the box made by `new_malloc` is freed once.
        drop(unsafe { Box::from_raw(this as *mut Malloc) });
    }
    n
}

// IMalloc blocks carry their size in a 16-byte header.
const HEADER: usize = 16;

fn malloc_layout(size: usize) -> Option<std::alloc::Layout> {
    std::alloc::Layout::from_size_align(size.checked_add(HEADER)?, 16).ok()
}

unsafe extern "system" fn malloc_alloc(this: *mut c_void, cb: SIZE_T) -> *mut c_void {
    let Some(layout) = malloc_layout(cb) else {
        return core::ptr::null_mut();
    };
    // SAFETY: non-zero size (the header).
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: `p` has room for the header, aligned to 16.
    unsafe { (p as *mut usize).write(cb) };
    // SAFETY: `this` is a live object.
    let m = unsafe { &*(this as *const Malloc) };
    m.log.live.fetch_add(1, Ordering::SeqCst);
    // SAFETY: within the allocation.
    unsafe { p.add(HEADER).cast() }
}

unsafe extern "system" fn malloc_free(this: *mut c_void, pv: *mut c_void) {
    if pv.is_null() {
        return;
    }
    // SAFETY: `pv` came from `malloc_alloc`, which put the header before it.
    let base = unsafe { (pv as *mut u8).sub(HEADER) };
    // SAFETY: the header holds the size.
    let size = unsafe { (base as *const usize).read() };
    if let Some(layout) = malloc_layout(size) {
        // SAFETY: allocated by `malloc_alloc` with this layout.
        unsafe { std::alloc::dealloc(base, layout) };
    }
    // SAFETY: `this` is a live object.
    let m = unsafe { &*(this as *const Malloc) };
    m.log.live.fetch_sub(1, Ordering::SeqCst);
}

unsafe extern "system" fn malloc_realloc(
    this: *mut c_void,
    pv: *mut c_void,
    cb: SIZE_T,
) -> *mut c_void {
    if pv.is_null() {
        // SAFETY: forwarded.
        return unsafe { malloc_alloc(this, cb) };
    }
    if cb == 0 {
        // SAFETY: forwarded.
        unsafe { malloc_free(this, pv) };
        return core::ptr::null_mut();
    }
    // SAFETY: forwarded.
    let new = unsafe { malloc_alloc(this, cb) };
    if new.is_null() {
        return new;
    }
    // SAFETY: `pv` came from `malloc_alloc`; copy the smaller size.
    unsafe {
        let old = (pv as *const u8).sub(HEADER).cast::<usize>().read();
        core::ptr::copy_nonoverlapping(pv as *const u8, new as *mut u8, old.min(cb));
        malloc_free(this, pv);
    }
    new
}

unsafe extern "system" fn malloc_get_size(_this: *mut c_void, pv: *mut c_void) -> SIZE_T {
    if pv.is_null() {
        return SIZE_T::MAX;
    }
    // SAFETY: `pv` came from `malloc_alloc`.
    unsafe { (pv as *const u8).sub(HEADER).cast::<usize>().read() }
}

unsafe extern "system" fn malloc_did_alloc(_this: *mut c_void, _pv: *mut c_void) -> i32 {
    -1
}

unsafe extern "system" fn malloc_heap_minimize(_this: *mut c_void) {}
