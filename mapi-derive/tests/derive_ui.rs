//! `#[derive(ComObject)]` / `#[derive(MsgStore)]` misuse: each case in
//! `tests/derive_ui/` must fail with the checked `.stderr`, pointing at the
//! offending span and saying what to write instead; `store.rs` must compile
//! and run. Re-bless with
//! `TRYBUILD=overwrite cargo test -p mapi-derive --test derive_ui`.

#[test]
fn derive_ui() {
    let t = trybuild::TestCases::new();
    t.pass("tests/derive_ui/store.rs");
    t.pass("tests/derive_ui/shared_bases.rs");
    t.compile_fail("tests/derive_ui/unknown_interface.rs");
    t.compile_fail("tests/derive_ui/unknown_attribute.rs");
    t.compile_fail("tests/derive_ui/duplicate_attribute.rs");
    t.compile_fail("tests/derive_ui/missing_support.rs");
    t.compile_fail("tests/derive_ui/support_missing_field.rs");
    t.compile_fail("tests/derive_ui/generic_struct.rs");
    t.compile_fail("tests/derive_ui/enum.rs");
    t.compile_fail("tests/derive_ui/union.rs");
    t.compile_fail("tests/derive_ui/msg_store_listed.rs");
    t.compile_fail("tests/derive_ui/com_object_without_implements.rs");
    t.compile_fail("tests/derive_ui/support_on_com_object.rs");
    t.compile_fail("tests/derive_ui/missing_impl.rs");
    t.compile_fail("tests/derive_ui/missing_store_impl.rs");
    t.compile_fail("tests/derive_ui/missing_base_impl.rs");
    t.compile_fail("tests/derive_ui/wrong_signature.rs");
    t.compile_fail("tests/derive_ui/not_send.rs");
    t.compile_fail("tests/derive_ui/bad_unknown_flags.rs");
    t.compile_fail("tests/derive_ui/not_listed.rs");
    t.compile_fail("tests/derive_ui/allocator_missing_field.rs");
    t.compile_fail("tests/derive_ui/allocator_wrong_type.rs");
}
