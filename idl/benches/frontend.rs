//! Parse + resolve of the whole MAPI corpus.

use criterion::{Criterion, criterion_group, criterion_main};
use std::path::PathBuf;

fn corpus(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("mapi");
    let opts = mapi_idl::Options::default();
    c.bench_function("front end: whole MAPI corpus", |b| {
        b.iter(|| {
            let comp = mapi_idl::compile(std::slice::from_ref(&dir), &opts);
            assert!(!comp.has_errors());
            comp
        })
    });
}

criterion_group!(benches, corpus);
criterion_main!(benches);
