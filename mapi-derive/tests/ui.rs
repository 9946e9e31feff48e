//! `include_idl!` compile errors (`tests/ui/*.rs` with their `.stderr`) and
//! one user IDL that compiles and runs. Re-bless with
//! `TRYBUILD=overwrite cargo test -p mapi-derive --test ui`.

use std::path::Path;

#[test]
fn ui() {
    // trybuild builds the tests in a crate of its own under
    // `<target>/tests/trybuild/mapi-derive`, whose `CARGO_MANIFEST_DIR` is
    // where `include_idl!` looks. Lay the IDL files out there as they are
    // here, so `include_idl!("tests/ui/x.idl")` means the same in both.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp");
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui");
    let there = target.join("tests/trybuild/mapi-derive/tests/ui");
    std::fs::create_dir_all(&there).expect("create the trybuild project's tests/ui");
    for entry in std::fs::read_dir(&here).expect("read tests/ui") {
        let path = entry.expect("tests/ui entry").path();
        if path.extension().is_some_and(|e| e == "idl") {
            let name = path.file_name().expect("file name");
            std::fs::copy(&path, there.join(name)).expect("copy an IDL file");
        }
    }

    let t = trybuild::TestCases::new();
    t.pass("tests/ui/widget.rs");
    t.compile_fail("tests/ui/unknown_base.rs");
    t.compile_fail("tests/ui/syntax_error.rs");
    t.compile_fail("tests/ui/idl_warning.rs");
    t.compile_fail("tests/ui/missing_file.rs");
    t.compile_fail("tests/ui/bad_option.rs");
    t.compile_fail("tests/ui/not_a_string.rs");
}
