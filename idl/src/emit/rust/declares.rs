//! Model -> the facts that tie a provider trait to the object's interface
//! list: per interface with an IID, `InterfaceChain::IIDS` (its IID and its
//! bases', the interface first), and the bound every provider trait
//! `IFooImpl` carries, `Declares<IFoo, IID_of_IFoo>`.
//!
//! `#[derive(ComObject)]` implements `Declares` once per distinct interface
//! of the chains it lists, computed from their `IIDS` at compile time, so
//! `impl IFooImpl for T` where `T` does not list `IFoo` (or an interface
//! derived from it) does not compile (`mapi_sys::__private::Declares`).

use super::context::{Gen, Side};
use super::names::to_ident;
use super::raw::guid_literal;
use crate::areas::Item;
use crate::model::InterfaceId;
use proc_macro2::TokenStream;
use quote::quote;

/// `impl InterfaceChain for IFoo`, for a local interface with an IID.
pub(crate) fn chain(g: &Gen<'_>, id: InterfaceId) -> TokenStream {
    let i = &g.m.interfaces[id.index()];
    if !g.local(&i.origin) || i.iid.is_none() {
        return TokenStream::new();
    }
    let sys = &g.o.sys;
    let name = to_ident(&i.name);
    let iids =
        g.m.chain(id)
            .into_iter()
            .rev()
            .filter_map(|b| g.m.interfaces[b.index()].iid)
            .map(guid_literal);
    let gate = g.cfg(Item::Interface(id), Some(Side::Provider));
    quote! {
        #gate
        #[automatically_derived]
        impl #sys::__private::InterfaceChain for #name {
            const IIDS: &'static [u128] = &[#(#iids),*];
        }
    }
}

/// The bound of provider trait `IFooImpl` on its object's interface list:
/// `Declares<IFoo, IID>`. Empty for an interface without an IID.
pub(crate) fn bound(g: &Gen<'_>, id: InterfaceId) -> Option<TokenStream> {
    let i = &g.m.interfaces[id.index()];
    let iid = guid_literal(i.iid?);
    let sys = &g.o.sys;
    let name = g.path(&i.name, &i.origin);
    Some(quote!(#sys::__private::Declares<#name, #iid>))
}
