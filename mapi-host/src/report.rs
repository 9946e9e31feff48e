//! Checks and the report: one line per check, then a summary.

use crate::caps::Capabilities;
use mapi_sys::{HRESULT, Hresult};
use std::fmt;
use std::time::{Duration, Instant};

/// How a check ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The provider did what the MAPI reference says.
    Pass,
    /// It did not.
    Fail,
    /// The check did not run: the store does not declare the capability it
    /// belongs to ("skipped (not supported)"), or an earlier step it needs
    /// failed.
    Skip,
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Outcome::Pass => "PASS",
            Outcome::Fail => "FAIL",
            Outcome::Skip => "SKIP",
        })
    }
}

/// One check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// The session: `scripted` or `bad-input`.
    pub session: &'static str,
    /// The step number and name, as in `examples/SESSION.md`.
    pub step: String,
    /// What was checked.
    pub what: String,
    /// The outcome.
    pub outcome: Outcome,
    /// What was seen (always set for failures).
    pub detail: String,
}

impl fmt::Display for Check {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "  {}  [{}] {}", self.outcome, self.step, self.what)?;
        if !self.detail.is_empty() {
            write!(f, ": {}", self.detail)?;
        }
        Ok(())
    }
}

/// Observer called for every check as it is recorded (to print live).
pub type Observer<'a> = Box<dyn FnMut(&Check) + 'a>;

/// Records the checks of one run.
pub struct Recorder<'a> {
    session: &'static str,
    step: String,
    checks: Vec<Check>,
    observer: Option<Observer<'a>>,
    started: Instant,
    capabilities: Option<Capabilities>,
    allocation_points: Option<u64>,
}

/// Formats a code with its MAPI name.
pub fn hr(code: HRESULT) -> String {
    Hresult(code).to_string()
}

impl<'a> Recorder<'a> {
    /// A recorder; `observer` sees each check as it is recorded.
    pub fn new(observer: Option<Observer<'a>>) -> Recorder<'a> {
        Recorder {
            session: "",
            step: String::new(),
            checks: Vec::new(),
            observer,
            started: Instant::now(),
            capabilities: None,
            allocation_points: None,
        }
    }

    /// Starts a session.
    pub fn session(&mut self, name: &'static str) {
        self.session = name;
    }

    /// Notes the capabilities the checks run with (the first call wins: the
    /// sessions of one run see the same store).
    pub fn set_capabilities(&mut self, caps: Capabilities) {
        self.capabilities.get_or_insert(caps);
    }

    /// Notes how many allocations the fault-injection session failed in turn.
    pub fn set_allocation_points(&mut self, n: u64) {
        self.allocation_points = Some(n);
    }

    /// Starts a step; allocations are tagged with it.
    pub fn step(&mut self, step: &str) {
        self.step.clear();
        self.step.push_str(step);
        crate::alloc::set_step(&format!("{} {}", self.session, step));
    }

    /// Records a check; returns whether it passed.
    pub fn record(
        &mut self,
        outcome: Outcome,
        what: impl Into<String>,
        detail: impl Into<String>,
    ) -> bool {
        let check = Check {
            session: self.session,
            step: self.step.clone(),
            what: what.into(),
            outcome,
            detail: detail.into(),
        };
        if let Some(o) = self.observer.as_mut() {
            o(&check);
        }
        self.checks.push(check);
        outcome == Outcome::Pass
    }

    /// A check that passes when `ok`; `detail` says what was seen.
    pub fn check(&mut self, what: impl Into<String>, ok: bool, detail: impl Into<String>) -> bool {
        let outcome = if ok { Outcome::Pass } else { Outcome::Fail };
        self.record(outcome, what, detail)
    }

    /// A check that `got` is one of `expected`.
    pub fn expect_hr(
        &mut self,
        what: impl Into<String>,
        got: HRESULT,
        expected: &[HRESULT],
    ) -> bool {
        let ok = expected.contains(&got);
        let detail = if ok {
            hr(got)
        } else {
            let want: Vec<String> = expected.iter().map(|&e| hr(e)).collect();
            format!("expected {}, got {}", want.join(" or "), hr(got))
        };
        self.check(what, ok, detail)
    }

    /// A check that `got` is a failure code (any of them).
    pub fn expect_failure(&mut self, what: impl Into<String>, got: HRESULT) -> bool {
        let detail = if got < 0 {
            hr(got)
        } else {
            format!("expected a failure code, got {}", hr(got))
        };
        self.check(what, got < 0, detail)
    }

    /// Records checks that could not run.
    pub fn skip(&mut self, what: impl Into<String>, why: impl Into<String>) {
        self.record(Outcome::Skip, what, why);
    }

    /// The report of everything recorded.
    pub fn finish(self) -> Report {
        Report {
            checks: self.checks,
            elapsed: self.started.elapsed(),
            capabilities: self.capabilities,
            allocation_points: self.allocation_points,
        }
    }
}

/// The checks of a run and how long it took.
#[derive(Clone, Debug)]
pub struct Report {
    /// Every check, in order.
    pub checks: Vec<Check>,
    /// Wall-clock time of the run.
    pub elapsed: Duration,
    /// The capabilities the checks ran with (`None` if no session got as
    /// far as a logon).
    pub capabilities: Option<Capabilities>,
    /// How many allocation points the fault-injection session exercised
    /// (`None` when it did not run or could not start).
    pub allocation_points: Option<u64>,
}

impl Report {
    /// Checks with the given outcome.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.checks.iter().filter(|c| c.outcome == outcome).count()
    }

    /// Whether no check failed.
    pub fn passed(&self) -> bool {
        self.count(Outcome::Fail) == 0
    }

    /// The failed checks.
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|c| c.outcome == Outcome::Fail)
    }

    /// The summary lines: counts per session, totals and time, then the
    /// plain `N passed, N failed, N skipped` line.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        let mut sessions: Vec<&'static str> = Vec::new();
        for c in &self.checks {
            if !sessions.contains(&c.session) {
                sessions.push(c.session);
            }
        }
        for s in sessions {
            let of = |o| {
                self.checks
                    .iter()
                    .filter(|c| c.session == s && c.outcome == o)
                    .count()
            };
            out.push_str(&format!(
                "  {s:<10} {:>4} passed, {:>3} failed, {:>3} skipped\n",
                of(Outcome::Pass),
                of(Outcome::Fail),
                of(Outcome::Skip)
            ));
        }
        out.push_str(&format!(
            "{} checks in {:.3} s: {}\n",
            self.checks.len(),
            self.elapsed.as_secs_f64(),
            if self.passed() { "ok" } else { "FAILED" }
        ));
        out.push_str(&format!(
            "mapi-host: {} passed, {} failed, {} skipped\n",
            self.count(Outcome::Pass),
            self.count(Outcome::Fail),
            self.count(Outcome::Skip)
        ));
        out
    }
}
