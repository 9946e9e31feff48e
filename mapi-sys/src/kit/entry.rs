//! Provider entry points: `MSProviderInit`, `XPProviderInit`,
//! `ABProviderInit`, exported by a macro around a safe closure.

use crate::{
    CURRENT_SPI_VERSION, ComPtr, FlagSet, HINSTANCE, HRESULT, Hresult, IMalloc, Interface,
    LPALLOCATEBUFFER, LPALLOCATEMORE, LPFREEBUFFER, LPMALLOC, MAPI_E_CALL_FAILED,
    MAPI_E_INVALID_PARAMETER, MAPI_E_VERSION, ProviderInitFlags, ULONG, value::Allocator,
};

/// Whether a provider built for [`CURRENT_SPI_VERSION`] works with the SPI
/// version MAPI offers: the same major version (the top byte), and not
/// older.
///
/// ```
/// use mapi_sys::{CURRENT_SPI_VERSION, kit::spi_compatible};
/// assert!(spi_compatible(CURRENT_SPI_VERSION));
/// assert!(spi_compatible(CURRENT_SPI_VERSION + 1));
/// assert!(!spi_compatible(CURRENT_SPI_VERSION - 1));
/// assert!(!spi_compatible(0x0201_0000));
/// ```
pub const fn spi_compatible(mapi_version: ULONG) -> bool {
    mapi_version >> 24 == CURRENT_SPI_VERSION >> 24 && mapi_version >= CURRENT_SPI_VERSION
}

/// The arguments MAPI passes to a provider's entry point, checked: the
/// allocator triple (never null), the OLE allocator (one reference kept for
/// as long as this value or a clone of the pointer lives), the flags and
/// the SPI versions.
pub struct ProviderInit {
    instance: HINSTANCE,
    malloc: Option<ComPtr<IMalloc>>,
    alloc: Allocator,
    flags: ProviderInitFlags,
    mapi_version: ULONG,
}

impl ProviderInit {
    /// MAPI's `MAPIAllocateBuffer`/`MAPIAllocateMore`/`MAPIFreeBuffer`:
    /// keep it in the provider object (`#[mapi(allocator = field)]`) for the
    /// memory handed to callers.
    pub fn allocator(&self) -> Allocator {
        self.alloc
    }

    /// The OLE allocator MAPI passed (for `IStream` and the like), if any.
    pub fn malloc(&self) -> Option<&ComPtr<IMalloc>> {
        self.malloc.as_ref()
    }

    /// The loading options (`MAPI_NT_SERVICE`: no user interface).
    pub fn flags(&self) -> ProviderInitFlags {
        self.flags
    }

    /// The SPI version MAPI offered (compatible with
    /// [`CURRENT_SPI_VERSION`], or the entry point would have refused it).
    pub fn mapi_version(&self) -> ULONG {
        self.mapi_version
    }

    /// The provider DLL's instance handle, as MAPI loaded it (an opaque
    /// handle for Windows resource functions).
    pub fn instance(&self) -> HINSTANCE {
        self.instance
    }
}

/// The body of every entry point the macros export: checks the arguments,
/// writes the provider's SPI version, calls `make` with them and hands its
/// object to MAPI.
///
/// Answers `MAPI_E_INVALID_PARAMETER` for a null out-pointer or allocator,
/// `MAPI_E_UNKNOWN_FLAGS` for flags other than `MAPI_NT_SERVICE`,
/// `MAPI_E_VERSION` for an incompatible SPI version ([`spi_compatible`]),
/// the error `make` returns, or `MAPI_E_CALL_FAILED` if it panics; the
/// object out-pointer is null unless it succeeds.
///
/// # Safety
/// The arguments of the entry point as MAPI passes them: the allocators
/// MAPI's (or behaving like them) for as long as the provider lives,
/// `lp_malloc` null or a live `IMalloc`, the out-pointers null or writable.
#[allow(clippy::too_many_arguments)] // the entry point's, one to one
pub unsafe fn provider_init<I: Interface>(
    instance: HINSTANCE,
    lp_malloc: LPMALLOC,
    allocate_buffer: LPALLOCATEBUFFER,
    allocate_more: LPALLOCATEMORE,
    free_buffer: LPFREEBUFFER,
    flags: ULONG,
    mapi_version: ULONG,
    provider_version: *mut ULONG,
    out: *mut *mut I,
    make: impl FnOnce(ProviderInit) -> Result<ComPtr<I>, Hresult>,
) -> HRESULT {
    if out.is_null() || provider_version.is_null() {
        return MAPI_E_INVALID_PARAMETER;
    }
    // SAFETY: checked non-null; writable (the contract).
    unsafe {
        out.write(core::ptr::null_mut());
        provider_version.write(CURRENT_SPI_VERSION);
    }
    let flags = match ProviderInitFlags::check_input(flags) {
        Ok(f) => f,
        Err(e) => return e.0,
    };
    if !spi_compatible(mapi_version) {
        return MAPI_E_VERSION;
    }
    // SAFETY: MAPI's allocators for as long as the provider lives (the
    // contract).
    let Some(alloc) =
        (unsafe { Allocator::from_optional(allocate_buffer, allocate_more, free_buffer) })
    else {
        return MAPI_E_INVALID_PARAMETER;
    };
    // SAFETY: null or a live IMalloc (the contract); a reference of our own.
    let malloc = unsafe { ComPtr::from_borrowed(lp_malloc) };
    let init = ProviderInit {
        instance,
        malloc,
        alloc,
        flags,
        mapi_version,
    };
    // No unwind may cross the `extern "C"` boundary.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| make(init))) {
        Ok(Ok(object)) => {
            // SAFETY: checked non-null above; MAPI now owns the reference.
            unsafe { out.write(object.into_raw()) };
            0
        }
        Ok(Err(e)) => e.0,
        Err(_) => MAPI_E_CALL_FAILED,
    }
}

/// Exports a message store provider's entry point, `MSProviderInit`
/// (`MSPROVIDERINIT`, C calling convention), from a closure that makes the
/// provider object out of the checked [`ProviderInit`](crate::kit::ProviderInit).
///
/// The exported function answers bad arguments, unknown flags and an
/// incompatible SPI version with the documented codes, writes
/// `CURRENT_SPI_VERSION`, and catches panics (see
/// [`kit::__provider_init`](crate::kit)); the closure only builds the
/// object. It needs the feature `store`.
///
#[cfg_attr(feature = "store", doc = "```")]
#[cfg_attr(not(feature = "store"), doc = "```ignore")]
/// use mapi_sys::*;
/// use mapi_sys::kit::ProviderInit;
/// use mapi_sys::value::Allocator;
///
/// #[derive(ComObject)]
/// #[mapi(implements(IMSProvider), allocator = alloc)]
/// struct MyProvider {
///     alloc: Allocator,
/// }
///
/// impl IMSProviderImpl for MyProvider {}
///
/// mapi_sys::ms_provider_init!(|init: ProviderInit| Ok(MyProvider { alloc: init.allocator() }.into_com()));
/// ```
#[macro_export]
macro_rules! ms_provider_init {
    ($make:expr) => {
        $crate::__mapi_area_store!("ms_provider_init!", "mapi_sys");
        $crate::__provider_entry!(
            MSProviderInit,
            $crate::MSPROVIDERINIT,
            $crate::IMSProvider,
            "message store",
            $make
        );
    };
}

/// Exports a transport provider's entry point, `XPProviderInit`
/// (`XPPROVIDERINIT`), as [`ms_provider_init!`](crate::ms_provider_init)
/// does for stores. It needs the feature `transport`.
#[macro_export]
macro_rules! xp_provider_init {
    ($make:expr) => {
        $crate::__mapi_area_transport!("xp_provider_init!", "mapi_sys");
        $crate::__provider_entry!(
            XPProviderInit,
            $crate::XPPROVIDERINIT,
            $crate::IXPProvider,
            "transport",
            $make
        );
    };
}

/// Exports an address book provider's entry point, `ABProviderInit`
/// (`ABPROVIDERINIT`), as [`ms_provider_init!`](crate::ms_provider_init)
/// does for stores. It needs the feature `address-book`.
#[macro_export]
macro_rules! ab_provider_init {
    ($make:expr) => {
        $crate::__mapi_area_address_book!("ab_provider_init!", "mapi_sys");
        $crate::__provider_entry!(
            ABProviderInit,
            $crate::ABPROVIDERINIT,
            $crate::IABProvider,
            "address book",
            $make
        );
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __provider_entry {
    ($name:ident, $sig:ty, $iface:ty, $what:literal, $make:expr) => {
        #[doc = concat!("The ", $what, " provider's entry point, exported by `mapi_sys`'s provider kit.")]
        ///
        /// # Safety
        /// Called by MAPI with the documented arguments: the allocators
        /// MAPI's for as long as the provider lives, the out-pointers null
        /// or writable.
        #[unsafe(no_mangle)]
        #[allow(non_snake_case)] // the parameter names of the MAPI reference
        pub unsafe extern "C" fn $name(
            hInstance: $crate::HINSTANCE,
            lpMalloc: $crate::LPMALLOC,
            lpAllocateBuffer: $crate::LPALLOCATEBUFFER,
            lpAllocateMore: $crate::LPALLOCATEMORE,
            lpFreeBuffer: $crate::LPFREEBUFFER,
            ulFlags: $crate::ULONG,
            ulMAPIVer: $crate::ULONG,
            lpulProviderVer: *mut $crate::ULONG,
            lppProvider: *mut *mut $iface,
        ) -> $crate::HRESULT {
            // SAFETY: MAPI's arguments, forwarded (this function's contract).
            unsafe {
                $crate::kit::__provider_init::<$iface>(
                    hInstance,
                    lpMalloc,
                    lpAllocateBuffer,
                    lpAllocateMore,
                    lpFreeBuffer,
                    ulFlags,
                    ulMAPIVer,
                    lpulProviderVer,
                    lppProvider,
                    $make,
                )
            }
        }
        // The exported function has exactly the documented signature.
        const _: $sig = $name;
    };
}
