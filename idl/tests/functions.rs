//! The functions MAPI's DLLs export, measured against `mapi-rs.json`
//! (`tests/reference/`): every function it lists is declared in the corpus,
//! in a module naming the DLL it lists and with its calling convention,
//! apart from the errata below, each with its reason. Their C types are
//! checked against the MinGW-w64 headers by `c_conformance.rs`.

use mapi_idl::model::{CallConv, Model};
use mapi_idl::{Options, compile};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

/// Functions of the reference the corpus leaves out or declares otherwise,
/// with the reason.
const ERRATA: &[(&str, &str)] = &[(
    "MSProviderInit",
    "the entry point a store or address-book provider exports for MAPI to call (the \
     corpus's `MSPROVIDERINIT` function type), not a function of `olmapi32.dll`",
)];

fn corpus() -> Model {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("mapi");
    let c = compile(std::slice::from_ref(&corpus), &Options::default());
    assert!(!c.has_errors(), "{}", c.render_diagnostics());
    c.model
}

/// `(library, abi)` of each function of `mapi-rs.json`, by name.
fn reference() -> BTreeMap<String, (String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/reference/mapi-rs.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read `{}`: {e} (part of the repository: tests/reference/README.md)",
            path.display()
        )
    });
    let v: Value = serde_json::from_str(&text).expect("mapi-rs.json is JSON");
    let list = v["functions"].as_array().expect("a `functions` list");
    let field = |f: &Value, k: &str| f[k].as_str().expect("a string field").to_string();
    list.iter()
        .map(|f| (field(f, "name"), (field(f, "library"), field(f, "abi"))))
        .collect()
}

#[test]
fn every_exported_function_is_declared_with_its_dll_and_convention() {
    let m = corpus();
    let refs = reference();
    assert!(
        refs.len() > 100,
        "the reference lists {} functions",
        refs.len()
    );
    let ours: BTreeMap<&str, _> = m.functions.iter().map(|f| (f.name.as_str(), f)).collect();
    let mut problems = Vec::new();
    let mut matched = 0;
    for (name, (library, abi)) in &refs {
        if ERRATA.iter().any(|(e, _)| e == name) {
            if ours.get(name.as_str()).is_some_and(|f| f.dll.is_some()) {
                problems.push(format!("{name}: an erratum, yet declared as a DLL export"));
            }
            continue;
        }
        let Some(f) = ours.get(name.as_str()) else {
            problems.push(format!("{name} ({library}.dll): not declared"));
            continue;
        };
        let dll = f.dll.as_deref().unwrap_or("(none)").to_ascii_lowercase();
        if dll != format!("{library}.dll") {
            problems.push(format!(
                "{name}: in {dll}, the reference says {library}.dll"
            ));
        }
        let cc = match f.sig.callconv {
            CallConv::System => "system",
            CallConv::C => "C",
        };
        if cc != abi {
            problems.push(format!(
                "{name}: calling convention {cc}, the reference says {abi}"
            ));
        }
        matched += 1;
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    assert_eq!(matched + ERRATA.len(), refs.len());
}

#[test]
fn every_corpus_function_names_the_dll_that_exports_it() {
    let m = corpus();
    let loose: Vec<&str> = m
        .functions
        .iter()
        .filter(|f| f.dll.is_none())
        .map(|f| f.name.as_str())
        .collect();
    assert!(
        loose.is_empty(),
        "functions outside a `[dllname(...)]` module: {loose:?}"
    );
}
