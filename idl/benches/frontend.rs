//! Front end and Rust backend over the whole built-in MAPI corpus.
// criterion's macros define undocumented functions.
#![allow(missing_docs)]

use criterion::{Criterion, criterion_group, criterion_main};
use mapi_idl::{MemLoader, Options, compile_with, corpus};

fn corpus_benches(c: &mut Criterion) {
    // The built-in corpus: no file system in the measurement.
    let loader = corpus::WithCorpus(MemLoader::new());
    let roots = corpus::paths();
    let opts = Options::default();
    c.bench_function("parse+resolve: whole MAPI corpus", |b| {
        b.iter(|| {
            let comp = compile_with(&loader, &roots, &opts);
            assert!(!comp.has_errors());
            comp
        })
    });
    let rust = mapi_idl::emit::rust::Options {
        include_imports: true,
        layout_asserts: true,
        hresult_names: true,
        ..Default::default()
    };
    let raw = mapi_idl::emit::rust::Options {
        provider: false,
        methods: false,
        ..rust.clone()
    };
    c.bench_function("parse+resolve+emit raw Rust: whole MAPI corpus", |b| {
        b.iter(|| {
            let comp = compile_with(&loader, &roots, &opts);
            assert!(!comp.has_errors());
            mapi_idl::emit::rust::emit(&comp.model, &raw)
        })
    });
    c.bench_function(
        "parse+resolve+emit Rust, provider and client sides: whole MAPI corpus",
        |b| {
            b.iter(|| {
                let comp = compile_with(&loader, &roots, &opts);
                assert!(!comp.has_errors());
                mapi_idl::emit::rust::emit(&comp.model, &rust)
            })
        },
    );
}

criterion_group!(benches, corpus_benches);
criterion_main!(benches);
