//! `#[derive(ComObject)]` and `#[derive(MsgStore)]`: parse the `#[mapi(...)]`
//! attributes, check the input, expand the COM object, or fall back to a
//! stub so the user's own code does not fail in a cascade.

mod attr;
mod expand;
mod fallback;
mod valid;

use proc_macro2::TokenStream;

/// Which derive is expanding.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    /// `#[derive(ComObject)]`: the interfaces listed in `implements(...)`.
    ComObject,
    /// `#[derive(MsgStore)]`: `IMsgStore` first, with the `StoreLogoff`
    /// contract, plus any interfaces listed in `implements(...)`.
    MsgStore,
}

impl Flavor {
    pub(crate) fn name(self) -> &'static str {
        match self {
            Flavor::ComObject => "ComObject",
            Flavor::MsgStore => "MsgStore",
        }
    }
}

pub(crate) fn derive(input: TokenStream, flavor: Flavor) -> TokenStream {
    let input: syn::DeriveInput = match syn::parse2(input) {
        Ok(i) => i,
        Err(e) => return e.to_compile_error(),
    };
    let (attrs, attr_errors) = attr::parse(&input);
    match valid::check(&input, &attrs, flavor, attr_errors) {
        Ok(checked) => expand::expand(&input, &checked, flavor),
        Err(errors) => fallback::fallback(&input, &attrs, flavor, errors),
    }
}
