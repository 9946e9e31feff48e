//! Interface pointers the host holds, with reference accounting.
//!
//! [`Obj`] owns one reference to a provider object. Every reference the host
//! obtains (an out-parameter, `QueryInterface`, `AddRef`) and gives back
//! (`Release`) is counted per object identity (the `IUnknown` pointer), so
//! the session can tell when it gives back its **last** reference to an
//! object and check that `Release` then returns 0, and can check at the end
//! that it gave back every reference it obtained.

use mapi_sys::{GUID, HRESULT, IID_IUnknown, IUnknownVtbl, Interface};
use std::collections::HashMap;
use std::ffi::c_void;
use std::marker::PhantomData;
use std::ptr::NonNull;
use std::sync::{Mutex, MutexGuard};

#[derive(Default)]
struct Tracker {
    /// Host references held, per identity.
    held: HashMap<usize, u64>,
    obtained: u64,
    released: u64,
}

static TRACKER: Mutex<Option<Tracker>> = Mutex::new(None);

fn tracker() -> MutexGuard<'static, Option<Tracker>> {
    TRACKER.lock().unwrap_or_else(|e| e.into_inner())
}

fn with_tracker<R>(f: impl FnOnce(&mut Tracker) -> R) -> R {
    f(tracker().get_or_insert_with(Tracker::default))
}

/// How many references the host has obtained and released so far.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RefCounters {
    /// References obtained (out-parameters, `QueryInterface`, `AddRef`).
    pub obtained: u64,
    /// References given back (`Release`).
    pub released: u64,
    /// Objects the host still holds a reference to.
    pub objects_held: usize,
}

/// The host's reference counters.
pub fn ref_counters() -> RefCounters {
    with_tracker(|t| RefCounters {
        obtained: t.obtained,
        released: t.released,
        objects_held: t.held.values().filter(|&&n| n > 0).count(),
    })
}

/// The `IUnknown` slots of any interface pointer.
///
/// # Safety
/// `p` must be a live COM interface pointer.
pub unsafe fn unknown_vtbl<'a>(p: *mut c_void) -> &'a IUnknownVtbl {
    // SAFETY: every COM object starts with a pointer to a vtable beginning
    // with IUnknown's three slots.
    unsafe { &**(p as *const *const IUnknownVtbl) }
}

/// The identity of a COM object: its `IUnknown` pointer (COM guarantees
/// `QueryInterface(IID_IUnknown)` always returns the same pointer). Falls
/// back to `p` itself if the object refuses.
///
/// # Safety
/// `p` must be a live COM interface pointer.
pub unsafe fn identity(p: *mut c_void) -> usize {
    let mut out: *mut c_void = core::ptr::null_mut();
    // SAFETY: the caller vouches for `p`; `out` is a valid out-pointer.
    let vt = unsafe { unknown_vtbl(p) };
    // SAFETY: as above.
    let hr = unsafe { (vt.QueryInterface)(p, &IID_IUnknown, &mut out) };
    if hr == 0 && !out.is_null() {
        // SAFETY: QueryInterface returned one reference to `out`; give it back.
        unsafe { (unknown_vtbl(out).Release)(out) };
        out as usize
    } else {
        p as usize
    }
}

/// One host reference to a provider object, through interface `T`.
///
/// Dropping it releases the reference; [`Obj::release`] does so and tells
/// whether it was the host's last reference to the object.
pub struct Obj<T: Interface> {
    ptr: NonNull<c_void>,
    id: usize,
    _marker: PhantomData<T>,
}

/// The result of giving back a reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Released {
    /// What `Release` returned.
    pub count: u32,
    /// Whether the host held no other reference to the object.
    pub last: bool,
}

impl<T: Interface> Obj<T> {
    /// Takes the reference an out-parameter returned; `None` for null.
    ///
    /// # Safety
    /// A non-null `p` must be a live object implementing `T`, and the caller
    /// hands over one reference.
    pub unsafe fn from_out(p: *mut T) -> Option<Self> {
        let ptr = NonNull::new(p.cast::<c_void>())?;
        // SAFETY: the caller vouches for `p`.
        let id = unsafe { identity(ptr.as_ptr()) };
        with_tracker(|t| {
            *t.held.entry(id).or_default() += 1;
            t.obtained += 1;
        });
        Some(Obj {
            ptr,
            id,
            _marker: PhantomData,
        })
    }

    /// The interface pointer (still owned by `self`).
    pub fn raw(&self) -> *mut c_void {
        self.ptr.as_ptr()
    }

    /// The interface pointer typed as `*mut T`.
    pub fn as_ptr(&self) -> *mut T {
        self.ptr.as_ptr().cast()
    }

    /// The object's identity (its `IUnknown` pointer).
    pub fn id(&self) -> usize {
        self.id
    }

    /// The object's vtable.
    pub fn vt(&self) -> &T::Vtbl {
        // SAFETY: a live object of interface `T` starts with a pointer to
        // its `T::Vtbl` (the `Interface` contract).
        unsafe { &**(self.ptr.as_ptr() as *const *const T::Vtbl) }
    }

    fn unk(&self) -> &IUnknownVtbl {
        // SAFETY: the object is live while `self` holds its reference.
        unsafe { unknown_vtbl(self.ptr.as_ptr()) }
    }

    /// `QueryInterface` for `U`: the code and, on success, the new reference.
    pub fn query<U: Interface>(&self) -> (HRESULT, Option<Obj<U>>) {
        self.query_iid::<U>(&U::IID)
    }

    /// `QueryInterface` for `iid`, taking the result as interface `U`.
    pub fn query_iid<U: Interface>(&self, iid: &GUID) -> (HRESULT, Option<Obj<U>>) {
        let mut out: *mut c_void = core::ptr::null_mut();
        // SAFETY: live object; `iid` and `out` are valid for the call.
        let hr = unsafe { (self.unk().QueryInterface)(self.raw(), iid, &mut out) };
        if hr < 0 || out.is_null() {
            return (hr, None);
        }
        // SAFETY: QueryInterface succeeded and returned one reference to an
        // interface the caller asked for as `U`.
        (hr, unsafe { Obj::from_out(out.cast::<U>()) })
    }

    /// `AddRef`, counted as a host reference; returns what `AddRef` returned.
    /// Balance it with [`Obj::release_extra`].
    pub fn add_ref(&self) -> u32 {
        // SAFETY: live object.
        let n = unsafe { (self.unk().AddRef)(self.raw()) };
        with_tracker(|t| {
            *t.held.entry(self.id).or_default() += 1;
            t.obtained += 1;
        });
        n
    }

    /// Gives back one extra reference taken with [`Obj::add_ref`]; returns
    /// what `Release` returned.
    pub fn release_extra(&self) -> u32 {
        self.release_raw().count
    }

    fn release_raw(&self) -> Released {
        // SAFETY: live object; the host gives back a reference it owns.
        let count = unsafe { (self.unk().Release)(self.raw()) };
        let last = with_tracker(|t| {
            t.released += 1;
            let n = t.held.entry(self.id).or_default();
            *n = n.saturating_sub(1);
            let last = *n == 0;
            if last {
                t.held.remove(&self.id);
            }
            last
        });
        Released { count, last }
    }

    /// Gives back this reference.
    pub fn release(self) -> Released {
        let r = self.release_raw();
        core::mem::forget(self);
        r
    }
}

impl<T: Interface> Drop for Obj<T> {
    fn drop(&mut self) {
        self.release_raw();
    }
}

impl<T: Interface> std::fmt::Debug for Obj<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}({:p})", T::NAME, self.ptr)
    }
}
