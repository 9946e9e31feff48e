//! Loading a store provider library and the per-initialisation environment
//! (support object, advise sink, `IMalloc`) the host gives it.

use crate::objects::{MallocLog, SinkLog, new_malloc, new_sink};
use crate::support::{FakeSupport, SupportLog};
use mapi_sys::value::Allocator;
use mapi_sys::{
    CURRENT_SPI_VERSION, ComPtr, HRESULT, Hresult, IMAPIAdviseSink, IMAPISupport, IMSProvider,
    IMalloc, MAPI_E_INVALID_PARAMETER, MAPI_E_VERSION, MSPROVIDERINIT, S_OK,
};
use std::ffi::c_void;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Makes a provider object with the allocators given, in place of
/// `MSProviderInit` (see [`Provider::from_factory`]).
pub type Factory = dyn Fn(Allocator) -> Result<ComPtr<IMSProvider>, Hresult> + Send + Sync;

/// How the kit starts the provider.
enum Entry {
    /// An `MSProviderInit` (from a library or linked in).
    Init(MSPROVIDERINIT),
    /// A function that makes the provider object.
    Factory(Box<Factory>),
}

/// The store provider under test: a library the kit loaded, an
/// `MSProviderInit` linked into the test itself, or a function that makes
/// the provider object.
pub struct Provider {
    entry: Entry,
    path: PathBuf,
    symbol: String,
    // Dropped last: every object of the provider must be gone by then.
    _lib: Option<libloading::Library>,
}

/// Why a library could not be used.
#[derive(Debug)]
pub enum LoadError {
    /// The library could not be loaded.
    Open(PathBuf, libloading::Error),
    /// It has no such export.
    Symbol(PathBuf, String, libloading::Error),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Open(p, e) => write!(f, "cannot load {}: {e}", p.display()),
            LoadError::Symbol(p, s, e) => {
                write!(f, "{} does not export `{s}`: {e}", p.display())
            }
        }
    }
}

impl std::error::Error for LoadError {}

impl Provider {
    /// Loads the library at `path` and looks up `symbol` (normally
    /// `MSProviderInit`; on 32-bit Windows also tried as `_MSProviderInit`).
    pub fn load(path: &Path, symbol: &str) -> Result<Provider, LoadError> {
        // SAFETY: loading a library runs its initialisers; running the
        // provider's code is the point of the host, and the user named it.
        let lib = unsafe { libloading::Library::new(path) }
            .map_err(|e| LoadError::Open(path.to_path_buf(), e))?;
        let mut names = vec![symbol.to_string()];
        if !symbol.starts_with('_') {
            names.push(format!("_{symbol}"));
        }
        let mut last = None;
        for name in names {
            // SAFETY: `MSProviderInit` has the `MSPROVIDERINIT` signature
            // (mapispi.h); the pointer is used only while `lib` is loaded.
            match unsafe { lib.get::<MSPROVIDERINIT>(name.as_bytes()) } {
                Ok(sym) => {
                    let init = *sym;
                    return Ok(Provider {
                        entry: Entry::Init(init),
                        path: path.to_path_buf(),
                        symbol: name,
                        _lib: Some(lib),
                    });
                }
                Err(e) => last = Some(e),
            }
        }
        Err(LoadError::Symbol(
            path.to_path_buf(),
            symbol.to_string(),
            last.unwrap_or(libloading::Error::DlSymUnknown),
        ))
    }

    /// A provider linked into this program, started through its
    /// `MSProviderInit` (`init`); `name` names it in reports. No library is
    /// built or loaded: a provider crate's own tests use this (the crate is
    /// an `rlib` too).
    ///
    /// ```
    /// # use mapi_sys::*;
    /// # unsafe extern "C" fn MSProviderInit(
    /// #     _: HINSTANCE, _: LPMALLOC, _: LPALLOCATEBUFFER, _: LPALLOCATEMORE,
    /// #     _: LPFREEBUFFER, _: ULONG, _: ULONG, _: *mut ULONG, _: *mut LPMSPROVIDER,
    /// # ) -> HRESULT { MAPI_E_NO_SUPPORT }
    /// let provider = mapi_host::Provider::linked("my_store", MSProviderInit);
    /// assert_eq!(provider.symbol(), "MSProviderInit");
    /// ```
    pub fn linked(name: &str, init: MSPROVIDERINIT) -> Provider {
        Provider {
            entry: Entry::Init(init),
            path: PathBuf::from(name),
            symbol: "MSProviderInit".into(),
            _lib: None,
        }
    }

    /// A provider whose object `make` returns, given the host's allocators,
    /// in place of `MSProviderInit` (the checks of the entry point itself
    /// are skipped); `name` names it in reports.
    pub fn from_factory(
        name: &str,
        make: impl Fn(Allocator) -> Result<ComPtr<IMSProvider>, Hresult> + Send + Sync + 'static,
    ) -> Provider {
        Provider {
            entry: Entry::Factory(Box::new(make)),
            path: PathBuf::from(name),
            symbol: "(provider factory)".into(),
            _lib: None,
        }
    }

    /// The library's path, or the name given to [`linked`](Provider::linked)
    /// or [`from_factory`](Provider::from_factory).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The entry point used.
    pub fn symbol(&self) -> &str {
        &self.symbol
    }

    /// Whether the provider starts through an `MSProviderInit` (whose own
    /// checks then run).
    pub fn has_entry_point(&self) -> bool {
        matches!(self.entry, Entry::Init(_))
    }

    /// Calls `MSProviderInit` with the host's allocators (for a factory:
    /// the factory, with `MSProviderInit`'s contract for the outs).
    ///
    /// # Safety
    /// `malloc` must be null or a live `IMalloc`; `ver` and `out` must be
    /// null or valid for writes. The provider's code runs.
    pub unsafe fn init(
        &self,
        malloc: *mut IMalloc,
        flags: u32,
        mapi_ver: u32,
        ver: *mut u32,
        out: *mut *mut mapi_sys::IMSProvider,
    ) -> HRESULT {
        let init = match &self.entry {
            Entry::Init(init) => *init,
            Entry::Factory(make) => {
                if out.is_null() {
                    return MAPI_E_INVALID_PARAMETER;
                }
                if !ver.is_null() {
                    // SAFETY: the caller vouches for `ver`.
                    unsafe { ver.write(CURRENT_SPI_VERSION) };
                }
                let made = if mapi_ver < CURRENT_SPI_VERSION {
                    Err(Hresult(MAPI_E_VERSION))
                } else {
                    make(crate::alloc::allocator())
                };
                let (hr, p) = match made {
                    Ok(p) => (S_OK, p.into_raw()),
                    Err(e) => (e.0, core::ptr::null_mut()),
                };
                // SAFETY: the caller vouches for `out`; a success hands over
                // the one reference.
                unsafe { out.write(p) };
                return hr;
            }
        };
        // SAFETY: the caller vouches for the pointers; the allocators have
        // the documented signatures.
        unsafe {
            (init)(
                core::ptr::null_mut(),
                malloc,
                Some(crate::alloc::allocate_buffer),
                Some(crate::alloc::allocate_more),
                Some(crate::alloc::free_buffer),
                flags,
                mapi_ver,
                ver,
                out,
            )
        }
    }
}

/// What the host gives one provider initialisation: a support object, an
/// advise sink and an `IMalloc`, each with its log.
pub struct Env {
    /// The support object (the host's reference).
    pub support: Option<ComPtr<IMAPISupport>>,
    /// What the support object saw.
    pub support_log: Arc<SupportLog>,
    /// The advise sink (the host's reference), null once released.
    pub sink: *mut IMAPIAdviseSink,
    /// What the sink saw.
    pub sink_log: Arc<SinkLog>,
    /// The `IMalloc` (the host's reference), null once released.
    pub malloc: *mut IMalloc,
    /// What the `IMalloc` saw.
    pub malloc_log: Arc<MallocLog>,
}

impl Env {
    /// A fresh environment.
    pub fn new() -> Env {
        let support_log = Arc::new(SupportLog::default());
        let support = FakeSupport::new(support_log.clone()).into_com();
        let (sink, sink_log) = new_sink();
        let (malloc, malloc_log) = new_malloc();
        Env {
            support: Some(support),
            support_log,
            sink,
            sink_log,
            malloc,
            malloc_log,
        }
    }

    /// The support pointer to pass to `Logon` (null once released).
    pub fn support_ptr(&self) -> *mut IMAPISupport {
        self.support
            .as_ref()
            .map_or(core::ptr::null_mut(), |s| s.as_raw())
    }

    /// The support object's reference count, read with an `AddRef`/`Release`
    /// pair; `None` once released.
    pub fn support_refs(&self) -> Option<u32> {
        let s = self.support.as_ref()?;
        let raw = s.as_raw().cast::<c_void>();
        // SAFETY: live object held by the host; the pair is balanced.
        unsafe {
            let vt = crate::com::unknown_vtbl(raw);
            let n = (vt.AddRef)(raw);
            (vt.Release)(raw);
            Some(n.saturating_sub(1))
        }
    }

    /// The advise sink's reference count, read with an `AddRef`/`Release`
    /// pair; `None` once released.
    pub fn sink_refs(&self) -> Option<u32> {
        if self.sink.is_null() {
            return None;
        }
        let raw = self.sink.cast::<c_void>();
        // SAFETY: live object held by the host; the pair is balanced.
        unsafe {
            let vt = crate::com::unknown_vtbl(raw);
            let n = (vt.AddRef)(raw);
            (vt.Release)(raw);
            Some(n.saturating_sub(1))
        }
    }

    /// Gives back the host's support reference; returns what `Release`
    /// returned.
    pub fn release_support(&mut self) -> Option<u32> {
        let s = self.support.take()?;
        let raw = s.into_raw().cast::<c_void>();
        // SAFETY: the host's own reference, given back once.
        Some(unsafe { (crate::com::unknown_vtbl(raw).Release)(raw) })
    }

    /// Gives back the host's sink reference; returns what `Release` returned.
    pub fn release_sink(&mut self) -> Option<u32> {
        if self.sink.is_null() {
            return None;
        }
        let raw = core::mem::replace(&mut self.sink, core::ptr::null_mut()).cast::<c_void>();
        // SAFETY: the host's own reference, given back once.
        Some(unsafe { (crate::com::unknown_vtbl(raw).Release)(raw) })
    }

    /// Gives back the host's `IMalloc` reference; returns what `Release`
    /// returned.
    pub fn release_malloc(&mut self) -> Option<u32> {
        if self.malloc.is_null() {
            return None;
        }
        let raw = core::mem::replace(&mut self.malloc, core::ptr::null_mut()).cast::<c_void>();
        // SAFETY: the host's own reference, given back once.
        Some(unsafe { (crate::com::unknown_vtbl(raw).Release)(raw) })
    }
}

impl Default for Env {
    fn default() -> Self {
        Env::new()
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        self.release_sink();
        self.release_malloc();
        self.release_support();
    }
}
