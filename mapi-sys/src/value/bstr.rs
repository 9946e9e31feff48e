//! `BSTR`, OLE automation's string: UTF-16 behind a 4-byte length prefix
//! (in bytes), NUL-terminated, allocated with `SysAllocStringLen` and freed
//! with `SysFreeString`; null is the empty string. An owned [`Bstr`], a view
//! of a caller's ([`BstrRef`]), and the allocator pair ([`BstrAllocator`]),
//! which the tests replace with a counting one
//! ([`testing::BstrCounter`](super::testing::BstrCounter)).

use super::pair::{Installed, Pair};
use super::{MAX_STRING_LEN, ViewError, no_memory};
use crate::{Hresult, MAPI_E_INVALID_PARAMETER, WCHAR};
use core::fmt;
use core::ptr::null_mut;

/// Makes a `BSTR` of `len` UTF-16 units copied from `src` (or left
/// uninitialized when `src` is null), or returns null (`SysAllocStringLen`).
pub type BstrAlloc = unsafe extern "system" fn(src: *const WCHAR, len: u32) -> *mut WCHAR;
/// Frees a `BSTR`; null is ignored (`SysFreeString`).
pub type BstrFree = unsafe extern "system" fn(bstr: *mut WCHAR);

/// A handle on the `BSTR` allocator: `SysAllocStringLen`/`SysFreeString`
/// of `oleaut32.dll` on Windows; elsewhere (tests of both sides in one
/// process) the same layout over the C library's `malloc`/`free`. A process
/// may install another pair once, before any use
/// ([`BstrAllocator::install`]).
#[derive(Clone, Copy)]
pub struct BstrAllocator(Pair<BstrAlloc, BstrFree>);

impl fmt::Debug for BstrAllocator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.debug("BstrAllocator", f)
    }
}

static INSTALLED: Installed<BstrAlloc, BstrFree> = Installed::new();

/// The system's pair (see [`BstrAllocator`]'s docs).
pub(crate) const SYSTEM: Pair<BstrAlloc, BstrFree> = Pair {
    alloc: system::SysAllocStringLen,
    free: system::SysFreeString,
};

#[cfg(windows)]
mod system {
    use crate::WCHAR;
    #[link(name = "oleaut32")]
    unsafe extern "system" {
        pub(super) fn SysAllocStringLen(src: *const WCHAR, len: u32) -> *mut WCHAR;
        pub(super) fn SysFreeString(bstr: *mut WCHAR);
    }
}

#[cfg(not(windows))]
mod system {
    use crate::WCHAR;
    use core::ffi::c_void;
    unsafe extern "C" {
        fn malloc(size: usize) -> *mut c_void;
        fn free(ptr: *mut c_void);
    }
    // oleaut32's layout: a u32 byte length, the units, a NUL unit; the
    // pointer handed out is to the first unit.
    #[allow(non_snake_case)]
    pub(super) unsafe extern "system" fn SysAllocStringLen(
        src: *const WCHAR,
        len: u32,
    ) -> *mut WCHAR {
        let Some(bytes) = (len as usize)
            .checked_mul(2)
            .filter(|b| *b <= u32::MAX as usize)
        else {
            return core::ptr::null_mut();
        };
        // SAFETY: `malloc` takes any size and returns null on failure.
        let block = unsafe { malloc(4 + bytes + 2) }.cast::<u32>();
        if block.is_null() {
            return core::ptr::null_mut();
        }
        // SAFETY: a fresh block of 4 + bytes + 2 bytes, aligned for u32;
        // `src` (when not null) has `len` readable units (the contract).
        unsafe {
            block.write(bytes as u32);
            let text = block.add(1).cast::<WCHAR>();
            if !src.is_null() {
                core::ptr::copy_nonoverlapping(src, text, len as usize);
            }
            text.add(len as usize).write(0);
            text
        }
    }
    #[allow(non_snake_case)]
    pub(super) unsafe extern "system" fn SysFreeString(bstr: *mut WCHAR) {
        if !bstr.is_null() {
            // SAFETY: a string of `SysAllocStringLen` above: its block starts
            // at the length prefix.
            unsafe { free(bstr.cast::<u32>().sub(1).cast()) }
        }
    }
}

impl BstrAllocator {
    /// The pair made of two functions.
    ///
    /// # Safety
    /// `alloc(src, len)` must return null or a `BSTR` laid out as oleaut32
    /// lays it out (a `u32` byte length before the pointer, `len` units
    /// copied from a non-null `src`, a NUL unit after), `free` free such a
    /// string (and ignore null), both callable from any thread for as long
    /// as the handle is used.
    pub const unsafe fn new(alloc: BstrAlloc, free: BstrFree) -> BstrAllocator {
        BstrAllocator(Pair { alloc, free })
    }

    /// The system's pair (see the type's docs).
    pub fn system() -> BstrAllocator {
        BstrAllocator(SYSTEM)
    }

    /// The installed pair, or the system's: what generated code allocates
    /// and frees `BSTR`s with.
    pub fn current() -> BstrAllocator {
        BstrAllocator(INSTALLED.current(SYSTEM))
    }

    /// Makes `self` the process's `BSTR` allocator. Returns `false` (and
    /// changes nothing) when one was installed already, unless it is the
    /// same pair.
    ///
    /// # Safety
    /// As for [`TaskAllocator::install`](super::TaskAllocator::install):
    /// only a pair that frees the other's strings.
    pub unsafe fn install(self) -> bool {
        INSTALLED.install(self.0)
    }
}

/// The number of UTF-16 units of a caller's `BSTR` (`SysStringLen`), from
/// its prefix: an odd byte length, or more than [`MAX_STRING_LEN`] units,
/// is an error, as is a pointer misaligned for UTF-16.
///
/// # Safety
/// `ptr` must be non-null with 4 readable bytes before it.
unsafe fn units(ptr: *const WCHAR) -> Result<usize, ViewError> {
    if !ptr.is_aligned() {
        return Err(ViewError::Misaligned);
    }
    // SAFETY: the prefix (the contract), read unaligned.
    let bytes = unsafe { ptr.cast::<u32>().sub(1).read_unaligned() } as usize;
    if bytes % 2 != 0 {
        return Err(ViewError::Malformed);
    }
    if bytes / 2 > MAX_STRING_LEN {
        return Err(ViewError::TooLarge);
    }
    Ok(bytes / 2)
}

/// An owned `BSTR`, freed on drop with the allocator that made it unless
/// handed over ([`Bstr::into_raw`]). The empty string may be null.
///
/// ```
/// use mapi_sys::value::{Bstr, testing::BstrCounter};
///
/// let counter = BstrCounter::install();
/// let s = Bstr::new("cid:logo")?;
/// assert_eq!(s.len(), 8);
/// assert_eq!(s.to_string_lossy(), "cid:logo");
/// assert_eq!(counter.live_strings(), 1);
/// drop(s);
/// assert_eq!(counter.live_strings(), 0);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
pub struct Bstr {
    ptr: *mut WCHAR,
    alloc: BstrAllocator,
}

// SAFETY: a `Bstr` owns its string; the allocator pair is callable from any
// thread (the contract of `BstrAllocator::new`).
unsafe impl Send for Bstr {}
// SAFETY: shared access only reads the string.
unsafe impl Sync for Bstr {}

impl Bstr {
    /// `units` copied into a `BSTR` of `alloc`; more than
    /// [`MAX_STRING_LEN`] units is `MAPI_E_INVALID_PARAMETER`, a failed
    /// allocation `MAPI_E_NOT_ENOUGH_MEMORY`.
    pub fn from_wide_in(alloc: BstrAllocator, units: &[u16]) -> Result<Bstr, Hresult> {
        if units.len() > MAX_STRING_LEN {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        // SAFETY: `units.len()` readable units; the pair keeps `new`'s
        // contract.
        let ptr = unsafe { (alloc.0.alloc)(units.as_ptr(), units.len() as u32) };
        if ptr.is_null() {
            return Err(no_memory());
        }
        Ok(Bstr { ptr, alloc })
    }

    /// [`Bstr::from_wide_in`] with the current allocator.
    pub fn from_wide(units: &[u16]) -> Result<Bstr, Hresult> {
        Bstr::from_wide_in(BstrAllocator::current(), units)
    }

    /// `text` as UTF-16 in a `BSTR` of the current allocator.
    pub fn new(text: &str) -> Result<Bstr, Hresult> {
        Bstr::from_wide(&text.encode_utf16().collect::<Vec<u16>>())
    }

    /// The null `BSTR`: the empty string, owning nothing.
    pub fn empty() -> Bstr {
        Bstr {
            ptr: null_mut(),
            alloc: BstrAllocator::current(),
        }
    }

    /// The UTF-16 units, without the NUL.
    pub fn as_wide(&self) -> &[u16] {
        if self.ptr.is_null() {
            return &[];
        }
        // SAFETY: a string of this allocator, made by `from_wide_in` or
        // checked by `adopt_in`: its prefix gives its readable units.
        unsafe {
            let n = units(self.ptr).unwrap_or(0);
            core::slice::from_raw_parts(self.ptr, n)
        }
    }

    /// The number of UTF-16 units (`SysStringLen`).
    pub fn len(&self) -> usize {
        self.as_wide().len()
    }

    /// Whether the string is empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The text, with unpaired surrogates replaced.
    pub fn to_string_lossy(&self) -> String {
        String::from_utf16_lossy(self.as_wide())
    }

    /// The `BSTR` for an `[in] BSTR` argument: lent, still owned by `self`.
    pub fn as_raw(&self) -> *mut WCHAR {
        self.ptr
    }

    /// Hands the string over: the receiver frees it (`SysFreeString`).
    pub fn into_raw(self) -> *mut WCHAR {
        let p = self.ptr;
        core::mem::forget(self);
        p
    }

    /// The string in a `BSTR` of the current allocator, as a callee hands
    /// it over: `self` when the current allocator made it, else a copy.
    pub fn into_current(self) -> Result<Bstr, Hresult> {
        let now = BstrAllocator::current();
        if now.0.same(&self.alloc.0) || self.ptr.is_null() {
            return Ok(self);
        }
        Bstr::from_wide_in(now, self.as_wide())
    }

    /// Takes ownership of a `BSTR` a callee returned, to be freed with
    /// `alloc`; null is the empty string. A string whose prefix is odd or
    /// too large, or a misaligned pointer, is freed at once and an error.
    ///
    /// # Safety
    /// `ptr` must be null or a live `BSTR` of `alloc`, owned from here.
    pub unsafe fn adopt_in(alloc: BstrAllocator, ptr: *mut WCHAR) -> Result<Bstr, ViewError> {
        let owned = Bstr { ptr, alloc };
        if !ptr.is_null() {
            // SAFETY: a `BSTR` (the contract) has its prefix before it.
            unsafe { units(ptr) }?;
        }
        Ok(owned)
    }

    /// [`Bstr::adopt_in`] with the current allocator.
    ///
    /// # Safety
    /// As for [`Bstr::adopt_in`] with [`BstrAllocator::current`].
    pub unsafe fn adopt(ptr: *mut WCHAR) -> Result<Bstr, ViewError> {
        // SAFETY: forwarded.
        unsafe { Bstr::adopt_in(BstrAllocator::current(), ptr) }
    }
}

impl Drop for Bstr {
    fn drop(&mut self) {
        if !self.ptr.is_null() {
            // SAFETY: a string of this allocator, owned and unused after.
            unsafe { (self.alloc.0.free)(self.ptr) };
        }
    }
}

impl fmt::Debug for Bstr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_string_lossy(), f)
    }
}

impl PartialEq for Bstr {
    fn eq(&self, other: &Bstr) -> bool {
        self.as_wide() == other.as_wide()
    }
}

impl Eq for Bstr {}

impl PartialEq<str> for Bstr {
    fn eq(&self, other: &str) -> bool {
        self.as_wide().iter().copied().eq(other.encode_utf16())
    }
}

impl PartialEq<&str> for Bstr {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

/// A view of a caller's `[in] BSTR`: its UTF-16 units, as long as its
/// prefix says (embedded NULs included); null is the empty string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BstrRef<'a> {
    units: &'a [u16],
}

impl<'a> BstrRef<'a> {
    /// The view of `ptr`: null is empty; a misaligned pointer, an odd byte
    /// length or more than [`MAX_STRING_LEN`] units is an error.
    ///
    /// # Safety
    /// `ptr` must be null or a `BSTR`: 4 readable bytes before it and as
    /// many readable bytes after as they say, unchanged for `'a`.
    pub unsafe fn from_raw(ptr: *const WCHAR) -> Result<BstrRef<'a>, ViewError> {
        if ptr.is_null() {
            return Ok(BstrRef { units: &[] });
        }
        // SAFETY: the prefix, then the units it counts (the contract).
        unsafe {
            let n = units(ptr)?;
            Ok(BstrRef {
                units: core::slice::from_raw_parts(ptr, n),
            })
        }
    }

    /// The UTF-16 units, without the NUL.
    pub fn as_wide(&self) -> &'a [u16] {
        self.units
    }

    /// The text, with unpaired surrogates replaced.
    pub fn to_string_lossy(&self) -> String {
        String::from_utf16_lossy(self.units)
    }

    /// An owned copy, in a `BSTR` of the current allocator.
    pub fn to_bstr(&self) -> Result<Bstr, Hresult> {
        Bstr::from_wide(self.units)
    }
}

impl PartialEq<str> for BstrRef<'_> {
    fn eq(&self, other: &str) -> bool {
        self.units.iter().copied().eq(other.encode_utf16())
    }
}

impl PartialEq<&str> for BstrRef<'_> {
    fn eq(&self, other: &&str) -> bool {
        *self == **other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::testing::BstrCounter;

    #[test]
    fn strings_round_trip_and_are_freed_once() {
        let counter = BstrCounter::new();
        let alloc = counter.allocator();
        let s = Bstr::from_wide_in(alloc, &[0x68, 0, 0xD800, 0x69]).expect("made");
        assert_eq!(s.len(), 4, "embedded NULs and unpaired surrogates are kept");
        // SAFETY: a live BSTR.
        let view = unsafe { BstrRef::from_raw(s.as_raw()) }.expect("a view");
        assert_eq!(view.as_wide(), [0x68, 0, 0xD800, 0x69]);
        let raw = s.into_raw();
        assert_eq!(counter.live_strings(), 1);
        // SAFETY: handed over above, owned from here.
        let back = unsafe { Bstr::adopt_in(alloc, raw) }.expect("adopted");
        assert_eq!(back.to_string_lossy(), "h\0\u{FFFD}i");
        drop(back);
        assert_eq!(counter.live_strings(), 0);
        // SAFETY: null is the empty string.
        assert_eq!(
            unsafe { BstrRef::from_raw(core::ptr::null()) },
            Ok(BstrRef { units: &[] })
        );
        assert!(Bstr::empty().is_empty());
        counter.fail_next(true);
        assert_eq!(Bstr::from_wide_in(alloc, &[1]), Err(no_memory()));
    }

    #[test]
    fn hostile_prefixes_are_errors_and_adopted_strings_still_freed() {
        let counter = BstrCounter::new();
        let alloc = counter.allocator();
        // An odd byte length, then one beyond the limit, written over a
        // string of the allocator.
        for (prefix, err) in [
            (3u32, ViewError::Malformed),
            (u32::MAX - 1, ViewError::TooLarge),
        ] {
            let raw = Bstr::from_wide_in(alloc, &[1, 2]).expect("made").into_raw();
            // SAFETY: the prefix of a live BSTR, written in place.
            unsafe { raw.cast::<u32>().sub(1).write(prefix) };
            // SAFETY: as the view's contract asks, but for the prefix.
            assert_eq!(unsafe { BstrRef::from_raw(raw) }, Err(err));
            // SAFETY: owned from here; freed although unreadable.
            assert_eq!(unsafe { Bstr::adopt_in(alloc, raw) }.map(|_| ()), Err(err));
        }
        assert_eq!(counter.live_strings(), 0);
        // A misaligned pointer is refused before its prefix is read.
        let words = [4u32, 0x0062_0061, 0];
        // SAFETY: misalignment is what is checked; nothing is read.
        let odd = unsafe { words.as_ptr().cast::<u8>().add(5).cast::<WCHAR>() };
        // SAFETY: as above.
        assert_eq!(
            unsafe { BstrRef::from_raw(odd) },
            Err(ViewError::Misaligned)
        );
    }
}
