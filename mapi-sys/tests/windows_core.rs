//! The `windows-core` feature: `GUID` and `Hresult` convert to and from
//! windows-rs's types without changing a bit, so IIDs and status codes pass
//! between this crate and code built on windows-rs.

use mapi_sys::*;

#[test]
fn guids_convert_both_ways_unchanged() {
    let w: windows_core::GUID = IID_IMAPIProp.into();
    // The IID as `prop.idl` and the MAPI headers write it.
    assert_eq!(format!("{w:?}"), "00020303-0000-0000-C000-000000000046");
    assert_eq!(GUID::from(w), IID_IMAPIProp);
    let odd = 0x0123_4567_89AB_CDEF_FEDC_BA98_7654_3210;
    assert_eq!(
        GUID::from(windows_core::GUID::from_u128(odd)).to_u128(),
        odd
    );
}

#[test]
fn status_codes_convert_both_ways_unchanged() {
    let w: windows_core::HRESULT = Hresult(MAPI_E_NOT_FOUND).into();
    assert_eq!(w.0 as u32, 0x8004_010F);
    assert!(w.is_err());
    assert_eq!(Hresult::from(w), Hresult(MAPI_E_NOT_FOUND));
    let warning: windows_core::HRESULT = Hresult(MAPI_W_ERRORS_RETURNED).into();
    assert!(warning.is_ok(), "a MAPI warning is a success code");
    assert_eq!(Hresult::from(windows_core::HRESULT(0)), Hresult(S_OK));
}
