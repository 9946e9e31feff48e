//! Model -> Rust, as a `proc_macro2::TokenStream`: the raw C-named items
//! ([`raw`]), and beside them, read from the lowering
//! ([`crate::lower`]), the provider side ([`provider`]: `IFooImpl` traits
//! and argument-checking thunks) and the caller side ([`caller`]: `IFooExt`
//! methods on `ComPtr`). Items of imported files are not emitted; they are
//! referred to through [`Options::sys`].

mod caller;
mod context;
mod names;
mod provider;
mod raw;

pub use context::Options;
pub use names::{method_name, short_names, snake_case, to_ident};
pub use raw::{layout_of, vtable_size};

use crate::model::*;
use context::Gen;
use proc_macro2::TokenStream;

/// Emits the Rust items of `m`.
pub fn emit(m: &Model, o: &Options) -> TokenStream {
    let g = Gen::new(m, o);
    let mut out = TokenStream::new();
    for (i, _) in m.typedefs.iter().enumerate() {
        out.extend(g.typedef(TypedefId(i as u32)));
    }
    for (i, _) in m.structs.iter().enumerate() {
        out.extend(g.structure(StructId(i as u32)));
    }
    for e in &m.enums {
        out.extend(g.enumeration(e));
    }
    for c in &m.consts {
        out.extend(g.constant(c));
    }
    for f in &m.flag_groups {
        out.extend(g.flag_group(f));
    }
    let mut provider = TokenStream::new();
    for (i, _) in m.interfaces.iter().enumerate() {
        out.extend(g.interface(InterfaceId(i as u32)));
        if o.provider {
            provider.extend(g.provider(InterfaceId(i as u32)));
        }
    }
    if o.hresult_names {
        out.extend(g.hresult_names());
    }
    out.extend(provider);
    if o.methods {
        for (i, _) in m.interfaces.iter().enumerate() {
            out.extend(g.caller(InterfaceId(i as u32)));
        }
    }
    out
}
