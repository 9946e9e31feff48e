//! Raw MAPI declarations, generated at build time from the `mapi-idl`
//! corpus: no build script, no checked-in generated file, the same on every
//! OS.
//!
//! Items keep their C names, so the MAPI reference maps one-to-one:
//!
//! - per interface, the object layout ([`IMAPIFolder`]: vtable pointer
//!   first), its vtable ([`IMAPIFolderVtbl`]: the base's slots first, then
//!   its own in order, each an `unsafe extern "system" fn`), and its IID
//!   ([`IID_IMAPIFolder`]);
//! - constants with their C types: [`MAPI_E_NOT_FOUND`], [`KEEP_OPEN_READONLY`],
//!   [`PT_LONG`], and every property tag with its `_A`/`_W` forms
//!   ([`PR_SUBJECT`], [`PR_SUBJECT_A`], [`PR_SUBJECT_W`]);
//! - `#[repr(C)]` structs and unions laid out as the MAPI headers lay them
//!   out on x86_64 and i686 Windows ([`SPropValue`], [`ENTRYID`], ...);
//! - a typed flag set per flag group ([`MAPIPropSaveChangesFlags`]);
//! - with feature `client`: per interface, caller methods on [`ComPtr`]
//!   (`IMAPIFolderExt`: `folder.create_message::<IMessage>(flags)?`, slices for
//!   counted buffers, `Result<_, Hresult>`), for the interface and every one
//!   derived from it ([`Inherits`]);
//! - with feature `provider`: per interface the provider trait
//!   (`IMsgStoreImpl`, every method defaulting to `MAPI_E_NO_SUPPORT`) and
//!   the vtable of argument-checking thunks that the derives
//!   [`ComObject`](derive@ComObject) and [`MsgStore`](derive@MsgStore) build
//!   objects from;
//! - a small runtime: [`Hresult`], [`ComPtr`], [`Interface`], [`Inherits`];
//! - [`value`]: MAPI values and memory as Rust types: the allocator and
//!   owners of MAPI memory, property tags and values, views of a peer's
//!   structures that never cause UB on bad input, and writers that lay
//!   values out in MAPI memory;
//! - with feature `kit` (which implies `provider`): the provider kit ([`kit`]: exported entry
//!   points, property bags and `IMAPIProp` over them, `IMAPITable` over a
//!   row source, restrictions, advise sinks, the stores a provider has
//!   open, entry identifiers, deferred effects, and with `client` message
//!   services);
//! - [`ComWeak`]: weak references to derived objects.
//!
//! Without features the crate is the raw declarations of the core alone,
//! which build fastest.
//!
//! # Areas
//!
//! Pay only for what you use: the corpus is cut into areas (`#pragma area`
//! in its IDL files), each a Cargo feature. The core (the files without an
//! area: properties, tables, containers, folders, messages, attachments,
//! status objects, `IMAPISupport` and everything it names) is always built;
//! each feature adds its area's items, and the items of other areas they
//! refer to.
//!
//! | feature | what it adds |
//! |---|---|
//! | `store` | `IMsgStore`, `IMSProvider`, `IMSLogon`, `IMSCapabilities`, `IMAPIProviderShutdown`, the store entry point (`MSPROVIDERINIT`, `ms_provider_init!`), `#[derive(MsgStore)]` |
//! | `address-book` | `IABProvider`, `IABLogon`, `IABContainer`, `IMailUser`, `IDistList`, `ab_provider_init!` |
//! | `transport` | `IXPProvider`, `IXPLogon`, `xp_provider_init!` |
//! | `hook` | messaging hooks: `ISpoolerHook`, `HPProviderInit`'s type |
//! | `session` | a client's session: `IMAPISession`, `IProfAdmin`, `IMsgServiceAdmin`, `IMsgServiceAdmin2`, `MAPILogonEx`'s types |
//! | `forms` | `IMAPIForm` and the form interfaces, `value`'s form structures |
//! | `exchange` | Exchange's interfaces: incremental synchronization (`IExchangeExportChanges`, `IExchangeImport*Changes`), `IExchangeManageStore`, rule and permission tables, `value`'s read states and row lists; Exchange's constants (`PR_EMS_AB_*`, store, ICS, rule and profile properties) |
//! | `outlook` | Outlook's account API (`IOlkAccountManager`, ...), `value::AcctValue` |
//! | `mime` | Outlook's MIME library (`mimeole.h`): `IMimeMessage`, `IMimeMessageTree`, `IMimeBody`, `IMimePropertySet`, `IMimeAllocator`, `IMimeSecurity` and the rest, `IFontCache`, `IHashTable`, the monikers they take; `value`'s `PropVariant`, `Bstr` and MIME records; its constants |
//! | `tnef` | `ITnef`, its constants, `value`'s TNEF problem arrays |
//! | `simple-mapi` | Simple MAPI's constants |
//! | `full` | every area |
//!
//! A store provider asks for `features = ["kit", "client", "store"]` (the
//! provider side, the kit, the caller side for the support object) and
//! compiles the core and the store interfaces, nothing else. Naming an
//! item of an area that is off fails with rustc's "configured out" note;
//! the derives, the entry-point macros and IDL files imported with
//! [`include_idl!`] say which feature to enable.
//!
//! ```
//! use mapi_sys::*;
//!
//! let flags = MAPIPropSaveChangesFlags::KEEP_OPEN_READONLY;
//! assert_eq!(flags.bits(), KEEP_OPEN_READONLY);
//! assert_eq!(format!("{flags:?}"), "KEEP_OPEN_READONLY");
//! assert_eq!(PR_SUBJECT_A, 0x0037_001E);
//! assert_eq!(Hresult(MAPI_E_NOT_FOUND).to_string(), "MAPI_E_NOT_FOUND (0x8004010F)");
//! assert_eq!(Hresult(E_FAIL).to_string(), "MAPI_E_CALL_FAILED (E_FAIL, 0x80004005)");
//! assert_eq!(<IMAPIFolder as Interface>::IID, IID_IMAPIFolder);
//! ```

// The derives name this crate `::mapi_sys`, also from inside it (the kit's
// objects).
extern crate self as mapi_sys;

#[cfg(feature = "kit")]
pub mod kit;
mod runtime;
pub mod value;

pub use mapi_derive::{ComObject, MsgStore, include_idl};
pub use runtime::*;

// The layout asserts (every struct's size, alignment and offsets, every
// vtable's size, per target) check the generator against rustc; CI builds
// them (feature `layout-asserts`), users need not pay for them.
#[cfg(feature = "layout-asserts")]
mapi_derive::include_idl!(
    "<mapi>",
    sys = crate,
    layout_asserts,
    hresult_names,
    feature_gates,
    area_gates
);
#[cfg(not(feature = "layout-asserts"))]
mapi_derive::include_idl!(
    "<mapi>",
    sys = crate,
    hresult_names,
    feature_gates,
    area_gates
);

/// `IID_IMAPISup`, the MAPI headers' name (`mapiguid.h`) for
/// [`IID_IMAPISupport`].
#[allow(non_upper_case_globals)] // the C name
pub const IID_IMAPISup: GUID = IID_IMAPISupport;
/// `IID_IAttachment`, the MAPI headers' name for [`IID_IAttach`].
#[allow(non_upper_case_globals)]
pub const IID_IAttachment: GUID = IID_IAttach;
/// `IID_IMAPITableData`, the MAPI headers' name for [`IID_ITableData`].
#[allow(non_upper_case_globals)]
pub const IID_IMAPITableData: GUID = IID_ITableData;
/// `IID_IMAPIPropData`, the MAPI headers' name for [`IID_IPropData`].
#[allow(non_upper_case_globals)]
pub const IID_IMAPIPropData: GUID = IID_IPropData;
/// `IID_ITNEF`, the MAPI headers' name (`mapiguid.h`) for [`IID_ITnef`].
#[cfg(feature = "tnef")]
pub const IID_ITNEF: GUID = IID_ITnef;

/// `HBODY_ROOT` (`mimeole.h`: `(HBODY)-1`): the root body of a message
/// tree, for `IMimeMessageTree` methods that take a body handle.
#[cfg(feature = "mime")]
pub const HBODY_ROOT: HBODY = HBODY(usize::MAX as *const HBODY__);

/// The README's Rust examples, compiled and run as doctests.
#[cfg(all(doctest, feature = "kit", feature = "client", feature = "store"))]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;
