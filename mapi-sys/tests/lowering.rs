//! The thunks the lowering shapes, called through raw vtable pointers as a
//! host calls them: unknown-flag policies, reserved words, out interfaces
//! that may be null on success, counted buffers (null, misaligned, empty),
//! optional outs, a method that returns no status, opaque values kept
//! and handed back as they are, counted bytes (`SBinary`), and MAPI bytes
//! the object replaces with its own.

use mapi_sys::*;
use std::ffi::c_void;
use std::ptr::{self, NonNull};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

mapi_sys::include_idl!("tests/idl/roles.idl");

#[derive(ComObject, Default)]
#[mapi(implements(ITestRoles))]
struct Roles {
    seen: Mutex<Vec<u32>>,
    /// The address `Stash` was given, for `Fetch`.
    stash: AtomicUsize,
}

#[derive(ComObject, Default)]
#[mapi(implements(ITestRoles), unknown_flags = "keep")]
struct Keeps {
    seen: Mutex<Vec<u32>>,
    stash: AtomicUsize,
}

#[derive(ComObject, Default)]
#[mapi(implements(ITestRoles), unknown_flags = "reject")]
struct Rejects {
    seen: Mutex<Vec<u32>>,
    stash: AtomicUsize,
}

fn record(seen: &Mutex<Vec<u32>>, bits: u32) -> Result<ULONG, Hresult> {
    seen.lock()
        .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
        .push(bits);
    Ok(bits)
}

macro_rules! roles {
    ($t:ty) => {
        impl ITestRolesImpl for $t {
            fn maybe_table(&self) -> Result<Option<ComPtr<IMAPITable>>, Hresult> {
                Ok(None)
            }
            fn reserved(&self, a: Reserved, b: Reserved) -> Result<(), Hresult> {
                assert!(a.is_empty() && b.is_empty());
                record(&self.seen, 0).map(drop)
            }
            fn keep(&self, f: KeepFlags) -> Result<ULONG, Hresult> {
                record(&self.seen, f.bits())
            }
            fn reject(&self, f: RejectFlags) -> Result<ULONG, Hresult> {
                record(&self.seen, f.bits())
            }
            fn fill(&self, pb: &mut [u8]) -> Result<ULONG, Hresult> {
                pb.fill(0xAB);
                Ok(pb.len() as ULONG)
            }
            fn sum(&self, rgl: &[LONG]) -> Result<LONG, Hresult> {
                Ok(rgl.iter().sum())
            }
            fn count(&self, rgl: &[LONG]) -> ULONG {
                if rgl.first() == Some(&-1) {
                    panic!("asked to panic");
                }
                rgl.len() as ULONG
            }
            fn stash(
                &self,
                pv: Option<NonNull<c_void>>,
                key: Option<NonNull<c_void>>,
            ) -> Result<(), Hresult> {
                // Only the addresses: the object never looks through them.
                if key.is_some() {
                    return Err(Hresult(MAPI_E_NO_SUPPORT));
                }
                let addr = pv.map_or(0, |p| p.as_ptr() as usize);
                self.stash.store(addr, Ordering::SeqCst);
                Ok(())
            }
            fn fetch(&self) -> Result<Option<NonNull<c_void>>, Hresult> {
                let addr = self.stash.load(Ordering::SeqCst);
                Ok(NonNull::new(ptr::without_provenance_mut(addr)))
            }
            fn sum_bytes(&self, key: &[u8], more: Option<&[u8]>) -> Result<ULONG, Hresult> {
                let sum = |b: &[u8]| b.iter().map(|&x| ULONG::from(x)).sum::<ULONG>();
                Ok(sum(key) + more.map_or(0, sum))
            }
        }
    };
}
roles!(Roles);
roles!(Keeps);
roles!(Rejects);

/// The raw interface pointer and its vtable, as a host holds them.
struct Raw(*mut ITestRoles);

impl Raw {
    fn new(p: ComPtr<ITestRoles>) -> Raw {
        Raw(p.into_raw())
    }
    fn vt(&self) -> &ITestRolesVtbl {
        // SAFETY: a live object whose first field is its vtable pointer.
        unsafe { &*(*self.0).lpVtbl }
    }
    fn this(&self) -> *mut c_void {
        self.0.cast()
    }
}

impl Drop for Raw {
    fn drop(&mut self) {
        // SAFETY: the host's one reference, given back once.
        unsafe { (self.vt().base__.Release)(self.this()) };
    }
}

/// A bit that no flag group of `G` lists.
fn unknown_bit<G: FlagSet>() -> u32 {
    (0..32)
        .map(|b| 1u32 << b)
        .find(|b| b & (G::IN_MASK | G::OUT_MASK) == 0)
        .expect("a free bit")
}

#[test]
fn unknown_flags_follow_the_group_unless_the_object_overrides() {
    let keep_bit = unknown_bit::<KeepFlags>() | KEEP_A;
    let reject_bit = unknown_bit::<RejectFlags>() | REJECT_A;
    let call = |o: &Raw, keep: bool, bits: u32| {
        let mut seen = 0;
        // SAFETY: a live object; `seen` is a valid out-pointer.
        let hr = unsafe {
            if keep {
                (o.vt().Keep)(o.this(), bits, &mut seen)
            } else {
                (o.vt().Reject)(o.this(), bits, &mut seen)
            }
        };
        (hr, seen)
    };
    // As declared: the `keep` group passes the unknown bit through, the
    // other answers MAPI_E_UNKNOWN_FLAGS without calling the object.
    let o = Raw::new(Roles::default().into_com());
    assert_eq!(call(&o, true, keep_bit), (0, keep_bit));
    assert_eq!(call(&o, false, reject_bit), (MAPI_E_UNKNOWN_FLAGS, 0));
    // `unknown_flags = "keep"` keeps them in every group.
    let o = Raw::new(Keeps::default().into_com());
    assert_eq!(call(&o, false, reject_bit), (0, reject_bit));
    // `unknown_flags = "reject"` rejects them even where the group keeps.
    let o = Raw::new(Rejects::default().into_com());
    assert_eq!(call(&o, true, keep_bit), (MAPI_E_UNKNOWN_FLAGS, 0));
    assert_eq!(call(&o, true, KEEP_A), (0, KEEP_A));
}

#[test]
fn reserved_words_must_be_zero() {
    let o = Raw::new(Roles::default().into_com());
    let call = |a: u32, b: Option<u32>| {
        let mut word = b.unwrap_or(0);
        let p = if b.is_some() {
            &mut word as *mut u32
        } else {
            ptr::null_mut()
        };
        // SAFETY: a live object; `p` is null or valid.
        let hr = unsafe { (o.vt().Reserved)(o.this(), a, p) };
        (hr, word)
    };
    assert_eq!(call(0, Some(0)), (0, 0));
    assert_eq!(call(1, Some(0)).0, MAPI_E_UNKNOWN_FLAGS);
    assert_eq!(call(0, Some(4)), (MAPI_E_UNKNOWN_FLAGS, 4));
    assert_eq!(call(0, None).0, MAPI_E_INVALID_PARAMETER);
}

#[test]
fn an_out_interface_may_be_null_on_success_where_declared() {
    let o = Raw::new(Roles::default().into_com());
    let mut table = ptr::dangling_mut::<IMAPITable>();
    // SAFETY: a live object; `table` is a valid out-pointer.
    let hr = unsafe { (o.vt().MaybeTable)(o.this(), &mut table) };
    assert_eq!((hr, table), (0, ptr::null_mut()));
    // SAFETY: as above, with a null out-pointer (required).
    let hr = unsafe { (o.vt().MaybeTable)(o.this(), ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
}

#[test]
fn counted_out_buffers_and_optional_outs() {
    let o = Raw::new(Roles::default().into_com());
    let mut buf = [0u8; 5];
    let mut written = 0;
    // SAFETY: a live object; the buffer holds `cb` bytes.
    let hr = unsafe { (o.vt().Fill)(o.this(), buf.as_mut_ptr(), 5, &mut written) };
    assert_eq!((hr, written, buf), (0, 5, [0xAB; 5]));
    // The count written is optional: a null pointer is not an error.
    // SAFETY: as above.
    let hr = unsafe { (o.vt().Fill)(o.this(), buf.as_mut_ptr(), 2, ptr::null_mut()) };
    assert_eq!(hr, 0);
    // A null buffer with a length is refused before the object runs; with
    // no length it is an empty slice.
    // SAFETY: as above; the thunk checks the null buffer.
    let hr = unsafe { (o.vt().Fill)(o.this(), ptr::null_mut(), 3, &mut written) };
    assert_eq!((hr, written), (MAPI_E_INVALID_PARAMETER, 0));
    // SAFETY: as above.
    let hr = unsafe { (o.vt().Fill)(o.this(), ptr::null_mut(), 0, &mut written) };
    assert_eq!((hr, written), (0, 0));
}

#[test]
fn element_buffers_are_checked_for_null_and_alignment() {
    let o = Raw::new(Roles::default().into_com());
    let values: [LONG; 4] = [1, 2, 3, 4];
    let mut sum = 0;
    // SAFETY: a live object; `values` holds 4 elements.
    let hr = unsafe { (o.vt().Sum)(o.this(), 4, values.as_ptr().cast_mut(), &mut sum) };
    assert_eq!((hr, sum), (0, 10));
    // A misaligned array from a host is an error, not undefined behaviour.
    let bytes = [0u8; 20];
    let misaligned = bytes.as_ptr().wrapping_add(1).cast::<LONG>().cast_mut();
    // SAFETY: the thunk refuses the misaligned pointer before reading it.
    let hr = unsafe { (o.vt().Sum)(o.this(), 2, misaligned, &mut sum) };
    assert_eq!((hr, sum), (MAPI_E_INVALID_PARAMETER, 0));
}

#[test]
fn a_method_without_a_status_answers_zero_when_it_cannot_run() {
    let o = Raw::new(Roles::default().into_com());
    let values: [LONG; 3] = [5, 6, 7];
    // SAFETY: a live object; `values` holds 3 elements.
    assert_eq!(
        unsafe { (o.vt().Count)(o.this(), 3, values.as_ptr().cast_mut()) },
        3
    );
    // SAFETY: the thunk refuses the null buffer with a length.
    assert_eq!(unsafe { (o.vt().Count)(o.this(), 3, ptr::null_mut()) }, 0);
    let panics: [LONG; 1] = [-1];
    // SAFETY: a live object; the provider panics, the thunk answers zero.
    assert_eq!(
        unsafe { (o.vt().Count)(o.this(), 1, panics.as_ptr().cast_mut()) },
        0
    );
}

#[test]
fn opaque_values_are_kept_and_handed_back_as_they_are() {
    let com = Roles::default().into_com();
    let o = Raw::new(com.clone());
    // A value no one may look through: a dangling, well-aligned address.
    let value = ptr::dangling_mut::<u64>().cast::<c_void>();
    // SAFETY: a live object; the values are never dereferenced.
    let hr = unsafe { (o.vt().Stash)(o.this(), value, ptr::null()) };
    assert_eq!(hr, 0);
    let mut out = ptr::null_mut();
    // SAFETY: a live object; `out` is a valid out-pointer.
    let hr = unsafe { (o.vt().Fetch)(o.this(), &mut out) };
    assert_eq!((hr, out), (0, value));
    // The out-pointer is required.
    // SAFETY: the thunk refuses the null out-pointer.
    let hr = unsafe { (o.vt().Fetch)(o.this(), ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // The caller's side: the same values, as `Option<NonNull<c_void>>`.
    let key = NonNull::new(ptr::dangling_mut::<u8>().cast::<c_void>());
    assert_eq!(com.stash(None, key), Err(Hresult(MAPI_E_NO_SUPPORT)));
    assert_eq!(com.fetch(), Ok(NonNull::new(value)));
    assert_eq!(com.stash(None, None), Ok(()));
    assert_eq!(com.fetch(), Ok(None));
}

#[test]
fn counted_bytes_are_read_and_checked() {
    let com = Roles::default().into_com();
    let o = Raw::new(com.clone());
    let mut key = [1u8, 2, 3];
    let mut more = [10u8];
    let bin = |b: &mut [u8]| SBinary {
        cb: b.len() as ULONG,
        lpb: b.as_mut_ptr(),
    };
    let (mut k, mut m) = (bin(&mut key), bin(&mut more));
    let mut sum = 0;
    // SAFETY: a live object; both SBinary point to their bytes.
    let hr = unsafe { (o.vt().SumBytes)(o.this(), &mut k, &mut m, &mut sum) };
    assert_eq!((hr, sum), (0, 16));
    // SAFETY: as above; the second key is optional.
    let hr = unsafe { (o.vt().SumBytes)(o.this(), &mut k, ptr::null_mut(), &mut sum) };
    assert_eq!((hr, sum), (0, 6));
    // A required key that is null, or bytes missing behind a count, are
    // refused before the object runs.
    // SAFETY: the thunk checks both.
    let hr = unsafe { (o.vt().SumBytes)(o.this(), ptr::null_mut(), &mut m, &mut sum) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    let mut hollow = SBinary {
        cb: 4,
        lpb: ptr::null_mut(),
    };
    // SAFETY: as above.
    let hr = unsafe { (o.vt().SumBytes)(o.this(), &mut hollow, ptr::null_mut(), &mut sum) };
    assert_ne!(hr, 0);
    // The caller's side lays the slices out for the call.
    assert_eq!(com.sum_bytes(&[5, 5], Some(&[1])), Ok(11));
    assert_eq!(com.sum_bytes(&[], None), Ok(0));
}

/// An object with an allocator, for the bytes it replaces.
#[derive(ComObject)]
#[mapi(implements(ITestRoles), allocator = alloc)]
struct Replacer {
    alloc: value::Allocator,
}

impl ITestRolesImpl for Replacer {
    fn count(&self, rgl: &[LONG]) -> ULONG {
        rgl.len() as ULONG
    }
    fn reverse(&self, bytes: Option<&[u8]>) -> Result<Option<Vec<u8>>, Hresult> {
        match bytes {
            Some([]) => Err(Hresult(MAPI_E_INVALID_PARAMETER)),
            Some(b) => Ok(Some(b.iter().rev().copied().collect())),
            None => Ok(None),
        }
    }
}

#[test]
fn mapi_bytes_are_replaced_with_the_objects_and_the_old_freed() {
    use value::testing::CountingAllocator;
    let counting = CountingAllocator::new();
    let alloc = counting.allocator();
    let com: ComPtr<ITestRoles> = Replacer { alloc }.into_com();
    let o = Raw::new(com.clone());
    // Through the vtable: the caller's block is freed, a new one stored.
    let old = value::write_bytes(&alloc, &[1, 2, 3]).expect("bytes");
    let (mut cb, ptr) = old.into_raw_parts();
    let mut pb = ptr.cast::<u8>();
    // SAFETY: a live object; MAPI bytes of `alloc` and their size.
    let hr = unsafe { (o.vt().Reverse)(o.this(), &mut cb, &mut pb) };
    assert_eq!(hr, 0);
    assert_ne!(pb, ptr, "a new block");
    // SAFETY: the object's new block of `alloc`, `cb` bytes.
    let new = unsafe { value::MapiBuffer::from_raw(alloc, pb, cb) }.expect("bytes");
    assert_eq!(new.as_slice(), [3, 2, 1]);
    drop(new);
    assert_eq!(counting.live_blocks(), 0, "the old block was freed");
    // Null pointers are refused; null bytes go in as `None` and stay.
    // SAFETY: the thunk checks the null count pointer.
    let hr = unsafe { (o.vt().Reverse)(o.this(), ptr::null_mut(), &mut pb) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    let (mut cb, mut pb) = (0, ptr::null_mut());
    // SAFETY: a live object; no bytes.
    let hr = unsafe { (o.vt().Reverse)(o.this(), &mut cb, &mut pb) };
    assert_eq!((hr, cb, pb), (0, 0, ptr::null_mut()));
    // The caller's side: the buffer is given, replaced and adopted; kept
    // when the object fails.
    let mut bytes = Some(value::write_bytes(&alloc, &[4, 5]).expect("bytes"));
    assert_eq!(com.reverse(&alloc, &mut bytes), Ok(()));
    assert_eq!(
        bytes.as_ref().map(|b| b.as_slice().to_vec()),
        Some(vec![5, 4])
    );
    let mut empty = Some(value::write_bytes(&alloc, &[]).expect("bytes"));
    assert_eq!(
        com.reverse(&alloc, &mut empty),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    assert!(empty.is_some(), "the caller's block is still the caller's");
    drop((bytes, empty, o, com));
    assert_eq!(counting.live_blocks(), 0, "leaked blocks");
}
