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
use crate::fxhash::{FxHashMap as HashMap, FxHashSet as HashSet};
use crate::lex::{Interner, Symbol};
use crate::model::*;
use crate::source::{FileId, Span};
use attrs::{KnownAttrs, Place};
use consts::{ConstSrc, State};
use mapi::TagSrc;
use std::borrow::Cow;

/// Marks an error already reported elsewhere; `Resolver::err` drops it.
const REPORTED: &str = "reported";

/// One parsed file handed to the resolver.
pub(crate) struct ParsedFile<'a> {
    pub(crate) id: FileId,
    pub(crate) path: std::path::PathBuf,
    pub(crate) root: bool,
    /// The file's place in declaration order: after the files it imports.
    pub(crate) rank: usize,
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

/// Resolves and checks every file into one model. `root_includes` are the
/// files the roots `#include`, whose warnings are reported as the roots'.
pub(crate) fn resolve(
    files: &[ParsedFile<'_>],
    interner: &Interner,
    root_includes: &[FileId],
    diags: &mut Diagnostics,
) -> Model {
    let mut r = Resolver {
        interner,
        known_attrs: KnownAttrs::default(),
        diags,
        model: Model::default(),
        names: HashMap::default(),
        tags: HashMap::default(),
        unwritten: HashMap::default(),
        typedef_src: Vec::new(),
        typedef_state: Vec::new(),
        struct_src: Vec::new(),
        enum_src: Vec::new(),
        const_src: Vec::new(),
        const_state: Vec::new(),
        group_src: Vec::new(),
        tag_src: Vec::new(),
        guid_src: Vec::new(),
        iface_src: Vec::new(),
        func_src: Vec::new(),
        var_src: Vec::new(),
        enum_done: Vec::new(),
        tag_done: Vec::new(),
        agg_ids: HashMap::default(),
        enum_ids: HashMap::default(),
        anon_counter: HashMap::default(),
        roots: files
            .iter()
            .filter(|f| f.root)
            .map(|f| f.id)
            .chain(root_includes.iter().copied())
            .collect(),
        ranks: files.iter().map(|f| (f.id, f.rank)).collect(),
        redecls: Vec::new(),
        eval_depth: 0,
        c_context: false,
        c_types: HashMap::default(),
        dll: None,
    };
    for f in files {
        r.model.files.push(ModelFile {
            id: f.id,
            path: f.path.clone(),
            root: f.root,
            area: f.ast.area.as_ref().map(|(name, _)| name.clone()),
        });
    }
    r.collect(files);
    r.collect_guid_consts();
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
        bstr: typedef("BSTR"),
        allocator: [
            typedef("ALLOCATEBUFFER"),
            typedef("ALLOCATEMORE"),
            typedef("FREEBUFFER"),
        ],
        mapi: m.well_known.mapi,
    }
}

struct Resolver<'a, 'd> {
    /// The texts of the names in the syntax trees.
    interner: &'a Interner,
    /// The attribute names met, each looked up once.
    known_attrs: KnownAttrs,
    diags: &'d mut Diagnostics,
    model: Model,
    // Keyed by the names' symbols: declaring or looking up a name hashes
    // a number.
    /// Every declared name: what it is, and where it is declared.
    names: HashMap<Symbol, (Sym, Span)>,
    tags: HashMap<Symbol, Sym>,
    /// Names the resolver made that no file writes, by text
    /// ([`Resolver::declare_str`]).
    unwritten: HashMap<String, (Sym, Span)>,
    typedef_src: Vec<(&'a ast::TypeSpec, &'a ast::Declarator, Place)>,
    /// 0: not resolved, 1: resolving, 2: resolved.
    typedef_state: Vec<u8>,
    struct_src: Vec<Option<&'a ast::Aggregate>>,
    /// `None` for an enum only referred to, never defined.
    enum_src: Vec<Option<&'a ast::EnumDef>>,
    const_src: Vec<ConstSrc<'a>>,
    const_state: Vec<State>,
    group_src: Vec<&'a ast::EnumDef>,
    tag_src: Vec<TagSrc<'a>>,
    /// The `declare_guid`s, made constants after collection.
    guid_src: Vec<(FileId, &'a ast::Item, &'a ast::DeclareGuid, Guid)>,
    iface_src: Vec<(&'a ast::Item, Option<&'a ast::Interface>)>,
    func_src: Vec<&'a ast::Function>,
    /// Variable declarations, whose types are checked but which the model
    /// does not hold.
    var_src: Vec<(&'a ast::TypeSpec, &'a ast::Declarator)>,
    enum_done: Vec<bool>,
    tag_done: Vec<bool>,
    agg_ids: HashMap<*const ast::Aggregate, StructId>,
    enum_ids: HashMap<*const ast::EnumDef, EnumId>,
    anon_counter: HashMap<String, usize>,
    /// The files named by the caller, whose items the backends emit.
    roots: HashSet<FileId>,
    /// Each file's place in declaration order ([`ParsedFile::rank`]).
    ranks: HashMap<FileId, usize>,
    /// Typedefs of a name already declared as a type, checked once both
    /// are resolved.
    redecls: Vec<Redecl<'a>>,
    /// The depth of the evaluations under way, against [`MAX_EVAL_DEPTH`].
    eval_depth: usize,
    /// Set while resolving a typedef or a struct's fields, where an unknown
    /// type name is taken as an opaque type (one only a C header declares)
    /// with a warning; in a method it stays an error, as in MIDL (MIDL2011).
    c_context: bool,
    /// The unknown type names taken as opaque types, each made once.
    c_types: HashMap<Symbol, StructId>,
    /// The `dllname` of the module whose items are being collected.
    dll: Option<String>,
}

/// A typedef of a name already declared as a type: C accepts it when both
/// name the same type, as when a file repeats a typedef of a file it
/// imports. The first declaration is the one kept.
struct Redecl<'a> {
    /// The type the name was first declared as.
    first: Type,
    /// The type it is declared as again.
    again: RedeclType<'a>,
    /// The name in the second declaration.
    span: Span,
}

enum RedeclType<'a> {
    /// `typedef T NAME;`
    Decl(&'a ast::TypeSpec, &'a ast::Declarator),
    /// `typedef struct {...} NAME;`: the struct or enum it defines.
    Defined(Type),
}

/// The type a symbol names, for comparing two declarations of a name.
fn sym_type(sym: Sym) -> Option<Type> {
    Some(match sym {
        Sym::Typedef(id) => Type::Typedef(id),
        Sym::Struct(id) => Type::Struct(id),
        Sym::Enum(id) => Type::Enum(id),
        Sym::Interface(id) => Type::Interface(id),
        Sym::FlagGroup(id) => Type::FlagGroup(id),
        Sym::EnumMember(..) | Sym::Const(_) | Sym::Function(_) => return None,
    })
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
    !s.is_union
        && (s.name == name || s.tag.as_deref().and_then(|t| t.strip_prefix('_')) == Some(name))
}

fn attr<'x>(n: &Interner, attrs: &'x [ast::Attr], name: &str) -> Option<&'x ast::Attr> {
    attrs.iter().find(|a| n.is(a.name.name, name))
}

fn has(n: &Interner, attrs: &[ast::Attr], name: &str) -> bool {
    attr(n, attrs, name).is_some()
}

fn origin(file: FileId, span: Span) -> Origin {
    Origin { file, span }
}

/// Source-like text of an expression, for attributes kept as written.
pub(crate) fn expr_text(n: &Interner, e: &Expr) -> String {
    match &e.kind {
        ExprKind::Int(t) | ExprKind::Float(t) => n.text(*t).to_owned(),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Char(c) => format!("{c:?}"),
        ExprKind::Name(id) => n.text(id.name).to_owned(),
        ExprKind::Unary(op, x) => {
            let o = match op {
                ast::UnOp::Neg => "-",
                ast::UnOp::Plus => "+",
                ast::UnOp::Not => "~",
                ast::UnOp::LogicalNot => "!",
                ast::UnOp::Deref => "*",
                ast::UnOp::AddrOf => "&",
            };
            format!("{o}{}", expr_text(n, x))
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
            format!("({} {o} {})", expr_text(n, a), expr_text(n, b))
        }
        ExprKind::Cond(c, a, b) => {
            format!(
                "({} ? {} : {})",
                expr_text(n, c),
                expr_text(n, a),
                expr_text(n, b)
            )
        }
        ExprKind::Cast(t, p, x) => {
            let name = match &t.kind {
                TypeSpecKind::Named(i) => n.text(i.name).to_owned(),
                TypeSpecKind::Base(w) => words_text(n, w),
                _ => "?".into(),
            };
            format!("({name}{}){}", "*".repeat(*p), expr_text(n, x))
        }
        ExprKind::Sizeof => "sizeof(...)".into(),
        ExprKind::Member(x, f) => format!("{}.{}", expr_text(n, x), n.text(f.name)),
    }
}

/// The words of a C base type, as written (`unsigned long`).
fn words_text(n: &Interner, words: &[Ident]) -> String {
    words
        .iter()
        .map(|i| n.text(i.name))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Source-like text of a type specifier (`unsigned long`, `VARIANT`,
/// `struct _X`).
pub(crate) fn typespec_text(n: &Interner, ts: &ast::TypeSpec) -> String {
    let base = match &ts.kind {
        TypeSpecKind::Base(w) => words_text(n, w),
        TypeSpecKind::Named(i) => n.text(i.name).to_owned(),
        TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => {
            let kw = if matches!(ts.kind, TypeSpecKind::Struct(_)) {
                "struct"
            } else {
                "union"
            };
            match &a.name {
                Some(name) => format!("{kw} {}", n.text(name.name)),
                None => kw.to_string(),
            }
        }
        TypeSpecKind::Enum(e) => match &e.name {
            Some(name) => format!("enum {}", n.text(name.name)),
            None => "enum".to_string(),
        },
        TypeSpecKind::SafeArray(t, p) => {
            format!("SAFEARRAY({}{})", typespec_text(n, t), "*".repeat(*p))
        }
        TypeSpecKind::Pipe(t) => format!("pipe {}", typespec_text(n, t)),
    };
    if ts.is_const {
        format!("const {base}")
    } else {
        base
    }
}

/// The attributes a declaration of type `ts` keeps for what its type says
/// and the model's types cannot: `safearray(T)` for `SAFEARRAY(T)` (a
/// `SAFEARRAY *` in the model) and `pipe` for `pipe T` (a `T`).
fn type_attrs(n: &Interner, ts: &ast::TypeSpec) -> Vec<Attribute> {
    match &ts.kind {
        TypeSpecKind::SafeArray(t, p) => vec![Attribute {
            name: "safearray".into(),
            args: vec![format!("{}{}", typespec_text(n, t), "*".repeat(*p))],
            span: ts.span,
        }],
        TypeSpecKind::Pipe(_) => vec![Attribute {
            name: "pipe".into(),
            args: Vec::new(),
            span: ts.span,
        }],
        _ => Vec::new(),
    }
}

/// [`keep_attrs`] of a declaration's attributes, then its [`type_attrs`].
fn keep_attrs_of(
    n: &Interner,
    known: &mut KnownAttrs,
    attrs: &[ast::Attr],
    ts: &ast::TypeSpec,
) -> Vec<Attribute> {
    let mut out = keep_attrs(n, known, attrs);
    out.extend(type_attrs(n, ts));
    out
}

fn keep_attrs(n: &Interner, known: &mut KnownAttrs, attrs: &[ast::Attr]) -> Vec<Attribute> {
    attrs
        .iter()
        .map(|a| Attribute {
            name: known
                .name(n, a.name.name)
                .map_or_else(|| Cow::Owned(n.text(a.name.name).to_owned()), Cow::Borrowed),
            args: match (&a.raw, &a.args) {
                (Some(raw), _) => vec![String::from(&**raw)],
                (None, Some(args)) => args
                    .iter()
                    .map(|x| x.as_ref().map(|e| expr_text(n, e)).unwrap_or_default())
                    .collect(),
                (None, None) => Vec::new(),
            },
            span: a.span,
        })
        .collect()
}

fn callconv(n: &Interner, cc: Option<&Ident>) -> CallConv {
    match cc.map(|c| n.text(c.name)) {
        Some("__cdecl" | "_cdecl") => CallConv::C,
        _ => CallConv::System,
    }
}

impl<'a> Resolver<'a, '_> {
    /// What the name `name` is declared as, if it is.
    #[inline]
    fn sym(&self, name: Symbol) -> Option<Sym> {
        self.names.get(&name).map(|&(sym, _)| sym)
    }

    /// What the name `text` is declared as, if it is.
    fn named(&self, text: &str) -> Option<Sym> {
        match self.interner.get(text) {
            Some(s) => self.sym(s),
            None => self.unwritten.get(text).map(|&(sym, _)| sym),
        }
    }

    /// Where the name `text` is declared, if it is.
    fn name_span(&self, text: &str) -> Option<Span> {
        match self.interner.get(text) {
            Some(s) => self.names.get(&s).map(|&(_, span)| span),
            None => self.unwritten.get(text).map(|&(_, span)| span),
        }
    }

    /// Every declared name, for suggestions.
    fn declared_names(&self) -> impl Iterator<Item = &str> + '_ {
        let n = self.interner;
        self.names
            .keys()
            .map(move |k| n.text(*k))
            .chain(self.unwritten.keys().map(String::as_str))
    }

    fn err(&mut self, d: Diagnostic) {
        // A use of a constant whose own declaration failed was reported there.
        if d.code == REPORTED {
            return;
        }
        // Warnings are for the files being compiled: imported files (often
        // SDK headers the user cannot change) are checked for errors only.
        if !d.is_error() && d.span.is_some_and(|s| !self.roots.contains(&s.file)) {
            return;
        }
        self.diags.push(d);
    }

    /// Whether `a` comes after `b` in declaration order: by the rank of
    /// their files (a file after those it imports), then by position.
    fn later(&self, a: Span, b: Span) -> bool {
        let key = |s: Span| {
            (
                self.ranks.get(&s.file).copied().unwrap_or(usize::MAX),
                s.start,
            )
        };
        key(a) > key(b)
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
        self.check_opaque_fields();
        self.check_redecls();
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
        for i in 0..self.var_src.len() {
            let (ts, d) = self.var_src[i];
            let _ = self.resolve_decl(ts, d);
        }
        for i in 0..self.func_src.len() {
            let f = self.func_src[i];
            let cc = callconv(self.interner, f.callconv.as_ref());
            let ret = self.resolve_type(&f.ret, f.ret_pointers);
            let params = self.resolve_params(&f.params, self.interner.text(f.name.name));
            self.check_opaque_params(&params);
            self.model.functions[i].sig = Signature {
                callconv: cc,
                ret,
                params,
            };
        }
    }

    /// Whether `file` was named by the caller (its items are emitted), not
    /// reached by `import`.
    fn is_root(&self, file: FileId) -> bool {
        self.roots.contains(&file)
    }

    fn lookup(&mut self, name: &Ident, what: &str) -> Option<Sym> {
        if let Some(s) = self.sym(name.name) {
            return Some(s);
        }
        let text = self.interner.text(name.name);
        let mut d = Diagnostic::error(
            codes::UNKNOWN_NAME,
            name.span,
            format!("unknown {what} `{text}`"),
        )
        .with_label("not declared in this file or any file it imports");
        if let Some(s) = self.suggest(text, self.declared_names()) {
            d = d.with_help(format!("did you mean `{s}`?"));
        }
        self.err(d);
        None
    }
}
