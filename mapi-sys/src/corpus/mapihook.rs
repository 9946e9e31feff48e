// `idl/mapi/mapihook.idl` as Rust, included by `mod.rs`.
/// Pointer to an `ISpoolerHook`.
#[cfg(feature = "hook")]
pub type LPSPOOLERHOOK = *mut ISpoolerHook;
/// Entry point of a messaging hook provider DLL (exported as
/// `HPProviderInit`), with the C calling convention
/// (`STDMAPIINITCALLTYPE`).
///
/// The MAPI spooler calls it when a session starts, to get the hook object.
///
/// Returns `S_OK` when the hook object was returned.
#[cfg(feature = "hook")]
pub type HPPROVIDERINIT = unsafe extern "C" fn(
    lpSession: crate::LPMAPISESSION,
    hInstance: crate::HINSTANCE,
    lpAllocateBuffer: crate::LPALLOCATEBUFFER,
    lpAllocateMore: crate::LPALLOCATEMORE,
    lpFreeBuffer: crate::LPFREEBUFFER,
    lpSectionUID: crate::LPMAPIUID,
    ulFlags: crate::ULONG,
    lppSpoolerHook: *mut LPSPOOLERHOOK,
) -> crate::HRESULT;
/// Pointer to an `HPPROVIDERINIT` entry point.
#[cfg(feature = "hook")]
pub type LPHPPROVIDERINIT = ::core::option::Option<HPPROVIDERINIT>;
/// `ISpoolerHook` (out): delete the message rather than move it.
#[cfg(feature = "hook")]
pub const HOOK_DELETE: crate::ULONG = 1;
/// `ISpoolerHook` (out): call no further hook for this message; set it when
/// the hook closed, moved or deleted the message itself.
#[cfg(feature = "hook")]
pub const HOOK_CANCEL: crate::ULONG = 2;
/// `HPProviderInit`: the hook is to process inbound messages.
#[cfg(feature = "hook")]
pub const HOOK_INBOUND: crate::ULONG = 0x200;
/// `HPProviderInit`: the hook is to process outbound messages.
#[cfg(feature = "hook")]
pub const HOOK_OUTBOUND: crate::ULONG = 0x400;
/// Flags returned by `ISpoolerHook::InboundMsgHook` and `OutboundMsgHook`:
/// what the MAPI spooler does with the message next.
#[cfg(feature = "hook")]
pub type SpoolerHookMsgHookFlags = crate::Flags<SpoolerHookMsgHookFlagsGroup>;
/// The group of [`SpoolerHookMsgHookFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "hook")]
pub enum SpoolerHookMsgHookFlagsGroup {}
#[cfg(feature = "hook")]
impl crate::FlagGroup for SpoolerHookMsgHookFlagsGroup {
    const IN_MASK: u32 = 0x00000000;
    const OUT_MASK: u32 = 0x00000003;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("HOOK_CANCEL", 0x00000002),
        ("HOOK_DELETE", 0x00000001),
    ];
}
#[cfg(feature = "hook")]
impl crate::Flags<SpoolerHookMsgHookFlagsGroup> {
    /// Call no further hook for this message.
    ///
    /// `HOOK_CANCEL` (`0x2`), valid on output.
    pub const CANCEL: Self = Self::from_bits_retain(0x00000002);
    /// Delete the message without moving it.
    ///
    /// `HOOK_DELETE` (`0x1`), valid on output.
    pub const DELETE: Self = Self::from_bits_retain(0x00000001);
}
/// Flags of `HPPROVIDERINIT`: which messages the hook processes.
#[cfg(feature = "hook")]
pub type HookProviderInitFlags = crate::Flags<HookProviderInitFlagsGroup>;
/// The group of [`HookProviderInitFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "hook")]
pub enum HookProviderInitFlagsGroup {}
#[cfg(feature = "hook")]
impl crate::FlagGroup for HookProviderInitFlagsGroup {
    const IN_MASK: u32 = 0x00000600;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("HOOK_INBOUND", 0x00000200),
        ("HOOK_OUTBOUND", 0x00000400),
    ];
}
#[cfg(feature = "hook")]
impl crate::Flags<HookProviderInitFlagsGroup> {
    /// Inbound messages.
    ///
    /// `HOOK_INBOUND` (`0x200`), valid on input.
    pub const INBOUND: Self = Self::from_bits_retain(0x00000200);
    /// Outbound messages.
    ///
    /// `HOOK_OUTBOUND` (`0x400`), valid on input.
    pub const OUTBOUND: Self = Self::from_bits_retain(0x00000400);
}
/// A messaging hook: the MAPI spooler hands it each inbound message before
/// delivery, and each outbound message after the transports sent it, to
/// change, reroute, copy or delete.
///
/// Messaging hook providers implement it; their DLL's `HPProviderInit`
/// returns the object. Hooks run in order until one sets `HOOK_CANCEL`.
#[cfg(feature = "hook")]
#[repr(C)]
pub struct ISpoolerHook {
    /// The object's vtable.
    pub lpVtbl: *const ISpoolerHookVtbl,
}
/// The vtable of [`ISpoolerHook`]: its methods in slot order, after its base's.
#[cfg(feature = "hook")]
#[repr(C)]
pub struct ISpoolerHookVtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// Processes an inbound message before it reaches its receive folder.
    ///
    /// The hook may change the message (then call `SaveChanges`), delete it
    /// (`HOOK_DELETE`), or reroute it by replacing the folder entry ID at
    /// `lppEntryID`; the spooler then moves the message there unless a later
    /// hook reroutes it again.
    ///
    /// Returns `S_OK` when the message was processed.
    ///
    /// **Notes to implementers.** Before using the message, `QueryInterface`
    /// it for an interface your code supports. To reroute, free the entry ID
    /// passed in with `MAPIFreeBuffer` and store one allocated with
    /// `MAPIAllocateBuffer`, with its size in `lpcbEntryID`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message.
    /// - `lpFolder` (`LPMAPIFOLDER`, in): The folder the message is in.
    /// - `lpMDB` (`LPMDB`, in): The store holding the folder and message.
    /// - `lpulFlags` (`ULONG*`, out): Receives flags telling the spooler what to do next.
    /// - `lpcbEntryID` (`ULONG*`, in, out): On input the size in bytes of the folder entry ID at `lppEntryID`; on output the size of its replacement.
    /// - `lppEntryID` (`LPBYTE*`, in, out): On input the entry ID of the folder the message goes to; on output the one it is rerouted to.
    pub InboundMsgHook: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        lpFolder: crate::LPMAPIFOLDER,
        lpMDB: crate::LPMDB,
        lpulFlags: *mut crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPBYTE,
    ) -> crate::HRESULT,
    /// Processes an outbound message after the transports sent it: saving a
    /// copy elsewhere, moving it out of Sent Items, changing it.
    ///
    /// Works as `InboundMsgHook`. To change a message before it is sent, use
    /// a preprocessor instead.
    ///
    /// Returns `S_OK` when the message was processed.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message.
    /// - `lpFolder` (`LPMAPIFOLDER`, in): The folder the message is in.
    /// - `lpMDB` (`LPMDB`, in): The store holding the folder and message.
    /// - `lpulFlags` (`ULONG*`, out): Receives flags telling the spooler what to do next.
    /// - `lpcbEntryID` (`ULONG*`, in, out): On input the size in bytes of the folder entry ID at `lppEntryID`; on output the size of its replacement.
    /// - `lppEntryID` (`LPBYTE*`, in, out): On input the entry ID of the folder the message is moved to, which may be null; on output the one it is moved to instead.
    pub OutboundMsgHook: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpMessage: crate::LPMESSAGE,
        lpFolder: crate::LPMAPIFOLDER,
        lpMDB: crate::LPMDB,
        lpulFlags: *mut crate::ULONG,
        lpcbEntryID: *mut crate::ULONG,
        lppEntryID: *mut crate::LPBYTE,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`ISpoolerHook`]: `{00020320-0000-0000-C000-000000000046}`.
#[cfg(feature = "hook")]
pub const IID_ISpoolerHook: crate::GUID = crate::GUID::from_u128(
    0x00020320_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "hook")]
#[automatically_derived]
unsafe impl crate::Interface for ISpoolerHook {
    const IID: crate::GUID = IID_ISpoolerHook;
    const NAME: &'static str = "ISpoolerHook";
    type Vtbl = ISpoolerHookVtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_ISpoolerHook || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "hook")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<ISpoolerHookVtbl>() == 5 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "hook"))]
/// The provider side of [`ISpoolerHook`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `ISpoolerHookImpl`, the provider side of `ISpoolerHook`",
    label = "`ISpoolerHook` needs `impl ISpoolerHookImpl for {Self}`",
    note = "write `impl ISpoolerHookImpl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait ISpoolerHookImpl: crate::__private::Declares<
        ISpoolerHook,
        0x00020320_0000_0000_c000_000000000046,
    > {
    /// Processes an inbound message before it reaches its receive folder.
    ///
    /// The hook may change the message (then call `SaveChanges`), delete it
    /// (`HOOK_DELETE`), or reroute it by replacing the folder entry ID at
    /// `lppEntryID`; the spooler then moves the message there unless a later
    /// hook reroutes it again.
    ///
    /// Returns `S_OK` when the message was processed.
    ///
    /// **Notes to implementers.** Before using the message, `QueryInterface`
    /// it for an interface your code supports. To reroute, free the entry ID
    /// passed in with `MAPIFreeBuffer` and store one allocated with
    /// `MAPIAllocateBuffer`, with its size in `lpcbEntryID`.
    ///
    /// Called through slot 3 ([`ISpoolerHookVtbl::InboundMsgHook`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn inbound_msg_hook(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
        lpFolder: crate::ComPtr<crate::IMAPIFolder>,
        lpMDB: crate::ComPtr<crate::IMsgStore>,
        lppEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        (SpoolerHookMsgHookFlags, ::core::option::Option<::std::vec::Vec<u8>>),
        crate::Hresult,
    > {
        let _ = (lpMessage, lpFolder, lpMDB, lppEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Processes an outbound message after the transports sent it: saving a
    /// copy elsewhere, moving it out of Sent Items, changing it.
    ///
    /// Works as `InboundMsgHook`. To change a message before it is sent, use
    /// a preprocessor instead.
    ///
    /// Returns `S_OK` when the message was processed.
    ///
    /// Called through slot 4 ([`ISpoolerHookVtbl::OutboundMsgHook`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn outbound_msg_hook(
        &self,
        lpMessage: crate::ComPtr<crate::IMessage>,
        lpFolder: crate::ComPtr<crate::IMAPIFolder>,
        lpMDB: crate::ComPtr<crate::IMsgStore>,
        lppEntryID: ::core::option::Option<&[u8]>,
    ) -> ::core::result::Result<
        (SpoolerHookMsgHookFlags, ::core::option::Option<::std::vec::Vec<u8>>),
        crate::Hresult,
    > {
        let _ = (lpMessage, lpFolder, lpMDB, lppEntryID);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "hook"))]
impl ISpoolerHookVtbl {
    /// A vtable of [`ISpoolerHook`] whose slots check their arguments and call [`ISpoolerHookImpl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: ISpoolerHookImpl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            InboundMsgHook: {
                /// `ISpoolerHook::InboundMsgHook`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    lpFolder: crate::LPMAPIFOLDER,
                    lpMDB: crate::LPMDB,
                    lpulFlags: *mut crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPBYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: ISpoolerHookImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulFlags, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(lpFolder.cast::<crate::IMAPIFolder>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMsgStore,
                            >::from_borrowed(lpMDB.cast::<crate::IMsgStore>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() || lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: both checked non-null; the caller passes a
                        // byte count and a pointer to that many readable bytes,
                        // or null (misaligned and oversized are checked).
                        let in5 = match unsafe { lppEntryID.read_unaligned() } {
                            __p if __p.is_null() => ::core::option::Option::None,
                            __p => {
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(__p.cast_const(), lpcbEntryID.read_unaligned() as usize)
                                } {
                                    ::core::result::Result::Ok(s) => {
                                        ::core::option::Option::Some(s)
                                    }
                                    ::core::result::Result::Err(__e) => return __e.0,
                                }
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as ISpoolerHookImpl>::inbound_msg_hook(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            in5,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg3, arg5) = __outs;
                                let __buf5 = match &arg5 {
                                    ::core::option::Option::Some(__bytes) => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    match crate::value::write_bytes(__alloc, __bytes) {
                                                        ::core::result::Result::Ok(b) => {
                                                            ::core::result::Result::Ok((b, *__alloc))
                                                        }
                                                        ::core::result::Result::Err(e) => {
                                                            ::core::result::Result::Err(e)
                                                        }
                                                    }
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    ::core::option::Option::None => ::core::option::Option::None,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg3.bits()
                                                & <SpoolerHookMsgHookFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                if let ::core::option::Option::Some((__new, __alloc)) = __buf5 {
                                    let (__count, __ptr) = __new.into_raw_parts();
                                    // SAFETY: both checked non-null above; the
                                    // old block is the caller's MAPI allocation
                                    // (or null), which MAPI's contract lets the
                                    // object free; the caller now owns the new
                                    // one.
                                    unsafe {
                                        let __old = lppEntryID.read_unaligned();
                                        if !__old.is_null() {
                                            __alloc.free(__old.cast());
                                        }
                                        lppEntryID.write_unaligned(__ptr.cast());
                                        lpcbEntryID.write_unaligned(__count);
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OutboundMsgHook: {
                /// `ISpoolerHook::OutboundMsgHook`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpMessage: crate::LPMESSAGE,
                    lpFolder: crate::LPMAPIFOLDER,
                    lpMDB: crate::LPMDB,
                    lpulFlags: *mut crate::ULONG,
                    lpcbEntryID: *mut crate::ULONG,
                    lppEntryID: *mut crate::LPBYTE,
                ) -> crate::HRESULT
                where
                    O::Inner: ISpoolerHookImpl,
                {
                    crate::__private::guard(|| {
                        if !lpulFlags.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpulFlags, 0, 1) };
                        }
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg0 = unsafe {
                            crate::ComPtr::<
                                crate::IMessage,
                            >::from_borrowed(lpMessage.cast::<crate::IMessage>())
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg1 = unsafe {
                            crate::ComPtr::<
                                crate::IMAPIFolder,
                            >::from_borrowed(lpFolder.cast::<crate::IMAPIFolder>())
                        };
                        let ::core::option::Option::Some(arg1) = arg1 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg2 = unsafe {
                            crate::ComPtr::<
                                crate::IMsgStore,
                            >::from_borrowed(lpMDB.cast::<crate::IMsgStore>())
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        if lpulFlags.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        if lppEntryID.is_null() || lpcbEntryID.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: both checked non-null; the caller passes a
                        // byte count and a pointer to that many readable bytes,
                        // or null (misaligned and oversized are checked).
                        let in5 = match unsafe { lppEntryID.read_unaligned() } {
                            __p if __p.is_null() => ::core::option::Option::None,
                            __p => {
                                match unsafe {
                                    crate::__private::slice_in::<
                                        u8,
                                    >(__p.cast_const(), lpcbEntryID.read_unaligned() as usize)
                                } {
                                    ::core::result::Result::Ok(s) => {
                                        ::core::option::Option::Some(s)
                                    }
                                    ::core::result::Result::Err(__e) => return __e.0,
                                }
                            }
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        let __commits = crate::__private::Commits::enter();
                        match <O::Inner as ISpoolerHookImpl>::outbound_msg_hook(
                            object.inner(),
                            arg0,
                            arg1,
                            arg2,
                            in5,
                        ) {
                            ::core::result::Result::Ok(__outs) => {
                                let status: crate::HRESULT = 0;
                                let __unseen = crate::__private::Unseen::enter();
                                let (arg3, arg5) = __outs;
                                let __buf5 = match &arg5 {
                                    ::core::option::Option::Some(__bytes) => {
                                        ::core::option::Option::Some(
                                            match match <O as crate::ComObject>::allocator(object) {
                                                ::core::result::Result::Ok(__a) => {
                                                    let __alloc = &__a;
                                                    match crate::value::write_bytes(__alloc, __bytes) {
                                                        ::core::result::Result::Ok(b) => {
                                                            ::core::result::Result::Ok((b, *__alloc))
                                                        }
                                                        ::core::result::Result::Err(e) => {
                                                            ::core::result::Result::Err(e)
                                                        }
                                                    }
                                                }
                                                ::core::result::Result::Err(__e) => {
                                                    ::core::result::Result::Err(__e)
                                                }
                                            } {
                                                ::core::result::Result::Ok(b) => b,
                                                ::core::result::Result::Err(e) => return e.0,
                                            },
                                        )
                                    }
                                    ::core::option::Option::None => ::core::option::Option::None,
                                };
                                if let ::core::result::Result::Err(e) = __commits.run() {
                                    return e.0;
                                }
                                // SAFETY: checked non-null above.
                                unsafe {
                                    lpulFlags
                                        .write(
                                            arg3.bits()
                                                & <SpoolerHookMsgHookFlags as crate::FlagSet>::OUT_MASK,
                                        )
                                };
                                if let ::core::option::Option::Some((__new, __alloc)) = __buf5 {
                                    let (__count, __ptr) = __new.into_raw_parts();
                                    // SAFETY: both checked non-null above; the
                                    // old block is the caller's MAPI allocation
                                    // (or null), which MAPI's contract lets the
                                    // object free; the caller now owns the new
                                    // one.
                                    unsafe {
                                        let __old = lppEntryID.read_unaligned();
                                        if !__old.is_null() {
                                            __alloc.free(__old.cast());
                                        }
                                        lppEntryID.write_unaligned(__ptr.cast());
                                        lpcbEntryID.write_unaligned(__count);
                                    }
                                }
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}
#[cfg(all(feature = "provider", feature = "hook"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for ISpoolerHook {
    const IIDS: &'static [u128] = &[
        0x00020320_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "hook"))]
/// SAFETY: `ISpoolerHook` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for ISpoolerHook {}
#[cfg(all(feature = "client", feature = "hook"))]
/// SAFETY: every interface begins with itself (`ISpoolerHook`).
#[automatically_derived]
unsafe impl crate::Inherits<ISpoolerHook> for ISpoolerHook {}
#[cfg(all(feature = "client", feature = "hook"))]
/// The caller side of [`ISpoolerHook`]: its methods, called through the vtable, on every `ComPtr` to `ISpoolerHook` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait ISpoolerHookExt {
    /// Processes an inbound message before it reaches its receive folder.
    ///
    /// The hook may change the message (then call `SaveChanges`), delete it
    /// (`HOOK_DELETE`), or reroute it by replacing the folder entry ID at
    /// `lppEntryID`; the spooler then moves the message there unless a later
    /// hook reroutes it again.
    ///
    /// Returns `S_OK` when the message was processed.
    ///
    /// **Notes to implementers.** Before using the message, `QueryInterface`
    /// it for an interface your code supports. To reroute, free the entry ID
    /// passed in with `MAPIFreeBuffer` and store one allocated with
    /// `MAPIAllocateBuffer`, with its size in `lpcbEntryID`.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message.
    /// - `lpFolder` (`LPMAPIFOLDER`, in): The folder the message is in.
    /// - `lpMDB` (`LPMDB`, in): The store holding the folder and message.
    /// - `lpulFlags` (`ULONG*`, out): Receives flags telling the spooler what to do next.
    /// - `lpcbEntryID` (`ULONG*`, in, out): On input the size in bytes of the folder entry ID at `lppEntryID`; on output the size of its replacement.
    /// - `lppEntryID` (`LPBYTE*`, in, out): On input the entry ID of the folder the message goes to; on output the one it is rerouted to.
    ///
    /// Calls slot 3 of the vtable, [`ISpoolerHookVtbl::InboundMsgHook`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lppEntryID` is the caller's MAPI buffer (its size is `lpcbEntryID`), which the object may free and replace with one of `alloc`; it is written back on every path.
    /// - Returns `lpulFlags`.
    fn inbound_msg_hook(
        &self,
        alloc: &crate::value::Allocator,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpFolder: &crate::ComPtr<crate::IMAPIFolder>,
        lpMDB: &crate::ComPtr<crate::IMsgStore>,
        lppEntryID: &mut ::core::option::Option<crate::value::MapiBuffer<u8>>,
    ) -> ::core::result::Result<SpoolerHookMsgHookFlags, crate::Hresult>;
    /// Processes an outbound message after the transports sent it: saving a
    /// copy elsewhere, moving it out of Sent Items, changing it.
    ///
    /// Works as `InboundMsgHook`. To change a message before it is sent, use
    /// a preprocessor instead.
    ///
    /// Returns `S_OK` when the message was processed.
    ///
    /// # Parameters
    ///
    /// - `lpMessage` (`LPMESSAGE`, in): The message.
    /// - `lpFolder` (`LPMAPIFOLDER`, in): The folder the message is in.
    /// - `lpMDB` (`LPMDB`, in): The store holding the folder and message.
    /// - `lpulFlags` (`ULONG*`, out): Receives flags telling the spooler what to do next.
    /// - `lpcbEntryID` (`ULONG*`, in, out): On input the size in bytes of the folder entry ID at `lppEntryID`; on output the size of its replacement.
    /// - `lppEntryID` (`LPBYTE*`, in, out): On input the entry ID of the folder the message is moved to, which may be null; on output the one it is moved to instead.
    ///
    /// Calls slot 4 of the vtable, [`ISpoolerHookVtbl::OutboundMsgHook`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - `lppEntryID` is the caller's MAPI buffer (its size is `lpcbEntryID`), which the object may free and replace with one of `alloc`; it is written back on every path.
    /// - Returns `lpulFlags`.
    fn outbound_msg_hook(
        &self,
        alloc: &crate::value::Allocator,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpFolder: &crate::ComPtr<crate::IMAPIFolder>,
        lpMDB: &crate::ComPtr<crate::IMsgStore>,
        lppEntryID: &mut ::core::option::Option<crate::value::MapiBuffer<u8>>,
    ) -> ::core::result::Result<SpoolerHookMsgHookFlags, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "hook"))]
#[automatically_derived]
impl<T: crate::Inherits<ISpoolerHook>> ISpoolerHookExt for crate::ComPtr<T> {
    fn inbound_msg_hook(
        &self,
        alloc: &crate::value::Allocator,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpFolder: &crate::ComPtr<crate::IMAPIFolder>,
        lpMDB: &crate::ComPtr<crate::IMsgStore>,
        lppEntryID: &mut ::core::option::Option<crate::value::MapiBuffer<u8>>,
    ) -> ::core::result::Result<SpoolerHookMsgHookFlags, crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        let __r = lpFolder;
        let __a1: crate::LPMAPIFOLDER = __r.as_raw();
        let __r = lpMDB;
        let __a2: crate::LPMDB = __r.as_raw();
        let mut __a3: crate::ULONG = 0;
        let __before5 = lppEntryID.as_ref().map(crate::value::MapiBuffer::allocator);
        let (mut __a4, mut __a5): (crate::ULONG, crate::LPBYTE) = match lppEntryID.take()
        {
            ::core::option::Option::Some(__b) => {
                let (__count, __ptr) = __b.into_raw_parts();
                (__count, __ptr.cast())
            }
            ::core::option::Option::None => (0, ::core::ptr::null_mut()),
        };
        let __given5 = __a5;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ISpoolerHook>()
                .InboundMsgHook)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                &mut __a3,
                &mut __a4,
                &mut __a5,
            )
        };
        let __owner = match __before5 {
            ::core::option::Option::Some(__a) if __a5 == __given5 => __a,
            _ => *alloc,
        };
        // SAFETY: the pointer is the caller's block, or one the object
        // allocated with `alloc`, holding `lpcbEntryID` bytes; or null.
        *lppEntryID = unsafe {
            crate::value::MapiBuffer::from_raw(__owner, __a5.cast(), __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(SpoolerHookMsgHookFlags::from_bits_retain(__a3))
    }
    fn outbound_msg_hook(
        &self,
        alloc: &crate::value::Allocator,
        lpMessage: &crate::ComPtr<crate::IMessage>,
        lpFolder: &crate::ComPtr<crate::IMAPIFolder>,
        lpMDB: &crate::ComPtr<crate::IMsgStore>,
        lppEntryID: &mut ::core::option::Option<crate::value::MapiBuffer<u8>>,
    ) -> ::core::result::Result<SpoolerHookMsgHookFlags, crate::Hresult> {
        let __r = lpMessage;
        let __a0: crate::LPMESSAGE = __r.as_raw();
        let __r = lpFolder;
        let __a1: crate::LPMAPIFOLDER = __r.as_raw();
        let __r = lpMDB;
        let __a2: crate::LPMDB = __r.as_raw();
        let mut __a3: crate::ULONG = 0;
        let __before5 = lppEntryID.as_ref().map(crate::value::MapiBuffer::allocator);
        let (mut __a4, mut __a5): (crate::ULONG, crate::LPBYTE) = match lppEntryID.take()
        {
            ::core::option::Option::Some(__b) => {
                let (__count, __ptr) = __b.into_raw_parts();
                (__count, __ptr.cast())
            }
            ::core::option::Option::None => (0, ::core::ptr::null_mut()),
        };
        let __given5 = __a5;
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<ISpoolerHook>()
                .OutboundMsgHook)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                &mut __a3,
                &mut __a4,
                &mut __a5,
            )
        };
        let __owner = match __before5 {
            ::core::option::Option::Some(__a) if __a5 == __given5 => __a,
            _ => *alloc,
        };
        // SAFETY: the pointer is the caller's block, or one the object
        // allocated with `alloc`, holding `lpcbEntryID` bytes; or null.
        *lppEntryID = unsafe {
            crate::value::MapiBuffer::from_raw(__owner, __a5.cast(), __a4)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(SpoolerHookMsgHookFlags::from_bits_retain(__a3))
    }
}
