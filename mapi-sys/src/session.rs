//! MAPI for a client, from `MAPIInitialize` to a session: the entry points
//! of `mapi32.dll` behind safe calls (Windows; features `client` and
//! `session`).
//!
//! ```no_run
//! # #[cfg(windows)] {
//! use mapi_sys::session::Mapi;
//! use mapi_sys::*;
//!
//! let mapi = Mapi::initialize(MAPIInitFlags::MULTITHREAD_NOTIFICATIONS)?;
//! let session = mapi.logon(0, None, None, MAPILogonExFlags::USE_DEFAULT | MAPILogonExFlags::EXTENDED)?;
//! let stores = session.get_msg_stores_table(MAPISessionGetMsgStoresTableFlags::empty())?;
//! drop((stores, session)); // every object before MAPIUninitialize
//! drop(mapi);
//! # }
//! # Ok::<(), mapi_sys::Hresult>(())
//! ```

use crate::value::call::str_in;
use crate::value::{Allocator, TStrBuf};
use crate::{
    ComPtr, Hresult, IMAPISession, IProfAdmin, LPMAPISESSION, LPPROFADMIN, LPTSTR,
    MAPI_E_CALL_FAILED, MAPI_INIT_VERSION, MAPI_UNICODE, MAPIINIT_0, MAPIInitFlags,
    MAPILogonExFlags, ULONG_PTR,
};
use core::marker::PhantomData;
use core::ptr::null_mut;

/// MAPI, initialized by this thread (`MAPIInitialize`); dropping it calls
/// `MAPIUninitialize`. The two are balanced on one thread (`MAPIInitialize`
/// initializes COM for the thread that calls it, unless `NO_COINIT`), so it
/// stays on its thread: neither `Send` nor `Sync`. Neither may run inside
/// `DllMain`.
///
/// Release every object MAPI handed out (sessions, stores, tables, ...)
/// before dropping it: after the last `MAPIUninitialize` no MAPI call may
/// be made, `Release` included.
#[derive(Debug)]
pub struct Mapi {
    _thread: PhantomData<*const ()>,
}

impl Mapi {
    /// `MAPIInitialize` with `flags` (`MULTITHREAD_NOTIFICATIONS` for a
    /// client whose notifications may come on another thread,
    /// `NT_SERVICE` for a service, `NO_COINIT` when COM is initialized
    /// otherwise). Each call takes a reference on the subsystem.
    pub fn initialize(flags: MAPIInitFlags) -> Result<Mapi, Hresult> {
        let mut init = MAPIINIT_0 {
            ulVersion: MAPI_INIT_VERSION,
            ulFlags: flags.bits(),
        };
        // SAFETY: a valid `MAPIINIT_0` for the length of the call.
        let hr = unsafe { crate::MAPIInitialize((&raw mut init).cast()) };
        Hresult(hr).ok()?;
        Ok(Mapi {
            _thread: PhantomData,
        })
    }

    /// `MAPILogonEx`: a session on `profile` (or the default profile with
    /// `USE_DEFAULT`, or the one the user picks with `LOGON_UI`), its
    /// strings passed as UTF-16 (`MAPI_UNICODE` is added to `flags`).
    /// `ui_param` is the parent window of any dialog, or 0.
    ///
    /// A NUL inside a string is `MAPI_E_INVALID_PARAMETER`, and nothing is
    /// called.
    pub fn logon(
        &self,
        ui_param: ULONG_PTR,
        profile: Option<&str>,
        password: Option<&str>,
        flags: MAPILogonExFlags,
    ) -> Result<ComPtr<IMAPISession>, Hresult> {
        let profile = profile.map(|p| str_in(p, true)).transpose()?;
        let password = password.map(|p| str_in(p, true)).transpose()?;
        let text = |s: &Option<TStrBuf>| -> LPTSTR {
            s.as_ref().map_or(null_mut(), |b| b.as_ptr().cast_mut())
        };
        let mut session: LPMAPISESSION = null_mut();
        // SAFETY: the strings are NUL-terminated UTF-16 (or null), as the
        // flag says, and live for the call; `session` is a writable
        // out-pointer.
        let hr = unsafe {
            crate::MAPILogonEx(
                ui_param,
                text(&profile),
                text(&password),
                flags.bits() | MAPI_UNICODE,
                &mut session,
            )
        };
        // SAFETY: what MAPI left is a session it handed over, or null.
        unsafe { adopt(hr, session) }
    }

    /// `MAPIAdminProfiles`: the profile administration object, to create,
    /// copy, rename and delete profiles.
    pub fn admin_profiles(&self) -> Result<ComPtr<IProfAdmin>, Hresult> {
        let mut admin: LPPROFADMIN = null_mut();
        // SAFETY: a writable out-pointer; no flags are defined.
        let hr = unsafe { crate::MAPIAdminProfiles(0, &mut admin) };
        // SAFETY: what MAPI left is an object it handed over, or null.
        unsafe { adopt(hr, admin) }
    }

    /// MAPI's allocator ([`Allocator::mapi32`]), what the caller side's
    /// `alloc` arguments take to adopt what MAPI's objects return.
    pub fn allocator(&self) -> Allocator {
        Allocator::mapi32()
    }
}

/// The object an entry point returned with status `hr`: adopted before the
/// status is read, so what a failing call leaves is released; null on
/// success is `MAPI_E_CALL_FAILED`.
///
/// # Safety
/// `ptr` must be null or an interface pointer of type `T` whose one
/// reference the call handed over.
unsafe fn adopt<T: crate::Interface>(
    hr: crate::HRESULT,
    ptr: *mut T,
) -> Result<ComPtr<T>, Hresult> {
    // SAFETY: the caller's contract.
    let object = unsafe { ComPtr::from_raw(ptr) };
    Hresult(hr).ok()?;
    object.ok_or(Hresult(MAPI_E_CALL_FAILED))
}

impl Drop for Mapi {
    fn drop(&mut self) {
        // SAFETY: balances this value's successful `MAPIInitialize`, on the
        // same thread (the type is neither `Send` nor `Sync`).
        unsafe { crate::MAPIUninitialize() };
    }
}
