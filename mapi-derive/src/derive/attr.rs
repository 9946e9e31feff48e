//! The `#[mapi(...)]` attributes of a derived COM object.

use syn::spanned::Spanned;
use syn::{DeriveInput, Ident, Path, Token};

/// What `#[mapi(...)]` said, each with the span it was written at.
#[derive(Default)]
pub(crate) struct Attrs {
    /// `implements(IFoo, IBar)`.
    pub(crate) implements: Vec<Path>,
    /// Where `implements` was written.
    pub(crate) implements_span: Option<proc_macro2::Span>,
    /// `support = field`.
    pub(crate) support: Option<syn::Member>,
    /// Where the `support` key was written.
    pub(crate) support_span: Option<proc_macro2::Span>,
    /// `allocator = field` (or `field.field...`).
    pub(crate) allocator: Option<Vec<syn::Member>>,
    /// Where the `allocator` key was written.
    pub(crate) allocator_span: Option<proc_macro2::Span>,
    /// `skip_logoff_transports`.
    pub(crate) skip_logoff_transports: Option<proc_macro2::Span>,
    /// `unknown_flags = "keep"` (`Some(true)`) or `"reject"` (`Some(false)`).
    pub(crate) unknown_flags: Option<bool>,
    /// Where the `unknown_flags` key was written.
    pub(crate) unknown_flags_span: Option<proc_macro2::Span>,
}

const KEYS: &[&str] = &[
    "implements",
    "support",
    "allocator",
    "skip_logoff_transports",
    "unknown_flags",
];

/// Collects every `#[mapi(...)]` attribute; reports every problem at once.
/// The attributes are returned even with errors, as far as they parsed, so
/// a failed derive can still stub `into_com` for the right interface.
pub(crate) fn parse(input: &DeriveInput) -> (Attrs, Option<syn::Error>) {
    let mut attrs = Attrs::default();
    let mut errors: Option<syn::Error> = None;
    let mut push = |e: syn::Error| match &mut errors {
        Some(all) => all.combine(e),
        None => errors = Some(e),
    };
    for a in input.attrs.iter().filter(|a| a.path().is_ident("mapi")) {
        let result = a.parse_nested_meta(|meta| {
            let key = meta.path.get_ident().map(Ident::to_string).unwrap_or_default();
            match key.as_str() {
                "implements" => {
                    if attrs.implements_span.is_some() {
                        return Err(meta.error(
                            "`implements` is given twice; list every interface in one `implements(IFoo, IBar)`",
                        ));
                    }
                    attrs.implements_span = Some(meta.path.span());
                    let content;
                    syn::parenthesized!(content in meta.input);
                    let list = content.parse_terminated(Path::parse_mod_style, Token![,])?;
                    attrs.implements.extend(list);
                    Ok(())
                }
                "support" => {
                    if attrs.support_span.is_some() {
                        return Err(meta.error(
                            "`support` is given twice; keep one `support = field`, naming the field that holds the `IMAPISupport`",
                        ));
                    }
                    attrs.support_span = Some(meta.path.span());
                    let value = meta.value()?;
                    attrs.support = Some(value.parse()?);
                    Ok(())
                }
                "allocator" => {
                    if attrs.allocator_span.is_some() {
                        return Err(meta.error(
                            "`allocator` is given twice; keep one `allocator = field`, naming the field that holds the `mapi_sys::value::Allocator`",
                        ));
                    }
                    attrs.allocator_span = Some(meta.path.span());
                    let value = meta.value()?;
                    let path = syn::punctuated::Punctuated::<syn::Member, Token![.]>::parse_separated_nonempty(value)?;
                    attrs.allocator = Some(path.into_iter().collect());
                    Ok(())
                }
                "skip_logoff_transports" => {
                    if attrs.skip_logoff_transports.is_some() {
                        return Err(meta.error(
                            "`skip_logoff_transports` is given twice; write it once",
                        ));
                    }
                    attrs.skip_logoff_transports = Some(meta.path.span());
                    Ok(())
                }
                "unknown_flags" => {
                    if attrs.unknown_flags_span.is_some() {
                        return Err(meta.error(
                            "`unknown_flags` is given twice; write it once, `unknown_flags = \"keep\"` or `\"reject\"`",
                        ));
                    }
                    attrs.unknown_flags_span = Some(meta.path.span());
                    let value: syn::LitStr = meta.value()?.parse()?;
                    attrs.unknown_flags = match value.value().as_str() {
                        "keep" => Some(true),
                        "reject" => Some(false),
                        other => {
                            return Err(syn::Error::new(
                                value.span(),
                                format!(
                                    "`unknown_flags = \"{other}\"`: expected `\"keep\"` (pass flag bits a group does not list to the implementation) or `\"reject\"` (answer `MAPI_E_UNKNOWN_FLAGS`)"
                                ),
                            ));
                        }
                    };
                    Ok(())
                }
                _ => {
                    let mut msg = format!(
                        "unknown `mapi` attribute `{}`; expected `implements(...)`, `support = field`, `allocator = field`, `skip_logoff_transports` or `unknown_flags = \"keep\"`",
                        meta.path.get_ident().map(Ident::to_string).unwrap_or_else(|| "?".into())
                    );
                    if let Some(s) = closest(&key) {
                        msg.push_str(&format!(" (did you mean `{s}`?)"));
                    }
                    Err(meta.error(msg))
                }
            }
        });
        if let Err(e) = result {
            push(e);
        }
    }
    (attrs, errors)
}

fn closest(key: &str) -> Option<&'static str> {
    KEYS.iter()
        .copied()
        .filter(|k| {
            let common = k
                .chars()
                .zip(key.chars())
                .take_while(|(a, b)| a == b)
                .count();
            !key.is_empty() && common * 2 >= k.len().min(key.len())
        })
        .max_by_key(|k| {
            k.chars()
                .zip(key.chars())
                .take_while(|(a, b)| a == b)
                .count()
        })
}
