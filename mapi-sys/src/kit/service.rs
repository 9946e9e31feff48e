//! Message services: one declaration ([`MessageService`]) gives both the
//! service's `ServiceEntry` (exported by
//! [`service_entry!`](crate::service_entry)) and its `mapisvc.inf`
//! sections ([`MessageService::mapisvc_inf`]).

use crate::value::{Allocator, Prop, PropRef, PropTag, PropValue};
use crate::{
    ComPtr, FlagSet, HRESULT, Hresult, IMAPIPropExt, IMAPISupport, IMAPITableExt, IProfSect,
    IProviderAdminExt, LPMAPIERROR, LPMAPISUP, LPPROVIDERADMIN, LPSPropValue, MAPI_E_CALL_FAILED,
    MAPI_E_INVALID_PARAMETER, MAPI_E_NO_SUPPORT, MAPI_E_UNCONFIGURED, MAPI_MODIFY,
    MAPIPropGetPropsFlags, MAPITableQueryRowsFlags, MAPITableSetColumnsFlags, MsgServiceEntryFlags,
    PR_PROVIDER_UID, ProviderAdminGetProviderTableFlags, ProviderAdminOpenProfileSectionFlags,
    ULONG, ULONG_PTR,
};
use std::fmt::Write as _;

/// What MAPI is doing when it calls `ServiceEntry` (`ulContext`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ServiceContext {
    /// `MSG_SERVICE_INSTALL`: the service was installed on the machine.
    Install,
    /// `MSG_SERVICE_CREATE`: the service is being added to a profile.
    Create,
    /// `MSG_SERVICE_CONFIGURE`: its configuration in the profile changes.
    Configure,
    /// `MSG_SERVICE_DELETE`: it is being removed from a profile.
    Delete,
    /// `MSG_SERVICE_UNINSTALL`: it is being uninstalled.
    Uninstall,
    /// `MSG_SERVICE_PROVIDER_CREATE`: add a provider to the service.
    ProviderCreate,
    /// `MSG_SERVICE_PROVIDER_DELETE`: remove a provider from the service.
    ProviderDelete,
}

impl ServiceContext {
    /// The context of `ulContext`; `None` for a value MAPI does not define.
    pub fn from_raw(context: ULONG) -> Option<ServiceContext> {
        Some(match context {
            crate::MSG_SERVICE_INSTALL => ServiceContext::Install,
            crate::MSG_SERVICE_CREATE => ServiceContext::Create,
            crate::MSG_SERVICE_CONFIGURE => ServiceContext::Configure,
            crate::MSG_SERVICE_DELETE => ServiceContext::Delete,
            crate::MSG_SERVICE_UNINSTALL => ServiceContext::Uninstall,
            crate::MSG_SERVICE_PROVIDER_CREATE => ServiceContext::ProviderCreate,
            crate::MSG_SERVICE_PROVIDER_DELETE => ServiceContext::ProviderDelete,
            _ => return None,
        })
    }
}

/// One property the service is configured with: accepted in `lpProps` of
/// `MSG_SERVICE_CREATE`/`MSG_SERVICE_CONFIGURE` and stored in the profile
/// section of each of the service's providers.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfigProp {
    /// The property (its type is checked against the values given).
    pub tag: PropTag,
    /// Written when the service is created without a value for it.
    pub default: Option<PropValue>,
    /// Whether the service cannot work without it: configuring leaves it
    /// `MAPI_E_UNCONFIGURED` until it has a value.
    pub required: bool,
}

/// One provider of the service: a section of `mapisvc.inf` that MAPI turns
/// into a provider profile section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProviderSection {
    /// The section's name in `mapisvc.inf` (`SAMPLE_MS`).
    pub section: String,
    /// `PR_RESOURCE_TYPE` (`MAPI_STORE_PROVIDER`, `MAPI_AB_PROVIDER`,
    /// `MAPI_TRANSPORT_PROVIDER`), by name.
    pub resource_type: String,
    /// `PR_RESOURCE_FLAGS` by name (`STATUS_DEFAULT_STORE`), or empty.
    pub resource_flags: Vec<String>,
    /// `PR_DISPLAY_NAME`.
    pub display_name: String,
    /// `PR_PROVIDER_DISPLAY`.
    pub provider_display: String,
    /// Further `PR_*=value` lines (`PR_MDB_PROVIDER` for a store: its
    /// provider GUID as 32 hex digits).
    pub extra: Vec<(String, String)>,
}

/// A message service's declaration.
///
/// ```
/// use mapi_sys::kit::{ConfigProp, MessageService, ProviderSection};
/// use mapi_sys::value::{PropTag, PropValue};
///
/// let service = MessageService {
///     name: "SAMPLE".into(),
///     display_name: "Sample Message Store".into(),
///     dll_base: "sample".into(), // built as sample32.dll
///     entry_name: "ServiceEntry".into(),
///     resource_flags: vec!["SERVICE_SINGLE_COPY".into()],
///     providers: vec![ProviderSection {
///         section: "SAMPLE_MS".into(),
///         resource_type: "MAPI_STORE_PROVIDER".into(),
///         resource_flags: vec!["STATUS_DEFAULT_STORE".into()],
///         display_name: "Sample Message Store".into(),
///         provider_display: "Sample Message Store".into(),
///         extra: vec![],
///     }],
///     config: vec![ConfigProp {
///         tag: PropTag(mapi_sys::PR_DISPLAY_NAME_W),
///         default: Some(PropValue::unicode("Sample")),
///         required: true,
///     }],
/// };
/// let inf = service.mapisvc_inf()?;
/// assert!(inf.starts_with("[Services]\nSAMPLE=Sample Message Store\n"));
/// assert!(inf.contains("PR_SERVICE_DLL_NAME=sample.dll\n"));
/// # Ok::<(), String>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct MessageService {
    /// The service's name: its key under `[Services]` and its section.
    pub name: String,
    /// `PR_DISPLAY_NAME` of the service.
    pub display_name: String,
    /// The DLL's base name without `32` and extension (`sample` for
    /// `sample32.dll`): MAPI appends `32` to what `mapisvc.inf` says.
    pub dll_base: String,
    /// The exported `ServiceEntry` function's name (`PR_SERVICE_ENTRY_NAME`).
    pub entry_name: String,
    /// `PR_RESOURCE_FLAGS` of the service by name (`SERVICE_SINGLE_COPY`).
    pub resource_flags: Vec<String>,
    /// The providers, one section each.
    pub providers: Vec<ProviderSection>,
    /// The configuration properties.
    pub config: Vec<ConfigProp>,
}

fn is_name(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.')
}

fn one_line(what: &str, s: &str) -> Result<(), String> {
    if s.contains(['\n', '\r', '[', ']']) {
        Err(format!("{what} `{s}` must be one line without brackets"))
    } else {
        Ok(())
    }
}

impl MessageService {
    /// The service's `mapisvc.inf` sections: its line under `[Services]`,
    /// its own section, and one per provider, as text to merge into the
    /// system's `mapisvc.inf` (by an installer, or `MergeWithMAPISVC`).
    ///
    /// Errors name what cannot go in the file: a section or DLL name that
    /// is not a plain name, a DLL base name ending in `32` (MAPI appends
    /// it), a value on several lines.
    pub fn mapisvc_inf(&self) -> Result<String, String> {
        for (what, s) in [
            ("service name", &self.name),
            ("DLL base name", &self.dll_base),
        ]
        .into_iter()
        .chain(
            self.providers
                .iter()
                .map(|p| ("provider section", &p.section)),
        ) {
            if !is_name(s) {
                return Err(format!(
                    "{what} `{s}` must be letters, digits, `_`, `-` or `.`"
                ));
            }
        }
        if self.dll_base.ends_with("32") {
            return Err(format!(
                "DLL base name `{}` ends in 32: MAPI appends 32 itself (name the file `{}32.dll` and give `{}`)",
                self.dll_base,
                self.dll_base.trim_end_matches("32"),
                self.dll_base.trim_end_matches("32")
            ));
        }
        if self.providers.is_empty() {
            return Err("a message service needs at least one provider".into());
        }
        one_line("display name", &self.display_name)?;
        one_line("entry name", &self.entry_name)?;
        let dll = format!("{}.dll", self.dll_base);
        let mut out = String::new();
        let _ = writeln!(out, "[Services]\n{}={}\n", self.name, self.display_name);
        let _ = writeln!(out, "[{}]", self.name);
        let _ = writeln!(out, "PR_DISPLAY_NAME={}", self.display_name);
        let sections: Vec<&str> = self.providers.iter().map(|p| p.section.as_str()).collect();
        let _ = writeln!(out, "Providers={}", sections.join(", "));
        let _ = writeln!(out, "PR_SERVICE_DLL_NAME={dll}");
        let _ = writeln!(out, "PR_SERVICE_ENTRY_NAME={}", self.entry_name);
        if !self.resource_flags.is_empty() {
            let _ = writeln!(out, "PR_RESOURCE_FLAGS={}", self.resource_flags.join("|"));
        }
        for p in &self.providers {
            for (what, s) in [
                ("display name", &p.display_name),
                ("provider display", &p.provider_display),
                ("resource type", &p.resource_type),
            ] {
                one_line(what, s)?;
            }
            let _ = writeln!(out, "\n[{}]", p.section);
            let _ = writeln!(out, "PR_PROVIDER_DLL_NAME={dll}");
            let _ = writeln!(out, "PR_RESOURCE_TYPE={}", p.resource_type);
            if !p.resource_flags.is_empty() {
                let _ = writeln!(out, "PR_RESOURCE_FLAGS={}", p.resource_flags.join("|"));
            }
            let _ = writeln!(out, "PR_DISPLAY_NAME={}", p.display_name);
            let _ = writeln!(out, "PR_PROVIDER_DISPLAY={}", p.provider_display);
            for (k, v) in &p.extra {
                if !is_name(k) {
                    return Err(format!("property name `{k}` must be a plain name"));
                }
                one_line(k, v)?;
                let _ = writeln!(out, "{k}={v}");
            }
        }
        Ok(out)
    }

    /// What `ServiceEntry` does by default for `call` (the
    /// [`service_entry!`](crate::service_entry) function runs it when no
    /// hook of the author's handles the call):
    ///
    /// - `Create` and `Configure` check the values given against
    ///   [`MessageService::config`] (an undeclared property or a value of
    ///   another type: `MAPI_E_INVALID_PARAMETER`), fill in defaults at
    ///   creation, and write them to the profile section of every provider
    ///   of the service; a required property still missing afterwards is
    ///   `MAPI_E_UNCONFIGURED` (this kit shows no dialog);
    /// - `Install`, `Uninstall` and `Delete` succeed;
    /// - `ProviderCreate` and `ProviderDelete` are `MAPI_E_NO_SUPPORT`.
    pub fn run(&self, call: &ServiceCall<'_>) -> Result<(), Hresult> {
        match call.context {
            ServiceContext::Install | ServiceContext::Uninstall | ServiceContext::Delete => Ok(()),
            ServiceContext::ProviderCreate | ServiceContext::ProviderDelete => {
                Err(Hresult(MAPI_E_NO_SUPPORT))
            }
            ServiceContext::Create | ServiceContext::Configure => self.configure(call),
        }
    }

    fn configure(&self, call: &ServiceCall<'_>) -> Result<(), Hresult> {
        let invalid = || Hresult(MAPI_E_INVALID_PARAMETER);
        let mut values: Vec<Prop> = Vec::new();
        for v in call.props {
            let decl = self
                .config
                .iter()
                .find(|c| c.tag.id() == v.tag.id())
                .ok_or_else(invalid)?;
            let p = v.to_prop()?;
            if p.tag().prop_type() != decl.tag.prop_type() {
                return Err(invalid());
            }
            values.push(p);
        }
        if call.context == ServiceContext::Create {
            for c in &self.config {
                if let Some(d) = c
                    .default
                    .as_ref()
                    .filter(|_| !values.iter().any(|v| v.tag().id() == c.tag.id()))
                {
                    values.push(Prop::new(c.tag, d.clone()));
                }
            }
        }
        let required: Vec<PropTag> = self
            .config
            .iter()
            .filter(|c| c.required)
            .map(|c| c.tag)
            .collect();
        // Every section is written before any is checked, so that each
        // provider sees the same configuration whatever the answer.
        let sections = call.provider_sections()?;
        if !values.is_empty() {
            for section in &sections {
                // A section that refuses a value leaves the service
                // unconfigured: its reason is the answer.
                if let Some(problems) = section.set_props(&call.alloc, &values)? {
                    if let Some(p) = problems.problems()?.first() {
                        return Err(p.scode);
                    }
                }
            }
        }
        if !required.is_empty() {
            for section in &sections {
                let have = section.get_props(
                    &call.alloc,
                    Some(&required),
                    MAPIPropGetPropsFlags::empty(),
                )?;
                if have.to_props()?.iter().any(Prop::is_error) {
                    return Err(Hresult(MAPI_E_UNCONFIGURED));
                }
            }
        }
        Ok(())
    }
}

/// One call of `ServiceEntry`, checked: what MAPI is doing, its flags and
/// values, and the objects to reach the profile with.
pub struct ServiceCall<'a> {
    /// What MAPI is doing.
    pub context: ServiceContext,
    /// The call's options (`SERVICE_UI_ALLOWED`, `MAPI_UNICODE`, ...).
    pub flags: MsgServiceEntryFlags,
    /// The configuration values given (`lpProps`), if any.
    pub props: &'a [PropRef<'a>],
    /// The parent window for a dialog (`ulUIParam`), or 0.
    pub ui_param: ULONG_PTR,
    /// The support object.
    pub support: ComPtr<IMAPISupport>,
    /// The provider administration object of the service.
    pub admin: ComPtr<crate::IProviderAdmin>,
    /// MAPI's allocator, from the support object.
    pub alloc: Allocator,
}

impl ServiceCall<'_> {
    /// The profile sections of the service's providers, opened for writing.
    pub fn provider_sections(&self) -> Result<Vec<ComPtr<IProfSect>>, Hresult> {
        let table = self
            .admin
            .get_provider_table(ProviderAdminGetProviderTableFlags::empty())?;
        table.set_columns(
            &[PropTag(PR_PROVIDER_UID)],
            MAPITableSetColumnsFlags::empty(),
        )?;
        let rows = table.query_rows(&self.alloc, 1000, MAPITableQueryRowsFlags::empty())?;
        let mut out = Vec::new();
        for row in rows.rows()?.to_rows()? {
            let uid = row
                .iter()
                .find_map(|p| match p.value() {
                    PropValue::Binary(b) if p.tag().id() == PropTag(PR_PROVIDER_UID).id() => {
                        <[u8; 16]>::try_from(b.as_slice()).ok()
                    }
                    _ => None,
                })
                .ok_or(Hresult(MAPI_E_CALL_FAILED))?;
            let uid = crate::MAPIUID { ab: uid };
            out.push(self.admin.open_profile_section::<IProfSect>(
                Some(&uid),
                ProviderAdminOpenProfileSectionFlags::from_bits_retain(MAPI_MODIFY),
            )?);
        }
        Ok(out)
    }
}

/// The body of the `ServiceEntry` function [`service_entry!`](crate::service_entry)
/// exports: checks MAPI's arguments, then runs `hook` (the author's
/// handling, `None` to fall back on [`MessageService::run`]).
///
/// Answers `MAPI_E_INVALID_PARAMETER` for a null support or provider
/// administration object or bad values, `MAPI_E_UNKNOWN_FLAGS` for
/// undeclared flags, `MAPI_E_NO_SUPPORT` for an unknown context, and
/// `MAPI_E_CALL_FAILED` if the hook panics; `*lppMapiError` is null.
///
/// # Safety
/// MAPI's arguments: `support` and `admin` null or live objects,
/// `props` null or `count` readable values, `error` null or writable.
#[allow(clippy::too_many_arguments)] // the entry point's, one to one
pub unsafe fn service_entry(
    support: LPMAPISUP,
    ui_param: ULONG_PTR,
    flags: ULONG,
    context: ULONG,
    count: ULONG,
    props: LPSPropValue,
    admin: LPPROVIDERADMIN,
    error: *mut LPMAPIERROR,
    service: impl FnOnce() -> MessageService,
    hook: impl FnOnce(&MessageService, &ServiceCall<'_>) -> Option<Result<(), Hresult>>,
) -> HRESULT {
    if !error.is_null() {
        // SAFETY: checked non-null; writable (the contract).
        unsafe { error.write(core::ptr::null_mut()) };
    }
    let flags = match MsgServiceEntryFlags::check_input(flags) {
        Ok(f) => f,
        Err(e) => return e.0,
    };
    let Some(context) = ServiceContext::from_raw(context) else {
        return MAPI_E_NO_SUPPORT;
    };
    // SAFETY: null or live objects (the contract); references of our own.
    let (support, admin) =
        unsafe { (ComPtr::from_borrowed(support), ComPtr::from_borrowed(admin)) };
    let (Some(support), Some(admin)) = (support, admin) else {
        return MAPI_E_INVALID_PARAMETER;
    };
    let values = if props.is_null() {
        Vec::new()
    } else {
        // SAFETY: `count` readable values (the contract); the view checks them.
        match unsafe { PropRef::slice_from_raw(props, count) } {
            Ok(v) => v,
            Err(e) => return Hresult::from(e).0,
        }
    };
    let run = || -> Result<(), Hresult> {
        let call = ServiceCall {
            context,
            flags,
            props: &values,
            ui_param,
            alloc: Allocator::from_support(&support)?,
            support: support.clone(),
            admin: admin.clone(),
        };
        let service = service();
        match hook(&service, &call) {
            Some(r) => r,
            None => service.run(&call),
        }
    };
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(run)) {
        Ok(Ok(())) => 0,
        Ok(Err(e)) => e.0,
        Err(_) => MAPI_E_CALL_FAILED,
    }
}

/// Exports a message service's entry point, `ServiceEntry`
/// (`MSGSERVICEENTRY`), from the service's declaration (an expression
/// giving a [`MessageService`](crate::kit::MessageService)) and, optionally,
/// a hook that handles some calls itself (returning `Some`) and leaves the
/// rest to [`MessageService::run`](crate::kit::MessageService::run)
/// (returning `None`).
///
/// ```
/// use mapi_sys::kit::{MessageService, ProviderSection, ServiceContext};
///
/// fn my_service() -> MessageService {
///     MessageService {
///         name: "MY_STORE".into(),
///         display_name: "My Store".into(),
///         dll_base: "mystore".into(),
///         entry_name: "ServiceEntry".into(),
///         resource_flags: vec![],
///         providers: vec![ProviderSection {
///             section: "MY_STORE_MS".into(),
///             resource_type: "MAPI_STORE_PROVIDER".into(),
///             resource_flags: vec![],
///             display_name: "My Store".into(),
///             provider_display: "My Store".into(),
///             extra: vec![],
///         }],
///         config: vec![],
///     }
/// }
///
/// // Deleting the service from a profile also forgets its local data;
/// // everything else is the kit's default handling.
/// mapi_sys::service_entry!(my_service(), |_service: &MessageService, call: &mapi_sys::kit::ServiceCall<'_>| {
///     match call.context {
///         ServiceContext::Delete => Some(Ok(())),
///         _ => None,
///     }
/// });
/// ```
#[macro_export]
macro_rules! service_entry {
    ($service:expr) => {
        $crate::service_entry!($service, |_, _| ::core::option::Option::None);
    };
    ($service:expr, $hook:expr) => {
        /// The message service's entry point, exported by `mapi_sys`'s
        /// provider kit from the service's declaration.
        ///
        /// # Safety
        /// Called by MAPI with the documented arguments.
        #[unsafe(no_mangle)]
        #[allow(non_snake_case)] // the parameter names of the MAPI reference
        pub unsafe extern "system" fn ServiceEntry(
            hInstance: $crate::HINSTANCE,
            lpMalloc: $crate::LPMALLOC,
            lpMAPISup: $crate::LPMAPISUP,
            ulUIParam: $crate::ULONG_PTR,
            ulFlags: $crate::ULONG,
            ulContext: $crate::ULONG,
            cValues: $crate::ULONG,
            lpProps: $crate::LPSPropValue,
            lpProviderAdmin: $crate::LPPROVIDERADMIN,
            lppMapiError: *mut $crate::LPMAPIERROR,
        ) -> $crate::HRESULT {
            let _ = (hInstance, lpMalloc);
            // SAFETY: MAPI's arguments, forwarded (this function's contract).
            unsafe {
                $crate::kit::__service_entry(
                    lpMAPISup,
                    ulUIParam,
                    ulFlags,
                    ulContext,
                    cValues,
                    lpProps,
                    lpProviderAdmin,
                    lppMapiError,
                    || $service,
                    $hook,
                )
            }
        }
        // The exported function has exactly the documented signature.
        const _: $crate::MSGSERVICEENTRY = ServiceEntry;
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service() -> MessageService {
        MessageService {
            name: "SAMPLE".into(),
            display_name: "Sample".into(),
            dll_base: "sample".into(),
            entry_name: "ServiceEntry".into(),
            resource_flags: vec![],
            providers: vec![ProviderSection {
                section: "SAMPLE_MS".into(),
                resource_type: "MAPI_STORE_PROVIDER".into(),
                resource_flags: vec![
                    "STATUS_DEFAULT_STORE".into(),
                    "STATUS_NO_DEFAULT_STORE".into(),
                ],
                display_name: "Sample".into(),
                provider_display: "Sample Store".into(),
                extra: vec![(
                    "PR_MDB_PROVIDER".into(),
                    "00112233445566778899AABBCCDDEEFF".into(),
                )],
            }],
            config: vec![],
        }
    }

    #[test]
    fn mapisvc_inf_has_the_services_line_and_a_section_per_provider() {
        let inf = service().mapisvc_inf().expect("valid");
        assert_eq!(
            inf,
            "[Services]\nSAMPLE=Sample\n\n[SAMPLE]\nPR_DISPLAY_NAME=Sample\nProviders=SAMPLE_MS\nPR_SERVICE_DLL_NAME=sample.dll\nPR_SERVICE_ENTRY_NAME=ServiceEntry\n\n[SAMPLE_MS]\nPR_PROVIDER_DLL_NAME=sample.dll\nPR_RESOURCE_TYPE=MAPI_STORE_PROVIDER\nPR_RESOURCE_FLAGS=STATUS_DEFAULT_STORE|STATUS_NO_DEFAULT_STORE\nPR_DISPLAY_NAME=Sample\nPR_PROVIDER_DISPLAY=Sample Store\nPR_MDB_PROVIDER=00112233445566778899AABBCCDDEEFF\n"
        );
    }

    #[test]
    fn what_cannot_go_in_mapisvc_inf_is_an_error_that_says_why() {
        let mut s = service();
        s.dll_base = "sample32".into();
        assert!(
            s.mapisvc_inf()
                .expect_err("refused")
                .contains("MAPI appends 32")
        );
        let mut s = service();
        s.name = "two words".into();
        assert!(
            s.mapisvc_inf()
                .expect_err("refused")
                .contains("service name")
        );
        let mut s = service();
        s.display_name = "a\n[b]".into();
        assert!(s.mapisvc_inf().expect_err("refused").contains("one line"));
        let mut s = service();
        s.providers.clear();
        assert!(
            s.mapisvc_inf()
                .expect_err("refused")
                .contains("at least one provider")
        );
    }
}
