//! Model -> the facts that tie a provider trait to the object's interface
//! list: per interface with an IID, `InterfaceChain::IIDS` (its IID and its
//! bases', the interface first), and the bound every provider trait
//! `IFooImpl` carries, `Declares<IFoo, IID_of_IFoo>`.
//!
//! `#[derive(ComObject)]` implements `Declares` once per distinct interface
//! of the chains it lists, computed from their `IIDS` at compile time, so
//! `impl IFooImpl for T` where `T` does not list `IFoo` (or an interface
//! derived from it) does not compile (`mapi_sys::__private::Declares`).

use super::{Gen, to_ident};
use crate::model::InterfaceId;
use proc_macro2::{Literal, TokenStream};
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
            .map(|iid| iid_literal(iid.to_u128()));
    quote! {
        impl #sys::__private::InterfaceChain for #name {
            const IIDS: &'static [u128] = &[#(#iids),*];
        }
    }
}

/// The bound of provider trait `IFooImpl` on its object's interface list:
/// `Declares<IFoo, IID>`. Empty for an interface without an IID.
pub(crate) fn bound(g: &Gen<'_>, id: InterfaceId) -> Option<TokenStream> {
    let i = &g.m.interfaces[id.index()];
    let iid = iid_literal(i.iid?.to_u128());
    let sys = &g.o.sys;
    let name = g.path(&i.name, &i.origin);
    Some(quote!(#sys::__private::Declares<#name, #iid>))
}

/// An IID as a hex literal in registry groups:
/// `0x00020306_0000_0000_c000_000000000046`.
fn iid_literal(v: u128) -> Literal {
    let text = format!(
        "0x{:08x}_{:04x}_{:04x}_{:04x}_{:012x}",
        v >> 96,
        (v >> 80) & 0xffff,
        (v >> 64) & 0xffff,
        (v >> 48) & 0xffff,
        v & 0xffff_ffff_ffff
    );
    text.parse().unwrap_or_else(|_| Literal::u128_unsuffixed(v))
}
