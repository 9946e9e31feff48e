//! Procedural macros for MAPI interfaces.
//!
//! - [`include_idl!`] expands an IDL file into raw Rust declarations
//!   (vtables, IIDs, constants, structs, flag sets), the same items
//!   `mapi-sys` has for the MAPI corpus.

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
/// compile errors that name the IDL file, line and column.
///
/// Options after the path: `sys = PATH` (where the runtime and imported items
/// live, default `::mapi_sys`), `layout_asserts` (assert every struct's and
/// vtable's size and offsets at compile time) and `hresult_names` (emit the
/// `HRESULT_NAMES` table). The path `"<mapi>"` names the whole built-in corpus.
#[proc_macro]
pub fn include_idl(input: TokenStream) -> TokenStream {
    include::include_idl(input.into()).into()
}
