//! `ms_provider_init!`: the exported `MSProviderInit`, called as MAPI calls
//! it, with good and bad arguments; the closure sees only checked values.

use mapi_sys::value::Allocator;
use mapi_sys::value::testing::CountingAllocator;
use mapi_sys::*;
use std::ptr;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};

#[derive(ComObject)]
#[mapi(implements(IMSProvider), allocator = alloc)]
struct Provider {
    alloc: Allocator,
}

impl IMSProviderImpl for Provider {}

/// What the closure does: 0 make the provider, 1 fail, 2 panic.
static MODE: AtomicU32 = AtomicU32::new(0);
/// One entry point per process: one test at a time.
static SERIAL: Mutex<()> = Mutex::new(());

mapi_sys::ms_provider_init!(|init: mapi_sys::kit::ProviderInit| {
    match MODE.load(Ordering::SeqCst) {
        0 => {
            assert!(init.flags().is_empty() || init.flags() == ProviderInitFlags::MAPI_NT_SERVICE);
            Ok(Provider {
                alloc: init.allocator(),
            }
            .into_com())
        }
        1 => Err(Hresult(MAPI_E_NOT_ENOUGH_MEMORY)),
        _ => panic!("the closure panics"),
    }
});

struct Call {
    hr: HRESULT,
    version: ULONG,
    provider: LPMSPROVIDER,
}

fn call(alloc: Option<&CountingAllocator>, flags: ULONG, mapi_version: ULONG) -> Call {
    let (a, m, f) = match alloc {
        Some(c) => {
            let (a, m, f) = c.allocator().functions();
            (Some(a), Some(m), Some(f))
        }
        None => (None, None, None),
    };
    let mut version = 0;
    let mut provider: LPMSPROVIDER = 0x1 as LPMSPROVIDER; // garbage the entry point must clear
    // SAFETY: the arguments MAPI passes; the out-pointers are locals.
    let hr = unsafe {
        MSProviderInit(
            ptr::null_mut(),
            ptr::null_mut(),
            a,
            m,
            f,
            flags,
            mapi_version,
            &mut version,
            &mut provider,
        )
    };
    Call {
        hr,
        version,
        provider,
    }
}

fn release(p: LPMSPROVIDER) {
    // SAFETY: a live provider the entry point handed over.
    let p = unsafe { ComPtr::from_raw(p) }.expect("non-null");
    drop(p);
}

#[test]
fn a_good_call_returns_the_closures_object_and_the_spi_version() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    MODE.store(0, Ordering::SeqCst);
    let counting = CountingAllocator::new();
    for flags in [0, MAPI_NT_SERVICE] {
        let c = call(Some(&counting), flags, CURRENT_SPI_VERSION);
        assert_eq!(c.hr, S_OK);
        assert_eq!(c.version, CURRENT_SPI_VERSION);
        assert!(!c.provider.is_null());
        release(c.provider);
    }
}

#[test]
fn bad_arguments_get_the_documented_codes_and_a_null_object() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    MODE.store(0, Ordering::SeqCst);
    let counting = CountingAllocator::new();
    let cases = [
        (call(None, 0, CURRENT_SPI_VERSION), MAPI_E_INVALID_PARAMETER),
        (
            call(Some(&counting), 0x10, CURRENT_SPI_VERSION),
            MAPI_E_UNKNOWN_FLAGS,
        ),
        (
            call(Some(&counting), 0, CURRENT_SPI_VERSION - 1),
            MAPI_E_VERSION,
        ),
        (call(Some(&counting), 0, 0x0201_0000), MAPI_E_VERSION),
    ];
    for (c, want) in cases {
        assert_eq!(Hresult(c.hr), Hresult(want));
        assert!(c.provider.is_null());
        assert_eq!(c.version, CURRENT_SPI_VERSION, "written before the checks");
    }
    // A null out-pointer is refused without writing anything.
    let (a, m, f) = counting.allocator().functions();
    let mut version = 0;
    // SAFETY: as MAPI calls it, with a null object out-pointer.
    let hr = unsafe {
        MSProviderInit(
            ptr::null_mut(),
            ptr::null_mut(),
            Some(a),
            Some(m),
            Some(f),
            0,
            CURRENT_SPI_VERSION,
            &mut version,
            ptr::null_mut(),
        )
    };
    assert_eq!(hr, MAPI_E_INVALID_PARAMETER);
}

#[test]
fn the_closures_error_or_panic_is_the_answer() {
    let _one = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let counting = CountingAllocator::new();
    MODE.store(1, Ordering::SeqCst);
    let c = call(Some(&counting), 0, CURRENT_SPI_VERSION);
    assert_eq!(c.hr, MAPI_E_NOT_ENOUGH_MEMORY);
    assert!(c.provider.is_null());
    MODE.store(2, Ordering::SeqCst);
    let c = call(Some(&counting), 0, CURRENT_SPI_VERSION);
    assert_eq!(c.hr, MAPI_E_CALL_FAILED);
    assert!(c.provider.is_null());
    MODE.store(0, Ordering::SeqCst);
}
