//! `include_idl!`: parse the arguments, compile with `mapi-idl`, emit.

use mapi_idl::{Compilation, FsLoader, Loader, Options, compile_with, corpus};
use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use std::io;
use std::path::{Path, PathBuf};
use syn::parse::{Parse, ParseStream};
use syn::{LitStr, Token};

struct Args {
    path: LitStr,
    sys: Option<syn::Path>,
    layout_asserts: bool,
    hresult_names: bool,
    feature_gates: bool,
    area_gates: bool,
}

impl Parse for Args {
    fn parse(input: ParseStream<'_>) -> syn::Result<Self> {
        let path: LitStr = input.parse()?;
        let mut args = Args {
            path,
            sys: None,
            layout_asserts: false,
            hresult_names: false,
            feature_gates: false,
            area_gates: false,
        };
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let key: syn::Ident = input.call(syn::ext::IdentExt::parse_any)?;
            match key.to_string().as_str() {
                "sys" => {
                    input.parse::<Token![=]>()?;
                    args.sys = Some(input.call(syn::Path::parse_mod_style)?);
                }
                "layout_asserts" => args.layout_asserts = true,
                "hresult_names" => args.hresult_names = true,
                "feature_gates" => args.feature_gates = true,
                "area_gates" => args.area_gates = true,
                other => {
                    return Err(syn::Error::new(
                        key.span(),
                        format!(
                            "unknown option `{other}`; expected `sys = PATH`, `layout_asserts`, `hresult_names`, `feature_gates` or `area_gates`"
                        ),
                    ));
                }
            }
        }
        Ok(args)
    }
}

pub(crate) fn include_idl(input: TokenStream) -> TokenStream {
    match expand(input) {
        Ok(tokens) => tokens,
        Err(e) => e.to_compile_error(),
    }
}

fn expand(input: TokenStream) -> syn::Result<TokenStream> {
    let args: Args = syn::parse2(input)?;
    let span = args.path.span();
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .ok_or_else(|| syn::Error::new(span, "CARGO_MANIFEST_DIR is not set; run through cargo"))?;
    let requested = args.path.value();
    // Paths stay relative to the crate (`""` is its directory) and are read
    // through `InDir`, so diagnostics name `idl/x.idl`, not a path that
    // only exists on this machine.
    let (roots, whole_corpus) = if requested == corpus::DIR {
        (corpus::paths(), true)
    } else {
        (vec![PathBuf::from(&requested)], false)
    };
    let options = Options {
        include_dirs: vec![PathBuf::new(), PathBuf::from(corpus::DIR)],
        ..Options::default()
    };
    let loader = corpus::WithCorpus(InDir(&manifest));
    let c = compile_with(&loader, &roots, &options);
    let sys = match &args.sys {
        Some(p) => quote!(#p),
        None => quote!(::mapi_sys),
    };
    let rust = mapi_idl::emit::rust::Options {
        sys,
        include_imports: whole_corpus,
        layout_asserts: args.layout_asserts,
        hresult_names: args.hresult_names,
        feature_gates: args.feature_gates,
        area_gates: args.area_gates,
        ..Default::default()
    };
    let items = if c.has_errors() {
        on_error(&c, &rust, span)
    } else {
        mapi_idl::emit::rust::emit(&c.model, &rust)
    };
    let warnings = warnings(&c, span);
    // Tracked even with errors, so that fixing the IDL file rebuilds.
    let tracked = track(&c, &manifest);
    let module = format_ident!("__idl_{}", module_suffix(&requested));
    Ok(quote! {
        // C names are kept as written; C methods take as many parameters as
        // they take, and the thunks and provider traits mirror them.
        #[allow(
            non_snake_case,
            non_camel_case_types,
            non_upper_case_globals,
            clippy::upper_case_acronyms,
            clippy::too_many_arguments
        )]
        #[doc(hidden)]
        mod #module {
            #tracked
            #items
        }
        #[doc(inline)]
        pub use self::#module::*;
        #warnings
    })
}

/// One compiler warning per IDL warning, at the path literal. A stable
/// proc macro cannot emit warnings, but rustc warns where a deprecated item
/// is used and prints its note: each warning is a `#[deprecated]` item whose
/// note is the rendered diagnostic (`path:line:col: warning[...]: ...` with
/// its snippet), used once. rustc prefixes the note with "use of deprecated
/// unit struct `_::IdlWarning`"; `#[allow(deprecated)]` silences them.
fn warnings(c: &Compilation, span: Span) -> TokenStream {
    c.diagnostics
        .iter()
        .filter(|d| !d.is_error())
        .map(|d| {
            let note = d.render(&c.sources).trim_end().to_string();
            quote_spanned! {span=>
                const _: () = {
                    #[deprecated(note = #note)]
                    struct IdlWarning;
                    let _ = IdlWarning;
                };
            }
        })
        .collect()
}

/// One compile error per IDL error, each carrying the rendered diagnostic
/// (`path:line:col: error[...]: ...` with its snippet), at the path literal;
/// then what keeps the user's code that names the declarations from failing
/// too. When the errors are syntax errors the parser recovered from, that
/// is the real items of the recovered files. Otherwise it is stubs of the
/// declared names ([`mapi_idl::emit::rust::fallback`]) typed with
/// `__IdlError`, whose definition holds the first error, so that rustc
/// reports nothing else involving them.
fn on_error(c: &Compilation, rust: &mapi_idl::emit::rust::Options, span: Span) -> TokenStream {
    let mut errors: Vec<String> = c
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.render(&c.sources).trim_end().to_string())
        .collect();
    if errors.is_empty() {
        errors.push("the IDL file has errors".into());
    }
    if let Some(model) = c.recovered_model() {
        let errors = errors
            .iter()
            .map(|e| quote_spanned!(span=> ::core::compile_error!(#e);));
        let items = mapi_idl::emit::rust::emit(&model, rust);
        return quote!(#(#errors)* #items);
    }
    let first = errors.remove(0);
    let first = quote_spanned!(span=> ::core::compile_error!(#first));
    let rest = errors
        .iter()
        .map(|e| quote_spanned!(span=> ::core::compile_error!(#e);));
    let error = Ident::new("__IdlError", Span::call_site());
    let stubs = mapi_idl::emit::rust::fallback::stubs(c, rust, &error);
    quote! {
        #[doc(hidden)]
        pub type #error = [u8; #first];
        #(#rest)*
        #stubs
    }
}

/// Reads files from the file system, relative paths from `.0`.
struct InDir<'a>(&'a Path);

impl Loader for InDir<'_> {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        FsLoader.read(&self.0.join(path))
    }
}

/// Makes cargo rebuild the crate when any real IDL file read changes.
fn track(c: &Compilation, manifest: &Path) -> TokenStream {
    let paths = c
        .input_paths()
        .into_iter()
        .filter(|p| !p.starts_with(corpus::DIR))
        .filter_map(|p| std::fs::canonicalize(manifest.join(p)).ok())
        .map(|p| p.to_string_lossy().into_owned());
    quote!(#(const _: &[u8] = include_bytes!(#paths);)*)
}

/// A module name unique per IDL path, so several `include_idl!` can share a
/// module.
fn module_suffix(path: &str) -> String {
    let stem = Path::new(path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let clean: String = stem
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    // FNV-1a keeps names distinct for equal stems in different directories.
    let hash = path.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{clean}_{:08x}", hash as u32)
}
