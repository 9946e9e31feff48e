//! A host test kit for MAPI message store providers.
//!
//! `mapi-host` loads any library that exports `MSProviderInit` (the
//! `MSPROVIDERINIT` entry point of `mapispi.h`) and drives it through raw
//! vtable calls, as MAPI and a client do:
//!
//! - the **scripted session**: logon, the store's required properties, a
//!   folder, messages with properties and an attachment, contents and
//!   hierarchy tables with columns, a sort and a restriction, opening by
//!   entry ID, comparing entry IDs, receive folders, a notification,
//!   `StoreLogoff` with each input flag, and the orderly release of
//!   everything, `Logoff` and `Shutdown`;
//! - the **bad-input session**: what a careless client sends (null
//!   out-pointers, unknown flags, two exclusive logoff flags, bad entry
//!   IDs, calls after `Logoff` and `Shutdown`).
//!
//! Every expectation comes from the MAPI reference; `examples/SESSION.md`
//! lists each step. The provider gets accounting allocators (every
//! `MAPIAllocateBuffer`/`MAPIAllocateMore` block and every free recorded),
//! a fake `IMAPISupport` that records its calls, an advise sink and an
//! `IMalloc`, so the host can check at the end that nothing leaked and every
//! object was released to zero.
//!
//! ```no_run
//! let provider = mapi_host::Provider::load("target/debug/libsample_store.so".as_ref(), "MSProviderInit")?;
//! let report = mapi_host::run(&provider, &mapi_host::Options::default(), None);
//! print!("{}", report.summary());
//! assert!(report.passed());
//! # Ok::<(), mapi_host::LoadError>(())
//! ```

pub mod alloc;
pub mod api;
mod bad_input;
pub mod caps;
pub mod com;
mod faults;
pub mod objects;
pub mod props;
mod provider;
pub mod report;
mod scripted;
mod session;
pub mod support;

pub use caps::{Capabilities, Capability};
pub use provider::{Env, LoadError, Provider};
pub use report::{Check, Observer, Outcome, Recorder, Report};

use std::sync::Mutex;
use std::time::Duration;

/// Which sessions to run, and how long to wait for notifications.
#[derive(Clone, Debug)]
pub struct Options {
    /// Run the scripted session.
    pub scripted: bool,
    /// Run the bad-input session.
    pub bad_input: bool,
    /// Run the fault-injection session: a short session replayed once per
    /// MAPI allocation it makes, that allocation failing (off by default).
    pub faults: bool,
    /// How long to wait for a notification the reference allows to arrive
    /// after the call that caused it.
    pub notify_timeout: Duration,
    /// The capabilities whose checks run; `None` reads them from the
    /// store's `PR_STORE_SUPPORT_MASK` ([`Capabilities::from_support_mask`]).
    pub capabilities: Option<Capabilities>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            scripted: true,
            bad_input: true,
            faults: false,
            notify_timeout: Duration::from_secs(2),
            capabilities: None,
        }
    }
}

/// The allocators and reference ledgers are process-wide: one run at a time.
static RUN: Mutex<()> = Mutex::new(());

/// Runs the chosen sessions against `provider`; `observer` sees every check
/// as it is made (to print a live report).
pub fn run(provider: &Provider, opts: &Options, observer: Option<Observer<'_>>) -> Report {
    let _one_at_a_time = RUN.lock().unwrap_or_else(|e| e.into_inner());
    let mut rec = Recorder::new(observer);
    {
        let mut cx = session::Ctx {
            rec: &mut rec,
            provider,
            opts,
            caps: Capabilities::NONE,
        };
        if opts.scripted {
            scripted::run(&mut cx);
        }
        if opts.bad_input {
            bad_input::run(&mut cx);
        }
        if opts.faults {
            faults::run(&mut cx);
        }
    }
    alloc::set_step("");
    rec.finish()
}
