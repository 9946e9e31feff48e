//! What a stream or storage says of itself (`STATSTG`) crosses the ABI as
//! COM requires: the provider returns a `StatStg`, the thunk lays its name
//! out in task memory for the caller to free, and the caller side reads it
//! back and frees it; `IEnumSTATSTG::Next` fills the caller's entries the
//! same way. Task memory is counted: nothing leaks, nothing is freed twice.

use mapi_sys::value::testing::TaskCounter;
use mapi_sys::value::{FileTime, StatStg, TaskEntries, TaskOne};
use mapi_sys::*;
use std::sync::Mutex;

fn body_stat() -> StatStg {
    StatStg {
        name: Some("Body ✓".into()),
        kind: STGTY_STREAM,
        size: 5_000_000_000,
        modified: FileTime::from_u64(133_000_000_000_000_000),
        created: FileTime::from_u64(132_000_000_000_000_000),
        accessed: FileTime::from_u64(134_000_000_000_000_000),
        mode: STGM_READWRITE,
        locks_supported: 0,
        clsid: GUID::from_u128(0),
        state_bits: 0,
    }
}

/// A stream that only describes itself: `stat` returns `stat`, without its
/// name under `STATFLAG_NONAME`.
#[derive(ComObject)]
#[mapi(implements(IStream))]
struct Described {
    stat: StatStg,
}

impl ISequentialStreamImpl for Described {}

impl IStreamImpl for Described {
    fn stat(&self, flags: StreamStatFlags) -> Result<StatStg, Hresult> {
        let mut s = self.stat.clone();
        if flags.contains(StreamStatFlags::NONAME) {
            s.name = None;
        }
        Ok(s)
    }
}

fn described(stat: StatStg) -> ComPtr<IStream> {
    Described { stat }.into_com()
}

#[test]
fn a_stat_comes_back_whole_and_its_name_is_freed() {
    let counter = TaskCounter::install();
    let s = described(body_stat());
    assert_eq!(s.stat(StreamStatFlags::empty()), Ok(body_stat()));
    let unnamed = s.stat(StreamStatFlags::NONAME).expect("stat");
    assert_eq!(unnamed.name, None);
    assert_eq!(unnamed.size, 5_000_000_000, "all 64 bits of the size");
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn through_the_vtable_the_name_is_the_callers_task_memory() {
    let counter = TaskCounter::install();
    let s = described(body_stat());
    let vtbl = s.vtable();
    let this = s.as_raw().cast();
    // SAFETY: every member of STATSTG is an integer or a pointer.
    let mut raw: STATSTG = unsafe { std::mem::zeroed() };
    // SAFETY: a live object and a writable record.
    let hr = unsafe { (vtbl.Stat)(this, &mut raw, 0) };
    assert_eq!(hr, S_OK);
    assert!(!raw.pwcsName.is_null());
    assert_eq!(counter.live_blocks(), 1, "the name, for the caller");
    // SAFETY: a record the object filled in with task memory, owned here.
    let read = unsafe { TaskOne::<StatStg>::take(&mut raw) };
    assert_eq!(read, Ok(body_stat()));
    assert_eq!(counter.live_blocks(), 0);

    // SAFETY: a live object; the null record is what is checked.
    let hr = unsafe { (vtbl.Stat)(this, core::ptr::null_mut(), 0) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // SAFETY: a live object and a writable record.
    let hr = unsafe { (vtbl.Stat)(this, &mut raw, STATFLAG_NONAME) };
    assert_eq!(hr, S_OK);
    assert!(raw.pwcsName.is_null(), "no name asked for, none allocated");
    assert_eq!(counter.live_blocks(), 0);
}

#[test]
fn a_name_that_c_cannot_hold_fails_the_call_and_leaks_nothing() {
    let counter = TaskCounter::install();
    let s = described(StatStg {
        name: Some("a\0b".into()),
        ..body_stat()
    });
    assert_eq!(
        s.stat(StreamStatFlags::empty()),
        Err(Hresult(MAPI_E_INVALID_PARAMETER))
    );
    // SAFETY: every member of STATSTG is an integer or a pointer.
    let mut raw: STATSTG = unsafe { std::mem::zeroed() };
    raw.cbSize.QuadPart = 7;
    // SAFETY: a live object and a writable record.
    let hr = unsafe { (s.vtable().Stat)(s.as_raw().cast(), &mut raw, 0) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    assert!(raw.pwcsName.is_null());
    // SAFETY: all members are the same 64 bits.
    assert_eq!(unsafe { raw.cbSize.QuadPart }, 0, "emptied on failure");
    assert_eq!(counter.live_blocks(), 0);
}

/// An enumerator over a fixed list; `greedy` returns one more than asked.
#[derive(ComObject)]
#[mapi(implements(IEnumSTATSTG))]
struct Elements {
    items: Vec<StatStg>,
    at: Mutex<usize>,
    greedy: bool,
}

impl IEnumSTATSTGImpl for Elements {
    fn next(&self, want: ULONG) -> Result<Vec<StatStg>, Hresult> {
        let mut at = self.at.lock().expect("lock");
        let want = want as usize + usize::from(self.greedy);
        let end = (*at + want).min(self.items.len());
        let out = self.items[*at..end].to_vec();
        *at = end;
        Ok(out)
    }

    fn reset(&self) -> Result<(), Hresult> {
        *self.at.lock().expect("lock") = 0;
        Ok(())
    }
}

fn items() -> Vec<StatStg> {
    vec![
        body_stat(),
        StatStg {
            name: Some("Attachments".into()),
            kind: STGTY_STORAGE,
            ..StatStg::default()
        },
        StatStg::default(),
    ]
}

fn elements(greedy: bool) -> ComPtr<IEnumSTATSTG> {
    Elements {
        items: items(),
        at: Mutex::new(0),
        greedy,
    }
    .into_com()
}

#[test]
fn an_enumerator_fills_the_callers_entries_with_names_it_gives_up() {
    let counter = TaskCounter::install();
    let e = elements(false);
    assert_eq!(e.next(2), Ok(items()[..2].to_vec()));
    assert_eq!(e.next(5), Ok(items()[2..].to_vec()), "fewer than asked");
    assert_eq!(e.next(1), Ok(Vec::new()));
    assert_eq!(counter.live_blocks(), 0);

    e.reset().expect("reset");
    let vtbl = e.vtable();
    let this = e.as_raw().cast();
    let mut buf = TaskEntries::<StatStg>::buffer(4).expect("small");
    let mut got: ULONG = 9;
    // SAFETY: a live object, four writable entries and a writable count.
    let hr = unsafe { (vtbl.Next)(this, 4, buf.as_mut_ptr(), &mut got) };
    assert_eq!((hr, got), (S_FALSE, 3), "S_FALSE: fewer than asked for");
    assert_eq!(
        counter.live_blocks(),
        2,
        "two names; the array is the caller's"
    );
    // SAFETY: entries filled in by the object, or zeroed.
    let read = unsafe { TaskEntries::<StatStg>::adopt(&mut buf, got) };
    assert_eq!(read, Ok(items()));
    assert_eq!(counter.live_blocks(), 0);

    // COM lets a caller asking for one element pass no count; asking for
    // more without one is refused.
    e.reset().expect("reset");
    // SAFETY: a live object and one writable entry; no count.
    let hr = unsafe { (vtbl.Next)(this, 1, buf.as_mut_ptr(), core::ptr::null_mut()) };
    assert_eq!(hr, S_OK);
    // SAFETY: the entry the object filled in.
    let read = unsafe { TaskEntries::<StatStg>::adopt(&mut buf, 1) };
    assert_eq!(read, Ok(vec![body_stat()]));
    // SAFETY: a live object; the missing count is what is checked.
    let hr = unsafe { (vtbl.Next)(this, 2, buf.as_mut_ptr(), core::ptr::null_mut()) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    // SAFETY: as above, a null array with room asked for.
    let hr = unsafe { (vtbl.Next)(this, 2, core::ptr::null_mut(), &mut got) };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
    assert_eq!(counter.live_blocks(), 0);

    // More than asked for fails the call, and nothing reaches the caller.
    let greedy = elements(true);
    assert_eq!(greedy.next(1), Err(Hresult(MAPI_E_CALL_FAILED)));
    greedy.reset().expect("reset");
    got = 9;
    // SAFETY: a live object, writable entries and count.
    let hr =
        unsafe { (greedy.vtable().Next)(greedy.as_raw().cast(), 1, buf.as_mut_ptr(), &mut got) };
    assert_eq!((hr, got), (MAPI_E_CALL_FAILED, 0));
    assert!(buf.iter().all(|e| e.pwcsName.is_null()));
    assert_eq!(counter.live_blocks(), 0);
}

/// An enumerator whose `Next` breaks COM's rule: it fails, yet leaves a
/// named entry in the caller's array (a static object: no counting).
#[repr(C)]
struct Careless {
    vtbl: *const IEnumSTATSTGVtbl,
}

unsafe extern "system" fn careless_next(
    _this: *mut core::ffi::c_void,
    _celt: ULONG,
    rgelt: *mut STATSTG,
    fetched: *mut ULONG,
) -> HRESULT {
    let name = value::TaskStr::unicode("left behind").expect("task memory");
    // SAFETY: the caller's writable entry and count.
    unsafe {
        (*rgelt).pwcsName = name.into_raw().cast();
        if !fetched.is_null() {
            *fetched = 1;
        }
    }
    E_FAIL
}

unsafe extern "system" fn careless_unknown(
    _this: *mut core::ffi::c_void,
    _riid: REFIID,
    _out: *mut *mut core::ffi::c_void,
) -> HRESULT {
    E_NOINTERFACE
}

unsafe extern "system" fn careless_count(_this: *mut core::ffi::c_void) -> ULONG {
    1
}

unsafe extern "system" fn careless_skip(_this: *mut core::ffi::c_void, _celt: ULONG) -> HRESULT {
    E_NOTIMPL
}

unsafe extern "system" fn careless_reset(_this: *mut core::ffi::c_void) -> HRESULT {
    E_NOTIMPL
}

unsafe extern "system" fn careless_clone(
    _this: *mut core::ffi::c_void,
    _out: *mut *mut IEnumSTATSTG,
) -> HRESULT {
    E_NOTIMPL
}

static CARELESS_VTBL: IEnumSTATSTGVtbl = IEnumSTATSTGVtbl {
    base__: IUnknownVtbl {
        QueryInterface: careless_unknown,
        AddRef: careless_count,
        Release: careless_count,
    },
    Next: careless_next,
    Skip: careless_skip,
    Reset: careless_reset,
    Clone: careless_clone,
};

#[test]
fn what_a_failing_enumerator_leaves_behind_is_freed_by_the_caller_side() {
    let counter = TaskCounter::install();
    let mut object = Careless {
        vtbl: &CARELESS_VTBL,
    };
    // SAFETY: a live object whose first field is its vtable pointer; its
    // reference count is not kept, so the `ComPtr`'s release does nothing.
    let e = unsafe { ComPtr::<IEnumSTATSTG>::from_raw(std::ptr::from_mut(&mut object).cast()) }
        .expect("non-null");
    assert_eq!(e.next(1), Err(Hresult(E_FAIL)));
    assert_eq!(counter.live_blocks(), 0, "the name it left is freed");
}
