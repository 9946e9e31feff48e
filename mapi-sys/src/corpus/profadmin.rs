// `idl/mapi/profadmin.idl` as Rust, included by `mod.rs`.
/// Pointer to an `IMsgServiceAdmin2`.
#[cfg(feature = "session")]
pub type LPSERVICEADMIN2 = *mut IMsgServiceAdmin2;
/// Flags of `IMsgServiceAdmin2::CreateMsgService` and `CreateMsgServiceEx`.
#[cfg(feature = "session")]
pub type MsgServiceAdmin2CreateMsgServiceFlags = crate::Flags<
    MsgServiceAdmin2CreateMsgServiceFlagsGroup,
>;
/// The group of [`MsgServiceAdmin2CreateMsgServiceFlags`]: its masks, exclusive sets and names, as [`Flags`](crate::Flags) reads them.
#[cfg(feature = "session")]
pub enum MsgServiceAdmin2CreateMsgServiceFlagsGroup {}
#[cfg(feature = "session")]
impl crate::FlagGroup for MsgServiceAdmin2CreateMsgServiceFlagsGroup {
    const IN_MASK: u32 = 0x80000092;
    const OUT_MASK: u32 = 0x00000000;
    const EXCLUSIVE_SETS: &'static [u32] = &[];
    const REQUIRED: bool = false;
    const NAMES: &'static [(&'static str, u32)] = &[
        ("MAPI_UNICODE", 0x80000000),
        ("SERVICE_NO_RESTART_WARNING", 0x00000080),
        ("SERVICE_UI_ALLOWED", 0x00000010),
        ("SERVICE_UI_ALWAYS", 0x00000002),
    ];
}
#[cfg(feature = "session")]
impl crate::Flags<MsgServiceAdmin2CreateMsgServiceFlagsGroup> {
    /// `lpszService` and `lpszDisplayName` are Unicode strings; without this
    /// flag they are ANSI. Outlook 2010's MAPI fails the call when it is set.
    ///
    /// `MAPI_UNICODE` (`0x80000000`), valid on input.
    pub const MAPI_UNICODE: Self = Self::from_bits_retain(0x80000000);
    /// Do not show the "restart Outlook" message that adding a service to a
    /// profile in use may otherwise bring up when user interface is allowed.
    ///
    /// `SERVICE_NO_RESTART_WARNING` (`0x80`), valid on input.
    pub const SERVICE_NO_RESTART_WARNING: Self = Self::from_bits_retain(0x00000080);
    /// The service may show its configuration user interface if it needs to.
    ///
    /// `SERVICE_UI_ALLOWED` (`0x10`), valid on input.
    pub const SERVICE_UI_ALLOWED: Self = Self::from_bits_retain(0x00000010);
    /// The service shows its configuration property sheet.
    ///
    /// `SERVICE_UI_ALWAYS` (`0x2`), valid on input.
    pub const SERVICE_UI_ALWAYS: Self = Self::from_bits_retain(0x00000002);
}
/// `IMsgServiceAdmin` with `CreateMsgServiceEx`, which returns the identifier
/// of the service it adds.
///
/// Exposed by the same objects as `IMsgServiceAdmin` (Outlook's MAPI since
/// Outlook 2003): ask them for it with `QueryInterface`. Its base is
/// `IUnknown`, and it repeats the methods of `IMsgServiceAdmin` in the same
/// order.
#[cfg(feature = "session")]
#[repr(C)]
pub struct IMsgServiceAdmin2 {
    /// The object's vtable.
    pub lpVtbl: *const IMsgServiceAdmin2Vtbl,
}
/// The vtable of [`IMsgServiceAdmin2`]: its methods in slot order, after its base's.
#[cfg(feature = "session")]
#[repr(C)]
pub struct IMsgServiceAdmin2Vtbl {
    /// The slots of `IUnknown`.
    pub base__: crate::IUnknownVtbl,
    /// As `IMsgServiceAdmin::GetLastError`: a `MAPIERROR` describing the last
    /// error.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    pub GetLastError: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        hResult: crate::HRESULT,
        ulFlags: crate::ULONG,
        lppMAPIError: *mut crate::LPMAPIERROR,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::GetMsgServiceTable`: the message services of the
    /// profile.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the message service table.
    pub GetMsgServiceTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::CreateMsgService`: adds a message service to the
    /// profile. Prefer `CreateMsgServiceEx`, which says which service it
    /// added.
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// # Parameters
    ///
    /// - `lpszService` (`LPTSTR`, in): Name of the service as listed in the `[Services]` section of MAPISVC.INF.
    /// - `lpszDisplayName` (`LPTSTR`, in): Display name of the service; ignored if MAPISVC.INF sets its `PR_DISPLAY_NAME`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    pub CreateMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszService: crate::LPTSTR,
        lpszDisplayName: crate::LPTSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::DeleteMsgService`: removes a message service and
    /// its profile sections.
    ///
    /// Returns:
    /// - `S_OK`: the service was deleted.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to delete.
    pub DeleteMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::CopyMsgService`: copies a message service into a
    /// profile.
    ///
    /// Returns:
    /// - `S_OK`: the service was copied.
    /// - `MAPI_E_NO_ACCESS`: the service is already in the target profile and
    ///   allows only one instance.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to copy.
    /// - `lpszDisplayName` (`LPSTR`, in): Deprecated; ignored.
    /// - `lpInterfaceToCopy` (`LPCIID`, in): Interface used to read the service's profile section; null means `IProfSect`.
    /// - `lpInterfaceDst` (`LPCIID`, in): Interface of the object at `lpObjectDst`: null means `IMAPISession`; `IID_IMsgServiceAdmin` is also allowed.
    /// - `lpObjectDst` (`LPVOID`, in): Session or message service administration object of the target profile.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    pub CopyMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        lpszDisplayName: crate::LPSTR,
        lpInterfaceToCopy: crate::LPCIID,
        lpInterfaceDst: crate::LPCIID,
        lpObjectDst: crate::LPVOID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::RenameMsgService`: deprecated and not supported.
    ///
    /// Always returns `MAPI_E_NO_SUPPORT`.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to rename.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpszDisplayName` (`LPSTR`, in): New name of the service.
    pub RenameMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
        lpszDisplayName: crate::LPSTR,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::ConfigureMsgService`: configures a message
    /// service, with or without its property sheet.
    ///
    /// Returns:
    /// - `S_OK`: the service was configured.
    /// - `MAPI_E_EXTENDED_ERROR`: a service-specific error; call `GetLastError`
    ///   for details.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    /// - `MAPI_E_NOT_INITIALIZED`: the service has no entry point function.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled the property sheet.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to configure.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the property sheet.
    /// - `cValues` (`ULONG`, in): Number of property values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): Configuration properties; must not be null when the service is configured without user interface.
    pub ConfigureMsgService: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        cValues: crate::ULONG,
        lpProps: crate::LPSPropValue,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::OpenProfileSection`: opens a section of the
    /// profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the profile section.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    pub OpenProfileSection: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        lpInterface: crate::LPCIID,
        ulFlags: crate::ULONG,
        lppProfSect: *mut crate::LPPROFSECT,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::MsgServiceTransportOrder`: sets the order in
    /// which transports are offered outgoing messages.
    ///
    /// Returns:
    /// - `S_OK`: the order was set.
    /// - `MAPI_E_BUSY`: `cUID` is not the number of transports in the profile.
    /// - `MAPI_E_NOT_FOUND`: an identifier names no transport of the profile.
    ///
    /// # Parameters
    ///
    /// - `cUID` (`ULONG`, in): Number of identifiers at `lpUIDList`.
    /// - `lpUIDList` (`LPMAPIUID`, in): Identifiers of all the transport providers, in delivery order.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub MsgServiceTransportOrder: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        cUID: crate::ULONG,
        lpUIDList: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::AdminProviders`: a provider administration
    /// object for one message service.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to administer.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppProviderAdmin` (`LPPROVIDERADMIN*`, out): Receives the provider administration object.
    pub AdminProviders: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
        lppProviderAdmin: *mut crate::LPPROVIDERADMIN,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::SetPrimaryIdentity`: makes a message service the
    /// supplier of the profile's primary identity, or clears it.
    ///
    /// Returns:
    /// - `S_OK`: the primary identity was set.
    /// - `MAPI_E_NO_ACCESS`: the service has `SERVICE_NO_PRIMARY_IDENTITY` set.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service, or null to clear the primary identity.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    pub SetPrimaryIdentity: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpUID: crate::LPMAPIUID,
        ulFlags: crate::ULONG,
    ) -> crate::HRESULT,
    /// As `IMsgServiceAdmin::GetProviderTable`: the providers of the profile.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the provider table.
    pub GetProviderTable: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        ulFlags: crate::ULONG,
        lppTable: *mut crate::LPMAPITABLE,
    ) -> crate::HRESULT,
    /// Adds a message service to the profile, like `CreateMsgService`, and
    /// returns its identifier.
    ///
    /// MAPI creates a profile section for the service and one per provider,
    /// copies what MAPISVC.INF says about them, then calls the service's entry
    /// point with `MSG_SERVICE_CREATE` (passing the window and flags on when
    /// user interface is allowed). Configure the new service by passing the
    /// identifier to `ConfigureMsgService`.
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// # Parameters
    ///
    /// - `lpszService` (`LPTSTR`, in): Name of the service as listed in the `[Services]` section of MAPISVC.INF.
    /// - `lpszDisplayName` (`LPTSTR`, in): Display name of the service; ignored if MAPISVC.INF sets its `PR_DISPLAY_NAME`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    /// - `lpuidService` (`LPMAPIUID`, out): Receives the new service's identifier (its `PR_SERVICE_UID`); may be null if it is not wanted.
    pub CreateMsgServiceEx: unsafe extern "system" fn(
        this: *mut ::core::ffi::c_void,
        lpszService: crate::LPTSTR,
        lpszDisplayName: crate::LPTSTR,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::ULONG,
        lpuidService: crate::LPMAPIUID,
    ) -> crate::HRESULT,
}
/// The interface identifier of [`IMsgServiceAdmin2`]: `{00020387-0000-0000-C000-000000000046}`.
#[cfg(feature = "session")]
pub const IID_IMsgServiceAdmin2: crate::GUID = crate::GUID::from_u128(
    0x00020387_0000_0000_c000_000000000046,
);
// SAFETY: the IID belongs to this interface and its vtable layout is the one
// declared above.
#[cfg(feature = "session")]
#[automatically_derived]
unsafe impl crate::Interface for IMsgServiceAdmin2 {
    const IID: crate::GUID = IID_IMsgServiceAdmin2;
    const NAME: &'static str = "IMsgServiceAdmin2";
    type Vtbl = IMsgServiceAdmin2Vtbl;
    fn matches(iid: &crate::GUID) -> bool {
        *iid == IID_IMsgServiceAdmin2
            || <crate::IUnknown as crate::Interface>::matches(iid)
    }
}
#[cfg(feature = "session")]
#[cfg(feature = "layout-asserts")]
const _: () = assert!(
    ::core::mem::size_of::<IMsgServiceAdmin2Vtbl>() == 16 * ::core::mem::size_of::<usize>()
);
#[cfg(all(feature = "provider", feature = "session"))]
/// The provider side of [`IMsgServiceAdmin2`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `IMsgServiceAdmin2Impl`, the provider side of `IMsgServiceAdmin2`",
    label = "`IMsgServiceAdmin2` needs `impl IMsgServiceAdmin2Impl for {Self}`",
    note = "write `impl IMsgServiceAdmin2Impl for {Self} {{}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`",
)]
pub trait IMsgServiceAdmin2Impl: crate::__private::Declares<
        IMsgServiceAdmin2,
        0x00020387_0000_0000_c000_000000000046,
    > {
    /// As `IMsgServiceAdmin::GetLastError`: a `MAPIERROR` describing the last
    /// error.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// Called through slot 3 ([`IMsgServiceAdmin2Vtbl::GetLastError`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_last_error(
        &self,
        hResult: crate::HRESULT,
        ulFlags: crate::MsgServiceAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiError, crate::Hresult> {
        let _ = (hResult, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::GetMsgServiceTable`: the message services of the
    /// profile.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// Called through slot 4 ([`IMsgServiceAdmin2Vtbl::GetMsgServiceTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_msg_service_table(
        &self,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::CreateMsgService`: adds a message service to the
    /// profile. Prefer `CreateMsgServiceEx`, which says which service it
    /// added.
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// Called through slot 5 ([`IMsgServiceAdmin2Vtbl::CreateMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_msg_service(
        &self,
        lpszService: crate::value::StrRef<'_>,
        lpszDisplayName: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdmin2CreateMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpszService, lpszDisplayName, ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::DeleteMsgService`: removes a message service and
    /// its profile sections.
    ///
    /// Returns:
    /// - `S_OK`: the service was deleted.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// Called through slot 6 ([`IMsgServiceAdmin2Vtbl::DeleteMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn delete_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::CopyMsgService`: copies a message service into a
    /// profile.
    ///
    /// Returns:
    /// - `S_OK`: the service was copied.
    /// - `MAPI_E_NO_ACCESS`: the service is already in the target profile and
    ///   allows only one instance.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// Called through slot 7 ([`IMsgServiceAdmin2Vtbl::CopyMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn copy_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        lpszDisplayName: ::core::option::Option<crate::value::StrRef<'_>>,
        lpInterfaceToCopy: ::core::option::Option<&crate::GUID>,
        lpInterfaceDst: ::core::option::Option<&crate::GUID>,
        lpObjectDst: crate::ComPtr<crate::IUnknown>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::MsgServiceAdminCopyMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (
            lpUID,
            lpszDisplayName,
            lpInterfaceToCopy,
            lpInterfaceDst,
            lpObjectDst,
            ulUIParam,
            ulFlags,
        );
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::RenameMsgService`: deprecated and not supported.
    ///
    /// Always returns `MAPI_E_NO_SUPPORT`.
    ///
    /// Called through slot 8 ([`IMsgServiceAdmin2Vtbl::RenameMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn rename_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminReservedFlags,
        lpszDisplayName: crate::value::StrRef<'_>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID, ulFlags, lpszDisplayName);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::ConfigureMsgService`: configures a message
    /// service, with or without its property sheet.
    ///
    /// Returns:
    /// - `S_OK`: the service was configured.
    /// - `MAPI_E_EXTENDED_ERROR`: a service-specific error; call `GetLastError`
    ///   for details.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    /// - `MAPI_E_NOT_INITIALIZED`: the service has no entry point function.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled the property sheet.
    ///
    /// Called through slot 9 ([`IMsgServiceAdmin2Vtbl::ConfigureMsgService`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn configure_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::MsgServiceAdminConfigureMsgServiceFlags,
        lpProps: ::core::option::Option<&[crate::value::PropRef<'_>]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID, ulUIParam, ulFlags, lpProps);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::OpenProfileSection`: opens a section of the
    /// profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// Called through slot 10 ([`IMsgServiceAdmin2Vtbl::OpenProfileSection`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn open_profile_section(
        &self,
        lpUID: &crate::MAPIUID,
        lpInterface: ::core::option::Option<&crate::GUID>,
        ulFlags: crate::MsgServiceAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IUnknown>, crate::Hresult> {
        let _ = (lpUID, lpInterface, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::MsgServiceTransportOrder`: sets the order in
    /// which transports are offered outgoing messages.
    ///
    /// Returns:
    /// - `S_OK`: the order was set.
    /// - `MAPI_E_BUSY`: `cUID` is not the number of transports in the profile.
    /// - `MAPI_E_NOT_FOUND`: an identifier names no transport of the profile.
    ///
    /// Called through slot 11 ([`IMsgServiceAdmin2Vtbl::MsgServiceTransportOrder`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn msg_service_transport_order(
        &self,
        lpUIDList: &[crate::MAPIUID],
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUIDList, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::AdminProviders`: a provider administration
    /// object for one message service.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// Called through slot 12 ([`IMsgServiceAdmin2Vtbl::AdminProviders`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn admin_providers(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IProviderAdmin>, crate::Hresult> {
        let _ = (lpUID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::SetPrimaryIdentity`: makes a message service the
    /// supplier of the profile's primary identity, or clears it.
    ///
    /// Returns:
    /// - `S_OK`: the primary identity was set.
    /// - `MAPI_E_NO_ACCESS`: the service has `SERVICE_NO_PRIMARY_IDENTITY` set.
    ///
    /// Called through slot 13 ([`IMsgServiceAdmin2Vtbl::SetPrimaryIdentity`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn set_primary_identity(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let _ = (lpUID, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// As `IMsgServiceAdmin::GetProviderTable`: the providers of the profile.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// Called through slot 14 ([`IMsgServiceAdmin2Vtbl::GetProviderTable`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn get_provider_table(
        &self,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let _ = (ulFlags,);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
    /// Adds a message service to the profile, like `CreateMsgService`, and
    /// returns its identifier.
    ///
    /// MAPI creates a profile section for the service and one per provider,
    /// copies what MAPISVC.INF says about them, then calls the service's entry
    /// point with `MSG_SERVICE_CREATE` (passing the window and flags on when
    /// user interface is allowed). Configure the new service by passing the
    /// identifier to `ConfigureMsgService`.
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// Called through slot 15 ([`IMsgServiceAdmin2Vtbl::CreateMsgServiceEx`]); returns `MAPI_E_NO_SUPPORT` unless implemented.
    fn create_msg_service_ex(
        &self,
        lpszService: crate::value::StrRef<'_>,
        lpszDisplayName: ::core::option::Option<crate::value::StrRef<'_>>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdmin2CreateMsgServiceFlags,
    ) -> ::core::result::Result<crate::MAPIUID, crate::Hresult> {
        let _ = (lpszService, lpszDisplayName, ulUIParam, ulFlags);
        ::core::result::Result::Err(crate::Hresult(crate::MAPI_E_NO_SUPPORT))
    }
}
#[cfg(all(feature = "provider", feature = "session"))]
impl IMsgServiceAdmin2Vtbl {
    /// A vtable of [`IMsgServiceAdmin2`] whose slots check their arguments and call [`IMsgServiceAdmin2Impl`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.
    pub const fn new<O: crate::ComObject, const INDEX: usize>() -> Self
    where
        O::Inner: IMsgServiceAdmin2Impl,
    {
        Self {
            base__: crate::IUnknownVtbl::new::<O, INDEX>(),
            GetLastError: {
                /// `IMsgServiceAdmin2::GetLastError`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    hResult: crate::HRESULT,
                    ulFlags: crate::ULONG,
                    lppMAPIError: *mut crate::LPMAPIERROR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppMAPIError.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppMAPIError, 0, 1) };
                        }
                        let arg1 = match <crate::MsgServiceAdminGetLastErrorFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppMAPIError.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::get_last_error(
                            object.inner(),
                            hResult,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                let __buf2 = match match <O as crate::ComObject>::allocator(
                                    object,
                                ) {
                                    ::core::result::Result::Ok(__a) => {
                                        let __alloc = &__a;
                                        crate::value::write_mapi_error(
                                                __alloc,
                                                &arg2,
                                                (ulFlags & crate::MAPI_UNICODE) != 0,
                                            )
                                            .map(crate::value::MapiErrorBuffer::into_buffer)
                                    }
                                    ::core::result::Result::Err(__e) => {
                                        ::core::result::Result::Err(__e)
                                    }
                                } {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                };
                                // SAFETY: checked non-null; the caller now owns
                                // the block.
                                unsafe { lppMAPIError.write(__buf2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetMsgServiceTable: {
                /// `IMsgServiceAdmin2::GetMsgServiceTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <crate::MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::get_msg_service_table(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppTable.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CreateMsgService: {
                /// `IMsgServiceAdmin2::CreateMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszService: crate::LPTSTR,
                    lpszDisplayName: crate::LPTSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszService.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszDisplayName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <MsgServiceAdmin2CreateMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::create_msg_service(
                            object.inner(),
                            arg0,
                            arg1,
                            ulUIParam,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            DeleteMsgService: {
                /// `IMsgServiceAdmin2::DeleteMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::delete_msg_service(
                            object.inner(),
                            &arg0,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CopyMsgService: {
                /// `IMsgServiceAdmin2::CopyMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    lpszDisplayName: crate::LPSTR,
                    lpInterfaceToCopy: crate::LPCIID,
                    lpInterfaceDst: crate::LPCIID,
                    lpObjectDst: crate::LPVOID,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszDisplayName.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg2 = if lpInterfaceToCopy.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterfaceToCopy.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg3 = if lpInterfaceDst.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterfaceDst.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        // SAFETY: a non-null interface pointer from the caller
                        // is live for the call; `from_borrowed` takes its own
                        // reference.
                        let arg4 = unsafe {
                            crate::ComPtr::<
                                crate::IUnknown,
                            >::from_borrowed(lpObjectDst.cast())
                        };
                        let ::core::option::Option::Some(arg4) = arg4 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg6 = match <crate::MsgServiceAdminCopyMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::copy_msg_service(
                            object.inner(),
                            &arg0,
                            arg1,
                            arg2.as_ref(),
                            arg3.as_ref(),
                            arg4,
                            ulUIParam,
                            arg6,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            RenameMsgService: {
                /// `IMsgServiceAdmin2::RenameMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                    lpszDisplayName: crate::LPSTR,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <crate::MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg2 = match unsafe {
                            crate::value::StrRef::from_raw_ansi(
                                lpszDisplayName.cast_const().cast(),
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg2) = arg2 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::rename_msg_service(
                            object.inner(),
                            &arg0,
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            ConfigureMsgService: {
                /// `IMsgServiceAdmin2::ConfigureMsgService`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    cValues: crate::ULONG,
                    lpProps: crate::LPSPropValue,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg2 = match <crate::MsgServiceAdminConfigureMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg4 = if lpProps.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: the caller passes `cValues` elements at a
                            // non-null `lpProps`, readable for the call; the
                            // view checks the count and reads each element as
                            // its type says.
                            let arg4 = match unsafe {
                                crate::value::PropRef::slice_from_raw(
                                    lpProps.cast_const().cast(),
                                    cValues,
                                )
                            } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => {
                                    return crate::Hresult::from(__e).0;
                                }
                            };
                            ::core::option::Option::Some(arg4)
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::configure_msg_service(
                            object.inner(),
                            &arg0,
                            ulUIParam,
                            arg2,
                            arg4.as_deref(),
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            OpenProfileSection: {
                /// `IMsgServiceAdmin2::OpenProfileSection`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    lpInterface: crate::LPCIID,
                    ulFlags: crate::ULONG,
                    lppProfSect: *mut crate::LPPROFSECT,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppProfSect.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProfSect, 0, 1) };
                        }
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = if lpInterface.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable IID.
                            ::core::option::Option::Some(unsafe {
                                lpInterface.cast::<crate::GUID>().read_unaligned()
                            })
                        };
                        let arg2 = match <crate::MsgServiceAdminOpenProfileSectionFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProfSect.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::open_profile_section(
                            object.inner(),
                            &arg0,
                            arg1.as_ref(),
                            arg2,
                        ) {
                            ::core::result::Result::Ok(arg3) => {
                                let status: crate::HRESULT = 0;
                                {
                                    let __o = &arg3;
                                    // SAFETY: `riid` is the caller's IID
                                    // pointer (null: IUnknown); the out-pointer
                                    // was checked non-null.
                                    match unsafe {
                                        crate::__private::query_for(
                                            __o,
                                            lpInterface.cast::<crate::GUID>(),
                                        )
                                    } {
                                        ::core::result::Result::Ok(p) => {
                                            unsafe { lppProfSect.write(p.cast()) }
                                        }
                                        ::core::result::Result::Err(e) => return e.0,
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
            MsgServiceTransportOrder: {
                /// `IMsgServiceAdmin2::MsgServiceTransportOrder`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    cUID: crate::ULONG,
                    lpUIDList: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        // SAFETY: the caller passes `cUID` valid elements at
                        // `lpUIDList` (null, misaligned and oversized are
                        // checked).
                        let arg1 = match unsafe {
                            crate::__private::slice_in::<
                                crate::MAPIUID,
                            >(lpUIDList.cast(), cUID as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        let arg2 = match <crate::MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::msg_service_transport_order(
                            object.inner(),
                            arg1,
                            arg2,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            AdminProviders: {
                /// `IMsgServiceAdmin2::AdminProviders`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                    lppProviderAdmin: *mut crate::LPPROVIDERADMIN,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppProviderAdmin.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppProviderAdmin, 0, 1) };
                        }
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let arg1 = match <crate::MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppProviderAdmin.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::admin_providers(
                            object.inner(),
                            &arg0,
                            arg1,
                        ) {
                            ::core::result::Result::Ok(arg2) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppProviderAdmin.write(arg2.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            SetPrimaryIdentity: {
                /// `IMsgServiceAdmin2::SetPrimaryIdentity`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpUID: crate::LPMAPIUID,
                    ulFlags: crate::ULONG,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        let arg0 = if lpUID.is_null() {
                            ::core::option::Option::None
                        } else {
                            // SAFETY: checked non-null; the caller passes a
                            // readable value.
                            ::core::option::Option::Some(unsafe {
                                lpUID.cast::<crate::MAPIUID>().read_unaligned()
                            })
                        };
                        let arg1 = match <crate::MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::set_primary_identity(
                            object.inner(),
                            arg0.as_ref(),
                            arg1,
                        ) {
                            ::core::result::Result::Ok(()) => {
                                let status: crate::HRESULT = 0;
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            GetProviderTable: {
                /// `IMsgServiceAdmin2::GetProviderTable`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    ulFlags: crate::ULONG,
                    lppTable: *mut crate::LPMAPITABLE,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        if !lppTable.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lppTable, 0, 1) };
                        }
                        let arg0 = match <crate::MsgServiceAdminReservedFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        if lppTable.is_null() {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        }
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::get_provider_table(
                            object.inner(),
                            arg0,
                        ) {
                            ::core::result::Result::Ok(arg1) => {
                                let status: crate::HRESULT = 0;
                                // SAFETY: checked non-null; the caller now owns
                                // the reference.
                                unsafe { lppTable.write(arg1.into_raw().cast()) };
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
            CreateMsgServiceEx: {
                /// `IMsgServiceAdmin2::CreateMsgServiceEx`.
                unsafe extern "system" fn thunk<O: crate::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    lpszService: crate::LPTSTR,
                    lpszDisplayName: crate::LPTSTR,
                    ulUIParam: crate::ULONG_PTR,
                    ulFlags: crate::ULONG,
                    lpuidService: crate::LPMAPIUID,
                ) -> crate::HRESULT
                where
                    O::Inner: IMsgServiceAdmin2Impl,
                {
                    crate::__private::guard(|| {
                        if !lpuidService.is_null() {
                            // SAFETY: the caller passed a writable out-pointer.
                            unsafe { ::core::ptr::write_bytes(lpuidService, 0, 1) };
                        }
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg0 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszService.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let ::core::option::Option::Some(arg0) = arg0 else {
                            return crate::MAPI_E_INVALID_PARAMETER;
                        };
                        let __unicode = (ulFlags & crate::MAPI_UNICODE) != 0;
                        // SAFETY: a non-null string from the caller is
                        // NUL-terminated and readable for the call; the view
                        // checks its length and alignment.
                        let arg1 = match unsafe {
                            crate::value::StrRef::from_raw(
                                lpszDisplayName.cast_const().cast(),
                                __unicode,
                            )
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => {
                                return crate::Hresult::from(__e).0;
                            }
                        };
                        let arg3 = match <MsgServiceAdmin2CreateMsgServiceFlags as crate::FlagSet>::check_input_for(
                            ulFlags,
                            O::UNKNOWN_FLAGS,
                        ) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(__e) => return __e.0,
                        };
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a
                        // live `O`, as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as IMsgServiceAdmin2Impl>::create_msg_service_ex(
                            object.inner(),
                            arg0,
                            arg1,
                            ulUIParam,
                            arg3,
                        ) {
                            ::core::result::Result::Ok(arg4) => {
                                let status: crate::HRESULT = 0;
                                if !lpuidService.is_null() {
                                    // SAFETY: checked non-null; the caller
                                    // passes a writable out-pointer.
                                    unsafe { lpuidService.write(arg4) };
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
#[cfg(all(feature = "provider", feature = "session"))]
#[automatically_derived]
impl crate::__private::InterfaceChain for IMsgServiceAdmin2 {
    const IIDS: &'static [u128] = &[
        0x00020387_0000_0000_c000_000000000046, 0x00000000_0000_0000_c000_000000000046,
    ];
}
#[cfg(all(feature = "client", feature = "session"))]
/// SAFETY: `IMsgServiceAdmin2` derives from `IUnknown`: its vtable begins with `IUnknown`'s.
#[automatically_derived]
unsafe impl crate::Inherits<crate::IUnknown> for IMsgServiceAdmin2 {}
#[cfg(all(feature = "client", feature = "session"))]
/// SAFETY: every interface begins with itself (`IMsgServiceAdmin2`).
#[automatically_derived]
unsafe impl crate::Inherits<IMsgServiceAdmin2> for IMsgServiceAdmin2 {}
#[cfg(all(feature = "client", feature = "session"))]
/// The caller side of [`IMsgServiceAdmin2`]: its methods, called through the vtable, on every `ComPtr` to `IMsgServiceAdmin2` or to an interface derived from it.
///
/// Methods return `Err` with the object's `HRESULT` when it fails. An `[out]` interface pointer that the object leaves null on success is `MAPI_E_CALL_FAILED` (`E_NOINTERFACE` for one of a requested interface `U`).
pub trait IMsgServiceAdmin2Ext {
    /// As `IMsgServiceAdmin::GetLastError`: a `MAPIERROR` describing the last
    /// error.
    ///
    /// Returns `S_OK` when the information (or a null pointer) was returned.
    ///
    /// # Parameters
    ///
    /// - `hResult` (`HRESULT`, in): The error value returned by the previous call.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags giving the character set of the returned strings.
    /// - `lppMAPIError` (`LPMAPIERROR*`, out): Receives the error information, or null when there is none.
    ///
    /// Calls slot 3 of the vtable, [`IMsgServiceAdmin2Vtbl::GetLastError`]. In Rust:
    ///
    /// - `alloc` is the allocator the object allocates what it returns with (MAPI's `MAPIAllocateBuffer`: in a provider, the one `MSProviderInit` received); the owners returned free with it on drop.
    /// - Returns `lppMAPIError`.
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: crate::MsgServiceAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult>;
    /// As `IMsgServiceAdmin::GetMsgServiceTable`: the message services of the
    /// profile.
    ///
    /// Returns `S_OK` when the table was returned.
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the message service table.
    ///
    /// Calls slot 4 of the vtable, [`IMsgServiceAdmin2Vtbl::GetMsgServiceTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_msg_service_table(
        &self,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// As `IMsgServiceAdmin::CreateMsgService`: adds a message service to the
    /// profile. Prefer `CreateMsgServiceEx`, which says which service it
    /// added.
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// # Parameters
    ///
    /// - `lpszService` (`LPTSTR`, in): Name of the service as listed in the `[Services]` section of MAPISVC.INF.
    /// - `lpszDisplayName` (`LPTSTR`, in): Display name of the service; ignored if MAPISVC.INF sets its `PR_DISPLAY_NAME`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    ///
    /// Calls slot 5 of the vtable, [`IMsgServiceAdmin2Vtbl::CreateMsgService`]. In Rust:
    ///
    /// - `lpszService` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszDisplayName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn create_msg_service(
        &self,
        lpszService: &str,
        lpszDisplayName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdmin2CreateMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::DeleteMsgService`: removes a message service and
    /// its profile sections.
    ///
    /// Returns:
    /// - `S_OK`: the service was deleted.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to delete.
    ///
    /// Calls slot 6 of the vtable, [`IMsgServiceAdmin2Vtbl::DeleteMsgService`].
    fn delete_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::CopyMsgService`: copies a message service into a
    /// profile.
    ///
    /// Returns:
    /// - `S_OK`: the service was copied.
    /// - `MAPI_E_NO_ACCESS`: the service is already in the target profile and
    ///   allows only one instance.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to copy.
    /// - `lpszDisplayName` (`LPSTR`, in): Deprecated; ignored.
    /// - `lpInterfaceToCopy` (`LPCIID`, in): Interface used to read the service's profile section; null means `IProfSect`.
    /// - `lpInterfaceDst` (`LPCIID`, in): Interface of the object at `lpObjectDst`: null means `IMAPISession`; `IID_IMsgServiceAdmin` is also allowed.
    /// - `lpObjectDst` (`LPVOID`, in): Session or message service administration object of the target profile.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the copy.
    ///
    /// Calls slot 7 of the vtable, [`IMsgServiceAdmin2Vtbl::CopyMsgService`]. In Rust:
    ///
    /// - `lpszDisplayName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpInterfaceDst` is the IID of `U`.
    fn copy_msg_service<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        lpszDisplayName: ::core::option::Option<&str>,
        lpInterfaceToCopy: ::core::option::Option<&crate::IID>,
        lpObjectDst: &crate::ComPtr<U>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::MsgServiceAdminCopyMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::RenameMsgService`: deprecated and not supported.
    ///
    /// Always returns `MAPI_E_NO_SUPPORT`.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to rename.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lpszDisplayName` (`LPSTR`, in): New name of the service.
    ///
    /// Calls slot 8 of the vtable, [`IMsgServiceAdmin2Vtbl::RenameMsgService`]. In Rust:
    ///
    /// - `lpszDisplayName` is passed in 8 bits (a character beyond U+00FF is `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    fn rename_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminReservedFlags,
        lpszDisplayName: &str,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::ConfigureMsgService`: configures a message
    /// service, with or without its property sheet.
    ///
    /// Returns:
    /// - `S_OK`: the service was configured.
    /// - `MAPI_E_EXTENDED_ERROR`: a service-specific error; call `GetLastError`
    ///   for details.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    /// - `MAPI_E_NOT_INITIALIZED`: the service has no entry point function.
    /// - `MAPI_E_USER_CANCEL`: the user cancelled the property sheet.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to configure.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of the property sheet.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the property sheet.
    /// - `cValues` (`ULONG`, in): Number of property values at `lpProps`.
    /// - `lpProps` (`LPSPropValue`, in): Configuration properties; must not be null when the service is configured without user interface.
    ///
    /// Calls slot 9 of the vtable, [`IMsgServiceAdmin2Vtbl::ConfigureMsgService`]. In Rust:
    ///
    /// - `lpProps` is laid out as `SPropValue`s for the call; `cValues` is their count.
    fn configure_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::MsgServiceAdminConfigureMsgServiceFlags,
        lpProps: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::OpenProfileSection`: opens a section of the
    /// profile.
    ///
    /// Returns:
    /// - `S_OK`: the section was opened.
    /// - `MAPI_E_NO_ACCESS`: the caller lacks the permissions needed.
    /// - `MAPI_E_NOT_FOUND`: the section does not exist.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Identifier of the profile section.
    /// - `lpInterface` (`LPCIID`, in): Interface to return; null means `IProfSect`.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling access to the section.
    /// - `lppProfSect` (`LPPROFSECT*`, out): Receives the profile section.
    ///
    /// Calls slot 10 of the vtable, [`IMsgServiceAdmin2Vtbl::OpenProfileSection`]. In Rust:
    ///
    /// - `lpInterface` is the IID of `U`.
    /// - Returns `lppProfSect`.
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult>;
    /// As `IMsgServiceAdmin::MsgServiceTransportOrder`: sets the order in
    /// which transports are offered outgoing messages.
    ///
    /// Returns:
    /// - `S_OK`: the order was set.
    /// - `MAPI_E_BUSY`: `cUID` is not the number of transports in the profile.
    /// - `MAPI_E_NOT_FOUND`: an identifier names no transport of the profile.
    ///
    /// # Parameters
    ///
    /// - `cUID` (`ULONG`, in): Number of identifiers at `lpUIDList`.
    /// - `lpUIDList` (`LPMAPIUID`, in): Identifiers of all the transport providers, in delivery order.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 11 of the vtable, [`IMsgServiceAdmin2Vtbl::MsgServiceTransportOrder`]. In Rust:
    ///
    /// - `cUID` is the length of `lpUIDList` (in elements); more than `ULONG` can hold is `MAPI_E_INVALID_PARAMETER`.
    fn msg_service_transport_order(
        &self,
        lpUIDList: &[crate::MAPIUID],
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::AdminProviders`: a provider administration
    /// object for one message service.
    ///
    /// Returns:
    /// - `S_OK`: the object was returned.
    /// - `MAPI_E_NOT_FOUND`: no service has this identifier.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service to administer.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppProviderAdmin` (`LPPROVIDERADMIN*`, out): Receives the provider administration object.
    ///
    /// Calls slot 12 of the vtable, [`IMsgServiceAdmin2Vtbl::AdminProviders`]. In Rust:
    ///
    /// - Returns `lppProviderAdmin`.
    fn admin_providers(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IProviderAdmin>, crate::Hresult>;
    /// As `IMsgServiceAdmin::SetPrimaryIdentity`: makes a message service the
    /// supplier of the profile's primary identity, or clears it.
    ///
    /// Returns:
    /// - `S_OK`: the primary identity was set.
    /// - `MAPI_E_NO_ACCESS`: the service has `SERVICE_NO_PRIMARY_IDENTITY` set.
    ///
    /// # Parameters
    ///
    /// - `lpUID` (`LPMAPIUID`, in): Unique identifier of the service, or null to clear the primary identity.
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    ///
    /// Calls slot 13 of the vtable, [`IMsgServiceAdmin2Vtbl::SetPrimaryIdentity`].
    fn set_primary_identity(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult>;
    /// As `IMsgServiceAdmin::GetProviderTable`: the providers of the profile.
    ///
    /// Returns `S_OK` when the table was returned (possibly with no rows).
    ///
    /// # Parameters
    ///
    /// - `ulFlags` (`ULONG`, in): Reserved; must be zero.
    /// - `lppTable` (`LPMAPITABLE*`, out): Receives the provider table.
    ///
    /// Calls slot 14 of the vtable, [`IMsgServiceAdmin2Vtbl::GetProviderTable`]. In Rust:
    ///
    /// - Returns `lppTable`.
    fn get_provider_table(
        &self,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult>;
    /// Adds a message service to the profile, like `CreateMsgService`, and
    /// returns its identifier.
    ///
    /// MAPI creates a profile section for the service and one per provider,
    /// copies what MAPISVC.INF says about them, then calls the service's entry
    /// point with `MSG_SERVICE_CREATE` (passing the window and flags on when
    /// user interface is allowed). Configure the new service by passing the
    /// identifier to `ConfigureMsgService`.
    ///
    /// Returns:
    /// - `S_OK`: the service was added.
    /// - `MAPI_E_NOT_FOUND`: the name is not in the `[Services]` section of
    ///   MAPISVC.INF.
    ///
    /// # Parameters
    ///
    /// - `lpszService` (`LPTSTR`, in): Name of the service as listed in the `[Services]` section of MAPISVC.INF.
    /// - `lpszDisplayName` (`LPTSTR`, in): Display name of the service; ignored if MAPISVC.INF sets its `PR_DISPLAY_NAME`.
    /// - `ulUIParam` (`ULONG_PTR`, in): Handle of the parent window of any dialog box or window shown.
    /// - `ulFlags` (`ULONG`, in): Bitmask of flags controlling the installation.
    /// - `lpuidService` (`LPMAPIUID`, out): Receives the new service's identifier (its `PR_SERVICE_UID`); may be null if it is not wanted.
    ///
    /// Calls slot 15 of the vtable, [`IMsgServiceAdmin2Vtbl::CreateMsgServiceEx`]. In Rust:
    ///
    /// - `lpszService` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - `lpszDisplayName` is passed in UTF-16 with `MAPI_UNICODE` in `ulFlags`, else in 8 bits (a character beyond U+00FF is then `MAPI_E_BAD_CHARWIDTH`); a NUL inside is `MAPI_E_INVALID_PARAMETER`.
    /// - Returns `lpuidService`.
    fn create_msg_service_ex(
        &self,
        lpszService: &str,
        lpszDisplayName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdmin2CreateMsgServiceFlags,
    ) -> ::core::result::Result<crate::MAPIUID, crate::Hresult>;
}
#[cfg(all(feature = "client", feature = "session"))]
#[automatically_derived]
impl<T: crate::Inherits<IMsgServiceAdmin2>> IMsgServiceAdmin2Ext for crate::ComPtr<T> {
    fn get_last_error(
        &self,
        alloc: &crate::value::Allocator,
        hResult: crate::HRESULT,
        ulFlags: crate::MsgServiceAdminGetLastErrorFlags,
    ) -> ::core::result::Result<crate::value::MapiErrorBuffer, crate::Hresult> {
        let mut __a2: crate::LPMAPIERROR = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .GetLastError)(self.as_raw().cast(), hResult, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object stored a root block of the allocator it
        // was given, with strings of the width the flags asked for, or null.
        let __r2 = unsafe {
            crate::value::MapiErrorBuffer::from_raw(
                *alloc,
                __a2.cast(),
                (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
            )
        };
        let __r2 = __r2.ok_or_else(crate::__private::call::missing_output)?;
        ::core::result::Result::Ok(__r2)
    }
    fn get_msg_service_table(
        &self,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .GetMsgServiceTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_msg_service(
        &self,
        lpszService: &str,
        lpszDisplayName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdmin2CreateMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszService,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszDisplayName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPTSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .CreateMsgService)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn delete_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .DeleteMsgService)(self.as_raw().cast(), __a0)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn copy_msg_service<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        lpszDisplayName: ::core::option::Option<&str>,
        lpInterfaceToCopy: ::core::option::Option<&crate::IID>,
        lpObjectDst: &crate::ComPtr<U>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::MsgServiceAdminCopyMsgServiceFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __b1 = match lpszDisplayName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::str_in(__t, false)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        let __a2: crate::LPCIID = match lpInterfaceToCopy {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r),
            ::core::option::Option::None => ::core::ptr::null(),
        };
        let __iid3: crate::GUID = <U as crate::Interface>::IID;
        let __a3: crate::LPCIID = ::core::ptr::from_ref(&__iid3);
        let __r = lpObjectDst;
        let __a4: crate::LPVOID = __r.as_raw().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .CopyMsgService)(
                self.as_raw().cast(),
                __a0,
                __a1,
                __a2,
                __a3,
                __a4,
                ulUIParam,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn rename_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminReservedFlags,
        lpszDisplayName: &str,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __b2 = crate::__private::call::str_in(lpszDisplayName, false)?;
        let __s = &__b2;
        let __a2: crate::LPSTR = __s.as_ptr().cast_mut().cast();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .RenameMsgService)(self.as_raw().cast(), __a0, ulFlags.bits(), __a2)
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn configure_msg_service(
        &self,
        lpUID: &crate::MAPIUID,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: crate::MsgServiceAdminConfigureMsgServiceFlags,
        lpProps: ::core::option::Option<&[crate::value::Prop]>,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __b4 = match lpProps {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(crate::__private::call::props_in(__t)?)
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let (__a4, __a3): (crate::LPSPropValue, crate::ULONG) = match &__b4 {
            ::core::option::Option::Some(__s) => (__s.as_ptr().cast_mut(), __s.count()),
            ::core::option::Option::None => (::core::ptr::null_mut(), 0),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .ConfigureMsgService)(
                self.as_raw().cast(),
                __a0,
                ulUIParam,
                ulFlags.bits(),
                __a3,
                __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn open_profile_section<U: crate::Interface>(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminOpenProfileSectionFlags,
    ) -> ::core::result::Result<crate::ComPtr<U>, crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let __iid1: crate::GUID = <U as crate::Interface>::IID;
        let __a1: crate::LPCIID = ::core::ptr::from_ref(&__iid1);
        let mut __a3: crate::LPPROFSECT = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .OpenProfileSection)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
                &mut __a3,
            )
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of the interface whose IID was passed (`U::IID`), or null.
        let __r3 = unsafe { crate::ComPtr::<U>::from_raw(__a3.cast()) };
        let __r3 = __r3.ok_or(crate::Hresult(crate::E_NOINTERFACE))?;
        ::core::result::Result::Ok(__r3)
    }
    fn msg_service_transport_order(
        &self,
        lpUIDList: &[crate::MAPIUID],
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __s = lpUIDList;
        let (__a1, __a0): (crate::LPMAPIUID, crate::ULONG) = (
            __s.as_ptr().cast_mut(),
            <crate::ULONG as ::core::convert::TryFrom<usize>>::try_from(__s.len())
                .map_err(|_| crate::Hresult(crate::MAPI_E_INVALID_PARAMETER))?,
        );
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .MsgServiceTransportOrder)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulFlags.bits(),
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn admin_providers(
        &self,
        lpUID: &crate::MAPIUID,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IProviderAdmin>, crate::Hresult> {
        let __r = lpUID;
        let __a0: crate::LPMAPIUID = ::core::ptr::from_ref(__r).cast_mut();
        let mut __a2: crate::LPPROVIDERADMIN = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .AdminProviders)(self.as_raw().cast(), __a0, ulFlags.bits(), &mut __a2)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r2 = unsafe { crate::ComPtr::<crate::IProviderAdmin>::from_raw(__a2) };
        let __r2 = __r2.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r2)
    }
    fn set_primary_identity(
        &self,
        lpUID: ::core::option::Option<&crate::MAPIUID>,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<(), crate::Hresult> {
        let __a0: crate::LPMAPIUID = match lpUID {
            ::core::option::Option::Some(__r) => ::core::ptr::from_ref(__r).cast_mut(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .SetPrimaryIdentity)(self.as_raw().cast(), __a0, ulFlags.bits())
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(())
    }
    fn get_provider_table(
        &self,
        ulFlags: crate::MsgServiceAdminReservedFlags,
    ) -> ::core::result::Result<crate::ComPtr<crate::IMAPITable>, crate::Hresult> {
        let mut __a1: crate::LPMAPITABLE = ::core::ptr::null_mut();
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .GetProviderTable)(self.as_raw().cast(), ulFlags.bits(), &mut __a1)
        };
        crate::Hresult(__hr).ok()?;
        // SAFETY: on success the object handed over one reference to a live
        // object of this interface, or null.
        let __r1 = unsafe { crate::ComPtr::<crate::IMAPITable>::from_raw(__a1) };
        let __r1 = __r1.ok_or(crate::Hresult(crate::MAPI_E_CALL_FAILED))?;
        ::core::result::Result::Ok(__r1)
    }
    fn create_msg_service_ex(
        &self,
        lpszService: &str,
        lpszDisplayName: ::core::option::Option<&str>,
        ulUIParam: crate::ULONG_PTR,
        ulFlags: MsgServiceAdmin2CreateMsgServiceFlags,
    ) -> ::core::result::Result<crate::MAPIUID, crate::Hresult> {
        let __b0 = crate::__private::call::str_in(
            lpszService,
            (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
        )?;
        let __s = &__b0;
        let __a0: crate::LPTSTR = __s.as_ptr().cast_mut().cast();
        let __b1 = match lpszDisplayName {
            ::core::option::Option::Some(__t) => {
                ::core::option::Option::Some(
                    crate::__private::call::str_in(
                        __t,
                        (ulFlags.bits() & crate::MAPI_UNICODE) != 0,
                    )?,
                )
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __a1: crate::LPTSTR = match &__b1 {
            ::core::option::Option::Some(__s) => __s.as_ptr().cast_mut().cast(),
            ::core::option::Option::None => ::core::ptr::null_mut(),
        };
        // SAFETY: generated C types are plain data (integers, arrays, raw and
        // function pointers): all zero is valid.
        let mut __a4: crate::MAPIUID = unsafe { ::core::mem::zeroed::<crate::MAPIUID>() };
        // SAFETY: `self` is live and its vtable begins with this interface's
        // (`T: Inherits<..>`); every pointer argument is a local, a reference,
        // a slice or a `ComPtr` that outlives the call, or a raw pointer the
        // caller vouches for (see `# Safety`).
        let __hr = unsafe {
            (self
                .base_vtable::<IMsgServiceAdmin2>()
                .CreateMsgServiceEx)(
                self.as_raw().cast(),
                __a0,
                __a1,
                ulUIParam,
                ulFlags.bits(),
                &mut __a4,
            )
        };
        crate::Hresult(__hr).ok()?;
        ::core::result::Result::Ok(__a4)
    }
}
