//! MAPI memory: the three allocator functions the host passed to
//! `MSProviderInit`, behind a small safe wrapper.
//!
//! Everything this provider hands to a caller to free (property arrays,
//! entry identifiers, rows, `MAPIERROR`s, strings) is allocated here: one
//! root block from `MAPIAllocateBuffer` ([`Allocator::buffer`]) with every
//! piece it points to chained to it by `MAPIAllocateMore`
//! ([`Buffer::more`]), so that one `MAPIFreeBuffer` frees it all. A
//! [`Buffer`] frees itself when dropped, so an error halfway through
//! building a result leaks nothing; [`Buffer::into_raw`] hands it over.
//!
//! Writes go through [`Region`], a bounds-checked window on a block, so
//! the rest of the provider fills MAPI structures without `unsafe`.

use core::ffi::c_void;
use core::marker::PhantomData;
use core::ptr::NonNull;
use mapi_sys::{
    ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER, Hresult, LPALLOCATEBUFFER, LPALLOCATEMORE,
    LPFREEBUFFER, MAPI_E_NOT_ENOUGH_MEMORY, ULONG,
};

/// The host's `MAPIAllocateBuffer`, `MAPIAllocateMore` and `MAPIFreeBuffer`.
#[derive(Clone, Copy)]
pub struct Allocator {
    allocate_buffer: ALLOCATEBUFFER,
    allocate_more: ALLOCATEMORE,
    free_buffer: FREEBUFFER,
}

impl core::fmt::Debug for Allocator {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Allocator").finish_non_exhaustive()
    }
}

/// The size of a request as the allocators take it, or
/// `MAPI_E_NOT_ENOUGH_MEMORY` past 4 GiB. Zero-sized requests get one byte,
/// so every block has an address of its own.
fn request_size(size: usize) -> Result<ULONG, Hresult> {
    ULONG::try_from(size.max(1)).map_err(|_| Hresult(MAPI_E_NOT_ENOUGH_MEMORY))
}

impl Allocator {
    /// The allocator made of the host's three functions; `None` if any of
    /// them is missing.
    pub fn new(
        allocate_buffer: LPALLOCATEBUFFER,
        allocate_more: LPALLOCATEMORE,
        free_buffer: LPFREEBUFFER,
    ) -> Option<Allocator> {
        Some(Allocator {
            allocate_buffer: allocate_buffer?,
            allocate_more: allocate_more?,
            free_buffer: free_buffer?,
        })
    }

    /// The same three functions as the value layer's allocator, for the
    /// generated thunks.
    pub fn mapi(&self) -> mapi_sys::value::Allocator {
        // SAFETY: the host's three functions, as `MSProviderInit` passed
        // them: a matching set with MAPI's contract for the provider's life.
        unsafe {
            mapi_sys::value::Allocator::new(
                self.allocate_buffer,
                self.allocate_more,
                self.free_buffer,
            )
        }
    }

    /// A new zero-filled root block of `size` bytes (`MAPIAllocateBuffer`).
    pub fn buffer(&self, size: usize) -> Result<Buffer<'_>, Hresult> {
        let request = request_size(size)?;
        let mut out: *mut c_void = core::ptr::null_mut();
        // SAFETY: `allocate_buffer` is the host's MAPIAllocateBuffer; `out` is
        // a valid place for the result.
        let sc = unsafe { (self.allocate_buffer)(request, &mut out) };
        let ptr = checked(sc, out)?;
        // SAFETY: the host just gave us `request` (>= size) writable bytes.
        unsafe { core::ptr::write_bytes(ptr.as_ptr(), 0, request as usize) };
        Ok(Buffer {
            alloc: self,
            region: Region {
                ptr,
                size,
                _borrow: PhantomData,
            },
        })
    }

    /// Frees a root block that the host allocated with these allocators
    /// and handed to the provider (the wrapped entry identifier of
    /// `IMAPISupport::WrapStoreEntryID`, for instance).
    ///
    /// # Safety
    /// `p` must be null or a root block from this `MAPIAllocateBuffer`,
    /// not used afterwards.
    pub unsafe fn free(&self, p: *mut c_void) {
        if !p.is_null() {
            // SAFETY: the caller vouches for `p`.
            unsafe { (self.free_buffer)(p) };
        }
    }

    /// A root block holding a copy of `data`.
    pub fn bytes(&self, data: &[u8]) -> Result<Buffer<'_>, Hresult> {
        let buffer = self.buffer(data.len())?;
        buffer.region().put_bytes(0, data)?;
        Ok(buffer)
    }

    /// A root block holding `text` as a NUL-terminated string, UTF-16 when
    /// `unicode`, else 8-bit (see [`crate::props::to_ansi`]).
    pub fn string(&self, text: &str, unicode: bool) -> Result<Buffer<'_>, Hresult> {
        self.bytes(&crate::props::encode_text(text, unicode))
    }
}

/// The block an allocator call returned, or the failure it reported.
fn checked(sc: i32, out: *mut c_void) -> Result<NonNull<u8>, Hresult> {
    if sc < 0 {
        return Err(Hresult(sc));
    }
    NonNull::new(out.cast::<u8>()).ok_or(Hresult(MAPI_E_NOT_ENOUGH_MEMORY))
}

/// A root block from `MAPIAllocateBuffer`, owned: freed (with every block
/// chained to it) when dropped, unless handed over with
/// [`Buffer::into_raw`].
pub struct Buffer<'a> {
    alloc: &'a Allocator,
    region: Region<'static>,
}

impl core::fmt::Debug for Buffer<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Buffer")
            .field("ptr", &self.region.ptr)
            .field("size", &self.region.size)
            .finish()
    }
}

impl<'a> Buffer<'a> {
    /// The whole block, for writing.
    pub fn region(&self) -> Region<'_> {
        Region {
            ptr: self.region.ptr,
            size: self.region.size,
            _borrow: PhantomData,
        }
    }

    /// The block's address.
    pub fn as_ptr(&self) -> *mut u8 {
        self.region.ptr.as_ptr()
    }

    /// A new zero-filled block of `size` bytes chained to this one
    /// (`MAPIAllocateMore`): it is freed with it.
    pub fn more(&self, size: usize) -> Result<Region<'_>, Hresult> {
        let request = request_size(size)?;
        let mut out: *mut c_void = core::ptr::null_mut();
        // SAFETY: `allocate_more` is the host's MAPIAllocateMore, the parent
        // is a live root block from its MAPIAllocateBuffer, `out` is valid.
        let sc = unsafe { (self.alloc.allocate_more)(request, self.as_ptr().cast(), &mut out) };
        let ptr = checked(sc, out)?;
        // SAFETY: the host just gave us `request` (>= size) writable bytes.
        unsafe { core::ptr::write_bytes(ptr.as_ptr(), 0, request as usize) };
        Ok(Region {
            ptr,
            size,
            _borrow: PhantomData,
        })
    }

    /// A chained block holding a copy of `data`; its address.
    pub fn more_bytes(&self, data: &[u8]) -> Result<*mut u8, Hresult> {
        let region = self.more(data.len())?;
        region.put_bytes(0, data)?;
        Ok(region.ptr())
    }

    /// A chained NUL-terminated UTF-16 copy of `text`; its address.
    pub fn more_wide(&self, text: &str) -> Result<*mut u16, Hresult> {
        Ok(self
            .more_bytes(&crate::props::encode_text(text, true))?
            .cast())
    }

    /// A chained NUL-terminated 8-bit copy of `text`; its address.
    pub fn more_ansi(&self, text: &str) -> Result<*mut i8, Hresult> {
        Ok(self
            .more_bytes(&crate::props::encode_text(text, false))?
            .cast())
    }

    /// Hands the block over to the caller, who frees it with
    /// `MAPIFreeBuffer`.
    pub fn into_raw(self) -> *mut c_void {
        let p = self.as_ptr().cast();
        core::mem::forget(self);
        p
    }
}

impl Drop for Buffer<'_> {
    fn drop(&mut self) {
        // SAFETY: the block came from this allocator's MAPIAllocateBuffer and
        // was not handed over (`into_raw` forgets `self`).
        unsafe { (self.alloc.free_buffer)(self.as_ptr().cast()) };
    }
}

/// A writable window on a block of MAPI memory owned by a live [`Buffer`];
/// every write is bounds-checked.
#[derive(Clone, Copy)]
pub struct Region<'b> {
    ptr: NonNull<u8>,
    size: usize,
    _borrow: PhantomData<&'b ()>,
}

impl Region<'_> {
    /// The start of the region.
    pub fn ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The size of the region in bytes.
    pub fn size(&self) -> usize {
        self.size
    }

    /// The address `offset` bytes in, where a `T` fits entirely.
    pub fn at<T>(&self, offset: usize) -> Result<*mut T, Hresult> {
        let end = offset
            .checked_add(core::mem::size_of::<T>())
            .ok_or(Hresult(MAPI_E_NOT_ENOUGH_MEMORY))?;
        if end > self.size {
            return Err(Hresult(mapi_sys::MAPI_E_CALL_FAILED));
        }
        // SAFETY: `offset + size_of::<T>() <= size`, inside the block.
        Ok(unsafe { self.ptr.as_ptr().add(offset) }.cast())
    }

    /// Writes `value` at `offset` (unaligned writes are fine: MAPI blocks are
    /// 8-aligned anyway, and the region may be an odd slice of one).
    pub fn put<T: Copy>(&self, offset: usize, value: T) -> Result<(), Hresult> {
        let p = self.at::<T>(offset)?;
        // SAFETY: `at` checked that a `T` fits at `p`, inside memory this
        // provider allocated and still owns (the region borrows its buffer).
        unsafe { p.write_unaligned(value) };
        Ok(())
    }

    /// Copies `data` to `offset`.
    pub fn put_bytes(&self, offset: usize, data: &[u8]) -> Result<(), Hresult> {
        let end = offset
            .checked_add(data.len())
            .ok_or(Hresult(MAPI_E_NOT_ENOUGH_MEMORY))?;
        if end > self.size {
            return Err(Hresult(mapi_sys::MAPI_E_CALL_FAILED));
        }
        // SAFETY: `offset + len <= size`; `data` cannot overlap memory we
        // allocated and own.
        unsafe {
            core::ptr::copy_nonoverlapping(data.as_ptr(), self.ptr.as_ptr().add(offset), data.len())
        };
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! A counting allocator for unit tests: every live block and the blocks
    //! chained to it, freed together.

    use super::*;
    use std::collections::HashMap;
    use std::sync::Mutex;

    struct Block {
        layout: std::alloc::Layout,
        parent: Option<usize>,
    }

    static BLOCKS: Mutex<Option<HashMap<usize, Block>>> = Mutex::new(None);

    fn with<R>(f: impl FnOnce(&mut HashMap<usize, Block>) -> R) -> R {
        let mut guard = BLOCKS.lock().unwrap_or_else(|e| e.into_inner());
        f(guard.get_or_insert_with(HashMap::new))
    }

    fn raw_alloc(size: ULONG, parent: Option<usize>) -> *mut c_void {
        let Ok(layout) = std::alloc::Layout::from_size_align(size.max(1) as usize, 8) else {
            return core::ptr::null_mut();
        };
        // SAFETY: the layout has a non-zero size.
        let p = unsafe { std::alloc::alloc(layout) };
        if !p.is_null() {
            with(|m| m.insert(p as usize, Block { layout, parent }));
        }
        p.cast()
    }

    unsafe extern "system" fn allocate_buffer(size: ULONG, out: *mut *mut c_void) -> i32 {
        let p = raw_alloc(size, None);
        // SAFETY: the caller passes a valid out-pointer.
        unsafe { out.write(p) };
        if p.is_null() {
            MAPI_E_NOT_ENOUGH_MEMORY
        } else {
            0
        }
    }

    unsafe extern "system" fn allocate_more(
        size: ULONG,
        parent: *mut c_void,
        out: *mut *mut c_void,
    ) -> i32 {
        let known = with(|m| {
            m.get(&(parent as usize))
                .is_some_and(|b| b.parent.is_none())
        });
        if !known {
            return mapi_sys::MAPI_E_INVALID_PARAMETER;
        }
        let p = raw_alloc(size, Some(parent as usize));
        // SAFETY: the caller passes a valid out-pointer.
        unsafe { out.write(p) };
        if p.is_null() {
            MAPI_E_NOT_ENOUGH_MEMORY
        } else {
            0
        }
    }

    unsafe extern "system" fn free_buffer(p: *mut c_void) -> ULONG {
        if p.is_null() {
            return 0;
        }
        let freed: Vec<(usize, std::alloc::Layout)> = with(|m| {
            let root = p as usize;
            if m.get(&root).is_none_or(|b| b.parent.is_some()) {
                // Not a root block: refuse, and the test sees it still live.
                return Vec::new();
            }
            let keys: Vec<usize> = m
                .iter()
                .filter(|(k, b)| **k == root || b.parent == Some(root))
                .map(|(k, _)| *k)
                .collect();
            keys.into_iter()
                .filter_map(|k| m.remove(&k).map(|b| (k, b.layout)))
                .collect()
        });
        for (addr, layout) in freed {
            // SAFETY: allocated by `raw_alloc` with this layout, freed once.
            unsafe { std::alloc::dealloc(addr as *mut u8, layout) };
        }
        0
    }

    /// The counting allocator.
    pub(crate) fn allocator() -> Allocator {
        Allocator {
            allocate_buffer,
            allocate_more,
            free_buffer,
        }
    }

    /// Frees a root block handed out by the code under test.
    pub(crate) fn free(p: *mut c_void) {
        // SAFETY: the tests pass blocks this allocator handed out.
        unsafe { free_buffer(p) };
    }

    /// Whether `p` is a live block.
    pub(crate) fn is_live(p: *const c_void) -> bool {
        with(|m| m.contains_key(&(p as usize)))
    }
}

#[cfg(test)]
mod tests {
    use super::testing::*;

    #[test]
    fn a_dropped_buffer_frees_its_chained_blocks_and_into_raw_keeps_them() {
        let a = allocator();
        let buffer = a.buffer(16).expect("buffer");
        let root = buffer.as_ptr();
        let more = buffer.more(4).expect("more").ptr();
        assert!(is_live(root.cast()) && is_live(more.cast()));
        drop(buffer);
        assert!(!is_live(root.cast()) && !is_live(more.cast()));

        let buffer = a.bytes(b"abc").expect("bytes");
        let chained = buffer.more_wide("hé").expect("wide");
        let raw = buffer.into_raw();
        assert!(is_live(raw) && is_live(chained.cast()));
        // SAFETY: 3 bytes were copied there, and 3 UTF-16 units (with NUL).
        let (bytes, wide) = unsafe {
            (
                core::slice::from_raw_parts(raw.cast::<u8>(), 3),
                core::slice::from_raw_parts(chained, 3),
            )
        };
        assert_eq!(bytes, b"abc");
        assert_eq!(wide, [u16::from(b'h'), 0xE9, 0]);
        free(raw);
        assert!(!is_live(raw) && !is_live(chained.cast()));
    }

    #[test]
    fn writes_are_bounds_checked() {
        let a = allocator();
        let buffer = a.buffer(8).expect("buffer");
        let r = buffer.region();
        assert!(r.put(4, 7u32).is_ok());
        assert!(r.put(5, 7u32).is_err());
        assert!(r.put_bytes(6, b"abc").is_err());
        assert!(r.put(usize::MAX, 1u8).is_err());
    }
}
