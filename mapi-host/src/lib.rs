//! A host test kit for MAPI message store providers.
//!
//! `mapi-host` starts a store provider (a library exporting
//! `MSProviderInit`, the `MSPROVIDERINIT` entry point of `mapispi.h`, or the
//! same function linked into a test) and drives it through raw vtable
//! calls, as MAPI and a client do:
//!
//! - the **scripted session**: logon, the store's required properties, a
//!   folder, messages with properties and an attachment, contents and
//!   hierarchy tables with columns, a sort and a restriction, opening by
//!   entry ID, comparing entry IDs, receive folders, a notification,
//!   `StoreLogoff` with each input flag, and the orderly release of
//!   everything, `Logoff` and `Shutdown`;
//! - the **bad-input session**: what a careless client sends (null
//!   out-pointers, unknown flags, two exclusive logoff flags, bad entry
//!   IDs, calls after `Logoff` and `Shutdown`);
//! - the **fault-injection session** (opt in with [`Options::faults`]): a
//!   short session replayed once per MAPI allocation it makes, with that
//!   allocation failing: the call must return `MAPI_E_NOT_ENOUGH_MEMORY`
//!   with null outs and no effect on the support object, succeed when made
//!   again, and leak nothing;
//! - the **load session** (opt in with [`Options::load`]): threads sharing
//!   one store create, read, list and delete messages for a bounded time;
//!   then the contents table must hold exactly what they kept.
//!
//! Every expectation comes from the MAPI reference; `examples/SESSION.md`
//! lists each step. The provider gets accounting allocators ([`alloc`]:
//! every `MAPIAllocateBuffer`/`MAPIAllocateMore` block and every free
//! recorded, any one call made to fail), a fake `IMAPISupport` that records
//! its calls ([`support`]), an advise sink and an `IMalloc` ([`objects`]),
//! so the host can check at the end that nothing leaked and every object
//! was released to zero.
//!
//! # What runs: capabilities
//!
//! The checks are grouped by [`Capability`] (folders, messages,
//! attachments, sort, restrictions, notifications...). A store declares
//! what it supports in `PR_STORE_SUPPORT_MASK`, which the kit reads after
//! logon ([`Capabilities::from_support_mask`]), or the author gives the
//! list ([`Options::capabilities`]). The checks of a capability the store
//! does not declare are reported "skipped (not supported)", never failed;
//! a declared capability that misbehaves fails.
//!
//! # In a provider's own tests
//!
//! A provider crate (built as an `rlib` as well as its `cdylib`) adds the
//! kit as a dev-dependency and runs it in process, with no library to
//! build or load, through [`Provider::linked`] (its `MSProviderInit`) or
//! [`Provider::from_factory`] (a function that makes the provider object):
//!
//! ```
//! let provider = mapi_host::Provider::linked("sample_store", sample_store::MSProviderInit);
//! let report = mapi_host::run(&provider, &mapi_host::Options::default(), None);
//! assert!(report.passed(), "{}", report.summary());
//! assert_eq!(report.count(mapi_host::Outcome::Pass), 270);
//! ```
//!
//! With [`harness::run_tests`] each check becomes an ordinary `cargo test`
//! case, so filters, `--list`, `--nocapture` and cargo-nextest work:
//!
//! ```toml
//! [dev-dependencies]
//! mapi-host = "0.1"
//!
//! [[test]]
//! name = "mapi_host"
//! harness = false
//! ```
//!
//! ```no_run
//! // tests/mapi_host.rs
//! fn main() -> std::process::ExitCode {
//!     let provider = mapi_host::Provider::linked("sample_store", sample_store::MSProviderInit);
//!     mapi_host::harness::run_tests(&provider, &mapi_host::Options::default())
//! }
//! ```
//!
//! # Against a built library
//!
//! The `mapi-host` program does the same for any library, with a human
//! report (`mapi-host --help`); from code:
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
pub mod harness;
mod load;
pub mod objects;
pub mod props;
mod provider;
pub mod report;
mod scripted;
mod session;
pub mod support;

pub use caps::{Capabilities, Capability};
pub use provider::{Env, Factory, LoadError, Provider};
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
    /// Run the load session for this long: threads sharing one store
    /// create, read, list and delete messages, then the folder's contents
    /// table must hold exactly what they kept (off by default).
    pub load: Option<Duration>,
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
            load: None,
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
        if let Some(time) = opts.load {
            load::run(&mut cx, time);
        }
    }
    alloc::set_step("");
    rec.finish()
}
