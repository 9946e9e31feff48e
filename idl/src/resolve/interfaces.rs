//! Interfaces: base, IID and slots; methods, their parameters, and the
//! attributes that give parameters their meaning (`flags`, `size_is`,
//! `iid_is`, `mapi_alloc`, ...).

use super::attrs::Place;
use super::{Resolver, Sym, attr, expr_text, has, keep_attrs};
use crate::ast::ItemKind;
use crate::ast::{self, Expr, ExprKind};
use crate::diag::{Diagnostic, codes};
use crate::eval;
use crate::model::*;
use crate::source::Span;
use std::collections::HashMap;

impl<'a> Resolver<'a, '_> {
    pub(super) fn resolve_interfaces(&mut self) {
        let mut iids: HashMap<Guid, (String, Span)> = HashMap::new();
        for i in 0..self.iface_src.len() {
            let (item, Some(src)) = self.iface_src[i] else {
                continue;
            };
            self.check_attrs(&item.attrs, Place::Interface);
            let object = has(&item.attrs, "object");
            let local = has(&item.attrs, "local");
            let iid = match attr(&item.attrs, "uuid") {
                Some(a) => {
                    let raw = a.raw.clone().unwrap_or_default();
                    let raw = raw.trim_matches('"');
                    match Guid::parse(raw) {
                        Some(g) => Some(g),
                        None => {
                            self.err(
                                Diagnostic::error(codes::BAD_UUID, a.span, format!("`{raw}` is not a valid uuid"))
                                    .with_help("write it as `uuid(00020306-0000-0000-C000-000000000046)`: 8-4-4-4-12 hex digits"),
                            );
                            None
                        }
                    }
                }
                None => {
                    if object {
                        self.err(
                            Diagnostic::error(
                                codes::MISSING_UUID,
                                src.name.span,
                                format!("object interface `{}` has no `uuid`", src.name.name),
                            )
                            .with_help("add `uuid(...)` to its attributes"),
                        );
                    }
                    None
                }
            };
            if let Some(g) = iid {
                if let Some((other, span)) = iids.get(&g) {
                    let d = Diagnostic::error(
                        codes::DUPLICATE_IID,
                        src.name.span,
                        format!("`{}` has the same IID as `{other}`", src.name.name),
                    )
                    .with_note(*span, "declared here");
                    self.err(d);
                } else {
                    iids.insert(g, (src.name.name.to_string(), src.name.span));
                }
            }
            let base = match &src.base {
                Some(b) => match self.lookup(b, "base interface") {
                    Some(Sym::Interface(id)) if id.index() < i => Some(id),
                    Some(Sym::Interface(_)) => {
                        self.err(Diagnostic::error(
                            codes::INHERITANCE_CYCLE,
                            b.span,
                            format!(
                                "`{}` inherits from itself through `{}`",
                                src.name.name, b.name
                            ),
                        ));
                        None
                    }
                    Some(other) => {
                        self.err(Diagnostic::error(
                            codes::BAD_BASE,
                            b.span,
                            format!("`{}` is {}, not an interface", b.name, other.what()),
                        ));
                        None
                    }
                    None => None,
                },
                None => {
                    if object && &*src.name.name != "IUnknown" {
                        self.err(
                            Diagnostic::error(
                                codes::BAD_BASE,
                                src.name.span,
                                format!(
                                    "object interface `{}` has no base interface",
                                    src.name.name
                                ),
                            )
                            .with_help(
                                "COM interfaces derive from `IUnknown` or another interface",
                            ),
                        );
                    }
                    None
                }
            };
            let first_slot = base.map_or(0, |b| {
                let bi = &self.model.interfaces[b.index()];
                bi.first_slot + bi.methods.len() as u32
            });
            let mut methods: Vec<Method> = Vec::new();
            let mut declared: HashMap<(&str, u8), Span> = HashMap::new();
            for m in &src.items {
                let ItemKind::Function(f) = &m.kind else {
                    continue;
                };
                self.check_attrs(&m.attrs, Place::Method);
                // Property accessors share a name: `[propget] X` and `[propput] X`.
                let kind = accessor_kind(&m.attrs);
                if let Some(&prev_span) = declared.get(&(&*f.name.name, kind)) {
                    self.err(
                        Diagnostic::error(
                            codes::DUPLICATE,
                            f.name.span,
                            format!(
                                "method `{}` is declared twice in `{}`",
                                f.name.name, src.name.name
                            ),
                        )
                        .with_note(prev_span, "first declared here"),
                    );
                    continue;
                }
                if let Some(b) = base
                    && let Some((owner, _)) = self.inherited_method(b, &f.name.name)
                {
                    self.err(Diagnostic::error(
                        codes::DUPLICATE,
                        f.name.span,
                        format!(
                            "method `{}` is already declared in base interface `{owner}`",
                            f.name.name
                        ),
                    ));
                    continue;
                }
                let ret = self.resolve_type(&f.ret, f.ret_pointers);
                let params = self.resolve_params(&f.params, &f.name.name);
                let warnings = attr(&m.attrs, "warnings")
                    .map(|a| self.warning_codes(a))
                    .unwrap_or_default();
                declared.insert((&f.name.name, kind), m.span);
                methods.push(Method {
                    name: f.name.name.to_string(),
                    slot: first_slot + methods.len() as u32,
                    ret,
                    params,
                    warnings,
                    docs: m.docs.text.clone(),
                    attrs: keep_attrs(&m.attrs),
                    span: m.span,
                });
            }
            let iface = &mut self.model.interfaces[i];
            iface.iid = iid;
            iface.base = base;
            iface.object = object;
            iface.local = local;
            iface.first_slot = first_slot;
            iface.methods = methods;
        }
    }

    /// The constants named by `warnings(...)`: each a success code other
    /// than `S_OK`.
    pub(super) fn warning_codes(&mut self, a: &ast::Attr) -> Vec<ConstId> {
        let mut out = Vec::new();
        for arg in a.args.iter().flatten() {
            let name = match arg {
                Some(Expr {
                    kind: ExprKind::Name(n),
                    ..
                }) => n,
                other => {
                    let span = other.as_ref().map_or(a.span, |e| e.span);
                    self.err(Diagnostic::error(
                        codes::BAD_ATTR_ARGS,
                        span,
                        "`warnings` takes the names of success codes: `warnings(MAPI_W_ERRORS_RETURNED)`",
                    ));
                    continue;
                }
            };
            let Some(sym) = self.lookup(name, "warning code") else {
                continue;
            };
            let Sym::Const(c) = sym else {
                self.err(Diagnostic::error(
                    codes::WRONG_KIND,
                    name.span,
                    format!("`{}` is {}, not a constant", name.name, sym.what()),
                ));
                continue;
            };
            match self.const_value(c, Some(name.span)) {
                Ok(ConstValue::Int(v)) if v > 0 && v <= i128::from(i32::MAX) => out.push(c),
                Ok(_) => self.err(
                    Diagnostic::error(
                        codes::BAD_ATTR_ARGS,
                        name.span,
                        format!("`{}` is not a success code other than `S_OK`", name.name),
                    )
                    .with_help("`warnings` lists `MAPI_W_*` codes; errors need no declaration"),
                ),
                Err(()) => {}
            }
        }
        out
    }

    pub(super) fn inherited_method(
        &self,
        mut id: InterfaceId,
        name: &str,
    ) -> Option<(String, u32)> {
        for _ in 0..=self.model.interfaces.len() {
            let i = &self.model.interfaces[id.index()];
            if let Some(m) = i.methods.iter().find(|m| m.name == name) {
                return Some((i.name.clone(), m.slot));
            }
            id = i.base?;
        }
        None
    }

    pub(super) fn resolve_params(&mut self, params: &[ast::Param], func: &str) -> Vec<Param> {
        let names: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                p.decl
                    .name
                    .as_ref()
                    .map_or_else(|| format!("arg{i}"), |n| n.name.to_string())
            })
            .collect();
        let mut out: Vec<Param> = Vec::new();
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, p) in params.iter().enumerate() {
            self.check_attrs(&p.attrs, Place::Param);
            let name = names[i].clone();
            let earlier = *first.entry(names[i].as_str()).or_insert(i);
            if earlier != i {
                let j = earlier;
                self.err(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        p.decl.name.as_ref().map_or(p.span, |n| n.span),
                        format!("parameter `{name}` is declared twice in `{func}`"),
                    )
                    .with_note(params[j].span, "first declared here"),
                );
            }
            let ty = self.resolve_decl(&p.ty, &p.decl);
            let is_in = has(&p.attrs, "in");
            let is_out = has(&p.attrs, "out");
            let dir = match (is_in, is_out) {
                (true, true) => Direction::InOut,
                (false, true) => Direction::Out,
                _ => Direction::In,
            };
            let stripped = self.strip(&ty);
            let is_ptr = matches!(stripped, Type::Ptr { .. } | Type::Array { .. });
            if is_out && !is_ptr && stripped != Type::Void {
                self.err(
                    Diagnostic::error(
                        codes::BAD_DIRECTION,
                        p.span,
                        format!("`[out]` parameter `{name}` is not a pointer"),
                    )
                    .with_help(
                        "an out-parameter receives its value through a pointer: `ULONG *lpulValue`",
                    ),
                );
            }
            let flags = attr(&p.attrs, "flags").and_then(|a| self.flags_attr(a, &ty, &name));
            let size_is = attr(&p.attrs, "size_is")
                .map(|a| self.size_refs(a, &names, "parameter"))
                .unwrap_or_default();
            let length_is = attr(&p.attrs, "length_is")
                .map(|a| self.size_refs(a, &names, "parameter"))
                .unwrap_or_default();
            if let Some(a) = attr(&p.attrs, "switch_is") {
                let _ = self.size_refs(a, &names, "parameter");
            }
            let iid_is = attr(&p.attrs, "iid_is").and_then(|a| self.iid_attr(a, params, &names));
            let mapi_alloc = has(&p.attrs, "mapi_alloc");
            if mapi_alloc && (!is_out || !self.is_ptr_to_ptr(&ty)) {
                let a = attr(&p.attrs, "mapi_alloc").map_or(p.span, |a| a.span);
                self.err(
                    Diagnostic::error(
                        codes::MISPLACED_ATTR,
                        a,
                        format!("`mapi_alloc` on `{name}`, which is not an `[out]` pointer to a pointer"),
                    )
                    .with_help("`mapi_alloc` marks where the callee stores a buffer it allocated: `[out, mapi_alloc] LPENTRYID *lppEntryID`"),
                );
            }
            let com_out = has(&p.attrs, "com_out")
                || (is_out && (iid_is.is_some() || self.is_ptr_to_iface(&ty)));
            out.push(Param {
                name,
                ty,
                dir,
                optional: has(&p.attrs, "unique")
                    || has(&p.attrs, "ptr")
                    || has(&p.attrs, "optional"),
                flags,
                size_is,
                length_is,
                iid_is,
                mapi_alloc,
                com_out,
                string: has(&p.attrs, "string"),
                retval: has(&p.attrs, "retval"),
                docs: p.docs.text.clone(),
                attrs: keep_attrs(&p.attrs),
                span: p.span,
            });
        }
        out
    }

    pub(super) fn is_ptr_to_ptr(&mut self, ty: &Type) -> bool {
        match self.strip(ty) {
            Type::Ptr { to, .. } => matches!(self.strip(&to), Type::Ptr { .. }),
            _ => false,
        }
    }

    pub(super) fn is_ptr_to_iface(&mut self, ty: &Type) -> bool {
        let Type::Ptr { to, .. } = self.strip(ty) else {
            return false;
        };
        let Type::Ptr { to, .. } = self.strip(&to) else {
            return false;
        };
        matches!(self.strip(&to), Type::Interface(_))
    }

    pub(super) fn flags_attr(
        &mut self,
        a: &ast::Attr,
        ty: &Type,
        param: &str,
    ) -> Option<FlagGroupId> {
        let Some(
            [
                Some(Expr {
                    kind: ExprKind::Name(n),
                    ..
                }),
            ],
        ) = a.args.as_deref()
        else {
            if a.args.as_ref().is_none_or(|v| v.len() != 1) {
                return None; // the attribute table reported the count
            }
            self.err(
                Diagnostic::error(
                    codes::BAD_ATTR_ARGS,
                    a.span,
                    "`flags` takes the name of a flag group",
                )
                .with_help("write `flags(MsgStoreStoreLogoffFlags)`"),
            );
            return None;
        };
        let gid = match self.names.get(&*n.name).copied() {
            Some(Sym::FlagGroup(g)) => g,
            Some(other) => {
                self.err(Diagnostic::error(
                    codes::WRONG_KIND,
                    n.span,
                    format!("`{}` is {}, not a flag group", n.name, other.what()),
                ));
                return None;
            }
            None => {
                let mut d = Diagnostic::error(
                    codes::UNKNOWN_NAME,
                    n.span,
                    format!("unknown flag group `{}`", n.name),
                );
                let groups: Vec<&str> = self
                    .model
                    .flag_groups
                    .iter()
                    .map(|g| g.name.as_str())
                    .collect();
                if let Some(s) = self.suggest(&n.name, groups) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                self.err(d);
                return None;
            }
        };
        let base = match self.strip(ty) {
            Type::Ptr { to, .. } => self.strip(&to),
            t => t,
        };
        let ok = match &base {
            Type::Prim(p) => p.int_type().is_some(),
            Type::FlagGroup(_) | Type::Enum(_) => true,
            _ => false,
        };
        if !ok {
            self.err(Diagnostic::error(
                codes::BAD_FLAGS,
                a.span,
                format!(
                    "`flags` on `{param}` of type `{}`; flags go on an integer or a pointer to one",
                    self.model.type_name(ty)
                ),
            ));
            return None;
        }
        Some(gid)
    }

    pub(super) fn size_refs(
        &mut self,
        a: &ast::Attr,
        names: &[String],
        what: &str,
    ) -> Vec<Option<SizeRef>> {
        let mut out = Vec::new();
        for arg in a.args.iter().flatten() {
            let Some(e) = arg else {
                out.push(None);
                continue;
            };
            let mut deref = 0;
            let mut cur = e;
            while let ExprKind::Unary(ast::UnOp::Deref, inner) = &cur.kind {
                deref += 1;
                cur = inner;
            }
            match &cur.kind {
                ExprKind::Name(n) => {
                    if let Some(index) = names.iter().position(|x| *x == *n.name) {
                        out.push(Some(SizeRef::Param { index, deref }));
                    } else if let Some(Sym::Const(c)) = self.names.get(&*n.name).copied() {
                        match self.const_value(c, Some(n.span)) {
                            Ok(ConstValue::Int(v)) if v >= 0 => {
                                out.push(Some(SizeRef::Const(v as u64)))
                            }
                            _ => out.push(Some(SizeRef::Expr(expr_text(e)))),
                        }
                    } else {
                        let mut d = Diagnostic::error(
                            codes::BAD_PARAM_REF,
                            n.span,
                            format!("`{}` names no {what} here", n.name),
                        )
                        .with_label(format!("`{}` expects a {what} name", a.name.name));
                        if let Some(s) = self.suggest(&n.name, names.iter().map(String::as_str)) {
                            d = d.with_help(format!("did you mean `{s}`?"));
                        }
                        self.err(d);
                        out.push(None);
                    }
                }
                ExprKind::Int(t) => match eval::parse_int(t) {
                    Ok(v) => out.push(Some(SizeRef::Const(v))),
                    Err(m) => {
                        self.err(Diagnostic::error(codes::BAD_NUMBER, cur.span, m));
                        out.push(None);
                    }
                },
                _ => out.push(Some(SizeRef::Expr(expr_text(e)))),
            }
        }
        out
    }

    pub(super) fn iid_attr(
        &mut self,
        a: &ast::Attr,
        params: &[ast::Param],
        names: &[String],
    ) -> Option<usize> {
        let Some(
            [
                Some(Expr {
                    kind: ExprKind::Name(n),
                    ..
                }),
            ],
        ) = a.args.as_deref()
        else {
            if a.args.as_ref().is_none_or(|v| v.len() != 1) {
                return None; // the attribute table reported the count
            }
            self.err(Diagnostic::error(
                codes::BAD_ATTR_ARGS,
                a.span,
                "`iid_is` takes the name of the parameter holding the IID",
            ));
            return None;
        };
        let Some(index) = names.iter().position(|x| *x == *n.name) else {
            let mut d = Diagnostic::error(
                codes::BAD_PARAM_REF,
                n.span,
                format!("`{}` names no parameter here", n.name),
            );
            if let Some(s) = self.suggest(&n.name, names.iter().map(String::as_str)) {
                d = d.with_help(format!("did you mean `{s}`?"));
            }
            self.err(d);
            return None;
        };
        let p = &params[index];
        let ty = self.resolve_decl(&p.ty, &p.decl);
        let is_iid = match self.strip(&ty) {
            Type::Ptr { to, .. } => match self.strip(&to) {
                Type::Struct(s) => {
                    let s = &self.model.structs[s.index()];
                    matches!(s.name.as_str(), "GUID" | "_GUID" | "IID")
                        || matches!(s.tag.as_deref(), Some("_GUID" | "GUID"))
                }
                _ => false,
            },
            _ => false,
        };
        if !is_iid {
            self.err(
                Diagnostic::error(
                    codes::BAD_PARAM_REF,
                    n.span,
                    format!(
                        "`iid_is({})` names a parameter of type `{}`, not an IID",
                        n.name,
                        self.model.type_name(&ty)
                    ),
                )
                .with_help("the IID parameter is a `REFIID` or `LPCIID`"),
            );
            return None;
        }
        Some(index)
    }
}

/// Which property accessor a method is: 0 plain, 1 get, 2 put, 3 putref.
fn accessor_kind(attrs: &[ast::Attr]) -> u8 {
    accessor_of(attrs.iter().map(|a| &*a.name.name))
}

fn accessor_of<'x>(mut names: impl Iterator<Item = &'x str>) -> u8 {
    names
        .find_map(|n| match n {
            "propget" => Some(1),
            "propput" => Some(2),
            "propputref" => Some(3),
            _ => None,
        })
        .unwrap_or(0)
}
