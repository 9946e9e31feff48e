//! What [`TaskAllocator`](super::TaskAllocator) and
//! [`BstrAllocator`](super::BstrAllocator) share: a pair of functions, one
//! that allocates and one that frees, and the process's pair, installed at
//! most once and the system's until then.

use core::fmt;
use std::sync::OnceLock;

/// A function pointer's address, what tells two pairs apart (the bound of
/// `core::ptr::fn_addr_eq` cannot be named on stable Rust).
pub(crate) trait FnAddr: Copy {
    /// The address of the function.
    fn addr(self) -> *const ();
}

impl<A, R> FnAddr for unsafe extern "system" fn(A) -> R {
    fn addr(self) -> *const () {
        self as *const ()
    }
}

impl<A, B, R> FnAddr for unsafe extern "system" fn(A, B) -> R {
    fn addr(self) -> *const () {
        self as *const ()
    }
}

/// An allocating function and the function that frees what it allocates.
#[derive(Clone, Copy)]
pub(crate) struct Pair<A, F> {
    pub(crate) alloc: A,
    pub(crate) free: F,
}

impl<A: FnAddr, F: FnAddr> Pair<A, F> {
    /// Whether both functions are the same as `other`'s.
    pub(crate) fn same(&self, other: &Self) -> bool {
        self.alloc.addr() == other.alloc.addr() && self.free.addr() == other.free.addr()
    }

    /// The pair's `Debug`, as the public handle `name` shows it.
    pub(crate) fn debug(&self, name: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct(name)
            .field("alloc", &self.alloc.addr())
            .field("free", &self.free.addr())
            .finish()
    }
}

/// The pair a process installed, of one kind of memory.
pub(crate) struct Installed<A, F>(OnceLock<Pair<A, F>>);

impl<A: FnAddr, F: FnAddr> Installed<A, F> {
    /// None yet.
    pub(crate) const fn new() -> Self {
        Installed(OnceLock::new())
    }

    /// The installed pair, or `system` when none was.
    pub(crate) fn current(&self, system: Pair<A, F>) -> Pair<A, F> {
        self.0.get().copied().unwrap_or(system)
    }

    /// Installs `pair` unless one was installed before (which stays);
    /// whether the installed pair is now `pair`.
    pub(crate) fn install(&self, pair: Pair<A, F>) -> bool {
        self.0.get_or_init(|| pair).same(&pair)
    }
}
