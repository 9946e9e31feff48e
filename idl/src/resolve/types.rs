//! Types: typedefs (resolved on first use), structs and unions, enums and
//! their values, and the checks for types that contain themselves.

use super::RedeclType;
use super::attrs::Place;
use super::interfaces::Siblings;
use super::{Resolver, Sym, attr, callconv, has, keep_attrs_of, origin};
use crate::ast::{self, Ident, TypeSpecKind};
use crate::diag::{Diagnostic, codes};
use crate::eval::{self, IntType};
use crate::fxhash::FxHashMap as HashMap;
use crate::lex::Symbol;
use crate::model::*;
use crate::source::Span;

impl<'a> Resolver<'a, '_> {
    pub(super) fn base_type(&mut self, ts: &ast::TypeSpec) -> Type {
        match &ts.kind {
            TypeSpecKind::Base(words) => self.prim(words, ts.span),
            TypeSpecKind::Named(n) if self.c_context && !self.names.contains_key(&n.name) => {
                self.c_type(n)
            }
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
                        format!(
                            "`{}` is {}, not a type",
                            self.interner.text(n.name),
                            other.what()
                        ),
                    ));
                    Type::Void
                }
                None => Type::Void,
            },
            TypeSpecKind::Struct(a) | TypeSpecKind::Union(a) => {
                if let Some(&id) = self.agg_ids.get(&(&**a as *const ast::Aggregate)) {
                    return Type::Struct(id);
                }
                let Some(tag) = &a.name else {
                    return Type::Void;
                };
                match self
                    .tags
                    .get(&tag.name)
                    .or_else(|| self.names.get(&tag.name).map(|(sym, _)| sym))
                    .copied()
                {
                    Some(Sym::Struct(id)) => Type::Struct(id),
                    // Not the typedef being resolved: `typedef struct X X;`
                    // with no `struct X` anywhere names an opaque struct.
                    Some(Sym::Typedef(id)) if self.typedef_state[id.index()] != 1 => {
                        Type::Typedef(id)
                    }
                    _ => self.opaque_struct(
                        Some(tag.name),
                        tag.span,
                        matches!(ts.kind, TypeSpecKind::Union(_)),
                    ),
                }
            }
            // `SAFEARRAY(T)` is a `SAFEARRAY *`, as in the C header; the
            // element type is checked here and kept as an attribute.
            TypeSpecKind::SafeArray(elem, pointers) => {
                let _ = self.resolve_type(elem, *pointers);
                // (The word was written: it has a symbol.)
                let word = self.interner.get("SAFEARRAY");
                let sa = match word.and_then(|w| self.sym(w)) {
                    Some(Sym::Typedef(id)) => Type::Typedef(id),
                    Some(Sym::Struct(id)) => Type::Struct(id),
                    _ => match word.and_then(|w| self.tags.get(&w)).copied() {
                        Some(Sym::Struct(id)) => Type::Struct(id),
                        _ => self.opaque_struct(word, ts.span, false),
                    },
                };
                Type::Ptr {
                    to: Box::new(sa),
                    is_const: false,
                }
            }
            // `pipe T` is kept as an attribute of its declaration.
            TypeSpecKind::Pipe(elem) => self.base_type(elem),
            TypeSpecKind::Enum(e) => {
                if let Some(&id) = self.enum_ids.get(&(&**e as *const ast::EnumDef)) {
                    return Type::Enum(id);
                }
                let Some(tag) = &e.name else {
                    return Type::Void;
                };
                match self
                    .tags
                    .get(&tag.name)
                    .or_else(|| self.names.get(&tag.name).map(|(sym, _)| sym))
                    .copied()
                {
                    Some(Sym::Enum(id)) => Type::Enum(id),
                    Some(Sym::FlagGroup(id)) => Type::FlagGroup(id),
                    Some(Sym::Typedef(id)) => Type::Typedef(id),
                    _ => {
                        // A reference to an enum defined in a C header
                        // (`enum D3D10_DRIVER_TYPE`): an enum (32 bits on
                        // Windows) whose members the model does not know.
                        self.err(
                            Diagnostic::warning(
                                codes::UNKNOWN_NAME,
                                tag.span,
                                format!(
                                    "enum `{}` is not defined in IDL",
                                    self.interner.text(tag.name)
                                ),
                            )
                            .with_note(
                                None,
                                "it is taken as a 32-bit enum whose members are not known",
                            ),
                        );
                        let id = EnumId(self.model.enums.len() as u32);
                        self.model.enums.push(Enum {
                            name: self.interner.text(tag.name).to_owned(),
                            members: Vec::new(),
                            v1_enum: false,
                            docs: String::new(),
                            origin: origin(tag.span.file, tag.span),
                        });
                        self.enum_src.push(None);
                        self.enum_done.push(true);
                        self.tags.insert(tag.name, Sym::Enum(id));
                        Type::Enum(id)
                    }
                }
            }
        }
    }

    /// A struct only ever declared (`struct S *p`): an opaque type, usable
    /// behind pointers, made once per tag.
    fn opaque_struct(&mut self, tag: Option<Symbol>, span: Span, is_union: bool) -> Type {
        let tag_text = tag.map_or("SAFEARRAY", |t| self.interner.text(t));
        let id = self.add_struct(Struct {
            name: tag_text.to_string(),
            tag: Some(tag_text.to_string()),
            is_union,
            parent: None,
            fields: None,
            switch_name: None,
            docs: String::new(),
            attrs: Vec::new(),
            origin: origin(span.file, span),
        });
        self.struct_src.push(None);
        if let Some(tag) = tag {
            self.tags.insert(tag, Sym::Struct(id));
        }
        Type::Struct(id)
    }

    /// An unknown type name in a typedef or a field: a type only a C header
    /// declares (Wine's `mmreg.h` hides `WAVEFORMATEXTENSIBLE` from
    /// anything but widl), which MIDL only rejects where a method needs it.
    /// It is an opaque type, made once per name, with a warning.
    fn c_type(&mut self, n: &Ident) -> Type {
        if let Some(&id) = self.c_types.get(&n.name) {
            return Type::Struct(id);
        }
        // Warnings are for the files being compiled (`Resolver::err`): no
        // search for a suggestion where the warning would be dropped.
        if self.roots.contains(&n.span.file) {
            let mut d = Diagnostic::warning(
                codes::UNKNOWN_NAME,
                n.span,
                format!("unknown type `{}`", self.interner.text(n.name)),
            )
            .with_label("not declared in IDL")
            .with_note(
                None,
                "it is taken as an opaque type (one a C header declares), whose layout is not known",
            );
            if let Some(s) = self.suggest(self.interner.text(n.name), self.declared_names()) {
                d = d.with_help(format!("did you mean `{s}`?"));
            }
            self.err(d);
        }
        let id = self.add_struct(Struct {
            name: self.interner.text(n.name).to_owned(),
            tag: None,
            is_union: false,
            parent: None,
            fields: None,
            switch_name: None,
            docs: String::new(),
            attrs: Vec::new(),
            origin: origin(n.span.file, n.span),
        });
        self.struct_src.push(None);
        self.c_types.insert(n.name, id);
        Type::Struct(id)
    }

    pub(super) fn prim(&mut self, words: &[Ident], span: Span) -> Type {
        let mut signed = None;
        let (mut short, mut long, mut int, mut char_) = (0, 0, 0, 0);
        let mut other: Option<&str> = None;
        let mut bad = false;
        for w in words {
            match self.interner.text(w.name) {
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
                let text: Vec<&str> = words.iter().map(|w| self.interner.text(w.name)).collect();
                self.err(Diagnostic::error(
                    codes::UNEXPECTED_TOKEN,
                    span,
                    format!("`{}` is not a valid C type", text.join(" ")),
                ));
                Type::Void
            }
        }
    }

    pub(super) fn resolve_type(&mut self, ts: &ast::TypeSpec, pointers: usize) -> Type {
        let mut ty = self.base_type(ts);
        for i in 0..pointers {
            ty = Type::Ptr {
                to: Box::new(ty),
                is_const: i == 0 && ts.is_const,
            };
        }
        ty
    }

    pub(super) fn resolve_decl(&mut self, ts: &ast::TypeSpec, d: &ast::Declarator) -> Type {
        let mut ty = self.base_type(ts);
        let mut is_const = ts.is_const;
        for c in d.pointers.iter() {
            ty = Type::Ptr {
                to: Box::new(ty),
                is_const,
            };
            is_const = c;
        }
        if let Some(f) = &d.func {
            let params = self.resolve_params(
                &f.params,
                d.name.as_ref().map_or("", |n| self.interner.text(n.name)),
            );
            ty = Type::Function(Box::new(Signature {
                callconv: callconv(self.interner, f.callconv.as_ref()),
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
    pub(super) fn ensure_typedef(&mut self, id: TypedefId) {
        if self.typedef_state[id.index()] != 0 {
            return;
        }
        self.typedef_state[id.index()] = 1;
        let (ts, d, _) = self.typedef_src[id.index()];
        let outer = std::mem::replace(&mut self.c_context, true);
        let ty = self.resolve_decl(ts, d);
        self.c_context = outer;
        self.model.typedefs[id.index()].ty = ty.clone();
        self.typedef_state[id.index()] = 2;
        self.check_handle(id, &ty);
    }

    /// `[opaque_handle]` names a data pointer: a value the receiver never
    /// dereferences (`typedef [opaque_handle] void *HWND;`).
    fn check_handle(&mut self, id: TypedefId, ty: &Type) {
        let Some(span) = self.model.typedefs[id.index()]
            .attrs
            .iter()
            .find(|a| a.name == "opaque_handle")
            .map(|a| a.span)
        else {
            return;
        };
        let stripped = self.strip(ty);
        let data_ptr = match &stripped {
            Type::Ptr { to, .. } => !matches!(self.strip(to), Type::Function(_)),
            _ => false,
        };
        if !data_ptr {
            let name = self.model.typedefs[id.index()].name.clone();
            self.err(
                Diagnostic::error(
                    codes::ATTR_TYPE,
                    span,
                    format!("`opaque_handle` on `{name}`, which is not a data pointer"),
                )
                .with_help("a handle is a pointer the receiver never dereferences: `typedef [opaque_handle] void *HWND;`"),
            );
        }
    }

    /// Follows typedefs (resolving them as needed) to the underlying type.
    /// Resolves the typedefs `ty` names, then, while the type they end at
    /// is a pointer and `depth` allows, those its pointee names: the ones
    /// [`Resolver::strip`] would meet on its way down that many pointers,
    /// in its order. [`Resolver::stripped`] then looks through them without
    /// copying a type (a pointer's copy allocates).
    pub(super) fn ensure_through(&mut self, ty: &Type, mut depth: u32) {
        let mut next = match ty {
            Type::Typedef(id) => *id,
            Type::Ptr { to, .. } if depth > 0 => {
                depth -= 1;
                match first_typedef(to, &mut depth) {
                    Some(id) => id,
                    None => return,
                }
            }
            _ => return,
        };
        // The same number of steps through typedefs as `strip` takes.
        let mut steps = 0;
        loop {
            self.ensure_typedef(next);
            steps += 1;
            let ty = &self.model.typedefs[next.index()].ty;
            next = match ty {
                Type::Typedef(id) if steps < 64 => *id,
                Type::Ptr { to, .. } if depth > 0 => {
                    depth -= 1;
                    steps = 0;
                    match first_typedef(to, &mut depth) {
                        Some(id) => id,
                        None => return,
                    }
                }
                _ => return,
            };
        }
    }

    /// `ty` through typedefs, as [`Resolver::strip`] finds it, without the
    /// copy: the typedefs on the way must be resolved
    /// ([`Resolver::ensure_through`]).
    pub(super) fn stripped<'t>(&'t self, mut ty: &'t Type) -> &'t Type {
        for _ in 0..64 {
            match ty {
                Type::Typedef(id) => ty = &self.model.typedefs[id.index()].ty,
                _ => return ty,
            }
        }
        ty
    }

    pub(super) fn strip(&mut self, ty: &Type) -> Type {
        // Only the type at the end of the chain is copied: a copy of a
        // pointer type allocates.
        let Type::Typedef(mut id) = *ty else {
            return ty.clone();
        };
        for _ in 0..64 {
            self.ensure_typedef(id);
            match &self.model.typedefs[id.index()].ty {
                Type::Typedef(next) => id = *next,
                other => return other.clone(),
            }
        }
        Type::Typedef(id)
    }

    /// A type name declared again (`typedef unsigned int UINT;` in a file
    /// and in one it imports) should name the same type; if it does not,
    /// the first declaration is kept and the other reported.
    pub(super) fn check_redecls(&mut self) {
        for i in 0..self.redecls.len() {
            let r = &self.redecls[i];
            let (first, span) = (r.first.clone(), r.span);
            let again = match r.again {
                RedeclType::Decl(ts, d) => self.resolve_decl(ts, d),
                RedeclType::Defined(ref t) => t.clone(),
            };
            if self.same_type(&again, &first, 0) {
                continue;
            }
            let name = self.model.type_name(&first);
            let first_span = self.name_span(&name);
            let (at, note) = match first_span {
                Some(f) if self.later(f, span) => (f, Some(span)),
                f => (span, f),
            };
            let mut diag = Diagnostic::warning(
                codes::DUPLICATE,
                at,
                format!("`{name}` is declared again as a different type"),
            )
            .with_note(None, "the first declaration is kept");
            if let Some(n) = note {
                diag = diag.with_note(n, "first declared here");
            }
            self.err(diag);
        }
    }

    /// Whether `a` and `b` are the same type once typedefs are seen
    /// through, as C compares the types of two declarations.
    fn same_type(&mut self, a: &Type, b: &Type, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let (a, b) = (self.strip(a), self.strip(b));
        match (&a, &b) {
            (Type::Ptr { to: x, is_const: c }, Type::Ptr { to: y, is_const: d }) => {
                c == d && self.same_type(x, y, depth + 1)
            }
            (Type::Array { elem: x, len: l }, Type::Array { elem: y, len: m }) => {
                l == m && self.same_type(x, y, depth + 1)
            }
            // Two definitions of one struct (`typedef struct { long x, y; }
            // POINT;` where an imported file has `struct tagPOINT`): the
            // same fields with the same types.
            (Type::Struct(x), Type::Struct(y)) if x != y => {
                let (s, t) = (
                    &self.model.structs[x.index()],
                    &self.model.structs[y.index()],
                );
                let (Some(f), Some(g)) = (s.fields.clone(), t.fields.clone()) else {
                    return false;
                };
                s.is_union == t.is_union
                    && f.len() == g.len()
                    && f.iter().zip(&g).all(|(p, q)| {
                        p.name == q.name
                            && p.bits == q.bits
                            && self.same_type(&p.ty, &q.ty, depth + 1)
                    })
            }
            (Type::Function(f), Type::Function(g)) => {
                f.callconv == g.callconv
                    && f.params.len() == g.params.len()
                    && self.same_type(&f.ret, &g.ret, depth + 1)
                    && f.params
                        .iter()
                        .zip(&g.params)
                        .all(|(p, q)| self.same_type(&p.ty, &q.ty, depth + 1))
            }
            _ => a == b,
        }
    }

    pub(super) fn check_typedef_cycles(&mut self) {
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

    pub(super) fn resolve_struct(&mut self, id: StructId) {
        let Some(Some(a)) = self.struct_src.get(id.index()).copied() else {
            return;
        };
        let Some(fields) = &a.fields else { return };
        // Names first: `size_is` may name a later field.
        let mut anon = 0;
        let names: Vec<String> = fields
            .iter()
            .map(|f| match f.decl.as_ref().and_then(|d| d.name.as_ref()) {
                Some(n) => self.interner.text(n.name).to_owned(),
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
        // Types too: `size_is` checks the type of the field it names.
        let outer = std::mem::replace(&mut self.c_context, true);
        let types: Vec<Type> = fields.iter().map(|f| self.field_type(f)).collect();
        self.c_context = outer;
        let spans: Vec<Span> = fields.iter().map(|f| f.span).collect();
        let sib = Siblings {
            what: "field",
            names: &names,
            types: &types,
            spans: &spans,
        };
        let mut out: Vec<Field> = Vec::new();
        // Duplicates are found by name in a map: a struct may be huge.
        let mut seen: HashMap<&str, Span> = HashMap::default();
        for ((f, name), ty) in fields.iter().zip(&names).zip(&types) {
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
            let ty = ty.clone();
            let mut cases = Vec::new();
            let n = self.interner;
            for a in f.attrs.iter().filter(|a| n.text(a.name.name) == "case") {
                for e in a.args.iter().flatten().flatten() {
                    match self.counted(e, eval::eval_int) {
                        Ok(v) => cases.push(v),
                        Err(d) => self.err(d),
                    }
                }
            }
            let size_is = attr(self.interner, &f.attrs, "size_is")
                .map(|a| self.size_refs(a, &sib))
                .unwrap_or_default();
            for n in ["length_is", "switch_is"] {
                if let Some(a) = attr(self.interner, &f.attrs, n) {
                    let _ = self.size_refs(a, &sib);
                }
            }
            self.string_attr(&f.attrs, name, &ty);
            let bits = f.bits.as_ref().and_then(|e| self.bit_width(e, &ty, name));
            seen.insert(name.as_str(), f.span);
            // The first field of a line defines its inline struct; the
            // others (`struct { .. } a, b;`) use it.
            let defines = match self.defined_sym(&f.ty) {
                Some(Sym::Struct(inner)) if !out.iter().any(|o| o.defines == Some(inner)) => {
                    Some(inner)
                }
                _ => None,
            };
            out.push(Field {
                name: name.clone(),
                anonymous: f.decl.as_ref().and_then(|d| d.name.as_ref()).is_none(),
                defines,
                ty,
                bits,
                size_is,
                cases,
                is_default: has(self.interner, &f.attrs, "default"),
                docs: String::from(&*f.docs.text),
                attrs: keep_attrs_of(self.interner, &mut self.known_attrs, &f.attrs, &f.ty),
                span: f.span,
            });
        }
        self.model.structs[id.index()].fields = Some(out);
    }

    /// The width of bit field `name` of type `ty`: at most the type's bits.
    fn bit_width(&mut self, e: &ast::Expr, ty: &Type, name: &str) -> Option<u32> {
        let v = match self.counted(e, eval::eval_int) {
            Ok(v) => v,
            Err(d) => {
                self.err(d);
                return None;
            }
        };
        let Some(int) = self.int_type_of(ty) else {
            if self.strip(ty) != Type::Void {
                self.err(Diagnostic::error(
                    codes::BAD_CONST,
                    e.span,
                    format!(
                        "bit field `{name}` has type `{}`, not an integer type",
                        self.model.type_name(ty)
                    ),
                ));
            }
            return None;
        };
        if !(0..=i128::from(int.bits)).contains(&v) {
            self.err(Diagnostic::error(
                codes::BAD_CONST,
                e.span,
                format!(
                    "bit field `{name}` is {v} bits wide; its type has {}",
                    int.bits
                ),
            ));
            return None;
        }
        Some(v as u32)
    }

    /// The type of a struct field; an empty union arm (`[default] ;`) is
    /// `void`.
    fn field_type(&mut self, f: &ast::Field) -> Type {
        match &f.decl {
            Some(d) => self.resolve_decl(&f.ty, d),
            None if matches!(f.ty.kind, TypeSpecKind::Base(ref w) if w.is_empty()) => Type::Void,
            None => self.base_type(&f.ty),
        }
    }

    /// A struct with a field of an opaque type by value (one only a C
    /// header declares, or a struct only ever declared) has no layout the
    /// model can give: it becomes opaque too, with a warning, and so, in
    /// turn, do the structs holding it by value.
    pub(super) fn check_opaque_fields(&mut self) {
        let mut changed = true;
        while changed {
            changed = false;
            for i in 0..self.model.structs.len() {
                let found = self.model.structs[i].fields.iter().flatten().find_map(|f| {
                    let mut t = self.model.strip_typedefs(&f.ty);
                    while let Type::Array { elem, .. } = t {
                        t = self.model.strip_typedefs(elem);
                    }
                    match t {
                        Type::Struct(id)
                            if id.index() != i
                                && self.model.structs[id.index()].fields.is_none() =>
                        {
                            Some((f.name.clone(), f.span, *id))
                        }
                        _ => None,
                    }
                });
                let Some((field, span, inner)) = found else {
                    continue;
                };
                let s = &self.model.structs[i];
                let d = Diagnostic::warning(
                    codes::UNKNOWN_NAME,
                    span,
                    format!(
                        "field `{field}` of `{}` has type `{}`, whose layout is not known",
                        s.name,
                        self.model.structs[inner.index()].name
                    ),
                )
                .with_note(None, format!("`{}` is taken as an opaque type", s.name));
                self.model.structs[i].fields = None;
                self.err(d);
                changed = true;
            }
        }
    }

    pub(super) fn check_recursive_structs(&mut self) {
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

    pub(super) fn enum_values(&mut self, id: EnumId) {
        if self.enum_done[id.index()] {
            return;
        }
        self.enum_done[id.index()] = true;
        let Some(e) = self.enum_src[id.index()] else {
            return;
        };
        let mut next: i128 = 0;
        // Each member is stored as soon as it has its value: a later member
        // may name it (`B = A`).
        self.model.enums[id.index()].members.clear();
        for m in e.members.iter().flatten() {
            self.check_attrs(&m.attrs, Place::EnumMember);
            for a in &m.attrs {
                if matches!(self.interner.text(a.name.name), "in" | "out" | "exclusive") {
                    self.err(
                        Diagnostic::error(
                            codes::MISPLACED_ATTR,
                            a.span,
                            format!(
                                "`{}` is only allowed on flag group members",
                                self.interner.text(a.name.name)
                            ),
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
            self.model.enums[id.index()].members.push(EnumMember {
                name: self.interner.text(m.name.name).to_owned(),
                value,
                docs: String::from(&*m.docs.text),
            });
        }
    }

    pub(super) fn int_type_of(&mut self, ty: &Type) -> Option<IntType> {
        match self.strip(ty) {
            Type::Prim(p) => p.int_type(),
            Type::Enum(_) | Type::FlagGroup(_) => Some(IntType {
                bits: 32,
                signed: false,
            }),
            _ => None,
        }
    }
}

/// The first typedef on the way down `ty` through pointers, as far as
/// `depth` allows (counting down the levels passed).
fn first_typedef(mut ty: &Type, depth: &mut u32) -> Option<TypedefId> {
    loop {
        match ty {
            Type::Typedef(id) => return Some(*id),
            Type::Ptr { to, .. } if *depth > 0 => {
                *depth -= 1;
                ty = to;
            }
            _ => return None,
        }
    }
}
