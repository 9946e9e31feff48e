//! The host's own small COM objects, derived like a provider's: an advise
//! sink that records notifications and an `IMalloc` for `MSProviderInit`.
//! What they see goes to logs the host keeps; their reference counts are
//! read through the objects ([`Env::sink_refs`](crate::Env::sink_refs)).

use core::ptr::NonNull;
use mapi_sys::value::NotificationRef;
use mapi_sys::{
    ComObject, IMAPIAdviseSink, IMAPIAdviseSinkImpl, IMalloc, IMallocImpl, SIZE_T, ULONG,
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

/// The host's advise sink: it records every notification in its log.
#[derive(ComObject)]
#[mapi(implements(IMAPIAdviseSink))]
struct Sink {
    log: Arc<SinkLog>,
}

/// Makes an advise sink; the host owns the one reference of the returned
/// pointer.
pub fn new_sink() -> (*mut IMAPIAdviseSink, Arc<SinkLog>) {
    let log = Arc::new(SinkLog::default());
    let sink = Sink { log: log.clone() }.into_raw();
    (sink, log)
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

impl IMAPIAdviseSinkImpl for Sink {
    fn on_notify(&self, notifications: &[NotificationRef<'_>]) -> ULONG {
        self.log.calls.fetch_add(1, Ordering::SeqCst);
        let events = notifications.iter().map(|n| match n {
            NotificationRef::Object(o) => Event {
                event_type: o.event,
                obj_type: o.object_type,
                entry_id: o.entry_id.to_vec(),
                parent_id: o.parent_id.to_vec(),
            },
            other => Event {
                event_type: other.event_type(),
                obj_type: 0,
                entry_id: Vec::new(),
                parent_id: Vec::new(),
            },
        });
        if let Ok(mut v) = self.log.events.lock() {
            v.extend(events);
        }
        0
    }
}

/// What the host sees of its `IMalloc`.
#[derive(Default)]
pub struct MallocLog {
    /// Blocks allocated and not freed.
    pub live: AtomicU32,
}

/// The host's `IMalloc`, counting the blocks it hands out.
#[derive(ComObject)]
#[mapi(implements(IMalloc))]
struct Malloc {
    log: Arc<MallocLog>,
}

/// Makes the host's `IMalloc`; the host owns the one reference.
pub fn new_malloc() -> (*mut IMalloc, Arc<MallocLog>) {
    let log = Arc::new(MallocLog::default());
    let m = Malloc { log: log.clone() }.into_raw();
    (m, log)
}

// IMalloc blocks carry their size in a 16-byte header.
const HEADER: usize = 16;

fn malloc_layout(size: usize) -> Option<std::alloc::Layout> {
    std::alloc::Layout::from_size_align(size.checked_add(HEADER)?, 16).ok()
}

/// The size recorded in the header of block `pv`.
///
/// # Safety
/// `pv` must be a live block from [`Malloc::alloc`](IMallocImpl::alloc).
unsafe fn block_size(pv: *mut c_void) -> usize {
    // SAFETY: the caller passes a block, whose header holds its size.
    unsafe { (pv as *const u8).sub(HEADER).cast::<usize>().read() }
}

// The provider calls these through the vtable with blocks this allocator
// handed out, as `IMalloc`'s contract says (the trait's `# Safety`); a
// foreign pointer is the caller's undefined behaviour, as with any C
// allocator.
impl IMallocImpl for Malloc {
    fn alloc(&self, cb: SIZE_T) -> Option<NonNull<c_void>> {
        let layout = malloc_layout(cb)?;
        // SAFETY: non-zero size (the header).
        let p = NonNull::new(unsafe { std::alloc::alloc(layout) })?;
        // SAFETY: `p` has room for the header, aligned to 16.
        unsafe { p.cast::<usize>().write(cb) };
        self.log.live.fetch_add(1, Ordering::SeqCst);
        // SAFETY: within the allocation.
        Some(unsafe { p.add(HEADER).cast() })
    }

    unsafe fn realloc(&self, pv: *mut c_void, cb: SIZE_T) -> Option<NonNull<c_void>> {
        if pv.is_null() {
            return self.alloc(cb);
        }
        if cb == 0 {
            // SAFETY: `pv` is a live block of this allocator (this method's
            // contract).
            unsafe { self.free(pv) };
            return None;
        }
        let new = self.alloc(cb)?;
        // SAFETY: `pv` is a live block; copy the smaller size.
        unsafe {
            let old = block_size(pv);
            core::ptr::copy_nonoverlapping(pv as *const u8, new.as_ptr().cast::<u8>(), old.min(cb));
        }
        // SAFETY: as above; not used afterwards.
        unsafe { self.free(pv) };
        Some(new)
    }

    unsafe fn free(&self, pv: *mut c_void) {
        if pv.is_null() {
            return;
        }
        // SAFETY: `pv` is a live block: its header holds the size.
        let size = unsafe { block_size(pv) };
        if let Some(layout) = malloc_layout(size) {
            // SAFETY: allocated by `alloc` with this layout.
            unsafe { std::alloc::dealloc((pv as *mut u8).sub(HEADER), layout) };
        }
        self.log.live.fetch_sub(1, Ordering::SeqCst);
    }

    unsafe fn get_size(&self, pv: *mut c_void) -> SIZE_T {
        if pv.is_null() {
            return SIZE_T::MAX;
        }
        // SAFETY: `pv` is a live block.
        unsafe { block_size(pv) }
    }

    unsafe fn did_alloc(&self, _pv: *mut c_void) -> i32 {
        -1
    }

    fn heap_minimize(&self) {}
}
