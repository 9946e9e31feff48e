//! How `Hresult` names and prints status codes, MAPI names first.

use mapi_sys::*;

#[test]
fn codes_mapi_shares_with_com_print_both_names_mapi_first() {
    let cases = [
        (E_FAIL, "MAPI_E_CALL_FAILED (E_FAIL, 0x80004005)"),
        (
            E_OUTOFMEMORY,
            "MAPI_E_NOT_ENOUGH_MEMORY (E_OUTOFMEMORY, 0x8007000E)",
        ),
        (
            E_INVALIDARG,
            "MAPI_E_INVALID_PARAMETER (E_INVALIDARG, 0x80070057)",
        ),
        (
            E_NOINTERFACE,
            "MAPI_E_INTERFACE_NOT_SUPPORTED (E_NOINTERFACE, 0x80004002)",
        ),
        (
            E_ACCESSDENIED,
            "MAPI_E_NO_ACCESS (E_ACCESSDENIED, 0x80070005)",
        ),
    ];
    for (code, text) in cases {
        assert_eq!(Hresult(code).to_string(), text);
        assert_eq!(format!("{:?}", Hresult(code)), text, "Debug is Display");
        let mapi = text.split(' ').next();
        assert_eq!(Hresult(code).name(), mapi, "name() is the MAPI name");
    }
}

#[test]
fn other_codes_print_their_one_name_or_the_bare_value() {
    assert_eq!(
        Hresult(MAPI_E_NOT_FOUND).to_string(),
        "MAPI_E_NOT_FOUND (0x8004010F)"
    );
    assert_eq!(Hresult(MAPI_E_NOT_FOUND).name(), Some("MAPI_E_NOT_FOUND"));
    assert_eq!(
        Hresult(MAPI_W_ERRORS_RETURNED).to_string(),
        "MAPI_W_ERRORS_RETURNED (0x00040380)"
    );
    assert_eq!(Hresult(E_POINTER).to_string(), "E_POINTER (0x80004003)");
    assert_eq!(Hresult::OK.to_string(), "S_OK (0x00000000)");
    assert_eq!(Hresult(0x8000_1234_u32 as i32).to_string(), "0x80001234");
    assert_eq!(Hresult(0x8000_1234_u32 as i32).name(), None);
}
