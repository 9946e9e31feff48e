//! Model -> the checks that the areas a crate uses are enabled: per area of
//! the files emitted here (with [`Options::area_gates`]), a macro that
//! expands to nothing when the area's feature is on and to a clear
//! `compile_error!` when it is off; and, in a crate whose items name
//! imported items of an area, one call of that macro per area, so that a
//! user who forgot the feature reads which one to enable instead of a list
//! of missing names.
//!
//! [`Options::area_gates`]: super::Options::area_gates

use super::context::Gen;
use crate::areas::{Item, all_items, own_area, references};
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use std::collections::BTreeMap;

/// The name of the check macro of `area` (`address-book` ->
/// `__mapi_area_address_book`).
fn macro_name(area: &str) -> Ident {
    Ident::new(
        &format!("__mapi_area_{}", area.replace('-', "_")),
        Span::call_site(),
    )
}

impl Gen<'_> {
    /// The check macro of every area of the files emitted here.
    pub(super) fn area_macros(&self) -> TokenStream {
        if !self.o.area_gates {
            return TokenStream::new();
        }
        let mut out = TokenStream::new();
        let mut seen: Vec<&str> = Vec::new();
        for f in &self.m.files {
            let Some(area) = f.area.as_deref() else {
                continue;
            };
            if !self.is_local_file(f.id) || seen.contains(&area) {
                continue;
            }
            seen.push(area);
            let name = macro_name(area);
            let needs = format!("` needs the area `{area}` of ");
            let enable = format!(": enable its Cargo feature `{area}`");
            out.extend(quote! {
                #[cfg(feature = #area)]
                #[doc(hidden)]
                #[macro_export]
                macro_rules! #name {
                    ($item:literal, $krate:literal) => {};
                }
                #[cfg(not(feature = #area))]
                #[doc(hidden)]
                #[macro_export]
                macro_rules! #name {
                    ($item:literal, $krate:literal) => {
                        ::core::compile_error!(::core::concat!(
                            "`", $item, #needs, $krate, #enable
                        ));
                    };
                }
            });
        }
        out
    }

    /// One call of an area's check macro for each area of imported items
    /// that the items emitted here name (under the emitted item's own
    /// `cfg`, so a check follows what it guards).
    pub(super) fn area_checks(&self) -> TokenStream {
        // (area, the user's item's cfg) -> the first imported item named.
        let mut needs: BTreeMap<(String, String), (String, TokenStream)> = BTreeMap::new();
        let mut refs = Vec::new();
        for item in all_items(self.m) {
            if !self.is_local(item) {
                continue;
            }
            refs.clear();
            references(self.m, item, &mut refs);
            for &r in &refs {
                // Items of the same crate need no check of its features.
                if self.in_crate(r.origin(self.m).file) {
                    continue;
                }
                let Some(area) = own_area(self.m, r) else {
                    continue;
                };
                let cfg = self.cfg(item, None);
                needs
                    .entry((area.to_string(), cfg.to_string()))
                    .or_insert_with(|| (r.name(self.m).to_string(), cfg));
            }
        }
        let sys = &self.o.sys;
        let krate = sys.to_string().replace(' ', "");
        let krate = krate.trim_start_matches("::");
        needs
            .into_iter()
            .map(|((area, _), (what, cfg))| {
                let name = macro_name(&area);
                quote! {
                    #cfg
                    #sys::#name!(#what, #krate);
                }
            })
            .collect()
    }

    fn is_local(&self, item: Item) -> bool {
        self.local(item.origin(self.m))
    }
}
