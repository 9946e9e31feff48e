//! The fault-injection session: a short session (`MSProviderInit`, `Logon`,
//! the store's properties, the root folder, its tables, `QueryRows`) run
//! once to count the MAPI allocations it makes, then replayed once per
//! allocation with that allocation failing.
//!
//! The call during which the allocation fails must return
//! `MAPI_E_NOT_ENOUGH_MEMORY` with null out-pointers and leave the support
//! object as it was (no reference kept, no registration, no status row, no
//! `StoreLogoffTransports`); the same call made again must succeed; at the
//! end of the replay nothing leaked and every reference was given back.

use crate::api::{self, OutPtr, sentinel};
use crate::caps::Capability;
use crate::com::{Obj, ref_counters};
use crate::props::{PropArray, Val};
use crate::provider::Env;
use crate::scripted::REQUIRED_STORE_PROPS;
use crate::session::{Ctx, Marks};
use crate::{alloc, report::hr};
use mapi_sys::*;
use std::fmt;

/// One call of the short session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Init,
    Logon,
    GetProps,
    GetPropList,
    OpenRoot,
    HierarchyTable,
    CreateMessage,
    SetProps,
    SaveChanges,
    ContentsTable,
    SetColumns,
    QueryRows,
}

const OPS: [Op; 12] = [
    Op::Init,
    Op::Logon,
    Op::GetProps,
    Op::GetPropList,
    Op::OpenRoot,
    Op::HierarchyTable,
    Op::CreateMessage,
    Op::SetProps,
    Op::SaveChanges,
    Op::ContentsTable,
    Op::SetColumns,
    Op::QueryRows,
];

impl Op {
    fn needs(self) -> Option<Capability> {
        match self {
            Op::Init | Op::Logon | Op::GetProps | Op::GetPropList => None,
            Op::OpenRoot | Op::HierarchyTable => Some(Capability::Folders),
            Op::CreateMessage
            | Op::SetProps
            | Op::SaveChanges
            | Op::ContentsTable
            | Op::SetColumns
            | Op::QueryRows => Some(Capability::Messages),
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Op::Init => "MSProviderInit",
            Op::Logon => "IMSProvider::Logon",
            Op::GetProps => "IMsgStore::GetProps(the required properties)",
            Op::GetPropList => "IMsgStore::GetPropList",
            Op::OpenRoot => "IMsgStore::OpenEntry(the root folder)",
            Op::HierarchyTable => "GetHierarchyTable",
            Op::CreateMessage => "IMAPIFolder::CreateMessage",
            Op::SetProps => "IMessage::SetProps(PR_SUBJECT)",
            Op::SaveChanges => "IMessage::SaveChanges(KEEP_OPEN_READWRITE)",
            Op::ContentsTable => "GetContentsTable",
            Op::SetColumns => "IMAPITable::SetColumns",
            Op::QueryRows => "IMAPITable::QueryRows(10)",
        })
    }
}

/// What the replay holds.
#[derive(Default)]
struct Held {
    table: Option<Obj<IMAPITable>>,
    message: Option<Obj<IMessage>>,
    root: Option<Obj<IMAPIFolder>>,
    store: Option<Obj<IMsgStore>>,
    logon: Option<Obj<IMSLogon>>,
    provider: Option<Obj<IMSProvider>>,
}

impl Held {
    /// Releases everything in the documented order, without checks.
    fn teardown(mut self) {
        drop(self.table.take());
        drop(self.message.take());
        drop(self.root.take());
        if let Some(s) = self.store.take() {
            api::store_logoff(&s, LOGOFF_ORDERLY);
            drop(s);
        }
        if let Some(l) = self.logon.take() {
            api::logoff(&l, 0);
        }
        if let Some(p) = self.provider.take() {
            api::shutdown(&p, 0);
        }
    }
}

/// What one call did: its code and whether every pointer out-parameter
/// was left as COM requires (null on failure).
struct Called {
    hr: HRESULT,
    outs_ok: bool,
}

/// Makes `op`; `None` when what it needs is not held.
fn call(cx: &Ctx<'_, '_>, env: &Env, h: &mut Held, op: Op) -> Option<Called> {
    let called = match op {
        Op::Init => {
            let mut ver: u32 = 0;
            let mut out: *mut IMSProvider = sentinel();
            // SAFETY: the IMalloc is live; valid out-pointers.
            let hr = unsafe {
                cx.provider
                    .init(env.malloc, 0, CURRENT_SPI_VERSION, &mut ver, &mut out)
            };
            let outs_ok = OutPtr::of(hr, out) == OutPtr::Proper;
            if hr >= 0 && outs_ok {
                // SAFETY: success with a written pointer: one reference.
                h.provider = unsafe { Obj::from_out(out) };
            }
            Called { hr, outs_ok }
        }
        Op::Logon => {
            let p = h.provider.as_ref()?;
            // SAFETY: the support object is live (held by `env`).
            let l = unsafe { api::logon(p, env.support_ptr(), &[], MDB_NO_DIALOG | MDB_WRITE) };
            let outs_ok = l.logon_out == OutPtr::Proper && l.store_out == OutPtr::Proper;
            h.logon = l.logon;
            h.store = l.store;
            Called { hr: l.hr, outs_ok }
        }
        Op::GetProps => {
            let r = api::get_props(h.store.as_ref()?, Some(&REQUIRED_STORE_PROPS), 0);
            Called {
                hr: r.hr,
                outs_ok: r.out == OutPtr::Proper,
            }
        }
        Op::GetPropList => {
            let (hr, _, _) = api::get_prop_list(h.store.as_ref()?, 0);
            // The wrapper frees a success's array; a failure's pointer is
            // not reported by it.
            Called { hr, outs_ok: true }
        }
        Op::OpenRoot => {
            let o = api::store_open_entry(h.store.as_ref()?, &[], MAPI_MODIFY);
            let outs_ok = o.out == OutPtr::Proper;
            h.root = o.obj.and_then(|u| u.query::<IMAPIFolder>().1);
            Called { hr: o.hr, outs_ok }
        }
        Op::HierarchyTable => {
            let o = api::hierarchy_table(h.root.as_ref()?, 0);
            Called {
                hr: o.hr,
                outs_ok: o.out == OutPtr::Proper,
            }
        }
        Op::CreateMessage => {
            let o = api::create_message(h.root.as_ref()?, 0);
            h.message = o.obj;
            Called {
                hr: o.hr,
                outs_ok: o.out == OutPtr::Proper,
            }
        }
        Op::SetProps => {
            let mut v = PropArray::new(&[(PR_SUBJECT_A, Val::Str("Out of memory".into()))]);
            let r = api::set_props(h.message.as_ref()?, &mut v);
            Called {
                hr: r.hr,
                outs_ok: r.block_ok || r.hr < 0,
            }
        }
        Op::SaveChanges => Called {
            hr: api::save_changes(h.message.as_ref()?, KEEP_OPEN_READWRITE),
            outs_ok: true,
        },
        Op::ContentsTable => {
            let o = api::contents_table(h.root.as_ref()?, 0);
            h.table = o.obj;
            Called {
                hr: o.hr,
                outs_ok: o.out == OutPtr::Proper,
            }
        }
        Op::SetColumns => Called {
            hr: api::set_columns(h.table.as_ref()?, &[PR_ENTRYID, PR_SUBJECT_A]),
            outs_ok: true,
        },
        Op::QueryRows => {
            let r = api::query_rows(h.table.as_ref()?, 10);
            Called {
                hr: r.hr,
                outs_ok: r.out == OutPtr::Proper,
            }
        }
    };
    Some(called)
}

/// The support object's calls with an effect a host can see.
const EFFECTS: [&str; 9] = [
    "Subscribe",
    "Unsubscribe",
    "Notify",
    "ModifyStatusRow",
    "SpoolerNotify",
    "SetProviderUID",
    "StoreLogoffTransports",
    "ModifyProfile",
    "MakeInvalid",
];

/// What the support object holds and has been asked to do.
#[derive(Debug, PartialEq, Eq)]
struct SupportState {
    refs: Option<u32>,
    subscriptions: usize,
    effects: Vec<usize>,
}

fn support_state(env: &Env) -> SupportState {
    SupportState {
        refs: env.support_refs(),
        subscriptions: env.support_log.subscription_count(),
        effects: EFFECTS.iter().map(|c| env.support_log.count(c)).collect(),
    }
}

/// Describes what changed between two support states.
fn support_changes(before: &SupportState, after: &SupportState) -> String {
    let mut v = Vec::new();
    if before.refs != after.refs {
        v.push(format!(
            "references {} -> {}",
            before.refs.unwrap_or(0),
            after.refs.unwrap_or(0)
        ));
    }
    if before.subscriptions != after.subscriptions {
        v.push(format!(
            "registrations {} -> {}",
            before.subscriptions, after.subscriptions
        ));
    }
    for (i, name) in EFFECTS.iter().enumerate() {
        let n = after.effects[i].saturating_sub(before.effects[i]);
        if n > 0 {
            v.push(format!("{name} called {n}x"));
        }
    }
    v.join(", ")
}

/// What one replay saw.
struct Replay {
    /// Allocation calls the session's calls made (retries excluded).
    attempts: u64,
    /// The call during which the injected failure happened.
    during: Option<Op>,
    problems: Vec<String>,
}

/// Runs the short session, failing the `fail`-th allocation if given.
fn replay(cx: &mut Ctx<'_, '_>, ops: &[Op], fail: Option<u64>) -> Replay {
    let marks = Marks::now();
    let env = Env::new();
    let mut h = Held::default();
    let mut problems = Vec::new();
    let mut during = None;
    let mut retried = 0;
    let injected = alloc::injected();
    let start = alloc::attempts();
    alloc::fail_nth(fail);
    for &op in ops {
        let before = support_state(&env);
        let Some(c) = call(cx, &env, &mut h, op) else {
            problems.push(format!("{op} could not be made: an earlier call failed"));
            break;
        };
        if during.is_some() || alloc::injected() == injected {
            if c.hr < 0 {
                problems.push(format!("{op} returned {} (no injected failure)", hr(c.hr)));
                break;
            }
            continue;
        }
        during = Some(op);
        let swallowed_ok = op == Op::GetProps && c.hr == MAPI_W_ERRORS_RETURNED;
        if c.hr >= 0 && !swallowed_ok {
            problems.push(format!(
                "{op} returned {} although an allocation it made failed",
                hr(c.hr)
            ));
            continue;
        }
        if c.hr < 0 && c.hr != MAPI_E_NOT_ENOUGH_MEMORY {
            problems.push(format!(
                "{op} returned {}, not MAPI_E_NOT_ENOUGH_MEMORY",
                hr(c.hr)
            ));
        }
        if !c.outs_ok {
            problems.push(format!("{op} failed, but an out-pointer is not null"));
        }
        let changes = support_changes(&before, &support_state(&env));
        if !changes.is_empty() {
            problems.push(format!(
                "{op} failed, but changed the support object: {changes}"
            ));
        }
        if c.hr < 0 {
            let again = alloc::attempts();
            let r = call(cx, &env, &mut h, op);
            retried += alloc::attempts() - again;
            match r {
                Some(r) if r.hr >= 0 => {}
                Some(r) => {
                    problems.push(format!("{op} made again returned {}", hr(r.hr)));
                    break;
                }
                None => break,
            }
        }
    }
    let attempts = alloc::attempts() - start - retried;
    alloc::fail_nth(None);
    h.teardown();
    problems.extend(leftovers(env, &marks));
    Replay {
        attempts,
        during,
        problems,
    }
}

/// What a replay left behind: references, registrations, blocks.
fn leftovers(mut env: Env, marks: &Marks) -> Vec<String> {
    let mut v = Vec::new();
    let subs = env.support_log.clear_subscriptions();
    if subs > 0 {
        v.push(format!("{subs} support registration(s) left"));
    }
    if let Some(n) = env.release_support()
        && n != 0
    {
        v.push(format!("{n} reference(s) to the support object left"));
    }
    if let Some(n) = env.release_sink()
        && n != 0
    {
        v.push(format!("{n} reference(s) to the advise sink left"));
    }
    if let Some(n) = env.release_malloc()
        && n != 0
    {
        v.push(format!("{n} reference(s) to the IMalloc left"));
    }
    drop(env);
    let live = alloc::live_since(marks.alloc_seq());
    if !live.is_empty() {
        let steps: Vec<String> = live
            .iter()
            .take(3)
            .map(|b| format!("#{} {} bytes", b.seq, b.size))
            .collect();
        v.push(format!(
            "{} block(s) leaked: {}",
            live.len(),
            steps.join(", ")
        ));
    }
    let misuse = alloc::misuse_since(marks.misuse());
    if let Some(m) = misuse.first() {
        v.push(format!("allocator misuse: {}", m.what));
    }
    let refs = ref_counters();
    let (obtained, released) = marks.refs_since(&refs);
    if obtained != released {
        v.push(format!(
            "the host obtained {obtained} references and released {released}"
        ));
    }
    v
}

/// Runs the fault-injection session.
pub(crate) fn run(cx: &mut Ctx<'_, '_>) {
    cx.rec.session("faults");
    cx.rec.step("1 count allocations");
    // Which calls run: the capabilities come from a first logon.
    let ops = {
        let env = Env::new();
        let mut h = Held::default();
        let mut ok = true;
        for op in [Op::Init, Op::Logon] {
            ok &= call(cx, &env, &mut h, op).is_some_and(|c| c.hr >= 0);
        }
        if let Some(s) = h.store.as_ref() {
            cx.resolve_caps(s);
        }
        h.teardown();
        drop(env);
        if !ok {
            cx.rec.check(
                "MSProviderInit and Logon succeed",
                false,
                "the session cannot start",
            );
            return;
        }
        let mut ops = Vec::new();
        for op in OPS {
            match op.needs() {
                Some(cap) if !cx.supports(cap, &format!("{op} with failing allocations")) => {}
                _ => ops.push(op),
            }
        }
        ops
    };
    let base = replay(cx, &ops, None);
    let names: Vec<String> = ops.iter().map(ToString::to_string).collect();
    if !cx.rec.check(
        format!(
            "the short session runs without injected failures ({})",
            names.join(", ")
        ),
        base.problems.is_empty(),
        base.problems.join("; "),
    ) {
        return;
    }
    let n = base.attempts;
    cx.rec.set_allocation_points(n);
    cx.rec.step("2 fail each allocation");
    for k in 1..=n {
        let r = replay(cx, &ops, Some(k));
        let Some(op) = r.during else {
            cx.rec.skip(
                format!("allocation {k} of {n} fails"),
                format!("not reached: this replay made {} allocation(s)", r.attempts),
            );
            continue;
        };
        cx.rec.check(
            format!(
                "allocation {k} of {n} fails during {op}: MAPI_E_NOT_ENOUGH_MEMORY, null outs, support untouched, the retry succeeds, nothing leaks"
            ),
            r.problems.is_empty(),
            r.problems.join("; "),
        );
    }
}
