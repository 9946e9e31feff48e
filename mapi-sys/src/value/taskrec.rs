//! Records that own blocks of the COM task allocator when laid out in C
//! (a `STATSTG`'s name, a MIME record's strings): the [`TaskRecord`] trait
//! that writes, reads and frees one, and the containers that hand them
//! over or adopt them: one record ([`TaskOne`]: `IStream::Stat`), an array
//! the callee allocates ([`TaskArray`]: `IMimePropertySet::GetParameters`)
//! and a caller's array the callee fills in ([`TaskEntries`]:
//! `IEnumSTATSTG::Next`). The caller reads each into owned records and
//! frees the task memory at once.

use super::{MAX_COUNT, TaskAllocator, ViewError, no_memory};
use crate::Hresult;
use core::ffi::c_void;
use core::ptr::null_mut;

/// A record that owns blocks of the task allocator when laid out in C:
/// how it is written, read and freed.
pub trait TaskRecord: Sized {
    /// Its C structure.
    type Raw: Copy;

    /// An entry holding nothing (null pointers, zero integers), as a
    /// caller's array holds before the callee fills it in.
    fn zeroed() -> Self::Raw;

    /// The record laid out in blocks of `alloc`; on failure nothing stays
    /// allocated (a string with a NUL inside is
    /// `MAPI_E_INVALID_PARAMETER`, a failed allocation
    /// `MAPI_E_NOT_ENOUGH_MEMORY`).
    fn to_raw_in(&self, alloc: TaskAllocator) -> Result<Self::Raw, Hresult>;

    /// A copy of the record `raw` describes.
    ///
    /// # Safety
    /// Each pointer of `raw` must be null or point to readable memory as
    /// its field says (strings NUL-terminated or with at least
    /// [`MAX_STRING_LEN`](super::MAX_STRING_LEN) readable bytes).
    unsafe fn read(raw: &Self::Raw) -> Result<Self, ViewError>;

    /// Frees the blocks `raw` points to.
    ///
    /// # Safety
    /// Each pointer of `raw` must be null or a live block of `alloc` that
    /// nothing uses afterwards.
    unsafe fn free_in(alloc: TaskAllocator, raw: &Self::Raw);
}

/// Entries laid out in blocks of `alloc`; on failure the ones laid out
/// are freed.
fn lay_out<T: TaskRecord>(alloc: TaskAllocator, items: &[T]) -> Result<Vec<T::Raw>, Hresult> {
    let mut out: Vec<T::Raw> = Vec::with_capacity(items.len());
    for item in items {
        match item.to_raw_in(alloc) {
            Ok(r) => out.push(r),
            Err(e) => {
                free_all::<T>(alloc, &out);
                return Err(e);
            }
        }
    }
    Ok(out)
}

/// Frees the blocks of entries laid out by [`lay_out`].
fn free_all<T: TaskRecord>(alloc: TaskAllocator, entries: &[T::Raw]) {
    for r in entries {
        // SAFETY: written by `to_raw_in` with `alloc`, owned and unused after.
        unsafe { T::free_in(alloc, r) };
    }
}

/// Reads `n` entries at `ptr` into records and frees their blocks, also
/// when one cannot be read: the first error is returned.
///
/// # Safety
/// `n` entries at `ptr` readable, each as [`TaskRecord::read`] and
/// [`TaskRecord::free_in`] ask.
unsafe fn adopt_entries<T: TaskRecord>(
    alloc: TaskAllocator,
    ptr: *const T::Raw,
    n: usize,
) -> Result<Vec<T>, ViewError> {
    let mut out = Vec::with_capacity(n);
    let mut err = None;
    for k in 0..n {
        // SAFETY: entry `k` of `n` readable (the contract); a copy, read
        // unaligned.
        let raw = unsafe { ptr.add(k).read_unaligned() };
        // SAFETY: its pointers as the contract says.
        match unsafe { T::read(&raw) } {
            Ok(r) => out.push(r),
            Err(e) => {
                err.get_or_insert(e);
            }
        }
        // SAFETY: its blocks are owned from here and copied out above.
        unsafe { T::free_in(alloc, &raw) };
    }
    match err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

/// A count of entries as the signatures take it; more than `u32` is
/// `MAPI_E_INVALID_PARAMETER`.
pub(super) fn count_u32(n: usize) -> Result<u32, Hresult> {
    u32::try_from(n).map_err(|_| Hresult(crate::MAPI_E_INVALID_PARAMETER))
}

/// An array of records a callee allocates, its entries' blocks and the
/// array itself in task memory (`IMimePropertySet::GetParameters`), freed
/// on drop unless handed over with [`TaskArray::into_raw`].
pub struct TaskArray<T: TaskRecord> {
    // Read by the MIME records' tests beside this module.
    pub(super) ptr: *mut T::Raw,
    len: usize,
    alloc: TaskAllocator,
}

impl<T: TaskRecord> TaskArray<T> {
    /// `items` laid out in blocks of `alloc` (no array block when empty:
    /// the pointer is null, as the MIME library returns it).
    pub fn new_in(alloc: TaskAllocator, items: &[T]) -> Result<TaskArray<T>, Hresult> {
        count_u32(items.len())?;
        if items.is_empty() {
            return Ok(TaskArray {
                ptr: null_mut(),
                len: 0,
                alloc,
            });
        }
        let cb = size_of::<T::Raw>()
            .checked_mul(items.len())
            .ok_or_else(no_memory)?;
        let entries = lay_out(alloc, items)?;
        let ptr = match alloc.block(cb) {
            Ok(p) => p.as_ptr().cast::<T::Raw>(),
            Err(e) => {
                free_all::<T>(alloc, &entries);
                return Err(e);
            }
        };
        // SAFETY: a fresh block of `entries.len()` entries, aligned to 8
        // (the task allocator's contract), which the entries need at most.
        unsafe { core::ptr::copy_nonoverlapping(entries.as_ptr(), ptr, entries.len()) };
        Ok(TaskArray {
            ptr,
            len: entries.len(),
            alloc,
        })
    }

    /// [`TaskArray::new_in`] with the current task allocator.
    pub fn new(items: &[T]) -> Result<TaskArray<T>, Hresult> {
        TaskArray::new_in(TaskAllocator::current(), items)
    }

    /// How many entries it has, as the count parameter takes it.
    pub fn count(&self) -> u32 {
        // Checked in `new_in`.
        self.len as u32
    }

    /// Hands the array over: the receiver frees each entry's blocks and
    /// the array (`IMimeAllocator::FreeParamInfoArray` with `TRUE`).
    pub fn into_raw(self) -> *mut T::Raw {
        let p = self.ptr;
        core::mem::forget(self);
        p
    }

    /// The records of an array of `count` entries a callee returned in
    /// blocks of `alloc`, which are all freed, also when an entry cannot be
    /// read. A null array with a count, or more than
    /// [`MAX_COUNT`](super::MAX_COUNT) entries, is an error (the array
    /// block, if any, is freed; entries that cannot be trusted are not
    /// looked at).
    ///
    /// # Safety
    /// `ptr` must be null or a live block of `alloc` holding `count`
    /// readable entries (if `count` is within the limit), each pointer of
    /// which is null or a live block of `alloc` readable as its field says,
    /// all owned from here.
    pub unsafe fn adopt_in(
        alloc: TaskAllocator,
        count: u32,
        ptr: *mut T::Raw,
    ) -> Result<Vec<T>, ViewError> {
        let n = count as usize;
        let read = if n == 0 {
            Ok(Vec::new())
        } else if ptr.is_null() {
            Err(ViewError::NullPointer)
        } else if n > MAX_COUNT {
            Err(ViewError::TooLarge)
        } else {
            // SAFETY: `n` entries at `ptr` (the contract).
            unsafe { adopt_entries::<T>(alloc, ptr, n) }
        };
        // SAFETY: null or the array block, owned (the contract), read above.
        unsafe { free_ptr(alloc, ptr) };
        read
    }

    /// [`TaskArray::adopt_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskArray::adopt_in`] with [`TaskAllocator::current`].
    pub unsafe fn adopt(count: u32, ptr: *mut T::Raw) -> Result<Vec<T>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskArray::adopt_in(TaskAllocator::current(), count, ptr) }
    }
}

impl<T: TaskRecord> Drop for TaskArray<T> {
    fn drop(&mut self) {
        if self.ptr.is_null() {
            return;
        }
        // SAFETY: `len` entries written by `new_in`, owned and unused after.
        let entries = unsafe { core::slice::from_raw_parts(self.ptr, self.len) };
        free_all::<T>(self.alloc, entries);
        // SAFETY: the array block, owned.
        unsafe { free_ptr(self.alloc, self.ptr) };
    }
}

impl<T: TaskRecord> core::fmt::Debug for TaskArray<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TaskArray").field("len", &self.len).finish()
    }
}

impl<T: TaskRecord> TaskArray<T> {
    /// The records of an array of `count` entries a caller hands over for
    /// this side to free (`IMimeAllocator::FreeParamInfoArray`): what each
    /// entry points to is freed with `alloc`, also when an entry cannot be
    /// read, and the array block too when `free_array` (else the array
    /// stays the caller's). A null array with a count, or more than
    /// [`MAX_COUNT`](super::MAX_COUNT) entries, is an error, and then the
    /// entries are not looked at (the array is still freed when asked).
    ///
    /// # Safety
    /// `ptr` must be null or hold `count` readable entries (if `count` is
    /// within the limit), each pointer of which is null or a live block of
    /// `alloc` readable as its field says, all owned from here; with
    /// `free_array`, `ptr` must be null or a live block of `alloc`.
    pub unsafe fn take_in(
        alloc: TaskAllocator,
        count: u32,
        ptr: *mut T::Raw,
        free_array: bool,
    ) -> Result<Vec<T>, ViewError> {
        let n = count as usize;
        let read = if n == 0 {
            Ok(Vec::new())
        } else if ptr.is_null() {
            Err(ViewError::NullPointer)
        } else if n > MAX_COUNT {
            Err(ViewError::TooLarge)
        } else {
            // SAFETY: `n` entries at `ptr` (the contract).
            unsafe { adopt_entries::<T>(alloc, ptr, n) }
        };
        if free_array {
            // SAFETY: null or the array block, owned (the contract), read
            // above.
            unsafe { free_ptr(alloc, ptr) };
        }
        read
    }

    /// [`TaskArray::take_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskArray::take_in`] with [`TaskAllocator::current`].
    pub unsafe fn take(
        count: u32,
        ptr: *mut T::Raw,
        free_array: bool,
    ) -> Result<Vec<T>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskArray::take_in(TaskAllocator::current(), count, ptr, free_array) }
    }
}

/// One record laid out in task memory, for a callee that takes it over
/// (`IMimeAllocator::FreeAddressProps`) or a caller it is returned to;
/// freed on drop unless handed over with [`TaskOne::into_raw`].
pub struct TaskOne<T: TaskRecord> {
    raw: Option<T::Raw>,
    alloc: TaskAllocator,
}

impl<T: TaskRecord> TaskOne<T> {
    /// `item` laid out in blocks of the current task allocator (errors as
    /// for [`TaskRecord::to_raw_in`]).
    pub fn new(item: &T) -> Result<TaskOne<T>, Hresult> {
        let alloc = TaskAllocator::current();
        Ok(TaskOne {
            raw: Some(item.to_raw_in(alloc)?),
            alloc,
        })
    }

    /// The record, lent for a call: it stays this value's, freed on drop.
    pub fn as_mut_ptr(&mut self) -> *mut T::Raw {
        match &mut self.raw {
            Some(r) => r,
            None => core::ptr::null_mut(),
        }
    }

    /// Hands the record over: the receiver frees what it points to.
    pub fn into_raw(mut self) -> T::Raw {
        self.raw.take().unwrap_or_else(T::zeroed)
    }

    /// The record at `raw`, its blocks (of `alloc`) freed, also when it
    /// cannot be read; the record is left zeroed ([`TaskRecord::zeroed`]).
    ///
    /// # Safety
    /// `raw` must be readable and writable, each pointer of it null or a
    /// live block of `alloc` readable as its field says, owned from here.
    pub unsafe fn take_in(alloc: TaskAllocator, raw: *mut T::Raw) -> Result<T, ViewError> {
        // SAFETY: readable (the contract); a copy, read unaligned.
        let r = unsafe { raw.read_unaligned() };
        // SAFETY: its pointers as the contract says.
        let read = unsafe { T::read(&r) };
        // SAFETY: its blocks are owned from here and copied out above.
        unsafe { T::free_in(alloc, &r) };
        // SAFETY: writable (the contract).
        unsafe { raw.write_unaligned(T::zeroed()) };
        read
    }

    /// [`TaskOne::take_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskOne::take_in`] with [`TaskAllocator::current`].
    pub unsafe fn take(raw: *mut T::Raw) -> Result<T, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskOne::take_in(TaskAllocator::current(), raw) }
    }
}

impl<T: TaskRecord> Drop for TaskOne<T> {
    fn drop(&mut self) {
        if let Some(r) = self.raw.take() {
            // SAFETY: laid out by `new` with `alloc`, not handed over.
            unsafe { T::free_in(self.alloc, &r) };
        }
    }
}

impl<T: TaskRecord> core::fmt::Debug for TaskOne<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TaskOne")
            .field("live", &self.raw.is_some())
            .finish()
    }
}

/// Records laid out in task memory for a caller's array of entries, which
/// the callee fills in (`IMimeEnumProperties::Next`): each entry's blocks
/// become the caller's, the array stays the caller's own. Freed on drop
/// unless written with [`TaskEntries::write_to`].
pub struct TaskEntries<T: TaskRecord> {
    entries: Vec<T::Raw>,
    alloc: TaskAllocator,
}

impl<T: TaskRecord> TaskEntries<T> {
    /// `items` laid out in blocks of `alloc`, for an array of `capacity`
    /// entries; more items than that is `MAPI_E_CALL_FAILED` (the
    /// implementation returned more than it was asked for).
    pub fn new_in(
        alloc: TaskAllocator,
        items: &[T],
        capacity: u32,
    ) -> Result<TaskEntries<T>, Hresult> {
        if items.len() > capacity as usize {
            return Err(Hresult(crate::MAPI_E_CALL_FAILED));
        }
        Ok(TaskEntries {
            entries: lay_out(alloc, items)?,
            alloc,
        })
    }

    /// [`TaskEntries::new_in`] with the current task allocator.
    pub fn new(items: &[T], capacity: u32) -> Result<TaskEntries<T>, Hresult> {
        TaskEntries::new_in(TaskAllocator::current(), items, capacity)
    }

    /// How many entries there are (at most the capacity, a `u32`).
    pub fn count(&self) -> u32 {
        self.entries.len() as u32
    }

    /// Copies the entries into the caller's array and hands their blocks
    /// over; returns how many were written.
    ///
    /// # Safety
    /// `dest` must be writable for [`TaskEntries::count`] entries (null
    /// only when there are none).
    pub unsafe fn write_to(self, dest: *mut T::Raw) -> u32 {
        let n = self.count();
        if n > 0 {
            // SAFETY: writable for `n` entries (the contract); unaligned
            // writes, as the caller's array may be anywhere.
            for (k, e) in self.entries.iter().enumerate() {
                unsafe { dest.add(k).write_unaligned(*e) };
            }
        }
        // The blocks are the caller's now.
        let mut this = core::mem::ManuallyDrop::new(self);
        drop(core::mem::take(&mut this.entries));
        n
    }

    /// A caller's array of `capacity` entries holding nothing, to pass to
    /// the callee; more than [`MAX_COUNT`](super::MAX_COUNT) is
    /// `MAPI_E_INVALID_PARAMETER`.
    pub fn buffer(capacity: u32) -> Result<Vec<T::Raw>, Hresult> {
        let n = capacity as usize;
        if n > MAX_COUNT {
            return Err(Hresult(crate::MAPI_E_INVALID_PARAMETER));
        }
        Ok(vec![T::zeroed(); n])
    }

    /// The records a callee wrote into the first `fetched` entries of
    /// `buffer`, their blocks (of `alloc`) freed, also when one cannot be
    /// read; the entries are reset to [`TaskRecord::zeroed`]. More entries
    /// than the buffer holds is [`ViewError::TooLarge`], and then the
    /// whole buffer is freed, as each entry is null or the callee's.
    ///
    /// # Safety
    /// Each entry of `buffer` must hold null pointers or blocks of `alloc`
    /// readable as its fields say, owned from here.
    pub unsafe fn adopt_in(
        alloc: TaskAllocator,
        buffer: &mut [T::Raw],
        fetched: u32,
    ) -> Result<Vec<T>, ViewError> {
        let n = fetched as usize;
        let read = if n > buffer.len() {
            for e in buffer.iter() {
                // SAFETY: null or owned blocks (the contract).
                unsafe { T::free_in(alloc, e) };
            }
            Err(ViewError::TooLarge)
        } else {
            // SAFETY: `n` entries of the buffer, as the contract says.
            unsafe { adopt_entries::<T>(alloc, buffer.as_ptr(), n) }
        };
        buffer.fill(T::zeroed());
        read
    }

    /// [`TaskEntries::adopt_in`] with the current task allocator.
    ///
    /// # Safety
    /// As for [`TaskEntries::adopt_in`] with [`TaskAllocator::current`].
    pub unsafe fn adopt(buffer: &mut [T::Raw], fetched: u32) -> Result<Vec<T>, ViewError> {
        // SAFETY: forwarded.
        unsafe { TaskEntries::adopt_in(TaskAllocator::current(), buffer, fetched) }
    }
}

impl<T: TaskRecord> Drop for TaskEntries<T> {
    fn drop(&mut self) {
        free_all::<T>(self.alloc, &self.entries);
    }
}

impl<T: TaskRecord> core::fmt::Debug for TaskEntries<T> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("TaskEntries")
            .field("len", &self.entries.len())
            .finish()
    }
}

/// Frees `p` (nothing for null).
///
/// # Safety
/// `p` null or a live block of `alloc`, unused after.
pub(super) unsafe fn free_ptr<T>(alloc: TaskAllocator, p: *mut T) {
    // SAFETY: forwarded.
    unsafe { alloc.free(p.cast::<c_void>()) }
}
