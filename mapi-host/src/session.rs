//! Pieces both sessions use: starting a provider, logging on, and the
//! final accounting of allocations and references.

use crate::api::{self, OutPtr, SENTINEL, sentinel};
use crate::caps::{Capabilities, Capability};
use crate::com::{Obj, Released, ref_counters};
use crate::provider::{Env, Provider};
use crate::report::{Recorder, hr};
use crate::{Options, alloc};
use mapi_sys::*;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// A failed step that the rest of the session depends on.
#[derive(Debug)]
pub(crate) struct Stop;

/// The result of a step.
pub(crate) type Step<T = ()> = Result<T, Stop>;

/// The context of one session.
pub(crate) struct Ctx<'r, 'a> {
    pub(crate) rec: &'r mut Recorder<'a>,
    pub(crate) provider: &'r Provider,
    pub(crate) opts: &'r Options,
    /// The capabilities the checks run with (set after logon).
    pub(crate) caps: Capabilities,
}

/// Where the ledgers stood when a session started.
pub(crate) struct Marks {
    alloc: alloc::Counters,
    refs: crate::com::RefCounters,
}

impl Marks {
    pub(crate) fn now() -> Marks {
        Marks {
            alloc: alloc::counters(),
            refs: ref_counters(),
        }
    }

    /// The allocation sequence number then.
    pub(crate) fn alloc_seq(&self) -> u64 {
        self.alloc.seq
    }

    /// The number of allocator misuses recorded then.
    pub(crate) fn misuse(&self) -> usize {
        self.alloc.misuse
    }

    /// References obtained and released by the host since then, as of `now`.
    pub(crate) fn refs_since(&self, now: &crate::com::RefCounters) -> (u64, u64) {
        (
            now.obtained - self.refs.obtained,
            now.released - self.refs.released,
        )
    }
}

impl Ctx<'_, '_> {
    /// Decides the capabilities the checks run with: the author's list, or
    /// what the store declares in `PR_STORE_SUPPORT_MASK` (none when it
    /// cannot be read: the required-property checks say why).
    pub(crate) fn resolve_caps(&mut self, store: &Obj<IMsgStore>) {
        self.caps = match self.opts.capabilities {
            Some(c) => c,
            None => {
                let r = api::get_props(store, Some(&[PR_STORE_SUPPORT_MASK]), 0);
                match r.props.first().and_then(|p| p.val.long()) {
                    Some(mask) if r.hr == S_OK => Capabilities::from_support_mask(mask as u32),
                    _ => Capabilities::NONE,
                }
            }
        };
        self.rec.set_capabilities(self.caps);
    }

    /// Whether the checks of `cap` run; when they do not, records `what`
    /// as "skipped (not supported)".
    pub(crate) fn supports(&mut self, cap: Capability, what: &str) -> bool {
        match self.caps.why_not(cap) {
            None => true,
            Some(why) => {
                self.rec.skip(what, why);
                false
            }
        }
    }

    /// Records `ok`; stops the session when it is false.
    pub(crate) fn need(&mut self, what: &str, ok: bool, detail: impl Into<String>) -> Step {
        if self.rec.check(what, ok, detail) {
            Ok(())
        } else {
            Err(Stop)
        }
    }

    /// Records that `got` is one of `expected`; stops when not.
    pub(crate) fn need_hr(&mut self, what: &str, got: HRESULT, expected: &[HRESULT]) -> Step {
        if self.rec.expect_hr(what, got, expected) {
            Ok(())
        } else {
            Err(Stop)
        }
    }

    /// Records what happened to an out-pointer.
    pub(crate) fn out_ok(&mut self, what: &str, out: OutPtr) -> bool {
        self.rec.check(what, out == OutPtr::Proper, out.describe())
    }

    /// Gives back the host's last reference to `obj` and checks that the
    /// object is then freed (`Release` returns 0).
    pub(crate) fn release_last<T: Interface>(&mut self, what: &str, obj: Obj<T>) {
        let Released { count, last } = obj.release();
        if last {
            self.rec.check(
                format!("{what}: final Release returns 0"),
                count == 0,
                format!("Release returned {count}"),
            );
        }
    }

    /// Waits until `pred` holds or the notification timeout passes.
    pub(crate) fn wait_for(&self, mut pred: impl FnMut() -> bool) -> bool {
        let deadline = Instant::now() + self.opts.notify_timeout;
        loop {
            if pred() {
                return true;
            }
            if Instant::now() >= deadline {
                return false;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// `MSProviderInit` with `CURRENT_SPI_VERSION`, checked as in step 1.
    pub(crate) fn init(&mut self, env: &Env) -> Step<Obj<IMSProvider>> {
        let mut ver: u32 = 0xDEAD_BEEF;
        let mut out: *mut IMSProvider = sentinel();
        // SAFETY: the IMalloc is live; valid out-pointers.
        let code = unsafe {
            self.provider
                .init(env.malloc, 0, CURRENT_SPI_VERSION, &mut ver, &mut out)
        };
        self.need_hr(
            "MSProviderInit(ulMAPIVer = CURRENT_SPI_VERSION) returns S_OK",
            code,
            &[S_OK],
        )?;
        let o = OutPtr::of(code, out);
        if !self.out_ok("MSProviderInit: *lppMSProvider is set", o) {
            return Err(Stop);
        }
        self.rec.check(
            "MSProviderInit: *lpulProviderVer is set, no newer than MAPI's SPI",
            ver != 0xDEAD_BEEF && ver != 0 && ver <= CURRENT_SPI_VERSION,
            format!("{ver:#010x}"),
        );
        // SAFETY: success with a written pointer: one reference to a provider.
        let p = unsafe { Obj::from_out(out) }.ok_or(Stop)?;
        Ok(p)
    }

    /// `Logon(MDB_NO_DIALOG | MDB_WRITE)`, checked as in step 2; returns
    /// the logon and store objects.
    pub(crate) fn logon(
        &mut self,
        p: &Obj<IMSProvider>,
        env: &Env,
    ) -> Step<(Obj<IMSLogon>, Obj<IMsgStore>)> {
        // SAFETY: the support object is live (held by `env`).
        let l = unsafe { api::logon(p, env.support_ptr(), &[], MDB_NO_DIALOG | MDB_WRITE) };
        self.need_hr(
            "IMSProvider::Logon(MDB_NO_DIALOG | MDB_WRITE) succeeds",
            l.hr,
            &[S_OK, MAPI_W_ERRORS_RETURNED],
        )?;
        self.out_ok("Logon: *lppMSLogon is set", l.logon_out);
        self.out_ok("Logon: *lppMDB is set", l.store_out);
        self.rec.check(
            "Logon: spooler data and MAPIERROR are null or MAPI allocations (freed)",
            l.blocks_ok,
            format!("cbSpoolSecurity = {}", l.spool_len),
        );
        match (l.logon, l.store) {
            (Some(logon), Some(store)) => Ok((logon, store)),
            _ => Err(Stop),
        }
    }

    /// Step 22 / bad-input 12: every reference and allocation given back.
    pub(crate) fn accounting(&mut self, mut env: Env, marks: &Marks) {
        self.rec.step("accounting");
        let subs = env.support_log.subscription_count();
        self.rec.check(
            "every IMAPISupport::Subscribe was cancelled with Unsubscribe",
            subs == 0,
            format!("{subs} registration(s) left"),
        );
        env.support_log.clear_subscriptions();
        match env.release_support() {
            Some(n) => {
                self.rec.check(
                    "the provider released every reference to the support object (final Release returns 0)",
                    n == 0,
                    format!("Release returned {n}"),
                );
            }
            None => self.rec.skip("support object released", "already released"),
        }
        let sink_refs = env.sink_refs().unwrap_or(0);
        if let Some(n) = env.release_sink() {
            self.rec.check(
                "the provider released every reference to the advise sink (final Release returns 0)",
                n == 0,
                format!("{sink_refs} reference(s) before the host's Release"),
            );
        }
        let malloc_blocks = env.malloc_log.live.load(Ordering::SeqCst);
        if let Some(n) = env.release_malloc() {
            self.rec.check(
                "the provider released every reference to the IMalloc (final Release returns 0)",
                n == 0,
                format!("Release returned {n}"),
            );
            self.rec.check(
                "every IMalloc::Alloc block was freed",
                malloc_blocks == 0,
                format!("{malloc_blocks} block(s) left"),
            );
        }
        drop(env);
        let live = alloc::live_since(marks.alloc.seq);
        let bytes: usize = live.iter().map(|b| b.size).sum();
        let detail = if live.is_empty() {
            let now = alloc::counters();
            format!(
                "{} MAPIAllocateBuffer + {} MAPIAllocateMore blocks, all freed",
                now.buffers - marks.alloc.buffers,
                now.chained - marks.alloc.chained
            )
        } else {
            let first: Vec<String> = live
                .iter()
                .take(5)
                .map(|b| {
                    format!(
                        "#{} {} bytes{} during `{}`",
                        b.seq,
                        b.size,
                        if b.chained { " (chained)" } else { "" },
                        b.step
                    )
                })
                .collect();
            format!(
                "{} block(s), {bytes} bytes leaked: {}",
                live.len(),
                first.join("; ")
            )
        };
        self.rec
            .check("no MAPI allocation leaked", live.is_empty(), detail);
        let misuse = alloc::misuse_since(marks.alloc.misuse);
        let detail: Vec<String> = misuse
            .iter()
            .take(5)
            .map(|m| format!("{} during `{}`", m.what, m.step))
            .collect();
        self.rec.check(
            "the allocators were used as documented (no double or partial free)",
            misuse.is_empty(),
            detail.join("; "),
        );
        let refs = ref_counters();
        let obtained = refs.obtained - marks.refs.obtained;
        let released = refs.released - marks.refs.released;
        self.rec.check(
            "the host released every reference it obtained",
            obtained == released && refs.objects_held == marks.refs.objects_held,
            format!("{obtained} obtained, {released} released"),
        );
    }
}

/// Describes a code for details.
pub(crate) fn code(c: HRESULT) -> String {
    hr(c)
}

/// A fixed pointer that must not be written over, for tests that pass
/// deliberately bad arguments.
pub(crate) fn untouched<T>(p: *mut T) -> bool {
    p as usize == SENTINEL
}

/// Flag words as `[0x10, 0x8]`.
pub(crate) fn flags_list(calls: &[u32]) -> String {
    let v: Vec<String> = calls.iter().map(|c| format!("{c:#x}")).collect();
    format!("[{}]", v.join(", "))
}
