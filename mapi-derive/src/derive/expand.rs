//! Expansion of a COM object derive: the `#[repr(C)]` object (vtable
//! pointers first, then the reference count, then the provider's value),
//! its static vtables, `QueryInterface` over every inheritance chain, and
//! `into_com`/`into_raw`.

use super::Flavor;
use super::valid::Checked;
use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{DeriveInput, Path};

pub(crate) fn expand(input: &DeriveInput, c: &Checked, flavor: Flavor) -> TokenStream {
    let name = &input.ident;
    let object = format_ident!("__{}ComObject", name);
    let n = c.interfaces.len();
    let is_store = flavor == Flavor::MsgStore;
    let first = &c.interfaces[0];

    let statics: Vec<TokenStream> = c
        .interfaces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let v = format_ident!("VTABLE_{}", i);
            // The vtable constructor is where `O::Inner: IFooImpl` is required:
            // spanned at the interface name, a missing `impl IFooImpl for T`
            // is reported once, at the attribute that asked for it.
            let span = p.span();
            let at = Ident::new(&object.to_string(), span);
            let mut index = Literal::usize_unsuffixed(i);
            index.set_span(span);
            let init = if is_store && i == 0 {
                // The store implements StoreLogoff itself: it saves the flags
                // for the release-time call to StoreLogoffTransports.
                quote_spanned!(span=> ::mapi_sys::__private::msg_store_vtbl::<#at, #index>())
            } else {
                quote_spanned!(span=> <#p as ::mapi_sys::Interface>::Vtbl::new::<#at, #index>())
            };
            quote! {
                static #v: <#p as ::mapi_sys::Interface>::Vtbl = #init;
            }
        })
        .collect();
    let vtable_ptrs = (0..n).map(|i| {
        let v = format_ident!("VTABLE_{}", i);
        quote!(::core::ptr::addr_of!(#v).cast::<::core::ffi::c_void>())
    });
    let matches = c.interfaces.iter().enumerate().map(|(i, p)| {
        quote! {
            if <#p as ::mapi_sys::Interface>::matches(iid) {
                // SAFETY: the caller passes a live object; the place is
                // projected from the raw pointer, with no reference made.
                return ::core::option::Option::Some(
                    unsafe { ::core::ptr::addr_of!((*this).vtables[#i]) }
                        .cast_mut()
                        .cast::<::core::ffi::c_void>(),
                );
            }
        }
    });
    let logoff_field = is_store.then(|| quote!(logoff: ::mapi_sys::__private::LogoffState,));
    let logoff_init = is_store.then(|| quote!(logoff: ::core::default::Default::default(),));
    let store_impl = is_store.then(|| {
        quote! {
            impl ::mapi_sys::__private::StoreObject for #object {
                fn logoff_state(&self) -> &::mapi_sys::__private::LogoffState {
                    &self.logoff
                }
            }
        }
    });
    let final_release = match (&c.support, c.logoff_transports && is_store) {
        (Some(field), true) => quote! {
            // The seed contract: at the last release, StoreLogoffTransports
            // with the saved flags (LOGOFF_ABORT if StoreLogoff never came).
            ::mapi_sys::__private::logoff_transports(
                ::mapi_sys::__private::SupportField::support(&object.inner.#field),
                &object.logoff,
            );
        },
        _ => quote!(),
    };
    // Where the thunks get MAPI memory: the declared field, else a store's
    // support object, else the trait's default (`MAPI_E_CALL_FAILED`).
    // The declared field is named once, in `DeclaredAllocator` (one error
    // at the field if it is not an allocator).
    let declared = match (&c.allocator, &c.support) {
        (Some(path), _) => {
            let span = path
                .last()
                .map_or_else(proc_macro2::Span::call_site, |m| m.span());
            let alloc =
                quote_spanned!(span=> let alloc: &::mapi_sys::value::Allocator = &self #(.#path)*;);
            quote! {
                #alloc
                ::core::option::Option::Some(*alloc)
            }
        }
        (None, Some(field)) if is_store => quote! {
            ::mapi_sys::__private::support_allocator(&self.#field).ok()
        },
        _ => quote!(::core::option::Option::None),
    };
    let declared = quote! {
        impl ::mapi_sys::__private::DeclaredAllocator for #name {
            fn declared_allocator(&self) -> ::core::option::Option<::mapi_sys::value::Allocator> {
                #declared
            }
        }
    };
    let allocator = match (&c.allocator, &c.support) {
        (Some(_), _) => Some(quote! {
            fn allocator(&self) -> ::core::result::Result<::mapi_sys::value::Allocator, ::mapi_sys::Hresult> {
                ::mapi_sys::__private::DeclaredAllocator::declared_allocator(&*self.inner)
                    .ok_or(::mapi_sys::Hresult(::mapi_sys::MAPI_E_CALL_FAILED))
            }
        }),
        (None, Some(field)) if is_store => Some(quote! {
            fn allocator(&self) -> ::core::result::Result<::mapi_sys::value::Allocator, ::mapi_sys::Hresult> {
                ::mapi_sys::__private::support_allocator(&self.inner.#field)
            }
        }),
        _ => None,
    };
    let unknown_flags = c.unknown_flags.map(|keep| {
        let policy = if keep { quote!(Keep) } else { quote!(Reject) };
        quote!(const UNKNOWN_FLAGS: ::mapi_sys::UnknownFlags = ::mapi_sys::UnknownFlags::#policy;)
    });
    let declares = declares(name, &c.interfaces);
    let doc_weak = format!(
        " Like [`Self::into_com`], with a weak reference ([`ComWeak`](::mapi_sys::ComWeak)) that finds the object while it is alive without keeping it so ([`{}`] interface).",
        path_name(first)
    );
    let doc_into = format!(
        " Moves this value into a new COM object with one reference and returns its [`{}`] interface.",
        path_name(first)
    );
    // A store's parts (the logoff state, `StoreLogoff`'s slot) are in the
    // `store` area of mapi-sys: say so when it is off.
    let require_store = is_store
        .then(|| quote!(::mapi_sys::__mapi_area_store!("#[derive(MsgStore)]", "mapi_sys");));
    quote! {
        ::mapi_sys::__require_provider!();
        #require_store
        const _: () = {
            // Named to explain itself in the note of a `Send`/`Sync` error.
            fn a_mapi_host_may_call_from_any_thread_so_use_arc_mutex_or_atomics_not_rc_or_refcell<
                T: ::core::marker::Send + ::core::marker::Sync,
            >() {
            }
            const _: fn() =
                || a_mapi_host_may_call_from_any_thread_so_use_arc_mutex_or_atomics_not_rc_or_refcell::<#name>();

            #[repr(C)]
            #[doc(hidden)]
            struct #object {
                vtables: [*const ::core::ffi::c_void; #n],
                refs: ::mapi_sys::__private::Refs,
                #logoff_field
                inner: ::core::mem::ManuallyDrop<#name>,
            }

            #(#statics)*

            #declared

            // SAFETY: the object is `#[repr(C)]` with its vtable pointers first,
            // so vtable pointer `index` is `index` pointers past the start;
            // QueryInterface returns only those pointers; `release` frees the
            // box exactly once, when the count reaches zero.
            unsafe impl ::mapi_sys::ComObject for #object {
                type Inner = #name;
                #unknown_flags

                #[inline]
                unsafe fn object_ptr(this: *mut ::core::ffi::c_void, index: usize) -> *const Self {
                    // SAFETY: the caller passes a pointer to vtable pointer `index`
                    // of a live object, which starts `index` pointers before it.
                    unsafe { this.cast::<*const ::core::ffi::c_void>().sub(index).cast::<Self>() }
                }

                fn inner(&self) -> &#name {
                    &self.inner
                }

                unsafe fn query_interface(this: *const Self, iid: &::mapi_sys::GUID) -> ::core::option::Option<*mut ::core::ffi::c_void> {
                    #(#matches)*
                    ::core::option::Option::None
                }

                #allocator

                fn add_ref(&self) -> u32 {
                    self.refs.add_ref()
                }

                unsafe fn release(this: *const Self) -> u32 {
                    // SAFETY: the caller owns a reference, so the object is live.
                    let object = unsafe { &*this };
                    if let ::core::option::Option::Some(n) = object.refs.release() {
                        return n;
                    }
                    // Calls made from the release hook see a live object.
                    #final_release
                    // SAFETY: the count reached zero: the value's last use; the
                    // memory goes with the last weak count.
                    unsafe {
                        ::mapi_sys::__private::destroy(
                            this,
                            ::core::ptr::addr_of!((*this).inner).cast_mut(),
                            ::core::ptr::addr_of!((*this).refs),
                        )
                    };
                    0
                }
            }

            #store_impl

            #declares

            impl #name {
                #[doc = #doc_into]
                pub fn into_com(self) -> ::mapi_sys::ComPtr<#first> {
                    let object = ::mapi_sys::__private::into_heap(#object {
                        vtables: [#(#vtable_ptrs),*],
                        refs: ::mapi_sys::__private::Refs::new(),
                        #logoff_init
                        inner: ::core::mem::ManuallyDrop::new(self),
                    });
                    // SAFETY: the object starts with its vtable pointer for the
                    // first interface and holds the one reference handed out here.
                    unsafe { ::mapi_sys::ComPtr::from_non_null(object.cast::<#first>()) }
                }

                #[doc = #doc_weak]
                pub fn into_com_weak(self) -> (::mapi_sys::ComPtr<#first>, ::mapi_sys::ComWeak<#first>) {
                    let com = self.into_com();
                    let object = com.as_raw().cast::<#object>();
                    // SAFETY: `com` is the first interface of the object just
                    // made, which starts at it; the weak count taken here is the
                    // handle's.
                    unsafe {
                        (*object).refs.weak_add();
                        let weak = ::mapi_sys::ComWeak::from_parts(
                            ::core::ptr::NonNull::new_unchecked(com.as_raw()),
                            ::core::ptr::NonNull::new_unchecked(object.cast()),
                            ::core::ptr::NonNull::new_unchecked(
                                ::core::ptr::addr_of!((*object).refs).cast_mut(),
                            ),
                            ::mapi_sys::__private::free_erased::<#object>,
                        );
                        (com, weak)
                    }
                }

                /// Like [`Self::into_com`], as the raw pointer a MAPI host is
                /// given; the host owns the reference.
                pub fn into_raw(self) -> *mut #first {
                    self.into_com().into_raw()
                }
            }
        };
    }
}

/// How many interfaces each listed interface may add to the object with its
/// bases, on average: the derive cannot see the chains when it expands, so
/// it implements `Declares` this many times per listed interface.
const PER_INTERFACE: usize = 8;

/// `Declares<I, IID>` for every distinct interface of the listed
/// interfaces' chains, so that the object may implement their provider
/// traits (`IFooImpl: Declares<IFoo, IID_IFoo>`) and no others. Implemented
/// for the `k`-th distinct IID for each `k` (values past the last are no
/// interface's), as the chains are only known to the compiler.
fn declares(name: &Ident, interfaces: &[Path]) -> TokenStream {
    let count = interfaces.len() * PER_INTERFACE;
    let ks = (0..count).map(Literal::usize_unsuffixed);
    let limit = Literal::usize_unsuffixed(count);
    let message = format!(
        "`#[derive]` supports up to {PER_INTERFACE} interfaces per interface in `implements(...)`, with their bases"
    );
    quote! {
        const CHAINS: &[&[u128]] = &[
            #(<#interfaces as ::mapi_sys::__private::InterfaceChain>::IIDS),*
        ];
        const _: () = ::core::assert!(::mapi_sys::__private::distinct(CHAINS) <= #limit, #message);
        #(
            #[automatically_derived]
            #[diagnostic::do_not_recommend]
            impl<I: ?::core::marker::Sized>
                ::mapi_sys::__private::Declares<I, { ::mapi_sys::__private::declared(CHAINS, #ks) }>
                for #name
            {
            }
        )*
    }
}

fn path_name(p: &Path) -> String {
    p.segments
        .last()
        .map(|s| s.ident.to_string())
        .unwrap_or_default()
}
