//! Pass 1: gives every declared name an id before anything is resolved, so
//! that no lookup depends on declaration order.

use super::attrs::Place;
use super::consts::{ConstSrc, State};
use super::order::topo_order;
use super::{
    ParsedFile, Redecl, RedeclType, Resolver, Sym, attr, has, keep_attrs, keep_attrs_of, origin,
    sym_type,
};
use crate::ast::{self, Ident, ItemKind, TypeSpecKind};
use crate::diag::{Diagnostic, codes};
use crate::lex::Symbol;
use crate::model::*;
use crate::source::{FileId, Span};

impl<'a> Resolver<'a, '_> {
    pub(super) fn declare(&mut self, name: &Ident, sym: Sym) {
        self.declare_sym(name.name, name.span, sym);
    }

    /// Declares a name the resolver makes (a property tag's `_A` and `_W`
    /// forms). One that no file writes is kept by its text: no use can
    /// refer to it, but it can be declared twice and suggested.
    pub(super) fn declare_str(&mut self, name: &str, span: Span, sym: Sym) {
        if let Some(s) = self.interner.get(name) {
            self.declare_sym(s, span, sym);
            return;
        }
        match self.unwritten.get(name).copied() {
            Some((prev, prev_span)) => self.declared_twice(name, span, sym, prev, Some(prev_span)),
            None => {
                self.unwritten.insert(name.to_owned(), (sym, span));
            }
        }
    }

    fn declare_sym(&mut self, name: Symbol, span: Span, sym: Sym) {
        if let Some(&(prev, prev_span)) = self.names.get(&name) {
            self.declared_twice(self.interner.text(name), span, sym, prev, Some(prev_span));
            return;
        }
        self.names.insert(name, (sym, span));
    }

    /// Reports `name`, declared at `span` as `sym`, already declared as
    /// `prev` at `prev_span`.
    fn declared_twice(
        &mut self,
        name: &str,
        span: Span,
        sym: Sym,
        prev: Sym,
        prev_span: Option<Span>,
    ) {
        // Reported at the later declaration in declaration order (a root
        // file's, when it repeats one of a file it imports), which need not
        // be the one collected second.
        let (at, other, first) = match prev_span {
            Some(prev_span) if self.later(prev_span, span) => (prev_span, sym, Some(span)),
            prev_span => (span, prev, prev_span),
        };
        let mut d = Diagnostic::error(codes::DUPLICATE, at, format!("`{name}` is declared twice"))
            .with_label(format!("already declared as {}", other.what()));
        if let Some(first) = first {
            d = d.with_note(first, "first declared here");
        }
        self.err(d);
    }

    pub(super) fn collect(&mut self, files: &[ParsedFile<'a>]) {
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
                name: self.interner.text(i.name.name).to_owned(),
                iid: None,
                base: None,
                object: false,
                local: false,
                first_slot: 0,
                methods: Vec::new(),
                docs: String::from(&*item.docs.text),
                attrs: keep_attrs(self.interner, &mut self.known_attrs, &item.attrs),
                origin: origin(file, item.span),
            });
            self.iface_src.push((item, Some(i)));
            self.declare(&i.name, Sym::Interface(id));
        }
        // Forward declarations of interfaces never defined: opaque entries.
        for (file, item, name) in forwards {
            if self.names.contains_key(&name.name) {
                continue;
            }
            let id = InterfaceId(self.model.interfaces.len() as u32);
            self.model.interfaces.push(Interface {
                name: self.interner.text(name.name).to_owned(),
                iid: None,
                base: None,
                object: false,
                local: false,
                first_slot: 0,
                methods: Vec::new(),
                docs: String::from(&*item.docs.text),
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

    /// The DLL a module's `[dllname("...")]` names; an argument that is not
    /// a string is an error (a wrong number of them is the arity warning's).
    fn dll_name(&mut self, attrs: &[ast::Attr]) -> Option<String> {
        let a = attr(self.interner, attrs, "dllname")?;
        match a.args.as_deref() {
            Some(
                [
                    Some(ast::Expr {
                        kind: ast::ExprKind::Str(name),
                        ..
                    }),
                ],
            ) => Some(name.to_string()),
            Some([_]) => {
                self.err(
                    Diagnostic::error(
                        codes::BAD_ATTR_ARGS,
                        a.span,
                        "`dllname` takes the DLL's name as a string",
                    )
                    .with_help("write `dllname(\"mapi32.dll\")`"),
                );
                None
            }
            _ => None,
        }
    }

    /// Collects the declarations in `items`; `in_interface` when they are an
    /// interface's members, whose functions are methods, not global names.
    pub(super) fn collect_items(
        &mut self,
        file: FileId,
        items: &'a [ast::Item],
        in_interface: bool,
    ) {
        for item in items {
            match &item.kind {
                ItemKind::Interface(i) => self.collect_items(file, &i.items, true),
                ItemKind::Library(l) => {
                    self.check_attrs(&item.attrs, Place::Library);
                    self.collect_items(file, &l.items, false)
                }
                ItemKind::Module(m) => {
                    self.check_attrs(&item.attrs, Place::Module);
                    let dll = self.dll_name(&item.attrs).or_else(|| self.dll.clone());
                    let outer = std::mem::replace(&mut self.dll, dll);
                    self.collect_items(file, &m.items, false);
                    self.dll = outer;
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
                            name: self.interner.text(func.name.name).to_owned(),
                            sig: Signature {
                                callconv: CallConv::System,
                                ret: Type::Void,
                                params: Vec::new(),
                            },
                            dll: self.dll.clone(),
                            docs: String::from(&*item.docs.text),
                            origin: origin(file, item.span),
                        });
                        self.declare(&func.name, Sym::Function(idx));
                    }
                    for p in &func.params {
                        self.collect_typespec(
                            file,
                            &p.ty,
                            "",
                            &[],
                            Some(self.interner.text(func.name.name)),
                            true,
                        );
                    }
                }
                ItemKind::CppQuote(s) => self.model.cpp_quotes.push((file, s.clone())),
                ItemKind::Variable(v) => self.collect_variable(file, item, v, in_interface),
                ItemKind::DeclareGuid(g) => self.collect_declare_guid(file, item, g),
                ItemKind::Import(_)
                | ItemKind::ImportLib(_)
                | ItemKind::MidlPragma(_)
                | ItemKind::InterfaceForward(_) => {}
                ItemKind::Coclass(_) => self.check_attrs(&item.attrs, Place::Coclass),
            }
        }
    }

    pub(super) fn collect_typedef(
        &mut self,
        file: FileId,
        item: &'a ast::Item,
        t: &'a ast::Typedef,
    ) {
        // The attributes before `typedef` and after it, as one list: copied
        // only when both are written.
        let all_attrs: std::borrow::Cow<'a, [ast::Attr]> = match (&*item.attrs, &*t.attrs) {
            (attrs, []) | ([], attrs) => attrs.into(),
            (before, after) => [before, after].concat().into(),
        };
        self.check_attrs(&all_attrs, Place::Typedef);
        let is_group = has(self.interner, &all_attrs, "flag_group");
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
        if let Some(a) = attr(self.interner, &all_attrs, "unknown").filter(|_| !is_group) {
            self.err(
                Diagnostic::error(
                    codes::MISPLACED_ATTR,
                    a.span,
                    "`unknown` is only allowed on flag groups",
                )
                .with_help("mark the enum `[flag_group]` to declare a flag group"),
            );
        }
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
                    claimed = Some(name.name);
                }
                _ => {
                    let a =
                        attr(self.interner, &all_attrs, "flag_group").map_or(item.span, |a| a.span);
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
                    Some(self.interner.text(name.name)),
                    true,
                );
                if let Some(sym) = self.defined_sym(&t.ty) {
                    claimed = Some(name.name);
                    match self.sym(name.name).and_then(sym_type) {
                        Some(first) if sym_type(sym).is_some() => {
                            self.redecls.push(Redecl {
                                first,
                                again: RedeclType::Defined(sym_type(sym).unwrap_or(Type::Void)),
                                span: name.span,
                            });
                        }
                        _ => self.declare(name, sym),
                    }
                }
            } else {
                let hint = t
                    .declarators
                    .first()
                    .and_then(|d| d.name.as_ref())
                    .map(|n| format!("{}_0", self.interner.text(n.name)));
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
            if let Some(first) = self.sym(name.name).and_then(sym_type) {
                // Checked once both are resolved (`check_redecls`).
                self.redecls.push(Redecl {
                    first,
                    again: RedeclType::Decl(&t.ty, d),
                    span: name.span,
                });
                continue;
            }
            let id = TypedefId(self.model.typedefs.len() as u32);
            self.model.typedefs.push(Typedef {
                name: self.interner.text(name.name).to_owned(),
                ty: Type::Void,
                docs: String::from(&*item.docs.text),
                attrs: keep_attrs_of(self.interner, &mut self.known_attrs, &all_attrs, &t.ty),
                origin: origin(file, item.span),
            });
            self.typedef_src.push((&t.ty, d, Place::Typedef));
            self.typedef_state.push(0);
            self.declare(name, Sym::Typedef(id));
        }
    }

    pub(super) fn defined_sym(&self, ts: &ast::TypeSpec) -> Option<Sym> {
        match &ts.kind {
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => self
                .agg_ids
                .get(&(&**a as *const ast::Aggregate))
                .map(|&i| Sym::Struct(i)),
            TypeSpecKind::Enum(e) => self
                .enum_ids
                .get(&(&**e as *const ast::EnumDef))
                .map(|&i| Sym::Enum(i)),
            _ => None,
        }
    }

    /// Registers struct/union/enum definitions inside a type, recursively.
    /// `name_hint` names a definition; it wins over the C tag when
    /// `hint_wins` (a typedef's own name), else it is made up
    /// (`Outer_0`) and used only for an untagged definition.
    pub(super) fn collect_typespec(
        &mut self,
        file: FileId,
        ts: &'a ast::TypeSpec,
        docs: &str,
        attrs: &[ast::Attr],
        name_hint: Option<&str>,
        hint_wins: bool,
    ) {
        // The fields of one line share their type (`struct { .. } a, b;`):
        // a definition is collected once.
        if self.defined_sym(ts).is_some() {
            return;
        }
        match &ts.kind {
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => {
                let Some(fields) = &a.fields else { return };
                let is_union = matches!(ts.kind, TypeSpecKind::Union(_));
                let name = match (name_hint, &a.name) {
                    (Some(h), _) if hint_wins => h.to_string(),
                    (_, Some(tag)) => self.interner.text(tag.name).to_owned(),
                    (Some(h), None) => h.to_string(),
                    (None, None) => "Anonymous".to_string(),
                };
                let attrs = keep_attrs(self.interner, &mut self.known_attrs, attrs);
                let id = self.add_struct(Struct {
                    name: name.clone(),
                    tag: a
                        .name
                        .as_ref()
                        .map(|n| self.interner.text(n.name).to_owned()),
                    is_union,
                    parent: None,
                    fields: Some(Vec::new()),
                    switch_name: a
                        .switch
                        .as_ref()
                        .map(|s| self.interner.text(s.name.name).to_owned()),
                    docs: docs.to_string(),
                    attrs,
                    origin: origin(file, ts.span),
                });
                self.struct_src.push(Some(a));
                self.agg_ids.insert(&**a as *const _, id);
                if let Some(tag) = &a.name {
                    self.declare_tag(tag, Sym::Struct(id));
                }
                for f in fields {
                    let nested = matches!(&f.ty.kind, TypeSpecKind::Struct(x) | TypeSpecKind::Union(x) if x.fields.is_some() && x.name.is_none())
                        || matches!(&f.ty.kind, TypeSpecKind::Enum(e) if e.members.is_some() && e.name.is_none());
                    // Only an untagged definition takes the made-up name.
                    let hint = nested.then(|| {
                        let n = self.anon_counter.entry(name.clone()).or_insert(0);
                        *n += 1;
                        format!("{name}_{}", *n - 1)
                    });
                    self.collect_typespec(
                        file,
                        &f.ty,
                        &f.docs.text,
                        &f.attrs,
                        hint.as_deref(),
                        false,
                    );
                    // The nesting is kept in the model, so that backends need
                    // not rebuild it from spans or made-up names.
                    if let Some(Sym::Struct(inner)) = self.defined_sym(&f.ty) {
                        self.model.structs[inner.index()].parent = Some(id);
                    }
                }
            }
            TypeSpecKind::Enum(e) => {
                let Some(members) = &e.members else { return };
                let name = match (name_hint, &e.name) {
                    (Some(h), _) if hint_wins => h.to_string(),
                    (_, Some(tag)) => self.interner.text(tag.name).to_owned(),
                    (Some(h), None) => h.to_string(),
                    (None, None) => "Anonymous".to_string(),
                };
                let id = EnumId(self.model.enums.len() as u32);
                self.model.enums.push(Enum {
                    name,
                    members: Vec::new(),
                    v1_enum: has(self.interner, attrs, "v1_enum"),
                    docs: docs.to_string(),
                    origin: origin(file, ts.span),
                });
                self.enum_src.push(Some(e));
                self.enum_done.push(false);
                self.enum_ids.insert(&**e as *const _, id);
                if let Some(tag) = &e.name {
                    self.declare_tag(tag, Sym::Enum(id));
                }
                for (i, m) in members.iter().enumerate() {
                    self.declare(&m.name, Sym::EnumMember(id, i));
                }
            }
            TypeSpecKind::SafeArray(inner, _) | TypeSpecKind::Pipe(inner) => {
                self.collect_typespec(file, inner, "", &[], None, false);
            }
            TypeSpecKind::Base(_) | TypeSpecKind::Named(_) => {}
        }
    }

    /// A variable declaration: MIDL copies it to the C header. Its type is
    /// checked; the model has no variables, so one in a root file (whose
    /// items the backends emit) is reported as skipped.
    fn collect_variable(
        &mut self,
        file: FileId,
        item: &'a ast::Item,
        v: &'a ast::Variable,
        in_interface: bool,
    ) {
        self.collect_typespec(file, &v.ty, "", &[], None, false);
        for d in &v.declarators {
            let span = d.name.as_ref().map_or(d.span, |n| n.span);
            let name = d.name.as_ref().map_or("", |n| self.interner.text(n.name));
            if in_interface {
                self.err(
                    Diagnostic::error(
                        codes::UNEXPECTED_TOKEN,
                        span,
                        format!("variable `{name}` in an interface"),
                    )
                    .with_help(
                        "an interface declares methods (`HRESULT Name(...);`), types and constants",
                    ),
                );
                continue;
            }
            self.var_src.push((&v.ty, d));
            if self.is_root(file) {
                self.err(
                    Diagnostic::warning(
                        codes::SKIPPED,
                        span,
                        format!("variable `{name}` is skipped: the model has no variables"),
                    )
                    .with_note(
                        None,
                        "MIDL copies variable declarations to the C header only",
                    ),
                );
            }
        }
        if !item.attrs.is_empty() {
            self.check_attrs(&item.attrs, Place::Const);
        }
    }

    /// `declare_guid(NAME, uuid);` is, as MIDL documents it, a `cpp_quote`
    /// of `EXTERN_GUID(NAME, ...);`; it is also a `GUID` constant when the
    /// compilation declares the `GUID` struct ([`Self::collect_guid_consts`]).
    fn collect_declare_guid(&mut self, file: FileId, item: &'a ast::Item, g: &'a ast::DeclareGuid) {
        let Some(guid) = Guid::parse(g.raw.trim_matches('"')) else {
            self.err(
                Diagnostic::error(
                    codes::BAD_UUID,
                    g.raw_span,
                    format!("`{}` is not a valid uuid", g.raw),
                )
                .with_help("write it as `declare_guid(NAME, 5144C348-169E-4359-A79D-5482461D9929)`: 8-4-4-4-12 hex digits"),
            );
            return;
        };
        let d = guid.data4;
        let text = format!(
            "EXTERN_GUID({}, 0x{:08x}, 0x{:04x}, 0x{:04x}, 0x{:02x}, 0x{:02x}, 0x{:02x}, 0x{:02x}, 0x{:02x}, 0x{:02x}, 0x{:02x}, 0x{:02x});",
            self.interner.text(g.name.name),
            guid.data1,
            guid.data2,
            guid.data3,
            d[0],
            d[1],
            d[2],
            d[3],
            d[4],
            d[5],
            d[6],
            d[7]
        );
        self.model.cpp_quotes.push((file, text));
        self.guid_src.push((file, item, g, guid));
    }

    /// The `GUID` constants of every `declare_guid`, once collection knows
    /// whether the compilation declares the `GUID` struct (without it, a
    /// `declare_guid` is only its `cpp_quote`, as in MIDL). They follow the
    /// other constants of their file.
    pub(super) fn collect_guid_consts(&mut self) {
        let Some(guid_struct) = self.model.well_known.guid else {
            return;
        };
        let ty = match self.named("GUID") {
            Some(Sym::Typedef(id)) => Type::Typedef(id),
            _ => Type::Struct(guid_struct),
        };
        for (file, item, g, guid) in std::mem::take(&mut self.guid_src) {
            let id = ConstId(self.model.consts.len() as u32);
            let value = ConstValue::Guid(guid);
            self.model.consts.push(Const {
                name: self.interner.text(g.name.name).to_owned(),
                ty: ty.clone(),
                value: value.clone(),
                kind: ConstKind::Declared,
                docs: String::from(&*item.docs.text),
                origin: origin(file, item.span),
            });
            self.const_src.push(ConstSrc::Guid);
            self.const_state.push(State::Done(value));
            self.declare(&g.name, Sym::Const(id));
        }
    }

    pub(super) fn declare_tag(&mut self, tag: &Ident, sym: Sym) {
        if self.tags.contains_key(&tag.name) {
            self.err(Diagnostic::error(
                codes::DUPLICATE,
                tag.span,
                format!("`{}` is defined twice", self.interner.text(tag.name)),
            ));
            return;
        }
        self.tags.insert(tag.name, sym);
    }

    pub(super) fn collect_const(&mut self, file: FileId, item: &'a ast::Item, c: &'a ast::Const) {
        self.check_attrs(&item.attrs, Place::Const);
        self.collect_typespec(file, &c.ty, "", &[], None, false);
        let origin = origin(file, item.span);
        if let Some(tag_attr) = attr(self.interner, &item.attrs, "proptag") {
            self.collect_prop_tag(item, c, tag_attr, origin);
            return;
        }
        let id = ConstId(self.model.consts.len() as u32);
        self.model.consts.push(Const {
            name: self.interner.text(c.name.name).to_owned(),
            ty: Type::Void,
            value: ConstValue::Int(0),
            kind: ConstKind::Declared,
            docs: String::from(&*item.docs.text),
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
