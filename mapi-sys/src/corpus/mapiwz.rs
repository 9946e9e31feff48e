// `idl/mapi/mapiwz.idl` as Rust, included by `mod.rs`.
/// A window message of the profile wizard: asks a provider how many pages it adds (`WM_USER + 10`).
pub const WIZ_QUERYNUMPAGES: crate::ULONG = 0x40A;
/// A window message of the profile wizard: go to the next page (`WM_USER + 11`).
pub const WIZ_NEXT: crate::ULONG = 0x40B;
/// A window message of the profile wizard: go to the previous page (`WM_USER + 12`).
pub const WIZ_PREV: crate::ULONG = 0x40C;
/// A flag of `LaunchWizard`: first profile.
pub const MAPI_PW_FIRST_PROFILE: crate::ULONG = 1;
/// A flag of `LaunchWizard`: launched by config.
pub const MAPI_PW_LAUNCHED_BY_CONFIG: crate::ULONG = 2;
/// A flag of `LaunchWizard`: add service only.
pub const MAPI_PW_ADD_SERVICE_ONLY: crate::ULONG = 4;
/// A flag of `LaunchWizard`: provider UI only.
pub const MAPI_PW_PROVIDER_UI_ONLY: crate::ULONG = 8;
/// A flag of `LaunchWizard`: hide services list.
pub const MAPI_PW_HIDE_SERVICES_LIST: crate::ULONG = 0x10;
/// Set by a provider in the profile: the wizard does not show the personal folders page.
pub const PR_WIZARD_NO_PST_PAGE: u32 = 0x6700000B;
/// Set by a provider in the profile: the wizard does not show the personal address book page.
pub const PR_WIZARD_NO_PAB_PAGE: u32 = 0x6701000B;
/// The exported name of the profile wizard's entry point, `LAUNCHWIZARD`.
pub const LAUNCHWIZARDENTRYNAME: &::core::ffi::CStr = c"LAUNCHWIZARD";
