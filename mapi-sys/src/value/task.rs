//! COM's task allocator (`CoTaskMemAlloc`/`CoTaskMemFree`) and the owner
//! of a string a callee allocated with it ([`TaskStr`]): what MIDL gives an
//! `[out, string] LPSTR *` or `LPOLESTR *` without `mapi_alloc`, as the MIME
//! interfaces and `IMoniker::GetDisplayName` return their strings.

use super::pair::{Installed, Pair};
use super::{StrRef, ViewError, no_memory};
use crate::{CHAR, Hresult, WCHAR};
use core::ffi::c_void;
use core::fmt;
use core::ptr::NonNull;
use std::ffi::CStr;

/// Allocates `cb` bytes, or returns null (`CoTaskMemAlloc`).
pub type TaskAlloc = unsafe extern "system" fn(cb: usize) -> *mut c_void;
/// Frees a block of [`TaskAlloc`]; null is ignored (`CoTaskMemFree`).
pub type TaskFree = unsafe extern "system" fn(pv: *mut c_void);

/// A handle on the COM task allocator: the pair of functions a callee
/// allocates out-strings with and the caller frees them with.
///
/// On Windows it is `CoTaskMemAlloc`/`CoTaskMemFree` of `ole32.dll`;
/// elsewhere (tests of both sides in one process) the C library's
/// `malloc`/`free`. A process may install another pair once, before any
/// use ([`TaskAllocator::install`]): the counting one of
/// [`testing`](super::testing) does.
#[derive(Clone, Copy)]
pub struct TaskAllocator(Pair<TaskAlloc, TaskFree>);

impl fmt::Debug for TaskAllocator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.debug("TaskAllocator", f)
    }
}

static INSTALLED: Installed<TaskAlloc, TaskFree> = Installed::new();

/// The system's pair (see [`TaskAllocator`]'s docs).
pub(crate) const SYSTEM: Pair<TaskAlloc, TaskFree> = Pair {
    alloc: system::CoTaskMemAlloc,
    free: system::CoTaskMemFree,
};

#[cfg(windows)]
mod system {
    use core::ffi::c_void;
    #[link(name = "ole32")]
    unsafe extern "system" {
        pub(super) fn CoTaskMemAlloc(cb: usize) -> *mut c_void;
        pub(super) fn CoTaskMemFree(pv: *mut c_void);
    }
}

#[cfg(not(windows))]
mod system {
    use core::ffi::c_void;
    unsafe extern "C" {
        fn malloc(size: usize) -> *mut c_void;
        fn free(ptr: *mut c_void);
    }
    // The C library's pair, behind the task allocator's signatures.
    #[allow(non_snake_case)]
    pub(super) unsafe extern "system" fn CoTaskMemAlloc(cb: usize) -> *mut c_void {
        // SAFETY: `malloc` takes any size and returns null on failure.
        unsafe { malloc(cb) }
    }
    #[allow(non_snake_case)]
    pub(super) unsafe extern "system" fn CoTaskMemFree(pv: *mut c_void) {
        // SAFETY: the caller's contract: null or a live block of `malloc`.
        unsafe { free(pv) }
    }
}

impl TaskAllocator {
    /// The pair made of two functions.
    ///
    /// # Safety
    /// `alloc(cb)` must return null or a block of at least `cb` writable
    /// bytes aligned to 8, `free(p)` free such a block (and ignore null),
    /// both callable from any thread for as long as the handle is used.
    pub const unsafe fn new(alloc: TaskAlloc, free: TaskFree) -> TaskAllocator {
        TaskAllocator(Pair { alloc, free })
    }

    /// The system's task allocator (see the type's docs).
    pub fn system() -> TaskAllocator {
        TaskAllocator(SYSTEM)
    }

    /// The installed allocator, or the system's: what generated code
    /// allocates and frees task memory with.
    pub fn current() -> TaskAllocator {
        TaskAllocator(INSTALLED.current(SYSTEM))
    }

    /// Makes `self` the process's task allocator. Returns `false` (and
    /// changes nothing) when one was installed already, unless it is the
    /// same pair.
    ///
    /// # Safety
    /// No block of the allocator in use before may be freed after: install
    /// before any task memory changes hands, and only a pair that frees
    /// the other's blocks (a counting wrapper over the same functions).
    pub unsafe fn install(self) -> bool {
        INSTALLED.install(self.0)
    }

    /// A block of `cb` bytes (at least 1), or `E_OUTOFMEMORY`.
    pub(crate) fn block(&self, cb: usize) -> Result<NonNull<c_void>, Hresult> {
        // SAFETY: `alloc` keeps the contract of `new`.
        NonNull::new(unsafe { (self.0.alloc)(cb.max(1)) }).ok_or_else(no_memory)
    }

    /// Frees a block of this allocator.
    ///
    /// # Safety
    /// `p` must be null or a live block of this allocator that nothing
    /// uses afterwards.
    pub unsafe fn free(&self, p: *mut c_void) {
        // SAFETY: forwarded.
        unsafe { (self.0.free)(p) }
    }
}

/// A string allocated with the task allocator, freed on drop: an 8-bit
/// `LPSTR` or a UTF-16 `LPWSTR`/`LPOLESTR`.
///
/// ```
/// use mapi_sys::value::{StrRef, TaskStr};
///
/// let s = TaskStr::unicode("http://example.org/")?;
/// let raw = s.into_raw(); // what a callee stores in its out-pointer
/// // SAFETY: a live Unicode string of the current task allocator.
/// let back = unsafe { TaskStr::from_raw(raw, true) }?.expect("non-null");
/// assert_eq!(back.to_string_lossy(), "http://example.org/");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct TaskStr {
    ptr: NonNull<c_void>,
    /// Characters of its width before the NUL.
    len: usize,
    unicode: bool,
    alloc: TaskAllocator,
}

// SAFETY: the block is owned and never shared; the allocator is callable
// from any thread.
unsafe impl Send for TaskStr {}
// SAFETY: shared access only reads the block.
unsafe impl Sync for TaskStr {}

impl TaskStr {
    /// A copy of `text` as an 8-bit string of the current task allocator.
    pub fn ansi(text: &str) -> Result<TaskStr, Hresult> {
        TaskStr::ansi_in(TaskAllocator::current(), &super::string_to_ansi(text))
    }

    /// A copy of `text` (its bytes) in a block of `alloc`.
    pub fn ansi_in(alloc: TaskAllocator, text: &CStr) -> Result<TaskStr, Hresult> {
        let bytes = text.to_bytes_with_nul();
        let ptr = alloc.block(bytes.len())?;
        // SAFETY: a fresh block of `bytes.len()` writable bytes.
        unsafe { core::ptr::copy_nonoverlapping(bytes.as_ptr(), ptr.as_ptr().cast(), bytes.len()) };
        Ok(TaskStr {
            ptr,
            len: bytes.len() - 1,
            unicode: false,
            alloc,
        })
    }

    /// A copy of `text` as a UTF-16 string of the current task allocator.
    pub fn unicode(text: &str) -> Result<TaskStr, Hresult> {
        TaskStr::unicode_in(TaskAllocator::current(), text)
    }

    /// A copy of `text` as UTF-16 in a block of `alloc`.
    pub fn unicode_in(alloc: TaskAllocator, text: &str) -> Result<TaskStr, Hresult> {
        let units: Vec<u16> = text.encode_utf16().chain([0]).collect();
        let cb = units.len().checked_mul(2).ok_or_else(no_memory)?;
        let ptr = alloc.block(cb)?;
        // SAFETY: a fresh block of `cb` writable bytes, aligned for `u16`.
        unsafe {
            core::ptr::copy_nonoverlapping(units.as_ptr(), ptr.as_ptr().cast::<u16>(), units.len())
        };
        Ok(TaskStr {
            ptr,
            len: units.len() - 1,
            unicode: true,
            alloc,
        })
    }

    /// Takes ownership of a string a callee returned, allocated with the
    /// current task allocator; `None` for null. One that cannot be read
    /// ([`StrRef::from_raw`]'s errors) is freed and the error returned.
    ///
    /// # Safety
    /// As for [`TaskStr::from_raw_in`] with [`TaskAllocator::current`].
    pub unsafe fn from_raw(ptr: *mut c_void, unicode: bool) -> Result<Option<TaskStr>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskStr::from_raw_in(TaskAllocator::current(), ptr, unicode) }
    }

    /// Takes ownership of a string in a block of `alloc`; `None` for null.
    ///
    /// # Safety
    /// `ptr` must be null or a live block of `alloc` holding a
    /// NUL-terminated string of that width (or at least
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) readable characters) that
    /// nothing else frees or writes.
    pub unsafe fn from_raw_in(
        alloc: TaskAllocator,
        ptr: *mut c_void,
        unicode: bool,
    ) -> Result<Option<TaskStr>, ViewError> {
        let Some(nn) = NonNull::new(ptr) else {
            return Ok(None);
        };
        // SAFETY: the caller's contract: a string of that width.
        match unsafe { StrRef::from_raw(ptr.cast_const().cast(), unicode) } {
            Ok(s) => Ok(Some(TaskStr {
                ptr: nn,
                len: s.map_or(0, |s| s.len()),
                unicode,
                alloc,
            })),
            Err(e) => {
                // SAFETY: owned from here (the contract), and unusable.
                unsafe { alloc.free(ptr) };
                Err(e)
            }
        }
    }

    /// Whether it is UTF-16.
    pub fn is_unicode(&self) -> bool {
        self.unicode
    }

    /// A view of the string.
    pub fn as_str_ref(&self) -> StrRef<'_> {
        // SAFETY: checked at creation: `len` characters of that width before
        // a NUL, owned by `self` and unchanged.
        unsafe { StrRef::from_checked(self.ptr.as_ptr(), self.len, self.unicode) }
    }

    /// The text, as [`StrRef::to_string_lossy`] gives it.
    pub fn to_string_lossy(&self) -> String {
        self.as_str_ref().to_string_lossy().into_owned()
    }

    /// Hands the string over: the receiver frees it with the task
    /// allocator's free (`CoTaskMemFree`).
    pub fn into_raw(self) -> *mut c_void {
        let p = self.ptr.as_ptr();
        core::mem::forget(self);
        p
    }

    /// The 8-bit pointer, for an `LPSTR` out-parameter.
    pub fn as_ansi_ptr(&self) -> *const CHAR {
        self.ptr.as_ptr().cast()
    }

    /// The UTF-16 pointer, for an `LPWSTR` out-parameter.
    pub fn as_unicode_ptr(&self) -> *const WCHAR {
        self.ptr.as_ptr().cast()
    }
}

impl Drop for TaskStr {
    fn drop(&mut self) {
        // SAFETY: owned, and not used after.
        unsafe { self.alloc.free(self.ptr.as_ptr()) }
    }
}

impl fmt::Debug for TaskStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("TaskStr").field(&self.as_str_ref()).finish()
    }
}

impl fmt::Display for TaskStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_string_lossy())
    }
}

impl PartialEq<str> for TaskStr {
    fn eq(&self, other: &str) -> bool {
        self.to_string_lossy() == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::testing::TaskCounter;

    #[test]
    fn strings_round_trip_through_a_counting_task_allocator() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        for (text, unicode) in [("GetURL", false), ("Grüße ✉", true), ("", true)] {
            let s = if unicode {
                TaskStr::unicode_in(alloc, text)
            } else {
                TaskStr::ansi_in(alloc, &crate::value::string_to_ansi(text))
            }
            .expect("allocated");
            assert_eq!(counter.live_blocks(), 1);
            let raw = s.into_raw();
            // SAFETY: a live string of `alloc` of that width.
            let back = unsafe { TaskStr::from_raw_in(alloc, raw, unicode) }
                .expect("readable")
                .expect("non-null");
            assert_eq!(back.to_string_lossy(), text);
            assert_eq!(back.is_unicode(), unicode);
            drop(back);
            assert_eq!(counter.live_blocks(), 0);
        }
    }

    #[test]
    fn an_unterminated_string_is_an_error_and_freed() {
        let counter = TaskCounter::new();
        let alloc = counter.allocator();
        let len = crate::value::MAX_STRING_LEN + 1;
        let block = alloc.block(len).expect("allocated").as_ptr();
        // SAFETY: a fresh block of `len` writable bytes.
        unsafe { core::ptr::write_bytes(block.cast::<u8>(), b'a', len) };
        // SAFETY: a live block of `alloc` with no NUL within the limit.
        let read = unsafe { TaskStr::from_raw_in(alloc, block, false) };
        assert_eq!(read.map(|_| ()), Err(ViewError::Unterminated));
        assert_eq!(
            counter.live_blocks(),
            0,
            "the owner frees what it cannot read"
        );
        // SAFETY: null.
        let none = unsafe { TaskStr::from_raw_in(alloc, core::ptr::null_mut(), true) };
        assert!(none.expect("null is no error").is_none());
    }

    #[test]
    fn a_failed_allocation_is_out_of_memory() {
        let counter = TaskCounter::new();
        counter.fail_next(true);
        assert!(TaskStr::unicode_in(counter.allocator(), "x").is_err());
        assert_eq!(counter.live_blocks(), 0);
    }
}
