//! Sessions against providers linked into the test itself (no library
//! loaded), and their checks as test cases.

use mapi_host::{Options, Outcome, Provider, harness};
use mapi_sys::{Hresult, MAPI_E_NO_SUPPORT};

/// The kit's tiny provider, compiled into this test.
#[allow(dead_code, unreachable_pub)]
#[path = "../examples/tiny_store.rs"]
mod tiny_store;

#[test]
fn a_linked_provider_runs_in_process_and_its_checks_become_test_cases() {
    let provider = Provider::linked("tiny_store", tiny_store::MSProviderInit);
    let report = mapi_host::run(&provider, &Options::default(), None);
    assert!(report.passed(), "{}", report.summary());
    assert_eq!(report.count(Outcome::Skip), 18, "{}", report.summary());
    let trials = harness::trials(&report);
    assert_eq!(trials.len(), report.checks.len());
    // Skipped checks are ignored test cases; names are unique.
    let ignored = trials.iter().filter(|t| t.has_ignored_flag()).count();
    assert_eq!(ignored, 18);
    let mut names: Vec<&str> = trials.iter().map(|t| t.name()).collect();
    assert!(names.contains(&"scripted::05_root_folder::the_root_folder"));
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), trials.len());
}

#[test]
fn a_factory_that_fails_is_a_failed_check_and_the_entry_point_checks_are_skipped() {
    let provider = Provider::from_factory("nothing", |_alloc| Err(Hresult(MAPI_E_NO_SUPPORT)));
    assert!(!provider.has_entry_point());
    let report = mapi_host::run(&provider, &Options::default(), None);
    let init = report
        .checks
        .iter()
        .find(|c| c.session == "scripted" && c.step == "1 init")
        .expect("init checked");
    assert_eq!(init.outcome, Outcome::Fail, "{init}");
    assert!(init.detail.contains("MAPI_E_NO_SUPPORT"), "{init}");
    assert!(
        report.checks.iter().any(|c| c.session == "bad-input"
            && c.step == "1 MSProviderInit"
            && c.outcome == Outcome::Skip),
        "{}",
        report.summary()
    );
    // The failed test case says what was seen.
    let failed = harness::trials(&report)
        .into_iter()
        .find(|t| t.name().starts_with("scripted::01_init::"))
        .expect("a trial");
    assert!(!failed.has_ignored_flag());
}
