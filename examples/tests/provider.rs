//! The sample provider driven only through raw vtable calls, from
//! `MSProviderInit` on, as a MAPI host drives it, with an accounting
//! allocator: the behaviours the host test kit's scripted session does not
//! reach (restrictions of every kind, per-folder notifications,
//! transactions, read-only objects, the spooler logon, threads).

use mapi_sys::value::Allocator;
use mapi_sys::value::{Prop, PropRef, PropValue, write_props};
use mapi_sys::*;
use std::borrow::Cow;
use std::collections::HashMap;
use std::ffi::c_void;
use std::ptr::{null, null_mut};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

// ---------------------------------------------------------------------------
// Accounting allocator: every block, and the blocks chained to it.

struct Blocks {
    live: HashMap<usize, (std::alloc::Layout, Option<usize>)>,
    bad_frees: usize,
}

static BLOCKS: Mutex<Option<Blocks>> = Mutex::new(None);
/// The tests share the allocator's books: they run one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn books<R>(f: impl FnOnce(&mut Blocks) -> R) -> R {
    let mut g = BLOCKS.lock().unwrap_or_else(|e| e.into_inner());
    f(g.get_or_insert_with(|| Blocks {
        live: HashMap::new(),
        bad_frees: 0,
    }))
}

fn raw_alloc(size: ULONG, parent: Option<usize>) -> *mut c_void {
    let Ok(layout) = std::alloc::Layout::from_size_align(size.max(1) as usize, 8) else {
        return null_mut();
    };
    // SAFETY: non-zero size.
    let p = unsafe { std::alloc::alloc_zeroed(layout) };
    if !p.is_null() {
        books(|b| b.live.insert(p as usize, (layout, parent)));
    }
    p.cast()
}

unsafe extern "system" fn allocate_buffer(size: ULONG, out: *mut *mut c_void) -> SCODE {
    let p = raw_alloc(size, None);
    // SAFETY: the provider passes a valid out-pointer.
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
) -> SCODE {
    let root = books(|b| {
        b.live
            .get(&(parent as usize))
            .is_some_and(|x| x.1.is_none())
    });
    let p = if root {
        raw_alloc(size, Some(parent as usize))
    } else {
        null_mut()
    };
    // SAFETY: the provider passes a valid out-pointer.
    unsafe { out.write(p) };
    if p.is_null() {
        MAPI_E_INVALID_PARAMETER
    } else {
        0
    }
}

unsafe extern "system" fn free_buffer(p: *mut c_void) -> ULONG {
    if p.is_null() {
        return 0;
    }
    let freed = books(|b| {
        let root = p as usize;
        if b.live.get(&root).is_none_or(|x| x.1.is_some()) {
            b.bad_frees += 1;
            return Vec::new();
        }
        let keys: Vec<usize> = b
            .live
            .iter()
            .filter(|(k, x)| **k == root || x.1 == Some(root))
            .map(|(k, _)| *k)
            .collect();
        keys.into_iter()
            .filter_map(|k| b.live.remove(&k).map(|x| (k, x.0)))
            .collect::<Vec<_>>()
    });
    for (addr, layout) in freed {
        // SAFETY: allocated by `raw_alloc` with this layout, freed once.
        unsafe { std::alloc::dealloc(addr as *mut u8, layout) };
    }
    0
}

fn free(p: *mut c_void) {
    // SAFETY: the tests free blocks the provider handed out.
    unsafe { free_buffer(p) };
}

fn allocator() -> Allocator {
    // SAFETY: the test's three functions are a matching, thread-safe set
    // with MAPI's contract.
    unsafe { Allocator::new(allocate_buffer, allocate_more, free_buffer) }
}

// ---------------------------------------------------------------------------
// A fake support object and an advise sink.

#[derive(ComObject, Default)]
#[mapi(implements(IMAPISupport))]
struct Support {
    transports: Arc<Mutex<Vec<u32>>>,
}

impl IMAPISupportImpl for Support {
    fn new_uid(&self) -> Result<MAPIUID, Hresult> {
        // Unique in the process, as MAPI's are everywhere.
        static NEXT: AtomicU32 = AtomicU32::new(1);
        let mut ab = *b"provider-test-\0\0";
        ab[14..].copy_from_slice(&(NEXT.fetch_add(1, Ordering::SeqCst) as u16).to_be_bytes());
        Ok(MAPIUID { ab })
    }

    fn store_logoff_transports(
        &self,
        flags: &mut MAPISupportStoreLogoffTransportsFlags,
    ) -> Result<(), Hresult> {
        self.transports
            .lock()
            .map_err(|_| Hresult(MAPI_E_CALL_FAILED))?
            .push(flags.bits());
        Ok(())
    }
}

/// `IMAPIAdviseSink` by hand: `OnNotify` returns a `ULONG`, so no derive.
#[repr(C)]
struct Sink {
    vtbl: *const IMAPIAdviseSinkVtbl,
    refs: AtomicU32,
    seen: Mutex<Vec<(u32, u32, Vec<u8>)>>,
}

unsafe extern "system" fn sink_qi(
    this: *mut c_void,
    iid: *const GUID,
    out: *mut *mut c_void,
) -> HRESULT {
    // SAFETY: the provider passes valid pointers.
    unsafe {
        let iid = *iid;
        if iid == IID_IUnknown || iid == IID_IMAPIAdviseSink {
            sink_add_ref(this);
            out.write(this);
            0
        } else {
            out.write(null_mut());
            E_NOINTERFACE
        }
    }
}

unsafe extern "system" fn sink_add_ref(this: *mut c_void) -> u32 {
    // SAFETY: `this` is a live Sink.
    unsafe { &*this.cast::<Sink>() }
        .refs
        .fetch_add(1, Ordering::SeqCst)
        + 1
}

unsafe extern "system" fn sink_release(this: *mut c_void) -> u32 {
    // The test owns the allocation (a Box it frees itself): just count.
    // SAFETY: `this` is a live Sink.
    unsafe { &*this.cast::<Sink>() }
        .refs
        .fetch_sub(1, Ordering::SeqCst)
        - 1
}

unsafe extern "system" fn sink_on_notify(
    this: *mut c_void,
    n: ULONG,
    notes: LPNOTIFICATION,
) -> ULONG {
    // SAFETY: `this` is a live Sink; the provider passes `n` notifications.
    unsafe {
        let sink = &*this.cast::<Sink>();
        for i in 0..n as usize {
            let note = notes.add(i).read();
            if note.ulEventType == fnevTableModified {
                // A table notification: the event, no object.
                let event = note.info.tab.ulTableEvent;
                if let Ok(mut seen) = sink.seen.lock() {
                    seen.push((note.ulEventType, event, Vec::new()));
                }
                continue;
            }
            let obj = note.info.obj;
            let eid =
                std::slice::from_raw_parts(obj.lpEntryID.cast::<u8>(), obj.cbEntryID as usize)
                    .to_vec();
            if let Ok(mut seen) = sink.seen.lock() {
                seen.push((note.ulEventType, obj.ulObjType, eid));
            }
        }
    }
    0
}

static SINK_VTBL: IMAPIAdviseSinkVtbl = IMAPIAdviseSinkVtbl {
    base__: IUnknownVtbl {
        QueryInterface: sink_qi,
        AddRef: sink_add_ref,
        Release: sink_release,
    },
    OnNotify: sink_on_notify,
};

/// A new sink, leaked: the provider may hold it until the end of the
/// process if a test fails halfway.
fn new_sink() -> &'static Sink {
    Box::leak(Box::new(Sink {
        vtbl: &SINK_VTBL,
        refs: AtomicU32::new(1),
        seen: Mutex::new(Vec::new()),
    }))
}

fn sink_ptr(s: &Sink) -> *mut IMAPIAdviseSink {
    (s as *const Sink).cast_mut().cast()
}

// ---------------------------------------------------------------------------
// Raw calls.

/// The `IMAPIProp` slots of any property object.
fn prop_vt<T: Interface>(o: &ComPtr<T>) -> &IMAPIPropVtbl {
    // SAFETY: only used with interfaces deriving from IMAPIProp, whose
    // vtables begin with IMAPIProp's.
    unsafe { &**(o.as_raw() as *const *const IMAPIPropVtbl) }
}

fn tags(t: &[u32]) -> Vec<u32> {
    let mut v = vec![t.len() as u32];
    v.extend_from_slice(t);
    v
}

fn get_props<T: Interface>(o: &ComPtr<T>, t: &[u32]) -> (HRESULT, Vec<(u32, Option<PropValue>)>) {
    let mut tags = tags(t);
    let (mut n, mut values): (ULONG, LPSPropValue) = (0, null_mut());
    // SAFETY: live object, valid tag array and out-pointers.
    let hr = unsafe {
        (prop_vt(o).GetProps)(
            o.as_raw().cast(),
            tags.as_mut_ptr().cast(),
            0,
            &mut n,
            &mut values,
        )
    };
    if hr < 0 {
        assert!(values.is_null());
        return (hr, Vec::new());
    }
    // SAFETY: the provider returned `n` values.
    let read = unsafe { PropRef::slice_from_raw(values, n) }.expect("values");
    let out = read
        .iter()
        .map(|v| {
            let decoded = v
                .value
                .to_value()
                .ok()
                .filter(|x| v.tag.0 != PR_NULL && !matches!(x, PropValue::Error(_)));
            (v.tag.0, decoded)
        })
        .collect();
    drop(read);
    free(values.cast());
    (hr, out)
}

fn prop<T: Interface>(o: &ComPtr<T>, tag: u32) -> Option<PropValue> {
    get_props(o, &[tag])
        .1
        .into_iter()
        .next()
        .and_then(|(_, v)| v)
}

fn set_props<T: Interface>(
    o: &ComPtr<T>,
    values: &[(u32, PropValue)],
) -> (HRESULT, Vec<(u32, i32)>) {
    let alloc = allocator();
    let out: Vec<_> = values
        .iter()
        .map(|(t, v)| Prop::new(*t, v.clone()))
        .collect();
    let buf = write_props(&alloc, &out).expect("values");
    let mut problems: LPSPropProblemArray = null_mut();
    // SAFETY: live object, valid values and out-pointer.
    let hr = unsafe {
        (prop_vt(o).SetProps)(
            o.as_raw().cast(),
            values.len() as ULONG,
            buf.as_ptr().cast_mut(),
            &mut problems,
        )
    };
    let mut list = Vec::new();
    if !problems.is_null() {
        // SAFETY: the provider returned a problem array.
        unsafe {
            let first = std::ptr::addr_of!((*problems).aProblem).cast::<SPropProblem>();
            for i in 0..(*problems).cProblem as usize {
                let p = first.add(i).read();
                list.push((p.ulPropTag, p.scode));
            }
        }
        free(problems.cast());
    }
    (hr, list)
}

fn save<T: Interface>(o: &ComPtr<T>, flags: u32) -> HRESULT {
    // SAFETY: live object.
    unsafe { (prop_vt(o).SaveChanges)(o.as_raw().cast(), flags) }
}

fn binary(v: Option<PropValue>) -> Vec<u8> {
    match v {
        Some(PropValue::Binary(b)) => b,
        other => panic!("not a binary: {other:?}"),
    }
}

fn text(v: &Option<PropValue>) -> String {
    v.as_ref()
        .and_then(PropValue::to_string_lossy)
        .map_or_else(|| "<none>".to_owned(), |t| t.into_owned())
}

struct Env {
    provider: ComPtr<IMSProvider>,
    support: ComPtr<IMAPISupport>,
    transports: Arc<Mutex<Vec<u32>>>,
    serial: Option<MutexGuard<'static, ()>>,
}

fn init() -> Env {
    let serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let mut ver = 0;
    let mut provider: LPMSPROVIDER = null_mut();
    // SAFETY: valid allocators and out-pointers.
    let hr = unsafe {
        sample_store::MSProviderInit(
            null_mut(),
            null_mut(),
            Some(allocate_buffer),
            Some(allocate_more),
            Some(free_buffer),
            0,
            CURRENT_SPI_VERSION,
            &mut ver,
            &mut provider,
        )
    };
    assert_eq!(Hresult(hr), Hresult(0));
    assert_eq!(ver, CURRENT_SPI_VERSION);
    let transports = Arc::new(Mutex::new(Vec::new()));
    let support = Support {
        transports: transports.clone(),
    }
    .into_com();
    Env {
        // SAFETY: MSProviderInit returned one reference.
        provider: unsafe { ComPtr::from_raw(provider) }.expect("provider"),
        support,
        transports,
        serial: Some(serial),
    }
}

impl Env {
    /// Logs on to the provider's default store.
    fn logon(&self, flags: u32) -> (ComPtr<IMSLogon>, ComPtr<IMsgStore>, Vec<u8>) {
        self.logon_to(flags, &[])
    }

    /// Logs on to the store `eid` names (the default store when empty).
    fn logon_to(&self, flags: u32, eid: &[u8]) -> (ComPtr<IMSLogon>, ComPtr<IMsgStore>, Vec<u8>) {
        let (mut cb, mut spool, mut err, mut logon, mut mdb) =
            (0, null_mut(), null_mut(), null_mut(), null_mut());
        let mut profile = *b"test\0";
        let mut eid = eid.to_vec();
        let eid_ptr = if eid.is_empty() {
            null_mut()
        } else {
            eid.as_mut_ptr()
        };
        // SAFETY: live provider and support; valid out-pointers.
        let hr = unsafe {
            (self.provider.vtable().Logon)(
                self.provider.as_raw().cast(),
                self.support.as_raw(),
                0,
                profile.as_mut_ptr().cast(),
                eid.len() as ULONG,
                eid_ptr.cast(),
                flags,
                null(),
                &mut cb,
                &mut spool,
                &mut err,
                &mut logon,
                &mut mdb,
            )
        };
        assert_eq!(Hresult(hr), Hresult(0));
        assert!(err.is_null());
        // SAFETY: the provider returned `cb` bytes.
        let spool_bytes = unsafe { std::slice::from_raw_parts(spool, cb as usize) }.to_vec();
        free(spool.cast());
        // SAFETY: Logon returned one reference to each.
        unsafe {
            (
                ComPtr::from_raw(logon).expect("logon"),
                ComPtr::from_raw(mdb).expect("store"),
                spool_bytes,
            )
        }
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if std::thread::panicking() {
            return;
        }
        let mut zero = 0;
        // SAFETY: live provider.
        let hr =
            unsafe { (self.provider.vtable().Shutdown)(self.provider.as_raw().cast(), &mut zero) };
        assert_eq!(hr, 0);
    }
}

fn open<T: Interface>(
    store: &ComPtr<IMsgStore>,
    eid: Option<&[u8]>,
    flags: u32,
) -> (HRESULT, Option<ComPtr<T>>, u32) {
    let (mut kind, mut unk) = (0, null_mut());
    let iid = T::IID;
    let (cb, p) = eid.map_or((0, null_mut()), |e| {
        (e.len() as ULONG, e.as_ptr().cast_mut().cast())
    });
    // SAFETY: live store, valid arguments.
    let hr = unsafe {
        (store.vtable().OpenEntry)(
            store.as_raw().cast(),
            cb,
            p,
            &iid,
            flags,
            &mut kind,
            &mut unk,
        )
    };
    // SAFETY: on success one reference to `T`.
    (hr, unsafe { ComPtr::from_raw(unk.cast::<T>()) }, kind)
}

fn create_folder(parent: &ComPtr<IMAPIFolder>, name: &str) -> ComPtr<IMAPIFolder> {
    let mut name = mapi_sys::value::string_to_ansi(name).into_bytes_with_nul();
    let mut out = null_mut();
    // SAFETY: live folder; an ANSI name; valid out-pointer.
    let hr = unsafe {
        (parent.vtable().CreateFolder)(
            parent.as_raw().cast(),
            FOLDER_GENERIC,
            name.as_mut_ptr().cast(),
            null_mut(),
            null(),
            0,
            &mut out,
        )
    };
    assert_eq!(Hresult(hr), Hresult(0));
    // SAFETY: one reference.
    unsafe { ComPtr::from_raw(out) }.expect("folder")
}

fn create_message(folder: &ComPtr<IMAPIFolder>, props: &[(u32, PropValue)]) -> ComPtr<IMessage> {
    let mut out = null_mut();
    // SAFETY: live folder, valid out-pointer.
    let hr =
        unsafe { (folder.vtable().CreateMessage)(folder.as_raw().cast(), null(), 0, &mut out) };
    assert_eq!(Hresult(hr), Hresult(0));
    // SAFETY: one reference.
    let m = unsafe { ComPtr::from_raw(out) }.expect("message");
    assert_eq!(set_props(&m, props), (0, vec![]));
    m
}

fn contents(folder: &ComPtr<IMAPIFolder>) -> ComPtr<IMAPITable> {
    let mut t = null_mut();
    // SAFETY: live folder, valid out-pointer.
    let hr =
        unsafe { (folder.vtable().base__.GetContentsTable)(folder.as_raw().cast(), 0, &mut t) };
    assert_eq!(hr, 0);
    // SAFETY: one reference.
    unsafe { ComPtr::from_raw(t) }.expect("table")
}

fn set_columns(t: &ComPtr<IMAPITable>, cols: &[u32]) {
    let mut cols = tags(cols);
    // SAFETY: live table, valid tag array.
    let hr = unsafe { (t.vtable().SetColumns)(t.as_raw().cast(), cols.as_mut_ptr().cast(), 0) };
    assert_eq!(hr, 0);
}

fn restrict(t: &ComPtr<IMAPITable>, r: Option<&SRestriction>) -> HRESULT {
    let p = r.map_or(null_mut(), |r| (r as *const SRestriction).cast_mut());
    // SAFETY: live table, a valid restriction tree or null.
    unsafe { (t.vtable().Restrict)(t.as_raw().cast(), p, 0) }
}

fn sort(t: &ComPtr<IMAPITable>, keys: &[(u32, u32)]) -> HRESULT {
    let mut raw = vec![keys.len() as u32, 0, 0];
    for (tag, order) in keys {
        raw.extend_from_slice(&[*tag, *order]);
    }
    raw.extend_from_slice(&[0, 0]);
    // SAFETY: live table; `raw` is laid out as an SSortOrderSet.
    unsafe { (t.vtable().SortTable)(t.as_raw().cast(), raw.as_mut_ptr().cast(), 0) }
}

/// All the rows from the start, as the first column's text.
fn first_column(t: &ComPtr<IMAPITable>) -> Vec<String> {
    let mut sought = 0;
    // SAFETY: live table.
    let hr = unsafe { (t.vtable().SeekRow)(t.as_raw().cast(), BOOKMARK_BEGINNING, 0, &mut sought) };
    assert_eq!(hr, 0);
    let mut rows: LPSRowSet = null_mut();
    // SAFETY: live table, valid out-pointer.
    let hr = unsafe { (t.vtable().QueryRows)(t.as_raw().cast(), 100, 0, &mut rows) };
    assert_eq!(hr, 0);
    let mut out = Vec::new();
    // SAFETY: the provider returned a row set; each row's props is a block
    // freed on its own, then the set (FreeProws).
    unsafe {
        let first = std::ptr::addr_of!((*rows).aRow).cast::<SRow>();
        for i in 0..(*rows).cRows as usize {
            let row = first.add(i).read();
            let v = match PropRef::from_raw(row.lpProps).map(|p| p.value.to_value()) {
                Ok(Ok(v)) => v
                    .to_string_lossy()
                    .unwrap_or(Cow::Borrowed("?"))
                    .into_owned(),
                _ => "<error>".to_owned(),
            };
            out.push(v);
            free(row.lpProps.cast());
        }
    }
    free(rows.cast());
    out
}

fn row_count(t: &ComPtr<IMAPITable>) -> u32 {
    let mut n = 0;
    // SAFETY: live table, valid out-pointer.
    let hr = unsafe { (t.vtable().GetRowCount)(t.as_raw().cast(), 0, &mut n) };
    assert_eq!(hr, 0);
    n
}

fn string8(s: &str) -> PropValue {
    PropValue::string8(s)
}

fn root(store: &ComPtr<IMsgStore>) -> ComPtr<IMAPIFolder> {
    let (hr, f, kind) = open::<IMAPIFolder>(store, None, MAPI_MODIFY);
    assert_eq!((hr, kind), (0, MAPI_FOLDER));
    f.expect("root")
}

impl Env {
    /// Releases the provider and support objects, then checks that every
    /// MAPI block was freed, while still holding the serial lock: another
    /// test's allocations must not be counted.
    fn finish(mut self) {
        let serial = self.serial.take();
        drop(self);
        let (live, bad) = books(|b| (b.live.len(), b.bad_frees));
        assert_eq!((live, bad), (0, 0), "MAPI blocks left, bad frees");
        drop(serial);
    }
}

// ---------------------------------------------------------------------------

#[test]
fn restrictions_of_every_supported_kind_filter_the_contents_table() {
    let env = init();
    let (logon, store, _) = env.logon(MDB_WRITE);
    let folder = create_folder(&root(&store), "Restrictions");
    for (subject, importance, body) in [
        ("Quarterly report", IMPORTANCE_HIGH, Some("numbers")),
        ("Lunch", IMPORTANCE_LOW, None),
        ("quarterly review", IMPORTANCE_NORMAL, Some("people")),
    ] {
        let mut props = vec![
            (PR_SUBJECT_A, string8(subject)),
            (PR_IMPORTANCE, PropValue::Long(importance)),
        ];
        if let Some(b) = body {
            props.push((PR_BODY_A, string8(b)));
        }
        let m = create_message(&folder, &props);
        assert_eq!(save(&m, 0), 0);
    }
    let table = contents(&folder);
    set_columns(&table, &[PR_SUBJECT_A, PR_IMPORTANCE]);
    assert_eq!(sort(&table, &[(PR_SUBJECT_A, TABLE_SORT_ASCEND)]), 0);
    assert_eq!(
        first_column(&table),
        ["Lunch", "Quarterly report", "quarterly review"]
    );

    let mut needle = SPropValue {
        ulPropTag: PR_SUBJECT_A,
        dwAlignPad: 0,
        Value: __UPV {
            lpszA: c"QUARTERLY".as_ptr().cast_mut(),
        },
    };
    let content = SRestriction {
        rt: RES_CONTENT,
        res: SRestriction_0 {
            resContent: SContentRestriction {
                ulFuzzyLevel: FL_PREFIX | FL_IGNORECASE,
                ulPropTag: PR_SUBJECT_A,
                lpProp: &mut needle,
            },
        },
    };
    assert_eq!(restrict(&table, Some(&content)), 0);
    assert_eq!(
        first_column(&table),
        ["Quarterly report", "quarterly review"]
    );

    let has_body = SRestriction {
        rt: RES_EXIST,
        res: SRestriction_0 {
            resExist: SExistRestriction {
                ulReserved1: 0,
                ulPropTag: PR_BODY_A,
                ulReserved2: 0,
            },
        },
    };
    let mut normal = SPropValue {
        ulPropTag: PR_IMPORTANCE,
        dwAlignPad: 0,
        Value: __UPV {
            l: IMPORTANCE_NORMAL,
        },
    };
    let above_normal = SRestriction {
        rt: RES_PROPERTY,
        res: SRestriction_0 {
            resProperty: SPropertyRestriction {
                relop: RELOP_GT,
                ulPropTag: PR_IMPORTANCE,
                lpProp: &mut normal,
            },
        },
    };
    let mut either = [has_body, above_normal];
    let or = SRestriction {
        rt: RES_OR,
        res: SRestriction_0 {
            resOr: SOrRestriction {
                cRes: 2,
                lpRes: either.as_mut_ptr(),
            },
        },
    };
    let mut inner = or;
    let not = SRestriction {
        rt: RES_NOT,
        res: SRestriction_0 {
            resNot: SNotRestriction {
                ulReserved: 0,
                lpRes: &mut inner,
            },
        },
    };
    assert_eq!(restrict(&table, Some(&or)), 0);
    assert_eq!(
        first_column(&table),
        ["Quarterly report", "quarterly review"]
    );
    assert_eq!(restrict(&table, Some(&not)), 0);
    assert_eq!(first_column(&table), ["Lunch"]);
    let mut both = [has_body, above_normal];
    let and = SRestriction {
        rt: RES_AND,
        res: SRestriction_0 {
            resAnd: SAndRestriction {
                cRes: 2,
                lpRes: both.as_mut_ptr(),
            },
        },
    };
    assert_eq!(restrict(&table, Some(&and)), 0);
    assert_eq!(first_column(&table), ["Quarterly report"]);

    let sub = SRestriction {
        rt: RES_SUBRESTRICTION,
        res: SRestriction_0 {
            resSub: SSubRestriction {
                ulSubObject: PR_MESSAGE_ATTACHMENTS,
                lpRes: &mut inner,
            },
        },
    };
    assert_eq!(
        Hresult(restrict(&table, Some(&sub))),
        Hresult(MAPI_E_TOO_COMPLEX)
    );
    assert_eq!(
        first_column(&table),
        ["Quarterly report"],
        "the failed call changed nothing"
    );
    assert_eq!(restrict(&table, None), 0);
    assert_eq!(row_count(&table), 3);
    assert_eq!(sort(&table, &[(PR_IMPORTANCE, TABLE_SORT_DESCEND)]), 0);
    assert_eq!(
        first_column(&table),
        ["Quarterly report", "quarterly review", "Lunch"]
    );
    drop((table, folder, store, logon));
    env.finish();
}

#[test]
fn notifications_reach_whole_store_and_per_folder_registrations() {
    let env = init();
    let (logon, store, _) = env.logon(MDB_WRITE);
    let root = root(&store);
    let watched = create_folder(&root, "Watched");
    let other = create_folder(&root, "Other");
    let watched_id = binary(prop(&watched, PR_ENTRYID));
    let (whole, folder_sink) = (new_sink(), new_sink());
    let mut c1 = 0;
    let mut c2 = 0;
    // SAFETY: live store and sinks; valid out-pointers.
    unsafe {
        let hr = (store.vtable().Advise)(
            store.as_raw().cast(),
            0,
            null_mut(),
            fnevObjectCreated | fnevObjectDeleted,
            sink_ptr(whole),
            &mut c1,
        );
        assert_eq!(hr, 0);
        let hr = (logon.vtable().Advise)(
            logon.as_raw().cast(),
            watched_id.len() as ULONG,
            watched_id.as_ptr().cast_mut().cast(),
            fnevObjectCreated | fnevObjectModified,
            sink_ptr(folder_sink),
            &mut c2,
        );
        assert_eq!(hr, 0);
    }
    assert!(c1 != 0 && c2 != 0 && c1 != c2);
    assert_eq!(
        folder_sink.refs.load(Ordering::SeqCst),
        2,
        "kept by the provider"
    );

    let m = create_message(&watched, &[(PR_SUBJECT_A, string8("in watched"))]);
    assert_eq!(save(&m, KEEP_OPEN_READWRITE), 0);
    assert_eq!(set_props(&m, &[(PR_BODY_A, string8("changed"))]).0, 0);
    assert_eq!(save(&m, 0), 0);
    let elsewhere = create_message(&other, &[(PR_SUBJECT_A, string8("elsewhere"))]);
    assert_eq!(save(&elsewhere, 0), 0);
    let m_id = binary(prop(&m, PR_ENTRYID));

    let seen = |s: &Sink| s.seen.lock().map(|v| v.clone()).unwrap_or_default();
    let folder_events: Vec<(u32, u32)> = seen(folder_sink).iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(
        folder_events,
        [
            (fnevObjectCreated, MAPI_MESSAGE),
            (fnevObjectModified, MAPI_MESSAGE)
        ],
        "only the watched folder's message, and only the events asked for"
    );
    assert_eq!(seen(folder_sink)[0].2, m_id);
    let whole_events: Vec<(u32, u32)> = seen(whole).iter().map(|e| (e.0, e.1)).collect();
    assert_eq!(
        whole_events,
        [
            (fnevObjectCreated, MAPI_MESSAGE),
            (fnevObjectCreated, MAPI_MESSAGE)
        ],
        "no fnevObjectModified: not asked for"
    );
    // Deleting the folder (with its message) is seen by the store-wide sink.
    // SAFETY: live folder and entry ID.
    let hr = unsafe {
        (root.vtable().DeleteFolder)(
            root.as_raw().cast(),
            watched_id.len() as ULONG,
            watched_id.as_ptr().cast_mut().cast(),
            0,
            null_mut(),
            DEL_MESSAGES,
        )
    };
    assert_eq!(hr, 0);
    let deleted: Vec<u32> = seen(whole).iter().skip(2).map(|e| e.1).collect();
    assert_eq!(deleted, [MAPI_MESSAGE, MAPI_FOLDER]);
    // The open folder object now answers MAPI_E_OBJECT_DELETED.
    assert_eq!(
        Hresult(get_props(&watched, &[PR_DISPLAY_NAME_A]).0),
        Hresult(MAPI_E_OBJECT_DELETED)
    );

    // SAFETY: live store and logon.
    unsafe {
        assert_eq!((store.vtable().Unadvise)(store.as_raw().cast(), c1), 0);
        assert_eq!(
            Hresult((store.vtable().Unadvise)(store.as_raw().cast(), c1)),
            Hresult(MAPI_E_NOT_FOUND)
        );
    }
    assert_eq!(whole.refs.load(Ordering::SeqCst), 1);
    // The logon's registration goes away with its Logoff.
    let mut zero = 0;
    // SAFETY: live logon.
    assert_eq!(
        unsafe { (logon.vtable().Logoff)(logon.as_raw().cast(), &mut zero) },
        0
    );
    assert_eq!(folder_sink.refs.load(Ordering::SeqCst), 1);
    drop((m, elsewhere, watched, other, root, store, logon));
    env.finish();
}

#[test]
fn a_contents_table_tells_its_sinks_when_the_folder_changes() {
    let env = init();
    let (logon, store, _) = env.logon(MDB_WRITE);
    let folder = create_folder(&root(&store), "Tabled");
    let table = contents(&folder);
    let sink = new_sink();
    let mut conn = 0;
    // SAFETY: live table and sink; a valid out-pointer.
    let hr = unsafe {
        (table.vtable().Advise)(
            table.as_raw().cast(),
            fnevTableModified,
            sink_ptr(sink),
            &mut conn,
        )
    };
    assert_eq!((hr, conn != 0), (0, true));
    let m = create_message(&folder, &[(PR_SUBJECT_A, string8("new row"))]);
    assert_eq!(save(&m, 0), 0);
    let seen = sink.seen.lock().map(|v| v.clone()).unwrap_or_default();
    assert!(
        seen.iter()
            .any(|e| (e.0, e.1) == (fnevTableModified, TABLE_CHANGED)),
        "{seen:?}"
    );
    assert_eq!(row_count(&table), 1, "and the table shows the new row");
    // SAFETY: live table; the connection it gave.
    assert_eq!(
        unsafe { (table.vtable().Unadvise)(table.as_raw().cast(), conn) },
        0
    );
    assert_eq!(sink.refs.load(Ordering::SeqCst), 1, "the sink is released");
    drop((m, table, folder, store, logon));
    env.finish();
}

#[test]
fn messages_are_transacted_and_read_only_objects_refuse_changes() {
    let env = init();
    let (logon, store, _) = env.logon(MDB_WRITE);
    let folder = create_folder(&root(&store), "Drafts");
    let table = contents(&folder);
    let m = create_message(&folder, &[(PR_SUBJECT_A, string8("draft"))]);
    assert_eq!(row_count(&table), 0, "not saved yet");
    assert_eq!(save(&m, KEEP_OPEN_READWRITE), 0);
    assert_eq!(row_count(&table), 1);
    let id = binary(prop(&m, PR_ENTRYID));

    // A computed property cannot be set; the rest of the call goes through.
    let (hr, problems) = set_props(
        &m,
        &[
            (PR_ENTRYID, PropValue::Binary(vec![1])),
            (PR_BODY_A, string8("b")),
        ],
    );
    assert_eq!((hr, problems), (0, vec![(PR_ENTRYID, MAPI_E_COMPUTED)]));

    // Two objects on one message: the second save without FORCE_SAVE loses.
    let (hr, other, kind) = open::<IMessage>(&store, Some(&id), MAPI_MODIFY);
    assert_eq!((hr, kind), (0, MAPI_MESSAGE));
    let other = other.expect("message");
    assert_eq!(save(&m, KEEP_OPEN_READWRITE), 0);
    assert_eq!(Hresult(save(&other, 0)), Hresult(MAPI_E_OBJECT_CHANGED));
    assert_eq!(save(&other, FORCE_SAVE | KEEP_OPEN_READWRITE), 0);

    // Opened without MAPI_MODIFY: read-only.
    let (hr, ro, _) = open::<IMessage>(&store, Some(&id), 0);
    assert_eq!(hr, 0);
    let ro = ro.expect("message");
    assert_eq!(prop(&ro, PR_ACCESS_LEVEL), Some(PropValue::Long(0)));
    assert_eq!(
        Hresult(set_props(&ro, &[(PR_BODY_A, string8("x"))]).0),
        Hresult(MAPI_E_NO_ACCESS)
    );
    assert_eq!(Hresult(save(&ro, 0)), Hresult(MAPI_E_NO_ACCESS));

    // Attachments: in the message once the attachment is saved, in the
    // store once the message is.
    let (mut num, mut att) = (0, null_mut());
    // SAFETY: live message, valid out-pointers.
    let hr = unsafe { (m.vtable().CreateAttach)(m.as_raw().cast(), null(), 0, &mut num, &mut att) };
    assert_eq!(hr, 0);
    // SAFETY: one reference.
    let att: ComPtr<IAttach> = unsafe { ComPtr::from_raw(att) }.expect("attach");
    assert_eq!(
        set_props(
            &att,
            &[(PR_ATTACH_DATA_BIN, PropValue::Binary(b"data".to_vec()))]
        )
        .0,
        0
    );
    assert_eq!(prop(&m, PR_HASATTACH), Some(PropValue::Boolean(false)));
    assert_eq!(save(&att, 0), 0);
    assert_eq!(prop(&m, PR_HASATTACH), Some(PropValue::Boolean(true)));
    assert_eq!(
        Hresult(save(&m, KEEP_OPEN_READONLY)),
        Hresult(MAPI_E_OBJECT_CHANGED),
        "`other` saved since"
    );
    assert_eq!(save(&m, KEEP_OPEN_READONLY | FORCE_SAVE), 0);
    assert_eq!(
        Hresult(set_props(&m, &[(PR_BODY_A, string8("x"))]).0),
        Hresult(MAPI_E_NO_ACCESS)
    );
    let (hr, fresh, _) = open::<IMessage>(&store, Some(&id), 0);
    assert_eq!(hr, 0);
    let fresh = fresh.expect("message");
    let flags = prop(&fresh, PR_MESSAGE_FLAGS);
    assert!(matches!(flags, Some(PropValue::Long(f)) if f as u32 & MSGFLAG_HASATTACH != 0));

    // GetLastError describes the last failure, in a MAPI allocation.
    let mut err: LPMAPIERROR = null_mut();
    // SAFETY: live message, valid out-pointer.
    let hr =
        unsafe { (prop_vt(&m).GetLastError)(m.as_raw().cast(), MAPI_E_NO_ACCESS, 0, &mut err) };
    assert_eq!(hr, 0);
    // SAFETY: the provider returned an ANSI MAPIERROR.
    let text = unsafe { std::ffi::CStr::from_ptr((*err).lpszError.cast()) }
        .to_string_lossy()
        .into_owned();
    assert!(
        text.contains("IMessage::SetProps failed") && text.contains("0x80070005"),
        "{text}"
    );
    free(err.cast());
    drop((att, fresh, ro, other, m, table, folder, store, logon));
    env.finish();
}

#[test]
fn receive_folders_the_spooler_logon_and_store_logoff() {
    let env = init();
    let (logon, store, spool) = env.logon(MDB_WRITE);
    // Every store has a default receive folder.
    let (mut cb, mut eid, mut class) = (0, null_mut(), null_mut());
    // SAFETY: live store, valid out-pointers, a null class.
    let hr = unsafe {
        (store.vtable().GetReceiveFolder)(
            store.as_raw().cast(),
            null_mut(),
            0,
            &mut cb,
            &mut eid,
            &mut class,
        )
    };
    assert_eq!(hr, 0);
    // SAFETY: the provider returned `cb` bytes and an empty ANSI class.
    let inbox = unsafe { std::slice::from_raw_parts(eid.cast::<u8>(), cb as usize) }.to_vec();
    assert_eq!(unsafe { *class.cast::<u8>() }, 0);
    free(eid.cast());
    free(class.cast());
    let (hr, inbox_folder, _) = open::<IMAPIFolder>(&store, Some(&inbox), 0);
    assert_eq!(hr, 0);
    let inbox_folder = inbox_folder.expect("inbox");
    assert_eq!(text(&prop(&inbox_folder, PR_DISPLAY_NAME_A)), "Inbox");

    // The spooler logs on with the data Logon returned, to the same store.
    let (mut err, mut spool_logon, mut mdb) = (null_mut(), null_mut(), null_mut());
    let mut spool = spool;
    let mut profile = *b"test\0";
    // SAFETY: live provider; valid arguments and out-pointers.
    let hr = unsafe {
        (env.provider.vtable().SpoolerLogon)(
            env.provider.as_raw().cast(),
            env.support.as_raw(),
            0,
            profile.as_mut_ptr().cast(),
            0,
            null_mut(),
            MDB_WRITE,
            null(),
            spool.len() as ULONG,
            spool.as_mut_ptr(),
            &mut err,
            &mut spool_logon,
            &mut mdb,
        )
    };
    assert_eq!(hr, 0);
    // SAFETY: one reference each.
    let (spool_logon, spool_store): (ComPtr<IMSLogon>, ComPtr<IMsgStore>) = unsafe {
        (
            ComPtr::from_raw(spool_logon).expect("logon"),
            ComPtr::from_raw(mdb).expect("store"),
        )
    };
    let a = binary(prop(&store, PR_RECORD_KEY));
    let b = binary(prop(&spool_store, PR_RECORD_KEY));
    assert_eq!(a, b, "the same store");
    // Garbage spooler data is refused.
    let mut junk = [1u8; 3];
    let (mut err2, mut l2, mut m2) = (null_mut(), null_mut(), null_mut());
    // SAFETY: as above.
    let hr = unsafe {
        (env.provider.vtable().SpoolerLogon)(
            env.provider.as_raw().cast(),
            env.support.as_raw(),
            0,
            profile.as_mut_ptr().cast(),
            0,
            null_mut(),
            0,
            null(),
            3,
            junk.as_mut_ptr(),
            &mut err2,
            &mut l2,
            &mut m2,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_LOGON_FAILED));
    assert!(l2.is_null() && m2.is_null());

    // A read-only logon (to another store: the default one is open, and a
    // second Logon returns it as it is) cannot change the store.
    let other = sample_store::entryid::EntryId::store([9; 16]).to_bytes();
    let (ro_logon, ro_store, _) = env.logon_to(0, &other);
    assert_eq!(
        Hresult(set_props(&ro_store, &[(PR_DISPLAY_NAME_A, string8("x"))]).0),
        Hresult(MAPI_E_NO_ACCESS)
    );
    assert_eq!(
        Hresult(open::<IMAPIFolder>(&ro_store, None, MAPI_MODIFY).0),
        Hresult(MAPI_E_NO_ACCESS)
    );

    // Each store object calls StoreLogoffTransports at its last release.
    let mut flags = LOGOFF_PURGE;
    // SAFETY: live store.
    assert_eq!(
        unsafe { (spool_store.vtable().StoreLogoff)(spool_store.as_raw().cast(), &mut flags) },
        0
    );
    drop((inbox_folder, spool_store, ro_store, store));
    let mut calls = env.transports.lock().map(|v| v.clone()).unwrap_or_default();
    calls.sort_unstable();
    assert_eq!(calls, [LOGOFF_PURGE, LOGOFF_ABORT, LOGOFF_ABORT], "sorted");
    drop((spool_logon, ro_logon, logon));
    env.finish();
}

#[test]
fn objects_answer_from_many_threads_at_once() {
    let env = init();
    let (logon, store, _) = env.logon(MDB_WRITE);
    let folder = create_folder(&root(&store), "Busy");
    std::thread::scope(|s| {
        for t in 0..8 {
            let folder = folder.clone();
            s.spawn(move || {
                for i in 0..20 {
                    let m =
                        create_message(&folder, &[(PR_SUBJECT_A, string8(&format!("{t}-{i}")))]);
                    assert_eq!(save(&m, 0), 0);
                    let table = contents(&folder);
                    set_columns(&table, &[PR_SUBJECT_A]);
                    assert!(!first_column(&table).is_empty());
                }
            });
        }
    });
    assert_eq!(row_count(&contents(&folder)), 160);
    assert_eq!(prop(&folder, PR_CONTENT_COUNT), Some(PropValue::Long(160)));
    drop((folder, store, logon));
    env.finish();
}

#[test]
fn the_sample_store_takes_the_flags_outlook_passes() {
    let env = init();
    // MDB_ONLINE: the client opened the store on the server in cached mode.
    let (logon, store, _) = env.logon(MDB_WRITE | MDB_ONLINE);
    // MAPI_NO_CACHE and MAPI_CACHE_ONLY on IMsgStore::OpenEntry.
    for flags in [MAPI_NO_CACHE, MAPI_CACHE_ONLY | MAPI_BEST_ACCESS] {
        let (hr, folder, kind) = open::<IMAPIFolder>(&store, None, flags);
        assert_eq!(
            (Hresult(hr), kind),
            (Hresult::OK, MAPI_FOLDER),
            "{flags:#x}"
        );
        assert!(folder.is_some());
    }
    let (hr, folder, _) = open::<IMAPIFolder>(&store, None, MAPI_NO_CACHE | 0x0010_0000);
    assert_eq!(
        Hresult(hr),
        Hresult(MAPI_E_UNKNOWN_FLAGS),
        "an unlisted bit"
    );
    assert!(folder.is_none());
    let root = root(&store);
    let entry_id = binary(prop(&root, PR_ENTRYID));
    // The same through IMSLogon::OpenEntry and IMAPIContainer::OpenEntry.
    let (mut kind, mut unk) = (0, null_mut());
    // SAFETY: live logon; valid entry ID and out-pointers.
    let hr = unsafe {
        (logon.vtable().OpenEntry)(
            logon.as_raw().cast(),
            entry_id.len() as ULONG,
            entry_id.as_ptr().cast_mut().cast(),
            null(),
            MAPI_NO_CACHE,
            &mut kind,
            &mut unk,
        )
    };
    assert_eq!((Hresult(hr), kind), (Hresult::OK, MAPI_FOLDER));
    // SAFETY: one reference to the folder.
    drop(unsafe { ComPtr::from_raw(unk) });
    let (mut kind, mut unk) = (0, null_mut());
    // SAFETY: live folder; valid entry ID and out-pointers.
    let hr = unsafe {
        (root.vtable().base__.OpenEntry)(
            root.as_raw().cast(),
            entry_id.len() as ULONG,
            entry_id.as_ptr().cast_mut().cast(),
            null(),
            MAPI_CACHE_ONLY,
            &mut kind,
            &mut unk,
        )
    };
    assert_eq!((Hresult(hr), kind), (Hresult::OK, MAPI_FOLDER));
    // SAFETY: one reference to the folder.
    drop(unsafe { ComPtr::from_raw(unk) });
    // NON_CONTENT_INDEXED_SEARCH gets past the flag check; the sample store
    // has no search folders.
    // SAFETY: live folder; null criteria reuse the previous ones.
    let hr = unsafe {
        (root.vtable().base__.SetSearchCriteria)(
            root.as_raw().cast(),
            null_mut(),
            null_mut(),
            NON_CONTENT_INDEXED_SEARCH | RESTART_SEARCH,
        )
    };
    assert_eq!(Hresult(hr), Hresult(MAPI_E_NO_SUPPORT));
    drop((root, store, logon));
    env.finish();
}

/// The problems a `CopyTo`/`CopyProps` returned (tag, code), freed.
fn problems(p: LPSPropProblemArray) -> Vec<(u32, i32)> {
    let mut list = Vec::new();
    if !p.is_null() {
        // SAFETY: the provider returned a problem array.
        unsafe {
            let first = std::ptr::addr_of!((*p).aProblem).cast::<SPropProblem>();
            for i in 0..(*p).cProblem as usize {
                let one = first.add(i).read();
                list.push((one.ulPropTag, one.scode));
            }
        }
        free(p.cast());
    }
    list
}

#[test]
fn messages_copy_their_properties_to_another_message() {
    let env = init();
    let (_logon, store, _) = env.logon(MDB_WRITE);
    let folder = create_folder(&root(&store), "Copies");
    let from = create_message(
        &folder,
        &[
            (PR_SUBJECT_A, string8("original")),
            (PR_BODY_A, string8("text")),
        ],
    );
    let to = create_message(&folder, &[(PR_IMPORTANCE, PropValue::Long(2))]);
    let iid = IID_IMessage;

    // CopyProps: the properties asked for, written through the
    // destination's own SetProps.
    let mut include = tags(&[PR_SUBJECT_A]);
    let mut found: LPSPropProblemArray = null_mut();
    // SAFETY: live objects, a valid tag array, IID and out-pointer.
    let hr = unsafe {
        (prop_vt(&from).CopyProps)(
            from.as_raw().cast(),
            include.as_mut_ptr().cast(),
            0,
            null_mut(),
            &iid,
            to.as_raw().cast(),
            0,
            &mut found,
        )
    };
    assert_eq!((Hresult(hr), problems(found)), (Hresult::OK, vec![]));
    assert_eq!(text(&prop(&to, PR_SUBJECT_A)), "original");
    assert_eq!(prop(&to, PR_BODY_A), None, "not asked for");

    // CopyTo: everything but what is excluded; MAPI_NOREPLACE keeps what the
    // destination has. The source's computed properties (its identifiers)
    // are the destination's problems, not a failure.
    assert_eq!(set_props(&to, &[(PR_SUBJECT_A, string8("kept"))]).0, 0);
    let mut exclude = tags(&[PR_IMPORTANCE]);
    let mut found: LPSPropProblemArray = null_mut();
    // SAFETY: as above.
    let hr = unsafe {
        (prop_vt(&from).CopyTo)(
            from.as_raw().cast(),
            0,
            null(),
            exclude.as_mut_ptr().cast(),
            0,
            null_mut(),
            &iid,
            to.as_raw().cast(),
            MAPI_NOREPLACE,
            &mut found,
        )
    };
    assert_eq!(Hresult(hr), Hresult::OK);
    assert!(
        problems(found)
            .iter()
            .all(|(_, code)| *code == MAPI_E_COMPUTED),
        "only computed properties are refused"
    );
    assert_eq!(text(&prop(&to, PR_SUBJECT_A)), "kept");
    assert_eq!(text(&prop(&to, PR_BODY_A)), "text");
    assert_eq!(books(|b| b.bad_frees), 0);
}
