//! The load session: several threads share one store and, for a bounded
//! time, create, read, list and delete messages in one folder; then the
//! folder's contents table must hold exactly the messages the threads kept.
//!
//! MAPI calls a store's objects from several threads, so a provider's
//! objects must be safe to call concurrently; this is where a lock that is
//! missing, or held across a call back into the support object, shows.

use crate::api::{self, OutPtr};
use crate::caps::Capability;
use crate::com::{Obj, unknown_vtbl};
use crate::props::{PropArray, PropVal, Val, find};
use crate::provider::Env;
use crate::session::{Ctx, Marks};
use mapi_sys::*;
use std::collections::BTreeMap;
use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

/// How many threads share the store.
pub(crate) const THREADS: usize = 4;

/// An interface pointer handed to the load threads.
#[derive(Clone, Copy)]
struct Shared(*mut c_void);

// SAFETY: MAPI calls a store's objects from several threads (a provider's
// objects are free-threaded), and the host keeps its own reference to the
// object until every thread has joined.
unsafe impl Send for Shared {}

impl Shared {
    fn of<T: Interface>(o: &Obj<T>) -> Shared {
        Shared(o.raw())
    }

    /// A reference of the calling thread's own.
    fn adopt<T: Interface>(self) -> Option<Obj<T>> {
        // SAFETY: a live object (the host holds a reference until the
        // threads join); the AddRef makes the reference `from_out` takes.
        unsafe {
            (unknown_vtbl(self.0).AddRef)(self.0);
            Obj::from_out(self.0.cast())
        }
    }
}

/// What one thread did.
#[derive(Default)]
struct Work {
    calls: usize,
    failures: Vec<String>,
    /// Subject and entry ID of each message it created and did not delete.
    kept: Vec<(String, Vec<u8>)>,
}

impl Work {
    fn expect(&mut self, what: impl FnOnce() -> String, ok: bool) -> bool {
        self.calls += 1;
        if !ok && self.failures.len() < 5 {
            self.failures.push(what());
        }
        ok
    }
}

/// One thread's loop until `deadline`.
fn worker(n: usize, store: Shared, folder: Shared, deadline: Instant) -> Work {
    let mut w = Work::default();
    let (Some(store), Some(folder)) = (store.adopt::<IMsgStore>(), folder.adopt::<IMAPIFolder>())
    else {
        w.failures
            .push("the shared objects could not be adopted".into());
        return w;
    };
    let mut i = 0usize;
    while Instant::now() < deadline {
        i += 1;
        let subject = format!("load {n}-{i}");
        let o = api::create_message(&folder, 0);
        if !w.expect(
            || format!("CreateMessage: {}", crate::report::hr(o.hr)),
            o.hr == S_OK,
        ) {
            break;
        }
        let Some(m) = o.obj else { break };
        let mut v = PropArray::new(&[(PR_SUBJECT_A, Val::Str(subject.clone()))]);
        let r = api::set_props(&m, &mut v);
        w.expect(
            || format!("SetProps: {}", crate::report::hr(r.hr)),
            r.hr == S_OK,
        );
        let hr = api::save_changes(&m, KEEP_OPEN_READWRITE);
        w.expect(
            || format!("SaveChanges: {}", crate::report::hr(hr)),
            hr == S_OK,
        );
        let r = api::get_props(&m, Some(&[PR_ENTRYID]), 0);
        let id = find(&r.props, PR_ENTRYID)
            .and_then(PropVal::bin)
            .map(<[u8]>::to_vec)
            .unwrap_or_default();
        drop(m);
        if !w.expect(
            || "the saved message has no PR_ENTRYID".into(),
            !id.is_empty(),
        ) {
            continue;
        }
        w.kept.push((subject, id));
        if i.is_multiple_of(3) {
            // Read one back by entry ID.
            let (s, id) = &w.kept[w.kept.len() / 2];
            let (s, id) = (s.clone(), id.clone());
            let o = api::store_open_entry(&store, &id, 0);
            let got = o.obj.as_ref().and_then(|u| {
                let msg = u.query::<IMessage>().1?;
                let r = api::get_props(&msg, Some(&[PR_SUBJECT_A]), 0);
                r.props.first().and_then(|p| p.val.text())
            });
            w.expect(
                || format!("OpenEntry({s}): {} {got:?}", crate::report::hr(o.hr)),
                o.hr == S_OK && got.as_deref() == Some(s.as_str()),
            );
        }
        if i.is_multiple_of(4) {
            // List: the contents table opens and counts.
            let t = api::contents_table(&folder, 0);
            let ok = t.hr == S_OK && t.out == OutPtr::Proper;
            let count = t.obj.as_ref().map(api::row_count);
            w.expect(
                || {
                    format!(
                        "GetContentsTable/GetRowCount: {} {count:?}",
                        crate::report::hr(t.hr)
                    )
                },
                ok && count.is_some_and(|(c, _)| c == S_OK),
            );
        }
        if i.is_multiple_of(2) {
            // Delete the oldest message this thread kept.
            let (s, id) = w.kept.remove(0);
            let hr = api::delete_messages(&folder, &[&id]);
            if !w.expect(
                || format!("DeleteMessages({s}): {}", crate::report::hr(hr)),
                hr == S_OK,
            ) {
                w.kept.push((s, id));
            }
        }
    }
    w
}

/// The subjects of every row of `folder`'s contents table.
fn listed(folder: &Obj<IMAPIFolder>) -> Result<Vec<String>, String> {
    let t = api::contents_table(folder, 0);
    let t = t
        .obj
        .ok_or_else(|| format!("GetContentsTable: {}", crate::report::hr(t.hr)))?;
    let hr = api::set_columns(&t, &[PR_SUBJECT_A]);
    if hr != S_OK {
        return Err(format!("SetColumns: {}", crate::report::hr(hr)));
    }
    let mut out = Vec::new();
    loop {
        let rows = api::query_rows(&t, 100);
        if rows.hr != S_OK {
            return Err(format!("QueryRows: {}", crate::report::hr(rows.hr)));
        }
        if rows.rows.is_empty() {
            break;
        }
        for r in &rows.rows {
            out.push(
                find(r, PR_SUBJECT_A)
                    .and_then(PropVal::text)
                    .unwrap_or_default(),
            );
        }
    }
    Ok(out)
}

/// Runs the load session for `time`.
pub(crate) fn run(cx: &mut Ctx<'_, '_>, time: Duration) {
    /// Folder names unique within the process (a provider may keep its
    /// data across initialisations).
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    cx.rec.session("load");
    cx.rec.step("1 setup");
    let marks = Marks::now();
    let env = Env::new();
    let Ok(p) = cx.init(&env) else {
        cx.accounting(env, &marks);
        return;
    };
    let Ok((logon, store)) = cx.logon(&p, &env) else {
        api::shutdown(&p, 0);
        drop(p);
        cx.accounting(env, &marks);
        return;
    };
    cx.resolve_caps(&store);
    let what = "threads creating, reading, listing and deleting messages";
    if cx.supports(Capability::Messages, what) && cx.supports(Capability::Modify, what) {
        let o = api::store_open_entry(&store, &[], MAPI_MODIFY);
        let root = o.obj.and_then(|u| u.query::<IMAPIFolder>().1);
        let name = format!("mapi-host load {}", RUNS.fetch_add(1, Ordering::SeqCst) + 1);
        let folder = root
            .as_ref()
            .and_then(|r| api::create_folder(r, &name, "", 0).obj);
        drop(root);
        if let Some(folder) = folder {
            threads(cx, &store, &folder, time);
            cx.rec.step("4 release");
            cx.release_last("load folder", folder);
        } else {
            cx.rec.check(
                "the root folder opens and a folder is created for the threads",
                false,
                "",
            );
        }
    }
    cx.rec.step("4 release");
    api::store_logoff(&store, LOGOFF_ORDERLY);
    cx.release_last("store", store);
    api::logoff(&logon, 0);
    cx.release_last("logon", logon);
    api::shutdown(&p, 0);
    cx.release_last("provider", p);
    cx.accounting(env, &marks);
}

fn threads(
    cx: &mut Ctx<'_, '_>,
    store: &Obj<IMsgStore>,
    folder: &Obj<IMAPIFolder>,
    time: Duration,
) {
    cx.rec.step("2 threads");
    let deadline = Instant::now() + time;
    let (s, f) = (Shared::of(store), Shared::of(folder));
    let works: Vec<Work> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|n| scope.spawn(move || worker(n, s, f, deadline)))
            .collect();
        handles
            .into_iter()
            .map(|h| {
                h.join().unwrap_or_else(|_| Work {
                    failures: vec!["the thread panicked".into()],
                    ..Work::default()
                })
            })
            .collect()
    });
    let calls: usize = works.iter().map(|w| w.calls).sum();
    let failures: Vec<String> = works.iter().flat_map(|w| w.failures.clone()).collect();
    cx.rec.check(
        format!(
            "{THREADS} threads sharing the store for {} ms: no call failed",
            time.as_millis()
        ),
        failures.is_empty() && calls > 0,
        if failures.is_empty() {
            format!("{calls} checked calls")
        } else {
            failures.join("; ")
        },
    );
    cx.rec.step("3 contents");
    let mut kept: BTreeMap<String, usize> = BTreeMap::new();
    for w in &works {
        for (s, _) in &w.kept {
            *kept.entry(s.clone()).or_default() += 1;
        }
    }
    let expected = kept.values().sum::<usize>();
    match listed(folder) {
        Ok(rows) => {
            let mut got: BTreeMap<String, usize> = BTreeMap::new();
            for s in &rows {
                *got.entry(s.clone()).or_default() += 1;
            }
            let missing: Vec<&String> = kept.keys().filter(|s| !got.contains_key(*s)).collect();
            let extra: Vec<&String> = got.keys().filter(|s| !kept.contains_key(*s)).collect();
            cx.rec.check(
                "the contents table holds exactly the messages the threads kept",
                got == kept,
                format!(
                    "{} rows, {expected} kept; missing {:?}, not kept {:?}",
                    rows.len(),
                    missing.iter().take(5).collect::<Vec<_>>(),
                    extra.iter().take(5).collect::<Vec<_>>()
                ),
            );
        }
        Err(e) => {
            cx.rec.check(
                "the contents table holds exactly the messages the threads kept",
                false,
                e,
            );
        }
    }
}
