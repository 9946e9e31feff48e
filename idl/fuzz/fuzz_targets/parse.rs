//! Feeds arbitrary bytes through the whole front end (`compile_with`) and
//! checks what `idl/tests/fuzz.rs` checks: no panic, no hang (libFuzzer's
//! `-timeout`), every span inside its file, rendering works.
//!
//! The input is split at the first NUL byte into the root file and a second
//! file, `other.idl`; either may `#include` or `import` the other or itself.
//!
//! Run from `idl/` (seed it with the corpus: `mkdir -p fuzz/corpus/parse &&
//! cp mapi/*.idl fuzz/corpus/parse/`):
//!
//! ```text
//! cargo +nightly fuzz run -s none parse fuzz/corpus/parse -- \
//!     -max_total_time=300 -timeout=30 -max_len=4096 -dict=fuzz/idl.dict
//! ```
//!
//! `-s none`: the front end is safe Rust, so AddressSanitizer finds nothing
//! and makes each run about ten times slower.
//!
//! The preprocessor's budgets and the error cap are lowered here
//! (`FUZZ_INCLUDE_BUDGET`, `FUZZ_EXPANSION_BUDGET`, `FUZZ_MAX_ERRORS`): with
//! the defaults, an input that includes itself or expands a macro
//! exponentially legitimately costs up to a million tokens of work, and
//! rendering a hundred diagnostics of a long line took half of each run; the
//! fuzzer spent its time there instead of in the front end. What the budgets
//! and the cap guard is checked at the default sizes by `idl/tests/fuzz.rs`.

#![no_main]

use libfuzzer_sys::fuzz_target;
use mapi_idl::diag::codes;
use mapi_idl::{MemLoader, Options, compile_with};
use std::path::PathBuf;

/// Tokens `#include` may bring into one file (default 1,000,000).
const FUZZ_INCLUDE_BUDGET: usize = 4_000;
/// Tokens macro expansion may produce in one file (default 2,000,000).
const FUZZ_EXPANSION_BUDGET: usize = 8_000;
/// Errors (and warnings) reported (default 100): rendering a hundred
/// diagnostics on a 4 KiB line took half of each run.
const FUZZ_MAX_ERRORS: usize = 20;

fuzz_target!(|data: &[u8]| {
    let (root, other) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let mut files = MemLoader::new();
    files.add("root.idl", String::from_utf8_lossy(root).into_owned());
    files.add("other.idl", String::from_utf8_lossy(other).into_owned());
    let options = Options {
        include_budget: FUZZ_INCLUDE_BUDGET,
        expansion_budget: FUZZ_EXPANSION_BUDGET,
        max_errors: FUZZ_MAX_ERRORS,
        ..Options::default()
    };
    let c = compile_with(&files, &[PathBuf::from("root.idl")], &options);
    for d in &c.diagnostics {
        let spans = d
            .span
            .into_iter()
            .chain(d.notes.iter().filter_map(|n| n.span));
        for span in spans {
            let file = c
                .sources
                .files()
                .find(|(id, _)| *id == span.file)
                .map(|(_, f)| f)
                .expect("span names a file of the compilation");
            let text = file.text();
            assert!(span.start <= span.end, "{d:?}");
            assert!(span.end as usize <= text.len(), "{d:?}");
            assert!(text.is_char_boundary(span.start as usize), "{d:?}");
            assert!(text.is_char_boundary(span.end as usize), "{d:?}");
        }
        assert!(
            d.span.is_some()
                || !d.is_error()
                || d.code == codes::IO
                || d.code == codes::TOO_MANY_ERRORS,
            "error without a span: {d:?}"
        );
    }
    let _ = c.render_diagnostics();
});
