//! The MAPI allocator triple ([`Allocator`]) and the owners of what it hands
//! out: [`Buffer`], a root block being filled, and [`MapiBuffer`], a
//! finished MAPI structure that frees itself on drop.

use super::no_memory;
use crate::{
    ADRLIST, ALLOCATEBUFFER, ALLOCATEMORE, CHAR, ComPtr, ENTRYID, FREEBUFFER, GUID, Hresult,
    IMAPISupport, LPALLOCATEBUFFER, LPALLOCATEMORE, LPFREEBUFFER, LPVOID, MAPIERROR, MAPIUID,
    SBinaryArray, SPropProblemArray, SPropTagArray, SPropValue, SRestriction, SRow, SRowSet,
    SSortOrderSet, ULONG, WCHAR,
};
use core::ffi::c_void;
use core::fmt;
use core::marker::PhantomData;
use core::ptr::{NonNull, addr_of};

/// The alignment every MAPI allocator guarantees (`MAPIAllocateBuffer`
/// blocks hold `SPropValue`s, which need 8).
pub(crate) const BLOCK_ALIGN: usize = 8;

/// A handle on MAPI's three memory functions, `MAPIAllocateBuffer`,
/// `MAPIAllocateMore` and `MAPIFreeBuffer`: what `MSProviderInit` receives
/// and `IMAPISupport::GetMemAllocRoutines` returns.
///
/// It is three function pointers, `Copy`, `Send` and `Sync`: keep one in the
/// provider object (or get it from the support object with
/// [`Allocator::from_support`]) and pass it to the writers. Every block it
/// hands out is zero-filled before use.
///
/// ```
/// use mapi_sys::value::testing::CountingAllocator;
///
/// let counting = CountingAllocator::new();
/// let alloc = counting.allocator(); // in a provider: from MSProviderInit's arguments
/// let mut buffer = alloc.buffer(16)?;
/// buffer.bytes_mut()[..4].copy_from_slice(b"MAPI");
/// let chained = buffer.more(8)?; // freed with `buffer`
/// chained[0] = 1;
/// assert_eq!(counting.live_blocks(), 2);
/// drop(buffer);
/// assert_eq!(counting.live_blocks(), 0);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
#[derive(Clone, Copy)]
pub struct Allocator {
    allocate_buffer: ALLOCATEBUFFER,
    allocate_more: ALLOCATEMORE,
    free_buffer: FREEBUFFER,
}

impl fmt::Debug for Allocator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Allocator")
            .field("allocate_buffer", &(self.allocate_buffer as *const ()))
            .field("allocate_more", &(self.allocate_more as *const ()))
            .field("free_buffer", &(self.free_buffer as *const ()))
            .finish()
    }
}

/// The size of a request as the allocators take it: at least one byte, so
/// every block has an address of its own, and at most `ULONG::MAX`.
fn request_size(size: usize) -> Result<ULONG, Hresult> {
    ULONG::try_from(size.max(1)).map_err(|_| no_memory())
}

impl Allocator {
    /// The allocator made of MAPI's three functions.
    ///
    /// # Safety
    /// The three must be a matching set with MAPI's contract, callable from
    /// any thread, concurrently, for as long as the handle (or any copy, or
    /// any buffer made from it) is used: `allocate_buffer(cb, &mut p)` stores in `p` a block
    /// of at least `cb` writable bytes aligned to 8, or fails with a negative
    /// `SCODE`; `allocate_more(cb, root, &mut p)` does the same with a block
    /// freed together with the live root block `root`; `free_buffer(root)`
    /// frees a root block and every block chained to it.
    pub const unsafe fn new(
        allocate_buffer: ALLOCATEBUFFER,
        allocate_more: ALLOCATEMORE,
        free_buffer: FREEBUFFER,
    ) -> Allocator {
        Allocator {
            allocate_buffer,
            allocate_more,
            free_buffer,
        }
    }

    /// The allocator made of the three pointers as `MSProviderInit` (and
    /// the other providers' entry points) receive them; `None` if one is
    /// null.
    ///
    /// # Safety
    /// As for [`Allocator::new`].
    pub unsafe fn from_optional(
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

    /// The allocator of a support object
    /// (`IMAPISupport::GetMemAllocRoutines`): how an object that keeps its
    /// `IMAPISupport` rather than the entry point's arguments reaches MAPI
    /// memory. `MAPI_E_CALL_FAILED` if it returns a null function.
    pub fn from_support(support: &ComPtr<IMAPISupport>) -> Result<Allocator, Hresult> {
        let (mut a, mut m, mut f): (LPALLOCATEBUFFER, LPALLOCATEMORE, LPFREEBUFFER) =
            (None, None, None);
        // SAFETY: `support` is a live IMAPISupport; the three out-pointers are
        // valid places for the call.
        let hr = unsafe {
            (support.vtable().GetMemAllocRoutines)(support.as_raw().cast(), &mut a, &mut m, &mut f)
        };
        Hresult(hr).ok()?;
        // SAFETY: a support object returns MAPI's own allocators, which keep
        // the contract of `Allocator::new` (the interface's contract).
        unsafe { Allocator::from_optional(a, m, f) }.ok_or(Hresult(crate::MAPI_E_CALL_FAILED))
    }

    /// MAPI's own allocator: `MAPIAllocateBuffer`, `MAPIAllocateMore` and
    /// `MAPIFreeBuffer` of `mapi32.dll`, the set a client gives the caller
    /// side (`alloc`) to adopt what MAPI's objects return, and frees with.
    /// Windows only.
    ///
    /// ```no_run
    /// # #[cfg(windows)] {
    /// use mapi_sys::value::Allocator;
    ///
    /// let mapi = Allocator::mapi32();
    /// let block = mapi.buffer(16)?; // freed with MAPIFreeBuffer on drop
    /// # }
    /// # Ok::<(), mapi_sys::Hresult>(())
    /// ```
    #[cfg(any(windows, doc))]
    pub fn mapi32() -> Allocator {
        // SAFETY: MAPI's three functions are the matching set
        // `Allocator::new` asks for: thread-safe, blocks aligned to 8,
        // chained blocks freed with their root (MAPI's contract).
        unsafe {
            Allocator::new(
                crate::MAPIAllocateBuffer,
                crate::MAPIAllocateMore,
                crate::MAPIFreeBuffer,
            )
        }
    }

    /// The three functions, to pass on (to another object's entry point,
    /// for instance).
    pub fn functions(&self) -> (ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER) {
        (self.allocate_buffer, self.allocate_more, self.free_buffer)
    }

    /// A new zero-filled root block of `size` bytes (`MAPIAllocateBuffer`).
    ///
    /// Fails with the allocator's code (`MAPI_E_NOT_ENOUGH_MEMORY`), or with
    /// `MAPI_E_NOT_ENOUGH_MEMORY` for a size beyond `ULONG`.
    pub fn buffer(&self, size: usize) -> Result<Buffer, Hresult> {
        let request = request_size(size)?;
        let mut out: LPVOID = core::ptr::null_mut();
        // SAFETY: the contract of `Allocator::new`; `out` is a valid place.
        let sc = unsafe { (self.allocate_buffer)(request, &mut out) };
        let ptr = self.checked(sc, out, request)?;
        Ok(Buffer {
            ptr,
            len: size,
            alloc: *self,
        })
    }

    /// A zero-filled block of `size` bytes chained to root block `root`.
    ///
    /// # Safety
    /// `root` must be a live root block of this allocator.
    unsafe fn more_raw(&self, root: NonNull<u8>, size: usize) -> Result<NonNull<u8>, Hresult> {
        let request = request_size(size)?;
        let mut out: LPVOID = core::ptr::null_mut();
        // SAFETY: the contract of `Allocator::new`; `root` is live (the
        // caller's contract); `out` is a valid place.
        let sc = unsafe { (self.allocate_more)(request, root.as_ptr().cast(), &mut out) };
        self.checked_more(sc, out, request)
    }

    /// The block an allocation returned, zero-filled, or why there is none.
    fn checked(&self, sc: i32, out: LPVOID, request: ULONG) -> Result<NonNull<u8>, Hresult> {
        if sc < 0 {
            return Err(Hresult(sc));
        }
        let ptr = NonNull::new(out.cast::<u8>()).ok_or_else(no_memory)?;
        if ptr.as_ptr().align_offset(BLOCK_ALIGN) != 0 {
            // SAFETY: a root block this allocator just returned.
            unsafe { (self.free_buffer)(out) };
            return Err(Hresult(crate::MAPI_E_CALL_FAILED));
        }
        // SAFETY: the allocator gave `request` writable bytes at `ptr`.
        unsafe { ptr.as_ptr().write_bytes(0, request as usize) };
        Ok(ptr)
    }

    /// As [`Allocator::checked`], for a chained block (freed with its root,
    /// so never freed here).
    fn checked_more(&self, sc: i32, out: LPVOID, request: ULONG) -> Result<NonNull<u8>, Hresult> {
        if sc < 0 {
            return Err(Hresult(sc));
        }
        let ptr = NonNull::new(out.cast::<u8>()).ok_or_else(no_memory)?;
        if ptr.as_ptr().align_offset(BLOCK_ALIGN) != 0 {
            return Err(Hresult(crate::MAPI_E_CALL_FAILED));
        }
        // SAFETY: the allocator gave `request` writable bytes at `ptr`.
        unsafe { ptr.as_ptr().write_bytes(0, request as usize) };
        Ok(ptr)
    }

    /// Frees a root block and every block chained to it
    /// (`MAPIFreeBuffer`); null does nothing.
    ///
    /// # Safety
    /// `ptr` must be null or a live root block of this allocator, not used
    /// afterwards.
    pub unsafe fn free(&self, ptr: *mut c_void) {
        if !ptr.is_null() {
            // SAFETY: the caller's contract.
            unsafe { (self.free_buffer)(ptr) };
        }
    }
}

/// A zero-filled root block from [`Allocator::buffer`], owned: freed with
/// every block chained to it when dropped, unless handed over with
/// [`Buffer::into_raw`].
///
/// [`Buffer::more`] chains further blocks (`MAPIAllocateMore`). The writers
/// of this module use it; a provider can too, for a structure they do not
/// cover, writing through the byte slices.
pub struct Buffer {
    ptr: NonNull<u8>,
    len: usize,
    alloc: Allocator,
}

// SAFETY: the block is owned by the `Buffer` alone, MAPI memory is not tied
// to a thread, and the allocator is callable from any thread (its contract).
unsafe impl Send for Buffer {}
// SAFETY: `&Buffer` only reads the root block or chains new blocks, which
// the allocator allows from any thread.
unsafe impl Sync for Buffer {}

impl fmt::Debug for Buffer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Buffer")
            .field("ptr", &self.ptr)
            .field("len", &self.len)
            .finish()
    }
}

impl Buffer {
    /// The size of the root block in bytes, as requested.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the root block was requested with size 0.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The start of the root block.
    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }

    /// The allocator the block came from.
    pub fn allocator(&self) -> Allocator {
        self.alloc
    }

    /// The root block's bytes.
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the block has `len` bytes, zero-filled at allocation (so
        // initialized), owned by `self` and written only through `&mut self`.
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.len) }
    }

    /// The root block's bytes, for writing.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as in `bytes`, and `&mut self` makes the borrow unique.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), self.len) }
    }

    /// A new zero-filled block of `size` bytes chained to this one
    /// (`MAPIAllocateMore`), freed with it. Its address, for storing in the
    /// root block, is `as_mut_ptr()` of the slice.
    #[allow(clippy::mut_from_ref)] // each call returns a new, distinct block
    pub fn more(&self, size: usize) -> Result<&mut [u8], Hresult> {
        let ptr = self.more_raw(size)?;
        // SAFETY: a new block of at least `size` zero-filled bytes, which
        // nothing else refers to, living as long as the root block, which
        // `self` owns and keeps while the borrow lasts.
        Ok(unsafe { core::slice::from_raw_parts_mut(ptr.as_ptr(), size) })
    }

    /// A chained block holding a copy of `data`.
    #[allow(clippy::mut_from_ref)] // as in `more`
    pub fn more_bytes(&self, data: &[u8]) -> Result<&mut [u8], Hresult> {
        let block = self.more(data.len())?;
        block.copy_from_slice(data);
        Ok(block)
    }

    /// A chained block of `size` bytes, as a pointer keeping the allocator's
    /// provenance (the writers store such pointers in MAPI structures).
    pub(crate) fn more_raw(&self, size: usize) -> Result<NonNull<u8>, Hresult> {
        // SAFETY: `self.ptr` is a live root block of `self.alloc`.
        unsafe { self.alloc.more_raw(self.ptr, size) }
    }

    /// The whole root block as a bounds-checked write region (`&mut self`:
    /// no slice of the block may be alive while regions write to it).
    pub(crate) fn region(&mut self) -> Region<'_> {
        Region {
            ptr: self.ptr,
            len: self.len,
            _block: PhantomData,
        }
    }

    /// The root block as a write region, and a handle chaining blocks to it.
    pub(crate) fn split(&mut self) -> (Region<'_>, Chain<'_>) {
        let chain = Chain {
            root: self.ptr,
            alloc: self.alloc,
            _block: PhantomData,
        };
        (self.region(), chain)
    }

    /// Hands the block over: the receiver frees it with `MAPIFreeBuffer`.
    pub fn into_raw(self) -> *mut c_void {
        let p = self.ptr.as_ptr().cast();
        core::mem::forget(self);
        p
    }

    /// The block as an owned `T` structure, with its MAPI count.
    ///
    /// # Safety
    /// The block must hold a `T` as MAPI lays it out (everything
    /// [`MapiFree::free`] reads), and `len` be its count.
    pub(crate) unsafe fn into_mapi<T: MapiFree>(self, len: ULONG) -> MapiBuffer<T> {
        let alloc = self.alloc;
        let ptr = self.ptr.cast::<T>();
        core::mem::forget(self);
        MapiBuffer {
            ptr,
            len,
            alloc,
            _owns: PhantomData,
        }
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        // SAFETY: a root block of this allocator, still owned (`into_raw`
        // and `into_mapi` forget `self`).
        unsafe { self.alloc.free(self.ptr.as_ptr().cast()) };
    }
}

/// A bounds-checked window on a block owned by a live [`Buffer`], written
/// through the block's own pointer (so pointers taken with
/// [`Region::addr`] stay valid for whoever reads the block later). Made
/// from `&mut Buffer`, so no slice of the block is alive meanwhile.
#[derive(Clone, Copy)]
pub(crate) struct Region<'b> {
    ptr: NonNull<u8>,
    len: usize,
    _block: PhantomData<&'b mut ()>,
}

/// A handle chaining blocks to the root block of a live [`Buffer`], for the
/// writers' heaps.
pub(crate) struct Chain<'b> {
    root: NonNull<u8>,
    alloc: Allocator,
    _block: PhantomData<&'b mut Buffer>,
}

impl<'b> Chain<'b> {
    /// A chained block of `size` bytes, zero-filled, as a write region.
    fn more_region(&self, size: usize) -> Result<Region<'b>, Hresult> {
        Ok(Region {
            // SAFETY: `root` is the live root block of the borrowed buffer,
            // from `alloc`.
            ptr: unsafe { self.alloc.more_raw(self.root, size) }?,
            len: size,
            _block: PhantomData,
        })
    }
}

/// A write outside its region: a bug in a writer's size computation,
/// reported rather than acted on.
fn out_of_bounds() -> Hresult {
    Hresult(crate::MAPI_E_CALL_FAILED)
}

impl Region<'_> {
    /// The address `offset` bytes in (`offset` may be the end).
    pub(crate) fn addr(&self, offset: usize) -> Result<*mut u8, Hresult> {
        if offset > self.len {
            return Err(out_of_bounds());
        }
        // SAFETY: `offset <= len`: inside the block or one past its end.
        Ok(unsafe { self.ptr.as_ptr().add(offset) })
    }

    /// Checks that `size` bytes fit at `offset`; the address.
    fn span(&self, offset: usize, size: usize) -> Result<*mut u8, Hresult> {
        match offset.checked_add(size) {
            Some(end) if end <= self.len => self.addr(offset),
            _ => Err(out_of_bounds()),
        }
    }

    /// Writes `value` at `offset` (unaligned writes are fine).
    pub(crate) fn put<T: Copy>(&self, offset: usize, value: T) -> Result<(), Hresult> {
        let p = self.span(offset, core::mem::size_of::<T>())?;
        // SAFETY: a `T` fits at `p`, inside a block the region's buffer owns.
        unsafe { p.cast::<T>().write_unaligned(value) };
        Ok(())
    }

    /// Copies `items` to `offset`; the address of the copy.
    pub(crate) fn put_slice<T: Copy>(&self, offset: usize, items: &[T]) -> Result<*mut T, Hresult> {
        let size = core::mem::size_of_val(items);
        let p = self.span(offset, size)?;
        // SAFETY: `size` bytes fit at `p`, inside a block the region's buffer
        // owns, which cannot overlap `items` (borrowed from elsewhere).
        unsafe { core::ptr::copy_nonoverlapping(items.as_ptr().cast::<u8>(), p, size) };
        Ok(p.cast())
    }

    /// Writes the UTF-16 form of `text` and a NUL at `offset`, which must
    /// have room for `2 * (text.len() + 1)` bytes (UTF-16 never has more
    /// units than UTF-8 has bytes); the address.
    pub(crate) fn put_utf16(&self, offset: usize, text: &str) -> Result<*mut u16, Hresult> {
        let room = text
            .len()
            .checked_add(1)
            .and_then(|n| n.checked_mul(2))
            .ok_or_else(out_of_bounds)?;
        let p = self.span(offset, room)?.cast::<u16>();
        for (n, unit) in text.encode_utf16().chain(core::iter::once(0)).enumerate() {
            // SAFETY: at most `text.len() + 1` units are written, which fit
            // in the `room` bytes checked above.
            unsafe { p.add(n).write_unaligned(unit) };
        }
        Ok(p)
    }
}

/// A bump allocator over one chained block: where a writer puts everything
/// a structure points to.
pub(crate) struct Heap<'b> {
    region: Option<Region<'b>>,
    next: usize,
}

impl<'b> Heap<'b> {
    /// A heap of `size` bytes chained to a buffer (none if `size` is 0).
    pub(crate) fn new(chain: &Chain<'b>, size: usize) -> Result<Heap<'b>, Hresult> {
        let region = if size == 0 {
            None
        } else {
            Some(chain.more_region(size)?)
        };
        Ok(Heap { region, next: 0 })
    }

    /// Reserves `size` bytes aligned to `align`; the region and offset.
    fn take(&mut self, size: usize, align: usize) -> Result<(Region<'b>, usize), Hresult> {
        let region = self.region.ok_or_else(out_of_bounds)?;
        let offset = self
            .next
            .checked_next_multiple_of(align)
            .ok_or_else(out_of_bounds)?;
        let end = offset.checked_add(size).ok_or_else(out_of_bounds)?;
        if end > region.len {
            return Err(out_of_bounds());
        }
        self.next = end;
        Ok((region, offset))
    }

    /// A copy of `items`; null when empty.
    pub(crate) fn slice<T: Copy>(&mut self, items: &[T]) -> Result<*mut T, Hresult> {
        if items.is_empty() {
            return Ok(core::ptr::null_mut());
        }
        let (region, offset) = self.take(core::mem::size_of_val(items), align_of::<T>())?;
        region.put_slice(offset, items)
    }

    /// Room for `n` `T`s, zero-filled; null when `n` is 0. The region and
    /// offset, for writing the elements one by one.
    pub(crate) fn array<T>(&mut self, n: usize) -> Result<(Region<'b>, usize, *mut T), Hresult> {
        if n == 0 {
            return Ok((Region::empty(), 0, core::ptr::null_mut()));
        }
        let size = n
            .checked_mul(core::mem::size_of::<T>())
            .ok_or_else(out_of_bounds)?;
        let (region, offset) = self.take(size, align_of::<T>())?;
        Ok((region, offset, region.addr(offset)?.cast()))
    }

    /// A NUL-terminated copy of 8-bit string `bytes` (given without NUL).
    pub(crate) fn ansi(&mut self, bytes: &[u8]) -> Result<*mut CHAR, Hresult> {
        let size = bytes.len().checked_add(1).ok_or_else(out_of_bounds)?;
        let (region, offset) = self.take(size, 1)?;
        region.put_slice(offset, bytes)?;
        // The NUL is already there: heaps are zero-filled.
        Ok(region.addr(offset)?.cast())
    }

    /// A NUL-terminated UTF-16 copy of `text`.
    pub(crate) fn unicode(&mut self, text: &str) -> Result<*mut WCHAR, Hresult> {
        let (region, offset) = self.take(unicode_room(text.len())?, align_of::<u16>())?;
        region.put_utf16(offset, text)
    }
}

impl Region<'_> {
    /// A region of no bytes.
    fn empty() -> Self {
        Region {
            ptr: NonNull::dangling(),
            len: 0,
            _block: PhantomData,
        }
    }
}

/// The bytes reserved for a UTF-16 copy of a UTF-8 string of `len` bytes,
/// with its NUL.
pub(crate) fn unicode_room(len: usize) -> Result<usize, Hresult> {
    len.checked_add(1)
        .and_then(|n| n.checked_mul(2))
        .ok_or_else(no_memory)
}

/// Adds up the room a writer needs in its heap: each piece rounded up for
/// its alignment, overflow being `MAPI_E_NOT_ENOUGH_MEMORY`.
#[derive(Clone, Copy, Default)]
pub(crate) struct Need(usize);

impl Need {
    /// `size` more bytes aligned to `align`.
    pub(crate) fn add(&mut self, size: usize, align: usize) -> Result<(), Hresult> {
        self.0 = self
            .0
            .checked_add(align - 1)
            .and_then(|n| n.checked_add(size))
            .ok_or_else(no_memory)?;
        Ok(())
    }

    /// Room for `n` `T`s.
    pub(crate) fn array<T>(&mut self, n: usize) -> Result<(), Hresult> {
        if n == 0 {
            return Ok(());
        }
        let size = n
            .checked_mul(core::mem::size_of::<T>())
            .ok_or_else(no_memory)?;
        self.add(size, align_of::<T>())
    }

    /// The total.
    pub(crate) fn bytes(self) -> usize {
        self.0
    }
}

/// The size of a variable-length MAPI structure: its header up to `offset`
/// and `n` elements of `elem` bytes, and never less than the declared
/// structure (`size`), whose one-element array may be empty in fact.
pub(crate) fn tail_size(
    offset: usize,
    n: usize,
    elem: usize,
    size: usize,
) -> Result<usize, Hresult> {
    n.checked_mul(elem)
        .and_then(|b| b.checked_add(offset))
        .map(|b| b.max(size))
        .ok_or_else(no_memory)
}

/// How a MAPI structure returned in MAPI memory is freed, which
/// [`MapiBuffer`] does on drop.
///
/// The default is one `MAPIFreeBuffer` of the root block, which frees what
/// `MAPIAllocateMore` chained to it: right for every structure MAPI
/// allocates as one chain (`SPropValue` arrays, tag and problem arrays,
/// entry identifiers, `MAPIERROR`, strings...). `SRowSet` and `ADRLIST` free
/// each row's property array first, as `FreeProws` and `FreePadrlist` do.
///
/// # Safety
/// `free` must release exactly the blocks MAPI's rules give to a `Self`
/// allocated that way, reading nothing beyond them.
pub unsafe trait MapiFree: Sized {
    /// Frees the structure at `ptr`.
    ///
    /// # Safety
    /// `ptr` must be a live root block of `alloc` holding a `Self` laid out
    /// as MAPI lays it out, and is not used afterwards.
    unsafe fn free(alloc: &Allocator, ptr: NonNull<Self>) {
        // SAFETY: the caller's contract.
        unsafe { alloc.free(ptr.as_ptr().cast()) }
    }
}

// SAFETY: each of these is one root block with its chained blocks.
unsafe impl MapiFree for SPropValue {}
// SAFETY: as above.
unsafe impl MapiFree for SPropTagArray {}
// SAFETY: as above.
unsafe impl MapiFree for SPropProblemArray {}
// SAFETY: as above.
#[cfg(feature = "tnef")]
unsafe impl MapiFree for crate::STnefProblemArray {}
// SAFETY: as above (a row list; its values are blocks of their own).
#[cfg(feature = "exchange")]
unsafe impl MapiFree for crate::ROWLIST {}
// SAFETY: as above.
unsafe impl MapiFree for ENTRYID {}
// SAFETY: as above.
unsafe impl MapiFree for MAPIERROR {}
// SAFETY: as above.
unsafe impl MapiFree for SSortOrderSet {}
// SAFETY: as above (a restriction tree, its nodes and values in one chained
// block).
unsafe impl MapiFree for SRestriction {}
// SAFETY: as above (one row, its values in one chained block).
unsafe impl MapiFree for SRow {}
// SAFETY: as above (an entry list, its identifiers in one chained block).
unsafe impl MapiFree for SBinaryArray {}
// SAFETY: as above (an array of string pointers, the strings in one
// chained block).
unsafe impl MapiFree for *mut c_void {}
// SAFETY: as above (an array of name pointers, the names in one chained
// block).
unsafe impl MapiFree for *mut crate::MAPINAMEID {}
// SAFETY: as above (a plain array).
unsafe impl MapiFree for u32 {}
// SAFETY: as above.
unsafe impl MapiFree for GUID {}
// SAFETY: as above.
unsafe impl MapiFree for MAPIUID {}
// SAFETY: as above (8-bit strings).
unsafe impl MapiFree for CHAR {}
// SAFETY: as above (UTF-16 strings, and `LPTSTR` of either width).
unsafe impl MapiFree for WCHAR {}
// SAFETY: as above (bytes).
unsafe impl MapiFree for u8 {}
// SAFETY: as above (untyped blocks).
unsafe impl MapiFree for c_void {}

/// Frees the rows of a row set or address list, `n` `SRow`-shaped entries at
/// `rows`, then the list itself (`FreeProws`, `FreePadrlist`).
///
/// # Safety
/// `list` must be a live root block of `alloc`; `rows` must point into it at
/// `n` entries whose `lpProps` are null or live root blocks of `alloc`.
unsafe fn free_rows(alloc: &Allocator, list: *mut c_void, rows: *const SRow, n: usize) {
    for i in 0..n {
        // SAFETY: entry `i < n` of the list (the caller's contract).
        let props = unsafe { addr_of!((*rows.add(i)).lpProps).read_unaligned() };
        // SAFETY: a row's property array is its own root block.
        unsafe { alloc.free(props.cast()) };
    }
    // SAFETY: the list's own root block.
    unsafe { alloc.free(list) };
}

// SAFETY: frees each row's property array, then the set, as `FreeProws`.
unsafe impl MapiFree for SRowSet {
    unsafe fn free(alloc: &Allocator, ptr: NonNull<Self>) {
        let set = ptr.as_ptr();
        // SAFETY: a live row set (the caller's contract): `cRows` entries
        // from `aRow`, each owning its `lpProps` block.
        unsafe {
            let n = addr_of!((*set).cRows).read() as usize;
            free_rows(alloc, set.cast(), addr_of!((*set).aRow).cast(), n);
        }
    }
}

// SAFETY: frees each entry's property array, then the list, as
// `FreePadrlist` (an `ADRENTRY` has the layout of an `SRow`).
unsafe impl MapiFree for ADRLIST {
    unsafe fn free(alloc: &Allocator, ptr: NonNull<Self>) {
        let list = ptr.as_ptr();
        // SAFETY: a live address list (the caller's contract).
        unsafe {
            let n = addr_of!((*list).cEntries).read() as usize;
            free_rows(alloc, list.cast(), addr_of!((*list).aEntries).cast(), n);
        }
    }
}

/// A MAPI structure in MAPI memory, owned: freed on drop the way MAPI frees
/// a `T` ([`MapiFree`]), or handed to the other side of a call with
/// [`MapiBuffer::into_raw`].
///
/// Writers return one (a provider's thunk hands it to the caller); a caller
/// adopts what a callee returned with [`MapiBuffer::from_raw`] and reads it
/// through the accessors of each `T` ([`MapiBuffer::<SPropValue>::props`]
/// and the like).
///
/// It carries the count MAPI passes beside the pointer, [`MapiBuffer::count`]:
///
/// | `T` | count |
/// |---|---|
/// | `SPropValue` | the number of values (`cValues`) |
/// | `ENTRYID` | the size in bytes (`cbEntryID`) |
/// | `CHAR`, `WCHAR` (strings) | characters, with the NUL |
/// | structures that hold their own count (`SPropTagArray`, `SRowSet`, `MAPIERROR`, ...) | 1 |
pub struct MapiBuffer<T: MapiFree> {
    ptr: NonNull<T>,
    len: ULONG,
    alloc: Allocator,
    _owns: PhantomData<T>,
}

// SAFETY: as for `Buffer`: owned memory, allocator callable from any thread.
unsafe impl<T: MapiFree> Send for MapiBuffer<T> {}
// SAFETY: `&MapiBuffer` only reads.
unsafe impl<T: MapiFree> Sync for MapiBuffer<T> {}

impl<T: MapiFree> fmt::Debug for MapiBuffer<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MapiBuffer")
            .field("type", &core::any::type_name::<T>())
            .field("ptr", &self.ptr)
            .field("count", &self.len)
            .finish()
    }
}

impl<T: MapiFree> MapiBuffer<T> {
    /// Takes ownership of a structure a callee returned; `None` if `ptr` is
    /// null (nothing to free).
    ///
    /// # Safety
    /// `ptr` must be null or a live root block of `alloc` holding a `T` as
    /// MAPI lays it out (with `count` as in the table above), which nothing
    /// else frees or writes while the `MapiBuffer` lives.
    pub unsafe fn from_raw(alloc: Allocator, ptr: *mut T, count: ULONG) -> Option<MapiBuffer<T>> {
        NonNull::new(ptr).map(|ptr| MapiBuffer {
            ptr,
            len: count,
            alloc,
            _owns: PhantomData,
        })
    }

    /// The count MAPI passes beside the pointer (see the table above).
    pub fn count(&self) -> ULONG {
        self.len
    }

    /// The count as a `usize`.
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// Whether the count is 0.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The structure's address, still owned by `self`.
    pub fn as_ptr(&self) -> *const T {
        self.ptr.as_ptr()
    }

    /// The allocator that frees it.
    pub fn allocator(&self) -> Allocator {
        self.alloc
    }

    /// Hands the structure over: the receiver frees it as MAPI says
    /// (`MAPIFreeBuffer`, or `FreeProws` for a row set).
    pub fn into_raw(self) -> *mut T {
        let p = self.ptr.as_ptr();
        core::mem::forget(self);
        p
    }

    /// Hands the structure over with its count: what a thunk stores in a
    /// `(count, pointer)` pair of out-parameters.
    pub fn into_raw_parts(self) -> (ULONG, *mut T) {
        (self.len, self.into_raw())
    }
}

impl MapiBuffer<u8> {
    /// The bytes, `count` of them (what `write_bytes` and a callee's counted
    /// bytes hold).
    pub fn as_slice(&self) -> &[u8] {
        // SAFETY: a block of `count` bytes (the constructors' contracts),
        // owned by `self` and not written while borrowed.
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), self.len()) }
    }
}

impl<T: MapiFree> Drop for MapiBuffer<T> {
    fn drop(&mut self) {
        // SAFETY: an owned structure of this allocator (the constructors'
        // contracts), not handed over (`into_raw` forgets `self`).
        unsafe { T::free(&self.alloc, self.ptr) };
    }
}
