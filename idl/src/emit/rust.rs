//! Model -> Rust raw declarations, as a `proc_macro2::TokenStream`.
//!
//! Items keep their C names so the MAPI documentation maps one-to-one:
//! `IMsgStoreVtbl` (`#[repr(C)]`, base vtable first, `unsafe extern "system"`
//! slots in order), `IMsgStore` (vtable pointer first), `IID_IMsgStore`,
//! constants with their IDL types, `#[repr(C)]` structs and unions, typedefs,
//! and one typed flag set per flag group. Items of imported files are not
//! emitted; they are referred to through [`Options::sys`].

pub(super) mod declares;
pub mod fallback;

use crate::layout::{Target, struct_layout, type_layout};
use crate::model::*;
use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{format_ident, quote};

/// What to emit and how to refer to the runtime.
#[derive(Clone, Debug)]
pub struct Options {
    /// Path of the crate with the runtime (`Interface`, `flag_set!`, ...)
    /// and the items of imported files: `::mapi_sys`, or `crate` inside
    /// `mapi-sys` itself.
    pub sys: TokenStream,
    /// Also emit the items of imported files (as `mapi-sys` does for the
    /// whole corpus).
    pub include_imports: bool,
    /// Emit `const` assertions of every struct's and vtable's size and
    /// offsets, per target, computed by [`crate::layout`].
    pub layout_asserts: bool,
    /// Emit `HRESULT_NAMES`, the table of every `HRESULT`/`SCODE` constant
    /// by value, for printing error codes by name.
    pub hresult_names: bool,
    /// Emit the provider side: per interface an `IFooImpl` trait and
    /// `IFooVtbl::new`, the vtable of argument-checking thunks that a
    /// `#[derive(ComObject)]` object uses.
    pub provider: bool,
    /// Emit the caller side: per interface the `Inherits` impls of its base
    /// chain and an `IFooExt` trait of methods on `ComPtr`
    /// ([`super::rust_methods`]).
    pub methods: bool,
    /// Put the provider side behind `#[cfg(feature = "provider")]` and the
    /// caller side behind `#[cfg(feature = "client")]` (as `mapi-sys` does,
    /// so that raw declarations build fast).
    pub feature_gates: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sys: quote!(::mapi_sys),
            include_imports: false,
            layout_asserts: false,
            hresult_names: false,
            provider: true,
            methods: true,
            feature_gates: false,
        }
    }
}

/// Emits the Rust items of `m`.
pub fn emit(m: &Model, o: &Options) -> TokenStream {
    let g = Gen {
        m,
        o,
        local_files: m
            .files
            .iter()
            .filter(|f| f.root || o.include_imports)
            .map(|f| f.id)
            .collect(),
    };
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
            provider.extend(declares::chain(&g, InterfaceId(i as u32)));
        }
    }
    if o.hresult_names {
        out.extend(g.hresult_names());
    }
    out.extend(gate(o, "provider", provider));
    if o.methods {
        out.extend(gate(o, "client", super::rust_methods::emit(&g)));
    }
    out
}

/// `items` as they are, or with [`Options::feature_gates`] each prefixed by
/// `#[cfg(feature = "...")]`, so that they keep their paths (and error
/// messages their names) whether or not the feature is on.
fn gate(o: &Options, feature: &str, items: TokenStream) -> TokenStream {
    if !o.feature_gates {
        return items;
    }
    let mut out = TokenStream::new();
    for item in split_items(items) {
        out.extend(quote!(#[cfg(feature = #feature)]));
        out.extend(item);
    }
    out
}

/// Splits a stream of items at their ends: a `;` or a `{ ... }` at the top
/// level (a `;` right after a brace belongs to the same item, as in
/// `const _: () = { ... };`). Attributes are bracket groups, so braces inside
/// them are not at the top level.
fn split_items(items: TokenStream) -> Vec<TokenStream> {
    use proc_macro2::{Delimiter, TokenTree};
    let mut out = Vec::new();
    let mut cur: Vec<TokenTree> = Vec::new();
    let mut after_brace = false;
    for tt in items {
        let is_semi = matches!(&tt, TokenTree::Punct(p) if p.as_char() == ';');
        if after_brace && !is_semi && !cur.is_empty() {
            out.push(cur.drain(..).collect());
        }
        after_brace = matches!(&tt, TokenTree::Group(g) if g.delimiter() == Delimiter::Brace);
        cur.push(tt);
        if is_semi {
            out.push(cur.drain(..).collect());
            after_brace = false;
        }
    }
    if !cur.is_empty() {
        out.push(cur.into_iter().collect());
    }
    out
}

pub(super) struct Gen<'a> {
    pub(super) m: &'a Model,
    pub(super) o: &'a Options,
    pub(super) local_files: Vec<crate::source::FileId>,
}

/// A Rust identifier for a C name: raw for keywords, `_` appended where
/// raw identifiers are not allowed.
pub fn to_ident(name: &str) -> Ident {
    const RAW_NOT_ALLOWED: &[&str] = &["self", "Self", "super", "crate", "_"];
    const KEYWORDS: &[&str] = &[
        "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
        "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
        "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
        "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
        "typeof", "unsized", "virtual", "yield", "try", "gen",
    ];
    if RAW_NOT_ALLOWED.contains(&name) {
        format_ident!("{}_", name)
    } else if KEYWORDS.contains(&name) {
        Ident::new_raw(name, Span::call_site())
    } else {
        Ident::new(name, Span::call_site())
    }
}

/// `#[doc = ...]` attributes for `text`, or for `fallback` when it is empty.
pub(super) fn docs(text: &str, fallback: impl FnOnce() -> String) -> TokenStream {
    let text = if text.trim().is_empty() {
        fallback()
    } else {
        text.to_string()
    };
    // One attribute for the whole text (each line indented by a space, as
    // `///` writes it): far fewer tokens than one attribute per line.
    let mut joined = String::with_capacity(text.len() + 16);
    for (i, l) in text.lines().enumerate() {
        if i > 0 {
            joined.push('\n');
        }
        joined.push(' ');
        joined.push_str(l);
    }
    quote!(#[doc = #joined])
}

impl Gen<'_> {
    pub(super) fn local(&self, o: &Origin) -> bool {
        self.local_files.contains(&o.file)
    }

    /// The path to a named item: bare when emitted here, else via `sys`.
    pub(super) fn path(&self, name: &str, origin: &Origin) -> TokenStream {
        let id = to_ident(name);
        if self.local(origin) {
            quote!(#id)
        } else {
            let sys = &self.o.sys;
            quote!(#sys::#id)
        }
    }

    pub(super) fn prim(p: Prim) -> TokenStream {
        match p {
            Prim::I8 => quote!(i8),
            Prim::U8 => quote!(u8),
            Prim::I16 => quote!(i16),
            Prim::U16 | Prim::WChar => quote!(u16),
            Prim::I32 => quote!(i32),
            Prim::U32 => quote!(u32),
            Prim::I64 => quote!(i64),
            Prim::U64 => quote!(u64),
            Prim::ISize => quote!(isize),
            Prim::USize => quote!(usize),
            Prim::F32 => quote!(f32),
            Prim::F64 => quote!(f64),
            Prim::Handle => quote!(*mut ::core::ffi::c_void),
        }
    }

    /// The Rust type of a value of `ty`.
    pub(super) fn ty(&self, ty: &Type) -> TokenStream {
        let m = self.m;
        match ty {
            Type::Void => quote!(::core::ffi::c_void),
            Type::Prim(p) => Self::prim(*p),
            Type::Ptr { to, is_const } => {
                // A pointer to a function is a (nullable) Rust fn pointer.
                if matches!(m.strip_typedefs(to), Type::Function(_)) {
                    let f = self.ty(to);
                    return quote!(::core::option::Option<#f>);
                }
                let inner = self.ty(to);
                if *is_const {
                    quote!(*const #inner)
                } else {
                    quote!(*mut #inner)
                }
            }
            Type::Array { elem, len } => {
                let e = self.ty(elem);
                let n = Literal::usize_unsuffixed(len.unwrap_or(0) as usize);
                quote!([#e; #n])
            }
            Type::Typedef(id) => {
                let t = &m.typedefs[id.index()];
                self.path(&t.name, &t.origin)
            }
            Type::Struct(id) => {
                let s = &m.structs[id.index()];
                self.path(&s.name, &s.origin)
            }
            Type::Enum(id) => {
                let e = &m.enums[id.index()];
                self.path(&e.name, &e.origin)
            }
            Type::FlagGroup(id) => {
                let g = &m.flag_groups[id.index()];
                self.path(&g.name, &g.origin)
            }
            Type::Interface(id) => {
                let i = &m.interfaces[id.index()];
                self.path(&i.name, &i.origin)
            }
            Type::Function(sig) => self.fn_type(sig, None),
        }
    }

    pub(super) fn ret(&self, ty: &Type) -> TokenStream {
        if *ty == Type::Void {
            quote!()
        } else {
            let t = self.ty(ty);
            quote!(-> #t)
        }
    }

    pub(super) fn fn_type(&self, sig: &Signature, this: Option<TokenStream>) -> TokenStream {
        let abi = match sig.callconv {
            CallConv::System => "system",
            CallConv::C => "C",
        };
        let params = sig.params.iter().map(|p| {
            let n = to_ident(&p.name);
            let t = self.param_ty(&p.ty);
            quote!(#n: #t)
        });
        let this = this.into_iter();
        let ret = self.ret(&sig.ret);
        quote!(unsafe extern #abi fn(#(#this,)* #(#params),*) #ret)
    }

    /// Parameters declared as arrays decay to pointers, as in C.
    pub(super) fn param_ty(&self, ty: &Type) -> TokenStream {
        match ty {
            Type::Array { elem, .. } => {
                let e = self.ty(elem);
                quote!(*mut #e)
            }
            _ => self.ty(ty),
        }
    }

    fn typedef(&self, id: TypedefId) -> TokenStream {
        let t = &self.m.typedefs[id.index()];
        if !self.local(&t.origin) {
            return TokenStream::new();
        }
        let name = to_ident(&t.name);
        let ty = self.ty(&t.ty);
        let doc = docs(&t.docs, || {
            format!("C type `{}`: `{}`.", t.name, self.m.type_name(&t.ty))
        });
        quote! {
            #doc
            pub type #name = #ty;
        }
    }

    fn structure(&self, id: StructId) -> TokenStream {
        let s = &self.m.structs[id.index()];
        if !self.local(&s.origin) {
            return TokenStream::new();
        }
        let name = to_ident(&s.name);
        let kind = if s.is_union { "union" } else { "struct" };
        let doc = docs(&s.docs, || format!("The C {kind} `{}`.", s.name));
        let Some(fields) = &s.fields else {
            return quote! {
                #doc
                #[repr(C)]
                pub struct #name {
                    _opaque: [u8; 0],
                }
            };
        };
        let fields: Vec<TokenStream> = fields
            .iter()
            .filter(|f| f.ty != Type::Void)
            .map(|f| {
                let n = to_ident(&f.name);
                let t = self.ty(&f.ty);
                let d = docs(&f.docs, || {
                    format!("`{}`: `{}`.", f.name, self.m.type_name(&f.ty))
                });
                quote!(#d pub #n: #t)
            })
            .collect();
        let keyword = if s.is_union {
            quote!(union)
        } else {
            quote!(struct)
        };
        let asserts = if self.o.layout_asserts {
            self.struct_asserts(id)
        } else {
            TokenStream::new()
        };
        quote! {
            #doc
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub #keyword #name {
                #(#fields,)*
            }
            #asserts
        }
    }

    fn struct_asserts(&self, id: StructId) -> TokenStream {
        let s = &self.m.structs[id.index()];
        let name = to_ident(&s.name);
        let mut out = TokenStream::new();
        for t in Target::ALL {
            let Some(l) = struct_layout(self.m, id, t) else {
                continue;
            };
            let size = Literal::u64_unsuffixed(l.layout.size);
            let align = Literal::u64_unsuffixed(l.layout.align);
            let offsets = s
                .fields
                .iter()
                .flatten()
                .zip(&l.offsets)
                .filter(|(f, _)| f.ty != Type::Void && !s.is_union)
                .map(|(f, off)| {
                    let n = to_ident(&f.name);
                    let off = Literal::u64_unsuffixed(*off);
                    quote!(assert!(::core::mem::offset_of!(#name, #n) == #off);)
                });
            let cfg = cfg_for(t);
            out.extend(quote! {
                #cfg
                const _: () = {
                    assert!(::core::mem::size_of::<#name>() == #size);
                    assert!(::core::mem::align_of::<#name>() == #align);
                    #(#offsets)*
                };
            });
        }
        out
    }

    fn enumeration(&self, e: &Enum) -> TokenStream {
        if !self.local(&e.origin) {
            return TokenStream::new();
        }
        let name = to_ident(&e.name);
        let doc = docs(&e.docs, || format!("The C enum `{}`.", e.name));
        let members = e.members.iter().map(|x| {
            let n = to_ident(&x.name);
            let v = int_literal(
                x.value,
                crate::eval::IntType {
                    bits: 32,
                    signed: true,
                },
            );
            let d = docs(&x.docs, || format!("`{}` = {}.", x.name, x.value));
            quote!(#d pub const #n: #name = #v;)
        });
        quote! {
            #doc
            pub type #name = i32;
            #(#members)*
        }
    }

    fn constant(&self, c: &Const) -> TokenStream {
        if !self.local(&c.origin) {
            return TokenStream::new();
        }
        let name = to_ident(&c.name);
        let stripped = self.m.strip_typedefs(&c.ty);
        let int_type = match stripped {
            Type::Prim(p) => p.int_type(),
            Type::Enum(_) | Type::FlagGroup(_) => Some(crate::eval::IntType {
                bits: 32,
                signed: true,
            }),
            _ => None,
        };
        let (ty, value) = match (&c.value, int_type) {
            (ConstValue::Int(v), Some(it)) => (self.ty(&c.ty), int_literal(*v, it)),
            (ConstValue::Float(f), _) => (self.ty(&c.ty), quote!(#f)),
            (ConstValue::Str(s), _) => {
                if matches!(stripped, Type::Ptr { to, .. } if matches!(self.m.strip_typedefs(to), Type::Prim(Prim::WChar | Prim::U16)))
                {
                    let units: Vec<u16> = s.encode_utf16().chain([0]).collect();
                    (quote!(&[u16]), quote!(&[#(#units),*]))
                } else {
                    let lit = std::ffi::CString::new(s.replace('\0', "")).unwrap_or_default();
                    let lit = Literal::c_string(&lit);
                    (quote!(&::core::ffi::CStr), quote!(#lit))
                }
            }
            (ConstValue::Char(ch), _) => {
                let v = u32::from(*ch);
                (quote!(u32), quote!(#v))
            }
            (ConstValue::Int(v), None) => (
                quote!(i64),
                int_literal(
                    *v,
                    crate::eval::IntType {
                        bits: 64,
                        signed: true,
                    },
                ),
            ),
        };
        let doc = docs(&c.docs, || const_fallback_doc(self.m, c));
        quote! {
            #doc
            pub const #name: #ty = #value;
        }
    }

    fn flag_group(&self, g: &FlagGroup) -> TokenStream {
        if !self.local(&g.origin) {
            return TokenStream::new();
        }
        let sys = &self.o.sys;
        let name = to_ident(&g.name);
        let doc = docs(&g.docs, || format!("The flags of the `{}` group.", g.name));
        let short = short_names(g.members.iter().map(|m| m.name.as_str()));
        let members = g.members.iter().zip(&short).map(|(m, s)| {
            let n = to_ident(s);
            let v = Literal::u32_unsuffixed(m.value as u32);
            let cname = &m.name;
            let dir = match (m.valid_in, m.valid_out) {
                (true, false) => "input",
                (false, true) => "output",
                _ => "input and output",
            };
            let d = docs(&m.docs, || format!("`{cname}`."));
            let extra = format!(" `{cname}` (`{:#x}`), valid on {dir}.", m.value);
            quote!(#d #[doc = ""] #[doc = #extra] const #n = #v, #cname;)
        });
        let in_mask = Literal::u32_unsuffixed(g.in_mask() as u32);
        let out_mask = Literal::u32_unsuffixed(g.out_mask() as u32);
        let mut sets: Vec<(String, u32)> = Vec::new();
        for m in &g.members {
            if let Some(set) = &m.exclusive {
                match sets.iter_mut().find(|(s, _)| s == set) {
                    Some((_, mask)) => *mask |= m.value as u32,
                    None => sets.push((set.clone(), m.value as u32)),
                }
            }
        }
        let sets = sets.iter().map(|(_, mask)| Literal::u32_unsuffixed(*mask));
        let required = g.required;
        quote! {
            #sys::flag_set! {
                #doc
                pub struct #name {
                    #(#members)*
                }
                in_mask = #in_mask;
                out_mask = #out_mask;
                exclusive = [#(#sets),*];
                required = #required;
            }
        }
    }

    fn interface(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        if !self.local(&i.origin) {
            return TokenStream::new();
        }
        let sys = &self.o.sys;
        let name = to_ident(&i.name);
        let vtbl = format_ident!("{}Vtbl", i.name);
        let doc = docs(&i.docs, || format!("The COM interface `{}`.", i.name));
        let vdoc = format!(
            " The vtable of [`{}`]: its methods in slot order, after its base's.",
            i.name
        );
        let base = i.base.map(|b| {
            let bi = &self.m.interfaces[b.index()];
            let bv = self.path(&format!("{}Vtbl", bi.name), &bi.origin);
            let d = format!(" The slots of `{}`.", bi.name);
            quote!(#[doc = #d] pub base__: #bv,)
        });
        let slots = i.methods.iter().map(|m| {
            let n = to_ident(&m.name);
            let sig = Signature {
                callconv: CallConv::System,
                ret: m.ret.clone(),
                params: m.params.clone(),
            };
            let f = self.fn_type(&sig, Some(quote!(this: *mut ::core::ffi::c_void)));
            let d = docs(&method_docs(self.m, m), || {
                format!("`{}::{}` (slot {}).", i.name, m.name, m.slot)
            });
            quote!(#d pub #n: #f,)
        });
        let iid = i.iid.map(|g| {
            let iid_name = format_ident!("IID_{}", i.name);
            let guid = self.guid_path();
            let v = Literal::u128_unsuffixed(g.to_u128());
            let iname = i.name.as_str();
            // QueryInterface answers every interface of the base chain.
            let base_matches = i
                .base
                .filter(|b| self.m.interfaces[b.index()].iid.is_some())
                .map(|b| {
                    let bp = self.path(
                        &self.m.interfaces[b.index()].name,
                        &self.m.interfaces[b.index()].origin,
                    );
                    quote!(|| <#bp as #sys::Interface>::matches(iid))
                });
            let d = format!(
                " The interface identifier of [`{}`]: `{{{}}}`.",
                i.name,
                g.to_string().to_uppercase()
            );
            quote! {
                #[doc = #d]
                pub const #iid_name: #guid = #guid::from_u128(#v);
                // SAFETY: the IID belongs to this interface and its vtable
                // layout is the one declared above.
                unsafe impl #sys::Interface for #name {
                    const IID: #guid = #iid_name;
                    const NAME: &'static str = #iname;
                    type Vtbl = #vtbl;
                    fn matches(iid: &#guid) -> bool {
                        *iid == #iid_name #base_matches
                    }
                }
            }
        });
        let iid = iid.unwrap_or_default();
        let asserts = if self.o.layout_asserts {
            let slots = Literal::usize_unsuffixed((i.first_slot as usize) + i.methods.len());
            quote! {
                const _: () = assert!(::core::mem::size_of::<#vtbl>() == #slots * ::core::mem::size_of::<usize>());
            }
        } else {
            TokenStream::new()
        };
        quote! {
            #doc
            #[repr(C)]
            pub struct #name {
                /// The object's vtable.
                pub lpVtbl: *const #vtbl,
            }
            #[doc = #vdoc]
            #[repr(C)]
            pub struct #vtbl {
                #base
                #(#slots)*
            }
            #iid
            #asserts
        }
    }

    fn guid_path(&self) -> TokenStream {
        match self.m.structs.iter().find(|s| s.name == "GUID") {
            Some(s) => self.path("GUID", &s.origin),
            None => {
                let sys = &self.o.sys;
                quote!(#sys::GUID)
            }
        }
    }

    fn hresult_names(&self) -> TokenStream {
        let mut v: Vec<(i32, &str)> = self
            .m
            .consts
            .iter()
            .filter(|c| matches!(&c.ty, Type::Typedef(t) if matches!(self.m.typedefs[t.index()].name.as_str(), "HRESULT" | "SCODE")))
            .filter_map(|c| match c.value {
                ConstValue::Int(v) => Some(((v as i64) as i32, c.name.as_str())),
                _ => None,
            })
            .collect();
        // One name per value: the first declared wins (aliases follow it).
        v.sort_by_key(|&(code, _)| code);
        v.dedup_by_key(|&mut (code, _)| code);
        let codes = v.iter().map(|(c, _)| *c);
        let names = v.iter().map(|(_, n)| *n);
        quote! {
            /// Every `HRESULT`/`SCODE` constant by value, sorted, for printing
            /// error codes by name.
            pub const HRESULT_NAMES: &[(i32, &str)] = &[#((#codes, #names)),*];
        }
    }
}

fn cfg_for(t: Target) -> TokenStream {
    match t {
        Target::X64 => quote!(#[cfg(target_pointer_width = "64")]),
        Target::X86 => quote!(#[cfg(all(target_pointer_width = "32", windows))]),
    }
}

/// An integer literal of type `t`; negative signed values as the hex bit
/// pattern cast back (`0x8004010Fu32 as i32`), which is how headers read.
fn int_literal(v: i128, t: crate::eval::IntType) -> TokenStream {
    let w = t.wrap(v);
    if w >= 0 {
        if w > 9 {
            let text = format!("0x{w:X}");
            let lit: Literal = text
                .parse()
                .unwrap_or_else(|_| Literal::u64_unsuffixed(w as u64));
            quote!(#lit)
        } else {
            let lit = Literal::u64_unsuffixed(w as u64);
            quote!(#lit)
        }
    } else {
        let (pattern, unsigned, signed) = match t.bits {
            8 => ((w as u8) as u64, quote!(u8), quote!(i8)),
            16 => ((w as u16) as u64, quote!(u16), quote!(i16)),
            32 => ((w as u32) as u64, quote!(u32), quote!(i32)),
            _ => (w as u64, quote!(u64), quote!(i64)),
        };
        let lit: Literal = format!("0x{pattern:X}")
            .parse()
            .unwrap_or_else(|_| Literal::u64_unsuffixed(pattern));
        quote!((#lit as #unsigned) as #signed)
    }
}

fn const_fallback_doc(m: &Model, c: &Const) -> String {
    match (c.kind, &c.value) {
        (ConstKind::PropTag(t, form), ConstValue::Int(v)) => {
            let tag = &m.prop_tags[t.index()];
            let what = match form {
                TagForm::Plain if tag.string_forms => "the Unicode form of the string property",
                TagForm::Plain => "the property",
                TagForm::Ansi => "the 8-bit string form of the property",
                TagForm::Wide => "the Unicode form of the property",
            };
            format!("`{}` (`{v:#010X}`): {what} `{}`.", c.name, tag.name)
        }
        (_, ConstValue::Int(v)) if *v >= 0 => format!("`{}` = `{v:#X}`.", c.name),
        (_, ConstValue::Int(v)) => format!("`{}` = `{v}`.", c.name),
        _ => format!("The constant `{}`.", c.name),
    }
}

/// A method's docs followed by its parameters' docs.
pub(super) fn method_docs(m: &Model, method: &Method) -> String {
    let mut text = method.docs.trim_end().to_string();
    if method.params.iter().any(|p| !p.docs.is_empty()) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str("# Parameters\n");
        for p in &method.params {
            let dir = match p.dir {
                Direction::In => "in",
                Direction::Out => "out",
                Direction::InOut => "in, out",
            };
            let doc = p.docs.replace('\n', " ");
            text.push_str(&format!(
                "\n- `{}` (`{}`, {dir}): {doc}",
                p.name,
                m.type_name(&p.ty)
            ));
        }
    }
    text
}

/// Names for the members of a flag set: the C names without the prefix they
/// all share (`LOGOFF_ABORT` -> `ABORT`), unless that leaves a name that is
/// not an identifier.
pub fn short_names<'a>(names: impl Iterator<Item = &'a str> + Clone) -> Vec<String> {
    let all: Vec<&str> = names.clone().collect();
    let mut prefix = all.first().map_or("", |f| *f).to_string();
    for n in &all {
        while !n.starts_with(&prefix) {
            prefix.pop();
        }
    }
    // Cut at the last underscore so whole words are removed.
    let cut = prefix.rfind('_').map_or(0, |i| i + 1);
    let stripped: Vec<String> = all.iter().map(|n| n[cut..].to_string()).collect();
    // Names the flag set type itself defines.
    const RESERVED: &[&str] = &["IN_MASK", "OUT_MASK", "EXCLUSIVE_SETS", "REQUIRED", "NAMES"];
    let ok = all.len() > 1
        && stripped.iter().all(|s| {
            s.chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && !RESERVED.contains(&s.as_str())
        });
    if ok {
        stripped
    } else {
        all.iter().map(|s| s.to_string()).collect()
    }
}

/// Layout facts the generated assertions check, for tests.
pub fn vtable_size(m: &Model, id: InterfaceId, t: Target) -> u64 {
    let i = &m.interfaces[id.index()];
    (u64::from(i.first_slot) + i.methods.len() as u64) * t.pointer()
}

/// The layout of `ty` on `t`, re-exported for callers of this backend.
pub fn layout_of(m: &Model, ty: &Type, t: Target) -> Option<crate::layout::Layout> {
    type_layout(m, ty, t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_names_lose_their_shared_prefix() {
        let v = short_names(["LOGOFF_ABORT", "LOGOFF_NO_WAIT"].into_iter());
        assert_eq!(v, ["ABORT", "NO_WAIT"]);
        let v = short_names(["MAPI_UNICODE", "MAPI_MODIFY", "MDB_WRITE"].into_iter());
        assert_eq!(v, ["MAPI_UNICODE", "MAPI_MODIFY", "MDB_WRITE"]);
        let v = short_names(["X_1", "X_2"].into_iter());
        assert_eq!(v, ["X_1", "X_2"]);
        let v = short_names(["MAPI_UNICODE"].into_iter());
        assert_eq!(v, ["MAPI_UNICODE"]);
    }

    #[test]
    fn gated_items_are_split_at_their_ends() {
        let items = quote! {
            #[doc = "a { b }"] pub trait A { fn f(); }
            impl B { const X: u32 = 1; }
            const _: () = { let _ = 1; };
            pub type C = u32;
        };
        let parts: Vec<String> = split_items(items).iter().map(ToString::to_string).collect();
        assert_eq!(parts.len(), 4, "{parts:?}");
        assert!(parts[0].starts_with("# [doc") && parts[0].ends_with('}'));
        assert!(parts[2].starts_with("const _") && parts[2].ends_with(';'));
        assert_eq!(parts[3], "pub type C = u32 ;");
    }

    #[test]
    fn negative_signed_constants_read_as_bit_patterns() {
        let t = crate::eval::IntType {
            bits: 32,
            signed: true,
        };
        assert_eq!(
            int_literal(0x8004_010F, t).to_string(),
            "(0x8004010F as u32) as i32"
        );
        assert_eq!(int_literal(5, t).to_string(), "5");
        assert_eq!(int_literal(0x10, t).to_string(), "0x10");
    }
}
