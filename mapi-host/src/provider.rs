//! Loading a store provider library and the per-initialisation environment
//! (support object, advise sink, `IMalloc`) the host gives it.

use crate::objects::{MallocLog, SinkLog, new_malloc, new_sink};
use crate::support::{FakeSupport, SupportLog};
use mapi_sys::{ComPtr, HRESULT, IMAPIAdviseSink, IMAPISupport, IMalloc, MSPROVIDERINIT};
use std::ffi::c_void;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A loaded provider library and its `MSProviderInit`.
pub struct Provider {
    init: MSPROVIDERINIT,
    path: PathBuf,
    symbol: String,
    // Dropped last: every object of the provider must be gone by then.
    _lib: libloading::Library,
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
                        init,
                        path: path.to_path_buf(),
                        symbol: name,
                        _lib: lib,
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

    /// The library's path.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The export used.
    pub fn symbol(&self) -> &str {
        &self.symbol
    }

    /// Calls `MSProviderInit` with the host's allocators.
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
        // SAFETY: the caller vouches for the pointers; the allocators have
        // the documented signatures.
        unsafe {
            (self.init)(
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
