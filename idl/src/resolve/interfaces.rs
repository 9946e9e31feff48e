//! Interfaces: base, IID and slots; methods, their parameters, and the
//! attributes that give parameters their meaning (`flags`, `size_is`,
//! `iid_is`, `mapi_alloc`, ...).

use super::attrs::{Place, index_of};
use super::{Resolver, Sym, attr, expr_text, has, keep_attrs, keep_attrs_of};
use crate::ast::ItemKind;
use crate::ast::{self, Expr, ExprKind};
use crate::diag::{Diagnostic, codes};
use crate::eval;
use crate::fxhash::FxHashMap as HashMap;
use crate::lex::{Interner, Symbol};
use crate::model::*;
use crate::source::Span;

// The known attributes of parameters, by index in the table of attributes.
const K_IN: usize = index_of("in");
const K_OUT: usize = index_of("out");
const K_FLAGS: usize = index_of("flags");
const K_SIZE_IS: usize = index_of("size_is");
const K_LENGTH_IS: usize = index_of("length_is");
const K_SWITCH_IS: usize = index_of("switch_is");
const K_IID_IS: usize = index_of("iid_is");
const K_MAPI_ALLOC: usize = index_of("mapi_alloc");
const K_COM_OUT: usize = index_of("com_out");
const K_BYTE_COUNT: usize = index_of("byte_count");
const K_UNICODE_FLAG: usize = index_of("unicode_flag");
const K_MAY_BE_NULL: usize = index_of("may_be_null");
const K_RESERVED: usize = index_of("reserved");
const K_UNIQUE: usize = index_of("unique");
const K_PTR: usize = index_of("ptr");
const K_OPTIONAL: usize = index_of("optional");
const K_RETVAL: usize = index_of("retval");
const K_RETAINED: usize = index_of("retained");
const K_OPAQUE: usize = index_of("opaque");
const K_HANDED_OVER: usize = index_of("handed_over");

impl<'a> Resolver<'a, '_> {
    pub(super) fn resolve_interfaces(&mut self) {
        let mut iids: HashMap<Guid, (String, Span)> = HashMap::default();
        // The methods of the interface at hand by name and accessor kind;
        // one table for all, emptied for each.
        let mut declared: HashMap<(Symbol, u8), Span> = HashMap::default();
        for i in 0..self.iface_src.len() {
            let (item, Some(src)) = self.iface_src[i] else {
                continue;
            };
            self.check_attrs(&item.attrs, Place::Interface);
            let object = has(self.interner, &item.attrs, "object");
            let local = has(self.interner, &item.attrs, "local");
            let iid = match attr(self.interner, &item.attrs, "uuid") {
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
                    // "An interface must have either a uuid or a local
                    // attribute" (MIDL's interface header attributes).
                    if object && !local {
                        self.err(
                            Diagnostic::error(
                                codes::MISSING_UUID,
                                src.name.span,
                                format!(
                                    "object interface `{}` has no `uuid`",
                                    self.interner.text(src.name.name)
                                ),
                            )
                            .with_help("add `uuid(...)` to its attributes"),
                        );
                    }
                    None
                }
            };
            if let Some(g) = iid {
                if let Some((other, span)) = iids.get(&g) {
                    // MIDL does not check this; QueryInterface cannot tell
                    // the two apart.
                    let d = Diagnostic::warning(
                        codes::DUPLICATE_IID,
                        src.name.span,
                        format!(
                            "`{}` has the same IID as `{other}`",
                            self.interner.text(src.name.name)
                        ),
                    )
                    .with_note(*span, "declared here");
                    self.err(d);
                } else {
                    iids.insert(
                        g,
                        (self.interner.text(src.name.name).to_owned(), src.name.span),
                    );
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
                                self.interner.text(src.name.name),
                                self.interner.text(b.name)
                            ),
                        ));
                        None
                    }
                    Some(other) => {
                        self.err(Diagnostic::error(
                            codes::BAD_BASE,
                            b.span,
                            format!(
                                "`{}` is {}, not an interface",
                                self.interner.text(b.name),
                                other.what()
                            ),
                        ));
                        None
                    }
                    None => None,
                },
                // A `local` one need not derive from `IUnknown`: Microsoft's
                // `d3dcommon.idl` has `[object, local] interface ID3DInclude`.
                None => {
                    if object && !local && self.interner.text(src.name.name) != "IUnknown" {
                        self.err(
                            Diagnostic::error(
                                codes::BAD_BASE,
                                src.name.span,
                                format!(
                                    "object interface `{}` has no base interface",
                                    self.interner.text(src.name.name)
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
            // At its size: a model of the SDK's files holds thousands.
            let count = src
                .items
                .iter()
                .filter(|m| matches!(m.kind, ItemKind::Function(_)))
                .count();
            let mut methods: Vec<Method> = Vec::with_capacity(count);
            declared.clear();
            for m in &src.items {
                let ItemKind::Function(f) = &m.kind else {
                    continue;
                };
                self.check_attrs(&m.attrs, Place::Method);
                // Property accessors share a name: `[propget] X` and `[propput] X`.
                let kind = accessor_kind(self.interner, &m.attrs);
                if let Some(&prev_span) = declared.get(&(f.name.name, kind)) {
                    self.err(
                        Diagnostic::error(
                            codes::DUPLICATE,
                            f.name.span,
                            format!(
                                "method `{}` is declared twice in `{}`",
                                self.interner.text(f.name.name),
                                self.interner.text(src.name.name)
                            ),
                        )
                        .with_note(prev_span, "first declared here"),
                    );
                    continue;
                }
                if let Some((owner, _)) =
                    base.and_then(|b| self.inherited_method(b, self.interner.text(f.name.name)))
                {
                    // C++ overloads it (`IDWriteFactory1` has two
                    // `CreateCustomRenderingParams`); it gets its own slot.
                    self.err(
                        Diagnostic::warning(
                            codes::DUPLICATE,
                            f.name.span,
                            format!(
                                "method `{}` has the name of a method of base interface `{owner}`",
                                self.interner.text(f.name.name)
                            ),
                        )
                        .with_note(None, "it overloads that method in C++ and takes a slot of its own; C and Rust bindings need distinct names"),
                    );
                }
                let ret = self.resolve_type(&f.ret, f.ret_pointers);
                let params = self.resolve_params(&f.params, self.interner.text(f.name.name));
                self.check_opaque_params(&params);
                let warnings = attr(self.interner, &m.attrs, "warnings")
                    .map(|a| self.warning_codes(a))
                    .unwrap_or_default();
                declared.insert((f.name.name, kind), m.span);
                methods.push(Method {
                    name: self.interner.text(f.name.name).to_owned(),
                    slot: first_slot + methods.len() as u32,
                    ret,
                    params,
                    warnings,
                    docs: String::from(&*m.docs.text),
                    attrs: keep_attrs(self.interner, &mut self.known_attrs, &m.attrs),
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
                    format!(
                        "`{}` is {}, not a constant",
                        self.interner.text(name.name),
                        sym.what()
                    ),
                ));
                continue;
            };
            match self.const_value(c, Some(name.span)) {
                Ok(ConstValue::Int(v)) if v > 0 && v <= i128::from(i32::MAX) => out.push(c),
                Ok(_) => self.err(
                    Diagnostic::error(
                        codes::BAD_ATTR_ARGS,
                        name.span,
                        format!(
                            "`{}` is not a success code other than `S_OK`",
                            self.interner.text(name.name)
                        ),
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

    /// A parameter passed by value needs its type's layout: one of an
    /// opaque type (a C-header type, a struct only declared, or one holding
    /// such a type) is an error, as an unresolved type is in MIDL (MIDL2011).
    /// Checked for methods and functions, once every struct is resolved.
    pub(super) fn check_opaque_params(&mut self, params: &[Param]) {
        for p in params {
            let Type::Struct(id) = self.model.strip_typedefs(&p.ty) else {
                continue;
            };
            let s = &self.model.structs[id.index()];
            if s.fields.is_some() {
                continue;
            }
            let ty = self.model.type_name(&p.ty);
            let d = Diagnostic::error(
                codes::UNKNOWN_NAME,
                p.span,
                format!(
                    "parameter `{}` has type `{ty}`, whose layout is not known",
                    p.name
                ),
            )
            .with_note(s.origin.span, format!("`{}` is opaque here", s.name))
            .with_help(format!("pass it behind a pointer: `{ty} *{}`", p.name));
            self.err(d);
        }
    }

    pub(super) fn resolve_params(&mut self, params: &[ast::Param], func: &str) -> Vec<Param> {
        let names: Vec<String> = params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                p.decl.name.as_ref().map_or_else(
                    || format!("arg{i}"),
                    |n| self.interner.text(n.name).to_owned(),
                )
            })
            .collect();
        // Every type first: an attribute may name a later parameter, and
        // checks its type (`size_is(cb)` needs an integer `cb`).
        let types: Vec<Type> = params
            .iter()
            .map(|p| self.resolve_decl(&p.ty, &p.decl))
            .collect();
        let spans: Vec<Span> = params.iter().map(|p| p.span).collect();
        let sib = Siblings {
            what: "parameter",
            names: &names,
            types: &types,
            spans: &spans,
        };
        let mut out: Vec<Param> = Vec::with_capacity(params.len());
        // The first parameter of each name: a table only for long lists,
        // as a method's few parameters are quicker to search.
        let mut first: HashMap<&str, usize> = HashMap::default();
        for (i, p) in params.iter().enumerate() {
            self.check_attrs(&p.attrs, Place::Param);
            let name = names[i].as_str();
            let earlier = if params.len() <= 16 {
                names.iter().position(|n| n == name).unwrap_or(i)
            } else {
                *first.entry(name).or_insert(i)
            };
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
            let ty = &types[i];
            // The known attributes at hand: a dozen questions per parameter.
            let set = self.known_attrs.set_of(self.interner, &p.attrs);
            let n = self.interner;
            let is_in = set.has(K_IN);
            let is_out = set.has(K_OUT);
            let dir = match (is_in, is_out) {
                (true, true) => Direction::InOut,
                (false, true) => Direction::Out,
                _ => Direction::In,
            };
            self.ensure_through(ty, 0);
            let stripped = self.stripped(ty);
            let is_void = *stripped == Type::Void;
            let is_ptr = matches!(stripped, Type::Ptr { .. });
            let is_array = matches!(stripped, Type::Array { .. });
            if is_out && !is_ptr && !is_array && !is_void {
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
            let flags = set
                .find(n, &p.attrs, K_FLAGS)
                .and_then(|a| self.flags_attr(a, ty, name));
            let size_is = set
                .find(n, &p.attrs, K_SIZE_IS)
                .map(|a| self.size_refs(a, &sib))
                .unwrap_or_default();
            let length_is = set
                .find(n, &p.attrs, K_LENGTH_IS)
                .map(|a| self.size_refs(a, &sib))
                .unwrap_or_default();
            if let Some(a) = set.find(n, &p.attrs, K_SWITCH_IS) {
                let _ = self.size_refs(a, &sib);
            }
            let iid_is = set
                .find(n, &p.attrs, K_IID_IS)
                .and_then(|a| self.iid_attr(a, &sib));
            let mapi_alloc = set.has(K_MAPI_ALLOC);
            if mapi_alloc && (!is_out || !self.is_ptr_to_ptr(ty)) {
                let a = set
                    .find(n, &p.attrs, K_MAPI_ALLOC)
                    .map_or(p.span, |a| a.span);
                self.err(
                    Diagnostic::error(
                        codes::MISPLACED_ATTR,
                        a,
                        format!("`mapi_alloc` on `{name}`, which is not an `[out]` pointer to a pointer"),
                    )
                    .with_help("`mapi_alloc` marks where the callee stores a buffer it allocated: `[out, mapi_alloc] LPENTRYID *lppEntryID`"),
                );
            }
            let com_out =
                set.has(K_COM_OUT) || (is_out && (iid_is.is_some() || self.is_ptr_to_iface(ty)));
            let string = self.string_attr(&p.attrs, name, ty);
            let byte_count = set.find(n, &p.attrs, K_BYTE_COUNT);
            if let Some(a) = byte_count.filter(|_| !set.has(K_SIZE_IS)) {
                self.err(
                    Diagnostic::error(
                        codes::MISPLACED_ATTR,
                        a.span,
                        format!("`byte_count` on `{name}`, which has no `size_is`"),
                    )
                    .with_help("`byte_count` says the `size_is` count is in bytes: `[in, size_is(cbEntryID), byte_count] LPENTRYID lpEntryID`"),
                );
            }
            let width_flag = set
                .find(n, &p.attrs, K_UNICODE_FLAG)
                .and_then(|a| self.unicode_flag_attr(a, &sib, i));
            let may_be_null = set.find(n, &p.attrs, K_MAY_BE_NULL);
            if let Some(a) =
                may_be_null.filter(|_| !(is_out && (com_out || mapi_alloc)) && !is_void)
            {
                self.err(
                    Diagnostic::error(
                        codes::ATTR_TYPE,
                        a.span,
                        format!(
                            "`may_be_null` on `{name}` of type `{}`, which is not an `[out]` interface pointer or MAPI-allocated out",
                            self.model.type_name(ty)
                        ),
                    )
                    .with_help("`may_be_null` says the callee may return a null interface with `S_OK`: `[out, may_be_null] LPMSLOGON *lppMSLogon`, `[out, mapi_alloc, may_be_null] LPMAPIERROR *lppMAPIError`"),
                );
            }
            let reserved = set.find(n, &p.attrs, K_RESERVED);
            if let Some(a) = reserved.filter(|_| {
                !(self.is_ulong_word(ty) || (dir == Direction::In && is_ptr) || is_void)
            }) {
                self.err(
                    Diagnostic::error(
                        codes::ATTR_TYPE,
                        a.span,
                        format!(
                            "`reserved` on `{name}` of type `{}`; a reserved value is a `ULONG`, a pointer to one, or an `[in]` pointer that must be null",
                            self.model.type_name(ty)
                        ),
                    )
                    .with_help("`reserved` says the value must be zero: `[in, reserved] ULONG ulReserved`"),
                );
            }
            let retained = set.find(n, &p.attrs, K_RETAINED);
            if let Some(a) = retained.filter(|_| !((dir == Direction::In && is_ptr) || is_void)) {
                self.err(
                    Diagnostic::error(
                        codes::ATTR_TYPE,
                        a.span,
                        format!(
                            "`retained` on `{name}` of type `{}`; only an `[in]` pointer can be kept by the callee after the call",
                            self.model.type_name(ty)
                        ),
                    )
                    .with_help("`retained` says the callee keeps using the data after it returns: `[in, retained] LPSPropTagArray lpPropList`"),
                );
            }
            let opaque = set.find(n, &p.attrs, K_OPAQUE);
            if let Some(a) = opaque.filter(|_| !is_void) {
                let ok = match dir {
                    Direction::In => is_ptr,
                    Direction::Out => is_ptr && self.is_ptr_to_ptr(ty),
                    Direction::InOut => false,
                };
                if !ok {
                    self.err(
                        Diagnostic::error(
                            codes::ATTR_TYPE,
                            a.span,
                            format!(
                                "`opaque` on `{name}` of type `{}`; an opaque value is an `[in]` pointer, or an `[out]` pointer to one",
                                self.model.type_name(ty)
                            ),
                        )
                        .with_help("`opaque` says the callee never looks through the pointer: `[in, opaque] HKEY hkey`, `[out, opaque] LPVOID *ppv`"),
                    );
                }
            }
            let handed_over = set.find(n, &p.attrs, K_HANDED_OVER);
            let frees_array = handed_over.and_then(|a| self.handed_over_attr(a, &sib, i, dir));
            out.push(Param {
                // Moved in below, once nothing refers to them.
                name: String::new(),
                ty: Type::Void,
                dir,
                optional: set.has(K_UNIQUE) || set.has(K_PTR) || set.has(K_OPTIONAL),
                flags,
                size_is,
                byte_count: byte_count.is_some(),
                length_is,
                iid_is,
                mapi_alloc,
                com_out,
                string,
                width_flag,
                null_on_success: may_be_null.is_some(),
                reserved: reserved.is_some(),
                retained: retained.is_some(),
                opaque: opaque.is_some(),
                handed_over: handed_over.is_some(),
                frees_array,
                retval: set.has(K_RETVAL),
                docs: String::from(&*p.docs.text),
                attrs: keep_attrs_of(self.interner, &mut self.known_attrs, &p.attrs, &p.ty),
                span: p.span,
            });
        }
        for ((p, name), ty) in out.iter_mut().zip(names).zip(types) {
            p.name = name;
            p.ty = ty;
        }
        out
    }

    pub(super) fn is_ptr_to_ptr(&mut self, ty: &Type) -> bool {
        self.ensure_through(ty, 1);
        match self.stripped(ty) {
            Type::Ptr { to, .. } => matches!(self.stripped(to), Type::Ptr { .. }),
            _ => false,
        }
    }

    pub(super) fn is_ptr_to_iface(&mut self, ty: &Type) -> bool {
        self.ensure_through(ty, 2);
        let Type::Ptr { to, .. } = self.stripped(ty) else {
            return false;
        };
        let Type::Ptr { to, .. } = self.stripped(to) else {
            return false;
        };
        matches!(self.stripped(to), Type::Interface(_))
    }

    /// Whether `ty` is a `ULONG` (a 32-bit unsigned integer, through
    /// typedefs), or a value of a flag group: what a flags word is.
    fn is_ulong(&mut self, ty: &Type) -> bool {
        matches!(self.strip(ty), Type::Prim(Prim::U32) | Type::FlagGroup(_))
    }

    /// Whether `ty` is a `ULONG` or a pointer to one: what `flags` and
    /// `reserved` go on (a pointer for a value passed in and out).
    fn is_ulong_word(&mut self, ty: &Type) -> bool {
        match self.strip(ty) {
            Type::Ptr { to, .. } => self.is_ulong(&to),
            t => self.is_ulong(&t),
        }
    }

    /// Whether `ty` is a character type, through typedefs: `char`,
    /// `unsigned char`, `wchar_t` or `unsigned short` (`WCHAR`, `TCHAR`).
    fn is_char(&mut self, ty: &Type) -> bool {
        matches!(
            self.strip(ty),
            Type::Prim(Prim::I8 | Prim::U8 | Prim::WChar | Prim::U16)
        )
    }

    /// Whether `ty` is a string: a pointer to characters (`LPSTR`,
    /// `LPWSTR`, `LPTSTR`, `TCHAR *`), an array of them, or a pointer to
    /// such a pointer (`[out, string] LPTSTR *`, where the callee stores one).
    pub(super) fn is_string_type(&mut self, ty: &Type) -> bool {
        let mut cur = self.strip(ty);
        // Bounded: each step goes one pointer deeper in a finite type.
        for _ in 0..8 {
            match cur {
                Type::Array { elem, .. } => return self.is_char(&elem),
                Type::Ptr { to, .. } => {
                    if self.is_char(&to) {
                        return true;
                    }
                    cur = self.strip(&to);
                    if !matches!(cur, Type::Ptr { .. }) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
        false
    }

    /// `string` on a parameter or field called `name`: whether it is given,
    /// reporting it on a type that is not a string.
    pub(super) fn string_attr(&mut self, attrs: &[ast::Attr], name: &str, ty: &Type) -> bool {
        let Some(a) = attr(self.interner, attrs, "string") else {
            return false;
        };
        // `void`: the type failed to resolve, which was reported.
        if self.strip(ty) != Type::Void && !self.is_string_type(ty) {
            self.err(
                Diagnostic::error(
                    codes::ATTR_TYPE,
                    a.span,
                    format!(
                        "`string` on `{name}` of type `{}`, which is not a pointer to characters",
                        self.model.type_name(ty)
                    ),
                )
                .with_help("`string` marks a NUL-terminated string: `LPSTR`, `LPWSTR`, `LPTSTR`, `TCHAR *`, or an array of characters"),
            );
        }
        true
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
        let gid = match self.sym(n.name) {
            Some(Sym::FlagGroup(g)) => g,
            Some(other) => {
                self.err(Diagnostic::error(
                    codes::WRONG_KIND,
                    n.span,
                    format!(
                        "`{}` is {}, not a flag group",
                        self.interner.text(n.name),
                        other.what()
                    ),
                ));
                return None;
            }
            None => {
                let mut d = Diagnostic::error(
                    codes::UNKNOWN_NAME,
                    n.span,
                    format!("unknown flag group `{}`", self.interner.text(n.name)),
                );
                let groups: Vec<&str> = self
                    .model
                    .flag_groups
                    .iter()
                    .map(|g| g.name.as_str())
                    .collect();
                if let Some(s) = self.suggest(self.interner.text(n.name), groups) {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                self.err(d);
                return None;
            }
        };
        // `void`: the type failed to resolve, which was reported.
        if self.strip(ty) != Type::Void && !self.is_ulong_word(ty) {
            self.err(
                Diagnostic::error(
                    codes::BAD_FLAGS,
                    a.span,
                    format!(
                        "`flags({})` on `{param}` of type `{}`; a flags word is a `ULONG` or a pointer to one",
                        self.interner.text(n.name),
                        self.model.type_name(ty)
                    ),
                )
                .with_help("declare it `ULONG ulFlags`, or `ULONG *lpulFlags` for flags passed in and out"),
            );
            return None;
        }
        Some(gid)
    }

    /// The references of `size_is`, `length_is` or `switch_is` to other
    /// parameters (or fields), constants or expressions, one per pointer
    /// level. A parameter it names must be an integer, or a pointer to one
    /// read through `*`; a wrong one is reported and left out (`None`).
    pub(super) fn size_refs(&mut self, a: &ast::Attr, sib: &Siblings<'_>) -> Vec<Option<SizeRef>> {
        let what = sib.what;
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
                    if let Some(index) = sib
                        .names
                        .iter()
                        .position(|x| x == self.interner.text(n.name))
                    {
                        let ok = self.check_count(a, sib, index, deref);
                        out.push(ok.then_some(SizeRef::Param { index, deref }));
                    } else if let Some(Sym::Const(c)) = self.sym(n.name) {
                        match self.const_value(c, Some(n.span)) {
                            Ok(ConstValue::Int(v)) if v >= 0 => {
                                out.push(Some(SizeRef::Const(v as u64)))
                            }
                            _ => out.push(Some(SizeRef::Expr(expr_text(self.interner, e)))),
                        }
                    } else {
                        let mut d = Diagnostic::error(
                            codes::BAD_PARAM_REF,
                            n.span,
                            format!("`{}` names no {what} here", self.interner.text(n.name)),
                        )
                        .with_label(format!(
                            "`{}` expects a {what} name",
                            self.interner.text(a.name.name)
                        ));
                        if let Some(s) = self.suggest(
                            self.interner.text(n.name),
                            sib.names.iter().map(String::as_str),
                        ) {
                            d = d.with_help(format!("did you mean `{s}`?"));
                        }
                        self.err(d);
                        out.push(None);
                    }
                }
                ExprKind::Member(base, field) if deref == 0 => {
                    match self.member_ref(sib, base, self.interner.text(field.name)) {
                        Some((index, field)) => out.push(Some(SizeRef::Member { index, field })),
                        None => out.push(Some(SizeRef::Expr(expr_text(self.interner, e)))),
                    }
                }
                ExprKind::Int(t) => match eval::parse_int(self.interner.text(*t)) {
                    Ok(v) => out.push(Some(SizeRef::Const(v))),
                    Err(m) => {
                        self.err(Diagnostic::error(codes::BAD_NUMBER, cur.span, m));
                        out.push(None);
                    }
                },
                _ => out.push(Some(SizeRef::Expr(expr_text(self.interner, e)))),
            }
        }
        out
    }

    /// `p->f` in a `size_is`: sibling `p` points to a struct whose field `f`
    /// is an integer; their indexes.
    fn member_ref(
        &mut self,
        sib: &Siblings<'_>,
        base: &ast::Expr,
        field: &str,
    ) -> Option<(usize, usize)> {
        let ExprKind::Name(n) = &base.kind else {
            return None;
        };
        let index = sib
            .names
            .iter()
            .position(|x| x == self.interner.text(n.name))?;
        let Type::Ptr { to, .. } = self.strip(&sib.types[index]) else {
            return None;
        };
        let Type::Struct(s) = self.strip(&to) else {
            return None;
        };
        let fields = self.model.structs[s.index()].fields.as_ref()?;
        let f = fields.iter().position(|f| f.name == field)?;
        let ty = fields[f].ty.clone();
        matches!(self.strip(&ty), Type::Prim(p) if p.int_type().is_some()).then_some((index, f))
    }

    /// Whether sibling `index`, dereferenced `deref` times, is an integer,
    /// as a count (or a `switch_is` discriminant) must be; reports it if not.
    fn check_count(&mut self, a: &ast::Attr, sib: &Siblings<'_>, index: usize, deref: u32) -> bool {
        let name = &sib.names[index];
        let attr_name = self.interner.text(a.name.name);
        let mut ty = sib.types[index].clone();
        // `void`: the type failed to resolve, which was reported.
        if self.strip(&ty) == Type::Void {
            return true;
        }
        let declared = sib.spans[index];
        for level in 0..deref {
            match self.strip(&ty) {
                Type::Ptr { to, .. } => ty = *to,
                _ => {
                    let read = format!("{}{name}", "*".repeat(level as usize));
                    self.err(
                        Diagnostic::error(
                            codes::BAD_PARAM_REF,
                            a.span,
                            format!(
                                "`{attr_name}` reads `{}{name}`, but `{read}` is `{}`, not a pointer",
                                "*".repeat(deref as usize),
                                self.model.type_name(&ty)
                            ),
                        )
                        .with_note(declared, format!("`{name}` is declared here"))
                        .with_help(format!("to use the value itself, write `{read}`")),
                    );
                    return false;
                }
            }
        }
        if self.int_type_of(&ty).is_some() {
            return true;
        }
        let read = format!("{}{name}", "*".repeat(deref as usize));
        let help = match (sib.what, attr_name) {
            (_, "switch_is") => format!("`switch_is` names the integer {} that selects the union arm", sib.what),
            ("field", _) => "a count is an integer field: `ULONG cValues`".to_string(),
            _ => "a count is an integer parameter (`ULONG cbEntryID`), or a pointer to one read through `*` (`size_is(, *lpcValues)`)".to_string(),
        };
        self.err(
            Diagnostic::error(
                codes::BAD_PARAM_REF,
                a.span,
                format!(
                    "`{attr_name}` names `{read}`, which is `{}`, not an integer",
                    self.model.type_name(&ty)
                ),
            )
            .with_note(declared, format!("`{name}` is declared here"))
            .with_help(help),
        );
        false
    }

    /// The sibling a one-name attribute (`iid_is(riid)`) names, by index;
    /// `takes` says what the argument is and `example` how to write it, for
    /// the message when it is not a name.
    fn named_sibling(
        &mut self,
        a: &ast::Attr,
        sib: &Siblings<'_>,
        takes: &str,
        example: &str,
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
            self.err(
                Diagnostic::error(
                    codes::BAD_ATTR_ARGS,
                    a.span,
                    format!(
                        "`{}` takes the name of {takes}",
                        self.interner.text(a.name.name)
                    ),
                )
                .with_help(format!("write `{example}`")),
            );
            return None;
        };
        let Some(index) = sib
            .names
            .iter()
            .position(|x| x == self.interner.text(n.name))
        else {
            let mut d = Diagnostic::error(
                codes::BAD_PARAM_REF,
                n.span,
                format!(
                    "`{}` names no {} here",
                    self.interner.text(n.name),
                    sib.what
                ),
            );
            if let Some(s) = self.suggest(
                self.interner.text(n.name),
                sib.names.iter().map(String::as_str),
            ) {
                d = d.with_help(format!("did you mean `{s}`?"));
            }
            self.err(d);
            return None;
        };
        Some(index)
    }

    pub(super) fn iid_attr(&mut self, a: &ast::Attr, sib: &Siblings<'_>) -> Option<usize> {
        let expr = match a.args.as_deref() {
            Some([Some(e)]) if !matches!(e.kind, ExprKind::Name(_)) => Some(e),
            _ => None,
        };
        if let Some(e) = expr {
            // MIDL takes a limited expression (`iid_is(*piid)`); the model
            // records a parameter.
            self.err(
                Diagnostic::warning(
                    codes::BAD_ATTR_ARGS,
                    e.span,
                    format!("`iid_is({})` is kept as written", expr_text(self.interner, e)),
                )
                .with_note(None, "the model records `iid_is` naming a parameter that holds the IID: `iid_is(riid)`"),
            );
            return None;
        }
        let index = self.named_sibling(a, sib, "the parameter holding the IID", "iid_is(riid)")?;
        let ty = &sib.types[index];
        // The IID is known by identity (`WellKnown::guid`), not by name.
        let is_iid = match self.strip(ty) {
            Type::Ptr { to, .. } => {
                let to = self.strip(&to);
                self.model.is_guid(&to)
            }
            Type::Void => return None, // failed to resolve, reported
            _ => false,
        };
        if !is_iid {
            let name = &sib.names[index];
            self.err(
                Diagnostic::error(
                    codes::BAD_PARAM_REF,
                    a.span,
                    format!(
                        "`iid_is({name})` names a parameter of type `{}`, not an IID",
                        self.model.type_name(ty)
                    ),
                )
                .with_note(sib.spans[index], format!("`{name}` is declared here"))
                .with_help("the IID parameter is a `REFIID` or `LPCIID`"),
            );
            return None;
        }
        Some(index)
    }

    /// Whether `ty` is `MAPIERROR **` (or `SMAPIFormPropArray **`,
    /// `SMAPIVerbArray **`), an out-pointer to a structure whose strings'
    /// width a flag picks.
    fn is_mapi_error_out(&mut self, ty: &Type) -> bool {
        let Type::Ptr { to, .. } = self.strip(ty) else {
            return false;
        };
        let Type::Ptr { to, .. } = self.strip(&to) else {
            return false;
        };
        let wk = self.model.well_known.mapi;
        matches!(self.strip(&to), Type::Struct(s)
            if [MapiStruct::MapiError, MapiStruct::FormPropArray, MapiStruct::VerbArray]
                .iter()
                .any(|k| wk[*k as usize] == Some(s)))
    }

    /// `unicode_flag(ulFlags)` on string parameter `index`: the index of the
    /// `ULONG` flags parameter it names.
    /// `handed_over` or `handed_over(f)` on parameter `index`: an `[in]`
    /// pointer; `f`, when given, names an integer (`boolean`) parameter and
    /// the pointer has `size_is`. Returns `f`'s index.
    fn handed_over_attr(
        &mut self,
        a: &ast::Attr,
        sib: &Siblings<'_>,
        index: usize,
        dir: Direction,
    ) -> Option<usize> {
        let ty = &sib.types[index];
        let stripped = self.strip(ty);
        if stripped == Type::Void {
            return None; // failed to resolve, reported
        }
        if dir != Direction::In || !matches!(stripped, Type::Ptr { .. }) {
            self.err(
                Diagnostic::error(
                    codes::ATTR_TYPE,
                    a.span,
                    format!(
                        "`handed_over` on `{}` of type `{}`, which is not an `[in]` pointer",
                        sib.names[index],
                        self.model.type_name(ty)
                    ),
                )
                .with_help("`handed_over` says the callee takes the records over and frees them: `[in, handed_over] LPADDRESSPROPS pAddress`"),
            );
            return None;
        }
        a.args.as_ref()?;
        let f = self.named_sibling(
            a,
            sib,
            "the parameter saying whether the array is freed too",
            "handed_over(fFreeArray)",
        )?;
        let fty = &sib.types[f];
        if self.strip(fty) == Type::Void {
            return None;
        }
        if !matches!(self.strip(fty), Type::Prim(p) if p.int_type().is_some()) {
            let name = &sib.names[f];
            self.err(
                Diagnostic::error(
                    codes::BAD_PARAM_REF,
                    a.span,
                    format!(
                        "`handed_over({name})` names a parameter of type `{}`, not an integer (`boolean`)",
                        self.model.type_name(fty)
                    ),
                )
                .with_note(sib.spans[f], format!("`{name}` is declared here"))
                .with_help("name the `[in] boolean fFreeArray` parameter that says whether the array itself is freed"),
            );
            return None;
        }
        Some(f)
    }

    fn unicode_flag_attr(
        &mut self,
        a: &ast::Attr,
        sib: &Siblings<'_>,
        index: usize,
    ) -> Option<usize> {
        let ty = &sib.types[index];
        if self.strip(ty) != Type::Void && !self.is_string_type(ty) && !self.is_mapi_error_out(ty) {
            self.err(
                Diagnostic::error(
                    codes::ATTR_TYPE,
                    a.span,
                    format!(
                        "`unicode_flag` on `{}` of type `{}`, which is not a string",
                        sib.names[index],
                        self.model.type_name(ty)
                    ),
                )
                .with_help("`unicode_flag` goes on an `LPTSTR` (or `TCHAR *`) parameter, or an `[out] LPMAPIERROR *` (`LPMAPIFORMPROPARRAY *`, `LPMAPIVERBARRAY *`), whose width a flag picks at run time"),
            );
            return None;
        }
        let flags = self.named_sibling(a, sib, "the flags parameter", "unicode_flag(ulFlags)")?;
        let fty = &sib.types[flags];
        if self.strip(fty) == Type::Void {
            return None; // failed to resolve, reported
        }
        if !self.is_ulong_word(fty) {
            let name = &sib.names[flags];
            self.err(
                Diagnostic::error(
                    codes::BAD_PARAM_REF,
                    a.span,
                    format!(
                        "`unicode_flag({name})` names a parameter of type `{}`, not a `ULONG` flags word (or a pointer to one)",
                        self.model.type_name(fty)
                    ),
                )
                .with_note(sib.spans[flags], format!("`{name}` is declared here"))
                .with_help("name the `[in] ULONG ulFlags` parameter whose `MAPI_UNICODE` bit says the string is Unicode"),
            );
            return None;
        }
        Some(flags)
    }
}

/// The parameters of a method, or the fields of a struct: what `size_is`,
/// `length_is`, `switch_is`, `iid_is` and `unicode_flag` may name, by index.
pub(super) struct Siblings<'s> {
    /// `"parameter"` or `"field"`, for messages.
    pub(super) what: &'static str,
    /// Their names (made-up ones for unnamed members).
    pub(super) names: &'s [String],
    /// Their types.
    pub(super) types: &'s [Type],
    /// Where each is declared.
    pub(super) spans: &'s [Span],
}

/// Which property accessor a method is: 0 plain, 1 get, 2 put, 3 putref.
fn accessor_kind(n: &Interner, attrs: &[ast::Attr]) -> u8 {
    accessor_of(attrs.iter().map(|a| n.text(a.name.name)))
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
