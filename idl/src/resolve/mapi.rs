//! The MAPI extensions: flag groups (`[flag_group]` enums) and property tags
//! (`[proptag(PT_..)]` constants).

use super::attrs::Place;
use super::consts::{ConstSrc, State};
use super::{Resolver, Sym, attr, has, origin};
use crate::ast::{self, Expr, ExprKind, Ident};
use crate::diag::{Diagnostic, codes};
use crate::eval;
use crate::fxhash::FxHashMap as HashMap;
use crate::model::*;
use crate::source::{FileId, Span};

/// Where a property tag declaration writes its id and its type.
pub(super) struct TagSrc<'a> {
    id_expr: &'a Expr,
    type_arg: Option<&'a Ident>,
}

impl<'a> Resolver<'a, '_> {
    pub(super) fn collect_group(
        &mut self,
        file: FileId,
        item: &'a ast::Item,
        t: &'a ast::Typedef,
        e: &'a ast::EnumDef,
        name: &Ident,
        attrs: &[ast::Attr],
    ) {
        let gid = FlagGroupId(self.model.flag_groups.len() as u32);
        let keep_unknown =
            attr(self.interner, attrs, "unknown").is_some_and(|a| self.unknown_policy(a));
        self.model.flag_groups.push(FlagGroup {
            name: self.interner.text(name.name).to_owned(),
            members: Vec::new(),
            required: has(self.interner, attrs, "required"),
            keep_unknown,
            docs: String::from(&*item.docs.text),
            origin: origin(file, t.ty.span),
        });
        self.group_src.push(e);
        self.declare(name, Sym::FlagGroup(gid));
        if let Some(tag) = e.name.as_ref().filter(|tag| tag.name != name.name) {
            self.declare_tag(tag, Sym::FlagGroup(gid));
        }
        let u32_ty = self.ulong_type();
        for m in e.members.iter().flatten() {
            if let Some(v) = &m.value {
                let id = ConstId(self.model.consts.len() as u32);
                self.model.consts.push(Const {
                    name: self.interner.text(m.name.name).to_owned(),
                    ty: u32_ty.clone(),
                    value: ConstValue::Int(0),
                    kind: ConstKind::Flag(gid),
                    docs: String::from(&*m.docs.text),
                    origin: origin(file, m.span),
                });
                self.const_src.push(ConstSrc::Flag { expr: v });
                self.const_state.push(State::Todo);
                self.declare(&m.name, Sym::Const(id));
            }
        }
    }

    /// `unknown(keep)` or `unknown(reject)` on a flag group: whether it
    /// keeps the bits it does not list.
    fn unknown_policy(&mut self, a: &ast::Attr) -> bool {
        match a.args.as_deref() {
            Some(
                [
                    Some(Expr {
                        kind: ExprKind::Name(n),
                        ..
                    }),
                ],
            ) if matches!(self.interner.text(n.name), "keep" | "reject") => {
                self.interner.text(n.name) == "keep"
            }
            // The attribute table reported a wrong count.
            Some(args) if args.len() != 1 => false,
            None => false,
            Some(_) => {
                self.err(
                    Diagnostic::error(
                        codes::BAD_ATTR_ARGS,
                        a.span,
                        "`unknown` takes `keep` or `reject`",
                    )
                    .with_help("`unknown(keep)` passes bits the group does not list through to the implementation; `unknown(reject)`, the default, fails the call with `MAPI_E_UNKNOWN_FLAGS`"),
                );
                false
            }
        }
    }

    /// Declares a `[proptag(PT_..)]` constant: the property tag, and its
    /// constants (the tag, and `_A`/`_W` forms for string types).
    pub(super) fn collect_prop_tag(
        &mut self,
        item: &'a ast::Item,
        c: &'a ast::Const,
        tag_attr: &'a ast::Attr,
        origin: Origin,
    ) {
        let type_arg = match tag_attr.args.as_deref() {
            Some(
                [
                    Some(Expr {
                        kind: ExprKind::Name(n),
                        ..
                    }),
                ],
            ) => Some(n),
            _ => None,
        };
        let strings = type_arg
            .is_some_and(|n| matches!(self.interner.text(n.name), "PT_TSTRING" | "PT_MV_TSTRING"));
        let tid = PropTagId(self.model.prop_tags.len() as u32);
        self.tag_done.push(false);
        self.tag_src.push(TagSrc {
            id_expr: &c.value,
            type_arg,
        });
        let mut consts = Vec::new();
        let forms: &[(TagForm, &str)] = if strings {
            &[
                (TagForm::Plain, ""),
                (TagForm::Ansi, "_A"),
                (TagForm::Wide, "_W"),
            ]
        } else {
            &[(TagForm::Plain, "")]
        };
        let ty = self.ulong_type();
        for &(form, suffix) in forms {
            let id = ConstId(self.model.consts.len() as u32);
            let name = format!("{}{suffix}", self.interner.text(c.name.name));
            self.model.consts.push(Const {
                name: name.clone(),
                ty: ty.clone(),
                value: ConstValue::Int(0),
                kind: ConstKind::PropTag(tid, form),
                docs: String::from(&*item.docs.text),
                origin,
            });
            self.const_src.push(ConstSrc::Tag { tag: tid, form });
            self.const_state.push(State::Todo);
            self.declare_str(&name, c.name.span, Sym::Const(id));
            consts.push(id);
        }
        self.model.prop_tags.push(PropTag {
            name: self.interner.text(c.name.name).to_owned(),
            id: 0,
            type_name: type_arg
                .map(|n| self.interner.text(n.name).to_owned())
                .unwrap_or_default(),
            prop_type: 0,
            string_forms: strings,
            consts,
            docs: String::from(&*item.docs.text),
            origin,
        });
    }

    /// `ULONG` if the corpus declares it, else `unsigned long`.
    pub(super) fn ulong_type(&self) -> Type {
        match self.named("ULONG") {
            Some(Sym::Typedef(id)) => Type::Typedef(id),
            _ => Type::Prim(Prim::U32),
        }
    }

    pub(super) fn resolve_tag(&mut self, id: PropTagId) {
        if std::mem::replace(&mut self.tag_done[id.index()], true) {
            return;
        }
        let t = &self.tag_src[id.index()];
        let (id_expr, type_arg) = (t.id_expr, t.type_arg);
        let name = self.model.prop_tags[id.index()].name.clone();
        let prop_id = match self.counted(id_expr, eval::eval_int) {
            Ok(v) if (0..=0xFFFF).contains(&v) => v as u16,
            Ok(v) => {
                self.err(
                    Diagnostic::error(
                        codes::BAD_PROPTAG,
                        id_expr.span,
                        format!("property id {v:#x} of `{name}` does not fit in 16 bits"),
                    )
                    .with_help(
                        "the value of a `proptag` constant is the property id, not the whole tag",
                    ),
                );
                0
            }
            Err(d) => {
                self.err(d);
                0
            }
        };
        let Some(type_arg) = type_arg else {
            let span = self.model.prop_tags[id.index()].origin.span;
            self.err(
                Diagnostic::error(
                    codes::BAD_PROPTAG,
                    span,
                    "`proptag` needs the property type",
                )
                .with_help("write `[proptag(PT_LONG)]`"),
            );
            return;
        };
        let ptype = match self.sym(type_arg.name) {
            Some(Sym::Const(c)) => match self.const_value(c, Some(type_arg.span)) {
                Ok(ConstValue::Int(v)) if (0..=0xFFFF).contains(&v) => v as u16,
                Ok(_) => {
                    self.err(Diagnostic::error(
                        codes::BAD_PROPTAG,
                        type_arg.span,
                        format!(
                            "`{}` is not a 16-bit property type",
                            self.interner.text(type_arg.name)
                        ),
                    ));
                    0
                }
                Err(()) => 0,
            },
            _ => {
                let mut d = Diagnostic::error(
                    codes::UNKNOWN_NAME,
                    type_arg.span,
                    format!(
                        "unknown property type `{}`",
                        self.interner.text(type_arg.name)
                    ),
                );
                let pts = self.declared_names().filter(|k| k.starts_with("PT_"));
                if let Some(s) = self.suggest(self.interner.text(type_arg.name), pts) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                self.err(d);
                0
            }
        };
        let t = &mut self.model.prop_tags[id.index()];
        t.id = prop_id;
        t.prop_type = ptype;
    }

    pub(super) fn resolve_group(&mut self, gid: FlagGroupId) {
        let e = self.group_src[gid.index()];
        let mut members: Vec<FlagMember> = Vec::new();
        let mut excluded = Vec::new();
        let mut listed: HashMap<&str, Span> = HashMap::default();
        for m in e.members.iter().flatten() {
            self.check_attrs(&m.attrs, Place::EnumMember);
            if let Some(&first) = listed.get(self.interner.text(m.name.name)) {
                self.err(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        m.name.span,
                        format!(
                            "flag `{}` appears twice in this group",
                            self.interner.text(m.name.name)
                        ),
                    )
                    .with_note(first, "first listed here"),
                );
                continue;
            }
            listed.insert(self.interner.text(m.name.name), m.span);
            let Some(constant) = (match self.lookup(&m.name, "flag") {
                Some(Sym::Const(c)) => Some(c),
                Some(other) => {
                    self.err(Diagnostic::error(
                        codes::WRONG_KIND,
                        m.name.span,
                        format!(
                            "`{}` is {}, not a constant",
                            self.interner.text(m.name.name),
                            other.what()
                        ),
                    ));
                    None
                }
                None => None,
            }) else {
                continue;
            };
            let value = match self.const_value(constant, Some(m.name.span)) {
                Ok(ConstValue::Int(v)) if (0..=i128::from(u64::MAX)).contains(&v) => v as u64,
                Ok(_) => {
                    self.err(Diagnostic::error(
                        codes::BAD_FLAGS,
                        m.name.span,
                        format!(
                            "`{}` is not a non-negative integer",
                            self.interner.text(m.name.name)
                        ),
                    ));
                    continue;
                }
                Err(()) => continue,
            };
            let dir_in = has(self.interner, &m.attrs, "in");
            let dir_out = has(self.interner, &m.attrs, "out");
            let exclusive =
                attr(self.interner, &m.attrs, "exclusive").map(|a| match a.args.as_deref() {
                    Some(
                        [
                            Some(Expr {
                                kind: ExprKind::Name(n),
                                ..
                            }),
                        ],
                    ) => self.interner.text(n.name).to_owned(),
                    _ => String::new(),
                });
            let excludes = attr(self.interner, &m.attrs, "excludes")
                .and_then(|a| a.args.as_deref())
                .unwrap_or_default()
                .iter()
                .filter_map(|arg| match arg {
                    Some(Expr {
                        kind: ExprKind::Name(n),
                        ..
                    }) => Some(*n),
                    _ => None,
                })
                .collect::<Vec<_>>();
            excluded.push((
                self.interner.text(m.name.name).to_owned(),
                excludes.clone(),
                attr(self.interner, &m.attrs, "excludes").map(|a| a.span),
            ));
            members.push(FlagMember {
                name: self.interner.text(m.name.name).to_owned(),
                value,
                constant,
                valid_in: dir_in || !dir_out,
                valid_out: dir_out || !dir_in,
                exclusive,
                excludes: excludes
                    .iter()
                    .map(|n| self.interner.text(n.name).to_owned())
                    .collect(),
                docs: String::from(&*m.docs.text),
            });
        }
        // `excludes` names other members of this group.
        for (name, excludes, span) in &excluded {
            for other in excludes {
                let other_name = self.interner.text(other.name);
                let problem = if other_name == name.as_str() {
                    Some(format!("flag `{name}` excludes itself"))
                } else if !members.iter().any(|x| x.name == other_name) {
                    Some(format!(
                        "`{other_name}` in `excludes` of `{name}` is not a flag of this group"
                    ))
                } else {
                    None
                };
                if let Some(msg) = problem {
                    self.err(
                        Diagnostic::error(codes::BAD_FLAGS, other.span, msg)
                            .with_help("`excludes(A, B)` names the other flags of the same group this one may not be combined with"),
                    );
                }
            }
            if let Some(span) = span.as_ref().filter(|_| excludes.is_empty()) {
                self.err(Diagnostic::error(
                    codes::BAD_FLAGS,
                    *span,
                    format!("`excludes` of `{name}` names no flag"),
                ));
            }
        }
        let g = &mut self.model.flag_groups[gid.index()];
        g.members = members;
        if g.required && !g.members.iter().any(|m| m.exclusive.is_some()) {
            let d = Diagnostic::error(
                codes::BAD_FLAGS,
                g.origin.span,
                format!(
                    "flag group `{}` is `required` but has no `exclusive` members",
                    g.name
                ),
            )
            .with_help("`required` means exactly one `exclusive` member must be given");
            self.err(d);
        }
    }
}
