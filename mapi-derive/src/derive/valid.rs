//! Checks on the input of a COM object derive, before anything is expanded.

use super::Flavor;
use super::attr::Attrs;
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Member, Path};

/// The validated input.
pub(crate) struct Checked {
    /// Interfaces in vtable order; the first is the object's identity and
    /// what `into_com` returns.
    pub(crate) interfaces: Vec<Path>,
    /// The field holding the `IMAPISupport` (stores only).
    pub(crate) support: Option<Member>,
    /// The field (path) holding the object's `Allocator`.
    pub(crate) allocator: Option<Vec<Member>>,
    /// Whether to call `StoreLogoffTransports` at the last release.
    pub(crate) logoff_transports: bool,
    /// `unknown_flags`: keep (`Some(true)`), reject (`Some(false)`), or as
    /// each flag group declares.
    pub(crate) unknown_flags: Option<bool>,
}

/// Checks the input; `prior` holds the errors of the attributes, reported
/// with the rest.
pub(crate) fn check(
    input: &DeriveInput,
    attrs: &Attrs,
    flavor: Flavor,
    prior: Option<syn::Error>,
) -> Result<Checked, syn::Error> {
    // A misspelt attribute is likely the missing one: say only the first.
    let attrs_failed = prior.is_some();
    let mut errors: Vec<syn::Error> = prior.into_iter().collect();
    let derive = flavor.name();
    let fields = match &input.data {
        Data::Struct(s) => Some(&s.fields),
        Data::Enum(e) => {
            errors.push(syn::Error::new(
                e.enum_token.span,
                format!("`#[derive({derive})]` works on structs only; put the enum in a field of a struct"),
            ));
            None
        }
        Data::Union(u) => {
            errors.push(syn::Error::new(
                u.union_token.span,
                format!("`#[derive({derive})]` works on structs only; put the union in a field of a struct"),
            ));
            None
        }
    };
    if let Some(param) = input.generics.params.first() {
        errors.push(syn::Error::new(
            param.span(),
            format!(
                "`#[derive({derive})]` cannot be used on a generic struct: a COM object has one static vtable per interface, so its type must be concrete; remove the generic parameters and give the fields concrete types"
            ),
        ));
    }
    let mut interfaces = Vec::new();
    match flavor {
        Flavor::MsgStore => {
            interfaces.push(syn::parse_quote!(::mapi_sys::IMsgStore));
            for p in &attrs.implements {
                if p.segments.last().is_some_and(|s| s.ident == "IMsgStore") {
                    errors.push(syn::Error::new(
                        p.span(),
                        "`IMsgStore` is implied by `#[derive(MsgStore)]`; remove it from `implements(...)`, which lists only additional interfaces",
                    ));
                }
            }
        }
        Flavor::ComObject => {
            if attrs.implements.is_empty() {
                errors.push(syn::Error::new(
                    attrs.implements_span.unwrap_or_else(|| input.ident.span()),
                    "`#[derive(ComObject)]` needs the interfaces it implements: `#[mapi(implements(IMSProvider))]`",
                ));
            }
            if let Some(span) = attrs.support_span {
                errors.push(syn::Error::new(
                    span,
                    "`support` is only for `#[derive(MsgStore)]`, which calls `IMAPISupport::StoreLogoffTransports` when released; remove it, or derive `MsgStore` for a message store",
                ));
            }
            if let Some(span) = attrs.skip_logoff_transports {
                errors.push(syn::Error::new(
                    span,
                    "`skip_logoff_transports` is only for `#[derive(MsgStore)]`; remove it",
                ));
            }
        }
    }
    for (i, p) in attrs.implements.iter().enumerate() {
        let text = |x: &Path| quote::ToTokens::to_token_stream(x).to_string();
        if attrs.implements[..i].iter().any(|q| text(q) == text(p)) {
            errors.push(syn::Error::new(
                p.span(),
                "this interface is listed twice in `implements(...)`; remove the second one",
            ));
        }
    }
    interfaces.extend(attrs.implements.iter().cloned());
    if let (Some(member), Some(fields)) = (attrs.allocator.as_ref().and_then(|p| p.first()), fields)
    {
        if !has_member(fields, member) {
            errors.push(syn::Error::new(
                member.span(),
                format!(
                    "no field `{}` in this struct; `allocator = field` names the field that holds the `mapi_sys::value::Allocator` (or a path to it, `session.alloc`), one of: {}",
                    member_name(member),
                    field_names(fields).join(", ")
                ),
            ));
        }
    }
    let support = match (flavor, &attrs.support, fields) {
        (Flavor::MsgStore, None, _) if attrs_failed => None,
        (Flavor::MsgStore, None, _) => {
            errors.push(syn::Error::new(
                input.ident.span(),
                "a derived store needs its `IMAPISupport`: add `#[mapi(support = field)]` naming the field that holds it (a `ComPtr<IMAPISupport>` or `Option<ComPtr<IMAPISupport>>`)",
            ));
            None
        }
        (Flavor::MsgStore, Some(member), Some(fields)) => {
            if !has_member(fields, member) {
                let names = field_names(fields);
                errors.push(syn::Error::new(
                    member.span(),
                    format!(
                        "no field `{}` in this struct; `support = field` names the field that holds the `IMAPISupport`, one of: {}",
                        member_name(member),
                        names.join(", ")
                    ),
                ));
            }
            Some(member.clone())
        }
        (_, s, _) => s.clone(),
    };
    let mut all = errors.into_iter();
    if let Some(mut first) = all.next() {
        for e in all {
            first.combine(e);
        }
        return Err(first);
    }
    Ok(Checked {
        interfaces,
        support,
        allocator: attrs.allocator.clone(),
        logoff_transports: attrs.skip_logoff_transports.is_none(),
        unknown_flags: attrs.unknown_flags,
    })
}

fn field_names(fields: &Fields) -> Vec<String> {
    fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            f.ident
                .as_ref()
                .map_or_else(|| i.to_string(), ToString::to_string)
        })
        .collect()
}

fn has_member(fields: &Fields, m: &Member) -> bool {
    fields.iter().enumerate().any(|(i, f)| match (m, &f.ident) {
        (Member::Named(n), Some(id)) => n == id,
        (Member::Unnamed(idx), None) => idx.index as usize == i,
        _ => false,
    })
}

fn member_name(m: &Member) -> String {
    match m {
        Member::Named(n) => n.to_string(),
        Member::Unnamed(i) => i.index.to_string(),
    }
}
