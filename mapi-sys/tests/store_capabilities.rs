//! `IMSCapabilities` and `IMAPIProviderShutdown` on a provider object, as
//! Outlook reaches them: `QueryInterface` on the provider, then calls
//! through the raw vtables.

use mapi_sys::*;
use std::ffi::c_void;
use std::ptr;

#[derive(ComObject)]
#[mapi(implements(IMSProvider, IMSCapabilities, IMAPIProviderShutdown))]
struct Provider;

impl IMSProviderImpl for Provider {}

impl IMSCapabilitiesImpl for Provider {
    fn get_capabilities(&self, selector: MSCAP_SELECTOR) -> ULONG {
        match selector {
            MSCAP_SEL_RESTRICTION => MSCAP_RES_ANNOTATION,
            MSCAP_SEL_RESERVED3 => panic!("a bug in the provider"),
            _ => 0,
        }
    }
}

impl IMAPIProviderShutdownImpl for Provider {
    fn query_fast_shutdown(&self) -> Result<(), Hresult> {
        Ok(())
    }

    fn notify_process_shutdown(&self) -> Result<(), Hresult> {
        Ok(())
    }
}

/// `QueryInterface` through the provider's raw vtable, as a host calls it.
fn query<I: Interface>(p: *mut IMSProvider) -> *mut I {
    let mut out: *mut c_void = ptr::null_mut();
    // SAFETY: a live object; `out` is a valid out-pointer.
    let hr = unsafe { ((*(*p).lpVtbl).base__.QueryInterface)(p.cast(), &I::IID, &mut out) };
    assert_eq!(hr, S_OK, "QueryInterface for {:?}", I::IID);
    out.cast()
}

fn release<T>(p: *mut T) {
    let u = p.cast::<IUnknown>();
    // SAFETY: a live object whose vtable starts with IUnknown's; one
    // reference of ours.
    unsafe { ((*(*u).lpVtbl).Release)(u.cast()) };
}

#[test]
fn outlook_finds_the_capabilities_and_the_fast_shutdown_on_the_provider() {
    let p = Provider.into_raw();
    let caps: *mut IMSCapabilities = query(p);
    // SAFETY: a live IMSCapabilities (the three calls).
    let get = unsafe { (*(*caps).lpVtbl).GetCapabilities };
    unsafe {
        assert_eq!(
            get(caps.cast(), MSCAP_SEL_RESTRICTION),
            MSCAP_RES_ANNOTATION
        );
        assert_eq!(get(caps.cast(), MSCAP_SEL_FOLDER), 0);
        // A panic in the provider is answered as "no capability".
        assert_eq!(get(caps.cast(), MSCAP_SEL_RESERVED3), 0);
    }
    let shut: *mut IMAPIProviderShutdown = query(p);
    // SAFETY: a live IMAPIProviderShutdown.
    let v = unsafe { &*(*shut).lpVtbl };
    unsafe {
        assert_eq!((v.QueryFastShutdown)(shut.cast()), S_OK);
        assert_eq!((v.NotifyProcessShutdown)(shut.cast()), S_OK);
        // Not implemented: the default answer.
        assert_eq!((v.DoFastShutdown)(shut.cast()), MAPI_E_NO_SUPPORT);
    }
    release(caps);
    release(shut);
    release(p);
}
