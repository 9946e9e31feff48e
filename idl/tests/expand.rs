//! Golden files of the Rust backend: the `expand` output of every corpus
//! file and of `expand/roles.idl` (one method per parameter role) is kept in
//! `expand/*.rs` and must not change unless the change is intended. Run with
//! `BLESS=1` to rewrite them, then read the diff as a user would read the
//! code.

use mapi_idl::emit::rust::{Options, expand, expand_by_file};
use mapi_idl::{FsLoader, Options as CompileOptions, compile, compile_with, corpus};
use std::fs;
use std::path::{Path, PathBuf};

fn golden(idl: &Path, out: &Path) -> Option<String> {
    golden_of(&[idl.to_path_buf()], &Options::default(), out)
}

/// The expand output of `roots`, compiled together, against `out`.
fn golden_of(roots: &[PathBuf], rust: &Options, out: &Path) -> Option<String> {
    let idl = &roots[0];
    let options = CompileOptions {
        include_dirs: vec![PathBuf::from("mapi")],
        ..CompileOptions::default()
    };
    let c = compile(roots, &options);
    if c.has_errors() {
        return Some(format!("{}: {}", idl.display(), c.render_diagnostics()));
    }
    let actual = match expand(&c.model, rust) {
        Ok(t) => t,
        Err(e) => return Some(format!("{}: {e}", idl.display())),
    };
    if std::env::var_os("BLESS").is_some() {
        fs::write(out, &actual).expect("write golden file");
        return None;
    }
    let expected = fs::read_to_string(out).unwrap_or_default();
    if expected == actual {
        return None;
    }
    Some(format!(
        "{} differs from the expand output of {} from line {} (run with BLESS=1 to accept, then review the diff)",
        out.display(),
        idl.display(),
        first_difference(&expected, &actual)
    ))
}

/// The first line (from 1) where `expected` and `actual` differ.
fn first_difference(expected: &str, actual: &str) -> usize {
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or_else(|| expected.lines().count().min(actual.lines().count()));
    line + 1
}

#[test]
fn expand_output_matches_the_golden_files() {
    // Paths are relative to the package root, where cargo runs tests.
    let mut inputs: Vec<PathBuf> = fs::read_dir("mapi")
        .expect("the corpus")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "idl"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 18, "corpus files missing");
    inputs.push(PathBuf::from("tests/expand/roles.idl"));
    let failures: Vec<String> = inputs
        .iter()
        .filter_map(|idl| {
            let stem = idl.file_stem().expect("a file name");
            let out = Path::new("tests/expand").join(stem).with_extension("rs");
            golden(idl, &out)
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Area gates: `expand/areas/*.idl` (two areas, one naming the other's
/// items and both naming the corpus's) with `area_gates` and
/// `feature_gates`, as `mapi-sys` expands the corpus.
#[test]
fn area_gates_match_the_golden_file() {
    let roots = [
        PathBuf::from("tests/expand/areas/widgets.idl"),
        PathBuf::from("tests/expand/areas/gadgets.idl"),
    ];
    let options = Options {
        area_gates: true,
        feature_gates: true,
        ..Options::default()
    };
    let failure = golden_of(&roots, &options, Path::new("tests/expand/areas.rs"));
    assert!(failure.is_none(), "{}", failure.unwrap_or_default());
}

/// `mapi-sys/src/corpus/`, the whole corpus as `mapi-sys` compiles it,
/// one file per IDL file: checked in, so that building `mapi-sys` runs no
/// proc macro and needs no `mapi-idl`. It is the expansion with
/// `mapi-sys`'s options (its own runtime as `crate`, every imported file,
/// flag sets as `Flags<Group>`,
/// the `HRESULT` names, the provider and caller sides and each area behind
/// their features, the layout asserts behind `layout-asserts`), and must be
/// exactly what the generator makes of the corpus today. After changing the
/// corpus or the Rust backend, run
/// `BLESS=1 cargo test -p mapi-idl --test expand`.
#[test]
fn mapi_sys_corpus_is_the_generated_one() {
    let dir = Path::new("../mapi-sys/src/corpus");
    let actual = mapi_sys_corpus();
    if std::env::var_os("BLESS").is_some() {
        if dir.exists() {
            fs::remove_dir_all(dir).expect("remove the old mapi-sys/src/corpus");
        }
        fs::create_dir_all(dir).expect("create mapi-sys/src/corpus");
        for (name, text) in &actual {
            fs::write(dir.join(name), text).expect("write mapi-sys/src/corpus");
        }
        return;
    }
    // Read as source: no line left dangling where a safety marker was.
    for (name, text) in &actual {
        let ragged = text.lines().position(|l| l.ends_with(char::is_whitespace));
        assert_eq!(
            ragged, None,
            "{name}: a line (0-based) ends with whitespace"
        );
    }
    let mut failures = Vec::new();
    for (name, text) in &actual {
        let path = dir.join(name);
        let expected = fs::read_to_string(&path).unwrap_or_default();
        if &expected != text {
            let line = first_difference(&expected, text);
            failures.push(format!("{} (from line {line})", path.display()));
        }
    }
    let mut present: Vec<String> = fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    present.retain(|p| !actual.iter().any(|(name, _)| name == p));
    failures.extend(
        present
            .iter()
            .map(|p| format!("{} (not generated)", dir.join(p).display())),
    );
    assert!(
        failures.is_empty(),
        "mapi-sys's corpus is not what the generator makes of idl/mapi: {}; run `BLESS=1 cargo test -p mapi-idl --test expand` and commit the result",
        failures.join(", ")
    );
}

/// The files of `mapi-sys/src/corpus/`: `mod.rs` (what belongs to no one
/// IDL file, and the others included), then one file per corpus file.
fn mapi_sys_corpus() -> Vec<(String, String)> {
    let c = compile_with(
        &corpus::WithCorpus(FsLoader),
        &corpus::paths(),
        &CompileOptions {
            include_dirs: vec![PathBuf::from(corpus::DIR)],
            ..CompileOptions::default()
        },
    );
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    let options = Options {
        sys: quote::quote!(crate),
        include_imports: true,
        layout_asserts: true,
        layout_asserts_feature: true,
        hresult_names: true,
        feature_gates: true,
        area_gates: true,
        generic_flags: true,
        dll_features: true,
        ..Options::default()
    };
    let (files, shared) = expand_by_file(&c.model, &options).expect("the corpus expands");
    // One module of `include!`d files rather than a module per file: the
    // items share one namespace as in one expansion, and the crate's
    // metadata stays as small (a module per file re-exported through the
    // crate root costs a re-export chain per item).
    let includes: String = files
        .iter()
        .map(|(name, _)| format!("include!(\"{}.rs\");\n", name.trim_end_matches(".idl")))
        .collect();
    let mut out = vec![(
        "mod.rs".to_string(),
        format!(
            "{CORPUS_HEADER}//\n// One file per IDL file, all included here.\n{includes}{shared}"
        ),
    )];
    for (name, text) in files {
        let stem = name.trim_end_matches(".idl");
        out.push((
            format!("{stem}.rs"),
            format!("// `idl/mapi/{name}` as Rust, included by `mod.rs`.\n{text}"),
        ));
    }
    out
}

const CORPUS_HEADER: &str = "\
// The MAPI corpus (`idl/mapi/*.idl`) as Rust: `mapi-sys`'s declarations,
// generated by mapi-idl's Rust backend, as `include_idl!` would expand them.
// Do not edit: after changing the corpus or the backend, regenerate with
// `BLESS=1 cargo test -p mapi-idl --test expand` (the test fails until then).
";
