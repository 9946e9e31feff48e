//! A MAPI allocator over the Rust heap that counts its live blocks, for
//! tests: of this crate, of the host kit, of providers.
//!
//! (Every function here is `#[inline]`: the crates whose tests use them
//! generate their code, a provider's build of this crate does not.)
//!
//! [`CountingAllocator::new`] hands out an allocator of its own (MAPI's
//! allocator functions take no context, so each instance is a distinct set
//! of functions over its own ledger, one of 64 slots): counts are exact even
//! when tests run in parallel, and whatever thread frees a block.
//!
//! MAPI semantics: a block from `MAPIAllocateMore` is freed with its root
//! (chaining to a chained block chains to its root, as MAPI allows); freeing
//! a chained block, freeing twice, or chaining to an unknown block is
//! recorded as misuse ([`CountingAllocator::misuse`]) and otherwise ignored,
//! never acted on. Fresh blocks are filled with `0xA5`, freed ones with
//! `0xDD` before going back to the heap; blocks are 16-byte aligned.

use super::alloc::Allocator;
use super::task;
use crate::{
    ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER, LPVOID, MAPI_E_INVALID_PARAMETER,
    MAPI_E_NOT_ENOUGH_MEMORY, SCODE, ULONG,
};
use core::cell::Cell;
use core::ffi::c_void;
use std::alloc::Layout;
use std::sync::{Mutex, MutexGuard};

/// How many counting allocators may be live at once.
const SLOTS: usize = 64;
const ALIGN: usize = 16;
const FRESH: u8 = 0xA5;
const FREED: u8 = 0xDD;

/// A block's start, with the provenance of its allocation.
struct Ptr(*mut u8);

// SAFETY: the pointer is only used under the ledger's lock, to free the
// block it came from; the memory is not tied to a thread.
unsafe impl Send for Ptr {}

struct Block {
    ptr: Ptr,
    size: usize,
    /// The root this block is chained to (`None` for a root block).
    root: Option<usize>,
    /// The blocks chained to this root.
    children: Vec<usize>,
}

/// The live blocks by address: a sorted vector, which costs the crate far
/// less machine code than a `BTreeMap` for the few blocks a test has live.
struct Blocks(Vec<(usize, Block)>);

impl Blocks {
    #[inline]
    fn find(&self, key: usize) -> Result<usize, usize> {
        self.0.binary_search_by_key(&key, |(k, _)| *k)
    }
    #[inline]
    fn get(&self, key: &usize) -> Option<&Block> {
        self.find(*key).ok().map(|i| &self.0[i].1)
    }
    #[inline]
    fn get_mut(&mut self, key: &usize) -> Option<&mut Block> {
        self.find(*key).ok().map(|i| &mut self.0[i].1)
    }
    #[inline]
    fn contains_key(&self, key: &usize) -> bool {
        self.find(*key).is_ok()
    }
    #[inline]
    fn insert(&mut self, key: usize, block: Block) {
        match self.find(key) {
            Ok(i) => self.0[i].1 = block,
            Err(i) => self.0.insert(i, (key, block)),
        }
    }
    #[inline]
    fn remove(&mut self, key: &usize) -> Option<Block> {
        self.find(*key).ok().map(|i| self.0.remove(i).1)
    }
    #[inline]
    fn len(&self) -> usize {
        self.0.len()
    }
    #[inline]
    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    #[inline]
    fn values(&self) -> impl Iterator<Item = &Block> {
        self.0.iter().map(|(_, b)| b)
    }
}

struct Ledger {
    blocks: Blocks,
    allocations: u64,
    misuse: Vec<String>,
    fail_after: Option<u64>,
}

impl Ledger {
    #[inline]
    const fn new() -> Ledger {
        Ledger {
            blocks: Blocks(Vec::new()),
            allocations: 0,
            misuse: Vec::new(),
            fail_after: None,
        }
    }
}

static LEDGERS: [Mutex<Ledger>; SLOTS] = [const { Mutex::new(Ledger::new()) }; SLOTS];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Slot {
    Free,
    InUse,
    /// Dropped with blocks still live: never reused, so that those blocks
    /// stay valid for whoever still holds them.
    Retired,
}

static SLOT_STATES: Mutex<[Slot; SLOTS]> = Mutex::new([Slot::Free; SLOTS]);

#[inline]
fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

#[inline]
fn ledger(slot: usize) -> MutexGuard<'static, Ledger> {
    lock(&LEDGERS[slot % SLOTS])
}

#[inline]
fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size.max(1), ALIGN).ok()
}

/// `MAPIAllocateBuffer` (no `parent`) or `MAPIAllocateMore` of slot `slot`.
///
/// # Safety
/// `out` must be null or writable.
#[inline]
unsafe fn allocate(slot: usize, size: ULONG, parent: Option<LPVOID>, out: *mut LPVOID) -> SCODE {
    let mut l = ledger(slot);
    if out.is_null() {
        l.misuse.push(format!(
            "allocation of {size} bytes with a null out-pointer"
        ));
        return MAPI_E_INVALID_PARAMETER;
    }
    // SAFETY: checked non-null; writable (the caller's contract).
    unsafe { out.write(core::ptr::null_mut()) };
    let root = match parent {
        None => None,
        Some(p) => match l.blocks.get(&(p as usize)) {
            Some(b) => Some(b.root.unwrap_or(p as usize)),
            None => {
                l.misuse.push(format!(
                    "MAPIAllocateMore({size}) chained to {p:p}, not a live block"
                ));
                return MAPI_E_INVALID_PARAMETER;
            }
        },
    };
    match &mut l.fail_after {
        Some(0) => return MAPI_E_NOT_ENOUGH_MEMORY,
        Some(n) => *n -= 1,
        None => {}
    }
    let size = size as usize;
    let Some(layout) = layout(size) else {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    };
    // SAFETY: `layout` has a non-zero size.
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        return MAPI_E_NOT_ENOUGH_MEMORY;
    }
    // SAFETY: `layout.size()` writable bytes at `p`.
    unsafe { p.write_bytes(FRESH, layout.size()) };
    let key = p as usize;
    l.allocations += 1;
    l.blocks.insert(
        key,
        Block {
            ptr: Ptr(p),
            size,
            root,
            children: Vec::new(),
        },
    );
    if let Some(b) = root.and_then(|r| l.blocks.get_mut(&r)) {
        b.children.push(key);
    }
    // SAFETY: checked non-null above.
    unsafe { out.write(p.cast()) };
    0
}

/// `MAPIFreeBuffer` of slot `slot`: only looks `p` up, frees only blocks of
/// its ledger.
#[inline]
fn free(slot: usize, p: LPVOID) -> ULONG {
    if p.is_null() {
        return 0;
    }
    let freed: Vec<Block> = {
        let mut l = ledger(slot);
        let key = p as usize;
        match l.blocks.get(&key).map(|b| b.root.is_none()) {
            None => {
                l.misuse.push(format!(
                    "MAPIFreeBuffer({p:p}): not a live block (freed twice, or never allocated here)"
                ));
                Vec::new()
            }
            Some(false) => {
                l.misuse.push(format!(
                    "MAPIFreeBuffer({p:p}): a MAPIAllocateMore block, freed only with its root"
                ));
                Vec::new()
            }
            Some(true) => {
                let mut out = Vec::new();
                if let Some(root) = l.blocks.remove(&key) {
                    for child in &root.children {
                        out.extend(l.blocks.remove(child));
                    }
                    out.push(root);
                }
                out
            }
        }
    };
    for b in freed {
        if let Some(layout) = layout(b.size) {
            // SAFETY: allocated by `allocate` with this layout, removed from
            // the ledger, so freed once.
            unsafe {
                b.ptr.0.write_bytes(FREED, layout.size());
                std::alloc::dealloc(b.ptr.0, layout);
            }
        }
    }
    0
}

#[inline]
unsafe extern "system" fn allocate_buffer<const N: usize>(size: ULONG, out: *mut LPVOID) -> SCODE {
    // SAFETY: the caller passes a writable out-pointer (or null, refused).
    unsafe { allocate(N, size, None, out) }
}

#[inline]
unsafe extern "system" fn allocate_more<const N: usize>(
    size: ULONG,
    parent: LPVOID,
    out: *mut LPVOID,
) -> SCODE {
    // SAFETY: as above.
    unsafe { allocate(N, size, Some(parent), out) }
}

#[inline]
unsafe extern "system" fn free_buffer<const N: usize>(p: LPVOID) -> ULONG {
    free(N, p)
}

type Functions = (ALLOCATEBUFFER, ALLOCATEMORE, FREEBUFFER);

macro_rules! slot_functions {
    ($($n:literal)*) => {
        [$((
            allocate_buffer::<$n> as ALLOCATEBUFFER,
            allocate_more::<$n> as ALLOCATEMORE,
            free_buffer::<$n> as FREEBUFFER,
        )),*]
    };
}

static FUNCTIONS: [Functions; SLOTS] = slot_functions!(
    0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31
    32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63
);

/// A MAPI allocator over the Rust heap that counts its live blocks (see the
/// [module](self) for its semantics).
///
/// Dropping it with blocks still live leaks them (and retires its slot), so
/// memory a test forgot stays valid; check [`live_blocks`](Self::live_blocks)
/// before. An [`Allocator`] copied out of it should not be used after it is
/// dropped: its blocks would count for the next instance of the slot.
///
/// ```
/// use mapi_sys::value::{testing::CountingAllocator, write_props, Prop, PropValue};
///
/// let counting = CountingAllocator::new();
/// let props = [Prop::new(mapi_sys::PR_SUBJECT_W, PropValue::unicode("x"))];
/// let written = write_props(&counting.allocator(), &props)?;
/// assert_eq!((counting.live_roots(), counting.live_blocks()), (1, 2));
/// drop(written);
/// assert_eq!(counting.live_blocks(), 0);
/// assert!(counting.misuse().is_empty());
///
/// counting.fail_after(Some(1)); // the second allocation fails
/// assert_eq!(write_props(&counting.allocator(), &props).unwrap_err().0, mapi_sys::MAPI_E_NOT_ENOUGH_MEMORY);
/// assert_eq!(counting.live_blocks(), 0); // the first was freed
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
#[derive(Debug)]
pub struct CountingAllocator {
    slot: usize,
}

impl CountingAllocator {
    /// A new allocator with no block.
    ///
    /// # Panics
    /// When 64 are live at once (or retired by leaking tests).
    #[inline]
    pub fn new() -> CountingAllocator {
        let mut states = lock(&SLOT_STATES);
        let Some(slot) = states.iter().position(|s| *s == Slot::Free) else {
            panic!("more than {SLOTS} CountingAllocators at once (or leaked by earlier tests)")
        };
        states[slot] = Slot::InUse;
        *ledger(slot) = Ledger::new();
        CountingAllocator { slot }
    }

    /// The allocator, to pass to writers (or, through
    /// [`Allocator::functions`], to a provider's entry point).
    #[inline]
    pub fn allocator(&self) -> Allocator {
        let (a, m, f) = FUNCTIONS[self.slot];
        // SAFETY: the three functions of one slot keep MAPI's contract:
        // 16-byte aligned blocks, chained blocks freed with their root, any
        // thread, for the life of the process.
        unsafe { Allocator::new(a, m, f) }
    }

    /// The number of live blocks, roots and chained ones.
    #[inline]
    pub fn live_blocks(&self) -> usize {
        ledger(self.slot).blocks.len()
    }

    /// The number of live root blocks (what `MAPIFreeBuffer` frees).
    #[inline]
    pub fn live_roots(&self) -> usize {
        ledger(self.slot)
            .blocks
            .values()
            .filter(|b| b.root.is_none())
            .count()
    }

    /// The number of successful allocations so far (both kinds).
    #[inline]
    pub fn allocations(&self) -> u64 {
        ledger(self.slot).allocations
    }

    /// The misuses recorded so far, described.
    #[inline]
    pub fn misuse(&self) -> Vec<String> {
        ledger(self.slot).misuse.clone()
    }

    /// Makes allocations fail with `MAPI_E_NOT_ENOUGH_MEMORY` after `n` more
    /// succeed (`Some(0)`: from the next one); `None` stops failing.
    #[inline]
    pub fn fail_after(&self, n: Option<u64>) {
        ledger(self.slot).fail_after = n;
    }

    /// Whether `p` is the start of a live block of this allocator.
    #[inline]
    pub fn is_live(&self, p: *const c_void) -> bool {
        ledger(self.slot).blocks.contains_key(&(p as usize))
    }
}

impl Default for CountingAllocator {
    #[inline]
    fn default() -> Self {
        CountingAllocator::new()
    }
}

impl Drop for CountingAllocator {
    #[inline]
    fn drop(&mut self) {
        let leaked = !ledger(self.slot).blocks.is_empty();
        lock(&SLOT_STATES)[self.slot] = if leaked { Slot::Retired } else { Slot::Free };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chained_blocks_go_with_their_root_and_misuse_is_recorded() {
        let c = CountingAllocator::new();
        let (a, m, f) = c.allocator().functions();
        let mut root: LPVOID = core::ptr::null_mut();
        let mut child: LPVOID = core::ptr::null_mut();
        let mut grandchild: LPVOID = core::ptr::null_mut();
        // SAFETY: valid out-pointers; the ledger refuses misuse.
        unsafe {
            assert_eq!(a(24, &mut root), 0);
            assert_eq!(m(8, root, &mut child), 0);
            assert_eq!(m(8, child, &mut grandchild), 0);
            assert_eq!(c.live_blocks(), 3);
            assert_eq!(c.live_roots(), 1);
            f(child);
            assert_eq!(c.live_blocks(), 3);
            f(root);
            assert_eq!(c.live_blocks(), 0);
            f(root);
            let mut bad: LPVOID = core::ptr::dangling_mut();
            assert_eq!(m(4, root, &mut bad), MAPI_E_INVALID_PARAMETER);
            assert!(bad.is_null());
            assert_eq!(a(4, core::ptr::null_mut()), MAPI_E_INVALID_PARAMETER);
        }
        assert_eq!(c.misuse().len(), 4, "{:?}", c.misuse());
        assert_eq!(c.allocations(), 3);
    }

    #[test]
    fn instances_count_apart_and_slots_are_reused() {
        let a = CountingAllocator::new();
        let b = CountingAllocator::new();
        let buffer = a.allocator().buffer(8).expect("buffer");
        assert_eq!((a.live_blocks(), b.live_blocks()), (1, 0));
        assert!(a.is_live(buffer.as_ptr().cast()) && !b.is_live(buffer.as_ptr().cast()));
        drop(buffer);
        let slot = a.slot;
        drop(a);
        assert!(lock(&SLOT_STATES)[slot] != Slot::Retired);
    }
}

/// A counting wrapper's state on one thread: its live blocks or strings,
/// and whether its next allocation fails. What [`TaskCounter`] and
/// [`BstrCounter`] share.
struct Tally {
    live: Cell<isize>,
    fail: Cell<bool>,
}

impl Tally {
    #[inline]
    const fn new() -> Tally {
        Tally {
            live: Cell::new(0),
            fail: Cell::new(false),
        }
    }

    /// Back to nothing live and no failure asked for.
    #[inline]
    fn reset(&self) {
        self.live.set(0);
        self.fail.set(false);
    }

    /// What `alloc` returns, counted when not null; null without calling it
    /// when a failure was asked for (which is then taken back).
    #[inline]
    fn alloc<T>(&self, alloc: impl FnOnce() -> *mut T) -> *mut T {
        if self.fail.replace(false) {
            return core::ptr::null_mut();
        }
        let p = alloc();
        if !p.is_null() {
            self.live.set(self.live.get() + 1);
        }
        p
    }

    /// Counts `p` (unless null) as freed.
    #[inline]
    fn freed<T>(&self, p: *mut T) {
        if !p.is_null() {
            self.live.set(self.live.get() - 1);
        }
    }
}

std::thread_local! {
    /// The counting task allocator's tally on this thread.
    static TASK: Tally = const { Tally::new() };
    /// The counting `BSTR` allocator's tally on this thread.
    #[cfg(feature = "mime")]
    static BSTR: Tally = const { Tally::new() };
}

#[inline]
unsafe extern "system" fn counting_task_alloc(cb: usize) -> *mut c_void {
    // SAFETY: the system pair takes any size.
    TASK.with(|t| t.alloc(|| unsafe { (task::SYSTEM.alloc)(cb) }))
}

#[inline]
unsafe extern "system" fn counting_task_free(p: *mut c_void) {
    TASK.with(|t| t.freed(p));
    // SAFETY: the caller's contract: null or a live block of the system pair.
    unsafe { (task::SYSTEM.free)(p) }
}

/// A counting wrapper over the system's task allocator
/// ([`TaskAllocator::system`](super::TaskAllocator::system)), to check that
/// task memory handed between a caller and a callee is freed exactly once.
///
/// Blocks are counted per thread (a test's caller and object run on its
/// thread), so tests running in parallel do not disturb each other. Its
/// blocks are the system's, so installing it as the process's allocator
/// ([`TaskCounter::install`]) is safe at any time.
///
/// ```
/// use mapi_sys::value::{TaskStr, testing::TaskCounter};
///
/// let counter = TaskCounter::install();
/// let s = TaskStr::ansi("text/html")?; // the current allocator: the counter
/// assert_eq!(counter.live_blocks(), 1);
/// drop(s);
/// assert_eq!(counter.live_blocks(), 0);
/// # Ok::<(), mapi_sys::Hresult>(())
/// ```
#[derive(Debug)]
pub struct TaskCounter(());

impl TaskCounter {
    /// A counter starting at zero live blocks on this thread.
    #[inline]
    pub fn new() -> TaskCounter {
        TASK.with(Tally::reset);
        TaskCounter(())
    }

    /// A counter (as [`TaskCounter::new`]) whose allocator is installed as
    /// the process's task allocator, so generated thunks and caller
    /// methods use it.
    ///
    /// # Panics
    /// When another task allocator was installed before.
    #[inline]
    pub fn install() -> TaskCounter {
        let c = TaskCounter::new();
        // SAFETY: the counting pair wraps the system pair, so blocks of
        // either are freed by the other.
        let ok = unsafe { c.allocator().install() };
        assert!(ok, "another task allocator was installed first");
        c
    }

    /// The counting allocator.
    #[inline]
    pub fn allocator(&self) -> super::TaskAllocator {
        // SAFETY: the wrappers keep the system pair's contract.
        unsafe { super::TaskAllocator::new(counting_task_alloc, counting_task_free) }
    }

    /// Blocks allocated and not yet freed on this thread since the counter
    /// was made (negative after a free of a block allocated elsewhere).
    #[inline]
    pub fn live_blocks(&self) -> isize {
        TASK.with(|t| t.live.get())
    }

    /// Makes the next allocation on this thread fail (`true`).
    #[inline]
    pub fn fail_next(&self, fail: bool) {
        TASK.with(|t| t.fail.set(fail));
    }
}

impl Default for TaskCounter {
    #[inline]
    fn default() -> Self {
        TaskCounter::new()
    }
}

#[cfg(feature = "mime")]
#[inline]
unsafe extern "system" fn counting_bstr_alloc(
    src: *const crate::WCHAR,
    len: u32,
) -> *mut crate::WCHAR {
    // SAFETY: the caller's contract, forwarded to the system pair.
    BSTR.with(|t| t.alloc(|| unsafe { (super::bstr::SYSTEM.alloc)(src, len) }))
}

#[cfg(feature = "mime")]
#[inline]
unsafe extern "system" fn counting_bstr_free(p: *mut crate::WCHAR) {
    BSTR.with(|t| t.freed(p));
    // SAFETY: the caller's contract: null or a live string of the system pair.
    unsafe { (super::bstr::SYSTEM.free)(p) }
}

/// A counting wrapper over the system's `BSTR` allocator
/// ([`BstrAllocator::system`](super::BstrAllocator::system)), to check that
/// strings handed between a caller and a callee are freed exactly once;
/// counted per thread, like [`TaskCounter`].
#[cfg(feature = "mime")]
#[derive(Debug)]
pub struct BstrCounter(());

#[cfg(feature = "mime")]
impl BstrCounter {
    /// A counter starting at zero live strings on this thread.
    #[inline]
    pub fn new() -> BstrCounter {
        BSTR.with(Tally::reset);
        BstrCounter(())
    }

    /// A counter (as [`BstrCounter::new`]) whose allocator is installed as
    /// the process's `BSTR` allocator, so generated thunks and caller
    /// methods use it.
    ///
    /// # Panics
    /// When another `BSTR` allocator was installed before.
    #[inline]
    pub fn install() -> BstrCounter {
        let c = BstrCounter::new();
        // SAFETY: the counting pair wraps the system pair, so strings of
        // either are freed by the other.
        let ok = unsafe { c.allocator().install() };
        assert!(ok, "another BSTR allocator was installed first");
        c
    }

    /// The counting allocator.
    #[inline]
    pub fn allocator(&self) -> super::BstrAllocator {
        // SAFETY: the wrappers keep the system pair's contract.
        unsafe { super::BstrAllocator::new(counting_bstr_alloc, counting_bstr_free) }
    }

    /// Strings made and not yet freed on this thread since the counter was
    /// made.
    #[inline]
    pub fn live_strings(&self) -> isize {
        BSTR.with(|t| t.live.get())
    }

    /// Makes the next allocation on this thread fail (`true`).
    #[inline]
    pub fn fail_next(&self, fail: bool) {
        BSTR.with(|t| t.fail.set(fail));
    }
}

#[cfg(feature = "mime")]
impl Default for BstrCounter {
    #[inline]
    fn default() -> Self {
        BstrCounter::new()
    }
}
