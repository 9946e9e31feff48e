//! Constants: evaluation on demand with cycle detection and a depth limit,
//! and the `Env` through which expressions name constants and enum members.

use super::{REPORTED, Resolver, Sym};
use crate::ast::{self, Expr, ExprKind, Ident};
use crate::diag::{Diagnostic, codes};
use crate::eval::{self, Env, IntType, Value};
use crate::lex::Symbol;
use crate::model::*;
use crate::source::Span;

/// How deep constant evaluation may go: the depth of the expression being
/// evaluated, plus the depth of each constant's or enum member's expression
/// it names, transitively, plus [`CHAIN_COST`] per such step. Evaluation
/// recurses through each step (`const A = B + 1; const B = C + 1; ...`), so
/// without a limit a long chain overflows the stack. The parser keeps one
/// expression within this depth, so only chains reach it.
pub(super) const MAX_EVAL_DEPTH: usize = 256;

/// What naming another constant costs besides its expression's depth: the
/// resolver's own frames on the way.
pub(super) const CHAIN_COST: usize = 8;

#[derive(Clone, Copy)]
pub(super) enum ConstSrc<'a> {
    Expr {
        ty: &'a ast::TypeSpec,
        pointers: usize,
        expr: &'a Expr,
    },
    Flag {
        expr: &'a Expr,
    },
    Tag {
        tag: PropTagId,
        form: TagForm,
    },
    /// `declare_guid(NAME, uuid);`, whose value is known when it is
    /// collected.
    Guid,
}

#[derive(Clone, Debug, PartialEq)]
pub(super) enum State {
    Todo,
    Busy,
    Done(ConstValue),
    Failed,
}

/// The depth of an expression tree (the parser bounds it, so recursing is
/// safe).
fn expr_depth(e: &Expr) -> usize {
    1 + match &e.kind {
        ExprKind::Unary(_, x) | ExprKind::Cast(_, _, x) | ExprKind::Member(x, _) => expr_depth(x),
        ExprKind::Binary(_, a, b) => expr_depth(a).max(expr_depth(b)),
        ExprKind::Cond(c, a, b) => expr_depth(c).max(expr_depth(a)).max(expr_depth(b)),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Char(_)
        | ExprKind::Name(_)
        | ExprKind::Sizeof => 0,
    }
}

impl<'a> Resolver<'a, '_> {
    /// Evaluates `e` with `f` (`eval::eval` or `eval::eval_int`), counting
    /// its depth against [`MAX_EVAL_DEPTH`]: every evaluation goes through
    /// here, so a chain of constants naming constants cannot overflow the
    /// stack.
    pub(super) fn counted<T>(
        &mut self,
        e: &Expr,
        f: fn(&Expr, &mut dyn Env) -> Result<T, Diagnostic>,
    ) -> Result<T, Diagnostic> {
        let nested = if self.eval_depth > 0 { CHAIN_COST } else { 0 };
        let cost = expr_depth(e) + nested;
        if self.eval_depth + cost > MAX_EVAL_DEPTH {
            return Err(Diagnostic::error(
                codes::BAD_CONST,
                e.span,
                format!("constant expression nested more than {MAX_EVAL_DEPTH} levels deep through the constants it names"),
            )
            .with_help("a chain of constants each defined by the next is too long; give some of them literal values"));
        }
        self.eval_depth += cost;
        let r = f(e, self);
        self.eval_depth -= cost;
        r
    }

    pub(super) fn const_value(
        &mut self,
        id: ConstId,
        used_at: Option<Span>,
    ) -> Result<ConstValue, ()> {
        match &self.const_state[id.index()] {
            State::Done(v) => return Ok(v.clone()),
            State::Failed => return Err(()),
            State::Busy => {
                let c = &self.model.consts[id.index()];
                let d = Diagnostic::error(
                    codes::BAD_CONST,
                    used_at.unwrap_or(c.origin.span),
                    format!("constant `{}` depends on itself", c.name),
                )
                .with_note(c.origin.span, "declared here");
                self.const_state[id.index()] = State::Failed;
                self.err(d);
                return Err(());
            }
            State::Todo => {}
        }
        self.const_state[id.index()] = State::Busy;
        let result = match self.const_src[id.index()] {
            ConstSrc::Expr { ty, pointers, expr } => {
                let ty = self.resolve_type(ty, pointers);
                self.model.consts[id.index()].ty = ty.clone();
                self.eval_typed(&ty, expr)
            }
            ConstSrc::Flag { expr } => {
                let ty = IntType {
                    bits: 32,
                    signed: false,
                };
                match self.counted(expr, eval::eval_int) {
                    Ok(v) if ty.accepts(v) => Ok(ConstValue::Int(v)),
                    Ok(v) => Err(Diagnostic::error(
                        codes::OVERFLOW,
                        expr.span,
                        format!("flag value {v:#x} does not fit in 32 bits"),
                    )),
                    Err(d) => Err(d),
                }
            }
            ConstSrc::Guid => Ok(self.model.consts[id.index()].value.clone()),
            ConstSrc::Tag { tag, form } => {
                self.resolve_tag(tag);
                let t = &self.model.prop_tags[tag.index()];
                let ty = match (t.string_forms, form) {
                    (false, _) => t.prop_type,
                    (true, TagForm::Ansi) => {
                        if t.type_name == "PT_MV_TSTRING" {
                            0x101E
                        } else {
                            0x001E
                        }
                    }
                    (true, _) => {
                        if t.type_name == "PT_MV_TSTRING" {
                            0x101F
                        } else {
                            0x001F
                        }
                    }
                };
                Ok(ConstValue::Int(i128::from(
                    u32::from(t.id) << 16 | u32::from(ty),
                )))
            }
        };
        match result {
            Ok(v) => {
                self.model.consts[id.index()].value = v.clone();
                if self.const_state[id.index()] == State::Busy {
                    self.const_state[id.index()] = State::Done(v.clone());
                }
                Ok(v)
            }
            Err(d) => {
                if self.const_state[id.index()] == State::Busy {
                    self.err(d);
                }
                self.const_state[id.index()] = State::Failed;
                Err(())
            }
        }
    }

    pub(super) fn eval_typed(&mut self, ty: &Type, expr: &Expr) -> Result<ConstValue, Diagnostic> {
        let v = self.counted(expr, eval::eval)?;
        let int_ty = self.int_type_of(ty);
        let stripped = self.strip(ty);
        match (v, int_ty) {
            (Value::Int(v), Some(t)) => {
                if t.accepts(v) {
                    Ok(ConstValue::Int(v))
                } else if !t.signed && v < 0 && v >= -(1i128 << (t.bits - 1)) {
                    // A negative value for an unsigned type converts as in
                    // C (Microsoft's `d3d12.idl` has `const UINT
                    // D3D12_VIEWPORT_BOUNDS_MIN = -32768;`).
                    let wrapped = t.wrap(v);
                    self.err(
                        Diagnostic::warning(
                            codes::OVERFLOW,
                            expr.span,
                            format!(
                                "negative value {v} for unsigned `{}` is converted to {wrapped} ({wrapped:#x})",
                                self.model.type_name(ty)
                            ),
                        )
                        .with_help("write the value as the unsigned number, or use a signed type"),
                    );
                    Ok(ConstValue::Int(wrapped))
                } else {
                    let (lo, hi) = t.range();
                    Err(Diagnostic::error(
                        codes::OVERFLOW,
                        expr.span,
                        format!(
                            "value {v} does not fit in `{}` ({lo} to {hi})",
                            self.model.type_name(ty)
                        ),
                    )
                    .with_help("use a wider type, or a cast to wrap the value on purpose"))
                }
            }
            (Value::Char(c), Some(_)) => Ok(ConstValue::Int(i128::from(u32::from(c)))),
            (Value::Str(s), None) if matches!(stripped, Type::Ptr { .. } | Type::Array { .. }) => {
                Ok(ConstValue::Str(s))
            }
            (Value::Float(f), None) if matches!(stripped, Type::Prim(Prim::F32 | Prim::F64)) => {
                Ok(ConstValue::Float(f))
            }
            (Value::Int(v), None) if matches!(stripped, Type::Prim(Prim::F32 | Prim::F64)) => {
                Ok(ConstValue::Float(v as f64))
            }
            (Value::Char(c), None) if matches!(stripped, Type::Ptr { .. }) => {
                Ok(ConstValue::Char(c))
            }
            // A pointer constant with a cast value, as `objidl.idl` has:
            // `const OLECHAR *COLE_DEFAULT_PRINCIPAL = (OLECHAR *)-1;`.
            (Value::Int(v), None)
                if matches!(stripped, Type::Ptr { .. })
                    && (i128::from(i64::MIN)..=i128::from(u64::MAX)).contains(&v) =>
            {
                Ok(ConstValue::Int(v))
            }
            (v, _) => Err(Diagnostic::error(
                codes::BAD_CONST,
                expr.span,
                format!(
                    "a {} cannot initialise a constant of type `{}`",
                    match v {
                        Value::Int(_) => "number",
                        Value::Float(_) => "floating-point number",
                        Value::Str(_) => "string",
                        Value::Char(_) => "character",
                    },
                    self.model.type_name(ty)
                ),
            )),
        }
    }
}

impl Env for Resolver<'_, '_> {
    fn text(&self, s: Symbol) -> &str {
        self.interner.text(s)
    }

    fn name(&mut self, id: &Ident) -> Result<Value, Diagnostic> {
        let to_value = |v: ConstValue| match v {
            ConstValue::Int(i) => Ok(Value::Int(i)),
            ConstValue::Float(f) => Ok(Value::Float(f)),
            ConstValue::Str(s) => Ok(Value::Str(s)),
            ConstValue::Char(c) => Ok(Value::Char(c)),
            ConstValue::Guid(_) => Err(Diagnostic::error(
                codes::WRONG_KIND,
                id.span,
                format!(
                    "`{}` is a GUID, which an expression cannot use",
                    self.interner.text(id.name)
                ),
            )),
        };
        match self.sym(id.name) {
            Some(Sym::Const(c)) => match self.const_value(c, Some(id.span)) {
                Ok(v) => to_value(v),
                // The failure was reported where the constant is declared.
                Err(()) => Err(Diagnostic::error(REPORTED, id.span, "already reported")),
            },
            Some(Sym::EnumMember(e, i)) => {
                self.enum_values(e);
                match self.model.enums[e.index()].members.get(i) {
                    Some(m) => Ok(Value::Int(m.value)),
                    None => Err(Diagnostic::error(
                        codes::BAD_CONST,
                        id.span,
                        format!(
                            "enum member `{}` is used before its value is known",
                            self.interner.text(id.name)
                        ),
                    )),
                }
            }
            Some(other) => Err(Diagnostic::error(
                codes::WRONG_KIND,
                id.span,
                format!(
                    "`{}` is {}, not a constant",
                    self.interner.text(id.name),
                    other.what()
                ),
            )),
            // MIDL's boolean constants, unless declared otherwise.
            None if matches!(self.interner.text(id.name), "TRUE" | "FALSE") => Ok(Value::Int(
                i128::from(self.interner.text(id.name) == "TRUE"),
            )),
            None => {
                let mut d = Diagnostic::error(
                    codes::UNKNOWN_NAME,
                    id.span,
                    format!("unknown constant `{}`", self.interner.text(id.name)),
                );
                if let Some(s) = self.suggest(self.interner.text(id.name), self.declared_names()) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                Err(d)
            }
        }
    }

    fn name_type(&mut self, id: &Ident) -> Option<IntType> {
        match self.sym(id.name)? {
            Sym::Const(c) => {
                let _ = self.const_value(c, Some(id.span));
                let ty = self.model.consts[c.index()].ty.clone();
                self.int_type_of(&ty)
            }
            // Enum constants are `int` in C.
            Sym::EnumMember(..) => Some(IntType {
                bits: 32,
                signed: true,
            }),
            _ => None,
        }
    }

    fn cast(&mut self, ty: &ast::TypeSpec, pointers: usize) -> Option<IntType> {
        if pointers > 0 {
            return None;
        }
        let t = self.base_type(ty);
        self.int_type_of(&t)
    }
}
