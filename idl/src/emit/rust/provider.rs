//! The provider side: per interface an `IFooImpl` trait and
//! `IFooVtbl::new::<O, INDEX>()`, a vtable of thunks that check the caller's
//! arguments as the lowering says, convert them to Rust values, call the
//! trait, and never unwind.
//!
//! Per role ([`crate::lower::Role`]), in a method returning a status:
//!
//! | role | trait parameter | thunk |
//! |---|---|---|
//! | `Flags`, by value or `[in]` pointer | `G` (`Option<G>` if the pointer may be null) | unknown bits: `MAPI_E_UNKNOWN_FLAGS` (unless the group or object keeps them); two exclusive: `MAPI_E_INVALID_PARAMETER` |
//! | `Flags`, `[in, out]` | `&mut G` | as above; writes back only `G`'s output bits |
//! | `Flags`, `[out]` | returned `G` | writes only `G`'s output bits |
//! | `Reserved` | `Reserved` | not zero: `MAPI_E_UNKNOWN_FLAGS` |
//! | `ReservedPtr` | nothing | not null: `MAPI_E_INVALID_PARAMETER` |
//! | `Buffer` (`Count` disappears) | `&[T]`, `&mut [T]` (`[u8]` in bytes; `Option<..>` if optional); views for elements holding pointers: `&[PropRef<'_>]` for `SPropValue`s in, `&[ReadState<'_>]` for `READSTATE`s, `&[NotificationRef<'_>]` for `NOTIFICATION`s | null with a length, misaligned or oversized: `MAPI_E_INVALID_PARAMETER`; property values as [`ViewError`](https://docs.rs/mapi-sys) maps (a value that cannot be read is `PropValueRef::Invalid`) |
//! | `InterfaceIn`, fixed | `ComPtr<IFoo>` (`Option<..>` if optional; `AddRef`ed) | null when required: `MAPI_E_INVALID_PARAMETER` |
//! | `InterfaceIn`, `iid_is` | `ComPtr<IUnknown>` (`Option<..>` if optional; `AddRef`ed; the object is of the interface its IID names) | null when required: `MAPI_E_INVALID_PARAMETER` |
//! | `InterfaceInOut` | `&mut Option<ComPtr<IFoo>>` (the caller's lent reference) | null slot: `MAPI_E_INVALID_PARAMETER`; what the slot holds is written back on every path |
//! | `InterfaceOut` | returned `ComPtr<IFoo>` (`Option<..>` when null is allowed; `ComPtr<IUnknown>` for `iid_is`, queried for the IID) | null: `MAPI_E_INVALID_PARAMETER` |
//! | `Out` | returned `T` | nulled before any check; written on success only (not at all when an optional pointer is null) |
//! | `Out`, optional and `mapi_alloc` | the raw pointer (the provider allocates only when the caller asked) | nulled before any check |
//! | `InOut` | `&mut T` | null: `MAPI_E_INVALID_PARAMETER` |
//! | `Opaque`, `[in]` | `Option<NonNull<c_void>>`: the value as it is | |
//! | `Opaque`, `[out]` | returned `Option<NonNull<c_void>>` | nulled before any check; written on success |
//! | `Value` | as declared | |
//! | `String` | `StrRef<'_>` (`Option<..>` if optional), of the width the role says (by `MAPI_UNICODE` in its flags parameter) | null when required: `MAPI_E_INVALID_PARAMETER`; unterminated or misaligned: as `ViewError` maps |
//! | `Strings` | `&[StrRef<'_>]` (`Option<..>` if optional): a null-terminated name block | null when required: `MAPI_E_INVALID_PARAMETER`; a string's error as `ViewError` maps |
//! | `Iid` | `&GUID` (`Option<&GUID>` if optional), a copy read unaligned | null when required: `MAPI_E_INVALID_PARAMETER` |
//! | `View` | `&[PropTag]`, `&RestrictionRef<'_>`, `&SortOrderSet`, `&[&[u8]]` for an entry list, `&[Vec<PropRef<'_>>]` for an address list or row set, `&[PropRef<'_>]` for a row, `&PropRef<'_>` for one value, `&[u8]` for a `NOTIFKEY` or an `SBinary`, `&NotificationRef<'_>` (`Option<..>` if optional) | null when required: `MAPI_E_INVALID_PARAMETER`; a view's error as `ViewError` maps (`MAPI_E_TOO_COMPLEX` for deep or unknown restrictions) |
//! | `Buffer` of `LPMAPINAMEID` | `&[NameIdRef<'_>]` (`Option<..>` if optional) | a null name, set or unknown kind: `MAPI_E_INVALID_PARAMETER` |
//! | `Modify`, address list | `&mut [Vec<Prop>]` (the entries, owned) | null or unreadable: as `View`; changed entries get a new values block (the old one freed) after the call, all or nothing |
//! | `Modify`, `LPSPropTagArray *` | `&mut Option<Vec<PropTag>>` (the tags pointed to; `None` for null) | null: `MAPI_E_INVALID_PARAMETER`; a new array written only where the caller passed none and the provider filled it in |
//! | `Consumed` (`ConsumedCount` disappears) | `&[u8]` | null or misaligned: `MAPI_E_INVALID_PARAMETER`; on success pointer and count set to zero |
//! | `Replace` (`ReplaceCount` disappears) | `Option<&[u8]>` (the caller's bytes, `None` for null), and returned `Option<Vec<u8>>` (new bytes, or `None` to keep them) | null pointers: `MAPI_E_INVALID_PARAMETER`; new bytes are written with the object's allocator, the old block freed with it, both only on success |
//! | `Alloc` (`AllocCount` disappears) | returned `Vec<Prop>` (values or one row), `Vec<PropTag>`, `Vec<Problem>`, `Vec<TnefProblem>`, `Vec<Vec<Prop>>`, `SortOrderSet`, `Restriction`, `Vec<EntryId>` (an entry list), `MapiError`, `EntryId`, `String`, `Vec<String>`, `Vec<Option<NameId>>`, `Vec<u32>` or `Vec<u8>` (`Option<..>` with `may_be_null`: written only when `Some`) | nulled before any check; on success written with the object's allocator ([`ComObject::allocator`](https://docs.rs/mapi-sys)), every allocated out before any is handed over (a failure frees them all and answers its error); an optional one only when the caller passed a pointer (a counted one: both pointers; a problem array only when not empty); `Vec<Prop>` answers `MAPI_W_ERRORS_RETURNED` for `PT_ERROR` values where the method declares it |
//! | `InRef` of plain data (no pointer inside) | `&T` for a struct, `T` for an integer (`Option<..>` if optional), a copy read unaligned | null when required: `MAPI_E_INVALID_PARAMETER` |
//! | `InRef` of other data, `Raw` | the raw pointer, and the method is an `unsafe fn` whose `# Safety` names it | null when required: `MAPI_E_INVALID_PARAMETER` |
//!
//! A method returning something else (`IMAPIAdviseSink::OnNotify`,
//! `IMalloc`, `IExchangeFastTransfer::IsInterfaceOk`) has no default: its
//! trait method returns that value, takes slices for `Buffer`s, IIDs, views
//! and flags by value as above, and the raw C types otherwise, and its thunk
//! answers zero when it cannot call the object (a panic, a null buffer, a
//! check that fails).

use super::context::{Gen, Side, docs};
use super::names::{snake_case, to_ident};
use crate::areas::Item;
use crate::lower::{Alloc, Handed, InterfaceRef, Lent, MethodAbi, Pass, Return, Role, Unit, Width};
use crate::model::*;
use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

/// What one method's thunk and trait method are made of.
#[derive(Default)]
struct Parts {
    /// Trait method parameters.
    args: Vec<TokenStream>,
    /// Their names, in order.
    arg_names: Vec<Ident>,
    /// Returned values' types.
    outs: Vec<TokenStream>,
    /// Locals holding returned values, in order.
    out_locals: Vec<Ident>,
    /// Out-pointers nulled before any check.
    nulls: Vec<TokenStream>,
    /// Argument checks and conversions.
    checks: Vec<TokenStream>,
    /// The trait call's arguments.
    call_args: Vec<TokenStream>,
    /// What a successful call writes back.
    writes: Vec<TokenStream>,
    /// How many writes that can fail (`QueryInterface`) lead `writes`.
    fallible_writes: usize,
    /// What a successful call does before `prepare`: the status it answers
    /// (`MAPI_W_ERRORS_RETURNED` for `PT_ERROR` values).
    adjust: Vec<TokenStream>,
    /// MAPI-allocated out-values written with the object's allocator, all
    /// before any is handed over, so that a failure frees them all.
    prepare: Vec<TokenStream>,
    /// The parameters the trait method takes as raw pointers, which make it
    /// an `unsafe fn`.
    raw: Vec<usize>,
}

impl Parts {
    /// An `[in]` interface pointer `n` (`ptr`, the expression that types it
    /// as `t`), `AddRef`ed for the provider as `a`: `Option<ComPtr<t>>` when
    /// optional; when required, null is refused (`bad`) and the provider
    /// gets the `ComPtr<t>` itself.
    #[allow(clippy::too_many_arguments)] // what varies between the two callers
    fn interface_in(
        &mut self,
        n: &Ident,
        a: &Ident,
        sys: &TokenStream,
        t: &TokenStream,
        ptr: &TokenStream,
        optional: bool,
        bad: &TokenStream,
    ) {
        let borrow = quote! {
            #[__safety = "a non-null interface pointer from the caller is live for the call; `from_borrowed` takes its own reference."]
            unsafe { #sys::ComPtr::<#t>::from_borrowed(#ptr) }
        };
        self.checks.push(quote!(let #a = #borrow;));
        if optional {
            self.args
                .push(quote!(#n: ::core::option::Option<#sys::ComPtr<#t>>));
        } else {
            self.checks.push(quote! {
                let ::core::option::Option::Some(#a) = #a else { return #bad; };
            });
            self.args.push(quote!(#n: #sys::ComPtr<#t>));
        }
        self.arg_names.push(n.clone());
        self.call_args.push(quote!(#a));
    }

    /// A counted array the provider sees as a slice of views: `read` binds
    /// `a` from the non-null `n` (an optional array may be null: `None`).
    fn view_slice(
        &mut self,
        n: &Ident,
        a: &Ident,
        read: TokenStream,
        ty: TokenStream,
        optional: bool,
    ) {
        if optional {
            self.checks.push(quote! {
                let #a = if #n.is_null() {
                    ::core::option::Option::None
                } else {
                    #read
                    ::core::option::Option::Some(#a)
                };
            });
            self.args.push(quote!(#n: ::core::option::Option<#ty>));
            self.call_args.push(quote!(#a.as_deref()));
        } else {
            self.checks.push(read);
            self.args.push(quote!(#n: #ty));
            self.call_args.push(quote!(&#a));
        }
        self.arg_names.push(n.clone());
    }
}

impl Gen<'_> {
    /// Whether the provider side is generated for this interface: a COM
    /// interface with an IID, derived from `IUnknown`.
    pub(super) fn implementable(&self, id: InterfaceId) -> bool {
        let i = &self.m.interfaces[id.index()];
        i.base.is_some() && i.iid.is_some()
    }

    fn impl_trait_path(&self, id: InterfaceId) -> Option<TokenStream> {
        let i = &self.m.interfaces[id.index()];
        i.base?;
        Some(self.path(&format!("{}Impl", i.name), &i.origin))
    }

    /// The provider trait and vtable constructor of one interface.
    pub(super) fn provider(&self, id: InterfaceId) -> TokenStream {
        let i = &self.m.interfaces[id.index()];
        if !self.local(&i.origin) || !self.implementable(id) {
            return TokenStream::new();
        }
        let sys = &self.o.sys;
        let gate = self.cfg(Item::Interface(id), Some(Side::Provider));
        let trait_name = format_ident!("{}Impl", i.name);
        let vtbl = format_ident!("{}Vtbl", i.name);
        let base = i.base.map(|b| &self.m.interfaces[b.index()]);
        // The base's provider trait, and `Declares<IFoo, IID>`: only an
        // object listing the interface implements this trait.
        let supertraits = i
            .base
            .and_then(|b| self.impl_trait_path(b))
            .into_iter()
            .chain(super::declares::bound(self, id));
        let supertrait = quote!(: #(#supertraits)+*);
        let mut methods = Vec::new();
        let mut slots = Vec::new();
        for (k, m) in i.methods.iter().enumerate() {
            let abi = self.lowering.method(id, k);
            let fname = to_ident(&snake_case(&m.name));
            let parts = self.parts(m, abi);
            let (decls, called) = self.trait_methods(i, m, abi, &fname, &parts);
            methods.extend(decls);
            slots.push(self.thunk(i, m, abi, &parts, &trait_name, &called));
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
            #gate
            #[doc = #tdoc]
            #[diagnostic::on_unimplemented(
                message = #unimplemented_message,
                label = #unimplemented_label,
                note = #unimplemented_note,
            )]
            pub trait #trait_name #supertrait {
                #(#methods)*
            }
            #gate
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

    /// The trait method (and its `_with_warning` twin) of one method, and
    /// the name of the one the thunk calls.
    fn trait_methods(
        &self,
        i: &Interface,
        m: &Method,
        abi: &MethodAbi,
        fname: &Ident,
        p: &Parts,
    ) -> (Vec<TokenStream>, Ident) {
        let sys = &self.o.sys;
        let args = &p.args;
        let arg_names = &p.arg_names;
        let doc = docs(&m.docs, || format!("`{}::{}`.", i.name, m.name));
        let safety = self.provider_safety(m, p);
        let unsafe_kw = if safety.is_empty() {
            quote!()
        } else {
            quote!(unsafe)
        };
        let safety_doc = if safety.is_empty() {
            quote!()
        } else {
            // One space before each line, as `///` writes it.
            let text = format!(" # Safety\n\n {}", safety.join("\n\n "));
            quote!(#[doc = ""] #[doc = #text])
        };
        let Return::Status { warnings } = &abi.ret else {
            let ret = self.value_ret(&m.ret);
            let slot_doc = format!(
                " Called through slot {} ([`{}Vtbl::{}`]); the thunk answers zero when it cannot call this method (a panic, a null buffer).",
                m.slot, i.name, m.name
            );
            let decl = quote! {
                #doc
                #[doc = ""]
                #[doc = #slot_doc]
                #safety_doc
                #unsafe_kw fn #fname(&self, #(#args),*) #ret;
            };
            return (vec![decl], fname.clone());
        };
        let outs = &p.outs;
        let ret = match outs.len() {
            0 => quote!(()),
            1 => outs[0].clone(),
            _ => quote!((#(#outs),*)),
        };
        let no_support = self.sys_const("MAPI_E_NO_SUPPORT");
        let slot_doc = format!(
            " Called through slot {} ([`{}Vtbl::{}`]); returns `MAPI_E_NO_SUPPORT` unless implemented.",
            m.slot, i.name, m.name
        );
        let mut decls = vec![quote! {
            #doc
            #[doc = ""]
            #[doc = #slot_doc]
            #safety_doc
            #unsafe_kw fn #fname(&self, #(#args),*) -> ::core::result::Result<#ret, #sys::Hresult> {
                let _ = (#(#arg_names,)*);
                ::core::result::Result::Err(#sys::Hresult(#no_support))
            }
        }];
        if warnings.is_empty() {
            return (decls, fname.clone());
        }
        // A method declared with `warnings(...)` gets a twin that can return
        // one of those success codes beside its out-values; the thunk calls
        // the twin, which by default calls the plain method.
        let twin = format_ident!("{}_with_warning", fname);
        let codes: Vec<String> = warnings
            .iter()
            .map(|c| format!("`{}`", self.m.consts[c.index()].name))
            .collect();
        let twin_doc = format!(
            " Like [`Self::{fname}`], but may also return a success code other than `S_OK` ({}) with the values; a failure code in `Ok` is returned as an error, without the values. By default it calls [`Self::{fname}`] and answers `S_OK`.",
            codes.join(", ")
        );
        let call = if safety.is_empty() {
            quote!(self.#fname(#(#arg_names),*))
        } else {
            quote! {
                #[__safety = "forwarded: this method's contract is the same."]
                unsafe { self.#fname(#(#arg_names),*) }
            }
        };
        decls.push(quote! {
            #[doc = #twin_doc]
            #safety_doc
            #unsafe_kw fn #twin(&self, #(#args),*) -> ::core::result::Result<(#sys::Hresult, #ret), #sys::Hresult> {
                #call.map(|v| (#sys::Hresult::OK, v))
            }
        });
        (decls, twin)
    }

    /// Checks a flags word `bits` of group `g` in the thunk, as the group
    /// and the object's policy say, into `a`.
    fn check_flags(
        &self,
        g: FlagGroupId,
        a: &Ident,
        bits: TokenStream,
        fail: &TokenStream,
    ) -> TokenStream {
        let sys = &self.o.sys;
        let t = self.flag_path(g);
        quote! {
            let #a = match <#t as #sys::FlagSet>::check_input_for(#bits, O::UNKNOWN_FLAGS) {
                ::core::result::Result::Ok(f) => f,
                ::core::result::Result::Err(__e) => return #fail,
            };
        }
    }

    /// Lays out what each parameter becomes in the trait and the thunk.
    fn parts(&self, m: &Method, abi: &MethodAbi) -> Parts {
        let sys = &self.o.sys;
        let status = abi.returns_status();
        let invalid = self.sys_const("MAPI_E_INVALID_PARAMETER");
        let unknown = self.sys_const("MAPI_E_UNKNOWN_FLAGS");
        // How the thunk gives up: with a status, or with the zero of the
        // return type.
        let zero = self.zero(&m.ret);
        let give_up = |code: TokenStream| if status { code } else { zero.clone() };
        let bad = give_up(invalid);
        let fail = give_up(quote!(__e.0));
        let view_fail = give_up(quote!(#sys::Hresult::from(__e).0));
        let errors_returned = match &abi.ret {
            Return::Status { warnings } => warnings
                .iter()
                .any(|c| self.m.consts[c.index()].name == "MAPI_W_ERRORS_RETURNED"),
            _ => false,
        };
        let not_zero = give_up(unknown);
        let mut p = Parts::default();
        for (idx, (param, role)) in m.params.iter().zip(&abi.params).enumerate() {
            let n = to_ident(&param.name);
            let a = format_ident!("arg{}", idx);
            let pointee = self.pointee(&param.ty);
            let pointee_ty = || self.ty(pointee.unwrap_or(&Type::Void));
            // A method without a status can only report through its return
            // value: it gets its values, slices, IIDs, views and flags (a
            // check that fails answers zero), the rest raw.
            let role = if !status
                && !matches!(
                    role,
                    Role::Value
                        | Role::Count { .. }
                        | Role::Buffer { out: false, .. }
                        | Role::Opaque { out: false }
                        | Role::Iid { .. }
                        | Role::View { .. }
                        | Role::Flags {
                            pass: Pass::Value,
                            ..
                        }
                ) {
                &Role::Raw
            } else if let Role::Out {
                optional: true,
                mapi_alloc: true,
            } = role
            {
                // A buffer the provider would allocate for a caller that may
                // not want it: the provider sees the pointer and decides.
                &Role::Raw
            } else if matches!(role, Role::Out { .. })
                && pointee.is_some_and(|t| self.pointee(t).is_some())
            {
                // A pointer handed to the caller (`RegisterOptions`' array):
                // its validity is the provider's to vouch for.
                &Role::Raw
            } else {
                role
            };
            match role {
                Role::Count { .. } => {}
                Role::Value => {
                    let t = self.param_ty(&param.ty);
                    p.args.push(quote!(#n: #t));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#n));
                }
                Role::String { width, optional } => {
                    let ptr = self.const_ptr(param, &n);
                    // The width read first: the view's `unsafe` block is for
                    // the view alone.
                    let mut width_first = TokenStream::new();
                    let from = match width {
                        Width::Ansi => quote!(#sys::value::StrRef::from_raw_ansi(#ptr)),
                        Width::Unicode => quote!(#sys::value::StrRef::from_raw_unicode(#ptr)),
                        Width::ByFlag(_) => {
                            let unicode = self.thunk_unicode(m, width);
                            width_first = quote!(let __unicode = #unicode;);
                            quote!(#sys::value::StrRef::from_raw(#ptr, __unicode))
                        }
                    };
                    let read = quote! {
                        #width_first
                        #[__safety = "a non-null string from the caller is NUL-terminated and readable for the call; the view checks its length and alignment."]
                        let #a = match unsafe { #from } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                    };
                    let ty = quote!(#sys::value::StrRef<'_>);
                    view_param(
                        &mut p,
                        &n,
                        &a,
                        *optional,
                        &bad,
                        read,
                        ty,
                        quote!(#a),
                        quote!(#a),
                    );
                }
                Role::InterfaceArray {
                    target,
                    count,
                    fetched,
                    fetched_optional,
                } => {
                    // The provider returns the references; the thunk stores
                    // them and their number, after nulling the whole room.
                    let t = self.iface_path(*target);
                    let c = to_ident(&m.params[*count].name);
                    let f = to_ident(&m.params[*fetched].name);
                    let max = quote!(#sys::value::MAX_COUNT);
                    let call_failed = give_up(self.sys_const("MAPI_E_CALL_FAILED"));
                    p.nulls.push(quote! {
                        if !#f.is_null() {
                            #[__safety = "the caller passed a writable count."]
                            unsafe { #f.write(0) };
                        }
                        if !#n.is_null() && (#c as usize) <= #max {
                            #[__safety = "the caller passed room for that many pointers."]
                            unsafe { ::core::ptr::write_bytes(#n, 0, #c as usize) };
                        }
                    });
                    // COM lets a caller asking for one element pass no count.
                    let no_count = if *fetched_optional {
                        quote!((#f.is_null() && #c != 1))
                    } else {
                        quote!(#f.is_null())
                    };
                    p.checks.push(quote! {
                        if (#n.is_null() && #c != 0) || #no_count || (#c as usize) > #max {
                            return #bad;
                        }
                    });
                    p.prepare.push(quote! {
                        if #a.len() > #c as usize {
                            return #call_failed;
                        }
                    });
                    p.writes.push(quote! {
                        let __len = #a.len();
                        for (__i, __p) in #a.into_iter().enumerate() {
                            #[__safety = "checked non-null, and within the room given; the caller now owns the reference."]
                            unsafe { #n.add(__i).write(__p.into_raw()) };
                        }
                        if !#f.is_null() {
                            #[__safety = "a writable count."]
                            unsafe { #f.write(__len as _) };
                        }
                    });
                    p.outs.push(quote!(::std::vec::Vec<#sys::ComPtr<#t>>));
                    p.out_locals.push(a.clone());
                }
                Role::Fetched { .. } => {}
                Role::Bstr { out: false } => {
                    p.checks.push(quote! {
                        #[__safety = "a caller's BSTR is null, or has its byte length before it and that many bytes after, readable for the call; the view checks the length and alignment."]
                        let #a = match unsafe { #sys::value::BstrRef::from_raw(#n) } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                    });
                    p.args.push(quote!(#n: #sys::value::BstrRef<'_>));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a));
                }
                Role::Bstr { out: true } => {
                    // The provider returns a Bstr; the thunk hands it over
                    // (copied first if another allocator made it), for the
                    // caller to free with SysFreeString.
                    let buf = format_ident!("__buf{}", idx);
                    self.null_first(&mut p, &n, &bad);
                    p.prepare.push(quote! {
                        let #buf = match #a.into_current() {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    p.writes.push(quote! {
                        #[__safety = "checked non-null; the caller now owns the string."]
                        unsafe { #n.write(#buf.into_raw()) };
                    });
                    p.outs.push(quote!(#sys::value::Bstr));
                    p.out_locals.push(a.clone());
                }
                Role::Strings { width, optional } => {
                    let unicode = self.thunk_unicode(m, width);
                    let read = quote! {
                        let __unicode = #unicode;
                        #[__safety = "a non-null array from the caller is null-terminated, its strings NUL-terminated and readable for the call; the view checks lengths and alignment."]
                        let #a = match unsafe { #sys::value::StrRef::array_from_raw(#n.cast_const().cast(), __unicode) } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                    };
                    view_param(
                        &mut p,
                        &n,
                        &a,
                        *optional,
                        &bad,
                        read,
                        quote!(&[#sys::value::StrRef<'_>]),
                        quote!(&#a),
                        quote!(#a.as_deref()),
                    );
                }
                Role::Iid { optional, .. } => {
                    let read = quote! {
                        let #a = if #n.is_null() {
                            ::core::option::Option::None
                        } else {
                            #[__safety = "checked non-null; the caller passes a readable IID."]
                            ::core::option::Option::Some(unsafe { #n.cast::<#sys::GUID>().read_unaligned() })
                        };
                    };
                    let ty = quote!(&#sys::GUID);
                    view_param(
                        &mut p,
                        &n,
                        &a,
                        *optional,
                        &bad,
                        read,
                        ty,
                        quote!(&#a),
                        quote!(#a.as_ref()),
                    );
                }
                Role::View { of, optional } => {
                    let ptr = self.const_ptr(param, &n);
                    let (from, ty, by_ref, opt_ref) = match of {
                        MapiStruct::TagArray => (
                            quote!(#sys::value::TagArray::from_raw(#ptr)),
                            quote!(&[#sys::value::PropTag]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        MapiStruct::Restriction => (
                            quote!(#sys::value::RestrictionRef::from_raw(#ptr)),
                            quote!(&#sys::value::RestrictionRef<'_>),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                        MapiStruct::EntryList => (
                            quote!(#sys::value::EntryList::from_raw(#ptr)),
                            quote!(&[&[u8]]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        MapiStruct::AdrList => (
                            quote!(#sys::value::RowSetRef::from_raw_adr_list(#ptr)),
                            quote!(&[::std::vec::Vec<#sys::value::PropRef<'_>>]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        MapiStruct::RowSet => (
                            quote!(#sys::value::RowSetRef::from_raw(#ptr)),
                            quote!(&[::std::vec::Vec<#sys::value::PropRef<'_>>]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        MapiStruct::Row => (
                            quote! {
                                if #n.is_null() {
                                    ::core::result::Result::Ok(::core::option::Option::None)
                                } else {
                                    #sys::value::PropRef::row_from_raw(#ptr).map(::core::option::Option::Some)
                                }
                            },
                            quote!(&[#sys::value::PropRef<'_>]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        MapiStruct::PropValue => (
                            quote! {
                                if #n.is_null() {
                                    ::core::result::Result::Ok(::core::option::Option::None)
                                } else {
                                    #sys::value::PropRef::from_raw(#ptr).map(::core::option::Option::Some)
                                }
                            },
                            quote!(&#sys::value::PropRef<'_>),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                        MapiStruct::Notification => (
                            quote!(#sys::value::NotificationRef::from_raw(#ptr)),
                            quote!(&#sys::value::NotificationRef<'_>),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                        MapiStruct::NotifKey => (
                            quote!(#sys::value::notif_key_from_raw(#ptr)),
                            quote!(&[u8]),
                            quote!(#a),
                            quote!(#a),
                        ),
                        MapiStruct::MessageClassArray => (
                            quote!(#sys::value::message_classes_from_raw(#ptr)),
                            quote!(&[&::core::ffi::CStr]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        MapiStruct::AcctVariant => (
                            quote!(#sys::value::AcctValue::from_raw(#ptr)),
                            quote!(&#sys::value::AcctValue),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                        MapiStruct::FormInfoArray => {
                            let info = self.sys_const("IMAPIFormInfo");
                            (
                                quote!(#sys::value::form_infos_from_raw(#ptr)),
                                quote!(&[::core::option::Option<#sys::ComPtr<#info>>]),
                                quote!(&#a),
                                quote!(#a.as_deref()),
                            )
                        }
                        MapiStruct::Binary => (
                            quote!(#sys::value::binary_from_raw(#ptr)),
                            quote!(&[u8]),
                            quote!(#a),
                            quote!(#a),
                        ),
                        MapiStruct::Blob => (
                            quote!(#sys::value::blob_from_raw(#ptr)),
                            quote!(&[u8]),
                            quote!(#a),
                            quote!(#a),
                        ),
                        MapiStruct::PropVariant => (
                            quote!(#sys::value::PropVariantRef::from_raw(#ptr)),
                            quote!(&#sys::value::PropVariantRef<'_>),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                        MapiStruct::AddressProps => (
                            quote!(#sys::value::AddressProps::from_raw(#ptr)),
                            quote!(&#sys::value::AddressProps),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                        MapiStruct::RowList => (
                            quote!(#sys::value::RowEntryRef::list_from_raw(#ptr)),
                            quote!(&[#sys::value::RowEntryRef<'_>]),
                            quote!(&#a),
                            quote!(#a.as_deref()),
                        ),
                        _ => (
                            quote!(#sys::value::SortOrderSet::from_raw(#ptr)),
                            quote!(&#sys::value::SortOrderSet),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        ),
                    };
                    let read = quote! {
                        #[__safety = "a non-null pointer from the caller points to the structure MAPI says, readable for the call; the view checks counts, nulls and depth."]
                        let #a = match unsafe { #from } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                    };
                    view_param(&mut p, &n, &a, *optional, &bad, read, ty, by_ref, opt_ref);
                }
                Role::InRef { optional } if pointee.is_some_and(|t| self.is_plain(t)) => {
                    // Plain data (no pointer inside): a copy read unaligned,
                    // by value for an integer, by reference for a struct.
                    let t = pointee_ty();
                    let scalar = !matches!(
                        pointee.map(|t| self.strip(t)),
                        Some(Type::Struct(_) | Type::Array { .. })
                    );
                    let read = quote! {
                        let #a = if #n.is_null() {
                            ::core::option::Option::None
                        } else {
                            #[__safety = "checked non-null; the caller passes a readable value."]
                            ::core::option::Option::Some(unsafe { #n.cast::<#t>().read_unaligned() })
                        };
                    };
                    if scalar {
                        view_param(
                            &mut p,
                            &n,
                            &a,
                            *optional,
                            &bad,
                            read,
                            t,
                            quote!(#a),
                            quote!(#a),
                        );
                    } else {
                        view_param(
                            &mut p,
                            &n,
                            &a,
                            *optional,
                            &bad,
                            read,
                            quote!(&#t),
                            quote!(&#a),
                            quote!(#a.as_ref()),
                        );
                    }
                }
                Role::InterfaceIn {
                    target: InterfaceRef::IidIs(_),
                    optional,
                } => {
                    // The object is of the interface its IID names, which
                    // derives from `IUnknown`: seen as that, `AddRef`ed.
                    let t = quote!(#sys::IUnknown);
                    let ptr = quote!(#n.cast());
                    p.interface_in(&n, &a, sys, &t, &ptr, *optional, &bad);
                }
                Role::InRef { optional } => {
                    p.raw.push(idx);
                    self.raw_param(&mut p, param, &n, !optional, &bad);
                }
                Role::Raw => {
                    p.raw.push(idx);
                    let required = status && !param.optional && pointee.is_some();
                    self.raw_param(&mut p, param, &n, required, &bad);
                }
                Role::Flags {
                    group,
                    pass,
                    optional,
                } => {
                    let g = self.flag_path(*group);
                    match pass {
                        Pass::Value => {
                            p.checks
                                .push(self.check_flags(*group, &a, quote!(#n), &fail));
                            p.args.push(quote!(#n: #g));
                        }
                        Pass::InPtr => {
                            let check = self.check_flags(*group, &a, quote!(__bits), &fail);
                            if *optional {
                                p.checks.push(quote! {
                                    let #a = if #n.is_null() {
                                        ::core::option::Option::None
                                    } else {
                                        #[__safety = "checked non-null; the caller passes a valid flags word."]
                                        let __bits = unsafe { #n.read_unaligned() };
                                        #check
                                        ::core::option::Option::Some(#a)
                                    };
                                });
                                p.args.push(quote!(#n: ::core::option::Option<#g>));
                            } else {
                                p.checks.push(quote! {
                                    if #n.is_null() { return #bad; }
                                    #[__safety = "checked non-null; the caller passes a valid flags word."]
                                    let __bits = unsafe { #n.read_unaligned() };
                                    #check
                                });
                                p.args.push(quote!(#n: #g));
                            }
                        }
                        Pass::InOut => {
                            let check = self.check_flags(*group, &a, quote!(__bits), &fail);
                            p.checks.push(quote! {
                                if #n.is_null() { return #bad; }
                                #[__safety = "checked non-null; the caller passes a valid flags word."]
                                let __bits = unsafe { #n.read_unaligned() };
                                #check
                                let mut #a = #a;
                            });
                            p.args.push(quote!(#n: &mut #g));
                            p.arg_names.push(n.clone());
                            p.call_args.push(quote!(&mut #a));
                            p.writes.push(quote! {
                                #[__safety = "checked non-null above."]
                                unsafe { #n.write_unaligned(#a.bits() & <#g as #sys::FlagSet>::OUT_MASK) };
                            });
                            continue;
                        }
                        Pass::Out => {
                            self.out_param(
                                &mut p,
                                &n,
                                &a,
                                *optional,
                                &bad,
                                g.clone(),
                                quote! {
                                    #a.bits() & <#g as #sys::FlagSet>::OUT_MASK
                                },
                            );
                            continue;
                        }
                    }
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a));
                }
                Role::InterfaceInOut { target } => {
                    // The caller's reference, lent to the provider through a
                    // slot that writes back what it holds on every path.
                    let t = self.iface_path(*target);
                    p.checks.push(quote! {
                        if #n.is_null() { return #bad; }
                        #[__safety = "checked non-null; the caller passes a slot holding null or a live interface pointer it lends, writable for the call."]
                        let mut #a = unsafe { #sys::__private::InterfaceSlot::<#t>::new(#n.cast()) };
                    });
                    p.args
                        .push(quote!(#n: &mut ::core::option::Option<#sys::ComPtr<#t>>));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a.value_mut()));
                }
                Role::ConsumedCount { .. } | Role::ReplaceCount { .. } => {}
                Role::AllocatorOut { part } => {
                    // Three out-pointers, one returned allocator: written
                    // with its three functions.
                    self.null_first(&mut p, &n, &bad);
                    if *part == 0 {
                        p.outs.push(quote!(#sys::value::Allocator));
                        p.out_locals.push(a.clone());
                    }
                    let first = format_ident!("arg{}", idx - usize::from(*part));
                    let k = proc_macro2::Literal::usize_unsuffixed(usize::from(*part));
                    p.writes.push(quote! {
                        #[__safety = "checked non-null above."]
                        unsafe { #n.write(::core::option::Option::Some(#first.functions().#k)) };
                    });
                }
                Role::Parallel { with, optional } => {
                    // As many elements as the tag array read before it.
                    let tags = format_ident!("arg{}", with);
                    let len = if matches!(abi.params[*with], Role::View { optional: true, .. }) {
                        quote!(#tags.as_ref().map_or(0, |t| t.len()))
                    } else {
                        quote!(#tags.len())
                    };
                    let props = pointee
                        .is_some_and(|t| self.m.mapi_struct(t) == Some(MapiStruct::PropValue));
                    let (read, elem) = if props {
                        let values_safety = format!(
                            "the caller passes one property value per tag at a non-null `{n}`, readable for the call; the view checks the count and reads each value as its type says."
                        );
                        let ptr = self.const_ptr(param, &n);
                        let count = quote!(<#sys::ULONG as ::core::convert::TryFrom<usize>>::try_from(#len).unwrap_or(#sys::ULONG::MAX));
                        (
                            quote! {
                                #[__safety = #values_safety]
                                match unsafe { #sys::value::PropRef::slice_from_raw(#ptr, #count) } {
                                    ::core::result::Result::Ok(v) => v,
                                    ::core::result::Result::Err(__e) => return #view_fail,
                                }
                            },
                            quote!(#sys::value::PropRef<'_>),
                        )
                    } else {
                        let elems_safety = format!(
                            "the caller passes one element per tag at `{n}` (null, misaligned and oversized are checked)."
                        );
                        let t = pointee_ty();
                        (
                            quote! {
                                #[__safety = #elems_safety]
                                match unsafe { #sys::__private::slice_in::<#t>(#n.cast_const(), #len) } {
                                    ::core::result::Result::Ok(s) => s,
                                    ::core::result::Result::Err(__e) => return #fail,
                                }
                            },
                            t,
                        )
                    };
                    if *optional {
                        p.checks.push(quote! {
                            let #a = if #n.is_null() {
                                ::core::option::Option::None
                            } else {
                                ::core::option::Option::Some(#read)
                            };
                        });
                        p.args.push(quote!(#n: ::core::option::Option<&[#elem]>));
                        p.call_args.push(quote!(#a.as_deref()));
                    } else {
                        p.checks.push(quote!(let #a = #read;));
                        p.args.push(quote!(#n: &[#elem]));
                        p.call_args
                            .push(if props { quote!(&#a) } else { quote!(#a) });
                    }
                    p.arg_names.push(n.clone());
                }
                Role::LentCount { .. } => {
                    // Written with the array it counts.
                    self.null_first(&mut p, &n, &bad);
                }
                Role::Lent { of, count } => {
                    // An array the object keeps: borrowed from it, its
                    // pointers handed out, nothing allocated.
                    let v = quote!(#sys::value);
                    let c = to_ident(&m.params[*count].name);
                    let ty = match of {
                        Lent::Strings(_) => quote!(#v::StringTable),
                        Lent::Uids => quote!(#v::UidTable),
                    };
                    self.null_first(&mut p, &n, &bad);
                    let too_big = self.sys_const("MAPI_E_CALL_FAILED");
                    p.prepare.push(quote! {
                        if ::core::primitive::u32::try_from(#a.len()).is_err() { return #too_big; }
                    });
                    if let Lent::Strings(Width::ByFlag(f)) = of {
                        // The strings' width must be the one the returned
                        // flags announce.
                        let flags = format_ident!("arg{}", f);
                        let bit = self.sys_const("MAPI_UNICODE");
                        p.prepare.push(quote! {
                            if #a.is_unicode() != ((#flags.bits() & #bit) != 0) { return #too_big; }
                        });
                    }
                    p.writes.push(quote! {
                        #[__safety = "both out-pointers were checked non-null; the array lives as long as the object, as the method's contract asks."]
                        unsafe {
                            #n.write(#a.as_ptr().cast());
                            #c.write(#a.len() as u32);
                        }
                    });
                    p.outs.push(quote!(&#ty));
                    p.out_locals.push(a.clone());
                }
                Role::Consumed { count } => {
                    // Bytes read from the caller; on success the pointer
                    // and its count are set to zero (the memory stays the
                    // caller's).
                    let c = to_ident(&m.params[*count].name);
                    p.checks.push(quote! {
                        if #n.is_null() || #c.is_null() { return #bad; }
                        #[__safety = "both checked non-null; the caller passes a byte count and a pointer to that many readable bytes (null, misaligned and oversized are checked)."]
                        let #a = match unsafe {
                            #sys::__private::slice_in::<u8>(#n.read_unaligned().cast_const(), #c.read_unaligned() as usize)
                        } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return #fail,
                        };
                    });
                    p.args.push(quote!(#n: &[u8]));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a));
                    p.writes.push(quote! {
                        #[__safety = "both checked non-null above."]
                        unsafe {
                            #n.write_unaligned(::core::ptr::null_mut());
                            #c.write_unaligned(0);
                        }
                    });
                }
                Role::Replace { count } => {
                    // The caller's MAPI bytes (or null) in; the object may give
                    // new ones, which replace them: the old block is freed with
                    // the object's allocator once everything else is written.
                    let c = to_ident(&m.params[*count].name);
                    let current = format_ident!("in{}", idx);
                    let buf = format_ident!("__buf{}", idx);
                    p.checks.push(quote! {
                        if #n.is_null() || #c.is_null() { return #bad; }
                        #[__safety = "both checked non-null; the caller passes a byte count and a pointer to that many readable bytes, or null (misaligned and oversized are checked)."]
                        let #current = match unsafe { #n.read_unaligned() } {
                            __p if __p.is_null() => ::core::option::Option::None,
                            __p => match unsafe {
                                #sys::__private::slice_in::<u8>(__p.cast_const(), #c.read_unaligned() as usize)
                            } {
                                ::core::result::Result::Ok(s) => ::core::option::Option::Some(s),
                                ::core::result::Result::Err(__e) => return #fail,
                            },
                        };
                    });
                    p.args.push(quote!(#n: ::core::option::Option<&[u8]>));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#current));
                    let with_alloc_bytes = with_allocator(
                        sys,
                        &quote! {
                            match #sys::value::write_bytes(__alloc, __bytes) {
                                ::core::result::Result::Ok(b) => ::core::result::Result::Ok((b, *__alloc)),
                                ::core::result::Result::Err(e) => ::core::result::Result::Err(e),
                            }
                        },
                    );
                    p.prepare.push(quote! {
                        let #buf = match &#a {
                            ::core::option::Option::Some(__bytes) => ::core::option::Option::Some(
                                match #with_alloc_bytes {
                                    ::core::result::Result::Ok(b) => b,
                                    ::core::result::Result::Err(e) => return e.0,
                                },
                            ),
                            ::core::option::Option::None => ::core::option::Option::None,
                        };
                    });
                    p.writes.push(quote! {
                        if let ::core::option::Option::Some((__new, __alloc)) = #buf {
                            let (__count, __ptr) = __new.into_raw_parts();
                            #[__safety = "both checked non-null above; the old block is the caller's MAPI allocation (or null), which MAPI's contract lets the object free; the caller now owns the new one."]
                            unsafe {
                                let __old = #n.read_unaligned();
                                if !__old.is_null() {
                                    __alloc.free(__old.cast());
                                }
                                #n.write_unaligned(__ptr.cast());
                                #c.write_unaligned(__count);
                            }
                        }
                    });
                    p.outs
                        .push(quote!(::core::option::Option<::std::vec::Vec<u8>>));
                    p.out_locals.push(a.clone());
                }
                Role::ReservedPtr => {
                    // Nothing for the trait: a pointer that must be null.
                    p.checks.push(quote!(if !#n.is_null() { return #bad; }));
                }
                Role::Opaque { out: false } => {
                    // A value the object keeps or compares, never reads
                    // through: passed on as it is.
                    let opaque =
                        quote!(::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>);
                    let mutable = if self.is_const_ptr(&param.ty) {
                        quote!(.cast_mut())
                    } else {
                        quote!()
                    };
                    p.args.push(quote!(#n: #opaque));
                    p.arg_names.push(n.clone());
                    p.call_args
                        .push(quote!(::core::ptr::NonNull::new(#n #mutable .cast())));
                }
                Role::TaskString { width, optional } => {
                    // The provider returns text; the thunk copies it into
                    // task memory, for the caller to free with CoTaskMemFree.
                    let buf = format_ident!("__buf{}", idx);
                    let make = match width {
                        Width::Unicode => quote!(#sys::value::TaskStr::unicode(&#a)),
                        _ => quote!(#sys::value::TaskStr::ansi(&#a)),
                    };
                    let make = quote! {
                        match #make {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        }
                    };
                    let hand = quote! {
                        #[__safety = "checked non-null; the caller now owns the string."]
                        unsafe { #n.write(#buf.into_raw().cast()) };
                    };
                    if *optional {
                        Self::null_out(&mut p, &n);
                        p.prepare.push(quote! {
                            let #buf = if #n.is_null() {
                                ::core::option::Option::None
                            } else {
                                ::core::option::Option::Some(#make)
                            };
                        });
                        p.writes.push(quote! {
                            if let ::core::option::Option::Some(#buf) = #buf {
                                #hand
                            }
                        });
                    } else {
                        self.null_first(&mut p, &n, &bad);
                        p.prepare.push(quote!(let #buf = #make;));
                        p.writes.push(hand);
                    }
                    p.outs.push(quote!(::std::string::String));
                    p.out_locals.push(a.clone());
                }
                Role::Opaque { out: true } => {
                    // The object's value, stored for the caller as it is.
                    let opaque =
                        quote!(::core::option::Option<::core::ptr::NonNull<::core::ffi::c_void>>);
                    let (null, constant) = if pointee.is_some_and(|t| self.is_const_ptr(t)) {
                        (quote!(::core::ptr::null()), quote!(.cast_const()))
                    } else {
                        (quote!(::core::ptr::null_mut()), quote!())
                    };
                    let value = quote! {
                        match #a {
                            ::core::option::Option::Some(__p) => __p.as_ptr() #constant .cast(),
                            ::core::option::Option::None => #null,
                        }
                    };
                    self.out_param(&mut p, &n, &a, false, &bad, opaque, value);
                }
                Role::Modify {
                    of: MapiStruct::TagArray,
                } => {
                    // Tags read where the pointer points (null: all); when
                    // that is null, the provider may fill them in, and they
                    // are written for the caller.
                    let v = quote!(#sys::value);
                    let was_null = format_ident!("__was_null{}", idx);
                    let buf = format_ident!("__buf{}", idx);
                    p.checks.push(quote! {
                        if #n.is_null() { return #bad; }
                        #[__safety = "checked non-null; the caller passes a readable pointer to a tag array (or to null), the array readable for the call; the view checks the count."]
                        let #a = match unsafe { #v::TagArray::from_raw(#n.read_unaligned()) } {
                            ::core::result::Result::Ok(t) => t.map(#v::TagArray::into_vec),
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                        let #was_null = #a.is_none();
                        let mut #a = #a;
                    });
                    p.args.push(
                        quote!(#n: &mut ::core::option::Option<::std::vec::Vec<#v::PropTag>>),
                    );
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(&mut #a));
                    let write_tags = with_allocator(sys, &quote!(#v::write_tags(__alloc, t)));
                    p.prepare.push(quote! {
                        let #buf = match &#a {
                            ::core::option::Option::Some(t) if #was_null => {
                                match #write_tags {
                                    ::core::result::Result::Ok(b) => ::core::option::Option::Some(b),
                                    ::core::result::Result::Err(e) => return e.0,
                                }
                            }
                            _ => ::core::option::Option::None,
                        };
                    });
                    p.writes.push(quote! {
                        if let ::core::option::Option::Some(#buf) = #buf {
                            #[__safety = "checked non-null; it pointed to null, and the caller now owns the new array."]
                            unsafe { #n.write_unaligned(#buf.into_raw()) };
                        }
                    });
                }
                Role::Modify {
                    of: MapiStruct::FlagList,
                } => {
                    // One result flag per entry, set in place.
                    p.checks.push(quote! {
                        if #n.is_null() { return #bad; }
                        #[__safety = "checked non-null; the caller passes a flag list readable and writable for the call with its `cFlags` flags; the slice checks the count and alignment."]
                        let #a = match unsafe { #sys::__private::flag_list(#n) } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    p.args.push(quote!(#n: &mut [#sys::ULONG]));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a));
                }
                Role::Modify { .. } => {
                    // An address list the provider may change in place: read
                    // whole as owned rows; the changed entries written back.
                    let v = quote!(#sys::value);
                    let before = format_ident!("__before{}", idx);
                    p.checks.push(quote! {
                        if #n.is_null() { return #bad; }
                        #[__safety = "checked non-null; the caller passes an address list readable for the call; the view checks counts and values."]
                        let #before = match unsafe { #v::read_adr_list(#n.cast_const()) } {
                            ::core::result::Result::Ok(::core::option::Option::Some(v)) => v,
                            ::core::result::Result::Ok(::core::option::Option::None) => return #bad,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                        let mut #a = #before.clone();
                    });
                    p.args.push(quote!(#n: &mut [::std::vec::Vec<#v::Prop>]));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(&mut #a));
                    let update = with_allocator(
                        sys,
                        &quote! {
                            #[__safety = "the caller's list, checked non-null and read above; its entries' values are MAPI blocks of the caller's allocator, which the object's is."]
                            unsafe { #v::update_adr_list(__alloc, #n, &#before, &#a) }
                        },
                    );
                    p.prepare.push(quote! {
                        if #a != #before {
                            if let ::core::result::Result::Err(e) = #update {
                                return e.0;
                            }
                        }
                    });
                }
                Role::Reserved { pass } => {
                    let read = match pass {
                        Pass::Value => quote!(let __bits = #n;),
                        _ => quote! {
                            if #n.is_null() { return #bad; }
                            #[__safety = "checked non-null; the caller passes a valid flags word."]
                            let __bits = unsafe { #n.read_unaligned() };
                        },
                    };
                    p.checks.push(quote! {
                        #read
                        if __bits != 0 { return #not_zero; }
                    });
                    if *pass == Pass::InOut {
                        p.writes.push(quote! {
                            #[__safety = "checked non-null above."]
                            unsafe { #n.write_unaligned(0) };
                        });
                    }
                    p.args.push(quote!(#n: #sys::Reserved));
                    p.arg_names.push(n.clone());
                    p.call_args
                        .push(quote!(#sys::Reserved::from_bits_retain(0)));
                }
                Role::Buffer {
                    count,
                    unit,
                    out,
                    optional,
                } => {
                    let c = to_ident(&m.params[*count].name);
                    // Elements holding pointers have views: property values,
                    // Exchange read states, notifications.
                    let view = match pointee.and_then(|t| self.m.mapi_struct(t)) {
                        _ if *out || *unit != Unit::Elements => None,
                        Some(MapiStruct::PropValue) => Some(quote!(PropRef)),
                        Some(MapiStruct::ReadState) => Some(quote!(ReadState)),
                        Some(MapiStruct::Notification) => Some(quote!(NotificationRef)),
                        _ => None,
                    };
                    if let Some(view) = view {
                        let ptr = self.const_ptr(param, &n);
                        let safety = format!(
                            "the caller passes `{c}` elements at a non-null `{n}`, readable for the call; the view checks the count and reads each element as its type says."
                        );
                        let read = quote! {
                            #[__safety = #safety]
                            let #a = match unsafe { #sys::value::#view::slice_from_raw(#ptr, #c) } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => return #view_fail,
                            };
                        };
                        let ty = quote!(&[#sys::value::#view<'_>]);
                        p.view_slice(&n, &a, read, ty, *optional);
                        continue;
                    }
                    // A counted array of strings (`[in, string, size_is(n)]
                    // LPCSTR *`), seen as string views.
                    let strings = match pointee.and_then(|t| self.pointee(t)).map(|t| self.strip(t))
                    {
                        _ if *out || *unit != Unit::Elements || !param.string => None,
                        Some(Type::Prim(Prim::I8)) => Some(false),
                        Some(Type::Prim(Prim::WChar)) => Some(true),
                        _ => None,
                    };
                    if let Some(unicode) = strings {
                        let safety = format!(
                            "the caller passes `{c}` strings at a non-null `{n}`, readable for the call; the view checks the count, null strings, lengths and alignment."
                        );
                        let read = quote! {
                            #[__safety = #safety]
                            let #a = match unsafe { #sys::value::StrRef::counted_from_raw(#n.cast_const().cast(), #c, #unicode) } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => return #view_fail,
                            };
                        };
                        let ty = quote!(&[#sys::value::StrRef<'_>]);
                        p.view_slice(&n, &a, read, ty, *optional);
                        continue;
                    }
                    let names = !*out
                        && *unit == Unit::Elements
                        && pointee
                            .and_then(|t| self.pointee(t))
                            .and_then(|t| self.m.mapi_struct(t))
                            == Some(MapiStruct::NameId);
                    if names {
                        // Pointers to property names are seen as views.
                        let ptr = self.const_ptr(param, &n);
                        let safety = format!(
                            "the caller passes `{c}` pointers to names at a non-null `{n}`, readable for the call; the view checks the count, null names and their kinds."
                        );
                        let read = quote! {
                            #[__safety = #safety]
                            let #a = match unsafe { #sys::value::NameIdRef::array_from_raw(#ptr, #c) } {
                                ::core::result::Result::Ok(v) => v,
                                ::core::result::Result::Err(__e) => return #view_fail,
                            };
                        };
                        let ty = quote!(&[#sys::value::NameIdRef<'_>]);
                        p.view_slice(&n, &a, read, ty, *optional);
                        continue;
                    }
                    let elem = match unit {
                        Unit::Bytes => quote!(u8),
                        Unit::Elements => pointee_ty(),
                    };
                    let (view, ty) = if *out {
                        (quote!(#sys::__private::slice_out), quote!(&mut [#elem]))
                    } else {
                        (quote!(#sys::__private::slice_in), quote!(&[#elem]))
                    };
                    let safety = format!(
                        "the caller passes `{c}` valid elements at `{n}` (null, misaligned and oversized are checked)."
                    );
                    let make = quote! {
                        #[__safety = #safety]
                        match unsafe { #view::<#elem>(#n.cast(), #c as usize) } {
                            ::core::result::Result::Ok(s) => s,
                            ::core::result::Result::Err(__e) => return #fail,
                        }
                    };
                    if *optional {
                        p.checks.push(quote! {
                            let #a = if #n.is_null() { ::core::option::Option::None } else { ::core::option::Option::Some(#make) };
                        });
                        p.args.push(quote!(#n: ::core::option::Option<#ty>));
                    } else {
                        p.checks.push(quote!(let #a = #make;));
                        p.args.push(quote!(#n: #ty));
                    }
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a));
                }
                Role::InterfaceIn {
                    target: InterfaceRef::Fixed(iface),
                    optional,
                } => {
                    let t = self.iface_path(*iface);
                    let ptr = quote!(#n.cast::<#t>());
                    p.interface_in(&n, &a, sys, &t, &ptr, *optional, &bad);
                }
                Role::InterfaceOut { target, null_ok } => {
                    let t = match target {
                        InterfaceRef::Fixed(iface) => self.iface_path(*iface),
                        InterfaceRef::IidIs(_) => quote!(#sys::IUnknown),
                    };
                    let ty = if *null_ok {
                        quote!(::core::option::Option<#sys::ComPtr<#t>>)
                    } else {
                        quote!(#sys::ComPtr<#t>)
                    };
                    self.null_first(&mut p, &n, &bad);
                    p.outs.push(ty);
                    p.out_locals.push(a.clone());
                    let write = match target {
                        InterfaceRef::Fixed(_) => {
                            let take = if *null_ok {
                                quote!(#a.map_or(::core::ptr::null_mut(), |p| p.into_raw()))
                            } else {
                                quote!(#a.into_raw())
                            };
                            quote! {
                                #[__safety = "checked non-null; the caller now owns the reference."]
                                unsafe { #n.write(#take.cast()) };
                            }
                        }
                        InterfaceRef::IidIs(riid) => {
                            let r = to_ident(&m.params[*riid].name);
                            let query = quote! {
                                #[__safety = "`riid` is the caller's IID pointer (null: IUnknown); the out-pointer was checked non-null."]
                                match unsafe { #sys::__private::query_for(__o, #r.cast::<#sys::GUID>()) } {
                                    ::core::result::Result::Ok(p) => unsafe { #n.write(p.cast()) },
                                    ::core::result::Result::Err(e) => return e.0,
                                }
                            };
                            if *null_ok {
                                quote!(if let ::core::option::Option::Some(__o) = &#a { #query })
                            } else {
                                quote!({ let __o = &#a; #query })
                            }
                        }
                    };
                    if matches!(target, InterfaceRef::IidIs(_)) {
                        // Its QueryInterface can fail: do it before any other
                        // out-value reaches the caller, so a failure leaves
                        // every out-pointer null.
                        p.writes.insert(p.fallible_writes, write);
                        p.fallible_writes += 1;
                    } else {
                        p.writes.push(write);
                    }
                }
                Role::Alloc {
                    of,
                    count,
                    width,
                    optional,
                    null_ok,
                } => {
                    let unicode = |w: &Width| self.thunk_unicode(m, w);
                    let v = quote!(#sys::value);
                    let (ty, write) = match of {
                        Alloc::Struct(MapiStruct::PropValue) => {
                            (quote!(#v::PropArray<'_>), quote!(#a.write(__alloc)))
                        }
                        Alloc::Struct(MapiStruct::TagArray) => (
                            quote!(::std::vec::Vec<#v::PropTag>),
                            quote!(#v::write_tags(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::ProblemArray) => (
                            quote!(::std::vec::Vec<#v::Problem>),
                            quote!(#v::write_problems(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::TnefProblemArray) => (
                            quote!(::std::vec::Vec<#v::TnefProblem>),
                            quote!(#v::write_tnef_problems(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::RowSet) => (
                            quote!(::std::vec::Vec<::std::vec::Vec<#v::Prop>>),
                            quote!(#v::write_row_set(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::MapiError) => {
                            let u = unicode(width.as_ref().unwrap_or(&Width::Ansi));
                            (
                                quote!(#v::MapiError),
                                quote!(#v::write_mapi_error(__alloc, &#a, #u).map(#v::MapiErrorBuffer::into_buffer)),
                            )
                        }
                        Alloc::Struct(MapiStruct::SortOrderSet) => {
                            (quote!(#v::SortOrderSet), quote!(#a.write(__alloc)))
                        }
                        Alloc::Struct(MapiStruct::Row) => (
                            quote!(::std::vec::Vec<#v::Prop>),
                            quote!(#v::write_row(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::Restriction) => {
                            (quote!(#v::Restriction), quote!(#a.write(__alloc)))
                        }
                        Alloc::Struct(MapiStruct::NameId) => (
                            quote!(::std::vec::Vec<::core::option::Option<#v::NameId>>),
                            quote!(#v::write_name_ids(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::EntryList) => (
                            quote!(::std::vec::Vec<#v::EntryId>),
                            quote!(#v::write_entry_list(__alloc, &#a)),
                        ),
                        Alloc::Struct(MapiStruct::FormInfoArray) => {
                            let info = self.sys_const("IMAPIFormInfo");
                            (
                                quote!(::std::vec::Vec<::core::option::Option<#sys::ComPtr<#info>>>),
                                quote!(#v::write_form_infos(__alloc, &#a)),
                            )
                        }
                        Alloc::Struct(MapiStruct::FormPropArray) => {
                            let u = unicode(width.as_ref().unwrap_or(&Width::Ansi));
                            (
                                quote!(::std::vec::Vec<#v::FormProp>),
                                quote!(#v::write_form_props(__alloc, &#a, #u)),
                            )
                        }
                        Alloc::Struct(MapiStruct::VerbArray) => {
                            let u = unicode(width.as_ref().unwrap_or(&Width::Ansi));
                            (
                                quote!(::std::vec::Vec<#v::Verb>),
                                quote!(#v::write_verbs(__alloc, &#a, #u)),
                            )
                        }
                        Alloc::Plain => {
                            let t = self
                                .ty(pointee.and_then(|t| self.pointee(t)).unwrap_or(&Type::Void));
                            (t, quote!(#v::write_plain(__alloc, &#a)))
                        }
                        Alloc::Struct(_) => (quote!(#v::EntryId), quote!(#a.write(__alloc))),
                        Alloc::String(Width::Ansi) => (
                            quote!(::std::string::String),
                            quote!(#v::write_ansi(__alloc, &#v::string_to_ansi(&#a))),
                        ),
                        Alloc::String(Width::Unicode) => (
                            quote!(::std::string::String),
                            quote!(#v::write_unicode(__alloc, &#a)),
                        ),
                        Alloc::Bytes => (
                            quote!(::std::vec::Vec<u8>),
                            quote!(#v::write_bytes(__alloc, &#a)),
                        ),
                        Alloc::String(w) => {
                            let u = unicode(w);
                            (
                                quote!(::std::string::String),
                                quote!(#v::write_tstr(__alloc, &#a, #u)),
                            )
                        }
                        Alloc::Strings(w) => {
                            let u = unicode(w);
                            (
                                quote!(::std::vec::Vec<::std::string::String>),
                                quote!(#v::write_strings(__alloc, &#a, #u)),
                            )
                        }
                        Alloc::Ulongs => (
                            quote!(::std::vec::Vec<u32>),
                            quote!(#v::write_ulongs(__alloc, &#a)),
                        ),
                    };
                    let buf = format_ident!("__buf{}", idx);
                    let hand = match count {
                        Some(c) => {
                            let c = to_ident(&m.params[*c].name);
                            quote! {
                                let (__count, __ptr) = #buf.into_raw_parts();
                                #[__safety = "both out-pointers were checked non-null (an optional pair before allocating); the caller now owns the block."]
                                unsafe {
                                    #n.write(__ptr.cast());
                                    #c.write(__count);
                                }
                            }
                        }
                        None => quote! {
                            #[__safety = "checked non-null; the caller now owns the block."]
                            unsafe { #n.write(#buf.into_raw().cast()) };
                        },
                    };
                    let written = with_allocator(sys, &write);
                    let make = quote! {
                        match #written {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        }
                    };
                    if *null_ok {
                        // The value is optional: written when there is one.
                        let write = write.clone();
                        let written = with_allocator(sys, &write);
                        let make = quote! {
                            match #written {
                                ::core::result::Result::Ok(b) => b,
                                ::core::result::Result::Err(e) => return e.0,
                            }
                        };
                        if *optional {
                            Self::null_out(&mut p, &n);
                        } else {
                            self.null_first(&mut p, &n, &bad);
                        }
                        p.prepare.push(quote! {
                            let #buf = match #a {
                                ::core::option::Option::Some(#a) if !#n.is_null() => {
                                    ::core::option::Option::Some(#make)
                                }
                                _ => ::core::option::Option::None,
                            };
                        });
                        p.writes.push(quote! {
                            if let ::core::option::Option::Some(#buf) = #buf {
                                #hand
                            }
                        });
                    } else if *optional {
                        Self::null_out(&mut p, &n);
                        // Nothing to allocate when the caller does not want it,
                        // nor for an empty problem array.
                        let wanted = if matches!(
                            of,
                            Alloc::Struct(MapiStruct::ProblemArray | MapiStruct::TnefProblemArray)
                        ) {
                            quote!(!#n.is_null() && !#a.is_empty())
                        } else if let Some(c) = count {
                            // A counted value goes out only with its count.
                            let c = to_ident(&m.params[*c].name);
                            quote!(!#n.is_null() && !#c.is_null())
                        } else {
                            quote!(!#n.is_null())
                        };
                        p.prepare.push(quote! {
                            let #buf = if #wanted {
                                ::core::option::Option::Some(#make)
                            } else {
                                ::core::option::Option::None
                            };
                        });
                        p.writes.push(quote! {
                            if let ::core::option::Option::Some(#buf) = #buf {
                                #hand
                            }
                        });
                    } else {
                        self.null_first(&mut p, &n, &bad);
                        p.prepare.push(quote!(let #buf = #make;));
                        p.writes.push(hand);
                    }
                    if *of == Alloc::Struct(MapiStruct::PropValue) && errors_returned {
                        p.adjust.push(quote! {
                            let status = if status == 0 {
                                #a.errors_returned().0
                            } else {
                                status
                            };
                        });
                    }
                    p.outs.push(if *null_ok {
                        quote!(::core::option::Option<#ty>)
                    } else {
                        ty
                    });
                    p.out_locals.push(a.clone());
                }
                Role::AllocCount { of } => {
                    // Written with its value by the `Alloc` it counts; as
                    // optional as that value.
                    if matches!(abi.params[*of], Role::Alloc { optional: true, .. }) {
                        Self::null_out(&mut p, &n);
                    } else {
                        self.null_first(&mut p, &n, &bad);
                    }
                }
                Role::Out { optional, .. } => {
                    self.out_param(&mut p, &n, &a, *optional, &bad, pointee_ty(), quote!(#a));
                }
                Role::Variant { requested } => {
                    // The provider returns a value; the thunk lays it out in
                    // task memory (before any out-value is handed over) and
                    // stores the whole PROPVARIANT, for the caller to clear.
                    let buf = format_ident!("__buf{}", idx);
                    if *requested {
                        p.checks.push(quote!(if #n.is_null() { return #bad; }));
                        p.args.push(quote!(#n: u16));
                        p.arg_names.push(n.clone());
                        p.call_args.push(quote! {
                            #[__safety = "checked non-null; the caller passes a readable value whose `vt` names the type it asks for."]
                            unsafe { ::core::ptr::addr_of!((*#n).vt).read_unaligned() }
                        });
                    } else {
                        p.nulls.push(quote! {
                            if !#n.is_null() {
                                #[__safety = "the caller passed a writable out-pointer."]
                                unsafe { #n.write_unaligned(#sys::__private::call::empty_raw()) };
                            }
                        });
                        p.checks.push(quote!(if #n.is_null() { return #bad; }));
                    }
                    p.prepare.push(quote! {
                        let #buf = match #a.to_task() {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    p.writes.push(quote! {
                        #[__safety = "checked non-null; the caller now owns the value."]
                        unsafe { #n.write_unaligned(#buf.into_raw()) };
                    });
                    p.outs.push(quote!(#sys::value::PropVariant));
                    p.out_locals.push(a.clone());
                }
                Role::TaskBlob => {
                    // The provider returns bytes; the thunk copies them into a
                    // task block (before any out-value is handed over) and
                    // stores the BLOB, for the caller to free.
                    let buf = format_ident!("__buf{}", idx);
                    p.nulls.push(quote! {
                        if !#n.is_null() {
                            #[__safety = "the caller passed a writable out-pointer."]
                            unsafe { #n.write_unaligned(#sys::__private::call::empty_blob()) };
                        }
                    });
                    p.checks.push(quote!(if #n.is_null() { return #bad; }));
                    p.prepare.push(quote! {
                        let #buf = match #sys::value::TaskBlob::new(&#a) {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    p.writes.push(quote! {
                        #[__safety = "checked non-null; the caller now owns the bytes."]
                        unsafe { #n.write_unaligned(#buf.into_raw()) };
                    });
                    p.outs.push(quote!(::std::vec::Vec<u8>));
                    p.out_locals.push(a.clone());
                }
                Role::HandedOverCount { .. } | Role::HandedOverFlag { .. } => {
                    // Read with the records they describe.
                }
                Role::HandedOver(h) => {
                    // The caller hands the records' task memory over: the thunk
                    // reads them into owned values and frees that memory before
                    // the object runs, whatever it answers.
                    let take = match h {
                        Handed::Objects {
                            count: c,
                            frees_array: f,
                        } => {
                            let unk = self.sys_const("IUnknown");
                            let c = to_ident(&m.params[*c].name);
                            let f = to_ident(&m.params[*f].name);
                            p.args.push(quote!(#n: ::std::vec::Vec<::core::option::Option<#sys::ComPtr<#unk>>>));
                            quote! {
                                #[__safety = "the caller hands over `count` references at a non-null array (a block of the task allocator when the flag says so); a null array with a count and oversized counts are refused."]
                                unsafe { #sys::value::TaskObjects::take(#c, #n, #f != 0) }
                            }
                        }
                        Handed::Records {
                            of,
                            count: c,
                            frees_array: f,
                        } => {
                            let rec = self.task_record(*of);
                            let c = to_ident(&m.params[*c].name);
                            let f = to_ident(&m.params[*f].name);
                            p.args.push(quote!(#n: ::std::vec::Vec<#rec>));
                            quote! {
                                #[__safety = "the caller hands over `count` entries at a non-null array, their strings (and the array when the flag says so) blocks of the task allocator; a null array with a count and oversized counts are refused."]
                                unsafe { #sys::value::TaskArray::<#rec>::take(#c, #n, #f != 0) }
                            }
                        }
                        Handed::One(MapiStruct::AddressList) => {
                            let rec = self.task_record(MapiStruct::AddressProps);
                            p.args.push(quote!(#n: ::std::vec::Vec<#rec>));
                            quote! {
                                #[__safety = "checked non-null; the caller hands over a list whose array and strings are blocks of the task allocator."]
                                unsafe { #sys::value::TaskArray::<#rec>::adopt_list(#n) }
                            }
                        }
                        Handed::One(MapiStruct::Blob) => {
                            p.args.push(quote!(#n: ::std::vec::Vec<u8>));
                            quote! {
                                #[__safety = "checked non-null; the caller hands over bytes in a block of the task allocator."]
                                unsafe { #sys::value::TaskBlob::adopt(#n) }
                            }
                        }
                        Handed::One(MapiStruct::PropVariant) => {
                            p.args.push(quote!(#n: #sys::value::PropVariant));
                            quote! {
                                #[__safety = "checked non-null; the caller hands over a value whose strings and bytes are blocks of the task allocator."]
                                unsafe { #sys::value::PropVariant::adopt(#n) }
                            }
                        }
                        Handed::One(of) => {
                            let rec = self.task_record(*of);
                            p.args.push(quote!(#n: #rec));
                            quote! {
                                #[__safety = "checked non-null; the caller hands over a record whose strings are blocks of the task allocator."]
                                unsafe { #sys::value::TaskOne::<#rec>::take(#n) }
                            }
                        }
                    };
                    if h.array().is_none() {
                        p.checks.push(quote!(if #n.is_null() { return #bad; }));
                    }
                    p.checks.push(quote! {
                        let #a = match #take {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                    });
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(#a));
                }
                Role::Search { of } => {
                    // The name is a view for the call; the place the object
                    // leaves in `reserved` is written back on success.
                    let cursor = if *of == MapiStruct::FindBody {
                        quote!(#sys::value::FindBodyCursor)
                    } else {
                        quote!(#sys::value::FindCursor)
                    };
                    p.checks.push(quote! {
                        if #n.is_null() { return #bad; }
                        #[__safety = "checked non-null; the caller passes a readable search whose strings are null or NUL-terminated for the call."]
                        let mut #a = match unsafe { #cursor::from_raw(#n) } {
                            ::core::result::Result::Ok(v) => v,
                            ::core::result::Result::Err(__e) => return #view_fail,
                        };
                    });
                    p.args.push(quote!(#n: &mut #cursor<'_>));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote!(&mut #a));
                    p.writes.push(quote! {
                        #[__safety = "checked non-null and writable."]
                        unsafe { ::core::ptr::addr_of_mut!((*#n).dwReserved).write_unaligned(#a.reserved) };
                    });
                }
                Role::TaskRecord { of, requested } => {
                    // The provider returns the record; the thunk lays it out in
                    // task memory (before any out-value is handed over) and
                    // stores it, for the caller to free.
                    let buf = format_ident!("__buf{}", idx);
                    let list = *of == MapiStruct::AddressList;
                    let rec = self.task_record(*of);
                    let empty = if list {
                        quote!(#sys::value::TaskArray::<#rec>::empty_list())
                    } else {
                        quote!(<#rec as #sys::value::TaskRecord>::zeroed())
                    };
                    let asked = format_ident!("__asked{}", idx);
                    if *requested {
                        // What is asked for is read first; then the record is
                        // emptied, so a failure leaves nothing to free.
                        p.checks.push(quote! {
                            if #n.is_null() { return #bad; }
                            #[__safety = "checked non-null; the caller passes a readable record whose `dwProps` asks for members."]
                            let #asked = unsafe { ::core::ptr::addr_of!((*#n).dwProps).read_unaligned() };
                            #[__safety = "checked non-null and writable."]
                            unsafe { #n.write_unaligned(#empty) };
                        });
                        p.args.push(quote!(#n: u32));
                        p.arg_names.push(n.clone());
                        p.call_args.push(quote!(#asked));
                    } else {
                        p.nulls.push(quote! {
                            if !#n.is_null() {
                                #[__safety = "the caller passed a writable out-pointer."]
                                unsafe { #n.write_unaligned(#empty) };
                            }
                        });
                        p.checks.push(quote!(if #n.is_null() { return #bad; }));
                    }
                    let (make, raw, ty) = if list {
                        (
                            quote!(#sys::value::TaskArray::<#rec>::new(&#a)),
                            quote!(#buf.into_list()),
                            quote!(::std::vec::Vec<#rec>),
                        )
                    } else {
                        (
                            quote!(#sys::value::TaskOne::<#rec>::new(&#a)),
                            quote!(#buf.into_raw()),
                            quote!(#rec),
                        )
                    };
                    p.prepare.push(quote! {
                        let #buf = match #make {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    p.writes.push(quote! {
                        #[__safety = "checked non-null; the caller now owns the blocks."]
                        unsafe { #n.write_unaligned(#raw) };
                    });
                    p.outs.push(ty);
                    p.out_locals.push(a.clone());
                }
                Role::TaskArrayCount { .. } => {
                    // Written with the array it counts.
                    self.null_first(&mut p, &n, &bad);
                }
                Role::TaskEntriesCount { of } => {
                    // Written with the entries it counts, which check it.
                    match &abi.params[*of] {
                        Role::TaskEntries {
                            count_optional: true,
                            ..
                        } => Self::null_out(&mut p, &n),
                        _ => self.null_first(&mut p, &n, &bad),
                    }
                }
                Role::TaskArray { of, count } => {
                    // The provider returns records; the thunk lays them out in
                    // task memory, entries and array (before any out-value is
                    // handed over), and stores the array with its count.
                    let rec = self.task_record(*of);
                    let cn = to_ident(&m.params[*count].name);
                    let buf = format_ident!("__buf{}", idx);
                    self.null_first(&mut p, &n, &bad);
                    p.prepare.push(quote! {
                        let #buf = match #sys::value::TaskArray::<#rec>::new(&#a) {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    p.writes.push(quote! {
                        #[__safety = "both checked non-null; the caller now owns the array and its entries' blocks."]
                        unsafe {
                            #cn.write(#buf.count());
                            #n.write(#buf.into_raw());
                        }
                    });
                    p.outs.push(quote!(::std::vec::Vec<#rec>));
                    p.out_locals.push(a.clone());
                }
                Role::TaskEntries {
                    of,
                    capacity,
                    count,
                    count_optional,
                } => {
                    // The provider returns at most `capacity` records; the thunk
                    // lays out their blocks in task memory (before any
                    // out-value is handed over), copies them into the caller's
                    // array and stores how many, answering `S_FALSE` when
                    // fewer than asked for.
                    let rec = self.task_record(*of);
                    let cap = to_ident(&m.params[*capacity].name);
                    let cn = to_ident(&m.params[*count].name);
                    let buf = format_ident!("__buf{}", idx);
                    let s_false = self.sys_const("S_FALSE");
                    p.checks
                        .push(quote!(if #n.is_null() && #cap != 0 { return #bad; }));
                    if *count_optional {
                        // COM lets a caller asking for one entry pass no count.
                        p.checks
                            .push(quote!(if #cn.is_null() && #cap != 1 { return #bad; }));
                    }
                    p.adjust.push(quote! {
                        let status = if status == 0 && #a.len() < #cap as usize {
                            #s_false
                        } else {
                            status
                        };
                    });
                    p.prepare.push(quote! {
                        let #buf = match #sys::value::TaskEntries::<#rec>::new(&#a, #cap) {
                            ::core::result::Result::Ok(b) => b,
                            ::core::result::Result::Err(e) => return e.0,
                        };
                    });
                    // A count that may be null (for one entry) is written
                    // when given; a required one was checked above.
                    let write_count = if *count_optional {
                        quote! {
                            if !#cn.is_null() {
                                #[__safety = "checked non-null."]
                                unsafe { #cn.write(__n) };
                            }
                        }
                    } else {
                        quote! {
                            #[__safety = "checked non-null above."]
                            unsafe { #cn.write(__n) };
                        }
                    };
                    p.writes.push(quote! {
                        #[__safety = "the caller's array holds `capacity` entries, at least as many as written (null only for none)."]
                        let __n = unsafe { #buf.write_to(#n) };
                        #write_count
                    });
                    p.outs.push(quote!(::std::vec::Vec<#rec>));
                    p.out_locals.push(a.clone());
                }
                Role::InOut => {
                    p.checks.push(quote!(if #n.is_null() { return #bad; }));
                    let t = pointee_ty();
                    p.args.push(quote!(#n: &mut #t));
                    p.arg_names.push(n.clone());
                    p.call_args.push(quote! {
                        #[__safety = "checked non-null; the caller passes a valid in-out value."]
                        unsafe { &mut *#n }
                    });
                }
            }
        }
        p
    }

    /// Whether a value of `ty` is plain data: no pointer (data, function or
    /// interface) or handle inside, so a copy of it is all there is to read.
    fn is_plain(&self, ty: &Type) -> bool {
        self.is_plain_at(ty, 0)
    }

    fn is_plain_at(&self, ty: &Type, depth: u32) -> bool {
        if depth > 32 {
            return false;
        }
        match self.strip(ty) {
            Type::Prim(Prim::Handle)
            | Type::Ptr { .. }
            | Type::Interface(_)
            | Type::Function(_)
            | Type::Void => false,
            Type::Prim(_) | Type::Enum(_) | Type::FlagGroup(_) => true,
            Type::Array { elem, len } => len.is_some() && self.is_plain_at(elem, depth + 1),
            Type::Struct(s) => self.m.structs[s.index()].fields.as_ref().is_some_and(|f| {
                !f.is_empty()
                    && f.iter().all(|f| {
                        !matches!(
                            f.ty,
                            Type::Array {
                                len: None | Some(0),
                                ..
                            }
                        ) && self.is_plain_at(&f.ty, depth + 1)
                    })
            }),
            // What `strip` stops at: an opaque handle, a value.
            Type::Typedef(id) => self.m.is_handle(*id),
        }
    }

    /// The `# Safety` paragraphs of a trait method that takes or returns raw
    /// pointers (none for a safe one): what the thunk passes on unchecked.
    fn provider_safety(&self, m: &Method, p: &Parts) -> Vec<String> {
        let lines: Vec<String> = p
            .raw
            .iter()
            .map(|&k| {
                let param = &m.params[k];
                // The parameter's own docs say what it points to.
                let doc = param.docs.split_whitespace().collect::<Vec<_>>().join(" ");
                let doc = if doc.is_empty() { doc } else { format!("{doc} ") };
                let rule = if param.retained {
                    "It is passed on as the caller gave it, unchecked beyond null: the caller keeps it valid after the call for as long as the method's contract says, and the implementation may keep it that long, reading or writing through it only as that contract says."
                } else if param.dir == Direction::Out {
                    "It is the caller's out-pointer (nulled first when not null): what the implementation stores there reaches the caller as it is, and must be valid as the method's contract says."
                } else {
                    "It is passed on as the caller gave it, unchecked beyond null: the implementation may read or write through it only as the method's contract says, and must not keep it beyond the call unless that contract allows."
                };
                format!(
                    "`{}` (`{}`): {doc}{rule}",
                    param.name,
                    self.m.type_name(&param.ty)
                )
            })
            .collect();
        lines
    }

    /// `n` as a `*const` pointer of any pointee (for a view's constructor).
    fn const_ptr(&self, param: &Param, n: &Ident) -> TokenStream {
        if self.is_const_ptr(&param.ty) {
            quote!(#n.cast())
        } else {
            quote!(#n.cast_const().cast())
        }
    }

    /// Whether strings of `width` are UTF-16 in this call: for
    /// [`Width::ByFlag`], whether the `MAPI_UNICODE` bit is set in the flags
    /// parameter as the thunk received it.
    fn thunk_unicode(&self, m: &Method, width: &Width) -> TokenStream {
        let f = match width {
            Width::Ansi => return quote!(false),
            Width::Unicode => return quote!(true),
            Width::ByFlag(f) => *f,
        };
        let flags = to_ident(&m.params[f].name);
        let bit = self.sys_const("MAPI_UNICODE");
        if self.pointee(&m.params[f].ty).is_some() {
            // Flags passed by pointer (`[in, out] ULONG *lpulFlags`): the
            // bit as the caller passed it in (null: not set).
            quote! {{
                #[__safety = "a non-null flags pointer from the caller points to a readable flags word."]
                let __flags = if #flags.is_null() { 0 } else { unsafe { #flags.read_unaligned() } };
                (__flags & #bit) != 0
            }}
        } else {
            quote!((#flags & #bit) != 0)
        }
    }

    /// A parameter passed to the trait as its raw C type.
    fn raw_param(
        &self,
        p: &mut Parts,
        param: &Param,
        n: &Ident,
        required: bool,
        bad: &TokenStream,
    ) {
        if required {
            p.checks.push(quote!(if #n.is_null() { return #bad; }));
        }
        if param.dir == Direction::Out && self.pointee(&param.ty).is_some() {
            // A raw out-pointer is still nulled first.
            Self::null_out(p, n);
        }
        let t = self.param_ty(&param.ty);
        p.args.push(quote!(#n: #t));
        p.arg_names.push(n.clone());
        p.call_args.push(quote!(#n));
    }

    /// Nulls an out-pointer before any check (so it is null whenever the
    /// call fails) and requires it.
    /// Nulls the out-pointer `n` when it is not null, before any check,
    /// so it is null whenever the call fails.
    fn null_out(p: &mut Parts, n: &Ident) {
        p.nulls.push(quote! {
            if !#n.is_null() {
                #[__safety = "the caller passed a writable out-pointer."]
                unsafe { ::core::ptr::write_bytes(#n, 0, 1) };
            }
        });
    }

    fn null_first(&self, p: &mut Parts, n: &Ident, bad: &TokenStream) {
        Self::null_out(p, n);
        p.checks.push(quote!(if #n.is_null() { return #bad; }));
    }

    /// A returned value written through `n` as `value` on success.
    #[allow(clippy::too_many_arguments)]
    fn out_param(
        &self,
        p: &mut Parts,
        n: &Ident,
        a: &Ident,
        optional: bool,
        bad: &TokenStream,
        ty: TokenStream,
        value: TokenStream,
    ) {
        if optional {
            Self::null_out(p, n);
            p.writes.push(quote! {
                if !#n.is_null() {
                    #[__safety = "checked non-null; the caller passes a writable out-pointer."]
                    unsafe { #n.write(#value) };
                }
            });
        } else {
            self.null_first(p, n, bad);
            p.writes.push(quote! {
                #[__safety = "checked non-null above."]
                unsafe { #n.write(#value) };
            });
        }
        p.outs.push(ty);
        p.out_locals.push(a.clone());
    }

    fn thunk(
        &self,
        i: &Interface,
        m: &Method,
        abi: &MethodAbi,
        p: &Parts,
        trait_name: &Ident,
        fname: &Ident,
    ) -> TokenStream {
        let sys = &self.o.sys;
        let slot = to_ident(&m.name);
        let params: Vec<TokenStream> = m
            .params
            .iter()
            .map(|p| {
                let n = to_ident(&p.name);
                let t = self.param_ty(&p.ty);
                quote!(#n: #t)
            })
            .collect();
        let ret = self.ret(&m.ret);
        let (nulls, checks, call_args, writes) = (&p.nulls, &p.checks, &p.call_args, &p.writes);
        let (adjust, prepare) = (&p.adjust, &p.prepare);
        let name = format!(" `{}::{}`.", i.name, m.name);
        let (args_first, call) = if self.provider_safety(m, p).is_empty() {
            (
                TokenStream::new(),
                quote!(<O::Inner as #trait_name>::#fname(object.inner(), #(#call_args),*)),
            )
        } else {
            // The arguments first, each with its own `unsafe` where it needs
            // one, so that only the call is in the block for the method's.
            let names: Vec<Ident> = (0..call_args.len())
                .map(|k| format_ident!("__c{k}"))
                .collect();
            (
                quote!(#(let #names = #call_args;)*),
                quote! {
                    #[__safety = "the raw pointers are the caller's, passed on as the method's `# Safety` says."]
                    unsafe { <O::Inner as #trait_name>::#fname(object.inner(), #(#names),*) }
                },
            )
        };
        // A returned pointer is `Option<NonNull<T>>` in the trait.
        let call = match &abi.ret {
            Return::Value(t) if self.pointee(t).is_some() => {
                quote!(#call.map_or(::core::ptr::null_mut(), ::core::ptr::NonNull::as_ptr))
            }
            _ => call,
        };
        let body = match &abi.ret {
            Return::Status { warnings } => {
                let pattern = match p.out_locals.len() {
                    0 => quote!(()),
                    1 => {
                        let o = &p.out_locals[0];
                        quote!(#o)
                    }
                    _ => {
                        let o = &p.out_locals;
                        quote!((#(#o),*))
                    }
                };
                // With several values, a failure to write one releases the
                // others unseen: objects among them were never handed out
                // (a derived store then skips `StoreLogoffTransports`).
                // The provider's deferred work (`kit::on_commit`) runs once
                // every value is allocated, before any is handed out; its
                // error fails the call.
                let (outs, abandon, commits, commit) = if p.out_locals.len() > 1 {
                    (
                        quote!(__outs),
                        quote! {
                            let __unseen = #sys::__private::Unseen::enter();
                            let #pattern = __outs;
                        },
                        quote!(let __commits = #sys::__private::Commits::enter();),
                        quote! {
                            if let ::core::result::Result::Err(e) = __commits.run() {
                                return e.0;
                            }
                        },
                    )
                } else {
                    (pattern.clone(), quote!(), quote!(), quote!())
                };
                // Every call yields (status, values): `S_OK` for plain
                // methods, the twin's code for methods with `warnings`, where
                // a failure code in `Ok` becomes that error without writing
                // the values.
                // (No closure per thunk: each would be one more function
                // for rustc to check and encode, in every thunk.)
                let (call, ok, status) = if warnings.is_empty() {
                    (call, quote!(#outs), quote!(let status: #sys::HRESULT = 0;))
                } else {
                    (
                        quote!(#sys::__private::warned(#call)),
                        quote!((status, #outs)),
                        quote!(),
                    )
                };
                quote! {
                    #sys::__private::guard(|| {
                        #(#nulls)*
                        #(#checks)*
                        #[__safety = "`this` is the pointer to vtable `INDEX` of a live `O`, as handed out by `O` itself."]
                        let object = unsafe { O::from_interface(this, INDEX) };
                        #args_first
                        #commits
                        match #call {
                            ::core::result::Result::Ok(#ok) => {
                                #status
                                #abandon
                                #(#adjust)*
                                #(#prepare)*
                                #commit
                                #(#writes)*
                                status
                            }
                            ::core::result::Result::Err(e) => e.0,
                        }
                    })
                }
            }
            Return::Value(_) | Return::Void => {
                let zero = if abi.ret == Return::Void {
                    quote!(())
                } else {
                    self.zero(&m.ret)
                };
                quote! {
                    #sys::__private::guard_or(#zero, || {
                        #(#checks)*
                        #[__safety = "`this` is the pointer to vtable `INDEX` of a live `O`, as handed out by `O` itself."]
                        let object = unsafe { O::from_interface(this, INDEX) };
                        #args_first
                        #call
                    })
                }
            }
        };
        quote! {
            #slot: {
                #[doc = #name]
                unsafe extern "system" fn thunk<O: #sys::ComObject, const INDEX: usize>(
                    this: *mut ::core::ffi::c_void,
                    #(#params),*
                ) #ret
                where
                    O::Inner: #trait_name,
                {
                    #body
                }
                thunk::<O, INDEX>
            },
        }
    }
}

/// A parameter read into a view by `read` (which binds `a` to an
/// `Option`): `ty` in the trait, or `Option<ty>` when null is allowed (else
/// null is `bad`); passed as `by_ref` (of the unwrapped value) or `opt_ref`.
#[allow(clippy::too_many_arguments)]
fn view_param(
    p: &mut Parts,
    n: &Ident,
    a: &Ident,
    optional: bool,
    bad: &TokenStream,
    read: TokenStream,
    ty: TokenStream,
    by_ref: TokenStream,
    opt_ref: TokenStream,
) {
    p.checks.push(read);
    if optional {
        p.args.push(quote!(#n: ::core::option::Option<#ty>));
        p.call_args.push(opt_ref);
    } else {
        p.checks.push(quote! {
            let ::core::option::Option::Some(#a) = #a else { return #bad; };
        });
        p.args.push(quote!(#n: #ty));
        p.call_args.push(by_ref);
    }
    p.arg_names.push(n.clone());
}

/// `write` (an expression of `Result<T, Hresult>` that reads `__alloc`, an
/// `&Allocator`) with the object's allocator, or its error: a `match`, not
/// a closure, so that a thunk adds no function of its own per value.
fn with_allocator(sys: &TokenStream, write: &TokenStream) -> TokenStream {
    quote! {
        match <O as #sys::ComObject>::allocator(object) {
            ::core::result::Result::Ok(__a) => {
                let __alloc = &__a;
                #write
            }
            ::core::result::Result::Err(__e) => ::core::result::Result::Err(__e),
        }
    }
}
