//! Stubs for IDL files that did not compile: every name the root files
//! declare, so that the Rust code naming them is not reported again after
//! the IDL errors (thiserror-impl's `fallback.rs` does the same for a failed
//! derive).
//!
//! The names come from the syntax trees, which exist when resolving failed
//! or was never reached. Every stub is typed with `error`, a type whose
//! definition holds one of the reported IDL errors
//! (`[u8; ::core::compile_error!(..)]`): rustc reports no further error for
//! anything involving an erroneous type, so a stub accepts every use a real
//! item would (`IFoo::MEMBER`, `<IFoo as Interface>::IID`, `FLAG | 1`,
//! `offset_of!(IFooVtbl, Method)`, `ComPtr<IFoo>` and its methods, struct
//! literals and fields, patterns, array lengths).
//!
//! Traits are the exception: rustc checks an `impl` against the trait's
//! items by name and arity before it looks at types, so no stub accepts an
//! `impl IFooImpl for T { fn method(..) }` that the real trait would. The
//! trait stubs are empty: `impl IFooImpl for T {}`, trait bounds and imports
//! work; each method of a user's `impl` is reported ("not a member of
//! trait"). Front ends should first try [`crate::Compilation::recovered_model`]
//! and emit the real items from it, which covers syntax errors; these stubs
//! are for the rest (unknown names, bad attributes, missing files).
//!
//! The rules for which names a declaration introduces mirror the resolver's
//! and the Rust backend's naming (`IFooVtbl`, `IID_IFoo`, `IFooImpl`,
//! `IFooExt`, a typedef's struct named after its first plain declarator). A
//! name left out here is only reported as unknown; a name added here that
//! the real output lacks is harmless.

use super::{Options, to_ident};
use crate::Compilation;
use crate::ast::{self, Aggregate, Attr, Declarator, ItemKind, TypeSpec, TypeSpecKind};
use crate::lex::Interner;
use proc_macro2::{Ident, TokenStream};
use quote::quote;
use std::collections::HashSet;

/// Stubs for the names the root files of `c` declare (every file with
/// [`Options::include_imports`]), typed with `error`.
pub fn stubs(c: &Compilation, o: &Options, error: &Ident) -> TokenStream {
    let mut s = Stubs {
        n: &c.interner,
        o,
        error,
        types: HashSet::new(),
        values: HashSet::new(),
        out: TokenStream::new(),
    };
    for (id, file) in &c.files {
        if o.include_imports || c.roots.contains(id) {
            s.items(&file.items);
        }
    }
    if o.hresult_names && s.values.insert("HRESULT_NAMES".into()) {
        s.out.extend(quote! {
            #[doc(hidden)]
            pub const HRESULT_NAMES: &[(i32, &str)] = &[];
        });
    }
    s.out
}

struct Stubs<'a> {
    /// The texts of the names in the syntax trees.
    n: &'a Interner,
    o: &'a Options,
    error: &'a Ident,
    /// Names declared in the type namespace (types and traits), once each.
    types: HashSet<String>,
    /// Names declared in the value namespace (constants), once each.
    values: HashSet<String>,
    out: TokenStream,
}

impl Stubs<'_> {
    fn items(&mut self, items: &[ast::Item]) {
        for item in items {
            match &item.kind {
                ItemKind::Interface(i) => {
                    self.interface(item, i);
                    self.items(&i.items);
                }
                ItemKind::InterfaceForward(name) => {
                    self.alias(self.n.text(name.name));
                    self.alias(&format!("{}Vtbl", self.n.text(name.name)));
                }
                ItemKind::Library(l) => self.items(&l.items),
                ItemKind::Module(m) => self.items(&m.items),
                ItemKind::Dispinterface(d) => self.items(&d.methods),
                ItemKind::Typedef(t) => self.typedef(item, t),
                ItemKind::Const(c) => self.constant(item, c),
                ItemKind::Type(ts) => self.type_spec(ts, None),
                // Neither reaches the Rust output (C headers only).
                ItemKind::DeclareGuid(_)
                | ItemKind::Variable(_)
                | ItemKind::Function(_)
                | ItemKind::Import(_)
                | ItemKind::ImportLib(_)
                | ItemKind::CppQuote(_)
                | ItemKind::MidlPragma(_)
                | ItemKind::Coclass(_) => {}
            }
        }
    }

    fn interface(&mut self, item: &ast::Item, i: &ast::Interface) {
        let name = self.n.text(i.name.name);
        self.alias(name);
        self.alias(&format!("{name}Vtbl"));
        if has(self.n, &item.attrs, "uuid") {
            self.constant_named(&format!("IID_{name}"));
        }
        // IUnknown, the root, has neither side.
        if i.base.is_none() {
            return;
        }
        if self.o.provider {
            self.empty_trait(&format!("{name}Impl"), "provider");
        }
        if self.o.methods {
            self.empty_trait(&format!("{name}Ext"), "client");
        }
    }

    fn typedef(&mut self, item: &ast::Item, t: &ast::Typedef) {
        let plain = t
            .declarators
            .iter()
            .find(|d| d.pointers.is_empty() && d.arrays.is_empty() && d.func.is_none())
            .and_then(|d| d.name.as_ref());
        let is_group =
            has(self.n, &item.attrs, "flag_group") || has(self.n, &t.attrs, "flag_group");
        match &t.ty.kind {
            TypeSpecKind::Enum(e) if is_group => {
                // A flag group is a flag set type; only members with a value
                // are new constants (the others name existing ones).
                if let Some(name) = plain.or(e.name.as_ref()) {
                    self.alias(self.n.text(name.name));
                }
                for m in e.members.iter().flatten() {
                    if m.value.is_some() {
                        self.constant_named(self.n.text(m.name.name));
                    }
                }
            }
            _ => self.type_spec(&t.ty, plain.map(|n| self.n.text(n.name))),
        }
        for d in &t.declarators {
            if let Some(name) = &d.name {
                self.alias(self.n.text(name.name));
            }
        }
    }

    /// The definitions inside a type: a struct, union or enum with a body
    /// is named `name` (a typedef's), else by its tag.
    fn type_spec(&mut self, ts: &TypeSpec, name: Option<&str>) {
        match &ts.kind {
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => {
                let Some(fields) = &a.fields else { return };
                for f in fields {
                    self.type_spec(&f.ty, None);
                }
                if let Some(name) = name.or(a.name.as_ref().map(|n| self.n.text(n.name))) {
                    let is_union = matches!(ts.kind, TypeSpecKind::Union(_));
                    self.aggregate(name, a, is_union);
                }
            }
            TypeSpecKind::Enum(e) => {
                let Some(members) = &e.members else { return };
                if let Some(name) = name.or(e.name.as_ref().map(|n| self.n.text(n.name))) {
                    self.alias(name);
                }
                for m in members {
                    self.constant_named(self.n.text(m.name.name));
                }
            }
            TypeSpecKind::SafeArray(inner, _) | TypeSpecKind::Pipe(inner) => {
                self.type_spec(inner, None)
            }
            TypeSpecKind::Base(_) | TypeSpecKind::Named(_) => {}
        }
    }

    fn constant(&mut self, item: &ast::Item, c: &ast::Const) {
        self.type_spec(&c.ty, None);
        let name = self.n.text(c.name.name);
        self.constant_named(name);
        // A string property tag has `_A` and `_W` forms.
        let strings = item
            .attrs
            .iter()
            .filter(|a| self.n.text(a.name.name) == "proptag")
            .flat_map(|a| a.args.iter().flatten().flatten())
            .any(|e| matches!(&e.kind, ast::ExprKind::Name(n) if matches!(self.n.text(n.name), "PT_TSTRING" | "PT_MV_TSTRING")));
        if strings {
            self.constant_named(&format!("{name}_A"));
            self.constant_named(&format!("{name}_W"));
        }
    }

    /// A struct or union with its fields, each of the error type, so that
    /// struct literals and field accesses are accepted too. A body with an
    /// anonymous member (named by the resolver) is an alias instead.
    fn aggregate(&mut self, name: &str, a: &Aggregate, is_union: bool) {
        let fields: Option<Vec<&Declarator>> =
            a.fields.iter().flatten().map(|f| f.decl.as_ref()).collect();
        let Some(fields) = fields else {
            self.alias(name);
            return;
        };
        if !self.types.insert(name.to_string()) {
            return;
        }
        let id = to_ident(name);
        let error = self.error;
        let names = fields
            .iter()
            .filter_map(|d| d.name.as_ref())
            .map(|n| to_ident(self.n.text(n.name)));
        let keyword = if is_union {
            quote!(union)
        } else {
            quote!(struct)
        };
        self.out.extend(quote! {
            #[doc(hidden)]
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub #keyword #id {
                #(pub #names: #error,)*
            }
        });
    }

    fn alias(&mut self, name: &str) {
        if !self.types.insert(name.to_string()) {
            return;
        }
        let id = to_ident(name);
        let error = self.error;
        self.out.extend(quote! {
            #[doc(hidden)]
            pub type #id = #error;
        });
    }

    fn constant_named(&mut self, name: &str) {
        if !self.values.insert(name.to_string()) {
            return;
        }
        let id = to_ident(name);
        let error = self.error;
        self.out.extend(quote! {
            #[doc(hidden)]
            pub const #id: #error = [];
        });
    }

    fn empty_trait(&mut self, name: &str, feature: &str) {
        if !self.types.insert(name.to_string()) {
            return;
        }
        let id = to_ident(name);
        let gate = self
            .o
            .feature_gates
            .then(|| quote!(#[cfg(feature = #feature)]));
        self.out.extend(quote! {
            #gate
            #[doc(hidden)]
            pub trait #id {}
        });
    }
}

fn has(n: &Interner, attrs: &[Attr], name: &str) -> bool {
    attrs.iter().any(|a| n.text(a.name.name) == name)
}
