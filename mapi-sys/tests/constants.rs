//! The constants of the wider corpus as Rust code uses them: GUIDs are
//! `GUID`s, byte strings keep every byte, string property tags have their
//! three forms, names defined by others share their value.

use mapi_sys::*;

#[test]
fn property_set_guids_are_guids() {
    assert_eq!(
        PS_MAPI,
        GUID::from_u128(0x00020328_0000_0000_c000_000000000046)
    );
    assert_eq!(
        PSETID_Appointment.to_u128(),
        0x00062002_0000_0000_c000_000000000046
    );
}

#[test]
fn mapiuids_written_as_strings_keep_their_bytes() {
    // The global profile section of the Exchange service, with the NUL
    // bytes inside and the terminator of the C string literal.
    assert_eq!(
        pbGlobalProfileSectionGuid,
        b"\x13\xDB\xB0\xC8\xAA\x05\x10\x1A\x9B\xB0\x00\xAA\x00\x2F\xC4\x5A\x00"
    );
    let uid = MAPIUID {
        ab: pbGlobalProfileSectionGuid[..16]
            .try_into()
            .expect("16 bytes"),
    };
    assert_eq!(uid.ab[15], 0x5A);
}

#[test]
fn string_tags_have_three_forms_and_aliases_their_targets_value() {
    assert_eq!(PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_A, 0x6641_001E);
    assert_eq!(PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_W, 0x6641_001F);
    assert_eq!(
        PR_PROFILE_USER_SMTP_EMAIL_ADDRESS,
        PR_PROFILE_USER_SMTP_EMAIL_ADDRESS_W
    );
    // Declared 8-bit in the headers: no Unicode plain form.
    assert_eq!(PR_PROFILE_HOME_SERVER, 0x6602_001E);
    assert_eq!(CB_OID_TNEF, CB_OID_1);
}

#[test]
fn simple_mapi_codes_are_not_hresults() {
    assert_eq!(MAPI_E_USER_ABORT, 1);
    assert_eq!(MAPI_E_AMBIG_RECIP, MAPI_E_AMBIGUOUS_RECIPIENT);
    assert_eq!(SYNC_UNICODE, 0x01);
}
