//! What every part of the Rust backend shares: the options, the model and
//! its lowering, and how a model type or item is spelled in Rust.

use super::names::to_ident;
use crate::areas::{Areas, Gate, Item};
use crate::lower::Lowering;
use crate::model::*;
use proc_macro2::{Literal, TokenStream};
use quote::quote;

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
    /// Put those asserts behind `#[cfg(feature = "layout-asserts")]`, so
    /// that one expansion serves builds with and without them (`mapi-sys`'s
    /// checked-in corpus).
    pub layout_asserts_feature: bool,
    /// Emit `HRESULT_NAMES`, the table of every `HRESULT`/`SCODE` constant
    /// by value, for printing error codes by name.
    pub hresult_names: bool,
    /// Emit the provider side: per interface an `IFooImpl` trait and
    /// `IFooVtbl::new`, the vtable of argument-checking thunks that a
    /// `#[derive(ComObject)]` object uses.
    pub provider: bool,
    /// Emit the caller side: per interface the `Inherits` impls of its base
    /// chain and an `IFooExt` trait of methods on `ComPtr`.
    pub methods: bool,
    /// Put the provider side behind `#[cfg(feature = "provider")]` and the
    /// caller side behind `#[cfg(feature = "client")]` (as `mapi-sys` does,
    /// so that raw declarations build fast).
    pub feature_gates: bool,
    /// Put each item of a file with an area (`#pragma area("store")`)
    /// behind `#[cfg(feature = "store")]`, or behind `any` of the features
    /// of every area whose items refer to it ([`crate::areas`]), so that a
    /// crate compiles only the areas it enables. Also emits, per area, the
    /// macro a crate importing these files calls to check that the area it
    /// uses is enabled.
    pub area_gates: bool,
    /// Declare each flag set as an alias of `Flags<Group>` (with a type of
    /// no values for the group, implementing `FlagGroup`) instead of a
    /// struct with its own impls: the operators and traits then exist once
    /// in the runtime, not once per group, which makes a smaller crate.
    /// Only for the crate that defines `Flags` (the constants are inherent
    /// items of `Flags<Group>`): `mapi-sys`.
    pub generic_flags: bool,
    /// Put the functions of each DLL but `mapi32.dll` behind a Cargo
    /// feature named after it (`olmapi32`): a program that calls one needs
    /// that DLL on its search path to start at all.
    pub dll_features: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            sys: quote!(::mapi_sys),
            include_imports: false,
            layout_asserts: false,
            layout_asserts_feature: false,
            hresult_names: false,
            provider: true,
            methods: true,
            feature_gates: false,
            area_gates: false,
            generic_flags: false,
            dll_features: false,
        }
    }
}

/// The generator's state: the model, its lowering and the options.
pub(super) struct Gen<'a> {
    pub(super) m: &'a Model,
    pub(super) lowering: Lowering,
    pub(super) o: &'a Options,
    /// Which areas need each item.
    pub(super) areas: Areas,
    local_files: Vec<crate::source::FileId>,
    /// With [`expand_by_file`](super::expand_by_file): the one file whose items
    /// this pass emits (the others are in the same crate, emitted apart).
    only_file: Option<crate::source::FileId>,
}

/// A side of the generated code that a Cargo feature can turn off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Side {
    /// Provider traits and thunks (`provider`).
    Provider,
    /// Caller methods (`client`).
    Caller,
}

impl<'a> Gen<'a> {
    pub(super) fn new(m: &'a Model, o: &'a Options) -> Gen<'a> {
        Gen {
            m,
            // Raw items alone need no lowering.
            lowering: if o.provider || o.methods {
                Lowering::new(m)
            } else {
                Lowering::default()
            },
            o,
            areas: Areas::new(m),
            local_files: m
                .files
                .iter()
                .filter(|f| f.root || o.include_imports)
                .map(|f| f.id)
                .collect(),
            only_file: None,
        }
    }

    /// A generator that emits the items of `file` alone, as one part of a
    /// crate holding the items of every local file.
    #[cfg(feature = "expand")]
    pub(super) fn for_file(m: &'a Model, o: &'a Options, file: crate::source::FileId) -> Gen<'a> {
        Gen {
            only_file: Some(file),
            ..Gen::new(m, o)
        }
    }

    /// Whether an item declared at `o` is emitted here.
    pub(super) fn local(&self, o: &Origin) -> bool {
        self.is_local_file(o.file)
    }

    /// Whether the items of `file` are emitted here.
    pub(super) fn is_local_file(&self, file: crate::source::FileId) -> bool {
        self.in_crate(file) && self.only_file.is_none_or(|f| f == file)
    }

    /// Whether the items of `file` are in the crate emitted here, in this
    /// pass or in another of `expand_by_file`.
    pub(super) fn in_crate(&self, file: crate::source::FileId) -> bool {
        self.local_files.contains(&file)
    }

    /// The `#[cfg(...)]` of what is emitted for `item` (on `side`, for the
    /// provider or caller side of an interface): its areas' features with
    /// [`Options::area_gates`], the side's with [`Options::feature_gates`];
    /// nothing when neither applies.
    pub(super) fn cfg(&self, item: Item, side: Option<Side>) -> TokenStream {
        let side = side
            .filter(|_| self.o.feature_gates)
            .map(|side| match side {
                Side::Provider => quote!(feature = "provider"),
                Side::Caller => quote!(feature = "client"),
            });
        let area = match self.areas.gate(item) {
            Gate::Any(_) if self.o.area_gates => {
                let names: Vec<&str> = self.areas.gate_names(self.areas.gate(item)).collect();
                Some(match names.as_slice() {
                    [one] => quote!(feature = #one),
                    many => quote!(any(#(feature = #many),*)),
                })
            }
            _ => None,
        };
        match (area, side) {
            (None, None) => TokenStream::new(),
            (Some(p), None) | (None, Some(p)) => quote!(#[cfg(#p)]),
            (Some(a), Some(s)) => quote!(#[cfg(all(#s, #a))]),
        }
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

    /// A runtime constant (`MAPI_E_INVALID_PARAMETER`) through `sys`.
    pub(super) fn sys_const(&self, name: &str) -> TokenStream {
        let sys = &self.o.sys;
        let id = to_ident(name);
        quote!(#sys::#id)
    }

    /// The owned Rust record of a task record kind (`value::MimeParam` for
    /// `MIMEPARAMINFO`; for an `ADDRESSLIST`, that of its entries).
    pub(super) fn task_record(&self, of: crate::model::MapiStruct) -> TokenStream {
        use crate::model::MapiStruct as K;
        let sys = &self.o.sys;
        let name = match of {
            K::ParamInfo => "MimeParam",
            K::EnumProperty => "EnumProperty",
            K::EnumHeaderRow => "HeaderRow",
            // A list's entries are addresses.
            K::AddressProps | K::AddressList => "AddressProps",
            K::StatStg => "StatStg",
            // A handle, declared by the MIME corpus beside its interfaces.
            K::Body => return quote!(#sys::HBODY),
            _ => "TaskRecordUnknown",
        };
        let id = to_ident(name);
        quote!(#sys::value::#id)
    }

    pub(super) fn iface_path(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        self.path(&i.name, &i.origin)
    }

    pub(super) fn flag_path(&self, g: FlagGroupId) -> TokenStream {
        let g = &self.m.flag_groups[g.index()];
        self.path(&g.name, &g.origin)
    }

    /// The `GUID` type: the model's own when it declares one.
    pub(super) fn guid_path(&self) -> TokenStream {
        match self.m.well_known.guid {
            Some(s) => {
                let s = &self.m.structs[s.index()];
                self.path(&s.name, &s.origin)
            }
            None => {
                let sys = &self.o.sys;
                quote!(#sys::GUID)
            }
        }
    }

    /// Follows typedefs, stopping at an opaque handle (which is emitted as
    /// a type of its own, not as the pointer it is in C).
    pub(super) fn strip<'t>(&'t self, mut ty: &'t Type) -> &'t Type {
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) if !self.m.is_handle(*id) => {
                    ty = &self.m.typedefs[id.index()].ty;
                }
                _ => return ty,
            }
        }
        ty
    }

    /// The pointee of a data pointer (not of a function pointer).
    pub(super) fn pointee<'t>(&'t self, ty: &'t Type) -> Option<&'t Type> {
        match self.strip(ty) {
            Type::Ptr { to, .. } if !matches!(self.strip(to), Type::Function(_)) => Some(to),
            _ => None,
        }
    }

    pub(super) fn is_const_ptr(&self, ty: &Type) -> bool {
        matches!(self.strip(ty), Type::Ptr { is_const: true, .. })
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
            Type::FlagGroup(id) => self.flag_path(*id),
            Type::Interface(id) => self.iface_path(*id),
            Type::Function(sig) => self.fn_type(sig, None),
        }
    }

    /// `-> T`, or nothing for `void`.
    pub(super) fn ret(&self, ty: &Type) -> TokenStream {
        if *ty == Type::Void {
            quote!()
        } else {
            let t = self.ty(ty);
            quote!(-> #t)
        }
    }

    /// The return type of a method that returns no status, as a trait
    /// presents it: a pointer is `Option<NonNull<T>>` (null is `None`).
    pub(super) fn value_ret(&self, ty: &Type) -> TokenStream {
        match self.pointee(ty) {
            Some(to) => {
                let t = self.ty(to);
                quote!(-> ::core::option::Option<::core::ptr::NonNull<#t>>)
            }
            None => self.ret(ty),
        }
    }

    pub(super) fn fn_type(&self, sig: &Signature, this: Option<TokenStream>) -> TokenStream {
        let (abi, params, ret) = self.sig_parts(sig);
        let this = this.into_iter();
        quote!(unsafe extern #abi fn(#(#this,)* #(#params),*) #ret)
    }

    /// A C signature as Rust writes it: the `extern` ABI string, the
    /// parameters (`name: Type`) and the return (`-> T`, or nothing).
    pub(super) fn sig_parts(
        &self,
        sig: &Signature,
    ) -> (&'static str, Vec<TokenStream>, TokenStream) {
        let abi = match sig.callconv {
            CallConv::System => "system",
            CallConv::C => "C",
        };
        let params = sig
            .params
            .iter()
            .map(|p| {
                let n = to_ident(&p.name);
                let t = self.param_ty(&p.ty);
                quote!(#n: #t)
            })
            .collect();
        (abi, params, self.ret(&sig.ret))
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

    /// The zero value of `ty`: what a local starts from before the callee
    /// writes it, and what a thunk of a method that returns no status
    /// answers when it cannot call the object.
    pub(super) fn zero(&self, ty: &Type) -> TokenStream {
        match self.strip(ty) {
            Type::Prim(Prim::F32 | Prim::F64) => quote!(0.0),
            Type::Prim(Prim::Handle) => quote!(::core::ptr::null_mut()),
            Type::Typedef(id) if self.m.is_handle(*id) => {
                let t = self.ty(ty);
                quote!(#t::NULL)
            }
            Type::Prim(_) | Type::Enum(_) => quote!(0),
            Type::FlagGroup(_) => quote!(::core::default::Default::default()),
            Type::Ptr { to, .. } if matches!(self.strip(to), Type::Function(_)) => {
                quote!(::core::option::Option::None)
            }
            Type::Ptr { is_const: true, .. } => quote!(::core::ptr::null()),
            Type::Ptr { .. } => quote!(::core::ptr::null_mut()),
            _ => {
                let t = self.ty(ty);
                quote! {
                    #[__safety = "generated C types are plain data (integers, arrays, raw and function pointers): all zero is valid."]
                    unsafe { ::core::mem::zeroed::<#t>() }
                }
            }
        }
    }
}

/// A `#[doc = ...]` attribute for `text`, or for `fallback` when it is
/// empty. One attribute for the whole text (each line indented by a space,
/// as `///` writes it): far fewer tokens for the proc macro to build than one
/// per line; [`super::expand`] splits them into `///` lines for reading.
pub(super) fn docs(text: &str, fallback: impl FnOnce() -> String) -> TokenStream {
    let text = if text.trim().is_empty() {
        fallback()
    } else {
        text.to_string()
    };
    let mut joined = String::with_capacity(text.len() + 16);
    for (i, l) in text.lines().enumerate() {
        if i > 0 {
            joined.push('\n');
        }
        if !l.is_empty() {
            joined.push(' ');
            joined.push_str(l);
        }
    }
    quote!(#[doc = #joined])
}
