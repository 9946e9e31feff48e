//! Name resolution and checking: syntax trees of every file to one [`Model`].
//!
//! Two passes. `collect` gives every declared name an id (interfaces in
//! base-first order) so lookups never depend on declaration order; `resolve`
//! then turns each declaration into its model form, evaluating constants on
//! demand with cycle detection, and checks attributes against one table.

use crate::ast::{self, Expr, ExprKind, Ident, ItemKind, TypeSpecKind};
use crate::diag::{Diagnostic, Diagnostics, codes, did_you_mean};
use crate::eval::{self, Env, IntType, Value};
use crate::model::*;
use crate::source::{FileId, Span};
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

#[derive(Clone, Copy)]
enum ConstSrc<'a> {
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
}

#[derive(Clone, Debug, PartialEq)]
enum State {
    Todo,
    Busy,
    Done(ConstValue),
    Failed,
}

struct TagSrc<'a> {
    id_expr: &'a Expr,
    type_arg: Option<&'a Ident>,
}

/// Where an attribute appears; one table says which attributes go where.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    Interface,
    Method,
    Param,
    Field,
    Typedef,
    Enum,
    EnumMember,
    Const,
    Coclass,
    Library,
    Module,
}

impl Place {
    fn what(self) -> &'static str {
        match self {
            Place::Interface => "an interface",
            Place::Method => "a method or function",
            Place::Param => "a parameter",
            Place::Field => "a field",
            Place::Typedef => "a typedef",
            Place::Enum => "an enum",
            Place::EnumMember => "an enum member",
            Place::Const => "a constant",
            Place::Coclass => "a coclass",
            Place::Library => "a library",
            Place::Module => "a module",
        }
    }
}

#[derive(Clone, Copy)]
enum Arity {
    None,
    One,
    AtLeastOne,
    Optional,
    Any,
}

use Place as P;

/// How deep constant evaluation may go: the depth of the expression being
/// evaluated, plus the depth of each constant's or enum member's expression
/// it names, transitively, plus [`CHAIN_COST`] per such step. Evaluation
/// recurses through each step (`const A = B + 1; const B = C + 1; ...`), so
/// without a limit a long chain overflows the stack. The parser keeps one
/// expression within this depth, so only chains reach it.
const MAX_EVAL_DEPTH: usize = 256;
/// What naming another constant costs besides its expression's depth: the
/// resolver's own frames on the way.
const CHAIN_COST: usize = 8;

/// Every attribute the compiler knows: where it may appear and how many
/// arguments it takes.
const ATTRS: &[(&str, &[Place], Arity)] = &[
    ("object", &[P::Interface], Arity::None),
    (
        "uuid",
        &[P::Interface, P::Coclass, P::Library, P::Typedef, P::Enum],
        Arity::Any,
    ),
    ("local", &[P::Interface, P::Method], Arity::None),
    ("pointer_default", &[P::Interface], Arity::One),
    (
        "version",
        &[P::Interface, P::Coclass, P::Library],
        Arity::One,
    ),
    (
        "helpstring",
        &[
            P::Interface,
            P::Method,
            P::Param,
            P::Field,
            P::Typedef,
            P::Enum,
            P::EnumMember,
            P::Const,
            P::Coclass,
            P::Library,
            P::Module,
        ],
        Arity::One,
    ),
    (
        "helpcontext",
        &[
            P::Interface,
            P::Method,
            P::Typedef,
            P::Coclass,
            P::Library,
            P::Module,
        ],
        Arity::One,
    ),
    ("helpfile", &[P::Library], Arity::One),
    ("helpstringdll", &[P::Library], Arity::One),
    ("lcid", &[P::Library, P::Param], Arity::Optional),
    (
        "custom",
        &[
            P::Interface,
            P::Method,
            P::Param,
            P::Field,
            P::Typedef,
            P::Coclass,
            P::Library,
        ],
        Arity::AtLeastOne,
    ),
    ("dual", &[P::Interface], Arity::None),
    ("oleautomation", &[P::Interface], Arity::None),
    ("nonextensible", &[P::Interface], Arity::None),
    (
        "hidden",
        &[P::Interface, P::Method, P::Typedef, P::Coclass, P::Library],
        Arity::None,
    ),
    (
        "restricted",
        &[P::Interface, P::Method, P::Library, P::Coclass],
        Arity::None,
    ),
    ("async_uuid", &[P::Interface], Arity::Any),
    ("dispinterface", &[P::Interface], Arity::None),
    ("in", &[P::Param, P::EnumMember], Arity::None),
    ("out", &[P::Param, P::EnumMember], Arity::None),
    ("retval", &[P::Param], Arity::None),
    ("optional", &[P::Param], Arity::None),
    ("defaultvalue", &[P::Param], Arity::One),
    (
        "unique",
        &[P::Param, P::Field, P::Typedef, P::Method],
        Arity::None,
    ),
    (
        "ptr",
        &[P::Param, P::Field, P::Typedef, P::Method],
        Arity::None,
    ),
    ("ref", &[P::Param, P::Field, P::Typedef], Arity::None),
    ("string", &[P::Param, P::Field, P::Typedef], Arity::None),
    ("size_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("length_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("max_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("min_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("first_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("last_is", &[P::Param, P::Field], Arity::AtLeastOne),
    ("range", &[P::Param, P::Field], Arity::Any),
    ("iid_is", &[P::Param, P::Field], Arity::One),
    ("switch_is", &[P::Param, P::Field], Arity::One),
    ("switch_type", &[P::Param, P::Field, P::Typedef], Arity::One),
    ("case", &[P::Field], Arity::AtLeastOne),
    ("default", &[P::Field], Arity::None),
    ("ignore", &[P::Field], Arity::None),
    ("annotation", &[P::Param, P::Method], Arity::Any),
    ("flags", &[P::Param], Arity::One),
    ("mapi_alloc", &[P::Param], Arity::None),
    ("com_out", &[P::Param], Arity::None),
    ("flag_group", &[P::Typedef, P::Enum], Arity::None),
    ("required", &[P::Typedef, P::Enum], Arity::None),
    ("v1_enum", &[P::Typedef, P::Enum], Arity::None),
    ("exclusive", &[P::EnumMember], Arity::Optional),
    ("proptag", &[P::Const], Arity::One),
    ("warnings", &[P::Method], Arity::AtLeastOne),
    ("propget", &[P::Method], Arity::None),
    ("propput", &[P::Method], Arity::None),
    ("propputref", &[P::Method], Arity::None),
    ("id", &[P::Method, P::Field], Arity::One),
    ("call_as", &[P::Method], Arity::One),
    ("vararg", &[P::Method], Arity::None),
    ("callback", &[P::Method], Arity::None),
    ("entry", &[P::Method], Arity::One),
    ("source", &[P::Method, P::Field], Arity::None),
    ("bindable", &[P::Method, P::Field], Arity::None),
    ("requestedit", &[P::Method, P::Field], Arity::None),
    ("displaybind", &[P::Method, P::Field], Arity::None),
    ("defaultbind", &[P::Method, P::Field], Arity::None),
    ("nonbrowsable", &[P::Method, P::Field], Arity::None),
    ("usesgetlasterror", &[P::Method], Arity::None),
    ("public", &[P::Typedef], Arity::None),
    ("transmit_as", &[P::Typedef], Arity::One),
    ("wire_marshal", &[P::Typedef], Arity::One),
    ("user_marshal", &[P::Typedef], Arity::One),
    ("context_handle", &[P::Typedef, P::Param], Arity::None),
    ("handle", &[P::Typedef], Arity::None),
    ("appobject", &[P::Coclass], Arity::None),
    ("licensed", &[P::Coclass], Arity::None),
    ("noncreatable", &[P::Coclass], Arity::None),
    ("aggregatable", &[P::Coclass], Arity::None),
    ("control", &[P::Coclass, P::Library], Arity::None),
    ("dllname", &[P::Module], Arity::One),
];

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
/// means the same thing by it.
fn well_known(m: &Model) -> WellKnown {
    let typedef = |name: &str| {
        m.typedefs
            .iter()
            .position(|t| t.name == name)
            .map(|i| TypedefId(i as u32))
    };
    WellKnown {
        guid: m
            .structs
            .iter()
            .position(|s| {
                !s.is_union
                    && (matches!(s.name.as_str(), "GUID" | "_GUID")
                        || matches!(s.tag.as_deref(), Some("_GUID" | "GUID")))
            })
            .map(|i| StructId(i as u32)),
        hresult: typedef("HRESULT"),
        scode: typedef("SCODE"),
        iunknown: m
            .interfaces
            .iter()
            .position(|i| i.name == "IUnknown" && i.base.is_none())
            .map(|i| InterfaceId(i as u32)),
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

impl<'a> Resolver<'a, '_> {
    fn err(&mut self, d: Diagnostic) {
        // A use of a constant whose own declaration failed was reported there.
        if d.code != REPORTED {
            self.diags.push(d);
        }
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

    /// Evaluates `e` with `f` (`eval::eval` or `eval::eval_int`), counting
    /// its depth against [`MAX_EVAL_DEPTH`]: every evaluation goes through
    /// here, so a chain of constants naming constants cannot overflow the
    /// stack.
    fn counted<T>(
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

    // ---- pass 1: collect names ------------------------------------------

    fn declare(&mut self, name: &Ident, sym: Sym) {
        self.declare_str(&name.name, name.span, sym);
    }

    fn declare_str(&mut self, name: &str, span: Span, sym: Sym) {
        if let Some(&prev) = self.names.get(name) {
            let first = self.name_spans.get(name).copied();
            let mut d = Diagnostic::error(
                codes::DUPLICATE,
                span,
                format!("`{name}` is declared twice"),
            )
            .with_label(format!("already declared as {}", prev.what()));
            if let Some(first) = first {
                d = d.with_note(first, "first declared here");
            }
            self.err(d);
            return;
        }
        self.names.insert(name.to_owned(), sym);
        self.name_spans.insert(name.to_owned(), span);
    }

    fn collect(&mut self, files: &[ParsedFile<'a>]) {
        // Interfaces first, in base-first order, so ids are topological.
        let mut ifaces: Vec<(FileId, &'a ast::Item, Option<&'a ast::Interface>)> = Vec::new();
        for f in files {
            walk_items(&f.ast.items, &mut |item| match &item.kind {
                ItemKind::Interface(i) => ifaces.push((f.id, item, Some(i))),
                ItemKind::Dispinterface(_) => {}
                _ => {}
            });
        }
        let mut forwards: Vec<(FileId, &'a ast::Item, &'a Ident)> = Vec::new();
        for f in files {
            walk_items(&f.ast.items, &mut |item| {
                if let ItemKind::InterfaceForward(n) = &item.kind {
                    forwards.push((f.id, item, n));
                }
            });
        }
        let order = topo_order(&ifaces);
        for idx in order {
            let (file, item, iface) = ifaces[idx];
            let Some(i) = iface else { continue };
            let id = InterfaceId(self.model.interfaces.len() as u32);
            self.model.interfaces.push(Interface {
                name: i.name.name.to_string(),
                iid: None,
                base: None,
                object: false,
                local: false,
                first_slot: 0,
                methods: Vec::new(),
                docs: item.docs.text.clone(),
                attrs: keep_attrs(&item.attrs),
                origin: origin(file, item.span),
            });
            self.iface_src.push((item, Some(i)));
            self.declare(&i.name, Sym::Interface(id));
        }
        // Forward declarations of interfaces never defined: opaque entries.
        for (file, item, name) in forwards {
            if self.names.contains_key(&*name.name) {
                continue;
            }
            let id = InterfaceId(self.model.interfaces.len() as u32);
            self.model.interfaces.push(Interface {
                name: name.name.to_string(),
                iid: None,
                base: None,
                object: false,
                local: false,
                first_slot: 0,
                methods: Vec::new(),
                docs: item.docs.text.clone(),
                attrs: Vec::new(),
                origin: origin(file, item.span),
            });
            self.iface_src.push((item, None));
            self.declare(name, Sym::Interface(id));
        }
        for f in files {
            self.collect_items(f.id, &f.ast.items, false);
        }
    }

    /// Collects the declarations in `items`; `in_interface` when they are an
    /// interface's members, whose functions are methods, not global names.
    fn collect_items(&mut self, file: FileId, items: &'a [ast::Item], in_interface: bool) {
        for item in items {
            match &item.kind {
                ItemKind::Interface(i) => self.collect_items(file, &i.items, true),
                ItemKind::Library(l) => {
                    self.check_attrs(&item.attrs, Place::Library);
                    self.collect_items(file, &l.items, false)
                }
                ItemKind::Module(m) => {
                    self.check_attrs(&item.attrs, Place::Module);
                    self.collect_items(file, &m.items, false)
                }
                ItemKind::Dispinterface(d) => self.collect_items(file, &d.methods, true),
                ItemKind::Typedef(t) => self.collect_typedef(file, item, t),
                ItemKind::Const(c) => self.collect_const(file, item, c),
                ItemKind::Type(ts) => {
                    self.collect_typespec(file, ts, &item.docs.text, &item.attrs, None, false);
                }
                ItemKind::Function(func) => {
                    // Interface methods are not global names; module functions are.
                    if !in_interface {
                        let idx = self.func_src.len();
                        self.func_src.push(func);
                        self.model.functions.push(Function {
                            name: func.name.name.to_string(),
                            sig: Signature {
                                callconv: CallConv::System,
                                ret: Type::Void,
                                params: Vec::new(),
                            },
                            docs: item.docs.text.clone(),
                            origin: origin(file, item.span),
                        });
                        self.declare(&func.name, Sym::Function(idx));
                    }
                    for p in &func.params {
                        self.collect_typespec(file, &p.ty, "", &[], Some(&func.name.name), true);
                    }
                }
                ItemKind::CppQuote(s) => self.model.cpp_quotes.push((file, s.clone())),
                ItemKind::Import(_)
                | ItemKind::ImportLib(_)
                | ItemKind::MidlPragma(_)
                | ItemKind::InterfaceForward(_) => {}
                ItemKind::Coclass(_) => self.check_attrs(&item.attrs, Place::Coclass),
            }
        }
    }

    fn collect_typedef(&mut self, file: FileId, item: &'a ast::Item, t: &'a ast::Typedef) {
        let mut all_attrs = item.attrs.clone();
        all_attrs.extend(t.attrs.iter().cloned());
        self.check_attrs(&all_attrs, Place::Typedef);
        let is_group = has(&all_attrs, "flag_group");
        // The canonical name of a defined struct/union/enum: the first plain
        // declarator (`typedef struct _X {..} X, *LPX;` names it `X`).
        let plain = t
            .declarators
            .iter()
            .find(|d| d.pointers.is_empty() && d.arrays.is_empty() && d.func.is_none())
            .and_then(|d| d.name.as_ref());
        let defined = match &t.ty.kind {
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => a.fields.is_some(),
            TypeSpecKind::Enum(e) => e.members.is_some(),
            _ => false,
        };
        let mut claimed = None;
        if is_group {
            match &t.ty.kind {
                TypeSpecKind::Enum(e) if e.members.is_some() => {
                    let Some(name) = plain.or(e.name.as_ref()) else {
                        self.err(Diagnostic::error(
                            codes::BAD_FLAGS,
                            t.ty.span,
                            "a flag group needs a name",
                        ));
                        return;
                    };
                    self.collect_group(file, item, t, e, name, &all_attrs);
                    claimed = Some(name.name.clone());
                }
                _ => {
                    let a = attr(&all_attrs, "flag_group").map_or(item.span, |a| a.span);
                    self.err(
                        Diagnostic::error(
                            codes::MISPLACED_ATTR,
                            a,
                            "`flag_group` needs an enum with a body",
                        )
                        .with_help("write `typedef [flag_group] enum { [in] FLAG, ... } Name;`"),
                    );
                }
            }
        } else if defined {
            if let Some(name) = plain {
                self.collect_typespec(
                    file,
                    &t.ty,
                    &item.docs.text,
                    &all_attrs,
                    Some(&name.name),
                    true,
                );
                if let Some(sym) = self.defined_sym(&t.ty) {
                    claimed = Some(name.name.clone());
                    self.declare(name, sym);
                }
            } else {
                let hint = t
                    .declarators
                    .first()
                    .and_then(|d| d.name.as_ref())
                    .map(|n| format!("{}_0", n.name));
                self.collect_typespec(
                    file,
                    &t.ty,
                    &item.docs.text,
                    &all_attrs,
                    hint.as_deref(),
                    false,
                );
            }
        } else {
            self.collect_typespec(file, &t.ty, "", &[], None, false);
        }
        for d in &t.declarators {
            if let Some(f) = &d.func {
                for p in &f.params {
                    self.collect_typespec(file, &p.ty, "", &[], None, false);
                }
            }
            let Some(name) = &d.name else {
                self.err(Diagnostic::error(
                    codes::UNEXPECTED_TOKEN,
                    d.span,
                    "a typedef needs a name",
                ));
                continue;
            };
            if claimed.as_ref().is_some_and(|c| *c == name.name)
                && d.pointers.is_empty()
                && d.arrays.is_empty()
            {
                continue;
            }
            let id = TypedefId(self.model.typedefs.len() as u32);
            self.model.typedefs.push(Typedef {
                name: name.name.to_string(),
                ty: Type::Void,
                docs: item.docs.text.clone(),
                attrs: keep_attrs(&all_attrs),
                origin: origin(file, item.span),
            });
            self.typedef_src.push((&t.ty, d, Place::Typedef));
            self.typedef_state.push(0);
            self.declare(name, Sym::Typedef(id));
        }
    }

    fn defined_sym(&self, ts: &ast::TypeSpec) -> Option<Sym> {
        match &ts.kind {
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => self
                .agg_ids
                .get(&(a as *const ast::Aggregate))
                .map(|&i| Sym::Struct(i)),
            TypeSpecKind::Enum(e) => self
                .enum_ids
                .get(&(e as *const ast::EnumDef))
                .map(|&i| Sym::Enum(i)),
            _ => None,
        }
    }

    /// Registers struct/union/enum definitions inside a type, recursively.
    /// `name_hint` names a definition; it wins over the C tag when
    /// `hint_wins` (a typedef's own name), else it is made up
    /// (`Outer_0`) and used only for an untagged definition.
    fn collect_typespec(
        &mut self,
        file: FileId,
        ts: &'a ast::TypeSpec,
        docs: &str,
        attrs: &[ast::Attr],
        name_hint: Option<&str>,
        hint_wins: bool,
    ) {
        match &ts.kind {
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => {
                let Some(fields) = &a.fields else { return };
                let is_union = matches!(ts.kind, TypeSpecKind::Union(_));
                let name = match (name_hint, &a.name) {
                    (Some(h), _) if hint_wins => h.to_string(),
                    (_, Some(tag)) => tag.name.to_string(),
                    (Some(h), None) => h.to_string(),
                    (None, None) => "Anonymous".to_string(),
                };
                let id = StructId(self.model.structs.len() as u32);
                self.model.structs.push(Struct {
                    name: name.clone(),
                    tag: a.name.as_ref().map(|n| n.name.to_string()),
                    is_union,
                    fields: Some(Vec::new()),
                    switch_name: a.switch.as_ref().map(|s| s.name.name.to_string()),
                    docs: docs.to_string(),
                    attrs: keep_attrs(attrs),
                    origin: origin(file, ts.span),
                });
                self.struct_src.push(Some(a));
                self.agg_ids.insert(a as *const _, id);
                if let Some(tag) = &a.name {
                    self.declare_tag(tag, Sym::Struct(id));
                }
                for f in fields {
                    let n = self.anon_counter.entry(name.clone()).or_insert(0);
                    let hint = format!("{name}_{n}");
                    let nested = matches!(&f.ty.kind, TypeSpecKind::Struct(x) | TypeSpecKind::Union(x) if x.fields.is_some() && x.name.is_none())
                        || matches!(&f.ty.kind, TypeSpecKind::Enum(e) if e.members.is_some() && e.name.is_none());
                    if nested {
                        *n += 1;
                    }
                    self.collect_typespec(file, &f.ty, &f.docs.text, &f.attrs, Some(&hint), false);
                }
            }
            TypeSpecKind::Enum(e) => {
                let Some(members) = &e.members else { return };
                let name = match (name_hint, &e.name) {
                    (Some(h), _) if hint_wins => h.to_string(),
                    (_, Some(tag)) => tag.name.to_string(),
                    (Some(h), None) => h.to_string(),
                    (None, None) => "Anonymous".to_string(),
                };
                let id = EnumId(self.model.enums.len() as u32);
                self.model.enums.push(Enum {
                    name,
                    members: Vec::new(),
                    v1_enum: has(attrs, "v1_enum"),
                    docs: docs.to_string(),
                    origin: origin(file, ts.span),
                });
                self.enum_src.push(e);
                self.enum_done.push(false);
                self.enum_ids.insert(e as *const _, id);
                if let Some(tag) = &e.name {
                    self.declare_tag(tag, Sym::Enum(id));
                }
                for (i, m) in members.iter().enumerate() {
                    self.declare(&m.name, Sym::EnumMember(id, i));
                }
            }
            TypeSpecKind::Base(_) | TypeSpecKind::Named(_) => {}
        }
    }

    fn declare_tag(&mut self, tag: &Ident, sym: Sym) {
        if self.tags.contains_key(&*tag.name) {
            self.err(Diagnostic::error(
                codes::DUPLICATE,
                tag.span,
                format!("`{}` is defined twice", tag.name),
            ));
            return;
        }
        self.tags.insert(tag.name.to_string(), sym);
    }

    fn collect_group(
        &mut self,
        file: FileId,
        item: &'a ast::Item,
        t: &'a ast::Typedef,
        e: &'a ast::EnumDef,
        name: &Ident,
        attrs: &[ast::Attr],
    ) {
        let gid = FlagGroupId(self.model.flag_groups.len() as u32);
        self.model.flag_groups.push(FlagGroup {
            name: name.name.to_string(),
            members: Vec::new(),
            required: has(attrs, "required"),
            keep_unknown: false,
            docs: item.docs.text.clone(),
            origin: origin(file, t.ty.span),
        });
        self.group_src.push(e);
        self.declare(name, Sym::FlagGroup(gid));
        if let Some(tag) = &e.name
            && tag.name != name.name
        {
            self.declare_tag(tag, Sym::FlagGroup(gid));
        }
        let u32_ty = self.ulong_type();
        for m in e.members.iter().flatten() {
            if let Some(v) = &m.value {
                let id = ConstId(self.model.consts.len() as u32);
                self.model.consts.push(Const {
                    name: m.name.name.to_string(),
                    ty: u32_ty.clone(),
                    value: ConstValue::Int(0),
                    kind: ConstKind::Flag(gid),
                    docs: m.docs.text.clone(),
                    origin: origin(file, m.span),
                });
                self.const_src.push(ConstSrc::Flag { expr: v });
                self.const_state.push(State::Todo);
                self.declare(&m.name, Sym::Const(id));
            }
        }
    }

    /// `ULONG` if the corpus declares it, else `unsigned long`.
    fn ulong_type(&self) -> Type {
        match self.names.get("ULONG") {
            Some(Sym::Typedef(id)) => Type::Typedef(*id),
            _ => Type::Prim(Prim::U32),
        }
    }

    fn collect_const(&mut self, file: FileId, item: &'a ast::Item, c: &'a ast::Const) {
        self.check_attrs(&item.attrs, Place::Const);
        self.collect_typespec(file, &c.ty, "", &[], None, false);
        let origin = origin(file, item.span);
        if let Some(tag_attr) = attr(&item.attrs, "proptag") {
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
            let strings =
                type_arg.is_some_and(|n| matches!(&*n.name, "PT_TSTRING" | "PT_MV_TSTRING"));
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
                let name = format!("{}{suffix}", c.name.name);
                self.model.consts.push(Const {
                    name: name.clone(),
                    ty: ty.clone(),
                    value: ConstValue::Int(0),
                    kind: ConstKind::PropTag(tid, form),
                    docs: item.docs.text.clone(),
                    origin,
                });
                self.const_src.push(ConstSrc::Tag { tag: tid, form });
                self.const_state.push(State::Todo);
                self.declare_str(&name, c.name.span, Sym::Const(id));
                consts.push(id);
            }
            self.model.prop_tags.push(PropTag {
                name: c.name.name.to_string(),
                id: 0,
                type_name: type_arg.map(|n| n.name.to_string()).unwrap_or_default(),
                prop_type: 0,
                string_forms: strings,
                consts,
                docs: item.docs.text.clone(),
                origin,
            });
            return;
        }
        let id = ConstId(self.model.consts.len() as u32);
        self.model.consts.push(Const {
            name: c.name.name.to_string(),
            ty: Type::Void,
            value: ConstValue::Int(0),
            kind: ConstKind::Declared,
            docs: item.docs.text.clone(),
            origin,
        });
        self.const_src.push(ConstSrc::Expr {
            ty: &c.ty,
            pointers: c.pointers,
            expr: &c.value,
        });
        self.const_state.push(State::Todo);
        self.declare(&c.name, Sym::Const(id));
    }

    // ---- pass 2: resolve ------------------------------------------------

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

    fn base_type(&mut self, ts: &ast::TypeSpec) -> Type {
        match &ts.kind {
            TypeSpecKind::Base(words) => self.prim(words, ts.span),
            TypeSpecKind::Named(n) => match self.lookup(n, "type") {
                Some(Sym::Typedef(id)) => Type::Typedef(id),
                Some(Sym::Struct(id)) => Type::Struct(id),
                Some(Sym::Enum(id)) => Type::Enum(id),
                Some(Sym::Interface(id)) => Type::Interface(id),
                Some(Sym::FlagGroup(id)) => Type::FlagGroup(id),
                Some(other) => {
                    self.err(Diagnostic::error(
                        codes::WRONG_KIND,
                        n.span,
                        format!("`{}` is {}, not a type", n.name, other.what()),
                    ));
                    Type::Void
                }
                None => Type::Void,
            },
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => {
                if let Some(&id) = self.agg_ids.get(&(a as *const ast::Aggregate)) {
                    return Type::Struct(id);
                }
                let Some(tag) = &a.name else {
                    return Type::Void;
                };
                match self
                    .tags
                    .get(&*tag.name)
                    .or_else(|| self.names.get(&*tag.name))
                    .copied()
                {
                    Some(Sym::Struct(id)) => Type::Struct(id),
                    Some(Sym::Typedef(id)) => Type::Typedef(id),
                    _ => {
                        // A struct only ever declared: an opaque type,
                        // usable behind pointers.
                        let id = StructId(self.model.structs.len() as u32);
                        self.model.structs.push(Struct {
                            name: tag.name.to_string(),
                            tag: Some(tag.name.to_string()),
                            is_union: matches!(ts.kind, TypeSpecKind::Union(_)),
                            fields: None,
                            switch_name: None,
                            docs: String::new(),
                            attrs: Vec::new(),
                            origin: origin(tag.span.file, tag.span),
                        });
                        self.struct_src.push(None);
                        self.tags.insert(tag.name.to_string(), Sym::Struct(id));
                        Type::Struct(id)
                    }
                }
            }
            TypeSpecKind::Enum(e) => {
                if let Some(&id) = self.enum_ids.get(&(e as *const ast::EnumDef)) {
                    return Type::Enum(id);
                }
                let Some(tag) = &e.name else {
                    return Type::Void;
                };
                match self
                    .tags
                    .get(&*tag.name)
                    .or_else(|| self.names.get(&*tag.name))
                    .copied()
                {
                    Some(Sym::Enum(id)) => Type::Enum(id),
                    Some(Sym::FlagGroup(id)) => Type::FlagGroup(id),
                    Some(Sym::Typedef(id)) => Type::Typedef(id),
                    _ => {
                        self.err(Diagnostic::error(
                            codes::UNKNOWN_NAME,
                            tag.span,
                            format!("unknown enum `{}`", tag.name),
                        ));
                        Type::Void
                    }
                }
            }
        }
    }

    fn prim(&mut self, words: &[Ident], span: Span) -> Type {
        let mut signed = None;
        let (mut short, mut long, mut int, mut char_) = (0, 0, 0, 0);
        let mut other: Option<&str> = None;
        let mut bad = false;
        for w in words {
            match &*w.name {
                "signed" => bad |= signed.replace(true).is_some(),
                "unsigned" => bad |= signed.replace(false).is_some(),
                "short" => short += 1,
                "long" => long += 1,
                "int" => int += 1,
                "char" => char_ += 1,
                word => bad |= other.replace(word).is_some(),
            }
        }
        let uns = signed == Some(false);
        let pick = |s: Prim, u: Prim| if uns { u } else { s };
        let p = match (other, short, long, int, char_) {
            (None, 0, 0, 0, 0) if signed.is_some() => Some(pick(Prim::I32, Prim::U32)),
            (None, 0, 0, 0 | 1, 0) => Some(pick(Prim::I32, Prim::U32)),
            (None, 1, 0, 0 | 1, 0) => Some(pick(Prim::I16, Prim::U16)),
            (None, 0, 1, 0 | 1, 0) => Some(pick(Prim::I32, Prim::U32)),
            (None, 0, 2, 0 | 1, 0) => Some(pick(Prim::I64, Prim::U64)),
            (None, 0, 0, 0, 1) => Some(if uns { Prim::U8 } else { Prim::I8 }),
            (Some("void"), 0, 0, 0, 0) if signed.is_none() => return Type::Void,
            (Some("small" | "__int8"), 0, 0, 0 | 1, 0) => Some(pick(Prim::I8, Prim::U8)),
            (Some("__int16"), 0, 0, 0 | 1, 0) => Some(pick(Prim::I16, Prim::U16)),
            (Some("__int32"), 0, 0, 0 | 1, 0) => Some(pick(Prim::I32, Prim::U32)),
            (Some("__int64" | "hyper"), 0, 0, 0 | 1, 0) => Some(pick(Prim::I64, Prim::U64)),
            (Some("__int3264"), 0, 0, 0 | 1, 0) => Some(pick(Prim::ISize, Prim::USize)),
            (Some("byte" | "boolean" | "_Bool"), 0, 0, 0, 0) if signed.is_none() => Some(Prim::U8),
            (Some("wchar_t" | "__wchar_t"), 0, 0, 0, 0) if signed.is_none() => Some(Prim::WChar),
            (Some("float"), 0, 0, 0, 0) if signed.is_none() => Some(Prim::F32),
            (Some("double"), 0, 0 | 1, 0, 0) if signed.is_none() => Some(Prim::F64),
            (Some("handle_t"), 0, 0, 0, 0) if signed.is_none() => Some(Prim::Handle),
            (Some("error_status_t"), 0, 0, 0, 0) if signed.is_none() => Some(Prim::U32),
            _ => None,
        };
        match p {
            Some(p) if !bad => Type::Prim(p),
            _ => {
                let text: Vec<&str> = words.iter().map(|w| &*w.name).collect();
                self.err(Diagnostic::error(
                    codes::UNEXPECTED_TOKEN,
                    span,
                    format!("`{}` is not a valid C type", text.join(" ")),
                ));
                Type::Void
            }
        }
    }

    fn resolve_type(&mut self, ts: &ast::TypeSpec, pointers: usize) -> Type {
        let mut ty = self.base_type(ts);
        for i in 0..pointers {
            ty = Type::Ptr {
                to: Box::new(ty),
                is_const: i == 0 && ts.is_const,
            };
        }
        ty
    }

    fn resolve_decl(&mut self, ts: &ast::TypeSpec, d: &ast::Declarator) -> Type {
        let mut ty = self.base_type(ts);
        let mut is_const = ts.is_const;
        for &c in &d.pointers {
            ty = Type::Ptr {
                to: Box::new(ty),
                is_const,
            };
            is_const = c;
        }
        if let Some(f) = &d.func {
            let params = self.resolve_params(&f.params, d.name.as_ref().map_or("", |n| &n.name));
            ty = Type::Function(Box::new(Signature {
                callconv: callconv(f.callconv.as_ref()),
                ret: ty,
                params,
            }));
            for _ in 0..f.inner_pointers {
                ty = Type::Ptr {
                    to: Box::new(ty),
                    is_const: false,
                };
            }
        }
        for dim in d.arrays.iter().rev() {
            let len = match dim {
                None => None,
                Some(e) => match self.counted(e, eval::eval_int) {
                    Ok(v) if (0..=i128::from(u32::MAX)).contains(&v) => Some(v as u64),
                    Ok(v) => {
                        self.err(Diagnostic::error(
                            codes::BAD_CONST,
                            e.span,
                            format!("array length {v} is out of range"),
                        ));
                        None
                    }
                    Err(diag) => {
                        self.err(diag);
                        None
                    }
                },
            };
            ty = Type::Array {
                elem: Box::new(ty),
                len,
            };
        }
        ty
    }

    /// Resolves a typedef on first use, so checks that look through
    /// typedefs never see one that is not resolved yet.
    fn ensure_typedef(&mut self, id: TypedefId) {
        if self.typedef_state[id.index()] != 0 {
            return;
        }
        self.typedef_state[id.index()] = 1;
        let (ts, d, _) = self.typedef_src[id.index()];
        let ty = self.resolve_decl(ts, d);
        self.model.typedefs[id.index()].ty = ty;
        self.typedef_state[id.index()] = 2;
    }

    /// Follows typedefs (resolving them as needed) to the underlying type.
    fn strip(&mut self, ty: &Type) -> Type {
        let mut cur = ty.clone();
        for _ in 0..64 {
            let Type::Typedef(id) = cur else { return cur };
            self.ensure_typedef(id);
            cur = self.model.typedefs[id.index()].ty.clone();
        }
        cur
    }

    fn check_typedef_cycles(&mut self) {
        for i in 0..self.model.typedefs.len() {
            let mut cur = &self.model.typedefs[i].ty;
            let mut steps = 0;
            let mut cyclic = false;
            while let Type::Typedef(id) = cur {
                steps += 1;
                if id.index() == i || steps > self.model.typedefs.len() {
                    cyclic = true;
                    break;
                }
                cur = &self.model.typedefs[id.index()].ty;
            }
            if cyclic {
                let t = &self.model.typedefs[i];
                let d = Diagnostic::error(
                    codes::RECURSIVE_TYPE,
                    t.origin.span,
                    format!("typedef `{}` refers to itself", t.name),
                );
                self.model.typedefs[i].ty = Type::Void;
                self.err(d);
            }
        }
    }

    fn resolve_struct(&mut self, id: StructId) {
        let Some(Some(a)) = self.struct_src.get(id.index()).copied() else {
            return;
        };
        let Some(fields) = &a.fields else { return };
        // Names first: `size_is` may name a later field.
        let mut anon = 0;
        let names: Vec<String> = fields
            .iter()
            .map(|f| match f.decl.as_ref().and_then(|d| d.name.as_ref()) {
                Some(n) => n.name.to_string(),
                None => {
                    anon += 1;
                    if anon == 1 {
                        "Anonymous".into()
                    } else {
                        format!("Anonymous{anon}")
                    }
                }
            })
            .collect();
        let mut out: Vec<Field> = Vec::new();
        // Duplicates are found by name in a map: a struct may be huge.
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for (f, name) in fields.iter().zip(&names) {
            self.check_attrs(&f.attrs, Place::Field);
            if let Some(&prev_span) = seen.get(name.as_str()) {
                self.err(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        f.span,
                        format!("field `{name}` is declared twice"),
                    )
                    .with_note(prev_span, "first declared here"),
                );
                continue;
            }
            let ty = match &f.decl {
                Some(d) => self.resolve_decl(&f.ty, d),
                None if matches!(f.ty.kind, TypeSpecKind::Base(ref w) if w.is_empty()) => {
                    Type::Void
                }
                None => self.base_type(&f.ty),
            };
            let mut cases = Vec::new();
            for a in f.attrs.iter().filter(|a| &*a.name.name == "case") {
                for e in a.args.iter().flatten().flatten() {
                    match self.counted(e, eval::eval_int) {
                        Ok(v) => cases.push(v),
                        Err(d) => self.err(d),
                    }
                }
            }
            let size_is = attr(&f.attrs, "size_is")
                .map(|a| self.size_refs(a, &names, "field"))
                .unwrap_or_default();
            for n in ["length_is", "switch_is"] {
                if let Some(a) = attr(&f.attrs, n) {
                    let _ = self.size_refs(a, &names, "field");
                }
            }
            seen.insert(name.as_str(), f.span);
            out.push(Field {
                name: name.clone(),
                ty,
                size_is,
                cases,
                is_default: has(&f.attrs, "default"),
                docs: f.docs.text.clone(),
                attrs: keep_attrs(&f.attrs),
                span: f.span,
            });
        }
        self.model.structs[id.index()].fields = Some(out);
    }

    fn check_recursive_structs(&mut self) {
        for i in 0..self.model.structs.len() {
            let mut stack = vec![StructId(i as u32)];
            let mut seen = vec![false; self.model.structs.len()];
            let mut hit = false;
            while let Some(s) = stack.pop() {
                for f in self.model.structs[s.index()].fields.iter().flatten() {
                    let mut t = self.model.strip_typedefs(&f.ty);
                    while let Type::Array { elem, .. } = t {
                        t = self.model.strip_typedefs(elem);
                    }
                    if let Type::Struct(id) = t {
                        if id.index() == i {
                            hit = true;
                        } else if !seen[id.index()] {
                            seen[id.index()] = true;
                            stack.push(*id);
                        }
                    }
                }
                if hit {
                    break;
                }
            }
            if hit {
                let s = &self.model.structs[i];
                let d = Diagnostic::error(
                    codes::RECURSIVE_TYPE,
                    s.origin.span,
                    format!("`{}` contains itself by value", s.name),
                )
                .with_help("use a pointer to refer to the same type");
                self.model.structs[i].fields = Some(Vec::new());
                self.err(d);
            }
        }
    }

    fn enum_values(&mut self, id: EnumId) {
        if self.enum_done[id.index()] {
            return;
        }
        self.enum_done[id.index()] = true;
        let e = self.enum_src[id.index()];
        let mut next: i128 = 0;
        let mut members = Vec::new();
        for m in e.members.iter().flatten() {
            self.check_attrs(&m.attrs, Place::EnumMember);
            for a in &m.attrs {
                if matches!(&*a.name.name, "in" | "out" | "exclusive") {
                    self.err(
                        Diagnostic::error(
                            codes::MISPLACED_ATTR,
                            a.span,
                            format!("`{}` is only allowed on flag group members", a.name.name),
                        )
                        .with_help("mark the enum `[flag_group]` to declare a flag group"),
                    );
                }
            }
            let value = match &m.value {
                Some(v) => match self.counted(v, eval::eval_int) {
                    Ok(v) => v,
                    Err(d) => {
                        self.err(d);
                        next
                    }
                },
                None => next,
            };
            next = value + 1;
            members.push(EnumMember {
                name: m.name.name.to_string(),
                value,
                docs: m.docs.text.clone(),
            });
        }
        self.model.enums[id.index()].members = members;
    }

    fn int_type_of(&mut self, ty: &Type) -> Option<IntType> {
        match self.strip(ty) {
            Type::Prim(p) => p.int_type(),
            Type::Enum(_) | Type::FlagGroup(_) => Some(IntType {
                bits: 32,
                signed: false,
            }),
            _ => None,
        }
    }

    fn const_value(&mut self, id: ConstId, used_at: Option<Span>) -> Result<ConstValue, ()> {
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

    fn eval_typed(&mut self, ty: &Type, expr: &Expr) -> Result<ConstValue, Diagnostic> {
        let v = self.counted(expr, eval::eval)?;
        let int_ty = self.int_type_of(ty);
        let stripped = self.strip(ty);
        match (v, int_ty) {
            (Value::Int(v), Some(t)) => {
                if t.accepts(v) {
                    Ok(ConstValue::Int(v))
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

    fn resolve_tag(&mut self, id: PropTagId) {
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
        let ptype = match self.names.get(&*type_arg.name).copied() {
            Some(Sym::Const(c)) => match self.const_value(c, Some(type_arg.span)) {
                Ok(ConstValue::Int(v)) if (0..=0xFFFF).contains(&v) => v as u16,
                Ok(_) => {
                    self.err(Diagnostic::error(
                        codes::BAD_PROPTAG,
                        type_arg.span,
                        format!("`{}` is not a 16-bit property type", type_arg.name),
                    ));
                    0
                }
                Err(()) => 0,
            },
            _ => {
                let mut d = Diagnostic::error(
                    codes::UNKNOWN_NAME,
                    type_arg.span,
                    format!("unknown property type `{}`", type_arg.name),
                );
                let pts = self
                    .names
                    .keys()
                    .filter(|k| k.starts_with("PT_"))
                    .map(String::as_str);
                if let Some(s) = self.suggest(&type_arg.name, pts) {
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

    fn resolve_group(&mut self, gid: FlagGroupId) {
        let e = self.group_src[gid.index()];
        let mut members: Vec<FlagMember> = Vec::new();
        let mut listed: HashMap<&str, Span> = HashMap::new();
        for m in e.members.iter().flatten() {
            self.check_attrs(&m.attrs, Place::EnumMember);
            if let Some(&first) = listed.get(&*m.name.name) {
                self.err(
                    Diagnostic::error(
                        codes::DUPLICATE,
                        m.name.span,
                        format!("flag `{}` appears twice in this group", m.name.name),
                    )
                    .with_note(first, "first listed here"),
                );
                continue;
            }
            listed.insert(&m.name.name, m.span);
            let Some(constant) = (match self.lookup(&m.name, "flag") {
                Some(Sym::Const(c)) => Some(c),
                Some(other) => {
                    self.err(Diagnostic::error(
                        codes::WRONG_KIND,
                        m.name.span,
                        format!("`{}` is {}, not a constant", m.name.name, other.what()),
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
                        format!("`{}` is not a non-negative integer", m.name.name),
                    ));
                    continue;
                }
                Err(()) => continue,
            };
            let dir_in = has(&m.attrs, "in");
            let dir_out = has(&m.attrs, "out");
            let exclusive = attr(&m.attrs, "exclusive").map(|a| match a.args.as_deref() {
                Some(
                    [
                        Some(Expr {
                            kind: ExprKind::Name(n),
                            ..
                        }),
                    ],
                ) => n.name.to_string(),
                _ => String::new(),
            });
            members.push(FlagMember {
                name: m.name.name.to_string(),
                value,
                constant,
                valid_in: dir_in || !dir_out,
                valid_out: dir_out || !dir_in,
                exclusive,
                docs: m.docs.text.clone(),
            });
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

    fn resolve_interfaces(&mut self) {
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
    fn warning_codes(&mut self, a: &ast::Attr) -> Vec<ConstId> {
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

    fn inherited_method(&self, mut id: InterfaceId, name: &str) -> Option<(String, u32)> {
        for _ in 0..=self.model.interfaces.len() {
            let i = &self.model.interfaces[id.index()];
            if let Some(m) = i.methods.iter().find(|m| m.name == name) {
                return Some((i.name.clone(), m.slot));
            }
            id = i.base?;
        }
        None
    }

    fn resolve_params(&mut self, params: &[ast::Param], func: &str) -> Vec<Param> {
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
                byte_count: has(&p.attrs, "byte_count"),
                width_flag: None,
                null_on_success: has(&p.attrs, "may_be_null"),
                reserved: has(&p.attrs, "reserved"),
                docs: p.docs.text.clone(),
                attrs: keep_attrs(&p.attrs),
                span: p.span,
            });
        }
        out
    }

    fn is_ptr_to_ptr(&mut self, ty: &Type) -> bool {
        match self.strip(ty) {
            Type::Ptr { to, .. } => matches!(self.strip(&to), Type::Ptr { .. }),
            _ => false,
        }
    }

    fn is_ptr_to_iface(&mut self, ty: &Type) -> bool {
        let Type::Ptr { to, .. } = self.strip(ty) else {
            return false;
        };
        let Type::Ptr { to, .. } = self.strip(&to) else {
            return false;
        };
        matches!(self.strip(&to), Type::Interface(_))
    }

    fn flags_attr(&mut self, a: &ast::Attr, ty: &Type, param: &str) -> Option<FlagGroupId> {
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

    fn size_refs(&mut self, a: &ast::Attr, names: &[String], what: &str) -> Vec<Option<SizeRef>> {
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

    fn iid_attr(
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

    fn check_attrs(&mut self, attrs: &[ast::Attr], place: Place) {
        // The first of each name, by name: a linear search per attribute
        // took time quadratic in a long attribute list.
        let mut seen: HashMap<&str, Span> = HashMap::new();
        for a in attrs {
            let name = &*a.name.name;
            if let Some(&first_span) = seen.get(name).filter(|_| name != "case") {
                self.err(
                    Diagnostic::error(
                        codes::DUPLICATE_ATTR,
                        a.span,
                        format!("attribute `{name}` is given twice"),
                    )
                    .with_note(first_span, "first given here"),
                );
                continue;
            }
            seen.entry(name).or_insert(a.span);
            let Some(&(_, places, arity)) = ATTRS.iter().find(|(n, ..)| *n == name) else {
                let mut d = Diagnostic::warning(
                    codes::UNKNOWN_ATTR,
                    a.name.span,
                    format!("unknown attribute `{name}`"),
                )
                .with_note(None, "it is kept in the model as written");
                if let Some(s) = did_you_mean(name, ATTRS.iter().map(|(n, ..)| *n)) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                self.err(d);
                continue;
            };
            if !places.contains(&place) {
                let wheres: Vec<&str> = places.iter().map(|p| p.what()).collect();
                self.err(
                    Diagnostic::error(
                        codes::MISPLACED_ATTR,
                        a.span,
                        format!("attribute `{name}` is not allowed on {}", place.what()),
                    )
                    .with_note(None, format!("`{name}` goes on {}", wheres.join(", "))),
                );
                continue;
            }
            let n = a.args.as_ref().map(Vec::len);
            let ok = match arity {
                Arity::None => n.is_none(),
                Arity::One => n == Some(1) && a.args.as_ref().is_some_and(|v| v[0].is_some()),
                Arity::AtLeastOne => n.is_some_and(|n| n >= 1),
                Arity::Optional => n.is_none() || n == Some(1),
                Arity::Any => true,
            };
            if !ok {
                let want = match arity {
                    Arity::None => "no arguments".to_string(),
                    Arity::One => "one argument".to_string(),
                    Arity::AtLeastOne => "at least one argument".to_string(),
                    Arity::Optional => "at most one argument".to_string(),
                    Arity::Any => String::new(),
                };
                self.err(Diagnostic::error(
                    codes::BAD_ATTR_ARGS,
                    a.span,
                    format!("attribute `{name}` takes {want}"),
                ));
            }
        }
    }
}

impl Env for Resolver<'_, '_> {
    fn name(&mut self, id: &Ident) -> Result<Value, Diagnostic> {
        let to_value = |v: ConstValue| match v {
            ConstValue::Int(i) => Value::Int(i),
            ConstValue::Float(f) => Value::Float(f),
            ConstValue::Str(s) => Value::Str(s),
            ConstValue::Char(c) => Value::Char(c),
        };
        match self.names.get(&*id.name).copied() {
            Some(Sym::Const(c)) => match self.const_value(c, Some(id.span)) {
                Ok(v) => Ok(to_value(v)),
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
                            id.name
                        ),
                    )),
                }
            }
            Some(other) => Err(Diagnostic::error(
                codes::WRONG_KIND,
                id.span,
                format!("`{}` is {}, not a constant", id.name, other.what()),
            )),
            None => {
                let mut d = Diagnostic::error(
                    codes::UNKNOWN_NAME,
                    id.span,
                    format!("unknown constant `{}`", id.name),
                );
                if let Some(s) = self.suggest(&id.name, self.names.keys().map(String::as_str)) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                Err(d)
            }
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

fn callconv(cc: Option<&Ident>) -> CallConv {
    match cc.map(|c| &*c.name) {
        Some("__cdecl" | "_cdecl") => CallConv::C,
        _ => CallConv::System,
    }
}

/// Calls `f` on every item, descending into libraries and modules (not into
/// interfaces: their members are not top-level declarations).
fn walk_items<'a>(items: &'a [ast::Item], f: &mut dyn FnMut(&'a ast::Item)) {
    for item in items {
        f(item);
        match &item.kind {
            ItemKind::Library(l) => walk_items(&l.items, f),
            ItemKind::Module(m) => walk_items(&m.items, f),
            _ => {}
        }
    }
}

/// Orders interfaces so each base comes before what derives from it; a
/// cycle or unknown base leaves the rest in declaration order.
fn topo_order(ifaces: &[(FileId, &ast::Item, Option<&ast::Interface>)]) -> Vec<usize> {
    let index: HashMap<&str, usize> = ifaces
        .iter()
        .enumerate()
        .filter_map(|(i, (_, _, x))| x.map(|x| (&*x.name.name, i)))
        .rev()
        .collect();
    let mut state = vec![0u8; ifaces.len()]; // 0 new, 1 visiting, 2 done
    let mut order = Vec::with_capacity(ifaces.len());
    for start in 0..ifaces.len() {
        // Walk up the base chain iteratively, then emit from the top down.
        let mut chain = Vec::new();
        let mut cur = Some(start);
        while let Some(i) = cur {
            if state[i] != 0 {
                break;
            }
            state[i] = 1;
            chain.push(i);
            cur = ifaces[i]
                .2
                .and_then(|x| x.base.as_ref())
                .and_then(|b| index.get(&*b.name).copied());
        }
        for &i in chain.iter().rev() {
            state[i] = 2;
            order.push(i);
        }
    }
    order
}
