//! Every check as an ordinary `cargo test` case, through `libtest-mimic`.
//!
//! A provider crate adds a test target with `harness = false` whose `main`
//! calls [`run_tests`]: the kit runs its sessions in process against the
//! provider, then hands each check to the standard test runner interface,
//! so `cargo test <filter>`, `--exact`, `--list`, `--nocapture`,
//! `--include-ignored` and cargo-nextest (and its JUnit output) work as for
//! any test. A check that passed is a passing test, a failed one a failing
//! test whose message says what was seen, and a check skipped because the
//! store does not declare its capability an ignored test.
//!
//! Test names are `session::step::check`, in lower case with `_` between
//! words: `scripted::08_messages::createmessage_for_charlie_returns_s_ok`.

use crate::report::{Check, Outcome, Report};
use crate::{Options, Provider};
use libtest_mimic::{Arguments, Failed, Trial};
use std::collections::HashMap;
use std::process::ExitCode;

/// Runs the sessions `opts` selects against `provider`, then each check as
/// a test case under the command line's test arguments; the exit code is
/// the test runner's (0 when every selected check passed).
///
/// ```no_run
/// // tests/mapi_host.rs, with `[[test]] name = "mapi_host" harness = false`
/// fn main() -> std::process::ExitCode {
///     # use mapi_sys::*;
///     # unsafe extern "C" fn MSProviderInit(
///     #     _: HINSTANCE, _: LPMALLOC, _: LPALLOCATEBUFFER, _: LPALLOCATEMORE,
///     #     _: LPFREEBUFFER, _: ULONG, _: ULONG, _: *mut ULONG, _: *mut LPMSPROVIDER,
///     # ) -> HRESULT { MAPI_E_NO_SUPPORT }
///     let provider = mapi_host::Provider::linked("my_store", MSProviderInit);
///     mapi_host::harness::run_tests(&provider, &mapi_host::Options::default())
/// }
/// ```
pub fn run_tests(provider: &Provider, opts: &Options) -> ExitCode {
    let args = Arguments::from_args();
    let report = crate::run(provider, opts, None);
    libtest_mimic::run(&args, trials(&report)).exit_code()
}

/// The checks of `report` as test cases, named `session::step::check`
/// (made unique with `_2`, `_3`... when two checks read the same).
pub fn trials(report: &Report) -> Vec<Trial> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    report
        .checks
        .iter()
        .map(|c| {
            let base = test_name(c);
            let n = seen.entry(base.clone()).or_default();
            *n += 1;
            let name = if *n == 1 { base } else { format!("{base}_{n}") };
            trial(name, c.clone())
        })
        .collect()
}

fn trial(name: String, check: Check) -> Trial {
    let ignored = check.outcome == Outcome::Skip;
    Trial::test(name, move || match check.outcome {
        Outcome::Pass | Outcome::Skip => Ok(()),
        Outcome::Fail => Err(Failed::from(format!(
            "[{}] {}: {}",
            check.step, check.what, check.detail
        ))),
    })
    .with_ignored_flag(ignored)
}

/// `session::step::check` for `c`.
pub fn test_name(c: &Check) -> String {
    // Steps start with their number: pad it so names sort in step order.
    let step = match c.step.split_once(' ') {
        Some((num, rest)) if num.bytes().all(|b| b.is_ascii_digit()) => {
            format!("{num:0>2} {rest}")
        }
        _ => c.step.clone(),
    };
    format!(
        "{}::{}::{}",
        slug(c.session, 20),
        slug(&step, 40),
        slug(&c.what, 72)
    )
}

/// Lower-case ASCII letters and digits, other runs as one `_`, at most
/// `max` bytes.
fn slug(s: &str, max: usize) -> String {
    let mut out = String::new();
    for ch in s.chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.truncate(max);
    out.trim_end_matches('_').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(step: &str, what: &str, outcome: Outcome) -> Check {
        Check {
            session: "bad-input",
            step: step.into(),
            what: what.into(),
            outcome,
            detail: "seen".into(),
        }
    }

    #[test]
    fn names_are_stable_paths_and_unique() {
        let report = Report {
            checks: vec![
                check(
                    "3 null out-pointers",
                    "GetProps(lppPropArray = null)",
                    Outcome::Pass,
                ),
                check(
                    "3 null out-pointers",
                    "GetProps(lppPropArray = null)",
                    Outcome::Fail,
                ),
                check("accounting", "no MAPI allocation leaked", Outcome::Skip),
            ],
            elapsed: std::time::Duration::ZERO,
            capabilities: None,
            allocation_points: None,
        };
        let names: Vec<String> = trials(&report)
            .iter()
            .map(|t| t.name().to_string())
            .collect();
        assert_eq!(
            names,
            [
                "bad_input::03_null_out_pointers::getprops_lppproparray_null",
                "bad_input::03_null_out_pointers::getprops_lppproparray_null_2",
                "bad_input::accounting::no_mapi_allocation_leaked",
            ]
        );
    }
}
