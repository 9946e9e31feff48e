//! What a failed derive expands to: its errors, plus `into_com`/`into_raw`
//! stubs and `Declares` for every interface, so code calling them or
//! implementing provider traits does not fail too and hide the real error.

use super::Flavor;
use super::attr::Attrs;
use proc_macro2::TokenStream;
use quote::quote;
use syn::DeriveInput;

pub(crate) fn fallback(
    input: &DeriveInput,
    attrs: &Attrs,
    flavor: Flavor,
    errors: syn::Error,
) -> TokenStream {
    let errors = errors.to_compile_error();
    let name = &input.ident;
    // The interface `into_com` would have returned: `IMsgStore` for a store,
    // else the first one listed (`IUnknown` when none is).
    let first = match (flavor, attrs.implements.first()) {
        (Flavor::MsgStore, _) => quote!(::mapi_sys::IMsgStore),
        (Flavor::ComObject, Some(p)) => quote!(#p),
        (Flavor::ComObject, None) => quote!(::mapi_sys::IUnknown),
    };
    // Stubs only where the type is usable: a struct without generics.
    let stubs = (input.generics.params.is_empty() && matches!(input.data, syn::Data::Struct(_)))
        .then(|| {
            quote! {
                // Every interface, so that no `impl IFooImpl` of the user's
                // is reported as not listed.
                #[automatically_derived]
                impl<I: ?::core::marker::Sized, const ANY: u128>
                    ::mapi_sys::__private::Declares<I, { ANY }> for #name
                {
                }
                impl #name {
                    #[doc(hidden)]
                    pub fn into_com(self) -> ::mapi_sys::ComPtr<#first> {
                        ::core::unreachable!("this derive failed to compile")
                    }
                    #[doc(hidden)]
                    pub fn into_raw(self) -> *mut #first {
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
