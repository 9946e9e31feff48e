//! Snapshot tests: every `ui/fail/*.idl` must fail with exactly the
//! diagnostics in its `.stderr` file, and every `ui/pass/*.idl` must compile
//! to exactly the model in its `.json` file, with exactly the warnings in its
//! `.stderr` file (none when there is no such file). Run with `BLESS=1` to rewrite the
//! snapshots after an intended change, then review the diff.

use mapi_idl::{Options, compile};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "idl"))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
        })
        .collect();
    v.sort();
    v
}

/// Compares `actual` with the snapshot at `path`, or rewrites it under
/// `BLESS=1`. Returns a failure message.
fn check_snapshot(path: &Path, actual: &str) -> Option<String> {
    if std::env::var_os("BLESS").is_some() {
        fs::write(path, actual).expect("write snapshot");
        return None;
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "--- {} (expected)\n{expected}\n+++ actual\n{actual}\n(run with BLESS=1 to accept)",
            path.display()
        )
    })
}

#[test]
fn failing_inputs_give_exact_diagnostics() {
    // Paths are relative to the package root, where cargo runs tests, so the
    // rendered `path:line:col` is the same on every machine.
    let mut failures = Vec::new();
    let files = fixtures("tests/ui/fail");
    assert!(files.len() >= 10, "fixtures missing");
    for f in files {
        let c = compile(std::slice::from_ref(&f), &Options::default());
        let rendered = c.render_diagnostics();
        if !c.has_errors() {
            failures.push(format!(
                "{}: expected errors, got none\n{rendered}",
                f.display()
            ));
            continue;
        }
        let snap = f.with_extension("idl.stderr");
        failures.extend(check_snapshot(&snap, &rendered));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn passing_inputs_give_exact_models() {
    let mut failures = Vec::new();
    for f in fixtures("tests/ui/pass") {
        let c = compile(std::slice::from_ref(&f), &Options::default());
        if c.has_errors() {
            failures.push(format!(
                "{}: unexpected errors\n{}",
                f.display(),
                c.render_diagnostics()
            ));
            continue;
        }
        let json = mapi_idl::emit::json::emit(&c.model);
        failures.extend(check_snapshot(&f.with_extension("idl.json"), &json));
        // Warnings too: what a construct the model cannot use becomes.
        let warnings = c.render_diagnostics();
        let snap = f.with_extension("idl.stderr");
        if !warnings.is_empty() || snap.exists() {
            failures.extend(check_snapshot(&snap, &warnings));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
