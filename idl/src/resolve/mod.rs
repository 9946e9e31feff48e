//! Name resolution and checking: the driver that turns the syntax trees of
//! every file into one [`Model`].
//!
//! Two passes. `collect` gives every declared name an id (interfaces in
//! base-first order) so lookups never depend on declaration order; `resolve`
//! then turns each declaration into its model form, evaluating constants on
//! demand with cycle detection, and checks attributes against one table.
//!
//! One file per job, each an `impl Resolver` block: `collect` (pass 1),
//! `types` (typedefs, structs, enums, their cycles), `consts` (evaluation),
//! `mapi` (property tags, flag groups), `interfaces` (methods, parameters and
//! their attributes), `attrs` (the attribute placement table), `order`
//! (interfaces base-first). This file holds the `Resolver` state, the
//! driver and the helpers they all share.

mod attrs;
mod collect;
mod consts;
mod interfaces;
mod mapi;
mod order;
mod types;

use crate::ast::{self, Expr, ExprKind, Ident, TypeSpecKind};
use crate::diag::{Diagnostic, Diagnostics, codes, did_you_mean};
use crate::model::*;
use crate::source::{FileId, Span};
use attrs::Place;
use consts::{ConstSrc, State};
use mapi::TagSrc;
use std::collections::HashMap;

/// Marks an error already reported elsewhere; `Resolver::err` drops it.
const REPORTED: &str = "reported";

/// One parsed file handed to the resolver.
pub(crate) struct ParsedFile<'a> {
    pub(crate) id: FileId,
    pub(crate) path: std::path::PathBuf,
    pub(crate) root: bool,
    pub(crate) ast: &'a ast::File,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sym {
    Interface(InterfaceId),
    Typedef(TypedefId),
    Struct(StructId),
    Enum(EnumId),
    EnumMember(EnumId, usize),
    Const(ConstId),
    FlagGroup(FlagGroupId),
    Function(usize),
}

impl Sym {
    fn what(self) -> &'static str {
        match self {
            Sym::Interface(_) => "an interface",
            Sym::Typedef(_) => "a typedef",
            Sym::Struct(_) => "a struct",
            Sym::Enum(_) => "an enum",
            Sym::EnumMember(..) => "an enum member",
            Sym::Const(_) => "a constant",
            Sym::FlagGroup(_) => "a flag group",
            Sym::Function(_) => "a function",
        }
    }
}

/// Resolves and checks every file into one model.
pub(crate) fn resolve(files: &[ParsedFile<'_>], diags: &mut Diagnostics) -> Model {
    let mut r = Resolver {
        diags,
        model: Model::default(),
        names: HashMap::new(),
        tags: HashMap::new(),
        name_spans: HashMap::new(),
        typedef_src: Vec::new(),
        typedef_state: Vec::new(),
        struct_src: Vec::new(),
        enum_src: Vec::new(),
        const_src: Vec::new(),
        const_state: Vec::new(),
        group_src: Vec::new(),
        tag_src: Vec::new(),
        iface_src: Vec::new(),
        func_src: Vec::new(),
        enum_done: Vec::new(),
        tag_done: Vec::new(),
        agg_ids: HashMap::new(),
        enum_ids: HashMap::new(),
        anon_counter: HashMap::new(),
        eval_depth: 0,
    };
    for f in files {
        r.model.files.push(ModelFile {
            id: f.id,
            path: f.path.clone(),
            root: f.root,
        });
    }
    r.collect(files);
    r.resolve_all();
    r.model.well_known = well_known(&r.model);
    r.model
}

/// Finds the declarations backends treat specially. The names are the ones
/// the Windows headers give them; a file that declares its own `HRESULT`
/// means the same thing by it. The `GUID` struct is already known: the
/// resolver notes it as it declares it (`Resolver::add_struct`), since
/// checking `iid_is` needs it before the end.
fn well_known(m: &Model) -> WellKnown {
    let typedef = |name: &str| {
        m.typedefs
            .iter()
            .position(|t| t.name == name)
            .map(|i| TypedefId(i as u32))
    };
    WellKnown {
        guid: m.well_known.guid,
        hresult: typedef("HRESULT"),
        scode: typedef("SCODE"),
        iunknown: m
            .interfaces
            .iter()
            .position(|i| i.name == "IUnknown" && i.base.is_none())
            .map(|i| InterfaceId(i as u32)),
        tchar: typedef("TCHAR"),
        mapi: m.well_known.mapi,
    }
}

struct Resolver<'a, 'd> {
    diags: &'d mut Diagnostics,
    model: Model,
    names: HashMap<String, Sym>,
    tags: HashMap<String, Sym>,
    name_spans: HashMap<String, Span>,
    typedef_src: Vec<(&'a ast::TypeSpec, &'a ast::Declarator, Place)>,
    /// 0: not resolved, 1: resolving, 2: resolved.
    typedef_state: Vec<u8>,
    struct_src: Vec<Option<&'a ast::Aggregate>>,
    enum_src: Vec<&'a ast::EnumDef>,
    const_src: Vec<ConstSrc<'a>>,
    const_state: Vec<State>,
    group_src: Vec<&'a ast::EnumDef>,
    tag_src: Vec<TagSrc<'a>>,
    iface_src: Vec<(&'a ast::Item, Option<&'a ast::Interface>)>,
    func_src: Vec<&'a ast::Function>,
    enum_done: Vec<bool>,
    tag_done: Vec<bool>,
    agg_ids: HashMap<*const ast::Aggregate, StructId>,
    enum_ids: HashMap<*const ast::EnumDef, EnumId>,
    anon_counter: HashMap<String, usize>,
    /// The depth of the evaluations under way, against [`MAX_EVAL_DEPTH`].
    eval_depth: usize,
}

/// Whether `s` is the `GUID` struct (`struct _GUID`, which `IID` and
/// `CLSID` name), by the names the Windows headers give it. The one place
/// the rule is written: [`WellKnown::guid`] is the first struct it accepts.
fn is_guid_struct(s: &Struct) -> bool {
    !s.is_union
        && (matches!(s.name.as_str(), "GUID" | "_GUID")
            || matches!(s.tag.as_deref(), Some("_GUID" | "GUID")))
}

/// Whether `s` is the struct `name` (`typedef struct _name {..} name`).
fn is_struct_named(s: &Struct, name: &str) -> bool {
    let tag = format!("_{name}");
    !s.is_union && (s.name == name || s.tag.as_deref() == Some(tag.as_str()))
}

fn attr<'x>(attrs: &'x [ast::Attr], name: &str) -> Option<&'x ast::Attr> {
    attrs.iter().find(|a| &*a.name.name == name)
}

fn has(attrs: &[ast::Attr], name: &str) -> bool {
    attr(attrs, name).is_some()
}

fn origin(file: FileId, span: Span) -> Origin {
    Origin { file, span }
}

/// Source-like text of an expression, for attributes kept as written.
pub(crate) fn expr_text(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(t) | ExprKind::Float(t) => t.to_string(),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Char(c) => format!("{c:?}"),
        ExprKind::Name(id) => id.name.to_string(),
        ExprKind::Unary(op, x) => {
            let o = match op {
                ast::UnOp::Neg => "-",
                ast::UnOp::Plus => "+",
                ast::UnOp::Not => "~",
                ast::UnOp::LogicalNot => "!",
                ast::UnOp::Deref => "*",
                ast::UnOp::AddrOf => "&",
            };
            format!("{o}{}", expr_text(x))
        }
        ExprKind::Binary(op, a, b) => {
            use ast::BinOp::*;
            let o = match op {
                Mul => "*",
                Div => "/",
                Rem => "%",
                Add => "+",
                Sub => "-",
                Shl => "<<",
                Shr => ">>",
                Lt => "<",
                Gt => ">",
                Le => "<=",
                Ge => ">=",
                Eq => "==",
                Ne => "!=",
                BitAnd => "&",
                BitXor => "^",
                BitOr => "|",
                And => "&&",
                Or => "||",
            };
            format!("({} {o} {})", expr_text(a), expr_text(b))
        }
        ExprKind::Cond(c, a, b) => {
            format!("({} ? {} : {})", expr_text(c), expr_text(a), expr_text(b))
        }
        ExprKind::Cast(t, p, x) => {
            let name = match &t.kind {
                TypeSpecKind::Named(i) => i.name.to_string(),
                TypeSpecKind::Base(w) => w.iter().map(|i| &*i.name).collect::<Vec<_>>().join(" "),
                _ => "?".into(),
            };
            format!("({name}{}){}", "*".repeat(*p), expr_text(x))
        }
        ExprKind::Sizeof => "sizeof(...)".into(),
        ExprKind::Member(x, f) => format!("{}.{}", expr_text(x), f.name),
    }
}

fn keep_attrs(attrs: &[ast::Attr]) -> Vec<Attribute> {
    attrs
        .iter()
        .map(|a| Attribute {
            name: a.name.name.to_string(),
            args: match (&a.raw, &a.args) {
                (Some(raw), _) => vec![raw.clone()],
                (None, Some(args)) => args
                    .iter()
                    .map(|x| x.as_ref().map(expr_text).unwrap_or_default())
                    .collect(),
                (None, None) => Vec::new(),
            },
            span: a.span,
        })
        .collect()
}

fn callconv(cc: Option<&Ident>) -> CallConv {
    match cc.map(|c| &*c.name) {
        Some("__cdecl" | "_cdecl") => CallConv::C,
        _ => CallConv::System,
    }
}

impl<'a> Resolver<'a, '_> {
    fn err(&mut self, d: Diagnostic) {
        // A use of a constant whose own declaration failed was reported there.
        if d.code != REPORTED {
            self.diags.push(d);
        }
    }

    /// Adds a struct to the model, noting it as the well-known `GUID` if it
    /// is the first that [`is_guid_struct`] accepts: every struct goes
    /// through here, in id order.
    fn add_struct(&mut self, s: Struct) -> StructId {
        let id = StructId(self.model.structs.len() as u32);
        if self.model.well_known.guid.is_none() && is_guid_struct(&s) {
            self.model.well_known.guid = Some(id);
        }
        for k in MapiStruct::ALL {
            let slot = &mut self.model.well_known.mapi[k as usize];
            if slot.is_none() && is_struct_named(&s, k.c_name()) {
                *slot = Some(id);
            }
        }
        self.model.structs.push(s);
        id
    }

    /// `did_you_mean`, skipped once the error cap is reached: the error it
    /// is for is then only counted, and searching every declared name for
    /// each of thousands of unknown names takes time quadratic in the input.
    fn suggest<'n>(
        &self,
        name: &str,
        candidates: impl IntoIterator<Item = &'n str>,
    ) -> Option<&'n str> {
        if self.diags.is_full() {
            return None;
        }
        did_you_mean(name, candidates)
    }

    fn resolve_all(&mut self) {
        for i in 0..self.typedef_src.len() {
            self.ensure_typedef(TypedefId(i as u32));
        }
        self.check_typedef_cycles();
        for i in 0..self.struct_src.len() {
            self.resolve_struct(StructId(i as u32));
        }
        self.check_recursive_structs();
        for i in 0..self.enum_src.len() {
            self.enum_values(EnumId(i as u32));
        }
        for i in 0..self.const_src.len() {
            let _ = self.const_value(ConstId(i as u32), None);
        }
        for i in 0..self.tag_src.len() {
            self.resolve_tag(PropTagId(i as u32));
        }
        for i in 0..self.group_src.len() {
            self.resolve_group(FlagGroupId(i as u32));
        }
        self.resolve_interfaces();
        for i in 0..self.func_src.len() {
            let f = self.func_src[i];
            let cc = callconv(f.callconv.as_ref());
            let ret = self.resolve_type(&f.ret, f.ret_pointers);
            let params = self.resolve_params(&f.params, &f.name.name);
            self.model.functions[i].sig = Signature {
                callconv: cc,
                ret,
                params,
            };
        }
    }

    fn lookup(&mut self, name: &Ident, what: &str) -> Option<Sym> {
        if let Some(&s) = self.names.get(&*name.name) {
            return Some(s);
        }
        let mut d = Diagnostic::error(
            codes::UNKNOWN_NAME,
            name.span,
            format!("unknown {what} `{}`", name.name),
        )
        .with_label("not declared in this file or any file it imports");
        if let Some(s) = self.suggest(&name.name, self.names.keys().map(String::as_str)) {
            d = d.with_help(format!("did you mean `{s}`?"));
        }
        self.err(d);
        None
    }
}
