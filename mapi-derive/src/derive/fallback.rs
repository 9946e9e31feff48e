//! What a failed derive expands to: its errors, plus `into_com`/`into_raw`
//! stubs so code calling them does not fail too and hide the real error.

use super::Flavor;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn fallback(input: &DeriveInput, flavor: Flavor, errors: syn::Error) -> TokenStream {
    let errors = errors.to_compile_error();
    let name = &input.ident;
    // Stubs only where their types are known and the type is usable.
    let stubs = (flavor == Flavor::MsgStore
        && input.generics.params.is_empty()
        && matches!(input.data, syn::Data::Struct(_)))
    .then(|| {
        quote! {
            impl #name {
                #[doc(hidden)]
                pub fn into_com(self) -> ::mapi_sys::ComPtr<::mapi_sys::IMsgStore> {
                    ::core::unreachable!("this derive failed to compile")
                }
                #[doc(hidden)]
                pub fn into_raw(self) -> *mut ::mapi_sys::IMsgStore {
                    ::core::unreachable!("this derive failed to compile")
                }
            }
        }
    });
    quote! {
        #errors
        #stubs
    }
}
