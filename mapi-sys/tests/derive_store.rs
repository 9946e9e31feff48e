//! A derived store driven only through raw vtable pointers, as a MAPI host
//! drives it: identity, QueryInterface, reference counting, argument checks,
//! panics, and the `StoreLogoff` contract.

use mapi_sys::*;
use std::ffi::c_void;
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// A fake `IMAPISupport`, itself a derived object, recording the flags of
/// every `StoreLogoffTransports` call.
#[derive(ComObject, Default)]
#[mapi(implements(IMAPISupport))]
struct FakeSupport {
    calls: Arc<Mutex<Vec<u32>>>,
}

impl IMAPISupportImpl for FakeSupport {
    fn store_logoff_transports(
        &self,
        flags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> Result<(), Hresult> {
        self.calls
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
            .push(flags.bits());
        Ok(())
    }
}

/// A store with one implemented method per behaviour under test.
#[derive(MsgStore)]
#[mapi(support = support)]
struct TestStore {
    support: ComPtr<IMAPISupport>,
    live: &'static AtomicUsize,
    compare_calls: AtomicUsize,
    report_inbound: bool,
}

impl Drop for TestStore {
    fn drop(&mut self) {
        self.live.fetch_sub(1, Ordering::SeqCst);
    }
}

impl IMAPIPropImpl for TestStore {
    fn save_changes(&self, _flags: MAPIPropSaveChangesFlags) -> Result<(), Hresult> {
        panic!("a provider bug");
    }
}

impl IMsgStoreImpl for TestStore {
    fn compare_entry_ids(
        &self,
        id1: &[u8],
        id2: &[u8],
        _flags: MsgStoreCompareEntryIDsFlags,
    ) -> Result<ULONG, Hresult> {
        self.compare_calls.fetch_add(1, Ordering::SeqCst);
        Ok(ULONG::from(id1 == id2))
    }

    fn get_receive_folder_table(
        &self,
        _flags: MsgStoreGetReceiveFolderTableFlags,
    ) -> Result<ComPtr<IMAPITable>, Hresult> {
        Err(Hresult(MAPI_E_NOT_FOUND))
    }

    fn store_logoff(&self, flags: &mut MsgStoreStoreLogoffFlags) -> Result<(), Hresult> {
        if self.report_inbound {
            *flags = MsgStoreStoreLogoffFlags::INBOUND;
        }
        Ok(())
    }
}

struct Host {
    calls: Arc<Mutex<Vec<u32>>>,
    store: *mut IMsgStore,
}

impl Host {
    fn new(live: &'static AtomicUsize, report_inbound: bool) -> Host {
        let calls = Arc::new(Mutex::new(Vec::new()));
        let support = FakeSupport {
            calls: calls.clone(),
        }
        .into_com();
        live.fetch_add(1, Ordering::SeqCst);
        let store = TestStore {
            support,
            live,
            compare_calls: AtomicUsize::new(0),
            report_inbound,
        }
        .into_raw();
        Host { calls, store }
    }

    fn vtbl(&self) -> &IMsgStoreVtbl {
        // SAFETY: `store` is live while the test holds its reference.
        unsafe { &*(*self.store).lpVtbl }
    }

    fn this(&self) -> *mut c_void {
        self.store.cast()
    }

    fn add_ref(&self) -> u32 {
        // SAFETY: live object.
        unsafe { (self.vtbl().base__.base__.AddRef)(self.this()) }
    }

    fn release(&self) -> u32 {
        // SAFETY: live object; the test owns the reference it gives back.
        unsafe { (self.vtbl().base__.base__.Release)(self.this()) }
    }

    fn query(&self, iid: &GUID) -> (HRESULT, *mut c_void) {
        let mut out: *mut c_void = ptr::dangling_mut::<c_void>();
        // SAFETY: live object, valid IID and out-pointer.
        let hr = unsafe { (self.vtbl().base__.base__.QueryInterface)(self.this(), iid, &mut out) };
        (hr, out)
    }

    fn store_logoff(&self, flags: u32) -> (HRESULT, u32) {
        let mut f = flags;
        // SAFETY: live object, valid pointer.
        let hr = unsafe { (self.vtbl().StoreLogoff)(self.this(), &mut f) };
        (hr, f)
    }

    fn transports_calls(&self) -> Vec<u32> {
        self.calls.lock().map(|v| v.clone()).unwrap_or_default()
    }
}

static LIVE_A: AtomicUsize = AtomicUsize::new(0);

#[test]
fn query_interface_answers_the_whole_chain_with_one_identity() {
    let host = Host::new(&LIVE_A, false);
    for iid in [IID_IUnknown, IID_IMAPIProp, IID_IMsgStore] {
        let (hr, p) = host.query(&iid);
        assert_eq!(hr, 0, "{iid}");
        assert_eq!(p, host.this(), "{iid} must give the object's one identity");
        assert_eq!(host.release(), 1);
    }
    let (hr, p) = host.query(&IID_IMAPITable);
    assert_eq!(Hresult(hr), Hresult(E_NOINTERFACE));
    assert!(p.is_null(), "E_NOINTERFACE writes null");
    // A null out-pointer is refused, not written through.
    // SAFETY: live object; the null out-pointer is the point of the test.
    let hr = unsafe {
        (host.vtbl().base__.base__.QueryInterface)(host.this(), &IID_IMsgStore, ptr::null_mut())
    };
    assert_eq!(Hresult(hr), Hresult(E_POINTER));
    assert_eq!(host.release(), 0);
}

static LIVE_B: AtomicUsize = AtomicUsize::new(0);

#[test]
fn reference_counts_are_exact_and_the_object_is_freed_once() {
    let host = Host::new(&LIVE_B, false);
    assert_eq!(host.add_ref(), 2);
    assert_eq!(host.add_ref(), 3);
    assert_eq!(host.release(), 2);
    assert_eq!(host.release(), 1);
    assert_eq!(LIVE_B.load(Ordering::SeqCst), 1);
    assert_eq!(host.release(), 0);
    assert_eq!(
        LIVE_B.load(Ordering::SeqCst),
        0,
        "freed at zero, exactly once"
    );
}

static LIVE_C: AtomicUsize = AtomicUsize::new(0);

#[test]
fn store_logoff_checks_saves_and_overwrites_then_release_calls_transports_once() {
    let host = Host::new(&LIVE_C, true);
    // SAFETY: null pointer on purpose.
    let hr = unsafe { (host.vtbl().StoreLogoff)(host.this(), ptr::null_mut()) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    assert_eq!(
        Hresult(host.store_logoff(0x100).0),
        Hresult(MAPI_E_UNKNOWN_FLAGS)
    );
    assert_eq!(
        Hresult(host.store_logoff(LOGOFF_ABORT | LOGOFF_PURGE).0),
        Hresult(MAPI_E_INVALID_PARAMETER),
        "two exclusive flags"
    );
    assert_eq!(
        Hresult(host.store_logoff(0).0),
        Hresult(MAPI_E_INVALID_PARAMETER),
        "one flag is required"
    );
    assert_eq!(
        host.store_logoff(LOGOFF_PURGE),
        (0, LOGOFF_INBOUND),
        "output flags chosen by the provider"
    );
    assert_eq!(host.store_logoff(LOGOFF_QUIET).0, 0);
    assert!(
        host.transports_calls().is_empty(),
        "nothing before the last release"
    );
    assert_eq!(host.release(), 0);
    assert_eq!(
        host.transports_calls(),
        [LOGOFF_QUIET],
        "the later call's flags, exactly once"
    );
    assert_eq!(LIVE_C.load(Ordering::SeqCst), 0);
}

static LIVE_D: AtomicUsize = AtomicUsize::new(0);

#[test]
fn release_without_store_logoff_passes_logoff_abort() {
    let host = Host::new(&LIVE_D, false);
    assert_eq!(
        host.store_logoff(LOGOFF_NO_WAIT),
        (0, 0),
        "default: no output flags"
    );
    let host2 = Host::new(&LIVE_D, false);
    assert_eq!(host2.release(), 0);
    assert_eq!(host2.transports_calls(), [LOGOFF_ABORT]);
    assert_eq!(host.release(), 0);
    assert_eq!(host.transports_calls(), [LOGOFF_NO_WAIT]);
}

static LIVE_E: AtomicUsize = AtomicUsize::new(0);

#[test]
fn arguments_are_checked_before_the_provider_runs() {
    let host = Host::new(&LIVE_E, false);
    let a = [1u8, 2, 3];
    let mut result: ULONG = 0xDEAD;
    // SAFETY: valid buffers.
    let hr = unsafe {
        (host.vtbl().CompareEntryIDs)(
            host.this(),
            3,
            a.as_ptr().cast_mut().cast(),
            3,
            a.as_ptr().cast_mut().cast(),
            0,
            &mut result,
        )
    };
    assert_eq!((hr, result), (0, 1));
    // A null entry ID with a non-zero size, a null out-pointer, unknown flags.
    // SAFETY: the null pointers are the point of the test; nothing is read through them.
    let hr = unsafe {
        (host.vtbl().CompareEntryIDs)(
            host.this(),
            3,
            ptr::null_mut(),
            3,
            a.as_ptr().cast_mut().cast(),
            0,
            &mut result,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    // SAFETY: as above.
    let hr = unsafe {
        (host.vtbl().CompareEntryIDs)(
            host.this(),
            3,
            a.as_ptr().cast_mut().cast(),
            3,
            a.as_ptr().cast_mut().cast(),
            0,
            ptr::null_mut(),
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_INVALID_PARAMETER));
    // SAFETY: valid buffers.
    let hr = unsafe {
        (host.vtbl().CompareEntryIDs)(
            host.this(),
            3,
            a.as_ptr().cast_mut().cast(),
            3,
            a.as_ptr().cast_mut().cast(),
            0x40,
            &mut result,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_UNKNOWN_FLAGS));
    assert_eq!(host.release(), 0);
}

static LIVE_F: AtomicUsize = AtomicUsize::new(0);

#[test]
fn out_pointers_are_null_after_a_failure_and_unimplemented_methods_say_so() {
    let host = Host::new(&LIVE_F, false);
    let mut table: LPMAPITABLE = ptr::dangling_mut();
    // SAFETY: valid out-pointer.
    let hr = unsafe { (host.vtbl().GetReceiveFolderTable)(host.this(), 0, &mut table) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NOT_FOUND));
    assert!(
        table.is_null(),
        "an out-pointer is null when the call fails"
    );
    let mut queue: LPMAPITABLE = ptr::dangling_mut();
    // SAFETY: valid out-pointer.
    let hr = unsafe { (host.vtbl().GetOutgoingQueue)(host.this(), 0, &mut queue) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NO_SUPPORT));
    assert!(queue.is_null());
    assert_eq!(host.release(), 0);
}

static LIVE_G: AtomicUsize = AtomicUsize::new(0);

#[test]
fn a_panic_in_the_provider_is_call_failed() {
    let host = Host::new(&LIVE_G, false);
    // SAFETY: live object.
    let hr = unsafe { (host.vtbl().base__.SaveChanges)(host.this(), 0) };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_CALL_FAILED));
    // The object still works after the panic.
    assert_eq!(host.add_ref(), 2);
    assert_eq!(host.release(), 1);
    assert_eq!(host.release(), 0);
    assert_eq!(LIVE_G.load(Ordering::SeqCst), 0);
}

static LIVE_H: AtomicUsize = AtomicUsize::new(0);

#[test]
fn eight_threads_of_add_ref_release_and_query_interface_free_the_object_once() {
    let host = Host::new(&LIVE_H, false);
    let addr = host.store as usize;
    std::thread::scope(|s| {
        for _ in 0..8 {
            s.spawn(move || {
                let store = addr as *mut IMsgStore;
                // SAFETY: the main thread holds a reference until all threads end.
                let vtbl = unsafe { &*(*store).lpVtbl };
                // Fewer rounds under Miri, whose Tree Borrows checks are slow.
                for i in 0..if cfg!(miri) { 500 } else { 10_000 } {
                    // SAFETY: as above; each AddRef/QI is balanced by a Release.
                    unsafe {
                        (vtbl.base__.base__.AddRef)(store.cast());
                        if i % 3 == 0 {
                            let mut out = ptr::null_mut();
                            let hr = (vtbl.base__.base__.QueryInterface)(
                                store.cast(),
                                &IID_IMAPIProp,
                                &mut out,
                            );
                            assert_eq!(hr, 0);
                            (vtbl.base__.base__.Release)(out);
                        }
                        (vtbl.base__.base__.Release)(store.cast());
                    }
                }
            });
        }
    });
    assert_eq!(LIVE_H.load(Ordering::SeqCst), 1);
    assert_eq!(host.release(), 0);
    assert_eq!(LIVE_H.load(Ordering::SeqCst), 0);
    assert_eq!(
        host.transports_calls(),
        [LOGOFF_ABORT],
        "the release hook ran exactly once"
    );
}

static LIVE_I: AtomicUsize = AtomicUsize::new(0);

#[test]
fn the_last_release_may_come_through_a_query_interface_pointer() {
    let host = Host::new(&LIVE_I, false);
    let (hr, prop) = host.query(&IID_IMAPIProp);
    assert_eq!(hr, 0);
    // Give back the original reference first: the object now lives only
    // through the pointer QueryInterface returned, and is freed through it.
    assert_eq!(host.release(), 1);
    // SAFETY: `prop` holds the one remaining reference.
    let vtbl = unsafe { &**prop.cast::<*const IUnknownVtbl>() };
    // SAFETY: as above; the reference is given back.
    assert_eq!(unsafe { (vtbl.Release)(prop) }, 0);
    assert_eq!(LIVE_I.load(Ordering::SeqCst), 0);
    assert_eq!(host.transports_calls(), [LOGOFF_ABORT]);
}

#[test]
fn the_declared_interfaces_are_each_interface_of_the_chains_once() {
    use mapi_sys::__private::{InterfaceChain, declared, distinct};
    let chains: &[&[u128]] = &[
        <IMsgStore as InterfaceChain>::IIDS,
        <IMSLogon as InterfaceChain>::IIDS,
    ];
    let iid = |g: GUID| g.to_u128();
    assert_eq!(
        chains[0],
        [iid(IID_IMsgStore), iid(IID_IMAPIProp), iid(IID_IUnknown)]
    );
    assert_eq!(distinct(chains), 4);
    let first: Vec<u128> = (0..4).map(|k| declared(chains, k)).collect();
    assert_eq!(
        first,
        [
            iid(IID_IMsgStore),
            iid(IID_IMAPIProp),
            iid(IID_IUnknown),
            iid(IID_IMSLogon)
        ]
    );
    // Past the last, values that are no interface's and differ per `k`.
    assert_eq!(declared(chains, 4), u128::MAX - 4);
    assert_ne!(declared(chains, 5), declared(chains, 6));
}

static LIVE_LATE: AtomicUsize = AtomicUsize::new(0);

/// A provider whose `Logon` makes a store and returns spool data, which the
/// thunk copies into MAPI memory after the store exists.
#[derive(ComObject)]
#[mapi(implements(IMSProvider), allocator = alloc)]
struct LateFailProvider {
    alloc: value::Allocator,
    committed: Arc<AtomicUsize>,
}

impl IMSProviderImpl for LateFailProvider {
    fn logon(
        &self,
        support: ComPtr<IMAPISupport>,
        _ui: ULONG_PTR,
        _profile: value::StrRef<'_>,
        _id: Option<&[u8]>,
        _flags: MSProviderLogonFlags,
        _iid: Option<&GUID>,
    ) -> Result<
        (
            Vec<u8>,
            Option<value::MapiError>,
            Option<ComPtr<IMSLogon>>,
            ComPtr<IUnknown>,
        ),
        Hresult,
    > {
        let committed = self.committed.clone();
        // What the host would see (registering with the support object):
        // only once the call cannot fail any more.
        kit::on_commit(move || {
            committed.fetch_add(1, Ordering::SeqCst);
            Ok(())
        })?;
        LIVE_LATE.fetch_add(1, Ordering::SeqCst);
        let store = TestStore {
            support,
            live: &LIVE_LATE,
            compare_calls: AtomicUsize::new(0),
            report_inbound: false,
        }
        .into_com();
        Ok((vec![7; 16], None, None, store.cast()?))
    }
}

#[test]
fn a_failing_logon_releases_its_store_unseen_and_drops_its_deferred_work() {
    let counting = value::testing::CountingAllocator::new();
    let calls = Arc::new(Mutex::new(Vec::new()));
    let support = FakeSupport {
        calls: calls.clone(),
    }
    .into_com();
    let committed = Arc::new(AtomicUsize::new(0));
    let provider = LateFailProvider {
        alloc: counting.allocator(),
        committed: committed.clone(),
    }
    .into_com();
    let logon = |fail: bool| {
        // The spool data is the first allocation of the call.
        counting.fail_after(fail.then_some(0));
        let (mut cb, mut spool, mut err) = (0u32, ptr::null_mut(), ptr::null_mut());
        let (mut ms_logon, mut mdb) = (ptr::null_mut(), ptr::null_mut());
        // SAFETY: live provider and support; every out-pointer is valid.
        let hr = unsafe {
            (provider.vtable().Logon)(
                provider.as_raw().cast(),
                support.as_raw(),
                0,
                c"profile".as_ptr().cast_mut().cast(),
                0,
                ptr::null_mut(),
                0,
                ptr::null_mut(),
                &mut cb,
                &mut spool,
                &mut err,
                &mut ms_logon,
                &mut mdb,
            )
        };
        counting.fail_after(None);
        (hr, cb, spool, mdb)
    };
    let (hr, _, spool, mdb) = logon(true);
    assert_eq!(hr, MAPI_E_NOT_ENOUGH_MEMORY);
    assert!(spool.is_null() && mdb.is_null());
    assert_eq!(LIVE_LATE.load(Ordering::SeqCst), 0, "the store was freed");
    assert!(
        calls.lock().expect("calls").is_empty(),
        "no StoreLogoffTransports"
    );
    // Handed out, the store logs its transports off at its last release.
    let (hr, cb, spool, mdb) = logon(false);
    assert_eq!(hr, 0);
    assert_eq!(
        committed.load(Ordering::SeqCst),
        1,
        "deferred work done once"
    );
    // SAFETY: the provider handed out one store reference and spool data
    // from the counting allocator.
    unsafe {
        drop(ComPtr::<IMsgStore>::from_raw(mdb.cast()));
        drop(value::MapiBuffer::from_raw(counting.allocator(), spool, cb));
    }
    assert_eq!(*calls.lock().expect("calls"), [LOGOFF_ABORT]);
    assert_eq!(counting.live_blocks(), 0);
}

static LIVE_WEAK: AtomicUsize = AtomicUsize::new(0);

/// A support object that tries to revive the store from its
/// `StoreLogoffTransports`, which the store's last release calls.
#[derive(ComObject)]
#[mapi(implements(IMAPISupport))]
struct ReviveSupport {
    store: Arc<Mutex<Option<ComWeak<IMsgStore>>>>,
    revived: Arc<Mutex<Vec<bool>>>,
}

impl IMAPISupportImpl for ReviveSupport {
    fn store_logoff_transports(
        &self,
        _flags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> Result<(), Hresult> {
        let weak = self.store.lock().expect("weak");
        let revived = weak.as_ref().and_then(ComWeak::upgrade).is_some();
        self.revived.lock().expect("revived").push(revived);
        Ok(())
    }
}

#[test]
fn a_weak_reference_finds_the_store_while_it_lives_and_never_revives_it() {
    let slot = Arc::new(Mutex::new(None));
    let revived = Arc::new(Mutex::new(Vec::new()));
    let support = ReviveSupport {
        store: slot.clone(),
        revived: revived.clone(),
    }
    .into_com();
    LIVE_WEAK.fetch_add(1, Ordering::SeqCst);
    let (store, weak) = TestStore {
        support: support.cast().expect("IMAPISupport"),
        live: &LIVE_WEAK,
        compare_calls: AtomicUsize::new(0),
        report_inbound: false,
    }
    .into_com_weak();
    *slot.lock().expect("slot") = Some(weak.clone());
    // Alive: the same object, one more reference.
    let again = weak.upgrade().expect("alive");
    assert_eq!(again.as_raw(), store.as_raw());
    drop(again);
    assert!(weak.is_alive());
    // The last release: the hook cannot revive it; the value is dropped
    // although weak handles keep the memory.
    drop(store);
    assert_eq!(*revived.lock().expect("revived"), [false]);
    assert!(!weak.is_alive());
    assert!(weak.upgrade().is_none());
    assert_eq!(LIVE_WEAK.load(Ordering::SeqCst), 0);
    // The last weak handle frees the memory (the one in the support object
    // goes with it).
    drop(weak);
    drop(support);
}

#[test]
fn weak_upgrades_racing_the_last_release_never_see_a_dead_store() {
    for _ in 0..200 {
        LIVE_WEAK.fetch_add(1, Ordering::SeqCst);
        let (store, weak) = TestStore {
            support: FakeSupport::default().into_com().cast().expect("support"),
            live: &LIVE_WEAK,
            compare_calls: AtomicUsize::new(0),
            report_inbound: false,
        }
        .into_com_weak();
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let weak = weak.clone();
                std::thread::spawn(move || {
                    for _ in 0..50 {
                        if let Some(s) = weak.upgrade() {
                            // A live store answers.
                            // SAFETY: a live store, two equal identifiers.
                            let hr = unsafe {
                                (s.vtable().CompareEntryIDs)(
                                    s.as_raw().cast(),
                                    1,
                                    [1u8].as_ptr().cast_mut().cast(),
                                    1,
                                    [1u8].as_ptr().cast_mut().cast(),
                                    0,
                                    &mut 0,
                                )
                            };
                            assert_eq!(hr, 0);
                        }
                    }
                })
            })
            .collect();
        drop(store);
        for t in threads {
            t.join().expect("thread");
        }
        assert!(weak.upgrade().is_none());
    }
    assert_eq!(LIVE_WEAK.load(Ordering::SeqCst), 0);
}
