//! The functions of `mapi32.dll`, called through the declarations in the
//! corpus: a Windows program links them from the import library and finds
//! them at load (CI runs this under Wine, whose `mapi32.dll` implements
//! MAPI's memory functions).
#![cfg(windows)]

use mapi_sys::value::{Allocator, Prop, PropTag, PropValue, write_props};
use mapi_sys::*;

#[test]
fn mapi_memory_is_allocated_chained_and_freed_by_mapi32() {
    let mut root: LPVOID = std::ptr::null_mut();
    // SAFETY: a writable out-pointer.
    assert_eq!(unsafe { MAPIAllocateBuffer(64, &mut root) }, S_OK);
    assert!(!root.is_null());
    let mut more: LPVOID = std::ptr::null_mut();
    // SAFETY: `root` is a live root block of MAPI's allocator.
    assert_eq!(unsafe { MAPIAllocateMore(32, root, &mut more) }, S_OK);
    assert!(!more.is_null());
    // SAFETY: both blocks are ours, writable for their sizes.
    unsafe {
        root.cast::<u8>().write_bytes(0xA5, 64);
        more.cast::<u8>().write_bytes(0x5A, 32);
    }
    // SAFETY: the root block, freed once with the block chained to it.
    assert_eq!(unsafe { MAPIFreeBuffer(root) }, 0);
}

#[test]
fn the_mapi32_allocator_lays_out_and_frees_values() {
    let mapi = Allocator::mapi32();
    let props = [
        Prop::new(PropTag(PR_SUBJECT_W), PropValue::unicode("Quarterly")),
        Prop::new(PropTag(PR_MESSAGE_FLAGS), PropValue::Long(1)),
    ];
    let written = write_props(&mapi, &props).expect("MAPI memory");
    assert_eq!(written.to_props().expect("readable"), props);
    drop(written); // MAPIFreeBuffer
}

#[cfg(all(feature = "client", feature = "session"))]
#[test]
fn a_client_initializes_mapi_or_hears_why_not() {
    use mapi_sys::session::Mapi;
    match Mapi::initialize(MAPIInitFlags::MULTITHREAD_NOTIFICATIONS) {
        // Wine's mapi32.dll without a MAPI subsystem (Outlook) to load.
        Err(e) => assert_eq!(e, Hresult(MAPI_E_NOT_INITIALIZED)),
        Ok(mapi) => {
            // A profile name C cannot hold is refused before MAPI is called.
            let refused = mapi.logon(0, Some("a\0b"), None, MAPILogonExFlags::EXPLICIT_PROFILE);
            assert_eq!(refused.err(), Some(Hresult(MAPI_E_INVALID_PARAMETER)));
        }
    }
}
