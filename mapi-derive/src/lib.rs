//! Procedural macros for MAPI interfaces.
//!
//! - `include_idl!` (feature `include-idl`) expands an IDL file into raw Rust declarations
//!   (vtables, IIDs, constants, structs, flag sets), the same items
//!   `mapi-sys` has for the MAPI corpus.
//! - [`derive@ComObject`] makes a struct a COM object implementing the
//!   interfaces it lists; [`derive@MsgStore`] makes a MAPI message store,
//!   with the `IMsgStore::StoreLogoff` contract built in.

mod derive;
#[cfg(feature = "include-idl")]
mod include;

use proc_macro::TokenStream;

/// Expands an IDL file into Rust declarations.
///
/// ```ignore
/// mapi_derive::include_idl!("idl/my_provider.idl");
/// ```
///
/// The path is relative to the crate's `Cargo.toml`. Imports are searched
/// next to the importing file, then in the crate's directory, then in the
/// built-in MAPI corpus, so `import "mapidefs.idl";` works anywhere; items of
/// imported corpus files are not repeated but refer to `::mapi_sys`. Cargo
/// rebuilds the crate when any IDL file read changes. IDL errors become
/// compile errors that name the IDL file, line and column, one each; the
/// names the files declare stay defined (from the files as the parser
/// recovered them, or as stubs), so code using them is not reported too.
/// IDL warnings become compiler warnings at the path, also naming the IDL
/// file, line and column (reported as the use of a deprecated item, the one
/// way a stable proc macro has to warn; `#[allow(deprecated)]` silences
/// them).
///
/// Options after the path: `sys = PATH` (where the runtime and imported items
/// live, default `::mapi_sys`), `layout_asserts` (assert every struct's and
/// vtable's size and offsets at compile time), `hresult_names` (emit the
/// `HRESULT_NAMES` table), `feature_gates` (the provider side only with
/// cargo feature `provider`, the caller side only with `client`) and
/// `area_gates` (the items of a file with `#pragma area("name")` only with
/// cargo feature `name`, or with any feature whose area's items refer to
/// them). The path `"<mapi>"` names the whole built-in corpus.
///
/// A file that names items of an imported file with an area checks that
/// the crate declaring them was built with that area's feature: without
/// it, the error says which feature to enable (for the MAPI corpus, a
/// feature of `mapi-sys`, such as `store` for `import "msgstore.idl";`).
#[cfg(feature = "include-idl")]
#[proc_macro]
pub fn include_idl(input: TokenStream) -> TokenStream {
    include::include_idl(input.into()).into()
}

/// Makes a struct a COM object implementing the interfaces listed in
/// `#[mapi(implements(...))]`.
///
/// For each interface `IFoo`, the struct implements the provider trait
/// `IFooImpl` (every method defaults to `MAPI_E_NO_SUPPORT`), and those of
/// its bases; implementing the provider trait of an interface that is in no
/// listed interface's chain is a compile error (nothing would call it), as
/// is an inheritance chain deeper than 8 interfaces. The derive adds
/// `into_com()`, returning a [`ComPtr`] to the first interface, and
/// `into_raw()`. The object is `#[repr(C)]` with one vtable pointer per
/// interface first; its reference count is atomic and it is freed exactly
/// once. `QueryInterface` answers the IID of every interface in every listed
/// interface's inheritance chain (`IUnknown` included) and writes null with
/// `E_NOINTERFACE` otherwise. Every method checks its arguments as the IDL
/// says before calling the trait, and a panic becomes `MAPI_E_CALL_FAILED`.
///
/// Flag bits a flag group does not list are answered with
/// `MAPI_E_UNKNOWN_FLAGS`, unless the group is declared `unknown(keep)` in
/// the IDL. `#[mapi(unknown_flags = "keep")]` keeps them for every group of
/// the object (real hosts pass flags newer than any header, such as
/// Outlook's `MAPI_NO_CACHE` on `OpenEntry`); the implementation then sees
/// them in the flag value. `#[mapi(unknown_flags = "reject")]` rejects them
/// even where a group keeps them.
///
/// The struct must be `Send + Sync`: a MAPI host may call it from any thread.
///
/// Methods that hand MAPI memory to their caller (`GetProps`' values,
/// `GetLastError`'s `MAPIERROR`, `QueryRows`' rows, ...) take the values from
/// the implementation as Rust values and write them with the object's MAPI
/// allocator. `#[mapi(allocator = field)]` names the field holding it (a
/// `mapi_sys::value::Allocator`, made from `MSProviderInit`'s arguments or
/// with `Allocator::from_support`), or a path of fields to it
/// (`allocator = session.alloc`, through `Arc`s and other `Deref`s); a store without one uses its support
/// object's (`IMAPISupport::GetMemAllocRoutines`, at each call). Without
/// either, such methods answer `MAPI_E_CALL_FAILED`.
///
/// [`ComPtr`]: https://docs.rs/mapi-sys/latest/mapi_sys/struct.ComPtr.html
#[proc_macro_derive(ComObject, attributes(mapi))]
pub fn derive_com_object(input: TokenStream) -> TokenStream {
    derive::derive(input.into(), derive::Flavor::ComObject).into()
}

/// Makes a struct a MAPI message store: a COM object implementing
/// `IMsgStore` (and `IMAPIProp`, `IUnknown`), plus any interfaces in
/// `#[mapi(implements(...))]`.
///
/// `#[mapi(support = field)]` names the field holding the `IMAPISupport`
/// the host gave the provider (`ComPtr<IMAPISupport>` or
/// `Option<ComPtr<IMAPISupport>>`). The store keeps the contract of
/// `IMsgStore::StoreLogoff`: it saves the flags of each call (a later call
/// overwrites them), lets `IMsgStoreImpl::store_logoff` choose the output
/// flags if implemented, and when its reference count reaches zero calls
/// `IMAPISupport::StoreLogoffTransports` with the saved flags, or with
/// `LOGOFF_ABORT` if `StoreLogoff` was never called, before it is dropped.
/// `#[mapi(skip_logoff_transports)]` turns the release-time call off.
///
/// ```
/// use mapi_sys::*; // mapi-sys with features ["provider", "client"]
/// use std::sync::{Arc, Mutex};
///
/// /// A stand-in for the host's support object, recording the flags.
/// #[derive(ComObject)]
/// #[mapi(implements(IMAPISupport))]
/// struct Support(Arc<Mutex<Vec<u32>>>);
///
/// impl IMAPISupportImpl for Support {
///     fn store_logoff_transports(&self, flags: &mut MAPISupportStoreLogoffTransportsFlags) -> Result<(), Hresult> {
///         self.0.lock().map_err(|_| Hresult(MAPI_E_CALL_FAILED))?.push(flags.bits());
///         Ok(())
///     }
/// }
///
/// #[derive(MsgStore)]
/// #[mapi(support = support)]
/// struct MyStore {
///     support: ComPtr<IMAPISupport>,
/// }
///
/// impl IMAPIPropImpl for MyStore {}
///
/// impl IMsgStoreImpl for MyStore {
///     fn compare_entry_ids(&self, a: &[u8], b: &[u8], _: MsgStoreCompareEntryIDsFlags) -> Result<ULONG, Hresult> {
///         Ok(ULONG::from(a == b))
///     }
/// }
///
/// let calls = Arc::new(Mutex::new(Vec::new()));
/// let support = Support(calls.clone()).into_com();
/// let store: *mut IMsgStore = MyStore { support }.into_raw();
///
/// // What a MAPI host does with the pointer: call through the vtable.
/// // SAFETY: `store` is a live object we own one reference to.
/// let vtbl = unsafe { &*(*store).lpVtbl };
/// let id = [1u8, 2, 3];
/// let mut same = 0;
/// let hr = unsafe { (vtbl.CompareEntryIDs)(store.cast(), 3, id.as_ptr() as _, 3, id.as_ptr() as _, 0, &mut same) };
/// assert_eq!((hr, same), (0, 1));
///
/// // Unknown flags are refused before the provider runs.
/// let hr = unsafe { (vtbl.CompareEntryIDs)(store.cast(), 3, id.as_ptr() as _, 3, id.as_ptr() as _, 0x40, &mut same) };
/// assert_eq!(Hresult(hr), Hresult(MAPI_E_UNKNOWN_FLAGS));
///
/// // StoreLogoff saves the flags; the last Release passes them on.
/// let mut flags = LOGOFF_ORDERLY;
/// assert_eq!(unsafe { (vtbl.StoreLogoff)(store.cast(), &mut flags) }, 0);
/// assert_eq!(unsafe { (vtbl.base__.base__.Release)(store.cast()) }, 0);
/// assert_eq!(*calls.lock().unwrap(), [LOGOFF_ORDERLY]);
/// ```
#[proc_macro_derive(MsgStore, attributes(mapi))]
pub fn derive_msg_store(input: TokenStream) -> TokenStream {
    derive::derive(input.into(), derive::Flavor::MsgStore).into()
}
