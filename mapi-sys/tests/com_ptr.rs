//! `ComPtr` and the generated caller methods (`IMsgStoreExt`,
//! `IMAPIPropExt`, `IMAPITableExt`) driven against a fake store built by
//! hand: a `#[repr(C)]` object whose vtable pointer leads to a static
//! `IMsgStoreVtbl` of `extern "system"` functions, which records every call.

use mapi_sys::*;
use std::ffi::c_void;
use std::ptr;
use std::sync::atomic::{AtomicU32, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// A call the fake store saw, with its raw arguments.
#[derive(Clone, Debug, PartialEq)]
enum Call {
    QueryInterface(GUID),
    StoreLogoff(u32),
    CompareEntryIDs {
        cb1: u32,
        p1: usize,
        cb2: u32,
        p2: usize,
        flags: u32,
    },
    SetProps {
        count: u32,
        /// Whether the array was aligned for `SPropValue`.
        aligned: bool,
        tags: Vec<u32>,
        values: Vec<i32>,
    },
    OpenEntry {
        cb: u32,
        ptr: usize,
        iid: Option<GUID>,
        flags: u32,
    },
    GetReceiveFolderTable(u32),
}

/// What the test observes of the store, alive after the store is freed.
#[derive(Default)]
struct State {
    /// The allocator the store allocates what it returns with (MAPI's).
    alloc: value::testing::CountingAllocator,
    refs: AtomicU32,
    frees: AtomicUsize,
    calls: Mutex<Vec<Call>>,
    tables_dropped: AtomicUsize,
}

impl State {
    fn refs(&self) -> u32 {
        self.refs.load(Ordering::SeqCst)
    }

    fn record(&self, c: Call) {
        if let Ok(mut v) = self.calls.lock() {
            v.push(c);
        }
    }

    fn take_calls(&self) -> Vec<Call> {
        self.calls
            .lock()
            .map(|mut v| std::mem::take(&mut *v))
            .unwrap_or_default()
    }
}

/// The fake object: vtable pointer first, as COM requires.
#[repr(C)]
struct FakeStore {
    vtbl: *const IMsgStoreVtbl,
    state: Arc<State>,
}

/// A new store with one reference, owned by the returned `ComPtr`.
fn new_store() -> (ComPtr<IMsgStore>, Arc<State>) {
    let state = Arc::new(State::default());
    state.refs.store(1, Ordering::SeqCst);
    let object = Box::into_raw(Box::new(FakeStore {
        vtbl: &VTBL,
        state: state.clone(),
    }));
    // SAFETY: a live object whose first field points to an IMsgStore vtable;
    // the ComPtr takes over the one reference it starts with.
    let store = unsafe { ComPtr::from_raw(object.cast::<IMsgStore>()) }.expect("non-null");
    (store, state)
}

fn state<'a>(this: *mut c_void) -> &'a Arc<State> {
    // SAFETY: `this` is a live `FakeStore` (the vtable is only reachable
    // through one).
    unsafe { &(*this.cast::<FakeStore>()).state }
}

unsafe extern "system" fn query_interface(
    this: *mut c_void,
    riid: REFIID,
    ppv: *mut *mut c_void,
) -> HRESULT {
    // SAFETY: callers pass a valid IID and out-pointer.
    let iid = unsafe { *riid };
    let st = state(this);
    st.record(Call::QueryInterface(iid));
    if [IID_IUnknown, IID_IMAPIProp, IID_IMsgStore].contains(&iid) {
        st.refs.fetch_add(1, Ordering::SeqCst);
        // SAFETY: valid out-pointer.
        unsafe { ppv.write(this) };
        S_OK
    } else {
        // SAFETY: valid out-pointer.
        unsafe { ppv.write(ptr::null_mut()) };
        E_NOINTERFACE
    }
}

unsafe extern "system" fn add_ref(this: *mut c_void) -> ULONG {
    state(this).refs.fetch_add(1, Ordering::SeqCst) + 1
}

unsafe extern "system" fn release(this: *mut c_void) -> ULONG {
    let st = state(this);
    let left = st.refs.fetch_sub(1, Ordering::SeqCst) - 1;
    if left == 0 {
        st.frees.fetch_add(1, Ordering::SeqCst);
        // SAFETY: the last reference is gone; the object came from `Box`.
        drop(unsafe { Box::from_raw(this.cast::<FakeStore>()) });
    }
    left
}

unsafe extern "system" fn store_logoff(this: *mut c_void, lpul_flags: *mut ULONG) -> HRESULT {
    // SAFETY: valid in-out pointer.
    let input = unsafe { lpul_flags.read() };
    state(this).record(Call::StoreLogoff(input));
    if input & LOGOFF_QUIET != 0 {
        // Busy: say why, and fail.
        // SAFETY: valid in-out pointer.
        unsafe { lpul_flags.write(LOGOFF_OUTBOUND) };
        return MAPI_E_BUSY;
    }
    // SAFETY: valid in-out pointer.
    unsafe { lpul_flags.write(LOGOFF_INBOUND | LOGOFF_OUTBOUND_QUEUE) };
    S_OK
}

unsafe extern "system" fn compare_entry_ids(
    this: *mut c_void,
    cb1: ULONG,
    p1: LPENTRYID,
    cb2: ULONG,
    p2: LPENTRYID,
    flags: ULONG,
    result: *mut ULONG,
) -> HRESULT {
    state(this).record(Call::CompareEntryIDs {
        cb1,
        p1: p1 as usize,
        cb2,
        p2: p2 as usize,
        flags,
    });
    // SAFETY: the caller passes `cb` readable bytes at each pointer.
    let (a, b) = unsafe {
        (
            std::slice::from_raw_parts(p1.cast::<u8>(), cb1 as usize),
            std::slice::from_raw_parts(p2.cast::<u8>(), cb2 as usize),
        )
    };
    // SAFETY: valid out-pointer.
    unsafe { result.write(ULONG::from(a == b)) };
    S_OK
}

unsafe extern "system" fn set_props(
    this: *mut c_void,
    c_values: ULONG,
    lp_prop_array: LPSPropValue,
    lpp_problems: *mut LPSPropProblemArray,
) -> HRESULT {
    // SAFETY: the caller passes `c_values` values.
    let values = unsafe { std::slice::from_raw_parts(lp_prop_array, c_values as usize) };
    let st = state(this);
    st.record(Call::SetProps {
        count: c_values,
        aligned: lp_prop_array.is_aligned(),
        tags: values.iter().map(|v| v.ulPropTag).collect(),
        // SAFETY: the test sets only `PT_LONG` values.
        values: values.iter().map(|v| unsafe { v.Value.l }).collect(),
    });
    // A negative value is a problem: the store reports it in an array of
    // its allocator, for the caller to free.
    let problems: Vec<value::Problem> = values
        .iter()
        .enumerate()
        // SAFETY: as above.
        .filter(|(_, v)| unsafe { v.Value.l } < 0)
        .map(|(i, v)| value::Problem {
            index: i as u32,
            tag: value::PropTag(v.ulPropTag),
            scode: Hresult(MAPI_E_NO_ACCESS),
        })
        .collect();
    let out = if problems.is_empty() {
        ptr::null_mut()
    } else {
        match value::write_problems(&st.alloc.allocator(), &problems) {
            Ok(b) => b.into_raw(),
            Err(e) => return e.0,
        }
    };
    if !lpp_problems.is_null() {
        // SAFETY: checked non-null.
        unsafe { lpp_problems.write(out) };
    }
    S_OK
}

unsafe extern "system" fn open_entry(
    this: *mut c_void,
    cb_entry_id: ULONG,
    lp_entry_id: LPENTRYID,
    lp_interface: LPCIID,
    ul_flags: ULONG,
    lpul_obj_type: *mut ULONG,
    lpp_unk: *mut LPUNKNOWN,
) -> HRESULT {
    // SAFETY: a non-null IID pointer is valid.
    let iid = (!lp_interface.is_null()).then(|| unsafe { *lp_interface });
    state(this).record(Call::OpenEntry {
        cb: cb_entry_id,
        ptr: lp_entry_id as usize,
        iid,
        flags: ul_flags,
    });
    // "Opening" the root gives the store itself, as the interface asked for.
    let wanted = iid.unwrap_or(IID_IMsgStore);
    // SAFETY: valid out-pointers; `query_interface` AddRefs on success.
    unsafe {
        lpul_obj_type.write(MAPI_STORE);
        query_interface(this, &wanted, lpp_unk.cast())
    }
}

/// The table `GetReceiveFolderTable` hands out: a derived object (every
/// method answers `MAPI_E_NO_SUPPORT`) that counts its drop.
#[derive(ComObject)]
#[mapi(implements(IMAPITable))]
struct FakeTable {
    state: Arc<State>,
}

impl IMAPITableImpl for FakeTable {}

impl Drop for FakeTable {
    fn drop(&mut self) {
        self.state.tables_dropped.fetch_add(1, Ordering::SeqCst);
    }
}

unsafe extern "system" fn get_receive_folder_table(
    this: *mut c_void,
    ul_flags: ULONG,
    lpp_table: *mut LPMAPITABLE,
) -> HRESULT {
    let st = state(this);
    st.record(Call::GetReceiveFolderTable(ul_flags));
    let table = FakeTable { state: st.clone() }.into_raw();
    // SAFETY: valid out-pointer; the caller receives the one reference.
    unsafe { lpp_table.write(table) };
    S_OK
}

/// Slots the tests do not use.
macro_rules! stubs {
    ($($name:ident($($t:ty),*);)*) => {$(
        unsafe extern "system" fn $name(_: *mut c_void $(, _: $t)*) -> HRESULT {
            MAPI_E_NO_SUPPORT
        }
    )*};
}

stubs! {
    get_last_error(HRESULT, ULONG, *mut LPMAPIERROR);
    save_changes(ULONG);
    get_props(LPSPropTagArray, ULONG, *mut ULONG, *mut LPSPropValue);
    get_prop_list(ULONG, *mut LPSPropTagArray);
    open_property(ULONG, LPCIID, ULONG, ULONG, *mut LPUNKNOWN);
    delete_props(LPSPropTagArray, *mut LPSPropProblemArray);
    copy_to(ULONG, LPCIID, LPSPropTagArray, ULONG_PTR, LPMAPIPROGRESS, LPCIID, LPVOID, ULONG, *mut LPSPropProblemArray);
    copy_props(LPSPropTagArray, ULONG_PTR, LPMAPIPROGRESS, LPCIID, LPVOID, ULONG, *mut LPSPropProblemArray);
    get_names_from_ids(*mut LPSPropTagArray, LPGUID, ULONG, *mut ULONG, *mut *mut LPMAPINAMEID);
    get_ids_from_names(ULONG, *mut LPMAPINAMEID, ULONG, *mut LPSPropTagArray);
    advise(ULONG, LPENTRYID, ULONG, LPMAPIADVISESINK, *mut ULONG_PTR);
    unadvise(ULONG_PTR);
    set_receive_folder(LPTSTR, ULONG, ULONG, LPENTRYID);
    get_receive_folder(LPTSTR, ULONG, *mut ULONG, *mut LPENTRYID, *mut LPTSTR);
    abort_submit(ULONG, LPENTRYID, ULONG);
    get_outgoing_queue(ULONG, *mut LPMAPITABLE);
    set_lock_state(LPMESSAGE, ULONG);
    finished_msg(ULONG, ULONG, LPENTRYID);
    notify_new_mail(LPNOTIFICATION);
}

static VTBL: IMsgStoreVtbl = IMsgStoreVtbl {
    base__: IMAPIPropVtbl {
        base__: IUnknownVtbl {
            QueryInterface: query_interface,
            AddRef: add_ref,
            Release: release,
        },
        GetLastError: get_last_error,
        SaveChanges: save_changes,
        GetProps: get_props,
        GetPropList: get_prop_list,
        OpenProperty: open_property,
        SetProps: set_props,
        DeleteProps: delete_props,
        CopyTo: copy_to,
        CopyProps: copy_props,
        GetNamesFromIDs: get_names_from_ids,
        GetIDsFromNames: get_ids_from_names,
    },
    Advise: advise,
    Unadvise: unadvise,
    CompareEntryIDs: compare_entry_ids,
    OpenEntry: open_entry,
    SetReceiveFolder: set_receive_folder,
    GetReceiveFolder: get_receive_folder,
    GetReceiveFolderTable: get_receive_folder_table,
    StoreLogoff: store_logoff,
    AbortSubmit: abort_submit,
    GetOutgoingQueue: get_outgoing_queue,
    SetLockState: set_lock_state,
    FinishedMsg: finished_msg,
    NotifyNewMail: notify_new_mail,
};

/// Compile-time facts: the base chain, itself included.
fn inherits<T: Inherits<B>, B: Interface>() {}

#[test]
fn every_interface_inherits_its_whole_chain() {
    inherits::<IMsgStore, IUnknown>();
    inherits::<IMsgStore, IMAPIProp>();
    inherits::<IMsgStore, IMsgStore>();
    inherits::<IMAPIProp, IUnknown>();
    inherits::<IMAPIFolder, IMAPIContainer>();
    inherits::<IStream, ISequentialStream>();
}

#[test]
fn clone_and_drop_add_and_release_exactly_one_reference() {
    let (store, st) = new_store();
    assert_eq!(st.refs(), 1);
    let a = store.clone();
    assert_eq!(st.refs(), 2);
    let b = a.clone();
    assert_eq!(st.refs(), 3);
    assert_eq!(a.as_raw(), store.as_raw(), "a clone is the same object");
    drop(a);
    assert_eq!(st.refs(), 2);
    drop(b);
    assert_eq!(st.refs(), 1);
    assert_eq!(st.frees.load(Ordering::SeqCst), 0);
    drop(store);
    assert_eq!(st.refs(), 0);
    assert_eq!(st.frees.load(Ordering::SeqCst), 1, "freed once, at zero");
    assert!(
        st.take_calls().is_empty(),
        "no QueryInterface behind the scenes"
    );
}

#[test]
fn cast_queries_for_the_exact_iid_and_refuses_unrelated_ones() {
    let (store, st) = new_store();
    let prop: ComPtr<IMAPIProp> = store.cast().expect("IMAPIProp is in the chain");
    assert_eq!(st.refs(), 2);
    assert_eq!(
        prop.as_raw().cast::<c_void>(),
        store.as_raw().cast::<c_void>()
    );
    let err = store.cast::<IMAPITable>().expect_err("not a table");
    assert_eq!(err, Hresult(E_NOINTERFACE));
    assert_eq!(st.refs(), 2, "a refused cast takes no reference");
    assert_eq!(
        st.take_calls(),
        [
            Call::QueryInterface(IID_IMAPIProp),
            Call::QueryInterface(IID_IMAPITable)
        ]
    );
    drop(prop);
    assert_eq!(st.refs(), 1);
    drop(store);
    assert_eq!(st.frees.load(Ordering::SeqCst), 1);
}

#[test]
fn upcast_reuses_the_pointer_with_one_add_ref_and_no_query() {
    let (store, st) = new_store();
    let prop: ComPtr<IMAPIProp> = store.upcast();
    let unknown: ComPtr<IUnknown> = prop.upcast();
    assert_eq!(st.refs(), 3);
    assert_eq!(
        prop.as_raw().cast::<c_void>(),
        store.as_raw().cast::<c_void>()
    );
    assert_eq!(
        unknown.as_raw().cast::<c_void>(),
        store.as_raw().cast::<c_void>()
    );
    let borrowed: &ComPtr<IMAPIProp> = store.as_base();
    assert_eq!(borrowed.as_raw(), prop.as_raw());
    assert_eq!(st.refs(), 3, "as_base borrows");
    assert!(
        st.take_calls().is_empty(),
        "upcast never calls QueryInterface"
    );
    drop((store, prop, unknown));
    assert_eq!(st.refs(), 0);
    assert_eq!(st.frees.load(Ordering::SeqCst), 1);
}

#[test]
fn store_logoff_round_trips_the_in_out_flags() {
    let (store, st) = new_store();
    let mut flags = MsgStoreStoreLogoffFlags::ORDERLY;
    store.store_logoff(&mut flags).expect("logoff");
    assert_eq!(
        flags,
        MsgStoreStoreLogoffFlags::INBOUND | MsgStoreStoreLogoffFlags::OUTBOUND_QUEUE
    );
    assert_eq!(flags.bits(), 0x20000 | 0x80000);

    // A failure is the object's HRESULT; the flags it wrote still come back.
    let mut flags = MsgStoreStoreLogoffFlags::QUIET;
    assert_eq!(store.store_logoff(&mut flags), Err(Hresult(MAPI_E_BUSY)));
    assert_eq!(flags, MsgStoreStoreLogoffFlags::OUTBOUND);
    assert_eq!(
        st.take_calls(),
        [
            Call::StoreLogoff(LOGOFF_ORDERLY),
            Call::StoreLogoff(LOGOFF_QUIET)
        ]
    );
    assert_eq!(st.refs(), 1);
}

#[test]
fn entry_id_slices_pass_their_length_and_pointer() {
    let (store, st) = new_store();
    let a = [0u8, 0, 0, 0, 0xAB, 0xCD, 0xEF];
    let b = [0u8, 0, 0, 0, 0xAB, 0xCD, 0xEF, 0x01];
    let flags = MsgStoreCompareEntryIDsFlags::empty();
    assert_eq!(store.compare_entry_ids(&a, &b, flags), Ok(0));
    assert_eq!(store.compare_entry_ids(&a, &a[..], flags), Ok(1));
    assert_eq!(
        st.take_calls(),
        [
            Call::CompareEntryIDs {
                cb1: 7,
                p1: a.as_ptr() as usize,
                cb2: 8,
                p2: b.as_ptr() as usize,
                flags: 0,
            },
            Call::CompareEntryIDs {
                cb1: 7,
                p1: a.as_ptr() as usize,
                cb2: 7,
                p2: a.as_ptr() as usize,
                flags: 0,
            },
        ]
    );
    // A method of the object that fails returns its HRESULT.
    assert_eq!(
        store.abort_submit(&a, MsgStoreAbortSubmitFlags::empty()),
        Err(Hresult(MAPI_E_NO_SUPPORT))
    );
}

fn long_prop(tag: u32, value: i32) -> value::Prop {
    value::Prop::new(value::PropTag(tag), value::PropValue::Long(value))
}

#[test]
fn set_props_lays_out_rust_values_and_adopts_the_problems() {
    let (store, st) = new_store();
    let alloc = st.alloc.allocator();
    let props = [long_prop(PR_IMPORTANCE, 2), long_prop(PR_PRIORITY, -1)];
    let problems = store.set_props(&alloc, &props).expect("set");
    let problems = problems.expect("the store reported a problem");
    assert_eq!(
        problems.problems().expect("readable"),
        [value::Problem {
            index: 1,
            tag: value::PropTag(PR_PRIORITY),
            scode: Hresult(MAPI_E_NO_ACCESS),
        }]
    );
    assert_eq!(st.alloc.live_blocks(), 1);
    drop(problems);
    assert_eq!(st.alloc.live_blocks(), 0, "the owner frees the array");
    // The same method through a pointer to the base interface; no problem
    // is `None`.
    let prop: ComPtr<IMAPIProp> = store.upcast();
    assert!(prop.set_props(&alloc, &props[..1]).expect("set").is_none());
    assert_eq!(
        st.take_calls(),
        [
            Call::SetProps {
                count: 2,
                aligned: true,
                tags: vec![PR_IMPORTANCE, PR_PRIORITY],
                values: vec![2, -1],
            },
            Call::SetProps {
                count: 1,
                aligned: true,
                tags: vec![PR_IMPORTANCE],
                values: vec![2],
            },
        ]
    );
    assert_eq!(st.alloc.live_blocks(), 0);
}

#[test]
fn open_entry_returns_the_interface_asked_for_by_its_iid() {
    let (store, st) = new_store();
    let (kind, prop) = store
        .open_entry::<IMAPIProp>(None, MsgStoreOpenEntryFlags::MODIFY)
        .expect("root");
    assert_eq!(kind, MAPI_STORE);
    assert_eq!(
        prop.as_raw().cast::<c_void>(),
        store.as_raw().cast::<c_void>()
    );
    assert_eq!(st.refs(), 2, "the returned pointer owns one reference");

    let eid = [0u8, 0, 0, 0, 7];
    let err = store
        .open_entry::<IMAPITable>(Some(&eid), MsgStoreOpenEntryFlags::empty())
        .expect_err("a store is not a table");
    assert_eq!(err, Hresult(E_NOINTERFACE));
    assert_eq!(
        st.take_calls(),
        [
            Call::OpenEntry {
                cb: 0,
                ptr: 0,
                iid: Some(IID_IMAPIProp),
                flags: MAPI_MODIFY,
            },
            Call::QueryInterface(IID_IMAPIProp),
            Call::OpenEntry {
                cb: 5,
                ptr: eid.as_ptr() as usize,
                iid: Some(IID_IMAPITable),
                flags: 0,
            },
            Call::QueryInterface(IID_IMAPITable),
        ]
    );
    drop(prop);
    assert_eq!(st.refs(), 1);
}

#[test]
fn an_out_interface_is_owned_by_the_returned_com_ptr() {
    let (store, st) = new_store();
    let table = store
        .get_receive_folder_table(MsgStoreGetReceiveFolderTableFlags::UNICODE)
        .expect("table");
    assert_eq!(st.take_calls(), [Call::GetReceiveFolderTable(MAPI_UNICODE)]);
    // The table's own caller methods work on the returned pointer.
    assert_eq!(
        table.get_row_count(MAPITableGetRowCountFlags::empty()),
        Err(Hresult(MAPI_E_NO_SUPPORT))
    );
    let again = table.clone();
    drop(table);
    assert_eq!(st.tables_dropped.load(Ordering::SeqCst), 0);
    drop(again);
    assert_eq!(
        st.tables_dropped.load(Ordering::SeqCst),
        1,
        "the last Release frees the table"
    );
    drop(store);
    assert_eq!(st.frees.load(Ordering::SeqCst), 1);
}

#[test]
fn com_ptr_is_send_and_sync_across_threads() {
    let (store, st) = new_store();
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let s = store.clone();
            std::thread::spawn(move || {
                let mut f = MsgStoreStoreLogoffFlags::NO_WAIT;
                s.store_logoff(&mut f).map(|()| f)
            })
        })
        .collect();
    for h in handles {
        assert_eq!(
            h.join().expect("thread"),
            Ok(MsgStoreStoreLogoffFlags::INBOUND | MsgStoreStoreLogoffFlags::OUTBOUND_QUEUE)
        );
    }
    assert_eq!(st.refs(), 1, "every thread's clone was released");
}
