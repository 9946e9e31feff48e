//! The runtime the generated declarations rely on: `GUID` helpers,
//! [`Hresult`], the [`Interface`] and [`Inherits`] traits, [`ComPtr`],
//! [`ComObject`], [`Flags`] and [`flag_set!`].

use crate::{GUID, HRESULT, HRESULT_NAMES, IUnknownVtbl};
use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use core::ptr::NonNull;

impl GUID {
    /// A GUID from its 128-bit value, written as in the registry:
    /// `GUID::from_u128(0x00020306_0000_0000_c000_000000000046)`.
    pub const fn from_u128(v: u128) -> GUID {
        GUID {
            Data1: (v >> 96) as u32,
            Data2: (v >> 80 & 0xFFFF) as u16,
            Data3: (v >> 64 & 0xFFFF) as u16,
            Data4: (v as u64).to_be_bytes(),
        }
    }

    /// The 128-bit value, the inverse of [`GUID::from_u128`].
    pub const fn to_u128(self) -> u128 {
        (self.Data1 as u128) << 96
            | (self.Data2 as u128) << 80
            | (self.Data3 as u128) << 64
            | u64::from_be_bytes(self.Data4) as u128
    }
}

impl PartialEq for GUID {
    fn eq(&self, other: &Self) -> bool {
        self.to_u128() == other.to_u128()
    }
}

impl Eq for GUID {}

impl core::hash::Hash for GUID {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.to_u128().hash(state);
    }
}

impl fmt::Debug for GUID {
    /// Registry form: `{00020306-0000-0000-C000-000000000046}`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.Data4;
        write!(
            f,
            "{{{:08X}-{:04X}-{:04X}-{:02X}{:02X}-{:02X}{:02X}{:02X}{:02X}{:02X}{:02X}}}",
            self.Data1, self.Data2, self.Data3, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7]
        )
    }
}

impl fmt::Display for GUID {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

/// A COM/MAPI status code that prints its MAPI name:
/// `MAPI_E_NOT_FOUND (0x8004010F)`. A code MAPI shares with COM prints both
/// names, MAPI's first: `MAPI_E_CALL_FAILED (E_FAIL, 0x80004005)`.
#[repr(transparent)]
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hresult(pub HRESULT);

impl Hresult {
    /// `S_OK`.
    pub const OK: Hresult = Hresult(0);

    /// Whether the code is a success code (`S_OK`, `MAPI_W_*`, ...).
    pub const fn is_ok(self) -> bool {
        self.0 >= 0
    }

    /// `Ok(())` for a success code, else `Err(self)`.
    pub const fn ok(self) -> Result<(), Hresult> {
        if self.is_ok() { Ok(()) } else { Err(self) }
    }

    /// The name of the code (`MAPI_E_NOT_FOUND`), if the corpus declares it;
    /// for a code MAPI shares with COM, the MAPI name (`MAPI_E_CALL_FAILED`,
    /// not `E_FAIL`).
    pub fn name(self) -> Option<&'static str> {
        if let Some(&(_, mapi, _)) = self.shared() {
            return Some(mapi);
        }
        HRESULT_NAMES
            .binary_search_by_key(&self.0, |&(code, _)| code)
            .ok()
            .map(|i| HRESULT_NAMES[i].1)
    }

    /// The entry of [`SHARED_CODES`] for this code, if MAPI shares it with COM.
    fn shared(self) -> Option<&'static (HRESULT, &'static str, &'static str)> {
        SHARED_CODES.iter().find(|&&(code, _, _)| code == self.0)
    }
}

/// Pairs `(MAPI name, COM name)` of codes that have the same value, as
/// `(value, MAPI name, COM name)`, each pair checked equal at compile time.
macro_rules! shared_codes {
    ($(($mapi:ident, $com:ident)),* $(,)?) => {
        &[$({
            const _: () = assert!(crate::$mapi == crate::$com);
            (crate::$mapi, stringify!($mapi), stringify!($com))
        }),*]
    };
}

/// The status codes mapicode.h defines as COM codes under a MAPI name.
/// `HRESULT_NAMES` keeps one name per value, so the pairs are listed here to
/// print both names and to prefer the MAPI one.
const SHARED_CODES: &[(HRESULT, &str, &str)] = shared_codes![
    (MAPI_E_CALL_FAILED, E_FAIL),
    (MAPI_E_NOT_ENOUGH_MEMORY, E_OUTOFMEMORY),
    (MAPI_E_INVALID_PARAMETER, E_INVALIDARG),
    (MAPI_E_INTERFACE_NOT_SUPPORTED, E_NOINTERFACE),
    (MAPI_E_NO_ACCESS, E_ACCESSDENIED),
];

impl From<HRESULT> for Hresult {
    fn from(v: HRESULT) -> Self {
        Hresult(v)
    }
}

impl From<Hresult> for HRESULT {
    fn from(v: Hresult) -> Self {
        v.0
    }
}

impl fmt::Display for Hresult {
    /// `NAME (0x........)`, `MAPI_NAME (COM_NAME, 0x........)` for a code
    /// MAPI shares with COM, or the bare value for an unknown code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.0 as u32;
        match (self.shared(), self.name()) {
            (Some((_, mapi, com)), _) => write!(f, "{mapi} ({com}, {code:#010X})"),
            (None, Some(n)) => write!(f, "{n} ({code:#010X})"),
            (None, None) => write!(f, "{code:#010X}"),
        }
    }
}

impl fmt::Debug for Hresult {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl core::error::Error for Hresult {}

/// A COM interface: its IID and vtable type.
///
/// # Safety
/// `IID` must be the interface's identifier and `Vtbl` its vtable, beginning
/// with `IUnknown`'s three slots; the type must be `#[repr(C)]` with the
/// vtable pointer first.
pub unsafe trait Interface: Sized {
    /// The interface identifier.
    const IID: GUID;
    /// The interface's name, as in IDL.
    const NAME: &'static str;
    /// The vtable layout.
    type Vtbl;
    /// Whether `iid` is this interface's or one of its bases' IID, so that
    /// `QueryInterface` for it may return this interface.
    fn matches(iid: &GUID) -> bool;
}

/// `Self` is `B` or derives from it: a pointer to `Self` is a valid pointer
/// to `B`, and `Self`'s vtable begins with `B`'s.
///
/// The generated code implements it for every interface of each interface's
/// base chain, itself included (`IMsgStore: Inherits<IUnknown>`,
/// `Inherits<IMAPIProp>`, `Inherits<IMsgStore>`). It gives
/// [`ComPtr::upcast`] and lets the caller methods of a base interface
/// (`IMAPIPropExt`) apply to a `ComPtr` of any derived one.
///
/// # Safety
/// `B` must be `Self` or one of its bases, so that `B`'s vtable layout is a
/// prefix of `Self`'s.
pub unsafe trait Inherits<B: Interface>: Interface {}

/// A weak reference to a derived COM object (`#[derive(ComObject)]`,
/// `#[derive(MsgStore)]`): it keeps the object's memory, not the object;
/// [`upgrade`](ComWeak::upgrade) gives a new reference while the object is
/// alive, `None` once its last reference was released. Made with the
/// derive's `into_com_weak`.
///
/// This is how a provider finds an object it handed out without keeping it
/// alive: a store provider's `Logon` returns the store that is already open
/// (`IMSProvider::Logon`'s "standard processing") while the client's last
/// `Release` still closes it.
pub struct ComWeak<T: Interface> {
    iface: NonNull<T>,
    object: NonNull<c_void>,
    refs: NonNull<__private::Refs>,
    free: unsafe fn(*const c_void),
}

// SAFETY: a derived object is `Send + Sync` (the derive requires it), and
// the counts are atomic.
unsafe impl<T: Interface> Send for ComWeak<T> {}
// SAFETY: as above.
unsafe impl<T: Interface> Sync for ComWeak<T> {}

impl<T: Interface> ComWeak<T> {
    /// For the derive.
    ///
    /// # Safety
    /// `iface` is interface `T` of the live derived object at `object`
    /// whose counts are at `refs`; `free` frees that object; the caller
    /// has taken one weak count for the new handle.
    #[doc(hidden)]
    pub unsafe fn from_parts(
        iface: NonNull<T>,
        object: NonNull<c_void>,
        refs: NonNull<__private::Refs>,
        free: unsafe fn(*const c_void),
    ) -> ComWeak<T> {
        ComWeak {
            iface,
            object,
            refs,
            free,
        }
    }

    fn refs(&self) -> &__private::Refs {
        // SAFETY: the weak count this handle holds keeps the object's memory,
        // counts included.
        unsafe { self.refs.as_ref() }
    }

    /// A new reference, if the object is still alive (not released for
    /// the last time, nor being destroyed).
    pub fn upgrade(&self) -> Option<ComPtr<T>> {
        if self.refs().try_add_ref() {
            // SAFETY: the object is alive and we own the reference just taken.
            Some(unsafe { ComPtr::from_non_null(self.iface) })
        } else {
            None
        }
    }

    /// Whether the object is still alive.
    pub fn is_alive(&self) -> bool {
        self.refs().is_alive()
    }

    /// Whether both handles are of the same object.
    pub fn same_object(&self, other: &ComWeak<T>) -> bool {
        self.object == other.object
    }
}

impl<T: Interface> Clone for ComWeak<T> {
    fn clone(&self) -> Self {
        self.refs().weak_add();
        ComWeak { ..*self }
    }
}

impl<T: Interface> Drop for ComWeak<T> {
    fn drop(&mut self) {
        if self.refs().weak_release() {
            // SAFETY: the last weak count, and the strong side is done: the
            // object's memory is ours to free, once.
            unsafe { (self.free)(self.object.as_ptr()) };
        }
    }
}

impl<T: Interface> core::fmt::Debug for ComWeak<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("ComWeak")
            .field("iface", &self.iface)
            .field("alive", &self.is_alive())
            .finish()
    }
}

/// An owned reference to a COM object through interface `T`:
/// `Clone` calls `AddRef`, `Drop` calls `Release`.
#[repr(transparent)]
pub struct ComPtr<T: Interface> {
    ptr: NonNull<T>,
    _marker: PhantomData<T>,
}

impl<T: Interface> ComPtr<T> {
    /// Takes ownership of one reference held by `ptr`; `None` if it is null.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a live COM object implementing `T`, and
    /// the caller gives up one reference to it.
    pub unsafe fn from_raw(ptr: *mut T) -> Option<Self> {
        NonNull::new(ptr).map(|ptr| ComPtr {
            ptr,
            _marker: PhantomData,
        })
    }

    /// A new reference to the object behind a borrowed pointer (`AddRef`);
    /// `None` if it is null.
    ///
    /// # Safety
    /// A non-null `ptr` must point to a live COM object implementing `T`.
    pub unsafe fn from_borrowed(ptr: *mut T) -> Option<Self> {
        // SAFETY: the caller vouches for `ptr`; the clone takes a reference
        // of its own and the borrowed one is not released.
        let borrowed = core::mem::ManuallyDrop::new(unsafe { Self::from_raw(ptr) }?);
        Some((*borrowed).clone())
    }

    /// Takes ownership of one reference held by a non-null pointer.
    ///
    /// # Safety
    /// As for [`ComPtr::from_raw`].
    pub unsafe fn from_non_null(ptr: NonNull<T>) -> Self {
        ComPtr {
            ptr,
            _marker: PhantomData,
        }
    }

    /// The interface pointer, still owned by `self`.
    pub fn as_raw(&self) -> *mut T {
        self.ptr.as_ptr()
    }

    /// Gives up ownership: the caller must `Release` the pointer.
    pub fn into_raw(self) -> *mut T {
        let p = self.ptr.as_ptr();
        core::mem::forget(self);
        p
    }

    /// The object's vtable.
    pub fn vtable(&self) -> &T::Vtbl {
        // SAFETY: a live object of interface `T` starts with a pointer to
        // its `T::Vtbl` (the `Interface` contract), valid while it lives.
        unsafe { &**(self.ptr.as_ptr() as *const *const T::Vtbl) }
    }

    pub(crate) fn unknown(&self) -> &IUnknownVtbl {
        // SAFETY: every COM vtable begins with `IUnknown`'s slots.
        unsafe { &**(self.ptr.as_ptr() as *const *const IUnknownVtbl) }
    }

    /// The object's vtable seen as base interface `B`'s (a prefix of `T`'s).
    pub fn base_vtable<B: Interface>(&self) -> &B::Vtbl
    where
        T: Inherits<B>,
    {
        // SAFETY: a live object of interface `T` starts with a pointer to its
        // vtable, whose beginning is `B::Vtbl` (the `Inherits` contract).
        unsafe { &**self.ptr.as_ptr().cast::<*const B::Vtbl>() }
    }

    /// A new reference to the object as base interface `B` (`AddRef`, the
    /// same pointer; no `QueryInterface`).
    pub fn upcast<B: Interface>(&self) -> ComPtr<B>
    where
        T: Inherits<B>,
    {
        self.as_base::<B>().clone()
    }

    /// Borrows `self` as a pointer to base interface `B` (no reference
    /// count change), to pass where a `&ComPtr<B>` is expected.
    pub fn as_base<B: Interface>(&self) -> &ComPtr<B>
    where
        T: Inherits<B>,
    {
        // SAFETY: `ComPtr` is a transparent `NonNull`, the same layout for
        // every interface, and a pointer to `T` is a valid pointer to `B`
        // (the `Inherits` contract); the borrow keeps the reference alive.
        unsafe { &*core::ptr::from_ref(self).cast::<ComPtr<B>>() }
    }

    /// Asks the object for interface `U` (`QueryInterface`).
    pub fn cast<U: Interface>(&self) -> Result<ComPtr<U>, Hresult> {
        let mut out: *mut core::ffi::c_void = core::ptr::null_mut();
        let iid = U::IID;
        // SAFETY: the object is live; `iid` and `out` are valid for the call.
        let hr = unsafe { (self.unknown().QueryInterface)(self.as_raw().cast(), &iid, &mut out) };
        Hresult(hr).ok()?;
        // SAFETY: on success QueryInterface returned one reference to `U`.
        unsafe { ComPtr::from_raw(out.cast::<U>()) }.ok_or(Hresult(crate::E_NOINTERFACE))
    }

    /// Whether the object answers `QueryInterface` for `iid` (an interface
    /// named at run time, as a call's `lpInterface`); the reference it
    /// returns is released at once.
    pub fn supports(&self, iid: &GUID) -> bool {
        let mut out: *mut core::ffi::c_void = core::ptr::null_mut();
        // SAFETY: the object is live; `iid` and `out` are valid for the call.
        let hr = unsafe { (self.unknown().QueryInterface)(self.as_raw().cast(), iid, &mut out) };
        if hr < 0 {
            return false;
        }
        // SAFETY: on success QueryInterface returned one reference, released
        // by the `ComPtr` that takes it.
        let found = unsafe { ComPtr::from_raw(out.cast::<crate::IUnknown>()) };
        found.is_some()
    }
}

// SAFETY: MAPI objects are free-threaded: providers and MAPI itself must
// accept calls on any thread, and reference counts are atomic.
unsafe impl<T: Interface> Send for ComPtr<T> {}
// SAFETY: as for `Send`.
unsafe impl<T: Interface> Sync for ComPtr<T> {}

impl<T: Interface> Clone for ComPtr<T> {
    fn clone(&self) -> Self {
        // SAFETY: the object is live; AddRef gives the clone its reference.
        unsafe { (self.unknown().AddRef)(self.as_raw().cast()) };
        ComPtr {
            ptr: self.ptr,
            _marker: PhantomData,
        }
    }
}

impl<T: Interface> Drop for ComPtr<T> {
    fn drop(&mut self) {
        // SAFETY: `self` owns one reference, given back here exactly once.
        unsafe { (self.unknown().Release)(self.as_raw().cast()) };
    }
}

impl<T: Interface> fmt::Debug for ComPtr<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ComPtr<{}>({:p})", T::NAME, self.ptr)
    }
}

/// The COM identity of an object built by `#[derive(ComObject)]` or
/// `#[derive(MsgStore)]`: how thunks find the object and its Rust value from
/// an interface pointer, and how it counts references.
///
/// Pointers handed to a caller (by `QueryInterface`, and to `release`) are
/// derived from the raw interface pointer, never from a `&Self`: the last
/// `Release` frees the object through them, which a pointer derived from a
/// shared reference may not do.
///
/// # Safety
/// `object_ptr(this, index)` must return the object whose vtable pointer
/// number `index` is at `this`, keeping `this`'s provenance;
/// `query_interface` must return pointers into this object only, derived
/// from its `this`; `release` must free the object exactly once, when the
/// count reaches zero.
pub unsafe trait ComObject: Sized + 'static {
    /// The provider's own type.
    type Inner;

    /// What the object's thunks do with flag bits a group does not list:
    /// as each group declares (`unknown(keep)` in the IDL; rejecting is the
    /// default), or for every group of the object at once
    /// (`#[mapi(unknown_flags = "keep")]` on the derive).
    const UNKNOWN_FLAGS: UnknownFlags = UnknownFlags::AsDeclared;

    /// The object from a pointer to its vtable pointer number `index`, as a
    /// raw pointer with the provenance of `this`.
    ///
    /// # Safety
    /// `this` must be such a pointer into a live object.
    unsafe fn object_ptr(this: *mut c_void, index: usize) -> *const Self;

    /// The object from a pointer to its vtable pointer number `index`.
    ///
    /// # Safety
    /// `this` must be such a pointer into a live object, which stays live
    /// while the reference is used.
    #[inline]
    unsafe fn from_interface<'a>(this: *mut c_void, index: usize) -> &'a Self {
        // SAFETY: the caller passes a pointer to vtable pointer `index` of a
        // live object.
        unsafe { &*Self::object_ptr(this, index) }
    }

    /// The provider's value.
    fn inner(&self) -> &Self::Inner;

    /// The interface pointer for `iid`, if the object implements it (without
    /// `AddRef`), derived from `this`.
    ///
    /// # Safety
    /// `this` must be a live object.
    unsafe fn query_interface(this: *const Self, iid: &GUID) -> Option<*mut c_void>;

    /// The MAPI allocator of the object: what its thunks write
    /// MAPI-allocated out-values (`GetProps`'s values, `GetLastError`'s
    /// `MAPIERROR`, ...) with. A derived object answers with the field
    /// named by `#[mapi(allocator = field)]`, else, for a store with
    /// `#[mapi(support = field)]`, with the support object's
    /// ([`Allocator::from_support`](crate::value::Allocator::from_support));
    /// otherwise `MAPI_E_CALL_FAILED`, which such a method then answers.
    fn allocator(&self) -> Result<crate::value::Allocator, Hresult> {
        Err(Hresult(crate::MAPI_E_CALL_FAILED))
    }

    /// Adds a reference; returns the new count.
    fn add_ref(&self) -> u32;

    /// Drops a reference, freeing the object at zero; returns the new count.
    ///
    /// # Safety
    /// `this` must be a live object and the caller must own a reference.
    unsafe fn release(this: *const Self) -> u32;
}

impl IUnknownVtbl {
    /// The `IUnknown` slots of object `O`, for its vtable pointer number
    /// `INDEX`.
    pub const fn new<O: ComObject, const INDEX: usize>() -> Self {
        unsafe extern "system" fn query_interface<O: ComObject, const INDEX: usize>(
            this: *mut c_void,
            riid: *const GUID,
            ppv: *mut *mut c_void,
        ) -> HRESULT {
            __private::guard(|| {
                if ppv.is_null() {
                    return crate::E_POINTER;
                }
                // SAFETY: checked non-null; null it first so it is null on failure.
                unsafe { ppv.write(core::ptr::null_mut()) };
                if riid.is_null() {
                    return crate::E_INVALIDARG;
                }
                // SAFETY: `this` came from this object's vtable `INDEX`; `riid`
                // was checked non-null and points to the caller's IID.
                let (object, iid) = unsafe { (O::object_ptr(this, INDEX), &*riid) };
                // SAFETY: the object is live while the caller holds `this`.
                match unsafe { O::query_interface(object, iid) } {
                    Some(p) => {
                        // SAFETY: as above.
                        unsafe { &*object }.add_ref();
                        // SAFETY: checked non-null above.
                        unsafe { ppv.write(p) };
                        0
                    }
                    None => crate::E_NOINTERFACE,
                }
            })
        }
        unsafe extern "system" fn add_ref<O: ComObject, const INDEX: usize>(
            this: *mut c_void,
        ) -> u32 {
            // SAFETY: `this` came from this object's vtable `INDEX`.
            unsafe { O::from_interface(this, INDEX) }.add_ref()
        }
        unsafe extern "system" fn release<O: ComObject, const INDEX: usize>(
            this: *mut c_void,
        ) -> u32 {
            // SAFETY: `this` came from this object's vtable `INDEX`; the caller
            // gives back the reference it owns. The pointer keeps the
            // provenance of `this`, so the last release may free through it.
            unsafe { O::release(O::object_ptr(this, INDEX)) }
        }
        IUnknownVtbl {
            QueryInterface: query_interface::<O, INDEX>,
            AddRef: add_ref::<O, INDEX>,
            Release: release::<O, INDEX>,
        }
    }
}

/// Items the generated code and the derives use; not a stable API.
#[doc(hidden)]
pub mod __private {
    use super::*;
    use std::boxed::Box;

    pub use core::sync::atomic::{AtomicBool, AtomicU32, Ordering, fence};

    /// The flags of a caller's `FlagList`, to set in place.
    ///
    /// # Safety
    /// `p` must be non-null and point to a `FlagList` readable and writable
    /// for `'a` with (at least) its `cFlags` flags.
    pub unsafe fn flag_list<'a>(
        p: *mut crate::FlagList,
    ) -> Result<&'a mut [crate::ULONG], Hresult> {
        // SAFETY: the caller's contract: a readable count, then the flags.
        unsafe {
            let n = core::ptr::addr_of!((*p).cFlags).read_unaligned();
            let first = core::ptr::addr_of_mut!((*p).ulFlag).cast::<crate::ULONG>();
            slice_out(first, n as usize)
        }
    }

    /// The caller side's marshalling (`IFooExt` methods).
    pub use crate::value::call;

    /// An `[in, out]` interface pointer slot (`IMAPISupport::ReadReceipt`'s
    /// message) as a thunk lends it to the provider: the caller's reference
    /// is adopted, the provider may keep, replace or take it, and whatever
    /// the slot holds when the thunk returns (a panic included) is written
    /// back for the caller, who owns that reference.
    pub struct InterfaceSlot<T: Interface> {
        ptr: *mut *mut T,
        value: Option<ComPtr<T>>,
    }

    impl<T: Interface> InterfaceSlot<T> {
        /// The slot at `ptr`, adopting the reference it holds (if any).
        ///
        /// # Safety
        /// `ptr` must be non-null, readable and writable for the slot's
        /// life, and hold null or a live `T` whose reference the caller
        /// lends.
        pub unsafe fn new(ptr: *mut *mut T) -> Self {
            // SAFETY: the caller's contract.
            let value = unsafe { ComPtr::from_raw(ptr.read_unaligned()) };
            InterfaceSlot { ptr, value }
        }

        /// What the provider sees.
        pub fn value_mut(&mut self) -> &mut Option<ComPtr<T>> {
            &mut self.value
        }
    }

    impl<T: Interface> Drop for InterfaceSlot<T> {
        fn drop(&mut self) {
            let p = self
                .value
                .take()
                .map_or(core::ptr::null_mut(), ComPtr::into_raw);
            // SAFETY: writable for the slot's life (`new`'s contract); the
            // reference goes back to the caller.
            unsafe { self.ptr.write_unaligned(p) };
        }
    }

    /// Runs `f`, turning a panic into `MAPI_E_CALL_FAILED`: no unwind may
    /// cross an `extern "system"` boundary.
    ///
    /// Always inlined: otherwise a thunk whose work may panic spills every
    /// argument into the closure and calls `guard` out of line (measured
    /// ~1.3x a hand-written function in `benches/thunk.rs`); inlined, only
    /// the landing pad remains, off the hot path.
    #[inline(always)]
    pub fn guard<R: From<HRESULT>>(f: impl FnOnce() -> R) -> R {
        std::panic::catch_unwind(core::panic::AssertUnwindSafe(f))
            .unwrap_or_else(|_| R::from(crate::MAPI_E_CALL_FAILED))
    }

    /// Runs `f`, answering `zero` on a panic: for the thunks of methods that
    /// return no status (`IMAPIAdviseSink::OnNotify`, `IMalloc`).
    #[inline(always)]
    pub fn guard_or<R>(zero: R, f: impl FnOnce() -> R) -> R {
        std::panic::catch_unwind(core::panic::AssertUnwindSafe(f)).unwrap_or(zero)
    }

    /// The `len` elements at `ptr`, as a caller passed them to a thunk:
    /// empty when null with no length; `MAPI_E_INVALID_PARAMETER` when null
    /// with a length, misaligned for `T`, or larger than memory can be.
    ///
    /// # Safety
    /// A non-null, aligned `ptr` must point to `len` readable `T`s that stay
    /// unchanged for `'a`.
    pub unsafe fn slice_in<'a, T>(ptr: *const T, len: usize) -> Result<&'a [T], Hresult> {
        check_slice::<T>(ptr, len)?;
        if len == 0 {
            return Ok(&[]);
        }
        // SAFETY: checked non-null, aligned and not oversized; the caller
        // vouches for the elements.
        Ok(unsafe { core::slice::from_raw_parts(ptr, len) })
    }

    /// Like [`slice_in`], for a buffer the callee fills.
    ///
    /// # Safety
    /// A non-null, aligned `ptr` must point to `len` writable `T`s, valid
    /// values and not otherwise used, for `'a`.
    pub unsafe fn slice_out<'a, T>(ptr: *mut T, len: usize) -> Result<&'a mut [T], Hresult> {
        check_slice::<T>(ptr, len)?;
        if len == 0 {
            return Ok(&mut []);
        }
        // SAFETY: as in `slice_in`, and the caller vouches that nobody else
        // uses the buffer during the call.
        Ok(unsafe { core::slice::from_raw_parts_mut(ptr, len) })
    }

    fn check_slice<T>(ptr: *const T, len: usize) -> Result<(), Hresult> {
        let invalid = Err(Hresult(crate::MAPI_E_INVALID_PARAMETER));
        if len == 0 {
            return Ok(());
        }
        if ptr.is_null() || !ptr.is_aligned() {
            return invalid;
        }
        match len.checked_mul(core::mem::size_of::<T>()) {
            Some(bytes) if bytes <= isize::MAX as usize => Ok(()),
            _ => invalid,
        }
    }

    /// Runs `f`, swallowing a panic (for release paths that return counts).
    pub fn guard_unit(f: impl FnOnce()) {
        let _ = std::panic::catch_unwind(core::panic::AssertUnwindSafe(f));
    }

    /// `QueryInterface(riid)` on `object` (`IUnknown` when `riid` is null),
    /// returning one new reference.
    ///
    /// # Safety
    /// A non-null `riid` must point to a GUID.
    pub unsafe fn query_for(
        object: &ComPtr<crate::IUnknown>,
        riid: *const GUID,
    ) -> Result<*mut c_void, Hresult> {
        // SAFETY: the caller vouches for a non-null `riid`.
        let iid = if riid.is_null() {
            crate::IID_IUnknown
        } else {
            unsafe { *riid }
        };
        let mut out: *mut c_void = core::ptr::null_mut();
        let unknown = object.unknown();
        // SAFETY: `object` is live; `iid` and `out` are valid for the call.
        Hresult(unsafe { (unknown.QueryInterface)(object.as_raw().cast(), &iid, &mut out) })
            .ok()?;
        if out.is_null() {
            return Err(Hresult(crate::E_NOINTERFACE));
        }
        Ok(out)
    }

    /// Moves `object` to the heap; the pointer owns it.
    pub fn into_heap<O>(object: O) -> NonNull<O> {
        NonNull::from(Box::leak(Box::new(object)))
    }

    /// Drops a derived object's value at its last release, then frees its
    /// memory unless a [`ComWeak`](crate::ComWeak) still holds it.
    ///
    /// # Safety
    /// `this` comes from `into_heap`; `inner` and `refs` are its value and
    /// counts; the strong count has reached zero and nothing uses the value
    /// again.
    pub unsafe fn destroy<O, T>(
        this: *const O,
        inner: *mut core::mem::ManuallyDrop<T>,
        refs: *const Refs,
    ) {
        // SAFETY: the value's last use (the caller's contract).
        guard_unit(|| unsafe { core::mem::ManuallyDrop::drop(&mut *inner) });
        // SAFETY: the counts live as long as the memory.
        if unsafe { &*refs }.weak_release() {
            // SAFETY: no strong or weak count left: freed once.
            unsafe { free(this) };
        }
    }

    /// [`free`] for a [`ComWeak`](crate::ComWeak), which does not know the
    /// object's type.
    ///
    /// # Safety
    /// As [`free`], `this` pointing to an `O`.
    pub unsafe fn free_erased<O>(this: *const c_void) {
        // SAFETY: the caller's contract.
        unsafe { free(this.cast::<O>()) }
    }

    /// Frees an object made by [`into_heap`].
    ///
    /// # Safety
    /// `this` must come from `into_heap` and not be used again.
    pub unsafe fn free<O>(this: *const O) {
        // SAFETY: the caller passes the pointer `into_heap` returned, once.
        guard_unit(|| drop(unsafe { Box::from_raw(this as *mut O) }));
    }

    /// The IIDs of an interface and of its bases, the interface first; the
    /// generated code implements it for every interface with an IID.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a COM interface declared in IDL",
        label = "not an interface",
        note = "`#[mapi(implements(...))]` lists interfaces declared in IDL, such as `IMSProvider` or one from `include_idl!`"
    )]
    pub trait InterfaceChain {
        /// The interface's IID, then its base's, down to `IUnknown`'s.
        const IIDS: &'static [u128];
    }

    /// `Self` answers `QueryInterface` for interface `I` (whose IID is
    /// `IID`). Every provider trait `IFooImpl` requires it, and only the
    /// derives implement it, for each interface of the inheritance chains
    /// they list: an `impl IFooImpl` the object would never be called
    /// through is a compile error rather than `E_NOINTERFACE` at run time.
    ///
    /// `I` is only for the message; the IID tells the interfaces apart, so
    /// that a derive can implement it once per distinct interface
    /// (`impl<I> Declares<I, { declared(CHAINS, k) }>` for each `k`)
    /// without knowing the chains when it expands.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` implements `{I}Impl` but does not list `{I}` in `#[mapi(implements(...))]`",
        label = "`{Self}` does not answer `QueryInterface` for `{I}`, so this impl would never be called",
        note = "add `{I}` (or an interface derived from it) to `#[mapi(implements(...))]` of `#[derive(ComObject)]` on `{Self}`"
    )]
    pub trait Declares<I: ?Sized, const IID: u128> {}

    /// The `k`-th distinct IID of `chains`, in order; past the last one, a
    /// value that is no interface's IID (`u128::MAX - k`), so that each `k`
    /// gives a different value.
    pub const fn declared(chains: &[&[u128]], k: usize) -> u128 {
        let mut seen = 0;
        let mut c = 0;
        while c < chains.len() {
            let mut i = 0;
            while i < chains[c].len() {
                if first_occurrence(chains, c, i) {
                    if seen == k {
                        return chains[c][i];
                    }
                    seen += 1;
                }
                i += 1;
            }
            c += 1;
        }
        u128::MAX - k as u128
    }

    /// The number of distinct IIDs in `chains`.
    pub const fn distinct(chains: &[&[u128]]) -> usize {
        let mut n = 0;
        let mut c = 0;
        while c < chains.len() {
            let mut i = 0;
            while i < chains[c].len() {
                if first_occurrence(chains, c, i) {
                    n += 1;
                }
                i += 1;
            }
            c += 1;
        }
        n
    }

    /// Whether `chains[c][i]` appears nowhere before it.
    const fn first_occurrence(chains: &[&[u128]], c: usize, i: usize) -> bool {
        let iid = chains[c][i];
        let mut d = 0;
        while d <= c {
            let end = if d == c { i } else { chains[d].len() };
            let mut j = 0;
            while j < end {
                if chains[d][j] == iid {
                    return false;
                }
                j += 1;
            }
            d += 1;
        }
        true
    }

    /// The flags of the last `IMsgStore::StoreLogoff` call, for the release
    /// of a derived store.
    #[cfg(feature = "store")]
    #[derive(Default)]
    pub struct LogoffState {
        flags: AtomicU32,
        called: AtomicBool,
    }

    #[cfg(feature = "store")]
    impl LogoffState {
        /// Saves the flags of a call (a later call overwrites them).
        pub fn save(&self, flags: u32) {
            self.flags.store(flags, Ordering::Release);
            self.called.store(true, Ordering::Release);
        }

        /// The flags for `IMAPISupport::StoreLogoffTransports`: the saved
        /// ones, or `LOGOFF_ABORT` if `StoreLogoff` was never called.
        pub fn flags_for_transports(&self) -> u32 {
            if self.called.load(Ordering::Acquire) {
                self.flags.load(Ordering::Acquire)
            } else {
                crate::LOGOFF_ABORT
            }
        }
    }

    /// A derived store: where its logoff state and support object are.
    #[cfg(feature = "store")]
    pub trait StoreObject: ComObject {
        /// The saved `StoreLogoff` flags.
        fn logoff_state(&self) -> &LogoffState;
    }

    /// A field holding the `IMAPISupport` a provider was given.
    pub trait SupportField {
        /// The support object, if present.
        fn support(&self) -> Option<&ComPtr<crate::IMAPISupport>>;
    }

    impl SupportField for ComPtr<crate::IMAPISupport> {
        fn support(&self) -> Option<&ComPtr<crate::IMAPISupport>> {
            Some(self)
        }
    }

    impl SupportField for Option<ComPtr<crate::IMAPISupport>> {
        fn support(&self) -> Option<&ComPtr<crate::IMAPISupport>> {
            self.as_ref()
        }
    }

    /// The values of a method with `warnings(...)` (its `*_with_warning`
    /// twin's answer) as a thunk returns them: a success code with the
    /// values, or a failure code in `Ok` as that error, without them.
    pub fn warned<T>(answer: Result<(Hresult, T), Hresult>) -> Result<(HRESULT, T), Hresult> {
        match answer {
            Ok((code, values)) if code.is_ok() => Ok((code.0, values)),
            Ok((code, _)) => Err(code),
            Err(e) => Err(e),
        }
    }

    /// The allocator a derived object declares (`#[mapi(allocator =
    /// field)]`, or a store's support object), as its own value sees it:
    /// what the kit's `PropObject` uses. Implemented by the derives for the
    /// struct they are on.
    #[diagnostic::on_unimplemented(
        message = "`{Self}` is not a derived COM object",
        label = "add `#[derive(ComObject)]` (or `#[derive(MsgStore)]`) to `{Self}`"
    )]
    pub trait DeclaredAllocator {
        /// The allocator, if the object declares one.
        fn declared_allocator(&self) -> Option<crate::value::Allocator>;
    }

    /// The allocator of a derived store's support field, for
    /// [`ComObject::allocator`](crate::ComObject::allocator):
    /// `MAPI_E_CALL_FAILED` when the field holds no support object.
    pub fn support_allocator<S: SupportField + ?Sized>(
        field: &S,
    ) -> Result<crate::value::Allocator, Hresult> {
        match field.support() {
            Some(s) => crate::value::Allocator::from_support(s),
            None => Err(Hresult(crate::MAPI_E_CALL_FAILED)),
        }
    }

    std::thread_local! {
        static UNSEEN: core::cell::Cell<u32> = const { core::cell::Cell::new(0) };
    }

    /// While alive, objects released on this thread were made for a call
    /// that is failing and never reached the caller: a thunk holds one
    /// while it writes a method's several out-values, so that the values
    /// dropped on a failure count as never handed out.
    pub struct Unseen(());

    impl Unseen {
        /// Enters the scope (scopes nest).
        pub fn enter() -> Unseen {
            UNSEEN.with(|d| d.set(d.get() + 1));
            Unseen(())
        }

        /// Whether a release on this thread is of an object never handed out.
        pub fn active() -> bool {
            UNSEEN.with(|d| d.get() > 0)
        }
    }

    impl Drop for Unseen {
        fn drop(&mut self) {
            UNSEEN.with(|d| d.set(d.get().saturating_sub(1)));
        }
    }

    /// The reference counts of a derived object: strong (the COM count)
    /// and weak ([`ComWeak`](crate::ComWeak) handles, plus one for all the
    /// strong ones). The object's value is dropped when the strong count
    /// reaches zero, its memory freed when the weak one does.
    pub struct Refs {
        strong: AtomicU32,
        weak: AtomicU32,
    }

    /// Set in the strong count while the object is being destroyed: the
    /// release hook may still `AddRef`/`Release` it, but it cannot be
    /// revived.
    const DYING: u32 = 1 << 31;

    impl Default for Refs {
        fn default() -> Self {
            Refs::new()
        }
    }

    impl Refs {
        /// One strong reference.
        pub const fn new() -> Refs {
            Refs {
                strong: AtomicU32::new(1),
                weak: AtomicU32::new(1),
            }
        }

        /// `AddRef`: the new count.
        #[inline]
        pub fn add_ref(&self) -> u32 {
            (self.strong.fetch_add(1, Ordering::Relaxed).wrapping_add(1)) & !DYING
        }

        /// `Release`: the new count, or `None` when it was the last
        /// reference. The object then counts as one reference, dying, for
        /// its release hook.
        #[inline]
        pub fn release(&self) -> Option<u32> {
            let before = self.strong.fetch_sub(1, Ordering::Release);
            if before != 1 {
                return Some(before.wrapping_sub(1) & !DYING);
            }
            fence(Ordering::Acquire);
            self.strong.store(DYING | 1, Ordering::Relaxed);
            None
        }

        /// Takes a strong reference if the object is alive.
        pub fn try_add_ref(&self) -> bool {
            let mut n = self.strong.load(Ordering::Relaxed);
            loop {
                if n == 0 || n & DYING != 0 {
                    return false;
                }
                match self.strong.compare_exchange_weak(
                    n,
                    n + 1,
                    Ordering::Acquire,
                    Ordering::Relaxed,
                ) {
                    Ok(_) => return true,
                    Err(now) => n = now,
                }
            }
        }

        /// Whether the object is alive.
        pub fn is_alive(&self) -> bool {
            let n = self.strong.load(Ordering::Acquire);
            n != 0 && n & DYING == 0
        }

        /// Takes a weak count.
        pub fn weak_add(&self) {
            self.weak.fetch_add(1, Ordering::Relaxed);
        }

        /// Drops a weak count; `true` when it was the last (free the memory).
        pub fn weak_release(&self) -> bool {
            if self.weak.fetch_sub(1, Ordering::Release) == 1 {
                fence(Ordering::Acquire);
                true
            } else {
                false
            }
        }
    }

    /// Work a provider deferred with `kit::on_commit`.
    type Deferred = std::boxed::Box<dyn FnOnce() -> Result<(), Hresult>>;

    std::thread_local! {
        static COMMITS: core::cell::RefCell<std::vec::Vec<std::vec::Vec<Deferred>>> =
            const { core::cell::RefCell::new(std::vec::Vec::new()) };
    }

    /// The deferred work of one call in progress on this thread: a thunk
    /// with several out-values holds one around the provider's method and
    /// [`run`](Commits::run)s it once every value is allocated; dropped
    /// without running (the call failed), the work is discarded.
    pub struct Commits(());

    impl Commits {
        /// Opens the frame deferred work goes to.
        pub fn enter() -> Commits {
            COMMITS.with(|c| c.borrow_mut().push(std::vec::Vec::new()));
            Commits(())
        }

        /// Runs the frame's work in order; the first error stops it (the
        /// rest is discarded) and is the call's.
        pub fn run(&self) -> Result<(), Hresult> {
            loop {
                let next = COMMITS.with(|c| {
                    let mut c = c.borrow_mut();
                    let frame = c.last_mut()?;
                    (!frame.is_empty()).then(|| frame.remove(0))
                });
                match next {
                    Some(work) => work()?,
                    None => return Ok(()),
                }
            }
        }
    }

    impl Drop for Commits {
        fn drop(&mut self) {
            let pending = COMMITS.with(|c| c.borrow_mut().pop());
            drop(pending);
        }
    }

    /// Defers `work` to the innermost call in progress that has a frame
    /// (see [`Commits`]); with none, runs it now.
    pub fn defer(work: Deferred) -> Result<(), Hresult> {
        let work = COMMITS.with(|c| match c.borrow_mut().last_mut() {
            Some(frame) => {
                frame.push(work);
                None
            }
            None => Some(work),
        });
        work.map_or(Ok(()), |w| w())
    }

    /// The seed contract at the last release of a derived store: call
    /// `IMAPISupport::StoreLogoffTransports` with the saved flags (or
    /// `LOGOFF_ABORT`), unless the store is released unseen ([`Unseen`]).
    /// A panic or failure there is swallowed: the store is going away
    /// either way.
    #[cfg(feature = "store")]
    pub fn logoff_transports(support: Option<&ComPtr<crate::IMAPISupport>>, state: &LogoffState) {
        // A store released by a failing `Logon` was never the caller's: its
        // transports were never logged on.
        let Some(support) = support.filter(|_| !Unseen::active()) else {
            return;
        };
        let mut flags = state.flags_for_transports();
        guard_unit(|| {
            // SAFETY: `support` is a live IMAPISupport held by the store;
            // `flags` is valid for the call.
            let _ = unsafe {
                (support.vtable().StoreLogoffTransports)(support.as_raw().cast(), &mut flags)
            };
        });
    }

    /// The `IMsgStore` vtable of a derived store: the generated thunks, with
    /// [`store_logoff`] in the `StoreLogoff` slot. One function, so that a
    /// missing `impl IMsgStoreImpl` is reported once.
    #[cfg(all(feature = "provider", feature = "store"))]
    pub const fn msg_store_vtbl<O: StoreObject, const INDEX: usize>() -> crate::IMsgStoreVtbl
    where
        O::Inner: crate::IMsgStoreImpl,
    {
        let mut v = crate::IMsgStoreVtbl::new::<O, INDEX>();
        v.StoreLogoff = store_logoff::<O, INDEX>;
        v
    }

    /// Expands to nothing with the `provider` feature, and to a clear error
    /// without it (the derives need the provider traits).
    #[cfg(feature = "provider")]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __require_provider {
        () => {};
    }

    /// Expands to nothing with the `provider` feature, and to a clear error
    /// without it (the derives need the provider traits).
    #[cfg(not(feature = "provider"))]
    #[macro_export]
    #[doc(hidden)]
    macro_rules! __require_provider {
        () => {
            ::core::compile_error!(
                "`#[derive(ComObject)]`/`#[derive(MsgStore)]` need the `provider` feature of mapi-sys: `mapi-sys = { version = \"...\", features = [\"provider\"] }`"
            );
        };
    }

    /// The `IMsgStore::StoreLogoff` slot of a derived store: checks the flags,
    /// saves them, then lets the provider's `store_logoff` choose the output
    /// flags (its default `MAPI_E_NO_SUPPORT` counts as "nothing to report").
    ///
    /// # Safety
    /// Called only through the vtable of a live `O`.
    #[cfg(all(feature = "provider", feature = "store"))]
    pub unsafe extern "system" fn store_logoff<O: StoreObject, const INDEX: usize>(
        this: *mut c_void,
        lpul_flags: *mut crate::ULONG,
    ) -> HRESULT
    where
        O::Inner: crate::IMsgStoreImpl,
    {
        guard(|| {
            if lpul_flags.is_null() {
                return crate::MAPI_E_INVALID_PARAMETER;
            }
            // SAFETY: checked non-null; the caller passes a valid flags word.
            let input = unsafe { lpul_flags.read() };
            let mut flags = match <crate::MsgStoreStoreLogoffFlags as FlagSet>::check_input(input) {
                Ok(f) => f,
                Err(e) => return e.0,
            };
            // SAFETY: `this` is this object's vtable `INDEX`.
            let object = unsafe { O::from_interface(this, INDEX) };
            object.logoff_state().save(input);
            let result =
                <O::Inner as crate::IMsgStoreImpl>::store_logoff(object.inner(), &mut flags);
            let out = match result {
                Ok(()) => flags.bits() & <crate::MsgStoreStoreLogoffFlags as FlagSet>::OUT_MASK,
                Err(Hresult(crate::MAPI_E_NO_SUPPORT)) => 0,
                Err(e) => return e.0,
            };
            // SAFETY: checked non-null above.
            unsafe { lpul_flags.write(out) };
            0
        })
    }
}

/// What a provider does with flag bits that a flag group does not list.
///
/// Real hosts pass flags newer than any header (Outlook's `MAPI_NO_CACHE`
/// and `MAPI_CACHE_ONLY` on `OpenEntry`, `MDB_ONLINE` on logons). The MAPI
/// reference asks providers to check every parameter (`ValidateParms`), so
/// rejecting with `MAPI_E_UNKNOWN_FLAGS` is the default; keeping passes the
/// bits through to the implementation, retained in the flag type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum UnknownFlags {
    /// As each flag group declares (`unknown(keep)` or the default, reject).
    #[default]
    AsDeclared,
    /// Reject unknown bits with `MAPI_E_UNKNOWN_FLAGS`, whatever the group says.
    Reject,
    /// Keep unknown bits, whatever the group says.
    Keep,
}

/// A typed set of MAPI flags, one type per flag group: [`Flags<G>`](Flags)
/// for the groups of this crate's corpus, a struct of its own for groups
/// declared with [`flag_set!`](crate::flag_set) or in files read by
/// `include_idl!`. The checks and queries every flag set shares.
pub trait FlagSet: Copy + Eq + 'static {
    /// The bits valid on input.
    const IN_MASK: u32;
    /// The bits that may be returned on output.
    const OUT_MASK: u32;
    /// Masks of mutually exclusive flags: at most one bit of each may be set.
    const EXCLUSIVE_SETS: &'static [u32];
    /// Whether exactly one exclusive flag must be given on input.
    const REQUIRED: bool;
    /// Pairs of flags that may not be given together (the flags' `excludes`
    /// in the IDL), each as the mask of its two bits. Unlike an exclusive
    /// set, each pair stands alone: `A` may exclude `B` and `C` while `B`
    /// and `C` may be combined.
    const EXCLUDED_PAIRS: &'static [u32] = &[];
    /// Whether bits the group does not list are kept on input rather than
    /// rejected (the group's `unknown(keep)`).
    const KEEP_UNKNOWN: bool = false;
    /// Each flag's C name and value.
    const NAMES: &'static [(&'static str, u32)];

    /// The flags in `bits`, keeping unknown bits as they are.
    fn from_bits_retain(bits: u32) -> Self;
    /// The raw bits.
    fn bits(self) -> u32;

    /// No flags.
    fn empty() -> Self {
        Self::from_bits_retain(0)
    }
    /// Every flag of the group.
    fn all() -> Self {
        Self::from_bits_retain(Self::IN_MASK | Self::OUT_MASK)
    }
    /// The flags in `bits`, or `None` if it has bits outside the group.
    fn from_bits(bits: u32) -> Option<Self> {
        (bits & !(Self::IN_MASK | Self::OUT_MASK) == 0).then(|| Self::from_bits_retain(bits))
    }
    /// The flags in `bits`, dropping bits outside the group.
    fn from_bits_truncate(bits: u32) -> Self {
        Self::from_bits_retain(bits & (Self::IN_MASK | Self::OUT_MASK))
    }
    /// Whether every flag of `other` is set.
    fn contains(self, other: Self) -> bool {
        self.bits() & other.bits() == other.bits()
    }
    /// Whether any flag of `other` is set.
    fn intersects(self, other: Self) -> bool {
        self.bits() & other.bits() != 0
    }
    /// Whether no flag is set.
    fn is_empty(self) -> bool {
        self.bits() == 0
    }
    /// Sets the flags of `other`.
    fn insert(&mut self, other: Self) {
        *self = Self::from_bits_retain(self.bits() | other.bits());
    }
    /// Clears the flags of `other`.
    fn remove(&mut self, other: Self) {
        *self = Self::from_bits_retain(self.bits() & !other.bits());
    }
    /// Checks flags passed in by a caller, as a MAPI method must: unknown
    /// bits are `MAPI_E_UNKNOWN_FLAGS`; two flags that exclude each other
    /// (of one exclusive set, or an excluded pair), or none when one is
    /// required, are `MAPI_E_INVALID_PARAMETER`.
    fn check_input(bits: u32) -> Result<Self, Hresult> {
        Self::check_input_for(bits, UnknownFlags::AsDeclared)
    }
    /// Like [`check_input`](Self::check_input), with unknown bits treated
    /// as `policy` says: kept bits stay in the value.
    fn check_input_for(bits: u32, policy: UnknownFlags) -> Result<Self, Hresult> {
        let keep = match policy {
            UnknownFlags::AsDeclared => Self::KEEP_UNKNOWN,
            UnknownFlags::Reject => false,
            UnknownFlags::Keep => true,
        };
        if bits & !Self::IN_MASK != 0 && !keep {
            return Err(Hresult(crate::MAPI_E_UNKNOWN_FLAGS));
        }
        let mut exclusive_set = 0;
        for mask in Self::EXCLUSIVE_SETS {
            let n = (bits & mask).count_ones();
            if n > 1 {
                return Err(Hresult(crate::MAPI_E_INVALID_PARAMETER));
            }
            exclusive_set += n;
        }
        if Self::REQUIRED && exclusive_set == 0 {
            return Err(Hresult(crate::MAPI_E_INVALID_PARAMETER));
        }
        for &pair in Self::EXCLUDED_PAIRS {
            if bits & pair == pair {
                return Err(Hresult(crate::MAPI_E_INVALID_PARAMETER));
            }
        }
        Ok(Self::from_bits_retain(bits))
    }
}

crate::flag_set! {
    /// A reserved flags word: no flag is defined and the word must be zero.
    /// The thunk answers `MAPI_E_UNKNOWN_FLAGS` to any other value; the
    /// caller side passes zero.
    pub struct Reserved {}
    in_mask = 0;
    out_mask = 0;
    exclusive = [];
    required = false;
}

/// Declares a typed set of MAPI flags (used by the generated code for each
/// flag group; usable by hand too). The shared queries and checks come from
/// [`FlagSet`]; the type itself has its flags as constants, `|`, `&`, `^`,
/// `-` and a `Debug` that prints flag names.
///
/// ```
/// use mapi_sys::FlagSet;
///
/// mapi_sys::flag_set! {
///     /// Example flags.
///     pub struct Example {
///         /// One.
///         const ONE = 0x1, "EX_ONE";
///         /// Two.
///         const TWO = 0x2, "EX_TWO";
///     }
///     in_mask = 0x3;
///     out_mask = 0x0;
///     exclusive = [0x3];
///     required = false;
/// }
/// let both = Example::ONE | Example::TWO;
/// assert!(both.contains(Example::ONE));
/// assert_eq!(format!("{both:?}"), "EX_ONE | EX_TWO");
/// assert_eq!(Example::from_bits(0x4), None);
/// assert_eq!(Example::from_bits_truncate(0x5), Example::ONE);
/// assert!(Example::check_input(0x3).is_err());
///
/// // `excludes` (optional) lists pairs that may not be given together, each
/// // standing alone: here 1 goes with neither 2 nor 4, which go together.
/// mapi_sys::flag_set! {
///     /// Flags with excluded pairs.
///     pub struct Pairs {}
///     in_mask = 0x7;
///     out_mask = 0x0;
///     exclusive = [];
///     excludes = [0x3, 0x5];
///     required = false;
/// }
/// assert!(Pairs::check_input(0x3).is_err());
/// assert!(Pairs::check_input(0x5).is_err());
/// assert!(Pairs::check_input(0x6).is_ok());
/// ```
#[macro_export]
macro_rules! flag_set {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$mdoc:meta])* const $flag:ident = $value:literal, $cname:literal; )*
        }
        in_mask = $in_mask:literal;
        out_mask = $out_mask:literal;
        exclusive = [$($ex:literal),* $(,)?];
        $(excludes = [$($pair:literal),* $(,)?];)?
        required = $required:literal;
        $(keep_unknown = $keep:literal;)?
    ) => {
        $(#[$meta])*
        #[repr(transparent)]
        #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name(u32);

        impl $name {
            $( $(#[$mdoc])* pub const $flag: Self = Self($value); )*
        }

        $crate::__flag_set_impl! {
            $name;
            in_mask = $in_mask;
            out_mask = $out_mask;
            exclusive = [$($ex),*];
            $(excludes = [$($pair),*];)?
            required = $required;
            keep_unknown = $crate::__first_or_false!($($keep)?);
            names = [$($flag = $cname),*];
        }
    };
}

/// `true` when given `true`, `false` when given `false` or nothing.
#[doc(hidden)]
#[macro_export]
macro_rules! __first_or_false {
    () => {
        false
    };
    ($v:literal) => {
        $v
    };
}

/// The methods, [`FlagSet`] impl, operators and `Debug` of a flag set type
/// whose flags are declared as associated constants (what the generated
/// code uses; [`flag_set!`](crate::flag_set) declares the type too).
#[doc(hidden)]
#[macro_export]
macro_rules! __flag_set_impl {
    (
        $name:ident;
        in_mask = $in_mask:literal;
        out_mask = $out_mask:literal;
        exclusive = [$($ex:literal),* $(,)?];
        $(excludes = [$($pair:literal),* $(,)?];)?
        required = $required:literal;
        keep_unknown = $keep:expr;
        names = [$($flag:ident = $cname:literal),* $(,)?];
    ) => {
        impl $name {
            /// The raw bits.
            pub const fn bits(self) -> u32 {
                self.0
            }
            /// The flags in `bits`, keeping unknown bits as they are.
            pub const fn from_bits_retain(bits: u32) -> Self {
                Self(bits)
            }
        }

        impl $crate::FlagSet for $name {
            const IN_MASK: u32 = $in_mask;
            const OUT_MASK: u32 = $out_mask;
            const EXCLUSIVE_SETS: &'static [u32] = &[$($ex),*];
            const EXCLUDED_PAIRS: &'static [u32] = &[$($($pair),*)?];
            const REQUIRED: bool = $required;
            const KEEP_UNKNOWN: bool = $keep;
            const NAMES: &'static [(&'static str, u32)] = &[$(($cname, $name::$flag.0)),*];
            fn from_bits_retain(bits: u32) -> Self {
                Self(bits)
            }
            fn bits(self) -> u32 {
                self.0
            }
        }

        impl ::core::ops::BitOr for $name {
            type Output = Self;
            fn bitor(self, rhs: Self) -> Self {
                Self(self.0 | rhs.0)
            }
        }
        impl ::core::ops::BitOrAssign for $name {
            fn bitor_assign(&mut self, rhs: Self) {
                self.0 |= rhs.0;
            }
        }
        impl ::core::ops::BitAnd for $name {
            type Output = Self;
            fn bitand(self, rhs: Self) -> Self {
                Self(self.0 & rhs.0)
            }
        }
        impl ::core::ops::BitXor for $name {
            type Output = Self;
            fn bitxor(self, rhs: Self) -> Self {
                Self(self.0 ^ rhs.0)
            }
        }
        impl ::core::ops::Sub for $name {
            type Output = Self;
            fn sub(self, rhs: Self) -> Self {
                Self(self.0 & !rhs.0)
            }
        }
        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::fmt_flags(f, self.0, <Self as $crate::FlagSet>::NAMES)
            }
        }
    };
}

/// What a flag group declares: the facts [`Flags`] needs, on a type of no
/// values that stands for the group (`MsgStoreStoreLogoffFlagsGroup`).
pub trait FlagGroup: 'static {
    /// The bits valid on input ([`FlagSet::IN_MASK`]).
    const IN_MASK: u32;
    /// The bits that may be returned ([`FlagSet::OUT_MASK`]).
    const OUT_MASK: u32;
    /// Masks of mutually exclusive flags ([`FlagSet::EXCLUSIVE_SETS`]).
    const EXCLUSIVE_SETS: &'static [u32];
    /// Pairs of flags that exclude each other ([`FlagSet::EXCLUDED_PAIRS`]).
    const EXCLUDED_PAIRS: &'static [u32] = &[];
    /// Whether one exclusive flag is required ([`FlagSet::REQUIRED`]).
    const REQUIRED: bool;
    /// Whether unlisted bits are kept ([`FlagSet::KEEP_UNKNOWN`]).
    const KEEP_UNKNOWN: bool = false;
    /// Each flag's C name and value ([`FlagSet::NAMES`]).
    const NAMES: &'static [(&'static str, u32)];
}

/// A set of flags of group `G`: the flag types of this crate's corpus
/// (`MsgStoreStoreLogoffFlags` is `Flags<MsgStoreStoreLogoffFlagsGroup>`),
/// with the group's flags as associated constants
/// (`MsgStoreStoreLogoffFlags::ABORT`), `|`, `&`, `^`, `-`, comparison,
/// hashing, `Debug` by C name, and [`FlagSet`]'s checks. One generic type
/// rather than a struct per group: the operators and traits exist once, not
/// once per group (flag sets of `include_idl!`'d files in other crates are
/// structs of their own, with the same operations).
///
/// ```
/// use mapi_sys::*;
///
/// let f = MAPIPropSaveChangesFlags::KEEP_OPEN_READONLY | MAPIPropSaveChangesFlags::FORCE_SAVE;
/// assert!(f.contains(MAPIPropSaveChangesFlags::FORCE_SAVE));
/// assert_eq!(format!("{f:?}"), "KEEP_OPEN_READONLY | FORCE_SAVE");
/// assert_eq!(MAPIPropSaveChangesFlags::default().bits(), 0);
/// ```
#[repr(transparent)]
pub struct Flags<G>(u32, PhantomData<fn() -> G>);

impl<G> Flags<G> {
    /// The raw bits.
    pub const fn bits(self) -> u32 {
        self.0
    }
    /// The flags in `bits`, keeping unknown bits as they are.
    pub const fn from_bits_retain(bits: u32) -> Self {
        Flags(bits, PhantomData)
    }
}

impl<G> Clone for Flags<G> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<G> Copy for Flags<G> {}
impl<G> PartialEq for Flags<G> {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}
impl<G> Eq for Flags<G> {}
impl<G> core::hash::Hash for Flags<G> {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        self.0.hash(state);
    }
}
impl<G> Default for Flags<G> {
    /// No flags.
    fn default() -> Self {
        Self::from_bits_retain(0)
    }
}
impl<G> core::ops::BitOr for Flags<G> {
    type Output = Self;
    fn bitor(self, rhs: Self) -> Self {
        Self::from_bits_retain(self.0 | rhs.0)
    }
}
impl<G> core::ops::BitOrAssign for Flags<G> {
    fn bitor_assign(&mut self, rhs: Self) {
        self.0 |= rhs.0;
    }
}
impl<G> core::ops::BitAnd for Flags<G> {
    type Output = Self;
    fn bitand(self, rhs: Self) -> Self {
        Self::from_bits_retain(self.0 & rhs.0)
    }
}
impl<G> core::ops::BitXor for Flags<G> {
    type Output = Self;
    fn bitxor(self, rhs: Self) -> Self {
        Self::from_bits_retain(self.0 ^ rhs.0)
    }
}
impl<G> core::ops::Sub for Flags<G> {
    type Output = Self;
    fn sub(self, rhs: Self) -> Self {
        Self::from_bits_retain(self.0 & !rhs.0)
    }
}
impl<G: FlagGroup> fmt::Debug for Flags<G> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt_flags(f, self.0, G::NAMES)
    }
}
impl<G: FlagGroup> FlagSet for Flags<G> {
    const IN_MASK: u32 = G::IN_MASK;
    const OUT_MASK: u32 = G::OUT_MASK;
    const EXCLUSIVE_SETS: &'static [u32] = G::EXCLUSIVE_SETS;
    const EXCLUDED_PAIRS: &'static [u32] = G::EXCLUDED_PAIRS;
    const REQUIRED: bool = G::REQUIRED;
    const KEEP_UNKNOWN: bool = G::KEEP_UNKNOWN;
    const NAMES: &'static [(&'static str, u32)] = G::NAMES;
    fn from_bits_retain(bits: u32) -> Self {
        Self::from_bits_retain(bits)
    }
    fn bits(self) -> u32 {
        self.0
    }
}

/// Writes `bits` as `NAME | NAME | 0x...` (the `Debug` of flag sets).
#[doc(hidden)]
pub fn fmt_flags(f: &mut fmt::Formatter<'_>, bits: u32, names: &[(&str, u32)]) -> fmt::Result {
    if bits == 0 {
        return match names.iter().find(|(_, v)| *v == 0) {
            Some((n, _)) => f.write_str(n),
            None => f.write_str("0"),
        };
    }
    let mut rest = bits;
    let mut first = true;
    for &(name, value) in names {
        if value != 0 && bits & value == value && rest & value != 0 {
            if !first {
                f.write_str(" | ")?;
            }
            f.write_str(name)?;
            first = false;
            rest &= !value;
        }
    }
    if rest != 0 {
        if !first {
            f.write_str(" | ")?;
        }
        write!(f, "{rest:#x}")?;
    }
    Ok(())
}

#[cfg(feature = "windows-core")]
mod windows_interop {
    use super::*;

    impl From<windows_core::GUID> for GUID {
        fn from(g: windows_core::GUID) -> Self {
            GUID::from_u128(g.to_u128())
        }
    }

    impl From<GUID> for windows_core::GUID {
        fn from(g: GUID) -> Self {
            windows_core::GUID::from_u128(g.to_u128())
        }
    }

    impl From<windows_core::HRESULT> for Hresult {
        fn from(h: windows_core::HRESULT) -> Self {
            Hresult(h.0)
        }
    }

    impl From<Hresult> for windows_core::HRESULT {
        fn from(h: Hresult) -> Self {
            windows_core::HRESULT(h.0)
        }
    }
}
