//! Raw items, C-named so the MAPI documentation maps one-to-one:
//! `IMsgStoreVtbl` (`#[repr(C)]`, base vtable first, `unsafe extern
//! "system"` slots in order), `IMsgStore` (vtable pointer first),
//! `IID_IMsgStore`, constants with their IDL types, `#[repr(C)]` structs and
//! unions, typedefs, and one typed flag set per flag group.

use super::context::{Gen, docs};
use super::names::{short_names, to_ident};
use crate::areas::Item;
use crate::layout::{Target, struct_layout, type_layout};
use crate::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::{format_ident, quote};

impl Gen<'_> {
    /// A function a DLL exports, declared in an `extern` block linked to
    /// it on Windows: `mapi32.dll` through its import library (MinGW's and
    /// the Windows SDK's), another DLL with `raw-dylib` (no import library
    /// exists for Outlook's `olmapi32.dll`), behind a feature named after it
    /// with [`Options::dll_features`](super::Options::dll_features). A
    /// function outside a `dllname` module names no DLL and is not emitted.
    pub(super) fn function(&self, id: FunctionId) -> TokenStream {
        let f = &self.m.functions[id.index()];
        let Some(dll) = f.dll.as_deref() else {
            return TokenStream::new();
        };
        if !self.local(&f.origin) {
            return TokenStream::new();
        }
        let cfg = self.cfg(Item::Function(id), None);
        let name = to_ident(&f.name);
        let (abi, params, ret) = self.sig_parts(&f.sig);
        // The library's name as `link` and a feature take it: `mapi32`.
        let dll_lower = dll.to_ascii_lowercase();
        let lib = dll_lower.strip_suffix(".dll").unwrap_or(&dll_lower);
        let (link, feature) = if lib == "mapi32" {
            (quote!(#[cfg_attr(windows, link(name = "mapi32"))]), None)
        } else {
            let feature = self.o.dll_features.then(|| quote!(#[cfg(feature = #lib)]));
            (
                quote!(#[cfg_attr(windows, link(name = #lib, kind = "raw-dylib"))]),
                feature,
            )
        };
        let text = docs_with_params(self.m, &f.docs, &f.sig.params);
        let doc = docs(&text, || format!("`{}`, exported by `{dll}`.", f.name));
        quote! {
            #cfg
            #feature
            #[cfg(any(windows, doc))]
            #link
            unsafe extern #abi {
                #doc
                pub fn #name(#(#params),*) #ret;
            }
        }
    }

    pub(super) fn typedef(&self, id: TypedefId) -> TokenStream {
        let t = &self.m.typedefs[id.index()];
        if !self.local(&t.origin) {
            return TokenStream::new();
        }
        let name = to_ident(&t.name);
        let cfg = self.cfg(Item::Typedef(id), None);
        let ty = self.ty(&t.ty);
        let doc = docs(&t.docs, || {
            format!("C type `{}`: `{}`.", t.name, self.m.type_name(&t.ty))
        });
        if self.m.is_handle(id) {
            // A type of its own, laid out as the C pointer: safe code may
            // hold, compare and pass it, never dereference it.
            return quote! {
                #doc
                #cfg
                #[repr(transparent)]
                #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
                pub struct #name(pub #ty);
                #cfg
                impl #name {
                    /// The null handle.
                    pub const NULL: Self = Self(::core::ptr::null_mut());
                    /// Whether this is the null handle.
                    pub fn is_null(self) -> bool {
                        self.0.is_null()
                    }
                }
                #cfg
                impl ::core::default::Default for #name {
                    fn default() -> Self {
                        Self::NULL
                    }
                }
                #[__safety = "a handle is a token that only the library which issued it looks through: holding or passing it on another thread touches nothing (safe code cannot dereference it), so objects that keep handles can be shared, as MAPI's are."]
                #cfg
                unsafe impl ::core::marker::Send for #name {}
                #[__safety = "as for `Send`: sharing a token touches nothing."]
                #cfg
                unsafe impl ::core::marker::Sync for #name {}
            };
        }
        quote! {
            #doc
            #cfg
            pub type #name = #ty;
        }
    }

    pub(super) fn structure(&self, id: StructId) -> TokenStream {
        let s = &self.m.structs[id.index()];
        if !self.local(&s.origin) {
            return TokenStream::new();
        }
        let name = to_ident(&s.name);
        let cfg = self.cfg(Item::Struct(id), None);
        let kind = if s.is_union { "union" } else { "struct" };
        let doc = docs(&s.docs, || format!("The C {kind} `{}`.", s.name));
        let Some(fields) = &s.fields else {
            return quote! {
                #doc
                #cfg
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
            self.struct_asserts(id, &cfg)
        } else {
            TokenStream::new()
        };
        quote! {
            #doc
            #cfg
            #[repr(C)]
            #[derive(Clone, Copy)]
            pub #keyword #name {
                #(#fields,)*
            }
            #asserts
        }
    }

    /// `#[cfg(feature = "layout-asserts")]` with
    /// [`Options::layout_asserts_feature`](super::Options::layout_asserts_feature).
    fn asserts_feature(&self) -> TokenStream {
        if self.o.layout_asserts_feature {
            quote!(#[cfg(feature = "layout-asserts")])
        } else {
            TokenStream::new()
        }
    }

    fn struct_asserts(&self, id: StructId, gate: &TokenStream) -> TokenStream {
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
            let feature = self.asserts_feature();
            out.extend(quote! {
                #cfg
                #gate
                #feature
                const _: () = {
                    assert!(::core::mem::size_of::<#name>() == #size);
                    assert!(::core::mem::align_of::<#name>() == #align);
                    #(#offsets)*
                };
            });
        }
        out
    }

    pub(super) fn enumeration(&self, id: EnumId) -> TokenStream {
        let e = &self.m.enums[id.index()];
        if !self.local(&e.origin) {
            return TokenStream::new();
        }
        let cfg = self.cfg(Item::Enum(id), None);
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
            quote!(#d #cfg pub const #n: #name = #v;)
        });
        quote! {
            #doc
            #cfg
            pub type #name = i32;
            #(#members)*
        }
    }

    pub(super) fn constant(&self, id: ConstId) -> TokenStream {
        let c = &self.m.consts[id.index()];
        if !self.local(&c.origin) {
            return TokenStream::new();
        }
        let cfg = self.cfg(Item::Const(id), None);
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
                    let bytes = narrow_bytes(s);
                    match std::ffi::CString::new(bytes) {
                        Ok(lit) => {
                            let lit = Literal::c_string(&lit);
                            (quote!(&::core::ffi::CStr), quote!(#lit))
                        }
                        // Bytes with a NUL inside (a `MAPIUID` written as a
                        // string literal): all of them, and the terminator.
                        Err(e) => {
                            let mut bytes = e.into_vec();
                            bytes.push(0);
                            let lit = Literal::byte_string(&bytes);
                            (quote!(&[u8]), quote!(#lit))
                        }
                    }
                }
            }
            (ConstValue::Guid(g), _) => {
                let guid = self.guid_path();
                let v = guid_literal(*g);
                (guid.clone(), quote!(#guid::from_u128(#v)))
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
            #cfg
            pub const #name: #ty = #value;
        }
    }

    /// A flag group as a typed flag set: the type and its flags as plain
    /// items (so they read, and document, like hand-written code), and the
    /// shared queries and checks through the runtime's `__flag_set_impl!`.
    pub(super) fn flag_group(&self, id: FlagGroupId) -> TokenStream {
        let g = &self.m.flag_groups[id.index()];
        if !self.local(&g.origin) {
            return TokenStream::new();
        }
        let cfg = self.cfg(Item::FlagGroup(id), None);
        let sys = &self.o.sys;
        let name = to_ident(&g.name);
        let doc = docs(&g.docs, || format!("The flags of the `{}` group.", g.name));
        let short = short_names(g.members.iter().map(|m| m.name.as_str()));
        let idents: Vec<_> = short.iter().map(|s| to_ident(s)).collect();
        let generic = self.o.generic_flags;
        let members = g.members.iter().zip(&idents).map(|(m, n)| {
            let v = hex32(m.value as u32);
            let value = if generic {
                quote!(Self::from_bits_retain(#v))
            } else {
                quote!(Self(#v))
            };
            let cname = &m.name;
            let dir = match (m.valid_in, m.valid_out) {
                (true, false) => "input",
                (false, true) => "output",
                _ => "input and output",
            };
            let d = docs(&m.docs, || format!("`{cname}`."));
            let mut extra = format!(" `{cname}` (`{:#x}`), valid on {dir}.", m.value);
            if !m.excludes.is_empty() {
                let others: Vec<String> = m.excludes.iter().map(|x| format!("`{x}`")).collect();
                extra.push_str(&format!(" Not with {}.", others.join(" or ")));
            }
            quote!(#d #[doc = ""] #[doc = #extra] pub const #n: Self = #value;)
        });
        let names = g.members.iter().zip(&idents).map(|(m, n)| {
            let cname = &m.name;
            quote!(#n = #cname)
        });
        let in_mask = hex32(g.in_mask() as u32);
        let out_mask = hex32(g.out_mask() as u32);
        let mut sets: Vec<(String, u32)> = Vec::new();
        for m in &g.members {
            if let Some(set) = &m.exclusive {
                match sets.iter_mut().find(|(s, _)| s == set) {
                    Some((_, mask)) => *mask |= m.value as u32,
                    None => sets.push((set.clone(), m.value as u32)),
                }
            }
        }
        let sets = sets.iter().map(|(_, mask)| hex32(*mask));
        // Only groups with excluded pairs say so: most have none.
        let pairs = g.excluded_pairs();
        let excludes = (!pairs.is_empty()).then(|| {
            let pairs = pairs.iter().map(|mask| hex32(*mask as u32));
            quote!(excludes = [#(#pairs),*];)
        });
        let required = g.required;
        let keep = g.keep_unknown;
        let group = format_ident!("{}Group", g.name);
        let excluded_pairs = (!pairs.is_empty()).then(|| {
            let pairs = pairs.iter().map(|mask| hex32(*mask as u32));
            quote!(const EXCLUDED_PAIRS: &'static [u32] = &[#(#pairs),*];)
        });
        let keep_unknown = keep.then(|| quote! { const KEEP_UNKNOWN: bool = true; });
        let implemented = if generic {
            quote!(#sys::Flags<#group>)
        } else {
            quote!(#name)
        };
        let consts = (!g.members.is_empty()).then(|| {
            quote! {
                #cfg
                impl #implemented {
                    #(#members)*
                }
            }
        });
        if generic {
            let gdoc = format!(
                " The group of [`{}`]: its masks, exclusive sets and names, as [`Flags`]({}::Flags) reads them.",
                g.name,
                sys.to_string().replace(' ', "")
            );
            let values = g.members.iter().map(|m| hex32(m.value as u32));
            let cnames = g.members.iter().map(|m| &m.name);
            return quote! {
                #doc
                #cfg
                pub type #name = #sys::Flags<#group>;
                #[doc = #gdoc]
                #cfg
                pub enum #group {}
                #cfg
                impl #sys::FlagGroup for #group {
                    const IN_MASK: u32 = #in_mask;
                    const OUT_MASK: u32 = #out_mask;
                    const EXCLUSIVE_SETS: &'static [u32] = &[#(#sets),*];
                    #excluded_pairs
                    const REQUIRED: bool = #required;
                    #keep_unknown
                    const NAMES: &'static [(&'static str, u32)] = &[#((#cnames, #values)),*];
                }
                #consts
            };
        }
        quote! {
            #doc
            #cfg
            #[repr(transparent)]
            #[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
            pub struct #name(u32);
            #consts
            #cfg
            #sys::__flag_set_impl! {
                #name;
                in_mask = #in_mask;
                out_mask = #out_mask;
                exclusive = [#(#sets),*];
                #excludes
                required = #required;
                keep_unknown = #keep;
                names = [#(#names),*];
            }
        }
    }

    pub(super) fn interface(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        if !self.local(&i.origin) {
            return TokenStream::new();
        }
        let sys = &self.o.sys;
        let cfg = self.cfg(Item::Interface(id), None);
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
            let v = guid_literal(g);
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
                #cfg
                pub const #iid_name: #guid = #guid::from_u128(#v);
                #[__safety = "the IID belongs to this interface and its vtable layout is the one declared above."]
                #cfg
                #[automatically_derived]
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
            let feature = self.asserts_feature();
            quote! {
                #cfg
                #feature
                const _: () = assert!(::core::mem::size_of::<#vtbl>() == #slots * ::core::mem::size_of::<usize>());
            }
        } else {
            TokenStream::new()
        };
        quote! {
            #doc
            #cfg
            #[repr(C)]
            pub struct #name {
                /// The object's vtable.
                pub lpVtbl: *const #vtbl,
            }
            #[doc = #vdoc]
            #cfg
            #[repr(C)]
            pub struct #vtbl {
                #base
                #(#slots)*
            }
            #iid
            #asserts
        }
    }

    pub(super) fn hresult_names(&self) -> TokenStream {
        let mut v: Vec<(i32, &str)> = self
            .m
            .consts
            .iter()
            .filter(|c| self.m.is_status(&c.ty))
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

/// The bytes of an 8-bit string constant: a character up to U+00FF is the
/// byte it names (`"\xDB"` is one byte, as in C), any other is UTF-8.
fn narrow_bytes(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        match u8::try_from(u32::from(c)) {
            Ok(b) => out.push(b),
            Err(_) => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    out
}

/// A 32-bit value as a hex literal, as flags read in the headers.
fn hex32(v: u32) -> Literal {
    format!("0x{v:08X}")
        .parse()
        .unwrap_or_else(|_| Literal::u32_unsuffixed(v))
}

/// A GUID as the one hex literal `GUID::from_u128` takes, grouped as the
/// registry form is (`0x00020306_0000_0000_c000_000000000046`).
pub(super) fn guid_literal(g: Guid) -> Literal {
    let s = g.to_string().replace('-', "_");
    format!("0x{s}")
        .parse()
        .unwrap_or_else(|_| Literal::u128_unsuffixed(g.to_u128()))
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
            8 => ((w as u8) as u64, "u8", quote!(i8)),
            16 => ((w as u16) as u64, "u16", quote!(i16)),
            32 => ((w as u32) as u64, "u32", quote!(i32)),
            _ => (w as u64, "u64", quote!(i64)),
        };
        let lit: Literal = format!("0x{pattern:X}{unsigned}")
            .parse()
            .unwrap_or_else(|_| Literal::u64_unsuffixed(pattern));
        quote!(#lit as #signed)
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
        (_, ConstValue::Guid(g)) => format!(
            "`{}`: the GUID `{{{}}}`.",
            c.name,
            g.to_string().to_uppercase()
        ),
        (_, ConstValue::Int(v)) if *v >= 0 => format!("`{}` = `{v:#X}`.", c.name),
        (_, ConstValue::Int(v)) => format!("`{}` = `{v}`.", c.name),
        _ => format!("The constant `{}`.", c.name),
    }
}

/// A method's docs followed by its parameters' docs.
pub(super) fn method_docs(m: &Model, method: &Method) -> String {
    docs_with_params(m, &method.docs, &method.params)
}

/// `docs`, then a `# Parameters` list when a parameter has docs.
fn docs_with_params(m: &Model, docs: &str, params: &[Param]) -> String {
    let mut text = docs.trim_end().to_string();
    if params.iter().any(|p| !p.docs.is_empty()) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str("# Parameters\n");
        for p in params {
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

/// The size of interface `id`'s vtable on `t`: a pointer per slot, the
/// base's first.
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
    fn negative_signed_constants_read_as_bit_patterns() {
        let t = crate::eval::IntType {
            bits: 32,
            signed: true,
        };
        assert_eq!(
            int_literal(0x8004_010F, t).to_string(),
            "0x8004010Fu32 as i32"
        );
        assert_eq!(int_literal(5, t).to_string(), "5");
        assert_eq!(int_literal(0x10, t).to_string(), "0x10");
    }

    fn emitted(src: &str) -> String {
        let mut files = crate::MemLoader::new();
        files.add("t.idl", src);
        let c = crate::compile_with(&files, &["t.idl".into()], &crate::Options::default());
        assert!(!c.has_errors(), "{}", c.render_diagnostics());
        super::super::emit(&c.model, &Default::default()).to_string()
    }

    #[test]
    fn guid_constants_are_guids() {
        let out = emitted(
            "typedef struct _GUID { unsigned long a; unsigned short b; unsigned short c; \
             unsigned char d[8]; } GUID;\n\
             declare_guid(PS_X, 00020328-0000-0000-C000-000000000046);",
        );
        assert!(
            out.contains("pub const PS_X : GUID = GUID :: from_u128 (0x00020328_0000_0000_c000_000000000046) ;"),
            "{out}"
        );
    }

    #[test]
    fn narrow_strings_are_their_bytes() {
        // `\xDB` is one byte; a NUL inside makes a byte slice, terminator
        // included, as the C literal is.
        let out = emitted(
            "const char *A = \"a\\xDB!\";\n\
             const char *U = \"\\x13\\x00\\xAA\";",
        );
        assert!(
            out.contains(r#"pub const A : & :: core :: ffi :: CStr = c"a\xDB!" ;"#),
            "{out}"
        );
        assert!(
            out.contains(r#"pub const U : & [u8] = b"\x13\0\xAA\0" ;"#),
            "{out}"
        );
    }
}
