//! Model -> provider-side Rust: per interface an `IFooImpl` trait whose
//! methods default to `MAPI_E_NO_SUPPORT`, and `IFooVtbl::new::<O, INDEX>()`,
//! a vtable of thunks that check the caller's arguments as the IDL says,
//! convert them to idiomatic Rust, call the trait, and never unwind.
//!
//! Per parameter, from the IDL attributes:
//!
//! | IDL | trait parameter | thunk |
//! |---|---|---|
//! | `[in, flags(G)] ULONG` | `G` | unknown bits: `MAPI_E_UNKNOWN_FLAGS`; two exclusive: `MAPI_E_INVALID_PARAMETER` |
//! | `[in, out, flags(G)] ULONG *` | `&mut G` | as above; writes back only `G`'s output bits |
//! | `[in, size_is(n)] T *` with `[in] ULONG n` | `&[T]` (`&[u8]` for `cb*` byte counts); `n` disappears | null with `n > 0`: `MAPI_E_INVALID_PARAMETER` |
//! | `[in] IFoo *` | `Option<ComPtr<IFoo>>` (`AddRef`ed) | null when required: `MAPI_E_INVALID_PARAMETER` |
//! | `[out] T *` | returned | null: `MAPI_E_INVALID_PARAMETER`; zeroed before any check; written on success only |
//! | `[out] IFoo **` | returned as `ComPtr<IFoo>` | as above |
//! | `[out, iid_is(riid)] void **` | returned as `ComPtr<IUnknown>` | `QueryInterface(riid)` on it |
//! | `[in, out] T *` | `&mut T` | null: `MAPI_E_INVALID_PARAMETER` |
//! | other pointers | the raw pointer | null when required: `MAPI_E_INVALID_PARAMETER` |
//!
//! Every thunk runs inside `catch_unwind`: a panic is `MAPI_E_CALL_FAILED`.

use super::rust::{Gen, docs, to_ident};
use crate::model::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// `snake_case` for a C method name, keeping plural acronyms whole:
/// `CompareEntryIDs` -> `compare_entry_ids`.
pub fn snake_case(name: &str) -> String {
    let c: Vec<char> = name.chars().collect();
    let mut out = String::new();
    for i in 0..c.len() {
        let ch = c[i];
        if ch.is_ascii_uppercase() && i > 0 {
            let prev = c[i - 1];
            let next = c.get(i + 1).copied();
            let plural_acronym =
                next == Some('s') && c.get(i + 2).is_none_or(|n| n.is_ascii_uppercase());
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase()
                    && next.is_some_and(|n| n.is_ascii_lowercase())
                    && !plural_acronym);
            if boundary && !out.ends_with('_') {
                out.push('_');
            }
        }
        out.push(ch.to_ascii_lowercase());
    }
    out
}

/// How one parameter crosses from the C ABI to the trait.
enum Kind {
    /// Passed as is (integers, raw pointers).
    Value,
    /// `[in]` flags word, checked.
    Flags(FlagGroupId),
    /// `[in, out]` pointer to a flags word.
    FlagsInOut(FlagGroupId),
    /// `[in]` counted buffer; `count` is the index of its length parameter.
    Slice {
        count: usize,
        bytes: bool,
        optional: bool,
    },
    /// A length consumed by a slice.
    Count,
    /// `[in]` interface pointer.
    InInterface(InterfaceId, bool),
    /// `[out]` value, returned.
    Out,
    /// `[out]` interface pointer, returned.
    OutInterface(InterfaceId),
    /// `[out, iid_is]` interface pointer of the type the caller asks for.
    OutIid(usize),
    /// `[in, out]` value.
    InOut,
    /// A pointer passed raw; checked for null when required.
    RawPointer,
}

impl Gen<'_> {
    fn strip<'t>(&'t self, ty: &'t Type) -> &'t Type {
        self.m.strip_typedefs(ty)
    }

    fn pointee<'t>(&'t self, ty: &'t Type) -> Option<&'t Type> {
        match self.strip(ty) {
            Type::Ptr { to, .. } => Some(to),
            _ => None,
        }
    }

    fn iface_of(&self, ty: &Type) -> Option<InterfaceId> {
        match self.strip(ty) {
            Type::Interface(i) => Some(*i),
            _ => None,
        }
    }

    fn is_int(&self, ty: &Type) -> bool {
        matches!(self.strip(ty), Type::Prim(p) if p.int_type().is_some())
    }

    fn kinds(&self, params: &[Param]) -> Vec<Kind> {
        let mut kinds: Vec<Kind> = params.iter().map(|_| Kind::Value).collect();
        for (i, p) in params.iter().enumerate() {
            let ptr = self.pointee(&p.ty);
            kinds[i] = match (p.dir, p.flags, ptr) {
                (Direction::In, Some(g), None) => Kind::Flags(g),
                (Direction::InOut, Some(g), Some(_)) => Kind::FlagsInOut(g),
                (Direction::In, _, None) => Kind::Value,
                (Direction::In, _, Some(to)) => {
                    if let Some(iface) = self.iface_of(to) {
                        Kind::InInterface(iface, p.optional)
                    } else if let Some(count) = self.slice_count(params, p) {
                        let elem_bytes =
                            matches!(self.strip(to), Type::Void | Type::Prim(Prim::U8 | Prim::I8));
                        let bytes =
                            elem_bytes || params[count].name.starts_with("cb") || !self.sized(to);
                        Kind::Slice {
                            count,
                            bytes,
                            optional: p.optional,
                        }
                    } else {
                        Kind::RawPointer
                    }
                }
                (Direction::Out, _, Some(to)) => {
                    if let Some(riid) = p.iid_is {
                        Kind::OutIid(riid)
                    } else if let Some(iface) = self.pointee(to).and_then(|t| self.iface_of(t)) {
                        Kind::OutInterface(iface)
                    } else if p.optional || matches!(self.strip(to), Type::Void) {
                        Kind::RawPointer
                    } else {
                        Kind::Out
                    }
                }
                (Direction::InOut, _, Some(to))
                    if !matches!(self.strip(to), Type::Void) && !p.optional =>
                {
                    Kind::InOut
                }
                _ => Kind::RawPointer,
            };
        }
        for i in 0..kinds.len() {
            if let Kind::Slice { count, .. } = kinds[i] {
                kinds[count] = Kind::Count;
            }
        }
        kinds
    }

    /// Whether a type has a known size (so a slice of it can be formed).
    fn sized(&self, ty: &Type) -> bool {
        match self.strip(ty) {
            Type::Struct(s) => self.m.structs[s.index()].fields.as_ref().is_some_and(|f| {
                !f.iter().any(|f| {
                    matches!(
                        f.ty,
                        Type::Array { len: Some(1), .. } | Type::Array { len: None, .. }
                    )
                })
            }),
            Type::Void | Type::Function(_) | Type::Interface(_) => false,
            _ => true,
        }
    }

    /// The `[in]` integer parameter that `size_is` names, if it is used by
    /// this parameter only.
    fn slice_count(&self, params: &[Param], p: &Param) -> Option<usize> {
        let Some(Some(SizeRef::Param { index, deref: 0 })) = p.size_is.first() else {
            return None;
        };
        let n = &params[*index];
        let shared = params
            .iter()
            .filter(|q| matches!(q.size_is.first(), Some(Some(SizeRef::Param { index: j, .. })) if j == index))
            .count()
            > 1;
        (n.dir == Direction::In && n.flags.is_none() && self.is_int(&n.ty) && !shared)
            .then_some(*index)
    }

    fn hresult_returning(&self, m: &Method) -> bool {
        matches!(&m.ret, Type::Typedef(t) if matches!(self.m.typedefs[t.index()].name.as_str(), "HRESULT" | "SCODE"))
    }

    /// Whether the provider side is generated for this interface: a COM
    /// interface derived from IUnknown whose methods all return HRESULT.
    pub(super) fn implementable(&self, id: InterfaceId) -> bool {
        let i = &self.m.interfaces[id.index()];
        i.base.is_some()
            && i.iid.is_some()
            && self.m.chain(id).iter().skip(1).all(|c| {
                self.m.interfaces[c.index()]
                    .methods
                    .iter()
                    .all(|m| self.hresult_returning(m))
            })
    }

    fn impl_trait_path(&self, id: InterfaceId) -> Option<TokenStream> {
        let i = &self.m.interfaces[id.index()];
        i.base?;
        Some(self.path(&format!("{}Impl", i.name), &i.origin))
    }

    fn sys_const(&self, name: &str) -> TokenStream {
        let sys = &self.o.sys;
        let id = to_ident(name);
        quote!(#sys::#id)
    }

    /// The provider trait and vtable constructor of one interface.
    pub(super) fn provider(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        if !self.local(&i.origin) || !self.implementable(id) {
            return TokenStream::new();
        }
        let sys = &self.o.sys;
        let trait_name = format_ident!("{}Impl", i.name);
        let vtbl = format_ident!("{}Vtbl", i.name);
        let base = i.base.map(|b| &self.m.interfaces[b.index()]);
        // The base's provider trait, and `Declares<IFoo, IID>`: only an
        // object listing the interface implements this trait.
        let supertraits = i
            .base
            .and_then(|b| self.impl_trait_path(b))
            .into_iter()
            .chain(super::rust::declares::bound(self, id));
        let supertrait = quote!(: #(#supertraits)+*);
        let no_support = self.sys_const("MAPI_E_NO_SUPPORT");
        let mut methods = Vec::new();
        let mut slots = Vec::new();
        for m in &i.methods {
            let kinds = self.kinds(&m.params);
            let fname = to_ident(&snake_case(&m.name));
            let mut args = Vec::new();
            let mut arg_names = Vec::new();
            let mut outs = Vec::new();
            for ((p, k), _) in m.params.iter().zip(&kinds).zip(0..) {
                let n = to_ident(&p.name);
                let ty = match k {
                    Kind::Count => continue,
                    Kind::Value | Kind::RawPointer => self.param_ty(&p.ty),
                    Kind::Flags(g) | Kind::FlagsInOut(g) => {
                        let g = &self.m.flag_groups[g.index()];
                        let t = self.path(&g.name, &g.origin);
                        if matches!(k, Kind::Flags(_)) {
                            t
                        } else {
                            quote!(&mut #t)
                        }
                    }
                    Kind::Slice {
                        bytes, optional, ..
                    } => {
                        let elem = if *bytes {
                            quote!(u8)
                        } else {
                            self.ty(self.pointee(&p.ty).unwrap_or(&Type::Void))
                        };
                        if *optional {
                            quote!(::core::option::Option<&[#elem]>)
                        } else {
                            quote!(&[#elem])
                        }
                    }
                    Kind::InInterface(iface, _) => {
                        let t = self.iface_path(*iface);
                        quote!(::core::option::Option<#sys::ComPtr<#t>>)
                    }
                    Kind::Out => {
                        let t = self.ty(self.pointee(&p.ty).unwrap_or(&Type::Void));
                        outs.push(t);
                        continue;
                    }
                    Kind::OutInterface(iface) => {
                        let t = self.iface_path(*iface);
                        outs.push(quote!(#sys::ComPtr<#t>));
                        continue;
                    }
                    Kind::OutIid(_) => {
                        outs.push(quote!(#sys::ComPtr<#sys::IUnknown>));
                        continue;
                    }
                    Kind::InOut => {
                        let t = self.ty(self.pointee(&p.ty).unwrap_or(&Type::Void));
                        quote!(&mut #t)
                    }
                };
                args.push(quote!(#n: #ty));
                arg_names.push(n);
            }
            let ret = match outs.len() {
                0 => quote!(()),
                1 => outs[0].clone(),
                _ => quote!((#(#outs),*)),
            };
            let doc = docs(&m.docs, || format!("`{}::{}`.", i.name, m.name));
            let slot_doc = format!(
                " Called through slot {} ([`{vtbl}::{}`]); returns `MAPI_E_NO_SUPPORT` unless implemented.",
                m.slot, m.name
            );
            methods.push(quote! {
                #doc
                #[doc = ""]
                #[doc = #slot_doc]
                fn #fname(&self, #(#args),*) -> ::core::result::Result<#ret, #sys::Hresult> {
                    let _ = (#(#arg_names,)*);
                    ::core::result::Result::Err(#sys::Hresult(#no_support))
                }
            });
            // A method declared with `warnings(...)` gets a twin that can
            // return one of those success codes beside its out-values; the
            // thunk calls the twin, which by default calls the plain method.
            let called = if m.warnings.is_empty() {
                fname.clone()
            } else {
                let twin = format_ident!("{}_with_warning", fname);
                let codes: Vec<String> = m
                    .warnings
                    .iter()
                    .map(|c| format!("`{}`", self.m.consts[c.index()].name))
                    .collect();
                let twin_doc = format!(
                    " Like [`Self::{fname}`], but may also return a success code other than `S_OK` ({}) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::{fname}`] and answers `S_OK`.",
                    codes.join(", ")
                );
                methods.push(quote! {
                    #[doc = #twin_doc]
                    fn #twin(&self, #(#args),*) -> ::core::result::Result<(#sys::Hresult, #ret), #sys::Hresult> {
                        self.#fname(#(#arg_names),*).map(|v| (#sys::Hresult::OK, v))
                    }
                });
                twin
            };
            slots.push(self.thunk(i, m, &kinds, &trait_name, &called));
        }
        let base_vtbl = match base {
            Some(b) => {
                let bv = self.path(&format!("{}Vtbl", b.name), &b.origin);
                quote!(base__: #bv::new::<O, INDEX>(),)
            }
            None => quote!(),
        };
        let tdoc = format!(
            " The provider side of [`{}`]: implement the methods your object supports; the others answer `MAPI_E_NO_SUPPORT`.",
            i.name
        );
        let ndoc = format!(
            " A vtable of [`{}`] whose slots check their arguments and call [`{trait_name}`] on `O`'s object. `INDEX` is the position of this vtable's pointer in the object.",
            i.name
        );
        let iname = &i.name;
        let unimplemented_message =
            format!("`{{Self}}` does not implement `{trait_name}`, the provider side of `{iname}`");
        let unimplemented_label = format!("`{iname}` needs `impl {trait_name} for {{Self}}`");
        let unimplemented_note = format!(
            "write `impl {trait_name} for {{Self}} {{{{}}}}` and implement the methods the object supports; the others answer `MAPI_E_NO_SUPPORT`"
        );
        quote! {
            #[doc = #tdoc]
            #[diagnostic::on_unimplemented(
                message = #unimplemented_message,
                label = #unimplemented_label,
                note = #unimplemented_note,
            )]
            pub trait #trait_name #supertrait {
                #(#methods)*
            }
            impl #vtbl {
                #[doc = #ndoc]
                pub const fn new<O: #sys::ComObject, const INDEX: usize>() -> Self
                where
                    O::Inner: #trait_name,
                {
                    Self {
                        #base_vtbl
                        #(#slots)*
                    }
                }
            }
        }
    }

    fn iface_path(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        self.path(&i.name, &i.origin)
    }

    /// Writes a returned out-value through the caller's pointer.
    fn out_write(&self, m: &Method, k: &Kind, n: &Ident, a: &Ident) -> TokenStream {
        let sys = &self.o.sys;
        match k {
            Kind::OutInterface(_) => quote! {
                // SAFETY: checked non-null; the caller now owns the reference.
                unsafe { #n.write(#a.into_raw().cast()) };
            },
            Kind::OutIid(riid) => {
                let r = to_ident(&m.params[*riid].name);
                quote! {
                    // SAFETY: `riid` is the caller's IID pointer (null: IUnknown); the
                    // out-pointer was checked non-null.
                    match unsafe { #sys::__private::query_for(&#a, #r as *const #sys::GUID) } {
                        ::core::result::Result::Ok(p) => unsafe { #n.write(p.cast()) },
                        ::core::result::Result::Err(e) => return e.0,
                    }
                }
            }
            _ => quote! {
                // SAFETY: checked non-null above.
                unsafe { #n.write(#a) };
            },
        }
    }

    fn thunk(
        &self,
        i: &Interface,
        m: &Method,
        kinds: &[Kind],
        trait_name: &Ident,
        fname: &Ident,
    ) -> TokenStream {
        let sys = &self.o.sys;
        let slot = to_ident(&m.name);
        let invalid = self.sys_const("MAPI_E_INVALID_PARAMETER");
        let params: Vec<TokenStream> = m
            .params
            .iter()
            .map(|p| {
                let n = to_ident(&p.name);
                let t = self.param_ty(&p.ty);
                quote!(#n: #t)
            })
            .collect();
        let ret = self.ty(&m.ret);
        let mut checks = Vec::new();
        let mut call_args = Vec::new();
        let mut out_names: Vec<Ident> = Vec::new();
        // Out-pointers are nulled before any argument check can return.
        let mut nulls = Vec::new();
        let mut writes = Vec::new();
        let mut iid_writes = 0;
        for (idx, (p, k)) in m.params.iter().zip(kinds).enumerate() {
            let n = to_ident(&p.name);
            let a = format_ident!("arg{}", idx);
            match k {
                Kind::Count => {}
                Kind::Value => call_args.push(quote!(#n)),
                Kind::RawPointer => {
                    if !p.optional {
                        checks.push(quote! {
                            if #n.is_null() { return #invalid; }
                        });
                    }
                    if p.dir == Direction::Out {
                        // A raw out-pointer is still nulled first.
                        nulls.push(quote! {
                            if !#n.is_null() {
                                // SAFETY: the caller passed a writable out-pointer.
                                unsafe { ::core::ptr::write_bytes(#n, 0, 1) };
                            }
                        });
                    }
                    call_args.push(quote!(#n));
                }
                Kind::Flags(g) => {
                    let g = &self.m.flag_groups[g.index()];
                    let t = self.path(&g.name, &g.origin);
                    checks.push(quote! {
                        let #a = match <#t as #sys::FlagSet>::check_input(#n) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    call_args.push(quote!(#a));
                }
                Kind::FlagsInOut(g) => {
                    let g = &self.m.flag_groups[g.index()];
                    let t = self.path(&g.name, &g.origin);
                    checks.push(quote! {
                        if #n.is_null() { return #invalid; }
                        // SAFETY: checked non-null; the caller passes a valid flags word.
                        let mut #a = match <#t as #sys::FlagSet>::check_input(unsafe { #n.read() }) {
                            ::core::result::Result::Ok(f) => f,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    call_args.push(quote!(&mut #a));
                    writes.push(quote! {
                        // SAFETY: checked non-null above.
                        unsafe { #n.write(#a.bits() & <#t as #sys::FlagSet>::OUT_MASK) };
                    });
                }
                Kind::Slice {
                    count,
                    bytes,
                    optional,
                } => {
                    let c = to_ident(&m.params[*count].name);
                    let elem = if *bytes {
                        quote!(u8)
                    } else {
                        self.ty(self.pointee(&p.ty).unwrap_or(&Type::Void))
                    };
                    let make = quote! {
                        // SAFETY: the caller passes `#c` valid elements at `#n`.
                        unsafe { ::core::slice::from_raw_parts(#n as *const #elem, #c as usize) }
                    };
                    if *optional {
                        checks.push(quote! {
                            let #a: ::core::option::Option<&[#elem]> = if #n.is_null() { ::core::option::Option::None } else { ::core::option::Option::Some(#make) };
                        });
                    } else {
                        checks.push(quote! {
                            let #a: &[#elem] = if #n.is_null() {
                                if #c != 0 { return #invalid; }
                                &[]
                            } else {
                                #make
                            };
                        });
                    }
                    call_args.push(quote!(#a));
                }
                Kind::InInterface(iface, optional) => {
                    let t = self.iface_path(*iface);
                    if !optional {
                        checks.push(quote!(if #n.is_null() { return #invalid; }));
                    }
                    checks.push(quote! {
                        // SAFETY: a non-null interface pointer from the caller is live
                        // for the call; `from_borrowed` takes its own reference.
                        let #a = unsafe { #sys::ComPtr::<#t>::from_borrowed(#n as *mut #t) };
                    });
                    call_args.push(quote!(#a));
                }
                Kind::Out | Kind::OutInterface(_) | Kind::OutIid(_) => {
                    nulls.push(quote! {
                        if !#n.is_null() {
                            // SAFETY: checked non-null: null the out-value before any
                            // check, so it is null whenever the call fails.
                            unsafe { ::core::ptr::write_bytes(#n, 0, 1) };
                        }
                    });
                    checks.push(quote! {
                        if #n.is_null() { return #invalid; }
                    });
                    out_names.push(a.clone());
                    let write = self.out_write(m, k, &n, &a);
                    if matches!(k, Kind::OutIid(_)) {
                        // Its QueryInterface can fail: do it before any other
                        // out-value reaches the caller, so a failure leaves
                        // every out-pointer null.
                        writes.insert(iid_writes, write);
                        iid_writes += 1;
                    } else {
                        writes.push(write);
                    }
                }
                Kind::InOut => {
                    checks.push(quote!(if #n.is_null() { return #invalid; }));
                    call_args.push(quote! {
                        // SAFETY: checked non-null; the caller passes a valid in-out value.
                        unsafe { &mut *#n }
                    });
                }
            }
        }
        let pattern = match out_names.len() {
            0 => quote!(()),
            1 => {
                let o = &out_names[0];
                quote!(#o)
            }
            _ => quote!((#(#out_names),*)),
        };
        // Every call yields (status, values): `S_OK` for plain methods, the
        // twin's code for methods with `warnings`, where a failure code in
        // `Ok` becomes that error without writing the values.
        let status_map = if m.warnings.is_empty() {
            quote!(.map(|v| (0, v)))
        } else {
            quote! {
                .and_then(|(code, v)| {
                    if code.is_ok() { ::core::result::Result::Ok((code.0, v)) } else { ::core::result::Result::Err(code) }
                })
            }
        };
        let name = format!(" `{}::{}`.", i.name, m.name);
        quote! {
            #slot: {
                #[doc = #name]
                unsafe extern "system" fn thunk<O: #sys::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    #(#params),*
                ) -> #ret
                where
                    O::Inner: #trait_name,
                {
                    #sys::__private::guard(|| {
                        #(#nulls)*
                        #(#checks)*
                        // SAFETY: `this` is the pointer to vtable `INDEX` of a live `O`,
                        // as handed out by `O` itself.
                        let object = unsafe { O::from_interface(this, INDEX) };
                        match <O::Inner as #trait_name>::#fname(object.inner(), #(#call_args),*) #status_map {
                            ::core::result::Result::Ok((status, #pattern)) => {
                                #(#writes)*
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
                thunk::<O, INDEX>
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::snake_case;

    #[test]
    fn snake_case_keeps_plural_acronyms() {
        assert_eq!(snake_case("CompareEntryIDs"), "compare_entry_ids");
        assert_eq!(snake_case("GetIDsFromNames"), "get_ids_from_names");
        assert_eq!(snake_case("StoreLogoff"), "store_logoff");
        assert_eq!(snake_case("OpenMsgStore"), "open_msg_store");
        assert_eq!(snake_case("GetRcvFolder"), "get_rcv_folder");
        assert_eq!(snake_case("SetLockState"), "set_lock_state");
        assert_eq!(snake_case("QueryInterface"), "query_interface");
    }
}
