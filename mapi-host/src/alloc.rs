//! Accounting `MAPIAllocateBuffer`, `MAPIAllocateMore` and `MAPIFreeBuffer`.
//!
//! The three functions have the `ALLOCATEBUFFER`, `ALLOCATEMORE` and
//! `FREEBUFFER` signatures and are what the host passes to
//! `MSProviderInit` (and returns from `IMAPISupport::GetMemAllocRoutines`).
//! Every block is recorded with the step of the session that allocated it;
//! a block chained with `MAPIAllocateMore` is freed with its parent, as MAPI
//! does. Misuse (freeing a chained block, freeing twice, chaining to an
//! unknown block) is recorded, never acted on.
//!
//! For fault injection, [`fail_nth`] makes one later allocation fail with
//! `MAPI_E_NOT_ENOUGH_MEMORY` (and a null `*lppBuffer`), as a host out of
//! memory does; [`attempts`] counts the calls, so a test can fail each one
//! of a session in turn.

use mapi_sys::{LPVOID, MAPI_E_INVALID_PARAMETER, MAPI_E_NOT_ENOUGH_MEMORY, SCODE, ULONG};
use std::alloc::Layout;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard};

const ALIGN: usize = 16;
/// Filler of a fresh block, so a provider reading memory it did not write
/// sees garbage rather than zeros.
const FRESH: u8 = 0xA5;
/// Filler of a freed block, just before it goes back to the system.
const FREED: u8 = 0xDD;

struct Block {
    size: usize,
    /// The root block this one is chained to (`MAPIAllocateMore`).
    parent: Option<usize>,
    children: Vec<usize>,
    seq: u64,
    step: String,
}

#[derive(Default)]
struct Ledger {
    blocks: HashMap<usize, Block>,
    seq: u64,
    buffers: u64,
    chained: u64,
    frees: u64,
    misuse: Vec<Misuse>,
    step: String,
    /// Allocation calls (`MAPIAllocateBuffer` and `MAPIAllocateMore`),
    /// failed ones included.
    attempts: u64,
    /// The value of `attempts` whose call is to fail.
    fail_at: Option<u64>,
    /// Failures injected so far.
    injected: u64,
}

/// A wrong use of the allocators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Misuse {
    /// Sequence number of the ledger when it happened.
    pub seq: u64,
    /// The session step in progress.
    pub step: String,
    /// What happened.
    pub what: String,
}

/// A block that is still allocated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveBlock {
    /// Allocation sequence number (1 = first allocation of the process).
    pub seq: u64,
    /// Size in bytes.
    pub size: usize,
    /// Whether it was chained to a parent with `MAPIAllocateMore`.
    pub chained: bool,
    /// The session step during which it was allocated.
    pub step: String,
}

/// Counters since the process started.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counters {
    /// The sequence number of the last allocation.
    pub seq: u64,
    /// `MAPIAllocateBuffer` calls that succeeded.
    pub buffers: u64,
    /// `MAPIAllocateMore` calls that succeeded.
    pub chained: u64,
    /// `MAPIFreeBuffer` calls on a live root block.
    pub frees: u64,
    /// Recorded misuses.
    pub misuse: usize,
}

static LEDGER: Mutex<Option<Ledger>> = Mutex::new(None);

fn ledger() -> MutexGuard<'static, Option<Ledger>> {
    LEDGER.lock().unwrap_or_else(|e| e.into_inner())
}

fn with_ledger<R>(f: impl FnOnce(&mut Ledger) -> R) -> R {
    let mut guard = ledger();
    f(guard.get_or_insert_with(Ledger::default))
}

impl Ledger {
    fn misuse(&mut self, what: String) {
        let step = self.step.clone();
        self.misuse.push(Misuse {
            seq: self.seq,
            step,
            what,
        });
    }
}

fn layout(size: usize) -> Option<Layout> {
    Layout::from_size_align(size.max(1), ALIGN).ok()
}

fn raw_alloc(size: usize) -> Option<*mut u8> {
    let layout = layout(size)?;
    // SAFETY: `layout` has a non-zero size.
    let p = unsafe { std::alloc::alloc(layout) };
    if p.is_null() {
        return None;
    }
    // SAFETY: `p` points to `layout.size()` writable bytes.
    unsafe { p.write_bytes(FRESH, layout.size()) };
    Some(p)
}

fn raw_free(p: usize, size: usize) {
    if let Some(layout) = layout(size) {
        let p = p as *mut u8;
        // SAFETY: `p` was returned by `raw_alloc(size)` and is freed once
        // (the ledger entry is removed by the caller).
        unsafe {
            p.write_bytes(FREED, layout.size());
            std::alloc::dealloc(p, layout);
        }
    }
}

/// The three functions as an [`Allocator`](mapi_sys::value::Allocator), for
/// provider objects made in process (what `MSProviderInit` would be given).
pub fn allocator() -> mapi_sys::value::Allocator {
    // SAFETY: the three functions are a matching, thread-safe set with
    // MAPI's contract, for the life of the process.
    unsafe { mapi_sys::value::Allocator::new(allocate_buffer, allocate_more, free_buffer) }
}

/// Makes the `n`-th allocation call from now (1 = the next one) fail with
/// `MAPI_E_NOT_ENOUGH_MEMORY`, once; `None` disarms. Calls with a null
/// `lppBuffer` or chained to an unknown block are not counted.
pub fn fail_nth(n: Option<u64>) {
    with_ledger(|l| l.fail_at = n.map(|n| l.attempts + n.max(1)));
}

/// Allocation calls so far (`MAPIAllocateBuffer` and `MAPIAllocateMore`,
/// failed ones included).
pub fn attempts() -> u64 {
    with_ledger(|l| l.attempts)
}

/// Failures injected by [`fail_nth`] so far.
pub fn injected() -> u64 {
    with_ledger(|l| l.injected)
}

impl Ledger {
    /// Counts an allocation call; whether it is the one to fail.
    fn attempt(&mut self) -> bool {
        self.attempts += 1;
        if self.fail_at == Some(self.attempts) {
            self.fail_at = None;
            self.injected += 1;
            return true;
        }
        false
    }
}

/// Names the session step in progress; new blocks and misuses are tagged
/// with it.
pub fn set_step(step: &str) {
    with_ledger(|l| {
        l.step.clear();
        l.step.push_str(step);
    });
}

/// The counters so far.
pub fn counters() -> Counters {
    with_ledger(|l| Counters {
        seq: l.seq,
        buffers: l.buffers,
        chained: l.chained,
        frees: l.frees,
        misuse: l.misuse.len(),
    })
}

/// Blocks allocated after sequence number `since` that are still live,
/// oldest first.
pub fn live_since(since: u64) -> Vec<LiveBlock> {
    let mut v: Vec<LiveBlock> = with_ledger(|l| {
        l.blocks
            .values()
            .filter(|b| b.seq > since)
            .map(|b| LiveBlock {
                seq: b.seq,
                size: b.size,
                chained: b.parent.is_some(),
                step: b.step.clone(),
            })
            .collect()
    });
    v.sort_by_key(|b| b.seq);
    v
}

/// Misuses recorded after the `n` first ones.
pub fn misuse_since(n: usize) -> Vec<Misuse> {
    with_ledger(|l| l.misuse.iter().skip(n).cloned().collect())
}

/// Whether `p` is the start of a live block (root or chained).
pub fn is_live(p: *const core::ffi::c_void) -> bool {
    with_ledger(|l| l.blocks.contains_key(&(p as usize)))
}

/// Whether `p` is the start of a live root block (one `MAPIFreeBuffer` may
/// free).
pub fn is_live_root(p: *const core::ffi::c_void) -> bool {
    with_ledger(|l| {
        l.blocks
            .get(&(p as usize))
            .is_some_and(|b| b.parent.is_none())
    })
}

/// `MAPIAllocateBuffer`: allocates a root block of `cb_size` bytes.
///
/// # Safety
/// `lpp_buffer` must be null or valid for a pointer write.
pub unsafe extern "system" fn allocate_buffer(cb_size: ULONG, lpp_buffer: *mut LPVOID) -> SCODE {
    if lpp_buffer.is_null() {
        with_ledger(|l| l.misuse("MAPIAllocateBuffer with a null lppBuffer".into()));
        return MAPI_E_INVALID_PARAMETER;
    }
    let size = cb_size as usize;
    let injected = with_ledger(Ledger::attempt);
    let Some(p) = (if injected { None } else { raw_alloc(size) }) else {
        // SAFETY: checked non-null; the caller passes a writable pointer.
        unsafe { lpp_buffer.write(core::ptr::null_mut()) };
        return MAPI_E_NOT_ENOUGH_MEMORY;
    };
    with_ledger(|l| {
        l.seq += 1;
        l.buffers += 1;
        let block = Block {
            size,
            parent: None,
            children: Vec::new(),
            seq: l.seq,
            step: l.step.clone(),
        };
        l.blocks.insert(p as usize, block);
    });
    // SAFETY: checked non-null; the caller passes a writable pointer.
    unsafe { lpp_buffer.write(p.cast()) };
    0
}

/// `MAPIAllocateMore`: allocates a block chained to `lp_object`, freed with it.
///
/// # Safety
/// `lpp_buffer` must be null or valid for a pointer write.
pub unsafe extern "system" fn allocate_more(
    cb_size: ULONG,
    lp_object: LPVOID,
    lpp_buffer: *mut LPVOID,
) -> SCODE {
    if lpp_buffer.is_null() {
        with_ledger(|l| l.misuse("MAPIAllocateMore with a null lppBuffer".into()));
        return MAPI_E_INVALID_PARAMETER;
    }
    // The root the new block is chained to: the block itself, or its parent
    // when the provider chains to a chained block.
    let root = with_ledger(|l| match l.blocks.get(&(lp_object as usize)) {
        Some(b) => Some(b.parent.unwrap_or(lp_object as usize)),
        None => {
            l.misuse(format!(
                "MAPIAllocateMore({cb_size}) chained to {lp_object:p}, which is not a live MAPIAllocateBuffer block"
            ));
            None
        }
    });
    let Some(root) = root else {
        // SAFETY: checked non-null above.
        unsafe { lpp_buffer.write(core::ptr::null_mut()) };
        return MAPI_E_INVALID_PARAMETER;
    };
    let size = cb_size as usize;
    let injected = with_ledger(Ledger::attempt);
    let Some(p) = (if injected { None } else { raw_alloc(size) }) else {
        // SAFETY: checked non-null above.
        unsafe { lpp_buffer.write(core::ptr::null_mut()) };
        return MAPI_E_NOT_ENOUGH_MEMORY;
    };
    with_ledger(|l| {
        l.seq += 1;
        l.chained += 1;
        let block = Block {
            size,
            parent: Some(root),
            children: Vec::new(),
            seq: l.seq,
            step: l.step.clone(),
        };
        l.blocks.insert(p as usize, block);
        if let Some(parent) = l.blocks.get_mut(&root) {
            parent.children.push(p as usize);
        }
    });
    // SAFETY: checked non-null above.
    unsafe { lpp_buffer.write(p.cast()) };
    0
}

/// `MAPIFreeBuffer`: frees a root block and every block chained to it.
/// Freeing null does nothing.
///
/// # Safety
/// None beyond the MAPI contract: the pointer is only looked up, never
/// dereferenced unless it is a live block of this ledger.
pub unsafe extern "system" fn free_buffer(lp_buffer: LPVOID) -> ULONG {
    if lp_buffer.is_null() {
        return 0;
    }
    let key = lp_buffer as usize;
    let freed: Vec<(usize, usize)> = with_ledger(|l| {
        let is_root = match l.blocks.get(&key) {
            None => {
                l.misuse(format!(
                    "MAPIFreeBuffer({lp_buffer:p}): not a live block (freed twice, or never allocated here)"
                ));
                return Vec::new();
            }
            Some(b) => b.parent.is_none(),
        };
        if !is_root {
            l.misuse(format!(
                "MAPIFreeBuffer({lp_buffer:p}): a MAPIAllocateMore block, freed only with its parent"
            ));
            return Vec::new();
        }
        let Some(block) = l.blocks.remove(&key) else {
            return Vec::new();
        };
        l.frees += 1;
        let mut out = vec![(key, block.size)];
        for child in block.children {
            if let Some(c) = l.blocks.remove(&child) {
                out.push((child, c.size));
            }
        }
        out
    });
    for (p, size) in freed {
        raw_free(p, size);
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr;

    #[test]
    fn chained_blocks_go_with_their_parent_and_misuse_is_recorded() {
        let _one = crate::RUN.lock().unwrap_or_else(|e| e.into_inner());
        let before = counters();
        let mut root: LPVOID = ptr::null_mut();
        let mut child: LPVOID = ptr::null_mut();
        let mut grandchild: LPVOID = ptr::null_mut();
        // SAFETY: valid out-pointers.
        unsafe {
            assert_eq!(allocate_buffer(24, &mut root), 0);
            assert_eq!(allocate_more(8, root, &mut child), 0);
            assert_eq!(allocate_more(8, child, &mut grandchild), 0);
        }
        assert_eq!(live_since(before.seq).len(), 3);
        assert!(is_live_root(root) && !is_live_root(child) && is_live(child));
        // SAFETY: freeing a chained block is refused, not done.
        unsafe { free_buffer(child) };
        assert_eq!(live_since(before.seq).len(), 3);
        // SAFETY: root is live.
        unsafe { free_buffer(root) };
        assert!(live_since(before.seq).is_empty());
        // SAFETY: a double free is recorded, not done.
        unsafe { free_buffer(root) };
        let m = misuse_since(before.misuse);
        assert_eq!(m.len(), 2, "{m:?}");
        let mut bad: LPVOID = ptr::dangling_mut();
        // SAFETY: chaining to a freed block is refused.
        let hr = unsafe { allocate_more(4, root, &mut bad) };
        assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
        assert!(bad.is_null());
    }

    #[test]
    fn the_nth_allocation_fails_once() {
        let _one = crate::RUN.lock().unwrap_or_else(|e| e.into_inner());
        let before = counters();
        let injected = super::injected();
        fail_nth(Some(2));
        let mut a: LPVOID = ptr::null_mut();
        let mut b: LPVOID = ptr::dangling_mut();
        let mut c: LPVOID = ptr::null_mut();
        // SAFETY: valid out-pointers; `a` is a live root for the chained calls.
        unsafe {
            assert_eq!(allocate_buffer(8, &mut a), 0);
            assert_eq!(allocate_more(8, a, &mut b), MAPI_E_NOT_ENOUGH_MEMORY);
            assert!(b.is_null());
            assert_eq!(allocate_more(8, a, &mut c), 0);
            free_buffer(a);
        }
        assert_eq!(super::injected(), injected + 1);
        assert!(live_since(before.seq).is_empty());
        assert!(misuse_since(before.misuse).is_empty());
    }
}
