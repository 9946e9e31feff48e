//! A deliberately tiny store provider, built as a `cdylib`, that the host
//! kit's own tests load: it implements `MSProviderInit`, `Logon`,
//! `Logoff`, `Shutdown` and the store's required properties, and nothing
//! else (every other method answers `MAPI_E_NO_SUPPORT`). The kit must run
//! against it without crashing, stop the scripted session cleanly where the
//! provider stops, and still find no leak.
//!
//! ```sh
//! cargo build -p mapi-host --example tiny_store
//! cargo run -p mapi-host -- target/debug/examples/libtiny_store.so
//! ```

use mapi_sys::*;
use std::ffi::c_void;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The host's allocators, as `MSProviderInit` passed them.
#[derive(Clone, Copy)]
struct Alloc {
    buffer: ALLOCATEBUFFER,
    more: ALLOCATEMORE,
}

#[derive(ComObject)]
#[mapi(implements(IMSProvider))]
struct Provider {
    alloc: Alloc,
    shut: AtomicBool,
}

#[derive(MsgStore)]
#[mapi(support = support)]
struct Store {
    support: ComPtr<IMAPISupport>,
    alloc: Alloc,
    off: Arc<AtomicBool>,
}

#[derive(ComObject)]
#[mapi(implements(IMSLogon))]
struct Logon {
    off: Arc<AtomicBool>,
}

const UID: [u8; 16] = *b"tiny-store-uid!!";

fn store_id() -> Vec<u8> {
    let mut v = vec![0u8; 4];
    v.extend_from_slice(&UID);
    v
}

impl IMSProviderImpl for Provider {
    fn shutdown(&self, _flags: MSProviderShutdownFlags) -> Result<(), Hresult> {
        // The thunk rejected any flag: none is defined.
        self.shut.store(true, Ordering::SeqCst);
        Ok(())
    }

    fn logon(
        &self,
        support: Option<ComPtr<IMAPISupport>>,
        _ui: ULONG_PTR,
        _profile: LPTSTR,
        _id: Option<&[u8]>,
        _flags: MSProviderLogonFlags,
        _iid: LPCIID,
    ) -> Result<
        (
            ULONG,
            LPBYTE,
            LPMAPIERROR,
            Option<ComPtr<IMSLogon>>,
            ComPtr<IUnknown>,
        ),
        Hresult,
    > {
        if self.shut.load(Ordering::SeqCst) {
            return Err(Hresult(MAPI_E_INVALID_OBJECT));
        }
        let support = support.ok_or(Hresult(MAPI_E_INVALID_PARAMETER))?;
        let off = Arc::new(AtomicBool::new(false));
        let store = Store {
            support,
            alloc: self.alloc,
            off: off.clone(),
        }
        .into_com();
        let logon = Logon { off }.into_com();
        let store = store.cast::<IUnknown>()?;
        Ok((
            0,
            core::ptr::null_mut(),
            core::ptr::null_mut(),
            Some(logon),
            store,
        ))
    }
}

impl IMSLogonImpl for Logon {
    fn logoff(&self, _flags: MSLogonLogoffFlags) -> Result<(), Hresult> {
        // The thunk rejected any flag: none is defined.
        self.off.store(true, Ordering::SeqCst);
        Ok(())
    }
}

impl Store {
    fn value(&self, tag: u32, block: *mut c_void) -> Result<SPropValue, Hresult> {
        let more = |data: &[u8]| -> Result<*mut u8, Hresult> {
            let mut p: *mut c_void = core::ptr::null_mut();
            // SAFETY: `block` is a live ALLOCATEBUFFER block; valid out-pointer.
            Hresult(unsafe { (self.alloc.more)(data.len() as ULONG, block, &mut p) }).ok()?;
            // SAFETY: `p` has room for the data.
            unsafe { core::ptr::copy_nonoverlapping(data.as_ptr(), p.cast::<u8>(), data.len()) };
            Ok(p.cast())
        };
        let bin = |data: &[u8]| -> Result<__UPV, Hresult> {
            Ok(__UPV {
                bin: SBinary {
                    cb: data.len() as ULONG,
                    lpb: more(data)?,
                },
            })
        };
        let value = match tag {
            PR_DISPLAY_NAME_A => __UPV {
                lpszA: more(b"Tiny store\0")?.cast(),
            },
            PR_OBJECT_TYPE => __UPV {
                l: MAPI_STORE as i32,
            },
            PR_STORE_SUPPORT_MASK => __UPV { l: 0 },
            PR_MDB_PROVIDER => bin(&UID)?,
            PR_RECORD_KEY | PR_STORE_RECORD_KEY => bin(&UID)?,
            PR_ENTRYID | PR_STORE_ENTRYID => bin(&store_id())?,
            _ => {
                return Ok(SPropValue {
                    ulPropTag: (tag & 0xFFFF_0000) | PT_ERROR,
                    dwAlignPad: 0,
                    Value: __UPV {
                        err: MAPI_E_NOT_FOUND,
                    },
                });
            }
        };
        Ok(SPropValue {
            ulPropTag: tag,
            dwAlignPad: 0,
            Value: value,
        })
    }
}

impl IMAPIPropImpl for Store {
    fn get_props(
        &self,
        tags: LPSPropTagArray,
        _flags: MAPIPropGetPropsFlags,
    ) -> Result<(ULONG, LPSPropValue), Hresult> {
        if self.off.load(Ordering::SeqCst) {
            return Err(Hresult(MAPI_E_INVALID_OBJECT));
        }
        if tags.is_null() {
            return Err(Hresult(MAPI_E_NO_SUPPORT));
        }
        // SAFETY: a non-null tag array from the caller: a count, then the tags.
        let tags: Vec<u32> = unsafe {
            let n = (*tags).cValues as usize;
            std::slice::from_raw_parts(core::ptr::addr_of!((*tags).aulPropTag).cast::<u32>(), n)
                .to_vec()
        };
        if tags.is_empty() {
            return Err(Hresult(MAPI_E_INVALID_PARAMETER));
        }
        let mut block: *mut c_void = core::ptr::null_mut();
        let size = core::mem::size_of::<SPropValue>() * tags.len();
        // SAFETY: valid out-pointer.
        Hresult(unsafe { (self.alloc.buffer)(size as ULONG, &mut block) }).ok()?;
        let array = block.cast::<SPropValue>();
        for (i, &tag) in tags.iter().enumerate() {
            let v = self.value(tag, block)?;
            // SAFETY: the block has room for `tags.len()` values.
            unsafe { array.add(i).write(v) };
        }
        Ok((tags.len() as ULONG, array))
    }
}

impl IMsgStoreImpl for Store {}

/// The provider's entry point (`MSPROVIDERINIT`, `__cdecl`).
///
/// # Safety
/// Called by a MAPI host with the documented arguments.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn MSProviderInit(
    _instance: HINSTANCE,
    _malloc: LPMALLOC,
    buffer: LPALLOCATEBUFFER,
    more: LPALLOCATEMORE,
    _free: LPFREEBUFFER,
    _flags: ULONG,
    mapi_ver: ULONG,
    provider_ver: *mut ULONG,
    out: *mut LPMSPROVIDER,
) -> HRESULT {
    if out.is_null() {
        return MAPI_E_INVALID_PARAMETER;
    }
    // SAFETY: checked non-null.
    unsafe { out.write(core::ptr::null_mut()) };
    if !provider_ver.is_null() {
        // SAFETY: checked non-null.
        unsafe { provider_ver.write(CURRENT_SPI_VERSION) };
    }
    if mapi_ver < CURRENT_SPI_VERSION {
        return MAPI_E_VERSION;
    }
    let (Some(buffer), Some(more)) = (buffer, more) else {
        return MAPI_E_INVALID_PARAMETER;
    };
    let p = Provider {
        alloc: Alloc { buffer, more },
        shut: AtomicBool::new(false),
    };
    // SAFETY: checked non-null; the host receives the one reference.
    unsafe { out.write(p.into_raw()) };
    S_OK
}
